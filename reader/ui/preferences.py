"""Preferences (Ctrl+,): one control per declared setting, applied as soon as it changes.

The controls are made from reader.settings.SCHEMA; this module only adds the words a person
reads (translated labels and help) and picks a control for each kind of value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.settings import SCHEMA, Setting
from reader.speech.backend import choose_voice
from reader.ui.fonts import missing_letters
from reader.ui.messages import voice_name
from reader.ui.qt_settings import QtSettings
from reader.ui.questions import ask_yes_no
from reader.ui.speech_controller import SpeechController
from reader.ui.theme_qt import theme_names

VOICE_KEYS = {"speech/voice_vi": "vi", "speech/voice_en": "en"}  # setting -> language


def page_of(key: str) -> str:
    """The preferences page a setting is shown on."""
    section = key.split("/")[0]
    return section if section in {"text", "speech"} else "display"


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: QtSettings,
        bundled_family: str | None,
        parent: QWidget | None = None,
        speech: SpeechController | None = None,
    ) -> None:
        super().__init__(parent)
        self.speech = speech  # asked for the engine's voices
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.bundled_family = bundled_family or ""
        self.controls: dict[str, QWidget] = {}
        self._updating = False
        words = self._words()
        # Three pages, so that each page's labels can have a mnemonic of their own in
        # both languages, and the dialog fits the screen at the largest interface size.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferenceTabs")
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.pages: dict[str, QFormLayout] = {}
        for page, title, description in (
            ("display", self.tr("&Display"), self.tr("Sizes, colours and language")),
            ("text", self.tr("Te&xt"), self.tr("Font and spacing of the article text")),
            ("speech", self.tr("Spee&ch"), self.tr("Reading aloud")),
        ):
            widget = QWidget(self.tabs)
            widget.setObjectName(f"{page}Page")
            widget.setAccessibleName(title.replace("&", ""))
            widget.setAccessibleDescription(description)
            form = QFormLayout(widget)
            # At large interface sizes a control goes under its label rather than off screen.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            self.pages[page] = form
            index = self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(index, description)
        for key, setting in SCHEMA.items():
            if not setting.visible or key not in words:
                continue
            label_text, help_text = words[key]
            control = self._control(setting)
            control.setObjectName(key)
            control.setAccessibleName(label_text.replace("&", ""))
            control.setAccessibleDescription(help_text)
            control.setToolTip(help_text)
            label = QLabel(label_text, self)
            label.setBuddy(control)
            self.pages[page_of(key)].addRow(label, control)
            self.controls[key] = control
        self.font_warning = QLabel(self)
        self.font_warning.setObjectName("fontWarning")
        self.font_warning.setWordWrap(True)
        self.pages["text"].addRow("", self.font_warning)
        # Plain buttons in a row, not a QDialogButtonBox: with a style sheet applied, Tab
        # from the last control skipped the box's first button (Qt 6.11), so Reset could
        # be reached only backwards.
        self.reset_button = QPushButton(self.tr("&Reset to defaults"), self)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.setAccessibleDescription(
            self.tr("Every setting back to its default (asks first)")
        )
        self.reset_button.clicked.connect(self.ask_reset)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        # Settings apply as they change, so Enter may only close the dialog. A push button
        # in a dialog is "auto default" unless told otherwise: the first one (Reset) took
        # every Enter pressed in a combo or spin box and reset every setting.
        for button in (self.reset_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.close_button.setDefault(True)
        # Not a default, but a focused button still answers Enter as well as Space.
        self.reset_button.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        settings.changed.connect(self._show_value)
        if speech is not None:
            # Bound methods, not lambdas: Qt drops these connections with the dialog. A
            # lambda outlived it and filled deleted combo boxes (RuntimeError) whenever
            # speech failed after Preferences had been closed.
            speech.voices_changed.connect(self._fill_voices)
            speech.unavailable.connect(self._on_speech_unavailable)
        self._fill_voices()
        for key in self.controls:
            self._show_value(key, settings.get(key))

    def _words(self) -> dict[str, tuple[str, str]]:
        return {
            "view/scale": (self.tr("Text &size"), self.tr("Size of the article text")),
            "view/interface_scale": (
                self.tr("&Interface size"),
                self.tr("Size of menus, buttons, the library list and dialogs"),
            ),
            "view/theme": (self.tr("Colour &theme"), self.tr("Colours of the whole window")),
            "text/font": (
                self.tr("&Font"),
                self.tr("Font of the article text; Be Vietnam Pro has every Vietnamese letter"),
            ),
            "text/line_height": (
                self.tr("&Line height"),
                self.tr("Space between lines, in percent of the font size"),
            ),
            "text/paragraph_spacing": (
                self.tr("&Paragraph spacing"),
                self.tr("Space after each paragraph, in percent of the font size"),
            ),
            "text/letter_spacing": (
                self.tr("L&etter spacing"),
                self.tr("Extra space between letters, in hundredths of the font size"),
            ),
            "text/word_spacing": (
                self.tr("&Word spacing"),
                self.tr("Extra space between words, in hundredths of the font size"),
            ),
            "text/max_line_chars": (
                self.tr("Longest li&ne (characters)"),
                self.tr("Shorter lines are easier to follow; 0 uses the whole width"),
            ),
            "speech/rate": (
                self.tr("Reading &speed"),
                self.tr("Words per minute when reading aloud"),
            ),
            "speech/volume": (self.tr("Reading vol&ume"), self.tr("Loudness of reading aloud")),
            "speech/figures": (
                self.tr("Images read &aloud"),
                self.tr("What is read aloud for each image"),
            ),
            "speech/highlight": (
                self.tr("&Highlight while reading"),
                self.tr("How the sentence and the word being read aloud are marked"),
            ),
            "speech/voice_vi": (
                self.tr("Voice for &Vietnamese"),
                self.tr("The voice that reads Vietnamese articles"),
            ),
            "speech/voice_en": (
                self.tr("Voice for &English"),
                self.tr("The voice that reads English articles"),
            ),
            "ui/language": (
                self.tr("Interface lan&guage"),
                self.tr("Language of menus and messages; takes effect at the next start"),
            ),
        }

    def _choice_text(self, key: str, value: Any) -> str:
        names = {("view/theme", key): name for key, name in theme_names().items()} | {
            ("ui/language", "auto"): self.tr("Follow the system"),
            ("ui/language", "vi"): "Tiếng Việt",
            ("ui/language", "en"): "English",
            ("text/max_line_chars", 0): self.tr("Whole width"),
            ("speech/figures", "caption"): self.tr("The caption"),
            ("speech/figures", "alt"): self.tr("The image description"),
            ("speech/figures", "both"): self.tr("Caption and description"),
            ("speech/figures", "skip"): self.tr("Nothing"),
            ("speech/highlight", "sentence-word"): self.tr("Sentence and word in colour"),
            ("speech/highlight", "sentence"): self.tr("Sentence in colour"),
            ("speech/highlight", "word"): self.tr("Word in colour"),
            ("speech/highlight", "underline"): self.tr("Sentence underlined, word in colour"),
            ("speech/highlight", "none"): self.tr("No highlight"),
        }
        if (key, value) in names:
            return names[(key, value)]
        return f"{value}%" if key in ("view/scale", "view/interface_scale") else str(value)

    def _control(self, setting: Setting) -> QWidget:
        key = setting.key
        if key in VOICE_KEYS:
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(
                lambda i, k=key, c=combo: (
                    self._changed(k, c.itemData(i)) if c.itemData(i) is not None else None
                )
            )
            return combo
        if key == "text/font":
            box = QFontComboBox(self)
            box.currentFontChanged.connect(self._font_chosen)
            return box
        if setting.choices is not None:
            combo = QComboBox(self)
            for value in setting.choices:
                combo.addItem(self._choice_text(key, value), value)
            combo.currentIndexChanged.connect(
                lambda i, k=key, c=combo: self._changed(k, c.itemData(i))
            )
            return combo
        spin = QSpinBox(self)
        spin.setRange(setting.minimum or 0, setting.maximum or 100)
        spin.setSingleStep(setting.step)
        spin.setSuffix(
            "%" if key in {"text/line_height", "text/paragraph_spacing", "speech/volume"} else ""
        )
        spin.valueChanged.connect(lambda v, k=key: self._changed(k, v))
        return spin

    def _fill_voices(self) -> None:
        """List the engine's voices, those of the language first; "Automatic" on top."""
        speech = self.speech
        voices = speech.voices() if speech is not None else ()
        reason = speech.reason if speech is not None and speech.state == "unavailable" else None
        for key, lang in VOICE_KEYS.items():
            combo = self.controls.get(key)
            if not isinstance(combo, QComboBox):
                continue
            chosen = choose_voice(voices, lang)
            automatic = self.tr("Automatic")
            if chosen is not None:
                automatic = self.tr("Automatic ({0})").format(voice_name(chosen.name))
            own = [v for v in voices if any(x.split("-")[0] == lang for x in v.languages)]
            others = [v for v in voices if v not in own]
            self._updating = True
            try:
                combo.clear()
                combo.addItem(automatic, "")
                for v in sorted(own, key=lambda v: (v.priority, v.name)):
                    combo.addItem(f"{voice_name(v.name)} ({', '.join(v.languages)})", v.id)
                if own and others:
                    combo.insertSeparator(combo.count())
                for v in sorted(others, key=lambda v: v.name.casefold()):
                    combo.addItem(f"{voice_name(v.name)} ({', '.join(v.languages)})", v.id)
            finally:
                self._updating = False
            help_text = combo.toolTip().split("\n")[0]
            if reason:
                combo.setEnabled(False)
                combo.setToolTip(help_text + "\n" + reason)
            self._show_value(key, self.settings.get(key))

    def _on_speech_unavailable(self, _reason: str) -> None:
        self._fill_voices()

    def _changed(self, key: str, value: Any) -> None:
        if not self._updating:
            self.settings.set(key, value)

    def _font_chosen(self, font: QFont) -> None:
        family = font.family()
        self._changed("text/font", "" if family == self.bundled_family else family)

    def _show_value(self, key: str, value: Any) -> None:
        control = self.controls.get(key)
        if control is None:
            return
        self._updating = True
        try:
            if isinstance(control, QFontComboBox):
                control.setCurrentFont(QFont(value or self.bundled_family))
                missing = missing_letters(QFont(value or self.bundled_family))
                self.font_warning.setText(
                    self.tr(
                        "This font has no {0}…: Vietnamese text will show boxes. "
                        "Be Vietnam Pro has every letter."
                    ).format(missing[:8])
                    if missing
                    else ""
                )
            elif isinstance(control, QComboBox):
                if control.findData(value) < 0 and key in VOICE_KEYS:  # engine not up yet
                    control.addItem(self.tr("{0} (not available now)").format(value), value)
                control.setCurrentIndex(control.findData(value))
            elif isinstance(control, QSpinBox):
                control.setValue(int(value))
        finally:
            self._updating = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reset_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.ask_reset()
            return True
        return super().eventFilter(watched, event)

    def ask_reset(self) -> None:
        """Reset only after a Yes; Enter and Escape answer No."""
        if ask_yes_no(
            self,
            "confirmReset",
            self.tr("Reset to defaults"),
            self.tr(
                "Put every setting back to its default? Text size, interface size, colours, "
                "font, spacing, speech and language are all reset."
            ),
        ):
            self.reset_to_defaults()

    def reset_to_defaults(self) -> None:
        for key in self.controls:
            self.settings.store.reset(key)
