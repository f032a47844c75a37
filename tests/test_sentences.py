"""Sentence splitting: the rules by example, and invariants that speech and highlighting rely on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import Sentence, Text
from reader.text.sentences import split_sentences
from tests.fuzzing import examples


def sentences(text: str, lang: str = "vi") -> list[str]:
    """The sentences as strings, checking each range is trimmed and inside the text."""
    ranges = split_sentences(text, lang)
    for start, end in ranges:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
    return [text[start:end] for start, end in ranges]


# --- Real bulletin text ----------------------------------------------------------------

VI_GRDP = (
    "Theo báo cáo tại Hội nghị, tổng sản phẩm GRDP năm 2023 (theo giá so sánh năm 2010) "
    "dự ước đạt 8.840 tỷ đồng, bằng 99,4% KH. Tổng sản phẩm theo giá hiện hành ước đạt "
    "16.424 tỷ đồng; GRDP bình quân dự ước 51 triệu đồng/người, đạt 102% KH, tăng 4,7 "
    "triệu đồng so với năm 2022."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ngày 5/12, các đồng chí: Hoàng Duy Chinh - Ủy viên Ban Chấp hành Trung ương Đảng, "
            "Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh; Phương Thị Thanh - Phó Bí thư Thường trực "
            "Tỉnh ủy, Chủ tịch HĐND tỉnh.",
            1,
            id="attendees",
        ),
        pytest.param(VI_GRDP, 2, id="grdp"),
        pytest.param(
            "Tốc độ tăng trưởng đạt 6,33% (kế hoạch 7%); ... chỉ tiêu kết nạp Đảng đạt 76,3%...",
            1,
            id="percentages-and-ellipsis",
        ),
        pytest.param("Đ/c Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị", 1, id="dc"),
        pytest.param(
            "Ông Nguyễn Văn A, Giám đốc Sở Y tế TP. Hồ Chí Minh cho biết. Bà Trần Thị B nói thêm.",
            2,
            id="tp-hcm",
        ),
        pytest.param("Kết luận Hội nghị Trung ương 8... để xem xét", 1, id="ellipsis-lowercase"),
    ],
)
def test_vietnamese_bulletin(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


def test_grdp_offsets() -> None:
    first, second = split_sentences(VI_GRDP)
    assert VI_GRDP[first[0] : first[1]].endswith("bằng 99,4% KH.")
    assert VI_GRDP[second[0] : second[1]].startswith("Tổng sản phẩm theo giá hiện hành")
    assert second[1] == len(VI_GRDP)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Smith arrived at 8 a.m. on Monday. He left at 5 p.m. Then he slept.",
            ["Dr. Smith arrived at 8 a.m. on Monday.", "He left at 5 p.m.", "Then he slept."],
        ),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("He said “Stop.” Then left.", ["He said “Stop.”", "Then left."]),
        ("The U.S. economy grew 2.5% in Q3.", ["The U.S. economy grew 2.5% in Q3."]),
    ],
)
def test_english_examples(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


# --- Sentence ends ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Một câu. Hai câu.", ["Một câu.", "Hai câu."]),
        ("Thật sao?! Đúng vậy.", ["Thật sao?!", "Đúng vậy."]),
        ("Chờ đã… Được rồi.", ["Chờ đã…", "Được rồi."]),
        ("Chờ đã... Được rồi.", ["Chờ đã...", "Được rồi."]),
        ("Chờ đã... được rồi.", ["Chờ đã... được rồi."]),
        ("Chờ đã… được rồi.", ["Chờ đã… được rồi."]),
        ("Xong. Đà Nẵng đẹp.", ["Xong.", "Đà Nẵng đẹp."]),
        ("Xong. Ủy ban họp.", ["Xong.", "Ủy ban họp."]),
        ("Xong. Ấn tượng.", ["Xong.", "Ấn tượng."]),
        ("Xong. Ô tô chạy.", ["Xong.", "Ô tô chạy."]),
        ("Năm 2023 tăng. 2024 giảm.", ["Năm 2023 tăng.", "2024 giảm."]),
        ("Ông nói. “Tôi đồng ý.”", ["Ông nói.", "“Tôi đồng ý.”"]),
        ("Ông nói. (Ảnh: TTXVN)", ["Ông nói.", "(Ảnh: TTXVN)"]),
        ("Kết quả như sau. - Mục một.", ["Kết quả như sau.", "- Mục một."]),
        ("Kết quả như sau. – Mục một.", ["Kết quả như sau.", "– Mục một."]),
        ("Ông hỏi: “Thật không?” Bà gật đầu.", ["Ông hỏi: “Thật không?”", "Bà gật đầu."]),
        ("(Xem bảng 2.) Tiếp theo.", ["(Xem bảng 2.)", "Tiếp theo."]),
        ("Ông nói “thôi.” rồi đi.", ["Ông nói “thôi.” rồi đi."]),
        ("Câu hỏi? không viết hoa.", ["Câu hỏi? không viết hoa."]),
        ("Hết.Không có dấu cách.", ["Hết.Không có dấu cách."]),
        ("Không có dấu chấm cuối", ["Không có dấu chấm cuối"]),
        ("  Có khoảng trắng.   Hai.  ", ["Có khoảng trắng.", "Hai."]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# --- Numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dự ước đạt 8.840 tỷ đồng.",
        "Tăng trưởng đạt 6,33% so với cùng kỳ.",
        "Có 1.300 người tham dự.",
        "Số pi xấp xỉ 3.14 thôi.",
        "Phiên bản v2.1 đã phát hành.",
        "Ngày 05.12.2023 khai mạc.",
        "Bắt đầu lúc 8.30 sáng.",
        "Giá 1,234.56 USD một tấn.",
    ],
)
def test_numbers_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


# --- Abbreviations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sở Y tế TP. Hồ Chí Minh họp.",
        "Ông về Tp. Huế hôm qua.",
        "Trụ sở ở Q. Ba Đình rộng.",
        "Trụ sở ở P. Bến Nghé rộng.",
        "UBND TT. Đông Anh họp.",
        "UBND TX. Sơn Tây họp.",
        "Dân H. Ba Vì vui mừng.",
        "Ông Th.S. Nguyễn Văn Bình nói.",
        "Ông ThS. Nguyễn Văn Bình nói.",
        "Ông Ths. Nguyễn Văn Bình nói.",
        "Ông TS. Lê Văn Cường nói.",
        "Bà PGS. Trần Thị Dung nói.",
        "Ông GS. Phạm Văn Em nói.",
        "Ông PGS.TS. Phạm Văn Em nói.",
        "Bà BS. Vũ Thị Hoa khám.",
        "Ông KS. Đỗ Văn Giang thiết kế.",
        "Ông CN. Hồ Văn Khải báo cáo.",
        "Đ/c Bí thư Tỉnh ủy phát biểu.",
        "Các đ/c Ủy viên dự họp.",
        "Nhà thờ St. Joseph mở cửa.",
        "Sách của NXB. Giáo dục in.",
        "Xem tr. 12 của báo cáo.",
        "Xem Tr. Hưng Đạo ở trên.",
        "Ông Mr. Smith tới.",
        "Ông Dr. Lee tới.",
    ],
)
def test_vietnamese_abbreviations_do_not_split(text: str) -> None:
    assert sentences(text, "vi") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Watson came.",
        "Mr. Brown came.",
        "Mrs. Brown came.",
        "Ms. Brown came.",
        "Prof. Brown came.",
        "They met on St. Patrick's Day.",
        "Martin Luther King Jr. Day is a holiday.",
        "John Smith Sr. Senior was there.",
        "It was Brazil vs. Argentina tonight.",
        "Bring fruit, e.g. Apples and pears.",
        "Bring fruit, i.e. Apples only.",
        "The U.S. Army marched.",
        "The U.K. Parliament voted.",
        "See No. 5 on the list.",
        "See Fig. 3 for details.",
        "Acme Inc. Shares rose.",
        "Acme Ltd. Shares rose.",
        "Acme Co. Shares rose.",
        "It opened on Jan. 5 this year.",
        "It closed on Dec. 31 last year.",
        "It opened on Sept. 9 this year.",
        "J. R. R. Tolkien wrote it.",
        "The author Nguyễn V. A. Trần wrote it.",
        "He earned a Ph.D. Later that year.",
    ],
)
def test_english_abbreviations_do_not_split(text: str) -> None:
    assert sentences(text, "en") == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "etc.", "v.v.", "a.m.", "p.m." end a sentence before an uppercase word only.
        ("Apples, pears, etc. Then we ate.", ["Apples, pears, etc.", "Then we ate."]),
        ("Apples, pears, etc. and more.", ["Apples, pears, etc. and more."]),
        ("Apples, pears, etc. 2024 was good.", ["Apples, pears, etc. 2024 was good."]),
        ("Y tế, giáo dục, v.v. Năm sau tiếp tục.", ["Y tế, giáo dục, v.v.", "Năm sau tiếp tục."]),
        ("Y tế, giáo dục, v.v. đều tăng.", ["Y tế, giáo dục, v.v. đều tăng."]),
        ("We met at 5 p.m. Then we left.", ["We met at 5 p.m.", "Then we left."]),
        ("We met at 5 a.m. on Monday.", ["We met at 5 a.m. on Monday."]),
        # "No." continues only before a number.
        ("Is it? No. It is not.", ["Is it?", "No.", "It is not."]),
        # A lone capital after a lowercase word is not an initial.
        ("He takes vitamin A. Then he sleeps.", ["He takes vitamin A.", "Then he sleeps."]),
        # Lowercase "no." is a word; abbreviations are case-sensitive.
        ("I said no. Then I left.", ["I said no.", "Then I left."]),
        ("Ông đến tp. Sau đó về.", ["Ông đến tp.", "Sau đó về."]),
        # A closing quote or bracket after the dot is a real end even for an abbreviation.
        ("He wrote “see Dr.” Then left.", ["He wrote “see Dr.”", "Then left."]),
        # An unknown compound ends normally.
        ("Ông sống ở TP.HCM. Bà sống ở Huế.", ["Ông sống ở TP.HCM.", "Bà sống ở Huế."]),
    ],
)
def test_ambiguous_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text, "en" if text.isascii() else "vi") == expected


def test_language_specific_abbreviations() -> None:
    vi = "Ông ở Q. Một. Bà ở Huế."
    assert sentences(vi, "vi") == ["Ông ở Q. Một.", "Bà ở Huế."]
    # In English a lone "Q" after a lowercase word is not an initial.
    assert sentences(vi, "en") == ["Ông ở Q.", "Một.", "Bà ở Huế."]
    en = "The study in Fig. Seven is done."
    assert sentences(en, "en") == [en]
    assert sentences(en, "vi") == ["The study in Fig.", "Seven is done."]


@pytest.mark.parametrize("lang", ["fr", "", "xx-YY"])
def test_unknown_language_uses_all_abbreviations(lang: str) -> None:
    assert sentences("Sở TP. Hà Nội và Fig. Seven đều ổn.", lang) == [
        "Sở TP. Hà Nội và Fig. Seven đều ổn."
    ]


@pytest.mark.parametrize("lang", ["vi-VN", "VI", "vi_VN"])
def test_language_tags_are_normalised(lang: str) -> None:
    assert split_sentences("Ở TP. Huế. Fig. Tốt.", lang) == split_sentences(
        "Ở TP. Huế. Fig. Tốt.", "vi"
    )


# --- Portal end mark, blank lines, list markers -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bảo đảm an ninh năm 2024./.", ["Bảo đảm an ninh năm 2024./."]),
        ("Bảo đảm an ninh năm 2024.../.", ["Bảo đảm an ninh năm 2024.../."]),
        ("Bảo đảm an ninh năm 2024. /.", ["Bảo đảm an ninh năm 2024. /."]),
        ("Bảo đảm an ninh năm 2024 /.", ["Bảo đảm an ninh năm 2024 /."]),
        ("Câu một. Bảo đảm an ninh./.", ["Câu một.", "Bảo đảm an ninh./."]),
        ("Câu một./. Câu hai.", ["Câu một./.", "Câu hai."]),
    ],
)
def test_portal_end_mark(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dòng một\nvẫn là câu một.", ["Dòng một\nvẫn là câu một."]),
        ("Mục một\n\nMục hai", ["Mục một", "Mục hai"]),
        ("Mục một\n  \t\nMục hai", ["Mục một", "Mục hai"]),
        ("Mục một\r\n\r\nMục hai", ["Mục một", "Mục hai"]),
        ("Sở TP.\n\nHồ Chí Minh", ["Sở TP.", "Hồ Chí Minh"]),
        ("chờ...\n\nvẫn tách", ["chờ...", "vẫn tách"]),
        ("\n\n\nMột.\n\n\n\nHai.\n\n", ["Một.", "Hai."]),
    ],
)
def test_newlines(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Như sau. 1. Một việc. 2. Hai việc.", ["Như sau.", "1. Một việc.", "2. Hai việc."]),
        ("a. Thứ nhất.\n\nb. Thứ hai.", ["a. Thứ nhất.", "b. Thứ hai."]),
        # A lowercase word never starts a sentence, list marker or not.
        ("a. Thứ nhất. b. Thứ hai.", ["a. Thứ nhất. b.", "Thứ hai."]),
        ("Hết. -", ["Hết. -"]),
        ("... Bắt đầu.", ["... Bắt đầu."]),
        ("Ông nói. “", ["Ông nói. “"]),
        ("1.", ["1."]),
    ],
)
def test_stray_marks_and_list_markers(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\n \u00a0 \u3000"])
def test_whitespace_only(text: str) -> None:
    assert split_sentences(text) == []


def test_offsets_index_the_original_text() -> None:
    text = "  Một câu.\n Hai câu!  "
    assert split_sentences(text) == [(2, 10), (12, 20)]


def test_long_paragraph() -> None:
    """Smoke check that a long paragraph works; no timing assertion (that would be flaky)."""
    unit = "Theo báo cáo, GRDP đạt 8.840 tỷ đồng, bằng 99,4% KH. Ông TS. Lê nói v.v. và... "
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    ranges = split_sentences(text)
    assert len(ranges) > 200
    for pathological in [".", '."', "A. ", "\n ", "/", "a"]:
        assert isinstance(split_sentences(pathological * 10_000), list)


# --- Properties -------------------------------------------------------------------------

ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
    "0123456789"
    ".!?…,;:/-%\"”“()’'[]«»"
    "    \n\t\u00a0"
)
WORDS = [
    "TP.", "Tp.", "Q.", "P.", "TS.", "PGS.TS.", "Th.S.", "v.v.", "etc.", "a.m.", "p.m.",
    "Dr.", "Mr.", "No.", "U.S.", "e.g.", "Fig.", "J.", "/.", "...", "…", "8.840", "6,33%",
    "Đ/c", "Hồ", "Chí", "Minh", "tỉnh", "năm", "2024", "\n\n", ". ", "? ", "! ", "” ", "(",
]  # fmt: skip

texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=300),
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(alphabet=ALPHABET, max_size=6)),
        max_size=60,
    ).map(" ".join),
)
langs = st.sampled_from(["vi", "en", "fr", "vi-VN"])


def check_invariants(text: str, ranges: list[tuple[int, int]]) -> None:
    """The contract every caller relies on: ordered, trimmed, and no text lost."""
    last = 0
    for start, end in ranges:
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert last <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        last = end
    inside = "".join(ch for start, end in ranges for ch in text[start:end] if not ch.isspace())
    assert inside == "".join(ch for ch in text if not ch.isspace())


@settings(max_examples=examples(400))
@given(texts, langs)
def test_ranges_are_ordered_trimmed_and_lose_nothing(text: str, lang: str) -> None:
    check_invariants(text, split_sentences(text, lang))


@given(st.text(), st.text(min_size=1))
def test_never_raises_on_any_text(text: str, lang: str) -> None:
    check_invariants(text, split_sentences(text, lang))


@given(texts)
def test_ranges_fit_the_article_model(text: str) -> None:
    ranges = split_sentences(text)
    model = Text(text, tuple(Sentence(s, e) for s, e in ranges))
    assert len(model.sentence_texts()) == len(ranges)


@given(texts, texts)
def test_blank_line_separates_independent_paragraphs(first: str, second: str) -> None:
    text = first + "\n\n" + second
    offset = len(first) + 2
    expected = split_sentences(first) + [
        (s + offset, e + offset) for s, e in split_sentences(second)
    ]
    assert split_sentences(text) == expected


# Sentences built from bulletin-like words: the splitter must find exactly the sentences
# that were put together, whatever numbers and abbreviations sit inside them. (A property
# over arbitrary punctuation soup cannot ask this: an initial at a paragraph's start reads
# differently from the same letter mid-text, by design.)
_WORDS = {
    "vi": (
        ["Hội", "Tỉnh", "Ông", "Bà", "Đảng", "Ủy", "Năm", "Theo", "TP.", "Đ/c", "2023", "“Chúng"],
        [
            "nghị", "tỉnh", "đạt", "8.840", "6,33%", "99,4%", "20/29", "TP.", "Đ/c", "ThS.",
            "PGS.TS.", "kinh", "tế", "-", "xã", "hội", "2021", "KH", "(theo", "giá)",
            "số", "15-NQ/TU", "tỷ", "đồng;", "8... để", "để", "Q.", "H.",
        ],
        ["tỉnh", "năm", "đồng", "thêm", "xong"],
    ),
    "en": (
        ["The", "Dr.", "Mr.", "A", "Local", "2023", "In", "“We"],
        [
            "council", "met", "Dr.", "Mrs.", "U.S.", "e.g.", "i.e.", "2.5%", "1,200", "St.",
            "at", "9", "(see", "Fig.", "3)", "Inc.", "Jan.", "vs.", "No. 5", "3.14",
        ],
        ["today", "there", "again", "soon", "town"],
    ),
}  # fmt: skip
_ENDS = [".", "?", "!", "./.", "...", ".”"]


@st.composite
def bulletin_text(draw: st.DrawFn) -> tuple[str, list[str]]:
    lang = draw(st.sampled_from(sorted(_WORDS)))
    first, inner, last = _WORDS[lang]
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        words = [draw(st.sampled_from(first))]
        words += draw(st.lists(st.sampled_from(inner), min_size=1, max_size=12))
        words.append(draw(st.sampled_from(last)))
        parts.append(" ".join(words) + draw(st.sampled_from(_ENDS)))
    return lang, parts


@settings(max_examples=examples(500))
@given(bulletin_text(), st.sampled_from([" ", "\n", "  "]))
def test_finds_exactly_the_sentences_put_together(case: tuple[str, list[str]], sep: str) -> None:
    lang, parts = case
    text = sep.join(parts)
    assert sentences(text, lang) == parts
