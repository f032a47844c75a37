"""Natural voices in the window, with the real speech worker: the preferences' Try button,
neural voices in the voice lists, and espeak-ng's stand-in said once in the interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from reader.settings import SCHEMA, keys
from reader.speech.process_backend import ProcessBackend
from reader.ui.preferences import PreferencesDialog
from tests.conftest import SEED_ARTICLE
from tests.test_window import wait_article

JOE = "piper:en_US-joe-medium"


def _window(qtbot, open_window, library, capture: Path):  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    player = ["sh", "-c", 'cat >> "$0"', str(capture)]
    window.speech._factory = lambda listener: ProcessBackend(listener, player=player)
    return window


def _dialog(qtbot, window) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    d = PreferencesDialog(window.settings, window.reading_family, window, speech=window.speech)
    qtbot.addWidget(d)
    combo = d.controls[keys.VOICE_EN]
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.findData(JOE) >= 0, timeout=30000)  # the worker listed it
    return d


def test_the_voice_lists_show_the_natural_voice_and_try_speaks_it(
    qtbot, open_window, library, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    capture = tmp_path / "heard.raw"
    window = _window(qtbot, open_window, library, capture)
    d = _dialog(qtbot, window)
    en = d.controls[keys.VOICE_EN]
    assert isinstance(en, QComboBox)
    index = en.findData(JOE)
    assert index == 1, [en.itemText(i) for i in range(en.count())]  # first after Automatic
    assert "natural voice" in en.itemText(index) and "en-us" in en.itemText(index)
    assert "natural voice" in en.itemText(0)  # Automatic picks it
    vi = d.controls[keys.VOICE_VI]
    assert isinstance(vi, QComboBox) and vi.findData(JOE) > 1  # after Vietnamese voices
    before = {k: window.settings.get(k) for k in SCHEMA.values()}
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    d.tabs.setCurrentWidget(en.parentWidget())
    en.setCurrentIndex(index)  # the user picks Joe, then tabs to Try and presses Enter
    before[keys.VOICE_EN] = JOE
    en.setFocus()
    qtbot.keyClick(en, Qt.Key.Key_Tab)
    button = QApplication.focusWidget()
    assert button is d.try_buttons[keys.VOICE_EN], button
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert d.isVisible()  # Enter tried the voice: it did not close the dialog
    # 22050 samples a second, 2 bytes each: at least a second of the sample was heard.
    qtbot.waitUntil(lambda: capture.exists() and capture.stat().st_size > 44100, timeout=60000)
    assert {k: window.settings.get(k) for k in SCHEMA.values()} == before
    qtbot.keyClick(button, Qt.Key.Key_Escape)
    assert not d.isVisible()
    window.speech.stop()


def test_espeak_reading_for_a_language_without_natural_voice_is_said_once(
    qtbot, open_window, library, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, open_window, library, tmp_path / "heard.raw")
    window.settings.set(keys.SPEECH_RATE, 450)
    said: list[tuple[str, str]] = []
    window.speech.fallback.connect(lambda kind, detail: said.append((kind, detail)))
    window.act_speak.trigger()  # the seed is Vietnamese: no natural voice here
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert said == [("no-voice", "vi")]
    notice = window.speech_notice
    assert "Vietnamese" in notice.text() and "espeak-ng" in notice.text()
    assert not notice.button.isVisible()  # nothing to retry
    window.act_speak_stop.trigger()
    window.act_speak.trigger()
    qtbot.wait(500)
    window.act_speak_stop.trigger()
    assert said == [("no-voice", "vi")]  # once a session


def test_a_chosen_natural_voice_is_loaded_before_the_first_play(
    qtbot, open_window, library, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import ENGLISH_ARTICLE

    window = _window(qtbot, open_window, library, tmp_path / "heard.raw")
    window.settings.set(keys.VOICE_EN, JOE)
    backends: list[ProcessBackend] = []
    factory = window.speech._factory

    def keep(listener):  # type: ignore[no-untyped-def]
        backends.append(factory(listener))
        return backends[-1]

    window.speech._factory = keep
    english = library / ENGLISH_ARTICLE.name
    window.library_controller.open_article(english)
    wait_article(qtbot, window, english)
    # Nobody pressed Play: the worker was started and loaded the chosen voice.
    qtbot.waitUntil(lambda: bool(backends) and JOE in backends[0].loaded, timeout=60000)
    assert window.speech.state == "stopped"
