"""The one rule for which files article content may reference: its own folder, nothing else."""

from __future__ import annotations

import re
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
        is_file, exists = target.is_file(), target.exists()
    except OSError:  # e.g. a name too long for the file system
        is_file = exists = False
    if exists and not is_file:  # a folder, a named pipe, a device: nothing to show
        return None, f"unreadable: {ref!r} is not a regular file"
    if not is_file:
        return None, f"missing: {ref!r} was not found"
    return target, None

