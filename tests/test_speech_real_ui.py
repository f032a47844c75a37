"""The window reading aloud with the real espeak-ng worker (audio discarded, timing kept).

The fake backend tests the controller's logic; this is the path a user gets: a child
process, real voices, real word events paced to the audio, and a window that keeps
turning its event loop while it speaks.
"""

from __future__ import annotations

import itertools
import os
import signal

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from reader.settings import keys
from reader.speech.process_backend import MAX_CRASHES, ProcessBackend
from reader.ui.preferences import PreferencesDialog
from tests.conftest import SEED_ARTICLE
from tests.test_window import wait_article


def real_window(qtbot, open_window, library):  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    window.speech._factory = lambda listener: ProcessBackend(listener, player="null")
    window.settings.set(keys.SPEECH_RATE, 450)  # the timing is kept: the fastest keeps tests short
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
    combo = dialog.controls[keys.VOICE_VI]
    qtbot.waitUntil(lambda: combo.count() > 5, timeout=30000)
    assert combo.itemText(0).startswith("Automatic (")
    assert "(vi" in combo.itemText(1)  # a Vietnamese voice first
    english = dialog.controls[keys.VOICE_EN]
    assert "(en" in english.itemText(1)


# Fails the way aplay does on a machine without a sound device (its own words, exit 1).
NO_DEVICE_PLAYER = [
    "sh", "-c",
    "cat >/dev/null & echo 'aplay: main:831: audio open error: No such file or directory' >&2;"
    " exit 1",
]  # fmt: skip


def test_no_sound_device_is_said_in_vietnamese_and_kept(qtbot, open_window, library) -> None:
    """The real worker and espeak-ng, an audio player that cannot open a device; the
    Preferences were opened and closed first (their voice lists once outlived them)."""
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path, lang="vi")
    wait_article(qtbot, window, path)
    window.speech._factory = lambda listener: ProcessBackend(listener, player=NO_DEVICE_PLAYER)

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, close_it)
            return
        qtbot.waitUntil(lambda: modal.findChild(QComboBox, keys.VOICE_VI.key).count() > 5)
        qtbot.keyClick(modal.focusWidget() or modal, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_it)
    window.act_preferences.trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    window.act_speak.trigger()
    notice = window.speech_notice
    qtbot.waitUntil(notice.isVisible, timeout=30000)
    assert "aplay" not in notice.text() and notice.text().startswith("Đã dừng đọc to")
    assert "audio open error" in notice.label.toolTip()
    assert window.speech.state == "stopped" and window.act_speak.isEnabled()
    window.statusBar().showMessage("Đang đọc thư viện…")  # routine text
    assert notice.isVisible()


def test_after_three_worker_deaths_try_again_reads_again(qtbot, open_window, library) -> None:
    """Issue 16 item 12: the backend gives up after repeated deaths; Try again restarts it."""
    window = real_window(qtbot, open_window, library)
    backends: list[ProcessBackend] = []

    def factory(listener):  # type: ignore[no-untyped-def]
        backends.append(ProcessBackend(listener, player="null"))
        return backends[-1]

    window.speech._factory = factory
    said: list[object] = []
    window.speech.saying.connect(lambda key, a, b: said.append(key))
    window.act_speak.trigger()

    def speaking() -> bool:  # a worker that is up, and playing
        worker = backends[-1]._worker
        return window.speech.state == "playing" and worker is not None and worker.ready.is_set()

    for _ in range(MAX_CRASHES + 1):  # each worker dies while it speaks
        qtbot.waitUntil(speaking, timeout=30000)
        pid = backends[-1].pid
        assert pid is not None
        os.killpg(pid, signal.SIGKILL)
        qtbot.waitUntil(
            lambda p=pid: backends[-1].pid != p or window.speech.state == "unavailable",
            timeout=30000,
        )
    qtbot.waitUntil(lambda: window.speech.state == "unavailable", timeout=30000)
    assert not window.act_speak.isEnabled()
    notice = window.speech_notice
    assert notice.isVisible() and notice.button.isVisible()
    said.clear()
    notice.button.click()
    qtbot.waitUntil(lambda: len(said) >= 2, timeout=30000)
    assert len(backends) == 2 and window.act_speak.isEnabled() and not notice.isVisible()
    window.act_speak_stop.trigger()


def test_voice_names_are_in_the_interface_language(qtbot, open_window, library) -> None:
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path, lang="vi")
    wait_article(qtbot, window, path)
    window.speech._factory = lambda listener: ProcessBackend(listener, player="null")
    dialog = PreferencesDialog(window.settings, window.reading_family, window, window.speech)
    qtbot.addWidget(dialog)
    combo = dialog.controls[keys.VOICE_VI]
    qtbot.waitUntil(lambda: combo.count() > 5, timeout=30000)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Tự động (Tiếng Việt (miền Bắc))"
    assert "Tiếng Việt (miền Nam) (vi-vn-x-south)" in items
    english = dialog.controls[keys.VOICE_EN]
    items = [english.itemText(i) for i in range(english.count())]
    assert "Tiếng Anh (Anh) (en-gb)" in items and "Tiếng Anh (Mỹ) (en-us)" in items
    assert not [x for x in items if x.startswith(("English", "Vietnamese"))]
