"""The token walk both speech normalisers share (standard library only).

A language's scanner is one regular expression with a named group per kind of token
("NUMBER", "WORD", "DASH", ...) and a method ``_number``, ``_word``, ``_dash`` ... for each;
the walk calls them in order and remembers what came just before (a number, a word), which
is what most readings depend on ("thứ 4", "5 - 7").
"""

from __future__ import annotations

import re
from typing import ClassVar

from reader.text.speech_lexicon import Lexicon
from reader.text.speech_map import Spoken, SpokenBuilder

__all__ = ["TokenScanner"]


class TokenScanner:
    """Walks ``TOKEN``'s matches over a text, building the spoken text with its map."""

    __slots__ = ("b", "last_end", "lex", "prev_kind", "prev_word", "text")
    TOKEN: ClassVar[re.Pattern[str]]

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.b = SpokenBuilder(text)
        self.prev_kind = ""  # "number", "word" or "" after punctuation
        self.prev_word = ""
        self.last_end = 0

    def run(self) -> Spoken:
        text = self.text
        for m in self.TOKEN.finditer(text):
            start = m.start()
            if start > self.last_end and not text[self.last_end : start].isspace():
                self.prev_kind = self.prev_word = ""  # punctuation between: no context
            getattr(self, "_" + m.lastgroup.lower())(m)  # type: ignore[union-attr]
            self.last_end = m.end()
        return self.b.finish()

    def _after_number(self) -> None:
        self.prev_kind, self.prev_word = "number", ""
