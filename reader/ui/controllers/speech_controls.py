"""The reading-aloud commands as the reader meets them: Read turns into Pause, a missing
engine turns the commands off and says why, a failed sentence turns Read into a retry, and a
problem stays in its notice until the next command.

Works on any set of QActions and a Notice, so a kiosk's touch bar reuses it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from reader.ui.article_view import ArticleView
from reader.ui.messages import (
    describe_speech_failure,
    describe_speech_fallback,
    describe_speech_unavailable,
)
from reader.ui.notice import Notice
from reader.ui.speech_controller import SpeechController

translate = QCoreApplication.translate


class SpeechControls(QObject):
    message = Signal(str, int)  # a status message and its time-out (ms; 0: until replaced)
    message_done = Signal()  # the last message without a time-out no longer holds

    def __init__(
        self,
        speech: SpeechController,
        view: ArticleView,
        play: QAction,
        actions: list[QAction],
        notice: Notice,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speech = speech
        self.view = view
        self.play = play
        self.actions = actions  # off while there is no engine
        self.notice = notice
        self._tips = {a: a.toolTip() for a in actions}
        speech.state_changed.connect(self._on_state)
        speech.unavailable.connect(self._on_unavailable)
        speech.failed.connect(self._on_failed)
        speech.fallback.connect(self._on_fallback)
        speech.preparing.connect(self._on_preparing)
        speech.nothing_to_read.connect(
            lambda: self.message.emit(
                translate("MainWindow", "The selection has nothing to read aloud"), 6000
            )
        )

    def _on_preparing(self, busy: bool) -> None:
        if busy:
            text = translate("MainWindow", "Preparing the article for reading aloud…")
            self.message.emit(text, 0)
        else:
            self.message_done.emit()

    def _on_state(self, state: str) -> None:
        playing = state == "playing"
        if playing:  # it works (again): Read is no longer a retry
            self.play.setToolTip(self._tips[self.play])
        self.play.setIconText(
            translate("MainWindow", "❚❚ Pause") if playing else translate("MainWindow", "▶ Read")
        )
        messages = {
            "playing": translate("MainWindow", "Reading aloud"),
            "paused": translate("MainWindow", "Reading paused"),
            "stopped": translate("MainWindow", "Reading stopped"),
        }
        if state in messages:
            self.message.emit(messages[state], 3000)

    def _on_unavailable(self, reason: str) -> None:
        """No engine (or it gave up): the controls are off and say why; Try again stays."""
        text = describe_speech_unavailable(reason)
        if self.speech.state == "unavailable":
            self.view.speech_available = False
            for action in self.actions:
                action.setEnabled(False)
                action.setToolTip(f"{text}\n{reason}")
        self.notice.say(text, reason)

    def _on_failed(self, kind: str, detail: str) -> None:
        """A sentence could not be said (e.g. no sound device): Read is now a retry."""
        text = describe_speech_failure(kind, detail)
        again = translate("MainWindow", "{0}\nPress to try again.").format(text)
        self.play.setToolTip(again + f"\n{detail}")
        self.notice.say(text, detail)

    def _on_fallback(self, kind: str, detail: str) -> None:
        """espeak-ng reads instead of a natural voice: said once (the controller keeps
        count), in the notice, with the engine's words as its details."""
        self.notice.say(describe_speech_fallback(kind, detail), detail, offer=False)

    def retry(self) -> None:
        self.view.speech_available = True
        for action in self.actions:
            action.setEnabled(True)
            action.setToolTip(self._tips[action])
        self.speech.retry()

    def retranslate(self) -> None:
        """After the actions' texts were set again in a new language: Read or Pause as the
        state says, and the tips to restore later in that language."""
        self._tips = {a: a.toolTip() for a in self.actions}
        if self.speech.state in ("playing", "paused", "stopped"):
            playing = self.speech.state == "playing"
            pause, read = translate("MainWindow", "❚❚ Pause"), translate("MainWindow", "▶ Read")
            self.play.setIconText(pause if playing else read)

    def command_given(self) -> None:
        """The reader's next command: a problem said before has been heard."""
        self.notice.dismiss()
