"""The frame around a scrape's text: the title and the section name above it, the bylines
above and below it, and the repeats copies print (the sapo twice, a teaser).

Split from ``reader.formats.scrape_text``, which applies these in order; the line rules they
use live in ``reader.formats.portal``. Reasons and examples: docs/importing.md.
"""

from __future__ import annotations

import re
from collections.abc import Set

from reader.formats.portal import (
    BYLINE_LABEL,
    END,
    ORGANISATION,
    SENTENCE_BREAK,
    SURNAMES,
    Meta,
    agency_prefix,
    caption_score,
    clean_author,
    closing_byline,
    glued_byline,
    is_paragraph,
    name_like,
    stop_byline,
)

__all__ = [
    "PHOTO_FIRST",
    "anchored_title",
    "echoed_title",
    "take_closing_byline",
    "take_section",
    "take_top_byline",
    "without_repeats",
]

# A copy that lost its title and opens with a photo's caption: words titles do not open with
# ("Quang cảnh hội nghị.", "Đ/c Huỳnh Thị Thùy Dung ... tặng quà ...").
PHOTO_FIRST = re.compile(r"^(?:quang cảnh|toàn cảnh|một góc|đ/c|đ\.c)(?!\w)", re.I)
_MAX_STOP_TITLE = 160  # a sapo printed twice is longer


def anchored_title(first: str, anchored: Set[str]) -> bool:
    """A one-sentence first unit ending with a full stop is the title when the page prints
    it as titles are printed: followed by the date line, or twice ("Đoàn thị trấn ... hè năm
    2018." over its repeat)."""
    return (
        first in anchored
        and len(first) <= _MAX_STOP_TITLE
        and not SENTENCE_BREAK.search(first)
        and not first.endswith(("/.", ":", ";"))
        and agency_prefix(first) is None  # "(ĐN)- ...": the lead
    )


def echoed_title(first: str, second: str) -> bool:
    """A one-sentence first unit ending with a full stop is the title when the lead after it
    repeats it ("Đô Lương tổ chức hội nghị ... khóa XI." over "Sáng ngày 30/3, Đô Lương tổ
    chức hội nghị ... khóa XI và ...")."""
    if len(first) > _MAX_STOP_TITLE or SENTENCE_BREAK.search(first) or not first.endswith("."):
        return False
    echo = first[:-1].strip().lower()
    return len(echo.split()) >= 5 and echo in second.lower()


_SECTION_WORDS = 3  # a portal section name above the title: "Chính trị", "Thời sự"
_ANCHORED_SECTION_WORDS = 5  # "Thông tin từ cơ sở" over a title with its date line
# Section names every portal has: one of these above the title is the section even when the
# title reads like a caption ("Tin tức" over "Tăng cường kiểm tra ...").
_SECTIONS = frozenset(
    [
        "tin tức",
        "thời sự",
        "tin tức sự kiện",
        "tin tức - sự kiện",
        "tin hoạt động",
        "tin địa phương",
        "tin trong nước",
        "tin trong tỉnh",
        "chính trị",
        "kinh tế",
        "xã hội",
        "văn hóa",
        "văn hoá",
        "giáo dục",
        "y tế",
        "pháp luật",
        "thể thao",
        "quốc phòng",
        "an ninh",
        "quốc phòng - an ninh",
        "nông nghiệp",
        "du lịch",
    ]
)


def take_section(kept: list[str], meta: Meta, anchored: Set[str] = frozenset()) -> None:
    """A short section name printed above the title (1-3 words, no digits) goes to the
    sections when a longer line that reads as no caption follows it before the text; 1-5
    words when that line is printed as titles are (the date line under it)."""
    if len(kept) < 3 or is_paragraph(kept[0]) or is_paragraph(kept[1]):
        return
    first, second = kept[0], kept[1]
    if (
        len(first.split()) <= (_ANCHORED_SECTION_WORDS if second in anchored else _SECTION_WORDS)
        and not any(c.isdigit() for c in first)
        and not END.search(first)
        and len(second.split()) > _SECTION_WORDS
        and (caption_score(second) < 2 or first.lower() in _SECTIONS or second in anchored)
        and not name_like(second)
    ):
        meta.sections.append(kept.pop(0))


def without_repeats(kept: list[str], title: str | None, lead: str | None) -> list[str]:
    """The body without a repeat of the title or the lead (copies print the sapo twice),
    and without another article's teaser: a unit opening with the lead's agency mark."""
    agency = agency_prefix(lead) if lead else None
    return [
        s
        for s in kept
        if s != title and s != lead and (agency is None or agency_prefix(s) != agency)
    ]


def take_closing_byline(kept: list[str]) -> str | None:
    """The byline after the closing "/." (own unit or glued), else a name-like last unit;
    taken out of ``kept``."""
    glued = glued_byline(kept[-1])
    if glued is not None:
        kept[-1], author = glued
        return author
    if len(kept) >= 2 and closing_byline(kept[-2], kept[-1]):
        return kept.pop()
    if len(kept) >= 2 and (name := stop_byline(kept[-2], kept[-1])) is not None:
        kept.pop()
        return name
    if (
        len(kept) >= 3
        and is_paragraph(kept[-3])
        and name_like(kept[-2])
        and kept[-2].split()[0] in SURNAMES
        and not END.search(kept[-1])
        and len(kept[-1].split()) <= 6
        and (name_like(kept[-1]) or ORGANISATION.match(kept[-1]))
    ):
        # "Trương Minh Quang" over "Tỉnh Đoàn Bình Thuận": the writer, then the writer's unit.
        kept.pop()
        return kept.pop()
    return None


def take_top_byline(kept: list[str], meta: Meta | None = None) -> str | None:
    """A byline under the title (upper-case or labelled), taken out of ``kept``. With
    ``meta`` (a title was found), also a short line between the title and the lead: a name
    opening with a family name is the byline ("Lê Thu"), other words the section ("Hoạt
    động Đoàn")."""
    if not kept or is_paragraph(kept[0]) or len(kept) <= 1:
        return None
    top = kept[0]
    letters = [c for c in top if c.isalpha()]
    if name_like(top) and (
        BYLINE_LABEL.match(top) or (letters and all(c.isupper() for c in letters))
    ):
        kept.pop(0)
        return clean_author(top)
    if meta is None or not is_paragraph(kept[1]) or END.search(top):
        return None
    words = top.split()
    if name_like(top) and len(words) <= 4 and words[0] in SURNAMES:
        kept.pop(0)
        return clean_author(top)
    if len(words) <= _SECTION_WORDS and not any(c.isdigit() for c in top) and not name_like(top):
        meta.sections.append(kept.pop(0))
    return None
