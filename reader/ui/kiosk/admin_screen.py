"""What the admin sees after the right PIN: the config's problems, the log, reload, exit.

The config's problems are shown here and nowhere else (a visitor never sees them); they
stay in English, as in the log, so an admin can search for them. "Reload library" and
"Exit kiosk" are only signals: the kiosk window does the work. Back is the default
button, so Enter (like Escape) only goes back to the kiosk.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.kiosk.pin_pad import BUTTON_PX, SPACING_PX
from reader.ui.notice import announce

__all__ = ["AdminScreen"]

_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE)
    return label


class AdminScreen(QDialog):
    reload_requested = Signal()
    exit_requested = Signal()

    def __init__(
        self,
        problems: Sequence[str],
        log_path: Path | None,
        *,
        config_source: Path | None = None,
        log_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskAdmin")
        self.setModal(True)
        self.problems = tuple(problems)
        self._log_path = log_path
        self._config_source = config_source
        self._log_problem = log_problem
        self._status_key = ""

        self.heading = _label(self, "kioskAdminHeading")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.config_label = _label(self, "kioskAdminConfig")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("kioskAdminProblemsLabel")
        self.problems_view = QPlainTextEdit(self)
        self.problems_view.setObjectName("kioskAdminProblems")
        self.problems_view.setReadOnly(True)
        self.problems_view.setTabChangesFocus(True)  # no keyboard trap
        self.problems_view.setTextInteractionFlags(_SELECTABLE)  # Orca reads from the caret
        self.problems_view.setPlainText("\n\n".join(f"• {p}" for p in self.problems))
        self.problems_view.setVisible(bool(self.problems))
        self.problems_label.setBuddy(self.problems_view)
        self.log_label = _label(self, "kioskAdminLog")
        self.status = _label(self, "kioskAdminStatus")

        self.reload = self._button("kioskAdminReload")
        self.reload.clicked.connect(self._reload)
        self.exit = self._button("kioskAdminExit")
        self.exit.clicked.connect(self._exit)
        self.back = self._button("kioskAdminBack")
        self.back.setDefault(True)  # Enter, wherever the focus is, only goes back
        self.back.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(SPACING_PX)
        row.addWidget(self.reload)
        row.addWidget(self.exit)
        row.addStretch(1)
        row.addWidget(self.back)

        layout = QVBoxLayout(self)
        layout.setSpacing(2 * SPACING_PX)
        for widget in (self.heading, self.config_label, self.problems_label):
            layout.addWidget(widget)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        self._retranslate()
        self.back.setFocus()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setMinimumSize(BUTTON_PX * 2, BUTTON_PX)
        return button

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kiosk administration"))
        self.heading.setText(self.tr("Kiosk administration"))
        if self._config_source is None:
            self.config_label.setText(self.tr("Config: none given; the built-in defaults apply."))
        else:
            self.config_label.setText(self.tr("Config: {0}").format(self._config_source))
        if self.problems:
            self.problems_label.setText(
                self.tr("&Problems in the config ({0}); each value named keeps its default:")
                .format(len(self.problems))
            )  # fmt: skip
        else:
            self.problems_label.setText(self.tr("The config has no problems."))
        self.problems_view.setAccessibleName(self.problems_label.text().replace("&", ""))
        if self._log_path is None:
            log = self.tr("Error log: none.")
        else:
            log = self.tr("Error log: {0}").format(self._log_path)
        if self._log_problem:
            log += "\n" + self._log_problem
        self.log_label.setText(log)
        self.reload.setText(self.tr("&Reload library"))
        self.exit.setText(self.tr("E&xit kiosk"))
        self.back.setText(self.tr("&Back"))
        if self._status_key == "reload":
            self.status.setText(self.tr("Reading the library folders again."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _reload(self) -> None:
        self._status_key = "reload"
        self._retranslate()
        announce(self.status, self.status.text())
        self.reload_requested.emit()

    def _exit(self) -> None:
        self.exit_requested.emit()
        self.accept()
