"""``bulletin-reader import``: turn text scrapes, saved web pages and URLs into library
articles, in a batch.

Qt-free: ``run_import`` takes paths (and URLs) and two text streams and returns the exit code,
so the command line, the window (through the command) and the tests drive the same code.
Rules: docs/importing.md. The steps have a module each: ``sources`` (what the inputs are),
``recover`` (an input -> the model; a URL is fetched by ``fetch``, the only module that
touches the network, and only because the user asked for it), ``writer`` (the library
file) and ``report`` (reasons and records).

Per input one line is printed::

    ok: SRC -> OUT/2023-12-05-slug.md (created; utf-8; 26 paragraphs, 3 headings, 3 captions)
    ok: page.html -> OUT/2024-07-16-slug/article.md (created; utf-8; ...; 2 images)
    skipped: SRC: not a text scrape or a web page
    failed: SRC: the file is empty

then a summary (``import: 2 ok, 1 skipped, 0 failed``). The exit code is 0 only when every
input was imported (``ok``), 1 otherwise, 2 when there was nothing to do at all.

With a ``records`` stream (``--report-jsonl FILE``) the same report is also written for
programs, one JSON object per input as each is done (the window's import report reads it to
show the report in the interface language)::

    {"source": "in/a.txt", "status": "ok", "reason": null, "args": [],
     "message": "OUT/2023-12-05-slug.md (created; utf-8; 26 paragraphs, ...)",
     "output": "OUT/2023-12-05-slug.md", "file": "2023-12-05-slug.md", "action": "created",
     "backup": null, "moved_from": null, "encoding": "utf-8", "recomposed": false,
     "paragraphs": 26, "headings": 3, "captions": 3, "images": null,
     "notes": [{"code": "no-date", "args": [], "message": "no publication date was found"}]}
    {"source": "in/e.txt", "status": "failed", "reason": "empty", "args": [],
     "message": "the file is empty", "output": null, ...}

``message`` is the English text of the line (after "SRC -> " or "SRC: "); ``reason`` (for
skipped and failed inputs) and a note's ``code`` are stable codes, ``args`` the values their
sentences need (``report.REASONS`` and ``report.NOTE_CODES`` list them); ``images`` is null
for a text scrape. The keys are the same on every line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from reader.importer.recover import DEFAULT_FETCH_TIMEOUT, read_source
from reader.importer.report import ImportFailure, Result, Source, counts, details, record, summary
from reader.importer.sources import find_inputs, is_html_page, is_mhtml, is_text_scrape
from reader.importer.writer import Batch, write_article

__all__ = ["run_import"]


def run_import(
    sources: Sequence[Source],
    out_dir: Path,
    *,
    force: bool,
    as_json: bool,
    out: TextIO,
    err: TextIO,
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
    records: TextIO | None = None,
) -> int:
    """Import every source (files, folders searched recursively, ``http(s)://`` URLs).

    A URL is fetched once, within ``fetch_timeout`` seconds in all.

    Writes articles into ``out_dir`` (created if missing) or, with ``as_json``, prints what
    was recovered as JSON on ``out`` (one object for a single file, else a list) and the
    report lines on ``err``. With ``records``, also writes there one JSON object per input
    as it is done (see the top of this module). Returns 0 when every input was imported, 1
    when any was skipped or failed, 2 when there was nothing to import or ``out_dir`` is
    unusable.
    """
    report = err if as_json else out
    if not sources:
        print("bulletin-reader: error: no files or folders to import", file=err)
        return 2
    if not as_json and not _usable_out_dir(out_dir, err):
        return 2
    inputs = find_inputs(sources, None if as_json else out_dir)
    if not inputs:
        print("bulletin-reader: error: the folders contain no files", file=err)
        return 2

    batch = Batch()
    results: list[Result] = []
    for path in inputs:
        res = _import_one(path, None if as_json else out_dir, force, batch, fetch_timeout)
        results.append(res)
        sep = " -> " if res.status == "ok" and not as_json else ": "
        print(f"{res.status}: {path}{sep}{res.message}", file=report, flush=False)
        if records is not None:
            records.write(json.dumps(record(res, None if as_json else out_dir), ensure_ascii=False))
            records.write("\n")
            records.flush()  # a program can follow the progress
    if as_json:
        _dump_json(results, sources, out)
    print(summary(results), file=report)
    return 0 if all(r.status == "ok" for r in results) else 1


def _usable_out_dir(out_dir: Path, err: TextIO) -> bool:
    """Create ``out_dir`` if missing; False (with the error on ``err``) if it cannot be."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"bulletin-reader: error: cannot create {out_dir} ({e.strerror})", file=err)
        return False
    if not out_dir.is_dir():
        print(f"bulletin-reader: error: {out_dir} is not a folder", file=err)
        return False
    return True


def _import_one(
    path: Source, out_dir: Path | None, force: bool, batch: Batch, fetch_timeout: float
) -> Result:
    """One input: recovered, then written into ``out_dir`` (None: kept as JSON data)."""
    if isinstance(path, Path) and is_mhtml(path):
        return Result.because(path, "skipped", "mhtml")
    if isinstance(path, Path) and not (is_text_scrape(path) or is_html_page(path)):
        return Result.because(path, "skipped", "not-a-page")
    try:
        rec = read_source(path, fetch_timeout)
        if out_dir is not None:
            return write_article(rec, out_dir, force, batch)
        res = Result(path, "ok", f"{rec.decoded.describe()}; {counts(rec)}")
        res.data = rec.to_json()
        res.details = details(rec)
        return res
    except ImportFailure as e:
        return Result.because(path, "failed", e.code, *e.params)
    except Exception as e:  # a bug must not stop the batch; say what it was
        return Result.because(path, "failed", "internal-error", f"{type(e).__name__}: {e}")


def _dump_json(results: list[Result], sources: Sequence[Source], out: TextIO) -> None:
    """What was recovered, as JSON: one object for a single file, else a list."""
    items = [
        r.data
        if r.data is not None
        else {"source": str(r.source), "status": r.status, "reason": r.message}
        for r in results
    ]
    single = len(sources) == 1 and len(items) == 1 and not Path(sources[0]).is_dir()
    json.dump(items[0] if single else items, out, ensure_ascii=False, indent=2)
    out.write("\n")
