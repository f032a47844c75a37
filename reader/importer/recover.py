"""Recovering an article: a text scrape or a web page (a file or a URL) -> the model.

Decoding, scraping and page extraction are the formats' work (``reader.formats``); here
their failures become the import's reasons, and a URL is fetched through
``reader.importer.fetch`` (the only module that touches the network).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.formats.encodings import Decoded, DecodeError, decode_bytes
from reader.formats.html_page import (
    MAX_HTML_BYTES,
    HtmlPage,
    HtmlPageError,
    page_from_bytes,
    page_to_article,
)
from reader.formats.markdown_writer import article_file_name
from reader.formats.scrape_text import Scrape, ScrapeError, parse_scrape, scrape_to_article
from reader.importer.report import ImportFailure, Source
from reader.importer.sources import is_html_page, read_bytes
from reader.model import Article

__all__ = [
    "DEFAULT_FETCH_TIMEOUT",
    "Recovered",
    "read_html",
    "read_scrape",
    "read_source",
    "read_url",
    "recover",
    "recover_html",
]

DEFAULT_FETCH_TIMEOUT = 20.0


@dataclass(frozen=True)
class Recovered:
    """One input, read: what the report, ``--json`` and the writer need.

    ``scrape`` is a text ``Scrape`` or an ``HtmlPage`` (both name their lead, captions,
    headings and paragraphs); ``images`` are the local files to copy beside the article.
    """

    path: Source
    decoded: Decoded
    scrape: Scrape | HtmlPage
    article: Article
    images: tuple[tuple[Path, str], ...] = ()

    def file_name(self) -> str:
        """Where the article goes in the library: ``name.md``, or ``name/article.md`` when
        it has images (they live in ``name/images/``)."""
        name = article_file_name(self.article)
        return f"{name.removesuffix('.md')}/article.md" if self.images else name

    def to_json(self) -> dict[str, Any]:
        s, a = self.scrape, self.article
        return {
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "lead": s.lead,
            "author": a.author,
            "captions": s.captions,
            "headings": s.headings,
            "paragraphs": s.paragraphs,
            "source": a.source,
            "encoding": self.decoded.encoding,
            "file": self.file_name(),
            "warnings": list(a.warnings)
            + (["decomposed (NFD) letters were recomposed"] if self.decoded.was_nfd else []),
        }


def read_scrape(path: Path) -> Recovered:
    """Read, decode and parse one scrape; raises ImportFailure with the reason."""
    return recover(read_bytes(path), path)


def read_html(path: Path) -> Recovered:
    """Read, decode and extract one saved page; its images are looked up in its folder."""
    return recover_html(read_bytes(path, MAX_HTML_BYTES), path, folder=path.parent)


def read_url(url: str, timeout: float = DEFAULT_FETCH_TIMEOUT) -> Recovered:
    """Fetch a page (the only network access of the program) and extract it like a saved
    page. Its images are on the web and are not downloaded: figures keep their captions."""
    from reader.importer.fetch import FetchError, fetch

    try:
        got = fetch(url, timeout=timeout, max_bytes=MAX_HTML_BYTES)
    except FetchError as e:
        raise ImportFailure(e.code, e.url, *e.params) from None
    # Relative links resolve against where the page really is (after redirects).
    return recover_html(got.data, url, folder=None, declared=got.charset, address=got.final_url)


def read_source(src: Source, fetch_timeout: float) -> Recovered:
    """Any input: a URL, a saved page or a text scrape."""
    if isinstance(src, str):
        return read_url(src, fetch_timeout)
    if is_html_page(src):
        return read_html(src)
    return read_scrape(src)


def recover_html(
    data: bytes,
    source: Source,
    *,
    folder: Path | None,
    declared: str | None = None,
    address: str | None = None,
) -> Recovered:
    """Bytes of a web page -> Recovered (raises ImportFailure with the reason).

    ``address``: the page's own URL when it differs from ``source`` (a redirect)."""
    name = source if isinstance(source, str) else source.name
    try:
        decoded, page = page_from_bytes(
            data, folder=folder, source=address or name, declared=declared
        )
    except DecodeError as e:
        raise ImportFailure(e.kind) from None
    except HtmlPageError as e:
        raise ImportFailure(e.code) from None
    article = page_to_article(page)
    return Recovered(source, decoded, page, article, tuple(page.images))


def recover(data: bytes, path: Path) -> Recovered:
    """Bytes of a scrape -> Recovered (raises ImportFailure with the reason)."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as e:
        raise ImportFailure(e.kind) from None
    try:
        scrape = parse_scrape(decoded.text)
    except ScrapeError as e:
        raise ImportFailure(e.code) from None
    article = scrape_to_article(scrape, source=path.name)
    return Recovered(path, decoded, scrape, article)
