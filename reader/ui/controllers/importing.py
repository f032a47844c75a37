"""File > Import and drag-and-drop: choosing what to import, running it, saying how it went.

The import itself runs as a child process (reader.ui.import_runner); this controller picks the
destination, starts it, reports the result in the interface language and asks the shell to
list the folder it went into (``imported_into``), before ``finished``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.locations import user_library
from reader.ui.controllers.library import LibraryController

if TYPE_CHECKING:
    from reader.ui.import_runner import ImportRunner

translate = QCoreApplication.translate


def droppable(mime: QMimeData) -> list[str]:
    """Local files and folders, and web addresses (imported only because the user
    dropped them)."""
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            out.append(url.toLocalFile())
        elif url.scheme() in {"http", "https"}:
            out.append(url.toString())
    return out


class ImportController(QObject):
    imported_into = Signal(object)  # Path: the library to list again
    finished = Signal(int, str)  # exit code, report
    message = Signal(str, int)  # a status message and its time-out (0: until replaced)

    def __init__(self, window: QWidget, library: LibraryController) -> None:
        super().__init__(window)  # the parent of the dialogs (no Python reference: no cycle)
        self.library = library  # whose folder is the one on screen
        self.show_reports = True  # tests switch the modal report off
        self.summary = ""  # the last result, until the library listing has said it
        self._runner: ImportRunner | None = None
        self._destination = Path()

    def accept_drops(self, window: QWidget) -> None:
        """Files, folders and web addresses dropped on `window` are imported."""
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            sources = droppable(event.mimeData())  # type: ignore[attr-defined]
            if sources:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                if kind == QEvent.Type.Drop:
                    self.import_sources(sources)
            return True
        return False

    @property
    def runner(self) -> ImportRunner:
        """The child-process runner, made at the first import (off the start-up path)."""
        if self._runner is None:
            from reader.ui.import_runner import ImportRunner

            self._runner = ImportRunner(self)
            self._runner.finished.connect(self._on_finished)
        return self._runner

    def import_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._dialog_parent(),
            translate("MainWindow", "Import pages or scrapes"),
            str(Path.home()),
            translate("MainWindow", "Pages and scrapes (*.txt *.html *.htm);;All files (*)"),
        )
        if names:
            self.import_sources(names)

    def import_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self._dialog_parent(), translate("MainWindow", "Import a folder"), str(Path.home())
        )
        if name:
            self.import_sources([name])

    def _dialog_parent(self) -> QWidget:
        return self.parent()  # type: ignore[return-value]

    def destination(self) -> Path:
        """The library on screen, if it can be written to; else the user's own library."""
        root = self.library.root
        if root.is_dir() and os.access(root, os.W_OK):
            return root
        return user_library()

    def import_sources(self, sources: list[str]) -> bool:
        destination = self.destination()
        if not self.runner.start(sources, destination):
            self.message.emit(translate("MainWindow", "An import is already running"), 5000)
            return False
        self._destination = destination
        text = translate("MainWindow", "Importing {0} item(s)…").format(len(sources))
        self.message.emit(text, 0)
        return True

    def take_summary(self) -> str:
        summary, self.summary = self.summary, ""
        return summary

    def _on_finished(self, code: int, report: str) -> None:
        from reader.ui import import_report  # off the start-up path

        lines = [line for line in report.splitlines() if line.strip()]
        summary_line = next((x for x in reversed(lines) if x.startswith("import:")), "")
        records = self.runner.last_records if self.runner.last_report == report else []
        if records:  # the command's records: the counts in the interface language
            summary_line = import_report.summary_line(records)
        if code == -1:
            summary = translate("MainWindow", "The import could not run: {0}").format(report)
        elif code == 0:
            summary = translate("MainWindow", "Imported into {0}. {1}").format(
                self._destination, summary_line
            )
        else:
            summary = translate("MainWindow", "Some items were not imported. {0}").format(
                summary_line
            )
        self.summary = summary  # shown once the library is listed again
        self.message.emit(summary, 15000)
        self.imported_into.emit(self._destination)
        self.finished.emit(code, report)
        if self.show_reports:
            parent = self._dialog_parent()
            import_report.ImportReport(summary, report, parent, records or None).exec()
