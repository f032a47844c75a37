"""G / Shift+G: the reader sees the figure they moved to, not only its caption."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from reader.model import Figure
from reader.settings import keys
from tests.conftest import CHART_ARTICLE, SEED_ARTICLE
from tests.test_reading_place import settle
from tests.test_window import wait_article


def figure_rect(view) -> QRect:  # type: ignore[no-untyped-def]
    """The box of the figure the caret is in (picture or notice, caption, padding and
    border) as drawn, in view pixels."""
    table = view.textCursor().currentTable()
    assert table is not None, "the caret is not in a figure"
    layout = view.document().documentLayout()
    blocks = [view.document().findBlock(table.firstPosition())]
    blocks.append(view.document().findBlock(table.lastPosition()))
    top = layout.blockBoundingRect(blocks[0]).top()
    bottom = layout.blockBoundingRect(blocks[1]).bottom()
    edge = table.format().border() + table.format().cellPadding()
    scroll = view.verticalScrollBar().value()
    return QRect(0, math.floor(top - edge) - scroll, 10, math.ceil(bottom - top + 2 * edge))


def press_through_figures(qtbot, view, shift: bool = False):  # type: ignore[no-untyped-def]
    """Press G (or Shift+G) until no figure is left; the figure rect after each press."""
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    rects = []
    figures = sum(isinstance(b, Figure) for b in view.article.blocks)
    for _ in range(figures):
        qtbot.keyClick(view, Qt.Key.Key_G, mods)
        QApplication.processEvents()
        rects.append(figure_rect(view))
    return rects


def open_view(qtbot, open_window, library, path, scale):  # type: ignore[no-untyped-def]
    _, window = open_window(library, path, size=(1024, 768))
    wait_article(qtbot, window, path)
    window.settings.set(keys.SCALE, scale)
    settle(qtbot, window.view)
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    return window


@pytest.mark.parametrize("scale", [100, 300])
@pytest.mark.parametrize("which", ["seed", "chart"])
def test_g_shows_the_whole_figure_when_it_fits(qtbot, open_window, library, which, scale) -> None:
    name = (
        SEED_ARTICLE.name
        if which == "seed"
        else CHART_ARTICLE.relative_to(CHART_ARTICLE.parents[1])
    )
    window = open_view(qtbot, open_window, library, library / name, scale)
    view = window.view
    viewport = view.viewport().rect()
    shown = 0
    for forward in (True, False):
        if not forward:  # back from the end, with Shift+G
            view.moveCursor(view.textCursor().MoveOperation.End)
        for rect in press_through_figures(qtbot, view, shift=not forward):
            if rect.height() <= viewport.height():
                assert viewport.contains(rect), (rect, viewport)
                shown += 1
            else:
                assert rect.top() == pytest.approx(0, abs=2)
    if which == "seed":  # its notices are small: at 300 % the charts are taller than the view
        assert shown > 0


def tall_figure_article(folder: Path) -> Path:
    """A figure taller than any window, between two long paragraphs; and one with no caption."""
    image = QImage(300, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    article = folder / "2024-05-01-tall"
    (article / "images").mkdir(parents=True)
    image.save(str(article / "images" / "tall.png"))
    image.scaled(300, 200).save(str(article / "images" / "small.png"))
    words = " ".join(f"Sentence {i} is about the river." for i in range(200))
    (article / "article.md").write_text(
        f"---\ntitle: A tall figure\nlang: en\n---\n\n{words}\n\n"
        "![A very tall banner](images/tall.png)\n*The banner, floor to ceiling*\n\n"
        f"{words}\n\n![A small picture with no caption](images/small.png)\n\n{words}\n",
        "utf-8",
    )
    return article / "article.md"


def test_g_puts_the_top_of_a_tall_figure_at_the_top(qtbot, open_window, library) -> None:
    path = tall_figure_article(library)
    window = open_view(qtbot, open_window, library, path, 100)
    view = window.view
    viewport = view.viewport().rect()
    tall, small = press_through_figures(qtbot, view)
    assert tall.height() > viewport.height()
    assert tall.top() == pytest.approx(0, abs=2), "the picture starts at the top of the view"
    assert viewport.contains(small), "a figure with no caption is reached and shown too"
