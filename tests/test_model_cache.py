"""The model cache: a fresh entry gives the same article; anything changed gives none."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.formats.markdown_article import load_article
from reader.library import model_cache
from reader.library.model_cache import ModelCache
from reader.model import Figure
from tests.conftest import ARTICLES, CHART_ARTICLE, SEED_ARTICLE


@pytest.fixture
def cache(tmp_path: Path) -> ModelCache:
    return ModelCache(tmp_path / "cache")


@pytest.mark.parametrize(
    "path", sorted(ARTICLES.rglob("*.md")), ids=lambda p: p.parent.name + "/" + p.name
)
def test_round_trip_gives_the_same_article(cache: ModelCache, path: Path) -> None:
    article = load_article(path)
    assert not cache.is_fresh(path) and cache.get(path) is None
    cache.put(path, article)
    assert cache.is_fresh(path)
    assert cache.get(path) == article


def test_an_edited_article_is_parsed_again(cache: ModelCache, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    shutil.copy(SEED_ARTICLE, path)
    cache.put(path, load_article(path))
    path.write_text(path.read_text(encoding="utf-8") + "\nMột đoạn mới.\n", encoding="utf-8")
    assert not cache.is_fresh(path) and cache.get(path) is None
    cache.put(path, load_article(path))
    assert len(list(cache.directory.glob("*.json"))) == 1, "the old entry is removed"


def test_new_code_does_not_read_old_entries(
    cache: ModelCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.put(SEED_ARTICLE, load_article(SEED_ARTICLE))
    monkeypatch.setattr(model_cache, "__version__", "999")
    newer = ModelCache(cache.directory)
    assert newer.fingerprint != cache.fingerprint
    assert not newer.is_fresh(SEED_ARTICLE) and newer.get(SEED_ARTICLE) is None


@pytest.mark.parametrize("content", ["", "{", "[]", '{"title": 1}', "\x00\x01", '{"blocks": [{}]}'])
def test_a_damaged_entry_is_a_miss(cache: ModelCache, content: str) -> None:
    cache.put(SEED_ARTICLE, load_article(SEED_ARTICLE))
    (entry,) = cache.directory.glob("*.json")
    entry.write_text(content, encoding="utf-8")
    assert cache.get(SEED_ARTICLE) is None


def test_figures_follow_the_files_on_disk(cache: ModelCache, tmp_path: Path) -> None:
    folder = tmp_path / "chart"
    shutil.copytree(CHART_ARTICLE.parent, folder)
    path = folder / "article.md"
    cache.put(path, load_article(path))
    # The missing map appears, and a chart disappears, without the article changing.
    (folder / "images" / "ban-do-tinh.png").write_bytes(
        (folder / "images" / "chi-tieu-nam-2023.png").read_bytes()
    )
    (folder / "images" / "ket-qua-so-voi-ke-hoach-2023.png").unlink()
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    article = cache.get(path)
    assert article is not None
    problems = {b.image: b.problem for b in article.blocks if isinstance(b, Figure)}
    assert problems["images/ban-do-tinh.png"] is None
    assert problems["images/ket-qua-so-voi-ke-hoach-2023.png"].startswith("missing")
    assert problems["images/chi-tieu-nam-2023.png"] is None
    assert article == load_article(path)


def test_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ModelCache(blocker / "cache")
    cache.put(SEED_ARTICLE, load_article(SEED_ARTICLE))  # no exception
    assert cache.get(SEED_ARTICLE) is None
