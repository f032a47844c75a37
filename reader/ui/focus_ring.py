"""A 3 px focus ring in the theme's focus colour around whichever control has the focus.

The style sheet draws the ring for the library list, the article and the tool buttons
(theme_qt). Every other control (combo boxes, spin boxes, buttons, tabs, tables in the
dialogs) is drawn by the Fusion style, whose focus mark is a 1 px line in a colour close to
the frame's: invisible to many low-vision readers (WCAG 2.4.7, 2.4.13). Restyling each kind
with a style sheet would replace Fusion's drawing of the whole control, so instead one
transparent overlay per window draws the ring just outside the focused control, above its
neighbours, and follows it when it moves or resizes.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QListView,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QToolButton,
    QWidget,
)

WIDTH = 3  # px; WCAG 2.4.13 asks for at least 2
# These draw their own ring through the style sheet (reader.ui.theme_qt).
_OWN_RING = (QListView, QTextBrowser, QToolButton, QMenu, QMenuBar)
_FOLLOW = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}


class _Overlay(QFocusFrame):
    """The ring itself: a child of the window, transparent but for the ring.

    A QFocusFrame (never given a widget: the rings place it) because Qt leaves focus
    frames out of the accessibility tree; a plain widget was an unnamed object there."""

    def __init__(self, window: QWidget, rings: FocusRings) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self._rings = rings
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        outer = self.rect()
        ring = QRegion(outer).subtracted(QRegion(outer.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)))
        painter = QPainter(self)
        painter.setClipRegion(ring)
        painter.fillRect(outer, self._rings.colour)
        painter.end()


class FocusRings(QObject):
    """Follows the application's focus; one per application (see ``install``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        self.colour = QColor("#000000")
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._follow)

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour)
        for window in QApplication.topLevelWidgets():
            for overlay in window.findChildren(_Overlay):
                overlay.update()

    def _unwatch(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a parent may already be gone
                widget.removeEventFilter(self)
        self._watched = []
        if self._target is not None:
            if shiboken6.isValid(self._target):
                with contextlib.suppress(RuntimeError, TypeError):
                    self._target.destroyed.disconnect(self._lost)
            self._target = None

    def _lost(self) -> None:
        """The focused control was deleted: its surviving parents are not watched any more."""
        self._target = None
        self._unwatch()

    def _follow(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old is not new:
            previous = self._overlay_of(old)
            if previous is not None:
                previous.hide()
        self._unwatch()
        if new is None or isinstance(new, _OWN_RING) or new.isWindow():
            return
        window = new.window()
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return  # a combo box's open list, a menu: they show their own current item
        self._target = new
        new.destroyed.connect(self._lost)
        widget: QWidget | None = new
        while widget is not None and widget is not window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    @staticmethod
    def _overlay_of(widget: QWidget) -> _Overlay | None:
        try:
            window = widget.window()
        except RuntimeError:  # already deleted
            return None
        return next((c for c in window.children() if isinstance(c, _Overlay)), None)

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target):
            return
        window = target.window()
        overlay = self._overlay_of(window) or _Overlay(window, self)
        if not target.isVisible():
            overlay.hide()
            return
        top_left = target.mapTo(window, QPoint(0, 0))
        box = QRect(top_left, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        overlay.setGeometry(box)
        overlay.raise_()
        overlay.show()
        overlay.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW:
            self._place()
        return False


def install(app: QApplication) -> FocusRings:
    """The application's focus rings, made on first use."""
    rings = app.findChild(FocusRings, "focusRings")
    return rings if rings is not None else FocusRings(app)
