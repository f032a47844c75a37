"""Yes/No questions whose safe answer is the default: Enter and Escape both answer No.

Every question the reader asks guards something a stray key must not do (reset every
setting, open a browser at a public-office kiosk), so No is the default button and the
Escape answer, and the box is deleted at once (a hidden one stays in the Tab chain).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget, name: str, title: str, text: str) -> bool:
    """True only for an explicit Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName(name)
    no = box.button(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    answer = box.exec()
    shiboken6.delete(box)
    return answer == QMessageBox.StandardButton.Yes
