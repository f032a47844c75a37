"""Markdown's element tree -> the article's blocks (headings, paragraphs, figures,
quotes, lists) with their inline spans, walked without recursion."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from reader.formats.markdown_limits import MAX_NESTING
from reader.formats.markdown_plain import plain_blocks
from reader.formats.markdown_tree import STASH, code_unescape, markdown_tree
from reader.formats.paths import resolve_inside
from reader.model import Block, Figure, Heading, ListBlock, Paragraph, Quote, Span, Text
from reader.text.sentences import make_text

__all__ = ["MAX_SPAN_DEPTH", "BlockBuilder"]

_WS = re.compile(r"\s+")
MAX_SPAN_DEPTH = 8  # emphasis inside emphasis... beyond this it is plain text
_SPAN_KINDS = {
    "em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code", "a": "link"
}  # fmt: skip


class _InlineText:
    """Flattens inline markup to text + spans, folding white space as a browser would."""

    def __init__(self, stash: list[str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self.stash = stash
        self._space_pending = False

    def add(self, s: str) -> None:
        """Append ``s`` with its white space folded: words joined by one space, a space
        before them if any was pending or ``s`` starts with one (not at the very start)."""
        if "\x02" in s:  # the stash's markers start with it (cheap test: rarely there)
            s = STASH.sub(lambda m: self._unstash(int(m.group(1))), s)
        pieces = _WS.split(s)
        words = [p for p in pieces if p]
        if not words:
            self._space_pending = self._space_pending or len(pieces) > 1
            return
        if (self._space_pending or not pieces[0]) and self.length:
            self.parts.append(" ")
            self.length += 1
        joined = " ".join(words)
        self.parts.append(joined)
        self.length += len(joined)
        self._space_pending = not pieces[-1]  # ``s`` ends with white space

    def _unstash(self, i: int) -> str:
        return html.unescape(self.stash[i]) if 0 <= i < len(self.stash) else ""

    def walk(self, root: ET.Element) -> None:
        """Add the element's content (not its tail), without recursion: emphasis can be
        nested thousands deep; spans deeper than MAX_SPAN_DEPTH are flattened to text."""
        # Work items: an element to open (with its depth), a tail to add, or a span to close.
        todo: list[tuple[ET.Element, int] | str | tuple[int, str, str | None]] = [(root, 0)]
        while todo:
            item = todo.pop()
            if isinstance(item, str):
                self.add(item)
                continue
            if isinstance(item[0], int):
                start, kind, href = item  # type: ignore[misc]
                if self.length > start:
                    self.spans.append(Span(start, self.length, kind, href))  # type: ignore[arg-type]
                continue
            el, depth = item  # type: ignore[misc]
            if el.tag == "br":
                self._space_pending = True
                continue
            if el.tag == "img":
                alt = el.get("alt", "")
                if alt:
                    self.add(alt)
                continue
            kind = _SPAN_KINDS.get(el.tag)
            if kind and depth <= MAX_SPAN_DEPTH:
                start = self.length + (1 if self._space_pending and self.length else 0)
                todo.append((start, kind, el.get("href") if kind == "link" else None))
            if el.text:
                self.add(code_unescape(el.text) if el.tag == "code" else el.text)
            for child in reversed(el):
                if child.tail:
                    todo.append(child.tail)
                todo.append((child, depth + 1))

    def text(self) -> tuple[str, tuple[Span, ...]]:
        return "".join(self.parts), tuple(sorted(self.spans, key=lambda s: (s.start, -s.end)))


def _unsplit(text: str, _lang: str, spans: tuple[Span, ...] = ()) -> Text:
    return Text(text, (), spans)


_CONTAINERS = {"ul", "ol", "li", "blockquote"}


def _container_depth(root: ET.Element) -> int:
    """How deep lists and quotes are nested in the tree (a list and its item are one level)."""
    deepest = 0
    todo = [(root, 0)]
    while todo:
        el, depth = todo.pop()
        if el.tag in _CONTAINERS and el.tag != "li":
            depth += 1
            deepest = max(deepest, depth)
        todo.extend((child, depth) for child in el)
    return deepest


class BlockBuilder:
    """One article body -> its blocks, sentences split by ``lang``; images are checked
    against ``folder`` and their problems added to ``warnings``. ``sentences=False`` leaves
    the texts unsplit (the search index reads only the text: a tenth of the cost saved)."""

    def __init__(
        self, lang: str, folder: Path | None, warnings: list[str], *, sentences: bool = True
    ) -> None:
        self.lang = lang
        self.make_text = make_text if sentences else _unsplit
        self.folder = folder
        self.warnings = warnings
        self.stash: list[str] = []

    def build(self, body: str) -> list[Block]:
        if self.make_text is _unsplit:  # for the index: plain prose needs no Markdown
            plain = plain_blocks(body)
            if plain is not None:
                return plain
        root, self.stash = markdown_tree(body)
        if _container_depth(root) > MAX_NESTING:  # in case our estimate ever misses a way
            raise RecursionError
        blocks: list[Block] = []
        for el in root:
            blocks.extend(self._block(el))
        return blocks

    def _text(self, el: ET.Element) -> Text | None:
        flat = _InlineText(self.stash)
        flat.walk(el)
        text, spans = flat.text()
        return self.make_text(text, self.lang, spans) if text else None

    def _block(self, el: ET.Element) -> list[Block]:
        tag = el.tag
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            t = self._text(el)
            return [Heading(int(tag[1]), t)] if t else []
        if tag == "p":
            return self._paragraph(el)
        if tag == "blockquote":
            out: list[Block] = []
            for child in el:
                for b in self._block(child):
                    out.append(Quote(b.content) if isinstance(b, Paragraph) else b)
            return out
        if tag in {"ul", "ol"}:
            items = [t for li in el.iter("li") if (t := self._list_item(li)) is not None]
            return [ListBlock(tag == "ol", tuple(items))] if items else []
        if tag == "hr":
            return []
        if tag == "pre":
            raw = code_unescape("".join(el.itertext()))
            raw = STASH.sub(lambda m: html.unescape(self.stash[int(m.group(1))]), raw).strip()
            return (
                [Paragraph(self.make_text(raw, self.lang, (Span(0, len(raw), "code"),)))]
                if raw
                else []
            )
        t = self._text(el)
        return [Paragraph(t)] if t else []

    def _list_item(self, li: ET.Element) -> Text | None:
        # Nested lists are their own items (li.iter visits them); keep only this item's text.
        shallow = ET.Element("li")
        shallow.text = li.text
        for child in li:
            if child.tag in {"ul", "ol"}:
                break
            shallow.append(child)
        return self._text(shallow)

    def _paragraph(self, el: ET.Element) -> list[Block]:
        children = list(el)
        lead_text = (el.text or "").strip()
        if children and children[0].tag == "img" and not lead_text:
            img = children[0]
            rest = children[1:]
            between = (img.tail or "").strip()
            caption: Text | None = None
            remainder: list[Block] = []
            if (
                not between
                and len(rest) == 1
                and rest[0].tag == "em"
                and not (rest[0].tail or "").strip()
            ):
                # The emphasis only marks the line as a caption: it is not part of the text.
                inner = ET.Element("span")
                inner.text = rest[0].text
                inner.extend(list(rest[0]))
                caption = self._text(inner)
            elif between or rest:
                tail_p = ET.Element("p")
                tail_p.text = img.tail
                tail_p.extend(rest)
                t = self._text(tail_p)
                if t:
                    remainder.append(Paragraph(t))
            if caption is None and img.get("title"):
                caption = self.make_text(_WS.sub(" ", img.get("title", "")).strip(), self.lang)
            return [self._figure(img, caption), *remainder]
        t = self._text(el)
        return [Paragraph(t)] if t else []

    def _figure(self, img: ET.Element, caption: Text | None) -> Figure:
        src = (img.get("src") or "").strip()
        alt = _WS.sub(" ", img.get("alt", "")).strip()
        if not src:
            return Figure(None, alt, caption, None)
        if self.folder is None:
            return Figure(None, alt, caption, f"refused: {src!r} (article has no folder)")
        resolved, problem = resolve_inside(self.folder, src)
        if problem:
            self.warnings.append(f"image {src!r}: {problem}")
            return Figure(src, alt, caption, problem)
        assert resolved is not None
        rel = resolved.relative_to(self.folder.resolve()).as_posix()
        return Figure(rel, alt, caption, None)
