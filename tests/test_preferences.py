"""Preferences from the schema; WCAG text spacing all at once loses nothing; font warnings."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from reader.settings import SCHEMA, keys
from reader.ui.preferences import PreferencesDialog
from tests.conftest import PROJECT, SEED_ARTICLE
from tests.test_window import plain, wait_article

LATIN_ONLY = PROJECT / "tests" / "data" / "fonts" / "latin-only-test.ttf"


@pytest.fixture
def dialog(qtbot, open_window, library):  # type: ignore[no-untyped-def]
    _, window = open_window(library, library / SEED_ARTICLE.name)
    wait_article(qtbot, window)
    d = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(d)
    return window, d


def test_every_visible_setting_has_a_named_control(dialog) -> None:  # type: ignore[no-untyped-def]
    _, d = dialog
    visible = {s for s in SCHEMA.values() if s.visible}
    assert set(d.controls) == visible
    for key, control in d.controls.items():
        assert control.accessibleName() and control.accessibleDescription(), key
    assert keys.WINDOW_GEOMETRY not in d.controls


def test_a_change_applies_at_once_and_persists(dialog, open_window, library, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, d = dialog
    spin = d.controls[keys.LINE_HEIGHT]
    assert isinstance(spin, QSpinBox)
    spin.setValue(200)
    assert window.settings.get(keys.LINE_HEIGHT) == 200
    theme = d.controls[keys.THEME]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("high-contrast"))
    assert window.appearance.theme.name == "high-contrast"
    stored = json.loads(window.settings.store.path.read_text())
    assert stored["text/line_height"] == 200 and stored["view/theme"] == "high-contrast"


def test_reset_to_defaults(dialog) -> None:  # type: ignore[no-untyped-def]
    window, d = dialog
    window.settings.set(keys.LETTER_SPACING, 12)
    window.settings.set(keys.SCALE, 200)
    assert d.controls[keys.LETTER_SPACING].value() == 12  # the dialog follows the settings
    d.reset_to_defaults()
    for key in d.controls:
        assert window.settings.get(key) == key.default, key
    assert d.controls[keys.SCALE].currentData() == 100


@pytest.mark.parametrize("width", [1024, 640])
def test_all_text_spacing_at_once_loses_no_text(qtbot, open_window, library, width) -> None:
    """WCAG 1.4.12: line height 2.0, paragraphs 2x, letters 0.12 em, words 0.16 em, at 200%."""
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path, size=(width, 700))
    wait_article(qtbot, window, path)
    before = plain(window)
    for key, value in {
        keys.SCALE: 200,
        keys.LINE_HEIGHT: 200,
        keys.PARAGRAPH_SPACING: 200,
        keys.LETTER_SPACING: 12,
        keys.WORD_SPACING: 16,
    }.items():
        window.settings.set(key, value)
    font = window.view.document().defaultFont()
    assert font.letterSpacing() == pytest.approx(112) and font.wordSpacing() > 0
    qtbot.wait(400)  # the re-render for the new paragraph spacing
    assert plain(window) == before
    view = window.view
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().size().width() <= view.viewport().width() + 1
    lead = view.document().findBlock(view.text_positions()[(-1, 0)])
    assert lead.blockFormat().bottomMargin() >= 1.9 * QFontInfo(font).pixelSize()
    assert lead.blockFormat().lineHeight() == 200


def test_longest_line_narrows_the_column(qtbot, open_window, library) -> None:
    _, window = open_window(library, size=(1280, 800))
    wait_article(qtbot, window)
    full = window.view.viewport().width()
    window.settings.set(keys.MAX_LINE_CHARS, 60)
    narrowed = window.view.viewport().width()
    assert narrowed < full * 0.8
    window.settings.set(keys.MAX_LINE_CHARS, 0)
    assert window.view.viewport().width() == full


def test_a_font_without_vietnamese_letters_is_flagged(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, d = dialog
    font_id = QFontDatabase.addApplicationFont(str(LATIN_ONLY))
    assert font_id != -1
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    window.settings.set(keys.FONT, family)
    assert "ơ" in d.font_warning.text() or "ă" in d.font_warning.text()
    assert "Be Vietnam Pro" in window.statusBar().currentMessage()
    window.settings.set(keys.FONT, "")
    assert d.font_warning.text() == ""
    QFontDatabase.removeApplicationFont(font_id)


def test_damaged_settings_file_is_kept_aside_and_said(
    qtbot, open_window, library, config_dir
) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text("{not json", encoding="utf-8")
    _, window = open_window(library)
    notice = window.findChild(QLabel, "settingsProblemText")
    assert notice is not None and notice.isVisible()
    assert "damaged" in notice.text() and "settings.json.broken-" in notice.text()
    assert list(config_dir.glob("settings.json.broken-*"))
    assert window.appearance.scale == 100


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_label_on_a_page_has_its_own_letter(qtbot, open_window, library, lang) -> None:  # type: ignore[no-untyped-def]
    _, window = open_window(library, lang=lang)
    d = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    tabs = d.tabs
    # Tab titles and buttons answer on every page; a page's labels only on their page.
    everywhere = [tabs.tabText(i) for i in range(tabs.count())] + [
        b.text() for b in d.findChildren(QPushButton) if "&" in b.text()
    ]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        labels = [x for x in tabs.widget(i).findChildren(QLabel) if x.buddy() is not None]
        assert labels
        texts = everywhere + [x.text() for x in labels]
        letters = [QKeySequence.mnemonic(t).toString().casefold() for t in texts]
        for text, letter in zip(texts, letters, strict=True):
            # a letter every keyboard has, whatever the layout's accents
            assert re.fullmatch(r"alt\+[a-z0-9]", letter), (text, letter)
        assert len(set(letters)) == len(letters), sorted(zip(letters, texts, strict=True))
        # and Alt+letter really reaches the control
        for label in labels:
            key = QKeySequence.mnemonic(label.text())[0].key()
            qtbot.keyClick(d, key, Qt.KeyboardModifier.AltModifier)
            focus = QApplication.focusWidget()
            buddy = label.buddy()
            assert focus is buddy or buddy.isAncestorOf(focus), label.text()


def test_each_page_fits_the_screen_at_the_largest_interface_size(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    _, window = open_window(library, lang="vi")
    window.settings.set(keys.INTERFACE_SCALE, 300)
    d = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert d.width() <= 1280 and d.height() <= 1024, d.size()
    for i in range(d.tabs.count()):
        d.tabs.setCurrentIndex(i)
        page = d.tabs.widget(i)
        qtbot.waitUntil(page.isVisible)
        for label in (x for x in page.findChildren(QLabel) if x.buddy() is not None):
            for widget in (label, label.buddy()):
                box = widget.geometry()
                assert page.rect().contains(box), (label.text(), box, page.rect())
                assert widget.width() >= widget.minimumSizeHint().width(), label.text()
            assert label.width() >= label.sizeHint().width(), label.text()  # not cut


# --- Enter, Escape and Tab are harmless (issue 9 §2) ---------------------------------------


def press_in_modal(qtbot, key: Qt.Key | tuple, seen: list | None = None) -> None:  # type: ignore[type-arg]
    """Once a modal dialog is up, press `key` in its focused control (records the dialog)."""

    def press() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, press)
            return
        if seen is not None:
            seen.append(modal)
            if isinstance(modal, QMessageBox):  # what it offers, before it goes
                no = modal.button(QMessageBox.StandardButton.No)
                seen.append((modal.defaultButton() is no, modal.escapeButton() is no))
        for each in key if isinstance(key, tuple) else (key,):
            qtbot.keyClick(modal.focusWidget() or modal, each)
        if modal.isVisible():  # the key left it open: close it, or the test waits forever
            QTimer.singleShot(0, modal.reject)

    QTimer.singleShot(0, press)


CUSTOM = {
    keys.SCALE: 200,
    keys.INTERFACE_SCALE: 200,
    keys.THEME: "high-contrast",
    keys.LANGUAGE: "vi",
    keys.LINE_HEIGHT: 180,
}


def customised(window) -> dict:  # type: ignore[no-untyped-def, type-arg]
    for key, value in CUSTOM.items():
        window.settings.set(key, value)
    return {key: window.settings.get(key) for key in SCHEMA.values()}


def test_no_button_but_close_is_a_default(dialog) -> None:  # type: ignore[no-untyped-def]
    _, d = dialog
    d.show()
    for button in d.findChildren(QPushButton):
        if button is d.close_button:
            assert button.isDefault()
        else:
            assert not button.isDefault() and not button.autoDefault(), button.text()


def test_enter_and_escape_in_the_dialog_change_no_setting(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    window, _ = dialog
    before = customised(window)
    window.activateWindow()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
        seen: list = []  # type: ignore[type-arg]
        press_in_modal(qtbot, key, seen)
        window.act_preferences.trigger()  # Ctrl+,: modal until the key closes it
        assert seen and isinstance(seen[0], PreferencesDialog), key
        assert {k: window.settings.get(k) for k in SCHEMA.values()} == before, key
    stored = json.loads(window.settings.store.path.read_text())
    assert stored["view/scale"] == 200 and stored["ui/language"] == "vi"


@pytest.mark.parametrize("page", range(3))
def test_tab_then_enter_on_every_control_changes_no_setting(qtbot, dialog, page) -> None:  # type: ignore[no-untyped-def]
    """Tab through a page (every control, the tabs and both buttons) pressing Enter on each."""
    window, d = dialog
    before = customised(window)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    visited = []
    focus = d.tabs.tabBar()
    for _ in range(40):
        if not d.isActiveWindow():  # Enter closed it (Close is the default), or asked
            d.show()
            d.activateWindow()
            qtbot.waitUntil(d.isActiveWindow)
        d.tabs.setCurrentIndex(page)
        focus.setFocus()
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        visited.append(focus)
        asked: list = []  # type: ignore[type-arg]
        if focus is d.reset_button:  # Enter on it asks; Enter again answers (No)
            press_in_modal(qtbot, Qt.Key.Key_Return, asked)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert len(asked) == 2 * (focus is d.reset_button)
        assert {k: window.settings.get(k) for k in SCHEMA.values()} == before, focus.objectName()
        if focus is d.tabs.tabBar():
            break
    names = [f"{w.objectName()}:{type(w).__name__}:{w.window().objectName()}" for w in visited]
    assert d.reset_button in visited and d.close_button in visited, names
    page_controls = [c for k, c in d.controls.items() if c.parentWidget() is d.tabs.widget(page)]
    assert page_controls and all(
        any(c is w or c.isAncestorOf(w) for w in visited) for c in page_controls
    )


@pytest.mark.parametrize(
    "answer", [Qt.Key.Key_Return, Qt.Key.Key_Escape, (Qt.Key.Key_Tab, Qt.Key.Key_Escape)]
)
def test_reset_asks_first_and_its_default_answer_is_no(qtbot, dialog, answer) -> None:  # type: ignore[no-untyped-def]
    window, d = dialog
    before = customised(window)
    d.show()
    seen: list = []  # type: ignore[type-arg]
    press_in_modal(qtbot, answer, seen)
    d.reset_button.click()
    question, (no_is_default, no_is_escape) = seen
    assert isinstance(question, QMessageBox)
    assert no_is_default and no_is_escape
    assert {k: window.settings.get(k) for k in SCHEMA.values()} == before


def test_reset_after_yes_resets_every_setting(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    window, d = dialog
    customised(window)
    d.show()

    def yes() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QMessageBox):
            QTimer.singleShot(20, yes)
            return
        modal.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, yes)
    d.reset_button.click()
    for key in d.controls:
        assert window.settings.get(key) == key.default, key
