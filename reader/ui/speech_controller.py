"""Reading the article aloud: walks the reading script, one sentence at a time.

The only speech part that knows Qt. Backend events arrive on the backend's own thread and
are re-emitted here as a queued signal, so everything below runs on the GUI thread and
nothing here ever waits for the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from reader.model import Article
from reader.speech.backend import (
    Failed,
    Finished,
    Ready,
    SpeechBackend,
    SpeechEvent,
    Started,
    Unavailable,
    Word,
    choose_voice,
)
from reader.speech.script import ScriptOptions, Utterance, UtteranceKey, build_script

BackendFactory = Callable[[Callable[[SpeechEvent], None]], SpeechBackend]


def process_backend(listener: Callable[[SpeechEvent], None]) -> SpeechBackend:
    from reader.speech.process_backend import ProcessBackend

    return ProcessBackend(listener)


class SpeechController(QObject):
    state_changed = Signal(str)  # "stopped" | "playing" | "paused" | "unavailable"
    saying = Signal(object, int, int)  # UtteranceKey, start, end in its source text
    word = Signal(object, int, int)
    unavailable = Signal(str)
    _event = Signal(object)

    def __init__(self, factory: BackendFactory = process_backend, parent: QObject | None = None):
        super().__init__(parent)
        self._factory = factory
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._backend: SpeechBackend | None = None
        self._article: Article | None = None
        self.options = ScriptOptions()
        self.script: tuple[Utterance, ...] = ()
        self.index = 0
        self.state = "stopped"
        self.rate: int | None = None
        self.volume = 1.0
        self._voice: str | None = None
        self._current: int | None = None  # id of the utterance being said
        self._next = QTimer(self, singleShot=True)
        self._next.timeout.connect(self._speak_current)
        self.reason: str | None = None

    # --- what to read -----------------------------------------------------------------

    def set_article(self, article: Article | None) -> None:
        self.stop()
        self._article = article
        self.script = ()
        self.index = 0

    def _ensure_script(self) -> bool:
        if not self.script and self._article is not None:
            self.script = build_script(self._article, self.options)  # normalises: ~15 ms
        return bool(self.script)

    def current(self) -> Utterance | None:
        return self.script[self.index] if 0 <= self.index < len(self.script) else None

    # --- commands -----------------------------------------------------------------------

    def play_pause(self) -> None:
        if self.state == "playing":
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.state == "unavailable" or not self._ensure_script():
            return
        if self.index >= len(self.script):
            self.index = 0
        self._set_state("playing")
        self._speak_current()

    def pause(self) -> None:
        """Silence now; Play goes on from the same sentence."""
        if self.state != "playing":
            return
        self._silence()
        self._set_state("paused")

    def stop(self) -> None:
        self._silence()
        if self.state != "unavailable":
            self._set_state("stopped")

    def move(self, sentences: int) -> None:
        if not self._ensure_script():
            return
        self.index = max(0, min(len(self.script) - 1, self.index + sentences))
        self._restart_here()

    def move_block(self, forward: bool) -> None:
        """To the first sentence of the next (or this/previous) block."""
        if not self._ensure_script():
            return
        block = self.script[self.index].key.block
        if forward:
            later = [i for i, u in enumerate(self.script) if u.key.block > block]
            self.index = later[0] if later else self.index
        else:
            start = next(i for i, u in enumerate(self.script) if u.key.block == block)
            if start == self.index and start > 0:
                previous = self.script[start - 1].key.block
                start = next(i for i, u in enumerate(self.script) if u.key.block == previous)
            self.index = start
        self._restart_here()

    def read_from(self, block: int, text: int, offset: int) -> None:
        """Start at the sentence at ``offset`` of a model text (read from here)."""
        if not self._ensure_script():
            return
        candidates = [
            i
            for i, u in enumerate(self.script)
            if (u.key.block, u.key.text) == (block, text) and u.shown_start <= offset
        ]
        if candidates:
            self.index = candidates[-1]
            self.play() if self.state != "playing" else self._restart_here()

    def _restart_here(self) -> None:
        utterance = self.current()
        if utterance is not None:
            self.saying.emit(
                utterance.key, utterance.shown_start, utterance.shown_start + len(utterance.shown)
            )
        if self.state == "playing":
            self._silence()
            self._speak_current()

    # --- engine -------------------------------------------------------------------------

    def _ensure_backend(self) -> SpeechBackend:
        if self._backend is None:
            self._backend = self._factory(self._event.emit)  # called on the backend's thread
            self._backend.start()
        return self._backend

    def _silence(self) -> None:
        self._next.stop()
        if self._current is not None and self._backend is not None:
            self._current = None
            self._backend.stop()

    def _speak_current(self) -> None:
        utterance = self.current()
        if self.state != "playing" or utterance is None:
            return
        backend = self._ensure_backend()
        if self._voice is None:
            choice = choose_voice(backend.voices(), utterance.lang)
            self._voice = choice.id if choice else None
        self._current = backend.speak(
            utterance.text, voice=self._voice, rate=self.rate, volume=self.volume
        )

    def _on_event(self, event: Any) -> None:
        if isinstance(event, Unavailable):
            self.reason = event.message
            self._current = None
            self._set_state("unavailable")
            self.unavailable.emit(event.message)
            return
        if isinstance(event, Ready):
            self._voice = None  # choose again from this engine's voices
            return
        if getattr(event, "id", None) != self._current or self._current is None:
            return  # an utterance that was stopped
        utterance = self.current()
        if utterance is None:
            return
        if isinstance(event, Started):
            self.saying.emit(
                utterance.key, utterance.shown_start, utterance.shown_start + len(utterance.shown)
            )
        elif isinstance(event, Word):
            shown = utterance.shown_range(event.start, event.end)
            if shown is not None:
                self.word.emit(utterance.key, *shown)
        elif isinstance(event, Finished):
            self._current = None
            pause = utterance.pause_after_ms
            self.index += 1
            if self.index >= len(self.script):
                self.index = 0
                self._set_state("stopped")
                return
            pause += self.script[self.index].pause_before_ms
            self._next.start(pause)
        elif isinstance(event, Failed):
            self._current = None
            if event.kind == "crashed":  # the backend restarts its worker: say it again
                self._next.start(0)
            else:
                self._set_state("stopped")
                self.unavailable.emit(event.message)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def key_of(self, index: int) -> UtteranceKey | None:
        return self.script[index].key if 0 <= index < len(self.script) else None

    def close(self) -> None:
        self._next.stop()
        if self._backend is not None:
            self._backend.close()
            self._backend = None
