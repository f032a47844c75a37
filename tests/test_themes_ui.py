"""Themes in the real window: palette, article colours, a 3 px focus ring, the shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.rendering.themes import THEME_ORDER, THEMES
from tests.test_window import wait_article


def edge(widget, columns: int = 4) -> list[str]:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    y = image.height() // 2
    return [image.pixelColor(x, y).name() for x in range(columns)]


@pytest.mark.parametrize("name", THEME_ORDER)
def test_focus_ring_is_three_pixels_in_the_theme_colour(qtbot, open_window, library, name) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.settings.set("view/theme", name)
    focus = THEMES[name].ui.focus
    window.activateWindow()
    qtbot.waitActive(window)
    for focused, other in ((window.list_view, window.view), (window.view, window.list_view)):
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus)
        QApplication.processEvents()
        assert edge(focused)[:3] == [focus] * 3, (name, type(focused).__name__)
        assert focus not in edge(other), "only the focused pane shows the ring"


@pytest.mark.parametrize("name", THEME_ORDER)
def test_theme_colours_reach_the_window_and_the_article(qtbot, open_window, library, name) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.settings.set("view/theme", name)
    theme = THEMES[name]
    palette = QApplication.palette()
    assert palette.window().color().name() == theme.ui.window
    assert palette.text().color().name() == theme.ui.text
    assert palette.highlight().color().name() == theme.ui.highlight

    def article_background() -> str:
        image = window.view.viewport().grab().toImage()
        return image.pixelColor(image.width() - 5, image.height() - 5).name()

    qtbot.waitUntil(lambda: article_background() == theme.article.background)  # re-rendered


def test_shortcut_cycles_themes_and_the_choice_persists(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.settings.set("view/theme", "light")
    window.activateWindow()
    qtbot.waitActive(window)
    seen = []
    for _ in THEME_ORDER:
        qtbot.keyClick(
            window.view,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        seen.append(window.settings.get("view/theme"))
    assert seen == [*THEME_ORDER[1:], THEME_ORDER[0]]
    window.settings.set("view/theme", "high-contrast")
    assert window.theme_actions["high-contrast"].isChecked()
    window.close()
    _, again = open_window(library)
    assert again.theme.name == "high-contrast"
    assert QApplication.palette().window().color().name() == "#000000"
