"""`bulletin-reader index` and `bulletin-reader search`: the search index from the shell.

Both bring the index up to date first (only new and changed files are parsed), so what is
found is what is on disk now. Bad input is one line on stderr and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import TextIO

from reader.library.index import IndexRebuilt, IndexUnavailable, SearchIndex, UpdateReport
from reader.library.search_query import EmptyQuery, parse_query

MAX_LIMIT = 1000
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class BadInput(Exception):
    """A one-line explanation for the user."""


def build_parser(command: str) -> argparse.ArgumentParser:
    if command == "index":
        p = argparse.ArgumentParser(
            prog="bulletin-reader index",
            description="Bring the search index up to date with article folders: new and "
            "changed files are read, deleted ones dropped. Prints how many, and the time.",
        )
        p.add_argument(
            "folders", nargs="*", type=Path, metavar="DIR",
            help="article folders (default: the bundled articles and the user's library)",
        )  # fmt: skip
        p.add_argument("--json", action="store_true", help="print the counts as JSON")
        _config_dir_option(p)
        return p
    p = argparse.ArgumentParser(
        prog="bulletin-reader search",
        description="Find articles by words, typed with or without Vietnamese marks "
        '("hoi nghi" finds "Hội nghị"); words typed with marks rank exact matches first.',
    )
    p.add_argument("query", metavar="QUERY", help='words, e.g. "hoi nghi" or "Hội nghị"')
    p.add_argument(
        "--library", action="append", type=Path, default=[], metavar="DIR",
        help="a folder to search (repeatable; default: the bundled articles and the "
        "user's library)",
    )  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--limit", default="20", metavar="N", help="at most N results (default 20)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="dated on or after DATE "
                   "(YYYY-MM-DD, YYYY-MM or YYYY)")  # fmt: skip
    p.add_argument("--to", dest="date_to", metavar="DATE", help="dated on or before DATE")
    p.add_argument(
        "--sort", choices=("relevance", "date"), default="relevance",
        help="best match first (default), or newest first",
    )  # fmt: skip
    _config_dir_option(p)
    return p


def _config_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config-dir", type=Path, metavar="DIR",
        help="settings folder; the index is kept in its cache/ (default: the user's cache "
        "folder; also $BULLETIN_READER_CONFIG_DIR)",
    )  # fmt: skip


def parse_date(text: str, *, end: bool) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day (``end``: last)."""
    m = _DATE.fullmatch(text.strip())
    try:
        if m is None:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        if day is not None:
            return dt.date(year, month, int(day))
        first = dt.date(year, month, 1)
        if not end:
            return first
        return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    except ValueError:
        raise BadInput(f"{text!r} is not a date: write YYYY-MM-DD (or YYYY-MM, or YYYY)") from None


def _roots(given: list[Path], defaults: list[Path]) -> list[Path]:
    for folder in given:
        if not folder.exists():
            raise BadInput(f"{folder} does not exist")
        if not os.access(folder, os.R_OK):
            raise BadInput(f"{folder} cannot be read")
    if given:
        return given
    return [d for d in defaults if d.is_dir()]  # the user's library may not exist yet


def run(
    command: str,
    opts: argparse.Namespace,
    *,
    default_roots: list[Path],
    cache_dir: Path,
    state_dir: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """``state_dir``: the reading state, which follows files the update finds moved."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if command == "index":
            return _index(opts, _roots(opts.folders, default_roots), cache_dir, state_dir, out, err)
        return _search(opts, _roots(opts.library, default_roots), cache_dir, state_dir, out, err)
    except (BadInput, EmptyQuery, IndexUnavailable) as e:
        print(f"bulletin-reader: error: {e}", file=err)
        return 2
    except BrokenPipeError:  # `search ... | head`: the reader of the pipe is gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        return 0


def _say_notices(report: UpdateReport, err: TextIO) -> None:
    if report.notice:
        print(f"bulletin-reader: notice: {report.notice}", file=err)


def _follow_moves(report: UpdateReport, state_dir: Path | None, err: TextIO) -> UpdateReport:
    """Files found moved take their reading state along (the window does the same)."""
    if report.moved and state_dir is not None:
        from reader.library.state import ReadingState

        state = ReadingState(state_dir)
        try:
            state.follow_moves(report.moved)
            if state.problem is not None:
                print(f"bulletin-reader: warning: reading state: {state.problem.detail}", file=err)
        finally:
            state.close()
    return report


def _index(
    opts: argparse.Namespace,
    roots: list[Path],
    cache_dir: Path,
    state_dir: Path | None,
    out: TextIO,
    err: TextIO,
) -> int:
    with SearchIndex(cache_dir) as index:
        report = _follow_moves(index.update(roots), state_dir, err)
        _say_notices(report, err)
        if opts.json:
            payload = dataclasses.asdict(report)
            payload["failed"] = [{"path": p, "reason": r} for p, r in report.failed]
            payload["seconds"] = round(report.seconds, 3)
            payload = {"index": str(index.path), **payload}
            print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
            return 0
        for path, reason in report.failed:
            print(f"bulletin-reader: warning: {path}: {reason}", file=err)
        folders = "folder" if len(roots) == 1 else "folders"
        print(
            f"{report.articles} articles in {len(roots)} {folders}, indexed in "
            f"{report.seconds:.2f} s: {report.added} added, {report.updated} updated, "
            f"{report.removed} removed, {report.unchanged} unchanged, "
            f"{len(report.failed)} unreadable",
            file=out,
        )
    return 0


def _search(
    opts: argparse.Namespace,
    roots: list[Path],
    cache_dir: Path,
    state_dir: Path | None,
    out: TextIO,
    err: TextIO,
) -> int:
    parse_query(opts.query)  # an empty query is said before any work
    try:
        limit = int(opts.limit)
        if not 1 <= limit <= MAX_LIMIT:
            raise ValueError
    except ValueError:
        raise BadInput(f"--limit must be a whole number from 1 to {MAX_LIMIT}") from None
    date_from = parse_date(opts.date_from, end=False) if opts.date_from else None
    date_to = parse_date(opts.date_to, end=True) if opts.date_to else None
    if date_from and date_to and date_from > date_to:
        raise BadInput(f"--from {opts.date_from} is after --to {opts.date_to}")
    with SearchIndex(cache_dir) as index:
        _say_notices(_follow_moves(index.update(roots), state_dir, err), err)
        ask = dict(roots=roots, date_from=date_from, date_to=date_to, sort=opts.sort, limit=limit)
        try:
            hits = index.search(opts.query, **ask)  # type: ignore[arg-type]
        except IndexRebuilt as e:  # damage met while searching: the index is new and empty
            print(f"bulletin-reader: notice: {e.notice}", file=err)
            index.update(roots)
            hits = index.search(opts.query, **ask)  # type: ignore[arg-type]
    if opts.json:
        results = [
            {
                "path": h.path,
                "title": h.title,
                "date": h.date,
                "snippet": h.snippet.text,
                "score": float(f"{h.score:.4g}"),
                "highlights": [list(m) for m in h.snippet.marks],
            }
            for h in hits
        ]
        print(json.dumps({"query": opts.query, "results": results}, ensure_ascii=False,
                         indent=2), file=out)  # fmt: skip
        return 0
    if not hits:
        print(f"no article matches {opts.query!r}", file=out)
        return 0
    bold = ("\033[1m", "\033[0m") if out.isatty() and not os.environ.get("NO_COLOR") else None
    for n, h in enumerate(hits, 1):
        snippet = h.snippet.marked(*bold) if bold else h.snippet.marked()
        print(f"{n}. {h.title} ({h.date or 'undated'})  score {h.score:.3g}", file=out)
        print(f"   {h.path}", file=out)
        print(f"   {snippet}", file=out)
    return 0
