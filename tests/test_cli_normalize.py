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


def test_english_one_line_per_line_with_dates_units_and_numerals() -> None:
    lines = ["King Charles III", "", "on 5/12/2023 at 18 °C", "Chapter IX", "2/3 of it./."]
    result = normalize("\n".join(lines).encode() + b"\n", "--lang", "en")
    assert result.stdout.decode().split("\n")[:-1] == [
        "King Charles the Third",
        "",
        "on the fifth of December twenty twenty-three at eighteen degrees Celsius",
        "Chapter Nine",
        "two thirds of it.",
    ]


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


def test_a_program_gets_each_answer_before_sending_the_next_line() -> None:
    """Batched output (one write per read) must still answer a line as soon as it comes."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "normalize", "--lang", "vi"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=PROJECT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for line, spoken in ((b"UBND\n", b"y ban"), (b"2021\n", b"hai ngh"), (b"KH\n", b"")):
            proc.stdin.write(line)
            proc.stdin.flush()
            answer = proc.stdout.readline()  # waits for ever if the answer were held back
            assert answer.endswith(b"\n") and spoken in answer.lower(), answer
    finally:
        proc.stdin.close()
        proc.wait(30)


def test_many_lines_and_a_last_line_without_newline() -> None:
    result = normalize(b"a\r\n" * 5000 + b"UBND", "--lang", "vi")
    lines = result.stdout.decode("utf-8").split("\n")
    assert result.returncode == 0 and len(lines) == 5002 and lines[-1] == ""
    assert lines[0] == "a" and "ban" in lines[-2]
