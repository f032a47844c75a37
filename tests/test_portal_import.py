"""Layouts of portals the rules were first not written for (issue 13, section 2).

Each case is a line or two of a real page of tests/data/portals/ (or a layout the issue names)
inside a minimal scrape: date lines with a byline, portal furniture, credits, separators after
captions, a copy cut off mid-word. The whole corpus is checked in test_portal_corpus.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.html_page import parse_html
from reader.formats.scrape_text import Scrape, ScrapeError, parse_scrape
from tests.fuzzing import deadline, examples

TITLE = "Hội nghị tổng kết công tác năm 2023 của tỉnh"
LEAD = (
    "Ngày 2/10, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ "
    "năm 2024 với sự tham dự của lãnh đạo các sở, ngành, địa phương trong tỉnh."
)
BODY = (
    "Hội nghị đã thảo luận nhiều nội dung quan trọng về phát triển kinh tế - xã hội. Các đại "
    "biểu thống nhất các giải pháp thực hiện trong năm tới."
)


def scrape(*lines: str) -> Scrape:
    return parse_scrape("\n".join(lines))


def texts(s: Scrape) -> str:
    return "\n".join([s.title or "", s.lead or "", s.author or ""] + [b.text for b in s.blocks])


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("THU HÀ 12/05/2021 09:20", "Thu Hà", dt.date(2021, 5, 12)),
        ("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", "Văn Hào - Trần Hữu", dt.date(2016, 4, 30)),
        (
            "Lâm Trường - Anh Nguyên-Thứ bảy, ngày 06/07/2024 13:53 GMT+7",
            "Lâm Trường - Anh Nguyên",
            dt.date(2024, 7, 6),
        ),
    ],
)
def test_a_byline_beside_the_date_is_the_author(line: str, author: str, date: dt.date) -> None:
    s = scrape(TITLE, line, LEAD, BODY)
    assert (s.title, s.author, s.date, s.lead) == (TITLE, author, date, LEAD)
    assert s.headings == [] and s.captions == [] and s.sections == ()


def test_a_section_beside_the_date_stays_a_section() -> None:
    s = scrape(TITLE, "Chính trị 28-05-2024", LEAD, BODY)
    assert (s.author, s.sections, s.date) == (None, ("Chính trị",), dt.date(2024, 5, 28))


@pytest.mark.parametrize(
    "junk",
    [
        ["Chuyển đến nội dung chính", "Bỏ qua liên kết"],
        ["Logo", "Quảng cáo"],
        ["Chọn ngày: / /"],
        ["Theo dõi ICTVietnam trên"],
        ["221", "452", "chinhtri", "/chinhtri/", "Article", "null", ","],
        ["Gốc", "Xem bài gốc"],
        ["Your browser does not support the audio element."],
    ],
)
def test_furniture_above_the_title_is_dropped(junk: list[str]) -> None:
    s = scrape(*junk, TITLE, LEAD, BODY)
    assert (s.title, s.lead, s.paragraphs) == (TITLE, LEAD, [BODY])
    assert s.captions == [] and s.headings == []


@pytest.mark.parametrize(
    "junk",
    [
        "Nhập mô tả vào đây",
        "Du khách mặc áo đường lưỡi bò là hoạt động có tổ chức - Hình 1",
        "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo.",
        "* Mời quý độc giả theo dõi các chương trình đã phát sóng trên TV Online!",
        "355 ngày",
        "vnews",
        '" />',
    ],
)
def test_furniture_in_the_body_is_dropped(junk: str) -> None:
    s = scrape(TITLE, LEAD, junk, BODY)
    assert junk not in texts(s)
    assert s.paragraphs == [BODY]


def test_a_section_name_above_the_title_is_a_section() -> None:
    s = scrape("Chính trị", TITLE, LEAD, BODY)
    assert (s.title, s.sections) == (TITLE, ("Chính trị",))


def test_a_title_printed_twice_is_one_title() -> None:
    s = scrape(TITLE, "1", TITLE, LEAD, BODY)
    assert (s.title, s.captions, s.headings) == (TITLE, [], [])


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "Nguồn Hà Nội Mới: http://www.hanoimoi.com.vn/vn/42/195057",
            "Hà Nội Mới: http://www.hanoimoi.com.vn/vn/42/195057",
        ),
        ("Nguồn: Báo Bắc Kạn", "Báo Bắc Kạn"),
        ("Theo Báo Bắc Kạn", "Báo Bắc Kạn"),
        ("(Theo TTXVN)", "TTXVN"),
        ("Báo Tin Tức", "Báo Tin Tức"),
    ],
)
def test_credit_lines_are_the_source(line: str, source: str) -> None:
    s = scrape(TITLE, LEAD, BODY, line)
    assert (s.source_note, s.author, s.paragraphs, s.captions) == (source, None, [BODY], [])


def test_the_paper_named_under_the_title_is_the_source() -> None:
    s = scrape(TITLE, "Báo Hà Nội Mới", "Gốc", LEAD, BODY)
    assert (s.title, s.source_note, s.lead, s.paragraphs) == (TITLE, "Báo Hà Nội Mới", LEAD, [BODY])


def test_theo_opening_a_sentence_is_text() -> None:
    line = "Theo ông Dũng, đây là hoạt động có tổ chức, có sắp xếp chứ không phải vô tình."
    s = scrape(TITLE, LEAD, line, BODY)
    assert s.source_note is None and s.paragraphs == [line, BODY]


def test_author_and_source_on_one_label_line() -> None:
    s = scrape(TITLE, LEAD, BODY, "Tác giả: N.V.T - Nguồn: BCDNTM. TV")
    assert (s.author, s.source_note) == ("N.V.T", "BCDNTM. TV")


def test_a_photo_credit_line_joins_the_caption_above() -> None:
    s = scrape(TITLE, LEAD, "Đại biểu dự Hội nghị", "Ảnh: Minh Hà", BODY)
    assert s.captions == ["Đại biểu dự Hội nghị (Ảnh: Minh Hà)"]
    assert s.author is None and s.paragraphs == [BODY]


@pytest.mark.parametrize("sep", [" |", " -", " –"])
def test_a_separator_after_a_caption_marks_it_and_goes(sep: str) -> None:
    caption = "Hơn 300 đoàn viên thanh niên tham dự Lễ ra quân chiến dịch tình nguyện hè 2023."
    s = scrape(TITLE, LEAD, caption + sep, BODY)
    assert s.captions == [caption] and s.paragraphs == [BODY]


@pytest.mark.parametrize(
    "last",
    [
        "07 đơ",
        "Hiện nay, công tác chuẩn bị cho Đại hội",
        "“Được khoác trên vai màu áo xanh tình nguyện là niềm tự hào của mỗi thanh niên, là v",
        "Theo ông Dũng, những đợt khách trước đây, khi bị phát hiện các địa phương thường báo "
        "cáo Chính phủ. Từ đó, Chính phủ có chỉ đạo, đưa r",
    ],
)
def test_a_copy_cut_off_mid_word_ends_with_a_paragraph(last: str) -> None:
    s = scrape(TITLE, LEAD, BODY, last)
    assert s.paragraphs == [BODY, last]
    assert s.captions == [] and s.headings == [] and s.author is None


def test_a_caption_at_the_end_stays_a_caption() -> None:
    last = "Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng tặng hoa chúc mừng các cơ quan báo chí"
    s = scrape(TITLE, LEAD, BODY, last)
    assert s.captions == [last]


def test_a_short_hard_wrapped_line_joins_the_next() -> None:
    s = scrape(
        TITLE,
        LEAD,
        "Sau tập huấn, các chi hội sẽ tiến hành",
        "sinh hoạt chuyên đề để chia sẻ những nội dung đã được tập huấn cho hội viên.",
    )
    assert s.paragraphs == [
        "Sau tập huấn, các chi hội sẽ tiến hành sinh hoạt chuyên đề để chia sẻ những nội "
        "dung đã được tập huấn cho hội viên."
    ]


def test_the_sapo_printed_again_is_dropped() -> None:
    s = scrape(LEAD, BODY, LEAD, "Bình luận (0)")
    assert (s.lead, s.paragraphs) == (LEAD, [BODY])


def test_a_related_article_after_the_text_is_dropped() -> None:
    related = "Tuổi trẻ sẵn sàng cho Lễ ra quân hè 2024"
    s = scrape(
        TITLE,
        "VTV.vn - " + LEAD,
        BODY,
        f"{related} {related}",
        "VTV.vn - Dù thời tiết nắng mưa thất thường, các chiến sĩ vẫn chuẩn bị cho lễ ra quân.",
        "Từ khóa:",
        "mùa hè xanh",
        "TIN MỚI",
        "Bản tin thời tiết",
    )
    assert (s.lead, s.paragraphs, s.captions, s.headings) == ("VTV.vn - " + LEAD, [BODY], [], [])


@pytest.mark.parametrize(
    ("stamp", "date"), [("date 2026-02-08", dt.date(2026, 2, 8)), ("date 2023-09", None)]
)
def test_the_stored_copys_date_stamp(stamp: str, date: dt.date | None) -> None:
    s = parse_scrape(f" {stamp} {TITLE}\n\n{LEAD}\n\n{BODY}")
    assert (s.title, s.date, s.lead) == (TITLE, date, LEAD)


def test_a_gallery_intro_ending_with_a_colon_is_text() -> None:
    intro = "Một số hình ảnh tại Hội nghị:"
    s = scrape(TITLE, LEAD, intro, "Đại biểu dự Hội nghị", "Quang cảnh Hội nghị")
    assert s.paragraphs == [intro]
    assert s.captions == ["Đại biểu dự Hội nghị", "Quang cảnh Hội nghị"]


def test_a_saved_page_drops_furniture_credits_and_caption_separators() -> None:
    page = parse_html(
        f"""<html lang="vi"><head><title>{TITLE}</title></head><body>
        <a href="#main">Chuyển đến nội dung chính</a><article><h1>{TITLE}</h1><p>{LEAD}</p>
        <figure><img src="a.jpg" alt=""><figcaption>Đại biểu dự Hội nghị. |</figcaption></figure>
        <p>{BODY}</p><p>Theo dõi Báo trên</p><p>Nguồn: Báo Bắc Kạn</p></article></body></html>"""
    )
    assert (page.title, page.lead) == (TITLE, LEAD)
    assert page.captions == ["Đại biểu dự Hội nghị."]
    assert page.paragraphs == [BODY]


# Lines of the kinds above, in any order: the importer returns an article or its reason.
PIECES = [
    TITLE,
    LEAD,
    BODY,
    "THU HÀ 12/05/2021 09:20",
    "Chuyển đến nội dung chính",
    "null",
    "Nguồn Hà Nội Mới: http://x.vn/1",
    "Theo TTXVN",
    "Báo Tin Tức",
    "Ảnh: Minh Hà",
    "Đại biểu dự Hội nghị |",
    " date 2026-02-08 Tiêu đề",
    "date 2023-1",
    "Từ khóa:",
    "Tác giả: A - Nguồn:",
    "07 đơ",
    "VTV.vn - x",
    "x x",
    " |",
    "-",
    "",
]


@settings(
    max_examples=examples(300),
    suppress_health_check=[HealthCheck.too_slow],
    deadline=deadline(),
)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_portal_pieces_in_any_order_never_crash(pieces: list[str]) -> None:
    try:
        s = parse_scrape("\n".join(pieces))
    except ScrapeError:
        return
    assert s.lead is not None or s.paragraphs
    for junk in ("Chuyển đến nội dung", "null", "TIN MỚI"):
        assert junk not in texts(s)


def test_a_comment_count_and_a_highlights_box_end_the_text() -> None:
    s = scrape(TITLE, LEAD, BODY, "(0) Bình luận", "Nổi bật", "Tin mới nhất", TITLE)
    assert (s.paragraphs, s.headings, s.captions) == ([BODY], [], [])


def test_the_sites_banner_and_a_glued_toolbar_above_the_title_are_dropped() -> None:
    banner = "Báo Nghệ An điện tử - Tin tức cập nhật trong ngày Truyền hình Báo Nghệ An"
    s = scrape("PrintAaa", banner, TITLE, LEAD, BODY, "Nhóm PV", "Có thể bạn quan tâm", "x")
    assert (s.title, s.lead, s.author, s.paragraphs) == (TITLE, LEAD, "Nhóm PV", [BODY])


def test_a_video_credit_after_the_title_is_no_part_of_it() -> None:
    s = scrape(TITLE + " - Video: NGUYỄN VĂN CHÍ", LEAD, BODY, "Tối đa: 1500 ký tự")
    assert (s.title, s.paragraphs, s.headings) == (TITLE, [BODY], [])


def test_a_sentence_telling_what_happened_is_no_caption() -> None:
    sapo = (
        "Đồng chí Nguyễn Xuân Phúc, Phó Thủ tướng Chính phủ đã đến dự và phát biểu tại Lễ kỷ "
        "niệm và Đại hội thi đua."
    )
    s = scrape(TITLE, sapo, BODY)
    assert (s.lead, s.captions) == (sapo, [])
