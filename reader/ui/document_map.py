"""Where the article model's texts are in the shown document, and back.

Rendering (reader.rendering.html) puts every model text in a block of its own, in model
order, and every figure in a table of its own, so model spots (block, text, offset) and
document positions map onto each other by walking the document once. Speech highlighting,
the reading place and moving by headings and figures all ask this map.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrame, QTextTable

from reader.model import Article, Figure, Text
from reader.rendering.html import block_text


def utf16_len(s: str) -> int:
    """Qt counts document positions in UTF-16 units."""
    return len(s.encode("utf-16-le")) // 2


class DocumentMap:
    """Made for one document of one article; the view makes a new one with each document."""

    def __init__(self, article: Article | None, document: QTextDocument) -> None:
        self.article = article
        self.document = document
        self._positions: dict[tuple[int, int], int] | None = None

    def text_positions(self) -> dict[tuple[int, int], int]:
        """Document position where each model text starts, keyed (block, text in block).

        The lead is block -1. Rendering puts every model text in a block of its own, in
        model order, after the title and the date line (see reader.rendering.html), so one
        walk over the document finds them. Empty texts have no block and no position.
        """
        if self._positions is not None:
            return self._positions
        positions: dict[tuple[int, int], int] = {}
        article = self.article
        if article is not None:
            wanted = [((-1, 0), article.lead)] if article.lead else []
            wanted += [
                ((i, j), text)
                for i, block in enumerate(article.blocks)
                for j, text in enumerate(block.texts())
            ]
            wanted = [(key, text) for key, text in wanted if text.text]
            qt_block = self.document.begin()
            for _ in range(2 if article.date or article.author else 1):  # title, date line
                qt_block = qt_block.next()
            k = 0
            while qt_block.isValid() and k < len(wanted):
                key, text = wanted[k]
                if qt_block.text() == block_text(text):
                    positions[key] = qt_block.position()
                    k += 1
                qt_block = qt_block.next()
        self._positions = positions
        return positions

    def sentence_range(self, key: tuple[int, int], text: Text, index: int) -> tuple[int, int]:
        """Document range of sentence ``index`` of ``text`` (Qt counts UTF-16 units)."""
        start = self.text_positions()[key]
        sentence = text.sentences[index]
        return (
            start + utf16_len(text.text[: sentence.start]),
            start + utf16_len(text.text[: sentence.end]),
        )

    def figure_at(self, position: int) -> int | None:
        """The block of the figure a document position is in, if any."""
        article = self.article
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        table = cursor.currentTable()
        if article is None or table is None:
            return None
        tables = [f for f in self.document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        figures = [i for i, b in enumerate(article.blocks) if isinstance(b, Figure)]
        first = table.firstPosition()
        index = next((k for k, t in enumerate(tables) if t.firstPosition() == first), None)
        return figures[index] if index is not None and index < len(figures) else None

    def figure_box(self, frame: QTextFrame) -> QRect:
        """A figure's box as drawn (picture or notice, caption, padding and border), in
        document pixels. frameBoundingRect does not give it: for a table it starts at the
        first cell and its height counts the margins around the frame."""
        layout = self.document.documentLayout()
        first = self.document.findBlock(frame.firstPosition())
        last = self.document.findBlock(frame.lastPosition())
        rect = layout.blockBoundingRect(first).united(layout.blockBoundingRect(last))
        f = frame.frameFormat()
        edge = f.border() + (f.toTableFormat().cellPadding() if f.isTableFormat() else 0)
        return rect.adjusted(0, -edge, 0, edge).toAlignedRect()

    def figure_frame(self, block: int) -> QTextFrame | None:
        """The table a figure is drawn in: figures are the document's tables, in order."""
        article = self.article
        if article is None or not isinstance(article.blocks[block], Figure):
            return None
        index = sum(isinstance(b, Figure) for b in article.blocks[:block])
        tables = [f for f in self.document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        return tables[index] if index < len(tables) else None

    def text_range(self, block: int, text: int, start: int, end: int) -> tuple[int, int] | None:
        """Document range of ``[start, end)`` of a model text (block -4 is the title)."""
        article = self.article
        if article is None:
            return None
        if block == -4:
            source, base = article.title, 0
        else:
            base = self.text_positions().get((block, text))
            if base is None:
                return None
            model = article.lead if block == -1 else article.blocks[block].texts()[text]
            source = model.text if model is not None else ""
        return base + utf16_len(source[:start]), base + utf16_len(source[:end])

    def spot_at(self, position: int) -> tuple[int, int, int] | None:
        """The model text at a document position: (block, text, offset in its string).

        Between texts (an image, its description line, the date line) it is the start of
        what comes next: a figure's alt text (text -1), else the next text. The title is
        block -4; see reader.speech.script for the numbering.
        """
        article = self.article
        if article is None:
            return None
        starts = [(0, (-4, 0)), *sorted((p, k) for k, p in self.text_positions().items())]
        here = max((i for i, s in enumerate(starts) if s[0] <= position), default=0)
        base, (block, text) = starts[here]
        source = self.source(block, text)
        if position > base + utf16_len(source) and here + 1 < len(starts):
            block, text = starts[here + 1][1]
            if block >= 0 and isinstance(article.blocks[block], Figure):
                return block, -1, 0
            return block, text, 0
        units = position - base  # UTF-16 units into the text: count code points up to them
        offset = 0
        while offset < len(source) and units > 0:
            units -= 2 if ord(source[offset]) > 0xFFFF else 1
            offset += 1
        return block, text, offset

    def source(self, block: int, text: int) -> str:
        article = self.article
        assert article is not None
        if block == -4:
            return article.title
        if block == -1:
            return article.lead.text if article.lead is not None else ""
        return article.blocks[block].texts()[text].text

    def landmark_spots(self, kind: type) -> list[tuple[int, int]]:
        article = self.article
        if article is None:
            return []
        positions = self.text_positions()
        spots = []
        for i, block in enumerate(article.blocks):
            if not isinstance(block, kind):
                continue
            if (i, 0) in positions:
                spots.append((positions[(i, 0)], i))
            elif isinstance(block, Figure) and (frame := self.figure_frame(i)) is not None:
                spots.append((frame.firstPosition(), i))
        return spots
