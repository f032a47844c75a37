"""Shared fixtures: every test gets its own config folder; windows are real and offscreen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT = Path(__file__).resolve().parent.parent
ARTICLES = PROJECT / "articles"
SEED_ARTICLE = ARTICLES / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
CHART_ARTICLE = ARTICLES / "2023-12-05-bac-kan-ket-qua-nam-2023" / "article.md"
ENGLISH_ARTICLE = ARTICLES / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"
SEED_TEXT = PROJECT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt"  # shared/seeds


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever reads or writes the user's own settings."""
    config = tmp_path / "config"
    monkeypatch.setenv("BULLETIN_READER_CONFIG_DIR", str(config))
    return config


@pytest.fixture
def config_dir(_private_config: Path) -> Path:
    return _private_config


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A writable copy of the bundled library."""
    dest = tmp_path / "library"
    shutil.copytree(ARTICLES, dest)
    return dest


@pytest.fixture
def open_window(qtbot, config_dir: Path) -> Iterator[Callable]:  # type: ignore[no-untyped-def]
    """Open the real main window on a folder and wait until its first article is shown."""
    from reader.app import AppContext

    opened = []

    def _open(root: Path, open_path: Path | None = None, lang: str = "en", size=(1024, 768)):  # type: ignore[no-untyped-def]
        ctx = AppContext(lang, config_dir)
        window = ctx.window(root, open_path)
        qtbot.addWidget(window)
        opened.append((ctx, window))
        with qtbot.waitSignal(window.library_loaded, timeout=10000):
            window.resize(*size)
            window.show()
        return ctx, window

    yield _open
    for ctx, _window in opened:
        # Every load must end before the context goes: a worker still parsing (a long
        # article on a loaded machine takes seconds) would post to a loader that Python's
        # garbage collector may delete in the middle of that very delivery, and the process
        # crashed so (SIGSEGV in QCoreApplication::notifyInternal2, seen under load).
        assert ctx.loader.wait(120000), "a load did not end within 2 minutes"
        _window.search.close()  # nor may the search index's workers outlive the test
        assert _window.search.wait(120000), "the search index did not stop within 2 minutes"
        for translator in ctx.translators:
            ctx.app.removeTranslator(translator)
        ctx.app.setStyleSheet("")  # themes are application-wide: leave none behind
        ctx.app.setFont(ctx.ui_font)  # so is the interface size
        ctx.app.setPalette(ctx.app.style().standardPalette())
