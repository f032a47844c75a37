"""trafilatura's XML -> items: headings, paragraphs, images, quotes, lists and tables, each
with its text and spans, before they are paired into the page's blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from reader.formats.page_links import Links
from reader.formats.page_markup import MAX_CAPTION, clean_text
from reader.formats.page_spans import Spans, join_texts, rich_text

# --- from trafilatura's XML to blocks --------------------------------------------------------


@dataclass
class Item:
    kind: Literal["heading", "p", "img", "quote", "list", "caption"]
    text: str = ""
    level: int = 2
    style: str | None = None  # "b" or "i" when the whole text is bold / italic
    items: tuple[str, ...] = ()
    ordered: bool = False
    src: str | None = None
    alt: str = ""
    title: str = ""
    spans: Spans = ()  # of text
    item_spans: tuple[Spans, ...] = ()  # of each item


def _whole_style(el: Any, text: str) -> str | None:
    """ "b"/"i" when one ``hi`` (or nested ones) carries the element's whole text (read as
    the element's text is: a link's edge inside it adds no space)."""
    for hi in el.iter("hi"):
        rend = hi.get("rend") or ""
        if inline_text(hi) == text:
            if "#b" in rend or "#strong" in rend:
                return "b"
            if "#i" in rend or "#em" in rend:
                return "i"
    return None


def inline_text(el: Any) -> str:
    """The text of an element (images have none; ``lb`` tails start with a space)."""
    return clean_text("".join(el.itertext()))


def _image_item(g: Any) -> Item:
    return Item(
        "img",
        src=(g.get("src") or g.get("data-src") or "").strip(),
        alt=clean_text(g.get("alt") or ""),
        title=clean_text(g.get("title") or ""),
    )


def read_items(body: Any, links: Links) -> list[Item]:
    out: list[Item] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text, spans = rich_text(el, links)
            if text:
                out.append(Item("heading", text, level=level, spans=spans))
        elif tag == "graphic":
            out.append(_image_item(el))
        elif tag in ("p", "item", "cell"):
            images = list(el.iter("graphic"))
            text, spans = rich_text(el, links)
            out.extend(_image_item(g) for g in images)
            if text:
                out.append(Item("p", text, style=_whole_style(el, text), spans=spans))
        elif tag == "quote":
            paras = [rich_text(p, links) for p in el.iter("p")] or [rich_text(el, links)]
            out.extend(Item("quote", t, spans=sp) for t, sp in paras if t)
        elif tag == "list":
            rich = [r for r in (rich_text(i, links) for i in el.iter("item")) if r[0]]
            out.extend(_image_item(g) for g in el.iter("graphic"))
            if rich:
                ordered = (el.get("rend") or "") == "ol"
                out.append(
                    Item(
                        "list",
                        items=tuple(t for t, _ in rich),
                        item_spans=tuple(sp for _, sp in rich),
                        ordered=ordered,
                    )
                )
        elif tag == "table":
            out.extend(_table(el, links))
        elif tag in ("div", "section", "lb"):
            out.extend(read_items(el, links))
        else:  # code, ref, unknown: keep the text as a paragraph
            out.extend(_image_item(g) for g in el.iter("graphic"))
            text, spans = rich_text(el, links)
            if text:
                out.append(Item("p", text, spans=spans))
    return out


def _table(table: Any, links: Links) -> list[Item]:
    images = list(table.iter("graphic"))
    cells = [r for r in (rich_text(c, links) for c in table.iter("cell")) if r[0]]
    text, spans = join_texts(cells, " ")
    if text != clean_text(text):
        text, spans = clean_text(text), ()
    if len(images) == 1 and len(text) <= MAX_CAPTION:  # a photo with its caption cell
        img = _image_item(images[0])
        return [img, Item("caption", text, spans=spans)] if text else [img]
    out = [_image_item(g) for g in images]
    rows = []
    for row in table.iter("row"):
        row_cells = [r for r in (rich_text(c, links) for c in row.iter("cell")) if r[0]]
        if row_cells:
            rows.append(join_texts(row_cells, "; "))
    if rows:
        out.append(
            Item("list", items=tuple(t for t, _ in rows), item_spans=tuple(s for _, s in rows))
        )
    return out
