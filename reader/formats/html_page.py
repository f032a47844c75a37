"""Saved web pages (HTML) -> what the article is made of, ready for the importer.

The article is extracted by trafilatura (main-content detection, boilerplate removal:
navigation, menus, ads, sidebars, footers, scripts, styles, forms, iframes); this module only

1. decodes the bytes (``encodings.decode_html``: our own detection for UTF-8/16 and the Vietnamese
   legacy encodings, then the page's declared charset, then charset-normalizer);
2. notes, before trafilatura runs, what only the page's markup can tell: which texts are
   photo captions (``<figcaption>``, elements whose class names a caption, the text cell of
   an image table), the page's language, the "saved from" address and its text lines (for
   the date line near the title);
3. walks trafilatura's XML (``head``, ``p``, ``graphic``, ``list``, ``quote``, ``table``),
   pairs images with their captions, applies the portal rules of the text importer to the
   text (toolbars, date lines, "Tin liên quan" footers, the closing ``/.`` byline) and checks
   every image: only a file inside the page's own folder that really is an image is kept;
   remote images are never fetched (the figure keeps its caption and alt text, no image).

Nothing of the page's markup reaches the article: the model holds text with its inline spans
(emphasis, strong and http/https links, from trafilatura's ``hi`` and ``ref``), and images are
files copied by the importer. A link's address is resolved by us against the page's own
address, only for the links trafilatura keeps; any other link keeps its words and loses its
address. Rules: docs/importing.md ("Saved HTML pages and URLs").
trafilatura and lxml are imported lazily (about 0.2 s): only an HTML import pays for them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import re
import stat
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, urljoin, urlsplit

from reader.formats.encodings import (
    Decoded,
    decode_html,
    recapitalise_tcvn3,
    vietnamese_score,
)
from reader.formats.markdown_article import make_text, parse_article
from reader.formats.markdown_writer import article_to_markdown, slugify
from reader.formats.paths import resolve_inside
from reader.formats.portal import (  # the portal rules both importers share
    AUTHOR_LINE,
    FOOTER,
    GLUED_AUTHOR,
    MARKER,
    PHOTO_CREDIT,
    TAGS_LINE,
    Meta,
    caption_score,
    clean_author,
    is_paragraph,
    is_toolbar,
    meta_line,
    name_like,
)
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
from reader.model.article import SpanKind

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
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGES = 200

BlockKind = Literal["heading", "paragraph", "figure", "quote", "list"]


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


# --- reading the page's markup before extraction -----------------------------------------------

_CAPTION_CLASS = re.compile(
    r"caption|chu[-_]?thich|(?:image|img|photo|pic|anh)[-_]?(?:desc|note|text|title)", re.I
)
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "iframe", "object"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "form", "button", "input", "select",
    "textarea", "dialog", "base",
}  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_WS = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MAX_CAPTION = 400


def _clean(s: str) -> str:
    s = _CONTROL.sub("", _INVISIBLE.sub("", s))
    return unicodedata.normalize("NFC", _WS.sub(" ", s)).strip()


def _key(s: str) -> str:
    """A comparison key: text without case, spacing or punctuation differences."""
    return re.sub(r"[\W_]+", "", _clean(s).casefold())


def _text_of(el: Any) -> str:
    return _clean(" ".join(el.itertext()))


@dataclass
class _Markup:
    captions: set[str] = field(default_factory=set)  # _key of known caption texts
    lang: str | None = None
    links: _Links | None = None  # the page's link addresses, for the links that are kept


def _read_markup(root: HtmlElement, url: str | None = None) -> _Markup:
    """Note captions, language and text lines; rewrite figures so trafilatura keeps the
    caption text (it drops ``<figcaption>``) right after the image; put a token in place of
    every link's address (``url``: the page's address when known, see ``_page_url``)."""
    mk = _Markup()
    mk.lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    hrefs: list[str] = []
    named: dict[str, str] = {}  # the page's own addresses: base, canonical, og:url
    # Work on a list: the tree is changed while we go.
    for el in list(root.iter()):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("a", "ref"):  # trafilatura takes both for links
            # trafilatura would resolve the address against the host alone and keep any
            # scheme; a token passes through it untouched, and _Links resolves the few kept.
            if href := el.get("href"):
                el.set("href", f"{{{len(hrefs)}}}")
                hrefs.append(href)
        elif tag in ("base", "link", "meta"):
            _note_address(el, tag, named)
        if tag in _DROP_TAGS or (
            tag and (el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))
        ):
            if el.getparent() is not None:
                el.drop_tree()  # code, embedded objects, forms and hidden text: never content
            continue
        if tag == "figcaption":
            text = _text_of(el)
            if text and len(text) <= _MAX_CAPTION:
                mk.captions.add(_key(text))
            el.tag = "p"
        elif tag == "figure":
            el.tag = "div"
            for attr in ("class", "id"):  # "wp-caption" etc. would be discarded as boilerplate
                el.attrib.pop(attr, None)
        elif tag and tag not in _SKIP_TAGS:
            names = f"{el.get('class') or ''} {el.get('id') or ''}"
            if _CAPTION_CLASS.search(names):
                text = _text_of(el)
                if text and len(text) <= _MAX_CAPTION and el.find(".//img") is None:
                    mk.captions.add(_key(text))
                    el.attrib.pop("class", None)
                    el.attrib.pop("id", None)
                    if tag in ("div", "span", "em", "i", "small", "figcaption"):
                        el.tag = "p"
        if tag == "table":
            imgs = el.findall(".//img")
            if len(imgs) == 1:  # an image table: photo in one cell, caption in another
                rest = [_text_of(c) for c in el.iter("td", "th") if c.find(".//img") is None]
                text = _clean(" ".join(t for t in rest if t))
                if text and len(text) <= _MAX_CAPTION:
                    mk.captions.add(_key(text))
    mk.links = _Links(hrefs, _page_url(url, named))
    return mk


# --- links -----------------------------------------------------------------------------------

_URL_TRIM = "".join(map(chr, range(0x21)))  # C0 controls and space
_URL_TABS = re.compile(r"[\t\n\r]")
# Percent-encoded in a kept address, so that it is written to Markdown and read back unchanged.
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f\s\"'`()<>\\]")
_MAX_URL = 2000


def _absolute(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address with a host, else None."""
    if not url or len(url) > _MAX_URL:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    url = scheme + url[len(scheme) :]
    return _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), url)


def _note_address(el: Any, tag: str, named: dict[str, str]) -> None:
    """The page's first ``<base href>``, ``<link rel=canonical>`` and ``og:url``."""
    if tag == "base":
        key, value = "base", el.get("href")
    elif tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
        key, value = "canonical", el.get("href")
    elif tag == "meta" and (el.get("property") or el.get("name") or "").lower() == "og:url":
        key, value = "og:url", el.get("content")
    else:
        return
    if value and value.strip() and key not in named:
        named[key] = _URL_TABS.sub("", value).strip(_URL_TRIM)


def _page_url(url: str | None, named: dict[str, str]) -> str | None:
    """What the page's relative links mean: its ``<base href>`` (itself relative to the
    page's address), else the page's address: the one it was fetched from or saved from
    (``url``), else its canonical link or ``og:url``. None when nothing is known."""
    page = _absolute(url) or _absolute(named.get("canonical")) or _absolute(named.get("og:url"))
    base = named.get("base")
    if base:
        try:
            resolved = _absolute(urljoin(page or "", base))
        except ValueError:
            resolved = None
        if resolved:
            return resolved
    return page


_TOKEN = re.compile(r"\{(\d+)\}")


class _Links:
    """The page's link addresses, by the token that replaced each in the tree."""

    def __init__(self, hrefs: list[str], base: str | None) -> None:
        self.hrefs = hrefs
        self.base = base  # what relative links are resolved against (None: they are dropped)
        self.found: dict[str, str | None] = {}

    def target(self, token: str | None) -> str | None:
        """The address of a link that trafilatura kept (``ref target``), or None."""
        if not token:
            return None
        if token not in self.found:
            m = _TOKEN.fullmatch(token)
            i = int(m.group(1)) if m else -1
            href = self.hrefs[i] if 0 <= i < len(self.hrefs) else None
            self.found[token] = _link_target(href, self.base)
        return self.found[token]


_NO_LINKS = _Links([], None)


def _link_target(href: str | None, base: str | None) -> str | None:
    """The address a link keeps: http and https only, relative ones resolved against
    ``base``; None for every other (``javascript:``, ``mailto:``, ``data:``, a link within
    the page, a relative link of a page whose address is unknown)."""
    if not href:
        return None
    href = _URL_TABS.sub("", href).strip(_URL_TRIM)
    if not href or href.startswith("#") or len(href) > _MAX_URL:
        return None
    try:
        return _absolute(urljoin(base, href) if base else href)
    except ValueError:  # a malformed address ("http://[x")
        return None


def _lines(root: Any, stop: str = "", limit: int = 3000) -> list[str]:
    """The page's visible text, one line per block element, up to the line that starts with
    ``stop`` (the article's first words). No recursion: pages nest deep."""
    out: list[str] = []
    buf: list[str] = []
    done = False

    def flush() -> None:
        nonlocal done
        if buf:
            line = _clean("".join(buf))
            buf.clear()
            if line:
                if stop and line.startswith(stop):
                    done = True
                else:
                    out.append(line)

    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack and not done and len(out) < limit:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if closing:
            if tag in _BLOCK_TAGS:
                flush()
            if el.tail:
                buf.append(el.tail)
            continue
        if tag is None or tag in _SKIP_TAGS:
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in _BLOCK_TAGS:
            flush()
        if el.text:
            buf.append(el.text)
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(el))
    flush()
    return out


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
            include_links=True,  # <ref target>: the tokens of _read_markup (see _Links)
            include_comments=False,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        raise HtmlPageError("too-deep") from None


# --- from trafilatura's XML to blocks --------------------------------------------------------


_Spans = tuple[Span, ...]


@dataclass
class _Item:
    kind: Literal["heading", "p", "img", "quote", "list", "caption"]
    text: str = ""
    level: int = 2
    style: str | None = None  # "b" or "i" when the whole text is bold / italic
    items: tuple[str, ...] = ()
    ordered: bool = False
    src: str | None = None
    alt: str = ""
    title: str = ""
    spans: _Spans = ()  # of text
    item_spans: tuple[_Spans, ...] = ()  # of each item


def _whole_style(el: Any, text: str) -> str | None:
    """ "b"/"i" when one ``hi`` (or nested ones) carries the element's whole text (read as
    the element's text is: a link's edge inside it adds no space)."""
    for hi in el.iter("hi"):
        rend = hi.get("rend") or ""
        if _inline_text(hi) == text:
            if "#b" in rend or "#strong" in rend:
                return "b"
            if "#i" in rend or "#em" in rend:
                return "i"
    return None


# --- inline formatting -----------------------------------------------------------------------

# trafilatura's <hi rend>: italic and bold are kept; underline, sub/superscript and teletype
# are plain text.
_REND: dict[str, SpanKind] = {"#i": "em", "#b": "strong"}
# Of spans over the same range, the inner one comes first (as the Markdown loader lists them).
_RANK = {"em": 0, "strong": 1, "code": 2, "link": 3}
# What _clean removes or folds: white space, invisible and control characters.
_JUNK = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_SPACE = re.compile(r"[^\S\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # white space that _clean keeps


def _rich(el: Any, links: _Links = _NO_LINKS) -> tuple[str, _Spans]:
    """The text of an element exactly as ``_inline_text`` gives it, with its emphasis,
    strong and link spans (``hi rend="#i"/"#b"``, ``ref target``) aligned with that text.
    ``links``: the page's addresses, by token. No recursion: an element's text, then its
    children, then their tails, as ``itertext``."""
    pieces: list[str] = []
    n = 0
    marks: list[tuple[int, int, SpanKind, str | None]] = []
    stack: list[tuple[Any, int]] = [(el, -1)]  # -1: to open; else: to close, from offset
    while stack:
        node, start = stack.pop()
        if start >= 0:
            tag = node.tag
            kind: SpanKind | None = None
            href = None
            if tag == "hi":
                kind = _REND.get(node.get("rend") or "")
            elif tag == "ref" and (href := links.target(node.get("target"))):
                kind = "link"
            if kind is not None and n > start:
                marks.append((start, n, kind, href if kind == "link" else None))
            if node is not el and node.tail:
                pieces.append(node.tail)
                n += len(node.tail)
            continue
        if not isinstance(node.tag, str):  # a comment or processing instruction: its tail
            if node is not el and node.tail:
                pieces.append(node.tail)
                n += len(node.tail)
            continue
        stack.append((node, n))
        if node.text:
            pieces.append(node.text)
            n += len(node.text)
        stack.extend((c, -1) for c in reversed(node))
    raw = "".join(pieces)
    text = _clean(raw)
    if not marks or not text:
        return text, ()
    aligned, spans = _align(raw, marks)
    return (text, spans) if aligned == text else (text, ())  # the text wins over formatting


def _align(raw: str, marks: list[tuple[int, int, SpanKind, str | None]]) -> tuple[str, _Spans]:
    """``_clean(raw)`` with the marks (offsets into ``raw``) moved along: through the folding
    of white space and the removal of invisible characters, NFC, and the final strip. A span
    never starts or ends with a space."""
    # 1. Fold: every run of white space and invisible characters -> " " or nothing.
    runs_at: list[int] = []  # raw start of each run
    runs: list[tuple[int, int, int]] = []  # raw end, folded start, folded length
    out: list[str] = []
    last = folded = 0
    for m in _JUNK.finditer(raw):
        a, b = m.span()
        out.append(raw[last:a])
        folded += a - last
        put = " " if _SPACE.search(m.group()) else ""
        out.append(put)
        runs_at.append(a)
        runs.append((b, folded, len(put)))
        folded += len(put)
        last = b
    out.append(raw[last:])
    text = "".join(out)

    def fold(p: int, is_start: bool) -> int:
        i = bisect_right(runs_at, p) - 1
        if i < 0:
            return p
        a, (b, at, size) = runs_at[i], runs[i]
        if p >= b:
            return at + size + (p - b)
        if p == a:
            return at
        return at + size if is_start else at  # inside a run: the span leaves the space out

    points = [(fold(s, True), fold(e, False), kind, href) for s, e, kind, href in marks]

    # 2. NFC: offsets move with the pieces between them; when a character composes across a
    #    boundary (a letter and its accent on both sides of a tag), the span takes it whole.
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        cuts = sorted({0, len(text), *(p for s, e, _, _ in points for p in (s, e))})
        parts = [unicodedata.normalize("NFC", text[a:b]) for a, b in itertools.pairwise(cuts)]
        if "".join(parts) == nfc:
            moved = dict(zip(cuts, itertools.accumulate(map(len, parts), initial=0), strict=True))
            points = [(moved[s], moved[e], kind, href) for s, e, kind, href in points]
        else:
            points = [
                (_nfc_offset(text, nfc, s, True), _nfc_offset(text, nfc, e, False), kind, href)
                for s, e, kind, href in points
            ]
        text = nfc

    # 3. Strip, then keep each span off the spaces at its ends.
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    size = len(text)
    spans: list[Span] = []
    for s, e, kind, href in points:
        s = min(max(s - lead, 0), size)
        e = min(max(e - lead, 0), size)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append(Span(s, e, kind, href))
    return text, _tidy(spans)


def _nfc_offset(text: str, nfc: str, p: int, is_start: bool) -> int:
    """Where offset ``p`` of ``text`` is in ``nfc`` (its NFC form): a start moves back to
    the start of a character composed across it, an end forward to its end."""
    before = unicodedata.normalize("NFC", text[:p])
    k = min(len(before), len(nfc))
    if is_start:
        while k and not nfc.startswith(before[:k]):
            k -= 1
    return k


def _tidy(spans: list[Span]) -> _Spans:
    """Spans as Markdown can write them and read them back: touching or nested spans of one
    kind (and address) are one, spans that cross another or a link inside a link are
    dropped; in order of start, longest first, the inner one first of equal ranges."""
    merged: list[Span] = []
    for sp in sorted(spans, key=lambda x: (x.kind, x.href or "", x.start, -x.end)):
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == sp.kind
            and prev.href == sp.href
            and sp.start <= prev.end
        ):
            merged[-1] = Span(prev.start, max(prev.end, sp.end), sp.kind, sp.href)
        else:
            merged.append(sp)
    kept: list[Span] = []
    open_: list[Span] = []
    for sp in sorted(merged, key=lambda x: (x.start, -x.end, -_RANK[x.kind])):
        while open_ and open_[-1].end <= sp.start:
            open_.pop()
        if open_ and sp.end > open_[-1].end:
            continue  # crosses a span that is already kept
        if sp.kind == "link" and any(o.kind == "link" for o in open_):
            continue
        open_.append(sp)
        kept.append(sp)
    return tuple(sorted(kept, key=lambda x: (x.start, -x.end, _RANK[x.kind])))


def _whole_dropped(text: str, spans: _Spans) -> _Spans:
    """Without emphasis or strong over the whole text: a heading or a caption shows as one
    already."""
    n = len(text)
    return tuple(s for s in spans if s.kind == "link" or (s.start, s.end) != (0, n))


def _caption_spans(text: str, spans: _Spans) -> _Spans:
    """A caption is written in emphasis in the Markdown file: emphasis inside it cannot
    show (nor be read back); its strong text and links can."""
    return tuple(s for s in _whole_dropped(text, spans) if s.kind != "em")


_EMPHASIS = ("em", "strong")


def _touching(text: str, spans: _Spans, caption: bool) -> list[Span]:
    """Emphasis spans with an edge where another one has an edge (or, in a caption, at its
    ends): Markdown writes them as runs of asterisks (``***a**b**c***``) that it may read
    back otherwise. Spans that touch no other always read back (tests/test_html_inline.py
    tries every arrangement of three spans)."""
    points: dict[int, int] = {}
    for sp in spans:
        if sp.kind in _EMPHASIS:
            for p in (sp.start, sp.end):
                points[p] = points.get(p, 0) + 1
    if caption:
        for p in (0, len(text)):
            points[p] = points.get(p, 0) + 1
    return [
        sp for sp in spans if sp.kind in _EMPHASIS and (points[sp.start] > 1 or points[sp.end] > 1)
    ]


def _reads_back(kind: BlockKind, text: str, spans: _Spans) -> bool:
    """Whether the Markdown file will read back this text with these spans."""
    t = make_text(text, "und", spans)
    block: Block
    if kind == "heading":
        block = Heading(2, t)
    elif kind == "quote":
        block = Quote(t)
    elif kind == "list":
        block = ListBlock(False, (t,))
    elif kind == "figure":
        block = Figure(None, "", t)
    else:
        block = Paragraph(t)
    back = parse_article(article_to_markdown(Article(title="-", blocks=(block,))))
    found = [x for b in back.blocks for x in b.texts()]
    return len(found) == 1 and found[0].text == text and found[0].spans == spans


def _writable(kind: BlockKind, text: str, spans: _Spans) -> _Spans:
    """The spans, less emphasis that the Markdown file would not read back as it is: when
    emphasis spans touch, the file is written and read to check, and the shortest touching
    span is dropped until it reads back (rare: ``<em><b>a</b> b <b>c</b></em>``)."""
    caption = kind == "figure"
    risky = _touching(text, spans, caption)
    while risky:
        if _reads_back(kind, text, spans):
            return spans
        drop = min(risky, key=lambda sp: (sp.end - sp.start, -sp.start))
        spans = tuple(sp for sp in spans if sp != drop)
        risky = _touching(text, spans, caption)
    return spans


def _clip(spans: _Spans, n: int) -> _Spans:
    """The spans of a text cut to its first ``n`` characters."""
    return tuple(Span(s.start, min(s.end, n), s.kind, s.href) for s in spans if s.start < n)


def _join(parts: list[tuple[str, _Spans]], sep: str) -> tuple[str, _Spans]:
    texts: list[str] = []
    spans: list[Span] = []
    n = 0
    for text, sp in parts:
        if texts:
            n += len(sep)
        spans.extend(Span(s.start + n, s.end + n, s.kind, s.href) for s in sp)
        texts.append(text)
        n += len(text)
    return sep.join(texts), tuple(spans)


def _inline_text(el: Any) -> str:
    """The text of an element (images have none; ``lb`` tails start with a space)."""
    return _clean("".join(el.itertext()))


def _image_item(g: Any) -> _Item:
    return _Item(
        "img",
        src=(g.get("src") or g.get("data-src") or "").strip(),
        alt=_clean(g.get("alt") or ""),
        title=_clean(g.get("title") or ""),
    )


def _items(body: Any, links: _Links) -> list[_Item]:
    out: list[_Item] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text, spans = _rich(el, links)
            if text:
                out.append(_Item("heading", text, level=level, spans=spans))
        elif tag == "graphic":
            out.append(_image_item(el))
        elif tag in ("p", "item", "cell"):
            images = list(el.iter("graphic"))
            text, spans = _rich(el, links)
            out.extend(_image_item(g) for g in images)
            if text:
                out.append(_Item("p", text, style=_whole_style(el, text), spans=spans))
        elif tag == "quote":
            paras = [_rich(p, links) for p in el.iter("p")] or [_rich(el, links)]
            out.extend(_Item("quote", t, spans=sp) for t, sp in paras if t)
        elif tag == "list":
            rich = [r for r in (_rich(i, links) for i in el.iter("item")) if r[0]]
            out.extend(_image_item(g) for g in el.iter("graphic"))
            if rich:
                ordered = (el.get("rend") or "") == "ol"
                out.append(
                    _Item(
                        "list",
                        items=tuple(t for t, _ in rich),
                        item_spans=tuple(sp for _, sp in rich),
                        ordered=ordered,
                    )
                )
        elif tag == "table":
            out.extend(_table(el, links))
        elif tag in ("div", "section", "lb"):
            out.extend(_items(el, links))
        else:  # code, ref, unknown: keep the text as a paragraph
            out.extend(_image_item(g) for g in el.iter("graphic"))
            text, spans = _rich(el, links)
            if text:
                out.append(_Item("p", text, spans=spans))
    return out


def _table(table: Any, links: _Links) -> list[_Item]:
    images = list(table.iter("graphic"))
    cells = [r for r in (_rich(c, links) for c in table.iter("cell")) if r[0]]
    text, spans = _join(cells, " ")
    if text != _clean(text):
        text, spans = _clean(text), ()
    if len(images) == 1 and len(text) <= _MAX_CAPTION:  # a photo with its caption cell
        img = _image_item(images[0])
        return [img, _Item("caption", text, spans=spans)] if text else [img]
    out = [_image_item(g) for g in images]
    rows = []
    for row in table.iter("row"):
        row_cells = [r for r in (_rich(c, links) for c in row.iter("cell")) if r[0]]
        if row_cells:
            rows.append(_join(row_cells, "; "))
    if rows:
        out.append(
            _Item("list", items=tuple(t for t, _ in rows), item_spans=tuple(s for _, s in rows))
        )
    return out


# --- images ----------------------------------------------------------------------------------

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_REMOTE = re.compile(r"^(?:(?:https?|ftp):)?//", re.I)
_MAGIC = (
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
)


def _image_kind(path: Path) -> str | None:
    try:  # opened without blocking: a pipe swapped in after the is-file check cannot hang it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(fd, 16) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        finally:
            os.close(fd)
    except OSError:
        return None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    return next((ext for magic, ext in _MAGIC if head.startswith(magic)), None)


class _Images:
    """Checks image references against the page's folder and names the copies."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.names: dict[Path, str] = {}
        self.unavailable: dict[str, int] = {}

    def _miss(self, why: str) -> tuple[None, None, str]:
        self.unavailable[why] = self.unavailable.get(why, 0) + 1
        return None, None, why

    def local(self, src: str) -> tuple[Path | None, str | None, str | None]:
        if not src:
            return self._miss("missing")
        if src.startswith("data:"):
            return self._miss("embedded")
        if _REMOTE.match(src) or self.folder is None:
            return self._miss("remote")
        if _SCHEME.match(src):  # file:, javascript:, ...
            return self._miss("outside")
        path, problem = resolve_inside(self.folder, src.replace("\\", "/"))
        if path is None:
            return self._miss("outside" if problem and "refused" in problem else "missing")
        if path in self.names:
            return path, self.names[path], None
        ext = _image_kind(path)
        try:
            too_big = path.stat().st_size > MAX_IMAGE_BYTES
        except OSError:
            too_big = True
        if ext is None or too_big or len(self.names) >= MAX_IMAGES:
            return self._miss("not an image")
        stem = slugify(Path(src.split("?", 1)[0].split("#", 1)[0]).stem, 40) or "anh"
        name = f"images/{len(self.names) + 1:02d}-{stem}{ext}"
        self.names[path] = name
        return path, name, None


_NOISE_ALT = re.compile(r"^(?:image|img|photo|picture|ảnh|hình|hình ảnh|anh)?\s*\d*$", re.I)
_FILE_ALT = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|svg)$", re.I)


def _useful_alt(alt: str) -> str:
    if (
        not alt
        or _NOISE_ALT.match(alt)
        or _FILE_ALT.search(alt)
        or not any(c.isalpha() for c in alt)
    ):
        return ""
    return alt[:500]


# --- the parser ------------------------------------------------------------------------------


def _is_caption_after_image(it: _Item, img: _Item, known: set[str]) -> bool:
    if it.kind == "caption":
        return True
    if it.kind != "p" or len(it.text) > _MAX_CAPTION:
        return False
    if _key(it.text) in known or (img.title and _key(img.title) == _key(it.text)):
        return True
    if it.style == "i":
        return True
    short = not is_paragraph(it.text)
    return short and (bool(PHOTO_CREDIT.search(it.text)) or caption_score(it.text) >= 2)


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
    traf = _trafilatura()
    head = text[:4096]
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a declaration in a str
    try:
        root = traf.load_html(text)
    except (ValueError, RecursionError):
        root = None
    if root is None:
        raise HtmlPageError("no-html")
    try:
        markup = _read_markup(root, _page_address(source, head))
    except RecursionError:
        raise HtmlPageError("too-deep") from None
    doc = _extract(root)
    if doc is None or doc.body is None:
        raise HtmlPageError("page-no-article")

    warnings: list[str] = []
    for lb in doc.body.iter("lb"):  # a line break separates words
        lb.tail = " " + (lb.tail or "")
    items = _items(doc.body, markup.links or _NO_LINKS)
    title = _clean(doc.title or "") or None

    # The title shows as a heading in the body too: drop it (or take it when metadata had none).
    first_heading = next((i for i, it in enumerate(items) if it.kind == "heading"), None)
    if first_heading is not None and first_heading <= 2:
        h = items[first_heading].text
        kh, kt = _key(h), _key(title or "")
        if title is None and not is_paragraph(h):
            title = h
            del items[first_heading]
        elif kh and kt and (kh == kt or kt.startswith(kh) or kh.startswith(kt)):
            del items[first_heading]

    # Boilerplate that trafilatura kept: toolbars, date lines, portal markers, footers.
    meta = Meta()
    author: str | None = None
    kept: list[_Item] = []
    for it in items:
        if it.kind in ("p", "heading"):
            s = it.text
            if MARKER.search(s) or is_toolbar(s) or meta_line(s, meta, header=not kept):
                continue
            if TAGS_LINE.match(s):
                continue
            if m := AUTHOR_LINE.match(s):
                author = author or clean_author(m.group(1))
                continue
            if kept and FOOTER.match(s):
                break
        kept.append(it)
    items = kept

    # Headings that are prose (a sapo in <h2>) are paragraphs.
    for it in items:
        if it.kind == "heading" and is_paragraph(it.text):
            it.kind = "p"

    # The closing byline: glued to "/." or a name-like last paragraph.
    texts = [i for i, it in enumerate(items) if it.kind == "p"]
    if texts:
        last = items[texts[-1]]
        glued = GLUED_AUTHOR.match(last.text)
        if glued and name_like(glued.group("author")):
            last.text = glued.group("body")
            last.spans = _clip(last.spans, len(last.text))
            author = clean_author(glued.group("author"))
        elif (
            texts[-1] == len(items) - 1
            and len(texts) >= 2
            and texts[-2] == texts[-1] - 1  # right after a paragraph, not under a photo
            and name_like(last.text)
            and (items[texts[-2]].text.endswith("/.") or is_paragraph(items[texts[-2]].text))
            and (items[texts[-2]].text.endswith("/.") or caption_score(last.text) < 2)
        ):
            author = clean_author(last.text)
            del items[texts[-1]]
    if author is None and doc.author:
        author = _clean(doc.author)[:120] or None

    # Lead: the first paragraph when nothing but images comes before it, or one that matches
    # the page's description or is wholly bold.
    lead: str | None = None
    description = _key(doc.description or "")
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "img":  # a photo above the lead, with its caption
            nxt = items[i + 1] if i + 1 < len(items) else None
            skip = nxt is not None and _is_caption_after_image(nxt, it, markup.captions)
            i += 2 if skip else 1
            continue
        if it.kind == "p" and _key(it.text) not in markup.captions:
            k = _key(it.text)
            matches = len(description) >= 30 and (
                k.startswith(description[:200]) or description.startswith(k[:200])
            )
            if matches or is_paragraph(it.text) or (it.style == "b" and len(it.text) > 80):
                lead = it.text
                del items[i]
        break

    images = _Images(folder)
    blocks = _blocks(items, markup.captions, images)
    body_text = [b.text for b in blocks if b.kind in ("paragraph", "quote")] + [
        t for b in blocks if b.kind == "list" for t in b.items
    ]
    if lead is None and not (
        any(is_paragraph(t) for t in body_text) or sum(map(len, body_text)) >= 200
    ):  # a menu, a link list or a lone line is not an article
        raise HtmlPageError("page-no-prose")

    if not title:
        base = lead or next((b.text for b in blocks if b.kind == "paragraph"), "")
        title = title_from_lead(base) or None
        if title:
            warnings.append(NOTE_TITLE_FROM_LEAD)

    first_text = lead or next((b.text for b in blocks if b.text), "")
    date = _date(doc.date, _lines(root, first_text[:40]))
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


def _blocks(items: list[_Item], known: set[str], images: _Images) -> list[PageBlock]:
    blocks: list[PageBlock] = []
    i = 0
    n = len(items)
    while i < n:
        it = items[i]
        if it.kind == "img":
            caption = None
            spans: _Spans = ()
            if i + 1 < n and _is_caption_after_image(items[i + 1], it, known):
                caption = items[i + 1].text
                spans = _caption_spans(caption, items[i + 1].spans)
                i += 1
            elif it.title and it.title != it.alt:
                caption = it.title
            path, name, why = images.local(it.src or "")
            alt = _useful_alt(it.alt)
            if path is not None or caption or alt:
                figure = PageFigure(path, name, alt, caption, why, spans)
                blocks.append(PageBlock("figure", figure=figure))
        elif it.kind == "caption" or (it.kind == "p" and _key(it.text) in known):
            spans = _caption_spans(it.text, it.spans)
            figure = PageFigure(None, None, "", it.text, "missing", spans)
            blocks.append(PageBlock("figure", figure=figure))
        elif it.kind == "heading":
            spans = _whole_dropped(it.text, it.spans)
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
                spans = _whole_dropped(it.text, it.spans)
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
    """The block with only the spans its Markdown file reads back (see ``_writable``)."""
    if b.figure is not None and b.figure.caption and b.figure.caption_spans:
        spans = _writable("figure", b.figure.caption, b.figure.caption_spans)
        if spans != b.figure.caption_spans:
            return replace(b, figure=replace(b.figure, caption_spans=spans))
    elif b.spans:
        spans = _writable(b.kind, b.text, b.spans)
        if spans != b.spans:
            return replace(b, spans=spans)
    elif b.item_spans:
        items = tuple(_writable("list", t, sp) for t, sp in zip(b.items, b.item_spans, strict=True))
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
    m = _SAVED_FROM.search(head)
    return m.group(1) if m else None


def _source(url: str | None, head: str, fallback: str | None) -> str | None:
    for candidate in (url, (m.group(1) if (m := _SAVED_FROM.search(head)) else None)):
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
        title=page.title or "Untitled",
        lang=lang,
        date=page.date,
        author=page.author,
        source=page.source,
        lead=make_text(page.lead, lang) if page.lead else None,
        blocks=tuple(blocks),
        path=path,
        warnings=page.warnings,
    )
