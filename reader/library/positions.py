"""Where reading aloud stopped in each article, kept between sessions.

A reader who pauses a long bulletin and comes back tomorrow (or whose kiosk was restarted)
goes on from the same sentence. The file is small JSON beside the settings, written
whole or not at all (``reader.storage``); a damaged one is set aside and reading starts afresh.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from reader.model import Article
from reader.storage import FileProblem, JsonFile

__all__ = ["ReadingPosition", "ReadingPositions", "sentence_at"]


@dataclass(frozen=True, slots=True)
class ReadingPosition:
    """A sentence of an article: its utterance key and the words it had when saved.

    ``start``/``end`` are offsets in the key's source text (see reader.speech.script);
    ``shown`` lets a changed article be noticed instead of resuming on other words.
    """

    block: int
    text: int
    sentence: int
    start: int
    end: int
    shown: str

    def to_dict(self) -> dict[str, object]:
        return {
            "block": self.block,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "shown": self.shown,
        }

    @classmethod
    def from_dict(cls, d: object) -> ReadingPosition | None:
        if not isinstance(d, dict):
            return None
        ints = [d.get(k) for k in ("block", "text", "sentence", "start", "end")]
        shown = d.get("shown")
        if not all(type(v) is int for v in ints) or not isinstance(shown, str):
            return None
        block, text, sentence, start, end = ints
        if not 0 <= start <= end or sentence < 0:
            return None
        return cls(block, text, sentence, start, end, shown)


class ReadingPositions:
    FILE_NAME = "reading-positions.json"

    def __init__(self, folder: Path, limit: int = 500) -> None:
        self.path = folder / self.FILE_NAME
        self.limit = limit  # the oldest are forgotten first
        self.problem: FileProblem | None = None
        self._entries: dict[str, dict[str, object]] = {}
        self._load()

    def _load(self) -> None:
        file = JsonFile(self.path)
        data = file.load()
        self.problem = file.problem
        self._entries = {
            k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)
        }

    def get(self, article: str) -> ReadingPosition | None:
        entry = self._entries.get(article)
        return ReadingPosition.from_dict(entry.get("position")) if entry else None

    def set(self, article: str, position: ReadingPosition | None) -> None:
        """Remember `position` for `article`; None forgets it (read to the end)."""
        if position is None:
            if self._entries.pop(article, None) is not None:
                self._save()
            return
        self._entries.pop(article, None)  # re-inserted last: dicts keep insertion order
        self._entries[article] = {"position": position.to_dict(), "saved": int(time.time())}
        while len(self._entries) > self.limit:
            del self._entries[next(iter(self._entries))]
        self._save()

    def _save(self) -> None:
        try:
            JsonFile(self.path).save(self._entries, ensure_ascii=False)
        except OSError as e:  # a read-only kiosk profile: keep reading, say why once
            self.problem = FileProblem("unsaved", f"{self.path}: {e.strerror or e}")


_TITLE, _AUTHOR, _LEAD = -4, -2, -1  # utterance keys of the head (reader.speech.script)


def sentence_at(article: Article, block: int, text: int, offset: int) -> ReadingPosition | None:
    """The sentence of a model text holding ``offset``, as speech keys it (bookmarks at the
    caret); None where nothing is said (an image, an empty text)."""
    source: str | None
    ranges: list[tuple[int, int]]
    if block in (_TITLE, _AUTHOR):
        source = article.title if block == _TITLE else article.author
        ranges = [(0, len(source))] if source else []
    else:
        model = article.lead if block == _LEAD else None
        if block >= 0 and block < len(article.blocks):
            texts = article.blocks[block].texts()
            model = texts[text] if 0 <= text < len(texts) else None
        if model is None:
            return None
        source = model.text
        ranges = [(s.start, s.end) for s in model.sentences] or [(0, len(source))]
    if not source:
        return None
    for i, (start, end) in enumerate(ranges):
        if offset < end or i == len(ranges) - 1:
            if not source[start:end].strip():
                return None
            return ReadingPosition(block, text, i, start, end, source[start:end])
    return None
