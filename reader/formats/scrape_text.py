"""Plain-text scrapes of portal bulletins -> what the article is made of.

A scrape is the page's text copied or scraped line by line: portal block markers, a date
line, the font-size toolbar, the title, the lead (sapo), then the body in which short lines
are photo captions or subheadings, and the byline after the closing ``/.``. The rules, with
their reasons and examples, are in docs/importing.md; the line rules live in
``reader.formats.portal`` (the page importer uses them too), the title and byline rules in
``reader.formats.scrape_frame``; this module applies them in order:

1. normalise (NFC, no zero-width or no-break spaces) and cut into *units*: a line is a unit;
   a line that does not end a sentence and is followed by one starting in lowercase is its
   continuation (hard-wrapped text).
2. drop boilerplate units (markers, toolbar, date/meta lines, breadcrumbs, share/print
   bars; everything from a "Tin liên quan"-style footer on), keeping the dates they carry.
3. title = the first unit when it is not a paragraph; lead = the first paragraph.
4. author = the byline after the closing ``/.`` (own line or glued), or a name-like last
   line, or a "Tác giả:" line; an upper-case byline is written in title case.
5. every other unit is a paragraph, or, when short, a caption or a subheading, decided by
   scored evidence and then by position (``classify_short``).

Nothing here knows about files or Qt: ``parse_scrape`` takes text and returns a ``Scrape``
(or raises ``ScrapeError``); ``scrape_to_article`` builds the article model.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Set
from dataclasses import dataclass, field
from typing import Literal

from reader.formats.front_matter import clean_title
from reader.formats.portal import (
    AUTHOR_LINE,
    END,
    FOOTER,
    MARKER,
    PHOTO_CREDIT,
    REPORTING,
    SENTENCE_BREAK,
    TAGS_LINE,
    Meta,
    breadcrumb,
    caption_score,
    clean_author,
    credit,
    heading_score,
    is_furniture,
    is_paragraph,
    is_toolbar,
    media_name,
    meta_line,
    short_caption,
    site_banner,
    stored_date,
    trailing_separator,
    without_glued_alt,
    without_title_credit,
)
from reader.formats.scrape_frame import (
    PHOTO_FIRST,
    anchored_title,
    echoed_title,
    take_closing_byline,
    take_section,
    take_top_byline,
    without_repeats,
)
from reader.model import Article, Block, Figure, Heading, Paragraph
from reader.text.sentences import make_text

__all__ = [
    "NOTE_NO_DATE",
    "NOTE_NO_TITLE",
    "NOTE_TITLE_FROM_LEAD",
    "SCRAPE_REASONS",
    "Scrape",
    "ScrapeBlock",
    "ScrapeError",
    "parse_scrape",
    "scrape_to_article",
    "title_from_lead",
]

BlockKind = Literal["heading", "caption", "paragraph"]
# The article's warnings (shared with saved pages; the import report translates them).
NOTE_NO_TITLE = "no title line was found"
NOTE_NO_DATE = "no publication date was found"
NOTE_TITLE_FROM_LEAD = "the title was taken from the first sentence"


# Why a text holds no article: code -> sentence (the import report's reasons, written once).
SCRAPE_REASONS = {
    "empty-text": "the text is empty",
    "only-boilerplate": "no article text was found (only portal boilerplate)",
    "no-prose": "no article text was found (no paragraph of prose)",
}


class ScrapeError(ValueError):
    """The text has no article in it (empty, or nothing but boilerplate).

    ``code`` is stable (the window's import report translates by it): "empty-text",
    "only-boilerplate" or "no-prose"; the message is its ``SCRAPE_REASONS`` sentence."""

    def __init__(self, code: str = "no-prose") -> None:
        super().__init__(SCRAPE_REASONS[code])
        self.code = code


@dataclass(frozen=True, slots=True)
class ScrapeBlock:
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Scrape:
    """What was recovered from a scrape, before it becomes an ``Article``."""

    title: str | None
    date: dt.date | None
    lead: str | None
    author: str | None
    blocks: tuple[ScrapeBlock, ...]
    sections: tuple[str, ...] = ()  # portal section names seen beside the date ("Chính trị")
    source_note: str | None = None  # a closing "Nguồn: ..." line
    dropped: tuple[str, ...] = ()  # the boilerplate lines removed, for tests and debugging
    warnings: tuple[str, ...] = field(default=())

    def of_kind(self, kind: BlockKind) -> list[str]:
        return [b.text for b in self.blocks if b.kind == kind]

    @property
    def headings(self) -> list[str]:
        return self.of_kind("heading")

    @property
    def captions(self) -> list[str]:
        return self.of_kind("caption")

    @property
    def paragraphs(self) -> list[str]:
        return self.of_kind("paragraph")


# --- step 1: units ---------------------------------------------------------------------------

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Runs of spaces, or any other horizontal white space: every space separator of Unicode (Zs),
# as the Markdown reader reads them back (a lone " " is left alone: fast).
_SPACES = re.compile(
    r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]{2,}"
    r"|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MIN_WRAPPED = 40  # a hard-wrapped line is long; short lines (dates, titles) stand alone
# ... unless it has many words and stops on a small letter, the mark of a cut mid-sentence.
_MIN_WRAPPED_WORDS = 6
_BARE_CAPTION_WORDS = 9


def _bare_caption(s: str) -> bool:
    """A short line with no evidence either way: a long one telling a scene ("Khởi công xây
    dựng nhà cho người nghèo biên giới") describes a photo; subheadings are short ("Tam Kỳ
    tiên phong") or pair phrases with a comma ("Tận dụng không gian, nâng cao giá trị")."""
    return (
        len(s.split()) >= _BARE_CAPTION_WORDS
        and "," not in s
        and not any(c.isdigit() for c in s)  # "Ảnh hưởng của bão số 3 tới ...": a heading
    )


_PHOTO_LABEL = re.compile(r"^ảnh\s*\d*\s*:", re.I)
_STARTS_LOWER = re.compile(r"^[(\"“'‘]?[^\W\d_A-Z]")


@dataclass
class _Unit:
    text: str
    group: int  # units of one blank-line-separated group share it


def _units(text: str) -> list[_Unit]:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")  # Unicode's paragraph separator: a blank line
    text = _SPACES.sub(" ", _CONTROL.sub("", text))
    units: list[_Unit] = []
    group = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            group += 1
            continue
        prev = units[-1] if units else None
        if (
            prev is not None
            and prev.group == group
            and (
                len(prev.text) >= _MIN_WRAPPED
                or (len(prev.text.split()) >= _MIN_WRAPPED_WORDS and prev.text[-1].islower())
            )
            and not END.search(prev.text)
            and _STARTS_LOWER.match(line)
            and line[0].islower()
            and not is_furniture(line)  # "null", a slug: debris, not the rest of a sentence
            and not _PHOTO_LABEL.match(line)  # "ảnh 2: Quang cảnh ...": the next photo's
        ):
            prev.text += " " + line
        else:
            units.append(_Unit(line, group))
    return units


def classify_short(texts: list[str], marked: Set[str] = frozenset()) -> list[BlockKind]:
    """Kinds of a run of body units, in order (see docs/importing.md, "Captions and
    subheadings"); ``marked``: texts a trailing separator marked as captions. Exposed for
    the tests."""
    kinds: list[BlockKind] = []
    margins: list[int] = []
    for s in texts:
        if s in marked:
            kinds.append("caption")
            margins.append(-10)
            continue
        if is_paragraph(s):
            kinds.append("paragraph")
            margins.append(0)
            continue
        cap, head = caption_score(s), heading_score(s)
        if END.search(s) and not s.endswith(("?", "!")):
            cap += 1  # a full stop: headings never end with one
        margins.append(head - cap)
        kinds.append(
            "heading" if head >= cap and (head or cap or not _bare_caption(s)) else "caption"
        )
    n = len(kinds)
    for i in range(n):
        if kinds[i] != "heading":
            continue
        after = next((k for k in kinds[i + 1 :] if k != "caption"), None)
        if after is None:
            # Nothing follows but captions: a heading introduces a section, this cannot.
            kinds[i] = "caption" if margins[i] < 4 else "heading"
    for i in range(n - 1):
        if kinds[i] == "heading" and kinds[i + 1] == "heading":
            # Two subheadings in a row are rare; a photo beside a subheading is common.
            # The one with the weaker heading evidence is the caption, unless both are strong.
            a, b = margins[i], margins[i + 1]
            if min(a, b) < 2:
                if a <= b:
                    kinds[i] = "caption"
                else:
                    kinds[i + 1] = "caption"
    return kinds


# --- the parser --------------------------------------------------------------------------------

_MAX_TITLE = 300


def parse_scrape(text: str) -> Scrape:
    """Recover title, date, lead, author and body from the text of a scraped page."""
    units = _units(text)
    if not units:
        raise ScrapeError("empty-text")
    meta = Meta()
    if (stamp := stored_date(units[0].text)) is not None:
        units[0].text, day = stamp
        if day is not None:
            meta.dates.append((day, "pub"))
        if not units[0].text:
            del units[0]
    found = _drop_boilerplate(units, meta)
    kept = found.kept
    if not kept:
        raise ScrapeError("only-boilerplate")
    author = found.author
    end_author = take_closing_byline(kept)
    if end_author is not None:
        author = clean_author(end_author)

    warnings: list[str] = []
    title: str | None = None
    take_section(kept, meta, found.anchored)
    if (
        (
            not is_paragraph(kept[0])
            or anchored_title(kept[0], found.anchored)
            or (len(kept) > 1 and echoed_title(kept[0], kept[1]))
        )
        and len(kept[0]) <= _MAX_TITLE
        and len(kept) > 1
        and not (PHOTO_FIRST.match(kept[0]) and kept[0] not in found.anchored)
    ):
        title = without_title_credit(kept.pop(0))  # the first unit when it is not prose
    else:
        warnings.append(NOTE_NO_TITLE)
    top_author = take_top_byline(kept, meta if title is not None else None)
    if author is None:
        author = top_author or (meta.bylines[0] if meta.bylines else None)
    lead_at = next((i for i, s in enumerate(kept) if is_paragraph(s)), None)
    lead = kept.pop(lead_at) if lead_at is not None else None
    text_after_lead = lead_at is None or lead_at < len(kept)  # else the copy ends with the lead
    kept = without_repeats(kept, title, lead)

    kinds = classify_short(kept, found.marked)
    if kept and text_after_lead and kinds[-1] != "paragraph" and _cut_off(kept[-1], found.marked):
        kinds[-1] = "paragraph"  # a copy cut off mid-sentence: its last words are text
    if "caption" in kinds:  # in a text whose photos are captioned, a weak one is one more
        kinds = [
            "caption" if k == "paragraph" and short_caption(t) else k
            for k, t in zip(kinds, kept, strict=True)
        ]
    blocks = _with_credits(kept, kinds)
    if lead is None and not any(b.kind == "paragraph" for b in blocks):
        raise ScrapeError("no-prose")

    pub = [d for d, kind in meta.dates if kind == "pub"]
    # An unlabelled date above everything (the site's clock) yields to one printed later.
    plain = [d for d, kind in meta.dates if kind == "" and d not in found.top_dates]
    plain += found.top_dates
    date = (pub or plain or [None])[0]
    if date is None:
        warnings.append(NOTE_NO_DATE)
    return Scrape(
        title=title,
        date=date,
        lead=lead,
        author=author or None,
        blocks=blocks,
        sections=tuple(dict.fromkeys(meta.sections)),
        source_note=found.source_note,
        dropped=tuple(found.dropped),
        warnings=tuple(warnings),
    )


_PHOTO_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ)\s*:\s*[^.()]{1,60}\)?$", re.I
)


_MAX_CUT_CAPTION = 130  # longer, or two sentences: prose, whatever words it has


def _cut_off(last: str, marked: set[str]) -> bool:
    """Whether the last unit is where a truncated copy stops: no sentence end, and no
    strong evidence of a caption (a photo credit, a person doing something, a separator)."""
    if END.search(last) or last in marked or PHOTO_CREDIT.search(last):
        return False
    if REPORTING.search(last):
        return True
    prose = len(last) > _MAX_CUT_CAPTION or SENTENCE_BREAK.search(last)
    return bool(prose) or caption_score(last) < 4


def _with_credits(kept: list[str], kinds: list[BlockKind]) -> tuple[ScrapeBlock, ...]:
    """The blocks, a photo credit on its own line ("Ảnh: Minh Hà") joined to the caption
    right before it ("Caption (Ảnh: Minh Hà)")."""
    blocks: list[ScrapeBlock] = []
    for kind, s in zip(kinds, kept, strict=True):
        if blocks and blocks[-1].kind == "caption" and _PHOTO_CREDIT_LINE.match(s):
            credit_text = s if s.startswith("(") else f"({s})"
            blocks[-1] = ScrapeBlock("caption", f"{blocks[-1].text} {credit_text}")
            continue
        blocks.append(ScrapeBlock(kind, s))
    return tuple(blocks)


@dataclass
class _Found:
    """The units left once the boilerplate is out, and what the boilerplate told."""

    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    author: str | None = None  # from a "Tác giả:" line
    source_note: str | None = None  # from a credit line: "Nguồn: ...", "Theo ...", "Báo ..."
    marked: set[str] = field(default_factory=set)  # captions marked by a trailing separator
    # Unlabelled dates printed before anything else: often the site's clock, not the article's.
    top_dates: list[dt.date] = field(default_factory=list)
    # Units right before a date/meta line or printed twice in a row: how titles are printed.
    anchored: set[str] = field(default_factory=set)


_MAX_MARKED = 200  # a separator at the end marks a caption, not a paragraph
_AUTHOR_SOURCE = re.compile(r"\s*[-–|,;]?\s*nguồn\s*:\s*", re.I)


def _drop_boilerplate(units: list[_Unit], meta: Meta) -> _Found:
    """Step 2: markers, toolbars, furniture, date and meta lines (their dates go to
    ``meta``), breadcrumbs, tag, author and credit lines out; everything from a footer on."""
    first_para = next((i for i, u in enumerate(units) if is_paragraph(u.text)), len(units))
    found = _Found()
    skip_keywords = False
    for i, u in enumerate(units):
        s = u.text
        header = i < first_para
        if skip_keywords and len(s) <= 80 and not END.search(s):
            skip_keywords = False
            found.dropped.append(s)  # the keywords under a bare "Từ khóa:" label
            continue
        skip_keywords = False
        s = without_glued_alt(s)
        seen_dates = len(meta.dates)
        if meta_line(s, meta, header=header):
            if found.kept:
                found.anchored.add(found.kept[-1])
            else:
                found.top_dates += [d for d, kind in meta.dates[seen_dates:] if kind == ""]
            found.dropped.append(s)
            continue
        if MARKER.search(s) or is_toolbar(s) or is_furniture(s):
            found.dropped.append(s)
            continue
        if found.kept and s == found.kept[-1]:  # printed twice in a row
            found.anchored.add(s)
            found.dropped.append(s)
            continue
        if header and (
            (media_name(s) and credit(s) is None) or (not found.kept and site_banner(s))
        ):
            found.dropped.append(s)  # the site's name or slogan above the title
            continue
        if (
            header
            and (crumbs := breadcrumb(s))
            and (crumbs[0].lower() in {"trang chủ", "home", "trang nhất"} or len(crumbs) >= 3)
        ):
            found.dropped.append(s)
            continue
        if found.kept and not header and FOOTER.match(s):
            found.dropped.extend(x.text for x in units[i:])
            break
        if TAGS_LINE.match(s):
            skip_keywords = not s.split(":", 1)[1].strip()
            found.dropped.append(s)
            continue
        if m := AUTHOR_LINE.match(s):
            name, *source = _AUTHOR_SOURCE.split(m.group(1), maxsplit=1)
            found.author = found.author or clean_author(name)
            if source and source[0].strip():
                found.source_note = found.source_note or source[0].strip()
            found.dropped.append(s)
            continue
        if i > 0 and (src := credit(s)) is not None:
            found.source_note = found.source_note or src
            found.dropped.append(s)
            continue
        if not header and (bare := trailing_separator(s)) is not None and len(bare) <= _MAX_MARKED:
            found.marked.add(bare)
            s = bare
        found.kept.append(s)
    return found


def title_from_lead(lead: str, limit: int = 90) -> str:
    """A title for a scrape without one: the lead's first sentence, shortened at a word."""
    m = SENTENCE_BREAK.search(lead)
    first = lead[: m.start() + 1] if m else lead
    first = first.rstrip(" .…/")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-–")
    return cut + "…"


def scrape_to_article(
    scrape: Scrape,
    *,
    lang: str = "vi",
    source: str | None = None,
    path: str | None = None,
) -> Article:
    """The article model of a scrape (captions become figures without an image)."""
    # As the reader will read it back: one line, plain spaces, something to see.
    title = clean_title(scrape.title or "")
    warnings = list(scrape.warnings)
    if not title:
        base = scrape.lead or next((b.text for b in scrape.blocks if b.kind == "paragraph"), "")
        title = clean_title(title_from_lead(base)) or "Untitled"
        warnings.append(NOTE_TITLE_FROM_LEAD)
    blocks: list[Block] = []
    for b in scrape.blocks:
        t = make_text(" ".join(b.text.split()), lang)  # plain spaces, as it will read back
        if b.kind == "heading":
            blocks.append(Heading(2, t))
        elif b.kind == "caption":
            blocks.append(Figure(None, "", t))
        else:
            blocks.append(Paragraph(t))
    return Article(
        title=title,
        lang=lang,
        date=scrape.date,
        author=scrape.author,
        source=scrape.source_note or source,
        tags=scrape.sections,
        lead=make_text(scrape.lead, lang) if scrape.lead else None,
        blocks=tuple(blocks),
        path=path,
        warnings=tuple(warnings),
    )
