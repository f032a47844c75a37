"""The library list read from the search index: a file's row without opening the file.

Reading every file's front matter at each start cost seconds for a big library; the index's
``documents`` table already holds each file's title, date and language, keyed by its size and
modification time. So listing walks the folders (names and stats only), takes each file's row
from the index when its stamp still matches, and reads the front matter only of the files the
index does not know as they are now (a first start, a new folder, a file just added or
changed, a file that cannot be opened). A missing, damaged or older index just means more
front matter to read: the list is always whole, only its cost changes.

Read-only and short: one query per folder, on its own connection (WAL: never waits for the
indexer). Nothing here knows Qt; the window runs it on a worker.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.library.entry import LibraryEntry
from reader.library.index_db import INDEX_FILE, SCHEMA_VERSION
from reader.library.index_parse import FileStamp, walk_articles
from reader.library.scan import MAX_FILES, read_entry

__all__ = ["INDEX_FILE", "Listing", "list_libraries"]

# (size, mtime_ns, title, date, language) of each file the index read without a problem.
Known = dict[str, tuple[int, int, str, str | None, str | None]]


@dataclass
class Listing:
    """The entries, newest first; ``from_index``/``read``: how many rows came from the index
    and how many files had their front matter read (for the bench and the tests)."""

    entries: list[LibraryEntry]
    from_index: int = 0
    read: int = 0


def _folder_range(folder: str) -> tuple[str, str]:
    """Bounds of the paths inside ``folder`` for a range query on the path column."""
    base = folder.rstrip(os.sep)
    return base + os.sep, base + chr(ord(os.sep) + 1)


def known_documents(index_file: Path, folders: Sequence[str]) -> Known:
    """The index's readable rows under ``folders``; empty when there is no usable index
    (none yet, another schema, damaged, locked by a rebuild: the caller reads the files)."""
    if not index_file.is_file():
        return {}
    uri = f"file:{urllib.parse.quote(str(index_file))}?mode=ro"
    known: Known = {}
    try:
        con = sqlite3.connect(uri, uri=True, timeout=1.0, isolation_level=None)
    except sqlite3.Error:
        return {}
    try:
        if con.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return {}
        for folder in folders:
            low, high = _folder_range(folder)
            rows = con.execute(
                "SELECT path, size, mtime_ns, title, date, language FROM documents"
                " WHERE path >= ? AND path < ? AND problem IS NULL",
                (low, high),
            )
            for path, size, mtime, title, date, language in rows:
                known[path] = (size, mtime, title, date, language)
    except sqlite3.Error:
        return {}  # damaged or being rebuilt: the index worker says so and builds it again
    finally:
        con.close()
    return known


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _found(roots: Sequence[Path]) -> list[tuple[Path, FileStamp]]:
    """Each article file once (nested folders), as the path shown (under the root as given)
    and its stamp (absolute, as the index keys it); at most MAX_FILES, as the folder scan."""
    seen: set[str] = set()
    out: list[tuple[Path, FileStamp]] = []
    for root in roots:
        absolute = os.path.abspath(root)
        same = str(root) == absolute
        for stamp in sorted(walk_articles(absolute), key=lambda s: s.path):
            if stamp.path in seen:
                continue
            if len(seen) >= MAX_FILES:
                return out
            seen.add(stamp.path)
            shown = Path(stamp.path) if same else root / os.path.relpath(stamp.path, absolute)
            out.append((shown, stamp))
    return out


def list_libraries(roots: Sequence[Path], index_file: Path | None) -> Listing:
    """Every article under ``roots`` together, newest first (undated last), each file once:
    from the index where it is current, from the file's front matter otherwise."""
    found = _found(roots)
    known = known_documents(index_file, [os.path.abspath(r) for r in roots]) if index_file else {}
    listing = Listing([])
    entries = listing.entries
    for shown, stamp in found:
        row = known.get(stamp.path)
        if row is not None and row[0] == stamp.size and row[1] == stamp.mtime_ns:
            entries.append(LibraryEntry(shown, row[2], _date(row[3]), row[4]))
            listing.from_index += 1
        else:  # not indexed as it is now, or cannot be opened: its problem said as the scan says
            entries.append(read_entry(shown))
            listing.read += 1
    entries.sort(key=LibraryEntry.sort_key)
    return listing
