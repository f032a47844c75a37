"""Reading positions kept between sessions: round trip, forgetting, limits, damage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.library.positions import ReadingPosition, ReadingPositions

HERE = ReadingPosition(3, 0, 2, 40, 95, "Tỉnh đạt 8.840 tỷ đồng.")


def test_a_position_survives_a_restart(tmp_path: Path) -> None:
    ReadingPositions(tmp_path).set("/lib/a.md", HERE)
    again = ReadingPositions(tmp_path)
    assert again.get("/lib/a.md") == HERE
    assert again.get("/lib/b.md") is None
    assert again.problem is None
    # Vietnamese stays readable in the file (people look into it when something is odd).
    assert "Tỉnh đạt" in (tmp_path / ReadingPositions.FILE_NAME).read_text("utf-8")


def test_none_forgets_the_position(tmp_path: Path) -> None:
    positions = ReadingPositions(tmp_path)
    positions.set("/lib/a.md", HERE)
    positions.set("/lib/a.md", None)
    assert positions.get("/lib/a.md") is None
    assert ReadingPositions(tmp_path).get("/lib/a.md") is None
    positions.set("/lib/never-saved.md", None)  # nothing to forget: no error, no file change


def test_the_oldest_positions_are_forgotten_beyond_the_limit(tmp_path: Path) -> None:
    positions = ReadingPositions(tmp_path, limit=3)
    for name in "abcd":
        positions.set(name, HERE)
    positions.set("b", HERE)  # used again: now the newest
    positions.set("e", HERE)
    kept = ReadingPositions(tmp_path, limit=3)
    assert [n for n in "abcde" if kept.get(n)] == ["b", "d", "e"]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe garbage", b"[1, 2, 3]", b"[" * 100_000],
)
def test_a_damaged_file_is_set_aside_and_reading_starts_afresh(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / ReadingPositions.FILE_NAME).write_bytes(content)
    positions = ReadingPositions(tmp_path)
    assert positions.get("/lib/a.md") is None
    assert positions.problem and positions.problem.code == "damaged"
    kept = list(tmp_path.glob(ReadingPositions.FILE_NAME + ".broken-*"))
    assert [p.read_bytes() for p in kept] == [content]
    positions.set("/lib/a.md", HERE)
    assert ReadingPositions(tmp_path).get("/lib/a.md") == HERE


def test_invalid_entries_are_ignored(tmp_path: Path) -> None:
    good = {"position": HERE.to_dict(), "saved": 1}
    data = {
        "good": good,
        "not-a-dict": 5,
        "no-position": {"saved": 1},
        "bool-block": {"position": HERE.to_dict() | {"block": True}},
        "text-offset": {"position": HERE.to_dict() | {"start": "40"}},
        "backwards": {"position": HERE.to_dict() | {"start": 99, "end": 3}},
        "no-words": {"position": HERE.to_dict() | {"shown": None}},
    }
    (tmp_path / ReadingPositions.FILE_NAME).write_text(json.dumps(data), "utf-8")
    positions = ReadingPositions(tmp_path)
    assert positions.get("good") == HERE
    assert [k for k in data if k != "good" and positions.get(k)] == []


def test_an_unwritable_folder_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")  # fails even for root
    positions = ReadingPositions(blocker / "config")
    positions.set("/lib/a.md", HERE)
    assert positions.problem and positions.problem.code == "unsaved"
    assert positions.get("/lib/a.md") == HERE  # kept for this session
