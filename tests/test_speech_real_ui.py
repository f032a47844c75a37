"""The window reading aloud with the real espeak-ng worker (audio discarded, timing kept).

The fake backend tests the controller's logic; this is the path a user gets: a child
process, real voices, real word events paced to the audio, and a window that keeps
turning its event loop while it speaks.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QTimer

from reader.speech.process_backend import ProcessBackend
from reader.ui.preferences import PreferencesDialog
from tests.conftest import SEED_ARTICLE
from tests.test_window import wait_article


def real_window(qtbot, open_window, library):  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    window.speech._factory = lambda listener: ProcessBackend(listener, player="null")
    window.settings.set("speech/rate", 450)  # the timing is kept: the fastest keeps tests short
    return window


def test_the_window_reads_with_espeak_and_stays_responsive(qtbot, open_window, library) -> None:
    window = real_window(qtbot, open_window, library)
    said: list[object] = []
    words: list[tuple[int, int]] = []
    ticks = [0]
    ticks_when_said: list[int] = []

    def on_saying(key, a, b) -> None:  # type: ignore[no-untyped-def]
        said.append(key)
        ticks_when_said.append(ticks[0])

    window.speech.saying.connect(on_saying)
    window.speech.word.connect(lambda key, a, b: words.append((a, b)))
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    window.act_speak.trigger()
    qtbot.waitUntil(lambda: len(said) >= 3, timeout=30000)  # title, date, author
    timer.stop()
    script = window.speech.script
    assert said[:3] == [u.key for u in script[:3]]
    assert words, "espeak-ng's word events reach the view"
    title = window.view.article.title
    assert all(0 <= a < b <= len(title) for a, b in words[:3])
    # The event loop kept turning while each sentence was spoken (timers fired between
    # one sentence starting and the next).
    assert all(b > a for a, b in itertools.pairwise(ticks_when_said[:3]))
    window.act_speak_stop.trigger()
    assert window.speech.state == "stopped" and window.view.extraSelections() == []


def test_preferences_list_espeak_voices(qtbot, open_window, library) -> None:
    window = real_window(qtbot, open_window, library)
    dialog = PreferencesDialog(window.settings, window.reading_family, window, window.speech)
    qtbot.addWidget(dialog)
    combo = dialog.controls["speech/voice_vi"]
    qtbot.waitUntil(lambda: combo.count() > 5, timeout=30000)
    assert combo.itemText(0).startswith("Automatic (")
    assert "(vi" in combo.itemText(1)  # a Vietnamese voice first
    english = dialog.controls["speech/voice_en"]
    assert "(en" in english.itemText(1)
