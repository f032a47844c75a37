"""`bulletin-reader index` and `bulletin-reader search`, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.search_library import make_library, touch, write_article

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "library")


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True, text=True, cwd=PROJECT, timeout=120,
        env=env or dict(os.environ),
    )  # fmt: skip


def search(library: Path, query: str, *more: str) -> list[dict]:
    done = run("search", query, "--library", library, "--json", *more)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["results"]


def index_json(*folders: Path) -> dict:
    done = run("index", *folders, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_index_prints_counts_and_time(library: Path, config_dir: Path) -> None:
    done = run("index", library)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("4 articles in 1 folder, indexed in ")
    assert "5 added, 0 updated, 0 removed, 0 unchanged, 1 unreadable" in done.stdout
    assert "broken.md" in done.stderr  # why that one is left out
    report = index_json(library)
    assert report["index"] == str(config_dir / "cache" / "search-index.sqlite3")
    assert {k: report[k] for k in ("articles", "added", "updated", "removed", "unchanged")} == {
        "articles": 4, "added": 0, "updated": 0, "removed": 0, "unchanged": 5,
    }  # fmt: skip
    assert [Path(f["path"]).name for f in report["failed"]] == ["broken.md"]
    assert isinstance(report["seconds"], float) and report["notice"] is None


def test_search_without_marks_finds_words_with_them(library: Path) -> None:
    (hit,) = search(library, "hoi nghi")
    assert set(hit) >= {"path", "title", "date", "snippet", "score"}
    assert hit["title"] == "Hội nghị Ban Chấp hành lần thứ 14"
    assert hit["date"] == "2023-12-05" and hit["path"] == str(library / "hoi-nghi.md")
    assert hit["score"] > 0
    titles = [h["title"] for h in search(library, "dang bo")]
    assert "Hội nghị Ban Chấp hành lần thứ 14" in titles  # its body has "Đảng bộ"
    (hit,) = search(library, "dieu dong")
    assert hit["title"] == "Điều động, bổ nhiệm cán bộ lãnh đạo"
    assert "điều động" in hit["snippet"]  # the snippet keeps the marks as written
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "điều"


def test_a_query_with_marks_ranks_exact_first(library: Path) -> None:
    assert search(library, "dang bo")[0]["title"] == "Công trình đang bỏ dở, đang bỏ hoang"
    assert search(library, "Đảng bộ")[0]["title"] == "Hội nghị Ban Chấp hành lần thứ 14"
    assert search(library, "đang bỏ")[0]["title"] == "Công trình đang bỏ dở, đang bỏ hoang"


def test_plain_output_marks_the_words(library: Path) -> None:
    done = run("search", "dieu dong", "--library", library)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("1. Điều động, bổ nhiệm cán bộ lãnh đạo (2024-01-10)  score ")
    assert lines[1].strip() == str(library / "dieu-dong.md")
    assert "**điều** **động**" in lines[2]
    done = run("search", "khong co gi", "--library", library)
    assert done.stdout == "no article matches 'khong co gi'\n"


def test_limit_dates_and_sort(library: Path) -> None:
    assert len(search(library, "cong", "--limit", "1")) == 1
    dated = search(library, "cong", "--sort", "date")
    assert [h["date"] for h in dated] == ["2024-01-10", "2023-12-05", "2022-05-01"]
    between = search(library, "cong", "--from", "2023", "--to", "2023-12")
    assert [h["date"] for h in between] == ["2023-12-05"]


def test_search_sees_changes_and_parses_only_them(library: Path) -> None:
    index_json(library)
    # Content changed with the same size and time: not parsed again, so not seen. The touched
    # file is parsed again, the deleted one is gone.
    quiet = library / "english.md"
    st = quiet.stat()
    quiet.write_text(quiet.read_text("utf-8").replace("council", "councix"), "utf-8")
    os.utime(quiet, ns=(st.st_atime_ns, st.st_mtime_ns))
    loud = library / "dieu-dong.md"
    loud.write_text(loud.read_text("utf-8").replace("Sở Y tế", "Sở Tư pháp"), "utf-8")
    touch(loud)
    report = index_json(library)
    assert (report["added"], report["updated"], report["unchanged"]) == (0, 1, 4)
    assert [h["title"] for h in search(library, "tu phap")] == [
        "Điều động, bổ nhiệm cán bộ lãnh đạo"
    ]
    assert search(library, "councix") == []
    (library / "hoi-nghi.md").unlink()
    assert search(library, "hoi nghi") == []
    write_article(library / "new.md", "Hội nghị mới", "2024-02-02", "Nội dung hội nghị.")
    assert [h["title"] for h in search(library, "hoi nghi")] == ["Hội nghị mới"]


def test_a_corrupt_index_is_rebuilt_with_a_notice(library: Path, config_dir: Path) -> None:
    index_json(library)
    index_file = config_dir / "cache" / "search-index.sqlite3"
    index_file.write_bytes(b"\x00garbage\xff" * 5000)
    done = run("search", "hoi nghi", "--library", library, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("bulletin-reader: notice: the search index was damaged")
    assert len(done.stderr.splitlines()) == 1
    assert [h["title"] for h in json.loads(done.stdout)["results"]] == [
        "Hội nghị Ban Chấp hành lần thứ 14"
    ]
    report = index_json(library)
    assert report["notice"] is None and report["unchanged"] == 5


def test_config_dir_chooses_where_the_index_lives(library: Path, tmp_path: Path) -> None:
    done = run("index", library, "--json", "--config-dir", tmp_path / "kiosk")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["index"] == str(tmp_path / "kiosk/cache/search-index.sqlite3")
    done = run("search", "hoi nghi", "--library", library, "--config-dir", tmp_path / "kiosk")
    assert done.returncode == 0 and done.stdout.startswith("1. Hội nghị")


def test_an_old_index_version_is_rebuilt(library: Path, config_dir: Path) -> None:
    import sqlite3

    index_json(library)
    con = sqlite3.connect(config_dir / "cache" / "search-index.sqlite3")
    con.execute("PRAGMA user_version = 0")
    con.close()
    report = index_json(library)
    assert "another version" in report["notice"] and report["added"] == 5


def test_default_folders_are_the_bundled_articles_and_the_user_library(
    tmp_path: Path, library: Path
) -> None:
    env = dict(os.environ, BULLETIN_READER_LIBRARY=str(library))
    done = run("search", "Harrowmere", "--json", env=env)
    assert done.returncode == 0, done.stderr
    paths = [Path(h["path"]) for h in json.loads(done.stdout)["results"]]
    assert library / "english.md" in paths  # the user's library
    assert any(p.is_relative_to(PROJECT / "articles") for p in paths)  # the bundled one
    env["BULLETIN_READER_LIBRARY"] = str(tmp_path / "not-made-yet")
    done = run("index", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["folders"] == [str(PROJECT / "articles")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "hoi", "--library", "/no/such/dir"), "/no/such/dir does not exist"),
        (("index", "/no/such/dir"), "/no/such/dir does not exist"),
        (("search", "  ,. "), "the query has no words to search for"),
        (("search", ""), "the query has no words to search for"),
        (("search", "hoi", "--from", "2023-13-01"), "'2023-13-01' is not a date"),
        (("search", "hoi", "--to", "yesterday"), "'yesterday' is not a date"),
        (("search", "hoi", "--from", "2024", "--to", "2023"), "--from 2024 is after --to 2023"),
        (("search", "hoi", "--limit", "0"), "--limit must be a whole number from 1 to 1000"),
        (("search", "hoi", "--limit", "ten"), "--limit must be a whole number from 1 to 1000"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    library: Path, args: tuple[str, ...], message: str
) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert done.stderr.startswith(f"bulletin-reader: error: {message}")
    assert len(done.stderr.splitlines()) == 1 and done.stdout == ""


def test_an_index_that_cannot_be_opened_is_exit_2(library: Path, config_dir: Path) -> None:
    (config_dir / "cache" / "search-index.sqlite3").mkdir(parents=True)
    done = run("search", "hoi", "--library", library)
    assert done.returncode == 2
    assert done.stderr.startswith("bulletin-reader: error: ")
    assert "not a file" in done.stderr and len(done.stderr.splitlines()) == 1
