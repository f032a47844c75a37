"""The portal rules both importers share: what a line of a Vietnamese government portal is.

Boilerplate (module markers, toolbars, "Tin liên quan" footers, tag lines), date and view
count lines, bylines and author names, photo captions and credits, subheadings, and whether
a text is a paragraph of prose. The text importer (``scrape_text``) applies them to the lines
of a scrape, the page importer (``html_page``) to the texts trafilatura keeps, so both agree.
The rules, their reasons and examples: docs/importing.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reader.formats.encodings import syllable_ok

# A text "ends a sentence" when its last visible character (before closing quotes and
# brackets) is one of these; the portal's "/." closing mark ends with ".".
END = re.compile(r"[.!?…:;]['\"”’»)\]]*$")

# --- step 2: boilerplate ---------------------------------------------------------------------

_I = re.IGNORECASE
MARKER = re.compile(r"PublishingPortal|^Block_\w+$|^\[?(?:Portlet|Module|Widget)[\w .-]*\]?$", _I)
_TOOLBAR = re.compile(
    r"tăng cỡ chữ|giảm cỡ chữ|xem với cỡ chữ|mặc định|cỡ chữ|kích (?:cỡ|thước) chữ|phóng to|"
    r"thu nhỏ|in bài(?: viết| này)?|in trang|bản in|in tin|gửi (?:bài|tin)(?: viết)?|"
    r"gửi (?:e-?mail|mail|cho bạn bè)|chia sẻ|lưu (?:bài|tin)(?: viết)?|"
    r"nghe (?:đọc )?bài(?: viết)?|"
    r"đọc bài(?: viết)?|nghe audio|(?:\(\d+\) )?bình luận(?: \(\d+\))?|"
    r"về đầu trang|đầu trang|quay lại|trở về|"
    r"facebook|twitter|zalo|e-?mail|print|font|(?<!\w)a ?[+-]|(?<!\w)a(?!\w)|[+-]",
    _I,
)
FOOTER = re.compile(
    r"^(?:tin liên quan|tin cùng (?:chuyên mục|loại)|các tin (?:khác|đã đưa)|tin khác|"
    r"bài viết liên quan|bài liên quan|ý kiến bạn đọc|bình luận|gửi bình luận|tin mới nhất|"
    r"tin đọc nhiều(?: nhất)?|xem thêm|xem nhiều nhất|(?:tin )?nổi bật|tin mới|"
    r"có thể bạn (?:quan tâm|muốn xem)|(?:các )?album (?:đã đăng|khác)|trả lời|"
    r"để lại (?:một )?bình luận|viết bình luận|gửi phản hồi)\s*:?$",
    _I,
)
TAGS_LINE = re.compile(r"^(?:tags?|từ khóa|từ khoá)\s*:", _I)
# "Nguồn: Báo X", "(Nguồn: ...)", "Nguồn Hà Nội Mới: http://...": the source, never a paragraph.
SOURCE_LINE = re.compile(
    r"^\(?\s*nguồn(?:\s+(?P<by>[^:()]{1,40}?))?\s*:\s*(?P<src>.{1,200}?)\s*\)?$", _I
)
# "Theo Báo Bắc Kạn", "(Theo TTXVN)": a credit when what follows is a name (see ``credit``).
_THEO = re.compile(r"^\(?\s*theo\s+(.{2,80}?)\s*\)?\.?$", _I)
# "Theo Trung tâm Thông tin Triển lãm": an organisation named as the source (its words are
# not all capitalised, so it is no name).
_ORGANISATION = re.compile(
    r"^(?:báo|đài|trung tâm|sở|ban|cổng thông tin|trang thông tin|tạp chí|văn phòng|ubnd|"
    r"ủy ban|uỷ ban|bộ|cục|chi cục|hội|phòng|thông tấn xã)\s+[A-ZĐ\u00c0-\u1ef8][^.;:!?]{0,70}$",
    _I,
)
ORGANISATION = _ORGANISATION
# "Báo Hà Nội Mới" on its own line: the paper an aggregator took the article from.
_PAPER = re.compile(r"^báo\s+\S.{0,60}$", _I)
AUTHOR_LINE = re.compile(r"^(?:tác giả(?: bài viết)?|người viết|bút danh)\s*:\s*(.{1,80})$", _I)
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
    r"(?:số\s*)?(?:lượt\s*(?:xem|đọc|truy\s*cập|thích)|views?)\s*:?\s*[\d.,]+"
    r"(?:\s*lượt\s*(?:xem|đọc))?|"
    r"[\d.,]+\s*lượt\s*(?:xem|đọc)",
    _I,
)
_LONE_TIME = re.compile(
    rf"{_TIME}|{_WEEKDAY}|\(?(?:gmt|utc)\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?\)?", _I
)
# Bare numbers beside a date: the view and comment counts of "Thứ bảy - 10/10/2020 14:55 92 0".
_BARE_COUNT = re.compile(r"(?<![\w/])\d[\d.,]*(?![\w/])")
_SEPARATORS = re.compile(r"^[\s|•·,:;/\\()\[\]\-–—_*=.]*$")
_SEPARATORS_EDGE = re.compile(r"^[\s|•·,:;\-–—]+|[\s|•·,:;\-–—]+$")


@dataclass
class Meta:
    dates: list[tuple[dt.date, str]] = field(default_factory=list)  # (date, "pub"|"view"|"")
    sections: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)  # names printed beside the date


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


def meta_line(line: str, meta: Meta, *, header: bool) -> bool:
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
        rest = _BARE_COUNT.sub(" | ", _LONE_TIME.sub(" | ", rest))
    if found and header:
        # "THU HÀ 12/05/2021 09:20", "Lâm Trường - Anh Nguyên-Thứ bảy, ngày 06/07/2024":
        # a byline beside the date (names in capitals, every word capitalised).
        byline = _SEPARATORS_EDGE.sub("", _LONE_TIME.sub(" ", rest))
        if len(byline.split()) >= 2 and "|" not in byline and name_like(byline):
            meta.dates.extend(found)
            meta.bylines.append(clean_author(byline))
            return True
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
            and not END.search(section)
            and "|" not in section
        ):
            meta.dates.extend(found)
            meta.sections.append(section)
            return True
    return False


# Portal furniture that is no toolbar: skip links, placeholders of images and players, slogans
# of the layout, follow-us widgets, aggregator stamps, copyright and promotion lines.
_FURNITURE = re.compile(
    r"^(?:chuyển (?:đến|tới) nội dung(?: chính)?|bỏ qua (?:liên kết|nội dung|menu)|"
    r"skip to (?:main )?content|logo|quảng cáo|advertisement|banner|"
    r"chọn ngày\s*:?[\s/.\-]*|"
    r"nhập mô tả(?: ảnh| cho ảnh)?(?: vào đây)?\.?|"
    r"your browser does not support the (?:audio|video)(?: element| tag)?\.?|"
    r"trình duyệt (?:của bạn )?không hỗ trợ.{0,60}|"
    r"theo dõi .{1,40} trên(?: .{1,30})?|"
    r"gốc|xem (?:bài )?gốc|(?:print|in)\s?a{2,3}|"
    r"tối đa:? \d+ ký tự|hiện chưa có bình luận.{0,80}|"
    r"email của bạn sẽ không được hiển thị công khai.{0,120}|"
    r"tổng số điểm của bài viết là:?.{0,60}|click để đánh giá bài viết|"
    r"\d+ (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước|\d+ (?:phút|giờ|ngày)|"
    r"\*?\s*mời (?:quý )?(?:độc giả|bạn đọc|vị|khán giả) .{0,160}|"
    r"đọc báo in|tải ứng dụng|"
    r"\([^()\s]{2,12}\)\s*[-–]?|"
    r"\(\*\)\s*không sao chép.{0,200}|"
    r".{0,60}(?:bản quyền thuộc|không được sao chép|©|copyright).{0,120})$",
    _I,
)
# What a CMS or a scraper leaves in a stored copy: ids, "null", slugs, paths, markup ends.
_DEBRIS = re.compile(
    r"^(?:[\W\d_]+|https?://\S+|(?i:null|undefined|none|nan|article)|/[\w/.-]*|[a-z0-9_.-]+"
    r"|(?i:img|dsc|dscn|dji)[ _-]?\d{3,}[\w.-]*|%\w+%)$"
)
# "... - Hình 1", "... - ảnh 2": an image's alt text printed by the copy, not its caption.
_ALT_NUMBERED = re.compile(r"\s[-–]\s*(?:hình|ảnh)\s*\d{1,2}$", _I)
# A related article's card: its title printed twice (image alt, link).
_TRAIL_SEPARATOR = re.compile(r"\s+[|\-–—]\s*$")


# The site's own name or slogan above the title: "Báo Nghệ An điện tử - Tin tức cập nhật ...",
# "Cổng thông tin điện tử tỉnh X".
_SITE_BANNER = re.compile(
    r"^(?:báo|cổng thông tin|trang thông tin|tạp chí)\b.{0,40}\bđiện tử\b.{0,120}$", _I
)
# A credit printed at the end of the title line: "Title - Video: NGUYỄN VĂN CHÍ".
_TITLE_CREDIT = re.compile(r"\s[-–]\s*(?:video|clip|ảnh|đồ họa|infographic)\s*:\s*[^.:]{2,60}$", _I)


# The paper's, magazine's or station's name on a line of its own near the title: "Truyền
# hình Đại Lộc", "Tạp Chí Nhân Đạo".
_MEDIA_NAME = re.compile(
    r"^(?:báo|tạp chí|truyền hình|đài phát thanh(?: và truyền hình)?|đài truyền hình|"
    r"cổng thông tin điện tử|trang thông tin điện tử)\s+[A-ZĐ\u00c0-\u1ef8][^\d.!?:;,]{1,40}$",
    _I,
)


def media_name(line: str) -> bool:
    """A media outlet's name alone on a line (1-6 words), looked for before the text."""
    return bool(_MEDIA_NAME.match(line)) and len(line.split()) <= 6


def site_banner(line: str) -> bool:
    """The site's name or slogan printed above the title (only looked for there)."""
    return bool(_SITE_BANNER.match(line))


def without_title_credit(title: str) -> str:
    """The title without a video or photo credit printed after it."""
    return _TITLE_CREDIT.sub("", title)


# An unlabelled keyword list: six or more short lower-case phrases joined by commas.
_KEYWORD = r"[^\W\d_A-ZĐ][^,.!?:;]{0,40}"
_KEYWORDS = re.compile(rf"^{_KEYWORD}(?:\s*,\s*{_KEYWORD}){{5,}}$")
# "Article title ảnh 1Caption": an image's alt text (the title + "ảnh N") glued before the
# caption the copy prints after it.
_GLUED_ALT = re.compile(r"^\S.{9,250}?\sảnh \d{1,2}(?=[A-ZĐ\u00c0-\u1ef9])(?!\s)")


def without_glued_alt(line: str) -> str:
    """The caption without an image's alt text glued before it ("... ảnh 1Caption")."""
    m = _GLUED_ALT.match(line)
    if m is None or not line[m.end() : m.end() + 1].isupper():
        return line
    return line[m.end() :]


def is_furniture(line: str) -> bool:
    """Portal furniture, CMS debris, an image's numbered alt text or a related article's
    doubled title: never article text (docs/importing.md, "Boilerplate")."""
    if len(line) > 300:
        return False
    if (
        _DEBRIS.match(line)
        or _FURNITURE.match(line)
        or _ALT_NUMBERED.search(line)
        or _KEYWORDS.match(line)
    ):
        return True
    half = (len(line) - 1) // 2
    return len(line) >= 21 and line[half] == " " and line[:half] == line[half + 1 :]


def trailing_separator(line: str) -> str | None:
    """The line without a separator left at its end ("Caption. |", "Caption -"), or None
    when it has none. Portals print one between a caption and its (empty) photo credit."""
    m = _TRAIL_SEPARATOR.search(line)
    if m is None or m.start() == 0:
        return None
    return line[: m.start()]


def credit(line: str) -> str | None:
    """The source a credit line names ("Nguồn: X", "Nguồn X: url", "Theo X", "Báo X"), or
    None when the line is no credit. A "Theo ..." line is a credit only when a name follows
    ("Theo TTXVN", not "Theo ông Dũng, ...")."""
    if m := SOURCE_LINE.match(line):
        by = (m.group("by") or "").strip()
        return f"{by}: {m.group('src')}" if by else m.group("src").strip()
    if (
        (m := _THEO.match(line))
        and "," not in line
        and (name_like(m.group(1)) or _ORGANISATION.match(m.group(1)))
    ):
        return m.group(1)
    if _PAPER.match(line) and len(line.split()) <= 6 and name_like(line):
        return line
    return None


# A stored copy's own date stamp before the title: "date 2026-02-08 Title" ("date 2023-09":
# a month names no publication day).
_STORED_DATE = re.compile(r"^date (\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+|$)")
# The agency mark opening a lead: "VTV.vn - ", "(HNM) - ", "BTO - ", "(GLO)- ".
_AGENCY = re.compile(r"^(\([^()\s]{2,24}\)|[A-ZĐ][\w.]{1,15})\s?[-–]\s")


def stored_date(line: str) -> tuple[str, dt.date | None] | None:
    """(the line without the copy's date stamp, the date when it names a day), or None."""
    m = _STORED_DATE.match(line)
    if m is None:
        return None
    day = None
    if m.group(3):
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            day = None
    return line[m.end() :], day


def agency_prefix(text: str) -> str | None:
    """The agency mark a lead opens with ("VTV.vn", "(HNM)"), or None."""
    m = _AGENCY.match(text)
    return m.group(1) if m else None


def is_toolbar(line: str) -> bool:
    return len(line) <= 120 and bool(_SEPARATORS.match(_TOOLBAR.sub(" ", line)))


def breadcrumb(line: str) -> list[str] | None:
    parts = _BREADCRUMB_SEP.split(line)
    if len(parts) < 2 or len(line) > 150:
        return None
    if all(0 < len(p.split()) <= 5 and not END.search(p) for p in parts):
        return parts
    return None


# --- step 4: author --------------------------------------------------------------------------

BYLINE_LABEL = re.compile(
    r"^(?:(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin,? ảnh|bài,? ảnh|tin/ảnh|bài/ảnh|"
    r"thực hiện|nhóm pv|pv|phóng viên|tác giả|thiết kế|t/h|tổng hợp|đồ họa|đồ hoạ)\s*:\s*)",
    _I,
)
_NAME_TOKEN = re.compile(r"^[(\"“]?[^\W\d_][\w.'’-]*[)\"”,]?$")
GLUED_AUTHOR = re.compile(r"^(?P<body>.*\S/\.)\s*(?P<author>[^\W\d_][^/]{0,79})$", re.S)


def clean_author(s: str) -> str:
    s = BYLINE_LABEL.sub("", s.strip()).strip(" -–—:;,")
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        s = " ".join(_title_case(w) for w in s.split())
    return s


def _title_case(word: str) -> str:
    """HƯƠNG -> Hương; abbreviations (TTXVN, PV, BBK) stay in capitals."""
    core = word.strip('()[]"“”,.-–/')
    if not core or not syllable_ok(core):
        return word
    i = word.index(core)
    return word[:i] + core[0] + core[1:].lower() + word[i + len(core) :]


# A newsroom's collective byline: "Nhóm phóng viên", "Phóng viên Điện tử", "Nhóm PV".
_COLLECTIVE = re.compile(
    r"^(?:nhóm\s+)?(?:phóng viên|pv|tác giả|cộng tác viên)(?:\s+(?:điện tử|thường trú))?(?!\w)", _I
)


def name_like(s: str) -> bool:
    """A byline: 1-6 words, each capitalised (or all capitals), no sentence end; or a
    newsroom's collective byline ("Nhóm phóng viên")."""
    s = BYLINE_LABEL.sub("", s.strip())
    if s[:1].isupper():
        s = _COLLECTIVE.sub("PV", s)
    if not s or len(s) > 80 or (s.endswith(".") and not re.search(r"\b[A-ZĐ]\.$", s)):
        return False
    s = re.sub(r"\([^()]{1,40}\)", " ", s)  # "Hương Dịu (Báo Bắc Kạn)"
    words = [w for w in re.split(r"[\s,/–—-]+|\bvà\b", s) if w]
    if not 1 <= len(words) <= 6:
        return False
    return all(_NAME_TOKEN.match(w) and (w[0].isupper() or not w[0].isalpha()) for w in words)


def glued_byline(last: str) -> tuple[str, str] | None:
    """(text, author) when the text ``last`` closes with "/." and a name glued after it."""
    m = GLUED_AUTHOR.match(last)
    if m and name_like(m.group("author")):
        return m.group("body"), m.group("author")
    return None


def stop_byline(before: str, last: str) -> str | None:
    """A closing byline written with a full stop ("Hữu Hoàn."): the name, or None. Only 1-3
    capitalised words after a paragraph."""
    if not last.endswith(".") or last.endswith("/.") or len(last.split()) > 3:
        return None
    name = last[:-1].rstrip()
    if name_like(name) and is_paragraph(before) and caption_score(name) < 2:
        return name
    return None


def closing_byline(before: str, last: str) -> bool:
    """Whether ``last``, on its own right after the text ``before``, is the closing byline:
    a name after the "/." mark, or after prose when it does not read as a photo caption."""
    closed = before.endswith("/.")
    return (
        name_like(last) and (closed or is_paragraph(before)) and (closed or caption_score(last) < 2)
    )


# --- step 5: captions and subheadings --------------------------------------------------------

_SURNAMES_WORDS = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Phương Đinh Lương "
    "Hà Triệu Ma Nông Lục Hứa Lâm Tạ Đào Đoàn Trịnh Mai Cao Chu Tô La Lò Lưu Kiều Vương Trương "
    "Quách Thái Tăng Văn Hầu Mạc Đàm Lã Lăng Giáp Khổng Diệp Âu Châu Tống Sầm Bế Lành Mông Vi "
    "Nịnh Bàn Đồng Khúc Quan Thân Từ Doãn Phùng Kim Lại Hoa"
)
_SURNAMES = _SURNAMES_WORDS.split()
SURNAMES = frozenset(_SURNAMES)  # common family names: a byline's first word
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
    r"các thí sinh|thí sinh|tặng|trao|đại diện|ban tổ chức|btc|ảnh(?!\s*hưởng))(?!\w)",
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
PHOTO_CREDIT = re.compile(
    r"(?:^|[(\-–—|.]\s*)(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh tl)\s*(?::|$)|"
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
# ... up to 200 with strong evidence, opening as captions do (an official, a person) and
# with a photo verb ("Lãnh đạo Sở ..., Hội ..., Ngân hàng ... trao quà tặng các giáo viên
# ..."); "Tới dự có ..." (who attended) is text.
_MAX_STRONG_CAPTION = 200
_STRONG_CAPTION = 4
# Tense words of narrative: captions describe the photo in the present ("X phát biểu").
_NARRATIVE = re.compile(r"(?<!\w)(?:đã|đang|sẽ|vừa)\s", _I)
_FIGURES = re.compile(r"\d[\d.,]*\s?%|\b\d+/\d+\b(?!/)|\d[\d.,]* (?:tỷ|triệu|nghìn) ")
# Reported speech: "X cho biết, ..." is told by the text, never a photo's caption.
REPORTING = re.compile(r"(?<!\w)(?:cho biết|cho rằng|nhấn mạnh|chia sẻ|khẳng định)(?!\w)", _I)
SENTENCE_BREAK = re.compile(rf"[.!?…]['\"”’)]*\s+[\"“(]?[{_UP}0-9]")


def caption_score(s: str) -> int:
    if PHOTO_CREDIT.search(s):
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


def heading_score(s: str) -> int:
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


_MAX_SHORT_CAPTION = 90


def short_caption(s: str) -> bool:
    """A short sentence that, in a text whose photos are captioned, is one more caption
    although its own evidence is weak ("Đoàn trao quà cho hội viên, phụ nữ khó khăn.",
    "Các cô gái Tuyên Quang trong ngày hội."): one sentence under 90 characters ending with
    a full stop that opens no narrative, tells nothing in a tense, reports no speech and
    carries no figures."""
    return (
        len(s) <= _MAX_SHORT_CAPTION
        and s[:1].isalpha()  # not a list item ("– Báo cáo ...")
        and s.endswith(".")
        and not s.endswith("/.")
        and not SENTENCE_BREAK.search(s)
        and not _PROSE_START.match(s)
        and not _NARRATIVE.search(s)
        and not REPORTING.search(s)
        and not _FIGURES.search(s)
        and not any(c.isdigit() for c in s)
        and ":" not in s
    )


def is_paragraph(s: str) -> bool:
    """A unit that is prose, not a short caption/heading line."""
    if END.search(s):
        if s.endswith(("?", "!")) and len(s) <= 160 and not SENTENCE_BREAK.search(s):
            return False
        if len(s) > _MAX_STRONG_CAPTION or SENTENCE_BREAK.search(s):
            return True
        # One short sentence with a full stop: a caption only on strong evidence, and never
        # one that tells what happened ("... đã đến dự và phát biểu ...").
        score = caption_score(s)
        strong = score >= _STRONG_CAPTION and _CAPTION_START.match(s)
        return (
            len(s) > (_MAX_STRONG_CAPTION if strong else _MAX_CAPTION_WITH_STOP)
            or s.endswith((":", ";"))
            or bool(_PROSE_START.match(s))
            or bool(_NARRATIVE.search(s))
            or score < 3
        )
    # A long quotation without its sentence end ("“Đây là dịp ..., đất nước,”") is prose.
    quoted = s[:1] in '“"' and s[-1:] in '”"' and len(s) > _MAX_CAPTION_WITH_STOP
    # Two sentences and more than a caption's length: prose whose end the copy changed
    # ("... đầm ấm hơn. (Ảnh Hội ND Tuyên Quang)").
    # ... and so is a long unit opening with the paper's mark ("(Tapchinongthonmoi.vn) - ...").
    long = len(s) > _MAX_CAPTION_WITH_STOP
    two = long and bool(SENTENCE_BREAK.search(s) or _AGENCY.match(s)) and not PHOTO_CREDIT.search(s)
    return quoted or two or len(s) > 300
