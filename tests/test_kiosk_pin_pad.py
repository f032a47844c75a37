"""The kiosk's PIN pad and admin screen: a real PinGate, keys, states, touch sizes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reader.kiosk.pin import MIN_ITERATIONS, PinGate, hash_pin
from reader.ui import i18n
from reader.ui.kiosk.admin_screen import AdminScreen
from reader.ui.kiosk.pin_pad import PadState, PinPad

PIN = "2468"


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN, iterations=MIN_ITERATIONS, salt=b"kiosk-test-salt!")


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def opened(qtbot, gate: PinGate) -> PinPad:  # type: ignore[no-untyped-def]
    pad = PinPad(gate)
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    pad.activateWindow()
    qtbot.waitUntil(pad.isActiveWindow)
    return pad


def press(pad: PinPad, digits: str) -> None:
    for d in digits:
        QTest.mouseClick(pad.digits[d], Qt.MouseButton.LeftButton)


def focused(dialog: QDialog) -> QWidget:
    """Where a key goes (never None: QTest aborts the process on a None widget)."""
    return QApplication.focusWidget() or dialog


def enter(pad: PinPad) -> None:
    QTest.keyClick(focused(pad), Qt.Key.Key_Return)


def settled(qtbot, pad: PinPad) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: pad.state is not PadState.CHECKING, timeout=30000)


def test_the_right_pin_opens_after_checking_off_the_gui_thread(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, PinGate(pin_hash))
    assert pad.entry.hasFocus() and pad.state is PadState.READY
    press(pad, PIN)
    assert pad.entry.text() == PIN and pad.entry.echoMode() == pad.entry.EchoMode.Password
    with qtbot.waitSignal(pad.accepted, timeout=30000):
        enter(pad)
        # The check is in a thread: the pad says so and takes nothing meanwhile.
        assert pad.state is PadState.CHECKING
        assert pad.message.text() == "Checking…"
        assert not pad.ok.isEnabled() and not any(b.isEnabled() for b in pad.digits.values())
        assert pad.entry.text() == ""
        QTest.keyClick(pad, Qt.Key.Key_5)
        enter(pad)  # a second Enter while checking starts nothing
        assert pad.entry.text() == ""
    assert pad.result() == QDialog.DialogCode.Accepted


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    gate = PinGate(pin_hash)
    pad = opened(qtbot, gate)
    QTest.keyClicks(pad.entry, "1111")
    enter(pad)
    settled(qtbot, pad)
    assert pad.isVisible() and pad.state is PadState.READY
    assert pad.message.text() == "Wrong PIN. 4 more tries before the pad locks."
    assert pad.entry.text() == "" and pad.entry.hasFocus()
    assert gate.tries_left() == 4


def test_locked_counts_down_takes_nothing_and_opens_again(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    gate = PinGate(pin_hash, clock)
    for _ in range(4):
        gate.attempt("0000")
    pad = opened(qtbot, gate)
    press(pad, "9999")
    enter(pad)
    settled(qtbot, pad)
    assert pad.state is PadState.LOCKED
    assert pad.message.text() == "Too many wrong PINs. Try again in 60 seconds."
    assert not pad.ok.isEnabled() and not pad.entry.isEnabled() and pad.cancel.isEnabled()
    QTest.keyClick(pad, Qt.Key.Key_2)
    enter(pad)  # refused without a check: nothing is typed, no thread starts
    assert pad.state is PadState.LOCKED and pad.entry.text() == "" and pad.isVisible()
    clock.now += 30.5
    pad.refresh()  # the pad's 1 s timer does this
    assert pad.message.text() == "Too many wrong PINs. Try again in 30 seconds."
    clock.now += 30
    pad.refresh()
    assert pad.state is PadState.READY and pad.ok.isEnabled() and pad.entry.hasFocus()
    assert pad.message.text() == "Enter the admin PIN."
    press(pad, PIN)
    with qtbot.waitSignal(pad.accepted, timeout=30000):
        enter(pad)


def test_a_pad_opened_while_locked_shows_the_time_left(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    gate = PinGate(pin_hash, clock)
    for _ in range(5):
        gate.attempt("0000")
    clock.now += 45.2
    pad = opened(qtbot, gate)
    assert pad.state is PadState.LOCKED
    assert pad.message.text() == "Too many wrong PINs. Try again in 15 seconds."
    assert pad.cancel.hasFocus()


def test_without_a_pin_the_pad_says_how_to_set_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, PinGate(None))
    assert pad.state is PadState.NO_PIN
    assert "bulletin-reader kiosk-pin" in pad.message.text()
    assert "docs/kiosk.md" in pad.message.text()
    assert not pad.ok.isEnabled() and not pad.entry.isEnabled()
    enter(pad)
    assert pad.isVisible() and pad.state is PadState.NO_PIN
    QTest.keyClick(focused(pad), Qt.Key.Key_Escape)
    assert pad.result() == QDialog.DialogCode.Rejected and not pad.isVisible()


def test_an_empty_entry_is_not_a_try(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    gate = PinGate(pin_hash)
    pad = opened(qtbot, gate)
    enter(pad)
    assert pad.state is PadState.READY and pad.message.text() == "Type the PIN first, then OK."
    assert gate.tries_left() == 5 and pad.isVisible()


def test_enter_on_any_button_is_ok_and_keyboard_digits_reach_the_entry(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, PinGate(pin_hash))
    pad.digits["5"].setFocus()
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_7, Qt.Key.Key_Backspace, Qt.Key.Key_6):
        QTest.keyClick(pad.digits["5"], key)
    QTest.keyClick(pad.digits["5"], Qt.Key.Key_8, Qt.KeyboardModifier.KeypadModifier)
    assert pad.entry.text() == PIN  # no 5: the focused button was not pressed
    QTest.keyClick(pad.digits["5"], Qt.Key.Key_A)  # not a digit: ignored
    assert pad.entry.text() == PIN
    pad.cancel.setFocus()
    with qtbot.waitSignal(pad.accepted, timeout=30000):
        QTest.keyClick(pad.cancel, Qt.Key.Key_Enter)  # Enter on Cancel is still OK


def test_escape_cancels_without_a_try_and_tab_only_moves(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    gate = PinGate(pin_hash)
    pad = opened(qtbot, gate)
    press(pad, "13")
    seen = []
    for _ in range(16):  # round the whole pad, both ways
        QTest.keyClick(focused(pad), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    for _ in range(3):
        QTest.keyClick(focused(pad), Qt.Key.Key_Backtab)
    assert pad.isVisible() and pad.state is PadState.READY and pad.entry.text() == "13"
    assert {pad.ok, pad.cancel, pad.entry, pad.digits["0"]} <= set(seen)
    QTest.keyClick(focused(pad), Qt.Key.Key_Escape)
    assert pad.result() == QDialog.DialogCode.Rejected and not pad.isVisible()
    assert gate.tries_left() == 5


def test_a_right_pin_after_cancel_opens_nothing(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, PinGate(pin_hash))
    accepted = []
    pad.accepted.connect(lambda: accepted.append(1))
    press(pad, PIN)
    enter(pad)
    assert pad.state is PadState.CHECKING and pad.cancel.isEnabled()
    QTest.keyClick(focused(pad), Qt.Key.Key_Escape)
    settled(qtbot, pad)
    assert accepted == [] and pad.result() == QDialog.DialogCode.Rejected


class BrokenGate(PinGate):
    def attempt(self, pin: str):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug in the gate")


def test_a_gate_that_fails_leaves_the_pad_usable(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, BrokenGate(pin_hash))
    press(pad, PIN)
    enter(pad)
    settled(qtbot, pad)
    assert pad.message.text() == "The PIN could not be checked. Try again."
    assert pad.ok.isEnabled() and pad.isVisible()


def test_the_pad_is_big_enough_for_a_finger(qtbot, pin_hash) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, PinGate(pin_hash))
    buttons = [*pad.digits.values(), pad.erase, pad.ok, pad.cancel]
    for b in buttons:
        assert b.width() >= 44 and b.height() >= 44, b.objectName()
    rects = [b.geometry() for b in buttons]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            gap_x = max(b.left() - a.right() - 1, a.left() - b.right() - 1)
            gap_y = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1)
            assert max(gap_x, gap_y) >= 8, (a, b)


# --- AdminScreen --------------------------------------------------------------------------


PROBLEM = "kiosk.toml: line 3: idle_seconds = 5: must be 30-3600; using the default 120"


def admin(qtbot, problems=(PROBLEM,)):  # type: ignore[no-untyped-def]
    screen = AdminScreen(
        list(problems), Path("/home/kiosk/.local/state/bulletin-reader/bulletin-reader.log"),
        config_source=Path("/home/kiosk/.config/bulletin-reader/kiosk.toml"),
    )  # fmt: skip
    seen: list[str] = []
    screen.reload_requested.connect(lambda: seen.append("reload"))
    screen.exit_requested.connect(lambda: seen.append("exit"))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen, seen


def test_the_admin_screen_shows_problems_and_the_log(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen, _ = admin(qtbot)
    assert "idle_seconds = 5" in screen.problems_view.toPlainText()
    assert screen.problems_view.isVisible()
    assert "bulletin-reader.log" in screen.log_label.text()
    assert "kiosk.toml" in screen.config_label.text()
    assert screen.back.hasFocus() and screen.back.isDefault()
    clean, _ = admin(qtbot, problems=())
    assert clean.problems_view.isHidden()
    assert clean.problems_label.text() == "The config has no problems."


def test_reload_stays_and_exit_leaves(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen, seen = admin(qtbot)
    QTest.mouseClick(screen.reload, Qt.MouseButton.LeftButton)
    assert seen == ["reload"] and screen.isVisible()
    assert screen.status.text() == "Reading the library folders again."
    QTest.mouseClick(screen.exit, Qt.MouseButton.LeftButton)
    assert seen == ["reload", "exit"] and screen.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("focus", ["reload", "exit", "back", "problems_view"])
def test_enter_only_goes_back_wherever_the_focus_is(qtbot, focus) -> None:  # type: ignore[no-untyped-def]
    screen, seen = admin(qtbot)
    getattr(screen, focus).setFocus()
    QTest.keyClick(getattr(screen, focus), Qt.Key.Key_Return)
    assert seen == [] and screen.result() == QDialog.DialogCode.Rejected
    assert not screen.isVisible()


def test_escape_goes_back_and_tab_only_moves(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen, seen = admin(qtbot)
    visited = set()
    for _ in range(8):
        QTest.keyClick(focused(screen), Qt.Key.Key_Tab)
        visited.add(QApplication.focusWidget())
    assert {screen.reload, screen.exit, screen.back, screen.problems_view} <= visited
    assert seen == [] and screen.isVisible()
    QTest.keyClick(focused(screen), Qt.Key.Key_Escape)
    assert seen == [] and screen.result() == QDialog.DialogCode.Rejected


# --- Vietnamese ---------------------------------------------------------------------------


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators, problems = i18n.install_translators(qapp, "vi")
    assert not problems
    yield
    for t in translators:
        qapp.removeTranslator(t)


def test_both_dialogs_speak_vietnamese(qtbot, pin_hash, vietnamese) -> None:  # type: ignore[no-untyped-def]
    pad = opened(qtbot, PinGate(pin_hash))
    assert pad.message.text() == "Nhập mã PIN quản trị."
    screen, _ = admin(qtbot)
    assert screen.back.text() == "&Quay lại"
