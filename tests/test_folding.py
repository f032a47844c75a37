"""Diacritic folding for search: every Vietnamese vowel with every tone, đ/Đ, NFC and NFD."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library.folding import diacritic_pattern, fold, has_diacritics
from tests.fuzzing import deadline, examples

# The twelve vowels of Vietnamese with each of the six tones (level, grave, hook, tilde, acute,
# dot below): 72 letters, each in lower and upper case.
VOWELS = {
    "a": "aàảãáạ", "ă": "ăằẳẵắặ", "â": "âầẩẫấậ", "e": "eèẻẽéẹ", "ê": "êềểễếệ",
    "i": "iìỉĩíị", "o": "oòỏõóọ", "ô": "ôồổỗốộ", "ơ": "ơờởỡớợ", "u": "uùủũúụ",
    "ư": "ừửữứựư", "y": "yỳỷỹýỵ",
}  # fmt: skip
BASE = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o",
        "ơ": "o", "u": "u", "ư": "u", "y": "y"}  # fmt: skip
LETTERS = [(letter, BASE[vowel]) for vowel, row in VOWELS.items() for letter in row]


def test_the_table_has_every_vowel_and_tone() -> None:
    assert len(LETTERS) == 72
    assert len({letter for letter, _ in LETTERS}) == 72


@pytest.mark.parametrize(("letter", "base"), LETTERS)
def test_every_vowel_with_every_tone_folds_to_its_base(letter: str, base: str) -> None:
    for form in ("NFC", "NFD"):
        assert fold(unicodedata.normalize(form, letter)) == base
        assert fold(unicodedata.normalize(form, letter.upper())) == base


def test_d_with_stroke_folds_to_d() -> None:
    assert fold("đ") == "d"
    assert fold("Đ") == "d"
    assert fold("Đảng bộ") == "dang bo"
    assert fold("ĐIỀU ĐỘNG") == "dieu dong"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "hoi nghi ban chap hanh dang bo tinh"),
        ("Điều động, bổ nhiệm cán bộ", "dieu dong, bo nhiem can bo"),
        ("Quyết định số 15-NQ/TU “về giáo dục”", "quyet dinh so 15-nq/tu “ve giao duc”"),
        ("Ủy ban nhân dân; UBND", "uy ban nhan dan; ubnd"),
    ],
)
def test_sentences_fold_in_nfc_and_nfd(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


def test_other_text_keeps_its_letters() -> None:
    assert fold("Harrowmere Library") == "harrowmere library"
    assert fold("Привет мир") == "привет мир"
    assert fold("İstanbul") == "istanbul"  # lowercasing adds a mark, which goes too


def test_has_diacritics_tells_a_query_typed_with_marks() -> None:
    assert has_diacritics("Đảng")
    assert has_diacritics("hội")
    assert not has_diacritics("dang bo")
    assert not has_diacritics("HOI NGHI")


def test_pattern_finds_folded_words_in_original_text() -> None:
    text = "Hội nghị, HỘI đồng, hỏi han, xã hội; hoivien và Đảng bộ đang bỏ"
    found = re.findall(r"(?<!\w)" + diacritic_pattern("hoi"), text)
    assert found == ["Hội", "HỘI", "hỏi", "hội"]  # whole words only: not "hoivien"
    assert re.findall(r"(?<!\w)" + diacritic_pattern("dang"), text) == ["Đảng", "đang"]
    exact = r"(?<!\w)" + diacritic_pattern("Đảng", exact=True)
    assert re.findall(exact, text) == ["Đảng"]


def _has_mark(text: str) -> bool:
    return any(unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me") for c in text)


@settings(max_examples=examples(300), deadline=deadline())
@given(st.text(max_size=200))
def test_folding_is_idempotent_and_leaves_no_mark(text: str) -> None:
    folded = fold(text)  # never raises, whatever the str
    assert fold(folded) == folded
    assert not _has_mark(folded)
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@settings(max_examples=examples(200), deadline=deadline())
@given(st.text(alphabet="".join(r for r in VOWELS.values()) + "đĐbcdghklmnpqrstvx ", max_size=80))
def test_vietnamese_text_folds_to_ascii(text: str) -> None:
    for form in ("NFC", "NFD"):
        assert fold(unicodedata.normalize(form, text)).isascii()
