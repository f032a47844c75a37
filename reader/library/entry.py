"""One row of the library: enough to list an article without parsing its body."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reader.formats.errors import ArticleError


@dataclass(frozen=True)
class LibraryEntry:
    path: Path
    title: str
    date: dt.date | None = None
    lang: str | None = None
    problem: ArticleError | None = None
    lead: str | None = None  # the front matter's lead, for a kiosk's home cards

    def sort_key(self) -> tuple[int, int, str]:
        ordinal = self.date.toordinal() if self.date else 0
        return (0 if self.date else 1, -ordinal, self.title.casefold())
