"""Preferences (Ctrl+,): one control per declared setting, applied as soon as it changes.

The controls are made from the declared settings (reader.settings.keys); this module only adds
the words a person reads (translated labels and help) and picks a control for each kind of value.
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

from reader.settings import SCHEMA, Setting, keys
from reader.speech.backend import Voice, choose_voice
from reader.ui.fonts import missing_letters
from reader.ui.messages import voice_name
from reader.ui.qt_settings import QtSettings
from reader.ui.questions import ask_yes_no
from reader.ui.speech_controller import SpeechController
from reader.ui.theme_qt import theme_names

VOICE_KEYS: dict[Setting[str], str] = {keys.VOICE_VI: "vi", keys.VOICE_EN: "en"}  # -> language
PERCENT_SPINS = {keys.LINE_HEIGHT, keys.PARAGRAPH_SPACING, keys.SPEECH_VOLUME}  # shown with "%"


def page_of(setting: Setting[Any]) -> str:
    """The preferences page a setting is shown on."""
    return setting.section if setting.section in {"text", "speech"} else "display"


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
        self.controls: dict[Setting[Any], QWidget] = {}
        self.try_buttons: dict[Setting[str], QPushButton] = {}
        self._updating = False
        # Built in this order, which is also the Tab order: pages, their controls, buttons.
        self.tabs, self.pages = self._build_pages()
        self._add_controls()
        from reader.ui.library_folders_page import LibraryFoldersPage

        self.library_page = LibraryFoldersPage(settings, self.tabs)
        self.library_page.setAccessibleName(self.tr("Library"))
        index = self.tabs.addTab(self.library_page, self.tr("Li&brary"))
        self.tabs.setTabToolTip(index, self.tr("Folders of articles listed together"))
        buttons = self._build_buttons()
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

    def _build_pages(self) -> tuple[QTabWidget, dict[str, QFormLayout]]:
        """Three pages, so that each page's labels can have a mnemonic of their own in both
        languages, and the dialog fits the screen at the largest interface size."""
        tabs = QTabWidget(self)
        tabs.setObjectName("preferenceTabs")
        tabs.setAccessibleName(self.tr("Preference pages"))
        pages: dict[str, QFormLayout] = {}
        for page, title, description in (
            ("display", self.tr("&Display"), self.tr("Sizes, colours and language")),
            ("text", self.tr("Te&xt"), self.tr("Font and spacing of the article text")),
            ("speech", self.tr("Spee&ch"), self.tr("Reading aloud")),
        ):
            widget = QWidget(tabs)
            widget.setObjectName(f"{page}Page")
            widget.setAccessibleName(title.replace("&", ""))
            widget.setAccessibleDescription(description)
            form = QFormLayout(widget)
            # At large interface sizes a control goes under its label rather than off screen.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            pages[page] = form
            index = tabs.addTab(widget, title)
            tabs.setTabToolTip(index, description)
        return tabs, pages

    def _add_controls(self) -> None:
        """A labelled control per declared, visible setting, on its page; the font warning."""
        words = self._words()
        for setting in SCHEMA.values():
            if not setting.visible or setting not in words:
                continue
            label_text, help_text = words[setting]
            control = self._control(setting)
            control.setObjectName(setting.key)
            control.setAccessibleName(label_text.replace("&", ""))
            control.setAccessibleDescription(help_text)
            control.setToolTip(help_text)
            label = QLabel(label_text, self)
            label.setBuddy(control)
            if setting in VOICE_KEYS:
                row = QHBoxLayout()
                row.addWidget(control, 1)
                button = self._try_button(setting, label_text)
                row.addWidget(button)
                self.pages[page_of(setting)].addRow(label, row)
            else:
                self.pages[page_of(setting)].addRow(label, control)
            self.controls[setting] = control
        self.font_warning = QLabel(self)
        self.font_warning.setObjectName("fontWarning")
        self.font_warning.setWordWrap(True)
        self.pages["text"].addRow("", self.font_warning)

    def _try_button(self, setting: Setting[str], label_text: str) -> QPushButton:
        """Says a sample sentence in the language with the voice shown beside it (the
        speech worker speaks it: the dialog never waits)."""
        button = QPushButton(self.tr("Try"), self)
        button.setObjectName(f"{setting.key}/try")
        language = label_text.replace("&", "")
        button.setAccessibleName(self.tr("Try: {0}").format(language))
        button.setAccessibleDescription(self.tr("Speaks a sample sentence with this voice"))
        button.setToolTip(button.accessibleDescription())
        button.setAutoDefault(False)
        button.setDefault(False)
        button.setEnabled(self.speech is not None)
        button.clicked.connect(lambda _=False, k=setting: self.try_voice(k))
        button.installEventFilter(self)  # Enter on it tries, as Space does
        self.try_buttons[setting] = button
        return button

    def try_voice(self, setting: Setting[str]) -> None:
        combo = self.controls.get(setting)
        if self.speech is not None and isinstance(combo, QComboBox):
            self.speech.try_voice(VOICE_KEYS[setting], combo.currentData() or "")

    def _build_buttons(self) -> QHBoxLayout:
        """Reset (asks first) on the left, Close on the right; Close is the one default."""
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
        return buttons

    def _words(self) -> dict[Setting[Any], tuple[str, str]]:
        return {
            keys.SCALE: (self.tr("Text &size"), self.tr("Size of the article text")),
            keys.INTERFACE_SCALE: (
                self.tr("&Interface size"),
                self.tr("Size of menus, buttons, the library list and dialogs"),
            ),
            keys.THEME: (self.tr("Colour &theme"), self.tr("Colours of the whole window")),
            keys.FONT: (
                self.tr("&Font"),
                self.tr("Font of the article text; Be Vietnam Pro has every Vietnamese letter"),
            ),
            keys.LINE_HEIGHT: (
                self.tr("&Line height"),
                self.tr("Space between lines, in percent of the font size"),
            ),
            keys.PARAGRAPH_SPACING: (
                self.tr("&Paragraph spacing"),
                self.tr("Space after each paragraph, in percent of the font size"),
            ),
            keys.LETTER_SPACING: (
                self.tr("L&etter spacing"),
                self.tr("Extra space between letters, in hundredths of the font size"),
            ),
            keys.WORD_SPACING: (
                self.tr("&Word spacing"),
                self.tr("Extra space between words, in hundredths of the font size"),
            ),
            keys.MAX_LINE_CHARS: (
                self.tr("Longest li&ne (characters)"),
                self.tr("Shorter lines are easier to follow; 0 uses the whole width"),
            ),
            keys.SPEECH_RATE: (
                self.tr("Reading &speed"),
                self.tr("Words per minute when reading aloud"),
            ),
            keys.SPEECH_VOLUME: (self.tr("Reading vol&ume"), self.tr("Loudness of reading aloud")),
            keys.SPEECH_FIGURES: (
                self.tr("Images read &aloud"),
                self.tr("What is read aloud for each image"),
            ),
            keys.SPEECH_HIGHLIGHT: (
                self.tr("&Highlight while reading"),
                self.tr("How the sentence and the word being read aloud are marked"),
            ),
            keys.VOICE_VI: (
                self.tr("Voice for &Vietnamese"),
                self.tr("The voice that reads Vietnamese articles"),
            ),
            keys.VOICE_EN: (
                self.tr("Voice for &English"),
                self.tr("The voice that reads English articles"),
            ),
            keys.LANGUAGE: (
                self.tr("Interface lan&guage"),
                self.tr("Language of menus and messages; takes effect at the next start"),
            ),
        }

    def _choice_text(self, key: Setting[Any], value: Any) -> str:
        names = {(keys.THEME, name): text for name, text in theme_names().items()} | {
            (keys.LANGUAGE, "auto"): self.tr("Follow the system"),
            (keys.LANGUAGE, "vi"): "Tiếng Việt",
            (keys.LANGUAGE, "en"): "English",
            (keys.MAX_LINE_CHARS, 0): self.tr("Whole width"),
            (keys.SPEECH_FIGURES, "caption"): self.tr("The caption"),
            (keys.SPEECH_FIGURES, "alt"): self.tr("The image description"),
            (keys.SPEECH_FIGURES, "both"): self.tr("Caption and description"),
            (keys.SPEECH_FIGURES, "skip"): self.tr("Nothing"),
            (keys.SPEECH_HIGHLIGHT, "sentence-word"): self.tr("Sentence and word in colour"),
            (keys.SPEECH_HIGHLIGHT, "sentence"): self.tr("Sentence in colour"),
            (keys.SPEECH_HIGHLIGHT, "word"): self.tr("Word in colour"),
            (keys.SPEECH_HIGHLIGHT, "underline"): self.tr("Sentence underlined, word in colour"),
            (keys.SPEECH_HIGHLIGHT, "none"): self.tr("No highlight"),
        }
        if (key, value) in names:
            return names[(key, value)]
        return f"{value}%" if key in (keys.SCALE, keys.INTERFACE_SCALE) else str(value)

    def _control(self, setting: Setting[Any]) -> QWidget:
        if setting in VOICE_KEYS:
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(
                lambda i, k=setting, c=combo: (
                    self._changed(k, c.itemData(i)) if c.itemData(i) is not None else None
                )
            )
            return combo
        if setting is keys.FONT:
            box = QFontComboBox(self)
            box.currentFontChanged.connect(self._font_chosen)
            return box
        if setting.choices is not None:
            combo = QComboBox(self)
            for value in setting.choices:
                combo.addItem(self._choice_text(setting, value), value)
            combo.currentIndexChanged.connect(
                lambda i, k=setting, c=combo: self._changed(k, c.itemData(i))
            )
            return combo
        spin = QSpinBox(self)
        spin.setRange(setting.minimum or 0, setting.maximum or 100)
        spin.setSingleStep(setting.step)
        spin.setSuffix("%" if setting in PERCENT_SPINS else "")
        spin.valueChanged.connect(lambda v, k=setting: self._changed(k, v))
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
                automatic = self.tr("Automatic ({0})").format(self._voice_label(chosen, False))
            own = [v for v in voices if any(x.split("-")[0] == lang for x in v.languages)]
            others = [v for v in voices if v not in own]
            self._updating = True
            try:
                combo.clear()
                combo.addItem(automatic, "")
                for v in sorted(own, key=lambda v: (not v.neural, v.priority, v.name)):
                    combo.addItem(self._voice_label(v), v.id)
                if own and others:
                    combo.insertSeparator(combo.count())
                for v in sorted(others, key=lambda v: (not v.neural, v.name.casefold())):
                    combo.addItem(self._voice_label(v), v.id)
            finally:
                self._updating = False
            help_text = combo.toolTip().split("\n")[0]
            if reason:
                combo.setEnabled(False)
                if key in self.try_buttons:
                    self.try_buttons[key].setEnabled(False)
                combo.setToolTip(help_text + "\n" + reason)
            self._show_value(key, self.settings.get(key))

    def _voice_label(self, voice: Voice, languages: bool = True) -> str:
        """"Joe (medium), natural voice (en-us)"; espeak-ng's as "Vietnamese (vi)"."""
        name = voice_name(voice.name)
        if voice.neural:
            name = self.tr("{0}, natural voice").format(name)
        return f"{name} ({', '.join(voice.languages)})" if languages else name

    def _on_speech_unavailable(self, _reason: str) -> None:
        self._fill_voices()

    def _changed(self, key: Setting[Any], value: Any) -> None:
        if not self._updating:
            self.settings.set(key, value)

    def _font_chosen(self, font: QFont) -> None:
        family = font.family()
        self._changed(keys.FONT, "" if family == self.bundled_family else family)

    def _show_value(self, key: Setting[Any], value: Any) -> None:
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
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if watched is self.reset_button:
                self.ask_reset()
                return True
            for setting, button in self.try_buttons.items():
                if watched is button:
                    self.try_voice(setting)
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
            self.settings.reset(key)
