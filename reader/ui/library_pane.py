"""The library list with its label and the search row: the desktop window's left pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from reader.ui.library_model import WrappingDelegate
from reader.ui.search_bar import SearchBar
from reader.ui.search_results import ResultDelegate
from reader.ui.touch import scroll_by_touch

translate = QCoreApplication.translate
SURELY_SCROLLS = 100  # rows: more never fit in a screen, so the scroll bar is there at once


def _list(parent: QWidget, name: str) -> QListView:
    view = QListView(parent)
    view.setObjectName(name)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setSpacing(4)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    scroll_by_touch(view.viewport())  # kiosks' touch screens: a finger scrolls and taps
    return view


class LibraryPane(QWidget):
    """Titles wrap (a long Vietnamese title at 300 % must be read whole) and the label's
    mnemonic (Alt+A) takes the keyboard to the list. While the search field has text, the
    results take the list's place (the list keeps its selection underneath)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_bar = SearchBar(self)
        self.list_view = _list(self, "libraryList")
        self.list_view.setItemDelegate(WrappingDelegate(self.list_view))
        self.list_view.setAccessibleName(translate("MainWindow", "Article library"))
        self.list_view.setAccessibleDescription(
            translate(
                "MainWindow",
                "Articles in the library, newest first. Press Enter or select to read one.",
            )
        )
        self.results_view = _list(self, "searchResults")
        self.results_view.setItemDelegate(ResultDelegate(self.results_view))
        self.results_view.setAccessibleName(translate("MainWindow", "Search results"))
        self.results_view.setAccessibleDescription(
            translate("MainWindow", "Articles that match the search. Press Enter to read one.")
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.results_view)
        label = QLabel(translate("MainWindow", "&Articles"), self)
        label.setBuddy(self.list_view)
        self.label = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_bar)
        layout.addWidget(label)
        layout.addWidget(self.stack)

    def expect_rows(self, rows: int) -> None:
        """Called as the list is filled: a long list gets its scroll bar before it is laid
        out, not after, or every row is measured twice (the bar narrows the rows): the
        second pass was a third of the time to show 10,000."""
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if rows > SURELY_SCROLLS
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.list_view.setVerticalScrollBarPolicy(policy)

    def show_results(self, shown: bool) -> None:
        view = self.results_view if shown else self.list_view
        self.stack.setCurrentWidget(view)
        self.label.setBuddy(view)  # Alt+A goes to what is shown

    def results_shown(self) -> bool:
        return self.stack.currentWidget() is self.results_view
