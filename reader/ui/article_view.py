"""The article view: a read-only QTextBrowser that is safe with untrusted content.

Every resource request goes through ``loadResource``: only images we decoded ourselves
from the article's own folder are returned; any other URL (remote, ``file:``, absolute,
``../``) gets nothing. Links never navigate by themselves: the window decides.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget
from shiboken6 import isValid

from reader.model import Article, Figure, Heading, Text
from reader.rendering.html import RenderOptions, render_problem
from reader.rendering.themes import THEMES, SpeechColors
from reader.ui.document import ArticleDocument, build_document, show_document
from reader.ui.document_map import DocumentMap
from reader.ui.loading import DocumentRequest, LoadedArticle, Loader

# Space the figure frame (border, cell padding, slack) takes beside an image, in addition to
# the document margins on both sides.
_FIGURE_FRAME = 32
_DOCUMENT_MARGIN = 24

translate = QCoreApplication.translate


class ArticleView(QTextBrowser):
    zoom_in_requested = Signal()
    zoom_out_requested = Signal()
    link_activated = Signal(QUrl)
    landmark_missed = Signal(str, bool)  # "heading" | "figure", forward
    read_from_requested = Signal(int)  # a document position: "read aloud from here"
    read_selection_requested = Signal()

    def __init__(self, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(translate("MainWindow", "Article"))
        self.setAccessibleDescription(
            translate(
                "MainWindow",
                "The article text. Use the arrow keys to move through it; Tab leaves it.",
            )
        )
        # Keyboard users (and Orca's say-all) need a caret they can move; Tab must leave.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(_DOCUMENT_MARGIN)
        self.anchorClicked.connect(self.link_activated)
        self._loader = loader
        self._loaded: LoadedArticle | None = None
        self._options = RenderOptions()
        self._font = QFont(self.font())
        self._render_request = 0
        self._rendered_width = 0
        self._map: DocumentMap | None = None  # made for each document when first asked
        self._relayout = QTimer(self, singleShot=True, interval=150)
        self._relayout.timeout.connect(self._rerender_for_width)
        self._line_height = 150
        self._paragraph_spacing = 100
        self._max_chars = 0
        self._rendered_spacing = -1
        self._speech_colors = THEMES["light"].speech
        self._highlight = "sentence-word"
        self.speech_available = True  # the window says when reading aloud cannot work
        self._respace = QTimer(self, singleShot=True, interval=250)
        self._respace.timeout.connect(self._request_render)
        # The reader's place while a change reflows or re-renders the text, as a model spot
        # (block, text, offset; text -1 is a figure): pixels and document positions move.
        self._anchor: tuple[int, int, int] | None = None
        # The last place put back, with the scroll value and caret it left: while they are
        # unchanged, the next change keeps that place instead of measuring the view again.
        self._placed: tuple[tuple[int, int, int], int, int] | None = None
        loader.article_loaded.connect(self._on_rendered)

    # --- content ----------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._loaded.article if self._loaded else None

    def document_request(self) -> DocumentRequest:
        """What a worker needs to build this view's document (taken on the GUI thread)."""
        pixels = QFontInfo(self._font).pixelSize()
        options = dataclasses.replace(
            self._options,
            max_image_width=self._max_image_width(),
            line_height_percent=self._line_height,
            paragraph_spacing_px=round(pixels * self._paragraph_spacing / 100),
        )
        self._rendered_spacing = options.paragraph_spacing_px
        return DocumentRequest(options, QFont(self._font), _DOCUMENT_MARGIN)

    def settled_html(self) -> str | None:
        """The HTML of the article shown, if nothing is about to change it and it has no
        pictures (the next start's first paint: reader.ui.first_paint); else None."""
        document = self.document()
        if self._loaded is None or self._loaded.images or not isinstance(document, ArticleDocument):
            return None
        if self._render_request or self._respace.isActive() or self._relayout.isActive():
            return None
        return document.html

    def set_text_spacing(self, line_height: int, paragraph_spacing: int, max_chars: int) -> None:
        """Line height and paragraph spacing in percent of the font size; the longest line in
        characters (0: the full width). WCAG 1.4.12 / 1.4.8."""
        changed = (line_height, paragraph_spacing) != (self._line_height, self._paragraph_spacing)
        self._line_height, self._paragraph_spacing = line_height, paragraph_spacing
        self._max_chars = max_chars
        self._hold_place()
        self._apply_line_length()
        if changed and self._loaded:
            self._request_render()
        self._restore_place()

    def _apply_line_length(self) -> None:
        side = 0
        if self._max_chars:
            text_width = self._max_chars * QFontMetricsF(self._font).averageCharWidth()
            side = max(
                0, int((self.width() - 2 * self.frameWidth() - text_width) / 2) - _DOCUMENT_MARGIN
            )
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

    def set_render_options(self, options: RenderOptions) -> None:
        self._options = options
        if self._loaded:
            self._request_render()

    def show_article(self, loaded: LoadedArticle) -> None:
        """Show a loaded article; builds its document here if no worker built one."""
        self._render_request = 0  # a pending re-render is for the previous article
        self._loaded = loaded
        document = loaded.document
        if document is None:
            request = self.document_request()
            document = build_document(
                loaded.article, loaded.images, request.options, request.font, request.margin
            )
        self._set_document(document, keep_position=False)

    def show_problem(self, title: str, message: str) -> None:
        self._render_request = 0
        self._loaded = None
        document = ArticleDocument({})
        document.setDefaultFont(self._font)
        document.setDocumentMargin(_DOCUMENT_MARGIN)
        document.setHtml(render_problem(title, message, self._options))
        self._set_document(document, keep_position=False)

    def _set_document(self, document: ArticleDocument, keep_position: bool) -> None:
        bar = self.verticalScrollBar()
        caret = self.textCursor().position() if keep_position else 0
        if keep_position:
            self._hold_place()
        else:
            self._anchor = self._placed = None
        old = self.document()
        document.setParent(self)
        document.setDefaultFont(self._font)
        document.setTextWidth(self.viewport().width())  # laid out at the view's width at once
        show_document(self, document)  # in its own wrap mode, laid out once
        if old is not document and isValid(old) and old.parent() is self:
            old.deleteLater()  # setDocument does not free it; kiosks switch articles all day
        self._map = None
        self._rendered_width = document.image_width
        if keep_position:
            # A re-render has the same text: the caret (where a screen reader reads from)
            # stays on the same character.
            cursor = self.textCursor()
            cursor.setPosition(min(caret, max(0, document.characterCount() - 1)))
            self.setTextCursor(cursor)
        else:
            bar.setValue(0)
        if self._loaded and self._loaded.images and self._rendered_width != self._max_image_width():
            self._relayout.start()  # built for another width (e.g. before the window showed)
        if keep_position:
            self._restore_place()

    def _max_image_width(self) -> int:
        return max(80, self.viewport().width() - 2 * _DOCUMENT_MARGIN - _FIGURE_FRAME)

    def _request_render(self) -> None:
        if self._loaded is None:
            return
        self._hold_place()  # taken now: the new document comes back later
        self._render_request = self._loader.render(self._loaded, self.document_request())

    def _on_rendered(self, request: int, loaded: LoadedArticle) -> None:
        if request != self._render_request or request == 0 or loaded.document is None:
            return
        self._render_request = 0
        self._loaded = loaded
        self._set_document(loaded.document, keep_position=True)

    def _rerender_for_width(self) -> None:
        if self._loaded and self._loaded.images and self._max_image_width() != self._rendered_width:
            self._request_render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._hold_place()  # before Qt lays the text out at the new width
        super().resizeEvent(event)
        self._apply_line_length()
        if self._loaded and self._loaded.images:
            self._relayout.start()
        self._restore_place()

    @property
    def map(self) -> DocumentMap:
        """Model spots <-> positions in the document shown (reader.ui.document_map)."""
        if self._map is None or self._map.document is not self.document():
            self._map = DocumentMap(self.article, self.document())
        return self._map

    def text_positions(self) -> dict[tuple[int, int], int]:
        return self.map.text_positions()

    def sentence_range(self, key: tuple[int, int], text: Text, index: int) -> tuple[int, int]:
        return self.map.sentence_range(key, text, index)

    def text_range(self, block: int, text: int, start: int, end: int) -> tuple[int, int] | None:
        return self.map.text_range(block, text, start, end)

    def spot_at(self, position: int) -> tuple[int, int, int] | None:
        return self.map.spot_at(position)

    # --- keeping the reader's place ---------------------------------------------------

    def _change_pending(self) -> bool:
        """A re-render is asked for or on its way: the place must wait for it."""
        return bool(self._render_request) or self._respace.isActive() or self._relayout.isActive()

    def _hold_place(self) -> None:
        """Note where the reader is, unless a change in progress already did."""
        if self._anchor is not None or self.article is None:
            return
        caret = self.textCursor().position()
        placed = self._placed
        if placed is not None and placed[1:] == (self.verticalScrollBar().value(), caret):
            self._anchor = placed[0]  # nothing moved since: measuring again could drift
        else:
            self._anchor = self.reading_place()

    def _restore_place(self) -> None:
        """Scroll the held place back to the top; let it go once no re-render is pending."""
        anchor = self._anchor
        if anchor is None:
            return
        top = self.place_top(anchor)
        bar = self.verticalScrollBar()
        if top is not None:
            target = bar.value() + top
            # At the start (the title) the document's own top margin stays in view.
            bar.setValue(0 if target <= self.document().documentMargin() else target)
        self._placed = (anchor, bar.value(), self.textCursor().position())
        if not self._change_pending():
            self._anchor = None

    def reading_place(self) -> tuple[int, int, int] | None:
        """Where the reader is, as a model spot: the caret's sentence when the caret is in
        view, else the sentence the top line of the view starts with. In a figure it is the
        figure (text -1), with how far down it the view starts, in 1/10000 of its height
        (0 for the caret: after G the whole figure stays in view)."""
        if self.article is None:
            return None
        view = self.viewport().rect()
        caret = self.cursorRect()
        at_caret = caret.bottom() > 0 and caret.top() < view.height()
        if at_caret:
            position = self.textCursor().position()
        else:
            line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
            x = round(self.document().documentMargin()) + 4
            position = self.cursorForPosition(QPoint(x, round(line / 2))).position()
        figure = self.map.figure_at(position)
        if figure is not None:
            frame = self.map.figure_frame(figure)
            assert frame is not None
            box = self.map.figure_box(frame)
            down = (self.verticalScrollBar().value() - box.top()) / max(1, box.height())
            return figure, -1, 0 if at_caret else round(min(max(down, 0.0), 1.0) * 10000)
        spot = self.spot_at(position)
        if spot is None:
            return None
        block, text, offset = spot
        if text >= 0 and block >= -1:
            model = self.article.lead if block == -1 else self.article.blocks[block].texts()[text]
            if model is not None:
                starts = [s.start for s in model.sentences if s.start <= offset]
                offset = starts[-1] if starts else 0
        else:
            offset = 0  # the title, or just before a figure (its top)
        return block, text, offset

    def place_top(self, spot: tuple[int, int, int]) -> int | None:
        """Viewport y of the top of a place (its line, or the part of a figure)."""
        block, text, offset = spot
        if text == -1:
            frame = self.map.figure_frame(block)
            if frame is None:
                return None
            box = self.map.figure_box(frame)
            down = round(box.height() * offset / 10000)
            return box.top() + down - self.verticalScrollBar().value()
        span = self.text_range(block, text, offset, offset)
        if span is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(span[0], max(0, self.document().characterCount() - 1)))
        return self.cursorRect(cursor).top()

    # --- speech highlight ---------------------------------------------------------------

    def set_speech_colors(self, colors: SpeechColors) -> None:
        self._speech_colors = colors

    def set_highlight_style(self, style: str) -> None:
        """One of the ``speech/highlight`` choices; applies from the next sentence said."""
        self._highlight = style

    def show_speech(self, sentence: tuple[int, int] | None, word: tuple[int, int] | None) -> None:
        """Mark the sentence being read (and its word), and keep it in view."""
        c = self._speech_colors
        style = self._highlight
        marks: list[tuple[tuple[int, int], QTextCharFormat]] = []
        if sentence is not None and style in ("sentence-word", "sentence", "underline"):
            band = QTextCharFormat()
            if style == "underline":
                band.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                band.setUnderlineColor(QColor(self.palette().text().color()))
            else:
                band.setBackground(QColor(c.sentence_bg))
                band.setForeground(QColor(c.sentence_text))
            marks.append((sentence, band))
        if word is not None and style in ("sentence-word", "word", "underline"):
            mark = QTextCharFormat()
            mark.setBackground(QColor(c.word_bg))
            mark.setForeground(QColor(c.word_text))
            marks.append((word, mark))
        selections = []
        for span, char_format in marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.setExtraSelections(selections)
        if sentence is not None:  # followed even with no mark: the reader may look up
            cursor = QTextCursor(self.document())
            cursor.setPosition(sentence[0])
            rect = self.cursorRect(cursor)
            if rect.top() < 0 or rect.bottom() > self.viewport().height():
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # --- moving by structure ------------------------------------------------------------

    def landmarks(self, kind: type) -> list[int]:
        """Document positions of the blocks of ``kind`` (Heading, Figure), in order.

        A figure is reached at its caption, which is the text a reader hears about it (at
        its picture when it has none).
        """
        return [position for position, _block in self.map.landmark_spots(kind)]

    def move_to_landmark(self, kind: type, forward: bool) -> bool:
        """Put the caret on the next (or previous) heading or figure; False if none is left.

        A heading goes near the top with a little of what comes before; a figure is shown
        whole (its picture, or the notice in its place, is above its caption) when it fits
        in the view, else from its top.
        """
        here = self.textCursor().position()
        spots = self.map.landmark_spots(kind)
        targets = (
            [s for s in spots if s[0] > here] if forward else [s for s in spots if s[0] < here]
        )
        if not targets:
            return False
        target, block = targets[0] if forward else targets[-1]
        cursor = self.textCursor()
        cursor.setPosition(target)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.setPosition(target)  # the caret at the start; screen readers read the line
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        frame = self.map.figure_frame(block) if kind is Figure else None
        if frame is not None:
            rect = self.map.figure_box(frame)
            top = rect.top() - bar.value()
            room = height - rect.height()
            bar.setValue(bar.value() + top - (min(height // 8, room) if room >= 0 else 0))
        else:
            top = self.cursorRect(cursor).top()
            bar.setValue(bar.value() + top - height // 8)
        return True

    # --- text size ----------------------------------------------------------------------

    def set_reading_font(self, font: QFont) -> None:
        """Change the base font: headings scale with it and the text reflows at once.

        Paragraph spacing is in pixels in the document, so a re-render follows (off the GUI
        thread, caret kept) when the new size calls for other spacing.
        """
        self._hold_place()
        self._font = QFont(font)
        self.document().setDefaultFont(self._font)
        self._apply_line_length()
        if self._loaded:
            wanted = round(QFontInfo(self._font).pixelSize() * self._paragraph_spacing / 100)
            if wanted != self._rendered_spacing:
                self._respace.start()
        self._restore_place()

    def changeEvent(self, event: QEvent) -> None:
        font = getattr(self, "_font", None)  # FontChange can come during __init__
        refont = event.type() == QEvent.Type.FontChange and font is not None
        if refont:
            # The text is laid out in the interface font for a moment: the scroll bar
            # shrinks with it and would drop the reader's place.
            self._hold_place()
        super().changeEvent(event)
        if refont:
            # QTextEdit gives its document the widget's font (the interface's, when that
            # size changes); the article keeps its own size, family and spacing.
            self.document().setDefaultFont(font)
            self._restore_place()

    # --- safety -------------------------------------------------------------------------

    def loadResource(self, type_: int, name: QUrl) -> object:
        """Only images we decoded from the article's folder; nothing else, ever."""
        if self._loaded and type_ == QTextDocument.ResourceType.ImageResource.value:
            image = self._loaded.images.get(name.toString())
            if image is not None:
                return image
        return QImage() if type_ == QTextDocument.ResourceType.ImageResource.value else None

    def setSource(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """Navigation is decided by the window (links ask first); never load a URL here."""

    # --- input --------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab visits the links the reader can see, then leaves; it never scrolls.

        QTextBrowser's own Tab goes to the next link wherever it is: a reader tabbing from the
        article to the speech bar was carried to a link three screens down, their place lost.
        """
        if not self.hasFocus():
            return super().focusNextPrevChild(next)
        bar = self.verticalScrollBar()
        scroll, cursor = bar.value(), self.textCursor()
        moved = super().focusNextPrevChild(next)
        if not moved or not self.hasFocus() or bar.value() == scroll:
            return moved
        self.setTextCursor(cursor)  # the link was off screen: back to where the reader was
        bar.setValue(scroll)
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """H / Shift+H: next / previous heading; G / Shift+G: next / previous figure.

        The same letters screen-reader users know from browse mode (NVDA, Orca). The Menu
        key and Shift+F10 open the article menu at the caret.
        """
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier
        ):  # Qt on Linux turns neither into a context menu by itself
            where = self.cursorRect().center()
            menu = self.context_menu(where, mouse=False)
            menu.exec(self.viewport().mapToGlobal(where))
            menu.deleteLater()
            event.accept()
            return
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            kind = {Qt.Key.Key_H: Heading, Qt.Key.Key_G: Figure}.get(Qt.Key(event.key()))
            if kind is not None:
                forward = mods == Qt.KeyboardModifier.NoModifier
                if not self.move_to_landmark(kind, forward):
                    self.landmark_missed.emit(kind.__name__.lower(), forward)
                event.accept()
                return
        super().keyPressEvent(event)

    def context_menu(self, pos: QPoint, mouse: bool = True) -> QMenu:
        """Our own menu: Qt's standard one would stay English (Qt has no Vietnamese).

        "Read aloud from here" starts at the sentence clicked (or at the caret when the
        menu came from the keyboard: the Menu key or Shift+F10).
        """
        position = self.cursorForPosition(pos).position() if mouse else self.textCursor().position()
        selected = self.textCursor().hasSelection()
        menu = QMenu(self)
        menu.setObjectName("articleMenu")
        menu.setAccessibleName(self.tr("Article menu"))
        menu.setAccessibleDescription(self.tr("Copy, select, and read aloud"))
        copy = menu.addAction(self.tr("&Copy"), self.copy)
        copy.setObjectName("articleCopy")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(selected)
        link = self.anchorAt(pos) if mouse else ""
        if link:
            copy_link = menu.addAction(
                self.tr("Copy &link address"), lambda: QGuiApplication.clipboard().setText(link)
            )
            copy_link.setObjectName("articleCopyLink")
        select_all = menu.addAction(self.tr("Select &all"), self.selectAll)
        select_all.setObjectName("articleSelectAll")
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        menu.addSeparator()
        here = menu.addAction(
            self.tr("&Read aloud from here"), lambda: self.read_from_requested.emit(position)
        )
        here.setObjectName("articleReadHere")
        here.setEnabled(self.speech_available)
        selection = menu.addAction(
            self.tr("Read the &selection"), self.read_selection_requested.emit
        )
        selection.setObjectName("articleReadSelection")
        selection.setEnabled(self.speech_available and selected)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        menu = self.context_menu(event.pos(), mouse)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in_requested.emit()
            elif delta < 0:
                self.zoom_out_requested.emit()
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, e: QEvent) -> bool:
        # QTextEdit eats Ctrl+= etc. for its own zoom; let the window's shortcuts have them.
        if e.type() == QEvent.Type.ShortcutOverride:
            key_event = e  # QKeyEvent
            for seq in (QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut):
                if key_event.matches(seq):  # type: ignore[attr-defined]
                    e.ignore()
                    return False
        return super().event(e)
