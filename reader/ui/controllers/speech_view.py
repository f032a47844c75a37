"""Reading aloud, as seen in the article view: the sentence and word being said are marked,
the saved place is shown, and the caret or selection says where to read from.

The speech controller knows nothing of the view; this bridge is the one place that maps its
(block, text, offset) keys to document ranges, for any shell that shows an ArticleView.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.library.positions import ReadingPosition
from reader.settings import Setting, keys
from reader.ui.article_view import ArticleView
from reader.ui.qt_settings import QtSettings
from reader.ui.speech_controller import SpeechController


class SpeechView(QObject):
    message = Signal(str, int)  # a status message and its time-out (ms)

    def __init__(
        self,
        speech: SpeechController,
        view: ArticleView,
        settings: QtSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speech = speech
        self.view = view
        self.settings = settings
        self._spoken_sentence: tuple[int, int] | None = None
        speech.saying.connect(self._on_saying)
        speech.word.connect(self._on_word)
        speech.state_changed.connect(self._on_state)
        view.read_from_requested.connect(self.read_from_position)
        view.read_selection_requested.connect(self.read_selection)
        settings.changed.connect(self._on_setting_changed)

    def _on_setting_changed(self, key: Setting[Any], _value: object) -> None:
        if key.section == "speech":
            self.apply_highlight()

    def apply_highlight(self) -> None:
        self.view.set_highlight_style(self.settings.get(keys.SPEECH_HIGHLIGHT))
        if self._spoken_sentence is not None:
            self.view.show_speech(self._spoken_sentence, None)

    def read_from_caret(self) -> None:
        self.read_from_position(self.view.textCursor().position())

    def read_from_position(self, position: int) -> None:
        """Read aloud from the sentence at a document position (the caret, a click)."""
        spot = self.view.spot_at(position)
        if spot is None:
            return
        block, text, offset = spot
        self.speech.read_from(block, text, offset)

    def read_selection(self) -> None:
        cursor = self.view.textCursor()
        start = self.view.spot_at(cursor.selectionStart())
        end = self.view.spot_at(cursor.selectionEnd())
        if not cursor.hasSelection() or start is None or end is None:
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "Select some text in the article first (Shift+arrow keys)"
                ),
                6000,
            )
            return
        self.speech.read_selection(start, end)

    def show_resume_point(self, position: ReadingPosition | None) -> bool:
        """Mark where reading aloud will go on in a newly shown article; False if it has no
        such sentence.

        An edited article may still have the words elsewhere (the controller looks for
        them); it is not marked then, and nothing is promised.
        """
        self._spoken_sentence = None
        article = self.view.article
        if position is None or article is None:
            return False
        from reader.speech.script import source_text  # the speech modules, when first needed

        source = source_text(article, position.block, position.text)
        if source is None or source[position.start : position.end] != position.shown:
            return False
        span = self.view.text_range(position.block, position.text, position.start, position.end)
        if span is not None:  # the date and the author are said but shown in one line
            self._spoken_sentence = span
            self.view.show_speech(span, None)
        return True

    def _on_saying(self, key, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
        self._spoken_sentence = self.view.text_range(key.block, key.text, start, end)
        self.view.show_speech(self._spoken_sentence, None)

    def _on_word(self, key, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
        word = self.view.text_range(key.block, key.text, start, end)
        self.view.show_speech(self._spoken_sentence, word)

    def _on_state(self, state: str) -> None:
        if state == "stopped":
            self._spoken_sentence = None
            self.view.show_speech(None, None)
