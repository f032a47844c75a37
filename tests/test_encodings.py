"""Bytes -> text: UTF-8 (BOM or not), UTF-16, Windows-1258, TCVN3, VNI; NFD -> NFC."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.formats.encodings import (
    DecodeError,
    decode_bytes,
    decode_tcvn3,
    decode_vni,
    encode_legacy,
    encode_tcvn3,
    encode_vni,
    recapitalise_tcvn3,
    vietnamese_score,
)
from tests.fuzzing import deadline, examples

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt").read_text("utf-8")
SAMPLE = (
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14\n"
    "Ngày 5/12, các đồng chí chủ trì Hội nghị. Người dân vùng cao đón xuân mới; "
    "ưu tiên phát triển rừng, hướng tới năm 2025 với 98% hộ dùng điện lưới quốc gia.\n"
    "Tỷ lệ giảm nghèo ước đạt 2,4% - Hương Dịu"
)
VI_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VI_LETTERS = VI_LOWER + VI_LOWER.upper()


# --- the legacy tables -----------------------------------------------------------------------


def test_vni_known_spellings() -> None:
    assert encode_vni("Xin chào các bạn") == "Xin chaøo caùc baïn".encode("cp1252")
    assert encode_vni("Việt Nam") == b"Vie\xe4t Nam"
    assert encode_vni("Đảng người Hương ỵ") == "Ñaûng ngöôøi Höông î".encode("cp1252")
    assert decode_vni("Vieät Nam".encode("cp1252")) == "Việt Nam"


def test_tcvn3_known_codes() -> None:
    assert encode_tcvn3("đ ă â ê ô ơ ư") == bytes(
        [0xAE, 32, 0xA8, 32, 0xA9, 32, 0xAA, 32, 0xAB, 32, 0xAC, 32, 0xAD]
    )
    assert encode_tcvn3("á à ả ã ạ") == bytes([0xB8, 32, 0xB5, 32, 0xB6, 32, 0xB7, 32, 0xB9])
    assert decode_tcvn3(bytes([0xA7, 0xB6, 0x6E, 0x67])) == "Đảng"
    # Capital toned letters have no TCVN3 code: the ABC fonts show the lowercase code in
    # capitals, so they come back lowercase.
    assert decode_tcvn3(encode_tcvn3("Ủy")) == "ủy"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_legacy_seed_round_trip_and_detection(encoding: str) -> None:
    data = encode_legacy(SEED, encoding)
    assert data != SEED.encode("utf-8")
    got = decode_bytes(data)
    assert got.encoding == encoding
    expected = SEED
    if encoding == "tcvn3":
        expected = "".join(
            c.lower() if c.isupper() and unicodedata.decomposition(c) and c not in "ĂÂÊÔƠƯĐ" else c
            for c in SEED
        )
    assert got.text == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_legacy_short_text_detected(encoding: str) -> None:
    got = decode_bytes(encode_legacy(SAMPLE.lower(), encoding))
    assert got.encoding == encoding
    assert got.text == SAMPLE.lower()


@settings(max_examples=examples(200), deadline=deadline())
@given(
    st.text(alphabet=VI_LETTERS + "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY .,;-0123456789\n")
)
def test_vni_and_windows_1258_round_trip(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text
    assert unicodedata.normalize("NFC", encode_legacy(text, "windows-1258").decode("cp1258")) == (
        text
    )


@settings(max_examples=examples(200), deadline=deadline())
@given(st.text(alphabet=VI_LOWER + "ĂÂÊÔƠƯĐabcdeghiklmnopqrstuvxyABCDEGH .,;-0123456789\n"))
def test_tcvn3_round_trip(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text


# --- Unicode encodings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings(data: bytes, encoding: str) -> None:
    got = decode_bytes(data)
    assert got.encoding == encoding
    assert got.text == SAMPLE
    assert not got.was_nfd


def test_nfd_becomes_nfc_and_is_reported() -> None:
    nfd = unicodedata.normalize("NFD", SAMPLE)
    assert nfd != SAMPLE
    got = decode_bytes(nfd.encode("utf-8"))
    assert got.text == SAMPLE and got.was_nfd
    assert "NFC" in got.describe()


def test_crlf_becomes_lf() -> None:
    assert decode_bytes(b"a\r\nb\rc").text == "a\nb\nc"


def test_other_8bit_text_goes_to_charset_normalizer() -> None:
    russian = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 5
    got = decode_bytes(russian.encode("cp1251"))
    assert got.text == russian
    assert got.encoding not in {"utf-8", "tcvn3", "vni", "windows-1258"}


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"", "empty"), (b"  \r\n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_not_text(data: bytes, kind: str) -> None:
    with pytest.raises(DecodeError) as e:
        decode_bytes(data)
    assert e.value.kind == kind and e.value.detail


def test_score_prefers_vietnamese() -> None:
    good, n = vietnamese_score(SAMPLE)
    assert n > 20 and good > 0.95
    bad, _ = vietnamese_score(encode_vni(SAMPLE).decode("cp1252"))
    assert bad < 0.5


@settings(max_examples=examples(300), deadline=deadline())
@given(st.binary(max_size=3000))
def test_random_bytes_decode_or_fail_clearly(data: bytes) -> None:
    try:
        got = decode_bytes(data)
    except DecodeError as e:
        assert e.kind in {"empty", "binary", "unknown-encoding"} and e.detail
        return
    assert got.text == unicodedata.normalize("NFC", got.text)
    assert "\r" not in got.text


# --- TCVN3 capitals given back --------------------------------------------------------------


@pytest.mark.parametrize(
    ("decoded", "expected"),
    [
        # a line in capitals (an ABC heading font): every toned vowel is a capital
        ("HộI NGHị BAN CHấP HàNH ĐảNG Bộ TỉNH", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"),
        # a word in capitals among small letters
        ("Hội nghị ĐảNG ủy khối", "Hội nghị ĐẢNG ủy khối"),
        # the first letter of a sentence
        ("ủy ban đã họp. ở các xã, ấp Bắc...", "Ủy ban đã họp. Ở các xã, ấp Bắc..."),
        ("“ủy ban” họp! ấy là tin vui.", "“Ủy ban” họp! Ấy là tin vui."),
        # a new line after a sentence's end or an empty line starts a sentence ...
        (
            "Hội nghị đã họp.\nủy ban làm việc.\n\nở xã",
            "Hội nghị đã họp.\nỦy ban làm việc.\n\nỞ xã",
        ),
        # ... a line that goes on a sentence does not
        ("Báo cáo của\nủy ban tỉnh", "Báo cáo của\nủy ban tỉnh"),
        # one capital beside a toned letter is an ordinary word, not a word in capitals
        ("Để thực hiện, Kỳ họp và HĐND tỉnh khóa XV", "Để thực hiện, Kỳ họp và HĐND tỉnh khóa XV"),
        # in the middle of a sentence a capital cannot be told from a small letter
        ("các đồng chí ủy viên", "các đồng chí ủy viên"),
        # "v.v." and an initial end no sentence; a colon ends no sentence either
        ("quả v.v. ở chợ; ông A. ủy viên", "quả v.v. ở chợ; ông A. ủy viên"),
        ("Thành phần gồm:\nủy ban tỉnh", "Thành phần gồm:\nủy ban tỉnh"),
        ("Hết bài/.\nủy ban", "Hết bài/.\nỦy ban"),
    ],
)
def test_tcvn3_capitals_are_given_back_where_the_text_says(decoded: str, expected: str) -> None:
    assert recapitalise_tcvn3(decoded) == expected


def test_a_tcvn3_file_comes_back_with_its_capitals() -> None:
    text = (
        "Hội nghị Ban Chấp hành.\n\nHỘI NGHỊ LẦN THỨ 14\n\n"
        "Ủy ban tỉnh đã họp. Ở các xã, người dân vui.\n"
    )
    got = decode_bytes(encode_tcvn3(text))
    assert got.encoding == "tcvn3"
    assert got.text == text


@settings(max_examples=examples(300), deadline=deadline())
@given(st.text(alphabet=VI_LOWER + "ĂÂÊÔƠƯĐabcdeghiklmnopqrstuvxyABCDEGH .,;!?“-0123456789\n"))
def test_tcvn3_recapitalising_only_changes_the_case_of_toned_vowels(text: str) -> None:
    out = recapitalise_tcvn3(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or (b == a.upper() and unicodedata.decomposition(b))
    assert recapitalise_tcvn3(out) == out


def test_a_tcvn3_web_page_gets_its_capitals_in_the_texts_not_the_markup() -> None:
    from reader.formats.html_page import page_from_bytes

    html = (
        "<html><head><title>x</title></head><body><article>"
        "<h1>ĐẠI HỘI Ở XÃ Ý YÊN</h1>"
        "<p>Ủy ban nhân dân xã đã tổ chức đại hội với sự tham dự của đông đảo người dân "
        "trong xã, các đồng chí lãnh đạo huyện và các đơn vị liên quan trên địa bàn.</p>"
        "<p>Hội nghị bàn về <b>ở</b> và việc làm cho người dân, kế hoạch năm tới được "
        "thông qua với sự nhất trí cao của các đại biểu dự họp trong ngày hôm nay.</p>"
        "</article></body></html>"
    )
    decoded, page = page_from_bytes(encode_tcvn3(html))
    assert decoded.encoding == "tcvn3"
    texts = [page.title or ""] + [b.text for b in page.blocks] + [page.lead or ""]
    assert any(t == "ĐẠI HỘI Ở XÃ Ý YÊN" for t in texts), texts
    assert any(t.startswith("Ủy ban nhân dân") for t in texts), texts
    assert any("bàn về ở và" in t for t in texts), texts  # a tag is no capital letter
