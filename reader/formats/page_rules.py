"""The portal rules applied to the texts trafilatura kept of a page (``page_items``).

Each step takes the page's items in reading order and takes out what is not body text:
the title repeated as a heading, boilerplate (toolbars, date lines, portal markers,
footers), the closing byline and the lead. ``html_page`` runs them in that order; the line
rules themselves are ``portal``'s, shared with the text importer.
"""

from __future__ import annotations

from reader.formats.page_items import Item
from reader.formats.page_markup import MAX_CAPTION, text_key
from reader.formats.page_spans import clip_spans
from reader.formats.portal import (
    AUTHOR_LINE,
    FOOTER,
    MARKER,
    PHOTO_CREDIT,
    TAGS_LINE,
    Meta,
    caption_score,
    clean_author,
    closing_byline,
    credit,
    glued_byline,
    is_furniture,
    is_paragraph,
    is_toolbar,
    meta_line,
    trailing_separator,
)

__all__ = [
    "drop_boilerplate",
    "drop_title_heading",
    "is_caption_after_image",
    "take_byline",
    "take_lead",
]


def is_caption_after_image(it: Item, img: Item, known: set[str]) -> bool:
    """Whether ``it``, right after the image ``img``, is its caption (``known``: the text
    keys of the page's marked-up captions)."""
    if it.kind == "caption":
        return True
    if it.kind != "p" or len(it.text) > MAX_CAPTION:
        return False
    if text_key(it.text) in known or (img.title and text_key(img.title) == text_key(it.text)):
        return True
    if it.style == "i":
        return True
    short = not is_paragraph(it.text)
    return short and (bool(PHOTO_CREDIT.search(it.text)) or caption_score(it.text) >= 2)


def drop_title_heading(items: list[Item], title: str | None) -> str | None:
    """The title also shows as a heading near the top of the body: drop it there (or take
    it as the title when the metadata had none). Returns the title."""
    first = next((i for i, it in enumerate(items) if it.kind == "heading"), None)
    if first is None or first > 2:
        return title
    h = items[first].text
    kh, kt = text_key(h), text_key(title or "")
    if title is None and not is_paragraph(h):
        del items[first]
        return h
    if kh and kt and (kh == kt or kt.startswith(kh) or kh.startswith(kt)):
        del items[first]
    return title


def drop_boilerplate(items: list[Item]) -> tuple[list[Item], str | None]:
    """The items without what trafilatura kept of the portal's boilerplate (toolbars, date
    lines, markers, furniture, tag and credit lines, everything from a footer on; a caption's
    trailing separator), and the author a "Tác giả:" line named. A heading that is prose
    (a sapo in ``<h2>``) becomes a paragraph."""
    meta = Meta()
    author: str | None = None
    kept: list[Item] = []
    for it in items:
        if it.kind in ("caption", "p") and (bare := trailing_separator(it.text)) is not None:
            it.text, it.spans = bare, clip_spans(it.spans, len(bare))
        if it.kind in ("p", "heading"):
            s = it.text
            if (
                MARKER.search(s)
                or is_toolbar(s)
                or meta_line(s, meta, header=not kept)
                or is_furniture(s)
            ):
                continue
            if TAGS_LINE.match(s) or (kept and credit(s) is not None):
                continue
            if m := AUTHOR_LINE.match(s):
                author = author or clean_author(m.group(1))
                continue
            if kept and FOOTER.match(s):
                break
        kept.append(it)
    for it in kept:
        if it.kind == "heading" and is_paragraph(it.text):
            it.kind = "p"
    return kept, author


def take_byline(items: list[Item]) -> str | None:
    """The closing byline, glued to "/." or a name-like last paragraph right after another
    paragraph (not under a photo), taken out of ``items``; None when there is none."""
    texts = [i for i, it in enumerate(items) if it.kind == "p"]
    if not texts:
        return None
    last = items[texts[-1]]
    glued = glued_byline(last.text)
    if glued is not None:
        last.text, author = glued
        last.spans = clip_spans(last.spans, len(last.text))
        return clean_author(author)
    if (
        texts[-1] == len(items) - 1
        and len(texts) >= 2
        and texts[-2] == texts[-1] - 1
        and closing_byline(items[texts[-2]].text, last.text)
    ):
        del items[texts[-1]]
        return clean_author(last.text)
    return None


def take_lead(items: list[Item], description: str, captions: set[str]) -> str | None:
    """The lead, taken out of ``items``: the first paragraph when nothing but images (with
    their captions) comes before it, if it is prose, matches the page's ``description``
    (its text key) or is wholly bold."""
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "img":  # a photo above the lead, with its caption
            nxt = items[i + 1] if i + 1 < len(items) else None
            skip = nxt is not None and is_caption_after_image(nxt, it, captions)
            i += 2 if skip else 1
            continue
        if it.kind == "p" and text_key(it.text) not in captions:
            k = text_key(it.text)
            matches = len(description) >= 30 and (
                k.startswith(description[:200]) or description.startswith(k[:200])
            )
            if matches or is_paragraph(it.text) or (it.style == "b" and len(it.text) > 80):
                del items[i]
                return it.text
        return None
    return None
