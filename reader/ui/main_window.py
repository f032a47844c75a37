"""The desktop shell: library list beside the article view, toolbars, menus, status bar.

It lays out widgets and wires them to the controllers (reader.ui.controllers), which own
the behaviour; its commands come from the actions table (reader.ui.actions). A new feature
goes in a controller and a table row, not here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from reader import locations
from reader.library.positions import ReadingPositions
from reader.library.state import ReadingState
from reader.locations import reading_state_dir
from reader.settings import keys
from reader.ui import actions, help_menu, window_state
from reader.ui.article_view import ArticleView
from reader.ui.controllers.appearance import AppearanceController
from reader.ui.controllers.importing import ImportController, droppable
from reader.ui.controllers.library import LibraryController
from reader.ui.controllers.links import Links
from reader.ui.controllers.reading_state import ReadingStateController
from reader.ui.controllers.search import SearchController
from reader.ui.controllers.speech_controls import SpeechControls
from reader.ui.controllers.speech_view import SpeechView
from reader.ui.focus_order import TabChain, cycle_focus
from reader.ui.library_folders import folders_setting, place_names, together
from reader.ui.library_pane import LibraryPane
from reader.ui.loading import LoadedArticle, Loader
from reader.ui.messages import landmark_missed
from reader.ui.notice import Notice
from reader.ui.notices import Notices
from reader.ui.qt_settings import QtSettings
from reader.ui.size_bar import SizeBar
from reader.ui.speech_controller import SpeechController
from reader.ui.theme_qt import theme_names
from reader.ui.touch import scroll_by_touch

if TYPE_CHECKING:  # it imports the library scanner: loaded after the first listing
    from reader.ui.folder_watch import FolderWatch

APP_NAME = "Bulletin Reader"
WATCH_SETTLE_MS = 700  # a folder change is listed within 2 s (a listing takes the rest)


class MainWindow(QMainWindow):
    article_shown = Signal(object)  # LoadedArticle, after it is set in the view
    library_loaded = Signal(int)  # number of entries

    def __init__(
        self,
        settings: QtSettings,
        loader: Loader,
        library_root: Path,
        open_path: Path | None = None,
        reading_family: str | None = None,
        state_dir: Path | None = None,
        library_folders: tuple[Path, ...] | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        """``state_dir``: where the reading state is kept (default: beside the settings).
        ``library_folders``: listed with ``library_root`` (the user's library,
        ``--library``), with those of the LIBRARY_FOLDERS setting; None: ``library_root``
        alone (a PATH opened). ``cache_dir``: the search index's folder."""
        super().__init__()
        self.state_dir = state_dir or reading_state_dir(settings.store.config_dir)
        self.settings = settings
        self.library_folders = library_folders
        self.cache_dir = cache_dir or locations.cache_dir(settings.store.config_dir)
        self.folder_watch: FolderWatch | None = None
        self.loader = loader
        self.reading_family = reading_family
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 800)
        self.setMinimumSize(320, 240)
        # Widgets in Tab order (library, article, toolbars, status bar), then the wiring.
        self._build_panes(loader)
        self._build_controllers(library_root)
        # Tab: library, article, speech bar, text size (F6's order), a notice's button.
        self.tab_chain = TabChain([self.list_view, self.results_view, self.view])
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._connect_messages()
        self._connect_controllers()
        window_state.restore(settings, self, self.splitter)
        self.appearance.apply_all()
        self.speech.use_settings(settings)
        self.speech_view.apply_highlight()
        self.notices.watch_settings(settings)
        self.list_view.setFocus()  # the search row comes first in Tab order, not at start
        self.library_controller.start(open_path)

    # --- building -----------------------------------------------------------------------

    def _build_panes(self, loader: Loader) -> None:
        """The library list (with its label) beside the article view, and the size label."""
        left = LibraryPane(self)
        self.library_pane = left
        self.list_view = left.list_view
        self.results_view = left.results_view

        self.view = ArticleView(loader, self)
        self.view.setAccessibleName(self.tr("Article"))
        self.view.setAccessibleDescription(
            self.tr("The article text. Use the arrow keys to move through it; Tab leaves it.")
        )
        # Kiosk touch screens: a finger scrolls (with a flick) and taps; the mouse selects.
        for viewport in (
            self.view.viewport(),
            self.list_view.viewport(),
            self.results_view.viewport(),
        ):
            scroll_by_touch(viewport)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.scale_label = QLabel(self)
        self.scale_label.setObjectName("scaleLabel")
        self.scale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_controllers(self, library_root: Path) -> None:
        """One controller per concern (reader.ui.controllers); the actions call into them."""
        settings, view = self.settings, self.view
        self.library_controller = LibraryController(
            settings, self.loader, view, library_root, self, self._more_roots(library_root)
        )
        self.library = self.library_controller.model
        self._name_places()
        self.search = SearchController(
            self.library_pane, self.library_controller, self.cache_dir, self
        )
        self.list_view.setModel(self.library)
        self.appearance = AppearanceController(
            settings, view, self.list_view, self.reading_family, self
        )
        self.speech = SpeechController(parent=self)
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

    def _build_status_bar(self) -> None:
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
        self.settings.changed.connect(self._on_setting_changed)
        self.view.zoom_in_requested.connect(self.appearance.zoom_in)
        self.view.zoom_out_requested.connect(self.appearance.zoom_out)
        self.view.landmark_missed.connect(self._on_landmark_missed)
        self.importing.imported_into.connect(self.library_controller.show_folder)
        self.setAcceptDrops(True)
        self.library_controller.listed.connect(self._on_listed)
        self.library_controller.article_loaded.connect(self._on_article_loaded)
        self.library_controller.article_failed.connect(self._on_article_failed)
        self.appearance.theme_applied.connect(lambda key: self.theme_actions[key].setChecked(True))

    def _build_actions(self) -> None:
        """The window's commands from the actions table (reader.ui.actions)."""
        self.action_table = actions.build_actions(actions.ACTIONS, self, self)
        for key, action in self.action_table.items():
            self.addAction(action)
            setattr(self, f"act_{key}", action)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, text in theme_names().items():
            action = QAction(text, self.theme_group)
            action.setObjectName(f"theme-{key}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: self.settings.set(keys.THEME, k))
            self.theme_actions[key] = action
        self.speech_actions = actions.in_group(actions.ACTIONS, self.action_table, "speech")
        self.speech_level_actions = actions.in_group(
            actions.ACTIONS, self.action_table, "speech_level"
        )

    def _build_menus_and_toolbar(self) -> None:
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

    def _more_roots(self, root: Path) -> tuple[Path, ...]:
        if self.library_folders is None:
            return ()
        chosen = folders_setting(self.settings.get(keys.LIBRARY_FOLDERS))
        return together(root, [*self.library_folders, *chosen])

    def _name_places(self) -> None:
        """Rows say where they live when several folders are listed (one: nothing to tell)."""
        roots = self.library_controller.roots()
        self.library.set_places(place_names(roots) if len(roots) > 1 else {})

    def _on_setting_changed(self, key: object, _value: object) -> None:
        if key is keys.LIBRARY_FOLDERS:
            self._folders_changed()

    def _folders_changed(self) -> None:
        """Folders added or removed in Preferences: list, watch and index them."""
        controller = self.library_controller
        controller.set_more_roots(self._more_roots(controller.root))
        self._name_places()
        if self.folder_watch is not None:
            self.folder_watch.roots = controller.roots()
            self.folder_watch.watch_again()
        self.search.folders_changed()

    def _watch_folders(self) -> None:
        """After the first listing: watch the folders, and bring the search index up to date."""
        if self.folder_watch is None:
            from reader.ui.folder_watch import FolderWatch

            self.folder_watch = FolderWatch(self.library_controller.roots(), self, WATCH_SETTLE_MS)
            self.folder_watch.changed.connect(self._on_folders_touched)
            self.search.start()
        elif tuple(self.folder_watch.roots) != self.library_controller.roots():
            self.folder_watch.roots = self.library_controller.roots()  # another folder opened
            self.folder_watch.watch_again()
            self._name_places()
            self.search.folders_changed()

    def _on_folders_touched(self) -> None:
        self.library_controller.reload_library(reopen=False)
        self.search.folders_changed()

    def _on_listed(self, entries: list, row: int) -> None:
        self._watch_folders()
        self.library_loaded.emit(len(entries))
        root = self.library_controller.root
        if not entries:
            self.statusBar().showMessage(self.tr("No articles found in {0}").format(root))
            self.view.show_problem(str(root), self.tr("This folder holds no articles (.md files)."))
            return
        problems = sum(1 for e in entries if e.problem is not None)
        message = self.tr("{0} articles").format(len(entries))
        if problems:
            message += " · " + self.tr("{0} cannot be opened (marked ⚠)").format(problems)
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
        if notes:
            self.statusBar().showMessage(
                self.tr("Opened with {0} problem(s): {1}").format(len(notes), notes[0]), 10000
            )
        elif resumed:
            self.statusBar().showMessage(self._resume_note, 15000)
        else:
            self.statusBar().clearMessage()
        self.article_shown.emit(loaded)

    def _on_article_failed(self, path: Path | None, message: str) -> None:
        name = path.name if path else ""
        self.view.show_problem(name, message)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.statusBar().showMessage(message, 10000)

    # --- import (reader.ui.controllers.importing): drag and drop ------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if droppable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = droppable(event.mimeData())
        if sources:
            event.acceptProposedAction()
            self.importing.import_sources(sources)

    # --- focus -------------------------------------------------------------------------

    def cycle_focus(self) -> None:
        """F6: library -> article -> speech bar (its Read button) -> library."""
        bar = self.findChild(QToolBar, "speechToolbar")
        play = bar.widgetForAction(self.act_speak) if bar is not None else None
        usable = play is not None and play.isEnabled() and play.isVisible()
        cycle_focus([self.list_view, self.view] + ([play] if usable else []))

    # --- notices and dialogs -------------------------------------------------------------

    def retry_speech(self) -> None:
        self.speech_controls.retry()

    def _on_landmark_missed(self, kind: str, forward: bool) -> None:
        self.statusBar().showMessage(landmark_missed(kind, forward), 4000)

    def show_preferences(self) -> None:
        from reader.ui.preferences import PreferencesDialog  # off the start-up path

        dialog = PreferencesDialog(self.settings, self.reading_family, self, self.speech)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and its signal connections
        dialog.exec()

    def show_shortcuts(self) -> None:
        help_menu.show_shortcuts(self, self.actions())

    def show_about(self) -> None:
        help_menu.show_about(self)

    # --- window state -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.folder_watch is not None:
            self.folder_watch.stop()
        self.search.close()
        self.speech.save_position()
        self.speech.close()
        window_state.save(self.settings, self, self.splitter)
        super().closeEvent(event)
