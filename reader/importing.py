"""``bulletin-reader import``: turn text scrapes into library articles, in a batch.

Qt-free: ``run_import`` takes paths and two text streams and returns the exit code, so the
command line, the window (later) and the tests drive the same code. Rules: docs/importing.md.

Per input one line is printed::

    ok: SRC -> OUT/2023-12-05-slug.md (created; utf-8; 26 paragraphs, 3 headings, 3 captions)
    skipped: SRC: not a text scrape (HTML import comes later)
    failed: SRC: the file is empty

then a summary (``import: 2 ok, 1 skipped, 0 failed``). The exit code is 0 only when every
input was imported (``ok``), 1 otherwise, 2 when there was nothing to do at all.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from reader.formats.encodings import Decoded, DecodeError, decode_bytes
from reader.formats.markdown_article import MAX_FILE_BYTES
from reader.formats.markdown_writer import (
    article_file_name,
    article_to_markdown,
    edit_state,
    stamp,
)
from reader.formats.scrape_text import Scrape, ScrapeError, parse_scrape, scrape_to_article
from reader.model import Article

__all__ = ["ImportFailure", "Recovered", "is_text_scrape", "read_scrape", "run_import"]

NOT_TEXT = "not a text scrape (HTML import comes later)"
Status = Literal["ok", "skipped", "failed"]


class ImportFailure(Exception):
    """Why one input could not be imported (a sentence for the report)."""


@dataclass(frozen=True)
class Recovered:
    """One scrape, read: what the report, ``--json`` and the writer need."""

    path: Path
    decoded: Decoded
    scrape: Scrape
    article: Article

    def to_json(self) -> dict[str, Any]:
        s, a = self.scrape, self.article
        return {
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "lead": s.lead,
            "author": a.author,
            "captions": s.captions,
            "headings": s.headings,
            "paragraphs": s.paragraphs,
            "source": a.source,
            "encoding": self.decoded.encoding,
            "file": article_file_name(a),
            "warnings": list(a.warnings)
            + (["decomposed (NFD) letters were recomposed"] if self.decoded.was_nfd else []),
        }


@dataclass
class _Result:
    source: Path
    status: Status
    message: str
    data: dict[str, Any] | None = None
    target: Path | None = None


@dataclass
class _Batch:
    written: dict[Path, tuple[Path, str]] = field(default_factory=dict)  # target -> (src, md)


def is_text_scrape(path: Path) -> bool:
    """``.txt`` files and files without an extension are text scrapes."""
    return path.suffix.lower() == ".txt" or path.suffix == ""


def read_scrape(path: Path) -> Recovered:
    """Read, decode and parse one scrape; raises ImportFailure with the reason."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ImportFailure("the file does not exist") from None
    except OSError as e:
        raise ImportFailure(f"cannot read the file ({e.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise ImportFailure("this is not a regular file")
    if st.st_size > MAX_FILE_BYTES:
        raise ImportFailure(
            f"the file is {st.st_size / 1048576:.1f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1048576} MB"
        )
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportFailure(f"cannot read the file ({e.strerror})") from None
    return recover(data, path)


def recover(data: bytes, path: Path) -> Recovered:
    """Bytes of a scrape -> Recovered (raises ImportFailure with the reason)."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as e:
        raise ImportFailure(e.detail) from None
    try:
        scrape = parse_scrape(decoded.text)
    except ScrapeError as e:
        raise ImportFailure(str(e)) from None
    article = scrape_to_article(scrape, source=path.name)
    return Recovered(path, decoded, scrape, article)


def _walk(root: Path, skip: Path | None) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (skip is None or _resolved(here / d) != skip)
        )
        for name in sorted(filenames):
            if not name.startswith("."):
                yield here / name


def _resolved(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def _inputs(sources: list[Path], out_dir: Path | None) -> list[Path]:
    skip = _resolved(out_dir) if out_dir is not None else None
    found: list[Path] = []
    seen: set[Path] = set()
    for src in sources:
        items = list(_walk(src, skip)) if src.is_dir() else [src]
        for p in items:
            key = _resolved(p)
            if key not in seen:
                seen.add(key)
                found.append(p)
    return found


def _write_atomic(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _backup_name(target: Path) -> Path:
    stamp_ = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.name}.{stamp_}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}.{stamp_}-{n}.bak")
    return candidate


def _counts(s: Scrape) -> str:
    return f"{len(s.paragraphs)} paragraphs, {len(s.headings)} headings, {len(s.captions)} captions"


def _import_one(path: Path, out_dir: Path, force: bool, batch: _Batch) -> _Result:
    rec = read_scrape(path)
    md = stamp(article_to_markdown(rec.article))
    target = out_dir / article_file_name(rec.article)
    detail = f"{rec.decoded.describe()}; {_counts(rec.scrape)}"
    if rec.article.warnings:
        detail += "; note: " + "; ".join(rec.article.warnings)

    earlier = batch.written.get(target)
    if earlier is not None and earlier[1] != md:
        return _Result(
            path,
            "skipped",
            f"{target.name} was just written from {earlier[0]} (same date and title, "
            "different text)",
        )

    action = "created"
    backup: Path | None = None
    if target.exists() or target.is_symlink():
        try:
            if target.is_symlink() or not target.is_file():
                raise ImportFailure(f"{target} is not a regular file; not replaced")
            existing = target.read_text(encoding="utf-8", errors="replace")
        except OSError as e:
            raise ImportFailure(f"cannot read {target} ({e.strerror})") from None
        if existing == md:
            batch.written[target] = (path, md)
            return _Result(path, "ok", f"{target} (unchanged; {detail})", target=target)
        state = edit_state(existing)
        if state == "unedited":
            action = "updated"
        elif not force:
            why = (
                "was edited after it was imported"
                if state == "edited"
                else ("was not written by the importer")
            )
            return _Result(
                path,
                "skipped",
                f"{target} {why}; run again with --force to replace it (a backup is kept)",
            )
        else:
            backup = _backup_name(target)
            try:
                os.replace(target, backup)
            except OSError as e:
                raise ImportFailure(f"cannot back up {target} ({e.strerror})") from None
            action = f"replaced; backup {backup.name}"
    try:
        _write_atomic(target, md)
    except OSError as e:
        if backup is not None:  # put the user's file back
            os.replace(backup, target)
        raise ImportFailure(f"cannot write {target} ({e.strerror})") from None
    batch.written[target] = (path, md)
    return _Result(path, "ok", f"{target} ({action}; {detail})", target=target)


def run_import(
    sources: list[Path],
    out_dir: Path,
    *,
    force: bool,
    as_json: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    """Import every source (files, or folders searched recursively).

    Writes articles into ``out_dir`` (created if missing) or, with ``as_json``, prints what
    was recovered as JSON on ``out`` (one object for a single file, else a list) and the
    report lines on ``err``. Returns 0 when every input was imported, 1 when any was
    skipped or failed, 2 when there was nothing to import or ``out_dir`` is unusable.
    """
    report = err if as_json else out
    if not sources:
        print("bulletin-reader: error: no files or folders to import", file=err)
        return 2
    if not as_json:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            print(f"bulletin-reader: error: cannot create {out_dir} ({e.strerror})", file=err)
            return 2
        if not out_dir.is_dir():
            print(f"bulletin-reader: error: {out_dir} is not a folder", file=err)
            return 2

    inputs = _inputs(sources, None if as_json else out_dir)
    if not inputs:
        print("bulletin-reader: error: the folders contain no files", file=err)
        return 2

    batch = _Batch()
    results: list[_Result] = []
    for path in inputs:
        if not is_text_scrape(path):
            res = _Result(path, "skipped", NOT_TEXT)
        else:
            try:
                if as_json:
                    rec = read_scrape(path)
                    res = _Result(path, "ok", f"{rec.decoded.describe()}; {_counts(rec.scrape)}")
                    res.data = rec.to_json()
                else:
                    res = _import_one(path, out_dir, force, batch)
            except ImportFailure as e:
                res = _Result(path, "failed", str(e))
            except Exception as e:  # a bug must not stop the batch; say what it was
                res = _Result(path, "failed", f"internal error: {type(e).__name__}: {e}")
        results.append(res)
        sep = " -> " if res.status == "ok" and not as_json else ": "
        print(f"{res.status}: {path}{sep}{res.message}", file=report, flush=False)

    n_ok = sum(r.status == "ok" for r in results)
    n_skip = sum(r.status == "skipped" for r in results)
    n_fail = sum(r.status == "failed" for r in results)
    if as_json:
        items = [
            r.data
            if r.data is not None
            else {"source": str(r.source), "status": r.status, "reason": r.message}
            for r in results
        ]
        single = len(sources) == 1 and not sources[0].is_dir() and len(items) == 1
        json.dump(items[0] if single else items, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print(f"import: {n_ok} ok, {n_skip} skipped, {n_fail} failed", file=report)
    return 0 if n_ok == len(results) else 1
