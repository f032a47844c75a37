"""The article's QTextDocument: HTML rendered anywhere, the document made on the GUI thread.

Rendering the model to HTML is plain Python and runs in the loader's workers; the document
is a QObject and is made where it lives (see reader.ui.loading for why workers build none).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextEdit

from reader.library.page_cache import MAX_HTML_CHARS
from reader.model import Article
from reader.rendering.html import RenderOptions, has_overlong_word, render_article


class ArticleDocument(QTextDocument):
    """A document that can only ever show the images it was given.

    QTextDocument's default ``loadResource`` reads local files (relative to its base URL);
    this one returns nothing for any resource it does not already hold.

    Lines wrap at word boundaries (or anywhere inside a word wider than the page); an article
    with an overlong word wraps anywhere, because Qt's word-boundary wrapping costs the square
    of a word's length (see ``reader.rendering.html.OVERLONG_WORD``).

    ``html`` is what it was made from (for the next start's first paint), if not too big.
    """

    html: str | None = None

    def __init__(
        self, images: dict[str, QImage], image_width: int = 0, wrap_anywhere: bool = False
    ) -> None:
        super().__init__()
        self._images = images
        self.image_width = image_width  # the widest an image may be; set when rendered
        option = self.defaultTextOption()
        option.setWrapMode(
            QTextOption.WrapMode.WrapAnywhere
            if wrap_anywhere
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        self.setDefaultTextOption(option)
        for name, image in images.items():
            self.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)

    def loadResource(self, type_: int, name: QUrl) -> object:
        if type_ == QTextDocument.ResourceType.ImageResource.value:
            return self._images.get(name.toString(), QImage())
        return None


def render_html(
    article: Article,
    images: dict[str, QImage],
    options: RenderOptions,
    problems: dict[str, str] | None = None,
) -> str:
    """The article as HTML for the document, images at their sizes, ``problems`` saying why
    the others are not shown; callable from any thread."""
    sizes = {name: (img.width(), img.height()) for name, img in images.items()}
    o = dataclasses.replace(options, image_sizes=sizes, image_problems=problems or {})
    return render_article(article, o)


def document_from_html(
    html: str,
    images: dict[str, QImage],
    options: RenderOptions,
    font: QFont,
    margin: int,
    wrap_anywhere: bool = False,
) -> ArticleDocument:
    """Import the HTML into a new document (GUI thread only); ``wrap_anywhere`` for an article
    with an overlong word (``has_overlong_word``, worked out off the GUI thread)."""
    doc = ArticleDocument(images, options.max_image_width, wrap_anywhere)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(margin)
    doc.setHtml(html)
    if len(html) <= MAX_HTML_CHARS:
        doc.html = html
    return doc


def build_document(
    article: Article,
    images: dict[str, QImage],
    options: RenderOptions,
    font: QFont,
    margin: int,
) -> ArticleDocument:
    """Render and import the article (GUI thread only)."""
    html = render_html(article, images, options)
    return document_from_html(html, images, options, font, margin, has_overlong_word(article))


def show_document(view: QTextEdit, document: QTextDocument) -> None:
    """Show ``document`` in ``view`` laid out once, in the document's own wrap mode.

    A QTextEdit imposes its wrap mode on the document it shows and lays that document out
    again when the mode changes: switching while the old article is shown would lay the old
    one out in the new mode (minutes for an overlong word), so the switch is made on a blank
    page.
    """
    wrap = document.defaultTextOption().wrapMode()
    if view.wordWrapMode() != wrap:
        blank = QTextDocument(view)
        view.setDocument(blank)
        view.setWordWrapMode(wrap)
        view.setDocument(document)
        blank.deleteLater()
    else:
        view.setDocument(document)
