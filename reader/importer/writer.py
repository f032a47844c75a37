"""Writing an imported article into the library: its file name, clashes, backups.

An article is ``DIR/name.md``, or ``DIR/name/article.md`` with its images in
``DIR/name/images/``; once it is a folder, later imports keep it there. A second import
updates an article the importer wrote and nobody edited; an edited one (or one the importer
did not write) is kept unless ``force``, and then a backup is made first. Every file is
written atomically (``reader.storage.write_atomic``): a crash leaves the old file or the new.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from reader.formats.markdown_writer import (
    article_file_name,
    article_to_markdown,
    edit_state,
    stamp,
)
from reader.formats.page_images import MAX_IMAGE_BYTES
from reader.importer.recover import Recovered
from reader.importer.report import ImportFailure, Result, Source, counts, details
from reader.storage import read_regular_file, write_atomic

__all__ = ["Batch", "write_article"]


@dataclass
class Batch:
    """What this import wrote so far: target -> (source, Markdown)."""

    written: dict[Path, tuple[Source, str]] = field(default_factory=dict)


def _backup_name(target: Path) -> Path:
    stamp_ = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.name}.{stamp_}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}.{stamp_}-{n}.bak")
    return candidate


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
            raise ImportFailure("target-not-file", str(dest))
        write_atomic(dest, read_regular_file(image, MAX_IMAGE_BYTES), durable=False)


def write_article(rec: Recovered, out_dir: Path, force: bool, batch: Batch) -> Result:
    """Write one recovered input into ``out_dir`` (raises ImportFailure with the reason)."""
    path = rec.path
    md = stamp(article_to_markdown(rec.article))
    target, existing = _places(rec, out_dir)
    clash = target if target in batch.written else existing
    earlier = batch.written.get(clash)
    if earlier is not None and earlier[1] != md:
        name = clash.relative_to(out_dir).as_posix()
        return Result.because(path, "skipped", "same-name", name, str(earlier[0]))

    action = "created"
    backup: Path | None = None
    if existing.exists() or existing.is_symlink():
        old = _read_existing(existing)
        if existing == target and old == md and _same_images(rec, target.parent):
            batch.written[target] = (path, md)
            return _ok(rec, target, "unchanged")
        state = edit_state(old)
        if state == "unedited":
            action = "updated"
        elif not force:
            return Result.because(path, "skipped", state, str(existing))
        else:
            backup = _back_up(existing)
            action = f"replaced; backup {backup.name}"
    _write(rec, target, md, existing, backup)
    moved = None
    if existing != target and backup is None and existing.exists():
        existing.unlink()  # the unedited flat file now lives in the article's folder
        moved = existing.name
        action += f"; moved from {moved}"
    batch.written[target] = (path, md)
    backup_name = backup.name if backup is not None else None
    return _ok(rec, target, action, backup=backup_name, moved_from=moved)


def _places(rec: Recovered, out_dir: Path) -> tuple[Path, Path]:
    """Where the article goes, and where an earlier import of it is. An article with
    images is a folder; once it is one, later imports keep it there."""
    flat = out_dir / article_file_name(rec.article)
    in_folder = out_dir / flat.stem / "article.md"
    target = in_folder if rec.images or in_folder.is_file() else flat
    if (
        target == in_folder
        and not (target.exists() or target.is_symlink())
        and (flat.exists() or flat.is_symlink())
    ):
        return target, flat  # imported before without images: it moves into the folder
    return target, target


def _read_existing(existing: Path) -> str:
    try:
        if existing.is_symlink() or not existing.is_file():
            raise ImportFailure("target-not-file", str(existing))
        return existing.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise ImportFailure("cannot-read-target", str(existing), str(e.strerror)) from None


def _back_up(existing: Path) -> Path:
    """Move the user's edited file aside before it is replaced; the backup's path."""
    backup = _backup_name(existing)
    try:
        os.replace(existing, backup)
    except OSError as e:
        raise ImportFailure("cannot-backup", str(existing), str(e.strerror)) from None
    return backup


def _write(rec: Recovered, target: Path, md: str, existing: Path, backup: Path | None) -> None:
    """The images, then the article; on failure the backup (if any) is put back."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_images(rec, target.parent)
        write_atomic(target, md)
    except OSError as e:
        if backup is not None and not existing.exists():  # put the user's file back
            os.replace(backup, existing)
        raise ImportFailure("cannot-write", str(target), str(e.strerror or e)) from None


def _ok(rec: Recovered, target: Path, action: str, **more: str | None) -> Result:
    """The ok line: ``target (action; encoding; counts; notes)``, and its parts."""
    detail = f"{rec.decoded.describe()}; {counts(rec)}"
    if rec.article.warnings:
        detail += "; note: " + "; ".join(rec.article.warnings)
    return Result(
        rec.path,
        "ok",
        f"{target} ({action}; {detail})",
        target=target,
        details={"action": action.split(";")[0], **more, **details(rec)},
    )
