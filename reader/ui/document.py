"""Building the article's QTextDocument, which may happen on a worker thread.

HTML import is the slow part of showing a long article (super-linear in Qt), so it runs in
the thread pool; the finished document is moved to the GUI thread and handed to the view.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QUrl
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


def build_document(
    article: Article,
    images: dict[str, QImage],
    options: RenderOptions,
    font: QFont,
    margin: int,
) -> ArticleDocument:
    """Render and import the article; callable from any thread."""
    sizes = {name: (img.width(), img.height()) for name, img in images.items()}
    html = render_article(article, dataclasses.replace(options, image_sizes=sizes))
    doc = ArticleDocument(images, options.max_image_width)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(margin)
    doc.setHtml(html)
    app = QCoreApplication.instance()
    if app is not None:
        doc.moveToThread(app.thread())
    return doc
