"""The kiosk's home screen: the library's bulletins as large cards, newest first.

A card shows the title, the date (as the interface language writes it) and the start of
the lead. The cards are rows of a list view over the library model, so a finger scrolls
them with a flick and taps one (reader.ui.touch), the arrow keys and Enter work, and a
screen reader reads each row's title, date and what it is (the model's accessible texts).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.library.entry import LibraryEntry
from reader.rendering.words import format_date
from reader.ui.library_model import EntryRole, LibraryModel, ProblemRole
from reader.ui.touch import scroll_by_touch

Index = QModelIndex | QPersistentModelIndex
PAD = 16  # px inside a card
GAP = 12  # px between cards
LEAD_LINES = 2
TITLE_FACTOR = 1.5  # the title's size over the list's font
TITLE_LINES = 3


def fonts(base: QFont) -> tuple[QFont, QFont]:
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() * TITLE_FACTOR)
    title.setBold(True)
    return title, QFont(base)


def lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` wrapped at ``width``, at most ``most`` lines, the last one cut with "…"."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    out: list[str] = []
    while len(out) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        out.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
        if len(out) == most and line.textStart() + line.textLength() < len(text):
            rest = text[line.textStart() :]
            out[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    layout.endLayout()
    return out


class CardDelegate(QStyledItemDelegate):
    """Paints one entry as a card: title, date, the lead's first lines (or the problem)."""

    def __init__(self, view: QListView, language: str = "vi") -> None:
        super().__init__(view)
        self.language = language

    def _texts(self, index: Index, font: QFont, width: int) -> tuple[list[str], list[str]]:
        entry = index.data(EntryRole)
        problem = index.data(ProblemRole)
        if not isinstance(entry, LibraryEntry):
            return [], []
        title_font, body_font = fonts(font)
        title = lines(("⚠ " if problem else "") + entry.title, title_font, width, TITLE_LINES)
        body: list[str] = []
        if entry.date is not None:
            body.append(format_date(entry.date, self.language).removeprefix("Ngày "))
        more = problem or entry.lead or ""
        if more:
            body += lines(more, body_font, width, LEAD_LINES)
        return title, body

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(80, width - 2 * PAD - 2 * GAP)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        title, body = self._texts(index, option.font, width)
        title_font, body_font = fonts(option.font)
        height = (
            2 * PAD
            + len(title) * QFontMetrics(title_font).lineSpacing()
            + len(body) * QFontMetrics(body_font).lineSpacing()
            + (PAD // 2 if body else 0)
        )
        return QSize(width + 2 * PAD, height + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        card = QRect(option.rect).adjusted(GAP, 0, -GAP, -GAP)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        ring = QPalette.ColorRole.Highlight if (selected or focused) else QPalette.ColorRole.Text
        pen = QPen(palette.color(ring), 3 if (selected or focused) else 1)
        painter.setPen(pen)
        painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8)
        width = card.width() - 2 * PAD
        title, body = self._texts(index, option.font, self._width(option))
        title_font, body_font = fonts(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        y = card.top() + PAD
        for font, texts in ((title_font, title), (body_font, body)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            for text in texts:
                rect = QRect(card.left() + PAD, y, width, metrics.lineSpacing())
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(rect, align, text)
                y += metrics.lineSpacing()
            if font is title_font and body:
                y += PAD // 2
        painter.restore()


class HomeScreen(QWidget):
    """The heading and the cards; ``chosen(row)`` when a card is tapped or Entered."""

    chosen = Signal(int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHome")
        self.heading = QLabel(self)
        self.heading.setObjectName("kioskHomeHeading")
        self.empty = QLabel(self)
        self.empty.setObjectName("kioskHomeEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.cards = QListView(self)
        self.cards.setObjectName("kioskCards")
        self.cards.setModel(model)
        self.delegate = CardDelegate(self.cards)
        self.cards.setItemDelegate(self.delegate)
        self.cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)  # cards are measured at the width
        self.cards.setTabKeyNavigation(False)
        scroll_by_touch(self.cards.viewport())
        # A tap (a click) or Enter opens; `activated` alone would need a double click here.
        self.cards.clicked.connect(lambda index: self.chosen.emit(index.row()))
        self.cards.activated.connect(lambda index: self.chosen.emit(index.row()))
        self._kept: tuple[int, object] | None = None
        model.modelAboutToBeReset.connect(self._keep_place)
        model.modelReset.connect(self._on_listed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GAP, GAP, GAP, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.cards, 1)
        self.retranslate()

    def set_language(self, language: str) -> None:
        """Dates on the cards as this language writes them."""
        self.delegate.language = language
        self.cards.doItemsLayout()
        self.cards.viewport().update()

    def _keep_place(self) -> None:
        """The library is listed again (a new bulletin, or every minute): the card a
        keyboard or screen-reader visitor is on, and the scrolling, stay where they were
        (a model reset drops the current card)."""
        current = self.cards.currentIndex()
        self._kept = (self.cards.verticalScrollBar().value(), current.data(EntryRole))

    def _on_listed(self) -> None:
        model = self.cards.model()
        self.empty.setVisible(model.rowCount() == 0)
        if self._kept is None:
            return
        scrolled, entry = self._kept
        self._kept = None
        for row in range(model.rowCount()):
            here = model.index(row, 0)
            if isinstance(entry, LibraryEntry) and here.data(EntryRole).path == entry.path:
                self.cards.selectionModel().setCurrentIndex(
                    here, self.cards.selectionModel().SelectionFlag.NoUpdate
                )
                break
        self.cards.doItemsLayout()  # the rows' heights, before the scroll bar can be set
        self.cards.verticalScrollBar().setValue(scrolled)

    def to_top(self) -> None:
        self.cards.scrollToTop()
        self.cards.clearSelection()
        model = self.cards.model()
        if model.rowCount():
            self.cards.setCurrentIndex(model.index(0, 0))
            self.cards.clearSelection()

    def retranslate(self) -> None:
        heading = self.tr("Latest bulletins")
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.empty.setText(self.tr("No bulletins yet. New ones appear here by themselves."))
        self.cards.setAccessibleName(self.tr("Bulletins"))
        self.cards.setAccessibleDescription(
            self.tr("Newest first. Tap one, or press Enter, to read it.")
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
