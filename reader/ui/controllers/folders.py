"""Which folders the desktop window lists together, and keeping them watched and indexed.

The library root, the folders given on the command line (``--library``) and those chosen in
Preferences (keys.LIBRARY_FOLDERS) are one list; rows say where they live when there are
several. After the first listing the folders are watched (reader.ui.folder_watch): a change
lists them again and brings the search index up to date.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.settings import keys
from reader.ui.controllers.library import LibraryController
from reader.ui.controllers.search import SearchController
from reader.ui.library_folders import folders_setting, place_names, together
from reader.ui.qt_settings import QtSettings

if TYPE_CHECKING:
    from reader.ui.folder_watch import FolderWatch

WATCH_SETTLE_MS = 700  # a folder change is listed within 2 s (a listing takes the rest)


class LibraryFolders(QObject):
    def __init__(
        self,
        settings: QtSettings,
        library: LibraryController,
        search: SearchController,
        given: tuple[Path, ...] | None,
        parent: QObject | None = None,
    ) -> None:
        """``given``: the folders listed with the library root (the user's library,
        ``--library``) besides those of Preferences; None: the root alone (a PATH opened)."""
        super().__init__(parent)
        self._settings = settings
        self._library = library
        self._search = search
        self._given = given
        self.watch: FolderWatch | None = None
        library.more_roots = self.more_roots(library.root)  # before its first listing
        self._name_places()
        settings.changed.connect(self._on_setting_changed)

    def more_roots(self, root: Path) -> tuple[Path, ...]:
        if self._given is None:
            return ()
        chosen = folders_setting(self._settings.get(keys.LIBRARY_FOLDERS))
        return together(root, [*self._given, *chosen])

    def _name_places(self) -> None:
        """Rows say where they live when several folders are listed (one: nothing to tell)."""
        roots = self._library.roots()
        self._library.model.set_places(place_names(roots) if len(roots) > 1 else {})

    def _on_setting_changed(self, key: object, _value: object) -> None:
        if key is keys.LIBRARY_FOLDERS:
            self._folders_changed()

    def _folders_changed(self) -> None:
        """Folders added or removed in Preferences: list, watch and index them."""
        self._library.set_more_roots(self.more_roots(self._library.root))
        self._name_places()
        if self.watch is not None:
            self.watch.roots = self._library.roots()
            self.watch.watch_again()
        self._search.folders_changed()

    def listed(self) -> None:
        """After a listing: watch the folders (from the first one on), and index them."""
        roots = self._library.roots()
        if self.watch is None:
            from reader.ui.folder_watch import FolderWatch  # off the start-up path

            self.watch = FolderWatch(roots, self, WATCH_SETTLE_MS)
            self.watch.changed.connect(self._on_folders_touched)
            self._search.start()
        elif tuple(self.watch.roots) != roots:  # another folder opened
            self.watch.roots = roots
            self.watch.watch_again()
            self._name_places()
            self._search.folders_changed()

    def _on_folders_touched(self) -> None:
        self._library.reload_library(reopen=False)
        self._search.folders_changed()

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
