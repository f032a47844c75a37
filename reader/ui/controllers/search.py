"""Search in the desktop window: the field above the list, results in its place.

Typing waits ~150 ms for a pause, then asks the SearchRunner (a worker thread owns the
index); only the newest query's answer is shown. The index is brought up to date after the
library is first listed and whenever the folders change. Its module and the parsers are
loaded then, off the start-up path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from reader.ui.controllers.library import LibraryController
from reader.ui.library_pane import LibraryPane
from reader.ui.notice import announce
from reader.ui.search_results import SearchResultsModel

if TYPE_CHECKING:
    from reader.library.index import UpdateReport
    from reader.ui.search_runner import SearchRequest, SearchRunner

DEBOUNCE_MS = 150


class SearchController(QObject):
    message = Signal(str, int)  # a status message and its time-out (0: until replaced)
    searched = Signal(int)  # results shown: how many
    moved = Signal(list)  # (old path, new path) of files the index update found moved

    def __init__(
        self, pane: LibraryPane, library: LibraryController, cache_dir: Path, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.bar = pane.search_bar
        self.library = library
        self.cache_dir = cache_dir
        self.model = SearchResultsModel(self)
        pane.results_view.setModel(self.model)
        self.runner: SearchRunner | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.bar.changed.connect(self._timer.start)
        self.bar.leave_down.connect(self.go_to_results)
        self.bar.cleared.connect(self.clear)
        pane.results_view.activated.connect(lambda index: self.open_row(index.row()))
        pane.results_view.clicked.connect(lambda index: self.open_row(index.row()))

    def roots(self) -> list[Path]:
        return [self.library.root, *self.library.more_roots]

    def start(self) -> None:
        """Make the runner (the index module and the parsers load here) and update."""
        if self.runner is None:
            self.library.loader.ensure_parsers()  # no import may run on the worker
            from reader.ui.search_runner import SearchRunner

            self.runner = SearchRunner(self.cache_dir, self)
            self.runner.found.connect(self._on_found)
            self.runner.updated.connect(self._on_updated)
            self.runner.notice.connect(lambda text: self.message.emit(text, 0))
        self.runner.update(self.roots())

    def folders_changed(self) -> None:
        if self.runner is not None:
            self.runner.update(self.roots())

    def focus_field(self) -> None:
        """Ctrl+F / Ctrl+K."""
        self.bar.field.setFocus()
        self.bar.field.selectAll()

    def run_query(self) -> None:
        self._timer.stop()
        text = self.bar.text()
        if not text:
            self._show_list()
            return
        if self.runner is None:
            self.start()
        assert self.runner is not None
        from reader.ui.search_runner import SearchRequest

        date_from, date_to = self.bar.dates()
        self.runner.search(SearchRequest(text, date_from, date_to, self.bar.sort_key()))

    def _on_found(self, request: SearchRequest, hits: list) -> None:
        if not self.bar.text():
            return  # cleared while it ran
        self.model.set_hits(hits)
        self.pane.show_results(True)
        count = len(hits)
        if not count:
            text = self.tr("No articles found for “{0}”").format(request.text)
        elif count == 1:
            text = self.tr("1 article found")
        else:
            text = self.tr("{0} articles found").format(count)
        self.bar.count.setText(text)
        self.bar.count.setAccessibleName(text)
        self.bar.count.show()
        announce(self.bar.count, text)
        self.searched.emit(count)

    def _on_updated(self, report: UpdateReport) -> None:
        if report.moved:
            self.moved.emit(report.moved)
        if self.bar.text():  # new or changed files: the results again
            self.run_query()

    def go_to_results(self) -> None:
        view = self.pane.results_view
        if self.pane.results_shown() and self.model.rowCount() > 0:
            view.setFocus()
            if not view.currentIndex().isValid():
                view.setCurrentIndex(self.model.index(0))

    def open_row(self, row: int) -> None:
        path = self.model.path(row)
        if path is not None:
            self.library.open_article(path)

    def clear(self) -> None:
        """Escape: the full list again, on the article that is open."""
        self.bar.field.clear()
        self._show_list()
        list_view = self.pane.list_view
        current = self.library.current_path
        row = self.library.model.row_of(current) if current else -1
        if row >= 0:
            list_view.setCurrentIndex(self.library.model.index(row))
        list_view.setFocus()

    def _show_list(self) -> None:
        self._timer.stop()
        self.pane.show_results(False)
        self.bar.count.hide()
        self.model.set_hits([])

    def close(self) -> None:
        if self.runner is not None:
            self.runner.close()

    def wait(self, msecs: int = 5000) -> bool:
        """After close: the index workers are done (see SearchRunner.wait)."""
        return self.runner is None or self.runner.wait(msecs)
