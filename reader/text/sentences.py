"""Sentence boundaries for Vietnamese and English bulletin text.

Sentences are what the reader highlights, speaks and moves between, so a wrong split
is heard: a pause after "TP." or "8." sounds broken, a missed split makes one endless
breath. The rules are deliberately conservative, cheap (precompiled regexes without
backtracking, a constant amount of work per candidate) and never drop text: every
non-space character ends up in exactly one range.

A candidate end is a run of ``. ! ? … ...`` (also ``?!``, the portal mark ``/.``, and
closing quotes/brackets after them) followed by whitespace. It is a boundary when the
next word can start a sentence: an uppercase letter (Vietnamese too), a digit, an
opening quote/bracket or a dash bullet. So "8.840", "6,33%" or "05.12.2023" never
split (no whitespace), and "Trung ương 8... để xem xét" goes on (lowercase). The end of
the text ends a sentence, and so does a blank line, because lists and quotes are joined
by blank lines; a single newline is plain whitespace.

Choices made for ambiguous cases:

* Abbreviations are matched case-sensitively: "TP." or "No." are abbreviations, while
  lowercase "no." is an ordinary word that may end a sentence.
* "etc.", "v.v.", "a.m." and "p.m." end a sentence only before an uppercase letter
  ("at 5 p.m. Then" splits, "5 p.m. on" and "etc. 2024" do not).
* "No." continues only before a number ("No. 5"), so the answer "No. It is." splits.
* A single capital letter is an initial ("J. R. R. Tolkien", "Nguyễn V. A.") unless
  the word before it starts in lowercase or with a digit ("vitamin A. Then" splits).
* Other abbreviations ("TP.", "Dr.", "Inc.", "e.g.", "U.S.") never end a sentence
  unless closing quotes/brackets follow the dot or the text/paragraph ends there.
* A would-be sentence with no letter or digit (a stray "-" or quote) joins the one
  before it; a bare list marker such as "2." or "a)" joins the one after it.
"""

from __future__ import annotations

import re

from reader.model import Sentence, Span, Text

__all__ = ["make_text", "split_sentences"]

_OPENERS = "\"'“‘„‹«([¿¡"
_CLOSERS = "\"'”’)»]›"
_BULLETS = "-–—•"

# A run of sentence-final marks, possibly interleaved with closers, then closers.
# Possessive quantifiers make each match consume its whole run once: linear time.
_TERM = r"(?:[.!?…]|/\.)"
_CLOSE = "[" + re.escape(_CLOSERS) + "]"
_CLUSTER = re.compile(rf"(?P<p>{_TERM}++(?:{_CLOSE}++{_TERM}++)*+)(?P<c>{_CLOSE}*+)")
_BLANK_LINE = re.compile(r"\n[^\S\n]*+\n")
_SPACE = re.compile(r"\s*+")
_ALNUM = re.compile(r"[^\W_]")
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[^\W\d_]|[IVXLCivxlc]{1,6})[.)]")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

_MAX_ABBREVIATION = 16

_COMMON = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "Inc", "Ltd", "Co", "Ph.D"}
)
_VI = frozenset(
    {
        "TP", "Tp", "Q", "P", "H", "TT", "TX", "Th.S", "ThS", "Ths", "TS", "TSKH",
        "PGS", "GS", "BS", "KS", "CN", "NXB", "Đ/c", "đ/c", "tr", "Tr",
    }
)  # fmt: skip
_EN = frozenset(
    {
        "Fig", "Figs", "Vol", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt",
        "Sgt", "Rev", "Hon", "Corp", "Dept", "cf", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }
)  # fmt: skip
_ABBREVIATIONS = {"vi": _COMMON | _VI, "en": _COMMON | _EN}
_ALL_ABBREVIATIONS = _COMMON | _VI | _EN
# These also close sentences ("... v.v. Năm sau"), so only an uppercase word ends them.
_UNTIL_UPPER = frozenset({"etc", "v.v", "a.m", "p.m", "A.M", "P.M"})
# Numbering abbreviations: "No. 5" goes on, "No. It is." does not.
_UNTIL_NON_DIGIT = frozenset({"No", "Nos"})


def split_sentences(text: str, lang: str = "vi") -> list[tuple[int, int]]:
    """Half-open (start, end) character offsets of each sentence in `text`.

    `lang` ("vi", "en", "vi-VN", ...) picks the abbreviation list; other languages get
    all lists, since a wrong non-split is less harmful than a split inside a name.
    """
    code = lang.replace("_", "-").split("-", 1)[0].lower()
    abbreviations = _ABBREVIATIONS.get(code, _ALL_ABBREVIATIONS)
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        _split_paragraph(text, start, m.start(), abbreviations, out)
        start = m.end()
    _split_paragraph(text, start, len(text), abbreviations, out)
    return out


def make_text(text: str, lang: str, spans: tuple[Span, ...] = ()) -> Text:
    """A Text with its sentences split by the language's rules."""
    sentences = tuple(Sentence(a, b) for a, b in split_sentences(text, lang))
    return Text(text, sentences, spans)


def _split_paragraph(
    text: str, lo: int, hi: int, abbreviations: frozenset[str], out: list[tuple[int, int]]
) -> None:
    """Append the sentences of ``text[lo:hi]``, a stretch without blank lines."""
    start = _skip_space(text, lo, hi)
    end = hi
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    pieces: list[tuple[int, int]] = []
    for m in _CLUSTER.finditer(text, start, end):
        stop = m.end()
        if stop >= end or not text[stop].isspace():
            continue
        nxt = _skip_space(text, stop, end)
        if _is_boundary(text, m, nxt, lo, abbreviations):
            pieces.append((start, stop))
            start = nxt
    pieces.append((start, end))
    out.extend(_tidy(text, pieces))


def _skip_space(text: str, pos: int, end: int) -> int:
    """Index of the first non-space character in ``text[pos:end]`` (or `end`)."""
    m = _SPACE.match(text, pos, end)
    return m.end() if m else pos


def _is_boundary(
    text: str, m: re.Match[str], nxt: int, lo: int, abbreviations: frozenset[str]
) -> bool:
    """Whether the marks in `m` end a sentence, given the next word starts at `nxt`."""
    ch = text[nxt]
    if not (ch.isupper() or ch.istitle() or ch.isdigit() or ch in _OPENERS or ch in _BULLETS):
        return False
    if m.group("p") != "." or m.group("c"):
        return True  # "?", "!", "...", "/." or a closing quote/bracket: a real end.
    return not _abbreviation_goes_on(text, lo, m.start(), ch, abbreviations)


def _abbreviation_goes_on(
    text: str, lo: int, dot: int, ch: str, abbreviations: frozenset[str]
) -> bool:
    """Whether the '.' at `dot` ends an abbreviation, so the sentence goes on to `ch`."""
    begin = dot
    while begin > lo and not text[begin - 1].isspace():
        begin -= 1
        if dot - begin > _MAX_ABBREVIATION:
            return False
    word = text[begin:dot].lstrip(_OPENERS)
    if not word:
        return False
    if word in _UNTIL_UPPER:
        return not (ch.isupper() or ch.istitle())
    if word in _UNTIL_NON_DIGIT:
        return ch.isdigit()
    if word in abbreviations or _DOTTED.fullmatch(word):
        return True
    if "." in word and word.rpartition(".")[2] in abbreviations:
        return True  # Stacked titles: "PGS.TS.", "ThS.BS."
    if len(word) == 1 and (word.isupper() or word.istitle()):
        return _follows_name(text, lo, begin)
    return False


def _follows_name(text: str, lo: int, begin: int) -> bool:
    """Whether the word before `begin` is capitalised, so a capital there is an initial."""
    end = begin
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return True  # "J. R. R. Tolkien" at the start of a paragraph.
    start = end
    while start > lo and not text[start - 1].isspace():
        start -= 1
    word = text[start:end].lstrip(_OPENERS)
    return not word or word[0].isupper() or word[0].istitle()


def _tidy(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Attach stray punctuation and bare list markers to a neighbour sentence."""
    out: list[tuple[int, int]] = []
    carry: int | None = None  # start of pieces waiting to join the next one
    for start, end in pieces:
        has_alnum = _ALNUM.search(text, start, end) is not None
        if not has_alnum and carry is None and out:
            out[-1] = (out[-1][0], end)
            continue
        if carry is None:
            carry = start
        if not has_alnum or _LIST_MARKER.fullmatch(text, start, end):
            continue
        out.append((carry, end))
        carry = None
    if carry is not None:
        out.append((carry, pieces[-1][1]))
    return out
