"""Saved web pages (HTML) -> what the article is made of, ready for the importer.

The article is extracted by trafilatura (main-content detection, boilerplate removal:
navigation, menus, ads, sidebars, footers, scripts, styles, forms, iframes); this module only

1. decodes the bytes (``decode_html``: our own detection for UTF-8/16 and the Vietnamese
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

Nothing of the page's markup reaches the article: the model holds plain text, and images are
files copied by the importer. Rules: docs/importing.md ("Saved HTML pages and URLs").
trafilatura and lxml are imported lazily (about 0.2 s): only an HTML import pays for them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reader.formats.encodings import (
    Decoded,
    decode_bytes,
    decode_tcvn3,
    decode_vni,
    vietnamese_score,
)
from reader.formats.markdown_article import make_text
from reader.formats.markdown_writer import slugify
from reader.formats.paths import resolve_inside

# The text importer's portal rules (docs/importing.md), shared so both importers agree.
from reader.formats.scrape_text import (
    _AUTHOR_LINE,
    _FOOTER,
    _GLUED_AUTHOR,
    _MARKER,
    _PHOTO_CREDIT,
    _TAGS_LINE,
    NOTE_NO_DATE,
    NOTE_TITLE_FROM_LEAD,
    _caption_score,
    _clean_author,
    _is_paragraph,
    _is_toolbar,
    _Meta,
    _meta_line,
    _name_like,
    title_from_lead,
)
from reader.model import Article, Block, Figure, Heading, ListBlock, Paragraph, Quote

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "HTML_SUFFIXES",
    "IMAGE_NOTES",
    "MAX_HTML_BYTES",
    "HtmlPage",
    "HtmlPageError",
    "PageBlock",
    "PageFigure",
    "decode_html",
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


class HtmlPageError(ValueError):
    """The page has no article in it (empty, or nothing but boilerplate).

    ``code`` is stable (the window's import report translates by it): "no-html",
    "too-deep", "page-no-article" or "page-no-prose"; the message is plain English."""

    def __init__(self, message: str, code: str = "page-no-article") -> None:
        super().__init__(message)
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


@dataclass(frozen=True, slots=True)
class PageBlock:
    kind: BlockKind
    text: str = ""
    level: int = 2
    items: tuple[str, ...] = ()
    ordered: bool = False
    figure: PageFigure | None = None


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


# --- decoding --------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_BODY = re.compile(rb"<body[\s>]", re.I)
_UNICODE = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be")
_VIETNAMESE_8BIT = ("windows-1258", "tcvn3", "vni")


def _codec_name(name: str) -> str | None:
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return "windows-" + found[2:] if re.fullmatch(r"cp12\d\d", found) else found


def _finish(text: str, encoding: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nfc = unicodedata.normalize("NFC", text)
    return Decoded(nfc, encoding, was_nfd=nfc != text)


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """The text of an HTML page and its encoding (raises ``DecodeError``).

    A BOM, UTF-8 and UTF-16 win as for scrapes. An 8-bit page is judged on its body (the
    markup before it has no Vietnamese words): Windows-1258, TCVN3 and VNI by the syllable
    score, else the charset the server (``declared``) or the page's ``<meta>`` names, else
    charset-normalizer. Legacy pages often declare ISO-8859-1 while their text is TCVN3.
    """
    first = decode_bytes(data)
    if first.encoding in _UNICODE:
        return first
    m = _BODY.search(data, 0, 2 * 1024 * 1024)
    body = data[m.start() :] if m else data
    try:
        by_body = decode_bytes(body).encoding if m else first.encoding
    except ValueError:
        by_body = first.encoding
    if by_body in _VIETNAMESE_8BIT:
        if by_body == "tcvn3":
            return _finish(decode_tcvn3(data), "tcvn3")
        if by_body == "vni":
            return _finish(decode_vni(data), "vni")
        return _finish(data.decode("cp1258", errors="replace"), "windows-1258")
    named = [declared] if declared else []
    if mc := _META_CHARSET.search(data, 0, 64 * 1024):
        named.append(mc.group(1).decode("ascii"))
    for name in named:
        codec = _codec_name(name)
        if codec is None or codec.startswith("utf"):
            continue
        try:
            return _finish(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return first


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


def _read_markup(root: HtmlElement) -> _Markup:
    """Note captions, language and text lines; rewrite figures so trafilatura keeps the
    caption text (it drops ``<figcaption>``) right after the image."""
    mk = _Markup()
    mk.lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    # Work on a list: the tree is changed while we go.
    for el in list(root.iter()):
        tag = el.tag if isinstance(el.tag, str) else ""
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
    return mk


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
            include_links=False,  # no href of the page reaches the article
            include_comments=False,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        raise HtmlPageError("the page is nested too deeply to be read", "too-deep") from None


# --- from trafilatura's XML to blocks --------------------------------------------------------


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


def _whole_style(el: Any, text: str) -> str | None:
    """ "b"/"i" when one ``hi`` (or nested ones) carries the element's whole text."""
    for hi in el.iter("hi"):
        rend = hi.get("rend") or ""
        if _text_of(hi) == text:
            if "#b" in rend or "#strong" in rend:
                return "b"
            if "#i" in rend or "#em" in rend:
                return "i"
    return None


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


def _items(body: Any) -> list[_Item]:
    out: list[_Item] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text = _inline_text(el)
            if text:
                out.append(_Item("heading", text, level=level))
        elif tag == "graphic":
            out.append(_image_item(el))
        elif tag in ("p", "item", "cell"):
            images = list(el.iter("graphic"))
            text = _inline_text(el)
            out.extend(_image_item(g) for g in images)
            if text:
                out.append(_Item("p", text, style=_whole_style(el, text)))
        elif tag == "quote":
            paras = [_inline_text(p) for p in el.iter("p")] or [_inline_text(el)]
            out.extend(_Item("quote", t) for t in paras if t)
        elif tag == "list":
            texts = tuple(t for t in (_inline_text(i) for i in el.iter("item")) if t)
            out.extend(_image_item(g) for g in el.iter("graphic"))
            if texts:
                ordered = (el.get("rend") or "") == "ol"
                out.append(_Item("list", items=texts, ordered=ordered))
        elif tag == "table":
            out.extend(_table(el))
        elif tag in ("div", "section", "lb"):
            out.extend(_items(el))
        else:  # code, ref, unknown: keep the text as a paragraph
            out.extend(_image_item(g) for g in el.iter("graphic"))
            text = _inline_text(el)
            if text:
                out.append(_Item("p", text))
    return out


def _table(table: Any) -> list[_Item]:
    images = list(table.iter("graphic"))
    cells = [t for t in (_inline_text(c) for c in table.iter("cell")) if t]
    text = _clean(" ".join(cells))
    if len(images) == 1 and len(text) <= _MAX_CAPTION:  # a photo with its caption cell
        img = _image_item(images[0])
        return [img, _Item("caption", text)] if text else [img]
    out = [_image_item(g) for g in images]
    rows = []
    for row in table.iter("row"):
        row_cells = [t for t in (_inline_text(c) for c in row.iter("cell")) if t]
        if row_cells:
            rows.append("; ".join(row_cells))
    if rows:
        out.append(_Item("list", items=tuple(rows)))
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
    try:
        with open(path, "rb") as f:
            head = f.read(16)
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
    short = not _is_paragraph(it.text)
    return short and (bool(_PHOTO_CREDIT.search(it.text)) or _caption_score(it.text) >= 2)


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
        raise HtmlPageError("the page has no readable HTML", "no-html")
    try:
        markup = _read_markup(root)
    except RecursionError:
        raise HtmlPageError("the page is nested too deeply to be read", "too-deep") from None
    doc = _extract(root)
    if doc is None or doc.body is None:
        raise HtmlPageError("no article text was found in the page", "page-no-article")

    warnings: list[str] = []
    for lb in doc.body.iter("lb"):  # a line break separates words
        lb.tail = " " + (lb.tail or "")
    items = _items(doc.body)
    title = _clean(doc.title or "") or None

    # The title shows as a heading in the body too: drop it (or take it when metadata had none).
    first_heading = next((i for i, it in enumerate(items) if it.kind == "heading"), None)
    if first_heading is not None and first_heading <= 2:
        h = items[first_heading].text
        kh, kt = _key(h), _key(title or "")
        if title is None and not _is_paragraph(h):
            title = h
            del items[first_heading]
        elif kh and kt and (kh == kt or kt.startswith(kh) or kh.startswith(kt)):
            del items[first_heading]

    # Boilerplate that trafilatura kept: toolbars, date lines, portal markers, footers.
    meta = _Meta()
    author: str | None = None
    kept: list[_Item] = []
    for it in items:
        if it.kind in ("p", "heading"):
            s = it.text
            if _MARKER.search(s) or _is_toolbar(s) or _meta_line(s, meta, header=not kept):
                continue
            if _TAGS_LINE.match(s):
                continue
            if m := _AUTHOR_LINE.match(s):
                author = author or _clean_author(m.group(1))
                continue
            if kept and _FOOTER.match(s):
                break
        kept.append(it)
    items = kept

    # Headings that are prose (a sapo in <h2>) are paragraphs.
    for it in items:
        if it.kind == "heading" and _is_paragraph(it.text):
            it.kind = "p"

    # The closing byline: glued to "/." or a name-like last paragraph.
    texts = [i for i, it in enumerate(items) if it.kind == "p"]
    if texts:
        last = items[texts[-1]]
        glued = _GLUED_AUTHOR.match(last.text)
        if glued and _name_like(glued.group("author")):
            last.text = glued.group("body")
            author = _clean_author(glued.group("author"))
        elif (
            texts[-1] == len(items) - 1
            and len(texts) >= 2
            and texts[-2] == texts[-1] - 1  # right after a paragraph, not under a photo
            and _name_like(last.text)
            and (items[texts[-2]].text.endswith("/.") or _is_paragraph(items[texts[-2]].text))
            and (items[texts[-2]].text.endswith("/.") or _caption_score(last.text) < 2)
        ):
            author = _clean_author(last.text)
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
            if matches or _is_paragraph(it.text) or (it.style == "b" and len(it.text) > 80):
                lead = it.text
                del items[i]
        break

    images = _Images(folder)
    blocks = _blocks(items, markup.captions, images)
    body_text = [b.text for b in blocks if b.kind in ("paragraph", "quote")] + [
        t for b in blocks if b.kind == "list" for t in b.items
    ]
    if lead is None and not (
        any(_is_paragraph(t) for t in body_text) or sum(map(len, body_text)) >= 200
    ):  # a menu, a link list or a lone line is not an article
        raise HtmlPageError(
            "no article text was found in the page (no paragraph of prose)", "page-no-prose"
        )

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
            if i + 1 < n and _is_caption_after_image(items[i + 1], it, known):
                caption = items[i + 1].text
                i += 1
            elif it.title and it.title != it.alt:
                caption = it.title
            path, name, why = images.local(it.src or "")
            alt = _useful_alt(it.alt)
            if path is not None or caption or alt:
                blocks.append(PageBlock("figure", figure=PageFigure(path, name, alt, caption, why)))
        elif it.kind == "caption" or (it.kind == "p" and _key(it.text) in known):
            blocks.append(
                PageBlock("figure", figure=PageFigure(None, None, "", it.text, "missing"))
            )
        elif it.kind == "heading":
            blocks.append(PageBlock("heading", it.text, level=it.level))
        elif it.kind == "p":
            bold_heading = (
                it.style == "b"
                and len(it.text) <= 200
                and not _is_paragraph(it.text)
                and i + 1 < n
                and items[i + 1].kind in ("p", "list", "quote", "img")
            )
            blocks.append(PageBlock("heading" if bold_heading else "paragraph", it.text))
        elif it.kind == "quote":
            blocks.append(PageBlock("quote", it.text))
        elif it.kind == "list":
            blocks.append(PageBlock("list", items=it.items, ordered=it.ordered))
        i += 1
    # Heading levels: the page's highest becomes 2 (level 1 is the title).
    levels = sorted({b.level for b in blocks if b.kind == "heading"})
    shift = {lv: min(6, 2 + k) for k, lv in enumerate(levels)}
    return [
        PageBlock("heading", b.text, level=shift[b.level]) if b.kind == "heading" else b
        for b in blocks
    ]


_HAS_DATE = re.compile(
    r"\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{4}-\d\d-\d\d|\d\s+tháng\s+\d", re.I
)


def _date(found: str | None, lines: list[str]) -> dt.date | None:
    """A date line labelled as the publication date before the article's text wins; then the
    page's metadata (meta tags, ``<time>``; never a date the page labels as today's); then
    the first date line before the article's text."""
    meta = _Meta()
    for line in lines:
        if len(line) <= 160 and _HAS_DATE.search(line):
            _meta_line(line, meta, header=True)
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
    return decoded, parse_html(decoded.text, folder=folder, source=source)


def page_to_article(page: HtmlPage, *, path: str | None = None) -> Article:
    """The article model of a page; figures point at ``images/...`` in the article folder."""
    lang = page.lang
    blocks: list[Block] = []
    for b in page.blocks:
        if b.kind == "heading":
            blocks.append(Heading(b.level, make_text(b.text, lang)))
        elif b.kind == "paragraph":
            blocks.append(Paragraph(make_text(b.text, lang)))
        elif b.kind == "quote":
            blocks.append(Quote(make_text(b.text, lang)))
        elif b.kind == "list":
            blocks.append(ListBlock(b.ordered, tuple(make_text(t, lang) for t in b.items)))
        elif b.figure is not None:
            f = b.figure
            caption = make_text(f.caption, lang) if f.caption else None
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
