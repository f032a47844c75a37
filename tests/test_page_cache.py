"""The first page kept for the next start is shown only while nothing that shaped it changed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from reader.library import page_cache


def _page(**changes: Any) -> dict[str, Any]:
    page = {
        "title": "Hội nghị — Bulletin Reader",
        "html": "<h1>Hội nghị</h1><p>Chữ.</p>",
        "font": "Be Vietnam Pro,13,-1,5,400,0,0,0,0,0,0,0,0,0,0,1",
        "margin": 24.0,
        "wrap_anywhere": False,
        "rect": [290, 60, 800, 700],
        "side": 0,
        "theme": "light",
        "size": [1100, 800],
        "splitter": "",
    }
    page.update(changes)
    return page


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Hội nghị\n---\n\nChữ.\n", encoding="utf-8")
    return path


def test_a_page_comes_back_as_it_was_kept(tmp_path: Path, article: Path) -> None:
    sign = page_cache.signature(["light", 100])
    assert page_cache.write(tmp_path, article, sign, _page()) is None
    assert page_cache.read(tmp_path, article, sign) == _page()


def test_an_edited_article_has_no_page(tmp_path: Path, article: Path) -> None:
    sign = page_cache.signature(["light"])
    page_cache.write(tmp_path, article, sign, _page())
    st = article.stat()
    os.utime(article, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # same size
    assert page_cache.read(tmp_path, article, sign) is None
    page_cache.write(tmp_path, article, sign, _page())
    article.write_text("---\ntitle: Hội nghị\n---\n\nChữ khác.\n", encoding="utf-8")
    assert page_cache.read(tmp_path, article, sign) is None


def test_other_settings_or_another_article_have_no_page(tmp_path: Path, article: Path) -> None:
    page_cache.write(tmp_path, article, page_cache.signature(["light", 100]), _page())
    assert page_cache.read(tmp_path, article, page_cache.signature(["light", 110])) is None
    other = article.with_name("b.md")
    other.write_bytes(article.read_bytes())
    assert page_cache.read(tmp_path, other, page_cache.signature(["light", 100])) is None
    assert page_cache.read(tmp_path, tmp_path / "gone.md", page_cache.signature([])) is None


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\xff\xfe not JSON",
        b"[1, 2]",
        b'{"file": 1}',
        b"[" * 100_000,
    ],
)
def test_a_damaged_file_is_no_page(tmp_path: Path, article: Path, damage: bytes) -> None:
    (tmp_path / page_cache.FILE_NAME).write_bytes(damage)
    assert page_cache.read(tmp_path, article, page_cache.signature([])) is None


@pytest.mark.parametrize(
    "bad",
    [
        {"title": None},
        {"html": 3},
        {"margin": "24"},
        {"wrap_anywhere": 1},
        {"rect": [1, 2, 3]},
        {"rect": [1, 2, 3, -4]},
        {"rect": [1, 2, 3, True]},
        {"rect": [1.5, 2, 3, 4]},
        {"side": 2.0},
        {"size": "1100x800"},
        {"margin": 10**9},
    ],
)
def test_a_page_of_the_wrong_shape_is_no_page(
    tmp_path: Path, article: Path, bad: dict[str, Any]
) -> None:
    sign = page_cache.signature([])
    page_cache.write(tmp_path, article, sign, _page())
    data = json.loads((tmp_path / page_cache.FILE_NAME).read_text(encoding="utf-8"))
    data["page"].update(bad)
    (tmp_path / page_cache.FILE_NAME).write_text(json.dumps(data), encoding="utf-8")
    assert page_cache.read(tmp_path, article, sign) is None


def test_a_missing_field_is_no_page(tmp_path: Path, article: Path) -> None:
    sign = page_cache.signature([])
    page = _page()
    del page["splitter"]
    page_cache.write(tmp_path, article, sign, page)
    assert page_cache.read(tmp_path, article, sign) is None


def test_a_huge_article_is_not_kept_and_forgets_the_old_page(tmp_path: Path, article: Path) -> None:
    sign = page_cache.signature([])
    page_cache.write(tmp_path, article, sign, _page())
    huge = _page(html="x" * (page_cache.MAX_HTML_CHARS + 1))
    assert page_cache.write(tmp_path, article, sign, huge) is None
    assert not (tmp_path / page_cache.FILE_NAME).exists()


def test_a_cache_folder_that_cannot_be_written_is_reported_not_raised(
    tmp_path: Path, article: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    problem = page_cache.write(blocked, article, page_cache.signature([]), _page())
    assert problem
    assert page_cache.read(blocked, article, page_cache.signature([])) is None
