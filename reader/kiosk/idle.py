"""When a kiosk visitor has gone: the idle policy as a pure state machine (no timers, no Qt).

The window reports every touch and key with ``activity(now)`` and asks ``tick(now)`` about
once a second; ``now`` is any monotonic clock in seconds. The answers:

- ACTIVE: nothing to show.
- COUNTDOWN(seconds_left): after ``idle_seconds`` without input, the notice counts down
  ``countdown_seconds``; any activity cancels it (ACTIVE again).
- RESET_DUE: answered by exactly one tick when the countdown ends; the window then stops
  speech, goes home and puts every setting back. The policy has already moved on: to
  ATTRACT when the attract screen is configured, else to ACTIVE.
- ATTRACT: show the attract screen until ``activity``.

Nobody to reset, nothing to count down: after start-up or a reset, and until the next
activity, idle time brings no countdown, only (if configured) the attract screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

__all__ = ["IdlePolicy", "IdleStatus", "Phase"]


class Phase(Enum):
    ACTIVE = "active"
    COUNTDOWN = "countdown"
    RESET_DUE = "reset-due"
    ATTRACT = "attract"


@dataclass(frozen=True)
class IdleStatus:
    phase: Phase
    seconds_left: int = 0  # COUNTDOWN only: whole seconds to the reset, rounded up (>= 1)


class IdlePolicy:
    def __init__(
        self, idle_seconds: float, countdown_seconds: float, *, attract: bool, now: float
    ) -> None:
        if idle_seconds <= 0 or countdown_seconds <= 0:
            raise ValueError("idle and countdown seconds must be positive")
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        self.attract = attract
        self._last = now  # the last activity, start-up or reset
        self._visited = False  # activity since start-up or the last reset: something to reset
        self._attracting = False
        self._phase = Phase.ACTIVE

    @property
    def visiting(self) -> bool:
        """Someone used the kiosk since start-up or the last reset (there is a visit to end)."""
        return self._visited

    @property
    def phase(self) -> Phase:
        """The phase the last call answered (reading it does not move the clock)."""
        return self._phase

    def activity(self, now: float) -> IdleStatus:
        """A touch, click or key: the visitor is here (cancels a countdown, ends attract)."""
        self._last = max(now, self._last)
        self._visited = True
        self._attracting = False
        return self._set(IdleStatus(Phase.ACTIVE))

    def tick(self, now: float) -> IdleStatus:
        return self._set(self._status(now))

    def _set(self, status: IdleStatus) -> IdleStatus:
        self._phase = status.phase
        return status

    def _status(self, now: float) -> IdleStatus:
        if self._attracting:
            return IdleStatus(Phase.ATTRACT)
        idle = max(0.0, now - self._last)  # a clock that steps back counts as no time
        if not self._visited:
            if self.attract and idle >= self.idle_seconds:
                self._attracting = True
                return IdleStatus(Phase.ATTRACT)
            return IdleStatus(Phase.ACTIVE)
        if idle < self.idle_seconds:
            return IdleStatus(Phase.ACTIVE)
        left = self.idle_seconds + self.countdown_seconds - idle
        if left > 0:
            return IdleStatus(Phase.COUNTDOWN, max(1, math.ceil(left)))
        # The reset is due once; from here the kiosk is clean again.
        self._visited = False
        self._last = now
        self._attracting = self.attract
        return IdleStatus(Phase.RESET_DUE)
