"""Vietnamese text -> speakable text, keeping the offset map (standard library only).

Written here rather than taken from a library because the measured libraries were wrong
for bulletins (``resources/speech/README.md`` has the evaluation): num2words reads 2021 as
"hai nghìn lẻ hai mươi mốt", vietnormalizer keeps no offsets, lowercases everything,
expands "KH" as "ca hát", keeps the "/" of ratios and drops the "đến" of ranges.

Readings chosen (spoken by northern news readers, and unambiguous to a listener):

* Numbers and decimals as ``numbers_vi`` reads them ("." groups thousands, "," is the
  decimal mark: 2021 = "hai nghìn không trăm hai mươi mốt", 6,33 = "sáu phẩy ba mươi ba").
* "thứ 1" = "thứ nhất", "thứ 4" = "thứ tư"; "tháng 4" = "tháng tư". Roman numerals are read
  only after words that take them ("lần thứ XII", "khóa XV", "Đại hội XIII", "quý I").
* "a - b" between numbers is "a đến b"; "a/b" is "a trên b" unless it is a date: "d/m/yyyy"
  always, "d/m" after "ngày", "sáng", "chiều", "lễ", ... (also "Sáng nay (5/9)"), after
  another date, or with the day larger than the month ("từ 22/8"); "m/yyyy" is "tháng m năm
  yyyy"; "chiếm gần 1/4" is "một phần tư".
* The press's "d.m" and "d-m" ("Chiều 14.3", "Ngày 19 – 4") are dates in the same contexts
  (the decision is taken at the "." or "-", from the number before and the one after);
  otherwise "d-m" is a range and "d.m" a version read with "chấm" ("4.0", "Web 2.0");
  "tháng 10-2015" and "tháng 4.2016" are a month and a year, "lúc 8.30" a time.
* Document numbers "15-NQ/TU", "01/2023/TT-BGDĐT": the number, then "năm" and the year,
  then each code expanded by the lexicon ("nghị quyết tỉnh ủy") or spelled.
* A dash between words is a pause before a capital ("Hoàng Duy Chinh - Ủy viên") and
  nothing otherwise ("kinh tế - xã hội"); a dash that starts a line is a bullet, not read.
* "...", "…" and the end mark "/." are not read: they become "," before a small letter
  (the sentence goes on) and "." otherwise.
"""

from __future__ import annotations

import re

from reader.text.dates_vi import (
    _NEXT_WORD,
    _PER,
    DateRules,
)
from reader.text.numbers_vi import (
    read_decimal,
    read_digits,
    read_int,
    read_number,
    read_ordinal,
    roman_value,
)
from reader.text.speech_lexicon import Context, Lexicon
from reader.text.speech_map import Spoken
from reader.text.speech_scan import TokenScanner

__all__ = [
    "normalize_vi",
    "read_decimal",
    "read_digits",
    "read_int",
    "read_number",
    "read_ordinal",
    "roman_value",
]

# -- the scanner ------------------------------------------------------------------------------

_L = r"[^\W\d_]"
_NUM = r"\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?"
_PART = rf"{_L}+(?:[23²³](?!\d))?"
_TOKEN = re.compile(
    rf"""
    (?P<ELLIPSIS>(?:\.{{2,}}|…)+(?:/\.)?|\.?/\.(?=[\s"'”’)\]]|$))
    |(?P<DATE>(?P<dd>\d{{1,2}})(?P<ds>[/.-])(?P<dm>\d{{1,2}})(?P=ds)(?P<dy>\d{{4}})(?!\d))
    |(?P<DOC>(?P<docn>\d+)(?:/(?P<docy>\d{{4}}))?[-/](?P<docc>[A-ZĐ]{_L}*(?:[-/&.][A-ZĐ]{_L}*)*))
    |(?P<TIME>(?P<th>\d{{1,2}})(?:[:h](?P<tm>\d{{2}})(?::(?P<ts>\d{{2}}))?|h)(?!\w))
    |(?P<SLASHED>(?:{_NUM})(?:/(?:{_NUM}))+)
    |(?P<NUMBER>(?P<num>{_NUM})(?:[^\S\n]?(?P<pct>[%‰]))?)
    |(?P<DOT>\.(?=\d))
    |(?P<PERCENT>[%‰])
    |(?P<DEGREE>°[CF]?)
    |(?P<OFFSET>(?<=GMT|UTC)\+(?=\d))
    |(?P<WORD>{_PART}(?:(?:[./&'’-]|[ ]&[ ]?(?=[A-ZĐ])){_PART})*(?:\.(?![./\d]))?)
    |(?P<DASH>[^\S\n]*[-–—]+[^\S\n]*)
    |(?P<SLASH>/)
    |(?P<AMP>&)
    """,
    re.VERBOSE,
)
_NAME_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
# Roman numerals read after a name even without a cue word ("Louis XIV", "Gioan Phaolô II").
_ROMAN_NAME = re.compile(r"[IVX]{2,}")
_JOIN = re.compile(r" ?& ?|[./'’-]")
_SPACED_AMP = re.compile(r" ?& ?")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_LETTERS = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e",
    "Ê": "ê", "F": "ép", "G": "giê", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ",
    "M": "em", "N": "en", "O": "o", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e rờ",
    "S": "ét", "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích",
    "Y": "i dài", "Z": "dét",
}  # fmt: skip

# Words that take a Roman numeral after them ("lần thứ XII", "khóa XV", "Đại hội XIII").
_ROMAN_CUES = frozenset(
    [
        "thứ",
        "khóa",
        "khoá",
        "kỳ",
        "kì",
        "kỷ",
        "hội",
        "khu",
        "phần",
        "chương",
        "mục",
        "tập",
        "hạng",
        "loại",
        "nhóm",
        "đoạn",
        "đợt",
        "vùng",
        "quý",
        "cấp",
        "bậc",
    ]
)


def _spell(word: str) -> str | None:
    """Letter names for an all-capital abbreviation that is not a Vietnamese syllable."""
    if not (2 <= len(word) <= 6) or not word.isupper() or not word.isalpha():
        return None
    if _SYLLABLE.fullmatch(word.lower()):
        return None
    names = [_LETTERS.get(ch) for ch in word]
    return None if None in names else " ".join(n for n in names if n)


class _Scanner(DateRules, TokenScanner):
    __slots__ = (
        "date_ngay",
        "day_end",
        "last_date_end",
        "num_after",
        "num_end",
        "num_start",
        "pending",
    )
    TOKEN = _TOKEN

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self.last_date_end = -100
        self.date_ngay = False  # the last date was said with "ngày" before it
        self.day_end = -100  # end of the last bare number read as a day ("ngày 15 và 16-11")
        self.num_start = self.num_end = -100  # span of the last bare whole number
        self.num_after = ""  # the word before that number ("tháng" in "tháng 10-2015")
        self.pending: tuple[str, int] = ("", -1)  # how to read the number starting there

    # -- helpers ----------------------------------------------------------------------

    def _context(self, end: int, *, prev_number: bool | None = None, doc: bool = False) -> Context:
        nxt = _NEXT_WORD.match(self.text, end)
        next_word = nxt.group(1) if nxt else ""
        return Context(
            prev_word=self.prev_word,
            prev_number=self.prev_kind == "number" if prev_number is None else prev_number,
            next_word=next_word,
            next_number=next_word[:1].isdigit(),
            in_doc=doc,
        )

    def _say_number(self, start: int, end: int) -> None:
        written = self.text[start:end]
        if self.prev_word == "thứ" and written.isdigit() and len(written) <= 3:
            spoken = read_ordinal(int(written))
        elif self.prev_word == "tháng" and written.isdigit() and int(written) == 4:
            spoken = "tư"
        else:
            spoken = read_number(written)
        self.b.say(start, end, spoken)

    # -- tokens -----------------------------------------------------------------------

    def _ellipsis(self, m: re.Match[str]) -> None:
        nxt = re.match(r"[\"'”’)\]]*\s*(\w)?", self.text[m.end() : m.end() + 8])
        follows = nxt.group(1) if nxt else None
        self.b.say(m.start(), m.end(), "," if follows and follows.islower() else ".")
        self.prev_kind = self.prev_word = ""

    def _doc(self, m: re.Match[str]) -> None:
        b = self.b
        b.say(m.start("docn"), m.end("docn"), read_number(m["docn"]))
        pos = m.end("docn")
        if m["docy"]:
            b.say(pos, m.start("docy"), " năm ")
            b.say(m.start("docy"), m.end("docy"), read_int(int(m["docy"])))
            pos = m.end("docy")
        b.say(pos, m.start("docc"), " ")
        code_start = m.start("docc")
        code = m["docc"]
        whole = self.lex.lookup(code, self._context(m.end(), doc=True))
        if whole is not None:
            b.say(code_start, m.end("docc"), whole)
        else:
            self._parts(code_start, m.end("docc"), doc=True)
        self.prev_kind, self.prev_word = "word", ""

    def _number_only(self, start: int, end: int) -> None:
        self._say_number(start, end)
        self._after_number()

    def _number(self, m: re.Match[str]) -> None:
        start, end = m.span("num")
        written = m["num"]
        kind, at = self.pending
        self.pending = ("", -1)
        if kind and at == start and written.isdigit():
            value = int(written)
            if kind == "month":
                self.b.say(start, end, "tư" if value == 4 else read_int(value))
                self._after_number()
                self.last_date_end = end
                self.date_ngay = False
                return
            if kind == "year":
                self.b.say(start, end, read_int(value))
                self._after_number()
                return
            if kind == "minute":
                self.b.say(start, end, read_int(value) + " phút")
                self._after_number()
                return
            self.b.say(start, end, read_number(written))  # a version part: "4.0"
        else:
            after = self.prev_word
            self._say_number(start, end)
            if written.isdigit() and not m["pct"]:
                self.num_start, self.num_end, self.num_after = start, end, after
                if len(written) <= 2 and 1 <= int(written) <= 31 and self._date_context(start):
                    self.day_end = end
        if m["pct"]:
            self.b.say(
                m.start("pct"), m.end("pct"), "phần trăm" if m["pct"] == "%" else "phần nghìn"
            )
        self._after_number()

    def _degree(self, m: re.Match[str]) -> None:
        written = m.group()
        self.b.say(m.start(), m.end(), {"°C": "độ xê", "°F": "độ ép"}.get(written, "độ"))
        self.prev_kind, self.prev_word = "word", "độ"

    def _offset(self, m: re.Match[str]) -> None:
        """ "GMT+7": a time zone's offset is added, "giê em tê cộng bảy"."""
        self.b.say(m.start(), m.end(), " cộng ")
        self.prev_kind = self.prev_word = ""

    def _lookup(self, form: str, ctx: Context, dot: bool) -> tuple[str | None, bool]:
        """Look `form` up, with its following dot if there is one; (spoken, dot used).

        A FORM written with its dot ("TP.", "PGS.") swallows the dot, and also matches the
        bare word ("TP Bắc Kạn"); a FORM without one leaves the dot to end the sentence
        ("đạt 99,4% KH.").
        """
        lookup = self.lex.lookup
        if dot:
            spoken = lookup(form + ".", ctx)
            if spoken is not None:
                return spoken, True
            return lookup(form, ctx), False
        spoken = lookup(form, ctx)
        return (spoken if spoken is not None else lookup(form + ".", ctx)), False

    def _word(self, m: re.Match[str]) -> None:
        start, end = m.span()
        dot = m.group().endswith(".")
        stem_end = end - 1 if dot else end
        if not dot and self.text[end : end + 1] == "." and self.text[end + 1 : end + 2].isdigit():
            dot, end = True, end + 1  # "Q.1", "P.5": the dot may belong to the abbreviation
        stem = self.text[start:stem_end]
        if "&" in stem:
            stem = _SPACED_AMP.sub("&", stem)  # "TN & MT" as "TN&MT"
        if (
            stem.islower()
            and stem.isalpha()
            and stem not in self.lex
            and stem + "." not in self.lex
        ):
            self.prev_kind, self.prev_word = "word", stem  # the common case: a plain word
            return
        if _DOMAIN.fullmatch(stem):
            self._domain(start, stem_end)
            return
        ctx = self._context(end)
        spoken, used = self._lookup(stem, ctx, dot)
        if spoken is not None:
            self.b.say(start, stem_end + used, spoken)
            self.prev_kind, self.prev_word = "word", stem.casefold()
        elif _JOIN.search(self.text, start, stem_end):
            self._parts(start, stem_end, dot=dot)
        else:
            self._part(start, stem_end, ctx, dot=dot)

    def _domain(self, start: int, end: int) -> None:
        """A site's name as its readers say it: "VOV.VN" = "vê o vê chấm vê en"."""
        pos = start
        for part in self.text[start:end].split("."):
            if pos > start:
                self.b.say(pos - 1, pos, " chấm ")
            spoken = _TLD.get(part.casefold()) or (_spell(part) if part.isupper() else None)
            if spoken is not None:
                self.b.say(pos, pos + len(part), spoken)
            pos += len(part) + 1
        self.prev_kind, self.prev_word = "word", ""

    def _parts(self, start: int, end: int, *, doc: bool = False, dot: bool = False) -> None:
        """A token joined by "/", ".", "&", "-", "'": say each part, then the joins."""
        text = self.text
        after_number = self.prev_kind == "number"
        per = False
        pos = start
        changed_before = False
        joins = list(_JOIN.finditer(text, start, end))
        for i, join in enumerate([*joins, None]):
            part_end = join.start() if join else end
            if part_end > pos:
                ctx = self._context(part_end, prev_number=(after_number or per) and not doc)
                if doc:  # a document's type is its first code: "TT-BTC", not "BNN-TT"
                    ctx = Context(
                        ctx.prev_word, ctx.prev_number, ctx.next_word, ctx.next_number, True, i == 0
                    )
                changed_before = self._part(pos, part_end, ctx, dot=dot and join is None)
                after_number = False
            if join is None:
                break
            mark = join.group()
            nxt_end = joins[i + 1].start() if i + 1 < len(joins) else end
            nxt = text[join.end() : nxt_end]
            if mark == "/":
                before = text[pos : join.start()].casefold()
                # "đồng/kg", "triệu đồng/giải nhất": a price is always per something
                per = not doc and (nxt.casefold() in _PER or before in _MONEY)
                self.b.say(join.start(), join.end(), " trên " if per else " ")
            elif "&" in mark:
                self.b.say(join.start(), join.end(), "và" if mark == "&" else " và ")
            elif mark == "-" or (
                mark == "."
                and (
                    (changed_before and text[pos : join.start()] + "." in self.lex)
                    or doc
                    or self._lookup(nxt, Context(), False)[0] is not None
                    or _spell(nxt)
                )
            ):
                self.b.say(join.start(), join.end(), " ")
            pos = join.end()

    def _part(self, start: int, end: int, ctx: Context, *, dot: bool = False) -> bool:
        """Say one word-like part (and its following dot if the lexicon says so)."""
        word = self.text[start:end]
        spoken, used = self._lookup(word, ctx, dot)
        if spoken is None and (self.prev_word in _ROMAN_CUES or _ROMAN_NAME.fullmatch(word)):
            value = roman_value(word)
            if value is not None and (self.prev_word in _ROMAN_CUES or self._after_name(start)):
                spoken = read_ordinal(value) if self.prev_word == "thứ" else read_int(value)
            elif value is not None:
                self.prev_kind, self.prev_word = "word", word.casefold()
                return False  # "XIV" alone: not spelled as letters
        if spoken is None and word[-1] in "23²³" and len(word) > 1:
            stem = word[:-1]
            # "m2", "CO2"; a single capital is a name, "kế hoạch A2" = "a hai"
            head = self._lookup(stem, ctx, False)[0] or _spell(stem) or _LETTERS.get(stem)
            if head is not None:
                spoken = head + " " + read_int(int(word[-1].translate(_SUPERSCRIPT)))
        if spoken is None:
            spoken = _spell(word)
        if spoken is None and dot and word in _LETTERS and self._inside_line(start):
            spoken = _LETTERS[word]  # an initial, "tuyên phạt C. 12 năm tù"; not "V. Mục tiêu"
            after = re.match(r"\.[^\S\n]*(\S?)", self.text[end : end + 8])
            used = after is not None and not (after.group(1) or "A").isupper()  # goes on
        self.prev_kind, self.prev_word = "word", word.casefold()
        if spoken is None:
            return False
        self.b.say(start, end + used, spoken)
        return True

    def _inside_line(self, start: int) -> bool:
        """Whether something is written before `start` on its line (a heading's "V." is not)."""
        return bool(self.text[self.text.rfind("\n", 0, start) + 1 : start].strip(" \t-–•*"))

    def _after_name(self, start: int) -> bool:
        """Whether the word right before `start` is capitalised ("Louis XIV")."""
        before = _NAME_BEFORE.search(self.text, max(0, start - 40), start)
        return before is not None and before.group(1)[0].isupper()

    def _percent(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "phần trăm" if m.group() == "%" else "phần nghìn")
        self.prev_kind = self.prev_word = ""

    def _unit_before(self, start: int) -> bool:
        """ "40mm/24h": a unit stuck to a number before the slash makes it "per"."""
        return re.search(r"\d[^\W\d_]{1,3}$", self.text[max(0, start - 8) : start]) is not None

    def _amp(self, m: re.Match[str]) -> None:
        self.b.say(m.start(), m.end(), "và")
        self.prev_kind = self.prev_word = ""


_SUPERSCRIPT = str.maketrans("²³", "23")
_MONEY = frozenset(["đồng", "đ", "usd", "vnđ", "vnd"])
# A web site's name ("VOV.VN", "Baothanhhoa.vn", "dantri.com.vn"): its dots are said.
_DOMAIN = re.compile(r"[A-Za-z][A-Za-z-]*(?:\.[A-Za-z-]+)*\.(?:vn|VN|com|COM|net|NET)")
_TLD = {"vn": "vê en", "com": "com", "net": "nét"}


def normalize_vi(text: str, lexicon: Lexicon) -> Spoken:
    """Vietnamese displayed text -> speakable text with its offset map."""
    return _Scanner(text, lexicon).run()
