"""Telling when kiosk.toml changed, so the kiosk can take the new config without a restart.

Ansible, Syncthing and most editors write a new file and rename it over the old one, which
a watch on the file alone loses (it follows the old, deleted file): the folder is watched
too, and the file again after each change. Changes come in bursts; the file is read once,
a moment after the last, and ``changed`` is emitted only when what it says differs from the
config in use (a touch that changes nothing, or a rewrite of the same text, is no news).
The session decides when to apply it (reader/ui/kiosk/session.py: at the return to home).
A file (or folder) that does not exist yet cannot be watched, nor can some network shares:
the file is also read every minute.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader.kiosk.config import KioskConfig

SETTLE_MS = 500  # quiet this long after the last change before reading the file
FALLBACK_MS = 60_000  # read this often whatever the watcher says
Loader = Callable[[KioskConfig], tuple[KioskConfig, list[str]]]


class ConfigWatch(QObject):
    changed = Signal(object, list)  # KioskConfig, its problems (English, for the log)

    def __init__(
        self,
        path: Path,
        current: KioskConfig,
        problems: list[str],
        load: Loader,
        parent: QObject | None = None,
        settle_ms: int = SETTLE_MS,
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        """``load(current)``: the file read again (reader.kiosk.config.reload_config, with
        the command line's overrides)."""
        super().__init__(parent)
        self.path = path.absolute()
        self._seen = (current, list(problems))
        self._load = load
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        self._watcher.directoryChanged.connect(self._on_change)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self.check)
        self._fallback = QTimer(self, interval=fallback_ms)
        self._fallback.timeout.connect(self.check)
        self._watch()
        self._fallback.start()

    def _watch(self) -> None:
        wanted = [str(p) for p in (self.path.parent, self.path) if p.exists()]
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted if p not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _on_change(self, _path: str) -> None:
        self._settle.start()  # again: a burst ends SETTLE_MS after its last change

    def check(self) -> None:
        """Read the file now; ``changed`` if it says something new."""
        self._watch()  # a file renamed into place is a new file to follow
        config, problems = self._load(self._seen[0])
        if (config, problems) != self._seen:
            self._seen = (config, list(problems))
            self.changed.emit(config, list(problems))

    def stop(self) -> None:
        self._settle.stop()
        self._fallback.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
