"""What only a saved page's markup tells, read before trafilatura runs: photo captions
(figcaption, caption classes, image tables), the page's language, its "saved from" address
and its visible text lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.formats.page_links import Links, note_address, page_url

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_WS = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_CAPTION = 400


def clean_text(s: str) -> str:
    s = _CONTROL.sub("", _INVISIBLE.sub("", s))
    return unicodedata.normalize("NFC", _WS.sub(" ", s)).strip()


def text_key(s: str) -> str:
    """A comparison key: text without case, spacing or punctuation differences."""
    return re.sub(r"[\W_]+", "", clean_text(s).casefold())


def _text_of(el: Any) -> str:
    return clean_text(" ".join(el.itertext()))


@dataclass
class _Markup:
    captions: set[str] = field(default_factory=set)  # text_key of known caption texts
    lang: str | None = None
    links: Links | None = None  # the page's link addresses, for the links that are kept


def read_markup(root: HtmlElement, url: str | None = None) -> _Markup:
    """Note captions, language and text lines; rewrite figures so trafilatura keeps the
    caption text (it drops ``<figcaption>``) right after the image; put a token in place of
    every link's address (``url``: the page's address when known, see ``page_url``)."""
    mk = _Markup()
    mk.lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    hrefs: list[str] = []
    named: dict[str, str] = {}  # the page's own addresses: base, canonical, og:url
    # Work on a list: the tree is changed while we go.
    for el in list(root.iter()):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("a", "ref"):  # trafilatura takes both for links
            # trafilatura would resolve the address against the host alone and keep any
            # scheme; a token passes through it untouched, and Links resolves the few kept.
            if href := el.get("href"):
                el.set("href", f"{{{len(hrefs)}}}")
                hrefs.append(href)
        elif tag in ("base", "link", "meta"):
            note_address(el, tag, named)
        if tag in _DROP_TAGS or (
            tag and (el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))
        ):
            if el.getparent() is not None:
                el.drop_tree()  # code, embedded objects, forms and hidden text: never content
            continue
        if tag == "figcaption":
            text = _text_of(el)
            if text and len(text) <= MAX_CAPTION:
                mk.captions.add(text_key(text))
            el.tag = "p"
        elif tag == "figure":
            el.tag = "div"
            for attr in ("class", "id"):  # "wp-caption" etc. would be discarded as boilerplate
                el.attrib.pop(attr, None)
        elif tag and tag not in _SKIP_TAGS:
            names = f"{el.get('class') or ''} {el.get('id') or ''}"
            if _CAPTION_CLASS.search(names):
                text = _text_of(el)
                if text and len(text) <= MAX_CAPTION and el.find(".//img") is None:
                    mk.captions.add(text_key(text))
                    el.attrib.pop("class", None)
                    el.attrib.pop("id", None)
                    if tag in ("div", "span", "em", "i", "small", "figcaption"):
                        el.tag = "p"
        if tag == "table":
            imgs = el.findall(".//img")
            if len(imgs) == 1:  # an image table: photo in one cell, caption in another
                rest = [_text_of(c) for c in el.iter("td", "th") if c.find(".//img") is None]
                text = clean_text(" ".join(t for t in rest if t))
                if text and len(text) <= MAX_CAPTION:
                    mk.captions.add(text_key(text))
    mk.links = Links(hrefs, page_url(url, named))
    return mk


def page_lines(root: Any, stop: str = "", limit: int = 3000) -> list[str]:
    """The page's visible text, one line per block element, up to the line that starts with
    ``stop`` (the article's first words). No recursion: pages nest deep."""
    out: list[str] = []
    buf: list[str] = []
    done = False

    def flush() -> None:
        nonlocal done
        if buf:
            line = clean_text("".join(buf))
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
