"""A layer over the whole kiosk window (the countdown, the attract screen) that a touch ends.

It covers its parent and follows its size, draws in the high-contrast theme's colours
whatever theme the visitor chose (white on black: 21:1), and takes the keyboard focus
while shown, so a key that ends it does not also press the button under it, and a screen
reader reads it. When it goes, the focus goes back where it was.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reader.rendering.themes import THEMES

__all__ = ["Cover", "big_label"]

_ENDS = (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress, QEvent.Type.TabletPress)


def big_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class Cover(QWidget):
    """Emits ``touched`` for a touch, click or key on it; ``cover``/``uncover`` show it."""

    touched = Signal()

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        colours = THEMES["high-contrast"].ui
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        # Its own style sheet: the visitor's theme (the application's sheet) does not apply.
        self.setStyleSheet(
            f"#{name} {{ background: {colours.window}; }}"
            f"#{name} QLabel {{ color: {colours.window_text}; background: transparent; }}"
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._before: QWidget | None = None
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        """Show over the whole parent, on top, with the focus (what had it is remembered)."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        if self.isHidden():
            focused = QApplication.focusWidget()
            self._before = focused if focused is not self else None
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def uncover(self) -> None:
        if self.isHidden():
            return
        had_focus = self.hasFocus()
        self.hide()
        before, self._before = self._before, None
        if had_focus and before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def scaled_font(self, share: float, *, bold: bool = False) -> QFont:
        """The application font at ``share`` of the cover's height (at least 24 px)."""
        font = QFont(QApplication.font())
        font.setPixelSize(max(24, round(self.height() * share)))
        font.setBold(bold)
        return font

    # --- what ends it ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:  # a key is for the cover, not a shortcut
            event.accept()
            return True
        if kind in _ENDS or kind == QEvent.Type.KeyPress:  # Tab too: it would leave
            event.accept()
            self.touched.emit()
            return True
        if kind in (QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.MouseButtonRelease):
            event.accept()
            return True
        return super().event(event)
