"""Plain-text scrapes of portal bulletins -> what the article is made of.

A scrape is the page's text copied or scraped line by line: portal block markers, a date
line, the font-size toolbar, the title, the lead (sapo), then the body in which short lines
are photo captions or subheadings, and the byline after the closing ``/.``. The rules, with
their reasons and examples, are in docs/importing.md; this module follows them in order:

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
from dataclasses import dataclass, field
from typing import Literal

from reader.formats.encodings import _syllable_ok
from reader.formats.markdown_article import make_text
from reader.model import Article, Block, Figure, Heading, Paragraph

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
# Runs of spaces, or any other horizontal white space (a lone " " is left alone: fast).
_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]{2,}"
    r"|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A unit "ends a sentence" when its last visible character (before closing quotes and
# brackets) is one of these; the portal's "/." closing mark ends with ".".
_END = re.compile(r"[.!?…:;]['\"”’»)\]]*$")
_MIN_WRAPPED = 40  # a hard-wrapped line is long; short lines (dates, titles) stand alone
_STARTS_LOWER = re.compile(r"^[(\"“'‘]?[^\W\d_A-Z]")


@dataclass
class _Unit:
    text: str
    group: int  # units of one blank-line-separated group share it


def _units(text: str) -> list[_Unit]:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
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
            and len(prev.text) >= _MIN_WRAPPED
            and not _END.search(prev.text)
            and _STARTS_LOWER.match(line)
            and line[0].islower()
        ):
            prev.text += " " + line
        else:
            units.append(_Unit(line, group))
    return units


# --- step 2: boilerplate ---------------------------------------------------------------------

_I = re.IGNORECASE
_MARKER = re.compile(r"PublishingPortal|^Block_\w+$|^\[?(?:Portlet|Module|Widget)[\w .-]*\]?$", _I)
_TOOLBAR = re.compile(
    r"tăng cỡ chữ|giảm cỡ chữ|xem với cỡ chữ|mặc định|cỡ chữ|kích (?:cỡ|thước) chữ|phóng to|"
    r"thu nhỏ|in bài(?: viết| này)?|in trang|bản in|in tin|gửi (?:bài|tin)(?: viết)?|"
    r"gửi (?:e-?mail|mail|cho bạn bè)|chia sẻ|lưu (?:bài|tin)(?: viết)?|"
    r"nghe (?:đọc )?bài(?: viết)?|"
    r"đọc bài(?: viết)?|nghe audio|bình luận(?: \(\d+\))?|về đầu trang|đầu trang|quay lại|trở về|"
    r"facebook|twitter|zalo|e-?mail|print|font|(?<!\w)a ?[+-]|(?<!\w)a(?!\w)|[+-]",
    _I,
)
_FOOTER = re.compile(
    r"^(?:tin liên quan|tin cùng (?:chuyên mục|loại)|các tin (?:khác|đã đưa)|tin khác|"
    r"bài viết liên quan|bài liên quan|ý kiến bạn đọc|bình luận|gửi bình luận|tin mới nhất|"
    r"tin đọc nhiều(?: nhất)?|xem thêm|xem nhiều nhất|tin nổi bật)\s*:?$",
    _I,
)
_TAGS_LINE = re.compile(r"^(?:tags?|từ khóa|từ khoá)\s*:", _I)
_SOURCE_LINE = re.compile(r"^\(?\s*nguồn\s*:\s*(.{1,120}?)\s*\)?$", _I)
_AUTHOR_LINE = re.compile(r"^(?:tác giả(?: bài viết)?|người viết|bút danh)\s*:\s*(.{1,80})$", _I)
_BREADCRUMB_SEP = re.compile(r"\s+(?:>|»|›|/|\\)\s+")

_DATE_NUM = r"(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})"
_DATE_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_DATE_WORDS = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})"
_TIME = (
    r"(?:lúc\s+)?\d{1,2}\s?[:hg]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s?(?:am|pm|sa|ch))?"
    r"(?:\s*\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?)?"
)
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_PUBLISH = (
    r"(?:ngày\s*đăng|đăng\s*ngày|ngày\s*xuất\s*bản|xuất\s*bản|ngày\s*cập\s*nhật|"
    r"cập\s*nhật(?:\s*lúc|\s*ngày)?|đăng\s*lúc|thời\s*gian\s*đăng|ngày\s*phát\s*hành|"
    r"posted|published|updated)"
)
_VIEW = (
    r"(?:ngày\s*xem|hôm\s*nay|ngày\s*truy\s*cập|truy\s*cập(?:\s*ngày)?|ngày\s*in|"
    r"ngày\s*hiện\s*tại|today)"
)
_META_DATE = re.compile(
    rf"(?:(?P<pub>{_PUBLISH})|(?P<view>{_VIEW}))?\s*:?\s*"
    rf"(?:{_WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s*)?"
    rf"(?:(?P<t1>{_TIME})\s*[,\-–|]?\s*(?:ngày\s*)?)?"
    rf"(?:{_DATE_NUM}|{_DATE_ISO}|{_DATE_WORDS})"
    rf"(?:\s*[,\-–|]?\s*(?P<t2>{_TIME}))?",
    _I,
)
_COUNT = re.compile(
    r"(?:số\s*)?(?:lượt\s*(?:xem|đọc|truy\s*cập|thích)|views?)\s*:?\s*[\d.,]+|"
    r"[\d.,]+\s*lượt\s*(?:xem|đọc)",
    _I,
)
_LONE_TIME = re.compile(rf"{_TIME}|{_WEEKDAY}", _I)
_SEPARATORS = re.compile(r"^[\s|•·,:;/\\()\[\]\-–—_*=.]*$")


@dataclass
class _Meta:
    dates: list[tuple[dt.date, str]] = field(default_factory=list)  # (date, "pub"|"view"|"")
    sections: list[str] = field(default_factory=list)


def _to_date(m: re.Match[str]) -> dt.date | None:
    g = m.groups()
    # groups: pub, view, t1, (d, m, y), (Y, M, D), (d, m, y), t2
    try:
        if g[3]:
            return dt.date(int(g[5]), int(g[4]), int(g[3]))
        if g[6]:
            return dt.date(int(g[6]), int(g[7]), int(g[8]))
        if g[9]:
            return dt.date(int(g[11]), int(g[10]), int(g[9]))
    except ValueError:
        return None
    return None


def _meta_line(line: str, meta: _Meta, *, header: bool) -> bool:
    """True when the line is only dates, view counts, toolbar words and separators
    (in the header, also a short section name beside a date). Records the dates."""
    if len(line) > 160:
        return False
    found: list[tuple[dt.date, str]] = []

    def take(m: re.Match[str]) -> str:
        d = _to_date(m)
        if d is None:
            return m.group(0)
        found.append((d, "pub" if m.group("pub") else "view" if m.group("view") else ""))
        return " | "

    rest = _META_DATE.sub(take, line)
    rest = _COUNT.sub(" | ", rest)
    if found:
        rest = _LONE_TIME.sub(" | ", rest)
    rest = _TOOLBAR.sub(" | ", rest)
    if _SEPARATORS.match(rest):
        meta.dates.extend(found)
        return True
    if found and header:
        section = rest.strip(" |•·,:;-–—")
        words = section.split()
        if (
            0 < len(words) <= 5
            and not any(c.isdigit() for c in section)
            and not _END.search(section)
            and "|" not in section
        ):
            meta.dates.extend(found)
            meta.sections.append(section)
            return True
    return False


def _is_toolbar(line: str) -> bool:
    return len(line) <= 120 and bool(_SEPARATORS.match(_TOOLBAR.sub(" ", line)))


def _breadcrumb(line: str) -> list[str] | None:
    parts = _BREADCRUMB_SEP.split(line)
    if len(parts) < 2 or len(line) > 150:
        return None
    if all(0 < len(p.split()) <= 5 and not _END.search(p) for p in parts):
        return parts
    return None


# --- step 4: author --------------------------------------------------------------------------

_BYLINE_LABEL = re.compile(
    r"^(?:(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin,? ảnh|bài,? ảnh|tin/ảnh|bài/ảnh|"
    r"thực hiện|nhóm pv|pv|phóng viên|tác giả)\s*:\s*)",
    _I,
)
_NAME_TOKEN = re.compile(r"^[(\"“]?[^\W\d_][\w.'’-]*[)\"”,]?$")
_GLUED_AUTHOR = re.compile(r"^(?P<body>.*\S/\.)\s*(?P<author>[^\W\d_][^/]{0,79})$", re.S)


def _clean_author(s: str) -> str:
    s = _BYLINE_LABEL.sub("", s.strip()).strip(" -–—:;,")
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        s = " ".join(_title_case(w) for w in s.split())
    return s


def _title_case(word: str) -> str:
    """HƯƠNG -> Hương; abbreviations (TTXVN, PV, BBK) stay in capitals."""
    core = word.strip('()[]"“”,.-–/')
    if not core or not _syllable_ok(core):
        return word
    i = word.index(core)
    return word[:i] + core[0] + core[1:].lower() + word[i + len(core) :]


def _name_like(s: str) -> bool:
    """A byline: 1-6 words, each capitalised (or all capitals), no sentence end."""
    s = _BYLINE_LABEL.sub("", s.strip())
    if not s or len(s) > 80 or (s.endswith(".") and not re.search(r"\b[A-ZĐ]\.$", s)):
        return False
    s = re.sub(r"\([^()]{1,40}\)", " ", s)  # "Hương Dịu (Báo Bắc Kạn)"
    words = [w for w in re.split(r"[\s,/–—-]+|\bvà\b", s) if w]
    if not 1 <= len(words) <= 6:
        return False
    return all(_NAME_TOKEN.match(w) and (w[0].isupper() or not w[0].isalpha()) for w in words)


# --- step 5: captions and subheadings --------------------------------------------------------

_SURNAMES_WORDS = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Phương Đinh Lương "
    "Hà Triệu Ma Nông Lục Hứa Lâm Tạ Đào Đoàn Trịnh Mai Cao Chu Tô La Lò Lưu Kiều Vương Trương "
    "Quách Thái Tăng Văn Hầu Mạc Đàm Lã Lăng Giáp Khổng Diệp Âu Châu Tống Sầm Bế Lành Mông Vi "
    "Nịnh Bàn Đồng Khúc Quan Thân Từ Doãn Phùng Kim Lại Hoa"
)
_SURNAMES = _SURNAMES_WORDS.split()
_VI_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_UP = "A-Z" + _VI_LOWER.upper()
_LOW = "a-z" + _VI_LOWER
_UPPER_WORD = rf"[{_UP}][{_LOW}]+"
_PERSON = re.compile(
    rf"(?<!\w)(?:(?:{'|'.join(sorted(set(_SURNAMES)))})(?:\s{_UPPER_WORD}){{2,3}}"
    rf"|(?:ông|bà|anh|chị|em|cháu|cụ|đồng chí|đ/c|thầy|cô|bác sĩ|chiến sĩ|nghệ nhân)"
    rf"\s{_UPPER_WORD}(?:\s{_UPPER_WORD}){{0,3}})(?!\w)"
)
_CAPTION_START = re.compile(
    r"^(?:đ/c|đ\.c|đồng chí|các đồng chí|ông|bà|các đại biểu|đại biểu|quang cảnh|toàn cảnh|"
    r"một góc|hình ảnh|cảnh|lãnh đạo|chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|"
    r"phó giám đốc|bộ trưởng|thứ trưởng|thủ tướng|phó thủ tướng|trưởng ban|trưởng đoàn|"
    r"đoàn công tác|học sinh|người dân|bà con|du khách|cán bộ|lực lượng|các em|em|cô|thầy|"
    r"bác sĩ|nông dân|chiến sĩ|công nhân|nhân dân|các vận động viên|vận động viên|"
    r"các thí sinh|thí sinh|tặng|trao|đại diện|ban tổ chức|btc)(?!\w)",
    _I,
)
_CAPTION_VERB = re.compile(
    r"(?<!\w)(?:phát biểu|trao|tặng|tham dự|dự(?! (?:kiến|thảo|án|toán|báo|ước|phòng|trữ|"
    r"định|tính|bị|thi|đoán|luật))|thăm|kiểm tra|chụp ảnh|giải trình|chủ trì|trao đổi|"
    r"làm việc|khảo sát|cắt băng|bấm nút|tham quan|biểu diễn|trình diễn|thi đấu|trồng cây|"
    r"chúc mừng|động viên|dâng hương|dâng hoa|thắp hương|ký kết|bắt tay|tuyên dương|"
    r"khen thưởng|gắn huy hiệu|ra quân|hướng dẫn|tập huấn|đón|tiếp|thăm hỏi|báo cáo|"
    r"phát động|khai mạc|bế mạc|lưu niệm|quang cảnh|toàn cảnh)(?!\w)",
    _I,
)
_PHOTO_CREDIT = re.compile(
    r"(?:^|[(\-–—|]\s*)(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh tl)\s*(?::|$)|"
    r"\(\s*ảnh\s*:[^)]*\)\s*\.?$|ảnh minh ho[ạa]",
    _I,
)
_PLACE = re.compile(rf"(?<!\w)tại\s+(?:[{_UP}]|buổi|lễ|hội|chương trình|sự kiện)")
_HEADING_START = re.compile(
    r"^(?:nhiều|tập trung|dự kiến|tiếp tục|đẩy mạnh|nâng cao|phát huy|kết quả|giải pháp|"
    r"khó khăn|những|cần|để|góp phần|chú trọng|tăng cường|phấn đấu|quyết tâm|hướng tới|"
    r"hiệu quả|thực hiện|triển khai|xây dựng|phát triển|đổi mới|bảo đảm|đảm bảo|về|một số|"
    r"các giải pháp|nỗ lực|chủ động|từng bước|khẳng định|tạo|thúc đẩy|hoàn thành|vượt|"
    r"mục tiêu|nhiệm vụ|bài học|kỳ vọng|điểm sáng|dấu ấn|chuyển biến|còn|vẫn|sẵn sàng|"
    r"không|chưa|khơi dậy|lan tỏa|lan toả|gỡ|tháo gỡ|vì|sớm|đưa|giữ vững|ưu tiên|"
    r"phần|chương|bài \d+)(?!\w)",
    _I,
)
_NUMBERED = re.compile(
    r"^(?:[IVXLC]{1,5}|\d{1,2}|[a-zđ])\s?[.)/-]\s|^thứ (?:nhất|hai|ba|tư|năm)", _I
)
# Openers of narrative sentences: a one-sentence paragraph, not a caption.
_PROSE_START = re.compile(
    r"^(?:phát biểu|theo|sáng|chiều|tối|trưa|ngày|hôm|trong|với|để|khi|sau|trước|qua|"
    r"nhân dịp|thay mặt|cũng|ngoài ra|bên cạnh|đến nay|hiện nay|năm|tháng|dịp này|từ|"
    r"như vậy|do đó|vì vậy|tuy nhiên|đồng thời)(?!\w)",
    _I,
)
_MAX_CAPTION_WITH_STOP = 130
_FIGURES = re.compile(r"\d[\d.,]*\s?%|\b\d+/\d+\b(?!/)|\d[\d.,]* (?:tỷ|triệu|nghìn) ")
_SENTENCE_BREAK = re.compile(rf"[.!?…]['\"”’)]*\s+[\"“(]?[{_UP}0-9]")


def _caption_score(s: str) -> int:
    if _PHOTO_CREDIT.search(s):
        return 10
    score = 0
    if _CAPTION_START.match(s):
        score += 2
    if _PERSON.search(s):
        score += 2
    if _CAPTION_VERB.search(s):
        score += 2
    if _PLACE.search(s):
        score += 1
    return score


def _heading_score(s: str) -> int:
    score = 0
    if _NUMBERED.match(s):
        score += 4
    if _HEADING_START.match(s):
        score += 2
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 6 and all(c.isupper() for c in letters):
        score += 2
    if s.endswith(("?", "!")) or (s[:1] in '"“' and s[-1:] in '"”'):
        score += 1
    if _FIGURES.search(s):
        score += 1
    return score


def _is_paragraph(s: str) -> bool:
    """A unit that is prose, not a short caption/heading line."""
    if _END.search(s):
        if s.endswith(("?", "!")) and len(s) <= 160 and not _SENTENCE_BREAK.search(s):
            return False
        if len(s) > 160 or _SENTENCE_BREAK.search(s):
            return True
        # One short sentence with a full stop: a caption only on strong evidence.
        return (
            len(s) > _MAX_CAPTION_WITH_STOP
            or s.endswith((":", ";"))
            or bool(_PROSE_START.match(s))
            or _caption_score(s) < 3
        )
    return len(s) > 300


def classify_short(texts: list[str]) -> list[BlockKind]:
    """Kinds of a run of body units, in order (see docs/importing.md, "Captions and
    subheadings"). Exposed for the tests."""
    kinds: list[BlockKind] = []
    margins: list[int] = []
    for s in texts:
        if _is_paragraph(s):
            kinds.append("paragraph")
            margins.append(0)
            continue
        cap, head = _caption_score(s), _heading_score(s)
        if _END.search(s) and not s.endswith(("?", "!")):
            cap += 1  # a full stop: headings never end with one
        margins.append(head - cap)
        kinds.append("heading" if head >= cap else "caption")
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

    first_para = next((i for i, u in enumerate(units) if _is_paragraph(u.text)), len(units))
    meta = _Meta()
    dropped: list[str] = []
    kept: list[str] = []
    author: str | None = None
    source_note: str | None = None
    for i, u in enumerate(units):
        s = u.text
        header = i < first_para
        if _MARKER.search(s) or _is_toolbar(s) or _meta_line(s, meta, header=header):
            dropped.append(s)
            continue
        if (
            header
            and (crumbs := _breadcrumb(s))
            and (crumbs[0].lower() in {"trang chủ", "home", "trang nhất"} or len(crumbs) >= 3)
        ):
            dropped.append(s)
            continue
        if kept and not header and _FOOTER.match(s):
            dropped.extend(x.text for x in units[i:])
            break
        if _TAGS_LINE.match(s):
            dropped.append(s)
            continue
        if m := _AUTHOR_LINE.match(s):
            author = author or _clean_author(m.group(1))
            dropped.append(s)
            continue
        if not header and (m := _SOURCE_LINE.match(s)):
            source_note = m.group(1).strip()
            dropped.append(s)
            continue
        kept.append(s)

    if not kept:
        raise ScrapeError("only-boilerplate")

    # Author: the byline after the closing "/." (own unit or glued), else a name-like last unit.
    end_author: str | None = None
    last = kept[-1]
    glued = _GLUED_AUTHOR.match(last)
    if glued and _name_like(glued.group("author")):
        kept[-1] = glued.group("body")
        end_author = glued.group("author")
    elif (
        len(kept) >= 2
        and _name_like(last)
        and (kept[-2].endswith("/.") or _is_paragraph(kept[-2]))
        and (kept[-2].endswith("/.") or _caption_score(last) < 2)
    ):
        end_author = kept.pop()
    if end_author is not None:
        author = _clean_author(end_author)

    # Title: the first unit when it is not prose.
    warnings: list[str] = []
    title: str | None = None
    if not _is_paragraph(kept[0]) and len(kept[0]) <= _MAX_TITLE and len(kept) > 1:
        title = kept.pop(0)
    else:
        warnings.append(NOTE_NO_TITLE)

    # A byline under the title (upper-case or labelled) when none closes the text.
    if kept and not _is_paragraph(kept[0]) and len(kept) > 1:
        top = kept[0]
        letters = [c for c in top if c.isalpha()]
        if _name_like(top) and (
            _BYLINE_LABEL.match(top) or (letters and all(c.isupper() for c in letters))
        ):
            kept.pop(0)
            if author is None:
                author = _clean_author(top)

    lead: str | None = None
    lead_at = next((i for i, s in enumerate(kept) if _is_paragraph(s)), None)
    if lead_at is not None:
        lead = kept.pop(lead_at)

    kinds = classify_short(kept)
    blocks = tuple(ScrapeBlock(k, s) for k, s in zip(kinds, kept, strict=True))
    if lead is None and not any(b.kind == "paragraph" for b in blocks):
        raise ScrapeError("no-prose")

    pub = [d for d, kind in meta.dates if kind == "pub"]
    plain = [d for d, kind in meta.dates if kind == ""]
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
        source_note=source_note,
        dropped=tuple(dropped),
        warnings=tuple(warnings),
    )


def title_from_lead(lead: str, limit: int = 90) -> str:
    """A title for a scrape without one: the lead's first sentence, shortened at a word."""
    m = _SENTENCE_BREAK.search(lead)
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
    title = scrape.title
    warnings = list(scrape.warnings)
    if not title:
        base = scrape.lead or next((b.text for b in scrape.blocks if b.kind == "paragraph"), "")
        title = title_from_lead(base) or "Untitled"
        warnings.append(NOTE_TITLE_FROM_LEAD)
    blocks: list[Block] = []
    for b in scrape.blocks:
        t = make_text(b.text, lang)
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
