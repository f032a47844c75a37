"""How the reader looks: text size, interface size, colour theme and reading font.

Everything comes from the settings (never read back from a widget). The controller styles the
article view and the library list it is given; a shell updates its own controls (size label,
A+/A- buttons, theme menu) from the signals, so a kiosk layout reuses it as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QListView, QStyle

from reader.rendering.html import Labels, RenderOptions
from reader.rendering.themes import THEME_ORDER, resolve_theme
from reader.settings import SCALE_STEPS, Setting, keys
from reader.ui.article_view import ArticleView
from reader.ui.fonts import missing_letters, reading_font
from reader.ui.qt_settings import QtSettings
from reader.ui.theme_qt import apply_theme, desktop_preferences, theme_names

translate = QCoreApplication.translate


class AppearanceController(QObject):
    scale_applied = Signal(int)  # the article text size (percent), now in the view
    interface_applied = Signal(QFont, int)  # the application font and its percent
    theme_applied = Signal(str)  # the chosen theme key ("auto", "dark", ...)
    message = Signal(str, int)  # a passing status message and its time-out (ms)

    def __init__(
        self,
        settings: QtSettings,
        view: ArticleView,
        list_view: QListView | None,
        reading_family: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.view = view
        self.list_view = list_view
        self.reading_family = reading_family
        self.ui_base_font = QFont(QApplication.font())  # before the interface size applies
        settings.changed.connect(self._on_setting_changed)

    def theme_actions(self, parent: QObject) -> tuple[QActionGroup, dict[str, QAction]]:
        """One checkable action a theme, for a menu; the applied theme's stays checked."""
        group = QActionGroup(parent)
        by_key: dict[str, QAction] = {}
        for key, text in theme_names().items():
            action = QAction(text, group)
            action.setObjectName(f"theme-{key}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: self.settings.set(keys.THEME, k))
            by_key[key] = action
        self.theme_applied.connect(lambda key: by_key[key].setChecked(True))
        return group, by_key

    def apply_all(self) -> None:
        self._apply_theme()
        self._apply_interface_scale()
        self._apply_text_style()

    # --- text size ----------------------------------------------------------------------

    @property
    def scale(self) -> int:
        return int(self.settings.get(keys.SCALE))

    def zoom_in(self) -> None:
        bigger = [s for s in SCALE_STEPS if s > self.scale]
        if bigger:
            self.settings.set(keys.SCALE, bigger[0])

    def zoom_out(self) -> None:
        smaller = [s for s in SCALE_STEPS if s < self.scale]
        if smaller:
            self.settings.set(keys.SCALE, smaller[-1])

    def zoom_reset(self) -> None:
        self.settings.set(keys.SCALE, 100)

    def _warn_about_missing_letters(self) -> None:
        missing = missing_letters(self.reading_font(100))
        if missing:
            text = translate(
                "MainWindow",
                "The font {0} has no {1} and more Vietnamese letters: text may show "
                "boxes. Be Vietnam Pro has them all.",
            )
            self.message.emit(text.format(self.reading_font(100).family(), missing[:8]), 15000)

    # --- theme --------------------------------------------------------------------------

    def next_theme(self) -> None:
        current = self.theme.name
        order = list(THEME_ORDER)
        self.settings.set(keys.THEME, order[(order.index(current) + 1) % len(order)])

    def _apply_theme(self) -> None:
        choice = self.settings.get(keys.THEME)
        dark, high_contrast = desktop_preferences()
        self.theme = resolve_theme(choice, desktop_dark=dark, desktop_high_contrast=high_contrast)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme)
            # The new style sheet's polish gives the list the application's font again.
            self._apply_list_font()
        self.theme_applied.emit(choice)
        # Words inside an article follow its language (reader.rendering.words), not these.
        labels = Labels(problem_heading=translate("MainWindow", "This article cannot be shown"))
        self.view.set_render_options(RenderOptions(colors=self.theme.article, labels=labels))
        self.view.set_speech_colors(self.theme.speech)

    def _on_setting_changed(self, key: Setting[Any], value: object) -> None:
        if key is keys.THEME:
            self._apply_theme()
            self.message.emit(translate("MainWindow", "Colour theme: {0}").format(
                theme_names()[str(value)]), 3000)  # fmt: skip
        if key.section == "text":
            self._apply_text_style()
            self._warn_about_missing_letters()
        if key is keys.INTERFACE_SCALE:
            self._apply_interface_scale()
        if key is keys.SCALE:
            self._apply_scale(int(value))  # type: ignore[call-overload]
            self.message.emit(translate("MainWindow", "Text size {0}%").format(value), 3000)

    # --- fonts --------------------------------------------------------------------------

    def _apply_text_style(self) -> None:
        """Font and spacing from the settings (family, spacings, longest line)."""
        get = self.settings.get
        self.view.set_text_spacing(
            get(keys.LINE_HEIGHT), get(keys.PARAGRAPH_SPACING), get(keys.MAX_LINE_CHARS)
        )
        self._apply_scale(self.scale)

    def reading_font(self, scale: int) -> QFont:
        get = self.settings.get
        return reading_font(
            get(keys.FONT) or self.reading_family,
            scale,
            get(keys.LETTER_SPACING),
            get(keys.WORD_SPACING),
        )

    def _apply_scale(self, scale: int) -> None:
        self.view.set_reading_font(self.reading_font(scale))
        # The library grows with the text too, up to double, so it stays beside the article.
        self._apply_list_font()
        self.scale_applied.emit(scale)

    def _apply_list_font(self) -> None:
        """The library grows with the article text up to double, or with the interface."""
        if self.list_view is None:
            return
        percent = max(min(self.scale, 200), self.settings.get(keys.INTERFACE_SCALE))
        list_font = QFont(self.ui_base_font)
        list_font.setPointSizeF(self.ui_base_font.pointSizeF() * percent / 100)
        self.list_view.setFont(list_font)
        # A date is one word: the list is never narrower than it (plus the scroll bar).
        scroll = self.list_view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        date_width = QFontMetrics(list_font).horizontalAdvance("00/00/0000")
        self.list_view.setMinimumWidth(date_width + scroll + 32)
        self.list_view.doItemsLayout()  # word-wrapped rows must be measured again

    def _apply_interface_scale(self) -> None:
        """Menus, buttons, labels and dialogs at the chosen size (the app's font)."""
        percent = self.settings.get(keys.INTERFACE_SCALE)
        font = QFont(self.ui_base_font)
        font.setPointSizeF(self.ui_base_font.pointSizeF() * percent / 100)
        QApplication.setFont(font)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.styleSheet():
            app.setStyleSheet(app.styleSheet())  # polished widgets keep their font otherwise
        self.interface_applied.emit(font, percent)
        self._apply_list_font()
