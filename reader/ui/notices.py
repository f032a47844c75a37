"""Lasting notices: what the reader must not miss (data set aside, settings not saved).

A status-bar message is replaced by the next routine one ("Reading the library…") before a
low-vision reader has found it; these stay in the status bar until dismissed, and are
announced to screen readers when they appear.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QVBoxLayout,
)

from reader.storage import FileProblem

translate = QCoreApplication.translate


def describe_file_problem(file: str, problem: FileProblem) -> tuple[str, str]:
    """(title, text) in the interface language; ``file`` is "settings" or "positions"."""
    settings = file == "settings"
    title = (
        translate("Notices", "Settings") if settings else translate("Notices", "Reading positions")
    )
    if problem.code == "damaged":
        text = (
            translate("Notices", "The settings file was damaged; the defaults are used.")
            if settings
            else translate(
                "Notices",
                "The saved reading positions were damaged; reading "
                "aloud starts from the beginning.",
            )
        )
        if problem.kept:
            text += " " + translate("Notices", "The old file was kept as {0}.").format(problem.kept)
    elif problem.code == "unreadable":
        text = (
            translate("Notices", "The settings file cannot be read ({0}); the defaults are used.")
            if settings
            else translate("Notices", "The saved reading positions cannot be read ({0}).")
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
            else translate("Notices", "Where reading aloud stopped cannot be saved ({0}).")
        ).format(problem.detail)
    return title, text


class Notices(QObject):
    """One row per concern (``key``); showing a key again updates its row."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._box = QFrame(status_bar)  # one under the other, each as wide as the window
        self._box.setObjectName("notices")
        self._layout = QVBoxLayout(self._box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self._box.hide()
        status_bar.addPermanentWidget(self._box, 1)
        self._rows: dict[str, tuple[QFrame, QLabel]] = {}

    def show(self, key: str, title: str, text: str) -> QLabel:
        """Show ``title: text`` until dismissed; ``key`` is the label's object name."""
        message = self.tr("{0}: {1}").format(title, text)
        if key in self._rows:
            row, label = self._rows[key]
        else:
            row = QFrame(self._box)
            row.setObjectName(key + "Row")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            label = QLabel(row)
            label.setObjectName(key)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            dismiss = QPushButton(self.tr("Dismiss"), row)
            dismiss.setObjectName(key + "Dismiss")
            dismiss.setAutoDefault(False)
            dismiss.clicked.connect(lambda: self.clear(key))
            layout.addWidget(label, 1)
            layout.addWidget(dismiss)
            self._layout.addWidget(row)
            self._rows[key] = (row, label)
        label.setText(message)
        label.setAccessibleName(title)
        label.setAccessibleDescription(text)
        dismiss = row.findChild(QPushButton)
        dismiss.setAccessibleName(self.tr("Dismiss: {0}").format(title))
        row.show()  # a child added to a shown parent stays hidden until shown
        self._box.show()
        event = QAccessibleAnnouncementEvent(label, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        return label

    def clear(self, key: str) -> None:
        row_label = self._rows.pop(key, None)
        if row_label is not None:
            row, _ = row_label
            self._layout.removeWidget(row)
            row.deleteLater()
            self._box.setVisible(bool(self._rows))

    def showing(self, key: str) -> bool:
        return key in self._rows
