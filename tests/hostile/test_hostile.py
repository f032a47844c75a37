"""The hostile corpus: every file through the loader and the library scan.

Only the project's own ArticleError may come out, every run ends (pytest-timeout bounds
each), and whatever loads is a sane model (sentences inside their text). Names say what
each file tries; see recipes.py for the big ones, files/ for the small ones.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from reader.formats.errors import ArticleError
from reader.formats.markdown_article import MAX_TITLE_CHARS, load_article
from reader.library.scan import scan_library
from reader.model import Article

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from recipes import RECIPES, write_all  # noqa: E402

FILES = sorted(p.name for p in (HERE / "files").iterdir())
SPECIAL = [
    "size-over-5mb-sparse.md", "symlink-to-proc-status.md", "symlink-outside-folder.md",
    "symlink-dangling.md", "symlink-loop.md", "fifo-named-pipe.md",
    "folder-named-like-article.md",
]  # fmt: skip
REFUSED = {  # must not load: they reach outside, or cannot be articles
    "symlink-to-proc-status.md", "symlink-outside-folder.md", "fifo-named-pipe.md",
    "folder-named-like-article.md", "size-over-5mb-sparse.md", "yaml-alias-bomb-8-levels.md",
    "nested-lists-1500-4mb.md", "links-20000-one-paragraph.md", "yaml-python-object.md",
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile") / "lib"
    paths = write_all(folder)
    for name in FILES:
        shutil.copy(HERE / "files" / name, folder / name)
        paths[name] = folder / name
    paths["good.md"] = folder / "good.md"
    paths["good.md"].write_text("---\ntitle: Tốt\ndate: 2024-01-01\n---\nB.\n", "utf-8")
    return paths


def check_model(a: Article) -> None:
    assert a.title and len(a.title) <= MAX_TITLE_CHARS + 1
    assert not any(c in a.title for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    for block in a.blocks:
        for t in block.texts():
            last = 0
            for s in t.sentences:
                assert last <= s.start < s.end <= len(t.text)
                last = s.end
            for sp in t.spans:
                assert 0 <= sp.start <= sp.end <= len(t.text)
    a.to_json()


def test_the_corpus_is_big_enough() -> None:
    assert len(FILES) + len(RECIPES) + len(SPECIAL) >= 60


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", FILES + sorted(RECIPES) + SPECIAL)
def test_each_file_loads_or_is_refused(corpus: dict[str, Path], name: str) -> None:
    if name not in corpus:
        pytest.skip("not possible on this system")
    try:
        article = load_article(corpus[name])
    except ArticleError as e:
        assert e.detail and e.kind
        return
    assert name not in REFUSED, f"{name} was loaded"
    check_model(article)


@pytest.mark.timeout(300)
def test_the_scan_lists_every_file(corpus: dict[str, Path]) -> None:
    folder = corpus["good.md"].parent
    entries = {e.path.name: e for e in scan_library(folder)}
    expected = {n for n in corpus if n != "folder-named-like-article.md"}
    assert expected <= set(entries)
    assert entries["good.md"].problem is None and entries["good.md"].title == "Tốt"
    for name in REFUSED - {"folder-named-like-article.md"}:
        if name in entries and name not in {"nested-lists-1500-4mb.md",
                                            "links-20000-one-paragraph.md"}:  # fmt: skip
            assert entries[name].problem is not None, name
    for e in entries.values():
        assert e.title and len(e.title) <= MAX_TITLE_CHARS + 1
