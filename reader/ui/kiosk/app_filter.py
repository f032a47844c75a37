"""An event filter on the whole application (every window and dialog), put on and taken off
at most once: the idle watch and the admin gesture both see all input this way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


class AppWideFilter(QObject):
    _filtering = False

    def filter_application(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is not None and on != self._filtering:
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)
        self._filtering = on and app is not None
