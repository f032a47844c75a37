"""Rules of the fourth round (issue 13, section 2), each from a line of a real page.

The lines are those of the held-out batches 1-3 (tests/data/portals/heldout, marked
``"seen"``) and of dev pages, inside a minimal scrape; the page each comes from is named.
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


def test_a_photo_albums_list_ends_the_text_and_the_byline_before_it_is_the_author() -> None:
    # baocaobang-458: the byline after a run of spaces, then the list of albums.
    s = scrape(
        TITLE, LEAD, "", " " * 60 + "P.V", "", "Các Album đã đăng", "Ngày hội giao nhận quân"
    )
    assert (s.author, s.headings, s.paragraphs) == ("P.V", [], [])


@pytest.mark.parametrize(
    "byline",
    [
        "Nhóm phóng viên",  # hungyentv-6015
        "Phóng viên Điện tử",  # baocaobang-525
    ],
)
def test_a_newsrooms_collective_byline_is_the_author(byline: str) -> None:
    s = scrape(TITLE, LEAD, BODY, byline, "1 giờ trước", "2 ngày trước")
    assert (s.author, s.headings, s.paragraphs) == (byline, [], [BODY])


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Thiết kế: Long Sơn", "Long Sơn"),  # ninhson-tayninh-8481, an infographic's designer
        ("T/h: Hải Thanh", "Hải Thanh"),  # truyenhinhdaknong-6557, compiled by
    ],
)
def test_a_designer_or_compiler_label_names_the_author(line: str, author: str) -> None:
    s = scrape(TITLE, LEAD, BODY, line, "Ý kiến bạn đọc")
    assert (s.author, s.paragraphs) == (author, [BODY])


def test_the_channels_promotion_after_the_byline_is_dropped() -> None:
    # truyenhinhdulich-18758
    s = scrape(
        TITLE,
        LEAD,
        BODY,
        "Thực hiện: Tiến Dũng – Minh Quân",
        "Mời quý vị xem các tin trong nước đã phát sóng tại đây./.",
    )
    assert (s.author, s.headings, s.paragraphs) == ("Tiến Dũng – Minh Quân", [], [BODY])


def test_the_papers_mark_alone_on_a_line_is_no_title() -> None:
    # baotayninh-a128613: "(BTNO) -" printed on its own line before the lead.
    s = scrape("Theo dõi Báo Tây Ninh trên", "(BTNO) -", LEAD, BODY)
    assert (s.title, s.lead, s.paragraphs) == (None, LEAD, [BODY])


@pytest.mark.parametrize(
    "caption",
    [
        # baophutho-247547 (146 characters), baotayninh-a128613 (172)
        "Lãnh đạo Sở Giáo dục và Đào tạo, Hội Khuyến học tỉnh, Ngân hàng Lộc Phát trao quà "
        "tặng các giáo viên trực tiếp tham gia bồi dưỡng, hướng dẫn học sinh.",
        "Ông Nguyễn Hữu Dũng và ông Nguyễn Văn Hợp tặng quà cho gia đình anh Sất Kphâu (ấp Tầm "
        "Phô, xã Tân Đông, huyện Tân Châu) – một trong những hộ được xây tặng nhà đại đoàn kết.",
    ],
)
def test_a_long_caption_with_strong_evidence_is_a_caption(caption: str) -> None:
    s = scrape(TITLE, LEAD, caption, BODY)
    assert (s.captions, s.paragraphs) == ([caption], [BODY])


@pytest.mark.parametrize(
    "text",
    [
        # kinhtedothi-dong-bao-dan-toc: who attended, not a photo
        "Tới dự có Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc Chính phủ Hoàng Xuân Lương, Phó Bí "
        "thư Thường trực Thành ủy Hà Nội Nguyễn Công Soái, Phó Chủ tịch UBND TP Hà Nội Trần Xuân "
        "Việt.",
        # baoquangnam-3067436 (dev): a bulleted sentence telling the day's news
        "* Sáng nay 21.7, ông Cơlâu Hạnh - Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang đến "
        "thăm và tặng quà 4 đối tượng chính sách, người có công tiêu biểu trên địa bàn xã A Nông.",
    ],
)
def test_a_long_sentence_that_does_not_open_as_a_caption_is_text(text: str) -> None:
    s = scrape(TITLE, LEAD, text, BODY)
    assert (s.captions, s.paragraphs) == ([], [text, BODY])


def test_a_known_section_name_above_a_title_that_reads_like_a_caption() -> None:
    # vnanet-print-424047: "Tin tức" over a title with a photo verb ("kiểm tra").
    title = "Tăng cường kiểm tra nguồn cung ứng hàng hóa phục vụ Tết Nguyên đán"
    s = scrape("Tin tức", "", title, "", LEAD, BODY)
    assert (s.title, s.sections, s.headings) == (title, ("Tin tức",), [])


def test_an_unlabelled_keyword_list_is_dropped() -> None:
    # vietnam-vn-bacgiang
    keywords = (
        "tin tức bắc giang, bắc giang, phát triển nông nghiệp, khu vực đô thị,  diện tích đất "
        "nông nghiệp, ứng dụng công nghệ cao, nông nghiệp hàng hóa,công nghiệp, ứng dụng tiến bộ "
        "khoa học, phát triển công nghiệp, đô thị, dịch vụ"
    )
    s = scrape(TITLE, LEAD, BODY, keywords)
    assert (s.headings, s.paragraphs) == ([], [BODY])


def test_an_images_alt_text_glued_before_its_caption_goes() -> None:
    # dantocmiennui-298963: the article title + "ảnh 1" glued before the caption.
    caption = (
        "Thủ tướng Nguyễn Xuân Phúc phát biểu tại buổi làm việc với tỉnh Trà Vinh. "
        "Ảnh: Thống Nhất - TTXVN"
    )
    glued = (
        "Thủ tướng Nguyễn Xuân Phúc làm việc với các địa phương về phát triển kinh tế - xã hội "
        "ảnh 1" + caption
    )
    s = scrape(TITLE, LEAD, glued, BODY)
    assert (s.captions, s.paragraphs) == ([caption], [BODY])


def test_a_photo_credit_after_the_captions_full_stop_marks_a_caption() -> None:
    # dantocmiennui-296763: "... 337. Ảnh: Hồ Cầu-TTXVN" between two paragraphs.
    caption = "Lễ viếng và truy điệu 22 liệt sỹ sư đoàn 337. Ảnh: Hồ Cầu-TTXVN"
    s = scrape(TITLE, LEAD, BODY, caption, MORE)
    assert (s.captions, s.headings) == ([caption], [])


def test_the_copys_address_printed_after_the_text_is_dropped() -> None:
    # vnanet-print-424047
    url = "https://vietnam.vnanet.vn/vietnamese/tin-van/tang-cuong-kiem-tra-424047.html"
    s = scrape(TITLE, LEAD, BODY, "", url, "top")
    assert s.paragraphs == [BODY]


def test_a_copy_cut_off_in_reported_speech_ends_with_a_paragraph() -> None:
    # dantocmiennui-333039: an official and a person, but "cho biết" (said) is told.
    last = "Giám đốc Điện lực Bát Xát, ông Trần Xuân Bất cho biết, trước d"
    s = scrape(TITLE, LEAD, BODY, last)
    assert (s.captions, s.paragraphs) == ([], [BODY, last])


def test_a_short_sentence_among_captions_is_a_caption() -> None:
    # baothanhhoa-278003: little evidence of its own, in a text whose photos are captioned.
    first = "Chủ tịch Hội LHPN tỉnh trao kinh phí cho Quỹ khuyến học “Hoa Ban” xã Quan Sơn."
    weak = "Đoàn trao quà cho hội viên, phụ nữ khó khăn."
    s = scrape(TITLE, LEAD, first, BODY, weak, MORE)
    assert (s.captions, s.paragraphs) == ([first, weak], [BODY, MORE])


def test_a_short_sentence_in_a_text_without_captions_stays_text() -> None:
    short = "Chiến dịch được tổ chức hằng năm."
    s = scrape(TITLE, LEAD, BODY, short, MORE)
    assert (s.captions, s.paragraphs) == ([], [BODY, short, MORE])
