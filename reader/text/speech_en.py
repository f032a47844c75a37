"""English text -> speakable text, keeping the offset map.

Number words come from num2words (cardinals, ordinals and years in English are right
there; ``resources/speech/README.md`` has the evaluation). What it gets wrong or does not
do is written here: it reads an integer given as currency as cents ("£86,000" came out
as "eight hundred and sixty pounds"), adds "zero pence", puts commas (heard as pauses)
inside numbers, and knows nothing of "%", ranges, times or abbreviations.

Readings chosen: "1,200" = "one thousand two hundred"; decimals digit by digit after
"point" ("3.50" = "three point five zero"); a bare four-digit number from 1100 to 2099 is
a year ("1999" = "nineteen ninety-nine", "2005" = "two thousand and five"), and so is
"1990s"; "$1,200.50" = "one thousand two hundred dollars and fifty cents"; "a-b" or
"a - b" between numbers, years or times is "a to b"; "9 a.m." = "nine a m".
"""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

from reader.text.speech_lexicon import Context, Lexicon
from reader.text.speech_map import Spoken
from reader.text.speech_scan import TokenScanner

__all__ = ["normalize_en", "read_cardinal", "read_number", "read_ordinal", "read_year"]

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_MAX_DIGITS = 15  # longer digit strings are codes: read digit by digit


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


def read_number(written: str) -> str:
    """Read "1,200", "3.50", ".5", "007" as English words."""
    whole, _, fraction = written.partition(".")
    digits = whole.replace(",", "")
    if digits and not digits.isdigit():
        return written
    if not digits:
        head = "zero"
    elif len(digits) > _MAX_DIGITS or (digits.startswith("0") and len(digits) > 1):
        head = " ".join(_DIGIT_WORDS[int(d)] for d in digits)
    else:
        head = read_cardinal(int(digits))
    if fraction.isdigit():
        return head + " point " + " ".join(_DIGIT_WORDS[int(d)] for d in fraction)
    return head


_CURRENCIES = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "sen", "sen"),
}
_SCALES = {
    "thousand": "thousand", "million": "million", "billion": "billion",
    "trillion": "trillion", "k": "thousand", "m": "million", "bn": "billion",
}  # fmt: skip


def _money(symbol: str, amount: str, scale: str | None) -> str:
    one, many, sub_one, sub_many = _CURRENCIES[symbol]
    whole, _, fraction = amount.replace(",", "").partition(".")
    if scale:
        return f"{read_number(amount)} {_SCALES[scale.lower()]} {many}"
    units = int(whole or "0")
    words = f"{read_cardinal(units)} {one if units == 1 else many}"
    if fraction:
        cents = int((fraction + "0")[:2]) if len(fraction) <= 2 else None
        if cents is None:
            return f"{read_number(amount)} {many}"
        if cents:
            words += f" and {read_cardinal(cents)} {sub_one if cents == 1 else sub_many}"
    return words


def _ampm(mark: str) -> str:
    return "a m" if mark.lower().startswith("a") else "p m"


_L = r"[^\W\d_]"
_NUM = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_TOKEN = re.compile(
    rf"""
    (?P<MONEY>(?P<cur>[$£€¥])[^\S\n]?(?P<amt>{_NUM})
        (?:[^\S\n]?(?P<scale>thousand|million|billion|trillion|bn|k|m)\b)?)
    |(?P<TIME>(?P<th>\d{{1,2}})(?::(?P<tm>\d{{2}}))?[^\S\n]?
        (?P<ap>[aApP]\.[mM]\.|[aApP][mM]\b))
    |(?P<CLOCK>(?P<ch>\d{{1,2}}):(?P<cm>\d{{2}})(?![\d:]))
    |(?P<ORDINAL>(?P<ord>\d+)(?:st|nd|rd|th)\b)
    |(?P<DECADE>(?P<dec>1[1-9]\d0|20\d0)s\b)
    |(?P<NUMBER>(?P<num>{_NUM})(?:[^\S\n]?(?P<pct>%))?)
    |(?P<WORD>{_L}+(?:['’.]{_L}+)*\.?)
    |(?P<DASH>[^\S\n]*[-–—]+[^\S\n]*)
    |(?P<AMP>&)
    """,
    re.VERBOSE,
)
_NEXT_WORD = re.compile(r"[^\S\n]*([^\W_]+)")


def _plural(words: str) -> str:
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


class _Scanner(TokenScanner):
    __slots__ = ()
    TOKEN = _TOKEN

    def _money(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), _money(m["cur"], m["amt"], m["scale"]))
        self._after_number()

    def _time(self, m: re.Match[str]) -> None:
        hours, minutes = int(m["th"]), int(m["tm"] or 0)
        if hours > 12 or minutes > 59:
            self.b.say(m.start("th"), m.end("th"), read_cardinal(hours))
            self._after_number()
            return
        words = read_cardinal(hours)
        if minutes:
            words += (" oh " if minutes < 10 else " ") + read_cardinal(minutes)
        self.b.say(m.start(), m.end(), f"{words} {_ampm(m['ap'])}")
        self._after_number()

    def _clock(self, m: re.Match[str]) -> None:
        hours, minutes = int(m["ch"]), int(m["cm"])
        if hours > 24 or minutes > 59:
            self.b.say(m.start("ch"), m.end("ch"), read_number(m["ch"]))
            self.b.say(m.end("ch"), m.start("cm"), " ")
            self.b.say(m.start("cm"), m.end("cm"), read_number(m["cm"]))
        elif minutes == 0:
            self.b.say(
                m.start(),
                m.end(),
                f"{read_cardinal(hours)} hundred"
                if hours > 12
                else f"{read_cardinal(hours)} o'clock",
            )
        else:
            sep = " oh " if minutes < 10 else " "
            self.b.say(m.start(), m.end(), read_cardinal(hours) + sep + read_cardinal(minutes))
        self._after_number()

    def _ordinal(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), read_ordinal(int(m["ord"])))
        self._after_number()

    def _decade(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), _plural(read_year(int(m["dec"]))))
        self._after_number()

    def _number(self, m: re.Match[str]) -> None:
        written = m["num"]
        if not m["pct"] and len(written) == 4 and written.isdigit() and 1100 <= int(written) < 2100:
            spoken = read_year(int(written))
        else:
            spoken = read_number(written)
        self.b.say(m.start("num"), m.end("num"), spoken)
        if m["pct"]:
            self.b.say(m.start("pct"), m.end("pct"), "percent")
        self._after_number()

    def _word(self, m: re.Match[str]) -> None:
        start, end = m.span()
        token = m.group()
        nxt = _NEXT_WORD.match(self.text, end)
        next_word = nxt.group(1) if nxt else ""
        ctx = Context(
            prev_word=self.prev_word,
            prev_number=self.prev_kind == "number",
            next_word=next_word,
            next_number=next_word[:1].isdigit(),
        )
        # A FORM written with its dot ("Dr.", "e.g.") swallows the dot and also matches the
        # bare word; a FORM without one ("U.S") leaves the dot to end the sentence.
        dot = token.endswith(".")
        stem = token[:-1] if dot else token
        spoken = self.lex.lookup(stem + ".", ctx)
        if spoken is None:
            spoken = self.lex.lookup(stem, ctx)
            end = start + len(stem)
        elif not dot:
            end = start + len(stem)
        if spoken is not None:
            self.b.say(start, end, spoken)
        self.prev_kind, self.prev_word = "word", token.rstrip(".").casefold()

    def _dash(self, m: re.Match[str]) -> None:
        nxt = self.text[m.end() : m.end() + 1]
        if self.prev_kind == "number" and nxt.isdigit():
            self.b.say(m.start(), m.end(), " to ")
            return
        start = m.start()
        if nxt.isdigit() and (start == 0 or self.text[start].isspace()) and m.group()[-1] in "-–—":
            self.b.say(start, m.end(), " minus " if start else "minus ")
        self.prev_kind = self.prev_word = ""

    def _amp(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "and")
        self.prev_kind = self.prev_word = ""


def normalize_en(text: str, lexicon: Lexicon) -> Spoken:
    """English displayed text -> speakable text with its offset map."""
    return _Scanner(text, lexicon).run()
