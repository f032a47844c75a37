"""Touch screens (kiosks): a finger scrolls and taps; the mouse still selects text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from reader.ui.library_model import PathRole
from tests.conftest import SEED_ARTICLE
from tests.test_window import wait_article

_DEVICE = []


def touch_device():  # type: ignore[no-untyped-def]
    """One touch screen for the whole run, as a kiosk has."""
    if not _DEVICE:
        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]


def swipe(qtbot, window, widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """A finger on ``widget`` (its coordinates) from start to end, in 20 steps."""
    device = touch_device()
    a, b = widget.mapTo(window, start), widget.mapTo(window, end)
    QTest.touchEvent(window, device).press(0, a, window).commit()
    for i in range(1, 21):
        qtbot.wait(10)
        QTest.touchEvent(window, device).move(0, a + (b - a) * (i / 20), window).commit()
    QTest.touchEvent(window, device).release(0, b, window).commit()


def shown(qtbot, open_window, library):  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    # Let the first layout and paint finish: a finger that rests more than 0.25 s before
    # moving is a press (it selects), as in any Qt program, and a slow first paint would
    # look like one.
    qtbot.wait(300)
    return window


def test_a_finger_scrolls_the_article_and_selects_nothing(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, open_window, library)
    viewport = window.view.viewport()
    bar = window.view.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 400
    bottom = QPoint(viewport.width() // 2, viewport.height() - 40)
    swipe(qtbot, window, viewport, bottom, bottom - QPoint(0, 400))
    qtbot.waitUntil(lambda: bar.value() >= 300)  # the text followed the finger (and flicks on)
    assert not window.view.textCursor().hasSelection()
    top = QPoint(viewport.width() // 2, 40)
    value = bar.value()
    swipe(qtbot, window, viewport, top, top + QPoint(0, 200))
    qtbot.waitUntil(lambda: bar.value() < value)


def test_the_mouse_still_selects_text(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, open_window, library)
    viewport = window.view.viewport()
    start, end = QPoint(40, 60), QPoint(400, 60)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, QPoint(200, 60))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert window.view.textCursor().hasSelection()
    assert window.view.verticalScrollBar().value() == 0


@pytest.mark.parametrize("wander", [0, 16])  # a finger is never quite still
def test_a_tap_on_the_library_opens_that_article(qtbot, open_window, library, wander) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, open_window, library)
    view = window.list_view
    current = view.currentIndex().row()
    row = next(r for r in range(window.library.rowCount()) if r != current)
    point = view.visualRect(window.library.index(row, 0)).center()
    device = touch_device()
    at = view.viewport().mapTo(window, point)
    QTest.touchEvent(window, device).press(0, at, window).commit()
    for dy in range(4, wander + 1, 4):
        qtbot.wait(15)
        QTest.touchEvent(window, device).move(0, at + QPoint(0, dy), window).commit()
    qtbot.wait(50)
    QTest.touchEvent(window, device).release(0, at + QPoint(0, wander), window).commit()
    qtbot.waitUntil(lambda: view.currentIndex().row() == row)
    path = window.library.index(row, 0).data(PathRole)
    assert path is not None
    wait_article(qtbot, window, path)


def test_a_swipe_over_the_library_opens_nothing(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, open_window, library)
    view = window.list_view
    current = view.currentIndex().row()
    first = view.visualRect(window.library.index(0, 0)).center()
    swipe(qtbot, window, view.viewport(), first, first + QPoint(0, 250))
    qtbot.wait(300)
    assert view.currentIndex().row() == current


def test_a_tap_in_the_article_puts_the_caret_there(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, open_window, library)
    viewport = window.view.viewport()
    lead = window.view.article.lead
    assert lead is not None
    cursor = window.view.document().find(lead.text[:30])
    spot = window.view.cursorRect(cursor).center()
    device = touch_device()
    at = viewport.mapTo(window, spot)
    QTest.touchEvent(window, device).press(0, at, window).commit()
    qtbot.wait(50)
    QTest.touchEvent(window, device).release(0, at, window).commit()
    qtbot.waitUntil(lambda: abs(window.view.textCursor().position() - cursor.position()) <= 2)
    assert not window.view.textCursor().hasSelection()
