"""The PIN pad that stands between a visitor and the kiosk's admin screen.

Digit buttons big enough for a finger (64 x 64 px, 8 px apart) and the keyboard's digits
both type into a masked entry. Enter always means OK and Escape always Cancel, whatever
has the focus (no other button is a default one), and Tab only moves the focus.

``PinGate.attempt`` (PBKDF2, 0.1-0.3 s) runs in a Python thread; its answer comes back
through a ``Mailbox`` (no Qt call in the thread). Meanwhile the pad says "Checking…" and
takes no digits and no OK. The gate belongs to the kiosk, not to the pad, so a lock-out
outlasts the pad: a pad opened while the gate is locked shows the seconds left, counting
down, and a kiosk with no PIN says how to set one.
"""

from __future__ import annotations

import logging
import threading
from enum import Enum

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.kiosk.pin import MAX_PIN_DIGITS, Attempt, Outcome, PinGate
from reader.ui.mailbox import Mailbox
from reader.ui.notice import announce

__all__ = ["BUTTON_PX", "SPACING_PX", "PadState", "PinPad"]

BUTTON_PX = 64  # WCAG 2.5.5 asks for 44 x 44 px; a finger at arm's length likes more
SPACING_PX = 8
MESSAGE_PX = 400  # wide enough that the longest message (no PIN) needs few lines
_LOG = logging.getLogger(__name__)
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}


class PadState(Enum):
    READY = "ready"
    CHECKING = "checking"
    LOCKED = "locked"
    NO_PIN = "no-pin"


class PinPad(QDialog):
    def __init__(self, gate: PinGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPinPad")
        self.setModal(True)
        self._gate = gate
        self._mailbox = Mailbox(self._checked, self)
        self.state = PadState.READY
        self._said = ""  # what the message says, in English terms: for retranslation
        self._said_args: tuple[object, ...] = ()

        self.message = QLabel(self)
        self.message.setObjectName("kioskPinMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(MESSAGE_PX)
        larger = QFont(self.font())
        larger.setPointSizeF(larger.pointSizeF() * 1.2)
        self.message.setFont(larger)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("kioskPinEntry")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(MAX_PIN_DIGITS)
        self.entry.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_DIGITS}}}"), self)
        )
        self.entry.setMinimumHeight(BUTTON_PX)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.entry.setFont(big)

        # A telephone's keypad: 1-9, then 0 with Delete at its right; OK and Cancel below.
        self.digits: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(SPACING_PX)
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit, big), i // 3, i % 3)
        grid.addWidget(self._digit("0", big), 3, 1)
        self.erase = self._button("kioskPinErase", big)
        self.erase.clicked.connect(self.entry.backspace)
        grid.addWidget(self.erase, 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.cancel = self._button("kioskPinCancel", big)
        self.cancel.clicked.connect(self.reject)
        self.ok = self._button("kioskPinOk", big)
        self.ok.setDefault(True)  # the one default: Enter anywhere in the pad
        self.ok.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.setSpacing(SPACING_PX)
        row.addWidget(self.cancel, 1)
        row.addWidget(self.ok, 1)

        self.keypad = QWidget(self)  # hidden when there is no PIN to type
        keys = QVBoxLayout(self.keypad)
        keys.setContentsMargins(0, 0, 0, 0)
        keys.setSpacing(2 * SPACING_PX)
        keys.addWidget(self.entry)
        keys.addLayout(grid)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setSpacing(2 * SPACING_PX)
        layout.addWidget(self.message)
        layout.addWidget(self.keypad)
        layout.addLayout(row)

        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self.refresh)
        self._retranslate()
        self.refresh(announcing=False)
        self.entry.setFocus()

    # --- building --------------------------------------------------------------------------

    def _button(self, name: str, font: QFont) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter on a focused button is still OK, never this one
        button.setMinimumSize(BUTTON_PX, BUTTON_PX)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFont(font)
        return button

    def _digit(self, digit: str, font: QFont) -> QPushButton:
        button = self._button(f"kioskPinDigit{digit}", font)
        button.setText(digit)
        button.clicked.connect(lambda: self._type(digit))
        self.digits[digit] = button
        return button

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kiosk administration"))
        self.entry.setAccessibleName(self.tr("Admin PIN"))
        self.erase.setText(self.tr("Delete"))
        self.erase.setAccessibleName(self.tr("Delete the last digit"))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self._show_message(announcing=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- what the pad says -----------------------------------------------------------------

    def _message_text(self) -> str:
        texts = {
            "ready": self.tr("Enter the admin PIN."),
            "empty": self.tr("Type the PIN first, then OK."),
            "checking": self.tr("Checking…"),
            "wrong": self.tr("Wrong PIN. {0} more tries before the pad locks."),
            "locked": self.tr("Too many wrong PINs. Try again in {0} seconds."),
            "no-pin": self.tr(
                "No admin PIN is set, so the kiosk cannot be left from the screen. To set "
                "one, run bulletin-reader kiosk-pin and put the line it prints into "
                "kiosk.toml (see docs/kiosk.md)."
            ),
            "error": self.tr("The PIN could not be checked. Try again."),
        }
        return texts[self._said or "ready"].format(*self._said_args)

    def _say(self, key: str, *args: object, announcing: bool = True) -> None:
        self._said, self._said_args = key, args
        self._show_message(announcing=announcing)

    def _show_message(self, *, announcing: bool) -> None:
        text = self._message_text()
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.setAccessibleDescription(text)
        if announcing:
            announce(self.message, text)
        # A longer message needs more lines: its height at the narrowest the pad gets is
        # the most it needs, and the layout (SetMinimumSize) grows the pad to fit.
        self.message.setMinimumHeight(self.message.heightForWidth(MESSAGE_PX))

    def _set_state(self, state: PadState) -> None:
        self.state = state
        ready = state is PadState.READY
        for widget in (*self.digits.values(), self.erase, self.ok, self.entry):
            widget.setEnabled(ready)
        self.keypad.setHidden(state is PadState.NO_PIN)
        self.ok.setHidden(state is PadState.NO_PIN)
        if ready:
            self.entry.setFocus()
        elif state is not PadState.CHECKING:
            self.cancel.setFocus()

    # --- typing and checking ---------------------------------------------------------------

    def _type(self, digit: str) -> None:
        if self.state is PadState.READY and len(self.entry.text()) < MAX_PIN_DIGITS:
            self.entry.setText(self.entry.text() + digit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits and Backspace typed with the focus on a button still reach the entry;
        Enter and Escape are QDialog's (the default button, reject)."""
        key = Qt.Key(event.key())
        if key in _DIGIT_KEYS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._type(_DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace and self.state is PadState.READY:
            self.entry.backspace()
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        """OK: check the PIN in a thread (nothing happens while a check or lock is on)."""
        if self.state is not PadState.READY:
            return
        pin = self.entry.text()
        if not pin:
            self._say("empty")
            return
        self.entry.clear()
        self._set_state(PadState.CHECKING)
        self._say("checking")
        gate, post = self._gate, self._mailbox.post  # the thread holds no reference to self

        def work() -> None:
            try:
                post(gate.attempt(pin))
            except Exception as e:  # a bug must not leave the pad checking for ever
                post(e)

        threading.Thread(target=work, name="kiosk-pin-check", daemon=True).start()

    def _checked(self, result: Attempt | Exception) -> None:
        """On the GUI thread: the gate's answer (dropped if the pad was cancelled meanwhile:
        a right PIN must not open the admin screen after Cancel)."""
        if not self.isVisible():
            self._set_state(PadState.READY)
            return
        if isinstance(result, Exception):
            _LOG.error("checking the admin PIN failed", exc_info=result)
            self._set_state(PadState.READY)
            self._say("error")
            return
        if result.outcome is Outcome.ACCEPTED:
            self._set_state(PadState.READY)
            self.accept()
        elif result.outcome is Outcome.REJECTED:
            self._set_state(PadState.READY)
            self._say("wrong", result.tries_left)
        else:
            self.refresh()

    def refresh(self, *, announcing: bool = True) -> None:
        """Follow the gate: no PIN, locked (the seconds left, each second) or ready."""
        if not self._gate.configured:
            self._lock_timer.stop()
            if self.state is not PadState.NO_PIN:
                self._set_state(PadState.NO_PIN)
                self._say("no-pin", announcing=announcing)
            return
        left = self._gate.seconds_locked()
        if left:
            newly = self.state is not PadState.LOCKED
            if newly:
                self._set_state(PadState.LOCKED)
                self._lock_timer.start()
            self._say("locked", left, announcing=announcing and newly)
            return
        self._lock_timer.stop()
        if self.state is not PadState.READY:
            self._set_state(PadState.READY)
            self._say("ready", announcing=announcing)
        elif not self._said:
            self._say("ready", announcing=False)
