"""The reading state in SQLite: positions, read/unread, bookmarks, moves, damage, kills."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.library.positions import ReadingPosition
from reader.library.state import ReadingState

HERE = ReadingPosition(3, 0, 2, 40, 95, "Tỉnh đạt 8.840 tỷ đồng.")
THERE = ReadingPosition(5, 1, 0, 0, 12, "Hội nghị mở.")


def _article(folder: Path, name: str, body: str = "Nội dung.") -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {name}\n---\n\n{body}\n", "utf-8")
    return str(path)


def test_position_read_mark_and_bookmarks_survive_a_restart(tmp_path: Path) -> None:
    a = _article(tmp_path / "lib", "a.md")
    state = ReadingState(tmp_path / "data")
    state.set(a, HERE)
    state.mark_read(a)
    made = state.add_bookmark(a, "Bài A", THERE, "xem lại")
    state.close()
    again = ReadingState(tmp_path / "data")
    assert again.problem is None
    assert again.get(a) == HERE
    assert again.is_read(a) and again.read_paths() == {a}
    [mark] = again.bookmarks()
    assert (mark.id, mark.path, mark.title, mark.place, mark.note) == (
        made,
        a,
        "Bài A",
        THERE,
        "xem lại",
    )
    assert again.bookmarks(a) == [mark]
    again.set(a, None)  # read to the end: forgotten
    again.mark_read(a, False)
    again.remove_bookmark(made)
    assert again.get(a) is None and not again.is_read(a) and again.bookmarks() == []


def test_a_moved_article_keeps_its_state_and_a_copy_starts_afresh(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    a = _article(lib, "a.md", "Bản tin hôm nay.")
    state = ReadingState(tmp_path / "data")
    state.set(a, HERE)
    state.mark_read(a)
    state.add_bookmark(a, "A", THERE)
    copy = _article(lib, "copy.md", "Bản tin hôm nay.")  # the same bytes, the original stays
    assert state.get(copy) is None and not state.is_read(copy)
    moved = lib / "2026" / "a.md"
    moved.parent.mkdir()
    os.replace(a, moved)
    fresh = ReadingState(tmp_path / "data")  # another session: nothing cached
    assert fresh.get(str(moved)) == HERE
    assert fresh.is_read(str(moved))
    assert [b.path for b in fresh.bookmarks()] == [str(moved)]
    assert fresh.get(a) is None  # the old path is no longer its


def test_an_edited_article_at_the_same_path_keeps_its_state(tmp_path: Path) -> None:
    a = _article(tmp_path, "a.md", "Một.")
    state = ReadingState(tmp_path / "data")
    state.set(a, HERE)
    _article(tmp_path, "a.md", "Hai, đã sửa.")
    assert state.get(a) == HERE


def test_the_json_positions_are_taken_in_once(tmp_path: Path) -> None:
    legacy = tmp_path / "config" / "reading-positions.json"
    legacy.parent.mkdir()
    legacy.write_text(
        json.dumps(
            {
                "/lib/a.md": {"position": HERE.to_dict(), "saved": 5},
                "/lib/bad.md": {"position": {"block": "x"}},
                "/lib/odd.md": [1, 2],
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    state = ReadingState(tmp_path / "data", legacy)
    assert state.get("/lib/a.md") == HERE
    assert state.get("/lib/bad.md") is None and state.get("/lib/odd.md") is None
    state.set("/lib/a.md", None)
    state.close()
    # Not taken in again: the database is the one place now.
    assert ReadingState(tmp_path / "data", legacy).get("/lib/a.md") is None
    assert legacy.exists()


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_database_is_set_aside_and_started_afresh(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / ReadingState.FILE_NAME).write_bytes(content)
    state = ReadingState(folder)
    assert state.problem is not None and state.problem.code == "damaged"
    kept = list(folder.glob(ReadingState.FILE_NAME + ".broken-*"))
    assert [p.read_bytes() for p in kept] == [content]
    state.set("/lib/a.md", HERE)
    state.close()
    again = ReadingState(folder)
    assert again.problem is None and again.get("/lib/a.md") == HERE


def test_a_database_with_damaged_pages_is_noticed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    state = ReadingState(folder)
    for n in range(300):
        state.add_bookmark(f"/lib/{n}.md", "T" * 200, HERE, "ghi chú " * 20)
    state._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    state.close()
    db = folder / ReadingState.FILE_NAME
    raw = bytearray(db.read_bytes())
    raw[8192:16384] = b"\x07" * 8192  # two pages in the middle
    db.write_bytes(bytes(raw))
    again = ReadingState(folder)
    assert again.problem is not None and again.problem.code == "damaged"
    assert again.bookmarks() == []


def test_a_folder_that_cannot_be_written_keeps_the_state_for_the_session(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    state = ReadingState(blocker / "data")  # a file where the folder should be
    assert state.problem is not None and state.problem.code == "unsaved"
    state.set("/lib/a.md", HERE)
    assert state.get("/lib/a.md") == HERE


def test_a_newer_schema_is_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = sqlite3.connect(folder / ReadingState.FILE_NAME)
    db.execute("PRAGMA user_version = 99")
    db.close()
    state = ReadingState(folder)
    assert state.problem is not None and state.problem.code == "damaged"
    assert list(folder.glob(ReadingState.FILE_NAME + ".broken-*"))


_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reader.library.positions import ReadingPosition
    from reader.library import state as st

    store = st.ReadingState(Path(sys.argv[1]))
    n = 0
    while True:
        n += 1
        place = ReadingPosition(n, 0, 0, 0, 1, "x")
        if n == int(sys.argv[2]):  # stop inside a transaction, half written
            with st._transaction(store._db):
                store._db.execute(
                    "UPDATE articles SET position = NULL WHERE path = '/lib/a.md'")
                store._db.execute("DELETE FROM bookmarks")
                print("inside", flush=True)
                time.sleep(60)
        with st._transaction(store._db):  # one change: a bookmark and the position agree
            article = store._article(store._db, "/lib/a.md", create=True)
            store._db.execute("UPDATE articles SET position = ? WHERE id = ?",
                              (st._encode(place), article))
            store._db.execute(
                "INSERT INTO bookmarks (article, title, block, text, sentence, start, "
                '"end", shown, note, created) VALUES (?, ?, ?, 0, 0, 0, 1, ?, ?, 0)',
                (article, "t", n, "x", "n"))
        if n % 50 == 0:
            print(n, flush=True)
    """
)


@pytest.mark.parametrize("stop_inside", [True, False])
def test_a_writer_killed_mid_transaction_leaves_the_state_intact(
    tmp_path: Path, stop_inside: bool
) -> None:
    folder = tmp_path / "data"
    ReadingState(folder).close()
    stop_at = 120 if stop_inside else 10**9
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(folder), str(stop_at)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        wanted = "inside" if stop_inside else "200"
        for line in child.stdout:
            if line.strip() == wanted:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    state = ReadingState(folder)
    assert state.problem is None
    assert state._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    marks = state.bookmarks()
    position = state.get("/lib/a.md")
    assert position is not None
    # Every committed change is there whole; the one cut off is not there at all.
    assert len(marks) == position.block >= (119 if stop_inside else 200)
    assert sorted(b.place.block for b in marks) == list(range(1, position.block + 1))


def test_a_second_reader_waits_for_the_write_lock_instead_of_failing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = ReadingState(folder)
    second = ReadingState(folder)
    holder = sqlite3.connect(
        folder / ReadingState.FILE_NAME, isolation_level=None, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    import threading

    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    second.set("/lib/b.md", THERE)  # waits for the lock (busy_timeout), then writes
    assert second.problem is None
    assert first.get("/lib/b.md") == THERE
    holder.close()


def test_the_sentence_at_a_spot_is_keyed_as_speech_keys_it() -> None:
    from reader.library.positions import sentence_at
    from reader.model import Article, Paragraph, Sentence, Text

    body = Text("Một câu. Hai câu.", (Sentence(0, 8), Sentence(9, 17)))
    article = Article(title="Tiêu đề", blocks=(Paragraph(body),))
    assert sentence_at(article, 0, 0, 0) == ReadingPosition(0, 0, 0, 0, 8, "Một câu.")
    assert sentence_at(article, 0, 0, 12) == ReadingPosition(0, 0, 1, 9, 17, "Hai câu.")
    assert sentence_at(article, 0, 0, 17) == ReadingPosition(0, 0, 1, 9, 17, "Hai câu.")
    assert sentence_at(article, -4, 0, 3) == ReadingPosition(-4, 0, 0, 0, 7, "Tiêu đề")
    assert sentence_at(article, -1, 0, 0) is None  # no lead
    assert sentence_at(article, 5, 0, 0) is None and sentence_at(article, 0, 3, 0) is None
