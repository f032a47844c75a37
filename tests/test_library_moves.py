"""Moving a file inside the library keeps its reading state: found by the index's update
(a path gone and one with the same content new, in one update), real files throughout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.library.index import SearchIndex
from reader.library.positions import ReadingPosition
from reader.library.state import ReadingState
from tests.search_library import write_article

HERE = ReadingPosition(2, 0, 1, 10, 30, "Tỉnh đạt 8.840 tỷ đồng.")
THERE = ReadingPosition(0, 0, 0, 0, 8, "Câu đầu.")


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, SearchIndex, ReadingState]:
    library = tmp_path / "library"
    write_article(library / "tin" / "hoi-nghi.md", "Hội nghị", "2023-12-05", "Đoạn một.")
    write_article(library / "tin" / "dieu-dong.md", "Điều động", "2024-01-10", "Đoạn hai.")
    index = SearchIndex(tmp_path / "cache")
    state = ReadingState(tmp_path / "state")
    index.update([library])
    yield library, index, state
    index.close()
    state.close()


def _keep_state(state: ReadingState, path: Path, place: ReadingPosition = HERE) -> None:
    state.set(str(path), place)
    state.mark_read(str(path))
    state.add_bookmark(str(path), path.stem, place, "ghi chú")


def _update(index: SearchIndex, state: ReadingState, library: Path) -> list[tuple[str, str]]:
    moved = index.update([library]).moved
    state.follow_moves(moved)
    return moved


def _bookmarked(state: ReadingState) -> dict[str, str]:
    """Path -> note of every bookmark, read by path only (nothing adopted on the way)."""
    return {b.path: b.note for b in state.bookmarks()}


def test_a_renamed_file_keeps_its_place_read_mark_and_bookmarks(setup) -> None:
    library, index, state = setup
    old = library / "tin" / "hoi-nghi.md"
    _keep_state(state, old)
    new = old.rename(old.with_name("hoi-nghi-tinh.md"))
    assert _update(index, state, library) == [(str(old), str(new))]
    assert state.read_paths() == {str(new)}
    assert _bookmarked(state) == {str(new): "ghi chú"}
    assert state.get(str(new)) == HERE


def test_a_file_moved_to_another_subfolder_keeps_its_state(setup) -> None:
    library, index, state = setup
    old = library / "tin" / "hoi-nghi.md"
    _keep_state(state, old)
    (library / "2023").mkdir()
    new = old.rename(library / "2023" / "hoi-nghi.md")
    assert _update(index, state, library) == [(str(old), str(new))]
    assert state.read_paths() == {str(new)}
    assert _bookmarked(state) == {str(new): "ghi chú"}


def test_a_copy_does_not_take_the_state(setup) -> None:
    library, index, state = setup
    original = library / "tin" / "hoi-nghi.md"
    _keep_state(state, original)
    copy = library / "tin" / "hoi-nghi-ban-sao.md"
    shutil.copy2(original, copy)
    assert _update(index, state, library) == []
    assert state.read_paths() == {str(original)}
    assert _bookmarked(state) == {str(original): "ghi chú"}
    assert state.get(str(copy)) is None  # the copy starts afresh, even when opened


def test_of_two_files_with_the_same_content_only_the_moved_one_moves(setup) -> None:
    library, index, state = setup
    a = library / "tin" / "hoi-nghi.md"
    b = library / "tin" / "hoi-nghi-2.md"
    shutil.copy2(a, b)
    index.update([library])
    _keep_state(state, a, HERE)
    state.add_bookmark(str(b), "b", THERE, "của b")
    c = a.rename(library / "hoi-nghi.md")
    assert _update(index, state, library) == [(str(a), str(c))]
    assert _bookmarked(state) == {str(c): "ghi chú", str(b): "của b"}
    assert state.read_paths() == {str(c)}
    assert state.get(str(b)) is None


def test_two_files_with_the_same_content_moved_together_keep_their_own_states(setup) -> None:
    library, index, state = setup
    a = library / "tin" / "hoi-nghi.md"
    b = library / "tin" / "hoi-nghi-2.md"
    shutil.copy2(a, b)
    index.update([library])
    _keep_state(state, a, HERE)
    state.add_bookmark(str(b), "b", THERE, "của b")
    (library / "cu").mkdir()
    new_b = b.rename(library / "cu" / b.name)  # the names say which is which
    new_a = a.rename(library / "cu" / a.name)
    moved = _update(index, state, library)
    assert sorted(moved) == sorted([(str(a), str(new_a)), (str(b), str(new_b))])
    assert _bookmarked(state) == {str(new_a): "ghi chú", str(new_b): "của b"}
    assert state.read_paths() == {str(new_a)}


def test_a_state_left_at_the_new_path_gives_way_and_keeps_its_bookmarks(setup) -> None:
    library, index, state = setup
    a = library / "tin" / "hoi-nghi.md"
    gone = library / "tin" / "cu.md"
    state.add_bookmark(str(gone), "cũ", THERE, "đã xoá")  # of a file deleted long ago
    _keep_state(state, a, HERE)
    a.rename(gone)
    assert _update(index, state, library) == [(str(a), str(gone))]
    assert state.get(str(gone)) == HERE
    assert state.read_paths() == {str(gone)}
    assert sorted(b.note for b in state.bookmarks(str(gone))) == ["ghi chú", "đã xoá"]


def test_an_edited_and_moved_file_is_not_matched(setup) -> None:
    """Different bytes are a different article as far as a move goes (opening it later
    finds nothing to adopt either: the digest differs)."""
    library, index, state = setup
    a = library / "tin" / "hoi-nghi.md"
    _keep_state(state, a)
    b = library / "hoi-nghi.md"
    b.write_text(a.read_text("utf-8") + "\nThêm một đoạn.\n", "utf-8")
    a.unlink()
    assert _update(index, state, library) == []
    assert state.read_paths() == {str(a)}


def test_the_index_command_takes_the_state_along(tmp_path: Path, config_dir: Path) -> None:
    """`bulletin-reader index` finds the move too, and the window later sees the state."""
    import os
    import subprocess
    import sys

    library = tmp_path / "library"
    old = write_article(library / "hoi-nghi.md", "Hội nghị", "2023-12-05", "Đoạn một.")

    def index() -> None:
        done = subprocess.run(
            [sys.executable, "-m", "reader", "index", str(library)],
            capture_output=True, text=True, timeout=120, env=dict(os.environ),
            cwd=Path(__file__).resolve().parent.parent,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr

    index()
    state = ReadingState(config_dir / "data")
    _keep_state(state, old)
    state.close()
    new = old.rename(library / "hoi-nghi-lan-thu-14.md")
    index()
    state = ReadingState(config_dir / "data")
    assert state.read_paths() == {str(new)}
    assert _bookmarked(state) == {str(new): "ghi chú"}
    state.close()


def test_in_the_window_a_renamed_article_stays_read(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from reader.library.index_db import INDEX_FILE
    from reader.ui.library_model import UnreadRole
    from tests.conftest import SEED_ARTICLE

    _ctx, window = open_window(library)
    old = library / SEED_ARTICLE.name

    def indexed() -> bool:  # the first update is done: the file is known to the index
        db = window.search.cache_dir / INDEX_FILE
        if not db.exists():
            return False
        sql = "SELECT count(*) FROM documents WHERE path = ?"
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
                return bool(con.execute(sql, (str(old),)).fetchone()[0])
        except sqlite3.Error:  # being made: no table yet
            return False

    qtbot.waitUntil(lambda: window.folders.watch is not None and indexed(), timeout=60000)
    window.reading.state.mark_read(str(old.resolve()))
    with qtbot.waitSignal(window.search.moved, timeout=60000) as blocker:
        new = old.rename(old.with_name("hoi-nghi-doi-ten.md"))
    assert blocker.args == [[(str(old), str(new))]]
    new = new.resolve()
    qtbot.waitUntil(lambda: window.library.row_of(new) is not None, timeout=10000)
    row = window.library.row_of(new)
    assert not window.library.index(row).data(UnreadRole)
    assert window.reading.state.read_paths() == {str(new)}
    window.close()


def test_the_index_and_the_state_hash_a_file_alike(setup) -> None:
    """A move is found by the index's hash and kept by the state's: they must agree."""
    from reader.library.state import content_digest

    library, index, _state = setup
    for path in (library / "tin").iterdir():
        (sha256,) = index.con.execute(
            "SELECT sha256 FROM documents WHERE path = ?", (str(path),)
        ).fetchone()
        assert sha256 == content_digest(path)
