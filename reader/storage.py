"""The one way the reader keeps a file: written whole or not at all, a damaged one set aside.

Settings, reading positions, the model cache and the importer all keep their files through
it, so they fail alike: a file that cannot be written raises ``OSError`` for each of them,
and the temporary file has a fresh name (a fixed ``.tmp`` name breaks when a folder of that
name exists).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["FileProblem", "JsonFile", "read_regular_file", "set_aside", "write_atomic"]


@dataclass(frozen=True)
class FileProblem:
    """What went wrong with one of the reader's own files, for the UI to say in its language.

    ``code``: "unreadable" (defaults used), "damaged" (set aside as ``kept``, defaults used),
    "invalid" (``detail`` lists the values reset), "unsaved" (changes last this session).
    ``detail`` is the system's reason, in English, for the curious and for bug reports.
    """

    code: str
    detail: str = ""
    kept: str | None = None

    def __str__(self) -> str:
        kept = f"; the old file was kept as {self.kept}" if self.kept else ""
        return f"{self.code}: {self.detail}{kept}"


def write_atomic(target: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Replace ``target`` with ``data`` in one step; raises ``OSError`` and leaves no litter.

    The temporary file has a fresh random name beside the target (so nothing already there,
    not even a folder of the same name, gets in the way) and the user's usual permissions.
    ``durable`` flushes it to the disk first: a power cut keeps the old file or the new one.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(10):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            fd = os.open(tmp, flags, 0o666)  # less the umask, as for any new file
        except FileExistsError:
            continue
        break
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def set_aside(path: Path) -> Path | None:
    """Rename a damaged file to ``NAME.broken-<time>`` so nothing is lost; None if it could not."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1, 100):
        suffix = f".broken-{stamp}" if n == 1 else f".broken-{stamp}-{n}"
        backup = path.with_name(path.name + suffix)
        if backup.exists():
            continue
        try:
            path.replace(backup)
        except OSError:
            return None
        return backup
    return None


def read_regular_file(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opened without blocking, then checked on the open descriptor: a named pipe, a device or
    a socket put where a file is expected raises ``OSError`` (``EINVAL``) instead of freezing
    the reader in ``open()``; a file over the limit raises ``EFBIG``. Without
    ``follow_symlinks`` a final symlink is refused (``ELOOP``): give a path already resolved
    and checked, and a link swapped in after the check leads nowhere.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    too_large = f"larger than {_size(limit)}"
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if st.st_size > limit:
            raise OSError(errno.EFBIG, too_large, str(path))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size) or 1):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while we read
                raise OSError(errno.EFBIG, too_large, str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return (
        f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 and n % (1024 * 1024) == 0 else f"{n} bytes"
    )


@dataclass
class JsonFile:
    """A small JSON object kept in one file (settings, reading positions).

    ``load`` never raises: a missing file is empty; one that cannot be read, or is damaged
    (then set aside), is reported in ``problem``. ``save`` raises ``OSError``.
    """

    path: Path
    limit: int = 16 * 1024 * 1024
    problem: FileProblem | None = field(default=None, init=False)

    def load(self) -> dict[str, Any]:
        try:
            raw = read_regular_file(self.path, self.limit)
        except FileNotFoundError:
            return {}
        except OSError as e:
            self.problem = FileProblem("unreadable", e.strerror or str(e))
            return {}
        try:
            data = json.loads(raw)  # bad UTF-8 is a ValueError too
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (ValueError, RecursionError) as e:
            kept = set_aside(self.path)
            self.problem = FileProblem("damaged", str(e), kept.name if kept else None)
            return {}
        return data

    def save(self, data: dict[str, Any], **dumps: Any) -> None:
        write_atomic(self.path, json.dumps(data, **dumps))
