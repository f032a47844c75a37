"""Plain-text scrapes -> title, date, lead, author, captions, subheadings, paragraphs.

The seed (a real scrape) must come out exactly like its hand conversion; the other portal
styles are cases written here, one per variant named in issue 4.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.markdown_article import load_article
from reader.formats.scrape_text import (
    ScrapeError,
    classify_short,
    parse_scrape,
    scrape_to_article,
    title_from_lead,
)
from reader.model import Figure, Heading, Paragraph
from tests.fuzzing import deadline, examples

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt"
SEED_ARTICLE = ROOT / "articles" / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"

LEAD = (
    "Sáng 12/3, UBND tỉnh tổ chức lễ khởi công xây dựng cầu Pác Nặm nối hai bờ sông Năng, "
    "công trình được người dân vùng cao mong đợi nhiều năm qua."
)
P1 = (
    "Cầu có chiều dài 120 m, rộng 9 m, tổng mức đầu tư 85 tỷ đồng từ nguồn ngân sách trung "
    "ương. Theo kế hoạch, công trình sẽ hoàn thành trong năm 2025."
)
P2 = (
    "Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh yêu cầu nhà thầu "
    "bảo đảm chất lượng, an toàn lao động và tiến độ thi công."
)
P3 = (
    "Khi hoàn thành, cây cầu sẽ rút ngắn thời gian đi lại giữa các xã phía Bắc của huyện, "
    "tạo động lực phát triển kinh tế - xã hội và du lịch của địa phương."
)
TITLE = "Khởi công cầu Pác Nặm"

# Every piece of portal furniture used below: none of it may reach the article.
BOILERPLATE = [
    "PublishingPortal",
    "Block_",
    "cỡ chữ",
    "Cỡ chữ",
    "Lượt xem",
    "Ngày đăng",
    "Hôm nay",
    "Trang chủ",
    "Tin liên quan",
    "Chia sẻ",
    "In bài",
    "25/03/2024",
    "12/03/2024",
    "16/07/2024",
    "28-05-2024",
    "Khánh thành trường học",
    "Tags:",
]


def all_text(s) -> str:
    parts = [s.title or "", s.lead or "", s.author or "", *(b.text for b in s.blocks)]
    return "\n".join(parts)


def assert_clean(s) -> None:
    text = all_text(s)
    for junk in BOILERPLATE:
        assert junk not in text, junk


# --- the seed -------------------------------------------------------------------------------


def test_seed_matches_the_hand_conversion() -> None:
    s = parse_scrape(SEED_TEXT.read_text(encoding="utf-8"))
    hand = load_article(SEED_ARTICLE)
    assert s.title == hand.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"
    assert s.date == dt.date(2023, 12, 5)
    assert s.author == "Hương Dịu"
    assert hand.lead is not None and s.lead == hand.lead.text
    assert s.headings == [b.content.text for b in hand.blocks if isinstance(b, Heading)]
    assert len(s.headings) == 3
    hand_captions = [b.caption.text for b in hand.blocks if isinstance(b, Figure) and b.caption]
    assert s.captions == hand_captions
    assert s.captions == [
        "Đại biểu dự Hội nghị",
        "Chủ tịch UBND tỉnh Nguyễn Đăng Bình giải trình về kết quả các chỉ tiêu phát triển "
        "kinh tế - xã hội năm 2023",
        "Đ/c Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị",
    ]
    assert s.paragraphs == [b.content.text for b in hand.blocks if isinstance(b, Paragraph)]
    # Same order of kinds as the hand conversion, block for block.
    kinds = [{"heading": "heading", "caption": "figure"}.get(b.kind, b.kind) for b in s.blocks]
    assert kinds == [b.type for b in hand.blocks]
    assert s.dropped == (
        "PublishingPortal - Block_BanTin_Toolbar",
        "05/12/2023",
        "Tăng cỡ chữ Giảm cỡ chữ",
        "PublishingPortal - Block_BanTin_ViewData",
    )
    assert_clean(s)
    assert s.warnings == ()


def test_seed_article_model() -> None:
    a = scrape_to_article(parse_scrape(SEED_TEXT.read_text(encoding="utf-8")), source="x.txt")
    assert a.title.startswith("Hội nghị") and a.source == "x.txt" and a.lang == "vi"
    figures = [b for b in a.blocks if isinstance(b, Figure)]
    assert len(figures) == 3 and all(f.image is None and f.caption for f in figures)
    assert all(h.level == 2 for h in a.blocks if isinstance(h, Heading))
    assert a.lead is not None and a.lead.sentences


# --- other portal styles ----------------------------------------------------------------------

NGAY_DANG = f"""Trang chủ > Tin tức > Kinh tế
Hôm nay: Thứ Hai, 25/03/2024
{TITLE}
Ngày đăng: 12/03/2024 | Lượt xem: 1.245
{LEAD}

Quang cảnh lễ khởi công.

{P1}

Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình phát biểu tại lễ khởi công.

{P2}

Kỳ vọng thay đổi diện mạo vùng cao

{P3}/.

NGUYỄN VĂN AN

Tin liên quan
Khánh thành trường học mới ở Ba Bể
Hội nghị triển khai nhiệm vụ năm 2024
"""


def test_no_markers_publish_date_beside_page_view_date_and_uppercase_byline() -> None:
    s = parse_scrape(NGAY_DANG)
    assert s.title == TITLE
    assert s.date == dt.date(2024, 3, 12)  # "Ngày đăng", not the day the page was viewed
    assert s.lead == LEAD
    assert s.captions == [
        "Quang cảnh lễ khởi công.",
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình phát biểu tại lễ khởi công.",
    ]
    assert s.headings == ["Kỳ vọng thay đổi diện mạo vùng cao"]
    assert s.paragraphs == [P1, P2, P3 + "/."]
    assert s.author == "Nguyễn Văn An"
    assert_clean(s)


WEEKDAY = f"""Thứ 3, Ngày 16/07/2024 08:30
Xem với cỡ chữ A A A
In bài viết | Chia sẻ
{TITLE}
{LEAD}
Đồng chí Nguyễn Văn Bình trao quyết định cho nhà thầu
{P1}
Những điểm mới của dự án
{P2}
{P3}.../.Minh Thu
"""


def test_weekday_date_single_newlines_and_glued_author() -> None:
    s = parse_scrape(WEEKDAY)
    assert s.date == dt.date(2024, 7, 16)
    assert s.title == TITLE and s.lead == LEAD
    assert s.captions == ["Đồng chí Nguyễn Văn Bình trao quyết định cho nhà thầu"]
    assert s.headings == ["Những điểm mới của dự án"]
    assert s.paragraphs == [P1, P2, P3 + ".../."]
    assert s.author == "Minh Thu"
    assert_clean(s)


SECTION_NO_TITLE = f"""Chính trị 28-05-2024
Mặc định Cỡ chữ
{LEAD}

{P1}

{P2}
"""


def test_section_with_date_no_title_no_author() -> None:
    s = parse_scrape(SECTION_NO_TITLE)
    assert s.date == dt.date(2024, 5, 28)
    assert s.sections == ("Chính trị",)
    assert s.title is None and "no title line was found" in s.warnings
    assert s.lead == LEAD and s.paragraphs == [P1, P2]
    assert s.author is None
    assert s.captions == [] and s.headings == []
    assert_clean(s)
    a = scrape_to_article(s)
    assert a.title == title_from_lead(LEAD)
    assert a.title.startswith("Sáng 12/3, UBND tỉnh") and len(a.title) <= 91
    assert a.tags == ("Chính trị",)


STRUCTURED = f"""PublishingPortal - Block_TinTuc_Header
{TITLE.upper()}
Cập nhật lúc: 14:05 ngày 02/04/2024
{LEAD}
Nhà thầu triển khai thi công phần mố cầu (Ảnh: Hồng Nhung)
I. BỐI CẢNH CHUNG
{P1}
{P2}
2. Về tiến độ
{P3}
Tác giả: Hồng Nhung
Tags: cầu, giao thông
"""


def test_numbered_and_uppercase_headings_photo_credit_and_author_label() -> None:
    s = parse_scrape(STRUCTURED)
    assert s.title == TITLE.upper()
    assert s.date == dt.date(2024, 4, 2)
    assert s.captions == ["Nhà thầu triển khai thi công phần mố cầu (Ảnh: Hồng Nhung)"]
    assert s.headings == ["I. BỐI CẢNH CHUNG", "2. Về tiến độ"]
    assert s.paragraphs == [P1, P2, P3]
    assert s.author == "Hồng Nhung"
    assert_clean(s)


HARD_WRAPPED = """Khởi công cầu Pác Nặm
16/07/2024
Sáng 12/3, UBND tỉnh tổ chức lễ khởi công xây dựng cầu Pác Nặm nối hai bờ
sông Năng, công trình được người dân vùng cao mong đợi nhiều năm qua.

Cầu có chiều dài 120 m, rộng 9 m, tổng mức đầu tư 85 tỷ đồng từ nguồn ngân
sách trung ương. Theo kế hoạch, công trình sẽ hoàn thành trong năm 2025.
"""


def test_hard_wrapped_lines_are_joined() -> None:
    s = parse_scrape(HARD_WRAPPED)
    assert s.lead == LEAD
    assert s.paragraphs == [P1]


# --- captions and subheadings -----------------------------------------------------------------

CAPTIONS = [
    "Đại biểu dự Hội nghị",
    "Đ/c Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị",
    "Chủ tịch UBND tỉnh Nguyễn Đăng Bình giải trình về kết quả các chỉ tiêu năm 2023",
    "Quang cảnh hội nghị",
    "Lãnh đạo tỉnh trao bằng khen cho các tập thể có thành tích xuất sắc",
    "Các đại biểu chụp ảnh lưu niệm.",
    "Bà con nông dân thu hoạch lúa trên cánh đồng mẫu lớn (Ảnh: TL)",
    "Ông Hoàng Văn Sơn giới thiệu sản phẩm OCOP của gia đình",
    "Mô hình trồng cam - Ảnh: Minh Anh",
]
HEADINGS = [
    "Nhiều nội dung được tập trung thảo luận",
    "Dự kiến 20/29 chỉ tiêu đạt và vượt kế hoạch",
    "Tập trung thực hiện đồng bộ, có hiệu quả Nghị quyết nhiệm vụ năm 2024",
    "1. Về phát triển kinh tế",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "Tăng trưởng GRDP đạt 6,33%",
    "Những kết quả nổi bật",
    "Vì sao giải ngân vốn đầu tư công còn chậm?",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_between_paragraphs(line: str) -> None:
    assert classify_short([P1, line, P2]) == ["paragraph", "caption", "paragraph"]


@pytest.mark.parametrize("line", HEADINGS)
def test_heading_between_paragraphs(line: str) -> None:
    assert classify_short([P1, line, P2]) == ["paragraph", "heading", "paragraph"]


def test_short_sentence_without_caption_evidence_stays_a_paragraph() -> None:
    short = "Hội nghị kết thúc vào chiều cùng ngày."
    assert classify_short([P1, short, P2]) == ["paragraph", "paragraph", "paragraph"]
    # A one-sentence paragraph that opens like narrative prose is not a caption either.
    assert classify_short([P1, P2]) == ["paragraph", "paragraph"]


def test_photo_next_to_a_subheading() -> None:
    # A line with no evidence beside a real subheading: the photo is the weaker one.
    assert classify_short([P1, "Mùa vàng trên quê hương", "Những kết quả nổi bật", P2]) == [
        "paragraph",
        "caption",
        "heading",
        "paragraph",
    ]
    assert classify_short([P1, "Những kết quả nổi bật", "Mùa vàng trên quê hương", P2]) == [
        "paragraph",
        "heading",
        "caption",
        "paragraph",
    ]


def test_a_short_line_at_the_end_is_not_a_heading() -> None:
    assert classify_short([P1, "Mùa vàng trên quê hương"]) == ["paragraph", "caption"]


# --- failure and robustness ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "PublishingPortal - Block_X\n05/12/2023\nTăng cỡ chữ Giảm cỡ chữ\n"],
)
def test_no_article_is_a_clear_error(text: str) -> None:
    with pytest.raises(ScrapeError):
        parse_scrape(text)


def test_title_only_is_an_error() -> None:
    with pytest.raises(ScrapeError, match="no paragraph"):
        parse_scrape("Khởi công cầu Pác Nặm\nĐồng chí Nguyễn Văn Bình trao quyết định\n")


PIECES = [
    "PublishingPortal - Block_BanTin_Toolbar",
    "05/12/2023",
    "Thứ 3, Ngày 16/07/2024",
    "Ngày đăng: 12/03/2024 | Lượt xem: 1.245",
    "Tăng cỡ chữ Giảm cỡ chữ",
    "Xem với cỡ chữ",
    TITLE,
    LEAD,
    P1,
    P2,
    "Đại biểu dự Hội nghị",
    "Những kết quả nổi bật",
    "Hương Dịu",
    P3 + "/.",
    "",
]


@settings(
    max_examples=examples(300),
    suppress_health_check=[HealthCheck.too_slow],
    deadline=deadline(),
)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_assembled_scrapes_never_leak_boilerplate(pieces: list[str]) -> None:
    try:
        s = parse_scrape("\n".join(pieces))
    except ScrapeError:
        return
    text = all_text(s)
    for junk in ("PublishingPortal", "cỡ chữ", "Lượt xem", "Ngày đăng", "05/12/2023"):
        assert junk not in text
    assert s.lead is not None or s.paragraphs


@settings(
    max_examples=examples(300),
    suppress_health_check=[HealthCheck.too_slow],
    deadline=deadline(),
)
@given(st.text(max_size=2000))
def test_random_text_returns_an_article_or_a_clear_error(text: str) -> None:
    try:
        s = parse_scrape(text)
    except ScrapeError as e:
        assert str(e)
        return
    a = scrape_to_article(s)
    assert a.title
    assert s.lead is not None or s.paragraphs
