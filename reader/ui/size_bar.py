"""The desktop's text-size toolbar follows the appearance controller: the percentage, A+/A-
on or off at the ends of the scale, bigger signs, and a row of its own at large interface
sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from reader.settings import SCALE_STEPS
from reader.ui.controllers.appearance import AppearanceController

translate = QCoreApplication.translate


class SizeBar(QObject):
    def __init__(
        self,
        appearance: AppearanceController,
        bar: QToolBar,
        label: QLabel,
        buttons: list[QWidget],
        zoom_in: QAction,
        zoom_out: QAction,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)  # the window that holds the bar (no Python reference)
        self.bar = bar
        self.label = label
        self.buttons = buttons
        self.zoom_in = zoom_in
        self.zoom_out = zoom_out
        appearance.scale_applied.connect(self._on_scale_applied)
        appearance.interface_applied.connect(self._on_interface_applied)

    def _on_scale_applied(self, scale: int) -> None:
        self.label.setText(f"{scale}%")
        self.label.setAccessibleName(translate("MainWindow", "Text size: {0}%").format(scale))
        self.label.setAccessibleDescription(
            translate("MainWindow", "The current size of the article text, from 50% to 400%")
        )
        self.zoom_in.setEnabled(scale < SCALE_STEPS[-1])
        self.zoom_out.setEnabled(scale > SCALE_STEPS[0])

    def _on_interface_applied(self, font: QFont, percent: int) -> None:
        # Room for the widest value, so the toolbar never squeezes it as it changes.
        self.label.setMinimumWidth(QFontMetrics(font).horizontalAdvance("400%") + 16)
        # Large interface text: the text-size toolbar on a row of its own, not hidden.
        window: QMainWindow = self.parent()  # type: ignore[assignment]
        if (percent >= 175) != window.toolBarBreak(self.bar):
            if percent >= 175:
                window.insertToolBarBreak(self.bar)
            else:
                window.removeToolBarBreak(self.bar)
        # The A-/A+ signs are bigger than the words. A style sheet, not setFont: the
        # application style sheet's polish replaces a widget's own font when shown.
        size = font.pointSizeF() * 1.3
        for button in self.buttons:
            button.setStyleSheet(f"font-weight: bold; font-size: {size:.1f}pt;")
