"""The abbreviation lexicon: what to say for "UBND", "KH", "TP.", "Dr." (standard library only).

The format (``resources/speech/README.md`` is the user's guide) is UTF-8 text, one entry per
line, fields separated by a TAB::

    FORM <TAB> SPOKEN [<TAB> CONDITIONS [<TAB> NOTE]]

``#`` starts a comment line; blank lines are skipped. FORM is matched case-sensitively
against a whole token ("TP." or "TP", "Đ/c", "NQ/TU", "kg/người/năm"). CONDITIONS is empty
(always) or a space-separated list that must all hold:

* ``prev=number`` / ``next=number``: the token right before/after is a number;
* ``next=Upper`` / ``next=lower``: the next word starts with a capital / small letter;
* ``prev=WORD`` / ``next=WORD``: the word before/after is WORD (case-insensitive);
* ``in=doc``: the token is part of a document number ("15-NQ/TU", "123/QĐ-UBND");
* ``in=doctype``: the token is the first code of a document number, the document's type
  ("TT" in "01/2023/TT-BGDĐT", not in the unit code of a letter, "628/BNN-TT").

Entries for one FORM are tried in file order; the first whose conditions hold wins. A user
file overrides the bundled one per FORM: once the user file has any entry for "KH", the
bundled entries for "KH" are not used at all.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Context", "Entry", "Lexicon", "parse_lexicon"]

_CONDITION_KEYS = ("prev", "next", "in")


@dataclass(frozen=True, slots=True)
class Context:
    """What surrounds a token, as far as the lexicon conditions need it."""

    prev_word: str = ""  # the previous word, casefolded ("" when there is none)
    prev_number: bool = False
    next_word: str = ""  # the next word as written ("" when there is none)
    next_number: bool = False
    in_doc: bool = False
    doc_first: bool = False  # the first code of a document number: its type ("TT-BTC")


@dataclass(frozen=True, slots=True)
class Entry:
    form: str
    spoken: str
    conditions: tuple[tuple[str, str], ...] = ()

    def applies(self, ctx: Context) -> bool:
        for key, value in self.conditions:
            if key == "prev":
                ok = ctx.prev_number if value == "number" else ctx.prev_word == value
            elif key == "next":
                if value == "number":
                    ok = ctx.next_number
                elif value == "Upper":
                    ok = bool(ctx.next_word) and ctx.next_word[0].isupper()
                elif value == "lower":
                    ok = bool(ctx.next_word) and ctx.next_word[0].islower()
                else:
                    ok = ctx.next_word.casefold() == value
            else:  # "in"
                ok = ctx.in_doc and (value == "doc" or (value == "doctype" and ctx.doc_first))
            if not ok:
                return False
        return True


def _parse_conditions(field: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for item in field.split():
        key, sep, value = item.partition("=")
        if not sep or key not in _CONDITION_KEYS or not value:
            raise ValueError(f"unknown condition {item!r}")
        if value not in ("number", "Upper", "lower", "doc", "doctype"):
            value = value.casefold()
        out.append((key, value))
    return tuple(out)


def parse_lexicon(text: str, origin: str = "<lexicon>") -> tuple[list[Entry], list[str]]:
    """Entries in file order, and one message per line that could not be used."""
    entries: list[Entry] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        form = fields[0].strip()
        spoken = fields[1].strip() if len(fields) > 1 else ""
        if not form or not spoken:
            problems.append(f"{origin}:{number}: expected FORM<TAB>SPOKEN")
            continue
        try:
            conditions = _parse_conditions(fields[2]) if len(fields) > 2 else ()
        except ValueError as exc:
            problems.append(f"{origin}:{number}: {exc}")
            continue
        entries.append(Entry(form, spoken, conditions))
    return entries, problems


def _index(entries: Iterable[Entry]) -> dict[str, tuple[Entry, ...]]:
    out: dict[str, list[Entry]] = {}
    for entry in entries:
        out.setdefault(entry.form, []).append(entry)
    return {form: tuple(items) for form, items in out.items()}


def _stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class Lexicon:
    """Bundled entries overridden per form by an optional user file."""

    def __init__(
        self,
        bundled: Iterable[Entry] = (),
        user: Iterable[Entry] = (),
        *,
        user_path: Path | None = None,
        problems: Iterable[str] = (),
    ) -> None:
        self._bundled = _index(bundled)
        self._user_path = user_path
        self._lock = threading.Lock()
        self._stamp = _stamp(user_path)
        self._bundled_problems = list(problems)
        self.problems: list[str] = list(self._bundled_problems)
        self._entries: Mapping[str, tuple[Entry, ...]] = self._merge(_index(user))

    @classmethod
    def load(cls, bundled_path: Path | str, user_path: Path | str | None = None) -> Lexicon:
        """Read the bundled file and the user file (either may be missing: no entries)."""
        bundled_path = Path(bundled_path)
        entries: list[Entry] = []
        problems: list[str] = []
        if bundled_path.is_file():
            entries, problems = parse_lexicon(
                bundled_path.read_text(encoding="utf-8"), bundled_path.name
            )
        lexicon = cls(entries, problems=problems, user_path=Path(user_path) if user_path else None)
        lexicon._read_user()
        return lexicon

    @classmethod
    def from_text(cls, bundled: str, user: str = "") -> Lexicon:
        """A lexicon from strings (tests, tools)."""
        entries, problems = parse_lexicon(bundled, "bundled")
        user_entries, user_problems = parse_lexicon(user, "user")
        return cls(entries, user_entries, problems=problems + user_problems)

    @property
    def user_path(self) -> Path | None:
        return self._user_path

    def reload_if_changed(self) -> bool:
        """Reread the user file if it appeared, vanished or changed; True if it was reread."""
        if self._user_path is None:
            return False
        stamp = _stamp(self._user_path)
        if stamp == self._stamp:
            return False
        self._read_user()
        return True

    def lookup(self, form: str, ctx: Context | None = None) -> str | None:
        """What to say for `form` in `ctx`, or None when the lexicon has nothing for it."""
        entries = self._entries.get(form)
        if not entries:
            return None
        ctx = ctx or Context()
        for entry in entries:
            if entry.applies(ctx):
                return entry.spoken
        return None

    def __contains__(self, form: object) -> bool:
        return form in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def _read_user(self) -> None:
        with self._lock:
            path = self._user_path
            stamp = _stamp(path)
            problems = list(self._bundled_problems)
            entries: list[Entry] = []
            if path is not None and stamp is not None:
                try:
                    text = path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    problems.append(f"{path.name}: cannot read: {exc}")
                else:
                    entries, more = parse_lexicon(text, path.name)
                    problems += more
            # Swap whole objects: readers on other threads see the old or the new map.
            self._entries = self._merge(_index(entries))
            self.problems = problems
            self._stamp = stamp

    def _merge(self, user: Mapping[str, tuple[Entry, ...]]) -> Mapping[str, tuple[Entry, ...]]:
        merged = dict(self._bundled)
        merged.update(user)
        return merged
