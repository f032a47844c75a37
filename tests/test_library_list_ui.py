"""The window's library list read through the search index (issue #12, the list half)."""

from __future__ import annotations

import os
from pathlib import Path

from reader.library.index import SearchIndex
from reader.library.index_db import INDEX_FILE
from reader.library.scan import scan_library


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.library
    return [model.data(model.index(r)).split("\n")[0] for r in range(model.rowCount())]


def test_the_list_comes_from_the_index(qtbot, open_window, library: Path, config_dir: Path) -> None:
    with SearchIndex(config_dir / "cache") as index:
        index.update([library], workers=1)
    # A title the index knows and the file no longer says, at the same size and time: only
    # a list read from the index shows it (reading front matter shows the file's).
    seed = next(e.path for e in scan_library(library) if e.title.startswith("Hội nghị"))
    stat = seed.stat()
    seed.write_text(seed.read_text(encoding="utf-8").replace("Hội nghị", "Hội nghệ", 1), "utf-8")
    os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    _ctx, window = open_window(library)
    titles = _titles(window)
    assert any(t.startswith("Hội nghị") for t in titles)
    assert not any(t.startswith("Hội nghệ") for t in titles)


def test_a_damaged_index_leaves_the_list_whole(
    qtbot, open_window, library: Path, config_dir: Path
) -> None:
    cache = config_dir / "cache"
    cache.mkdir(parents=True)
    (cache / INDEX_FILE).write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    expected = [e.title for e in scan_library(library)]
    _ctx, window = open_window(library)
    assert _titles(window) == expected
    with qtbot.waitSignal(window.search.runner.updated, timeout=60000):
        pass  # rebuilt, with a notice
    assert "built again" in window.statusBar().currentMessage()
    window.library_controller.reload_library(reopen=False)  # listed again, from the new index
    with qtbot.waitSignal(window.library_loaded, timeout=10000):
        pass
    assert _titles(window) == expected


def test_unread_rows_key_articles_as_the_reading_state_does(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Rows are resolved a folder at a time; a linked file or folder still resolves whole."""
    from reader.library.entry import LibraryEntry
    from reader.ui.library_model import LibraryModel, UnreadRole

    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("a.md", "sub/b.md", "target.md"):
        (real / name).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real)
    (real / "link.md").symlink_to(real / "target.md")
    paths = [
        real / "a.md",
        tmp_path / "linked" / "sub" / "b.md",
        real / "link.md",
        real / "gone.md",
    ]
    model = LibraryModel()
    model.set_entries([LibraryEntry(p, p.name) for p in paths])
    model.set_read({str(p.resolve()) for p in paths[1:3]})
    unread = [model.data(model.index(r), UnreadRole) for r in range(len(paths))]
    assert unread == [True, False, False, True]
