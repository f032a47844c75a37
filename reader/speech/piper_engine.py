"""Piper neural voices: load a voice, synthesise a sentence phrase by phrase (no Qt).

Imported only by the speech worker process and the export command: piper and onnxruntime
(about 200 MB installed, with numpy) never enter the window's process. A sentence is synthesised a
phrase at a time (``reader.speech.syllables.phrases``), so its first audio is ready after
the first phrase (about 0.1 s here) instead of after the whole sentence; each phrase's
words get times spread by syllables, since Piper gives word timings only for specially
patched models.

Speed: espeak-ng's words per minute map to Piper's length scale (175 wpm = the voice's
own pace); volume scales the samples (Piper's ``SynthesisConfig.volume``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.speech.backend import DEFAULT_RATE, Voice
from reader.speech.syllables import phrases, spread_words

__all__ = ["Chunk", "PiperSynth", "VoiceLoadError"]

# (mono S16 PCM, [(ms from the chunk's start, word start, word end)])
Chunk = tuple[bytes, list[tuple[int, int, int]]]


class VoiceLoadError(RuntimeError):
    """A Piper voice could not be loaded (the message names the file and the cause)."""


class PiperSynth:
    """The loaded Piper voices of one process, by voice id (loading takes about 0.4-1 s)."""

    def __init__(self) -> None:
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

    def load(self, voice: Voice) -> Any:
        with self._lock:
            if voice.id in self._loaded:
                return self._loaded[voice.id]
            if not voice.path:
                raise VoiceLoadError(f"the voice {voice.id} has no model file")
            try:
                from piper import PiperVoice
            except ImportError as e:
                raise VoiceLoadError(
                    f"Piper is not installed ({e}): pip install 'bulletin-reader[neural]'"
                ) from e
            try:
                loaded = PiperVoice.load(Path(voice.path))
            except Exception as e:  # onnxruntime raises its own types for a damaged model
                raise VoiceLoadError(
                    f"the voice {voice.id} could not be loaded from {voice.path}: "
                    f"{type(e).__name__}: {str(e)[:200]}"
                ) from e
            # onnxruntime's first run is about 50% slower than the next: pay it now.
            with contextlib.suppress(Exception):
                for _ in loaded.synthesize("Hello."):
                    pass
            self._loaded[voice.id] = loaded
            return loaded

    def chunks(
        self, voice: Voice, text: str, rate: int, volume: float, quick: bool = False
    ) -> Iterator[Chunk]:
        """`text` as audio, one chunk per phrase, each with its words' times (`quick`: a
        short first phrase, when the sentence was not prepared ahead)."""
        from piper import SynthesisConfig

        piper_voice = self.load(voice)
        sample_rate = int(piper_voice.config.sample_rate)
        base_scale = float(piper_voice.config.length_scale or 1.0)
        config = SynthesisConfig(
            length_scale=base_scale * DEFAULT_RATE / max(rate, 1),
            volume=max(0.0, min(1.0, volume)),
        )
        for start, end in phrases(text, quick):
            pcm = b"".join(
                c.audio_int16_bytes for c in piper_voice.synthesize(text[start:end], config)
            )
            ms = len(pcm) / 2 / sample_rate * 1000
            yield pcm, spread_words(text, start, end, ms)

    def sample_rate(self, voice: Voice) -> int:
        return int(self.load(voice).config.sample_rate)
