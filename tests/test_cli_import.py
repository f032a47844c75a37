"""`bulletin-reader import`: the command line around reader.importer.run_import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.formats.markdown_article import load_article
from tests.conftest import PROJECT, SEED_TEXT


def run(*args: str, library: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BULLETIN_READER_LIBRARY=str(library))
    return subprocess.run(
        [sys.executable, "-m", "reader", "import", *args],
        capture_output=True, text=True, cwd=PROJECT, env=env, timeout=120,
    )  # fmt: skip


def test_import_into_the_default_library_then_again(tmp_path: Path) -> None:
    library = tmp_path / "library"
    first = run(str(SEED_TEXT), library=library)
    assert first.returncode == 0, first.stderr
    assert "import: 1 ok, 0 skipped, 0 failed" in first.stdout
    (written,) = library.glob("*.md")
    assert written.name == "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
    article = load_article(written)
    assert article.warnings == () and article.author == "Hương Dịu"
    again = run(str(SEED_TEXT), library=library)
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert len(list(library.glob("*.md"))) == 1, "a second import updates, never duplicates"


def test_json_prints_and_writes_nothing(tmp_path: Path) -> None:
    result = run(str(SEED_TEXT), "--json", library=tmp_path / "library")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["date"] == "2023-12-05" and len(data["headings"]) == 3
    assert len(data["captions"]) == 3 and data["encoding"] == "utf-8"
    assert not (tmp_path / "library").exists()


def test_missing_source_fails_clearly(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"), library=tmp_path)
    assert result.returncode != 0
    assert "nope.txt" in result.stdout + result.stderr
