"""reader.storage: files written whole, damaged ones set aside, pipes never waited on."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.library.positions import ReadingPosition, ReadingPositions
from reader.settings import SettingsStore, keys
from reader.storage import FileProblem, JsonFile, read_regular_file, set_aside, write_atomic


def test_write_atomic_replaces_whole_and_leaves_nothing_beside(tmp_path: Path) -> None:
    target = tmp_path / "a" / "settings.json"
    write_atomic(target, "one")
    write_atomic(target, b"two")
    assert target.read_text() == "two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["settings.json"]


def test_write_atomic_gives_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "x.md", "text", durable=False)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.md").stat().st_mode) == 0o644


def test_write_atomic_is_not_stopped_by_a_folder_named_like_a_temporary(tmp_path: Path) -> None:
    (tmp_path / "settings.json.tmp").mkdir()  # broke the old fixed-name writer (issue 16, 10)
    (tmp_path / ".settings.json.tmp").mkdir()
    write_atomic(tmp_path / "settings.json", "{}")
    assert (tmp_path / "settings.json").read_text() == "{}"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "folder-in-the-way"
    target.mkdir()
    with pytest.raises(OSError):
        write_atomic(target, "text")
    assert target.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["folder-in-the-way"]


def test_set_aside_keeps_the_damaged_content(tmp_path: Path) -> None:
    path = tmp_path / "reading-positions.json"
    path.write_text("{broken")
    kept = set_aside(path)
    again = tmp_path / "reading-positions.json"
    again.write_text("{broken too")
    kept2 = set_aside(again)
    assert kept is not None and kept2 is not None and kept != kept2
    assert kept.read_text() == "{broken" and kept2.read_text() == "{broken too"
    assert not path.exists()


@pytest.mark.timeout(20)
def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)  # nobody writes: a plain open() would wait for ever
    with pytest.raises(OSError, match="not a regular file"):
        read_regular_file(fifo, 1000)
    file = JsonFile(fifo)
    assert file.load() == {}
    assert file.problem and file.problem.code == "unreadable"
    assert fifo.exists()  # reported, and not set aside as damaged
    store = SettingsStore(tmp_path)
    assert store.problem and store.problem.code == "unreadable"


def test_read_regular_file_bounds_the_size(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"x" * 2000)
    assert read_regular_file(path, 2000) == b"x" * 2000
    with pytest.raises(OSError, match="larger than"):
        read_regular_file(path, 1999)


def test_settings_that_cannot_be_saved_are_reported_and_kept_for_the_session(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the config folder should be")
    store = SettingsStore(blocker)
    said: list[FileProblem | None] = []
    store.on_save_problem(said.append)
    store.set(keys.SCALE, 200)  # raised NotADirectoryError before (issue 9, 4)
    assert store.get(keys.SCALE) == 200
    assert store.save_problem and store.save_problem.code == "unsaved"
    store.set(keys.SCALE, 250)
    assert len(said) == 1  # said once, not at every change
    blocker.unlink()
    store.set(keys.SCALE, 300)
    assert said == [said[0], None] and store.save_problem is None
    assert SettingsStore(blocker).get(keys.SCALE) == 300


def test_settings_tmp_folder_does_not_stop_saving(tmp_path: Path) -> None:
    (tmp_path / "settings.json.tmp").mkdir()  # issue 16, 10: a traceback on every change
    store = SettingsStore(tmp_path)
    store.set(keys.SCALE, 150)
    assert store.save_problem is None
    assert SettingsStore(tmp_path).get(keys.SCALE) == 150


def test_positions_and_settings_set_aside_damage_the_same_way(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("[1, 2")
    (tmp_path / "reading-positions.json").write_bytes(b"\xff\xfe{")
    store = SettingsStore(tmp_path)
    positions = ReadingPositions(tmp_path)
    assert store.problem and store.problem.code == "damaged"
    assert store.problem.kept and store.problem.kept.startswith("settings.json.broken-")
    assert positions.problem and positions.problem.code == "damaged"
    assert positions.problem.kept
    assert positions.problem.kept.startswith("reading-positions.json.broken-")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert [n.split(".broken-")[0] for n in names] == ["reading-positions.json", "settings.json"]
    positions.set("/lib/a.md", ReadingPosition(0, 0, 0, 0, 5, "Hello"))
    assert ReadingPositions(tmp_path).get("/lib/a.md") is not None
