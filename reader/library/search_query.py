"""A typed query -> FTS5 expressions, and the snippet that shows why an article matched.

Matching runs on folded text ("hoi nghi" finds "Hội nghị"); a word typed with its marks also
asks for an exact match, so "Đảng" ranks "Đảng" above "đang" and "dáng". The snippet is cut
from the original text, words as written, with the matches marked.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from reader.library.folding import diacritic_pattern, fold, has_diacritics, letter_class

_WORD = re.compile(r"\w+")
MAX_WORDS = 16  # a longer query is cut: each word is one more pass over the index


class EmptyQuery(ValueError):
    """The query has no word to look for (empty, or only punctuation)."""


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...]  # as typed (NFC, lowercase)
    folded: tuple[str, ...]
    prefix: bool = False  # the last word may be the start of a word (search as you type)

    @property
    def exact_words(self) -> tuple[str, ...]:
        """The words typed with Vietnamese marks: these rank exact matches first."""
        return tuple(w for w in self.words if has_diacritics(w))

    def folded_expression(self) -> str:
        """Every folded word, in the title or the body."""
        terms = [_quoted(w) for w in self.folded]
        if self.prefix:
            terms[-1] += " *"
        return f"{{title_folded body_folded}} : ({' AND '.join(terms)})"

    def phrase_expression(self) -> str | None:
        """The folded words side by side: a Vietnamese word is often two or three syllables
        ("hội nghị"), so articles with the words together rank above the others."""
        if len(self.folded) < 2:
            return None
        phrase = _quoted(" ".join(self.folded)) + (" *" if self.prefix else "")
        return f"{{title_folded body_folded}} : {phrase}"

    def exact_expression(self) -> str | None:
        """Each word typed with marks present exactly as typed: those articles rank first."""
        exact = self.exact_words
        if not exact:
            return None
        return f"{{title_marked body_marked}} : ({' AND '.join(_quoted(w) for w in exact)})"


def parse_query(text: str, *, prefix: bool = False) -> Query:
    """Split a typed query into words; raises EmptyQuery when there is none."""
    nfc = unicodedata.normalize("NFC", text).lower()
    # A word whose folding is not one word (a rare letter that folds to nothing) is left out.
    words = tuple(w for w in _WORD.findall(nfc) if _WORD.fullmatch(fold(w)))[:MAX_WORDS]
    folded = tuple(fold(w) for w in words)
    if not words:
        raise EmptyQuery("the query has no words to search for")
    ends_in_word = bool(nfc) and nfc[-1].isalnum()
    return Query(words, folded, prefix and ends_in_word)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class Snippet:
    """A passage of the original text; ``marks`` are the matched words' ``[start, end)``."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "**", after: str = "**") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def match_pattern(query: Query, *, exact: bool = False) -> re.Pattern[str]:
    """Finds the query's words in original text, whatever their marks (with ``exact``, a word
    typed with marks only as typed); group ``i + 1`` is the ``i``-th word."""
    last = len(query.folded) - 1
    alternatives, firsts = [], set()
    for i, (typed, folded) in enumerate(zip(query.words, query.folded, strict=True)):
        as_typed = exact and has_diacritics(typed)
        word = typed if as_typed else folded
        prefix = query.prefix and i == last
        alternatives.append(f"({diacritic_pattern(word, exact=as_typed, prefix=prefix)})")
        firsts.add(letter_class(word[0], exact=as_typed))
    # A class of every first letter, before the look-behind: twice as fast on long texts.
    return re.compile(f"(?=[{''.join(sorted(firsts))}])(?<!\\w)(?:{'|'.join(alternatives)})")


def find_words(text: str, query: Query, most: int = 400) -> list[re.Match[str]]:
    """Where the query's words are in ``text``: as typed when the reader typed marks and the
    text has them so, else whatever their marks (at most ``most``)."""
    patterns = [match_pattern(query)]
    if query.exact_words:
        patterns.insert(0, match_pattern(query, exact=True))
    for pattern in patterns:
        found = list(itertools.islice(pattern.finditer(text), most))
        if found:
            return found
    return []


def make_snippet(text: str, query: Query, width: int = 200) -> Snippet:
    """About ``width`` characters of ``text`` around the best cluster of query words: the
    most different words, then the most typed exactly (with the reader's marks)."""
    typed = set(query.words)
    hits = [(m.start(), m.end(), m.lastindex or 0, m.group().lower() in typed)
            for m in find_words(text, query)]  # fmt: skip
    if not hits:
        return _cut(text, 0, width, [])
    best, best_score = 0, (0, 0)
    counts: dict[int, int] = {}
    exact = j = 0
    for i, (start, _end, word, is_exact) in enumerate(hits):  # a window sliding over hits
        while j < len(hits) and hits[j][0] < start + width:
            counts[hits[j][2]] = counts.get(hits[j][2], 0) + 1
            exact += hits[j][3]
            j += 1
        if (len(counts), exact) > best_score:
            best, best_score = i, (len(counts), exact)
        counts[word] -= 1
        if not counts[word]:
            del counts[word]
        exact -= is_exact
    begin = max(0, hits[best][0] - width // 4)
    return _cut(text, begin, width, [(s, e) for s, e, _w, _x in hits])


def _cut(text: str, begin: int, width: int, hits: list[tuple[int, int]]) -> Snippet:
    """Cut at spaces, one line, an ellipsis where text was left out."""
    end = min(len(text), begin + width)
    if begin > 0:
        space = text.rfind(" ", max(0, begin - 20), begin + 1)
        if space < 0:
            space = text.find(" ", begin, begin + 20)
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    piece = text[begin:end].replace("\n", " ")
    shift = len(prefix) - begin
    marks = tuple((s + shift, e + shift) for s, e in hits if s >= begin and e <= end)
    return Snippet(prefix + piece + suffix, marks)
