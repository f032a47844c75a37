"""Inline formatting of a page's text (italic, bold, code, links) as spans of the clean text:
marks on the raw text are aligned to the text after white space is folded and it is NFC,
then tidied so the article's Markdown reads them back the same.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from typing import Any, Literal

from reader.formats.markdown_article import parse_article
from reader.formats.markdown_writer import article_to_markdown
from reader.formats.page_links import NO_LINKS, Links
from reader.formats.page_markup import clean_text
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
from reader.text.sentences import make_text

BlockKind = Literal["heading", "paragraph", "figure", "quote", "list"]
Spans = tuple[Span, ...]

# --- inline formatting -----------------------------------------------------------------------

# trafilatura's <hi rend>: italic and bold are kept; underline, sub/superscript and teletype
# are plain text.
_REND: dict[str, SpanKind] = {"#i": "em", "#b": "strong"}
# Of spans over the same range, the inner one comes first (as the Markdown loader lists them).
_RANK = {"em": 0, "strong": 1, "code": 2, "link": 3}
# What clean_text removes or folds: white space, invisible and control characters.
_JUNK = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_SPACE = re.compile(r"[^\S\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # white space that clean_text keeps


def rich_text(el: Any, links: Links = NO_LINKS) -> tuple[str, Spans]:
    """The text of an element exactly as ``inline_text`` gives it, with its emphasis,
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
    text = clean_text(raw)
    if not marks or not text:
        return text, ()
    aligned, spans = _align(raw, marks)
    return (text, spans) if aligned == text else (text, ())  # the text wins over formatting


def _align(raw: str, marks: list[tuple[int, int, SpanKind, str | None]]) -> tuple[str, Spans]:
    """``clean_text(raw)`` with the marks (offsets into ``raw``) moved along: through the folding
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
    return text, tidy_spans(spans)


def _nfc_offset(text: str, nfc: str, p: int, is_start: bool) -> int:
    """Where offset ``p`` of ``text`` is in ``nfc`` (its NFC form): a start moves back to
    the start of a character composed across it, an end forward to its end."""
    before = unicodedata.normalize("NFC", text[:p])
    k = min(len(before), len(nfc))
    if is_start:
        while k and not nfc.startswith(before[:k]):
            k -= 1
    return k


def tidy_spans(spans: list[Span]) -> Spans:
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


def whole_dropped(text: str, spans: Spans) -> Spans:
    """Without emphasis or strong over the whole text: a heading or a caption shows as one
    already."""
    n = len(text)
    return tuple(s for s in spans if s.kind == "link" or (s.start, s.end) != (0, n))


def caption_text_spans(text: str, spans: Spans) -> Spans:
    """A caption is written in emphasis in the Markdown file: emphasis inside it cannot
    show (nor be read back); its strong text and links can."""
    return tuple(s for s in whole_dropped(text, spans) if s.kind != "em")


_EMPHASIS = ("em", "strong")


def _touching(text: str, spans: Spans, caption: bool) -> list[Span]:
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


def reads_back(kind: BlockKind, text: str, spans: Spans) -> bool:
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


def writable_spans(kind: BlockKind, text: str, spans: Spans) -> Spans:
    """The spans, less emphasis that the Markdown file would not read back as it is: when
    emphasis spans touch, the file is written and read to check, and the shortest touching
    span is dropped until it reads back (rare: ``<em><b>a</b> b <b>c</b></em>``)."""
    caption = kind == "figure"
    risky = _touching(text, spans, caption)
    while risky:
        if reads_back(kind, text, spans):
            return spans
        drop = min(risky, key=lambda sp: (sp.end - sp.start, -sp.start))
        spans = tuple(sp for sp in spans if sp != drop)
        risky = _touching(text, spans, caption)
    return spans


def clip_spans(spans: Spans, n: int) -> Spans:
    """The spans of a text cut to its first ``n`` characters."""
    return tuple(Span(s.start, min(s.end, n), s.kind, s.href) for s in spans if s.start < n)


def join_texts(parts: list[tuple[str, Spans]], sep: str) -> tuple[str, Spans]:
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
