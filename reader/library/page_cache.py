"""The last article as the window painted it, so the next start can show it before the rest.

One file (a start shows one article), written when the window closes and read once at start.
It is trusted only if nothing that shaped that paint has changed: the article file (path,
size, modification time) and a signature the caller makes of the render settings, the
window's geometry and the program (``signature``). Anything else, stale, damaged or from
another version, reads as None and the window starts the usual way; the real article view
replaces the page moments later in any case.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader import __version__
from reader.storage import read_regular_file, write_atomic

FILE_NAME = "first-page.json"
FORMAT = 1
MAX_HTML_CHARS = 2_000_000  # a bigger article starts the usual way (its HTML is not kept)
_LIMIT = 4 * MAX_HTML_CHARS + 65536  # UTF-8 bytes, with the JSON around it

# What a page needs, with its type: anything else is a damaged file.
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "html": str,
    "font": str,
    "margin": (int, float),
    "wrap_anywhere": bool,
    "rect": list,
    "side": int,
    "theme": str,
    "size": list,
    "splitter": str,
}

# The code that makes the HTML and lays it out: a change in it makes every page stale.
_CODE = ("rendering/*.py", "ui/document.py", "ui/article_view.py", "ui/first_paint.py")


def code_fingerprint() -> str:
    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(__version__.encode())
    for pattern in _CODE:
        for source in sorted(package.glob(pattern)):
            st = source.stat()
            h.update(f"{source.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def signature(parts: Iterable[object]) -> str:
    """One string for everything the caller says shaped the paint (settings, theme...)."""
    return json.dumps([FORMAT, code_fingerprint(), *parts], ensure_ascii=True, default=str)


def _file_key(article: Path) -> list[object] | None:
    try:
        st = article.stat()
    except (OSError, ValueError):
        return None
    return [str(article), st.st_size, st.st_mtime_ns]


def read(cache_dir: Path, article: Path, sign: str) -> dict[str, Any] | None:
    """The page painted for ``article`` under ``sign``, or None (never raises)."""
    key = _file_key(article)
    if key is None:
        return None
    try:
        data = json.loads(read_regular_file(cache_dir / FILE_NAME, _LIMIT))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("file") != key or data.get("signature") != sign:
        return None
    page = data.get("page")
    if not isinstance(page, dict):
        return None
    for name, kind in _FIELDS.items():
        if not isinstance(page.get(name), kind):
            return None
    rect = page["rect"]
    if len(rect) != 4 or not all(type(v) is int and 0 <= v < 100_000 for v in rect):
        return None
    if len(page["html"]) > MAX_HTML_CHARS or not 0 <= page["margin"] < 1000:
        return None
    return page


def write(cache_dir: Path, article: Path, sign: str, page: dict[str, Any]) -> str | None:
    """Keep ``page`` as the first paint of ``article``; returns a problem, or None."""
    key = _file_key(article)
    if key is None or len(page.get("html", "")) > MAX_HTML_CHARS:
        forget(cache_dir)
        return None
    data = {"file": key, "signature": sign, "page": page}
    try:
        write_atomic(cache_dir / FILE_NAME, json.dumps(data, ensure_ascii=False), durable=False)
    except (OSError, ValueError) as e:
        return str(e)
    return None


def forget(cache_dir: Path) -> None:
    """No page to show at the next start (the window closed on something not cacheable)."""
    with contextlib.suppress(OSError):
        (cache_dir / FILE_NAME).unlink(missing_ok=True)
