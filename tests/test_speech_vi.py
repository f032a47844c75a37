"""Vietnamese speech normalisation: numbers, dates, abbreviations, the offset map, the lexicon."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reader.locations import lexicons_dir
from reader.text.speech import (
    Context,
    Lexicon,
    Segment,
    Spoken,
    bundled_lexicon_path,
    default_lexicon,
    normalize,
    parse_lexicon,
)
from reader.text.speech_vi import read_int, read_number, roman_value

SEED = Path(__file__).resolve().parent / "data" / "seeds" / "000_19c978857511aa52.txt"


def vi(text: str, lexicon: Lexicon | None = None) -> str:
    return normalize(text, "vi", lexicon).text


# -- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi bốn"),
        (25, "hai mươi lăm"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (630, "sáu trăm ba mươi"),
        (1000, "một nghìn"),
        (1005, "một nghìn không trăm linh năm"),
        (1010, "một nghìn không trăm mười"),
        (1300, "một nghìn ba trăm"),
        (2021, "hai nghìn không trăm hai mươi mốt"),
        (8840, "tám nghìn tám trăm bốn mươi"),
        (16424, "mười sáu nghìn bốn trăm hai mươi bốn"),
        (337914, "ba trăm ba mươi bảy nghìn chín trăm mười bốn"),
        (900000, "chín trăm nghìn"),
        (1_000_000, "một triệu"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_300_000_000, "một tỷ ba trăm triệu"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (2_000_000_021, "hai tỷ không trăm hai mươi mốt"),
    ],
)
def test_read_int(n: int, words: str) -> None:
    assert read_int(n) == words


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("8.840", "tám nghìn tám trăm bốn mươi"),
        ("900.000", "chín trăm nghìn"),
        ("1.010", "một nghìn không trăm mười"),
        ("6,33", "sáu phẩy ba mươi ba"),
        ("99,4", "chín mươi chín phẩy bốn"),
        ("1,05", "một phẩy không năm"),
        ("2,50", "hai phẩy năm mươi"),
        ("3,14159", "ba phẩy một bốn một năm chín"),
        ("05", "năm"),
        ("0209", "không hai không chín"),
    ],
)
def test_read_number(written: str, words: str) -> None:
    assert read_number(written) == words


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("đạt 8.840 tỷ đồng", "đạt tám nghìn tám trăm bốn mươi tỷ đồng"),
        ("tổng vốn đăng ký 1.300 tỷ đồng", "tổng vốn đăng ký một nghìn ba trăm tỷ đồng"),
        ("Tốc độ tăng trưởng đạt 6,33%", "Tốc độ tăng trưởng đạt sáu phẩy ba mươi ba phần trăm"),
        ("đón khoảng 900.000 lượt khách", "đón khoảng chín trăm nghìn lượt khách"),
        ("năm 2021", "năm hai nghìn không trăm hai mươi mốt"),
        ("đạt 1.010 tỷ đồng", "đạt một nghìn không trăm mười tỷ đồng"),
        ("chiếm 5 %", "chiếm năm phần trăm"),
        ("nồng độ 3‰", "nồng độ ba phần nghìn"),
        ("giảm -2%", "giảm âm hai phần trăm"),
        ("thêm 05 xã", "thêm năm xã"),
    ],
)
def test_numbers_in_text(text: str, spoken: str) -> None:
    assert vi(text) == spoken


# -- ranges, ratios, dates, times -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "giai đoạn 2021 - 2025",
            "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm",
        ),
        ("giảm 2 - 2,5%", "giảm hai đến hai phẩy năm phần trăm"),
        ("giảm 4 - 5%", "giảm bốn đến năm phần trăm"),
        (
            "từ 2024-2026",
            "từ hai nghìn không trăm hai mươi bốn đến hai nghìn không trăm hai mươi sáu",
        ),
        ("trồng 3 – 4 ha", "trồng ba đến bốn héc ta"),
        ("dự kiến có 20/29 chỉ tiêu", "dự kiến có hai mươi trên hai mươi chín chỉ tiêu"),
        ("Ngày 5/12, các đồng chí", "Ngày năm tháng mười hai, các đồng chí"),
        ("Sáng 4/12", "Sáng bốn tháng mười hai"),
        ("ngày 1/4", "ngày một tháng tư"),
        (
            "05/12/2023",
            "ngày năm tháng mười hai năm hai nghìn không trăm hai mươi ba",
        ),
        (
            "ngày 05.12.2023",
            "ngày năm tháng mười hai năm hai nghìn không trăm hai mươi ba",
        ),
        ("tháng 4/2024", "tháng tư năm hai nghìn không trăm hai mươi bốn"),
        ("vào 12/2023", "vào tháng mười hai năm hai nghìn không trăm hai mươi ba"),
        ("quý I/2024", "quý một năm hai nghìn không trăm hai mươi bốn"),
        ("ngày 5/12 - 10/12", "ngày năm tháng mười hai đến ngày mười tháng mười hai"),
        ("lúc 7h30", "lúc bảy giờ ba mươi phút"),
        ("lúc 14:05", "lúc mười bốn giờ năm phút"),
        ("từ 8h", "từ tám giờ"),
        ("trực 24h/ngày", "trực hai mươi bốn giờ trên ngày"),
        ("45/13/2023", "bốn mươi lăm trên mười ba trên hai nghìn không trăm hai mươi ba"),
    ],
)
def test_ranges_ratios_dates_times(text: str, spoken: str) -> None:
    assert vi(text) == spoken


# -- ordinals, Roman numerals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("lần thứ 14", "lần thứ mười bốn"),
        ("thứ 1", "thứ nhất"),
        ("thứ 4", "thứ tư"),
        ("thứ 2", "thứ hai"),
        ("lần thứ XII", "lần thứ mười hai"),
        ("lần thứ I", "lần thứ nhất"),
        ("Đại hội lần thứ XIII của Đảng", "Đại hội lần thứ mười ba của Đảng"),
        ("Quốc hội khóa XV", "Quốc hội khóa mười lăm"),
        ("Đại hội XIII", "Đại hội mười ba"),
        ("thế kỷ XXI", "thế kỷ hai mươi mốt"),
        ("tháng 4", "tháng tư"),
        # After a name, Roman numerals are numbers too; alone they are not spelled.
        ("Vua Louis XIV", "Vua Louis mười bốn"),
        ("mục xem XIV", "mục xem XIV"),
        ("chữ C viết hoa", "chữ C viết hoa"),
    ],
)
def test_ordinals_and_roman(text: str, spoken: str) -> None:
    assert vi(text) == spoken


@pytest.mark.parametrize(
    ("word", "value"),
    [("I", 1), ("IV", 4), ("XII", 12), ("XIII", 13), ("XV", 15), ("XL", 40), ("MMXXIV", 2024)],
)
def test_roman_value(word: str, value: int) -> None:
    assert roman_value(word) == value


@pytest.mark.parametrize("word", ["", "IIII", "VX", "IC", "xii", "ABC"])
def test_roman_value_rejects(word: str) -> None:
    assert roman_value(word) is None


# -- units, documents, punctuation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "khai thác gỗ 337.914 m3",
            "khai thác gỗ ba trăm ba mươi bảy nghìn chín trăm mười bốn mét khối",
        ),
        ("trồng rừng mới 5.177 ha", "trồng rừng mới năm nghìn một trăm bảy mươi bảy héc ta"),
        ("đạt 521kg/người/năm", "đạt năm trăm hai mươi mốt ki lô gam trên người trên năm"),
        ("51 triệu đồng/người", "năm mươi mốt triệu đồng trên người"),
        ("đầu người/năm đạt", "đầu người trên năm đạt"),
        ("dài 12 km", "dài mười hai ki lô mét"),
        ("rộng 40 m2", "rộng bốn mươi mét vuông"),
        ("giá 50.000đ", "giá năm mươi nghìn đồng"),
        ("tốc độ 60 km/h", "tốc độ sáu mươi ki lô mét trên giờ"),
        ("nhiệt độ 30°C", "nhiệt độ ba mươi độ xê"),
        ("và/hoặc", "và hoặc"),
        # "ha", "m", "g" are units only after a number.
        ("ha ha", "ha ha"),
    ],
)
def test_units(text: str, spoken: str) -> None:
    assert vi(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Nghị quyết số 15-NQ/TU về phát triển",
            "Nghị quyết số mười lăm nghị quyết tỉnh ủy về phát triển",
        ),
        (
            "Quyết định số 123/QĐ-UBND",
            "Quyết định số một trăm hai mươi ba quyết định ủy ban nhân dân",
        ),
        (
            "Thông tư 01/2023/TT-BGDĐT",
            "Thông tư một năm hai nghìn không trăm hai mươi ba thông tư bộ giáo dục và đào tạo",
        ),
        ("Chỉ thị 05-CT/TU", "Chỉ thị năm chỉ thị tỉnh ủy"),
    ],
)
def test_document_numbers(text: str, spoken: str) -> None:
    assert vi(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "quốc phòng - an ninh năm 2024.../.",
            "quốc phòng an ninh năm hai nghìn không trăm hai mươi bốn.",
        ),
        ("kinh tế - xã hội", "kinh tế xã hội"),
        ("thể dục - thể thao", "thể dục thể thao"),
        ("Hoàng Duy Chinh - Ủy viên Ban", "Hoàng Duy Chinh, Ủy viên Ban"),
        ("Trung ương 8... để xem xét", "Trung ương tám, để xem xét"),
        ("đạt 76,3%...", "đạt bảy mươi sáu phẩy ba phần trăm."),
        ("Hồ Chí Minh…", "Hồ Chí Minh."),
        ("thông qua./.", "thông qua."),
        ("- Ngày 5/12 họp", "Ngày năm tháng mười hai họp"),
        ("COVID-19", "cô vít mười chín"),
    ],
)
def test_dashes_and_end_marks(text: str, spoken: str) -> None:
    assert vi(text) == spoken


# -- abbreviations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Chủ tịch UBND tỉnh", "Chủ tịch ủy ban nhân dân tỉnh"),
        ("Chủ tịch HĐND tỉnh", "Chủ tịch hội đồng nhân dân tỉnh"),
        ("Trưởng Đoàn ĐBQH tỉnh", "Trưởng Đoàn đại biểu quốc hội tỉnh"),
        ("bằng 99,4% KH.", "bằng chín mươi chín phẩy bốn phần trăm kế hoạch."),
        ("Tổng đàn vật nuôi cơ bản đạt KH.", "Tổng đàn vật nuôi cơ bản đạt kế hoạch."),
        ("Đ/c Bí thư Tỉnh ủy", "đồng chí Bí thư Tỉnh ủy"),
        ("đ/c 12 Lê Lợi", "địa chỉ mười hai Lê Lợi"),
        ("TP. Bắc Kạn", "thành phố Bắc Kạn"),
        ("TP Bắc Kạn", "thành phố Bắc Kạn"),
        ("Sở TP", "Sở tư pháp"),
        ("TP.HCM", "thành phố Hồ Chí Minh"),
        ("Trường THPT Chợ Mới", "Trường trung học phổ thông Chợ Mới"),
        ("đóng BHXH", "đóng bảo hiểm xã hội"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban mặt trận tổ quốc tỉnh"),
        ("GRDP năm 2023", "tổng sản phẩm trên địa bàn năm hai nghìn không trăm hai mươi ba"),
        ("tổng sản phẩm GRDP", "tổng sản phẩm giê e rờ đê pê"),
        ("Chương trình OCOP", "Chương trình ô cốp"),
        ("Sở KH&ĐT", "Sở kế hoạch và đầu tư"),
        ("Sở LĐ-TB&XH", "Sở lao động thương binh và xã hội"),
        ("PGS.TS. Nguyễn Văn A", "phó giáo sư tiến sĩ Nguyễn Văn A"),
        ("Q.1, P. 5", "quận một, phường năm"),
        ("v.v. Năm sau", "vân vân Năm sau"),
        # Unknown capitals are spelled with Vietnamese letter names, never in English.
        ("Hội XYZ", "Hội ích i dài dét"),
        # Capitals that are Vietnamese syllables are words (headlines).
        ("HỘI NGHỊ BAN CHẤP HÀNH", "HỘI NGHỊ BAN CHẤP HÀNH"),
    ],
)
def test_abbreviations(text: str, spoken: str) -> None:
    assert vi(text) == spoken


def test_bundled_lexicon_is_big_and_clean() -> None:
    path = bundled_lexicon_path("vi")
    assert path == lexicons_dir() / "vi-abbreviations.tsv"
    entries, problems = parse_lexicon(path.read_text(encoding="utf-8"))
    assert problems == []
    forms = {e.form for e in entries}
    assert len(forms) >= 400
    for form in ("UBND", "HĐND", "ĐBQH", "KH", "Đ/c", "TP.", "THPT", "BHXH", "MTTQ", "GRDP"):
        assert form in forms
    assert {"OCOP", "NQ/TU"} <= forms
    assert default_lexicon("vi-VN").problems == []


def test_every_bundled_reading_says_where_it_comes_from() -> None:
    """A SOURCE column, or a "# Sources:" comment over the group the line is in."""
    group_has_sources = False
    unsourced = []
    for line in bundled_lexicon_path("vi").read_text(encoding="utf-8").splitlines():
        if line.startswith("# --"):
            group_has_sources = False
        elif line.startswith("# Source"):
            group_has_sources = True
        elif line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            if not group_has_sources and (len(fields) < 4 or not fields[3].strip()):
                unsourced.append(line)
    assert unsourced == []


# -- the seed bulletin ------------------------------------------------------------------------


def test_seed_has_nothing_unreadable_left() -> None:
    text = SEED.read_text(encoding="utf-8")
    spoken = normalize(text, "vi").text
    assert not re.search(r"\d", spoken)
    for raw in ("UBND", "HĐND", "ĐBQH", "GRDP", "OCOP", "NQ/TU", "Đ/c", "/.", "...", " - "):
        assert raw not in spoken
    assert not re.search(r"\bKH\b", spoken)
    assert "trừ" not in spoken
    assert "hai mươi trên hai mươi chín chỉ tiêu" in spoken
    assert "lần thứ mười hai" in spoken
    assert "đạt một trăm linh hai phần trăm kế hoạch" in spoken
    assert (
        "giai đoạn hai nghìn không trăm hai mươi bốn đến hai nghìn không trăm hai mươi sáu"
        in spoken
    )


def test_seed_first_paragraph() -> None:
    para = SEED.read_text(encoding="utf-8").split("\n\n")[1]
    spoken = normalize(para, "vi").text
    assert spoken.splitlines()[0] == "ngày năm tháng mười hai năm hai nghìn không trăm hai mươi ba"
    assert spoken.splitlines()[2] == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười bốn"
    assert spoken.splitlines()[3].startswith(
        "Ngày năm tháng mười hai, các đồng chí: Hoàng Duy Chinh,"
    )


# -- the offset map ---------------------------------------------------------------------------


def test_unchanged_text_maps_one_to_one() -> None:
    text = "Hội nghị diễn ra trong thời gian một ngày."
    spoken = normalize(text, "vi")
    assert spoken.text == text
    assert spoken.segments == (Segment(0, len(text), 0, len(text)),)
    for i in range(len(text)):
        assert spoken.shown_range(i, i + 1) == (i, i + 1)
        assert spoken.to_spoken(i) == i
        assert spoken.to_shown(i) == i


def test_highlight_stays_on_the_shown_words() -> None:
    shown = "Chủ tịch UBND tỉnh đạt 8.840 tỷ, bằng 99,4% KH"
    spoken = normalize(shown, "vi")
    said = spoken.text

    def shown_of(words: str) -> str:
        start = said.index(words)
        lo, hi = spoken.shown_range(start, start + len(words))
        return shown[lo:hi]

    assert shown_of("ủy ban nhân dân") == "UBND"
    assert shown_of("nhân") == "UBND"  # part of an expansion maps to all of it
    assert shown_of("tỉnh") == "tỉnh"
    assert shown_of("tám nghìn tám trăm bốn mươi") == "8.840"
    assert shown_of("phần trăm") == "%"
    assert shown_of("chín mươi chín phẩy bốn phần trăm") == "99,4%"
    assert shown_of("kế hoạch") == "KH"
    assert shown_of("ủy ban nhân dân tỉnh đạt tám") == "UBND tỉnh đạt 8.840"


def test_shown_to_spoken() -> None:
    shown = "Chủ tịch UBND tỉnh"
    spoken = normalize(shown, "vi")
    assert spoken.to_spoken(shown.index("UBND") + 2) == spoken.text.index("ủy ban")
    lo, hi = spoken.spoken_range(shown.index("UBND"), shown.index("UBND") + 4)
    assert spoken.text[lo:hi] == "ủy ban nhân dân"
    assert spoken.to_spoken(len(shown)) == len(spoken.text)


def test_parts_of_a_date_map_to_their_own_digits() -> None:
    shown = "05/12/2023"
    spoken = normalize(shown, "vi")
    start = spoken.text.index("mười hai")
    assert spoken.shown_range(start, start + len("mười hai")) == (3, 5)
    start = spoken.text.index("tháng")
    assert shown[slice(*spoken.shown_range(start, start + 5))] == "/"


def test_words_run_together_get_a_space() -> None:
    assert vi("521kg") == "năm trăm hai mươi mốt ki lô gam"
    assert vi("UBNDtỉnh") == "UBNDtỉnh"  # one unknown word: left alone
    assert vi("KH.Tổng") == "kế hoạch.Tổng"


def test_unread_marks_have_empty_spoken_segments() -> None:
    spoken = normalize("- Họp", "vi")
    assert spoken.text == "Họp"
    assert spoken.segments[0] == Segment(0, 0, 0, 2)
    assert spoken.shown_range(0, 3) == (2, 5)


def test_spoken_clamps_arguments() -> None:
    spoken = normalize("UBND", "vi")
    assert spoken.shown_range(-5, 999) == (0, 4)
    assert spoken.shown_range(3, 3) == (0, 0)
    assert spoken.shown_range(len(spoken.text), len(spoken.text)) == (4, 4)
    assert Spoken.unchanged("").segments == ()


def test_other_languages_come_back_unchanged() -> None:
    spoken = normalize("UBND 2021", "fr")
    assert spoken.text == "UBND 2021"


# -- the lexicon ------------------------------------------------------------------------------


def test_user_lexicon_overrides_per_form(tmp_path: Path) -> None:
    user = tmp_path / "user.tsv"
    user.write_text("# mine\nKH\tkhách hàng\nABC\ta bê xê\n", encoding="utf-8")
    lexicon = Lexicon.load(bundled_lexicon_path("vi"), user)
    assert vi("đạt 99,4% KH", lexicon) == "đạt chín mươi chín phẩy bốn phần trăm khách hàng"
    assert vi("ABC và UBND", lexicon) == "a bê xê và ủy ban nhân dân"
    assert lexicon.problems == []


def test_user_lexicon_reload_if_changed(tmp_path: Path) -> None:
    user = tmp_path / "user.tsv"
    lexicon = Lexicon.load(bundled_lexicon_path("vi"), user)  # the file does not exist yet
    assert vi("Sở XD", lexicon) == "Sở ích dê"
    assert lexicon.reload_if_changed() is False

    user.write_text("XD\txây dựng\n", encoding="utf-8")
    assert lexicon.reload_if_changed() is True
    assert vi("Sở XD", lexicon) == "Sở xây dựng"
    assert lexicon.reload_if_changed() is False

    user.write_text("XD\txuất dương\n", encoding="utf-8")
    stat = user.stat()
    os.utime(user, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert lexicon.reload_if_changed() is True
    assert vi("Sở XD", lexicon) == "Sở xuất dương"

    user.unlink()
    assert lexicon.reload_if_changed() is True
    assert vi("Sở XD", lexicon) == "Sở ích dê"


def test_bad_user_lines_are_reported_not_fatal(tmp_path: Path) -> None:
    user = tmp_path / "user.tsv"
    user.write_text(
        "no tab here\nXD\txây dựng\tprev=\nYZ\tý dét\tnear=x\nOK\tô kê\n", encoding="utf-8"
    )
    lexicon = Lexicon.load(bundled_lexicon_path("vi"), user)
    assert len(lexicon.problems) == 3
    assert all(p.startswith("user.tsv:") for p in lexicon.problems)
    assert lexicon.lookup("OK") == "ô kê"
    assert lexicon.lookup("XD") is None


def test_not_utf8_user_file_is_a_problem(tmp_path: Path) -> None:
    user = tmp_path / "user.tsv"
    user.write_bytes(b"KH\tk\xe9\n")
    lexicon = Lexicon.load(bundled_lexicon_path("vi"), user)
    assert lexicon.problems and "cannot read" in lexicon.problems[0]
    assert lexicon.lookup("KH") == "kế hoạch"


def test_conditions() -> None:
    lexicon = Lexicon.from_text(
        "X\tsau số\tprev=number\n"
        "X\ttrước số\tnext=number\n"
        "X\ttrước tên\tnext=Upper\n"
        "X\tsau sở\tprev=sở\n"
        "X\ttrong văn bản\tin=doc\n"
        "X\tmặc định\n"
    )
    assert lexicon.lookup("X", Context(prev_number=True)) == "sau số"
    assert lexicon.lookup("X", Context(next_word="5", next_number=True)) == "trước số"
    assert lexicon.lookup("X", Context(next_word="Bắc")) == "trước tên"
    assert lexicon.lookup("X", Context(prev_word="sở")) == "sau sở"
    assert lexicon.lookup("X", Context(in_doc=True)) == "trong văn bản"
    assert lexicon.lookup("X", Context(next_word="bắc")) == "mặc định"
    assert lexicon.lookup("Y") is None
    assert "X" in lexicon and len(lexicon) == 1


def test_doctype_holds_only_for_the_first_code_of_a_document_number() -> None:
    lexicon = Lexicon.from_text("TT\tthông tư\tin=doctype\nTT\ttê tê\tin=doc\nTT\ttrung tâm\n")
    assert lexicon.lookup("TT", Context(in_doc=True, doc_first=True)) == "thông tư"
    assert lexicon.lookup("TT", Context(in_doc=True)) == "tê tê"
    assert lexicon.lookup("TT", Context(doc_first=True)) == "trung tâm"
    assert vi("số 01/2023/TT-BTC", lexicon).startswith(
        "số một năm hai nghìn không trăm hai mươi ba thông tư"
    )
    assert vi("số 628/BNN-TT", lexicon).endswith("tê tê")


def test_context_matters_in_text() -> None:
    lexicon = Lexicon.from_text("TT\tthông tư\tin=doc\nTT\tthị trấn\tnext=Upper\nTT\ttrung tâm\n")
    assert vi("TT Chợ Rã", lexicon) == "thị trấn Chợ Rã"
    assert vi("TT y tế", lexicon) == "trung tâm y tế"
    assert vi("số 01/2023/TT-BTC", lexicon).startswith(
        "số một năm hai nghìn không trăm hai mươi ba thông tư"
    )
