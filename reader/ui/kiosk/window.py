"""The kiosk shell: a full-screen home screen of bulletins and an article screen with a
touch bar, built from the desktop's controllers with its own layout and commands.

Nothing leads out: no menus, dialogs, file choosers or import; links say they cannot be
opened here; the window refuses to close unless the admin's exit was chosen
(``request_exit``). A visitor's choices live in an in-memory settings store and are put
back to the kiosk's defaults by ``reset_for_next_visitor``; reading positions are not kept.

For the idle, countdown, attract, PIN pad and admin widgets (wired by the app):
``reset_for_next_visitor()``, ``show_home()`` (then ``home_shown``), ``reload_library()``,
``apply_config()``, ``request_exit()``,
``speech`` (its ``state`` says whether it was reading), ``config`` and
``config_problems``; overlays are children of the window.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QGridLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.kiosk import ADMIN_EXIT_STATUS
from reader.kiosk.config import KioskConfig
from reader.settings import Setting, keys
from reader.ui import actions
from reader.ui.article_view import ArticleView
from reader.ui.controllers.appearance import AppearanceController
from reader.ui.controllers.folders import WATCH_SETTLE_MS
from reader.ui.controllers.library import LibraryController
from reader.ui.controllers.links import Links
from reader.ui.controllers.speech_controls import SpeechControls
from reader.ui.controllers.speech_view import SpeechView
from reader.ui.folder_watch import FolderWatch
from reader.ui.i18n import choose_language
from reader.ui.kiosk.home import HomeScreen
from reader.ui.kiosk.key_guard import KeyGuard
from reader.ui.kiosk.kiosk_actions import HOME_BAR, KIOSK_ACTIONS, SCROLL_BUTTONS, TOUCH_BAR
from reader.ui.kiosk.touch_bar import TouchBar
from reader.ui.loading import LoadedArticle, Loader
from reader.ui.notice import Notice
from reader.ui.qt_settings import QtSettings
from reader.ui.speech_controller import SpeechController
from reader.ui.touch import scroll_by_touch

APP_NAME = "Bulletin Reader"
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language
BAR_QSS = """
QToolButton {{ border: 2px solid {border}; border-radius: 8px; margin: 0px; padding: 4px;
               background: {button}; color: {button_text}; }}
QToolButton:checked {{ border: 3px solid {highlight}; }}
QToolButton:focus {{ border: 3px solid {focus}; }}
QToolButton:disabled {{ color: {disabled}; }}
"""


def _speech_with_voices(folders: tuple[Path, ...]) -> Callable[..., Any]:
    """The speech worker, offered the natural voices of the config's folders too."""

    def make(listener: Callable[..., None]) -> Any:
        from reader.speech.process_backend import ProcessBackend

        return ProcessBackend(listener, voices_dirs=folders)

    return make


class KioskWindow(QMainWindow):
    article_shown = Signal(object)  # LoadedArticle, once it is on the article screen
    library_loaded = Signal(int)  # number of bulletins listed
    exit_approved = Signal(int)  # the admin chose Exit: the app ends with this status
    home_shown = Signal()  # back on the home screen (Home, or the reset for the next visitor)

    def __init__(
        self,
        settings: QtSettings,
        loader: Loader,
        config: KioskConfig,
        problems: Sequence[str] = (),
        switch_language: Callable[[str], None] | None = None,
        reading_family: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.loader = loader
        self.config = config
        self.config_problems = list(problems)  # for the admin screen only
        self.exit_status: int | None = None  # ADMIN_EXIT_STATUS once the admin chose Exit
        self.keep_full_screen = False  # set by show_kiosk: the window system may not undo it
        self._switch_language = switch_language
        self.language = choose_language(None, settings.get(keys.LANGUAGE))
        self.setObjectName("kioskWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setMinimumSize(320, 240)
        self._build_controllers(reading_family)
        self._build_actions()
        self._build_screens()
        self._connect()
        QApplication.instance().installEventFilter(KeyGuard(self))  # type: ignore[union-attr]
        self.appearance.apply_all()
        self.speech.use_settings(settings)
        self.speech_view.apply_highlight()
        self.retranslate()
        # Listed again 0.7 s after the last change, as the desktop does (a Syncthing or rsync
        # file renamed into place shows within about 2 s).
        self.folder_watch = FolderWatch(config.library, self, WATCH_SETTLE_MS)
        self.folder_watch.changed.connect(lambda: self.library_controller.reload_library(False))
        self.library_controller.start(None)

    # --- building -----------------------------------------------------------------------

    def _build_controllers(self, reading_family: str | None) -> None:
        settings, loader = self.settings, self.loader
        self.view = ArticleView(loader, self)
        self.view.setObjectName("kioskArticle")
        # No article menu (copy, select all): nothing but reading here.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        scroll_by_touch(self.view.viewport())
        roots = tuple(self.config.library)
        self.library_controller = LibraryController(
            settings, loader, self.view, roots[0], self, more_roots=roots[1:]
        )
        self.library = self.library_controller.model
        self.home = HomeScreen(self.library, self)
        self.appearance = AppearanceController(
            settings, self.view, self.home.cards, reading_family, self
        )
        # No reading positions: nothing is kept. Natural voices also from the config's folders.
        self.speech = SpeechController(_speech_with_voices(self.config.voices), parent=self)
        self.speech_view = SpeechView(self.speech, self.view, settings, self)
        self.links = Links(self.view, self.library_controller, self, leave_article=False)

    def _build_actions(self) -> None:
        self.action_table = actions.build_actions(KIOSK_ACTIONS, self, self)
        for key, action in self.action_table.items():
            self.addAction(action)
            setattr(self, f"act_{key}", action)
        self.act_high_contrast.setCheckable(True)
        self.speech_notice = Notice(self, "speechProblem", self.act_speak_retry)
        self.link_notice = Notice(self, "linkNotice", self.act_home)
        self.speech_controls = SpeechControls(
            self.speech,
            self.view,
            self.act_speak,
            [self.act_speak, self.act_speak_stop],
            self.speech_notice,
            self,
        )
        for action in self.action_table.values():
            action.triggered.connect(self.speech_controls.command_given)
            action.triggered.connect(self.link_notice.dismiss)

    def _build_screens(self) -> None:
        table = self.action_table
        self.touch_bar = TouchBar([table[k] for k in TOUCH_BAR], "kioskTouchBar", self)
        self.scroll_bar = TouchBar(
            [table[k] for k in SCROLL_BUTTONS], "kioskScrollButtons", self, vertical=True
        )
        self.home_bar = TouchBar([table[k] for k in HOME_BAR], "kioskHomeBar", self)

        home_page = QWidget(self)
        home_page.setObjectName("kioskHomePage")
        home_layout = QVBoxLayout(home_page)
        home_layout.setContentsMargins(0, 0, 0, 0)
        home_layout.setSpacing(0)
        home_layout.addWidget(self.home, 1)
        home_layout.addWidget(self.home_bar)

        article_page = QWidget(self)
        article_page.setObjectName("kioskArticlePage")
        grid = QGridLayout(article_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.view, 0, 0)
        grid.addWidget(self.scroll_bar, 0, 1)
        grid.addWidget(self.speech_notice, 1, 0, 1, 2)
        grid.addWidget(self.link_notice, 2, 0, 1, 2)
        grid.addWidget(self.touch_bar, 3, 0, 1, 2)
        grid.setRowStretch(0, 1)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kioskScreens")
        self.stack.addWidget(home_page)
        self.stack.addWidget(article_page)
        self.home_page, self.article_page = home_page, article_page
        self.setCentralWidget(self.stack)
        # Tab: the article, the touch bar left to right, the scroll buttons, round again.
        chain: list[QWidget] = [self.view, *self.touch_bar.buttons, *self.scroll_bar.buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.home.cards, self.home_bar.buttons[0])
        self.statusBar().setObjectName("kioskStatus")
        self.statusBar().setSizeGripEnabled(False)

    def _connect(self) -> None:
        lc = self.library_controller
        lc.listed.connect(self._on_listed)
        lc.article_loaded.connect(self._on_article_loaded)
        lc.article_failed.connect(self._on_article_failed)
        self.home.chosen.connect(self.open_row)
        self.view.zoom_in_requested.connect(self.appearance.zoom_in)
        self.view.zoom_out_requested.connect(self.appearance.zoom_out)
        self.appearance.theme_applied.connect(self._on_theme_applied)
        self.settings.changed.connect(self._on_setting_changed)
        bar = self.statusBar()
        for source in (self.speech_controls, self.speech, self.speech_view, self.appearance):
            source.message.connect(bar.showMessage)
        self.speech_controls.message_done.connect(bar.clearMessage)
        self.links.message.connect(lambda text, _ms: self.link_notice.say(text, offer=False))

    # --- the screens --------------------------------------------------------------------

    def show_home(self) -> None:
        """The home screen with its cards; reading aloud stops (the article is gone)."""
        self.speech.stop()
        self.stack.setCurrentWidget(self.home_page)
        self.setWindowTitle(APP_NAME)
        self.home.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        self.home_shown.emit()

    def showing_article(self) -> bool:
        return self.stack.currentWidget() is self.article_page

    def open_row(self, row: int) -> None:
        entries = self.library.entries()
        if not 0 <= row < len(entries):
            return
        path = entries[row].path
        if path == self.library_controller.current_path and self.view.article is not None:
            self._show_article_page()  # the same article as before: it is still there
            return
        self.library_controller.open_article(path)

    def open_neighbour(self, step: int) -> None:
        """The bulletin before (-1) or after (1) the open one, in the home screen's order."""
        current = self.library_controller.current_path
        row = self.library.row_of(current) if current is not None else -1
        if row >= 0:
            self.open_row(row + step)

    def _update_neighbours(self) -> None:
        current = self.library_controller.current_path
        row = self.library.row_of(current) if current is not None else -1
        self.act_previous_article.setEnabled(row > 0)
        self.act_next_article.setEnabled(0 <= row < self.library.rowCount() - 1)

    def scroll_page(self, direction: int) -> None:
        """Up or down by most of a screen, for visitors who cannot swipe."""
        action = (
            QAbstractSlider.SliderAction.SliderPageStepAdd
            if direction > 0
            else QAbstractSlider.SliderAction.SliderPageStepSub
        )
        self.view.verticalScrollBar().triggerAction(action)

    def _show_article_page(self) -> None:
        self.stack.setCurrentWidget(self.article_page)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_listed(self, entries: list, _row: int) -> None:
        self._update_neighbours()
        self.library_loaded.emit(len(entries))

    def _on_article_loaded(self, loaded: LoadedArticle) -> None:
        self.view.show_article(loaded)
        self.speech.set_article(loaded.article)
        self.setWindowTitle(f"{loaded.article.title} — {APP_NAME}")
        self._update_neighbours()
        self._show_article_page()
        self.article_shown.emit(loaded)

    def _on_article_failed(self, path: Path | None, message: str) -> None:
        self.view.show_problem(path.name if path else "", message)
        self._update_neighbours()
        self._show_article_page()

    # --- what a visitor may change ------------------------------------------------------

    def toggle_high_contrast(self) -> None:
        if self.settings.get(keys.THEME) == "high-contrast":
            usual = self.config.theme if self.config.theme != "high-contrast" else "light"
            self.settings.set(keys.THEME, usual)
        else:
            self.settings.set(keys.THEME, "high-contrast")

    def switch_language(self) -> None:
        self.settings.set(keys.LANGUAGE, "en" if self.language == "vi" else "vi")

    def _on_setting_changed(self, key: Setting[Any], value: object) -> None:
        if key is keys.LANGUAGE:
            self._apply_language(str(value))

    def _apply_language(self, choice: str) -> None:
        language = choose_language(None, choice)
        if language == self.language:
            return
        self.language = language
        if self._switch_language is not None:
            self._switch_language(language)  # Qt then sends LanguageChange: retranslate()
        self.home.set_language(language)

    def _on_theme_applied(self, choice: str) -> None:
        self.act_high_contrast.setChecked(choice == "high-contrast")
        u = self.appearance.theme.ui
        qss = BAR_QSS.format(
            border=u.border, button=u.button, button_text=u.button_text,
            highlight=u.highlight, focus=u.focus, disabled=u.border,
        )  # fmt: skip
        for bar in (self.touch_bar, self.scroll_bar, self.home_bar):
            bar.setStyleSheet(qss)

    def retry_speech(self) -> None:
        self.speech_controls.retry()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text the kiosk set, in the interface language now installed."""
        for spec in KIOSK_ACTIONS:
            actions.translate_action(spec, self.action_table[spec.id])
        self.speech_controls.retranslate()
        other = "en" if self.language == "vi" else "vi"
        self.act_language.setIconText(f"⇄ {LANGUAGE_NAMES[other]}")
        self.view.setAccessibleName(self.tr("Article"))
        self.view.setAccessibleDescription(
            self.tr("The article text. Use the arrow keys to move through it; Tab leaves it.")
        )
        self.touch_bar.setAccessibleName(self.tr("Reading controls"))
        self.scroll_bar.setAccessibleName(self.tr("Scrolling"))
        self.home_bar.setAccessibleName(self.tr("Text size, colours and language"))
        self.statusBar().setAccessibleName(self.tr("Status"))
        rows = self.library.rowCount()
        if rows:  # dates and descriptions in the new language
            self.library.dataChanged.emit(self.library.index(0), self.library.index(rows - 1))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind == QEvent.Type.WindowStateChange and self.keep_full_screen:
            self._restore_full_screen()  # the window system (or a key) may have undone it

    def _restore_full_screen(self) -> None:
        if not self.isFullScreen():
            QTimer.singleShot(0, self, self.showFullScreen)

    # --- for the idle, countdown and admin widgets ----------------------------------------

    def reset_for_next_visitor(self) -> None:
        """Speech stops, the home screen at its top, every setting (text size, colours,
        language, speech) back at the kiosk's default; nothing of the visit is left."""
        self.speech.stop()
        for setting, value in self.config.visitor_settings().items():
            self.settings.set(setting, value)
        self.library_controller.current_path = None
        self.speech.set_article(None)
        self.speech_notice.dismiss()
        self.link_notice.dismiss()
        self.statusBar().clearMessage()
        self.show_home()
        self.home.to_top()

    def reload_library(self) -> None:
        """List the library folders again now (the admin screen's "Reload library")."""
        self.folder_watch.watch_again()
        self.library_controller.reload_library(reopen=False)

    def apply_config(self, config: KioskConfig, problems: Sequence[str]) -> None:
        """A changed kiosk.toml (the session calls it at a return to home, never while a
        visitor reads): its folders listed and watched, its voices folders for the next
        reading, its problems for the admin screen; a visitor's text size, colours,
        language and speech take its values at the next reset."""
        old, self.config = self.config, config
        self.config_problems = list(problems)
        if config.library != old.library:
            roots = tuple(config.library)
            self.library_controller.root = roots[0]
            self.library_controller.more_roots = roots[1:]
            self.folder_watch.roots = roots
            self.reload_library()
        if config.voices != old.voices:
            self.speech.use_factory(_speech_with_voices(config.voices))

    def show_kiosk(self) -> None:
        """Full screen, and kept so."""
        self.keep_full_screen = True
        self.showFullScreen()

    def request_exit(self) -> None:
        """The admin's approved exit: the window closes and the app ends with
        ADMIN_EXIT_STATUS, which the systemd unit does not restart."""
        self.exit_status = ADMIN_EXIT_STATUS
        self.keep_full_screen = False
        self.speech.stop()
        self.close()
        self.exit_approved.emit(ADMIN_EXIT_STATUS)  # the app ends its event loop with it

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.exit_status is None:  # Alt+F4, the window manager, anything but the admin
            event.ignore()
            return
        self.folder_watch.stop()  # no listing may start for a window that is going
        self.speech.close()
        super().closeEvent(event)

    def actions_by_id(self) -> dict[str, QAction]:
        return dict(self.action_table)
