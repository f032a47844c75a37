"""WCAG 1.4.10 reflow and 1.4.4 resize text: no sideways scrolling, nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolBar, QToolButton

from reader.settings import SCALE_STEPS, keys
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
        window.settings.set(keys.SCALE, step)
        qtbot.wait(20)
        assert view.horizontalScrollBar().maximum() == 0, step
        assert view.document().size().width() <= view.viewport().width() + 1, step
        assert plain(window) == text
    qtbot.waitUntil(
        lambda: all(w <= view.viewport().width() for w in image_widths(window)), timeout=3000
    )


@pytest.mark.parametrize("percent", [200, 300])
def test_interface_text_is_not_clipped_at_large_interface_sizes_in_vietnamese(
    qtbot, open_window, library, percent
) -> None:  # type: ignore[no-untyped-def]
    """Vietnamese labels are longer than English ones; at 200% and 300% none is cut off."""
    _, window = open_window(library, lang="vi", size=(1280, 900))
    wait_article(qtbot, window)
    normal = QApplication.font().pointSizeF()
    menu_height = window.menuBar().sizeHint().height()
    window.settings.set(keys.INTERFACE_SCALE, percent)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * percent / 100)
    assert window.menuBar().sizeHint().height() > menu_height * (percent / 100) * 0.8
    assert window.list_view.font().pointSizeF() == pytest.approx(normal * percent / 100)
    window.resize(1280, 900)
    qtbot.wait(100)  # layouts settle through posted LayoutRequest events
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
    # The text-size toolbar gets a row of its own instead of hiding behind "»"; its A-/A+
    # stay bigger than the words; the library is never narrower than a date.
    text_bar = window.findChild(QToolBar, "textSizeToolbar")
    assert window.toolBarBreak(text_bar)
    zoom_in = text_bar.findChild(QToolButton, "zoomInButton")
    assert zoom_in.isVisible() and zoom_in.font().bold()
    assert zoom_in.font().pointSizeF() > QApplication.font().pointSizeF()
    date = window.list_view.fontMetrics().horizontalAdvance("05/12/2023")
    assert window.list_view.viewport().width() > date
    # Controls that do not fit go behind the toolbar's extension button, which is named.
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            assert extension.accessibleName()


def test_the_interface_size_applies_to_dialogs_and_persists(qtbot, open_window, library) -> None:
    from reader.ui.preferences import PreferencesDialog

    _, window = open_window(library, lang="vi")
    wait_article(qtbot, window)
    normal = QApplication.font().pointSizeF()
    window.settings.set(keys.SCALE, 150)
    article_font = window.view.document().defaultFont()
    window.settings.set(keys.INTERFACE_SCALE, 150)
    # The article keeps its own size (and spacing): only the interface grew.
    assert window.view.document().defaultFont() == article_font
    dialog = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(dialog)
    label = dialog.findChildren(QLabel)[0]
    assert label.font().pointSizeF() == pytest.approx(normal * 1.5)
    window.close()
    _, again = open_window(library, lang="vi")
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.5)
    again.settings.set(keys.INTERFACE_SCALE, 100)
    assert QApplication.font().pointSizeF() == pytest.approx(normal)
