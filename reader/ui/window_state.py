"""A window's size, place and splitter position, kept in the settings between sessions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from reader.settings import keys
from reader.ui.qt_settings import QtSettings


def restore_window(settings: QtSettings, window: QWidget) -> None:
    """Size and place; before the window is built when a first page shows (first_paint)."""
    geometry = settings.get(keys.WINDOW_GEOMETRY)
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))


def restore_splitter(settings: QtSettings, splitter: QSplitter) -> None:
    state = settings.get(keys.WINDOW_SPLITTER)
    if state:
        splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))


def save(settings: QtSettings, window: QWidget, splitter: QSplitter) -> None:
    settings.set(keys.WINDOW_GEOMETRY, bytes(window.saveGeometry().toBase64()).decode())
    settings.set(keys.WINDOW_SPLITTER, bytes(splitter.saveState().toBase64()).decode())
