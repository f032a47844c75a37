"""A start shows last session's page first and builds the rest of the window after it.

The window must end up the same as one built at once, in the right theme from the first
paint, and a key pressed before the rest is built must still do what it says.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QTextBrowser

from reader.library import page_cache
from reader.rendering.themes import THEMES
from reader.settings import keys
from tests.conftest import SEED_ARTICLE


@pytest.fixture
def start(qtbot, config_dir: Path) -> Iterator[Callable]:  # type: ignore[no-untyped-def]
    """Start the window as `bulletin-reader ARTICLE` does (first_paint=True), not shown."""
    from reader.app import AppContext

    opened = []

    def _start(article: Path, settings: dict | None = None):  # type: ignore[no-untyped-def]
        ctx = AppContext("en", config_dir)
        for key, value in (settings or {}).items():
            ctx.settings.set(key, value)
        window = ctx.window(article.parent, article, first_paint=True)
        opened.append((ctx, window))
        return ctx, window

    yield _start
    for ctx, window in opened:
        if window.first_paint is not None and not window.first_paint.built:
            window.first_paint.build_now()
        assert ctx.loader.wait(120000)
        window.search.close()
        assert window.search.wait(120000)
        window.close()
        ctx.close(window)  # deleted, as the application does it
        ctx.app.setStyleSheet("")
        ctx.app.setFont(ctx.ui_font)
        ctx.app.setPalette(ctx.app.style().standardPalette())
    opened.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # here, on the GUI thread: not in a loader's worker during the next test


def _first_session(qtbot, start, article: Path, settings: dict | None = None) -> None:  # type: ignore[no-untyped-def]
    """A session that shows ``article`` (and keeps its page) and closes."""
    ctx, window = start(article, settings)
    assert window.first_paint is None  # nothing kept yet: built at once
    window.resize(640, 560)  # within the offscreen screen (800x800), which clamps a restore
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    cache = ctx.cache_dir / page_cache.FILE_NAME
    qtbot.waitUntil(cache.is_file, timeout=5000)
    window.close()


@pytest.fixture
def article(library: Path) -> Path:
    return library / SEED_ARTICLE.name


def test_the_second_start_paints_the_page_then_builds_the_same_window(
    qtbot, start, article: Path
) -> None:  # type: ignore[no-untyped-def]
    _first_session(qtbot, start, article)
    _, window = start(article)
    assert window.first_paint is not None
    # Titled and showing the article before anything else is built.
    assert window.windowTitle().startswith("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14")
    assert not hasattr(window, "view") and not hasattr(window, "library_controller")
    shown = window.findChild(QTextBrowser, "firstPage").toPlainText()
    assert "Hội nghị" in shown
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    assert window.first_paint.built
    qtbot.waitUntil(lambda: window.findChild(QTextBrowser, "firstPage") is None, timeout=5000)
    # The window as it is built at once: article, library, menus, toolbars, focus.
    assert window.view.article is not None
    assert window.view.toPlainText() == shown  # the same text, from the same HTML
    qtbot.waitUntil(lambda: window.library.rowCount() >= 3, timeout=10000)
    assert window.menuBar().actions() and window.act_zoom_in.shortcuts()
    assert window.focusWidget() is window.list_view


def test_the_page_stands_where_the_article_view_will(qtbot, start, article: Path) -> None:  # type: ignore[no-untyped-def]
    _first_session(qtbot, start, article)
    _, window = start(article)
    page = window.findChild(QTextBrowser, "firstPage")
    rect = page.geometry()
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    top_left = window.view.mapTo(window, window.view.rect().topLeft())
    assert (top_left.x(), top_left.y(), window.view.width(), window.view.height()) == (
        rect.x(), rect.y(), rect.width(), rect.height(),
    )  # fmt: skip


def test_a_key_pressed_before_the_window_is_built_is_not_lost(qtbot, start, article: Path) -> None:  # type: ignore[no-untyped-def]
    _first_session(qtbot, start, article)
    ctx, window = start(article)
    assert window.first_paint is not None
    before = ctx.settings.get(keys.SCALE)
    window.show()
    # Ctrl++ (larger text) arrives before the window has any action or widget to take it.
    assert not window.first_paint.built
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        plus = QKeyEvent(kind, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier, "+")
        QApplication.sendEvent(window, plus)
    qtbot.waitUntil(lambda: window.first_paint.built, timeout=5000)
    qtbot.waitUntil(lambda: ctx.settings.get(keys.SCALE) > before, timeout=5000)


def test_the_first_paint_is_in_the_chosen_theme(qtbot, start, article: Path) -> None:  # type: ignore[no-untyped-def]
    dark = {keys.THEME: "dark"}
    _first_session(qtbot, start, article, dark)
    QApplication.instance().setPalette(QApplication.style().standardPalette())  # type: ignore[union-attr]
    _, window = start(article, dark)
    assert window.first_paint is not None and not window.first_paint.built
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == THEMES["dark"].ui.window.lower()


def test_an_edited_article_starts_the_usual_way(qtbot, start, article: Path) -> None:  # type: ignore[no-untyped-def]
    _first_session(qtbot, start, article)
    article.write_text(article.read_text(encoding="utf-8") + "\nMột đoạn mới.\n", "utf-8")
    _, window = start(article)
    assert window.first_paint is None
    assert window.view is not None  # built at once


def test_other_settings_start_the_usual_way(qtbot, start, article: Path) -> None:  # type: ignore[no-untyped-def]
    _first_session(qtbot, start, article)
    _, window = start(article, {keys.SCALE: 150})
    assert window.first_paint is None


def test_a_window_closed_before_it_is_built_closes_cleanly(qtbot, start, article: Path) -> None:  # type: ignore[no-untyped-def]
    _first_session(qtbot, start, article)
    _, window = start(article)
    assert window.first_paint is not None
    window.close()  # builds what closing needs, then closes
    assert window.first_paint.built
