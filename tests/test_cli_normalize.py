"""`bulletin-reader normalize --lang vi|en`: one spoken line per input line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT


def normalize(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "normalize", *args],
        input=stdin, capture_output=True, cwd=PROJECT, timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip


def test_one_spoken_line_per_input_line() -> None:
    lines = ["Dự kiến 20/29 chỉ tiêu đạt, bằng 99,4% KH.", "", "Ngày 5/12, UBND tỉnh họp."]
    result = normalize("\n".join(lines).encode() + b"\n", "--lang", "vi")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode().split("\n")[:-1]
    assert out == [
        "Dự kiến hai mươi trên hai mươi chín chỉ tiêu đạt, bằng chín mươi chín phẩy bốn phần "
        "trăm kế hoạch.",
        "",
        "Ngày năm tháng mười hai, ủy ban nhân dân tỉnh họp.",
    ]


def test_english() -> None:
    result = normalize(b"Dr. Smith paid $1,200.50 in 1999.\n", "--lang", "en")
    assert result.stdout.decode().strip() == (
        "Doctor Smith paid one thousand two hundred dollars and fifty cents in nineteen "
        "ninety-nine."
    )


def test_a_user_lexicon_overrides_the_bundled_one(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("KH\tkhách hàng\nbroken line without a tab\n", encoding="utf-8")
    result = normalize("đạt 99,4% KH.\n".encode(), "--lang", "vi", "--lexicon", str(lexicon))
    assert result.stdout.decode().strip() == "đạt chín mươi chín phẩy bốn phần trăm khách hàng."
    assert b"mine.tsv:2" in result.stderr  # the bad line is named, the rest still works


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    result = normalize(b"\xff\xfe bad\n", "--lang", "vi")
    assert result.returncode != 0 and b"not UTF-8" in result.stderr
    missing = normalize(b"x\n", "--lang", "vi", "--lexicon", str(tmp_path / "none.tsv"))
    assert missing.returncode != 0 and b"does not exist" in missing.stderr
    no_lang = normalize(b"x\n")
    assert no_lang.returncode != 0
