"""Images of a saved page: only a file inside the page's own folder that really is an image
(sniffed by its first bytes) is kept; remote, embedded, outside or missing ones are counted
for the report's notes.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from reader.formats.markdown_writer import slugify
from reader.formats.paths import resolve_inside

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGES = 200

# --- images ----------------------------------------------------------------------------------

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_REMOTE = re.compile(r"^(?:(?:https?|ftp):)?//", re.I)
_MAGIC = (
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
)


def _image_kind(path: Path) -> str | None:
    try:  # opened without blocking: a pipe swapped in after the is-file check cannot hang it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(fd, 16) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        finally:
            os.close(fd)
    except OSError:
        return None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    return next((ext for magic, ext in _MAGIC if head.startswith(magic)), None)


class Images:
    """Checks image references against the page's folder and names the copies."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.names: dict[Path, str] = {}
        self.unavailable: dict[str, int] = {}

    def _miss(self, why: str) -> tuple[None, None, str]:
        self.unavailable[why] = self.unavailable.get(why, 0) + 1
        return None, None, why

    def local(self, src: str) -> tuple[Path | None, str | None, str | None]:
        if not src:
            return self._miss("missing")
        if src.startswith("data:"):
            return self._miss("embedded")
        if _REMOTE.match(src) or self.folder is None:
            return self._miss("remote")
        if _SCHEME.match(src):  # file:, javascript:, ...
            return self._miss("outside")
        path, problem = resolve_inside(self.folder, src.replace("\\", "/"))
        if path is None:
            return self._miss("outside" if problem and "refused" in problem else "missing")
        if path in self.names:
            return path, self.names[path], None
        ext = _image_kind(path)
        try:
            too_big = path.stat().st_size > MAX_IMAGE_BYTES
        except OSError:
            too_big = True
        if ext is None or too_big or len(self.names) >= MAX_IMAGES:
            return self._miss("not an image")
        stem = slugify(Path(src.split("?", 1)[0].split("#", 1)[0]).stem, 40) or "anh"
        name = f"images/{len(self.names) + 1:02d}-{stem}{ext}"
        self.names[path] = name
        return path, name, None


_NOISE_ALT = re.compile(r"^(?:image|img|photo|picture|ảnh|hình|hình ảnh|anh)?\s*\d*$", re.I)
_FILE_ALT = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|svg)$", re.I)


def useful_alt(alt: str) -> str:
    if (
        not alt
        or _NOISE_ALT.match(alt)
        or _FILE_ALT.search(alt)
        or not any(c.isalpha() for c in alt)
    ):
        return ""
    return alt[:500]
