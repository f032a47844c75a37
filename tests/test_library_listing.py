"""The library list read from the search index (reader.library.listing, issue #12).

The list must be the same as reading every file (titles, dates, problems, order), whatever
state the index is in: built, missing, stale, damaged, of another schema.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ARTICLES
from test_library_scan import article
from test_library_scan import lib as lib

from reader.library.index import SearchIndex
from reader.library.index_db import INDEX_FILE
from reader.library.listing import list_libraries
from reader.library.scan import scan_libraries


def rows(entries: list) -> list[tuple]:  # type: ignore[type-arg]
    """What the list shows of each entry, in order."""
    return [
        (e.path, e.title, e.date, e.lang, e.problem.kind if e.problem else None) for e in entries
    ]


def indexed(cache: Path, *roots: Path) -> Path:
    with SearchIndex(cache) as index:
        index.update(roots, workers=1)
    return cache / INDEX_FILE


def test_the_same_list_as_reading_every_file(lib: Path, tmp_path: Path) -> None:
    second = tmp_path / "second"
    shutil.copytree(ARTICLES, second)
    roots = (lib, second, lib / "mid")  # nested: listed once
    expected = rows(scan_libraries(roots))
    none = list_libraries(roots, tmp_path / "no-cache" / INDEX_FILE)
    assert rows(none.entries) == expected
    assert none.from_index == 0 and none.read == len(expected)
    listing = list_libraries(roots, indexed(tmp_path / "cache", lib, second))
    assert rows(listing.entries) == expected
    # Only the two files that cannot be opened are read (their problem said as the scan says).
    assert listing.read == 2 and listing.from_index == len(expected) - 2


def test_the_index_answers_for_files_it_knows_as_they_are(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    kept = article(root / "kept.md", "Tin cũ", "2024-01-02")
    index_file = indexed(tmp_path / "cache", root)
    # Same size and time, other title: the index's row is used, the file is not read.
    stat = kept.stat()
    kept.write_text(kept.read_text(encoding="utf-8").replace("Tin cũ", "Tin cơ"), "utf-8")
    os.utime(kept, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert [e.title for e in list_libraries([root], index_file).entries] == ["Tin cũ"]


def test_new_changed_and_deleted_files_as_they_are_now(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    changed = article(root / "changed.md", "Trước", "2024-01-02")
    gone = article(root / "gone.md", "Đã xoá", "2024-01-03")
    index_file = indexed(tmp_path / "cache", root)
    article(changed, "Sau khi sửa bài", "2020-05-05")
    gone.unlink()
    article(root / "sub" / "new.md", "Bài mới", "2025-01-01")
    listing = list_libraries([root], index_file)
    assert [(e.title, str(e.date)) for e in listing.entries] == [
        ("Bài mới", "2025-01-01"),
        ("Sau khi sửa bài", "2020-05-05"),
    ]
    assert listing.read == 2 and listing.from_index == 0


@pytest.mark.parametrize(
    "damage",
    [
        b"this is not a database at all" * 100,
        b"SQLite format 3\x00" + b"\xff" * 5000,
    ],
)
def test_a_damaged_index_still_lists_everything(
    lib: Path,
    tmp_path: Path,
    damage: bytes,
) -> None:
    index_file = indexed(tmp_path / "cache", lib)
    for suffix in ("-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    index_file.write_bytes(damage)
    assert rows(list_libraries([lib], index_file).entries) == rows(scan_libraries([lib]))


def test_an_index_of_another_schema_is_not_trusted(tmp_path: Path) -> None:
    import sqlite3

    root = tmp_path / "lib"
    article(root / "a.md", "Thật", "2024-01-02")
    index_file = indexed(tmp_path / "cache", root)
    con = sqlite3.connect(index_file)
    con.execute("UPDATE documents SET title = 'Cũ'")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    assert [e.title for e in list_libraries([root], index_file).entries] == ["Thật"]


def test_a_relative_folder_lists_relative_paths(
    lib: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index_file = indexed(tmp_path / "cache", lib)
    monkeypatch.chdir(lib.parent)
    relative = Path(lib.name)
    listing = list_libraries([relative], index_file)
    assert rows(listing.entries) == rows(scan_libraries([relative]))
    assert listing.from_index > 0 and not listing.entries[0].path.is_absolute()
