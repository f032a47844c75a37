"""Lasting notices: what the reader must not miss (data set aside, settings not saved).

A status-bar message is replaced by the next routine one ("Reading the library…") before a
low-vision reader has found it; these stay in the status bar until dismissed, and are
announced to screen readers when they appear.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QStatusBar,
    QVBoxLayout,
)

from reader.storage import FileProblem
from reader.ui.notice import Notice
from reader.ui.qt_settings import QtSettings

translate = QCoreApplication.translate


def describe_file_problem(file: str, problem: FileProblem) -> tuple[str, str]:
    """(title, text) in the interface language; ``file`` is "settings" or "positions"."""
    settings = file == "settings"
    title = translate("Notices", "Settings") if settings else translate("Notices", "Reading state")
    if problem.code == "damaged":
        text = (
            translate("Notices", "The settings file was damaged; the defaults are used.")
            if settings
            else translate(
                "Notices",
                "The saved reading state (places, read marks, bookmarks) was "
                "damaged; it starts afresh.",
            )
        )
        if problem.kept:
            text += " " + translate("Notices", "The old file was kept as {0}.").format(problem.kept)
    elif problem.code == "unreadable":
        text = (
            translate("Notices", "The settings file cannot be read ({0}); the defaults are used.")
            if settings
            else translate("Notices", "The saved reading state cannot be read ({0}).")
        ).format(problem.detail)
    elif problem.code == "invalid":
        text = translate(
            "Notices", "Some settings were not valid and are back to their defaults: {0}."
        ).format(problem.detail)
    else:  # unsaved
        text = (
            translate(
                "Notices",
                "Changes to the settings cannot be saved ({0}); they last "
                "until the reader is closed.",
            )
            if settings
            else translate(
                "Notices",
                "The reading state (places, read marks, bookmarks) cannot be saved ({0}); "
                "changes last until the reader is closed.",
            )
        ).format(problem.detail)
    return title, text


class Notices(QObject):
    """One ``Notice`` per concern (``key``), one under the other; showing a key again updates
    it. Unlike the speech notice, these go only when the reader dismisses them."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._box = QFrame(status_bar)  # one under the other, each as wide as the window
        self._box.setObjectName("notices")
        self._layout = QVBoxLayout(self._box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._box.hide()
        status_bar.addPermanentWidget(self._box, 1)
        self._rows: dict[str, Notice] = {}

    def show(self, key: str, title: str, text: str) -> Notice:
        """Show ``title: text`` until dismissed; the notice's object name is ``key``."""
        notice = self._rows.get(key)
        if notice is None:
            dismiss = QAction(self.tr("Dismiss"), self._box)
            dismiss.setStatusTip(self.tr("Dismiss: {0}").format(title))
            dismiss.triggered.connect(lambda: self.clear(key))
            notice = Notice(self._box, key, dismiss)
            notice.button.setAccessibleName(self.tr("Dismiss: {0}").format(title))
            self._layout.addWidget(notice)
            self._rows[key] = notice
        notice.say(self.tr("{0}: {1}").format(title, text), text)
        self._box.show()
        return notice

    def clear(self, key: str) -> None:
        notice = self._rows.pop(key, None)
        if notice is not None:
            notice.dismiss()
            self._layout.removeWidget(notice)
            notice.deleteLater()
            self._box.setVisible(bool(self._rows))

    def showing(self, key: str) -> bool:
        return key in self._rows

    def watch_settings(self, settings: QtSettings) -> None:
        """The settings file's problems: found on loading, and on every save (cleared when a
        save works again)."""
        if settings.store.problem:
            # A lasting notice, not a passing message: the library's own messages follow.
            self.show("settingsProblem", *describe_file_problem("settings", settings.store.problem))
        settings.save_problem.connect(self._on_settings_save_problem)
        self._on_settings_save_problem(settings.store.save_problem)

    def _on_settings_save_problem(self, problem: FileProblem | None) -> None:
        if problem is None:
            self.clear("settingsSaveProblem")
        else:
            self.show("settingsSaveProblem", *describe_file_problem("settings", problem))

    def positions_problem(self, problem: FileProblem) -> None:
        self.show("positionsProblem", *describe_file_problem("positions", problem))
