"""Dates, times, ranges and fractions in Vietnamese bulletins, as the scanner of
reader.text.speech_vi reads them: "Chiều 14.3" is a date, "19-22 độ C" a range, "tháng
10-2015" a month and a year, "lúc 8.30" a time, "chiếm gần 1/4" a fraction.

``DateRules`` holds the scanner's handlers for those tokens; the scanner (its text, its
builder ``b``, what came before) is the class that uses it.
"""

from __future__ import annotations

import re

from reader.text.numbers_vi import read_int, read_number

_NEXT_WORD = re.compile(r"[^\S\n]*([^\W_]+)")
# After "x/" these make the slash "per": "đồng/người", "kg/người/năm".
_PER = frozenset(
    [
        "người",
        "năm",
        "tháng",
        "ngày",
        "giờ",
        "h",
        "tuần",
        "quý",
        "hộ",
        "ha",
        "km",
        "kg",
        "tấn",
        "tạ",
        "con",
        "lượt",
        "lít",
        "l",
        "m",
        "m2",
        "m3",
        "km2",
        "sào",
        "lần",
        "khẩu",
        "suất",
        "phút",
        "giây",
        "s",
        "xã",
        "ca",
        "buổi",
        "trẻ",
        "em",
        "học",
        "sinh",
        "ký",
        "cây",
        "bao",
        "chiếc",
        "thùng",
        "căn",
    ]
)
_WORD_RUN = re.compile(r"[^\W\d_]+")
_YEAR_AFTER = re.compile(r"\d{4}(?![\d.,/])")

# Words before "d/m", "d-m" or "d.m" that make it a date ("Ngày 5/12", "sáng 4.12", "lễ
# 30/4", "Quốc khánh 2-9"); "nay", "qua", "mai" after one of them too ("Sáng nay (5/9)").
_DATE_CUES = frozenset(
    [
        "ngày",
        "hôm",
        "sáng",
        "trưa",
        "chiều",
        "tối",
        "đêm",
        "khuya",
        "rạng",
        "mùng",
        "lễ",
        "dịp",
        "khánh",
    ]
)
_DATE_NOW = frozenset(["nay", "qua", "mai"])
_DATE_LINKS = re.compile(r"\s*(?:[-–—,]|đến|tới|và)?\s*")
_RANGE_LINK = re.compile(r"[-–—]|đến|tới")
# "nhân ngày Quốc tế thiếu nhi 1/6": the name of a day, a few words with a capital in them.
_NAMED_DAY = re.compile(r"(?<!\w)[Nn]gày((?:[^\S\n]+[^\W\d_]+){1,6})[^\S\n]*$")
# The whole number right after a "-" or "." between numbers: a month, a year or a version
# part, but not a decimal, a ratio, a time, a percentage or a number with a unit stuck to it.
_NEXT_INT = re.compile(r"[^\S\n]*(\d{1,4})(?![\d\w%‰°]|[,.:/]\d|[^\S\n]?[%‰])(?![^\S\n]*tháng)")
# Fractions read "a phần b" rather than "a trên b" after these words ("chiếm gần 1/4").
_FRACTION_BEFORE = frozenset(["chiếm", "gần", "khoảng", "hơn", "bằng", "còn", "với"])
_FRACTION_AFTER = frozenset(["số", "cả", "tổng", "diện", "dân", "lượng"])


class DateRules:
    def _date(self, m: re.Match[str]) -> None:
        day, month, year = int(m["dd"]), int(m["dm"]), int(m["dy"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            self._slashed(m)
            return
        sep1 = m.start("ds")
        sep2 = m.end("dm")
        lead = "" if self.prev_word == "ngày" else "ngày "
        self.b.say(m.start("dd"), sep1, lead + read_int(day))
        self.b.say(sep1, sep1 + 1, " tháng ")
        self.b.say(m.start("dm"), sep2, "tư" if month == 4 else read_int(month))
        self.b.say(sep2, sep2 + 1, " năm ")
        self.b.say(m.start("dy"), m.end("dy"), read_int(year))
        self._after_number()
        self.last_date_end = m.end()
        self.date_ngay = True

    def _time(self, m: re.Match[str]) -> None:
        hours = int(m["th"])
        minutes = int(m["tm"]) if m["tm"] else 0
        if hours > 24 or minutes > 59:
            self._number_only(m.start("th"), m.end("th"))
            return
        seconds = int(m["ts"]) if m["ts"] else 0
        if seconds > 59:
            self._number_only(m.start("th"), m.end("th"))
            return
        spoken = read_int(hours) + " giờ"
        if minutes or seconds:
            spoken += " " + read_int(minutes) + " phút"
        if seconds:
            spoken += " " + read_int(seconds) + " giây"
        self.b.say(m.start(), m.end(), spoken)
        self._after_number()

    def _slashed(self, m: re.Match[str]) -> None:
        text = self.text
        pieces = text[m.start() : m.end()].split("/")
        ints = [p.isdigit() for p in pieces]
        if len(pieces) == 2 and all(ints):
            a, c = int(pieces[0]), int(pieces[1])
            if len(pieces[1]) == 4 and 1 <= a <= 12 and len(pieces[0]) <= 2:
                slash = m.start() + len(pieces[0])
                lead = "" if self.prev_word == "tháng" else "tháng "
                self.b.say(m.start(), slash, lead + ("tư" if a == 4 else read_int(a)))
                self.b.say(slash, slash + 1, " năm ")
                self.b.say(slash + 1, m.end(), read_int(c))
                self._after_number()
                return
            short = len(pieces[0]) <= 2 and len(pieces[1]) <= 2
            # A day after the month (22/8) is a date: no count or fraction is written so.
            if short and 1 <= a <= 31 and 1 <= c <= 12 and (a > c or self._date_context(m.start())):
                slash = m.start() + len(pieces[0])
                lead = "ngày " if self._continues_ngay(m.start()) else ""
                said_ngay = bool(lead) or self.prev_word == "ngày"
                self.b.say(m.start(), slash, lead + read_int(a))
                self.b.say(slash, slash + 1, " tháng ")
                self.b.say(slash + 1, m.end(), "tư" if c == 4 else read_int(c))
                self._after_number()
                self.last_date_end = m.end()
                self.date_ngay = said_ngay
                return
            if short and 1 <= a < c <= 10 and self._fraction_context(m.start(), m.end()):
                slash = m.start() + len(pieces[0])
                self.b.say(m.start(), slash, read_int(a))
                self.b.say(slash, slash + 1, " phần ")
                self.b.say(slash + 1, m.end(), "tư" if c == 4 else read_int(c))
                self._after_number()
                return
        pos = m.start()
        for i, piece in enumerate(pieces):
            if i:
                self.b.say(pos, pos + 1, " trên ")
                pos += 1
            if piece:
                self.b.say(pos, pos + len(piece), read_number(piece))
            pos += len(piece)
        self._after_number()

    def _date_context(self, start: int) -> bool:
        """A day word or time of day before `start`, or a date (or day) just before it."""
        if self._date_cue(start):
            return True
        for end in (self.last_date_end, self.day_end):
            if end >= 0 and _DATE_LINKS.fullmatch(self.text, end, start):
                return True
        return False

    def _date_cue(self, start: int) -> bool:
        """Whether a date cue word ends right before `start` ("sáng 4", "Sáng nay (5")."""
        if self.prev_word in _DATE_CUES:
            return True
        tail = self.text[max(0, start - 30) : start].rstrip(" \t(")
        if not tail[-1:].isalpha():
            return False
        words = [w.casefold() for w in _WORD_RUN.findall(tail)[-2:]]
        if words[-1] in _DATE_CUES:
            return True
        if len(words) == 2 and words[1] in _DATE_NOW and words[0] in _DATE_CUES:
            return True
        named = _NAMED_DAY.search(self.text, max(0, start - 60), start)
        return named is not None and any(w[0].isupper() for w in named.group(1).split())

    def _continues_ngay(self, start: int) -> bool:
        """A date after a range link from a date said with "ngày" takes "ngày" too."""
        if self.prev_word in _DATE_CUES or self.last_date_end < 0 or not self.date_ngay:
            return False
        gap = self.text[self.last_date_end : start]
        return _DATE_LINKS.fullmatch(gap) is not None and _RANGE_LINK.search(gap) is not None

    def _fraction_context(self, start: int, end: int) -> bool:
        nxt = _NEXT_WORD.match(self.text, end)
        return self.prev_word in _FRACTION_BEFORE or (
            nxt is not None and nxt.group(1).casefold() in _FRACTION_AFTER
        )

    def _dash(self, m: re.Match[str]) -> None:
        text = self.text
        start, end = m.span()
        line_start = text.rfind("\n", 0, start) + 1
        nxt = text[end : end + 1]
        spaced_left = start == line_start or text[start].isspace()
        spaced_right = end == len(text) or text[end - 1].isspace()
        follows = _NEXT_INT.match(text, end) if nxt.isdigit() else None
        joined = self.prev_kind == "number" and self.num_end == start and follows is not None
        if not text[line_start:start].strip():
            spoken = ""  # a bullet
        elif joined and self._day_month(follows, dot=False):  # type: ignore[arg-type]
            self.pending = ("month", follows.start(1))  # type: ignore[union-attr]
            self.b.say(start, end, " tháng ")
            self.prev_word = ""
            return
        elif joined and self._month_year(follows):  # type: ignore[arg-type]
            self.pending = ("year", follows.start(1))  # type: ignore[union-attr]
            self.b.say(start, end, " năm ")
            self.prev_word = ""
            return
        elif self.prev_kind == "number" and nxt.isdigit():
            spoken = " đến "
        elif nxt.isdigit() and spaced_left and not spaced_right:
            spoken = " âm "
        elif spaced_left and spaced_right and nxt.isupper():
            spoken = ", "
        else:
            spoken = " "
        self.b.say(start, end, spoken)
        if spoken != " đến ":
            self.prev_kind = ""
        self.prev_word = ""

    def _day_month(self, follows: re.Match[str], *, dot: bool) -> bool:
        """Whether the last number, a separator and `follows` are a day and a month."""
        day = self.text[self.num_start : self.num_end]
        month = follows.group(1)
        return (
            len(day) <= 2
            and len(month) <= 2
            and 1 <= int(day) <= 31
            and 1 <= int(month) <= 12
            and self.day_end == self.num_end
            and (dot or self.num_after != "tháng")
        )

    def _clock(self, follows: re.Match[str]) -> bool:
        """ "lúc 8.30": hours, a dot and minutes after "lúc"."""
        hours = self.text[self.num_start : self.num_end]
        minutes = follows.group(1)
        return (
            self.num_after == "lúc"
            and len(hours) <= 2
            and int(hours) <= 24
            and len(minutes) == 2
            and int(minutes) <= 59
        )

    def _month_year(self, follows: re.Match[str]) -> bool:
        """ "tháng 10-2015": a month, a hyphen and a year."""
        month = self.text[self.num_start : self.num_end]
        year = follows.group(1)
        return (
            self.num_after == "tháng"
            and len(month) <= 2
            and 1 <= int(month) <= 12
            and len(year) == 4
            and 1000 <= int(year) <= 2999
        )

    def _dot(self, m: re.Match[str]) -> None:
        """A dot between numbers that is not a thousands mark: "14.3" (a date), "4.0"."""
        start, end = m.span()
        follows = _NEXT_INT.match(self.text, end)
        if start < self.b.position:
            return  # "Q.1": the abbreviation took its dot
        if self.prev_kind != "number" or self.num_end != start:
            self.prev_kind = self.prev_word = ""
            return
        if follows is not None and follows.start(1) == end and self._day_month(follows, dot=True):
            self.pending = ("month", end)
            self.b.say(start, end, " tháng ")
        elif follows is not None and follows.start(1) == end and self._clock(follows):
            self.pending = ("minute", end)
            self.b.say(start, end, " giờ ")
        elif follows is not None and follows.start(1) == end and self._month_year(follows):
            self.pending = ("year", end)  # "tháng 4.2016"
            self.b.say(start, end, " năm ")
        else:
            self.pending = ("version", end)
            self.b.say(start, end, " chấm ")
        self.prev_word = ""

    def _slash(self, m: re.Match[str]) -> None:
        if _YEAR_AFTER.match(self.text, m.end()):
            self.b.say(m.start(), m.end(), " năm ")  # "quý I/2024"
            self.prev_kind = self.prev_word = ""
            return
        nxt = _NEXT_WORD.match(self.text, m.end())
        per = (
            nxt is not None
            and nxt.start(1) == m.end()
            and (
                nxt.group(1).casefold() in _PER
                or (nxt.group(1)[0].isdigit() and self._unit_before(m.start()))
            )
        )
        self.b.say(m.start(), m.end(), " trên " if per else " ")
        self.prev_kind = "number" if per else ""
        self.prev_word = ""
