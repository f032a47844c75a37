"""Library scan: which files are listed, in what order, and how broken ones show up."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest

from reader.library.scan import (
    LibraryEntry,
    find_article_files,
    read_entry,
    scan_libraries,
    scan_library,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"


def article(path: Path, title: str | None = None, date: str | None = None, body: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = []
    if title is not None:
        front.append(f"title: {title}")
    if date is not None:
        front.append(f"date: {date}")
    text = ("---\n" + "\n".join(front) + "\n---\n" if front else "") + (body or "Nội dung.\n")
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    article(root / "old.md", "Cũ", "2022-01-10")
    article(root / "new.md", "Mới", "2024-05-01")
    article(root / "mid" / "article.md", "Giữa", "2023-06-15")
    article(root / "undated-b.md", "bravo")
    article(root / "undated-a.md", "Alpha")
    article(root / "headed.md", body="# Tiêu đề từ H1\n\nThân bài.\n")
    article(root / "no-title-folder" / "article.md", body="Không có tiêu đề.\n")
    (root / "broken.md").write_bytes("Caf\xe9\n".encode("latin-1"))
    (root / "broken-folder").mkdir()
    (root / "broken-folder" / "article.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    article(root / ".hidden" / "secret.md", "Ẩn", "2030-01-01")
    article(root / ".dotfile.md", "Ẩn 2", "2030-01-01")
    article(root / "sub" / ".git" / "x.md", "Git", "2030-01-01")
    (root / "notes.txt").write_text("not an article", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    article(root / "UPPER.MD", "Chữ hoa", "2021-03-03")
    return root


def test_newest_first_undated_last(lib: Path) -> None:
    entries = scan_library(lib)
    titles = [e.title for e in entries]
    assert titles[:4] == ["Mới", "Giữa", "Cũ", "Chữ hoa"]
    dated = [e.date for e in entries if e.date is not None]
    assert dated == sorted(dated, reverse=True)
    first_undated = next(i for i, e in enumerate(entries) if e.date is None)
    assert all(e.date is None for e in entries[first_undated:])
    undated = titles[first_undated:]
    assert undated == sorted(undated, key=str.casefold)
    assert undated.index("Alpha") < undated.index("bravo")  # case does not decide order


def test_hidden_and_non_markdown_skipped(lib: Path) -> None:
    names = {e.path.relative_to(lib).as_posix() for e in scan_library(lib)}
    assert names == {
        "old.md",
        "new.md",
        "mid/article.md",
        "undated-b.md",
        "undated-a.md",
        "headed.md",
        "no-title-folder/article.md",
        "broken.md",
        "broken-folder/article.md",
        "UPPER.MD",
    }


def test_broken_files_are_listed_with_their_problem(lib: Path) -> None:
    entries = {e.path.relative_to(lib).as_posix(): e for e in scan_library(lib)}
    broken = entries["broken.md"]
    assert broken.problem is not None
    assert broken.problem.kind == "not-utf8"
    assert broken.title == "broken"
    assert broken.date is None
    folder = entries["broken-folder/article.md"]
    assert folder.problem is not None and folder.problem.kind == "front-matter"
    assert folder.title == "broken folder"  # the folder's name, not "article"
    ok = [e for e in entries.values() if e.problem is None]
    assert len(ok) == len(entries) - 2
    assert all(e.lang == "vi" for e in ok)


def test_titles_from_h1_and_folder_name(lib: Path) -> None:
    entries = {e.path.relative_to(lib).as_posix(): e for e in scan_library(lib)}
    assert entries["headed.md"].title == "Tiêu đề từ H1"
    assert entries["no-title-folder/article.md"].title == "no-title-folder"
    assert entries["no-title-folder/article.md"].problem is None


def test_folder_article_fallback_title_when_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "ban_tin-so-3" / "article.md"
    path.parent.mkdir()
    path.write_bytes(b"\x00\x01")
    entry = read_entry(path)
    assert entry.problem is not None and entry.problem.kind == "binary"
    assert entry.title == "ban tin so 3"


def test_a_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for i, data in enumerate([b"", b"\x00", b"caf\xe9", b"---\n- a\n---\n"]):
        (root / f"bad{i}.md").write_bytes(data)
    article(root / "good.md", "Tốt", "2023-01-01")
    entries = scan_library(root)
    assert entries[0].title == "Tốt" and entries[0].problem is None
    assert sorted(e.problem.kind for e in entries[1:] if e.problem) == [
        "binary",
        "empty",
        "front-matter",
        "not-utf8",
    ]


def test_huge_file_listed_as_too_large(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    with (root / "huge.md").open("wb") as f:
        f.truncate(20 * 1024 * 1024)
    article(root / "ok.md", "OK")
    entries = {e.path.name: e for e in scan_library(root)}
    assert entries["huge.md"].problem is not None
    assert entries["huge.md"].problem.kind == "too-large"
    assert entries["ok.md"].problem is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_does_not_hang_the_scan(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    os.mkfifo(root / "pipe.md")
    article(root / "ok.md", "OK")
    result: list[list[LibraryEntry]] = []
    worker = threading.Thread(target=lambda: result.append(scan_library(root)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():
        os.close(os.open(root / "pipe.md", os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the scan blocked on a named pipe")
    entries = {e.path.name: e for e in result[0]}
    assert entries["pipe.md"].problem is not None
    assert entries["ok.md"].problem is None


def test_depth_limit(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    article(root / "1" / "2" / "3" / "4" / "deep.md", "Sâu")
    article(root / "1" / "2" / "3" / "4" / "5" / "too-deep.md", "Quá sâu")
    names = [p.name for p in find_article_files(root)]
    assert names == ["deep.md"]


def test_single_file_root(tmp_path: Path) -> None:
    path = article(tmp_path / "one.md", "Một", "2023-12-05")
    entries = scan_library(path)
    assert len(entries) == 1
    assert entries[0] == LibraryEntry(path, "Một", dt.date(2023, 12, 5), "vi")


def test_missing_or_empty_root(tmp_path: Path) -> None:
    assert scan_library(tmp_path / "nope") == []
    (tmp_path / "empty").mkdir()
    assert scan_library(tmp_path / "empty") == []


def test_same_date_sorted_by_title(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    article(root / "a.md", "bờ sông", "2023-12-05")
    article(root / "b.md", "Zebra", "2023-12-05")
    article(root / "c.md", "an", "2023-12-05")
    assert [e.title for e in scan_library(root)] == ["an", "bờ sông", "Zebra"]


def test_sort_key() -> None:
    p = Path("x.md")
    newer = LibraryEntry(p, "b", dt.date(2024, 1, 1))
    older = LibraryEntry(p, "a", dt.date(2020, 1, 1))
    undated = LibraryEntry(p, "0")
    assert sorted([undated, older, newer], key=LibraryEntry.sort_key) == [newer, older, undated]


def test_lang_is_read(tmp_path: Path) -> None:
    path = tmp_path / "en.md"
    path.write_text("---\ntitle: English\nlang: en\n---\nText.\n", encoding="utf-8")
    assert read_entry(path).lang == "en"


def test_bundled_library() -> None:
    entries = scan_library(ARTICLES)
    assert [e.problem for e in entries] == [None, None, None]
    assert [e.title for e in entries] == [
        "Harrowmere Central Library opens an accessible reading room",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14",
        "Kinh tế - xã hội Bắc Kạn năm 2023 qua các con số",
    ]
    assert [e.date for e in entries] == [
        dt.date(2024, 3, 14),
        dt.date(2023, 12, 5),
        dt.date(2023, 12, 5),
    ]
    assert [e.lang for e in entries] == ["en", "vi", "vi"]


# --- hostile single files (issue 16 items 3 and 8) ----------------------------------------

ALIAS_BOMB = (
    "---\n"
    + 'a0: &a0 ["lol", "lol"]\n'
    + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9))
    + "date: *a8\ntitle: Bom\n---\nNội dung.\n"
)


def hostile_library(root: Path) -> dict[str, Path]:
    """A folder where each file once stopped the whole library from listing."""
    root.mkdir(parents=True)
    files = {
        "digits.md": "---\ntitle: " + "7" * 5000 + "\n---\nNội dung.\n",
        "digits-date.md": "---\ndate: " + "7" * 5000 + "\ntitle: Ngày số\n---\nNội dung.\n",
        "alias-bomb.md": ALIAS_BOMB,
        "combining.md": "---\ntitle: Dấu\n---\na" + "\u0301\u0323" * 90_000 + "\n",
    }
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    article(root / "good.md", "Tốt", "2023-01-01")
    return {name: root / name for name in files}


@pytest.mark.timeout(60)
def test_no_single_file_stops_the_library(tmp_path: Path) -> None:
    hostile_library(tmp_path / "lib")
    entries = {e.path.name: e for e in scan_library(tmp_path / "lib")}
    assert set(entries) == {"digits.md", "digits-date.md", "alias-bomb.md", "combining.md",
                            "good.md"}  # fmt: skip
    assert entries["good.md"].problem is None and entries["good.md"].title == "Tốt"
    assert entries["digits.md"].problem is None  # a long number as a title is still text
    assert entries["digits-date.md"].problem is None and entries["digits-date.md"].date is None
    bomb = entries["alias-bomb.md"].problem
    assert bomb is not None and bomb.kind == "front-matter" and "aliases" in bomb.detail
    assert entries["combining.md"].problem is None


def test_an_unexpected_error_is_that_entry_s_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug we do not know of yet (here: simulated) still leaves a listed row."""
    import reader.library.scan as scan

    root = tmp_path / "lib"
    article(root / "a.md", "A", "2023-01-01")
    article(root / "b.md", "B", "2023-01-02")
    real = scan.parse_front_matter

    def flaky(text: str, path: str | None = None) -> object:
        if path and path.endswith("b.md"):
            raise ValueError("a library's surprise")
        return real(text, path)

    monkeypatch.setattr(scan, "parse_front_matter", flaky)
    entries = {e.path.name: e for e in scan_library(root)}
    assert entries["a.md"].problem is None
    problem = entries["b.md"].problem
    assert problem is not None and problem.kind == "unreadable"
    assert "ValueError" in problem.detail


def test_linked_article_outside_the_folder_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    outside = article(tmp_path / "elsewhere" / "secret.md", "Bí mật")
    root.mkdir()
    (root / "x.md").symlink_to(outside)
    (root / "status.md").symlink_to("/proc/self/status")
    article(root / "real.md", "Thật")
    (root / "alias.md").symlink_to(root / "real.md")  # a link inside the folder is fine
    entries = {e.path.name: e for e in scan_library(root)}
    for name in ("x.md", "status.md"):
        problem = entries[name].problem
        assert problem is not None and "outside its folder" in problem.detail, name
        assert entries[name].title == name[:-3]
    assert entries["alias.md"].problem is None and entries["alias.md"].title == "Thật"


def test_linked_folder_leading_outside_is_not_entered(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    article(tmp_path / "elsewhere" / "secret.md", "Bí mật")
    article(root / "ok.md", "OK")
    (root / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert [e.title for e in scan_library(root)] == ["OK"]


def test_file_names_as_titles_lose_bidi_controls(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "tin\u202egnp.md").write_text("Không có tiêu đề.\n", encoding="utf-8")
    (root / "hỏng\u202e.md").write_bytes(b"\x00")
    titles = sorted(e.title for e in scan_library(root))
    assert titles == ["hỏng", "tingnp"]


def test_several_folders_are_listed_as_one_library_newest_first(tmp_path: Path) -> None:
    one, other = tmp_path / "one", tmp_path / "other"
    article(one / "old.md", "Cũ", "2022-01-10")
    article(one / "mid" / "article.md", "Giữa", "2023-06-15")
    article(other / "newest.md", "Mới nhất", "2025-02-03")
    article(other / "oldest.md", "Cũ nhất", "2020-01-01")
    titles = [e.title for e in scan_libraries((one, other))]
    assert titles == ["Mới nhất", "Giữa", "Cũ", "Cũ nhất"]
    # a folder inside another is not listed twice
    assert len(scan_libraries((one, one / "mid"))) == 2


def test_an_entry_carries_the_lead_for_a_card(tmp_path: Path) -> None:
    path = article(tmp_path / "a.md", "Tin", "2024-01-01")
    path.write_text(
        "---\ntitle: Tin\nlead: >-\n  Câu mở đầu\n  dài.\n---\nThân bài.\n", encoding="utf-8"
    )
    assert read_entry(path).lead == "Câu mở đầu dài."
    assert read_entry(article(tmp_path / "b.md", "Không có")).lead is None
