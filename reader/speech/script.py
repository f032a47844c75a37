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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from reader.model import Article, Block, Figure, Heading, ListBlock, Text
from reader.rendering.words import WORDS, format_date
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
    "clip_script",
    "find_utterance",
    "iter_script",
    "source_text",
]

TITLE, DATE, AUTHOR, LEAD = -4, -3, -2, -1
ALT = -1

FigureMode = Literal["caption", "alt", "both", "skip"]

# Said in the article's language (the voice's), whatever the interface language: the same
# words the page shows (reader.rendering.words).
FIGURE_LABEL = {code: words.figure for code, words in WORDS.items()}
AUTHOR_LABEL = {code: words.author_prefix() for code, words in WORDS.items()}


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

    def key_tuple(self) -> tuple[int, int, int]:
        return (self.key.block, self.key.text, self.key.sentence)

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
    return tuple(iter_script(article, options))


def iter_script(article: Article, options: ScriptOptions | None = None) -> Iterator[Utterance]:
    """`build_script` one utterance at a time.

    Normalising costs about 0.2 ms a sentence (4 s for a 5 MB article), so the window
    takes utterances a few milliseconds at a time between events instead of all at once.
    """
    script = _Script(article, options or ScriptOptions())
    yield from script.head()
    if article.lead:
        yield from script.text(LEAD, 0, "lead", article.lead, after=script.o.block_pause_ms)
    for b, block in enumerate(article.blocks):
        yield from script.block(b, block)


def _figure_mode(mode: FigureMode, caption: Text | None, alt: str) -> FigureMode:
    """What to say of a figure: a figure is announced whenever there is anything to say
    about it, and an alt text that repeats the caption is said once."""
    if mode == "caption" and caption is None:
        mode = "alt"
    if mode == "alt" and not alt:
        mode = "caption"
    if mode == "both" and (not alt or (caption is not None and alt == caption.text.strip())):
        mode = "caption"
    return mode


class _Script:
    """The utterances of one article, made one text at a time (see ``iter_script``)."""

    def __init__(self, article: Article, options: ScriptOptions) -> None:
        self.article = article
        self.o = options
        self.lang = article.lang or "vi"
        self.code = language_code(self.lang)
        self.said_any = False  # no pause before the first utterance

    def sentences(
        self,
        key_block: int,
        key_text: int,
        kind: str,
        source: str,
        ranges: Sequence[tuple[int, int]],
        *,
        prefix: str = "",
        before: int = 0,
        after: int = 0,
    ) -> Iterator[Utterance]:
        """A text's sentences, one at a time (a 3,000-sentence paragraph is one text)."""
        lang = self.lang
        held: Utterance | None = None  # given out once the next shows it is not the last
        for i, (start, end) in enumerate(_sentences(source, ranges)):
            shown = source[start:end]
            spoken = normalize(shown, lang, self.o.lexicon)
            if not spoken.text.strip():
                continue
            key = UtteranceKey(key_block, key_text, i)
            if held is None:
                pause = before if self.said_any else 0
                self.said_any = True
                u = Utterance(key, kind, lang, shown, start, spoken, prefix, pause_before_ms=pause)
            else:
                yield held
                u = Utterance(key, kind, lang, shown, start, spoken)
            held = u
        if held is not None:
            yield replace(held, pause_after_ms=after)

    def text(
        self, block: int, index: int, kind: str, t: Text, *, prefix: str = "", before: int = 0,
        after: int = 0,
    ) -> Iterator[Utterance]:  # fmt: skip
        """The sentences of a model text."""
        ranges = [(s.start, s.end) for s in t.sentences]
        return self.sentences(
            block, index, kind, t.text, ranges, prefix=prefix, before=before, after=after
        )

    def head(self) -> list[Utterance]:
        """Title, date and author, with a heading's pause after the last of them."""
        a, o = self.article, self.o
        head = list(self.sentences(TITLE, 0, "title", a.title, [], after=o.heading_pause_ms))
        if a.date:
            date = format_date(a.date, self.lang)
            head += self.sentences(DATE, 0, "date", date, [], after=o.item_pause_ms)
        if a.author:
            prefix = AUTHOR_LABEL.get(self.code, "")
            head += self.sentences(AUTHOR, 0, "author", a.author, [], prefix=prefix)
        if head:
            head[-1] = replace(
                head[-1], pause_after_ms=max(head[-1].pause_after_ms, o.heading_pause_ms)
            )
        return head

    def block(self, b: int, block: Block) -> Iterator[Utterance]:
        o = self.o
        if isinstance(block, Heading):
            pause = o.heading_pause_ms
            yield from self.text(b, 0, "heading", block.content, before=pause, after=pause)
        elif isinstance(block, ListBlock):
            for i, item in enumerate(block.items):
                last = i == len(block.items) - 1
                prefix = f"{normalize(str(i + 1), self.lang).text}, " if block.ordered else ""
                after = o.block_pause_ms if last else o.item_pause_ms
                yield from self.text(b, i, "list", item, prefix=prefix, after=after)
        elif isinstance(block, Figure):
            if o.figures != "skip":
                yield from self.figure(b, block)
        else:  # Paragraph, Quote
            yield from self.text(b, 0, block.type, block.content, after=o.block_pause_ms)

    def figure(self, b: int, fig: Figure) -> Iterator[Utterance]:
        caption = fig.caption if fig.caption is not None and fig.caption.text.strip() else None
        alt = fig.alt.strip()
        mode = _figure_mode(self.o.figures, caption, alt)
        label = FIGURE_LABEL.get(self.code, "")
        if mode in ("alt", "both") and alt:
            if alt.lower().startswith(label.rstrip(": ").lower()):
                label = ""  # "Ảnh đại biểu ..." announces itself
            after = self.o.block_pause_ms if mode == "alt" or caption is None else 0
            split = split_sentences(fig.alt, self.lang)
            yield from self.sentences(b, ALT, "alt", fig.alt, split, prefix=label, after=after)
            if mode == "alt":
                return
            label = ""
        if caption is not None and mode != "skip":
            after = self.o.block_pause_ms
            yield from self.text(b, 0, "caption", caption, prefix=label, after=after)


def source_text(article: Article, block: int, text: int) -> str | None:
    """The string an utterance key's offsets point into (None if the article has no such text).

    For checking that a reading position saved earlier still fits the article.
    """
    if block == TITLE:
        return article.title
    if block == DATE:
        return format_date(article.date, article.lang or "vi") if article.date else None
    if block == AUTHOR:
        return article.author or None
    if block == LEAD:
        return article.lead.text if article.lead is not None else None
    if not 0 <= block < len(article.blocks):
        return None
    model = article.blocks[block]
    if text == ALT:
        return model.alt if isinstance(model, Figure) else None
    texts = model.texts()
    return texts[text].text if 0 <= text < len(texts) else None


Spot = tuple[int, int, int]  # (block, text, offset in that text), as in UtteranceKey


def clip_script(
    script: Sequence[Utterance], start: Spot, end: Spot, options: ScriptOptions | None = None
) -> list[Utterance]:
    """The utterances that say exactly the text from `start` to `end` ("read selection").

    A sentence cut by the selection is cut too and normalised again; the keys stay those
    of the whole sentences, so the highlight lands on the same words of the view.
    """
    o = options or ScriptOptions()
    first, last = (start[0], start[1]), (end[0], end[1])
    out: list[Utterance] = []
    for u in script:
        where = (u.key.block, u.key.text)
        if where < first or where > last:
            continue
        lo, hi = u.shown_start, u.shown_start + len(u.shown)
        if where == first:
            lo = max(lo, start[2])
        if where == last:
            hi = min(hi, end[2])
        if lo >= hi:
            continue
        if (lo, hi) == (u.shown_start, u.shown_start + len(u.shown)):
            out.append(u)
            continue
        shown = u.shown[lo - u.shown_start : hi - u.shown_start]
        spoken = normalize(shown, u.lang, o.lexicon)
        if not any(c.isalnum() for c in spoken.text):  # a lone "." or "," says nothing
            continue
        prefix = u.prefix if lo == u.shown_start else ""
        out.append(replace(u, shown=shown, shown_start=lo, spoken=spoken, prefix=prefix))
    return out


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
