"""Spoken text and its map back to the shown text (standard library only).

A normaliser reads the shown text left to right and, for each stretch of it, either keeps
it as it is or says something else in its place. Every stretch becomes one ``Segment``:
``(spoken_start, spoken_end, shown_start, shown_end)``. The segments tile both texts in
order, with no gaps and no overlaps, so the map is total, monotonic and in bounds:

* a segment whose two sides have the same length maps character by character (text
  kept as it is, or a one-for-one swap such as "-" -> " ");
* any other segment maps as a whole: every spoken character of "tám nghìn tám trăm bốn
  mươi" maps to all of "8.840";
* a segment may have an empty spoken side (shown text that is not read, such as the
  "/." end mark); its shown side is never empty, so every spoken character maps to at
  least one shown character.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["Segment", "Spoken", "SpokenBuilder"]


class Segment(NamedTuple):
    """``spoken[spoken_start:spoken_end]`` is said for ``shown[shown_start:shown_end]``."""

    spoken_start: int
    spoken_end: int
    shown_start: int
    shown_end: int

    @property
    def exact(self) -> bool:
        """Whether this segment maps character by character (both sides equally long)."""
        return self.spoken_end - self.spoken_start == self.shown_end - self.shown_start


@dataclass(frozen=True, slots=True)
class Spoken:
    """The speakable form of a shown text, with the map between their offsets."""

    text: str
    shown: str
    segments: tuple[Segment, ...]
    _spoken_keys: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _said: tuple[Segment, ...] = field(init=False, repr=False, compare=False)
    _shown_keys: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        said = tuple(s for s in self.segments if s.spoken_end > s.spoken_start)
        object.__setattr__(self, "_said", said)
        object.__setattr__(self, "_spoken_keys", tuple(s.spoken_start for s in said))
        object.__setattr__(self, "_shown_keys", tuple(s.shown_start for s in self.segments))

    @classmethod
    def unchanged(cls, text: str) -> Spoken:
        """Text that is read exactly as shown."""
        return cls(text, text, (Segment(0, len(text), 0, len(text)),) if text else ())

    # -- spoken -> shown ---------------------------------------------------------------

    def to_shown(self, offset: int) -> int:
        """The shown offset of the spoken character at `offset` (clamped to the text)."""
        if offset >= len(self.text):
            return len(self.shown)
        seg = self._said_at(max(offset, 0))
        if seg.exact:
            return seg.shown_start + (max(offset, 0) - seg.spoken_start)
        return seg.shown_start

    def shown_range(self, spoken_start: int, spoken_end: int) -> tuple[int, int]:
        """The shown range ``[start, end)`` to highlight while ``spoken[start:end]`` is said.

        Out-of-range arguments are clamped; an empty range maps to an empty range.
        """
        n = len(self.text)
        start = min(max(spoken_start, 0), n)
        end = min(max(spoken_end, start), n)
        if start == end:
            point = self.to_shown(start)
            return point, point
        first = self._said_at(start)
        last = self._said_at(end - 1)
        lo = first.shown_start + (start - first.spoken_start) if first.exact else first.shown_start
        hi = last.shown_start + (end - last.spoken_start) if last.exact else last.shown_end
        return lo, hi

    # -- shown -> spoken ---------------------------------------------------------------

    def to_spoken(self, offset: int) -> int:
        """The spoken offset where the shown character at `offset` begins to be said."""
        if offset >= len(self.shown):
            return len(self.text)
        offset = max(offset, 0)
        seg = self.segments[bisect_right(self._shown_keys, offset) - 1]
        if seg.exact:
            return seg.spoken_start + (offset - seg.shown_start)
        return seg.spoken_start

    def spoken_range(self, shown_start: int, shown_end: int) -> tuple[int, int]:
        """The spoken range that says ``shown[shown_start:shown_end]`` ("read selection")."""
        n = len(self.shown)
        start = min(max(shown_start, 0), n)
        end = min(max(shown_end, start), n)
        if start == end:
            point = self.to_spoken(start)
            return point, point
        first = self.segments[bisect_right(self._shown_keys, start) - 1]
        last = self.segments[bisect_right(self._shown_keys, end - 1) - 1]
        lo = first.spoken_start + (start - first.shown_start) if first.exact else first.spoken_start
        hi = last.spoken_start + (end - last.shown_start) if last.exact else last.spoken_end
        return lo, max(lo, hi)

    def _said_at(self, offset: int) -> Segment:
        return self._said[bisect_right(self._spoken_keys, offset) - 1]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


class SpokenBuilder:
    """Builds a ``Spoken`` from left to right: ``say`` replaces, the rest is kept.

    Calls must come in order of shown position and must not overlap. Text between them
    is kept verbatim. A replacement that would run into a neighbouring word gets a space
    ("521kg" -> "năm trăm hai mươi mốt ki lô gam"); that space belongs to the replacement.
    """

    __slots__ = ("_kept_from", "_out", "_pos", "_segments", "_shown", "_size")

    def __init__(self, shown: str) -> None:
        self._shown = shown
        self._out: list[str] = []
        self._segments: list[Segment] = []
        self._size = 0  # length of the spoken text so far
        self._pos = 0  # shown text before this is done
        self._kept_from = -1  # start of the pending verbatim segment, or -1

    @property
    def position(self) -> int:
        return self._pos

    def say(self, start: int, end: int, spoken: str) -> None:
        """Say `spoken` for ``shown[start:end]`` (``start >= position``, ``end > start``)."""
        if start < self._pos or end <= start:
            raise ValueError(f"say({start}, {end}) after position {self._pos}")
        self._keep(start)
        if spoken and self._size and _is_word_char(spoken[0]) and _is_word_char(self._last_char()):
            spoken = " " + spoken
        self._close_kept()
        self._append(spoken, start, end)
        self._pos = end

    def finish(self) -> Spoken:
        self._keep(len(self._shown))
        self._close_kept()
        return Spoken("".join(self._out), self._shown, tuple(self._segments))

    def _keep(self, end: int) -> None:
        if end <= self._pos:
            return
        shown = self._shown
        if self._segments and self._kept_from < 0:
            last = self._segments[-1]
            if (
                not last.exact
                and last.spoken_end > last.spoken_start
                and _is_word_char(self._last_char())
                and _is_word_char(shown[self._pos])
            ):
                # "KHtrong": the replacement takes a space so the words stay apart.
                self._out.append(" ")
                self._size += 1
                self._segments[-1] = last._replace(spoken_end=self._size)
        if self._kept_from < 0:
            self._kept_from = self._pos
        self._out.append(shown[self._pos : end])
        self._size += end - self._pos
        self._pos = end

    def _close_kept(self) -> None:
        if self._kept_from < 0:
            return
        length = self._pos - self._kept_from
        self._segments.append(Segment(self._size - length, self._size, self._kept_from, self._pos))
        self._kept_from = -1

    def _append(self, spoken: str, start: int, end: int) -> None:
        if spoken:
            self._out.append(spoken)
        begin = self._size
        self._size += len(spoken)
        self._segments.append(Segment(begin, self._size, start, end))

    def _last_char(self) -> str:
        for piece in reversed(self._out):
            if piece:
                return piece[-1]
        return ""
