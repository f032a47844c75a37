"""WCAG 1.4.10 reflow and 1.4.4 resize text: no sideways scrolling, nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from reader.settings import SCALE_STEPS
from tests.conftest import ARTICLES
from tests.test_window import image_widths, plain, wait_article

ALL = sorted(ARTICLES.rglob("*.md"))


@pytest.mark.parametrize(("size", "largest"), [((1280, 1024), 400), ((640, 800), 200)])
@pytest.mark.parametrize("article", ALL, ids=lambda p: p.parent.name + "/" + p.name)
def test_every_step_reflows_without_sideways_scrolling(
    qtbot, open_window, library, size, largest, article
) -> None:
    path = library / article.relative_to(ARTICLES)
    _, window = open_window(library, path, size=size)
    wait_article(qtbot, window, path)
    text = plain(window)
    view = window.view
    for step in [s for s in SCALE_STEPS if 100 <= s <= largest]:
        window.settings.set("view/scale", step)
        qtbot.wait(20)
        assert view.horizontalScrollBar().maximum() == 0, step
        assert view.document().size().width() <= view.viewport().width() + 1, step
        assert plain(window) == text
    qtbot.waitUntil(
        lambda: all(w <= view.viewport().width() for w in image_widths(window)), timeout=3000
    )


def test_interface_text_is_not_clipped_at_double_size_in_vietnamese(
    qtbot, open_window, library
) -> None:
    """Vietnamese labels are longer than English ones; at 200% none may be cut off."""
    _, window = open_window(library, lang="vi", size=(1280, 900))
    wait_article(qtbot, window)
    app = QApplication.instance()
    original = QFont(app.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            widget.setFont(big)
        window.adjustSize()
        window.resize(1280, 900)
        QApplication.processEvents()
        clipped = []
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text():
                continue
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() < needed:
                clipped.append((widget.text(), widget.width(), needed))
        assert not clipped, clipped
    finally:
        app.setFont(original)
