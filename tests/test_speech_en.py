"""English speech normalisation."""

from __future__ import annotations

import pytest

from reader.text.speech import normalize
from reader.text.speech_en import read_number


def en(text: str) -> str:
    return normalize(text, "en").text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "It costs $1,200.50 today.",
            "It costs one thousand two hundred dollars and fifty cents today.",
        ),
        ("A £86,000 grant", "A eighty-six thousand pounds grant"),
        ("only $1", "only one dollar"),
        ("€3.05", "three euros and five cents"),
        ("$5 million", "five million dollars"),
        ("$2.5bn", "two point five billion dollars"),
        ("up 12.5%", "up twelve point five percent"),
        ("3,000,000 people", "three million people"),
        ("42 books", "forty-two books"),
        ("0.75", "zero point seven five"),
        ("pi is 3.14", "pi is three point one four"),
        ("room 007", "room zero zero seven"),
    ],
)
def test_numbers_money_percent(text: str, spoken: str) -> None:
    assert en(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("the 1st floor", "the first floor"),
        ("on the 22nd", "on the twenty-second"),
        ("her 103rd birthday", "her one hundred and third birthday"),
        ("In 1999", "In nineteen ninety-nine"),
        ("in 2024", "in twenty twenty-four"),
        ("in 2005", "in two thousand and five"),
        ("the 1990s", "the nineteen nineties"),
        ("2021-2025", "twenty twenty-one to twenty twenty-five"),
        ("2021 – 2025", "twenty twenty-one to twenty twenty-five"),
        ("5-10 people", "five to ten people"),
        ("open 9 a.m.-5 p.m. daily", "open nine a m to five p m daily"),
        ("at 9:30 am", "at nine thirty a m"),
        ("at 10:05", "at ten oh five"),
        ("at 7:00", "at seven o'clock"),
        ("-5 degrees", "minus five degrees"),
        ("it fell to -5", "it fell to minus five"),
    ],
)
def test_ordinals_years_ranges_times(text: str, spoken: str) -> None:
    assert en(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Dr. Smith", "Doctor Smith"),
        ("Mr. and Mrs. Jones", "Mister and Missus Jones"),
        ("books, e.g. novels", "books, for example novels"),
        ("one, i.e. this", "one, that is this"),
        ("the U.S. Senate", "the U S. Senate"),
        ("pens, paper, etc.", "pens, paper, et cetera"),
        ("Main St. is long", "Main Street is long"),
        ("St. Paul", "Saint Paul"),
        ("No. 5", "number five"),
        ("No. It is not.", "No. It is not."),
        ("Smith & Sons", "Smith and Sons"),
        ("Nothing to change here.", "Nothing to change here."),
    ],
)
def test_abbreviations(text: str, spoken: str) -> None:
    assert en(text) == spoken


def test_read_number_has_no_commas() -> None:
    assert "," not in read_number("1,234,567")
    assert (
        read_number("1,234,567")
        == "one million two hundred and thirty-four thousand five hundred and sixty-seven"
    )


def test_money_maps_to_the_whole_amount() -> None:
    shown = "a $1,200.50 gift"
    spoken = normalize(shown, "en")
    start = spoken.text.index("one thousand")
    end = spoken.text.index(" gift")
    assert spoken.shown_range(start, end) == (2, 11)
    assert spoken.shown_range(0, 1) == (0, 1)


def test_english_rules_do_not_apply_to_vietnamese() -> None:
    assert normalize("1,5", "vi").text == "một phẩy năm"
    assert normalize("1,500", "en").text == "one thousand five hundred"
