"""The keyboard's way round a window: the Tab chain and F6's cycle of panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class TabChain:
    """Tab reaches toolbar buttons too (Qt gives them no focus): a blind or keyboard user
    exploring with Tab hears every control. Not by click, so a click on A+ leaves the caret
    in the article. Widgets join in the order they are added."""

    def __init__(self, first: list[QWidget]) -> None:
        self.widgets = list(first)  # already in Tab order (the order they were made in)

    def add(self, widget: QWidget) -> None:
        """A toolbar button: reached by Tab, never focused by a click."""
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.follow(widget)

    def follow(self, widget: QWidget) -> None:
        """`widget` comes after every widget added so far."""
        QWidget.setTabOrder(self.widgets[-1], widget)
        self.widgets.append(widget)


def cycle_focus(panes: list[QWidget]) -> None:
    """F6: the pane after the one that has the focus (the first if none has)."""
    here = next((i for i, w in enumerate(panes) if w.hasFocus()), -1)
    panes[(here + 1) % len(panes)].setFocus(Qt.FocusReason.OtherFocusReason)
