"""The article view: a read-only QTextBrowser that is safe with untrusted content.

Every resource request goes through ``loadResource``: only images we decoded ourselves
from the article's own folder are returned; any other URL (remote, ``file:``, absolute,
``../``) gets nothing. Links never navigate by themselves: the window decides.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QKeySequence, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.model import Article
from reader.rendering.html import RenderOptions, render_article, render_problem
from reader.ui.loading import LoadedArticle

# Space the figure frame (border, cell padding, slack) takes beside an image, in addition to
# the document margins on both sides.
_FIGURE_FRAME = 32
_DOCUMENT_MARGIN = 24


class ArticleView(QTextBrowser):
    zoom_in_requested = Signal()
    zoom_out_requested = Signal()
    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Keyboard users (and Orca's say-all) need a caret they can move; Tab must leave.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(self.wordWrapMode().WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(_DOCUMENT_MARGIN)
        self.anchorClicked.connect(self.link_activated)
        self._loaded: LoadedArticle | None = None
        self._options = RenderOptions()
        self._relayout = QTimer(self, singleShot=True, interval=120)
        self._relayout.timeout.connect(self._rerender_for_width)
        self._rendered_width = 0

    # --- content ----------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._loaded.article if self._loaded else None

    def set_render_options(self, options: RenderOptions) -> None:
        self._options = options
        if self._loaded:
            self._render(keep_position=True)

    def show_article(self, loaded: LoadedArticle) -> None:
        self._loaded = loaded
        self._render(keep_position=False)

    def show_problem(self, title: str, message: str) -> None:
        self._loaded = None
        self.document().clear()
        self.setHtml(render_problem(title, message, self._options))

    def _max_image_width(self) -> int:
        return max(80, self.viewport().width() - 2 * _DOCUMENT_MARGIN - _FIGURE_FRAME)

    def _render(self, keep_position: bool) -> None:
        assert self._loaded is not None
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if keep_position and bar.maximum() else 0.0
        loaded = self._loaded
        sizes = {name: (img.width(), img.height()) for name, img in loaded.images.items()}
        options = RenderOptions(
            colors=self._options.colors,
            labels=self._options.labels,
            image_sizes=sizes,
            max_image_width=self._max_image_width(),
            line_height_percent=self._options.line_height_percent,
            paragraph_spacing_px=self._options.paragraph_spacing_px,
        )
        doc = self.document()
        doc.clear()
        for name, image in loaded.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.setHtml(render_article(loaded.article, options))
        self._rendered_width = options.max_image_width
        if keep_position:
            bar.setValue(round(fraction * bar.maximum()))

    def _rerender_for_width(self) -> None:
        if self._loaded and self._loaded.images and self._max_image_width() != self._rendered_width:
            self._render(keep_position=True)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._loaded and self._loaded.images:
            self._relayout.start()

    def anchor_positions(self) -> dict[str, int]:
        """Document position of every named anchor (blocks ``b<N>``, sentences ``s<N>.<T>.<S>``).

        Qt attaches an empty named anchor to the next character, so a sentence anchor's
        position is where that sentence starts in the document.
        """
        positions: dict[str, int] = {}
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for name in fragment.charFormat().anchorNames():
                    positions.setdefault(name, fragment.position())
                it += 1
            block = block.next()
        return positions

    # --- text size ----------------------------------------------------------------------

    def set_reading_font(self, font: QFont) -> None:
        """Change the base font: headings scale with it and the text reflows."""
        self.document().setDefaultFont(font)

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
