"""A window's size, place and splitter position, kept in the settings between sessions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from reader.ui.qt_settings import QtSettings


def restore(settings: QtSettings, window: QWidget, splitter: QSplitter) -> None:
    geometry = settings.get("window/geometry")
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    state = settings.get("window/splitter")
    if state:
        splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))


def save(settings: QtSettings, window: QWidget, splitter: QSplitter) -> None:
    settings.set("window/geometry", bytes(window.saveGeometry().toBase64()).decode())
    settings.set("window/splitter", bytes(splitter.saveState().toBase64()).decode())
