"""Saved web pages (HTML) -> what the article is made of, ready for the importer.

The article is extracted by trafilatura (main-content detection, boilerplate removal:
navigation, menus, ads, sidebars, footers, scripts, styles, forms, iframes); this module only

1. decodes the bytes (``encodings.decode_html``: our own detection for UTF-8/16 and the
   Vietnamese legacy encodings, then the page's declared charset, then charset-normalizer);
2. notes, before trafilatura runs, what only the page's markup can tell (``page_markup``,
   with ``page_links`` for addresses): which texts are photo captions (``<figcaption>``,
   elements whose class names a caption, the text cell of an image table), the page's
   language, the "saved from" address and its text lines (for the date line near the title);
3. walks trafilatura's XML (``page_items``: ``head``, ``p``, ``graphic``, ``list``,
   ``quote``, ``table``, their inline spans aligned by ``page_spans``), pairs images with
   their captions, applies the portal rules (``page_rules``, with the line rules of ``portal``
   that the text importer shares: toolbars, date lines, "Tin liên quan" footers, the closing
   ``/.`` byline) and checks every image (``page_images``): only a file inside the page's
   own folder that really is an image is kept; remote images are never fetched (the figure
   keeps its caption and alt text).

Nothing of the page's markup reaches the article: the model holds text with its inline spans
(emphasis, strong and http/https links, from trafilatura's ``hi`` and ``ref``), and images are
files copied by the importer. A link's address is resolved by us against the page's own
address, only for the links trafilatura keeps; any other link keeps its words and loses its
address. Rules: docs/importing.md ("Saved HTML pages and URLs").
trafilatura and lxml are imported lazily (about 0.2 s): only an HTML import pays for them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.formats.encodings import (
    Decoded,
    decode_html,
    recapitalise_tcvn3,
    vietnamese_score,
)
from reader.formats.front_matter import clean_title
from reader.formats.page_images import Images, useful_alt
from reader.formats.page_items import Item, read_items
from reader.formats.page_links import NO_LINKS
from reader.formats.page_markup import (
    SAVED_FROM,
    clean_text,
    page_lines,
    read_markup,
    text_key,
)
from reader.formats.page_rules import (
    drop_boilerplate,
    drop_title_heading,
    is_caption_after_image,
    take_byline,
    take_lead,
)
from reader.formats.page_spans import (
    BlockKind,
    Spans,
    caption_text_spans,
    whole_dropped,
    writable_spans,
)
from reader.formats.portal import Meta, is_paragraph, meta_line
from reader.formats.scrape_text import NOTE_NO_DATE, NOTE_TITLE_FROM_LEAD, title_from_lead
from reader.model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Span,
)
from reader.text.sentences import make_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "HTML_SUFFIXES",
    "IMAGE_NOTES",
    "MAX_HTML_BYTES",
    "PAGE_REASONS",
    "HtmlPage",
    "HtmlPageError",
    "PageBlock",
    "PageFigure",
    "page_from_bytes",
    "page_to_article",
    "parse_html",
]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_HTML_BYTES = 10 * 1024 * 1024  # saved pages carry scripts and styles: more than a scrape


# Why an image of the page is not in the article: the warning reads "N image(s) WHAT".
IMAGE_NOTES = {
    "remote": "on the web, not downloaded (caption kept)",
    "embedded": "embedded in the page, not kept (caption kept)",
    "outside": "outside the page's folder, refused",
    "missing": "not found beside the page",
    "not an image": "not image files (or too large)",
}


# Why a page holds no article: code -> sentence (the import report's reasons, written once).
PAGE_REASONS = {
    "no-html": "the page has no readable HTML",
    "too-deep": "the page is nested too deeply to be read",
    "page-no-article": "no article text was found in the page",
    "page-no-prose": "no article text was found in the page (no paragraph of prose)",
}


class HtmlPageError(ValueError):
    """The page has no article in it (empty, or nothing but boilerplate).

    ``code`` is stable (the window's import report translates by it): "no-html",
    "too-deep", "page-no-article" or "page-no-prose"; the message is its ``PAGE_REASONS``
    sentence."""

    def __init__(self, code: str = "page-no-article") -> None:
        super().__init__(PAGE_REASONS[code])
        self.code = code


@dataclass(frozen=True, slots=True)
class PageFigure:
    """A photo of the page. ``image`` is a checked local file (to copy to ``name``, a path
    relative to the article's folder), or None: remote, missing or not an image."""

    image: Path | None
    name: str | None
    alt: str
    caption: str | None
    unavailable: str | None = None  # why there is no image: "remote", "missing", ...
    caption_spans: tuple[Span, ...] = ()  # inline formatting of the caption (see PageBlock)


@dataclass(frozen=True, slots=True)
class PageBlock:
    """A block of the page. ``spans`` (of ``text``) and ``item_spans`` (one per item, or
    none) are its inline emphasis, strong and links, with offsets into the text."""

    kind: BlockKind
    text: str = ""
    level: int = 2
    items: tuple[str, ...] = ()
    ordered: bool = False
    figure: PageFigure | None = None
    spans: tuple[Span, ...] = ()
    item_spans: tuple[tuple[Span, ...], ...] = ()


@dataclass(frozen=True)
class HtmlPage:
    """What was recovered from a page, before it becomes an ``Article``."""

    title: str | None
    date: dt.date | None
    lead: str | None
    author: str | None
    lang: str
    source: str | None
    blocks: tuple[PageBlock, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "heading"]

    @property
    def captions(self) -> list[str]:
        return [
            b.figure.caption
            for b in self.blocks
            if b.kind == "figure" and b.figure is not None and b.figure.caption
        ]

    @property
    def paragraphs(self) -> list[str]:
        """Body text after the lead: paragraphs, quotations and list items, in order."""
        out: list[str] = []
        for b in self.blocks:
            if b.kind in ("paragraph", "quote"):
                out.append(b.text)
            elif b.kind == "list":
                out.extend(b.items)
        return out

    @property
    def figures(self) -> list[PageFigure]:
        return [b.figure for b in self.blocks if b.figure is not None]

    @property
    def images(self) -> list[tuple[Path, str]]:
        """(local file, name in the article folder) for every image to copy, once each."""
        seen: dict[str, Path] = {}
        for f in self.figures:
            if f.image is not None and f.name is not None:
                seen.setdefault(f.name, f.image)
        return [(p, n) for n, p in seen.items()]


# --- trafilatura -----------------------------------------------------------------------------

_quiet = False


def _trafilatura() -> Any:
    global _quiet
    import trafilatura  # lazy: about 0.2 s, only for HTML imports

    if not _quiet:  # its warnings ("empty tree", ...) must not go to the user's terminal
        for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
            logging.getLogger(name).addHandler(logging.NullHandler())
        _quiet = True
    return trafilatura


def _extract(root: HtmlElement) -> Any:
    traf = _trafilatura()
    try:
        return traf.bare_extraction(
            root,
            fast=True,  # no readability/jusText fallbacks: 2-3x faster, and they drop images
            include_images=True,
            include_formatting=True,
            include_tables=True,
            include_links=True,  # <ref target>: the tokens of read_markup (see Links)
            include_comments=False,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        raise HtmlPageError("too-deep") from None


# --- the parser ------------------------------------------------------------------------------


def parse_html(
    text: str,
    *,
    folder: Path | None = None,
    source: str | None = None,
) -> HtmlPage:
    """Recover the article of an HTML page (raises ``HtmlPageError``).

    ``folder``: the folder of the saved page, where its images are looked up (None for a page
    fetched from the network: its images are remote and never fetched). ``source``: the
    page's address or file name, used when the page names no address of its own.
    """
    head = text[:4096]
    root = _load_html(text)
    try:
        markup = read_markup(root, _page_address(source, head))
    except RecursionError:
        raise HtmlPageError("too-deep") from None
    doc = _extract(root)
    if doc is None or doc.body is None:
        raise HtmlPageError("page-no-article")
    for lb in doc.body.iter("lb"):  # a line break separates words
        lb.tail = " " + (lb.tail or "")
    items = read_items(doc.body, markup.links or NO_LINKS)

    title = drop_title_heading(items, clean_text(doc.title or "") or None)
    items, author = drop_boilerplate(items)
    byline = take_byline(items)
    if byline is not None:
        author = byline
    if author is None and doc.author:
        author = clean_text(doc.author)[:120] or None
    lead = take_lead(items, text_key(doc.description or ""), markup.captions)
    images = Images(folder)
    blocks = _blocks(items, markup.captions, images)
    _check_prose(lead, blocks)

    warnings: list[str] = []
    if not title:
        base = lead or next((b.text for b in blocks if b.kind == "paragraph"), "")
        title = title_from_lead(base) or None
        if title:
            warnings.append(NOTE_TITLE_FROM_LEAD)
    first_text = lead or next((b.text for b in blocks if b.text), "")
    date = _date(doc.date, page_lines(root, first_text[:40]))
    if date is None:
        warnings.append(NOTE_NO_DATE)
    for why, n in sorted(images.unavailable.items()):
        warnings.append(f"{n} image{'s' if n > 1 else ''} {IMAGE_NOTES[why]}")

    return HtmlPage(
        title=title,
        date=date,
        lead=lead,
        author=author,
        lang=_language(markup.lang, " ".join([lead or ""] + [b.text for b in blocks[:20]])),
        source=_source(doc.url, head, source),
        blocks=tuple(blocks),
        warnings=tuple(warnings),
    )


def _load_html(text: str) -> HtmlElement:
    """The page's element tree (lxml, through trafilatura); ``HtmlPageError`` if none."""
    traf = _trafilatura()
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a declaration in a str
    try:
        root = traf.load_html(text)
    except (ValueError, RecursionError):
        root = None
    if root is None:
        raise HtmlPageError("no-html")
    return root


def _check_prose(lead: str | None, blocks: list[PageBlock]) -> None:
    """A menu, a link list or a lone line is not an article: ``HtmlPageError`` unless
    there is a lead, a paragraph of prose or 200 characters of body text."""
    body_text = [b.text for b in blocks if b.kind in ("paragraph", "quote")] + [
        t for b in blocks if b.kind == "list" for t in b.items
    ]
    if lead is None and not (
        any(is_paragraph(t) for t in body_text) or sum(map(len, body_text)) >= 200
    ):
        raise HtmlPageError("page-no-prose")


def _blocks(items: list[Item], known: set[str], images: Images) -> list[PageBlock]:
    blocks: list[PageBlock] = []
    i = 0
    n = len(items)
    while i < n:
        it = items[i]
        if it.kind == "img":
            caption = None
            spans: Spans = ()
            if i + 1 < n and is_caption_after_image(items[i + 1], it, known):
                caption = items[i + 1].text
                spans = caption_text_spans(caption, items[i + 1].spans)
                i += 1
            elif it.title and it.title != it.alt:
                caption = it.title
            path, name, why = images.local(it.src or "")
            alt = useful_alt(it.alt)
            if path is not None or caption or alt:
                figure = PageFigure(path, name, alt, caption, why, spans)
                blocks.append(PageBlock("figure", figure=figure))
        elif it.kind == "caption" or (it.kind == "p" and text_key(it.text) in known):
            spans = caption_text_spans(it.text, it.spans)
            figure = PageFigure(None, None, "", it.text, "missing", spans)
            blocks.append(PageBlock("figure", figure=figure))
        elif it.kind == "heading":
            spans = whole_dropped(it.text, it.spans)
            blocks.append(PageBlock("heading", it.text, level=it.level, spans=spans))
        elif it.kind == "p":
            bold_heading = (
                it.style == "b"
                and len(it.text) <= 200
                and not is_paragraph(it.text)
                and i + 1 < n
                and items[i + 1].kind in ("p", "list", "quote", "img")
            )
            if bold_heading:
                spans = whole_dropped(it.text, it.spans)
                blocks.append(PageBlock("heading", it.text, spans=spans))
            else:
                blocks.append(PageBlock("paragraph", it.text, spans=it.spans))
        elif it.kind == "quote":
            blocks.append(PageBlock("quote", it.text, spans=it.spans))
        elif it.kind == "list":
            blocks.append(
                PageBlock("list", items=it.items, ordered=it.ordered, item_spans=it.item_spans)
            )
        i += 1
    # Heading levels: the page's highest becomes 2 (level 1 is the title).
    levels = sorted({b.level for b in blocks if b.kind == "heading"})
    shift = {lv: min(6, 2 + k) for k, lv in enumerate(levels)}
    return [
        _markdown_safe(replace(b, level=shift[b.level]) if b.kind == "heading" else b)
        for b in blocks
    ]


def _markdown_safe(b: PageBlock) -> PageBlock:
    """The block with only the spans its Markdown file reads back (see ``writable_spans``)."""
    if b.figure is not None and b.figure.caption and b.figure.caption_spans:
        spans = writable_spans("figure", b.figure.caption, b.figure.caption_spans)
        if spans != b.figure.caption_spans:
            return replace(b, figure=replace(b.figure, caption_spans=spans))
    elif b.spans:
        spans = writable_spans(b.kind, b.text, b.spans)
        if spans != b.spans:
            return replace(b, spans=spans)
    elif b.item_spans:
        items = tuple(
            writable_spans("list", t, sp) for t, sp in zip(b.items, b.item_spans, strict=True)
        )
        if items != b.item_spans:
            return replace(b, item_spans=items)
    return b


_HAS_DATE = re.compile(
    r"\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{4}-\d\d-\d\d|\d\s+tháng\s+\d", re.I
)


def _date(found: str | None, lines: list[str]) -> dt.date | None:
    """A date line labelled as the publication date before the article's text wins; then the
    page's metadata (meta tags, ``<time>``; never a date the page labels as today's); then
    the first date line before the article's text."""
    meta = Meta()
    for line in lines:
        if len(line) <= 160 and _HAS_DATE.search(line):
            meta_line(line, meta, header=True)
    pub = [d for d, kind in meta.dates if kind == "pub"]
    views = {d for d, kind in meta.dates if kind == "view"}
    plain = [d for d, kind in meta.dates if kind == ""]
    if pub:
        return pub[0]
    if found:
        try:
            d = dt.date.fromisoformat(found[:10])
        except ValueError:
            d = None
        if d is not None and d not in views:
            return d
    return plain[0] if plain else None


_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def _language(declared: str | None, sample: str) -> str:
    """The page's ``lang``, unless its text is plainly Vietnamese (templates say "en")."""
    share, words = vietnamese_score(sample[:4000])
    if words >= 5 and share >= 0.6:
        return "vi"
    m = _LANG.match((declared or "").strip())
    return m.group(1).lower() if m else "vi"


def _page_address(source: str | None, head: str) -> str | None:
    """Where the page really was: the address it was fetched from (a URL import's
    ``source``), else the one a browser noted when saving it."""
    if source and re.match(r"^https?://", source, re.I):
        return source
    m = SAVED_FROM.search(head)
    return m.group(1) if m else None


def _source(url: str | None, head: str, fallback: str | None) -> str | None:
    for candidate in (url, (m.group(1) if (m := SAVED_FROM.search(head)) else None)):
        if candidate and re.match(r"^https?://[^\s<>\"']+$", candidate):
            return candidate
    return fallback


def page_from_bytes(
    data: bytes,
    *,
    folder: Path | None = None,
    source: str | None = None,
    declared: str | None = None,
) -> tuple[Decoded, HtmlPage]:
    """Decode and parse (raises ``DecodeError`` or ``HtmlPageError``)."""
    decoded = decode_html(data, declared)
    page = parse_html(decoded.text, folder=folder, source=source)
    if decoded.encoding == "tcvn3":  # on the texts, not the markup: tags are no words
        page = _recapitalised(page)
    return decoded, page


def _recapitalised(page: HtmlPage) -> HtmlPage:
    """TCVN3's lost capitals given back in each text of the page (lengths do not change,
    so the spans stay right)."""

    def fix(text: str | None) -> str | None:
        return recapitalise_tcvn3(text) if text else text

    def block(b: PageBlock) -> PageBlock:
        figure = b.figure
        if figure is not None:
            figure = replace(figure, alt=fix(figure.alt) or "", caption=fix(figure.caption))
        items = tuple(recapitalise_tcvn3(t) for t in b.items)
        return replace(b, text=fix(b.text) or "", items=items, figure=figure)

    return replace(
        page,
        title=fix(page.title),
        lead=fix(page.lead),
        author=fix(page.author),
        blocks=tuple(block(b) for b in page.blocks),
    )


def page_to_article(page: HtmlPage, *, path: str | None = None) -> Article:
    """The article model of a page; figures point at ``images/...`` in the article folder."""
    lang = page.lang
    blocks: list[Block] = []
    for b in page.blocks:
        if b.kind == "heading":
            blocks.append(Heading(b.level, make_text(b.text, lang, b.spans)))
        elif b.kind == "paragraph":
            blocks.append(Paragraph(make_text(b.text, lang, b.spans)))
        elif b.kind == "quote":
            blocks.append(Quote(make_text(b.text, lang, b.spans)))
        elif b.kind == "list":
            spans = b.item_spans or ((),) * len(b.items)
            items = tuple(make_text(t, lang, sp) for t, sp in zip(b.items, spans, strict=True))
            blocks.append(ListBlock(b.ordered, items))
        elif b.figure is not None:
            f = b.figure
            caption = make_text(f.caption, lang, f.caption_spans) if f.caption else None
            blocks.append(Figure(f.name, f.alt, caption))
    return Article(
        title=clean_title(page.title) or "Untitled",  # as the reader will read it back
        lang=lang,
        date=page.date,
        author=page.author,
        source=page.source,
        lead=make_text(page.lead, lang) if page.lead else None,
        blocks=tuple(blocks),
        path=path,
        warnings=page.warnings,
    )
