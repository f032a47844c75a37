"""Touch screens (kiosks): a finger scrolls a view and taps it; the mouse keeps its ways.

``QScroller`` with a touch gesture scrolls by the finger, but Qt also turns the same touch
into mouse events for the view, so a swipe over the article selected text as it scrolled,
and a swipe over the library would open each article it crossed. The mouse events that Qt
makes from a touch are held back here: a touch that moved is only a scroll, a touch that
did not start a scroll (a tap) is given to the view as one click at the place it touched;
a touch that stopped a flick is neither. A pen is left alone: it is a mouse to the view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice
from PySide6.QtWidgets import QApplication, QScroller, QScrollerProperties, QWidget

_MOVING = (QScroller.State.Dragging, QScroller.State.Scrolling)


def _from_touch(event: QMouseEvent) -> bool:
    device = event.pointingDevice()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


class _TouchToScroll(QObject):
    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._press: QPointF | None = None
        self._scrolled = False  # the scroller moved (or a flick was stopped) since the press
        self._state = QScroller.State.Inactive
        scroller = QScroller.scroller(viewport)
        scroller.stateChanged.connect(self._on_state)
        # As far as the scroller lets a finger go before it scrolls (5 mm): a finger that went
        # further over a view with nothing to scroll did not tap either.
        start = scroller.scrollerProperties().scrollMetric(
            QScrollerProperties.ScrollMetric.DragStartDistance
        )
        self._tap_distance = float(start) * scroller.pixelPerMeter().y()

    def _on_state(self, state: QScroller.State) -> None:
        # Dragging: the finger is scrolling. Pressed after Scrolling: it stopped a flick.
        if state in _MOVING or (state == QScroller.State.Pressed and self._state in _MOVING):
            self._scrolled = True
        self._state = state

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
        if kind == QEvent.Type.MouseButtonPress:
            self._press = event.position()
            # the scroller saw the touch first: it may already have stopped a flick
            self._scrolled = self._state == QScroller.State.Pressed and self._scrolled
        elif kind == QEvent.Type.MouseMove and self._press is not None:
            moved = event.position() - self._press
            if abs(moved.x()) + abs(moved.y()) > self._tap_distance:
                self._scrolled = True
        elif kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            if not self._scrolled and isinstance(watched, QWidget):
                self._click(watched, self._press)
            self._press = None
            self._scrolled = False
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
