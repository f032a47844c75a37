"""Rules of the fifth round (issue 13, section 2), each from a line of a real page.

The lines are those of held-out batches 4 and 5 (tests/data/portals/heldout, ``"seen"``
since they were measured), inside a minimal scrape; the page each comes from is named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reader.formats.scrape_text import Scrape, parse_scrape

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


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # duongminhchau-2945: the view and comment counts as bare numbers
        ("Thứ bảy - 10/10/2020 14:55 92 0", dt.date(2020, 10, 10)),
        # hoangxuan-hoanghoa-tiepxuc: seconds and "(GMT+7)" after the date
        ("Đăng lúc: 10:39:22 02/07/2024 (GMT+7)", dt.date(2024, 7, 2)),
    ],
)
def test_date_lines_with_counts_or_a_time_zone(line: str, date: dt.date) -> None:
    s = scrape(TITLE, line, LEAD, BODY)
    assert (s.title, s.date, s.headings, s.paragraphs) == (TITLE, date, [], [BODY])


def test_a_byline_beside_a_time_zone_and_the_date() -> None:
    # tapchinongthonmoi-25036
    s = scrape(TITLE, "Hoàng Tính - 11:04 24/01/2024 GMT+7", LEAD, BODY)
    assert (s.author, s.date, s.headings) == ("Hoàng Tính", dt.date(2024, 1, 24), [])


def test_a_bulleted_view_count_is_a_meta_line() -> None:
    # yenlap-phutho-92846
    s = scrape(TITLE, "  • Cập nhật: 19/11/2020", "  • Lượt xem: 5547 lượt xem", LEAD, BODY)
    assert (s.date, s.headings) == (dt.date(2020, 11, 19), [])


def test_the_sites_clock_above_the_title_yields_to_the_articles_date() -> None:
    # khuyennongnghean-1516: today's date at the top, the article's under the title.
    s = scrape(
        "Thứ ba, 21/01/2025, 23:43", "", TITLE, "", "Thứ tư - 30/08/2023 20:43 1.046 0", LEAD, BODY
    )
    assert (s.title, s.date) == (TITLE, dt.date(2023, 8, 30))


def test_a_date_line_alone_at_the_top_is_still_the_date() -> None:
    s = scrape("07/08/2024", TITLE, LEAD, BODY)
    assert s.date == dt.date(2024, 8, 7)


@pytest.mark.parametrize(
    "after",
    [
        ["", "Đăng lúc: 10:39:22 02/07/2024 (GMT+7)"],  # hoangxuan-hoanghoa-tiepxuc
        ["", "Đoàn thị trấn Phú Thịnh ra quân tổ chức chiến dịch tình nguyện hè năm 2018."],
    ],
)
def test_a_title_with_a_full_stop_printed_as_titles_are(after: list[str]) -> None:
    # tuoitrephuninh-1562: the title (with its full stop) printed twice.
    title = "Đoàn thị trấn Phú Thịnh ra quân tổ chức chiến dịch tình nguyện hè năm 2018."
    s = scrape(title, *after, LEAD, BODY)
    assert (s.title, s.lead, s.paragraphs) == (title, LEAD, [BODY])


def test_a_sapo_printed_twice_is_no_title() -> None:
    # xsdinh-2903737 (dev): the lead, with the paper's mark, printed twice.
    lead = "(ĐN)- " + LEAD
    s = scrape(lead, "", lead, BODY)
    assert (s.title, s.lead) == (None, lead)


def test_a_longer_section_name_over_a_title_with_its_date_line() -> None:
    # tapchinongthonmoi-25036
    title = "Hội Nông dân Tuyên Quang tặng quà cho đồng bào dân tộc thiểu số ở xã Hùng Lợi"
    s = scrape("Thông tin từ cơ sở", "", title, "", "Hoàng Tính - 11:04 24/01/2024 GMT+7", LEAD)
    assert (s.title, s.sections, s.author) == (title, ("Thông tin từ cơ sở",), "Hoàng Tính")


def test_a_lead_with_the_papers_mark_and_no_full_stop_is_the_lead() -> None:
    # tapchinongthonmoi-25036: the sapo ends with a parenthesis, no full stop.
    lead = (
        "(Tapchinongthonmoi.vn) - Nhân dịp Tết Nguyên đán Giáp Thìn 2024 sắp đến, sáng 22/01, "
        "Hội Nông dân tỉnh Tuyên Quang đã tổ chức chương trình tặng quà cho hội viên nông dân "
        "nghèo (huyện Yên Sơn, tỉnh Tuyên Quang)"
    )
    s = scrape(TITLE, lead, BODY)
    assert (s.lead, s.captions) == (lead, [])


def test_two_sentences_with_a_credit_glued_at_the_end_are_text() -> None:
    # tapchinongthonmoi-25036
    text = (
        "Những phần quà tuy nhỏ nhưng sẽ góp phần quan trọng để hội viên nông dân xã Hùng Lợi "
        "có được cái Tết Giáp Thìn 2024 đầm ấm hơn. (Ảnh Hội ND Tuyên Quang)"
    )
    s = scrape(TITLE, LEAD, text, BODY)
    assert (s.headings, s.paragraphs) == ([], [text, BODY])


def test_a_caption_with_a_photo_credit_after_its_full_stop_stays_a_caption() -> None:
    # baovinhphuc-122662 (batch 1): long, two "sentences", but a photo credit.
    caption = (
        "Chủ tịch Hội Liên hiệp phụ nữ tỉnh Nguyễn Hồng Nhung trao quà của cán bộ và nhân dân "
        "tỉnh Khánh Hoà tặng các hội viên phụ nữ bị ảnh hưởng bởi bão số 3 tại huyện Lập Thạch. "
        "Ảnh: Kim Ly"
    )
    s = scrape(TITLE, LEAD, caption, BODY)
    assert s.captions == [caption]


def test_an_organisation_named_as_the_source_is_a_credit() -> None:
    # sovhtt-hanoi-thuongtin: the byline, then "Theo <organisation>".
    s = scrape(TITLE, LEAD, BODY, "Diệu Hương", "Theo Trung tâm Thông tin Triển lãm")
    assert (s.author, s.source_note, s.headings) == (
        "Diệu Hương",
        "Trung tâm Thông tin Triển lãm",
        [],
    )


def test_the_comment_form_after_the_text_is_dropped() -> None:
    # moitruongdothi-angiang-trungthu (a WordPress comment form)
    form = "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"
    s = scrape(TITLE, LEAD, BODY, "", "Trả lời", "", form)
    assert (s.headings, s.paragraphs) == ([], [BODY])


def test_the_rating_line_is_dropped() -> None:
    # duongminhchau-2945 (the CMS's rating box)
    s = scrape(
        TITLE, LEAD, BODY, "Tác giả: Bạch Lê", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"
    )
    assert (s.author, s.paragraphs) == ("Bạch Lê", [BODY])


def test_a_caption_opening_with_anh_picture_of() -> None:
    # babe-luongtrang
    caption = "Ảnh Hội nghị tuyên truyền, phổ biến giáo dục pháp luật thôn Lủng Tráng – Đông Đăm"
    s = scrape(TITLE, LEAD, caption, BODY)
    assert (s.captions, s.headings) == ([caption], [])


def test_anh_huong_influence_is_no_caption_opener() -> None:
    heading = "Ảnh hưởng của bão số 3 tới sản xuất nông nghiệp"
    s = scrape(TITLE, LEAD, heading, BODY)
    assert (s.captions, s.headings) == ([], [heading])


def test_a_long_quotation_without_its_full_stop_is_text() -> None:
    # mnhoaanhdao-507304: a quotation ending with ",”", and a short sentence beside it.
    quote = (
        "“Đây là dịp cao điểm để thanh niên ở mọi ngành nghề, mọi lĩnh vực thể hiện tinh thần "
        "xung kích, tiên phong, sáng tạo, bầu nhiệt huyết của tuổi trẻ tham gia thực hiện các "
        "công trình, phần việc vì cộng đồng,”"
    )
    short = "Chiến dịch được tổ chức từ tháng Sáu đến tháng Tám hằng năm."
    s = scrape(TITLE, LEAD, short, quote, BODY)
    assert (s.captions, s.paragraphs) == ([], [short, quote, BODY])


@pytest.mark.parametrize(
    "caption",
    [
        "Quang cảnh hội nghị.",  # tayninh-gov-26088
        # congdoanquangnam-1373: wrapped over two lines, and the copy ends with the lead
        "Đ/c Huỳnh Thị Thùy Dung-UVBTV, Trưởng ban Dân vận Tỉnh ủy\nvà đ/c Phan Xuân "
        "Quang-TUV, Chủ tịch LĐLĐ tỉnh tặng quà cho công nhân lao động",
    ],
)
def test_a_copy_opening_with_a_photos_caption_has_no_title(caption: str) -> None:
    s = scrape(caption, LEAD)
    assert (s.title, s.captions, s.lead) == (None, [caption.replace("\n", " ")], LEAD)


def test_a_list_item_is_no_short_caption() -> None:
    # quanha-bachthong-txct: dashed items in a text with captions.
    item = "– Báo cáo trả lời các ý kiến, kiến nghị của cử tri trước kỳ họp thứ tám-HĐND xã."
    caption = "Đại biểu dự Hội nghị tặng hoa chúc mừng"
    s = scrape(TITLE, LEAD, item, BODY, caption, BODY + " Hội nghị kết thúc.")
    assert s.captions == [caption]
