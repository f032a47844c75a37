"""The speech worker's engine when natural voices are installed: the system engine
(espeak-ng or pyttsx3) and Piper side by side, the voice id choosing (no Qt).

Run inside the worker process only (``reader.speech.worker``): it loads Piper voices
(``reader.speech.piper_engine``, onnxruntime), which the window never imports. A sentence
is made on a thread (``_Prepared``) and played while it is made; the sentence the window
says comes next is made while one plays, and the one Resume will say while paused.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from reader.speech.backend import Voice, choose_voice

__all__ = ["Chunk", "Emit", "MixedEngine"]

Chunk = tuple[bytes, list[tuple[int, int, int]]]  # PCM, [(ms, start, end)]
Emit = Callable[[dict[str, Any]], None]


class _Prepared:
    """A sentence's chunks made on a thread and read while they come: the next sentence is
    made while this one plays (after it, so the two never share the CPU)."""

    def __init__(self, make: Callable[[], Iterator[Chunk]], after: threading.Event | None) -> None:
        self._make, self._after = make, after
        self._items: list[Chunk] = []
        self._error: BaseException | None = None
        self._done = False
        self._cond = threading.Condition()
        self.finished = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        if self._after is not None:
            self._after.wait()
        try:
            for chunk in self._make():
                with self._cond:
                    self._items.append(chunk)
                    self._cond.notify_all()
        except Exception as e:
            self._error = e
        finally:
            with self._cond:
                self._done = True
                self._cond.notify_all()
            self.finished.set()

    def __iter__(self) -> Iterator[Chunk]:
        i = 0
        while True:
            with self._cond:
                while i >= len(self._items) and not self._done:
                    self._cond.wait()
                if i < len(self._items):
                    item = self._items[i]
                elif self._error is not None:
                    raise self._error
                else:
                    return
            i += 1
            yield item


class MixedEngine:
    """The system engine (espeak-ng, or pyttsx3) and the Piper voices found on disk: the
    voice id says which speaks. A Piper voice that cannot be loaded is said once
    ("notice") and the system engine's voice for its language reads instead."""

    def __init__(
        self, base: Any, make_player: Callable[[int], Any], neural: Sequence[Voice]
    ) -> None:
        self.base = base  # the worker's EspeakEngine or Pyttsx3Engine
        self.name = base.name
        self._make_player = make_player  # sample rate -> the worker's Player
        self._neural = {v.id: v for v in neural}
        self._synth: Any = None
        if self._neural:
            from reader.speech.piper_engine import PiperSynth

            self._synth = PiperSynth()
        self._player: Any = None
        self._broken: dict[str, str] = {}
        self._prepared: tuple[tuple[str, str, int, float], _Prepared] | None = None

    def voices(self) -> list[Voice]:
        return [*self._neural.values(), *self.base.voices()]

    def _usable(self, voice_id: str | None, emit: Emit) -> Voice | None:
        """The Piper voice `voice_id`, loaded; None for a system voice or a broken one."""
        voice = self._neural.get(voice_id or "")
        if voice is None or voice.id in self._broken:
            return None
        from reader.speech.piper_engine import VoiceLoadError

        try:
            self._synth.load(voice)
        except VoiceLoadError as e:
            self._broken[voice.id] = str(e)
            emit({"event": "notice", "kind": "fallback", "voice": voice.id, "message": str(e)})
            return None
        return voice

    def load(self, voice_id: str, emit: Emit) -> None:
        t0 = time.monotonic()
        if self._usable(voice_id, emit) is not None:
            ms = round((time.monotonic() - t0) * 1000)
            emit({"event": "loaded", "voice": voice_id, "ms": ms})

    def _player_for(self, rate: int) -> Any:
        """One audio player open at a time (a sound card without mixing takes only one):
        espeak-ng's when the rates agree (22050 Hz for both here), else one of our own."""
        base = getattr(self.base, "player", None)
        if base is not None and base.sample_rate == rate:
            return base
        if base is not None:
            base.close()  # it starts again when espeak-ng next speaks
        if self._player is None or self._player.sample_rate != rate:
            if self._player is not None:
                self._player.close()
            self._player = self._make_player(rate)
        return self._player

    def prepare(self, text: str, voice: str | None, rate: int, volume: float, emit: Emit) -> None:
        """Make `text` ahead with the natural voice `voice` (Resume after Pause: the
        sentence is said from its start, and is ready when Play comes)."""
        neural = self._usable(voice, emit)
        if neural is None or not text:
            return
        synth = self._synth
        self._prepared = (
            (text, neural.id, rate, volume),
            _Prepared(lambda: synth.chunks(neural, text, rate, volume), None),
        )

    def speak(
        self,
        uid: int,
        text: str,
        voice: str | None,
        rate: int,
        volume: float,
        emit: Emit,
        next_text: str | None = None,
    ) -> None:
        neural = self._usable(voice, emit)
        if neural is None:
            if voice in self._neural:  # broken: the system voice of its language reads
                lang = self._neural[voice].languages[0]
                fallback = choose_voice(self.base.voices(), lang)
                voice = fallback.id if fallback else None
            if self._player is not None:
                self._player.close()
                self._player = None
            self.base.speak(uid, text, voice, rate, volume, emit)
            return
        synth = self._synth
        key = (text, neural.id, rate, volume)
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] == key:
            job = prepared[1]
        else:
            job = _Prepared(lambda: synth.chunks(neural, text, rate, volume, quick=True), None)
        if next_text:
            self._prepared = (
                (next_text, neural.id, rate, volume),
                _Prepared(lambda: synth.chunks(neural, next_text, rate, volume), job.finished),
            )
        player = self._player_for(neural.sample_rate or synth.sample_rate(neural))
        player.play_stream(uid, iter(job), emit)
