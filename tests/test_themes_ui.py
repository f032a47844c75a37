"""Themes in the real window: palette, article colours, a 3 px focus ring, the shortcut."""

from __future__ import annotations

import sys

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from reader.rendering.themes import THEME_ORDER, THEMES
from reader.settings import keys
from tests.test_window import wait_article


def edge(widget, columns: int = 4) -> list[str]:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    y = image.height() // 2
    return [image.pixelColor(x, y).name() for x in range(columns)]


@pytest.mark.parametrize("name", THEME_ORDER)
def test_focus_ring_is_three_pixels_in_the_theme_colour(qtbot, open_window, library, name) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.settings.set(keys.THEME, name)
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
    window.settings.set(keys.THEME, name)
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
    window.settings.set(keys.THEME, "light")
    window.activateWindow()
    qtbot.waitActive(window)
    seen = []
    for _ in THEME_ORDER:
        qtbot.keyClick(
            window.view,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        seen.append(window.settings.get(keys.THEME))
    assert seen == [*THEME_ORDER[1:], THEME_ORDER[0]]
    window.settings.set(keys.THEME, "high-contrast")
    assert window.theme_actions["high-contrast"].isChecked()
    window.close()
    _, again = open_window(library)
    assert again.appearance.theme.name == "high-contrast"
    assert QApplication.palette().window().color().name() == "#000000"


def ring_around(window, widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The colours of the 3 px just outside the widget, at the middle of each side."""
    image = window.grab().toImage()
    top_left = widget.mapTo(window, QPoint(0, 0))
    x0, y0 = top_left.x(), top_left.y()
    x1, y1 = x0 + widget.width() - 1, y0 + widget.height() - 1
    mx, my = (x0 + x1) // 2, (y0 + y1) // 2
    points = [(x0 - d, my) for d in (1, 2, 3)] + [(x1 + d, my) for d in (1, 2, 3)]
    points += [(mx, y0 - d) for d in (1, 2, 3)] + [(mx, y1 + d) for d in (1, 2, 3)]
    return [image.pixelColor(x, y).name() for x, y in points]


@pytest.mark.parametrize("name", THEME_ORDER)
def test_every_dialog_control_gets_a_three_pixel_ring(qtbot, open_window, library, name) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.preferences import PreferencesDialog

    _, window = open_window(library)
    window.settings.set(keys.THEME, name)
    focus = THEMES[name].ui.focus
    dialog = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    controls = [
        dialog.tabs.tabBar(),
        dialog.controls[keys.THEME],  # a combo box
        dialog.controls[keys.SCALE],
        dialog.reset_button,
    ]
    controls.append(dialog.controls[keys.LINE_HEIGHT])  # a spin box, on another page
    for i, control in enumerate(controls):
        if i == len(controls) - 1:
            dialog.tabs.setCurrentIndex(1)
            qtbot.waitUntil(control.isVisible)
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        QApplication.processEvents()
        assert ring_around(dialog, control) == [focus] * 12, (name, type(control).__name__)
        if i:
            previous = controls[i - 1]
            if previous.isVisible():
                assert focus not in ring_around(dialog, previous), "the ring left it"


def test_controls_with_their_own_ring_get_no_second_one(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.list_view.setFocus()
    qtbot.waitUntil(window.list_view.hasFocus)
    overlay = window.findChild(QWidget, "focusRing")
    assert overlay is None or not overlay.isVisible()


@pytest.mark.parametrize("name", THEME_ORDER)
def test_the_open_page_tab_is_marked_like_a_selection(qtbot, open_window, library, name) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.preferences import PreferencesDialog

    _, window = open_window(library)
    window.settings.set(keys.THEME, name)
    ui = THEMES[name].ui
    dialog = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    for current in range(bar.count()):
        dialog.tabs.setCurrentIndex(current)
        QApplication.processEvents()
        image = bar.grab().toImage()
        for i in range(bar.count()):
            box = bar.tabRect(i)
            inside = image.pixelColor(box.left() + 4, box.center().y()).name()
            assert inside == (ui.highlight if i == current else ui.window), (name, current, i)


def test_the_ring_is_not_an_object_for_screen_readers_and_survives_deletion(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QDialog, QSpinBox, QVBoxLayout

    _, window = open_window(library)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    page = QWidget(dialog)
    QVBoxLayout(dialog).addWidget(page)
    spin = QSpinBox(page)
    spin.setAccessibleName("Size")
    QVBoxLayout(page).addWidget(spin)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    ring = dialog.findChild(QWidget, "focusRing")
    assert ring is not None and ring.isVisible()
    iface = QAccessible.queryAccessibleInterface(dialog)
    children = [iface.child(i) for i in range(iface.childCount())]
    assert all(c.object() is not ring for c in children)
    # the focused control and then its page deleted: no error, the ring goes away
    errors: list[BaseException] = []
    hook = sys.excepthook
    sys.excepthook = lambda *a: errors.append(a[1])
    try:
        spin.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(spin))
        page.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(page))
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert not errors
