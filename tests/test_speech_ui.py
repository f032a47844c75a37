"""Reading aloud in the window, with the fake backend: order, highlight, pause, moves."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.speech.fake import FakeBackend
from reader.speech.script import ScriptOptions
from tests.conftest import SEED_ARTICLE
from tests.test_window import wait_article


def speaking_window(qtbot, open_window, library, **fake):  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    backends: list[FakeBackend] = []

    def factory(listener):  # type: ignore[no-untyped-def]
        backends.append(FakeBackend(listener, **fake))
        return backends[-1]

    window.speech._factory = factory
    window.speech.options = ScriptOptions(heading_pause_ms=0, block_pause_ms=0, item_pause_ms=0)
    window.speech.set_article(window.view.article)
    return window, backends


def pump(backends, steps: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(steps):
        backends[0].step()
        for _ in range(3):
            QApplication.processEvents()


def highlighted(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.cursor.selectedText() for s in window.view.extraSelections()]


def test_reads_in_order_and_highlights_each_sentence(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    said = []
    window.speech.saying.connect(lambda key, a, b: said.append(key))
    window.act_speak.trigger()
    assert window.speech.state == "playing"
    script = window.speech.script
    lead = next(u for u in script if u.kind == "lead")
    for _ in range(2000):  # bounded: the script has about 70 sentences
        pump(backends)
        if said and said[-1] == lead.key:
            break
    # The lead's sentence is highlighted on its own words in the view.
    assert highlighted(window)[0] == lead.shown
    assert backends[0].calls[-1].text == lead.text  # the normalised sentence was spoken
    assert "mười bốn" in lead.text
    for _ in range(2000):
        if len(said) >= 8:
            break
        pump(backends)
    assert said == [u.key for u in script[: len(said)]]


def test_words_are_highlighted_inside_the_sentence(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 3)  # Ready, Started, first Word of the title
    sentence, word = highlighted(window)
    assert word and word in sentence and sentence == window.speech.current().shown


def test_pause_resumes_at_the_same_sentence(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 12)
    index = window.speech.index
    window.act_speak.trigger()  # pause
    assert window.speech.state == "paused" and backends[0].stops >= 1
    assert window.act_speak.iconText().startswith("▶")
    window.act_speak.trigger()  # play again
    assert window.speech.index == index
    assert backends[0].calls[-1].text == window.speech.script[index].text


def test_next_and_previous_sentence_and_paragraph(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 2)
    window.act_speak_next.trigger()
    window.act_speak_next.trigger()
    assert window.speech.index == 2
    assert backends[0].calls[-1].text == window.speech.script[2].text
    window.act_speak_prev.trigger()
    assert window.speech.index == 1
    block = window.speech.current().key.block
    window.act_speak_next_block.trigger()
    assert window.speech.current().key.block > block
    window.act_speak_stop.trigger()
    assert window.speech.state == "stopped" and window.view.extraSelections() == []


def test_read_from_the_caret(qtbot, open_window, library) -> None:
    window, _ = speaking_window(qtbot, open_window, library)
    article = window.view.article
    block = next(i for i, b in enumerate(article.blocks) if b.type == "paragraph")
    text = article.blocks[block].content
    second = text.sentences[1]
    start, _ = window.view.sentence_range((block, 0), text, 1)
    cursor = window.view.textCursor()
    cursor.setPosition(start + 3)
    window.view.setTextCursor(cursor)
    window.act_speak_here.trigger()
    utterance = window.speech.current()
    assert (utterance.key.block, utterance.key.sentence) == (block, 1)
    assert utterance.shown == second.of(text.text)
    assert window.view.textCursor().position() == start + 3  # reading does not move the caret
    assert isinstance(window.view.textCursor(), QTextCursor)


def test_a_crashed_worker_says_the_sentence_again(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 4)
    index = window.speech.index
    before = len(backends[0].calls)
    backends[0].crash()
    pump(backends, 2)  # Failed(crashed), Ready
    QApplication.processEvents()
    assert window.speech.state == "playing" and window.speech.index == index
    assert len(backends[0].calls) == before + 1
    assert backends[0].calls[-1].text == window.speech.script[index].text


def test_without_an_engine_the_controls_say_why(qtbot, open_window, library) -> None:
    window, backends = speaking_window(
        qtbot, open_window, library, unavailable="espeak-ng was not found"
    )
    window.act_speak.trigger()
    pump(backends)
    assert window.speech.state == "unavailable"
    assert not window.act_speak.isEnabled()
    assert "espeak-ng was not found" in window.act_speak.toolTip()
    assert "not available" in window.statusBar().currentMessage()
