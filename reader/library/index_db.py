"""The search index's SQLite file: schema, opening, and rebuilding a damaged or old one.

The index is a cache of the article folders: losing it costs one re-index, never user data.
So a file SQLite calls corrupt, one that is not a database, or one made with another schema
version (``PRAGMA user_version``) is deleted and made again, and the caller is told why.
WAL mode lets a second running reader (a kiosk and an admin) read while one writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from reader.library.folding import FOLDING_VERSION

SCHEMA_VERSION = 1
INDEX_FILE = "search-index.sqlite3"
BUSY_TIMEOUT_MS = 5000

SCHEMA = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    language TEXT,
    author TEXT,
    sha256 TEXT,
    problem TEXT,
    problem_kind TEXT
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_sha256 ON documents(sha256);
-- The original text (lead and blocks, one per line), zlib-compressed, for snippets.
CREATE TABLE texts (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
-- Contentless (the text is in `texts`): folded title and body for matching, and the words
-- written with marks, kept as written (remove_diacritics 0), to rank exact matches first.
CREATE VIRTUAL TABLE passages USING fts5(
    title_folded, body_folded, title_marked, body_marked,
    content = '', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# SQLite's primary result codes that mean "this file is not a sound database".
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class IndexUnavailable(Exception):
    """The index cannot be opened or written (permissions, a full disk, a busy writer)."""


def is_damage(error: sqlite3.Error) -> bool:
    """True when the file itself is bad (SQLite says so, or a text we wrote as UTF-8 no
    longer decodes), not when it is busy, read-only or on a full disk."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGED
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "could not decode" in text


def describe(error: BaseException) -> str:
    """One printable line of an error, whatever bytes a damaged file put in its message."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    text = "".join(c if c.isprintable() and c != "\ufffd" else "?" for c in text)
    return text if len(text) <= 120 else text[:117] + "..."


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                          isolation_level=None)  # fmt: skip
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return con


def _setup(con: sqlite3.Connection) -> None:
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash loses the last commits at most
    con.execute("PRAGMA cache_size = -32000")  # 32 MB of pages
    con.execute("PRAGMA journal_size_limit = 67108864")  # the WAL shrinks back to 64 MB


def _create(con: sqlite3.Connection) -> None:
    con.execute("BEGIN IMMEDIATE")
    try:
        # Not made meanwhile by another instance:
        if con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
            for statement in SCHEMA.split(";\n"):
                if statement.strip():
                    con.execute(statement)
            con.execute("INSERT INTO meta VALUES ('folding', ?)", (FOLDING_VERSION,))
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def remove_index_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def open_index(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating, or rebuilding) the index; returns it and a notice (None if all was
    well). Raises IndexUnavailable when it cannot be had at all."""
    notice = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise IndexUnavailable(f"cannot create the folder {path.parent} ({e.strerror})") from e
    if path.exists() and not path.is_file():
        raise IndexUnavailable(f"{path} is not a file")
    for attempt in range(2):
        try:
            con = _connect(path)
        except sqlite3.Error as e:
            raise IndexUnavailable(f"cannot open the search index {path} ({describe(e)})") from e
        try:
            _setup(con)
            version = con.execute("PRAGMA user_version").fetchone()[0]
            empty = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            if version == 0 and empty:
                _create(con)
                return con, notice
            folding = None
            if version == SCHEMA_VERSION:
                # A cheap look at the tables: a file damaged at its start fails here; deeper
                # damage is found when a query meets it (SearchIndex rebuilds then).
                con.execute("SELECT count(*) FROM documents WHERE id < 2").fetchone()
                con.execute("SELECT rowid FROM passages WHERE rowid < 2").fetchall()
                row = con.execute("SELECT value FROM meta WHERE key = 'folding'").fetchone()
                folding = row[0] if row else None
                if folding == FOLDING_VERSION:
                    return con, notice
            notice = (
                f"the search index was made by another version of the reader (schema "
                f"{version}/{folding}, this one uses {SCHEMA_VERSION}/{FOLDING_VERSION}); "
                "it was built again"
            )
        except sqlite3.Error as e:
            if not is_damage(e) and not _schema_missing(e):
                con.close()
                raise IndexUnavailable(f"cannot use the search index {path} ({describe(e)})") from e
            notice = f"the search index was damaged ({describe(e)}); it was built again"
        con.close()
        if attempt == 0:
            remove_index_files(path)
    raise IndexUnavailable(f"cannot build the search index {path}")


def _schema_missing(error: sqlite3.Error) -> bool:
    return "no such table" in str(error) or "no such column" in str(error)
