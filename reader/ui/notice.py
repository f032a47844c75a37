"""A lasting notice in the status bar: what went wrong, until the reader's next command.

The status bar's own messages are replaced by the next routine one ("Reading stopped",
"3 articles"), so a problem said there was gone before a reader could read it. A notice
stays until ``dismiss`` (the window calls it on the next command), is announced to
screen readers when it appears, and may offer one action (e.g. "Try again") as a button
that Tab reaches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

try:  # Qt 6.8+: screen readers speak it at once, wherever the focus is
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the label's name change is all there is
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class Notice(QWidget):
    def __init__(self, parent: QWidget, name: str, action: QAction) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(self)
        self.label.setObjectName(name + "Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Named from the start: hidden, it is still in the accessibility tree.
        self.action = action
        label = action.iconText() or action.text()
        self.button = QPushButton(label, self)
        self.button.setObjectName(name + "Button")
        self.button.setAutoDefault(True)  # outside a dialog: only so that Enter presses it
        self.button.setAccessibleName(label.replace("&", ""))
        self.button.setAccessibleDescription(action.statusTip())
        self.button.setToolTip(action.toolTip())
        self.button.hide()
        self.button.clicked.connect(action.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def say(self, text: str, details: str = "", offer: bool = True) -> None:
        """Show `text` (details in the tooltip and the accessible description) and announce
        it; `offer`: with the action's button."""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setAccessibleDescription(details)
        self.label.setToolTip(details)
        # Where the announcement is not carried (at-spi2-core before 2.50, as on Debian 12),
        # a screen reader user who tabs to the button still hears why it is there.
        self.button.setAccessibleDescription(text)
        self.button.setVisible(offer)
        self.show()
        self.announce(text)

    def announce(self, text: str) -> None:
        announce(self.label, text)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        if self.isHidden():
            return
        moving_focus = self.button.hasFocus()
        self.hide()
        self.label.clear()
        self.button.setAccessibleDescription(self.action.statusTip())
        if moving_focus:  # focus must not vanish with the button
            parent = self.parentWidget()
            if parent is not None:
                parent.window().focusNextChild()


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` at once (assertive), wherever the focus is."""
    if QAccessibleAnnouncementEvent is None:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
