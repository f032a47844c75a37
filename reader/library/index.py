"""The search index: article folders -> SQLite FTS5, kept up to date file by file.

``SearchIndex(folder)`` opens (or makes, or rebuilds) the index file in ``folder`` (the user
cache folder); ``update(roots)`` parses only new and changed files (by path, size and
modification time) in a pool of processes and drops deleted ones; ``search(query)`` ranks
with bm25, title above body, on folded text, exact marks first when the query has them.

Nothing here knows Qt. Every call blocks until done, so the window runs it on a worker
thread; one SearchIndex belongs to one thread at a time. Everything it needs is imported at
module level: a worker thread must never run an ``import`` (see README, PySide6's import
hook), and the process pool's start method is imported here for the same reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import multiprocessing.popen_spawn_posix  # the pool's lazy imports, done now (see above)
import multiprocessing.resource_tracker
import multiprocessing.synchronize
import os
import sqlite3
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reader.library.index_db import (
    INDEX_FILE,
    IndexUnavailable,
    describe,
    is_damage,
    open_index,
    remove_index_files,
)
from reader.library.index_parse import (
    FileStamp,
    Record,
    extract,
    extract_many,
    fts_columns,
    walk_articles,
)
from reader.library.search_query import Query, Snippet, find_words, make_snippet, parse_query

__all__ = ["IndexRebuilt", "IndexUnavailable", "SearchHit", "SearchIndex", "UpdateReport"]

TITLE_WEIGHT = 10.0  # bm25 weight of the title against 1.0 for the body
POOL_THRESHOLD = 48  # fewer changed files than this are parsed in the calling process
CHUNK = 16  # files per task sent to a worker process
BATCH_SECONDS = 0.3  # a write transaction holds at most about this much parsing
BATCH_SIZE = 400  # and at most this many files
Progress = Callable[[int, int], None]


class IndexRebuilt(IndexUnavailable):
    """The index was found damaged during a search and made again, empty: update, then ask
    again. ``notice`` says what happened."""

    def __init__(self, notice: str) -> None:
        super().__init__(notice)
        self.notice = notice


@dataclass
class UpdateReport:
    """What one update did; ``failed`` lists every file under the folders that cannot be read
    (path, reason), ``notice`` says if the index had to be rebuilt first."""

    folders: list[str]
    articles: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    notice: str | None = None
    # (old path, new path): a file gone and a new one with the same content in this update,
    # i.e. moved or renamed; the reading state follows (ReadingState.follow_moves).
    moved: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchHit:
    path: str
    title: str
    date: str | None
    snippet: Snippet
    score: float  # bm25, higher is better; exact-mark matches come first whatever their score
    exact: bool = False  # every word typed with marks is there as typed
    title_marks: tuple[tuple[int, int], ...] = ()


def _under(path: str, roots: Sequence[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


class SearchIndex:
    def __init__(self, folder: Path) -> None:
        self.path = folder / INDEX_FILE
        self.con, self.notice = open_index(self.path)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keeping it up to date -----------------------------------------------------------

    def _rebuild(self, error: sqlite3.Error) -> str:
        self.con.close()
        remove_index_files(self.path)
        self.con, notice = open_index(self.path)
        why = describe(error)
        self.notice = notice or f"the search index was damaged ({why}); it was built again"
        return self.notice

    def update(
        self,
        roots: Iterable[Path | str],
        *,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> UpdateReport:
        """Bring the index in line with the article files under ``roots``.

        ``workers``: parsing processes (default: one per core; 1 parses in this process).
        ``progress(done, total)`` is called as each parsed file is written; it may raise to
        stop (the window closing): what was committed stays, the rest is done next time.
        Raises IndexUnavailable when the index cannot be written (busy, disk full).
        """
        folders = [os.path.abspath(r) for r in roots]
        try:
            report = self._update(folders, workers, progress)
        except sqlite3.Error as e:
            if not is_damage(e):
                raise IndexUnavailable(f"cannot update the search index ({describe(e)})") from e
            self._rebuild(e)
            report = self._update(folders, workers, progress)
        report.notice = self.notice
        return report

    def _update(
        self, folders: list[str], workers: int | None, progress: Progress | None
    ) -> UpdateReport:
        start = time.perf_counter()
        found: dict[str, FileStamp] = {}
        for folder in folders:
            for stamp in walk_articles(folder):
                found[stamp.path] = stamp
        known = {
            path: (doc_id, size, mtime)
            for doc_id, path, size, mtime in self.con.execute(
                "SELECT id, path, size, mtime_ns FROM documents"
            )
            if _under(path, folders)
        }
        todo = sorted(
            (s for p, s in found.items() if known.get(p, (0, -1, -1))[1:] != (s.size, s.mtime_ns)),
            key=lambda s: s.path,
        )
        gone = [doc_id for p, (doc_id, _s, _m) in known.items() if p not in found]
        report = UpdateReport(folders, removed=len(gone), unchanged=len(found) - len(todo))
        report.added = sum(1 for s in todo if s.path not in known)
        report.updated = len(todo) - report.added
        gone_content = self._contents(gone)
        self._delete(gone)
        records = _parse_all(todo, workers)
        try:
            self._write(records, len(todo), progress)
        finally:
            records.close()  # stops the pool now, also when ``progress`` raised to stop
        added = {s.path for s in todo if s.path not in known}
        report.moved = self._moves(gone_content, added)
        failed = [
            (path, problem)
            for path, problem in self.con.execute(
                "SELECT path, problem FROM documents WHERE problem IS NOT NULL ORDER BY path"
            )
            if path in found
        ]
        report.failed = failed
        report.articles = len(found) - len(failed)
        report.seconds = time.perf_counter() - start
        return report

    def _contents(self, ids: list[int]) -> dict[str, list[str]]:
        """Content hash -> the paths among documents ``ids`` that have it (readable ones)."""
        found: dict[str, list[str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for path, sha256 in self.con.execute(
                f"SELECT path, sha256 FROM documents WHERE sha256 IS NOT NULL AND problem IS NULL"
                f" AND id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found.setdefault(sha256, []).append(path)
        return found

    def _moves(self, gone: dict[str, list[str]], added: set[str]) -> list[tuple[str, str]]:
        """Pairs (old, new) of a gone path and an added one with the same content; with
        several of one content, the same file name first, then in path order."""
        moves: list[tuple[str, str]] = []
        for sha256, old_paths in gone.items():
            new_paths = sorted(
                path
                for (path,) in self.con.execute(
                    "SELECT path FROM documents WHERE sha256 = ? AND problem IS NULL", (sha256,)
                )
                if path in added
            )
            olds = sorted(old_paths)
            for old in list(olds):  # the same name in another folder: surely that one
                same = next(
                    (n for n in new_paths if os.path.basename(n) == os.path.basename(old)), None
                )
                if same is not None:
                    moves.append((old, same))
                    olds.remove(old)
                    new_paths.remove(same)
            moves += zip(olds, new_paths, strict=False)
        return sorted(moves)

    def _delete(self, ids: list[int]) -> None:
        for i in range(0, len(ids), 500):
            with _transaction(self.con):
                for doc_id in ids[i : i + 500]:
                    self._unindex(doc_id)
                    self.con.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _unindex(self, doc_id: int) -> None:
        """Take a document's words out of the (contentless) FTS table: its columns are
        computed again from the stored text, exactly as they were written."""
        row = self.con.execute(
            "SELECT d.title, t.body FROM documents d JOIN texts t ON t.id = d.id WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return  # a file that could not be read has no words indexed
        self.con.execute(
            "INSERT INTO passages (passages, rowid, title_folded, body_folded, title_marked,"
            " body_marked) VALUES ('delete', ?, ?, ?, ?, ?)",
            (doc_id, *fts_columns(row[0], _unpack(row[1]))),
        )
        self.con.execute("DELETE FROM texts WHERE id = ?", (doc_id,))

    def _write(self, records: Iterator[Record], total: int, progress: Progress | None) -> None:
        done = 0
        batch: list[Record] = []
        started = time.perf_counter()
        for record in records:
            batch.append(record)
            if len(batch) >= BATCH_SIZE or time.perf_counter() - started > BATCH_SECONDS:
                done = self._write_batch(batch, done, total, progress)
                batch, started = [], time.perf_counter()
        if batch:
            self._write_batch(batch, done, total, progress)

    def _write_batch(
        self, batch: list[Record], done: int, total: int, progress: Progress | None
    ) -> int:
        with _transaction(self.con):
            texts: list[tuple[int, bytes]] = []
            passages: list[tuple[int, str, str, str, str]] = []
            for r in batch:
                s = r.stamp
                old = self.con.execute("SELECT id FROM documents WHERE path = ?", (s.path,))
                for (old_id,) in old.fetchall():
                    self._unindex(old_id)
                (doc_id,) = self.con.execute(
                    "INSERT INTO documents (path, size, mtime_ns, title, date, language, author,"
                    " sha256, problem, problem_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
                    " mtime_ns = excluded.mtime_ns, title = excluded.title, date = excluded.date,"
                    " language = excluded.language, author = excluded.author,"
                    " sha256 = excluded.sha256, problem = excluded.problem,"
                    " problem_kind = excluded.problem_kind RETURNING id",
                    (s.path, s.size, s.mtime_ns, r.title, r.date, r.language, r.author,
                     r.sha256, r.problem, r.problem_kind),
                ).fetchone()  # fmt: skip
                if r.problem is None:
                    texts.append((doc_id, r.body_z))
                    passages.append((doc_id, *r.columns))
                done += 1
                if progress is not None:
                    progress(done, total)
            # Each table in one go: inserting into the documents, the texts and the FTS
            # tables in turn, row by row, took twice the CPU (measured: 4.1 vs 2.0 s a 10k).
            self.con.executemany("INSERT INTO texts VALUES (?, ?)", texts)
            self.con.executemany(
                "INSERT INTO passages (rowid, title_folded, body_folded, title_marked,"
                " body_marked) VALUES (?, ?, ?, ?, ?)",
                passages,
            )
        return done

    # --- searching ------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        roots: Iterable[Path | str] | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        sort: Literal["relevance", "date"] = "relevance",
        limit: int = 20,
        prefix: bool = False,
    ) -> list[SearchHit]:
        """Ranked hits for ``text``; raises EmptyQuery (a ValueError) when it has no word,
        IndexRebuilt when the index turned out damaged (it is empty now: update first)."""
        query = parse_query(text, prefix=prefix)
        folders = None if roots is None else [os.path.abspath(r) for r in roots]
        try:
            return self._search(query, folders, date_from, date_to, sort, limit)
        except sqlite3.Error as e:
            if not is_damage(e):
                raise IndexUnavailable(f"cannot search the index ({describe(e)})") from e
            raise IndexRebuilt(self._rebuild(e)) from e

    def _search(
        self,
        query: Query,
        folders: list[str] | None,
        date_from: dt.date | None,
        date_to: dt.date | None,
        sort: str,
        limit: int,
    ) -> list[SearchHit]:
        where: list[str] = []
        params: list[object] = []
        if date_from is not None:
            where.append("d.date >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            where.append("d.date <= ?")
            params.append(date_to.isoformat())
        if folders is not None:
            inside = []
            for folder in folders:
                base = folder.rstrip(os.sep)
                inside.append("d.path = ? OR (d.path >= ? AND d.path < ?)")
                params += [base, base + os.sep, base + chr(ord(os.sep) + 1)]
            where.append("(" + " OR ".join(inside) + ")" if inside else "0")
        # Tiers before bm25: every word typed with marks there as typed, then the words side
        # by side. Each tier is a set (no ranking), so bm25 runs once, on the folded match.
        tiers: list[str] = []
        tier_params: list[object] = []
        for expression in (query.exact_expression(), query.phrase_expression()):
            if expression is None or sort != "relevance":
                tiers.append("0")
            else:
                tiers.append(f"passages.rowid IN ({_MATCHING})")
                tier_params.append(expression)
        order = "x DESC, p DESC, r" if sort == "relevance" else "d.date IS NULL, d.date DESC, r"
        weights = f"{TITLE_WEIGHT}, 1.0, {TITLE_WEIGHT}, 1.0"  # folded, then marked words
        sql = (
            f"SELECT d.id, d.path, d.title, d.date, bm25(passages, {weights}) AS r,"
            f" {tiers[0]} AS x, {tiers[1]} AS p"
            " FROM passages JOIN documents d ON d.id = passages.rowid"
            f" WHERE passages MATCH ?{''.join(f' AND {w}' for w in where)}"
            f" ORDER BY {order} LIMIT ?"
        )
        rows = self.con.execute(sql, [*tier_params, query.folded_expression(), *params, limit])
        hits = []
        for doc_id, path, title, date, rank, is_exact, _phrase in rows.fetchall():
            row = self.con.execute("SELECT body FROM texts WHERE id = ?", (doc_id,)).fetchone()
            body = _unpack(row[0]) if row else ""
            marks = tuple(m.span() for m in find_words(title, query))
            snippet = make_snippet(body, query)
            hits.append(SearchHit(path, title, date, snippet, -rank, bool(is_exact), marks))
        return hits


_MATCHING = "SELECT rowid FROM passages WHERE passages MATCH ?"


class DamagedText(sqlite3.DatabaseError):
    """A stored text that does not decompress: the index file is damaged."""

    sqlite_errorcode = 11  # as SQLITE_CORRUPT: the index is rebuilt


def _unpack(body: bytes) -> str:
    try:
        return zlib.decompress(body).decode("utf-8")
    except (zlib.error, UnicodeDecodeError, TypeError) as e:
        raise DamagedText(f"a stored text is damaged ({e})") from e


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (the connection is in autocommit
    mode, so every transaction is explicit and short)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_rest: object) -> None:
        if kind is None:
            self.con.execute("COMMIT")
        elif self.con.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # the error being raised says more
                self.con.execute("ROLLBACK")


def _parse_all(todo: list[FileStamp], workers: int | None) -> Iterator[Record]:
    """Records in the order of ``todo``; parsed in worker processes when there are many.

    The pool is started with "spawn": forking a process that runs Qt threads is unsafe. Spawn
    imports the caller's main module again in each worker, so a script must keep its work
    under ``if __name__ == "__main__"``. A pool that breaks (a worker killed, a main module
    that is not import-safe) does not stop the index: the rest is parsed here.
    """
    workers = workers if workers is not None else max(1, min(os.cpu_count() or 1, 8))
    if workers <= 1 or len(todo) < POOL_THRESHOLD:
        yield from map(extract, todo)
        return
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    pending: deque[Future[list[Record]]] = deque()
    sent = taken = 0
    try:
        while taken < len(chunks):
            while sent < len(chunks) and len(pending) < workers * 3:
                pending.append(pool.submit(extract_many, chunks[sent]))
                sent += 1
            records = pending.popleft().result()
            taken += 1
            yield from records
    except (BrokenProcessPool, OSError):  # a worker died, or none could be started
        for chunk in chunks[taken:]:
            yield from extract_many(chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
