"""An office's own speech lexicon (<config>/speech/<lang>-abbreviations.tsv) is heard
everywhere speech text is made: the window's script, `speak`, `normalize`."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import locations
from reader.model import Article, Paragraph, Text
from reader.speech.script import build_script
from reader.text.speech import (
    default_lexicon,
    normalize,
    prepare_lexicons,
    prepare_lexicons_in_background,
    use_user_lexicons,
)
from tests.conftest import SEED_ARTICLE

OFFICE = "BQLKKT\tban quản lý khu kinh tế\t\tNghị định 35/2022/NĐ-CP\n"


@pytest.fixture(autouse=True)
def _bundled_only_afterwards() -> Iterator[None]:
    """The user folder is process-wide: later tests get the bundled lexicons again."""
    yield
    use_user_lexicons(None)


def write_office(config: Path, text: str = OFFICE) -> Path:
    path = locations.user_lexicons_dir(config) / "vi-abbreviations.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_default_lexicon_takes_the_users_file(config_dir: Path) -> None:
    assert "BQLKKT" not in default_lexicon("vi")  # the bundled file does not have it
    write_office(config_dir)
    use_user_lexicons(locations.user_lexicons_dir())
    assert normalize("Lãnh đạo BQLKKT tỉnh", "vi").text == ("Lãnh đạo ban quản lý khu kinh tế tỉnh")
    assert normalize("Chủ tịch UBND", "vi").text == "Chủ tịch ủy ban nhân dân"  # bundled too
    article = Article(title="BQLKKT họp", lang="vi", blocks=(Paragraph(Text("Ban BQLKKT")),))
    assert [u.text for u in build_script(article)] == [
        "ban quản lý khu kinh tế họp",
        "Ban ban quản lý khu kinh tế",
    ]
    use_user_lexicons(None)
    assert normalize("BQLKKT", "vi").text == "bê quy e lờ ca ca tê"


def test_an_edit_is_heard_once_the_lexicons_are_prepared_again(config_dir: Path) -> None:
    path = write_office(config_dir)
    use_user_lexicons(locations.user_lexicons_dir())
    prepare_lexicons_in_background().join(10)
    assert normalize("BQLKKT", "vi").text == "ban quản lý khu kinh tế"
    path.write_text("BQLKKT\tban quản lý các khu kinh tế\nbad line\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a new stamp even on a coarse clock
    prepare_lexicons()
    assert normalize("BQLKKT", "vi").text == "ban quản lý các khu kinh tế"
    assert any("vi-abbreviations.tsv:2" in p for p in default_lexicon("vi").problems)
    path.unlink()
    prepare_lexicons()
    assert normalize("BQLKKT", "vi").text == "bê quy e lờ ca ca tê"


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The real command line, with the test's private config folder ($BULLETIN_READER_...)."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, timeout=120
    )


def test_normalize_says_what_the_office_wrote(config_dir: Path) -> None:
    write_office(config_dir, OFFICE + "no tab here\n")
    done = run_cli("normalize", "--lang", "vi", stdin="Lãnh đạo BQLKKT\n".encode())
    assert done.stdout.decode() == "Lãnh đạo ban quản lý khu kinh tế\n"
    assert b"vi-abbreviations.tsv:2" in done.stderr  # the office's bad line is reported


def _seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def test_speak_says_what_the_office_wrote(config_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Họp\nlanguage: vi\n---\n\nLãnh đạo XQ dự.\n", encoding="utf-8")
    assert run_cli("speak", str(article), "--out", str(tmp_path / "a.wav")).returncode == 0
    long = "ban quản lý các khu công nghiệp và khu kinh tế của tỉnh nhà " * 3
    write_office(config_dir, f"XQ\t{long}\n")
    assert run_cli("speak", str(article), "--out", str(tmp_path / "b.wav")).returncode == 0
    # Thirty-odd more syllables: seconds more audio, whatever the machine's speed.
    assert _seconds(tmp_path / "b.wav") > _seconds(tmp_path / "a.wav") + 3


def test_the_window_reads_with_the_offices_lexicon(qtbot, open_window, library, config_dir) -> None:  # type: ignore[no-untyped-def]
    from tests.test_speech_ui import speaking_window

    path = write_office(config_dir, "UBND\tủy ban nhân dân của tỉnh nhà\n")
    window, _ = speaking_window(qtbot, open_window, library, library / SEED_ARTICLE.name)
    said = " ".join(u.text for u in window.speech.script)
    assert "ủy ban nhân dân của tỉnh nhà" in said
    # An edit is read on the warm-up's thread when an article opens, and heard from then on.
    path.write_text("UBND\tủy ban tỉnh\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    window.speech.warm_up()
    qtbot.waitUntil(lambda: default_lexicon("vi").lookup("UBND") == "ủy ban tỉnh")
