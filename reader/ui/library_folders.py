"""Which folders the desktop window lists together, and what each is called in the list.

The bundled articles (or the folder opened), the user's library (where ``import`` writes),
the folders from ``--library`` and those added in Preferences (keys.LIBRARY_FOLDERS).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader import locations

translate = QCoreApplication.translate


def folders_setting(value: Any) -> list[Path]:
    """The setting's folders; anything that is not a non-empty string is skipped."""
    if not isinstance(value, list):
        return []
    return [Path(v).expanduser() for v in value if isinstance(v, str) and v.strip()]


def together(root: Path, more: Iterable[Path]) -> tuple[Path, ...]:
    """``more`` without repeats and without ``root`` (absolute, for comparing)."""
    seen = {root.absolute()}
    out: list[Path] = []
    for folder in more:
        folder = folder.absolute()
        if folder not in seen:
            seen.add(folder)
            out.append(folder)
    return tuple(out)


def place_names(roots: Iterable[Path]) -> dict[Path, str]:
    """A short name per folder: "Bundled", "Your library", else the folder's own name."""
    bundled = locations.bundled_articles().absolute()
    mine = locations.user_library().absolute()
    names: dict[Path, str] = {}
    for root in roots:
        absolute = root.absolute()
        if absolute == bundled:
            names[root] = translate("LibraryModel", "Bundled")
        elif absolute == mine:
            names[root] = translate("LibraryModel", "Your library")
        else:
            names[root] = root.name or str(root)
    return names
