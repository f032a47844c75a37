"""The kiosk window, offscreen: home cards, the touch bar, nothing that leads out, keys that
close a window doing nothing, links refused, the reset for the next visitor, the language
switch, and new bulletins appearing by themselves."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMenuBar,
    QMessageBox,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from reader.kiosk import ADMIN_EXIT_STATUS
from reader.kiosk.config import KioskConfig
from reader.settings import SCHEMA, MemoryStore, keys
from reader.speech.fake import FakeBackend
from reader.speech.script import ScriptOptions
from reader.ui.library_model import EntryRole
from tests.conftest import ENGLISH_ARTICLE


@pytest.fixture
def open_kiosk(qtbot, config_dir: Path, library: Path) -> Iterator[Callable]:  # type: ignore[no-untyped-def]
    from reader.app import AppContext

    opened = []

    def _open(**overrides):  # type: ignore[no-untyped-def]
        config = KioskConfig(library=(library,), language="en", text_size=100, theme="light")
        config = dataclasses.replace(config, **overrides)
        ctx = AppContext(None, config_dir, store=MemoryStore(config.visitor_settings()))
        window = ctx.kiosk_window(config, ["kiosk.toml: line 3: a problem"])
        qtbot.addWidget(window)
        opened.append((ctx, window))
        with qtbot.waitSignal(window.library_loaded, timeout=10000):
            window.resize(1280, 1024)
            window.show()
        return ctx, window

    yield _open
    for ctx, window in opened:
        # Closed first (its folder watch stops: a listing it started later would post to a
        # loader the garbage collector may be deleting), then every load ends.
        window.exit_status = ADMIN_EXIT_STATUS
        window.close()
        assert ctx.loader.wait(120000), "a load did not end within 2 minutes"
        for translator in ctx.translators:
            ctx.app.removeTranslator(translator)
        ctx.app.setStyleSheet("")
        ctx.app.setFont(ctx.ui_font)
        ctx.app.setPalette(ctx.app.style().standardPalette())
        # Gone here, between tests: left to the next test's event loop, the window and its
        # context were deleted by the garbage collector inside a Qt call (the suite hung or
        # crashed so, in the next kiosk test's first event loop).
        if isValid(window):
            window.deleteLater()
    opened.clear()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def open_first(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        window.open_row(0)
    assert window.showing_article()


def with_fake_speech(window) -> list[FakeBackend]:  # type: ignore[no-untyped-def]
    backends: list[FakeBackend] = []

    def factory(listener):  # type: ignore[no-untyped-def]
        backends.append(FakeBackend(listener))
        return backends[-1]

    window.speech._factory = factory
    window.speech.options = ScriptOptions(heading_pause_ms=0, block_pause_ms=0, item_pause_ms=0)
    window.speech.set_article(window.view.article)
    while not window.speech.script_complete:
        window.speech._build(lambda: False)
    return backends


def test_home_shows_the_bulletins_as_cards_newest_first(open_kiosk) -> None:
    _, window = open_kiosk()
    assert not window.showing_article()
    entries = [window.library.index(r).data(EntryRole) for r in range(window.library.rowCount())]
    assert len(entries) == 3
    dates = [e.date for e in entries]
    assert dates == sorted(dates, reverse=True)
    assert entries[0].path.name == ENGLISH_ARTICLE.name
    assert entries[0].lead.startswith("The Harrowmere Central Library")
    first = window.home.cards.visualRect(window.library.index(0))
    assert first.height() >= 120  # a card, not a list row


def test_a_tap_on_a_card_opens_it_and_home_comes_back(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    cards = window.home.cards
    point = cards.visualRect(window.library.index(1)).center()
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.showing_article()
    assert Path(window.view.article.path) == window.library.entries()[1].path
    window.act_next_article.trigger()
    qtbot.waitUntil(lambda: Path(window.view.article.path) == window.library.entries()[2].path)
    assert not window.act_next_article.isEnabled()
    window.act_previous_article.trigger()
    qtbot.waitUntil(lambda: Path(window.view.article.path) == window.library.entries()[1].path)
    window.act_home.trigger()
    assert not window.showing_article()


def test_touch_targets_are_at_least_44_px_and_8_px_apart(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    open_first(qtbot, window)
    assert window.settings.get(keys.INTERFACE_SCALE) == 100
    for bar in (window.touch_bar, window.scroll_bar):
        boxes = [b.geometry() for b in bar.buttons]
        assert len(boxes) >= 2
        for box in boxes:
            assert box.width() >= 44 and box.height() >= 44, (bar.objectName(), box)
        for a, b in itertools.pairwise(boxes):
            gap = max(b.left() - a.right() - 1, b.top() - a.bottom() - 1)
            assert gap >= 8, (bar.objectName(), a, b)
    names = {b.objectName() for b in window.touch_bar.buttons + window.scroll_bar.buttons}
    for wanted in ("kioskHome", "zoomIn", "zoomOut", "speakPlayPause", "speakStop",
                   "kioskPreviousArticle", "kioskNextArticle", "kioskHighContrast",
                   "kioskLanguage", "kioskScrollUp", "kioskScrollDown"):  # fmt: skip
        assert wanted + "Button" in names
    for button in window.touch_bar.buttons:
        assert button.accessibleName(), button.objectName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.text() and (button.sign or button.objectName() == "kioskLanguageButton"
                                  or not button.icon().isNull())  # fmt: skip


def test_the_touch_bar_changes_size_contrast_and_scrolls(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    open_first(qtbot, window)
    window.touch_bar.button(window.act_zoom_in).click()
    assert window.settings.get(keys.SCALE) == 110
    window.touch_bar.button(window.act_high_contrast).click()
    assert window.settings.get(keys.THEME) == "high-contrast"
    assert window.act_high_contrast.isChecked()
    window.touch_bar.button(window.act_high_contrast).click()
    assert window.settings.get(keys.THEME) == "light"
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0
    window.scroll_bar.button(window.act_scroll_down).click()
    assert bar.value() > 0
    window.scroll_bar.button(window.act_scroll_up).click()
    assert bar.value() == 0


KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
]


@pytest.mark.parametrize(("key", "mods"), KEYS, ids=lambda k: getattr(k, "name", str(k)))
def test_keys_that_close_or_leave_do_nothing(qtbot, open_kiosk, key, mods) -> None:
    _, window = open_kiosk()
    open_first(qtbot, window)
    window.show_kiosk()
    qtbot.waitUntil(window.isFullScreen)
    for target in (window.view, window.touch_bar.buttons[0]):
        target.setFocus()
        qtbot.keyClick(target, key, mods)
        QApplication.processEvents()
        assert window.isVisible() and window.isFullScreen()
        assert window.showing_article()  # not even "back" or "home"
    assert window.close() is False  # what the window manager's close (Alt+F4) asks
    assert window.isVisible()


@pytest.mark.parametrize(
    ("key", "mods"),
    [k for k in KEYS if k[0] != Qt.Key.Key_Escape],
    ids=lambda k: getattr(k, "name", str(k)),
)
def test_no_shortcut_can_take_a_blocked_key(qtbot, open_kiosk, key, mods) -> None:
    """Even a shortcut some part might bind (a Qt default, a later feature) never fires."""
    _, window = open_kiosk()
    open_first(qtbot, window)
    probe = QAction(window)
    probe.setShortcut(key.value | mods.value)
    window.addAction(probe)
    fired = []
    probe.triggered.connect(lambda: fired.append(True))
    window.view.setFocus()
    qtbot.keyClick(window.view, key, mods)
    assert fired == []


def _close_popups(seen: list[str]) -> None:
    for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
        if widget is not None:
            seen.append(type(widget).__name__)
            widget.close()


def test_nothing_leads_out(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    open_first(qtbot, window)
    for kind in (QMenuBar, QMenu, QToolBar, QDialog, QFileDialog, QMessageBox):
        assert window.findChildren(kind) == [], kind
    names = {a.objectName() for a in window.findChildren(QAction)}
    for desktop in ("openFile", "openFolder", "preferences", "importFiles", "importFolder",
                    "quit", "reload", "shortcuts", "about"):  # fmt: skip
        assert desktop not in names
    seen: list[str] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: _close_popups(seen))
    timer.start()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Menu)
    qtbot.keyClick(window.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    center = window.view.viewport().rect().center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.RightButton, pos=center)
    # what a right click on X11 sends after the press
    at = window.mapToGlobal(center)
    menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, center, at)
    QApplication.sendEvent(window.view.viewport(), menu_event)
    qtbot.wait(150)
    timer.stop()
    assert seen == []


def test_links_cannot_be_opened_here(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    open_first(qtbot, window)
    seen: list[str] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: _close_popups(seen))
    timer.start()
    shown = window.view.article.path
    other_article = "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
    for url in ("https://example.org/", "mailto:a@b.vn", other_article):
        window.link_notice.dismiss()
        window.links.follow(QUrl(url))
        assert window.link_notice.text() == "Links cannot be opened here"
        assert window.link_notice.isVisible()
    qtbot.wait(150)
    timer.stop()
    assert seen == []  # no question, no browser
    assert window.view.article.path == shown
    window.act_zoom_in.trigger()  # the next command puts the notice away
    assert window.link_notice.text() == ""


def test_reset_for_next_visitor_restores_every_default_and_stops_speech(
    qtbot, open_kiosk, config_dir: Path
) -> None:
    _, window = open_kiosk(text_size=150, language="vi", speech_rate=200)
    defaults = window.config.visitor_settings()
    open_first(qtbot, window)
    backends = with_fake_speech(window)
    window.act_speak.trigger()
    for _ in range(4):  # the engine says it is ready, then the first sentence starts
        backends[0].step()
        QApplication.processEvents()
    assert window.speech.state == "playing"
    assert backends[0].calls  # a sentence was given to the engine
    stops = backends[0].stops
    # a visitor changes everything there is
    for setting in SCHEMA.values():
        if setting.choices:
            other = next(c for c in setting.choices if c != defaults[setting])
        elif setting.type is int:
            step = setting.step or 1
            up = setting.maximum is None or defaults[setting] + step <= setting.maximum
            other = defaults[setting] + (step if up else -step)
        elif setting.type is list:
            other = ["x"]
        else:
            other = "x"
        window.settings.set(setting, other)
    window.settings.set(keys.LANGUAGE, "en")
    assert window.language == "en"
    window.home.cards.verticalScrollBar().setValue(50)

    window.reset_for_next_visitor()

    assert window.speech.state == "stopped"
    assert backends[0].stops > stops  # the engine was told, not only the buttons
    for setting, value in defaults.items():
        assert window.settings.get(setting) == value, setting.key
    assert window.language == "vi"
    assert not window.showing_article()
    assert window.home.cards.verticalScrollBar().value() == 0
    assert not (config_dir / "settings.json").exists()
    assert not (config_dir / "reading-positions.json").exists()
    # the next visitor's tap opens the article afresh, at its top
    open_first(qtbot, window)
    assert window.view.verticalScrollBar().value() == 0


def test_the_language_button_switches_the_screen_at_once(qtbot, open_kiosk) -> None:
    _, window = open_kiosk(language="en")
    home = window.home_bar.button(window.act_language)
    assert home.text() == "Tiếng Việt"
    assert window.act_home.text() == "Home"
    home.click()
    qtbot.waitUntil(lambda: window.act_home.text() != "Home")
    assert window.language == "vi"
    assert window.home_bar.button(window.act_language).text() == "English"
    assert window.home.heading.text() != "Latest bulletins"
    assert window.touch_bar.button(window.act_speak).text() != "Read"
    window.home_bar.button(window.act_language).click()
    qtbot.waitUntil(lambda: window.act_home.text() == "Home")
    assert window.home.heading.text() == "Latest bulletins"
    assert window.touch_bar.button(window.act_speak).text() == "Read"


def test_new_and_changed_bulletins_appear_without_a_restart(
    qtbot, open_kiosk, library: Path
) -> None:
    _, window = open_kiosk()
    assert window.library.rowCount() == 3
    text = ENGLISH_ARTICLE.read_text(encoding="utf-8")
    newer = text.replace("date: 2024-03-14", "date: 2025-01-02").replace(
        "title: Harrowmere", "title: Newest Harrowmere"
    )
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        (library / "2025-01-02-new.md").write_text(newer, encoding="utf-8")
    assert window.library.rowCount() == 4
    assert window.library.entries()[0].title.startswith("Newest Harrowmere")


def test_the_window_refuses_to_close_until_the_admin_exit(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    assert window.config_problems == ["kiosk.toml: line 3: a problem"]
    assert window.close() is False
    assert window.isVisible()
    with qtbot.waitSignal(window.exit_approved) as approved:
        window.request_exit()
    assert approved.args == [ADMIN_EXIT_STATUS]
    assert window.exit_status == ADMIN_EXIT_STATUS
    assert not window.isVisible()


def test_several_library_folders_are_one_home_screen(qtbot, open_kiosk, tmp_path: Path) -> None:
    second = tmp_path / "second"
    second.mkdir()
    shutil.copy(ENGLISH_ARTICLE, second / "other.md")
    _, window = open_kiosk(library=(tmp_path / "library", second))
    assert window.library.rowCount() == 4


def test_the_cards_follow_the_keyboard(qtbot, open_kiosk) -> None:
    _, window = open_kiosk()
    cards = window.home.cards
    cards.setFocus()
    cards.setCurrentIndex(window.library.index(0))
    qtbot.keyClick(cards, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert Path(window.view.article.path) == window.library.entries()[1].path
    assert QApplication.focusWidget() is window.view
    chain = []
    widget: QWidget = window.view
    for _ in range(len(window.touch_bar.buttons) + 3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget.objectName())
    assert chain[: len(window.touch_bar.buttons)] == [
        b.objectName() for b in window.touch_bar.buttons
    ]


def test_the_command_line_keeps_kiosk_options_together(capsys, tmp_path: Path) -> None:
    from reader.app import main

    assert main(["--config", str(tmp_path / "kiosk.toml")]) == 2
    assert "--config is for the kiosk" in capsys.readouterr().err
    assert main(["--kiosk", str(ENGLISH_ARTICLE)]) == 2
    assert "takes no PATH" in capsys.readouterr().err


def test_listing_again_keeps_the_place_on_the_home_screen(qtbot, open_kiosk, library: Path) -> None:
    """The folders are read again when they change and every minute: a visitor scrolling
    through the cards must not be thrown back to the top."""
    text = ENGLISH_ARTICLE.read_text(encoding="utf-8")
    for day in range(1, 13):
        (library / f"2024-04-{day:02d}.md").write_text(
            text.replace("date: 2024-03-14", f"date: 2024-04-{day:02d}"), encoding="utf-8"
        )
    _, window = open_kiosk()
    bar = window.home.cards.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400)  # laid out
    bar.setValue(400)
    window.home.cards.setCurrentIndex(window.library.index(5))  # a keyboard user's card
    with qtbot.waitSignal(window.library_loaded, timeout=10000):
        window.reload_library()
    assert bar.value() == 400
    assert window.home.cards.currentIndex().row() == 5


def test_the_speech_worker_is_offered_the_configs_voice_folders(open_kiosk, tmp_path: Path) -> None:
    _, window = open_kiosk(voices=(tmp_path / "voices",))
    backend = window.speech._factory(lambda _event: None)  # made, not started
    assert ["--voices-dir", str(tmp_path / "voices")] == backend._argv[-2:]
