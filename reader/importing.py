"""``bulletin-reader import``: turn text scrapes, saved web pages and URLs into library
articles, in a batch.

Qt-free: ``run_import`` takes paths (and URLs) and two text streams and returns the exit code,
so the command line, the window (later) and the tests drive the same code. Rules:
docs/importing.md. A URL is fetched here, through ``reader.fetch`` (the only module that
touches the network), and only because the user asked for it.

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
sentences need (``REASONS`` and ``NOTE_CODES`` list them); ``images`` is null for a text
scrape. The keys are the same on every line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from reader.formats.encodings import Decoded, DecodeError, decode_bytes
from reader.formats.html_page import (
    HTML_SUFFIXES,
    IMAGE_NOTES,
    MAX_HTML_BYTES,
    MAX_IMAGE_BYTES,
    HtmlPage,
    HtmlPageError,
    page_from_bytes,
    page_to_article,
)
from reader.formats.markdown_article import MAX_FILE_BYTES
from reader.formats.markdown_writer import (
    article_file_name,
    article_to_markdown,
    edit_state,
    stamp,
)
from reader.formats.scrape_text import (
    NOTE_NO_DATE,
    NOTE_NO_TITLE,
    NOTE_TITLE_FROM_LEAD,
    Scrape,
    ScrapeError,
    parse_scrape,
    scrape_to_article,
)
from reader.model import Article
from reader.storage import read_regular_file, write_atomic

__all__ = [
    "NOTE_CODES",
    "REASONS",
    "ImportFailure",
    "Recovered",
    "is_html_page",
    "is_text_scrape",
    "read_html",
    "read_scrape",
    "read_url",
    "run_import",
]

NOT_TEXT = "not a text scrape or a web page (.txt, no extension, .html, .htm)"
NOT_MHTML = "a single-file web archive (MHTML) is not supported; save the page as HTML"
DEFAULT_FETCH_TIMEOUT = 20.0
Status = Literal["ok", "skipped", "failed"]
Source = Path | str  # a str is a URL
# Files that belong to saved pages, not inputs, in a folder that holds .html pages.
_RESOURCE_SUFFIXES = {
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".ico", ".avif", ".css",
    ".js", ".json", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map",
}  # fmt: skip
# Reason codes of skipped and failed inputs in the records (--report-jsonl), with the values
# their sentences take. The window translates by them; a code it does not know (a newer
# importer) is shown in English.
REASONS = {
    # skipped
    "not-a-page": (), "mhtml": (), "same-name": ("file", "other source"),
    "edited": ("file",), "not-imported": ("file",),
    # failed: reading the input
    "not-found": (), "unreadable": ("why",), "not-a-file": (), "too-large": ("MB", "limit MB"),
    "empty": (), "binary": (), "unknown-encoding": (),
    "empty-text": (), "only-boilerplate": (), "no-prose": (),
    "no-html": (), "too-deep": (), "page-no-article": (), "page-no-prose": (),
    # failed: fetching a URL (the URL comes first)
    "fetch-not-web-address": ("url",), "fetch-timeout": ("url",),
    "fetch-name-timeout": ("url", "server name"), "fetch-name-not-found": ("url",),
    "fetch-refused": ("url",), "fetch-closed": ("url",),
    "fetch-http": ("url", "status", "reason"), "fetch-not-html": ("url", "content type"),
    "fetch-too-large": ("url", "limit MB"), "fetch-secure": ("url", "why"),
    "fetch-bad-answer": ("url", "what"), "fetch-failed": ("url", "why"),
    # failed: writing the article
    "target-not-file": ("file",), "cannot-read-target": ("file", "why"),
    "cannot-backup": ("file", "why"), "cannot-write": ("file", "why"),
    "internal-error": ("what",),
}  # fmt: skip
# Notes on an imported article (its warnings): code -> the values of its sentence.
NOTE_CODES = {
    "no-title": (), "no-date": (), "title-from-lead": (),
    "images-remote": ("n",), "images-embedded": ("n",), "images-outside": ("n",),
    "images-missing": ("n",), "images-not-an-image": ("n",),
}  # fmt: skip
_NOTES = {
    NOTE_NO_TITLE: "no-title",
    NOTE_NO_DATE: "no-date",
    NOTE_TITLE_FROM_LEAD: "title-from-lead",
}
_IMAGE_NOTES = {what: "images-" + why.replace(" ", "-") for why, what in IMAGE_NOTES.items()}
_IMAGE_NOTE = re.compile(r"(\d+) images? (.+)")
_URL = re.compile(r"^https?://", re.I)
_MANGLED_URL = re.compile(r"^(https?):/(?!/)", re.I)  # what pathlib makes of "https://..."


class ImportFailure(Exception):
    """Why one input could not be imported: a sentence for the report, and its reason code
    and values for the records (``REASONS``)."""

    def __init__(self, message: str, code: str | None = None, params: Sequence[str] = ()):
        super().__init__(message)
        self.code = code
        self.params = tuple(params)


@dataclass(frozen=True)
class Recovered:
    """One input, read: what the report, ``--json`` and the writer need.

    ``scrape`` is a text ``Scrape`` or an ``HtmlPage`` (both name their lead, captions,
    headings and paragraphs); ``images`` are the local files to copy beside the article.
    """

    path: Source
    decoded: Decoded
    scrape: Scrape | HtmlPage
    article: Article
    images: tuple[tuple[Path, str], ...] = ()

    def file_name(self) -> str:
        """Where the article goes in the library: ``name.md``, or ``name/article.md`` when
        it has images (they live in ``name/images/``)."""
        name = article_file_name(self.article)
        return f"{name.removesuffix('.md')}/article.md" if self.images else name

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
            "file": self.file_name(),
            "warnings": list(a.warnings)
            + (["decomposed (NFD) letters were recomposed"] if self.decoded.was_nfd else []),
        }


@dataclass
class _Result:
    source: Source
    status: Status
    message: str
    data: dict[str, Any] | None = None
    target: Path | None = None
    code: str | None = None  # why it was skipped or failed (REASONS)
    params: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)  # an ok line's parts, for records


_RECORD_DETAILS: dict[str, Any] = {
    "action": None, "backup": None, "moved_from": None, "encoding": None, "recomposed": False,
    "paragraphs": None, "headings": None, "captions": None, "images": None, "notes": [],
}  # fmt: skip


def _note(warning: str) -> dict[str, Any]:
    code = _NOTES.get(warning)
    params: list[str] = []
    if code is None and (m := _IMAGE_NOTE.fullmatch(warning)):
        code = _IMAGE_NOTES.get(m.group(2))
        params = [m.group(1)] if code else []
    return {"code": code, "args": params, "message": warning}


def _details(rec: Recovered) -> dict[str, Any]:
    """What an ok line says about the article, in parts (for the records)."""
    s = rec.scrape
    return {
        "encoding": rec.decoded.encoding,
        "recomposed": rec.decoded.was_nfd,
        "paragraphs": len(s.paragraphs),
        "headings": len(s.headings),
        "captions": len(s.captions),
        "images": len(rec.images) if isinstance(s, HtmlPage) else None,
        "notes": [_note(w) for w in rec.article.warnings],
    }


def _record(res: _Result, out_dir: Path | None) -> dict[str, Any]:
    """One line of --report-jsonl (the keys are documented at the top of this module)."""
    file = None
    if res.target is not None and out_dir is not None:
        try:
            file = res.target.relative_to(out_dir).as_posix()
        except ValueError:
            file = res.target.as_posix()
    return {
        "source": str(res.source),
        "status": res.status,
        "reason": res.code,
        "args": list(res.params),
        "message": res.message,
        "output": str(res.target) if res.target is not None else None,
        "file": file,
        **_RECORD_DETAILS,
        **res.details,
    }


@dataclass
class _Batch:
    written: dict[Path, tuple[Source, str]] = field(default_factory=dict)  # target -> (src, md)


def is_text_scrape(path: Path) -> bool:
    """``.txt`` files and files without an extension are text scrapes."""
    return path.suffix.lower() == ".txt" or path.suffix == ""


def is_html_page(path: Path) -> bool:
    """``.html``, ``.htm`` and ``.xhtml`` files are saved web pages."""
    return path.suffix.lower() in HTML_SUFFIXES


def _read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ImportFailure("the file does not exist", "not-found") from None
    except OSError as e:
        raise ImportFailure(
            f"cannot read the file ({e.strerror})", "unreadable", [str(e.strerror)]
        ) from None
    if not stat.S_ISREG(st.st_mode):
        raise ImportFailure("this is not a regular file", "not-a-file")
    if st.st_size > limit:
        size, most = f"{st.st_size / 1048576:.1f}", str(limit // 1048576)
        raise ImportFailure(
            f"the file is {size} MB; the limit is {most} MB", "too-large", [size, most]
        )
    try:
        return read_regular_file(path, limit)  # never blocks on a pipe swapped in meanwhile
    except OSError as e:
        raise ImportFailure(
            f"cannot read the file ({e.strerror})", "unreadable", [str(e.strerror)]
        ) from None


def read_scrape(path: Path) -> Recovered:
    """Read, decode and parse one scrape; raises ImportFailure with the reason."""
    return recover(_read_bytes(path), path)


def read_html(path: Path) -> Recovered:
    """Read, decode and extract one saved page; its images are looked up in its folder."""
    return recover_html(_read_bytes(path, MAX_HTML_BYTES), path, folder=path.parent)


def read_url(url: str, timeout: float = DEFAULT_FETCH_TIMEOUT) -> Recovered:
    """Fetch a page (the only network access of the program) and extract it like a saved
    page. Its images are on the web and are not downloaded: figures keep their captions."""
    from reader.fetch import FetchError, fetch

    try:
        got = fetch(url, timeout=timeout, max_bytes=MAX_HTML_BYTES)
    except FetchError as e:
        raise ImportFailure(str(e), e.code, [e.url, *e.params]) from None
    # Relative links resolve against where the page really is (after redirects).
    return recover_html(got.data, url, folder=None, declared=got.charset, address=got.final_url)


def recover_html(
    data: bytes,
    source: Source,
    *,
    folder: Path | None,
    declared: str | None = None,
    address: str | None = None,
) -> Recovered:
    """Bytes of a web page -> Recovered (raises ImportFailure with the reason).

    ``address``: the page's own URL when it differs from ``source`` (a redirect)."""
    name = source if isinstance(source, str) else source.name
    try:
        decoded, page = page_from_bytes(
            data, folder=folder, source=address or name, declared=declared
        )
    except DecodeError as e:
        raise ImportFailure(e.detail, e.kind) from None
    except HtmlPageError as e:
        raise ImportFailure(str(e), e.code) from None
    article = page_to_article(page)
    return Recovered(source, decoded, page, article, tuple(page.images))


def recover(data: bytes, path: Path) -> Recovered:
    """Bytes of a scrape -> Recovered (raises ImportFailure with the reason)."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as e:
        raise ImportFailure(e.detail, e.kind) from None
    try:
        scrape = parse_scrape(decoded.text)
    except ScrapeError as e:
        raise ImportFailure(str(e), e.code) from None
    article = scrape_to_article(scrape, source=path.name)
    return Recovered(path, decoded, scrape, article)


def _walk(root: Path, skip: Path | None) -> Iterable[Path]:
    near_pages: dict[str, bool] = {}  # folder -> it or a folder above it holds saved pages
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        pages = {
            os.path.splitext(n)[0].lower()
            for n in filenames
            if os.path.splitext(n)[1].lower() in HTML_SUFFIXES
        }
        resources = near_pages[dirpath] = bool(pages) or near_pages.get(
            os.path.dirname(dirpath), False
        )
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".")
            and (skip is None or _resolved(here / d) != skip)
            # "page_files" beside "page.html": the saved page's images, scripts and styles
            and not (d.lower().endswith("_files") and d[:-6].lower() in pages)
        )
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if resources and os.path.splitext(name)[1].lower() in _RESOURCE_SUFFIXES:
                continue  # an image or style sheet beside (or below) saved pages is theirs
            yield here / name


def _resolved(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def as_url(src: Source) -> str | None:
    """The URL when SRC is one (``https://...``, also as pathlib mangles it: ``https:/...``)."""
    s = str(src)
    if isinstance(src, str) and _URL.match(s):
        return s
    if isinstance(src, Path) and _MANGLED_URL.match(s) and not src.exists():
        return _MANGLED_URL.sub(lambda m: m.group(1) + "://", s, count=1)
    return None


def _inputs(sources: Sequence[Source], out_dir: Path | None) -> list[Source]:
    skip = _resolved(out_dir) if out_dir is not None else None
    found: list[Source] = []
    seen: set[Path | str] = set()
    for src in sources:
        url = as_url(src)
        if url is not None:
            if url not in seen:
                seen.add(url)
                found.append(url)
            continue
        src = Path(src)
        items = list(_walk(src, skip)) if src.is_dir() else [src]
        for p in items:
            key = _resolved(p)
            if key not in seen:
                seen.add(key)
                found.append(p)
    return found


def _backup_name(target: Path) -> Path:
    stamp_ = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.name}.{stamp_}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}.{stamp_}-{n}.bak")
    return candidate


def _counts(rec: Recovered) -> str:
    s = rec.scrape
    counts = (
        f"{len(s.paragraphs)} paragraphs, {len(s.headings)} headings, {len(s.captions)} captions"
    )
    if isinstance(s, HtmlPage):
        n = len(rec.images)
        counts += f", {n} image{'' if n == 1 else 's'}"
    return counts


def _read(src: Source, fetch_timeout: float) -> Recovered:
    if isinstance(src, str):
        return read_url(src, fetch_timeout)
    if is_html_page(src):
        return read_html(src)
    return read_scrape(src)


def _same_images(rec: Recovered, folder: Path) -> bool:
    for image, name in rec.images:
        dest = folder / name
        try:
            if not dest.is_file() or dest.read_bytes() != image.read_bytes():
                return False
        except OSError:
            return False
    return True


def _copy_images(rec: Recovered, folder: Path) -> None:
    for image, name in rec.images:
        dest = folder / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.is_symlink() or (dest.exists() and not dest.is_file()):
            raise ImportFailure(
                f"{dest} is not a regular file; not replaced", "target-not-file", [str(dest)]
            )
        write_atomic(dest, read_regular_file(image, MAX_IMAGE_BYTES), durable=False)


def _import_one(src: Source, out_dir: Path, force: bool, batch: _Batch, timeout: float) -> _Result:
    rec = _read(src, timeout)
    path = src
    md = stamp(article_to_markdown(rec.article))
    flat = out_dir / article_file_name(rec.article)
    in_folder = out_dir / flat.stem / "article.md"
    # An article with images is a folder; once it is one, later imports keep it there.
    target = in_folder if rec.images or in_folder.is_file() else flat
    other = flat if target == in_folder else None
    existing = target
    if (
        other is not None
        and not (target.exists() or target.is_symlink())
        and (other.exists() or other.is_symlink())
    ):
        existing = other  # imported before without images: it moves into the folder
    detail = f"{rec.decoded.describe()}; {_counts(rec)}"
    if rec.article.warnings:
        detail += "; note: " + "; ".join(rec.article.warnings)
    details = _details(rec)

    clash = target if target in batch.written else existing
    earlier = batch.written.get(clash)
    if earlier is not None and earlier[1] != md:
        name = clash.relative_to(out_dir).as_posix()
        return _Result(
            path,
            "skipped",
            f"{name} was just written from {earlier[0]} (same date and title, different text)",
            code="same-name",
            params=(name, str(earlier[0])),
        )

    action = "created"
    backup: Path | None = None
    if existing.exists() or existing.is_symlink():
        try:
            if existing.is_symlink() or not existing.is_file():
                raise ImportFailure(
                    f"{existing} is not a regular file; not replaced",
                    "target-not-file",
                    [str(existing)],
                )
            old = existing.read_text(encoding="utf-8", errors="replace")
        except OSError as e:
            raise ImportFailure(
                f"cannot read {existing} ({e.strerror})",
                "cannot-read-target",
                [str(existing), str(e.strerror)],
            ) from None
        if existing == target and old == md and _same_images(rec, target.parent):
            batch.written[target] = (path, md)
            return _Result(
                path,
                "ok",
                f"{target} (unchanged; {detail})",
                target=target,
                details={"action": "unchanged", **details},
            )
        state = edit_state(old)
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
                f"{existing} {why}; run again with --force to replace it (a backup is kept)",
                code=state,
                params=(str(existing),),
            )
        else:
            backup = _backup_name(existing)
            try:
                os.replace(existing, backup)
            except OSError as e:
                raise ImportFailure(
                    f"cannot back up {existing} ({e.strerror})",
                    "cannot-backup",
                    [str(existing), str(e.strerror)],
                ) from None
            action = f"replaced; backup {backup.name}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_images(rec, target.parent)
        write_atomic(target, md)
    except OSError as e:
        if backup is not None and not existing.exists():  # put the user's file back
            os.replace(backup, existing)
        why = str(e.strerror or e)
        raise ImportFailure(
            f"cannot write {target} ({why})", "cannot-write", [str(target), why]
        ) from None
    moved = None
    if existing != target and backup is None and existing.exists():
        existing.unlink()  # the unedited flat file now lives in the article's folder
        moved = existing.name
        action += f"; moved from {moved}"
    batch.written[target] = (path, md)
    return _Result(
        path,
        "ok",
        f"{target} ({action}; {detail})",
        target=target,
        details={
            "action": action.split(";")[0],
            "backup": backup.name if backup is not None else None,
            "moved_from": moved,
            **details,
        },
    )


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
        if isinstance(path, Path) and path.suffix.lower() in (".mht", ".mhtml"):
            res = _Result(path, "skipped", NOT_MHTML, code="mhtml")
        elif isinstance(path, Path) and not (is_text_scrape(path) or is_html_page(path)):
            res = _Result(path, "skipped", NOT_TEXT, code="not-a-page")
        else:
            try:
                if as_json:
                    rec = _read(path, fetch_timeout)
                    res = _Result(path, "ok", f"{rec.decoded.describe()}; {_counts(rec)}")
                    res.data = rec.to_json()
                    res.details = _details(rec)
                else:
                    res = _import_one(path, out_dir, force, batch, fetch_timeout)
            except ImportFailure as e:
                res = _Result(path, "failed", str(e), code=e.code, params=e.params)
            except Exception as e:  # a bug must not stop the batch; say what it was
                what = f"{type(e).__name__}: {e}"
                res = _Result(
                    path, "failed", f"internal error: {what}", code="internal-error", params=(what,)
                )
        results.append(res)
        sep = " -> " if res.status == "ok" and not as_json else ": "
        print(f"{res.status}: {path}{sep}{res.message}", file=report, flush=False)
        if records is not None:
            records.write(
                json.dumps(_record(res, None if as_json else out_dir), ensure_ascii=False)
            )
            records.write("\n")
            records.flush()  # a program can follow the progress

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
        single = len(sources) == 1 and len(items) == 1 and not Path(sources[0]).is_dir()
        json.dump(items[0] if single else items, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print(f"import: {n_ok} ok, {n_skip} skipped, {n_fail} failed", file=report)
    return 0 if n_ok == len(results) else 1
