"""Runs of combining marks, capped so Unicode normalisation stays linear.

NFC/NFD sort each run of combining marks by class with an insertion sort: a letter followed
by 180,000 alternating accents took 30 s to normalise (the square of the run). No script
needs more than a handful on one letter (Vietnamese uses two), so a run longer than
MAX_COMBINING_RUN keeps its first marks and loses the rest ("Zalgo" text stays readable).
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

MAX_COMBINING_RUN = 16


@functools.cache
def _long_run() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A regex for a run of more than MAX_COMBINING_RUN characters of non-zero combining
    class (built once from this Python's Unicode tables: ~50 ms), and a cheap one that
    must match wherever the first does (as long a run of characters at or above the
    lowest combining mark, U+0300): most texts have no such run, and a one-range class
    is scanned 20 times faster than the table's hundreds of ranges."""
    ranges: list[list[int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    members = "".join(
        re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges
    )
    lowest = re.escape(chr(ranges[0][0] - 1))
    return (
        re.compile(f"[{members}]{{{MAX_COMBINING_RUN + 1},}}"),
        re.compile(f"[^\\x00-{lowest}]{{{MAX_COMBINING_RUN + 1},}}"),
    )


def cap_combining_runs(text: str) -> tuple[str, int]:
    """``text`` with every run of combining marks cut to MAX_COMBINING_RUN, and how many
    marks were dropped (linear: one regex pass)."""
    exact, rough = _long_run()
    if rough.search(text) is None:
        return text, 0
    dropped = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal dropped
        dropped += len(m.group()) - MAX_COMBINING_RUN
        return m.group()[:MAX_COMBINING_RUN]

    return exact.sub(cut, text), dropped
