"""A theme switch changes colours only: every size the reader chose stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from reader.settings import keys
from tests.test_window import wait_article


def list_text_pixels(window) -> int:  # type: ignore[no-untyped-def]
    """The size the library rows are drawn at (the font the list's items really get)."""
    index = window.library.index(0)
    option_font = window.list_view.font()
    return QFontInfo(option_font).pixelSize(), window.list_view.visualRect(index).height()


@pytest.mark.parametrize(("scale", "interface"), [(200, 100), (400, 125), (100, 150), (300, 200)])
def test_theme_switch_keeps_the_library_list_size(
    qtbot, open_window, library, scale, interface
) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.settings.set(keys.SCALE, scale)
    window.settings.set(keys.INTERFACE_SCALE, interface)
    QApplication.processEvents()
    before = list_text_pixels(window)
    base = QFontInfo(window.appearance.ui_base_font).pixelSize()
    assert before[0] >= base * max(min(scale, 200), interface) / 100 - 1
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    for _ in range(5):  # every theme, and back to the first
        qtbot.keyClick(
            window.view,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        QApplication.processEvents()
        assert list_text_pixels(window) == before, window.settings.get(keys.THEME)
