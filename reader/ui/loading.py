"""Reading articles and folders off the GUI thread.

Parsing, image decoding and building the QTextDocument run in the global QThreadPool;
results come back as queued signals, tagged with a request number so a slow, stale load
never replaces a newer one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QFont, QImage, QImageReader

from reader.formats.errors import ArticleError
from reader.formats.markdown_article import load_article, warm_up
from reader.library.scan import LibraryEntry, scan_library
from reader.model import Article, Figure
from reader.rendering.html import RenderOptions
from reader.ui.document import ArticleDocument, build_document

MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000


@dataclass(frozen=True)
class DocumentRequest:
    """How the view wants the document built (snapshot taken on the GUI thread)."""

    options: RenderOptions
    font: QFont
    margin: int


@dataclass
class LoadedArticle:
    article: Article
    images: dict[str, QImage] = field(default_factory=dict)
    image_problems: dict[str, str] = field(default_factory=dict)
    document: ArticleDocument | None = None


def read_images(article: Article, folder: Path) -> tuple[dict[str, QImage], dict[str, str]]:
    """Decode every figure image (bounded in size); problems are reported, not raised."""
    images: dict[str, QImage] = {}
    problems: dict[str, str] = {}
    for block in article.blocks:
        if not isinstance(block, Figure) or block.image is None or block.problem:
            continue
        name = block.image
        path = folder / name
        try:
            if path.stat().st_size > MAX_IMAGE_BYTES:
                problems[name] = f"{name!r} is larger than 30 MB"
                continue
        except OSError as e:
            problems[name] = f"{name!r}: {e.strerror}"
            continue
        reader = QImageReader(str(path))
        size = reader.size()
        if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
            problems[name] = f"{name!r} has too many pixels"
            continue
        image = reader.read()
        if image.isNull():
            problems[name] = f"{name!r} is not a readable image ({reader.errorString()})"
            continue
        images[name] = image
    return images, problems


class _Signals(QObject):
    article_loaded = Signal(int, object)  # request id, LoadedArticle
    article_failed = Signal(int, object)  # request id, ArticleError
    library_scanned = Signal(int, object)  # request id, list[LibraryEntry]


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        self.fn()


class Loader(QObject):
    """Runs loads in the thread pool and re-emits their results on the GUI thread."""

    article_loaded = Signal(int, object)
    article_failed = Signal(int, object)
    library_scanned = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # PySide6 hooks every import and that hook is not thread-safe: make the parsers
        # finish their lazy imports here, on the GUI thread, before any worker runs.
        warm_up()
        self._ids = itertools.count(1)
        self._signals = _Signals(self)
        self._signals.article_loaded.connect(self.article_loaded)
        self._signals.article_failed.connect(self.article_failed)
        self._signals.library_scanned.connect(self.library_scanned)
        self.pool = QThreadPool.globalInstance()

    def load_article(self, path: Path, request: DocumentRequest | None = None) -> int:
        """Parse ``path``, decode its images and (with ``request``) build its document."""
        number = next(self._ids)
        signals = self._signals

        def work() -> None:
            try:
                article = load_article(path)
                images, problems = read_images(article, path.parent)
                loaded = LoadedArticle(article, images, problems)
                if request is not None:
                    loaded.document = _build(loaded, request)
                signals.article_loaded.emit(number, loaded)
            except ArticleError as e:
                signals.article_failed.emit(number, e)
            except Exception as e:  # a bug must not kill the worker silently
                signals.article_failed.emit(
                    number, ArticleError("unreadable", f"unexpected error: {e!r}", str(path))
                )

        self.pool.start(_Task(work))
        return number

    def render(self, loaded: LoadedArticle, request: DocumentRequest) -> int:
        """Build a new document for an article already loaded (new width, colours…)."""
        number = next(self._ids)
        signals = self._signals

        def work() -> None:
            again = LoadedArticle(loaded.article, loaded.images, loaded.image_problems)
            again.document = _build(again, request)
            signals.article_loaded.emit(number, again)

        self.pool.start(_Task(work))
        return number

    def scan(self, root: Path) -> int:
        number = next(self._ids)
        signals = self._signals

        def work() -> None:
            try:
                entries: list[LibraryEntry] = scan_library(root)
            except OSError:
                entries = []
            signals.library_scanned.emit(number, entries)

        self.pool.start(_Task(work))
        return number

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


def _build(loaded: LoadedArticle, request: DocumentRequest) -> ArticleDocument:
    return build_document(
        loaded.article, loaded.images, request.options, request.font, request.margin
    )
