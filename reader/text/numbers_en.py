"""English number words for speech: cardinals, ordinals, years, fractions, dates, Roman numerals.

Number words come from num2words (cardinals, ordinals and years in English are right there;
``resources/speech/README.md`` has the evaluation), with its commas (heard as pauses) taken out.
What it does not do is here: decimals digit by digit after "point", fractions ("2/3" = "two
thirds"), spoken dates ("the fifth of December twenty twenty-three") and Roman numerals (I to
XXXIX, enough for kings, popes, wars and chapters; "MIX", "CD", "DC" stay words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

__all__ = [
    "MONTHS",
    "read_cardinal",
    "read_date",
    "read_fraction",
    "read_number",
    "read_ordinal",
    "read_year",
    "roman_value",
]

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MAX_DIGITS = 15  # longer digit strings are codes: read digit by digit
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _clean(words: str) -> str:
    return words.replace(",", "")


@lru_cache(maxsize=4096)
def read_cardinal(n: int) -> str:
    if n < 0:
        return "minus " + read_cardinal(-n)
    return _clean(num2words(n, lang="en"))


@lru_cache(maxsize=4096)
def read_ordinal(n: int) -> str:
    return _clean(num2words(n, lang="en", to="ordinal"))


@lru_cache(maxsize=4096)
def read_year(n: int) -> str:
    return _clean(num2words(n, lang="en", to="year"))


def read_digits(digits: str) -> str:
    return " ".join(DIGIT_WORDS[int(d)] for d in digits)


def read_number(written: str) -> str:
    """Read "1,200", "3.50", ".5", "007" as English words."""
    whole, _, fraction = written.partition(".")
    digits = whole.replace(",", "")
    if digits and not digits.isdigit():
        return written
    if not digits:
        head = "zero"
    elif len(digits) > MAX_DIGITS or (digits.startswith("0") and len(digits) > 1):
        head = read_digits(digits)
    else:
        head = read_cardinal(int(digits))
    if fraction.isdigit():
        return head + " point " + read_digits(fraction)
    return head


def read_fraction(numerator: int, denominator: int) -> str:
    """ "1/2" = "one half", "3/4" = "three quarters", "2/3" = "two thirds"."""
    if denominator == 2:
        part = "half" if numerator == 1 else "halves"
    elif denominator == 4:
        part = "quarter" if numerator == 1 else "quarters"
    else:
        part = read_ordinal(denominator) + ("" if numerator == 1 else "s")
    return f"{read_cardinal(numerator)} {part}"


def read_date(day: int, month: int, year: int | None = None) -> str:
    """ "the fifth of December twenty twenty-three" (the British reading of a written date)."""
    words = f"the {read_ordinal(day)} of {MONTHS[month - 1]}"
    return f"{words} {read_year(year)}" if year is not None else words


_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(token: str) -> int | None:
    """The value of a Roman numeral from I to XXXIX written in capitals, else None."""
    if not token or not _ROMAN.fullmatch(token):
        return None
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN_VALUES[ch]
        if i + 1 < len(token) and _ROMAN_VALUES[token[i + 1]] > value:
            total -= value
        else:
            total += value
    return total
