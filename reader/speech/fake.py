"""A fake ``SpeechBackend`` for tests: deterministic events, no audio, no threads.

Events are queued, never delivered from inside a call (so a listener that speaks again
is not re-entered): the test delivers them with ``step()`` / ``run()``, or passes
``schedule`` (e.g. ``lambda f: QTimer.singleShot(0, f)``) to have ``run`` called from an
event loop. Each ``speak`` queues ``Started``, one ``Word`` per run of non-blanks, and
``Finished``. The test can also make an utterance fail (``fail_next``), crash the
"worker" (``crash``: ``Failed(kind="crashed")`` for the utterance being said, then
``Ready`` again), or build a backend without an engine (``unavailable=...``).

    backend = FakeBackend(events.append)
    uid = backend.speak("Xin chào")
    backend.run()
    # events: Ready, Started(uid), Word(uid, 0, 3), Word(uid, 4, 8), Finished(uid)
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from reader.speech.backend import (
    Failed,
    Finished,
    Listener,
    Ready,
    SpeechEvent,
    Started,
    Unavailable,
    Voice,
    Word,
    clamp_rate,
    clamp_volume,
)

__all__ = ["FAKE_VOICES", "FakeBackend", "SpokenCall"]

FAKE_VOICES = (
    Voice("fake/en", "Fake English", ("en-gb",), priority=2),
    Voice("fake/en-us", "Fake American", ("en-us",), priority=2),
    Voice("fake/vi", "Fake Vietnamese", ("vi",)),
)

_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class SpokenCall:
    id: int
    text: str
    voice: str | None
    rate: int
    volume: float


class FakeBackend:
    def __init__(
        self,
        listener: Listener,
        *,
        voices: tuple[Voice, ...] = FAKE_VOICES,
        unavailable: str | None = None,
        schedule: Callable[[Callable[[], None]], None] | None = None,
        words: bool = True,
    ) -> None:
        self._listener = listener
        self._voices = voices
        self._reason = unavailable
        self._schedule = schedule
        self._words = words
        self._ids = itertools.count(1)
        self._pending: deque[SpeechEvent] = deque()
        self._started = False
        self._listed = False  # Ready delivered
        self._fail_next: str | None = None
        self._current: int | None = None  # Started delivered, Finished/Failed not yet
        self.calls: list[SpokenCall] = []  # every speak, in order
        self.stops = 0
        self.closed = False

    # -- the SpeechBackend protocol ---------------------------------------------------------

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._queue(Unavailable(self._reason) if self._reason else Ready(self._voices, "fake"))

    def preload(self, voice: str | None) -> None:
        self.preloaded = voice

    def prepare(
        self, text: str, *, voice: str | None = None, rate: int | None = None, volume: float = 1.0
    ) -> None:
        self.prepared = text

    def speak(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int | None = None,
        volume: float = 1.0,
        next_text: str | None = None,
    ) -> int:
        self.start()
        uid = next(self._ids)
        self.calls.append(SpokenCall(uid, text, voice, clamp_rate(rate), clamp_volume(volume)))
        if self._reason or self.closed:
            self._queue(Failed(uid, self._reason or "closed", "engine"))
            return uid
        if self._fail_next is not None:
            message, self._fail_next = self._fail_next, None
            self._queue(Started(uid), Failed(uid, message, "audio"))
            return uid
        events: list[SpeechEvent] = [Started(uid)]
        if self._words:
            events += [Word(uid, m.start(), m.end()) for m in _WORD.finditer(text)]
        events.append(Finished(uid))
        self._queue(*events)
        return uid

    def stop(self) -> None:
        self.stops += 1
        self._current = None
        # Nothing of an utterance spoken before is delivered after a stop.
        kept = [e for e in self._pending if isinstance(e, Ready | Unavailable)]
        self._pending = deque(kept)

    def voices(self) -> tuple[Voice, ...]:
        """Known once Ready is delivered, as with the real worker (it lists them first)."""
        return self._voices if self._listed and not self._reason else ()

    def unavailable_reason(self) -> str | None:
        return self._reason

    def close(self) -> None:
        self.closed = True
        self._pending.clear()

    # -- test controls ----------------------------------------------------------------------

    @property
    def pending(self) -> tuple[SpeechEvent, ...]:
        return tuple(self._pending)

    def step(self) -> SpeechEvent | None:
        """Deliver the next queued event; None when there is none."""
        if not self._pending:
            return None
        event = self._pending.popleft()
        if isinstance(event, Ready):
            self._listed = True
        if isinstance(event, Started):
            self._current = event.id
        elif isinstance(event, Finished | Failed) and event.id == self._current:
            self._current = None
        self._listener(event)
        return event

    def run(self, limit: int = 100_000) -> int:
        """Deliver events (also those queued by the listener) until none is left."""
        n = 0
        while self._pending and n < limit:
            self.step()
            n += 1
        return n

    def run_until(self, predicate: Callable[[SpeechEvent], bool]) -> SpeechEvent | None:
        """Deliver events up to and including the first that satisfies `predicate`."""
        while self._pending:
            event = self.step()
            if event is not None and predicate(event):
                return event
        return None

    def fail_next(self, message: str = "audio output failed") -> None:
        """The next ``speak`` starts and then fails with `message` (kind "audio")."""
        self._fail_next = message

    def crash(self, message: str = "the speech worker stopped (exit code -9)") -> None:
        """The worker dies: the utterance being said fails ("crashed"), a new one is ready."""
        current = self._current
        if current is None:  # between utterances: the next one queued dies with it
            current = next((e.id for e in self._pending if isinstance(e, Started)), None)
        self._current = None
        self._pending.clear()
        self._queue(Failed(current, message, "crashed"), Ready(self._voices, "fake"))

    def _queue(self, *events: SpeechEvent) -> None:
        was_idle = not self._pending
        self._pending.extend(events)
        if self._schedule is not None and was_idle:
            self._schedule(self.run)
