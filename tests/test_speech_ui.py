"""Reading aloud in the window, with the fake backend: order, highlight, pause, moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolButton

from reader.settings import keys
from reader.speech.fake import FakeBackend
from reader.speech.script import ScriptOptions
from tests.conftest import PROJECT, SEED_ARTICLE
from tests.test_window import wait_article


def speaking_window(qtbot, open_window, library, path=None, prebuild=True, lang="en", **fake):  # type: ignore[no-untyped-def]
    """The window with a fake engine. ``prebuild``: the reading script is made at once, so a
    command acts before the test's next line even on a loaded machine (the script is made
    in 8 ms slices between events; the long-article tests test that, with prebuild off)."""
    path = path or library / SEED_ARTICLE.name
    _, window = open_window(library, path, lang=lang)
    wait_article(qtbot, window, path)
    backends: list[FakeBackend] = []

    def factory(listener):  # type: ignore[no-untyped-def]
        backends.append(FakeBackend(listener, **fake))
        return backends[-1]

    window.speech._factory = factory
    window.speech.options = ScriptOptions(heading_pause_ms=0, block_pause_ms=0, item_pause_ms=0)
    window.speech.set_article(window.view.article, window.speech.position())
    while prebuild and not window.speech.script_complete:
        window.speech._build(lambda: False)
    return window, backends


def vietnamese_message(source: str) -> str:
    translator = QTranslator()
    assert translator.load(str(PROJECT / "resources" / "translations" / "bulletin_reader_vi.qm"))
    return translator.translate("Messages", source) or source


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
    qtbot.waitUntil(lambda: window.speech.script_complete)
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
    notice = window.speech_notice
    assert "not available" in notice.text() and notice.button.isVisible()
    assert "espeak-ng was not found" in notice.label.toolTip()


def select(window, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def pump_until(backends, done, steps: int = 3000) -> None:  # type: ignore[no-untyped-def]
    for _ in range(steps):  # bounded: a fake step is a few events
        if done():
            return
        pump(backends)
    raise AssertionError("not reached")


def test_read_selection_says_only_the_selected_words_then_goes_back(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library)
    article = window.view.article
    block = next(i for i, b in enumerate(article.blocks) if b.type == "paragraph")
    text = article.blocks[block].content
    first, _ = window.view.sentence_range((block, 0), text, 0)
    _, second_end = window.view.sentence_range((block, 0), text, 1)
    words = text.text[: text.sentences[0].end].split()
    # From the third word of the first sentence to the end of the second.
    start = first + len(" ".join(words[:2])) + 1
    select(window, start, second_end)
    window.act_speak.trigger()  # reading the article first: the selection interrupts it
    pump(backends, 6)
    article_index = window.speech.index
    window.act_speak_selection.trigger()
    assert window.speech.state == "playing"
    pump(backends, 1)  # Started: the clipped sentence is marked
    said = [c.text for c in backends[0].calls]
    assert said[-1].split()[:2] == [w.lower() for w in words[2:4]] or said[-1].startswith(words[2])
    assert window.speech.current().shown == text.text[start - first : text.sentences[0].end]
    assert highlighted(window)[0] == window.speech.current().shown
    pump_until(backends, lambda: window.speech.state == "stopped")
    spoken = [c.text for c in backends[0].calls][len(said) - 1 :]
    assert len(spoken) == 2  # the rest of the first sentence and the whole second one
    assert window.speech.index == article_index  # Play goes on in the article from there
    assert window.view.extraSelections() == []


def test_read_selection_without_a_selection_says_how(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak_selection.trigger()
    assert window.speech.state == "stopped" and not backends
    assert "Select some text" in window.statusBar().currentMessage()


def test_reading_goes_on_where_it_was_paused_after_reopening(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.index > 3)
    window.act_speak.trigger()  # pause
    paused = window.speech.current()
    window.close()  # the next window is the next session (same settings folder)

    again, backends = speaking_window(qtbot, open_window, library)
    # The sentence is marked before anything is said, and the status bar says why.
    assert highlighted(again) == [paused.shown]
    assert "goes on where it stopped" in again.statusBar().currentMessage()
    again.act_speak.trigger()
    assert again.speech.current().key == paused.key
    pump(backends, 2)
    assert backends[0].calls[0].text == paused.text


def test_reading_to_the_end_forgets_the_position(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library, words=False)
    window.act_speak.trigger()
    pump(backends, 20)
    window.act_speak_stop.trigger()
    path = str(library / SEED_ARTICLE.name)
    assert window.positions.get(path) is not None  # stopped midway: kept
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.state == "stopped")
    assert window.positions.get(path) is None


def test_an_edited_article_resumes_at_the_same_words(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library, words=False)
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.current().kind == "paragraph")
    pump_until(backends, lambda: window.speech.current().key.sentence == 1)
    window.act_speak.trigger()  # pause on the second sentence of the first paragraph
    paused = window.speech.current()
    window.close()
    # Someone adds a paragraph above it: the sentence is now one block further down.
    path = library / SEED_ARTICLE.name
    source = path.read_text("utf-8")
    first_words = paused.shown.split()[0]
    paragraph_start = source.index("\n\n", source.index("---", 4)) + 2
    source = source[:paragraph_start] + "Một đoạn mới thêm vào.\n\n" + source[paragraph_start:]
    path.write_text(source, "utf-8")
    again, backends = speaking_window(qtbot, open_window, library)
    assert highlighted(again) == []  # not marked: the words are not where they were
    again.act_speak.trigger()
    now = again.speech.current()
    assert now.shown == paused.shown and now.shown.startswith(first_words)
    assert now.key.block == paused.key.block + 1


def test_a_lost_sentence_resumes_at_that_place(qtbot, open_window, library) -> None:
    from reader.library.positions import ReadingPosition

    path = library / SEED_ARTICLE.name
    window, _ = speaking_window(qtbot, open_window, library)
    block = next(i for i, b in enumerate(window.view.article.blocks) if b.type == "paragraph")
    gone = ReadingPosition(block, 0, 1, 0, 12, "words no longer there")
    window.positions.set(str(path.resolve()), gone)
    window.close()
    again, _ = speaking_window(qtbot, open_window, library)
    assert highlighted(again) == []
    assert "goes on where it stopped" not in again.statusBar().currentMessage()
    again.act_speak.trigger()
    assert again.speech.current().key_tuple() == (block, 0, 1)


def test_the_position_is_saved_as_reading_goes_and_keyed_by_the_full_path(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library, words=False)
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.current().kind == "paragraph")
    pump(backends, 1)  # Started: the paragraph is being said
    # No pause, no stop, no close (a power cut now): the database already knows the paragraph.
    from reader.library.state import ReadingState

    saved = ReadingState(window.state_dir).get(str((library / SEED_ARTICLE.name).resolve()))
    assert saved is not None and saved.block == window.speech.current().key.block


def test_resume_without_a_highlight_still_says_so(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.settings.set(keys.SPEECH_HIGHLIGHT, "none")
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.index > 3)
    window.act_speak_stop.trigger()
    window.close()
    again, _ = speaking_window(qtbot, open_window, library)
    assert highlighted(again) == []
    assert "goes on where it stopped" in again.statusBar().currentMessage()


def test_each_article_gets_its_own_languages_voice(qtbot, open_window, library) -> None:
    from tests.conftest import ENGLISH_ARTICLE

    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 2)
    window.library_controller.open_article(library / ENGLISH_ARTICLE.name)
    wait_article(qtbot, window, library / ENGLISH_ARTICLE.name)
    window.act_speak.trigger()
    pump(backends, 2)
    assert backends[0].calls[0].voice == "fake/vi"
    assert backends[0].calls[-1].voice == "fake/en"


def test_changing_what_is_read_for_images_keeps_reading(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.index > 3)
    key = window.speech.current().key
    window.settings.set(keys.SPEECH_FIGURES, "both")  # a new script, made in slices
    qtbot.waitUntil(lambda: window.speech.state == "playing")
    assert window.speech.current().key == key


def test_an_audio_failure_during_a_selection_returns_to_the_article(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump_until(backends, lambda: window.speech.index > 3)
    index = window.speech.index
    title_end = len(window.view.article.title)
    select(window, 0, title_end)
    backends[0].fail_next("the sound card went away")
    window.act_speak_selection.trigger()
    pump(backends, 3)
    assert window.speech.state == "stopped"
    assert window.speech.index == index and window.speech.current().kind != "title"
    assert "sound card" in window.speech_notice.label.toolTip()


def test_a_selection_with_no_words_says_so(qtbot, open_window, library) -> None:
    window, _ = speaking_window(qtbot, open_window, library)
    article = window.view.article
    block = next(i for i, b in enumerate(article.blocks) if b.type == "paragraph")
    text = article.blocks[block].content
    start, _ = window.view.sentence_range((block, 0), text, 0)
    dot = start + text.text.index(".")
    select(window, dot, dot + 1)
    window.act_speak_selection.trigger()
    assert "nothing to read" in window.statusBar().currentMessage()
    assert window.speech.state == "stopped"


def test_highlight_styles(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 3)  # the title: its sentence and first word
    assert len(highlighted(window)) == 2
    for style, count in (("sentence", 1), ("word", 1), ("underline", 2), ("none", 0)):
        window.settings.set(keys.SPEECH_HIGHLIGHT, style)
        pump(backends, 2)  # a word event redraws with the style
        marks = window.view.extraSelections()
        assert len(marks) == count, style
        if style == "underline":
            assert marks[0].format.fontUnderline()
            assert marks[0].format.background().style() == Qt.BrushStyle.NoBrush
        if style == "word":
            assert marks[0].cursor.selectedText() in window.speech.current().shown
            assert marks[0].cursor.selectedText() != window.speech.current().shown


def test_a_chosen_voice_is_used_for_its_language(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 2)
    # Automatic: the Vietnamese voice, from the very first sentence (said once the engine
    # has listed its voices, not before with its default voice).
    assert [c.voice for c in backends[0].calls] == ["fake/vi"]
    window.settings.set(keys.VOICE_VI, "fake/en-us")
    window.act_speak_next.trigger()
    assert backends[0].calls[-1].voice == "fake/en-us"
    window.settings.set(keys.VOICE_VI, "no/such-voice")  # gone from the engine: automatic
    window.act_speak_next.trigger()
    assert backends[0].calls[-1].voice == "fake/vi"


def test_preferences_list_the_engine_voices(qtbot, open_window, library) -> None:
    from reader.ui.preferences import PreferencesDialog

    window, backends = speaking_window(qtbot, open_window, library)
    dialog = PreferencesDialog(window.settings, window.reading_family, window, window.speech)
    qtbot.addWidget(dialog)
    pump(backends, 1)  # the engine starts for the list: Ready
    combo = dialog.controls[keys.VOICE_VI]
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Automatic (Fake Vietnamese)"
    assert items[1].startswith("Fake Vietnamese")  # the language's voices first
    assert {"Fake English (en-gb)", "Fake American (en-us)"} <= set(items)
    combo.setCurrentIndex(combo.findData("fake/en"))
    assert window.settings.get(keys.VOICE_VI) == "fake/en"
    assert window.speech.voice_overrides == {"vi": "fake/en"}
    combo.setCurrentIndex(0)
    assert window.settings.get(keys.VOICE_VI) == ""


def test_without_an_engine_the_voice_lists_say_why(qtbot, open_window, library) -> None:
    from reader.ui.preferences import PreferencesDialog

    window, backends = speaking_window(qtbot, open_window, library, unavailable="no espeak-ng")
    dialog = PreferencesDialog(window.settings, window.reading_family, window, window.speech)
    qtbot.addWidget(dialog)
    pump(backends, 1)
    combo = dialog.controls[keys.VOICE_EN]
    assert not combo.isEnabled() and "no espeak-ng" in combo.toolTip()
    assert combo.currentText() == "Automatic"


def _long_article(folder, paragraphs: int = 3000):  # type: ignore[no-untyped-def]
    body = "\n\n".join(
        f"Đoạn {i}: năm 2021 tỉnh đạt 8.840 tỷ đồng. Tăng 6,33% so với năm {i}."
        for i in range(paragraphs)
    )
    path = folder / "2024-01-01-dai.md"
    path.write_text(f"---\ntitle: Bài dài\nlang: vi\n---\n\n{body}\n", "utf-8")
    return path


def test_a_long_article_starts_reading_before_its_script_is_built(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    path = _long_article(library)
    window, backends = speaking_window(qtbot, open_window, library, path, prebuild=False)
    window.act_speak.trigger()
    assert window.speech.state == "playing"  # at once, from the first slice
    assert not window.speech.script_complete
    pump(backends, 2)
    assert backends[0].calls[0].text == "Bài dài"
    qtbot.waitUntil(lambda: window.speech.script_complete, timeout=60000)
    assert len(window.speech.script) == 1 + 2 * 3000


def test_reading_from_far_down_a_long_article_waits_for_that_part(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    path = _long_article(library)
    window, _backends = speaking_window(qtbot, open_window, library, path, prebuild=False)
    busy: list[bool] = []
    window.speech.preparing.connect(busy.append)
    block = 2900
    text = window.view.article.blocks[block].content
    start, _ = window.view.sentence_range((block, 0), text, 1)
    cursor = window.view.textCursor()
    cursor.setPosition(start + 2)
    window.view.setTextCursor(cursor)
    window.act_speak_here.trigger()
    assert busy == [True] and window.speech.state == "stopped"
    assert "Preparing" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.speech.state == "playing", timeout=60000)
    assert busy == [True, False]
    assert window.speech.current().key_tuple() == (block, 0, 1)


def test_the_article_menu_reads_from_the_sentence_clicked(qtbot, open_window, library) -> None:
    window, backends = speaking_window(qtbot, open_window, library)
    view = window.view
    article = view.article
    block = next(i for i, b in enumerate(article.blocks) if b.type == "paragraph")
    text = article.blocks[block].content
    start, _ = view.sentence_range((block, 0), text, 1)
    cursor = view.textCursor()
    cursor.setPosition(start + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()  # scrolled so that the sentence is on screen
    rect = view.cursorRect(cursor)
    cursor.setPosition(0)
    view.setTextCursor(cursor)  # the caret elsewhere: the click decides, not the caret
    menu = view.context_menu(rect.center(), mouse=True)
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert not actions["articleCopy"].isEnabled()  # nothing selected
    assert not actions["articleReadSelection"].isEnabled()
    actions["articleReadHere"].trigger()
    assert window.speech.current().key_tuple() == (block, 0, 1)
    assert window.speech.state == "playing"
    assert view.textCursor().position() == 0  # reading from a click leaves the caret alone
    select(window, start, start + 8)
    menu = view.context_menu(rect.center(), mouse=False)
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert actions["articleCopy"].isEnabled() and actions["articleReadSelection"].isEnabled()
    actions["articleReadSelection"].trigger()
    pump(backends, 1)
    assert window.speech.current().shown == text.text[text.sentences[1].start :][:8]


def test_the_article_menu_speaks_the_interface_language(qtbot, open_window, library) -> None:
    _, window = open_window(library, lang="vi")
    wait_article(qtbot, window)
    texts = [a.text() for a in window.view.context_menu(QPoint(10, 10)).actions() if a.text()]
    assert texts == ["&Sao chép", "Chọn &tất cả", "Đọc to từ đâ&y", "Đọc đoạn đã &chọn"]


def test_the_article_menu_on_an_image_reads_the_image(qtbot, open_window, library) -> None:
    window, _ = speaking_window(qtbot, open_window, library)
    view = window.view
    article = view.article
    figure = next(i for i, b in enumerate(article.blocks) if b.type == "figure")
    caption_at = view.text_positions()[(figure, 0)]
    # The figure's frame starts right after the text before it: a position inside it,
    # before its caption, is the image (or its "not available" line).
    spot = view.spot_at(caption_at - 2)
    assert spot == (figure, -1, 0)
    window.speech_view.read_from_position(caption_at - 2)
    assert window.speech.current().key.block == figure


def test_shift_f10_and_the_menu_key_open_the_article_menu(qtbot, open_window, library) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu

    window, _ = speaking_window(qtbot, open_window, library)
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.objectName() for a in menu.actions() if a.objectName()])
            menu.close()

    window.view.setFocus()
    for key, mods in (
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    ):
        QTimer.singleShot(50, close_menu)
        QTest.keyClick(window.view, key, mods)
    assert len(shown) == 2 and "articleReadHere" in shown[0]


def test_faster_and_louder_keys_step_the_settings_and_say_the_sentence_again(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library)
    window.act_speak.trigger()
    pump(backends, 6)
    sentence = window.speech.current()
    calls = len(backends[0].calls)
    window.act_speak_faster.trigger()
    assert window.settings.get(keys.SPEECH_RATE) == 180
    assert "180" in window.statusBar().currentMessage()
    # the same sentence again, at once, at the new speed
    assert len(backends[0].calls) == calls + 1
    assert backends[0].calls[-1].text == sentence.text and backends[0].calls[-1].rate == 180
    window.act_speak_quieter.trigger()
    assert window.settings.get(keys.SPEECH_VOLUME) == 90
    assert backends[0].calls[-1].volume == 0.9
    # both persist, like the preferences
    stored = window.settings.store.path.read_text()
    assert '"speech/rate": 180' in stored and '"speech/volume": 90' in stored


def test_speed_stops_at_its_limits_and_says_so(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library)
    window.settings.set(keys.SPEECH_RATE, 440)
    window.act_speak_faster.trigger()
    window.act_speak_faster.trigger()
    assert window.settings.get(keys.SPEECH_RATE) == 450
    assert "450" in window.statusBar().currentMessage()
    assert "fastest" in window.statusBar().currentMessage()
    window.act_speak_louder.trigger()
    assert window.settings.get(keys.SPEECH_VOLUME) == 100
    assert "loudest" in window.statusBar().currentMessage()
    assert not backends  # not reading: nothing was started to be heard


# --- problems with reading aloud are said, kept, announced, and can be retried ---------------


def announcements(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Announcements made to screen readers (each still reaches Qt)."""
    made: list[str] = []
    real = QAccessible.updateAccessibility

    def spy(event):  # type: ignore[no-untyped-def]
        if isinstance(event, QAccessibleAnnouncementEvent):
            made.append(event.message())
        real(event)

    monkeypatch.setattr("reader.ui.notice.QAccessible.updateAccessibility", spy)
    return made


def test_an_audio_failure_is_said_in_the_interface_language_and_kept(
    qtbot, open_window, library, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library, lang="vi")
    made = announcements(monkeypatch)
    aplay = "audio output failed: aplay: main:831: audio open error: No such file or directory"
    window.act_speak.trigger()
    backends[0].fail_next(aplay)
    pump(backends, 4)  # Ready, Started, Failed
    notice = window.speech_notice
    said = notice.text()
    assert said and "aplay" not in said and "audio" not in said  # Vietnamese, not the raw error
    assert said == vietnamese_message(
        "Reading aloud stopped: the sound could not be played (no working sound output). "
        "Connect speakers or headphones, then try again."
    )
    assert aplay in notice.label.toolTip() and aplay in notice.label.accessibleDescription()
    assert made == [said]
    assert notice.button.accessibleDescription() == said  # heard when tabbed to, too
    # Routine status text does not replace it.
    window.settings.set(keys.THEME, "dark")
    window.statusBar().showMessage("Reading the library…")
    assert notice.text() == said and notice.isVisible()
    # Honest controls: Read is a retry, and says so; Try again is offered.
    assert window.act_speak.isEnabled() and said in window.act_speak.toolTip()
    assert notice.button.isVisible() and notice.button.text() == window.act_speak_retry.iconText()
    # The next command is the reader's answer: the notice goes.
    window.act_zoom_in.trigger()
    assert not notice.isVisible() and notice.text() == ""


def test_try_again_starts_a_fresh_engine_and_reads(qtbot, open_window, library) -> None:
    window, backends = speaking_window(
        qtbot, open_window, library, unavailable="it stopped 4 times in a row"
    )
    window.act_speak.trigger()
    pump(backends)
    assert window.speech.state == "unavailable" and not window.act_speak.isEnabled()
    notice = window.speech_notice
    assert "several times in a row" in notice.text()

    def working(listener):  # type: ignore[no-untyped-def]  # espeak-ng installed meanwhile
        backends.append(FakeBackend(listener))
        return backends[-1]

    window.speech._factory = working
    window.activateWindow()
    qtbot.waitActive(window)
    reset = window.findChild(QToolButton, "zoomResetButton")
    reset.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(reset, Qt.Key.Key_Tab)  # the last toolbar button, then the notice's
    assert notice.button.hasFocus()
    qtbot.keyClick(notice.button, Qt.Key.Key_Return)
    assert len(backends) == 2 and backends[0].closed
    pump(backends[1:], 3)
    assert window.speech.state == "playing" and window.act_speak.isEnabled()
    assert backends[1].calls, "the fresh engine reads"
    assert not notice.isVisible() and "try again" not in window.act_speak.toolTip()


def test_speech_failing_after_preferences_closed_reaches_no_dead_dialog(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    window, backends = speaking_window(qtbot, open_window, library, unavailable="no espeak-ng")

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, close_it)
            return
        qtbot.keyClick(modal.focusWidget() or modal, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_it)
    window.act_preferences.trigger()  # opens (the engine starts for its voice list), closes
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    pump(backends)  # Unavailable: the closed dialog must not hear it
    assert window.speech.state == "unavailable"
