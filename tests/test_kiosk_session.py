"""The kiosk window with its session parts wired (reader/ui/kiosk/session.py): the idle
countdown ends a visit, a touch cancels it, the countdown is said when the visitor was
listening, the attract screen, and the admin's way out through the PIN pad."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from reader.kiosk import ADMIN_EXIT_STATUS
from reader.kiosk.pin import MIN_ITERATIONS, hash_pin
from reader.settings import keys
from reader.ui.kiosk.admin_screen import AdminScreen
from reader.ui.kiosk.pin_pad import PinPad
from reader.ui.kiosk.session import KioskSession
from tests.test_kiosk_window import open_first, open_kiosk, with_fake_speech  # noqa: F401


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


SESSIONS: list[KioskSession] = []


@pytest.fixture(autouse=True)
def stop_sessions() -> Iterator[None]:
    """A test's window outlives it (closed, not deleted): its app-wide filters must not."""
    yield
    while SESSIONS:
        session = SESSIONS.pop()
        if isValid(session):  # else deleted with its window, filters and all
            session.stop()


def started(window, clock: Clock) -> KioskSession:  # type: ignore[no-untyped-def]
    session = KioskSession(window, clock=clock)
    session.start()
    SESSIONS.append(session)
    return session


def wait_and_tick(session: KioskSession, clock: Clock, seconds: float) -> None:
    clock.now += seconds
    session.watch.tick()
    QApplication.processEvents()


def touch(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_a_visit_ends_after_the_countdown_with_every_default_back(qtbot, open_kiosk) -> None:  # noqa: F811
    _, window = open_kiosk(idle_seconds=60, countdown_seconds=15, text_size=150)
    clock = Clock()
    session = started(window, clock)
    open_first(qtbot, window)
    touch(window.view.viewport())  # a visitor was here
    window.settings.set(keys.SCALE, 300)
    wait_and_tick(session, clock, 61)
    assert session.countdown.isVisible() and session.countdown.seconds_left == 14
    wait_and_tick(session, clock, 15)
    assert not session.countdown.isVisible()
    assert not window.showing_article()
    assert window.settings.get(keys.SCALE) == 150


def test_a_touch_cancels_the_countdown_and_nothing_is_reset(qtbot, open_kiosk) -> None:  # noqa: F811
    _, window = open_kiosk(idle_seconds=60, countdown_seconds=15)
    clock = Clock()
    session = started(window, clock)
    open_first(qtbot, window)
    touch(window.view.viewport())
    window.settings.set(keys.SCALE, 200)
    wait_and_tick(session, clock, 61)
    assert session.countdown.isVisible()
    touch(session.countdown)
    assert not session.countdown.isVisible()
    wait_and_tick(session, clock, 20)  # the countdown would have ended by now
    assert window.showing_article() and window.settings.get(keys.SCALE) == 200


def test_the_countdown_is_said_when_the_visitor_was_listening(qtbot, open_kiosk) -> None:  # noqa: F811
    _, window = open_kiosk(idle_seconds=60, countdown_seconds=15, language="en")
    clock = Clock()
    session = started(window, clock)
    open_first(qtbot, window)
    touch(window.view.viewport())  # a visitor is here
    backends = with_fake_speech(window)
    window.act_speak.trigger()
    for _ in range(4):
        backends[0].step()
        QApplication.processEvents()
    assert window.speech.state == "playing"
    wait_and_tick(session, clock, 61)
    said = backends[0].calls[-1].text
    assert "Touch" in said and window.speech.state == "paused"
    touch(session.countdown)  # back: Play goes on from the same sentence
    window.act_speak.trigger()
    for _ in range(3):
        backends[0].step()
        QApplication.processEvents()
    assert window.speech.state == "playing"
    assert backends[0].calls[-1].text != said


def test_attract_screen_after_a_reset_until_touched(qtbot, open_kiosk) -> None:  # noqa: F811
    _, window = open_kiosk(idle_seconds=60, countdown_seconds=15, attract=True)
    clock = Clock()
    session = started(window, clock)
    touch(window.home)
    wait_and_tick(session, clock, 61)
    wait_and_tick(session, clock, 15)  # reset
    wait_and_tick(session, clock, 1)
    assert session.attract.isVisible() and session.attract.cycling
    touch(session.attract)
    assert not session.attract.isVisible()


def test_the_admin_leaves_with_the_right_pin_only(qtbot, open_kiosk) -> None:  # noqa: F811
    pin_hash = hash_pin("2468", iterations=MIN_ITERATIONS)
    _, window = open_kiosk(admin_pin_hash=pin_hash)
    session = started(window, Clock())
    session.ask_pin()
    pad = session.dialog
    assert isinstance(pad, PinPad) and pad.isVisible()
    pad.entry.setText("1111")
    QTest.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pad.state.value == "ready" and pad.isVisible(), timeout=10000)
    assert window.isVisible()  # a wrong PIN opens nothing
    pad.entry.setText("2468")
    QTest.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(session.dialog, AdminScreen), timeout=10000)
    screen = session.dialog
    assert "line 3: a problem" in " ".join(screen.problems)
    with qtbot.waitSignal(window.exit_approved, timeout=5000) as exited:
        screen.exit_requested.emit()
    assert exited.args == [ADMIN_EXIT_STATUS] and window.exit_status == ADMIN_EXIT_STATUS


def test_a_reset_closes_an_admin_dialog_left_open(qtbot, open_kiosk) -> None:  # noqa: F811
    _, window = open_kiosk(idle_seconds=60, countdown_seconds=15)
    clock = Clock()
    session = started(window, clock)
    touch(window.home)
    session.ask_pin()
    pad = session.dialog
    assert pad is not None and pad.isVisible()
    wait_and_tick(session, clock, 61)
    wait_and_tick(session, clock, 15)
    assert not pad.isVisible() and session.dialog is None


def test_a_long_press_in_the_corner_asks_for_the_pin(qtbot, open_kiosk) -> None:  # noqa: F811
    _, window = open_kiosk()
    session = KioskSession(window, clock=Clock())
    session.gesture._hold.setInterval(50)  # the 3 s hold, shortened for the test
    session.start()
    SESSIONS.append(session)
    target = window.childAt(5, 5) or window
    local = target.mapFrom(window, window.rect().topLeft()) + QPointF(5, 5).toPoint()
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(local),
        target.mapToGlobal(QPointF(local)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, press)
    qtbot.waitUntil(lambda: isinstance(session.dialog, PinPad), timeout=5000)
    session.dialog.reject()
