"""Diacritic-insensitive folding for search: "Hội nghị" and "hoi nghi" become the same words.

Readers often type without a Vietnamese keyboard, so the index matches on folded text: every
tone and vowel mark removed, đ/Đ turned into d (SQLite's ``unicode61 remove_diacritics 2``
keeps đ, which is a letter of its own, not a d with a mark), and lowercase. The same folding
is applied to queries, so both sides meet.

``diacritic_pattern`` goes the other way for snippets: it builds a regular expression that
finds a folded word in the original text, so results show the words as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Changes whenever fold() may return something else (this code, or Python's Unicode tables):
# the search index stores it and is rebuilt when it differs.
FOLDING_VERSION = f"1/{unicodedata.unidata_version}"
# What NFD leaves of Vietnamese (and most Latin) marks, removed in one pass.
_LATIN_MARKS = re.compile("[\u0300-\u036f]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LETTERS = {"đ": "d", "ð": "d", "ł": "l", "ı": "i"}  # letters of their own, not a mark away


def _is_mark(ch: str) -> bool:
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """The slow, complete folding of one character (any script), to a fixed point."""
    before, text = None, ch
    while text != before:
        before = text
        text = unicodedata.normalize("NFD", text).lower()
        text = "".join(_LETTERS.get(c, c) for c in text if not _is_mark(c))
    return text


def _fold_match(match: re.Match[str]) -> str:
    return _fold_char(match.group())


def fold(text: str) -> str:
    """Lowercase, without marks, đ -> d; for NFC and NFD input alike.

    Idempotent (``fold(fold(s)) == fold(s)``), never raises for any ``str``, and fast: the
    marks of Latin letters go in one regular-expression pass, other characters one by one.
    """
    if text.isascii():
        return text.lower()
    out = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text).lower())
    if out.isascii():
        return out
    out = out.replace("đ", "d")  # _fold_char("đ"), at C speed: Vietnamese is full of it
    return out if out.isascii() else _NON_ASCII.sub(_fold_match, out)


def has_diacritics(text: str) -> bool:
    """True when folding changes more than case: the reader typed Vietnamese marks."""
    return fold(text) != unicodedata.normalize("NFC", text).lower()


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each folded ASCII letter -> every Latin letter (both cases) that folds to it."""
    found: dict[str, set[str]] = {}
    ranges = (range(0x41, 0x5B), range(0x61, 0x7B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
    for block in ranges:
        for code in block:
            ch = chr(code)
            folded = fold(ch)
            if len(folded) == 1 and folded.isascii() and folded.isalpha():
                found.setdefault(folded, set()).add(ch)
    return {k: "".join(sorted(v)) for k, v in found.items()}


def letter_class(ch: str, *, exact: bool = False) -> str:
    """The inside of a ``[...]`` class matching ``ch`` whatever its case (and, unless
    ``exact``, whatever its marks). ``ch`` is NFC; folded unless ``exact``."""
    low = ch.lower()
    variants = _variants()
    if not exact and low in variants:
        return variants[low]
    return "".join(sorted({re.escape(ch), re.escape(ch.upper()), re.escape(low)}))


def diacritic_pattern(word: str, *, exact: bool = False, prefix: bool = False) -> str:
    """A regular expression matching ``word`` in NFC text, to the end of a word (or as its
    start, with ``prefix``), whatever its marks. Callers add ``(?<!\\w)`` before it (once
    for a whole alternation: it is faster than a look-behind per word).

    With ``exact``, the word's own marks must be there (case still does not matter).
    """
    text = unicodedata.normalize("NFC", word if exact else fold(word))
    body = "".join(f"[{letter_class(ch, exact=exact)}]" for ch in text)
    return body + (r"\w*" if prefix else r"(?!\w)")
