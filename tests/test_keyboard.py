"""Keyboard-only reading: moving by headings and images, and the shortcuts list."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from reader.model import Figure, Heading
from reader.settings import keys
from reader.ui.help_menu import keyboard_help_rows
from reader.ui.shortcuts_dialog import ShortcutsDialog
from tests.conftest import CHART_ARTICLE, SEED_ARTICLE
from tests.test_window import wait_article


def caret_block_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.view.textCursor().block().text()


def test_h_walks_the_headings_and_g_the_images(qtbot, open_window, library) -> None:
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    article = wait_article(qtbot, window, path)
    view = window.view
    view.setFocus()
    headings = [b.content.text for b in article.blocks if isinstance(b, Heading)]
    captions = [b.caption.text for b in article.blocks if isinstance(b, Figure) and b.caption]
    assert len(headings) == 3 and len(captions) == 3
    seen = []
    for _ in headings:
        qtbot.keyClick(view, Qt.Key.Key_H)
        seen.append(caret_block_text(window))
    assert seen == headings
    qtbot.keyClick(view, Qt.Key.Key_H)  # none left: stays, and says so
    assert caret_block_text(window) == headings[-1]
    assert "No more headings below" in window.statusBar().currentMessage()
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert caret_block_text(window) == headings[-2]
    view.moveCursor(view.textCursor().MoveOperation.Start)
    walked = []
    for _ in captions:
        qtbot.keyClick(view, Qt.Key.Key_G)
        walked.append(caret_block_text(window))
    assert walked == captions
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ShiftModifier)
    assert caret_block_text(window) == captions[-2]


def test_moving_to_a_heading_scrolls_it_into_view(qtbot, open_window, library) -> None:
    path = library / CHART_ARTICLE.relative_to(CHART_ARTICLE.parents[1])
    _, window = open_window(library, path, size=(800, 500))
    wait_article(qtbot, window, path)
    window.settings.set(keys.SCALE, 200)
    view = window.view
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_H)
    rect = view.cursorRect()
    assert 0 <= rect.top() < view.viewport().height() // 2
    assert view.verticalScrollBar().value() > 0


def test_shortcuts_dialog_lists_every_action_with_its_keys(qtbot, open_window, library) -> None:
    _, window = open_window(library, lang="vi")
    wait_article(qtbot, window)
    dialog = ShortcutsDialog(window.actions(), keyboard_help_rows(), window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    for action in window.actions():
        if action.shortcuts():
            keys = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
            assert keys in rows[action.statusTip()], action.objectName()
    assert rows["Chữ to hơn"].startswith("Ctrl++")
    assert "F6" in rows.values() and "F1" in ", ".join(rows.values())
    assert any(k == "H, Shift+H" for k in rows.values())
    assert dialog.windowTitle() == "Phím tắt"
    assert not dialog.table.tabKeyNavigation()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_each_menu_gives_every_item_its_own_letter(qtbot, open_window, library, lang) -> None:  # type: ignore[no-untyped-def]
    _, window = open_window(library, lang=lang)
    menus = [("menu bar", window.menuBar().actions())]
    menus += [(m.title(), m.actions()) for m in window.menuBar().findChildren(QMenu)]
    menus += [(m.title(), m.actions()) for m in window.findChildren(QMenu)]
    for title, actions in menus:
        texts = [a.text() for a in actions if not a.isSeparator() and "&" in a.text()]
        letters = [QKeySequence.mnemonic(t).toString().casefold() for t in texts]
        assert len(set(letters)) == len(letters), (title, sorted(zip(letters, texts, strict=True)))
        for text, letter in zip(texts, letters, strict=True):
            assert re.fullmatch(r"alt\+[a-z0-9]", letter), (title, text, letter)
