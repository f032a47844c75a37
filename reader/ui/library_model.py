"""The library list as a Qt item model: title and date per row, problems marked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.library.entry import LibraryEntry
from reader.rendering.html import format_date
from reader.ui.messages import describe_error

PathRole = Qt.ItemDataRole.UserRole + 1
ProblemRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def _ui_language() -> str:
    """The UI language: i18n.install_translators sets it as the default QLocale."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def describe_entry(entry: LibraryEntry, problem: str | None) -> str:
    """What a screen reader says after the row's name (AT-SPI Description), in the UI language.

    The name already gives title and date; this adds what the row is (the article's language,
    the date spelled for the UI language) or, for a file that cannot be opened, why and which file.
    """
    if problem:
        reason = problem.strip()
        reason = reason if reason.endswith((".", "!", "?", "…")) else f"{reason}."
        return f"{reason} " + translate("LibraryModel", "File: {0}").format(entry.path.name)
    lang = (entry.lang or "").split("-")[0].split("_")[0].lower()
    if lang == "vi":
        kind = translate("LibraryModel", "Article in Vietnamese.")
    elif lang == "en":
        kind = translate("LibraryModel", "Article in English.")
    elif lang:
        kind = translate("LibraryModel", "Article in another language ({0}).").format(entry.lang)
    else:
        kind = translate("LibraryModel", "Article.")
    if entry.date is None:
        return f"{kind} " + translate("LibraryModel", "No date.")
    when = format_date(entry.date, _ui_language()).removeprefix("Ngày ")
    return f"{kind} " + translate("LibraryModel", "Dated {0}.").format(when)


class LibraryModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._failed: dict[Path, str] = {}

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._failed = {}
        self.endResetModel()

    def entries(self) -> list[LibraryEntry]:
        return list(self._entries)

    def row_of(self, path: Path) -> int:
        for i, e in enumerate(self._entries):
            if e.path == path:
                return i
        return -1

    def mark_failed(self, path: Path, message: str) -> None:
        """A file that listed fine but failed to open (e.g. its body is broken)."""
        row = self.row_of(path)
        if row >= 0:
            self._failed[path] = message
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def problem(self, entry: LibraryEntry) -> str | None:
        if entry.problem is not None:
            return describe_error(entry.problem)
        return self._failed.get(entry.path)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        problem = self.problem(entry)
        date = format_date(entry.date, "vi") if entry.date else ""
        if role == Qt.ItemDataRole.DisplayRole:
            first = f"⚠ {entry.title}" if problem else entry.title
            second = problem if problem else date.removeprefix("Ngày ")
            return f"{first}\n{second}" if second else first
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [entry.title]
            if date:
                parts.append(date.removeprefix("Ngày "))
            if problem:  # the reason itself is the description: not said twice
                parts.append(translate("LibraryModel", "cannot be opened"))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return describe_entry(entry, problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.path}\n{problem}" if problem else str(entry.path)
        if role == PathRole:
            return str(entry.path)
        if role == ProblemRole:
            return problem
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Row heights measured at the width the row is really painted at.

    QListView's own measure ignores its spacing, so long titles at large sizes were cut
    ("…") and their date lost.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        hint = super().sizeHint(option, index)
        if not isinstance(view, QListView):
            return hint
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = view.viewport().width() - 2 * view.spacing() - 2 * margin - 2
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(40, width), 1_000_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(max(40, width), rect.height() + 2 * margin + 4)
