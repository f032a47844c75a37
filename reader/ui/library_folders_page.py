"""Preferences' "Library" page: the folders listed with the bundled articles and the user's.

Add… asks for a folder, Remove (or Delete in the list) takes the selected one out; each
change is saved at once (keys.LIBRARY_FOLDERS) and the window lists the folders again.
Enter on a focused button presses it; elsewhere Enter and Escape close the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.settings import keys
from reader.ui.library_folders import folders_setting
from reader.ui.qt_settings import QtSettings


class LibraryFoldersPage(QWidget):
    def __init__(self, settings: QtSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("libraryPage")
        self.folders = QListWidget(self)
        self.folders.setObjectName("libraryFolders")
        self.folders.setAccessibleName(self.tr("Library folders"))
        self.folders.setAccessibleDescription(
            self.tr("Folders listed with the bundled articles and your library")
        )
        label = QLabel(self.tr("Library &folders"), self)
        label.setBuddy(self.folders)
        note = QLabel(
            self.tr("Articles in these folders are listed and searched with the others."), self
        )
        note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add f&older…"), self)
        self.add_button.setObjectName("addFolderButton")
        self.remove_button = QPushButton(self.tr("Re&move folder"), self)
        self.remove_button.setObjectName("removeFolderButton")
        self.remove_button.setAccessibleDescription(self.tr("Stop listing the selected folder"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter elsewhere closes the dialog
            button.installEventFilter(self)
        self.folders.installEventFilter(self)
        self.add_button.clicked.connect(self.add_folder)
        self.remove_button.clicked.connect(self.remove_folder)
        # Asks for a folder; a test puts its own answer here.
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of articles")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.folders, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self._fill()

    def _fill(self) -> None:
        self.folders.clear()
        for folder in folders_setting(self.settings.get(keys.LIBRARY_FOLDERS)):
            self.folders.addItem(str(folder))
        if self.folders.count():
            self.folders.setCurrentRow(0)
        self.remove_button.setEnabled(self.folders.count() > 0)

    def _save(self, folders: list[str]) -> None:
        self.settings.set(keys.LIBRARY_FOLDERS, folders)
        self._fill()

    def current(self) -> list[str]:
        return [self.folders.item(i).text() for i in range(self.folders.count())]

    def add_folder(self) -> None:
        chosen = self.choose_folder()
        if chosen and chosen not in self.current():
            self._save([*self.current(), chosen])
            self.folders.setCurrentRow(self.folders.count() - 1)
        self.folders.setFocus()

    def remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row < 0:
            return
        folders = self.current()
        del folders[row]
        self._save(folders)
        if self.folders.count():
            self.folders.setCurrentRow(min(row, self.folders.count() - 1))
            self.folders.setFocus()
        else:
            self.add_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.folders and key == Qt.Key.Key_Delete:
                self.remove_folder()
                return True
            if (
                watched in (self.add_button, self.remove_button)
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                watched.click()  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)
