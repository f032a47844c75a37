"""Touch screens (kiosks): a finger scrolls a view and taps it; the mouse keeps its ways.

``QScroller`` with a touch gesture scrolls by the finger, but Qt also turns the same touch
into mouse events for the view, so a swipe over the article selected text as it scrolled,
and a swipe over the library would open each article it crossed. The mouse events that Qt
makes from a touch are held back here: a touch that moved is only a scroll, a touch that
did not (a tap) is given to the view as one click at the place it touched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice
from PySide6.QtWidgets import QApplication, QScroller, QWidget

TAP_DISTANCE = 12  # px a finger may wander and still tap


def _from_touch(event: QMouseEvent) -> bool:
    device = event.pointingDevice()
    return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized or (
        device is not None and device.type() == QInputDevice.DeviceType.TouchScreen
    )


class _TouchToScroll(QObject):
    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._press: QPointF | None = None
        self._moved = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            return False
        assert isinstance(event, QMouseEvent)
        if not _from_touch(event):
            return False
        pos = event.position()
        if kind == QEvent.Type.MouseButtonPress:
            self._press, self._moved = pos, False
        elif kind == QEvent.Type.MouseMove and self._press is not None:
            moved = pos - self._press
            self._moved |= abs(moved.x()) + abs(moved.y()) > TAP_DISTANCE
        elif kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            if not self._moved and isinstance(watched, QWidget):
                self._click(watched, self._press)
            self._press = None
        return True  # the view never sees a finger as a mouse

    @staticmethod
    def _click(widget: QWidget, pos: QPointF) -> None:
        mouse = QPointingDevice.primaryPointingDevice()
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            event = QMouseEvent(
                kind,
                pos,
                widget.mapToGlobal(pos),
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
                mouse,
            )
            QApplication.sendEvent(widget, event)


def scroll_by_touch(viewport: QWidget) -> None:
    """A finger scrolls ``viewport`` (with a flick) and taps it; it never drags over it."""
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    viewport.installEventFilter(_TouchToScroll(viewport))
