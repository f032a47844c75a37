"""Help > Keyboard shortcuts and Help > About: what a shell shows, whatever its actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import __version__

translate = QCoreApplication.translate


def keyboard_help_rows() -> list[tuple[str, str]]:
    """Keys handled inside the article view (not window actions)."""
    return [
        (translate("MainWindow", "Next heading / previous heading (in the article)"), "H, Shift+H"),
        (translate("MainWindow", "Next image / previous image (in the article)"), "G, Shift+G"),
        (
            translate("MainWindow", "Larger / smaller text"),
            translate("MainWindow", "Ctrl+mouse wheel"),
        ),
        (
            translate("MainWindow", "Article menu: copy, read aloud from here, read the selection"),
            translate("MainWindow", "Shift+F10, Menu key, right click"),
        ),
        (translate("MainWindow", "Leave the article"), "Tab, Shift+Tab"),
    ]


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    """Every action with keys, then the keys of the article view."""
    from reader.ui.shortcuts_dialog import ShortcutsDialog  # off the start-up path

    ShortcutsDialog(actions, keyboard_help_rows(), parent).exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("MainWindow", "About Bulletin Reader"),
        translate(
            "MainWindow",
            "Bulletin Reader {0}\n\nAn accessible, offline reader for news bulletins.\n"
            "Reading font: Be Vietnam Pro (SIL Open Font License 1.1).",
        ).format(__version__),
    )
