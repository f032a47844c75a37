"""The speech worker with the real espeak-ng, the voice choice and the fake backend.

The worker's audio goes to a "player" that appends the PCM to a file (this machine has no
sound card), so the tests check what would have been heard; one test runs the real aplay
and accepts what the worker reports: finished with a sound card, an audio failure naming
aplay without one.
"""

from __future__ import annotations

import array
import contextlib
import math
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.speech.backend import (
    Failed,
    Finished,
    Ready,
    SpeechBackend,
    SpeechEvent,
    Started,
    Unavailable,
    Voice,
    Word,
    choose_voice,
)
from reader.speech.fake import FakeBackend
from reader.speech.process_backend import ProcessBackend

VI = "Ủy ban nhân dân tỉnh họp phiên thường kỳ."
EN = "The reading room opens today."
LONG_VI = " ".join(["Hội nghị tập trung thảo luận, đánh giá kết quả công tác năm nay."] * 6)


class Events:
    """Collects a backend's events (from its thread) and waits for them."""

    def __init__(self) -> None:
        self.items: list[SpeechEvent] = []
        self.times: dict[SpeechEvent, float] = {}
        self._cond = threading.Condition()

    def __call__(self, event: SpeechEvent) -> None:
        with self._cond:
            self.items.append(event)
            self.times.setdefault(event, time.monotonic())
            self._cond.notify_all()

    def wait_for(self, pred: Callable[[SpeechEvent], bool], timeout: float = 10.0) -> SpeechEvent:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for e in self.items:
                    if pred(e):
                        return e
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no such event within {timeout} s: {self.items!r}")
                self._cond.wait(left)

    def of(self, uid: int) -> list[SpeechEvent]:
        with self._cond:
            return [e for e in self.items if getattr(e, "id", None) == uid]


def _rms(pcm: bytes) -> float:
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def _live_members(pgid: int) -> list[int]:
    """Processes of group `pgid` that are not zombies."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(int(entry.name))
    return out


@pytest.fixture
def capture(tmp_path: Path) -> Path:
    return tmp_path / "heard.raw"


@pytest.fixture
def backend(capture: Path) -> Iterator[tuple[ProcessBackend, Events]]:
    events = Events()
    # Like a real player, it outlives the end of its input for a while (aplay drains its
    # buffer): only killing the process group silences it at once.
    player = ["sh", "-c", 'cat >> "$0"; exec sleep 30', str(capture)]
    b = ProcessBackend(events, player=player)
    assert b.wait_ready(10), b.unavailable_reason()
    yield b, events
    b.close()


def test_worker_says_vietnamese_and_english_with_words_in_time(
    backend: tuple[ProcessBackend, Events], capture: Path
) -> None:
    b, events = backend
    assert isinstance(b, SpeechBackend)
    ready = events.wait_for(lambda e: isinstance(e, Ready))
    assert isinstance(ready, Ready) and ready.engine == "espeak-ng"
    vi = choose_voice(b.voices(), "vi")
    en = choose_voice(b.voices(), "en")
    assert vi is not None and en is not None and vi.id != en.id
    t0 = time.monotonic()
    first = b.speak(VI, voice=vi.id, rate=260)
    second = b.speak(EN, voice=en.id, rate=260)  # queued behind the first
    events.wait_for(lambda e: isinstance(e, Finished) and e.id == second)
    elapsed = time.monotonic() - t0
    for uid, text in ((first, VI), (second, EN)):
        got = events.of(uid)
        assert isinstance(got[0], Started) and isinstance(got[-1], Finished), got
        words = [text[e.start : e.end] for e in got if isinstance(e, Word)]
        assert words == text.rstrip(".").split(), words
    # The second starts after the first has finished: one sentence at a time.
    order = [(type(e).__name__, e.id) for e in events.items if not isinstance(e, Ready)]
    assert order.index(("Finished", first)) < order.index(("Started", second))
    pcm = capture.read_bytes()
    seconds = len(pcm) / 2 / 22050
    assert 1.0 < seconds < 8.0, seconds
    assert _rms(pcm) > 300  # speech, not silence
    # Word events follow the audio: the utterances took about as long as their sound, and
    # the last word of a sentence comes late in it, not all at once at the start.
    assert elapsed >= seconds * 0.9, (elapsed, seconds)
    got = events.of(first)
    span = events.times[got[-1]] - events.times[got[0]]
    last_word = events.times[[e for e in got if isinstance(e, Word)][-1]] - events.times[got[0]]
    assert last_word > 0.5 * span, (last_word, span)


def test_the_real_audio_player_reports_what_happened() -> None:
    if shutil.which("aplay") is None:
        pytest.fail("aplay (alsa-utils) is not installed")
    listed = subprocess.run(["aplay", "-l"], capture_output=True, text=True)
    has_card = "card " in listed.stdout
    events = Events()
    b = ProcessBackend(events)
    try:
        assert b.wait_ready(10), b.unavailable_reason()
        voice = choose_voice(b.voices(), "vi")
        uid = b.speak("Xin chào.", voice=voice.id if voice else None, rate=300)
        end = events.wait_for(lambda e: isinstance(e, Finished | Failed) and e.id == uid)
    finally:
        b.close()
    if has_card:
        assert isinstance(end, Finished), end
    else:
        assert isinstance(end, Failed) and end.kind == "audio", end
        assert "aplay" in end.message and "audio open error" in end.message


def test_stop_is_immediate_kills_the_group_and_silences_the_old_utterance(
    backend: tuple[ProcessBackend, Events], capture: Path
) -> None:
    b, events = backend
    voice = choose_voice(b.voices(), "vi")
    assert voice is not None
    uid = b.speak(LONG_VI, voice=voice.id)
    events.wait_for(lambda e: isinstance(e, Word) and e.id == uid and e.start > 0)
    pgid = b.pid
    assert pgid is not None and len(_live_members(pgid)) >= 2  # the worker and its player
    t0 = time.monotonic()
    b.stop()
    assert time.monotonic() - t0 < 2.0
    deadline = time.monotonic() + 2.0
    while _live_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _live_members(pgid) == []
    seen = len(events.of(uid))
    # A new worker is up and speaks; nothing more of the stopped utterance arrives.
    assert b.wait_ready(10) and b.pid != pgid
    again = b.speak("Tiếp tục.", voice=voice.id, rate=300)
    events.wait_for(lambda e: isinstance(e, Finished) and e.id == again)
    assert len(events.of(uid)) == seen
    assert not any(isinstance(e, Finished) for e in events.of(uid))
    assert b.restarts == 1


def test_a_killed_worker_is_reported_and_restarted(backend: tuple[ProcessBackend, Events]) -> None:
    b, events = backend
    voice = choose_voice(b.voices(), "vi")
    assert voice is not None
    uid = b.speak(LONG_VI, voice=voice.id)
    events.wait_for(lambda e: isinstance(e, Started) and e.id == uid)
    dead = b.pid
    assert dead is not None
    os.kill(dead, signal.SIGKILL)  # the worker alone, as a crash would
    crash = events.wait_for(lambda e: isinstance(e, Failed) and e.id == uid)
    assert isinstance(crash, Failed) and crash.kind == "crashed" and "-9" in crash.message
    events.wait_for(lambda e: sum(isinstance(x, Ready) for x in events.items) >= 2)
    assert b.pid not in (None, dead) and b.restarts == 1
    again = b.speak("Đọc lại.", voice=voice.id, rate=300)
    events.wait_for(lambda e: isinstance(e, Finished) and e.id == again)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(dead, signal.SIGKILL)  # the dead worker's player


def test_without_espeak_the_backend_says_why(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A pyttsx3 whose espeak binding fails to import, as the real one does without the library.
    drivers = tmp_path / "pyttsx3" / "drivers"
    drivers.mkdir(parents=True)
    (tmp_path / "pyttsx3" / "__init__.py").write_text("")
    (drivers / "__init__.py").write_text("")
    (drivers / "_espeak.py").write_text("raise RuntimeError('no libespeak-ng')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    events = Events()
    b = ProcessBackend(events, player="null")
    try:
        assert not b.wait_ready(10)
        gone = events.wait_for(lambda e: isinstance(e, Unavailable))
        assert isinstance(gone, Unavailable) and "espeak-ng" in gone.message
        assert "apt-get install espeak-ng" in (b.unavailable_reason() or "")
        uid = b.speak("Xin chào.")
        failed = events.wait_for(lambda e: isinstance(e, Failed) and e.id == uid)
        assert isinstance(failed, Failed) and failed.kind == "engine"
        assert b.restarts == 0  # no restart loop for an engine that cannot start
    finally:
        b.close()


def test_pyttsx3_engine_path_reports_words_of_the_sentence() -> None:
    """The portable path (SAPI5/NSSpeech elsewhere), run here on pyttsx3's espeak driver."""
    events = Events()
    b = ProcessBackend(events, engine="pyttsx3", player="null")
    try:
        assert b.wait_ready(10), b.unavailable_reason()
        assert b.engine_name == "pyttsx3"
        uid = b.speak(EN, voice=(choose_voice(b.voices(), "en") or Voice("", "")).id or None)
        events.wait_for(lambda e: isinstance(e, Finished | Failed) and e.id == uid)
        got = events.of(uid)
        assert isinstance(got[-1], Finished), got
        assert [EN[e.start : e.end] for e in got if isinstance(e, Word)] == EN[:-1].split()
    finally:
        b.close()


# --- voice choice --------------------------------------------------------------------------

VOICES = (
    Voice("gmw/en-029", "English (Caribbean)", ("en-029",)),
    Voice("gmw/en", "English (Great Britain)", ("en-gb",), priority=2),
    Voice("gmw/en-US", "English (America)", ("en-us",), priority=2),
    Voice("aav/vi-VN-x-central", "Vietnamese (Central)", ("vi-vn-x-central",)),
    Voice("aav/vi", "Vietnamese (Northern)", ("vi",)),
)


@pytest.mark.parametrize(
    ("lang", "override", "expected"),
    [
        ("vi", None, "aav/vi"),
        ("vi-VN", None, "aav/vi"),
        ("VI_vn", None, "aav/vi"),
        ("en", None, "gmw/en"),
        ("en-US", None, "gmw/en-US"),
        ("en-029", None, "gmw/en-029"),
        ("vi", "aav/vi-VN-x-central", "aav/vi-VN-x-central"),
        ("vi", "no/such-voice", "aav/vi"),
        ("fr", None, None),
        ("", None, None),
    ],
)
def test_choose_voice(lang: str, override: str | None, expected: str | None) -> None:
    chosen = choose_voice(VOICES, lang, override)
    assert (chosen.id if chosen else None) == expected


# --- the fake backend ----------------------------------------------------------------------


def test_fake_backend_is_deterministic_and_never_reentrant() -> None:
    events: list[SpeechEvent] = []
    fake = FakeBackend(events.append)
    uid = fake.speak("Xin  chào bạn", voice="fake/vi", rate=999)
    assert events == []  # nothing is delivered from inside speak
    assert fake.run() == 6
    assert events[1:] == [
        Started(uid),
        Word(uid, 0, 3),
        Word(uid, 5, 9),
        Word(uid, 10, 13),
        Finished(uid),
    ]
    assert isinstance(events[0], Ready) and fake.calls[0].rate == 450


def test_fake_backend_stop_failure_crash_and_unavailable() -> None:
    events: list[SpeechEvent] = []
    fake = FakeBackend(events.append)
    a = fake.speak("một hai ba")
    fake.run_until(lambda e: isinstance(e, Word))
    fake.stop()
    assert fake.run() == 0 and not any(isinstance(e, Finished) for e in events)
    fake.fail_next("no sound card")
    b = fake.speak("bốn")
    fake.run()
    assert events[-1] == Failed(b, "no sound card", "audio")
    c = fake.speak("năm sáu")
    fake.run_until(lambda e: isinstance(e, Started))
    fake.crash()
    fake.run()
    assert isinstance(events[-2], Failed) and events[-2].id == c and events[-2].kind == "crashed"
    assert isinstance(events[-1], Ready)
    assert a != b != c
    none: list[SpeechEvent] = []
    broken = FakeBackend(none.append, unavailable="espeak-ng is not installed")
    d = broken.speak("x")
    broken.run()
    assert none == [Unavailable("espeak-ng is not installed"), Failed(d, none[1].message, "engine")]  # type: ignore[union-attr]
    assert broken.voices() == ()


def test_fake_backend_can_be_driven_by_a_scheduler() -> None:
    queued: list[Callable[[], None]] = []
    events: list[SpeechEvent] = []
    fake = FakeBackend(events.append, schedule=queued.append, words=False)
    uid = fake.speak("câu")
    assert len(queued) == 1 and events == []
    queued.pop()()
    assert [type(e) for e in events] == [Ready, Started, Finished] and events[-1].id == uid  # type: ignore[union-attr]


def test_worker_module_has_no_qt() -> None:
    code = (
        "import sys, reader.speech.process_backend, reader.speech.fake, reader.speech.export, "
        "reader.speech.worker, reader.speech.script; "
        "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
