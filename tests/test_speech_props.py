"""Properties of the speech normaliser on open-ended input: no crash, a valid offset map."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.speech import Spoken, normalize
from tests.fuzzing import deadline, examples

VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
ALPHABET = (
    VI_LETTERS
    + VI_LETTERS.upper()
    + "ĐUBNDKHTPXIVLCMF"
    + "0123456789"
    + ".,/-%:()+=$²"
    + "  \n–…&°"
)

texts = st.text(alphabet=ALPHABET, max_size=120)
# Pieces that look like bulletin text make the interesting rules fire more often.
PIECES = [
    "2021",
    " - ",
    "2,5",
    "%",
    "8.840",
    "20/29",
    "5/12",
    "05/12/2023",
    "thứ ",
    "XII",
    "lần ",
    "khóa ",
    "UBND",
    "KH",
    "Đ/c",
    "TP.",
    "m3",
    "kg/người/năm",
    "15-NQ/TU",
    "/.",
    "...",
    "ha",
    "7h30",
    "Ngày ",
    " ",
    "tỷ đồng",
    "-",
    "/",
    ".",
    ",",
    "Q.1",
    "PGS.TS.",
    "$1,200.50",
    "1st",
    "a.m.",
    "Dr.",
    "e.g.",
    "1990s",
    # English rules of issue #13: units, dates, fractions, Roman numerals, money, signs
    "°C",
    " °F",
    "km/h",
    "m²",
    "sq.m",
    "VND",
    "US$",
    "/m2",
    "bn",
    "July ",
    " April ",
    "Charles ",
    "Pope ",
    "III",
    " and IV",
    "War ",
    "2/3",
    "24/7",
    "2007-09-22",
    "12/2023",
    "1:500",
    "+",
    " = ",
    "0",
    "/.",
    "I. ",
    "\n",
    # issue #13: dates with "." and "-", versions, spaced "&", cues before a bracket
    "14.3",
    "4.0",
    "19 – 4",
    "tháng ",
    "12-2024",
    "Sáng nay (",
    "lúc ",
    "8.30",
    "TN & MT",
    "độ C",
    "06:09:40",
    "1/4",
    "30/4",
    "chiếm ",
    "mm/24h",
    "điểm %",
    # round 2: a letter's unit code, a letter and a digit, "per" flats
    "628/BNN-TT",
    "183/2010/TTLT/BTC-BNN",
    "A2",
    "đồng/căn",
    "kế hoạch ",
    "GMT+7",
    "đồng/giải",
    "(HS)",
    "VOV.VN",
    "dantri.com.vn",
    "10:28 AM",
    "ÂL",
    "C. ",
    "\nV. ",
    "(SN 1985",
]
bulletin_like = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet=ALPHABET, max_size=4)), max_size=30
).map("".join)


def check_map(spoken: Spoken, shown: str) -> None:
    assert spoken.shown == shown
    spoken_pos = shown_pos = 0
    for seg in spoken.segments:
        assert seg.spoken_start == spoken_pos and seg.shown_start == shown_pos
        assert seg.spoken_end >= seg.spoken_start
        assert seg.shown_end > seg.shown_start  # every spoken char maps to shown text
        if seg.exact:
            kept = shown[seg.shown_start : seg.shown_end]
            said = spoken.text[seg.spoken_start : seg.spoken_end]
            assert len(kept) == len(said)
        spoken_pos, shown_pos = seg.spoken_end, seg.shown_end
    assert spoken_pos == len(spoken.text)
    assert shown_pos == len(shown)

    n = len(spoken.text)
    last = (0, 0)
    for i in range(n):
        lo, hi = spoken.shown_range(i, i + 1)
        assert 0 <= lo < hi <= len(shown)  # total and in bounds
        assert spoken.to_shown(i) == lo
        assert spoken.shown_range(i, i) == (lo, lo)
        assert lo >= last[0] and hi >= last[1]  # monotonic
        last = (lo, hi)
    if n:
        lo, hi = spoken.shown_range(0, n)
        # Only marks that are not read may come before it: dashes, bullets, space, and the
        # portals' closing "/." (dropped by the English rules).
        assert lo == 0 or not shown[:lo].replace("/.", "").strip("-–—• \n")
        assert hi <= len(shown)
    for j in range(len(shown) + 1):
        assert 0 <= spoken.to_spoken(j) <= n
    positions = [spoken.to_spoken(j) for j in range(len(shown) + 1)]
    assert positions == sorted(positions)


@settings(max_examples=examples(300), deadline=deadline())
@given(texts, st.sampled_from(["vi", "en"]))
def test_random_text_never_crashes_and_maps_validly(text: str, lang: str) -> None:
    check_map(normalize(text, lang), text)


@settings(max_examples=examples(300), deadline=deadline())
@given(bulletin_like, st.sampled_from(["vi", "en"]))
def test_bulletin_like_text_maps_validly(text: str, lang: str) -> None:
    check_map(normalize(text, lang), text)


@settings(max_examples=examples(100), deadline=deadline())
# No k, c or m: "kg", "cm", "mm" are units even without a number.
@given(st.text(alphabet="abdefghijlnopqrstuvwxyzđăâêôơư ,;:()\n", max_size=80))
def test_text_without_anything_to_change_is_kept_one_to_one(text: str) -> None:
    spoken = normalize(text, "vi")
    assert spoken.text == text
    for i in range(len(text)):
        assert spoken.shown_range(i, i + 1) == (i, i + 1)


@settings(max_examples=examples(200), deadline=deadline())
@given(bulletin_like, st.data())
def test_ranges_map_inside_their_ends(text: str, data: st.DataObject) -> None:
    spoken = normalize(text, "vi")
    n = len(spoken.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    lo, hi = spoken.shown_range(a, b)
    assert 0 <= lo <= hi <= len(text)
    if a < b:
        first = spoken.shown_range(a, a + 1)
        last = spoken.shown_range(b - 1, b)
        assert (lo, hi) == (first[0], last[1])
