"""What the inputs of an import are: files, folders searched recursively, and URLs.

A folder is walked in name order; hidden entries, the output folder, and the images, styles
and scripts that belong to saved pages (``page_files/``, or beside a page) are not inputs.
A file is read here too, with the size limit and the checks that keep a pipe or a device
from blocking the batch.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.formats.article_file import MAX_FILE_BYTES
from reader.formats.html_page import HTML_SUFFIXES
from reader.importer.report import ImportFailure, Source
from reader.storage import read_regular_file

__all__ = ["Source", "as_url", "find_inputs", "is_html_page", "is_text_scrape", "read_bytes"]

# Files that belong to saved pages, not inputs, in a folder that holds .html pages.
_RESOURCE_SUFFIXES = {
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".ico", ".avif", ".css",
    ".js", ".json", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map",
}  # fmt: skip
_URL = re.compile(r"^https?://", re.I)
_MANGLED_URL = re.compile(r"^(https?):/(?!/)", re.I)  # what pathlib makes of "https://..."


def is_text_scrape(path: Path) -> bool:
    """``.txt`` files and files without an extension are text scrapes."""
    return path.suffix.lower() == ".txt" or path.suffix == ""


def is_html_page(path: Path) -> bool:
    """``.html``, ``.htm`` and ``.xhtml`` files are saved web pages."""
    return path.suffix.lower() in HTML_SUFFIXES


def is_mhtml(path: Path) -> bool:
    """A single-file web archive (not supported: the report says how to save the page)."""
    return path.suffix.lower() in (".mht", ".mhtml")


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an input file (raises ImportFailure with the reason)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ImportFailure("not-found") from None
    except OSError as e:
        raise ImportFailure("unreadable", str(e.strerror)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ImportFailure("not-a-file")
    if st.st_size > limit:
        raise ImportFailure("too-large", f"{st.st_size / 1048576:.1f}", str(limit // 1048576))
    try:
        return read_regular_file(path, limit)  # never blocks on a pipe swapped in meanwhile
    except OSError as e:
        raise ImportFailure("unreadable", str(e.strerror)) from None


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


def find_inputs(sources: Sequence[Source], out_dir: Path | None) -> list[Source]:
    """Every input, once: URLs, files, and the files of folders (``out_dir`` left out)."""
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
