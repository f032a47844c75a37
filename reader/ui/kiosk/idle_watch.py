"""The idle policy applied to a running app: every touch, click, wheel and key is activity.

``IdleWatch`` filters the application's events (it never eats one) and asks the policy
once a second where the kiosk stands, turning its answers into signals the kiosk window
and the overlays listen to. The clock is injectable, so tests move time by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from reader.kiosk.idle import IdlePolicy, IdleStatus, Phase
from reader.ui.kiosk.app_filter import AppWideFilter

__all__ = ["ACTIVITY", "IdleWatch"]

# What a visitor does: a finger, a click, the wheel, a key. Not a mouse that only moves
# (a resting hand or a shaky pointer would keep the screen from ever resetting).
ACTIVITY = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TabletPress,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)


class IdleWatch(AppWideFilter):
    """Signals, each once per change of phase (``countdown`` once per second shown):

    - ``countdown(seconds_left)``: show or update the countdown;
    - ``reset_due()``: the countdown ended: hide it, stop speech, go home, put the settings
      back (the ACTIVE that follows is not signalled: nobody came back);
    - ``attract()``: show the attract screen (after a reset, when configured);
    - ``active()``: someone is here again: hide the countdown or the attract screen.
    """

    countdown = Signal(int)
    reset_due = Signal()
    attract = Signal()
    active = Signal()

    def __init__(
        self,
        policy: IdlePolicy,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        *,
        interval_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self._clock = clock
        self._shown = IdleStatus(Phase.ACTIVE)  # the last state signalled
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Watch the whole application (every window and dialog) and start ticking."""
        self.filter_application(True)
        self._timer.start()

    def stop(self) -> None:
        self.filter_application(False)
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.poke()
        return False  # activity is only noted: the event goes where it was going

    def poke(self) -> None:
        """Note activity now (the event filter's job; also for input that bypasses it)."""
        self.policy.activity(self._clock())
        self._signal(IdleStatus(Phase.ACTIVE))

    def tick(self) -> None:
        """Ask the policy (the timer's job; tests call it after moving their clock)."""
        self._signal(self.policy.tick(self._clock()))

    def _signal(self, status: IdleStatus) -> None:
        if status == self._shown:
            return
        self._shown = status
        if status.phase is Phase.COUNTDOWN:
            self.countdown.emit(status.seconds_left)
        elif status.phase is Phase.RESET_DUE:
            # Nobody came back: the ACTIVE that follows a reset is not news.
            self._shown = IdleStatus(Phase.ACTIVE)
            self.reset_due.emit()
        elif status.phase is Phase.ATTRACT:
            self.attract.emit()
        else:
            self.active.emit()
