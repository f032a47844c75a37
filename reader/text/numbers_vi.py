"""Vietnamese number words (standard library only): whole numbers, decimals, digits,
ordinals and Roman numerals, as ``speech_vi`` reads them.

Readings chosen (spoken by northern news readers, and unambiguous to a listener):

* Numbers: "." groups thousands, "," is the decimal mark. Every group after the first is
  read in full: 2021 = "hai nghìn không trăm hai mươi mốt", 105 = "một trăm linh năm",
  1.000.005 = "một triệu không trăm linh năm"; empty groups are skipped (900.000 = "chín
  trăm nghìn"). Units: 1 after "mươi" is "mốt", 5 after "mười"/"mươi" is "lăm", 4 is "bốn".
  Scales: nghìn, triệu, tỷ, then "nghìn tỷ" and so on.
* Decimals: "phẩy", then the digits after the comma as a number with each leading zero
  said as "không": 6,33 = "sáu phẩy ba mươi ba", 1,05 = "một phẩy không năm". More than
  three decimals are read digit by digit. A number with a leading zero and more than two
  digits (a phone or code) is read digit by digit; "05" is "năm".
"""

from __future__ import annotations

import re

__all__ = [
    "read_decimal",
    "read_digits",
    "read_int",
    "read_number",
    "read_ordinal",
    "roman_value",
]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_MAX_GROUPED = 15  # longer digit strings are codes: read digit by digit


def _triple(n: int, full: bool) -> list[str]:
    """0 < n < 1000; `full` reads a leading "không trăm" / "linh" (not the first group)."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append("linh")
            words.append(_DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _DIGITS[units])
    else:
        words += [_DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 5: "lăm"}.get(units, _DIGITS[units]))
    return words


def _int_words(n: int, full: bool = False) -> list[str]:
    if n >= 1_000_000_000:
        high, low = divmod(n, 1_000_000_000)
        words = [*_int_words(high, full), "tỷ"]
        return words + _int_words(low, True) if low else words
    words: list[str] = []
    started = full
    for group, scale in ((n // 1_000_000, "triệu"), (n // 1000 % 1000, "nghìn"), (n % 1000, "")):
        if group:
            words += _triple(group, started)
            if scale:
                words.append(scale)
            started = True
    return words


def read_int(n: int) -> str:
    """The Vietnamese words for a whole number (negative numbers get "âm")."""
    if n < 0:
        return "âm " + read_int(-n)
    return " ".join(_int_words(n)) if n else "không"


def read_digits(digits: str) -> str:
    return " ".join(_DIGITS[int(d)] for d in digits if d.isdigit())


def read_decimal(digits: str) -> str:
    """The part after "phẩy": leading zeros as "không", then the rest as a number."""
    if len(digits) > 3:
        return read_digits(digits)
    stripped = digits.lstrip("0")
    zeros = ["không"] * (len(digits) - len(stripped))
    return " ".join([*zeros, read_int(int(stripped))] if stripped else zeros)


def read_number(written: str) -> str:
    """Read "8.840", "6,33", "1.300", "05", "0209" as Vietnamese words."""
    whole, _, fraction = written.partition(",")
    digits = whole.replace(".", "")
    if not digits.isdigit():
        return written
    if len(digits) > _MAX_GROUPED or (digits.startswith("0") and len(digits) > 2):
        head = read_digits(digits)
    else:
        head = read_int(int(digits))
    if fraction and fraction.isdigit():
        return f"{head} phẩy {read_decimal(fraction)}"
    return head


def read_ordinal(n: int) -> str:
    """What follows "thứ": nhất, hai, ba, tư, năm, ..."""
    return {1: "nhất", 4: "tư"}.get(n) or read_int(n)


_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_value(word: str) -> int | None:
    """The value of a well-formed upper-case Roman numeral, else None."""
    if not word or not _ROMAN.fullmatch(word):
        return None
    total = 0
    for ch, nxt in zip(word, [*word[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt and _ROMAN_VALUES[nxt] > value else value
    return total
