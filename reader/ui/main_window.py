"""The desktop shell: library list beside the article view, toolbars, menus, status bar.

It lays out widgets and wires them to the controllers (reader.ui.controllers), which own
the behaviour; its commands come from the actions table (reader.ui.actions). A new feature
goes in a controller and a table row, not here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from reader import locations
from reader.locations import reading_state_dir
from reader.ui import first_paint, window_state

if TYPE_CHECKING:  # the parts are imported as the window is built (see first_paint)
    from PySide6.QtCore import QItemSelection
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    from reader.ui.loading import LoadedArticle, Loader
    from reader.ui.qt_settings import QtSettings

APP_NAME = "Bulletin Reader"


class MainWindow(QMainWindow):
    article_shown = Signal(object)  # LoadedArticle, after it is set in the view
    library_loaded = Signal(int)  # number of entries
    built = Signal()  # the whole window is there (at once, or after a first page's paint)

    def __init__(
        self,
        settings: QtSettings,
        loader: Loader | Callable[[], Loader],
        library_root: Path,
        open_path: Path | None = None,
        reading_family: str | None = None,
        state_dir: Path | None = None,
        library_folders: tuple[Path, ...] | None = None,
        cache_dir: Path | None = None,
        first_page: dict[str, Any] | None = None,
        lexicons_dir: Path | None = None,
    ) -> None:
        """``state_dir``: where the reading state is kept (default: beside the settings).
        ``library_folders``: listed with ``library_root`` (the user's library,
        ``--library``), with those of the LIBRARY_FOLDERS setting; None: ``library_root``
        alone (a PATH opened). ``cache_dir``: the search index's and first page's folder.
        ``first_page``: last session's page (reader.ui.first_paint.find): the window shows
        it and builds the rest once it is painted (``built`` tells; the window is shown).
        ``lexicons_dir``: the office's speech lexicons (reader.locations.user_lexicons_dir)."""
        super().__init__()
        self.lexicons_dir = lexicons_dir
        self.state_dir = state_dir or reading_state_dir(settings.store.config_dir)
        self.settings = settings
        self.library_folders = library_folders
        self.cache_dir = cache_dir or locations.cache_dir(settings.store.config_dir)
        self.loader = loader
        self.reading_family = reading_family
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 800)
        self.setMinimumSize(320, 240)
        self.first_paint = None
        self._page: dict[str, Any] | None = first_page  # what the next start would show
        if first_page is not None:
            window_state.restore_window(settings, self)
        if first_page is not None and first_paint.fits(first_page, self):
            from reader.ui.theme_qt import apply_colours_named

            apply_colours_named(first_page["theme"])  # no flash of another theme
            build = functools.partial(self._build, library_root, open_path, restored=True)
            self.first_paint = first_paint.FirstPaint(self, first_page, build)
            return
        self._build(library_root, open_path, restored=first_page is not None)

    def _build(self, library_root: Path, open_path: Path | None, restored: bool = False) -> None:
        """Everything but the first paint; ``restored``: the window's geometry already is."""
        from reader.ui.focus_order import TabChain

        # Widgets in Tab order (library, article, toolbars, status bar), then the wiring.
        if not isinstance(self.loader, QObject):  # made once the first page is painted
            self.loader = self.loader()
        self._build_panes(self.loader)
        self._build_controllers(library_root)
        # Tab: library, article, speech bar, text size (F6's order), a notice's button.
        self.tab_chain = TabChain([self.list_view, self.results_view, self.view])
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._connect_messages()
        self._connect_controllers()
        settings = self.settings
        if not restored:
            window_state.restore_window(settings, self)
        window_state.restore_splitter(settings, self.splitter)
        self.appearance.apply_all()
        self.speech.use_settings(settings)
        self.speech_view.apply_highlight()
        self.notices.watch_settings(settings)
        self.list_view.setFocus()  # the search row comes first in Tab order, not at start
        if self.first_paint is not None:
            if self.first_paint.theme != self.appearance.theme.name:
                self.first_paint.done()  # the desktop's theme changed since ("auto")
            for done in (self.article_shown, self.library_loaded):
                done.connect(self.first_paint.done)
            self.library_controller.article_failed.connect(self.first_paint.done)
        self.library_controller.start(open_path)
        self.built.emit()

    # --- building -----------------------------------------------------------------------

    def _build_panes(self, loader: Loader) -> None:
        """The library list (with its label) beside the article view, and the size label."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QSplitter

        from reader.ui.article_view import ArticleView
        from reader.ui.library_pane import LibraryPane
        from reader.ui.touch import scroll_by_touch

        left = LibraryPane(self)
        self.library_pane = left
        self.list_view = left.list_view
        self.results_view = left.results_view

        self.view = ArticleView(loader, self)
        scroll_by_touch(self.view.viewport())  # a finger scrolls (with a flick) and taps

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        self.splitter.setChildrenCollapsible(False)
        self.splitter_moved = False  # by the user, since the start (see first_paint)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "splitter_moved", True))
        self.setCentralWidget(self.splitter)

        self.scale_label = QLabel(self)
        self.scale_label.setObjectName("scaleLabel")
        self.scale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_controllers(self, library_root: Path) -> None:
        """One controller per concern (reader.ui.controllers); the actions call into them."""
        from reader.library.index_db import INDEX_FILE
        from reader.library.positions import ReadingPositions
        from reader.library.state import ReadingState
        from reader.ui.controllers.appearance import AppearanceController
        from reader.ui.controllers.folders import LibraryFolders
        from reader.ui.controllers.importing import ImportController
        from reader.ui.controllers.library import LibraryController
        from reader.ui.controllers.links import Links
        from reader.ui.controllers.reading_state import ReadingStateController
        from reader.ui.controllers.search import SearchController
        from reader.ui.controllers.speech_view import SpeechView
        from reader.ui.speech_controller import SpeechController

        settings, view = self.settings, self.view
        self.library_controller = LibraryController(settings, self.loader, view, library_root, self)
        self.library_controller.index_file = self.cache_dir / INDEX_FILE  # listed from it
        self.library = self.library_controller.model
        self.search = SearchController(
            self.library_pane, self.library_controller, self.cache_dir, self
        )
        self.folders = LibraryFolders(
            settings, self.library_controller, self.search, self.library_folders, self
        )
        self.list_view.setModel(self.library)
        self.appearance = AppearanceController(
            settings, view, self.list_view, self.reading_family, self
        )
        self.speech = SpeechController(parent=self)
        self.speech.lexicons_dir = self.lexicons_dir  # the office's own readings
        self.speech_view = SpeechView(self.speech, view, settings, self)
        self.importing = ImportController(self, self.library_controller)
        self.links = Links(view, self.library_controller, self)
        # The reading state (places, read marks, bookmarks); the old JSON positions once.
        legacy = settings.store.config_dir / ReadingPositions.FILE_NAME
        self.positions = ReadingState(self.state_dir, legacy)
        self.speech.keep_positions(self.positions)
        self.reading = ReadingStateController(
            self.positions, self.library_controller, self.list_view, view, self.speech,
            self.speech_view, self,
        )  # fmt: skip
        self.search.moved.connect(self.reading.follow_moves)

    def _build_status_bar(self) -> None:
        from reader.ui.controllers.speech_controls import SpeechControls
        from reader.ui.notice import Notice
        from reader.ui.notices import Notices

        self.statusBar().setObjectName("statusBar")
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.statusBar().setAccessibleDescription(
            self.tr("Messages about the library and the open article")
        )
        # Problems with reading aloud stay until the next command (routine messages would
        # replace a status-bar message), are announced, and offer to try again.
        self.speech_notice = Notice(self, "speechProblem", self.act_speak_retry)
        self.statusBar().addPermanentWidget(self.speech_notice)
        self.tab_chain.follow(self.speech_notice.button)
        self.speech_controls = SpeechControls(
            self.speech, self.view, self.act_speak, self.speech_actions, self.speech_notice, self
        )
        for action in self.actions() + self.theme_group.actions():
            action.triggered.connect(self.speech_controls.command_given)
        self._resume_note = ""
        self.notices = Notices(self.statusBar())
        if self.positions.problem:
            self.notices.positions_problem(self.positions.problem)
        self.speech.positions_problem.connect(self.notices.positions_problem)

    def _connect_messages(self) -> None:
        """Every controller's passing messages go to the status bar."""
        bar = self.statusBar()
        for source in (
            self.speech_controls,
            self.speech,
            self.speech_view,
            self.importing,
            self.links,
            self.appearance,
            self.reading,
            self.search,
        ):
            source.message.connect(bar.showMessage)
        self.speech_controls.message_done.connect(bar.clearMessage)
        self.library_controller.scanning.connect(
            lambda: bar.showMessage(self.tr("Reading the library…"))
        )

    def _connect_controllers(self) -> None:
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.list_view.activated.connect(lambda _index: self.view.setFocus())
        self.results_view.activated.connect(lambda _index: self.view.setFocus())
        self.view.zoom_in_requested.connect(self.appearance.zoom_in)
        self.view.zoom_out_requested.connect(self.appearance.zoom_out)
        self.view.landmark_missed.connect(self._on_landmark_missed)
        self.importing.imported_into.connect(self.library_controller.show_folder)
        self.importing.accept_drops(self)
        self.library_controller.listed.connect(self._on_listed)
        self.library_controller.article_loaded.connect(self._on_article_loaded)
        self.library_controller.article_failed.connect(self._on_article_failed)

    def _build_actions(self) -> None:
        """The window's commands from the actions table (reader.ui.actions)."""
        from reader.ui import actions

        self.action_table = actions.build_actions(actions.ACTIONS, self, self)
        for key, action in self.action_table.items():
            self.addAction(action)
            setattr(self, f"act_{key}", action)
        self.theme_group, self.theme_actions = self.appearance.theme_actions(self)
        self.speech_actions = actions.in_group(actions.ACTIONS, self.action_table, "speech")
        self.speech_level_actions = actions.in_group(
            actions.ACTIONS, self.action_table, "speech_level"
        )

    def _build_menus_and_toolbar(self) -> None:
        from reader.ui import actions
        from reader.ui.size_bar import SizeBar

        themes = list(self.theme_actions.values())
        actions.build_menus(self.menuBar(), actions.MENUS, self.action_table, themes)
        widgets: dict[str, QWidget] = {"scale": self.scale_label}
        bars = [
            actions.build_toolbar(self, spec, self.action_table, widgets, self.tab_chain.add)
            for spec in actions.TOOLBARS
        ]
        text_bar, size_buttons = bars[-1]
        self.size_bar = SizeBar(
            self.appearance, text_bar, self.scale_label, size_buttons,
            self.act_zoom_in, self.act_zoom_out, self,
        )  # fmt: skip

    # --- library and articles (reader.ui.controllers.library) ---------------------------

    def _on_listed(self, entries: list, row: int) -> None:
        from reader.ui.messages import listing_summary

        self.library_pane.expect_rows(len(entries))
        self.folders.listed()
        self.library_loaded.emit(len(entries))
        root = self.library_controller.root
        if not entries:
            self.statusBar().showMessage(self.tr("No articles found in {0}").format(root))
            self.view.show_problem(str(root), self.tr("This folder holds no articles (.md files)."))
            return
        message = listing_summary(entries)
        if self.importing.summary:
            message = f"{self.importing.take_summary()} · {message}"
        if self._resume_note:  # the library is listed just after the article is shown
            message, self._resume_note = f"{self._resume_note} · {message}", ""
        self.statusBar().showMessage(message, 15000)
        self.list_view.setCurrentIndex(self.library.index(max(row, 0)))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.library_controller.open_row(indexes[0].row())

    def _on_article_loaded(self, loaded: LoadedArticle) -> None:
        from reader.ui.messages import opened_message

        article = loaded.article
        self.view.show_article(loaded)
        current = self.library_controller.current_path
        resume = self.speech.open(article, str(current.resolve()) if current else None)
        resumed = self.speech_view.show_resume_point(resume)
        self.reading.article_shown(current)
        self._resume_note = (
            self.tr("Reading aloud goes on where it stopped (F5)") if resumed else ""
        )
        self.setWindowTitle(f"{article.title} — {APP_NAME}")
        notes = list(article.warnings) + list(loaded.image_problems.values())
        self.statusBar().showMessage(*opened_message(notes, self._resume_note))
        self.article_shown.emit(loaded)
        QTimer.singleShot(0, self, self._remember_page)  # once this paint is out

    def _remember_page(self, closing: bool = False) -> None:
        """The next start's first page (reader.ui.first_paint), kept when an article is
        shown (a session may be killed) and again on closing (the window may have moved)."""
        self._page = first_paint.remember(self, self._page, closing)

    def _on_article_failed(self, path: Path | None, message: str) -> None:
        name = path.name if path else ""
        self.view.show_problem(name, message)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.statusBar().showMessage(message, 10000)

    # --- focus -------------------------------------------------------------------------

    def cycle_focus(self) -> None:
        """F6: library -> article -> speech bar (its Read button) -> library."""
        from PySide6.QtWidgets import QToolBar

        from reader.ui.focus_order import cycle_focus

        bar = self.findChild(QToolBar, "speechToolbar")
        play = bar.widgetForAction(self.act_speak) if bar is not None else None
        usable = play is not None and play.isEnabled() and play.isVisible()
        cycle_focus([self.list_view, self.view] + ([play] if usable else []))

    # --- notices and dialogs -------------------------------------------------------------

    def retry_speech(self) -> None:
        self.speech_controls.retry()

    def _on_landmark_missed(self, kind: str, forward: bool) -> None:
        from reader.ui.messages import landmark_missed

        self.statusBar().showMessage(landmark_missed(kind, forward), 4000)

    def show_preferences(self) -> None:
        from PySide6.QtCore import Qt

        from reader.ui.preferences import PreferencesDialog  # off the start-up path

        dialog = PreferencesDialog(self.settings, self.reading_family, self, self.speech)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and its signal connections
        dialog.exec()

    def show_shortcuts(self) -> None:
        from reader.ui import help_menu

        help_menu.show_shortcuts(self, self.actions())

    def show_about(self) -> None:
        from reader.ui import help_menu

        help_menu.show_about(self)

    # --- window state -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.first_paint is not None and not self.first_paint.built:
            self.first_paint.build_now()  # closed before it was built: a rare race
        self.folders.stop()
        self.search.close()
        self.speech.save_position()
        self.speech.close()
        window_state.save(self.settings, self, self.splitter)
        self._remember_page(closing=True)
        super().closeEvent(event)
