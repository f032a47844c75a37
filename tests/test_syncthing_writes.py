"""Bulletins pushed by Syncthing (docs/deploying.md): it writes each file as a hidden temp
file (``.syncthing.NAME.tmp``; ``~syncthing~NAME.tmp`` on Windows shares) and renames it into
place when whole. The temp files are never listed or indexed; the renamed article shows by
itself (real files, the real folder watch, offscreen)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from reader.library.index_parse import walk_articles
from reader.library.scan import find_article_files
from tests.conftest import ENGLISH_ARTICLE
from tests.test_kiosk_window import open_kiosk  # noqa: F401

NAME = "2025-01-02-new.md"
TEMP_NAMES = (f".syncthing.{NAME}.tmp", f"~syncthing~{NAME}.tmp")


def newest_text() -> str:
    text = ENGLISH_ARTICLE.read_text(encoding="utf-8")
    return text.replace("date: 2024-03-14", "date: 2025-01-02").replace(
        "title: Harrowmere", "title: Synced Harrowmere"
    )


def test_temp_files_are_neither_listed_nor_indexed(tmp_path: Path) -> None:
    (tmp_path / ".stfolder").mkdir()  # Syncthing's folder marker
    for name in TEMP_NAMES:
        (tmp_path / name).write_text(newest_text(), encoding="utf-8")
    (tmp_path / "kept.md").write_text(newest_text(), encoding="utf-8")
    assert [p.name for p in find_article_files(tmp_path)] == ["kept.md"]
    assert [Path(s.path).name for s in walk_articles(str(tmp_path))] == ["kept.md"]


def test_a_synced_bulletin_shows_when_renamed_into_place(qtbot, open_kiosk, library: Path) -> None:  # noqa: F811
    _, window = open_kiosk()
    assert window.library.rowCount() == 3
    text = newest_text()
    temp = library / TEMP_NAMES[0]
    with qtbot.waitSignal(window.library_loaded, timeout=20000):  # the watch saw the temp files
        (library / TEMP_NAMES[1]).write_text(text, encoding="utf-8")
        temp.write_text(text[: len(text) // 2], encoding="utf-8")  # half received
    assert window.library.rowCount() == 3
    assert not any("syncthing" in e.path.name for e in window.library.entries())

    with temp.open("a", encoding="utf-8") as f:
        f.write(text[len(text) // 2 :])
    started = time.monotonic()
    os.replace(temp, library / NAME)
    qtbot.waitUntil(lambda: window.library.rowCount() == 4, timeout=20000)
    print(f"renamed article listed after {time.monotonic() - started:.2f} s")  # for the report
    first = window.library.entries()[0]
    assert first.path.name == NAME and first.title.startswith("Synced Harrowmere")
