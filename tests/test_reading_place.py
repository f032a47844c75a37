"""The reader never loses their place: text size, theme, interface size and window size.

Each step is what a person does (key presses, the Ctrl+wheel, a setting, a resize); after
it has taken effect, including the re-render that runs off the GUI thread, the sentence the
reader was at is still the first one at the top of the view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QTextCursor, QTextTable, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.model import Heading
from reader.settings import keys
from tests.conftest import CHART_ARTICLE, SEED_ARTICLE
from tests.test_window import wait_article

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def long_article(folder: Path) -> Path:
    """Forty sections of three paragraphs, each of several sentences."""
    parts = []
    for s in range(40):
        parts.append(f"## Section {s}: what the council decided")
        for p in range(3):
            parts.append(
                " ".join(
                    f"Sentence {k} of paragraph {p} in section {s} says the budget for roads "
                    f"rose by {k + p + s} percent over the year before."
                    for k in range(5)
                )
            )
    path = folder / "2024-02-01-long-report.md"
    path.write_text(
        "---\ntitle: A long report\nlang: en\ndate: 2024-02-01\n---\n\n" + "\n\n".join(parts),
        "utf-8",
    )
    return path


def settled(view) -> bool:  # type: ignore[no-untyped-def]
    """No re-render waiting or running (they come back through the event loop)."""
    return (
        view._render_request == 0 and not view._respace.isActive() and not view._relayout.isActive()
    )


def settle(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: settled(view), timeout=20000)
    QApplication.processEvents()


def sentence_ranges(view) -> list[tuple[tuple[int, int, int], tuple[int, int]]]:  # type: ignore[no-untyped-def]
    """Every sentence of the article: ((block, text, index), document range)."""
    article = view.article
    out = []
    texts = [((-1, 0), article.lead)] if article.lead else []
    texts += [((i, j), t) for i, b in enumerate(article.blocks) for j, t in enumerate(b.texts())]
    for key, text in texts:
        if key not in view.text_positions():
            continue
        for n in range(len(text.sentences)):
            out.append(((*key, n), view.sentence_range(key, text, n)))
    return out


def sentence_at(view, position: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The sentence a document position is in (or the last one that starts before it)."""
    found = None
    for key, (start, _end) in sentence_ranges(view):
        if start <= position:
            found = key
    assert found is not None
    return found


def top_of(view, sentence: tuple[int, int, int]) -> int:  # type: ignore[no-untyped-def]
    """Where the sentence's first line starts, in viewport pixels."""
    start = dict(sentence_ranges(view))[sentence][0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    return view.cursorRect(cursor).top()


def line_height(view) -> float:  # type: ignore[no-untyped-def]
    return QFontMetricsF(view.document().defaultFont()).lineSpacing() * 1.6


def first_at_top(view) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The sentence the first line of the view starts with."""
    x = round(view.document().documentMargin()) + 4
    return sentence_at(view, view.cursorForPosition(QPoint(x, 3)).position())


def assert_at_top(view, sentence, what: str) -> None:  # type: ignore[no-untyped-def]
    top = top_of(view, sentence)
    assert abs(top) <= line_height(view), f"after {what}: the sentence is {top} px from the top"
    assert first_at_top(view) == sentence, f"after {what}: another sentence is at the top"


def wheel(view, delta: int) -> None:  # type: ignore[no-untyped-def]
    event = QWheelEvent(
        QPointF(50, 50), QPointF(view.mapToGlobal(QPoint(50, 50))), QPoint(0, 0),
        QPoint(0, delta), Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def steps(qtbot, window):  # type: ignore[no-untyped-def]
    """Every way a reader changes size or colours, many times up and back."""
    view = window.view

    def key(k, mods=CTRL):  # type: ignore[no-untyped-def]
        return lambda: qtbot.keyClick(view, k, mods)

    def setting(name, value):  # type: ignore[no-untyped-def]
        return lambda: window.settings.set(name, value)

    plus, minus, zero = Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0
    out = [(f"Ctrl+= #{n}", key(plus)) for n in range(5)]
    out += [("Ctrl+0", key(zero))]
    out += [(f"Ctrl+- #{n}", key(minus)) for n in range(2)]
    out += [("Ctrl+=", key(plus)), ("Ctrl+-", key(minus)), ("Ctrl+0", key(zero))]
    out += [(f"Ctrl+= to 200% #{n}", key(plus)) for n in range(6)]
    out += [(f"Ctrl+Shift+T #{n}", key(Qt.Key.Key_T, CTRL | SHIFT)) for n in range(4)]
    out += [
        ("Ctrl+wheel up", lambda: wheel(view, 120)),
        ("Ctrl+wheel down", lambda: wheel(view, -120)),
    ]
    out += [("resize narrower", lambda: window.resize(760, 900))]
    out += [("resize wider", lambda: window.resize(1200, 700))]
    out += [("interface 150%", setting(keys.INTERFACE_SCALE, 150))]
    out += [("interface 200%", setting(keys.INTERFACE_SCALE, 200))]
    out += [("interface 100%", setting(keys.INTERFACE_SCALE, 100))]
    out += [("Ctrl+- #a", key(minus)), ("Ctrl+= #a", key(plus)), ("Ctrl+0 end", key(zero))]
    return out


def open_at(qtbot, open_window, library, path):  # type: ignore[no-untyped-def]
    _, window = open_window(library, path, size=(1024, 768))
    wait_article(qtbot, window, path)
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    settle(qtbot, window.view)
    return window


@pytest.mark.parametrize("which", ["seed", "long"])
def test_caret_heading_stays_at_the_top(qtbot, open_window, library, which) -> None:
    path = library / SEED_ARTICLE.name if which == "seed" else long_article(library)
    window = open_at(qtbot, open_window, library, path)
    view = window.view
    article = view.article
    headings = [i for i, b in enumerate(article.blocks) if isinstance(b, Heading)]
    presses = min(3, len(headings))
    for _ in range(presses):
        qtbot.keyClick(view, Qt.Key.Key_H)
    block = headings[presses - 1]
    assert view.spot_at(view.textCursor().position())[:2] == (block, 0)
    anchor = (block, 0, 0)
    for what, step in steps(qtbot, window):
        step()
        settle(qtbot, view)
        assert_at_top(view, anchor, what)
        assert view.spot_at(view.textCursor().position())[:2] == (block, 0), "caret kept"


@pytest.mark.parametrize("which", ["seed", "long"])
def test_sentence_at_the_top_stays_at_the_top(qtbot, open_window, library, which) -> None:
    """The caret is out of sight (at the title); the reader scrolled to a paragraph."""
    path = library / SEED_ARTICLE.name if which == "seed" else long_article(library)
    window = open_at(qtbot, open_window, library, path)
    view = window.view
    ranges = sentence_ranges(view)
    # A sentence in the middle of a paragraph, about a third into the article.
    anchor, (start, _end) = next(
        (k, r) for k, r in ranges[len(ranges) // 3 :] if k[2] == 1 and k[0] >= 0
    )
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(cursor).top() + 4)  # its first line a bit cut
    QApplication.processEvents()
    assert view.cursorRect().bottom() < 0, "the caret is out of sight"
    first = first_at_top(view)
    assert first in (anchor, (anchor[0], anchor[1], anchor[2] - 1))
    for what, step in steps(qtbot, window):
        step()
        settle(qtbot, view)
        assert_at_top(view, first, what)


def figure_tables(view):  # type: ignore[no-untyped-def]
    root = view.document().rootFrame()
    return [f for f in root.childFrames() if isinstance(f, QTextTable)]


def picture_top(view, table) -> int:  # type: ignore[no-untyped-def]
    """Viewport y of the top of the figure's picture (its first line)."""
    block = view.document().findBlock(table.firstPosition())
    top = view.document().documentLayout().blockBoundingRect(block).top()
    return round(top) - view.verticalScrollBar().value()


def test_after_g_the_figure_stays_whole_in_view(qtbot, open_window, library) -> None:
    """G shows the figure; the text size steps after it keep the figure, not its caption,
    at the top."""
    path = library / CHART_ARTICLE.relative_to(CHART_ARTICLE.parents[1])
    window = open_at(qtbot, open_window, library, path)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_G)
    for what, step in steps(qtbot, window)[:12]:
        step()
        settle(qtbot, view)
        top = picture_top(view, figure_tables(view)[0])
        assert 0 <= top <= line_height(view), f"after {what}: the picture starts at {top} px"


def test_a_figure_at_the_top_stays_at_the_top(qtbot, open_window, library) -> None:
    """Scrolled into a chart at 300 %: each step keeps that chart at the top, not the
    frame's top nor the paragraph before it."""
    path = library / CHART_ARTICLE.relative_to(CHART_ARTICLE.parents[1])
    window = open_at(qtbot, open_window, library, path)
    view = window.view
    window.settings.set(keys.SCALE, 300)
    settle(qtbot, view)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + picture_top(view, figure_tables(view)[0]) + 150)
    QApplication.processEvents()
    for what, step in steps(qtbot, window)[6:]:
        step()
        settle(qtbot, view)
        top = picture_top(view, figure_tables(view)[0])
        x = round(view.document().documentMargin()) + 40
        cursor = view.cursorForPosition(QPoint(x, 5))
        table = cursor.currentTable()
        assert table is not None, f"after {what}: no figure at the top"
        assert table.firstPosition() == figure_tables(view)[0].firstPosition(), what
        assert top < -20, f"after {what}: the chart was moved down to {top} px"


def test_at_the_start_the_view_stays_at_the_very_top(qtbot, open_window, library) -> None:
    """Title at the top: no step cuts the margin above it."""
    window = open_at(qtbot, open_window, library, library / SEED_ARTICLE.name)
    view = window.view
    for what, step in steps(qtbot, window):
        step()
        settle(qtbot, view)
        assert view.verticalScrollBar().value() == 0, what
