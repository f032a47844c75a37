"""The library: which folder, listing it, which article is open, and the start-up order.

Loading runs on the loader's workers; this controller keeps only the latest request of each
kind (older answers are dropped) and tells the shell what arrived. The shell shows it: the
desktop window in its list and view, a kiosk on its home screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.formats.errors import ArticleError
from reader.settings import keys
from reader.ui.article_view import ArticleView
from reader.ui.library_model import LibraryModel
from reader.ui.loading import LoadedArticle, Loader
from reader.ui.messages import describe_error
from reader.ui.qt_settings import QtSettings

translate = QCoreApplication.translate

# The library is listed once the first article is shown, or after this long at the latest.
LIST_AT_THE_LATEST_MS = 600


class LibraryController(QObject):
    scanning = Signal()  # a listing was asked for
    listed = Signal(list, int)  # the entries (now in the model), the row to select (-1: none)
    article_loaded = Signal(object)  # LoadedArticle of the article asked for last
    article_failed = Signal(object, str)  # its Path (or None) and what went wrong

    def __init__(
        self,
        settings: QtSettings,
        loader: Loader,
        view: ArticleView,
        root: Path,
        parent: QWidget,
        more_roots: tuple[Path, ...] = (),
    ) -> None:
        super().__init__(parent)  # the parent of the dialogs (no Python reference: no cycle)
        self.settings = settings
        self.loader = loader
        self.view = view  # documents are built for it
        self.root = root
        self.more_roots = more_roots  # listed with root, as one library (a kiosk's folders)
        # The search index, if the shell keeps one: rows of the files it knows as they are
        # come from it instead of each file's front matter. None: read every file (a kiosk,
        # whose cards show the lead, which the index does not keep).
        self.index_file: Path | None = None
        self.model = LibraryModel(self)
        self.current_path: Path | None = None
        self._pending_open: Path | None = None
        self._scan_request = 0
        self._article_request = 0
        self._list_after_first_article = False
        loader.article_loaded.connect(self._on_article_loaded)
        loader.article_failed.connect(self._on_article_failed)
        loader.library_scanned.connect(self._on_library_scanned)

    def start(self, open_path: Path | None) -> None:
        """Show the article first; list the library once it is on screen (listing needs
        the YAML parser, which a cached article does not)."""
        self._pending_open = open_path
        first = open_path or self.saved_article()
        self._list_after_first_article = first is not None
        if first is not None:
            self.open_article(first)
            # ...but a slow first article must not leave the library empty meanwhile.
            QTimer.singleShot(LIST_AT_THE_LATEST_MS, self, self._list_library_soon)
        else:
            self.reload_library(reopen=False)

    def _list_library_soon(self) -> None:
        """The deferred first listing, after the first article's paint has gone out."""
        if self._list_after_first_article:
            self._list_after_first_article = False
            QTimer.singleShot(30, self, lambda: self.reload_library(reopen=False))

    def saved_article(self) -> Path | None:
        saved = self.settings.get(keys.LAST_ARTICLE)
        if not saved:
            return None
        path = Path(saved)
        inside = any(path.is_relative_to(r) for r in (self.root, *self.more_roots))
        return path if inside and path.is_file() else None

    def reload_library(self, reopen: bool = True) -> None:
        """List the library again; with ``reopen`` also re-read the open article."""
        self.scanning.emit()
        if reopen:
            self.current_path = None
        self._scan_request = self.loader.scan(
            self.root, *self.more_roots, index_file=self.index_file
        )

    def roots(self) -> tuple[Path, ...]:
        return (self.root, *self.more_roots)

    def set_more_roots(self, more_roots: tuple[Path, ...]) -> None:
        """Folders listed with root changed (Preferences): list again, keeping the article."""
        if more_roots != self.more_roots:
            self.more_roots = more_roots
            self.reload_library(reopen=False)

    def set_library(self, root: Path, open_path: Path | None) -> None:
        self.root, self.more_roots = root, ()
        self._pending_open = open_path
        self.reload_library()

    def show_folder(self, root: Path) -> None:
        """List ``root`` (e.g. after an import into it), keeping the open article if the
        folder is one of those on screen."""
        if root not in self.roots():
            self.set_library(root, None)
        else:
            self.reload_library(reopen=False)

    def _on_library_scanned(self, request: int, entries: list) -> None:
        if request != self._scan_request:
            return
        self.model.set_entries(entries)
        row = -1
        if entries:
            target = self._pending_open or self.current_path or self.saved_article()
            row = self.model.row_of(target) if target else -1
            self._pending_open = None
        self.listed.emit(entries, row)

    def open_row(self, row: int) -> None:
        entries = self.model.entries()
        if 0 <= row < len(entries):
            self.open_article(entries[row].path)

    def open_article(self, path: Path) -> None:
        if path == self.current_path:
            return  # already shown or on its way (e.g. selected after the early start)
        self.current_path = path
        self._article_request = self.loader.load_article(path, self.view.document_request())

    def _on_article_loaded(self, request: int, loaded: LoadedArticle) -> None:
        if request != self._article_request:
            return  # stale (or the view's own re-render); an unshown document is freed by Python
        self._list_library_soon()
        if self.current_path is not None:
            self.settings.set(keys.LAST_ARTICLE, str(self.current_path))
            # ⚠ in the library for images not shown
            self.model.mark_images(self.current_path, loaded.image_problems_all())
        self.article_loaded.emit(loaded)

    def _on_article_failed(self, request: int, error: ArticleError) -> None:
        if request != self._article_request:
            return
        self._list_library_soon()
        path = Path(error.path) if error.path else self.current_path
        message = describe_error(error)
        if path is not None:
            self.model.mark_failed(path, message)
        self.article_failed.emit(path, message)

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent(),  # type: ignore[arg-type]
            translate("MainWindow", "Open article"),
            str(self.root),
            translate("MainWindow", "Articles (*.md);;All files (*)"),
        )
        if name:
            self.set_library(Path(name).parent, Path(name))

    def open_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self.parent(),  # type: ignore[arg-type]
            translate("MainWindow", "Open folder of articles"),
            str(self.root),
        )
        if name:
            self.set_library(Path(name), None)
