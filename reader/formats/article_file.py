"""An article file -> its text: the checks before anything is parsed.

Refuses what is not an article (binary, not UTF-8 or UTF-16, huge, empty, a pipe or device,
a link out of its folder) with a reason the reader can show; the accepted text comes back
with LF line ends, NFC and capped runs of combining marks, as the parsers want it.
Standard library only: the library scan and the importer read files without Markdown.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from reader.formats.errors import ArticleError
from reader.text.marks import cap_combining_runs

__all__ = ["MAX_FILE_BYTES", "decode_article_bytes", "read_article_bytes", "read_article_text"]

MAX_FILE_BYTES = 5 * 1024 * 1024


def read_article_text(p: Path) -> str:
    """Read a file as article text, refusing what is not (binary, not UTF-8, huge, empty),
    and a symbolic link that leads out of the article's folder (as images are refused)."""
    return decode_article_bytes(read_article_bytes(p), str(p))


def read_article_bytes(p: Path) -> bytes:
    """The file's bytes, after the checks of read_article_text that come before decoding
    (the search index hashes the same bytes it parses)."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ArticleError("not-found", "the file does not exist", str(p)) from None
    except OSError as e:
        raise ArticleError("unreadable", f"cannot read the file ({e.strerror})", str(p)) from e
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError("unreadable", "this is a folder, not an article file", str(p))
    if not stat.S_ISREG(st.st_mode):
        # A pipe or device would block or never end: refuse it before opening it.
        raise ArticleError("unreadable", "this is not a regular file", str(p))
    _check_size(st.st_size, p)
    return _read_regular_file(_link_target(p), p)


def _check_size(size: int, p: Path) -> None:
    if size > MAX_FILE_BYTES:
        raise ArticleError(
            "too-large",
            f"the file is {size / 1048576:.1f} MB; articles are limited to "
            f"{MAX_FILE_BYTES // 1048576} MB",
            str(p),
        )


def _link_target(p: Path) -> Path:
    """``p``, or where it leads if it is a symbolic link to a file in its own folder."""
    try:
        if not p.is_symlink():
            return p
        target = p.resolve(strict=True)
        folder = p.parent.resolve(strict=True)
    except (OSError, RuntimeError):
        raise ArticleError(
            "unreadable", "the file is a link that cannot be followed", str(p)
        ) from None
    if not target.is_relative_to(folder):
        raise ArticleError(
            "unreadable",
            "refused: the file is a link to a file outside its folder",
            str(p),
        )
    return target


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after stat() cannot block the open
    | getattr(os, "O_NOFOLLOW", 0)  # nor a link swapped in after we checked where it leads
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _read_regular_file(target: Path, p: Path) -> bytes:
    """Read at most MAX_FILE_BYTES from ``target``, checking on the open file (fstat) that
    it is still a regular file: the stat() before it may be stale."""
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as e:
        raise ArticleError("unreadable", f"cannot read the file ({e.strerror})", str(p)) from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError("unreadable", "this is not a regular file", str(p))
        _check_size(st.st_size, p)
        chunks: list[bytes] = []
        got = 0
        while got <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as e:
        raise ArticleError("unreadable", f"cannot read the file ({e.strerror})", str(p)) from e
    finally:
        os.close(fd)
    _check_size(got, p)  # it grew since fstat()
    return b"".join(chunks)


def _utf16_codec(data: bytes) -> str | None:
    """The UTF-16 codec for ``data`` if it is UTF-16 text, else None: a byte-order mark, or
    (without one) NUL in most high bytes of one parity and almost never in the other, as
    Latin and Vietnamese text gives; binary data has NULs at random places."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def decode_article_bytes(data: bytes, path: str | None = None) -> str:
    codec = _utf16_codec(data)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            raise ArticleError(
                "not-utf8",
                f"the file looks like UTF-16 text but is damaged at byte {e.start}; "
                "save it as UTF-8",
                path,
            ) from None
        if "\x00" in text[:8192]:
            raise ArticleError("binary", "this is a binary file, not a Markdown article", path)
        return _clean_text(text, path)
    if b"\x00" in data[:8192]:
        raise ArticleError("binary", "this is a binary file, not a Markdown article", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ArticleError(
            "not-utf8",
            f"the file is not UTF-8 text (first bad byte 0x{data[e.start]:02x} on line {line}); "
            "save it as UTF-8 or import it with 'bulletin-reader import'",
            path,
        ) from None
    return _clean_text(text, path)


def _clean_text(text: str, path: str | None) -> str:
    """Decoded text as the parser wants it: not blank, LF line ends, NFC."""
    if not text.strip():
        raise ArticleError("empty", "the file is empty", path)
    text, _ = cap_combining_runs(text)  # before NFC, whose cost grows with a run's square
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
