"""The reading state of each article, kept in SQLite: where reading stopped, read or unread,
bookmarks with notes.

One file in the user data folder, written in transactions (WAL, synchronous FULL), so a
reader killed at any moment loses at most the change it was writing, and a second running
reader waits (busy_timeout) instead of failing. Articles are known by path and by content
hash: a file moved inside the library (a new path, the same bytes) takes its state along.
A damaged file is set aside (``*.broken-<time>``, as ``reader.storage`` does) and the state
starts afresh; a folder that cannot be written keeps the state in memory for the session.
Each case is reported in ``problem`` for the UI to say.

The old ``reading-positions.json`` is read once into the database (then the database is
the one place; the JSON is left as it was).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.library.positions import ReadingPosition
from reader.storage import FileProblem, JsonFile, read_regular_file, set_aside

__all__ = ["Bookmark", "ReadingState", "content_digest"]

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 3000
_ARTICLE_LIMIT = 64 * 1024 * 1024  # bytes hashed at most (an article is far smaller)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    digest TEXT,
    read INTEGER NOT NULL DEFAULT 0,
    position TEXT,
    changed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_digest ON articles (digest);
CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    block INTEGER NOT NULL, text INTEGER NOT NULL, sentence INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, shown TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS bookmarks_article ON bookmarks (article);
"""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A sentence marked in an article, with the reader's optional note."""

    id: int
    path: str
    title: str  # the article's title when the bookmark was made (the list shows it)
    place: ReadingPosition
    note: str
    created: int


def content_digest(path: str | Path) -> str | None:
    """SHA-256 of the file's bytes (how a moved article is recognised); None if unreadable."""
    try:
        return hashlib.sha256(read_regular_file(Path(path), _ARTICLE_LIMIT)).hexdigest()
    except OSError:
        return None


class ReadingState:
    FILE_NAME = "reading-state.sqlite3"

    def __init__(self, folder: Path, legacy_positions: Path | None = None) -> None:
        """Open (or create) the state in ``folder``; ``legacy_positions``: an old
        reading-positions.json to take in once."""
        self.path = folder / self.FILE_NAME
        self.problem: FileProblem | None = None
        self._digests: dict[str, tuple[int, int, str | None]] = {}  # path -> size, mtime, digest
        self._db = self._open(folder)
        if legacy_positions is not None:
            self._migrate(legacy_positions)

    # --- opening -------------------------------------------------------------------------

    def _open(self, folder: Path) -> sqlite3.Connection:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return self._connect(str(self.path))
        except sqlite3.DatabaseError as e:  # not a database, damaged pages, a newer schema
            kept = self._set_aside()
            if kept is not None:
                self.problem = FileProblem("damaged", str(e), kept.name)
                with contextlib.suppress(sqlite3.Error, OSError):
                    return self._connect(str(self.path))
            else:
                self.problem = FileProblem("unsaved", f"{self.path}: {e}")
        except OSError as e:
            self.problem = FileProblem("unsaved", f"{self.path}: {e.strerror or e}")
        return self._connect(":memory:")  # this session only

    @staticmethod
    def _connect(target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if target != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")  # a power cut keeps the last commit too
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check[0] if check else '?'}")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"made by a newer reader (schema {version})")
            with _transaction(db):
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self) -> Path | None:
        kept = set_aside(self.path)
        for extra in ("-wal", "-shm"):  # they belong to the damaged file
            side = self.path.with_name(self.path.name + extra)
            with contextlib.suppress(OSError):
                if kept is not None:
                    side.replace(kept.with_name(kept.name + extra))
        return kept

    def _migrate(self, json_path: Path) -> None:
        """Take in the positions of the JSON file once (the DB records that it did)."""
        if self._meta("migrated-json") or not json_path.exists():
            return
        file = JsonFile(json_path)
        data = file.load()
        if file.problem is not None and self.problem is None:  # damaged: set aside, said
            self.problem = file.problem

        def run(db: sqlite3.Connection) -> None:
            for path, entry in data.items():
                position = ReadingPosition.from_dict(
                    entry.get("position") if isinstance(entry, dict) else None
                )
                saved = entry.get("saved") if isinstance(entry, dict) else None
                if isinstance(path, str) and position is not None:
                    db.execute(
                        "INSERT INTO articles (path, position, changed) VALUES (?, ?, ?) "
                        "ON CONFLICT (path) DO NOTHING",
                        (path, _encode(position), saved if type(saved) is int else 0),
                    )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('migrated-json', ?)", (str(json_path),))

        self._write(run)

    # --- writing ---------------------------------------------------------------------------

    def _write(self, change) -> object:  # type: ignore[no-untyped-def]
        """Run ``change(db)`` in one transaction; a failure (full disk, a lock held too long)
        keeps the old state and is reported in ``problem``."""
        try:
            with _transaction(self._db):
                return change(self._db)
        except sqlite3.Error as e:
            self.problem = FileProblem("unsaved", f"{self.path}: {e}")
            return None

    def _meta(self, key: str) -> str | None:
        row = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0][0] if row else None

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as e:
            self.problem = FileProblem("unreadable", f"{self.path}: {e}")
            return []

    # --- articles: known by path, or by content when the path is new --------------------

    def _digest(self, path: str) -> str | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        known = self._digests.get(path)
        if known and known[:2] == (st.st_size, st.st_mtime_ns):
            return known[2]
        digest = content_digest(path)
        self._digests[path] = (st.st_size, st.st_mtime_ns, digest)
        return digest

    def _article(self, db: sqlite3.Connection, path: str, create: bool) -> int | None:
        """The article's row id: by path (its digest brought up to date), else a row with the
        same content whose file is gone (a moved file: adopted), else a new row if ``create``."""
        digest = self._digest(path)
        row = db.execute("SELECT id, digest FROM articles WHERE path = ?", (path,)).fetchone()
        if row is not None:
            if digest is not None and row[1] != digest:
                db.execute("UPDATE articles SET digest = ? WHERE id = ?", (digest, row[0]))
            return int(row[0])
        if digest is not None:
            for article_id, old_path in db.execute(
                "SELECT id, path FROM articles WHERE digest = ? ORDER BY changed DESC", (digest,)
            ).fetchall():
                if not os.path.exists(old_path):  # moved (a copy beside it starts afresh)
                    db.execute("UPDATE articles SET path = ? WHERE id = ?", (path, article_id))
                    return int(article_id)
        if not create:
            return None
        cursor = db.execute(
            "INSERT INTO articles (path, digest, changed) VALUES (?, ?, ?)",
            (path, digest, int(time.time())),
        )
        return int(cursor.lastrowid or 0)

    def follow_moves(self, moves: Iterable[tuple[str, str]]) -> int:
        """Give each new path the state (place, read mark, bookmarks) of the old one, all in
        one transaction: the search index found these files moved (gone from the old path,
        the same content at the new one, in one update). A state already kept for the new
        path (a file deleted there before) gives way, its bookmarks kept with the new one.
        How many articles moved (0 when it could not be saved: see ``problem``)."""

        def run(db: sqlite3.Connection) -> int:
            moved = 0
            for old, new in moves:
                row = db.execute("SELECT id FROM articles WHERE path = ?", (old,)).fetchone()
                if row is None:  # the window keys articles by their resolved path
                    old, new = os.path.realpath(old), os.path.realpath(new)
                    row = db.execute("SELECT id FROM articles WHERE path = ?", (old,)).fetchone()
                if row is None or old == new:
                    continue
                there = db.execute("SELECT id FROM articles WHERE path = ?", (new,)).fetchone()
                if there is not None:
                    db.execute("UPDATE bookmarks SET article = ? WHERE article = ?",
                               (row[0], there[0]))  # fmt: skip
                    db.execute("DELETE FROM articles WHERE id = ?", (there[0],))
                db.execute("UPDATE articles SET path = ? WHERE id = ?", (new, row[0]))
                moved += 1
            return moved

        done = self._write(run)
        return done if isinstance(done, int) else 0

    def _lookup(self, path: str) -> int | None:
        found = self._write(lambda db: self._article(db, path, create=False))
        return found if isinstance(found, int) else None

    # --- where reading aloud stopped (the interface of ReadingPositions) ----------------

    def get(self, path: str) -> ReadingPosition | None:
        article = self._lookup(path)
        if article is None:
            return None
        rows = self._read("SELECT position FROM articles WHERE id = ?", (article,))
        return _decode(rows[0][0]) if rows and rows[0][0] else None

    def set(self, path: str, position: ReadingPosition | None) -> None:
        """Remember ``position`` for the article; None forgets it (read to the end)."""

        def run(db: sqlite3.Connection) -> None:
            article = self._article(db, path, create=position is not None)
            if article is not None:
                db.execute(
                    "UPDATE articles SET position = ?, changed = ? WHERE id = ?",
                    (_encode(position) if position else None, int(time.time()), article),
                )

        self._write(run)

    # --- read or unread ----------------------------------------------------------------------

    def is_read(self, path: str) -> bool:
        article = self._lookup(path)
        rows = self._read("SELECT read FROM articles WHERE id = ?", (article,)) if article else []
        return bool(rows and rows[0][0])

    def mark_read(self, path: str, read: bool = True) -> None:
        def run(db: sqlite3.Connection) -> None:
            article = self._article(db, path, create=read)
            if article is not None:
                db.execute(
                    "UPDATE articles SET read = ?, changed = ? WHERE id = ?",
                    (int(read), int(time.time()), article),
                )

        self._write(run)

    def read_paths(self) -> set[str]:
        """Paths of the articles marked read (by path only: a moved file is adopted when the
        index finds it moved, see follow_moves, or when it is opened)."""
        return {r[0] for r in self._read("SELECT path FROM articles WHERE read = 1")}

    # --- bookmarks -----------------------------------------------------------------------------

    def add_bookmark(self, path: str, title: str, place: ReadingPosition, note: str = "") -> int:
        """The new bookmark's id (0 if it could not be saved: see ``problem``)."""

        def run(db: sqlite3.Connection) -> int:
            article = self._article(db, path, create=True)
            cursor = db.execute(
                'INSERT INTO bookmarks (article, title, block, text, sentence, start, "end", '
                "shown, note, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article, title, place.block, place.text, place.sentence, place.start,
                 place.end, place.shown, note, int(time.time())),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

        made = self._write(run)
        return made if isinstance(made, int) else 0

    def bookmarks(self, path: str | None = None) -> list[Bookmark]:
        """Every bookmark (newest first), or those of one article."""
        sql = (
            'SELECT b.id, a.path, b.title, b.block, b.text, b.sentence, b.start, b."end", '
            "b.shown, b.note, b.created FROM bookmarks b JOIN articles a ON a.id = b.article"
        )
        args: tuple = ()
        if path is not None:
            article = self._lookup(path)
            if article is None:
                return []
            sql, args = sql + " WHERE a.id = ?", (article,)
        rows = self._read(sql + " ORDER BY b.created DESC, b.id DESC", args)
        return [Bookmark(r[0], r[1], r[2], ReadingPosition(*r[3:9]), r[9], r[10]) for r in rows]

    def remove_bookmark(self, bookmark_id: int) -> None:
        self._write(lambda db: db.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)))

    def restore_bookmark(self, bookmark: Bookmark) -> int:
        """Put back a removed bookmark (Undo); its new id."""
        return self.add_bookmark(bookmark.path, bookmark.title, bookmark.place, bookmark.note)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE (the write lock taken first: no deadlock between two readers) ...
    COMMIT, or ROLLBACK on any error."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _encode(position: ReadingPosition) -> str:
    return json.dumps(position.to_dict(), ensure_ascii=False)


def _decode(text: str) -> ReadingPosition | None:
    try:
        return ReadingPosition.from_dict(json.loads(text))
    except ValueError:
        return None
