"""The notice before an idle reset: "Touch to keep reading", with the seconds left.

Large white-on-black text over the whole kiosk window; announced to screen readers when
it appears, and said aloud through ``say`` (a hook the kiosk window wires to its speech,
which it calls only when the visitor was having the article read). A touch, click or key
anywhere ends it: on the cover itself through ``touched``, elsewhere through the idle
watch's ``active``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.ui.kiosk.cover import Cover, big_label
from reader.ui.notice import announce

__all__ = ["CountdownOverlay"]


class CountdownOverlay(Cover):
    def __init__(self, parent: QWidget, say: Callable[[str], None] | None = None) -> None:
        super().__init__(parent, "kioskCountdown")
        self._say = say
        self.seconds_left = 0
        self.headline = big_label(self, "kioskCountdownHeadline")
        self.detail = big_label(self, "kioskCountdownDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.touched.connect(self.uncover)
        self._retranslate()

    def show_seconds(self, seconds_left: int) -> None:
        """Show (or update) the countdown; the first call after it was hidden announces it
        and hands the whole notice to ``say``."""
        self.seconds_left = seconds_left
        appearing = self.isHidden()
        self._retranslate()
        if not appearing:
            return
        self.cover()
        text = self.spoken()
        announce(self, text)
        if self._say is not None:
            self._say(text)

    def spoken(self) -> str:
        """The whole notice as one sentence pair (for the announcement and ``say``)."""
        return f"{self.headline.text()}. {self.detail.text()}"

    def _retranslate(self) -> None:
        self.headline.setText(self.tr("Touch to keep reading"))
        self.detail.setText(
            self.tr("In {0} seconds the screen goes back to the start for the next reader.")
            .format(self.seconds_left)
        )  # fmt: skip
        self.setAccessibleName(self.headline.text())
        self.setAccessibleDescription(self.detail.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.headline.setFont(self.scaled_font(0.09, bold=True))
        self.detail.setFont(self.scaled_font(0.05))
        super().resizeEvent(event)
