"""How the admin asks to leave the kiosk: a long press in a corner, or a key chord.

A finger or the mouse held still for 3 s in the top-left corner of the kiosk window
(within ``corner_px`` of both edges), or Ctrl+Alt+Shift+A, emits ``admin_requested``;
the kiosk then opens the PIN pad. Both are watched application-wide (the widgets under
the corner still get their events: a visitor's short tap there works as before), and
neither counts while a modal dialog (the PIN pad itself) is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.kiosk.app_filter import AppWideFilter

__all__ = ["CHORD_KEY", "CHORD_MODIFIERS", "CHORD_TEXT", "HOLD_MS", "AdminGesture"]

HOLD_MS = 3000
CORNER_PX = 96
CHORD_KEY = Qt.Key.Key_A
CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)
CHORD_TEXT = "Ctrl+Alt+Shift+A"
_MODIFIERS = CHORD_MODIFIERS | Qt.KeyboardModifier.MetaModifier

_PRESS = (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress)
_MOVE = (QEvent.Type.TouchUpdate, QEvent.Type.MouseMove)
_RELEASE = (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease)


class AdminGesture(AppWideFilter):
    admin_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        hold_ms: int = HOLD_MS,
        corner_px: int = CORNER_PX,
        corner: Qt.Corner = Qt.Corner.TopLeftCorner,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.corner_px = corner_px
        self.corner = corner
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._held)

    def start(self) -> None:
        self.filter_application(True)

    def stop(self) -> None:
        self.filter_application(False)
        self._hold.stop()

    @property
    def holding(self) -> bool:
        return self._hold.isActive()

    def in_corner(self, local: QPointF) -> bool:
        """Whether a point of the window (its own coordinates) is in the admin corner."""
        size = self.corner_px
        x, y = local.x(), local.y()
        w, h = self._window.width(), self._window.height()
        if not (0 <= x < w and 0 <= y < h):
            return False
        left = self.corner in (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner)
        top = self.corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)
        return (x < size if left else x >= w - size) and (y < size if top else y >= h - size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._is_chord(event) and self._ours(watched):
                self.admin_requested.emit()
                return True
            return False
        if kind not in _PRESS and kind not in _MOVE and kind not in _RELEASE:
            return False
        if kind in _RELEASE:
            self._hold.stop()
            return False
        if not self._ours(watched):
            return False
        where = self._global_point(event)
        if where is None:
            return False
        inside = self.in_corner(self._window.mapFromGlobal(where))
        if kind in _PRESS and inside and not self._hold.isActive():
            self._hold.start()
        elif kind in _MOVE and not inside:
            self._hold.stop()  # a finger that slid out of the corner is scrolling
        return False

    def _ours(self, watched: QObject) -> bool:
        """An event for the kiosk window (or a widget in it), with no dialog open."""
        if QApplication.activeModalWidget() is not None:
            return False
        if isinstance(watched, QWidget):
            return watched.window() is self._window
        if isinstance(watched, QWindow):
            return watched is self._window.windowHandle()
        return False

    @staticmethod
    def _is_chord(event: QKeyEvent) -> bool:
        return (
            event.key() == CHORD_KEY
            and (event.modifiers() & _MODIFIERS) == CHORD_MODIFIERS
            and not event.isAutoRepeat()
        )

    @staticmethod
    def _global_point(event: QEvent) -> QPointF | None:
        if isinstance(event, QTouchEvent):
            points = event.points()
            return points[0].globalPosition() if points else None
        if isinstance(event, QMouseEvent):
            return event.globalPosition()
        return None

    def _held(self) -> None:
        if QApplication.activeModalWidget() is None:
            self.admin_requested.emit()
