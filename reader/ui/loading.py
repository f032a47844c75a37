"""Reading articles and folders off the GUI thread.

Parsing and image decoding run in the global QThreadPool; results come back as queued
signals, tagged with a request number so a slow, stale load never replaces a newer one.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from reader.formats.errors import ArticleError
from reader.formats.markdown_article import load_article, warm_up
from reader.library.scan import LibraryEntry, scan_library
from reader.model import Article, Figure

MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000


@dataclass
class LoadedArticle:
    article: Article
    images: dict[str, QImage] = field(default_factory=dict)
    image_problems: dict[str, str] = field(default_factory=dict)


def read_images(article: Article, folder: Path) -> tuple[dict[str, QImage], dict[str, str]]:
    """Decode every figure image (bounded in size); problems are reported, not raised."""
    images: dict[str, QImage] = {}
    problems: dict[str, str] = {}
    for block in article.blocks:
        if not isinstance(block, Figure) or block.image is None or block.problem:
            continue
        path = folder / block.image
        try:
            if path.stat().st_size > MAX_IMAGE_BYTES:
                problems[block.image] = f"{block.image!r} is larger than 30 MB"
                continue
        except OSError as e:
            problems[block.image] = f"{block.image!r}: {e.strerror}"
            continue
        reader = QImageReader(str(path))
        size = reader.size()
        if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
            problems[block.image] = f"{block.image!r} has too many pixels"
            continue
        image = reader.read()
        if image.isNull():
            problems[block.image] = (
                f"{block.image!r} is not a readable image ({reader.errorString()})"
            )
            continue
        images[block.image] = image
    return images, problems


class _Signals(QObject):
    article_loaded = Signal(int, object)  # request id, LoadedArticle
    article_failed = Signal(int, object)  # request id, ArticleError
    library_scanned = Signal(int, object)  # request id, list[LibraryEntry]


class _Task(QRunnable):
    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
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

    def load_article(self, path: Path) -> int:
        request = next(self._ids)
        signals = self._signals

        def work() -> None:
            try:
                article = load_article(path)
                images, problems = read_images(article, path.parent)
                signals.article_loaded.emit(request, LoadedArticle(article, images, problems))
            except ArticleError as e:
                signals.article_failed.emit(request, e)
            except Exception as e:  # a bug must not kill the worker silently
                signals.article_failed.emit(
                    request, ArticleError("unreadable", f"unexpected error: {e!r}", str(path))
                )

        self.pool.start(_Task(work))
        return request

    def scan(self, root: Path) -> int:
        request = next(self._ids)
        signals = self._signals

        def work() -> None:
            try:
                entries: list[LibraryEntry] = scan_library(root)
            except OSError:
                entries = []
            signals.library_scanned.emit(request, entries)

        self.pool.start(_Task(work))
        return request

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
