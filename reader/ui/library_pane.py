"""The library list with its label: the desktop window's left pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from reader.ui.library_model import WrappingDelegate

translate = QCoreApplication.translate


class LibraryPane(QWidget):
    """Titles wrap (a long Vietnamese title at 300 % must be read whole) and the label's
    mnemonic (Alt+A) takes the keyboard to the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_view = QListView(self)
        self.list_view.setObjectName("libraryList")
        self.list_view.setItemDelegate(WrappingDelegate(self.list_view))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setSpacing(4)
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setAccessibleName(translate("MainWindow", "Article library"))
        self.list_view.setAccessibleDescription(
            translate(
                "MainWindow",
                "Articles in the library, newest first. Press Enter or select to read one.",
            )
        )
        label = QLabel(translate("MainWindow", "&Articles"), self)
        label.setBuddy(self.list_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(label)
        layout.addWidget(self.list_view)
