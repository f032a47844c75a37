"""Telling when article folders change, so a screen that lists them can list them again.

A QFileSystemWatcher on each folder and its subfolders (as deep as the library scan goes)
says at once when a file is added, renamed or removed; changes come in bursts (rsync, an
import), so ``changed`` is emitted once, a moment after the last. Some changes a watcher
does not see (a file rewritten in place is not a folder change; network shares; a folder
that appears later), so a slow periodic ``changed`` backs it up.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader.library.scan import MAX_DEPTH

SETTLE_MS = 1500  # quiet this long after the last change before listing again
FALLBACK_MS = 60_000  # listed again this often whatever the watcher says
MAX_WATCHED = 500  # folders; the periodic listing covers the rest


def folders_under(roots: Sequence[Path], limit: int = MAX_WATCHED) -> list[str]:
    """Each root and its subfolders down to the scan's depth, hidden ones skipped."""
    found: list[str] = []
    for root in roots:
        if not root.is_dir():
            continue
        base = len(root.parts)
        for dirpath, dirnames, _files in os.walk(root):
            found.append(dirpath)
            if len(found) >= limit:
                return found
            deep = len(Path(dirpath).parts) - base >= MAX_DEPTH
            dirnames[:] = [] if deep else sorted(d for d in dirnames if not d.startswith("."))
    return found


class FolderWatch(QObject):
    changed = Signal()  # something in the folders may have changed: list them again

    def __init__(
        self,
        roots: Sequence[Path],
        parent: QObject | None = None,
        settle_ms: int = SETTLE_MS,
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        super().__init__(parent)
        self.roots = tuple(roots)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_change)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._settled)
        self._fallback = QTimer(self, interval=fallback_ms)
        self._fallback.timeout.connect(self._settled)
        self.watch_again()
        self._fallback.start()

    def watched(self) -> list[str]:
        return self._watcher.directories()

    def watch_again(self) -> None:
        """Watch the folders as they are now (new subfolders, a share mounted later)."""
        old = self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        folders = folders_under(self.roots)
        if folders:
            self._watcher.addPaths(folders)

    def stop(self) -> None:
        """No more listings: the window is going (a late one would start work for it)."""
        self._settle.stop()
        self._fallback.stop()
        old = self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        self._watcher.directoryChanged.disconnect(self._on_change)

    def _on_change(self, _path: str) -> None:
        self._settle.start()  # again: a burst ends SETTLE_MS after its last change

    def _settled(self) -> None:
        self.watch_again()
        self.changed.emit()
