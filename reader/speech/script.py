"""Article model -> the ordered utterances speech reads (no Qt).

Reading order: title, date, author, lead, then the blocks. One utterance is one sentence,
keyed by ``UtteranceKey(block, text, sentence)``: ``block`` indexes ``article.blocks``
(the title, date, author and lead come first with the negative ``TITLE``, ``DATE``,
``AUTHOR`` and ``LEAD``), ``text`` indexes ``block.texts()`` (a list's items; ``ALT`` is a
figure's alt text, which is not a model text), ``sentence`` indexes that text's sentences.
Keys sort in reading order.

Each utterance carries the shown sentence, its offset in its source string (the model
``Text.text``; the title, the date as the view formats it, the author or the alt text),
its speakable form from ``reader.text.speech.normalize`` with the map back to the shown
text, an optional ``prefix`` said before it and shown nowhere ("Ảnh: " before a figure's
caption, "Tác giả: " before the author, "2, " before an ordered list's second item), and
pauses: headings get one before and after, blocks one after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from reader.model import Article, Figure, Heading, ListBlock, Text
from reader.rendering.html import format_date
from reader.text.sentences import split_sentences
from reader.text.speech import Lexicon, Spoken, language_code, normalize

__all__ = [
    "ALT",
    "AUTHOR",
    "DATE",
    "LEAD",
    "TITLE",
    "FigureMode",
    "ScriptOptions",
    "Utterance",
    "UtteranceKey",
    "build_script",
    "find_utterance",
]

TITLE, DATE, AUTHOR, LEAD = -4, -3, -2, -1
ALT = -1

FigureMode = Literal["caption", "alt", "both", "skip"]

# Said in the article's language (the voice's), whatever the interface language.
FIGURE_LABEL = {"vi": "Ảnh: ", "en": "Image: "}
AUTHOR_LABEL = {"vi": "Tác giả: ", "en": "By "}


@dataclass(frozen=True, slots=True, order=True)
class UtteranceKey:
    block: int
    text: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Utterance:
    key: UtteranceKey
    kind: str  # "title", "date", "author", "lead", "heading", "paragraph", "quote", "list",
    # "caption", "alt"
    lang: str
    shown: str  # the sentence as shown
    shown_start: int  # where `shown` begins in its source string
    spoken: Spoken  # normalised `shown`, with the map back
    prefix: str = ""
    pause_before_ms: int = 0
    pause_after_ms: int = 0

    @property
    def text(self) -> str:
        """What the engine is given: the prefix and the spoken sentence."""
        return self.prefix + self.spoken.text

    def shown_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The range of the source string to highlight while ``text[start:end]`` is said.

        None while the prefix is said (it is shown nowhere).
        """
        p = len(self.prefix)
        if end <= p:
            return None
        lo, hi = self.spoken.shown_range(max(start - p, 0), end - p)
        return self.shown_start + lo, self.shown_start + hi


@dataclass(frozen=True, slots=True)
class ScriptOptions:
    figures: FigureMode = "caption"
    heading_pause_ms: int = 600
    block_pause_ms: int = 350
    item_pause_ms: int = 200
    lexicon: Lexicon | None = None  # None: the bundled one of the article's language


def _sentences(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    if ranges:
        return list(ranges)
    return [(0, len(text))] if text.strip() else []


def build_script(article: Article, options: ScriptOptions | None = None) -> tuple[Utterance, ...]:
    """The utterances that read `article` aloud, in order (blank ones left out)."""
    o = options or ScriptOptions()
    lang = article.lang or "vi"
    code = language_code(lang)
    out: list[Utterance] = []

    def add(
        key_block: int,
        key_text: int,
        kind: str,
        source: str,
        ranges: Sequence[tuple[int, int]],
        *,
        prefix: str = "",
        before: int = 0,
        after: int = 0,
    ) -> None:
        made: list[Utterance] = []
        for i, (start, end) in enumerate(_sentences(source, ranges)):
            shown = source[start:end]
            spoken = normalize(shown, lang, o.lexicon)
            if not spoken.text.strip():
                continue
            made.append(
                Utterance(
                    UtteranceKey(key_block, key_text, i),
                    kind,
                    lang,
                    shown,
                    start,
                    spoken,
                    prefix if not made else "",
                )
            )
        if not made:
            return
        made[0] = replace(made[0], pause_before_ms=before if out else 0)
        made[-1] = replace(made[-1], pause_after_ms=after)
        out.extend(made)

    def add_text(
        block: int, index: int, kind: str, text: Text, *, prefix: str = "", before: int = 0,
        after: int = 0,
    ) -> None:  # fmt: skip
        ranges = [(s.start, s.end) for s in text.sentences]
        add(block, index, kind, text.text, ranges, prefix=prefix, before=before, after=after)

    def add_figure(b: int, fig: Figure) -> None:
        caption = fig.caption if fig.caption is not None and fig.caption.text.strip() else None
        alt = fig.alt.strip()
        mode = o.figures
        if mode == "caption" and caption is None:
            mode = "alt"  # a figure is announced whenever there is anything to say about it
        if mode == "alt" and not alt:
            mode = "caption"
        if mode == "both" and (not alt or (caption is not None and alt == caption.text.strip())):
            mode = "caption"
        label = FIGURE_LABEL.get(code, "")
        if mode in ("alt", "both") and alt:
            if alt.lower().startswith(label.rstrip(": ").lower()):
                label = ""  # "Ảnh đại biểu ..." announces itself
            after = o.block_pause_ms if mode == "alt" or caption is None else 0
            add(b, ALT, "alt", fig.alt, split_sentences(fig.alt, lang), prefix=label, after=after)
            if mode == "alt":
                return
            label = ""
        if caption is not None and mode != "skip":
            add_text(b, 0, "caption", caption, prefix=label, after=o.block_pause_ms)

    add(TITLE, 0, "title", article.title, [], after=o.heading_pause_ms)
    if article.date:
        add(DATE, 0, "date", format_date(article.date, lang), [], after=o.item_pause_ms)
    if article.author:
        add(AUTHOR, 0, "author", article.author, [], prefix=AUTHOR_LABEL.get(code, ""))
    if out:
        out[-1] = replace(out[-1], pause_after_ms=max(out[-1].pause_after_ms, o.heading_pause_ms))
    if article.lead:
        add_text(LEAD, 0, "lead", article.lead, after=o.block_pause_ms)

    for b, block in enumerate(article.blocks):
        if isinstance(block, Heading):
            pause = o.heading_pause_ms
            add_text(b, 0, "heading", block.content, before=pause, after=pause)
        elif isinstance(block, ListBlock):
            for i, item in enumerate(block.items):
                last = i == len(block.items) - 1
                prefix = f"{normalize(str(i + 1), lang).text}, " if block.ordered else ""
                after = o.block_pause_ms if last else o.item_pause_ms
                add_text(b, i, "list", item, prefix=prefix, after=after)
        elif isinstance(block, Figure):
            if o.figures != "skip":
                add_figure(b, block)
        else:  # Paragraph, Quote
            add_text(b, 0, block.type, block.content, after=o.block_pause_ms)
    return tuple(out)


def find_utterance(script: Sequence[Utterance], block: int, text: int, offset: int) -> int | None:
    """The index of the utterance to start from at `offset` of a text ("read from here").

    The sentence containing the offset, else the next one said after it; None past the end.
    """
    for i, u in enumerate(script):
        k = u.key
        if (k.block, k.text) < (block, text):
            continue
        if (k.block, k.text) > (block, text):
            return i
        if offset < u.shown_start + len(u.shown):
            return i
    return None
