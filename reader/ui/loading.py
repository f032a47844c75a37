"""Reading articles and folders off the GUI thread.

Parsing, image decoding and rendering the HTML run in a pool of Python threads; the GUI
thread gets the results, tagged with a request number so a slow, stale load never replaces
a newer one, and makes the QTextDocument from the HTML (4 ms for the seed, 25 ms for a
170 KB article, 0.5 s at the 5 MB limit).

Workers make no Qt call that takes one of Qt's object locks, and in particular emit no
signal and build no QObject: PySide keeps the GIL held in such calls, and when the GUI
thread destroyed an object under that same lock while calling into Python (PySide's
``disconnectNotify``), both threads waited for ever (seen in a fresh-machine test run: a
worker in ``QObject::moveToThread`` holding the GIL, the GUI thread in ``~QObject``
waiting for it). So the pool is Python's (no QRunnable for Qt to run and delete), results
go into a deque, and a byte on a socket pair wakes the GUI thread through a
QSocketNotifier; decoding images (QImage, no QObject) is the one Qt work left in workers.

Workers never import a module either: PySide6 hooks every import and its hook is not
thread-safe (it crashed the process here). The Markdown/YAML parsers are imported on the
GUI thread the first time something needs them, which at start-up is after the first
article is painted if that article comes from the model cache.
"""

from __future__ import annotations

import errno
import itertools
import os
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QImage, QImageReader

from reader.formats.errors import ArticleError
from reader.formats.image_data import NOT_AN_IMAGE, SVG_REFUSED, pixel_size, sniff_format
from reader.formats.paths import resolve_inside
from reader.library.model_cache import ModelCache
from reader.model import Article, Figure
from reader.rendering.html import RenderOptions, has_overlong_word
from reader.storage import read_regular_file
from reader.ui.document import ArticleDocument, document_from_html, render_html
from reader.ui.mailbox import Mailbox

MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# A backstop for headers we cannot read: Qt refuses to allocate more (32-bit pixels).
QImageReader.setAllocationLimit(MAX_IMAGE_PIXELS * 4 // (1024 * 1024) + 1)


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
    html: str | None = None  # rendered by the worker; the document is made from it here
    wrap_anywhere: bool = False  # worked out with the HTML (see ArticleDocument)

    def image_problems_all(self) -> list[str]:
        """Every image named in the article that cannot be shown, with why: refused or missing
        when read, or failing to decode. A photo the source did not have is not a problem."""
        problems = [
            f"image {b.image!r}: {b.problem}"
            for b in self.article.blocks
            if isinstance(b, Figure) and b.image is not None and b.problem
        ]
        return problems + list(self.image_problems.values())


def read_images(article: Article, folder: Path) -> tuple[dict[str, QImage], dict[str, str]]:
    """Decode every figure image (bounded in size); problems are reported, not raised, each
    starting with its kind (see ``reader.rendering.words.image_problem_kind``).

    The bytes are read here (a regular file only, see ``read_regular_file``) and decoded from
    memory in the format their content shows: Qt is never given a path, so it opens nothing
    itself, and SVG (which can draw other files) is refused.
    """
    images: dict[str, QImage] = {}
    problems: dict[str, str] = {}
    for block in article.blocks:
        if not isinstance(block, Figure) or block.image is None or block.problem:
            continue
        name = block.image
        target, problem = resolve_inside(folder, name)  # again: the folder may have changed
        if target is None:
            problems[name] = problem or f"missing: {name!r}"
            continue
        try:
            data = read_regular_file(target, MAX_IMAGE_BYTES, follow_symlinks=False)
        except OSError as e:
            kind = "too large" if e.errno == errno.EFBIG else "unreadable"
            problems[name] = f"{kind}: {name!r} is {e.strerror or 'not readable'}"
            continue
        fmt = sniff_format(data)
        if fmt is None or fmt == "SVG":
            problems[name] = f"unsupported: {name!r}: {SVG_REFUSED if fmt else NOT_AN_IMAGE}"
            continue
        size = pixel_size(data, fmt)
        if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
            problems[name] = f"too large: {name!r} has too many pixels ({size[0]} x {size[1]})"
            continue
        image = QImage.fromData(data, fmt)
        if image.isNull():
            problems[name] = f"unreadable: {name!r} is a damaged or truncated {fmt} image"
            continue
        images[name] = image
    return images, problems


class _Tasks:
    """Counts the tasks running, for ``Loader.wait``; holds no reference to the loader."""

    def __init__(self) -> None:
        self._running = 0
        self._idle = threading.Condition()

    def started(self) -> None:
        with self._idle:
            self._running += 1

    def run(self, work: Callable[[], None]) -> None:
        try:
            work()
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    def wait(self, seconds: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, seconds)


class Loader(QObject):
    """Runs loads in the thread pool and re-emits their results on the GUI thread."""

    article_loaded = Signal(int, object)
    article_failed = Signal(int, object)
    library_scanned = Signal(int, object)

    def __init__(self, cache: ModelCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._parse: Callable[[Path], Article] | None = None
        self._scan: Callable[[tuple[Path, ...]], list] | None = None  # type: ignore[type-arg]
        self._list: Callable[[tuple[Path, ...], Path], Any] | None = None  # through the index
        self._ids = itertools.count(1)
        self._mailbox = Mailbox(self._deliver, self)
        # More threads than cores: one slow article (seconds at the size limit) must not hold
        # up the next one the reader asks for, nor the library listing.
        self._pool = ThreadPoolExecutor(max(4, os.cpu_count() or 4), "reader-loader")
        self._newest_view_load = [0]  # the view's newest load; older ones stop between steps
        self._tasks = _Tasks()

    def ensure_parsers(self) -> None:
        """Import and warm the parsers here, on the GUI thread (see the module docstring)."""
        if self._parse is None:
            from reader.formats import markdown_article
            from reader.library import listing, scan

            markdown_article.warm_up()
            self._scan = scan.scan_libraries
            self._list = listing.list_libraries
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
        post = self._mailbox.post
        newest = self._newest_view_load
        if request is not None:
            newest[0] = number

        def superseded() -> bool:
            """The reader has moved on: drop this load (a parse under way still finishes)."""
            return request is not None and newest[0] != number

        def work() -> None:
            try:
                if superseded():
                    return
                article = cache.get(path) if cache is not None else None
                if article is None:
                    if parse is None:  # the cache entry went bad: parse on a second round
                        post(("needs_parser", number, (path, request)))
                        return
                    article = parse(path)
                    if cache is not None:
                        cache.put(path, article)
                if superseded():
                    return
                images, problems = read_images(article, path.parent)
                loaded = LoadedArticle(article, images, problems)
                if superseded():
                    return
                if request is not None:
                    loaded.html = render_html(
                        loaded.article, loaded.images, request.options, loaded.image_problems
                    )
                    loaded.wrap_anywhere = has_overlong_word(loaded.article)
                post(("loaded", number, (loaded, request)))
            except ArticleError as e:
                post(("failed", number, e))
            except Exception as e:  # a bug must not kill the worker silently
                error = ArticleError("unreadable", f"unexpected error: {e!r}", str(path))
                post(("failed", number, error))

        self._start(work)
        return number

    def _deliver(self, item: tuple[str, int, Any]) -> None:
        """On the GUI thread: make the document from the worker's HTML, then tell."""
        kind, number, payload = item
        if kind == "loaded":
            loaded, request = payload
            if loaded.html is not None and request is not None:
                loaded.document = document_from_html(
                    loaded.html,
                    loaded.images,
                    request.options,
                    request.font,
                    request.margin,
                    loaded.wrap_anywhere,
                )
                loaded.html = None
            self.article_loaded.emit(number, loaded)
        elif kind == "failed":
            self.article_failed.emit(number, payload)
        elif kind == "scanned":
            self.library_scanned.emit(number, payload)
        elif kind == "needs_parser":
            self._parse_after_all(number, *payload)

    def _parse_after_all(self, number: int, path: Path, request: DocumentRequest | None) -> None:
        self.ensure_parsers()
        self.load_article(path, request, number)

    def render(self, loaded: LoadedArticle, request: DocumentRequest) -> int:
        """Build a new document for an article already loaded (new width, colours…)."""
        number = next(self._ids)
        post = self._mailbox.post

        def work() -> None:
            again = LoadedArticle(loaded.article, loaded.images, loaded.image_problems)
            again.html = render_html(
                again.article, again.images, request.options, again.image_problems
            )
            again.wrap_anywhere = has_overlong_word(again.article)
            post(("loaded", number, (again, request)))

        self._start(work)
        return number

    def scan(self, root: Path, *more: Path, index_file: Path | None = None) -> int:
        """List ``root`` (and the folders ``more``, together, newest first); with
        ``index_file``, rows come from the search index where it knows the file as it is
        (reader.library.listing), else every file's front matter is read."""
        roots = (root, *more)
        number = next(self._ids)
        post = self._mailbox.post
        self.ensure_parsers()
        scan, from_index = self._scan, self._list
        assert scan is not None and from_index is not None

        def work() -> None:
            try:
                if index_file is None:
                    entries = scan(roots)
                else:
                    entries = from_index(roots, index_file).entries
            except Exception:  # a bug; the window must still leave "Reading the library…"
                traceback.print_exc()
                entries = []
            post(("scanned", number, entries))

        self._start(work)
        return number

    def _start(self, work: Callable[[], None]) -> None:
        """Run ``work`` in the pool; it must not refer to ``self`` (see ``Mailbox``)."""
        self._tasks.started()
        self._pool.submit(self._tasks.run, work)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait until every task started has finished (results still to be delivered)."""
        return self._tasks.wait(msecs / 1000)
