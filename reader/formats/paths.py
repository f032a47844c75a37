"""The one rule for which files article content may reference: its own folder, nothing else."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from urllib.parse import unquote

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def resolve_inside(folder: Path, reference: str) -> tuple[Path | None, str | None]:
    """Resolve ``reference`` (as written in an article) against the article ``folder``.

    Returns ``(path, None)`` for a file inside the folder, or ``(None, reason)``. Symlinks are
    resolved first, so a link pointing out of the folder is refused too; the comparison is by
    path components, so ``/lib/a-evil`` is not inside ``/lib/a``.
    """
    ref = reference.strip()
    if not ref:
        return None, "no image path"
    if _SCHEME.match(ref) or ref.startswith("//"):
        return None, f"refused: {ref!r} is a URL; only files in the article's folder are shown"
    ref = unquote(ref.split("#", 1)[0].split("?", 1)[0])
    if "\x00" in ref:
        return None, "refused: invalid path"
    candidate = Path(ref)
    if candidate.is_absolute() or ref.startswith("\\"):
        return None, f"refused: {ref!r} is an absolute path outside the article's folder"
    try:
        base = folder.resolve()
        target = (base / candidate).resolve()
    except (OSError, RuntimeError, ValueError):
        return None, f"refused: {ref!r} cannot be resolved"
    if not target.is_relative_to(base):
        return None, f"refused: {ref!r} is outside the article's folder"
    try:
        is_file = target.is_file()
    except OSError:  # e.g. a name too long for the file system
        is_file = False
    if not is_file:
        return None, f"missing: {ref!r} was not found"
    return target, None


def read_regular_file(path: Path, limit: int) -> tuple[bytes | None, str | None]:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opened without following a final symlink and without blocking, then checked with
    ``fstat`` on the open descriptor: a FIFO, device or socket swapped in after the folder
    check is refused instead of freezing the reader in ``open()`` or ``read()``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        return None, e.strerror or "cannot be opened"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, "is not a regular file"
        if info.st_size > limit:
            return None, f"is larger than {limit // (1024 * 1024)} MB"
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while being read
            return None, f"is larger than {limit // (1024 * 1024)} MB"
        return b"".join(chunks), None
    except OSError as e:
        return None, e.strerror or "cannot be read"
    finally:
        os.close(fd)
