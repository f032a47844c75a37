"""A strict fast path for the simple front matter our writers produce (``key: value`` lines).

PyYAML's pure-Python loader costs about a fifth of indexing an article; nearly every front
matter in a library is a few ``key: value`` lines written by the importer or by hand. This
reads exactly that subset: plain one-word-to-a-line-of-words scalars (folded onto indented
continuation lines), one-line quoted strings, ``YYYY-MM-DD`` dates, and ``- item`` lists.
Anything else (comments, flow collections, anchors, block scalars, odd characters, values
YAML would read as numbers, booleans or null) returns None and the full loader decides, so
the result is always what ``yaml.load`` gives (a property test checks it against PyYAML).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

__all__ = ["simple_front_matter"]

# Characters YAML reads as line breaks or refuses (PyYAML's Reader.NON_PRINTABLE), the BOM,
# tabs and the C0/C1 controls: their presence sends the text to the full loader.
_AWKWARD = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
# Words of letters, digits and a little punctuation separated by single spaces, starting
# with a letter: YAML's implicit types (int, float, timestamp, null ~, .inf) all start
# otherwise, save the words below.
_PLAIN = re.compile(r"[^\W\d_][\w.,()/'%+-]*(?: [\w.,()/'%+-]+)*\Z")
_CONTINUATION = re.compile(r"[^\W_][\w.,()/'%+-]*(?: [\w.,()/'%+-]+)*\Z")
_NOT_TEXT = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}  # any case
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}\Z")
_DOUBLE = re.compile(r'"(?:[^"\\]|\\["\\/bfnrt]|\\u(?![dD][89abAB])[0-9a-fA-F]{4})*"\Z')
_SINGLE = re.compile(r"'(?:[^']|'')*'\Z")


def simple_front_matter(raw: str) -> dict[str, Any] | None:
    """The mapping ``yaml.safe_load(raw)`` gives, or None when ``raw`` is not of the simple
    kind read here (then the full loader must be used)."""
    if not raw.endswith("\n") or _AWKWARD.search(raw):
        return None
    meta: dict[str, Any] = {}
    lines = raw[:-1].split("\n")
    i = 0
    while i < len(lines):
        key, sep, rest = lines[i].partition(": ")
        if not sep:
            if not lines[i].endswith(":"):
                return None
            key, rest = lines[i][:-1], ""
        if not _KEY.match(key) or key.lower() in _NOT_TEXT or rest != rest.strip():
            return None
        i += 1
        if not rest:  # a list of items below (or nothing: null)
            items = []
            dash = "  - " if i < len(lines) and lines[i].startswith("  - ") else "- "
            while i < len(lines) and lines[i].startswith(dash):
                item = _scalar(lines[i][len(dash) :])
                if not isinstance(item, str):
                    return None
                items.append(item)
                i += 1
            meta[key] = items or None
            continue
        if _PLAIN.match(rest):
            while i < len(lines) and lines[i].startswith(" "):  # folded onto the next lines
                more = lines[i].lstrip(" ")
                if not _CONTINUATION.match(more):
                    return None
                rest += " " + more
                i += 1
        value = _scalar(rest)
        if value is None:
            return None
        meta[key] = value
    return meta


def _scalar(text: str) -> str | dt.date | None:
    """A one-line value as YAML reads it, or None if it is not of a kind read here."""
    if _PLAIN.match(text):
        return None if text.lower() in _NOT_TEXT else text
    if text.startswith('"'):
        return json.loads(text) if _DOUBLE.match(text) else None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'") if _SINGLE.match(text) else None
    date = _DATE.match(text)
    if date:
        try:
            return dt.date(*map(int, date.groups()))
        except ValueError:
            return text  # as our loader keeps an impossible date: text
    if _HEX_DIGEST.match(text) and not text.isdigit():
        return text
    return None
