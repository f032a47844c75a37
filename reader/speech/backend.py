"""The speech backend protocol, its events and voice choice (standard library only).

A backend says one utterance at a time. ``speak`` returns at once with the utterance's id;
what happens next comes back as events, delivered to the listener given to the backend:

* ``Ready(voices, engine)``: the engine is up (again, after a restart);
* ``Started(id)``: audio for the utterance is starting;
* ``Word(id, start, end)``: the word at ``text[start:end]`` of the utterance's text (the
  *spoken* text, as passed to ``speak``) is being said now;
* ``Finished(id)``: the utterance has been said to the end;
* ``Failed(id, message, kind)``: it could not be said (``kind``: "audio" when the audio
  output failed, "crashed" when the engine died and was restarted, "engine" otherwise);
  ``id`` is None for failures outside an utterance;
* ``Unavailable(message)``: no engine can run here (the reason is for the user);
* ``Notice(message, voice)``: the chosen neural voice cannot be used (a damaged file);
  the system voice of its language reads instead.

Events are delivered on a thread of the backend, never on the caller's: a Qt controller
must re-emit them as signals (queued to the GUI thread). ``stop()`` is immediate and
synchronous; once it returns, no event of an earlier utterance is delivered. A listener
must not block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

__all__ = [
    "DEFAULT_RATE",
    "MAX_RATE",
    "MIN_RATE",
    "EngineUnavailable",
    "Failed",
    "Finished",
    "Listener",
    "Notice",
    "Ready",
    "SpeechBackend",
    "SpeechEvent",
    "Started",
    "Unavailable",
    "Voice",
    "Word",
    "choose_voice",
    "clamp_rate",
    "clamp_volume",
]

# Words per minute, as espeak-ng and pyttsx3 count them.
DEFAULT_RATE = 175
MIN_RATE = 80
MAX_RATE = 450

INSTALL_HINT = "install espeak-ng (Debian/Ubuntu: apt-get install espeak-ng alsa-utils)"


class EngineUnavailable(RuntimeError):
    """No speech engine can run here; the message says why and how to fix it."""


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice of the engine. ``id`` is what ``speak(voice=...)`` takes.

    ``languages`` are lower-case BCP-47 tags ("vi", "en-gb"); ``priority`` orders voices
    of one language, lower first (espeak-ng's own order: 2 for "en-gb", 5 for "en-029").
    ``engine`` is "espeak-ng", "piper" or "pyttsx3"; a Piper voice also has its
    ``quality`` ("medium"), ``sample_rate`` and the ``path`` of its ``.onnx`` model.
    """

    id: str
    name: str
    languages: tuple[str, ...] = ()
    gender: str | None = None
    priority: int = 5
    engine: str = "espeak-ng"
    quality: str | None = None
    sample_rate: int | None = None
    path: str | None = None

    @property
    def neural(self) -> bool:
        return self.engine == "piper"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "languages": list(self.languages),
            "gender": self.gender,
            "priority": self.priority,
            "engine": self.engine,
            "quality": self.quality,
            "sample_rate": self.sample_rate,
            "path": self.path,
        }

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Voice:
        langs = d.get("languages") or ()
        gender = d.get("gender")
        priority = d.get("priority", 5)
        rate = d.get("sample_rate")
        return cls(
            id=str(d["id"]),
            name=str(d.get("name") or d["id"]),
            languages=tuple(str(x).lower() for x in langs) if isinstance(langs, list) else (),
            gender=str(gender) if gender else None,
            priority=priority if isinstance(priority, int) else 5,
            engine=str(d.get("engine") or "espeak-ng"),
            quality=str(d["quality"]) if d.get("quality") else None,
            sample_rate=rate if isinstance(rate, int) else None,
            path=str(d["path"]) if d.get("path") else None,
        )


# --- events ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ready:
    voices: tuple[Voice, ...]
    engine: str = ""
    problems: tuple[str, ...] = ()  # voice files that could not be read (English)


@dataclass(frozen=True, slots=True)
class Started:
    id: int


@dataclass(frozen=True, slots=True)
class Word:
    """``[start, end)`` of the utterance's spoken text is being said."""

    id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finished:
    id: int


FailureKind = Literal["audio", "crashed", "engine"]


@dataclass(frozen=True, slots=True)
class Failed:
    id: int | None
    message: str
    kind: FailureKind = "engine"


@dataclass(frozen=True, slots=True)
class Unavailable:
    message: str


@dataclass(frozen=True, slots=True)
class Notice:
    message: str
    voice: str | None = None


SpeechEvent = Ready | Started | Word | Finished | Failed | Unavailable | Notice
Listener = Callable[[SpeechEvent], None]


@runtime_checkable
class SpeechBackend(Protocol):
    """What the controller needs from an engine (see the module docstring for events)."""

    def start(self) -> None:
        """Bring the engine up (idempotent); ``Ready`` or ``Unavailable`` follows."""

    def speak(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int | None = None,
        volume: float = 1.0,
        next_text: str | None = None,
    ) -> int:
        """Say `text` (one sentence) after any utterance still queued; return its id.
        `next_text`, the sentence likely to follow, may be prepared while this one plays."""
        ...

    def preload(self, voice: str | None) -> None:
        """Load `voice` now (a neural voice takes about a second), and after each restart."""

    def prepare(
        self, text: str, *, voice: str | None = None, rate: int | None = None, volume: float = 1.0
    ) -> None:
        """Make `text` ahead with a neural `voice` (the sentence Resume will say); no event."""

    def stop(self) -> None:
        """Silence now and forget queued utterances; returns without waiting for audio."""

    def voices(self) -> tuple[Voice, ...]:
        """The voices known so far (empty until ``Ready``)."""
        ...

    def unavailable_reason(self) -> str | None:
        """Why no engine can run, or None while it can."""
        ...

    def close(self) -> None:
        """Stop and release the engine; no events after it returns."""


# --- voice choice ------------------------------------------------------------------------


def _tag(lang: str) -> list[str]:
    return [p for p in lang.replace("_", "-").strip().lower().split("-") if p]


def choose_voice(voices: Sequence[Voice], lang: str, override: str | None = None) -> Voice | None:
    """The voice to use for BCP-47 `lang` ("vi", "vi-VN", "en-US"), or None if none fits.

    An `override` (a voice id, e.g. from preferences) wins when the engine has it. Else: a
    voice whose language is exactly `lang`; then the most specific one whose language is a
    prefix of `lang` ("vi" for "vi-VN"); then any of the same primary language, the one
    with the fewest subtags and the lowest priority ("vi" before "vi-vn-x-central"),
    first in the engine's order on a tie. A neural (Piper) voice of the same primary
    language comes before every espeak-ng voice.
    """
    if override:
        for v in voices:
            if v.id == override or v.name == override:
                return v
    want = _tag(lang)
    if not want:
        return None
    best: tuple[tuple[bool, int, int, int, int], Voice] | None = None
    for index, v in enumerate(voices):
        for vl in v.languages:
            have = _tag(vl)
            if not have or have[0] != want[0]:
                continue
            if have == want:
                rank = 0
            elif want[: len(have)] == have:
                rank = 1  # "vi" for "vi-VN": more general than asked, but no other variant
            else:
                rank = 2  # "vi-vn-x-central" for "vi", "en-us" for "en"
            # A neural voice of the language first: it is what the user installed it for.
            score = (not v.neural, rank, -len(have) if rank == 1 else len(have), v.priority, index)
            if best is None or score < best[0]:
                best = (score, v)
    return best[1] if best else None


def clamp_rate(rate: int | None) -> int:
    return DEFAULT_RATE if rate is None else max(MIN_RATE, min(MAX_RATE, int(rate)))


def clamp_volume(volume: float) -> float:
    return max(0.0, min(1.0, float(volume)))
