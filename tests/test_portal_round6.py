"""Rules of the sixth round (issue 13, section 2), each from a line of a real page.

The lines are those of held-out batch 6 (tests/data/portals/heldout, ``"seen"`` since it was
measured), inside a minimal scrape; the page each comes from is named.
"""

from __future__ import annotations

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
MORE = (
    "Các đơn vị đã triển khai nhiều giải pháp đồng bộ, bảo đảm tiến độ. Kết quả năm nay cao "
    "hơn năm trước ở hầu hết các chỉ tiêu."
)


def scrape(*lines: str) -> Scrape:
    return parse_scrape("\n".join(lines))


@pytest.mark.parametrize(
    "name",
    [
        "IMG 4824",  # chuthapdo-tayninh-hienmau
        "IMG_3915",  # nhandaoonline-a15167
        "%image_alt%",  # doluong-nqtw9: the template's empty alt text
    ],
)
def test_an_images_file_name_or_placeholder_is_dropped(name: str) -> None:
    s = scrape(TITLE, LEAD, name, BODY)
    assert (s.captions, s.headings, s.paragraphs) == ([], [], [BODY])


@pytest.mark.parametrize(
    "lines",
    [
        ["Truyền hình Đại Lộc", "", TITLE],  # dailocrt-nqtw8: the station above the title
        [TITLE, "", "Tạp Chí Nhân Đạo"],  # nhandaoonline-a15167: the magazine under it
    ],
)
def test_the_outlets_name_beside_the_title_is_dropped(lines: list[str]) -> None:
    s = scrape(*lines, LEAD, BODY)
    assert (s.title, s.headings, s.lead) == (TITLE, [], LEAD)


def test_a_name_under_the_title_is_the_byline() -> None:
    # minhchau-hanoi-ksk: the byline, then the date, under the title.
    s = scrape(TITLE, "Lê Thu", "16:40 23/08/2025", LEAD, BODY)
    assert (s.author, s.headings) == ("Lê Thu", [])


def test_a_section_name_under_the_title_is_a_section() -> None:
    # tuoitrebinhdinh-hienmau
    s = scrape(TITLE, "", "Hoạt động Đoàn", "", LEAD, BODY)
    assert (s.sections, s.headings, s.author) == (("Hoạt động Đoàn",), [], None)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (  # doluong-hoinghi-x
            "Đô Lương tổ chức hội nghị quán triệt triển khai hội nghị lần thứ X – BCH trung "
            "ương đảng khóa XI.",
            "Sáng ngày 30/3, Đô Lương tổ chức hội nghị quán triệt triển khai hội nghị lần thứ X "
            "– BCH trung ương đảng khóa XI và chuyên đề học tập làm theo tấm gương đạo đức Hồ "
            "Chí Minh.",
        ),
        (  # luongvantri-langson-tvs
            "UBND phường Lương Văn Tri đã tổ chức ra quân tổng vệ sinh môi trường, chỉnh trang "
            "đô thị trên địa bàn phường.",
            "Trong sáng ngày Chủ nhật, 14/12/2025, UBND phường Lương Văn Tri đã tổ chức ra quân "
            "tổng vệ sinh môi trường, chỉnh trang đô thị trên địa bàn phường. Đây là hoạt động "
            "thiết thực.",
        ),
    ],
)
def test_a_title_with_a_full_stop_that_the_lead_repeats(title: str, lead: str) -> None:
    s = scrape(title, "", lead, BODY)
    assert (s.title, s.lead) == (title, lead)


def test_a_first_sentence_the_next_paragraph_does_not_repeat_is_the_lead() -> None:
    first = "Sáng 5/9, học sinh cả nước dự lễ khai giảng năm học mới trong không khí vui tươi."
    s = scrape(first, "", LEAD, BODY)
    assert (s.title, s.lead) == (None, first)


def test_a_closing_byline_with_a_full_stop() -> None:
    # doluong-hoinghi-x: "Hữu Hoàn."
    s = scrape(TITLE, LEAD, BODY, "", "Hữu Hoàn.")
    assert (s.author, s.paragraphs) == ("Hữu Hoàn", [BODY])


def test_the_byline_over_the_writers_unit() -> None:
    # thanhgiong-23272
    s = scrape(TITLE, LEAD, BODY, "", "Trương Minh Quang", "Tỉnh Đoàn Bình Thuận")
    assert (s.author, s.captions, s.paragraphs) == ("Trương Minh Quang", [], [BODY])


@pytest.mark.parametrize(
    "caption",
    [
        "Khởi công xây dựng nhà cho người nghèo biên giới",  # vienktxh-124156
        "Hỗ trợ người dân đưa chuồng trại chăn nuôi ra xa nhà ở",  # tinhdoanquangninh
    ],
)
def test_a_long_line_with_no_evidence_is_a_caption(caption: str) -> None:
    s = scrape(TITLE, LEAD, caption, BODY)
    assert (s.captions, s.headings) == ([caption], [])


@pytest.mark.parametrize(
    "heading",
    [
        "Tam Kỳ tiên phong",  # baoquangnam-3004495 (dev): short
        "Tận dụng không gian, nâng cao giá trị",  # vietnam-vn-bacgiang: phrases paired
        "Ảnh hưởng của bão số 3 tới sản xuất nông nghiệp",  # figures
    ],
)
def test_short_or_paired_or_numbered_lines_with_no_evidence_stay_headings(heading: str) -> None:
    s = scrape(TITLE, LEAD, BODY, heading, MORE)
    assert (s.captions, s.headings) == ([], [heading])


def test_the_next_photos_label_is_no_wrapped_line() -> None:
    # dailocrt-nqtw8: "ảnh 2: ..." under a caption that does not end a sentence.
    first = "Đ/c Mai Đình Lự- Bí thư Huyện ủy quán triệt nội dung Nghị quyết"
    s = scrape(TITLE, LEAD, BODY, first, "ảnh 2: Quang cảnh hội nghị", "", MORE)
    assert s.captions == [first, "ảnh 2: Quang cảnh hội nghị"]
