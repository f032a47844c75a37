"""The article's QTextDocument: HTML rendered anywhere, the document made on the GUI thread.

Rendering the model to HTML is plain Python and runs in the loader's workers; the document
is a QObject and is made where it lives (see reader.ui.loading for why workers build none).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from reader.model import Article
from reader.rendering.html import RenderOptions, render_article


class ArticleDocument(QTextDocument):
    """A document that can only ever show the images it was given.

    QTextDocument's default ``loadResource`` reads local files (relative to its base URL);
    this one returns nothing for any resource it does not already hold.
    """

    def __init__(self, images: dict[str, QImage], image_width: int = 0) -> None:
        super().__init__()
        self._images = images
        self.image_width = image_width  # the widest an image may be; set when rendered
        for name, image in images.items():
            self.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)

    def loadResource(self, type_: int, name: QUrl) -> object:
        if type_ == QTextDocument.ResourceType.ImageResource.value:
            return self._images.get(name.toString(), QImage())
        return None


def render_html(article: Article, images: dict[str, QImage], options: RenderOptions) -> str:
    """The article as HTML for the document, images at their sizes; callable from any thread."""
    sizes = {name: (img.width(), img.height()) for name, img in images.items()}
    return render_article(article, dataclasses.replace(options, image_sizes=sizes))


def document_from_html(
    html: str, images: dict[str, QImage], options: RenderOptions, font: QFont, margin: int
) -> ArticleDocument:
    """Import the HTML into a new document (GUI thread only)."""
    doc = ArticleDocument(images, options.max_image_width)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(margin)
    doc.setHtml(html)
    return doc


def build_document(
    article: Article,
    images: dict[str, QImage],
    options: RenderOptions,
    font: QFont,
    margin: int,
) -> ArticleDocument:
    """Render and import the article (GUI thread only)."""
    return document_from_html(render_html(article, images, options), images, options, font, margin)
