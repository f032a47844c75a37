"""Search results as a Qt item model, and a delegate that paints matched words in bold.

A row's accessible name is its title, date and snippet in plain text (what a screen reader
says); the painted text is the same with the matched words bold (``HtmlRole``).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.rendering.html import format_date

if TYPE_CHECKING:  # the index module pulls the parsers in: not on the start-up path
    from reader.library.index import SearchHit

PathRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


def marked_html(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """``text`` escaped, the ``marks`` ranges in <b>."""
    out, last = [], 0
    for start, end in marks:
        out += [html.escape(text[last:start]), "<b>", html.escape(text[start:end]), "</b>"]
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def shown_date(date: str | None) -> str:
    if not date:
        return ""
    try:
        return format_date(dt.date.fromisoformat(date), "vi").removeprefix("Ngày ")
    except ValueError:
        return date


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def path(self, row: int) -> Path | None:
        return Path(self._hits[row].path) if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        date = shown_date(hit.date)
        snippet = " ".join(hit.snippet.text.split())
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(p for p in (hit.title, date, snippet) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (hit.title, date, snippet) if p)
        if role == HtmlRole:
            title = marked_html(hit.title, hit.title_marks)
            body = marked_html(hit.snippet.text, hit.snippet.marks).replace("\n", " ")
            dated = f"<br><small>{html.escape(date)}</small>" if date else ""
            return f"{title}{dated}<br>{body}"
        if role in (Qt.ItemDataRole.ToolTipRole, PathRole):
            return hit.path
        return None


class ResultDelegate(QStyledItemDelegate):
    """Rich text (the bold matches), wrapped at the width the view really has."""

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(max(40, width))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * view.spacing() - 8
        return option.rect.width() - 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        doc = self._document(option, index, width)
        return QSize(max(40, width), int(doc.size().height()) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, option.rect.width() - 8)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 4)
        doc.documentLayout().draw(painter, context)
        painter.restore()
