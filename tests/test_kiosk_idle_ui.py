"""The kiosk's idle watch, countdown, attract screen and admin gesture, on real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QVBoxLayout, QWidget

from reader.kiosk.idle import IdlePolicy, Phase
from reader.ui import i18n
from reader.ui.kiosk.attract import MAX_TITLES, TITLE_CHARS, AttractScreen
from reader.ui.kiosk.countdown import CountdownOverlay
from reader.ui.kiosk.idle_watch import IdleWatch
from reader.ui.kiosk.long_press import AdminGesture
from tests.test_touch import touch_device


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watching(policy: IdlePolicy, clock: Clock, **kw) -> tuple[IdleWatch, list[tuple]]:  # type: ignore[no-untyped-def]
    watch = IdleWatch(policy, clock, **kw)
    seen: list[tuple] = []
    watch.countdown.connect(lambda s: seen.append(("countdown", s)))
    watch.reset_due.connect(lambda: seen.append(("reset",)))
    watch.attract.connect(lambda: seen.append(("attract",)))
    watch.active.connect(lambda: seen.append(("active",)))
    return watch, seen


@pytest.fixture
def window(qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """A stand-in for the kiosk window: a button that has the focus."""
    w = QWidget()
    w.setObjectName("kioskStandIn")
    w.resize(800, 600)
    layout = QVBoxLayout(w)
    w.button = QPushButton("Next", w)  # type: ignore[attr-defined]
    w.clicks = []  # type: ignore[attr-defined]
    w.button.clicked.connect(lambda: w.clicks.append(1))  # type: ignore[attr-defined]
    layout.addWidget(w.button)  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.button.setFocus()  # type: ignore[attr-defined]
    yield w


@pytest.fixture
def announced(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    made: list[str] = []
    real = QAccessible.updateAccessibility

    def spy(event):  # type: ignore[no-untyped-def]
        if isinstance(event, QAccessibleAnnouncementEvent):
            made.append(event.message())
        real(event)

    monkeypatch.setattr("reader.ui.notice.QAccessible.updateAccessibility", spy)
    return made


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators, problems = i18n.install_translators(qapp, "vi")
    assert not problems
    yield
    for t in translators:
        qapp.removeTranslator(t)


# --- IdleWatch ------------------------------------------------------------------------------


def test_idle_counts_down_then_resets_once() -> None:
    clock = Clock()
    watch, seen = watching(IdlePolicy(30, 15, attract=False, now=clock.now), clock)
    watch.poke()  # a visitor
    for step in (29, 1, 1, 0.5, 12.5):  # 29 s idle, then 30 (15 left), 31, 31.5, 44
        clock.now += step
        watch.tick()
    assert seen == [("countdown", 15), ("countdown", 14), ("countdown", 1)]
    clock.now += 1  # 45 s: the reset
    watch.tick()
    clock.now += 1
    watch.tick()
    assert seen[3:] == [("reset",)]  # once, and no "active" after it: nobody came back
    clock.now += 100
    watch.tick()
    assert seen[3:] == [("reset",)]  # a clean kiosk has nothing to count down


def send_touch(target: QWidget, at: QPoint) -> None:
    device = touch_device()
    QTest.touchEvent(target, device).press(0, at, target).commit()
    QTest.touchEvent(target, device).release(0, at, target).commit()


def send_wheel(target: QWidget) -> None:
    pos = QPointF(10, 10)
    event = QWheelEvent(
        pos, target.mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(target, event)


INPUTS = {
    "key": lambda w: QTest.keyClick(w.button, Qt.Key.Key_Down),
    "mouse press": lambda w: QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(400, 500)),
    "wheel": send_wheel,
    "touch": lambda w: send_touch(w, QPoint(400, 500)),
}


@pytest.mark.parametrize("kind", list(INPUTS))
def test_any_touch_click_wheel_or_key_cancels_the_countdown(window, kind) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watch, seen = watching(IdlePolicy(30, 15, attract=False, now=clock.now), clock)
    watch.start()
    try:
        watch.poke()
        clock.now += 35
        watch.tick()
        assert seen == [("countdown", 10)]
        INPUTS[kind](window)
        assert seen == [("countdown", 10), ("active",)]
        assert watch.policy.phase is Phase.ACTIVE
        clock.now += 29
        watch.tick()
        assert seen[-1] == ("active",)  # the idle time starts again from the input
    finally:
        watch.stop()


def test_a_mouse_that_only_moves_is_not_a_visitor_and_a_stopped_watch_sees_nothing(window) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watch, seen = watching(IdlePolicy(30, 15, attract=False, now=clock.now), clock)
    watch.start()
    watch.poke()
    clock.now += 35
    watch.tick()
    QTest.mouseMove(window, QPoint(300, 300))
    QTest.mouseMove(window, QPoint(310, 320))
    assert seen == [("countdown", 10)]
    watch.stop()
    QTest.keyClick(window.button, Qt.Key.Key_Down)
    assert seen == [("countdown", 10)] and not watch.running


def test_attract_after_the_reset_and_at_start_until_a_touch(window) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watch, seen = watching(IdlePolicy(30, 15, attract=True, now=clock.now), clock)
    watch.start()
    try:
        clock.now += 30  # nobody since start-up: straight to attract, nothing to reset
        watch.tick()
        assert seen == [("attract",)]
        send_touch(window, QPoint(100, 100))
        assert seen[-1] == ("active",)
        for step in (44, 1, 1):
            clock.now += step
            watch.tick()
        assert seen[2:] == [("countdown", 1), ("reset",), ("attract",)]
    finally:
        watch.stop()


def test_the_timer_ticks_by_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watch, _ = watching(IdlePolicy(30, 15, attract=False, now=clock.now), clock, interval_ms=10)
    watch.poke()
    clock.now += 40
    with qtbot.waitSignal(watch.countdown, timeout=5000) as signal:
        watch.start()
    watch.stop()
    assert signal.args == [5]


# --- CountdownOverlay -------------------------------------------------------------------------


def test_the_countdown_covers_the_window_takes_the_focus_and_is_announced_once(
    qtbot, window, announced
) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    overlay = CountdownOverlay(window, say=said.append)
    assert overlay.isHidden()
    overlay.show_seconds(15)
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert overlay.hasFocus()
    assert overlay.headline.text() == "Touch to keep reading"
    assert "15 seconds" in overlay.detail.text()
    overlay.show_seconds(14)
    assert "14 seconds" in overlay.detail.text()
    spoken = (
        "Touch to keep reading. "
        "In 15 seconds the screen goes back to the start for the next reader."
    )
    assert announced == said == [spoken]
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: overlay.geometry() == window.rect())


@pytest.mark.parametrize("how", ["touch", "click", "Return", "Space", "Tab"])
def test_a_touch_or_key_on_the_countdown_ends_it_and_presses_nothing_under_it(
    qtbot, window, how
) -> None:  # type: ignore[no-untyped-def]
    overlay = CountdownOverlay(window)
    overlay.show_seconds(9)
    with qtbot.waitSignal(overlay.touched, timeout=1000):
        if how == "touch":
            send_touch(overlay, QPoint(30, 30))
        elif how == "click":
            QTest.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
        else:
            QTest.keyClick(QApplication.focusWidget() or overlay, getattr(Qt.Key, f"Key_{how}"))
    assert overlay.isHidden()
    assert window.clicks == []  # the key or touch only ended the countdown
    assert window.button.hasFocus()  # the focus is back where it was


def test_the_countdown_says_nothing_without_the_hook_and_the_watch_drives_it(window) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watch, _ = watching(IdlePolicy(30, 15, attract=False, now=clock.now), clock)
    overlay = CountdownOverlay(window)
    watch.countdown.connect(overlay.show_seconds)
    watch.active.connect(overlay.uncover)
    watch.reset_due.connect(overlay.uncover)
    watch.start()
    try:
        watch.poke()
        clock.now += 31
        watch.tick()
        assert overlay.isVisible() and "14" in overlay.detail.text()
        watch.poke()  # activity elsewhere (another window, the watch's filter)
        assert overlay.isHidden()
        clock.now += 44
        watch.tick()
        assert overlay.isVisible()
        clock.now += 1
        watch.tick()
        assert overlay.isHidden()
    finally:
        watch.stop()


def test_the_countdown_and_attract_in_vietnamese(window, vietnamese, qapp) -> None:  # type: ignore[no-untyped-def]
    overlay = CountdownOverlay(window)
    overlay.show_seconds(15)
    assert overlay.headline.text() == "Chạm để tiếp tục đọc"
    assert "15" in overlay.detail.text() and "giây" in overlay.detail.text()
    attract = AttractScreen(window)
    assert attract.heading.text() != "Latest bulletins"


def test_a_language_change_retranslates_the_countdown(window, qapp) -> None:  # type: ignore[no-untyped-def]
    overlay = CountdownOverlay(window)
    overlay.show_seconds(7)
    assert overlay.headline.text() == "Touch to keep reading"
    translators, _ = i18n.install_translators(qapp, "vi")
    try:
        QApplication.processEvents()
        assert overlay.headline.text() == "Chạm để tiếp tục đọc"
        assert "7" in overlay.detail.text()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    QApplication.processEvents()
    assert overlay.headline.text() == "Touch to keep reading"


# --- AttractScreen ------------------------------------------------------------------------


def test_attract_cycles_the_newest_titles_until_touched(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    attract = AttractScreen(window, interval_ms=20)
    attract.set_titles(["Một", "  Hai\nba  ", "", "Bốn"])
    assert attract.titles == ("Một", "Hai ba", "Bốn")
    attract.start()
    assert attract.isVisible() and attract.hasFocus() and attract.cycling
    assert attract.geometry() == window.rect()
    assert attract.title.text() == "Một"
    qtbot.waitUntil(lambda: attract.title.text() == "Hai ba", timeout=5000)
    attract.stop()
    attract.start()
    assert attract.title.text() == "Một"
    for expected in ("Hai ba", "Bốn", "Một"):
        attract.advance()
        assert attract.title.text() == expected
    with qtbot.waitSignal(attract.touched, timeout=1000):
        send_touch(attract, QPoint(20, 20))
    assert attract.isHidden() and not attract.cycling and window.clicks == []


def test_attract_with_no_titles_or_endless_ones(window) -> None:  # type: ignore[no-untyped-def]
    attract = AttractScreen(window)
    attract.start()
    assert attract.title.isHidden() and attract.hint.text()
    attract.advance()  # nothing to cycle: no error
    attract.set_titles(["x" * 5000] * 50)
    assert len(attract.titles) == MAX_TITLES
    assert len(attract.title.text()) == TITLE_CHARS and attract.title.isVisible()
    QTest.keyClick(attract, Qt.Key.Key_Return)
    assert attract.isHidden() and window.clicks == []


# --- AdminGesture -------------------------------------------------------------------------


def gesture(window: QWidget, hold_ms: int = 50) -> tuple[AdminGesture, list[int]]:
    g = AdminGesture(window, hold_ms=hold_ms)
    asked: list[int] = []
    g.admin_requested.connect(lambda: asked.append(1))
    g.start()
    return g, asked


def test_a_long_press_in_the_corner_asks_for_the_admin(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    g, _ = gesture(window)
    try:
        with qtbot.waitSignal(g.admin_requested, timeout=5000):
            QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        device = touch_device()
        with qtbot.waitSignal(g.admin_requested, timeout=5000):
            QTest.touchEvent(window, device).press(0, QPoint(20, 30), window).commit()
        QTest.touchEvent(window, device).release(0, QPoint(20, 30), window).commit()
    finally:
        g.stop()


def test_a_short_press_a_press_elsewhere_or_a_slide_out_asks_nothing(window) -> None:  # type: ignore[no-untyped-def]
    g, asked = gesture(window, hold_ms=60_000)
    try:
        QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        assert g.holding
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        assert not g.holding
        for elsewhere in (QPoint(400, 300), QPoint(790, 10), QPoint(10, 590), QPoint(100, 10)):
            QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=elsewhere)
            assert not g.holding, elsewhere
            QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=elsewhere)
        device = touch_device()
        QTest.touchEvent(window, device).press(0, QPoint(20, 20), window).commit()
        assert g.holding
        QTest.touchEvent(window, device).move(0, QPoint(300, 20), window).commit()
        assert not g.holding  # a finger that slid out is scrolling
        QTest.touchEvent(window, device).release(0, QPoint(300, 20), window).commit()
        assert asked == []
    finally:
        g.stop()


def test_the_key_chord_asks_for_the_admin_and_nothing_else_does(window) -> None:  # type: ignore[no-untyped-def]
    g, asked = gesture(window)
    try:
        chord = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ShiftModifier
        )
        QTest.keyClick(window.button, Qt.Key.Key_A, chord)
        assert asked == [1]
        for modifiers in (
            Qt.KeyboardModifier.ControlModifier,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
            chord | Qt.KeyboardModifier.MetaModifier,
        ):
            QTest.keyClick(window.button, Qt.Key.Key_A, modifiers)
        QTest.keyClick(window.button, Qt.Key.Key_B, chord)
        assert asked == [1]
    finally:
        g.stop()


def test_nothing_counts_while_a_dialog_is_open_or_in_another_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    g, asked = gesture(window)
    try:
        dialog = QDialog(window)
        dialog.setModal(True)
        dialog.show()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
        chord = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ShiftModifier
        )
        QTest.keyClick(dialog, Qt.Key.Key_A, chord)
        QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        assert not g.holding
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        dialog.close()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        other = QWidget()
        qtbot.addWidget(other)
        other.resize(300, 300)
        other.show()
        QTest.mousePress(other, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert not g.holding
        QTest.mouseRelease(other, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert asked == []
    finally:
        g.stop()


def test_an_event_type_we_do_not_know_is_left_alone(window) -> None:  # type: ignore[no-untyped-def]
    g, asked = gesture(window)
    try:
        assert not g.eventFilter(window, QEvent(QEvent.Type.Enter))
        assert asked == []
    finally:
        g.stop()
