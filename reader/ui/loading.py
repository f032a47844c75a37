"""Reading articles and folders off the GUI thread.

Parsing, image decoding and building the QTextDocument run in the global QThreadPool;
results come back as queued signals, tagged with a request number so a slow, stale load
never replaces a newer one.

Workers never import a module: PySide6 hooks every import and its hook is not thread-safe
(it crashed the process here). The Markdown/YAML parsers are imported on the GUI thread the
first time something needs them, which at start-up is after the first article is painted
if that article comes from the model cache.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QFont, QImage, QImageReader

from reader.formats.errors import ArticleError
from reader.library.model_cache import ModelCache
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
    needs_parser = Signal(int, object, object)  # request id, path, DocumentRequest | None


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

    def __init__(self, cache: ModelCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._parse: Callable[[Path], Article] | None = None
        self._scan: Callable[[Path], list] | None = None  # type: ignore[type-arg]
        self._ids = itertools.count(1)
        self._signals = _Signals(self)
        self._signals.article_loaded.connect(self.article_loaded)
        self._signals.article_failed.connect(self.article_failed)
        self._signals.library_scanned.connect(self.library_scanned)
        self._signals.needs_parser.connect(self._parse_after_all)
        self.pool = QThreadPool.globalInstance()

    def ensure_parsers(self) -> None:
        """Import and warm the parsers here, on the GUI thread (see the module docstring)."""
        if self._parse is None:
            from reader.formats import markdown_article
            from reader.library import scan

            markdown_article.warm_up()
            self._scan = scan.scan_library
            self._parse = markdown_article.load_article

    def load_article(
        self, path: Path, request: DocumentRequest | None = None, number: int | None = None
    ) -> int:
        """Read ``path`` (from the model cache when fresh), decode its images and, with
        ``request``, build its document."""
        number = number if number is not None else next(self._ids)
        cache = self.cache
        if cache is None or not cache.is_fresh(path):
            self.ensure_parsers()
        parse = self._parse
        signals = self._signals

        def work() -> None:
            try:
                article = cache.get(path) if cache is not None else None
                if article is None:
                    if parse is None:  # the cache entry went bad: parse on a second round
                        signals.needs_parser.emit(number, path, request)
                        return
                    article = parse(path)
                    if cache is not None:
                        cache.put(path, article)
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

    def _parse_after_all(self, number: int, path: Path, request: DocumentRequest | None) -> None:
        self.ensure_parsers()
        self.load_article(path, request, number)

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
        self.ensure_parsers()
        scan = self._scan
        assert scan is not None

        def work() -> None:
            try:
                entries = scan(root)
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
