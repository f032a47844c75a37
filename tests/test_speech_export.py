"""Article -> audio file with the real espeak-ng: audible, plausible length, clear failures."""

from __future__ import annotations

import array
import dataclasses
import math
import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from conftest import ENGLISH_ARTICLE, PROJECT, SEED_ARTICLE

from reader.formats.markdown_article import load_article
from reader.model import Article
from reader.speech.export import EngineMissing, ExportError, export_article
from reader.speech.script import build_script


def _first_blocks(path: Path, n: int) -> Article:
    article = load_article(path)
    return dataclasses.replace(article, blocks=article.blocks[:n])


def _read(path: Path) -> tuple[array.array, int]:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        samples = array.array("h")
        samples.frombytes(w.readframes(w.getnframes()))
        return samples, w.getframerate()


def _rms(samples: array.array) -> float:
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def test_seed_paragraphs_export_to_audible_wav_of_plausible_length(tmp_path: Path) -> None:
    article = _first_blocks(SEED_ARTICLE, 4)  # title, date, author, lead, figure, heading, ...
    script = build_script(article)
    calls: list[tuple[int, int]] = []
    out = tmp_path / "seed.wav"
    result = export_article(article, out, progress=lambda done, total: calls.append((done, total)))
    samples, rate = _read(out)
    seconds = len(samples) / rate
    assert result.utterances == len(script) and abs(result.seconds - seconds) < 0.01
    assert _rms(samples) > 1000, _rms(samples)  # speech, not silence
    pauses = sum(u.pause_before_ms + u.pause_after_ms for u in script) / 1000
    chars = sum(len(u.text) for u in script)
    per_char = (seconds - pauses) / chars
    assert 0.03 < per_char < 0.2, per_char
    # The pauses are there: a heading's is at least 0.6 s of silence.
    longest = run = 0
    for s in samples:
        run = run + 1 if abs(s) < 64 else 0
        longest = max(longest, run)
    assert longest / rate >= 0.6
    total = len(script)
    assert calls == [(i, total) for i in range(total + 1)]
    assert not list(tmp_path.glob(".*.part"))


def test_a_faster_rate_gives_shorter_audio(tmp_path: Path) -> None:
    article = _first_blocks(ENGLISH_ARTICLE, 1)
    slow = export_article(article, tmp_path / "slow.wav", rate=140, voice="en-us")
    fast = export_article(article, tmp_path / "fast.wav", rate=280, voice="en-us")
    assert fast.seconds < slow.seconds * 0.8
    assert _rms(_read(tmp_path / "fast.wav")[0]) > 1000


def test_missing_espeak_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    out = tmp_path / "x.wav"
    env = dict(os.environ, PATH=str(empty), PYTHONPATH=str(PROJECT))
    done = subprocess.run(
        [sys.executable, "-m", "reader", "speak", str(ENGLISH_ARTICLE), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "espeak-ng was not found" in done.stderr and "apt-get install espeak-ng" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(EngineMissing):
        export_article(_first_blocks(ENGLISH_ARTICLE, 0), out)


def test_bad_output_is_refused_before_any_work(tmp_path: Path) -> None:
    article = _first_blocks(ENGLISH_ARTICLE, 0)
    with pytest.raises(ExportError, match="unknown audio format"):
        export_article(article, tmp_path / "x.aiff")
    with pytest.raises(ExportError, match="no such folder"):
        export_article(article, tmp_path / "missing" / "x.wav")
    with pytest.raises(ExportError, match="has no voice"):
        export_article(article, tmp_path / "x.wav", voice="klingon")
    assert not (tmp_path / "x.wav").exists()


@pytest.mark.skipif(
    shutil.which("ffmpeg") is None and shutil.which("sox") is None, reason="no ogg encoder"
)
def test_ogg_through_an_encoder(tmp_path: Path) -> None:
    out = tmp_path / "short.ogg"
    result = export_article(_first_blocks(ENGLISH_ARTICLE, 0), out)
    assert out.read_bytes()[:4] == b"OggS" and result.seconds > 1
