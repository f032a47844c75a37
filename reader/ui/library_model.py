"""The library list as a Qt item model: title and date per row, problems marked."""

from __future__ import annotations

import os
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
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.library.entry import LibraryEntry
from reader.rendering.html import format_date
from reader.ui.messages import describe_error

PathRole = Qt.ItemDataRole.UserRole + 1
ProblemRole = Qt.ItemDataRole.UserRole + 2
EntryRole = Qt.ItemDataRole.UserRole + 3  # the LibraryEntry itself (a kiosk's cards)
UnreadRole = Qt.ItemDataRole.UserRole + 4  # True for an article not read yet (shown bold)

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        Qt.ItemDataRole.ToolTipRole,
        UnreadRole,
        PathRole,
        ProblemRole,
        EntryRole,
    )
)
_SIZES_KEPT = 30_000  # measured row sizes remembered (WrappingDelegate)
_TIP_LINES = 6  # image problems listed in a row's tooltip
translate = QCoreApplication.translate


def _ui_language() -> str:
    """The UI language: i18n.install_translators sets it as the default QLocale."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def _shorten(text: str, limit: int = 160) -> str:
    """A detail cut for a tooltip (a refused data: URI can be megabytes long)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        # Image problems are only known once an article is read (listing reads front matter
        # only), so its row is marked when it has been opened, and stays marked while listed.
        self._image_problems: dict[Path, list[str]] = {}
        self._read: set[str] | None = None  # paths read; None: not kept (nothing is bold)
        self._keys: dict[Path, str] = {}  # an entry's resolved path, found when first shown
        self._folders: dict[Path, str] = {}  # a folder's resolved path, for _resolved
        # Where each folder lives, for the rows' second line ("Bundled", a folder's name);
        # empty when one folder is listed (nothing to tell apart).
        self._places: list[tuple[Path, str]] = []

    def set_read(self, paths: set[str] | None) -> None:
        """Which articles are read (the rest are bold and said "unread"); None: not kept."""
        self._read = None if paths is None else set(paths)
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def is_unread(self, entry: LibraryEntry) -> bool:
        if self._read is None:
            return False
        key = self._keys.get(entry.path)
        if key is None:  # resolved as the reading state keys articles (only rows shown)
            key = self._keys[entry.path] = self._resolved(entry.path)
        return key not in self._read

    def _resolved(self, path: Path) -> str:
        """``str(path.resolve())``, each folder resolved once (10,000 rows are measured,
        bold or not, as the list is first shown: one ``lstat`` each instead of one a part)."""
        folder = self._folders.get(path.parent)
        if folder is None:
            folder = self._folders[path.parent] = os.path.realpath(path.parent)
        joined = os.path.join(folder, path.name)
        return os.path.realpath(joined) if os.path.islink(joined) else joined

    def set_places(self, places: dict[Path, str]) -> None:
        """Name the folders listed together; deepest first, so a nested folder wins."""
        self._places = sorted(places.items(), key=lambda item: -len(item[0].parts))
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def place_of(self, entry: LibraryEntry) -> str | None:
        for folder, name in self._places:
            if entry.path.is_relative_to(folder):
                return name
        return None

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._failed = {}
        self._folders = {}  # a folder may have been linked elsewhere since
        listed = {e.path for e in self._entries}
        self._image_problems = {p: v for p, v in self._image_problems.items() if p in listed}
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

    def mark_images(self, path: Path, problems: list[str]) -> None:
        """An article opened with images that cannot be shown (``problems``: the details, for
        the tooltip); an empty list clears the mark (the images were put right)."""
        if self._image_problems.get(path, []) == problems:
            return
        if problems:  # kept even before the folder is listed (the first article comes first)
            self._image_problems[path] = list(problems)
        else:
            self._image_problems.pop(path, None)
        row = self.row_of(path)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def image_note(self, entry: LibraryEntry) -> str | None:
        """ "2 images cannot be shown", in the UI language, for a row marked by mark_images."""
        problems = self._image_problems.get(entry.path)
        if not problems:
            return None
        return translate("LibraryModel", "Images that cannot be shown: {0}").format(len(problems))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def problem(self, entry: LibraryEntry) -> str | None:
        if entry.problem is not None:
            return describe_error(entry.problem)
        return self._failed.get(entry.path)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None  # asked for ten roles per row as the view lays 10,000 out: answer fast
        entry = self._entries[index.row()]
        if role == UnreadRole:
            return self.is_unread(entry)
        if role == PathRole:
            return str(entry.path)
        if role == EntryRole:
            return entry
        problem = self.problem(entry)
        note = None if problem else self.image_note(entry)
        date = format_date(entry.date, "vi") if entry.date else ""
        place = self.place_of(entry) if self._places else None
        if role == Qt.ItemDataRole.DisplayRole:
            first = f"⚠ {entry.title}" if problem or note else entry.title
            shown = (date.removeprefix("Ngày "), place, note)
            second = problem or " · ".join(p for p in shown if p)
            return f"{first}\n{second}" if second else first
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [entry.title]
            if date:
                parts.append(date.removeprefix("Ngày "))
            if self.is_unread(entry):
                parts.append(translate("LibraryModel", "unread"))
            if problem:  # the reason itself is the description: not said twice
                parts.append(translate("LibraryModel", "cannot be opened"))
            elif note:
                parts.append(translate("LibraryModel", "some images cannot be shown"))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            described = describe_entry(entry, problem)
            if place:
                described += " " + translate("LibraryModel", "In: {0}.").format(place)
            return f"{described} {note}." if note else described
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return f"{entry.path}\n{problem}"
            details = self._image_problems.get(entry.path, [])
            shown = [_shorten(d) for d in details[:_TIP_LINES]]
            shown += ["…"] if len(details) > _TIP_LINES else []
            return "\n".join([str(entry.path), *shown])
        if role == ProblemRole:
            return problem
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Row heights measured at the width the row is really painted at.

    QListView's own measure ignores its spacing, so long titles at large sizes were cut
    ("…") and their date lost.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        """Unread articles bold, in the list's own font (whose size follows the settings)."""
        super().initStyleOption(option, index)
        if index.data(UnreadRole):
            option.font.setBold(True)  # type: ignore[attr-defined]

    def __init__(self, parent: QListView | None = None) -> None:
        super().__init__(parent)
        # Measured sizes by (text, bold, width, font): the view asks twice per row as it lays
        # 10,000 rows out, and again at each listing; wrapping text is the slow part.
        self._sizes: dict[tuple[str, bool, int, str], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        if not isinstance(view, QListView):
            return super().sizeHint(option, index)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = max(40, view.viewport().width() - 2 * view.spacing() - 2 * margin - 2)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = QFont(option.font)  # type: ignore[attr-defined]
        bold = bool(index.data(UnreadRole))
        font.setBold(bold)  # bold is wider: measured as painted
        key = (text, bold, width, font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= _SIZES_KEPT:
                self._sizes.clear()
            rect = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text
            )
            size = self._sizes[key] = QSize(width, rect.height() + 2 * margin + 4)
        return QSize(size)
