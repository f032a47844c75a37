"""Vietnamese speech on real bulletin phrases (issue #13): the classes of mistakes seen.

Most rows are real phrases from tests/data/speech/vi/dev.tsv (sources there); a few are the
issue's own examples. Every row is also checked for an exact offset map.
"""

from __future__ import annotations

import pytest

from reader.text.speech import normalize
from tests.test_speech_props import check_map


def said(text: str) -> str:
    spoken = normalize(text, "vi")
    check_map(spoken, text)
    return spoken.text


DAY_MONTH_WITH_A_DOT = [
    (
        "Ngày 13.5, tại nhà bà Buôi, ấp Suối Cao A",
        "Ngày mười ba tháng năm, tại nhà bà Buôi, ấp Suối Cao A",
    ),
    (
        "Ban Chấp hành Đảng bộ tỉnh lần thứ 22 diễn ra vào ngày 10.10.",
        "Ban Chấp hành Đảng bộ tỉnh lần thứ hai mươi hai diễn ra vào ngày mười tháng mười.",
    ),
    ("Chiều 14.3, đoàn công tác làm việc", "Chiều mười bốn tháng ba, đoàn công tác làm việc"),
    ("chiều 13 - 14.9", "chiều mười ba đến mười bốn tháng chín"),
]

DAY_MONTH_WITH_A_HYPHEN = [
    (
        "Ngày 19 – 4, UBND tỉnh tổ chức phiên họp thường kỳ tháng 4",
        "Ngày mười chín tháng tư, ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng tư",
    ),
    (
        "Sáng 17-11, bắt đầu từ 8 giờ 30",
        "Sáng mười bảy tháng mười một, bắt đầu từ tám giờ ba mươi",
    ),
    (
        "đã chất vấn trong 2 ngày 15 và 16-11.",
        "đã chất vấn trong hai ngày mười lăm và mười sáu tháng mười một.",
    ),
    (
        "Sáng nay (20-2), 17 huyện, thị xã, thành phố",
        "Sáng nay (hai mươi tháng hai), mười bảy huyện, thị xã, thành phố",
    ),
    (
        "Ngày 14-9, tại TP Cần Thơ",
        "Ngày mười bốn tháng chín, tại thành phố Cần Thơ",
    ),
    ("ngày 2-9", "ngày hai tháng chín"),
    ("từ ngày 30-4 đến 1-5", "từ ngày ba mươi tháng tư đến một tháng năm"),
]

MONTH_AND_YEAR_WITH_A_HYPHEN = [
    (
        "Tính từ tháng 5-2007 đến nay",
        "Tính từ tháng năm năm hai nghìn không trăm linh bảy đến nay",
    ),
    ("tháng 12-2024", "tháng mười hai năm hai nghìn không trăm hai mươi bốn"),
    ("tháng 4-2024", "tháng tư năm hai nghìn không trăm hai mươi bốn"),
    (
        "trong tháng 4.2016 có 378,5 nghìn lượt khách",
        "trong tháng tư năm hai nghìn không trăm mười sáu có ba trăm bảy mươi tám phẩy năm nghìn"
        " lượt khách",
    ),
]

RANGES_STAY_RANGES = [
    (
        "Nhiệt độ thấp nhất 19-22 độ C, có nơi dưới 18 độ C",
        "Nhiệt độ thấp nhất mười chín đến hai mươi hai độ xê, có nơi dưới mười tám độ xê",
    ),
    (
        "mỗi tỉnh có thể có từ 2-4 trung đoàn đủ quân",
        "mỗi tỉnh có thể có từ hai đến bốn trung đoàn đủ quân",
    ),
    (
        "Quân số thời chiến phổ biến từ 5.000-15.000 người.",
        "Quân số thời chiến phổ biến từ năm nghìn đến mười lăm nghìn người.",
    ),
    (
        "năm học mới 2024-2025",
        "năm học mới hai nghìn không trăm hai mươi bốn đến hai nghìn không trăm hai mươi lăm",
    ),
    ("dự kiến đạt khoảng 7,5-8%", "dự kiến đạt khoảng bảy phẩy năm đến tám phần trăm"),
    ("từ 5-9/1, cán bộ", "từ năm đến chín tháng một, cán bộ"),
    ("ngày 1-2 tháng 12", "ngày một đến hai tháng mười hai"),
    ("trồng 3 – 4 ha", "trồng ba đến bốn héc ta"),
    ("đạt 20/29 chỉ tiêu", "đạt hai mươi trên hai mươi chín chỉ tiêu"),
    ("tỷ lệ 3/5 xã", "tỷ lệ ba trên năm xã"),
]

DAY_MONTH_WITH_A_SLASH = [
    (
        "Sáng nay (5/9), hơn 23 triệu học sinh",
        "Sáng nay (năm tháng chín), hơn hai mươi ba triệu học sinh",
    ),
    (
        "Bắt đầu từ hôm nay (25/2), Công an các địa phương",
        "Bắt đầu từ hôm nay (hai mươi lăm tháng hai), Công an các địa phương",
    ),
    ("Tính đến 10/6, không có chất vấn nào", "Tính đến mười tháng sáu, không có chất vấn nào"),
    (
        "nghỉ lễ 30/4-1/5 năm nay",
        "nghỉ lễ ba mươi tháng tư đến một tháng năm năm nay",
    ),
    ("Kỳ nghỉ lễ 30/4, 1/5 năm nay", "Kỳ nghỉ lễ ba mươi tháng tư, một tháng năm năm nay"),
    ("(từ 09/3 – 15/3)", "(từ chín tháng ba đến mười lăm tháng ba)"),
    (
        "(nhân ngày Quốc tế thiếu nhi 1/6)",
        "(nhân ngày Quốc tế thiếu nhi một tháng sáu)",
    ),
    ("2 ngày 7 và 8/11", "hai ngày bảy và tám tháng mười một"),
    (
        "từ ngày 29/4-2/5, tổng lượng khách",
        "từ ngày hai mươi chín tháng tư đến ngày hai tháng năm, tổng lượng khách",
    ),
]

FRACTIONS = [
    (
        "quy mô kinh tế TPHCM chiếm gần 1/4 cả nước",
        "quy mô kinh tế thành phố Hồ Chí Minh chiếm gần một phần tư cả nước",
    ),
    ("chiếm 2/3 số hộ", "chiếm hai phần ba số hộ"),
    ("mỗi ngày có 1/3 số hộ", "mỗi ngày có một phần ba số hộ"),
]

VERSIONS = [
    (
        "Thuật ngữ “Du lịch 4.0” được nhiều quốc gia sử dụng",
        "Thuật ngữ “Du lịch bốn chấm không” được nhiều quốc gia sử dụng",
    ),
    (
        "cuộc Cách mạng Công nghiệp 4.0 trên thế giới",
        "cuộc Cách mạng Công nghiệp bốn chấm không trên thế giới",
    ),
    ("Web 2.0", "Web hai chấm không"),
    ("phiên bản 3.1", "phiên bản ba chấm một"),
    (
        "2.1. Thống nhất tiêu chí đánh giá",
        "hai chấm một. Thống nhất tiêu chí đánh giá",
    ),
]

ABBREVIATIONS = [
    ("Sở NN&PTNT", "Sở nông nghiệp và phát triển nông thôn"),
    ("Sở TN & MT", "Sở tài nguyên và môi trường"),
    ("Bộ LĐ-TB&XH", "Bộ lao động thương binh và xã hội"),
    ("Bộ LĐ-TB-XH", "Bộ lao động thương binh và xã hội"),
    ("Bộ GD-ĐT", "Bộ giáo dục và đào tạo"),
    ("Sở KH&CN", "Sở khoa học và công nghệ"),
    ("Sở GTVT", "Sở giao thông vận tải"),
    (
        "BCĐ, LLVT, PCCC, QSĐP",
        "ban chỉ đạo, lực lượng vũ trang, phòng cháy chữa cháy, quân sự địa phương",
    ),
    ("Bộ CHQS tỉnh", "Bộ chỉ huy quân sự tỉnh"),
    (
        "Do số lượng chất vấn ít nên UBTV Quốc hội thống nhất",
        "Do số lượng chất vấn ít nên ủy ban thường vụ Quốc hội thống nhất",
    ),
    ("vận động Công ty TNHH Gốm sứ", "vận động Công ty trách nhiệm hữu hạn Gốm sứ"),
    ("Công ty CP Sữa", "Công ty cổ phần Sữa"),
    (
        "Ban Thường trực UBMTTQVN xã Phước Đông",
        "Ban Thường trực ủy ban mặt trận tổ quốc Việt Nam xã Phước Đông",
    ),
    ("Ban QLDA Đầu tư Xây dựng", "Ban quản lý dự án Đầu tư Xây dựng"),
    ("Nhiệt độ cao nhất ngày khoảng 37 độ C.", "Nhiệt độ cao nhất ngày khoảng ba mươi bảy độ xê."),
    ("Phát triển bền vững 1 triệu ha lúa", "Phát triển bền vững một triệu héc ta lúa"),
    ("cùng kỳ 26,6 ngàn ha", "cùng kỳ hai mươi sáu phẩy sáu ngàn héc ta"),
    ("tại 75 xã ATK", "tại bảy mươi lăm xã an toàn khu"),
    ("Hội LHTN Việt Nam tỉnh", "Hội liên hiệp thanh niên Việt Nam tỉnh"),
    ("Lê Văn Bình, UVTV Tỉnh ủy", "Lê Văn Bình, ủy viên thường vụ Tỉnh ủy"),
    ("(SXH)", "(sốt xuất huyết)"),
    (
        "Lễ tuyên dương học sinh (HS) giỏi quốc gia",
        "Lễ tuyên dương học sinh (học sinh) giỏi quốc gia",
    ),
    ("cuộc thi Khoa học kỹ thuật (KHKT)", "cuộc thi Khoa học kỹ thuật (khoa học kỹ thuật)"),
    ("tổng kim ngạch xuất khẩu (XK) nông lâm", "tổng kim ngạch xuất khẩu (xuất khẩu) nông lâm"),
    (
        "20 giờ ngày 09/9/2016 (9/8/2016 ÂL)",
        "hai mươi giờ ngày chín tháng chín năm hai nghìn không trăm mười sáu"
        " (ngày chín tháng tám năm hai nghìn không trăm mười sáu âm lịch)",
    ),
    # a site's name keeps its dots; "VN" alone is still "Việt Nam"
    ("VOV.VN - Ngày 24/7", "vê o vê chấm vê en, Ngày hai mươi bốn tháng bảy"),
    ("(Baothanhhoa.vn) - Theo", "(Baothanhhoa chấm vê en), Theo"),
    ("hàng VN chất lượng cao", "hàng Việt Nam chất lượng cao"),
    (
        "Hoàng Thị Minh (SN 1966), cùng trú tại",
        "Hoàng Thị Minh (sinh năm một nghìn chín trăm sáu mươi sáu), cùng trú tại",
    ),
    # an initial is its letter's name, and its dot ends nothing; a heading's "V." is left
    ("Tân An, C. kêu oan", "Tân An, xê kêu oan"),
    ("tuyên phạt C. 12 năm tù", "tuyên phạt xê mười hai năm tù"),
    ("ông Nguyễn Văn A. Sau đó", "ông Nguyễn Văn a. Sau đó"),
    ("V. Tổ chức thực hiện", "V. Tổ chức thực hiện"),
]

DOCUMENT_CODES = [
    ("Số: 130/KH-UBND", "Số: một trăm ba mươi kế hoạch ủy ban nhân dân"),
    (
        "Thông tư số 05/2014/TT-BTP",
        "Thông tư số năm năm hai nghìn không trăm mười bốn thông tư bộ tư pháp",
    ),
    (
        "Quyết định số 832/QĐ-BXD",
        "Quyết định số tám trăm ba mươi hai quyết định bộ xây dựng",
    ),
    (
        "Thông tư số 01/2023/TT-BTC",
        "Thông tư số một năm hai nghìn không trăm hai mươi ba thông tư bộ tài chính",
    ),
    (
        "Nghị định số 61/2018/NĐ-CP",
        "Nghị định số sáu mươi mốt năm hai nghìn không trăm mười tám nghị định chính phủ",
    ),
    ("số 2003/QĐ-CT", "số hai nghìn không trăm linh ba quyết định chủ tịch"),
    (
        "Bản án số 34/2025/DS-ST",
        "Bản án số ba mươi bốn năm hai nghìn không trăm hai mươi lăm dân sự sơ thẩm",
    ),
    ("Điều 60 BLHS 1999", "Điều sáu mươi bộ luật hình sự một nghìn chín trăm chín mươi chín"),
    (
        "Luật số 27/2001/QH10",
        "Luật số hai mươi bảy năm hai nghìn không trăm linh một quốc hội khóa mười",
    ),
    (
        "Tờ trình số 10/TTr-STNMT",
        "Tờ trình số mười tờ trình sở tài nguyên và môi trường",
    ),
    # round 2: in a letter's number the code after the issuer is the drafting unit, not a
    # document type (Nghị định 30/2020/NĐ-CP, Phụ lục I)
    (
        "Căn cứ Công văn số 628/BNN-TT ngày 21/01/2020",
        "Căn cứ Công văn số sáu trăm hai mươi tám bộ nông nghiệp và phát triển nông thôn"
        " trồng trọt ngày hai mươi mốt tháng một năm hai nghìn không trăm hai mươi",
    ),
    ("số 12/UBND-TT", "số mười hai ủy ban nhân dân trung tâm"),
    (
        "Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN",
        "Thông tư liên tịch số: một trăm tám mươi ba năm hai nghìn không trăm mười"
        " thông tư liên tịch bộ tài chính bộ nông nghiệp và phát triển nông thôn",
    ),
    ("Chỉ thị số 22/CT-TW", "Chỉ thị số hai mươi hai chỉ thị trung ương"),
]

TIMES_UNITS_AND_MARKS = [
    (
        "Cập nhật ngày: 07/01/2022 06:09:40",
        "Cập nhật ngày: ngày bảy tháng một năm hai nghìn không trăm hai mươi hai"
        " sáu giờ chín phút bốn mươi giây",
    ),
    ("lúc 8.30 sáng", "lúc tám giờ ba mươi phút sáng"),
    (
        "lượng mưa phổ biến 40-80mm/24h.",
        "lượng mưa phổ biến bốn mươi đến tám mươi mi li mét trên hai mươi bốn giờ.",
    ),
    (
        "tác động làm giảm 0,24 điểm % vào mức tăng chung.",
        "tác động làm giảm không phẩy hai mươi bốn điểm phần trăm vào mức tăng chung.",
    ),
    (
        "Chỉ huy trưởng CQQS huyện thông qua kế hoạch A2 trên bản đồ",
        "Chỉ huy trưởng cơ quan quân sự huyện thông qua kế hoạch a hai trên bản đồ",
    ),
    ("hỗ trợ 50 triệu đồng/căn.", "hỗ trợ năm mươi triệu đồng trên căn."),
    (
        "Định mức tiền thưởng: 5 triệu đồng/giải nhất, 3 triệu đồng/giải nhì",
        "Định mức tiền thưởng: năm triệu đồng trên giải nhất, ba triệu đồng trên giải nhì",
    ),
    (
        "28/02/2012 18:49 GMT+7",
        "ngày hai mươi tám tháng hai năm hai nghìn không trăm mười hai"
        " mười tám giờ bốn mươi chín phút giê em tê cộng bảy",
    ),
    (
        "10:28 AM 11/10/2018",
        "mười giờ hai mươi tám phút sáng"
        " ngày mười một tháng mười năm hai nghìn không trăm mười tám",
    ),
    ("lúc 9:15 PM", "lúc chín giờ mười lăm phút chiều"),
]


@pytest.mark.parametrize(("text", "spoken"), DAY_MONTH_WITH_A_DOT)
def test_day_and_month_with_a_dot(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), DAY_MONTH_WITH_A_HYPHEN)
def test_day_and_month_with_a_hyphen(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), MONTH_AND_YEAR_WITH_A_HYPHEN)
def test_month_and_year_with_a_hyphen_or_a_dot(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), RANGES_STAY_RANGES)
def test_ranges_and_ratios_stay_what_they_are(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), DAY_MONTH_WITH_A_SLASH)
def test_day_and_month_with_a_slash_in_context(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), FRACTIONS)
def test_fractions(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), VERSIONS)
def test_versions_are_read_with_cham(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), ABBREVIATIONS)
def test_abbreviations_of_bodies_and_terms(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), DOCUMENT_CODES)
def test_document_codes(text: str, spoken: str) -> None:
    assert said(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), TIMES_UNITS_AND_MARKS)
def test_times_units_and_marks(text: str, spoken: str) -> None:
    assert said(text) == spoken


def test_a_dotted_date_maps_each_part_to_its_own_text() -> None:
    shown = "Chiều 14.3, họp"
    spoken = normalize(shown, "vi")
    for words, part in (("mười bốn", "14"), ("tháng", "."), ("ba", "3")):
        start = spoken.text.index(words, len("Chiều"))
        assert shown[slice(*spoken.shown_range(start, start + len(words)))] == part


def test_a_hyphen_date_maps_the_month_word_to_the_dash() -> None:
    shown = "Ngày 19 – 4, họp"
    spoken = normalize(shown, "vi")
    start = spoken.text.index("tháng")
    assert shown[slice(*spoken.shown_range(start, start + len("tháng")))] == " – "
    start = spoken.text.index("tư")
    assert shown[slice(*spoken.shown_range(start, start + 2))] == "4"


def test_a_spaced_ampersand_name_maps_to_the_whole_name() -> None:
    shown = "Sở TN & MT tỉnh"
    spoken = normalize(shown, "vi")
    start = spoken.text.index("tài nguyên")
    end = spoken.text.index("trường") + len("trường")
    assert shown[slice(*spoken.shown_range(start, end))] == "TN & MT"


def test_the_word_after_a_date_is_left_alone() -> None:
    # The month is read as a month ("tư"), but a number after the date is a number again.
    assert said("Ngày 19-4 có 4 đoàn") == "Ngày mười chín tháng tư có bốn đoàn"
