"""The attract screen: while nobody is at the kiosk, the newest titles cycle in large type.

Shown after an idle reset when the config asks for it, until a touch, click or key; it
takes the focus, so a screen reader user who comes to the kiosk hears what to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.ui.kiosk.cover import Cover, big_label

__all__ = ["AttractScreen"]

MAX_TITLES = 10
TITLE_CHARS = 300  # a runaway title must not need a smaller font than a normal one


class AttractScreen(Cover):
    def __init__(self, parent: QWidget, *, interval_ms: int = 6000) -> None:
        super().__init__(parent, "kioskAttract")
        self.titles: tuple[str, ...] = ()
        self.index = 0
        self.heading = big_label(self, "kioskAttractHeading")
        self.title = big_label(self, "kioskAttractTitle")
        self.hint = big_label(self, "kioskAttractHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(32)
        layout.addWidget(self.heading)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.advance)
        self.touched.connect(self.stop)
        self._retranslate()

    def set_titles(self, titles: Sequence[str]) -> None:
        """The newest first; only the first ``MAX_TITLES`` are shown."""
        kept = [" ".join(t.split()) for t in titles[:MAX_TITLES]]
        self.titles = tuple(
            t if len(t) <= TITLE_CHARS else t[: TITLE_CHARS - 1] + "…" for t in kept if t
        )
        self.index = 0
        self._show_title()

    def start(self) -> None:
        self.index = 0
        self._show_title()
        self.cover()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.uncover()

    @property
    def cycling(self) -> bool:
        return self._timer.isActive()

    def advance(self) -> None:
        if self.titles:
            self.index = (self.index + 1) % len(self.titles)
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(self.titles[self.index] if self.titles else "")
        self.title.setVisible(bool(self.titles))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Latest bulletins"))
        self.hint.setText(self.tr("Touch the screen or press a key to read"))
        self.setAccessibleName(self.hint.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.heading.setFont(self.scaled_font(0.05))
        self.title.setFont(self.scaled_font(0.075, bold=True))
        self.hint.setFont(self.scaled_font(0.045, bold=True))
        super().resizeEvent(event)
