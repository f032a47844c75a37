"""Find the articles in a folder and read just enough of each to list it.

Only the front matter is parsed here (not the body), so listing stays fast; a file that
cannot be read is still listed, with its problem, so the user sees it instead of losing it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reader.formats.article_file import read_article_text
from reader.formats.errors import ArticleError
from reader.formats.front_matter import clean_title, parse_front_matter
from reader.formats.markdown_article import parse_article
from reader.library.entry import LibraryEntry

MAX_DEPTH = 4
MAX_FILES = 10_000


def find_article_files(root: Path) -> list[Path]:
    """``*.md`` files under ``root`` (or root itself), skipping hidden folders.

    Linked folders are not entered (``os.walk`` does not follow them), so nothing outside
    ``root`` is listed through them; a linked file is listed and checked when it is read.
    """
    try:
        if root.is_file():
            return [root]
    except OSError:
        return []
    found: list[Path] = []
    base_depth = len(root.parts)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and len(Path(dirpath).parts) - base_depth < MAX_DEPTH
        )
        for name in sorted(filenames):
            if name.lower().endswith(".md") and not name.startswith("."):
                found.append(Path(dirpath) / name)
                if len(found) >= MAX_FILES:
                    return found
    return found


def read_entry(path: Path) -> LibraryEntry:
    """One row; never raises: whatever goes wrong with this file becomes its problem, so one
    file can never stop the library from listing."""
    try:
        text = read_article_text(path)
        meta = parse_front_matter(text, str(path))
        title = meta.title
        if not title:  # rare: the title is the body's first heading, so parse it all
            title = parse_article(text, path.parent, str(path)).title
    except ArticleError as e:
        return LibraryEntry(path, _fallback_title(path), problem=e)
    except Exception as e:  # a bug, or a library surprise (MemoryError too): still a row
        problem = ArticleError("unreadable", f"unexpected error: {type(e).__name__}", str(path))
        return LibraryEntry(path, _fallback_title(path), problem=problem)
    return LibraryEntry(path, title, meta.date, meta.lang, lead=meta.lead)


def scan_library(root: Path) -> list[LibraryEntry]:
    """All articles under ``root``, newest first (undated last)."""
    entries = [read_entry(p) for p in find_article_files(root)]
    return sorted(entries, key=LibraryEntry.sort_key)


def scan_libraries(roots: Sequence[Path]) -> list[LibraryEntry]:
    """All articles under every folder of ``roots`` together, newest first; a file found
    through two of them (nested folders) is listed once."""
    if len(roots) == 1:
        return scan_library(roots[0])
    seen: set[Path] = set()
    entries = []
    for root in roots:
        for path in find_article_files(root):
            if path not in seen and len(seen) < MAX_FILES:
                seen.add(path)
                entries.append(read_entry(path))
    return sorted(entries, key=LibraryEntry.sort_key)


def _fallback_title(path: Path) -> str:
    stem = path.parent.name if path.stem.lower() in {"article", "index"} else path.stem
    return clean_title(stem.replace("-", " ").replace("_", " ")) or clean_title(path.name)
