"""Render the article model as the restricted HTML that QTextDocument understands.

Everything from the article is escaped: the only markup is ours. The contract with the view:
every model ``Text`` (lead, heading, paragraph, quote, list item, caption) becomes exactly
one block element holding only that text, in model order, white space kept (``pre-wrap``;
a newline becomes U+2028 so it stays inside the block). The view finds each text's block by
walking the document, and a sentence at offset k of a text is at block position + k.

There are no named anchors: Qt's HTML import is super-linear in them (measured: 1.26 M
characters took 965 ms with an anchor per sentence, 62 ms with none). Figures are one-cell
tables: QTextDocument has no ``<figure>``, and a table keeps the image and its caption
together as one framed block.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from html import escape

from reader.model import Article, Figure, Heading, ListBlock, Paragraph, Quote, Span, Text
from reader.rendering.words import article_words, format_date, image_problem_kind

__all__ = ["format_date"]  # at home in reader.rendering.words; kept here for its callers


@dataclass(frozen=True)
class Colors:
    text: str = "#111111"
    background: str = "#ffffff"
    muted: str = "#333333"
    link: str = "#0a3fa6"
    frame: str = "#555555"
    placeholder_bg: str = "#f1f1f1"


@dataclass(frozen=True)
class Labels:
    """Interface-language strings for pages that are not an article; the UI translates them.

    Words inside an article follow the article's language (reader.rendering.words).
    """

    problem_heading: str = "This article cannot be shown"


@dataclass(frozen=True)
class RenderOptions:
    colors: Colors = field(default_factory=Colors)
    labels: Labels = field(default_factory=Labels)
    # Natural pixel size of each loadable image, keyed by Figure.image.
    image_sizes: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Why an image could not be decoded, keyed by Figure.image (the loader's problems).
    image_problems: dict[str, str] = field(default_factory=dict)
    max_image_width: int = 800
    line_height_percent: int = 150
    paragraph_spacing_px: int = 14


LINE_SEPARATOR = "\u2028"
# Figure frame padding stays fixed (the view leaves room for it beside the image): spacing
# settings grow vertical space only, never width, so nothing scrolls sideways.
FIGURE_PADDING = 8
# Characters that would end a Qt block inside pre-wrap text: each becomes one U+2028, so
# offsets are unchanged and the text stays one block.
_BLOCK_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2029", LINE_SEPARATOR))


# Qt lays a word that must be broken inside (WrapAtWordBoundaryOrAnywhere) out in time that
# grows with the square of its length (measured: 200,000 characters 1.1 s, 400,000 6 s), and
# breaking anywhere is linear. An article with a run this long without a space is laid out
# breaking anywhere (see reader.ui.document); at this length the square costs at most about
# 0.15 s for 5 MB of such runs. Conservative: only spaces, tabs and line breaks end a run.
OVERLONG_WORD = 1000
_OVERLONG = re.compile("[^ \t\n\r\u2028\u2029]{" + str(OVERLONG_WORD) + "}")


def has_overlong_word(article: Article) -> bool:
    """Whether any text the page shows has a run of ``OVERLONG_WORD`` characters unbroken."""
    shown = [article.title, article.author or ""]
    shown += [article.lead.text] if article.lead else []
    for block in article.blocks:
        shown += [t.text for t in block.texts()]
        shown += [block.alt] if isinstance(block, Figure) else []
    return any(_OVERLONG.search(s) for s in shown)


def block_text(text: Text) -> str:
    """The text as its QTextBlock holds it (line breaks are separators inside the block)."""
    return text.text.translate(_BLOCK_BREAKS)


def _inline(text: Text) -> str:
    """Escaped text with its inline spans (links, emphasis, code).

    Tags are opened and closed around every run between span boundaries, so spans that
    cross each other still give well-nested HTML and every character keeps all its spans.
    One sweep over the boundaries keeps the spans that cover the run (in sorted order), so
    the work grows with the output, not with runs times spans (20,000 emphases took 15 s).
    """
    spans = sorted((sp for sp in text.spans if sp.end > sp.start), key=lambda s: (s.start, -s.end))
    shown = block_text(text)
    if not spans:
        return escape(shown, quote=False)
    cuts = sorted({0, len(shown), *(sp.start for sp in spans), *(sp.end for sp in spans)})
    ending: dict[int, list[int]] = {}
    for i, sp in enumerate(spans):
        ending.setdefault(sp.end, []).append(i)
    active: dict[int, Span] = {}  # by index in ``spans``: insertion order is sorted order
    following = 0
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for i in ending.pop(a, ()):
            active.pop(i, None)
        while following < len(spans) and spans[following].start <= a:
            if spans[following].end > a:
                active[following] = spans[following]
            following += 1
        out.extend(_open(sp) for sp in active.values())
        out.append(escape(shown[a:b], quote=False))
        out.extend(_close(sp) for sp in reversed(active.values()))
    return "".join(out)


def _open(sp: Span) -> str:
    if sp.kind == "link":
        return f'<a href="{escape(sp.href or "", quote=True)}">'
    return {"em": "<i>", "strong": "<b>", "code": "<code>"}[sp.kind]


def _close(sp: Span) -> str:
    return {"link": "</a>", "em": "</i>", "strong": "</b>", "code": "</code>"}[sp.kind]


def render_article(article: Article, options: RenderOptions | None = None) -> str:
    o = options or RenderOptions()
    c = o.colors
    lh = o.line_height_percent
    gap = o.paragraph_spacing_px
    text_style = f"line-height:{lh}%; white-space:pre-wrap;"
    parts = [
        "<html><head><meta charset='utf-8'></head>",
        f"<body style='color:{c.text}; background-color:{c.background};'>",
        f"<h1 style='margin-bottom:{gap // 2}px; line-height:{lh - 20}%;'>"
        f"{escape(article.title, quote=False)}</h1>",
    ]
    meta = []
    if article.date:
        meta.append(escape(format_date(article.date, article.lang), quote=False))
    words = article_words(article.lang)
    if article.author:
        meta.append(escape(words.by.format(author=article.author), quote=False))
    if meta:
        parts.append(
            f"<p style='color:{c.muted}; margin-bottom:{gap}px;'>" + " · ".join(meta) + "</p>"
        )
    if article.lead:
        parts.append(
            f"<p style='{text_style} margin-bottom:{gap}px;'><b>{_inline(article.lead)}</b></p>"
        )
    for block in article.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 6)
            parts.append(
                f"<h{level} style='margin-top:{gap * 2}px; margin-bottom:{gap // 2}px; "
                f"line-height:{lh - 20}%; white-space:pre-wrap;'>{_inline(block.content)}"
                f"</h{level}>"
            )
        elif isinstance(block, Paragraph):
            parts.append(
                f"<p style='{text_style} margin-bottom:{gap}px;'>{_inline(block.content)}</p>"
            )
        elif isinstance(block, Quote):
            parts.append(
                f"<blockquote style='margin-left:{min(gap * 2, 48)}px; margin-bottom:{gap}px;'>"
                f"<p style='{text_style} color:{c.muted};'><i>{_inline(block.content)}</i></p>"
                "</blockquote>"
            )
        elif isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            items = "".join(
                f"<li style='{text_style} margin-bottom:{gap // 3}px;'>{_inline(item)}</li>"
                for item in block.items
            )
            parts.append(f"<{tag} style='margin-bottom:{gap}px;'>{items}</{tag}>")
        elif isinstance(block, Figure):
            parts.append(_figure(block, o, article.lang))
    parts.append("</body></html>")
    return "".join(parts)


def _figure(fig: Figure, o: RenderOptions, lang: str) -> str:
    c, gap = o.colors, o.paragraph_spacing_px
    words = article_words(lang)
    size = o.image_sizes.get(fig.image) if fig.image and not fig.problem else None
    if size and size[0] > 0 and size[1] > 0:
        w, h = size
        width = max(1, min(w, o.max_image_width))
        height = max(1, round(h * width / w))
        # Qt does not expose <img alt> to screen readers: the description is shown as text.
        described = fig.alt and (fig.caption is None or fig.alt != fig.caption.text)
        description = (
            f"<br><span style='color:{c.muted};'>"
            f"{escape(words.image_description.format(alt=fig.alt), quote=False)}</span>"
            if described
            else ""
        )
        picture = (
            f"<p align='center' style='margin:0px;'><img src='{escape(fig.image or '')}' "
            f"width='{width}' height='{height}' alt='{escape(fig.alt)}'>{description}</p>"
        )
    else:
        # Plain words, never the path or the reason itself (those are in the problem list).
        if fig.image is None:
            message = words.photo_not_available
        else:
            problem = fig.problem or o.image_problems.get(fig.image)
            message = words.image_not_shown[image_problem_kind(problem)]
        alt = f"<br>{escape(fig.alt, quote=False)}" if fig.alt else ""
        picture = (
            f"<p align='center' style='margin:0px; color:{c.muted};'>"
            f"<i>[{escape(message, quote=False)}]</i>{alt}</p>"
        )
    caption = ""
    if fig.caption:
        caption = (
            f"<p align='center' style='line-height:{o.line_height_percent}%; "
            f"white-space:pre-wrap; margin-top:{gap // 2}px;'>{_inline(fig.caption)}</p>"
        )
    bg = f" bgcolor='{c.placeholder_bg}'" if not size else ""
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{FIGURE_PADDING}' border='1' "
        f"style='border-style:solid; border-color:{c.frame}; margin-top:{gap}px; "
        f"margin-bottom:{gap * 3 // 2}px;'{bg}><tr><td>{picture}{caption}</td></tr></table>"
    )


def render_problem(title: str, message: str, options: RenderOptions | None = None) -> str:
    """A page that explains why an article cannot be shown."""
    o = options or RenderOptions()
    c = o.colors
    return (
        f"<html><body style='color:{c.text}; background-color:{c.background};'>"
        f"<h1>{escape(o.labels.problem_heading, quote=False)}</h1>"
        f"<p><b>{escape(title, quote=False)}</b></p>"
        f"<p style='line-height:{o.line_height_percent}%;'>{escape(message, quote=False)}</p>"
        "</body></html>"
    )
