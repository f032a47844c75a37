"""Faster code paths for indexing give exactly what the plain ones gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.formats.markdown_blocks import _WS, _InlineText
from reader.formats.markdown_tree import STASH
from reader.text.marks import MAX_COMBINING_RUN, _long_run, cap_combining_runs

MARKS = "\u0300\u0301\u0316\u0323\u0483\u302a\U0001d167"  # Latin, Cyrillic, CJK, music
chars = st.sampled_from(list("aZ đếữ\n") + list(MARKS) + ["中", "\u1ea0", "\u0345"])


def _reference_cap(text: str) -> tuple[str, int]:
    """The one-pass version the pre-check now guards."""
    dropped = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal dropped
        dropped += len(m.group()) - MAX_COMBINING_RUN
        return m.group()[:MAX_COMBINING_RUN]

    return _long_run()[0].sub(cut, text), dropped


@settings(max_examples=500)
@given(st.lists(st.one_of(st.text(chars), st.text(st.sampled_from(MARKS), min_size=15))))
def test_capping_runs_is_unchanged_by_the_pre_check(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert cap_combining_runs(text) == _reference_cap(text)


def test_a_long_run_after_other_high_characters_is_still_cut() -> None:
    text = "中文" * 20 + "e" + "\u0301" * 40 + "中"
    capped, dropped = cap_combining_runs(text)
    assert dropped == 40 - MAX_COMBINING_RUN
    assert capped == "中文" * 20 + "e" + "\u0301" * MAX_COMBINING_RUN + "中"


class _WordByWord(_InlineText):
    """The inline text as it was added before: one white-space-separated piece at a time."""

    def add(self, s: str) -> None:
        s = STASH.sub(lambda m: self._unstash(int(m.group(1))), s)
        for i, chunk in enumerate(_WS.split(s)):
            if i > 0:
                self._space_pending = True
            if chunk:
                if self._space_pending and self.length:
                    self.parts.append(" ")
                    self.length += 1
                self._space_pending = False
                self.parts.append(chunk)
                self.length += len(chunk)


pieces = st.lists(
    st.sampled_from([*list("ab đ\n\t\xa0\u2003"), "\x02wzxhzdk:0\x03", "\x02"]), max_size=8
).map("".join)


@settings(max_examples=800)
@given(st.lists(pieces, max_size=6), st.booleans())
def test_inline_text_folds_white_space_as_word_by_word_did(parts: list[str], br: bool) -> None:
    fast, slow = _InlineText(["&amp; x"]), _WordByWord(["&amp; x"])
    for i, part in enumerate(parts):
        for flat in (fast, slow):
            flat.add(part)
            if br and i == 0:
                flat._space_pending = True  # as a <br> does
    assert fast.text() == slow.text()
    assert fast.length == slow.length == len(fast.text()[0])
    assert fast._space_pending == slow._space_pending
