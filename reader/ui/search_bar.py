"""The search row above the library list: the field, a date range, the sort, the count.

Keys: Down from the field goes to the results; Escape clears the search (the full list comes
back); Enter goes to the results too. The date fields take YYYY-MM-DD, or nothing; Newest
first sorts by date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def parse_day(text: str) -> dt.date | None:
    """A typed YYYY-MM-DD date, else None (nothing typed, or not a date)."""
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class DateField(QLineEdit):
    """Never narrower than its hint at the current text size: the form puts the label
    above the field rather than cut "YYYY-MM-DD"."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.fontMetrics().horizontalAdvance("YYYY-MM-DD") + 20
        return QSize(max(hint.width(), width), hint.height())


class SearchBar(QWidget):
    changed = Signal()  # the query or a filter changed
    leave_down = Signal()  # Down or Enter in the field: go to the results
    cleared = Signal()  # Escape in the field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):  # the clear button: named
            button.setAccessibleName(self.tr("Clear the search"))
            button.setAccessibleDescription(self.tr("The full list comes back"))
        self.field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search the library"))
        self.field.setAccessibleDescription(
            self.tr("Type words, with or without marks. Down goes to the results, Escape clears.")
        )
        self.date_from = self._date_field("searchFrom", self.tr("From date"))
        self.date_to = self._date_field("searchTo", self.tr("To date"))
        # A check box, not a combo box: a combo's list item stays "focused" for AT-SPI.
        self.sort = QCheckBox(self.tr("&Newest first"), self)
        self.sort.setObjectName("searchSort")
        self.sort.setAccessibleDescription(self.tr("Unchecked: the best matches first"))
        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        self.count.setWordWrap(True)
        self.count.hide()
        # A label beside its control, or above it when the pane is too narrow (large sizes).
        filters = QFormLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Fro&m"), self.date_from), (self.tr("&To"), self.date_to)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addRow(label, widget)
        filters.addRow(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        self.field.textChanged.connect(lambda _t: self.changed.emit())
        self.date_from.textChanged.connect(lambda _t: self.changed.emit())
        self.date_to.textChanged.connect(lambda _t: self.changed.emit())
        self.sort.toggled.connect(lambda _on: self.changed.emit())
        self.field.installEventFilter(self)

    def _date_field(self, name: str, accessible: str) -> QLineEdit:
        field = DateField(self)
        field.setObjectName(name)
        field.setPlaceholderText("YYYY-MM-DD")
        field.setAccessibleName(accessible)
        field.setAccessibleDescription(self.tr("A date as year-month-day, or empty"))
        field.setMaxLength(10)
        return field

    def text(self) -> str:
        return self.field.text().strip()

    def sort_key(self) -> str:
        return "date" if self.sort.isChecked() else "relevance"

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        return parse_day(self.date_from.text()), parse_day(self.date_to.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.leave_down.emit()
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                self.cleared.emit()
                return True
        return super().eventFilter(watched, event)
