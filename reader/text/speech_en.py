"""English text -> speakable text, keeping the offset map (standard library only but num2words).

Number words are ``numbers_en``'s. num2words alone reads an integer given as currency as cents
("£86,000" came out as "eight hundred and sixty pounds"), adds "zero pence", puts commas (heard
as pauses) inside numbers, and knows nothing of "%", ranges, times or abbreviations: that is here.

Readings chosen, measured on real news phrases (``tests/data/speech/en/``, dev and held out):

* "1,200" = "one thousand two hundred"; decimals digit by digit after "point" ("3.50" = "three
  point five zero"); a bare four-digit number from 1100 to 2099 is a year ("1999" = "nineteen
  ninety-nine", "2005" = "two thousand and five"), and so is "1990s"; "a-b" or "a - b" between
  numbers, years or times is "a to b"; "9 a.m." = "nine a m", "10.30am" = "ten thirty a m";
  "1:500" = "one to five hundred".
* Money: "$1,200.50" = "one thousand two hundred dollars and fifty cents"; "US$3,846" = "...
  US dollars"; "VND1.2 trillion" = "one point two trillion dong"; "VND95-130 million" and
  "VND130 to VND180 million" are one range ("ninety-five to one hundred and thirty million
  dong"); "USD", "VND" after a number are words of the lexicon ("US dollars", "dong").
* Dates: "July 21" = "July twenty-first" (and "October 20 and 22", "May 12-14" go on as days);
  "3 April 2014" = "the third of April twenty fourteen"; "2007-09-22" likewise. Slash dates are
  DAY FIRST, the order of Vietnamese text and of these pages' English ("01/02/2018" was written
  on 1 February): "5/12/2023" = "the fifth of December twenty twenty-three"; only when the
  second number cannot be a month ("12/25/2023") is it read month first. "d/m" without a year
  is a date ("Social News 15/2") unless it is a proper fraction of a small denominator ("2/3"
  = "two thirds", "1/2" = "one half") with no "on", "from", "since" ... before it.
* Units after a number are words, singular after 1, after "per" or "/", in "300-ha" and
  before a noun after "a", "the" ... ("the 400sq.m exhibition space", not "the 5 km of road"):
  "18 °C" = "eighteen degrees Celsius" (also "40.2 C", "30C"), "-3 °F" = "minus three degrees
  Fahrenheit", "120 km/h" = "... kilometres per hour", "40 m²" = "forty square metres",
  "VND/m2" = "dong per square metre", "5 kg" = "five kilograms".
* Roman numerals (I to XXXIX): after a ruler's name, or a name after "King", "Pope" ...,
  "the Nth" ("Louis XIV" = "Louis the Fourteenth", "George III and IV" = "... the Third and
  the Fourth"); after "War", "Chapter", "Phase" ... or a numbered heading "II." at a line's
  start, a cardinal ("World War Two", "Chapter Nine"); two letters or more after another
  capitalised word, a cardinal too ("Vatican II", "VSIP II"). "I" is a numeral only after a
  ruler's name or such a title word: the pronoun stays.
* A phone number's groups after a group with a leading zero are read digit by digit; the
  end mark "/." of Vietnamese portals is not read.
"""

from __future__ import annotations

import re

from reader.text.numbers_en import (
    MONTHS,
    read_cardinal,
    read_date,
    read_digits,
    read_fraction,
    read_number,
    read_ordinal,
    read_year,
    roman_value,
)
from reader.text.speech_lexicon import Context, Lexicon
from reader.text.speech_map import Spoken
from reader.text.speech_scan import TokenScanner

__all__ = ["normalize_en", "read_cardinal", "read_number", "read_ordinal", "read_year"]

_CURRENCIES = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "sen", "sen"),
    "VND": ("dong", "dong", "", ""),
    "VNĐ": ("dong", "dong", "", ""),
}
_SCALES = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "k": "thousand", "m": "million", "mn": "million", "mln": "million", "bn": "billion",
    "bln": "billion",
}  # fmt: skip
_UNITS = {  # written form -> (singular, plural)
    "km": ("kilometre", "kilometres"), "m": ("metre", "metres"),
    "cm": ("centimetre", "centimetres"), "mm": ("millimetre", "millimetres"),
    "kg": ("kilogram", "kilograms"),
    "ha": ("hectare", "hectares"), "m2": ("square metre", "square metres"),
    "km2": ("square kilometre", "square kilometres"), "m3": ("cubic metre", "cubic metres"),
    "sqm": ("square metre", "square metres"), "cu.m": ("cubic metre", "cubic metres"),
    "km/h": ("kilometre per hour", "kilometres per hour"),
    "mph": ("mile per hour", "miles per hour"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"),
}  # fmt: skip
_UNIT_ALIASES = {"m²": "m2", "km²": "km2", "m³": "m3", "kph": "km/h", "kmph": "km/h"}

# Rulers whose names take "the Nth"; any capitalised name after a title word does too.
_RULERS = frozenset({
    "adrian", "alexander", "alfonso", "anne", "benedict", "boniface", "carl", "carlos",
    "catherine", "charles", "christian", "clement", "constantine", "edward", "elizabeth",
    "felipe", "ferdinand", "francis", "frederick", "frederik", "george", "gregory", "gustaf",
    "haakon", "harald", "henri", "henry", "innocent", "isabella", "ivan", "james", "john",
    "juan", "julius", "leo", "louis", "ludwig", "margrethe", "mary", "michael", "napoleon",
    "nicholas", "olav", "otto", "paul", "peter", "philip", "pius", "rama", "richard", "rudolf",
    "sixtus", "stephen", "urban", "victoria", "wilhelm", "william",
})  # fmt: skip
_RULER_TITLE = re.compile(
    r"(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Sultan|Prince|Princess|Duke|Saint|St\.?)"
    r"[^\S\n]+[^\W\d_]+[^\S\n]+$"
)
_NUMBERED = frozenset({
    "act", "annex", "appendix", "article", "book", "category", "chapter", "class", "clause",
    "division", "grade", "group", "item", "league", "level", "part", "phase", "plenum",
    "region", "round", "schedule", "section", "sector", "stage", "step", "tier", "title",
    "type", "vatican", "vol", "volume", "war", "zone",
})  # fmt: skip
_MONTH_FORMS = {name.casefold(): i for i, name in enumerate(MONTHS, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NEXT = re.compile(
    r"[^\S\n]+(?:" + "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_DAY_GOES_ON = re.compile(r"[^\S\n]*(?:[-–—]|to|and|or|until|through)[^\S\n]*")
_DATE_WORDS = frozenset(
    {"on", "from", "until", "till", "since", "dated", "date", "before", "after"}
)
_DOC_WORDS = frozenset({"no", "number", "decision", "resolution", "decree", "circular"})
_DETERMINER = re.compile(
    r"(?<![^\W\d_])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]nother)[^\S\n]+$"
)
_NOT_NOUNS = frozenset({
    "of", "in", "on", "at", "to", "from", "for", "per", "and", "or", "with", "by", "into", "over",
    "under", "than", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "be", "been", "long", "high", "wide", "deep", "away", "ago",
    "north", "south", "east", "west", "off", "up", "down", "each", "more", "less", "tall",
})  # fmt: skip
_PER_NEXT = re.compile(
    r"(?:m2|m²|sqm|kg|km|ha|h|hr|year|yr|month|day|week|person|capita|head|unit|tonne|ton|kilo"
    r"|litre|liter|USD|VND|VNĐ)\b"
)

_L = r"[^\W\d_]"
_NUM = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CUR = r"US\$|[$£€¥]|VN[DĐ](?![^\W\d_])"
_SCALE = r"thousand|million|billion|trillion|bn|bln|mn|mln|k|m"
_TOKEN = re.compile(
    rf"""
    (?P<ENDMARK>/\.(?!\S))
    |(?P<MONEY>(?P<cur>{_CUR})[^\S\n]?(?P<amt>{_NUM})
        (?:[^\S\n]?[-–][^\S\n]?(?:{_CUR})?(?P<amt2>{_NUM})
          |[^\S\n]+to[^\S\n]+(?:{_CUR})?(?P<amt3>{_NUM})(?=[^\S\n]?(?:{_SCALE})\b))?
        (?:[^\S\n]?(?P<scale>{_SCALE})\b)?)
    |(?P<ISO>(?P<iy>1[89]\d\d|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))(?![\d-])
    |(?<![\d/])(?P<SLASHDATE>(?P<d1>\d{{1,2}})/(?P<d2>\d{{1,2}})(?:/(?P<d3>\d{{4}}))?)(?![\d/])
    |(?<![\d/])(?P<MONTHYEAR>(?P<mm>0?[1-9]|1[0-2])/(?P<my>(?:1[89]|20)\d\d))(?![\d/])
    |(?P<TIME>(?P<th>\d{{1,2}})(?:[:.](?P<tm>\d{{2}}))?[^\S\n]?
        (?P<ap>[aApP]\.[mM]\.|[aApP][mM]\b))
    |(?P<CLOCK>(?P<ch>\d{{1,2}}):(?P<cm>\d{{2}})(?![\d:]))
    |(?P<RATIO>(?P<r1>\d+):(?P<r2>\d+)(?![\d:]))
    |(?P<ORDINAL>(?P<ord>\d+)(?:st|nd|rd|th)\b)
    |(?P<DECADE>(?P<dec>1[1-9]\d0|20\d0)s\b)
    |(?P<NUMBER>(?P<num>{_NUM})(?:[^\S\n]?(?:(?P<pct>%)
        |(?P<deg>°(?:[^\S\n]?[CF](?!{_L}))?)|(?P<bare>[CF])(?![\w'’-])))?)
    |(?P<UNIT>(?:km|m)[2²3³](?![^\W_])|km/h\b|kph\b|kmph\b|mph\b|sq\.?[^\S\n]?m\b\.?|sqm\b
        |cu\.[^\S\n]?m\b\.?|kWh\b|kW\b|MW\b|kg\b|km\b|cm\b|mm\b|ha\b|m\b)
    |(?P<WORD>{_L}+(?:['’.]{_L}+)*\.?)
    |(?P<DASH>[^\S\n]*[-–—]+[^\S\n]*)
    |(?P<AMP>&)
    |(?P<PLUS>\+(?=\d))
    |(?P<EQ>(?<=[^\S\n])=(?=[^\S\n]))
    |(?P<SLASH>/)
    """,
    re.VERBOSE,
)
_NEXT_WORD = re.compile(r"[^\S\n]*([^\W_]+)")


def _money(symbol: str, amount: str, scale: str | None) -> str:
    one, many, sub_one, sub_many = _CURRENCIES[symbol]
    whole, _, fraction = amount.replace(",", "").partition(".")
    if scale:
        return f"{read_number(amount)} {_SCALES[scale.lower()]} {many}"
    units = int(whole or "0")
    words = f"{read_cardinal(units)} {one if units == 1 else many}"
    if fraction:
        cents = int((fraction + "0")[:2]) if len(fraction) <= 2 and sub_one else None
        if cents is None:
            return f"{read_number(amount)} {many}"
        if cents:
            sub = f"{read_cardinal(cents)} {sub_one if cents == 1 else sub_many}"
            words = f"{words} and {sub}" if units else sub
    return words


def _ampm(mark: str) -> str:
    return "a m" if mark.lower().startswith("a") else "p m"


def _plural(words: str) -> str:
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _unit_key(written: str) -> str:
    key = written.rstrip(".").replace(" ", "")
    if key.startswith("sq"):
        return "sqm"
    return _UNIT_ALIASES.get(key, key)


class _Scanner(TokenScanner):
    __slots__ = (
        "day_end",
        "num_end",
        "num_text",
        "per_end",
        "phone_end",
        "prev_token",
        "ruler_end",
    )
    TOKEN = _TOKEN

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self.day_end = -1  # end of the last day of a month ("July 21"), for "and 22", "-22"
        self.num_end = -1  # end of the last plain number, and its text: units follow it
        self.num_text = ""
        self.per_end = -1  # end of a "/" read as "per"
        self.phone_end = -1  # end of a number read digit by digit
        self.prev_token = ""  # the previous word as written
        self.ruler_end = -1  # end of the last "the Nth" after a ruler, for "III and IV"

    # -- numbers ---------------------------------------------------------------------------

    def _money(self, m: re.Match[str]) -> None:
        cur = m["cur"]
        second = m["amt2"] or m["amt3"]
        if second:
            scale = f" {_SCALES[m['scale'].lower()]}" if m["scale"] else ""
            words = f"{read_number(m['amt'])} to {read_number(second)}{scale}"
            self.b.say(m.start(), m.end(), f"{words} {_CURRENCIES[cur][1]}")
        else:
            self.b.say(m.start(), m.end(), _money(cur, m["amt"], m["scale"]))
        self._after_number()

    def _iso(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), read_date(int(m["id"]), int(m["im"]), int(m["iy"])))
        self._after_number()

    def _slashdate(self, m: re.Match[str]) -> None:
        first, second = int(m["d1"]), int(m["d2"])
        year = int(m["d3"]) if m["d3"] else None
        if year is None and (first, second) == (24, 7):
            self.b.say(m.start(), m.end(), "twenty-four seven")  # "open 24/7"
        elif year is None and 0 < first < second <= 10 and self._word_before() not in _DATE_WORDS:
            self.b.say(m.start(), m.end(), read_fraction(first, second))
        elif year is not None and 1 <= first <= 12 < second <= 31:
            self.b.say(m.start(), m.end(), read_date(second, first, year))  # month first
        elif 1 <= first <= 31 and 1 <= second <= 12 and self._word_before() not in _DOC_WORDS:
            self.b.say(m.start(), m.end(), read_date(first, second, year))
        else:
            self._say_numbers(m)
        self._after_number()

    def _monthyear(self, m: re.Match[str]) -> None:
        if self._word_before() in _DOC_WORDS:
            self._say_numbers(m)
        else:
            self.b.say(m.start(), m.end(), f"{MONTHS[int(m['mm']) - 1]} {read_year(int(m['my']))}")
        self._after_number()

    def _say_numbers(self, m: re.Match[str]) -> None:
        for found in re.finditer(r"\d+", m.group()):
            start = m.start() + found.start()
            digits = found.group()
            year = len(digits) == 4 and 1100 <= int(digits) < 2100
            self.b.say(
                start, start + len(digits), read_year(int(digits)) if year else read_number(digits)
            )

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

    def _ratio(self, m: re.Match[str]) -> None:
        self.b.say(m.start("r1"), m.end("r1"), read_number(m["r1"]))
        self.b.say(m.end("r1"), m.start("r2"), " to ")
        self.b.say(m.start("r2"), m.end("r2"), read_number(m["r2"]))
        self._after_number()

    def _ordinal(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), read_ordinal(int(m["ord"])))
        self._after_number()

    def _decade(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), _plural(read_year(int(m["dec"]))))
        self._after_number()

    def _number(self, m: re.Match[str]) -> None:
        written = m["num"]
        start = m.start()
        plain = written.isdigit()
        bare = m["bare"] and not self.text[start - 1 : start].isalpha()  # not "W3C"
        unit = m["pct"] or m["deg"] or bare
        if plain and not unit and self._is_day(start, int(written)):
            spoken = read_ordinal(int(written))
            self.day_end = m.end()
        elif (
            plain and not unit and 1 <= int(written) <= 31 and _MONTH_NEXT.match(self.text, m.end())
        ):
            spoken = f"the {read_ordinal(int(written))} of"
        elif (
            plain
            and self.phone_end >= 0
            and self.text[self.phone_end : start] == " "
            and 2 <= len(written) <= 4
        ):
            spoken = read_digits(written)
            self.phone_end = m.end("num")
        elif not unit and len(written) == 4 and plain and 1100 <= int(written) < 2100:
            spoken = read_year(int(written))
        else:
            spoken = read_number(written)
            if plain and written.startswith("0") and len(written) > 2:
                self.phone_end = m.end("num")
        self.b.say(m.start("num"), m.end("num"), spoken)
        if m["pct"]:
            self.b.say(m.start("pct"), m.end("pct"), "percent")
        elif m["deg"] or bare:
            mark = "deg" if m["deg"] else "bare"
            scale = {"C": " Celsius", "F": " Fahrenheit"}.get(m[mark][-1], "")
            degrees = "degree" if written == "1" else "degrees"
            self.b.say(m.start(mark), m.end(mark), degrees + scale)
        self._after_number()
        self.num_end, self.num_text = m.end(), written

    def _is_day(self, start: int, value: int) -> bool:
        """A day after a month's name ("July 21"), or after such a day ("and 22", "-22")."""
        if not 1 <= value <= 31:
            return False
        if self.day_end >= 0 and _DAY_GOES_ON.fullmatch(self.text, self.day_end, start):
            return True
        stem = self.prev_token.rstrip(".")
        return self.prev_kind == "word" and stem[:1].isupper() and stem.casefold() in _MONTH_FORMS

    def _unit(self, m: re.Match[str]) -> None:
        start = m.start()
        gap = self.text[self.num_end : start] if self.num_end >= 0 else None
        words = _UNITS.get(_unit_key(m.group()))
        if words is None:
            self._word(m)
            return
        if gap in ("", " ", "\u00a0", "-"):
            singular = gap == "-" or self.num_text == "1" or self._attributive(m.end())
        elif self.per_end == start or self.prev_word == "per":
            singular = True
        else:
            self._word(m)
            return
        self.b.say(start, m.end(), words[0] if singular else words[1])
        self.prev_kind, self.prev_word, self.prev_token = "word", words[0], m.group()

    def _attributive(self, end: int) -> bool:
        """ "the 400sq.m exhibition space", "a 600MW plant": an amount before a noun, after a
        determiner, takes the unit in the singular (not "the 5 km of road", "the 2 kg.")."""
        before = self.text[
            max(0, self.num_end - len(self.num_text) - 12) : self.num_end - len(self.num_text)
        ]
        after = _NEXT_WORD.match(self.text, end)
        return bool(
            _DETERMINER.search(before)
            and after
            and after.group(1)[:1].isalpha()
            and after.group(1).casefold() not in _NOT_NOUNS
        )

    # -- words -----------------------------------------------------------------------------

    def _word(self, m: re.Match[str]) -> None:
        start, end = m.span()
        token = m.group()
        nxt = _NEXT_WORD.match(self.text, end)
        next_word = nxt.group(1) if nxt else ""
        dot = token.endswith(".")
        stem = token[:-1] if dot else token
        base = stem[:-2] if stem[-2:] in ("'s", "’s") else stem  # "Louis XIV's"
        roman = self._roman(start, base, dot, next_word)
        if roman:
            self.b.say(start, start + len(base), roman)
            self.prev_kind, self.prev_word, self.prev_token = "word", stem.casefold(), stem
            return
        ctx = Context(
            prev_word=self.prev_word,
            prev_number=self.prev_kind == "number",
            next_word=next_word,
            next_number=next_word[:1].isdigit(),
        )
        # A FORM written with its dot ("Dr.", "e.g.") swallows the dot and also matches the
        # bare word; a FORM without one ("U.S") leaves the dot to end the sentence, unless
        # a small letter follows ("the U.S. census").
        spoken = self.lex.lookup(stem + ".", ctx)
        if spoken is None:
            spoken = self.lex.lookup(stem, ctx)
            if not (dot and next_word[:1].islower()):
                end = start + len(stem)
        elif not dot:
            end = start + len(stem)
        if spoken is not None:
            self.b.say(start, end, spoken)
        self.prev_kind, self.prev_word, self.prev_token = "word", stem.casefold(), token

    def _roman(self, start: int, stem: str, dot: bool, next_word: str) -> str:
        """What to say for a Roman numeral `stem` here, or "" when it is not one."""
        value = roman_value(stem)
        if value is None:
            return ""
        text = self.text
        after_word = self.prev_kind == "word" and text[start - 1 : start].isspace()
        ruler = (
            after_word
            and self.prev_token[:1].isupper()
            and (self.prev_word in _RULERS or _RULER_TITLE.search(text, max(0, start - 60), start))
        )
        if ruler or (
            self.ruler_end >= 0
            and re.fullmatch(r"[^\S\n]*(?:,|and|or|&)[^\S\n]*", text[self.ruler_end : start])
        ):
            self.ruler_end = start + len(stem)
            return "the " + read_ordinal(value).capitalize()
        line_start = start == 0 or text[start - 1] == "\n"
        if (after_word and self.prev_word in _NUMBERED) or (
            line_start and dot and next_word[:1].isupper()
        ):
            return read_cardinal(value).capitalize()
        if len(stem) > 1 and after_word and self.prev_token[:1].isupper():
            return read_cardinal(value).capitalize()
        return ""

    def _word_before(self) -> str:
        return self.prev_word if self.prev_kind == "word" else ""

    # -- signs -----------------------------------------------------------------------------

    def _dash(self, m: re.Match[str]) -> None:
        nxt = self.text[m.end() : m.end() + 1]
        if self.prev_kind == "number" and nxt.isdigit():
            self.b.say(m.start(), m.end(), " to ")
            return
        start = m.start()
        if nxt.isdigit() and (start == 0 or self.text[start].isspace()) and m.group()[-1] in "-–—":
            self.b.say(start, m.end(), " minus " if start else "minus ")
        if not (self.prev_kind == "number" and m.group() == "-"):  # "300-ha": the unit follows
            self.prev_kind = self.prev_word = ""

    def _amp(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "and")
        self.prev_kind = self.prev_word = ""

    def _plus(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "plus ")
        self.prev_kind = self.prev_word = ""

    def _eq(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "equals")
        self.prev_kind = self.prev_word = ""

    def _slash(self, m: re.Match[str]) -> None:
        before = self.text[m.start() - 1 : m.start()]
        if (before.isalnum() or before == "%") and _PER_NEXT.match(self.text, m.end()):
            self.b.say(m.start(), m.end(), " per ")
            self.per_end = m.end()
            self.prev_kind, self.prev_word = "word", "per"
            return
        self.prev_kind = self.prev_word = ""

    def _endmark(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "")
        self.prev_kind = self.prev_word = ""


def normalize_en(text: str, lexicon: Lexicon) -> Spoken:
    """English displayed text -> speakable text with its offset map."""
    return _Scanner(text, lexicon).run()
