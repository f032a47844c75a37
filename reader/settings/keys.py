"""Every setting, declared once: ``settings.get(keys.THEME)`` is typed and checked.

Code outside ``reader.settings`` names a setting only through these constants, never by its
string key (a test looks). The string is the name in the user's settings.json: renaming it
loses what people saved, so a new name means a new setting.
"""

from __future__ import annotations

from typing import Any

from reader.settings.schema import SCALE_STEPS, Setting

# --- sizes and colours ------------------------------------------------------------------

SCALE: Setting[int] = Setting(
    "view/scale",
    int,
    100,
    "Text size of the article, in percent of the normal size.",
    choices=SCALE_STEPS,
)

INTERFACE_SCALE: Setting[int] = Setting(
    "view/interface_scale",
    int,
    100,
    "Text size of menus, buttons, the library list and dialogs, in percent; the "
    "article has its own size.",
    choices=(100, 125, 150, 175, 200, 250, 300),
)

THEME: Setting[str] = Setting(
    "view/theme",
    str,
    "auto",
    "Colours: follow the desktop (auto), light, dark, sepia, or high contrast "
    "(light text on black).",
    choices=("auto", "light", "dark", "sepia", "high-contrast"),
)

# --- the article's font and spacing -------------------------------------------------------

FONT: Setting[str] = Setting(
    "text/font",
    str,
    "",
    "Font of the article text; empty for the bundled Be Vietnam Pro, which has every "
    "Vietnamese letter.",
)

LINE_HEIGHT: Setting[int] = Setting(
    "text/line_height",
    int,
    150,
    "Space between lines, in percent of the font size (WCAG 1.4.12 asks up to 150%).",
    minimum=100,
    maximum=200,
    step=10,
)

PARAGRAPH_SPACING: Setting[int] = Setting(
    "text/paragraph_spacing",
    int,
    100,
    "Space after a paragraph, in percent of the font size (WCAG 1.4.12: up to 200%).",
    minimum=0,
    maximum=200,
    step=25,
)

LETTER_SPACING: Setting[int] = Setting(
    "text/letter_spacing",
    int,
    0,
    "Extra space between letters, in hundredths of the font size (up to 0.12 em).",
    minimum=0,
    maximum=12,
    step=2,
)

WORD_SPACING: Setting[int] = Setting(
    "text/word_spacing",
    int,
    0,
    "Extra space between words, in hundredths of the font size (up to 0.16 em).",
    minimum=0,
    maximum=16,
    step=4,
)

MAX_LINE_CHARS: Setting[int] = Setting(
    "text/max_line_chars",
    int,
    0,
    "Longest line, in characters; 0 for the full width of the window.",
    choices=(0, 40, 50, 60, 70, 80, 90, 100, 120),
)

# --- reading aloud ------------------------------------------------------------------------

SPEECH_RATE: Setting[int] = Setting(
    "speech/rate",
    int,
    170,
    "Speed of reading aloud, in words per minute.",
    minimum=80,
    maximum=450,
    step=10,
)

SPEECH_VOLUME: Setting[int] = Setting(
    "speech/volume",
    int,
    100,
    "Loudness of reading aloud, in percent.",
    minimum=10,
    maximum=100,
    step=10,
)

SPEECH_FIGURES: Setting[str] = Setting(
    "speech/figures",
    str,
    "caption",
    "What is read for an image: its caption, its description, both, or nothing.",
    choices=("caption", "alt", "both", "skip"),
)

SPEECH_HIGHLIGHT: Setting[str] = Setting(
    "speech/highlight",
    str,
    "sentence-word",
    "How the text being read aloud is marked: a band on the sentence and a second "
    "colour on its word, the sentence only, the word only, the sentence underlined, "
    "or nothing (the article still scrolls along).",
    choices=("sentence-word", "sentence", "word", "underline", "none"),
)

VOICE_VI: Setting[str] = Setting(
    "speech/voice_vi",
    str,
    "",
    "Voice for Vietnamese articles (an engine voice id); empty to choose automatically.",
)

VOICE_EN: Setting[str] = Setting(
    "speech/voice_en",
    str,
    "",
    "Voice for English articles (an engine voice id); empty to choose automatically.",
)

# --- the interface ------------------------------------------------------------------------

LANGUAGE: Setting[str] = Setting(
    "ui/language",
    str,
    "auto",
    "Language of menus and messages: follow the system, Vietnamese or English.",
    choices=("auto", "vi", "en"),
)

# --- remembered between sessions, not shown in Preferences --------------------------------

LAST_ARTICLE: Setting[str] = Setting(
    "library/last_article",
    str,
    "",
    "The article that was open last, reopened at the next start.",
    visible=False,
)

WINDOW_GEOMETRY: Setting[str] = Setting(
    "window/geometry",
    str,
    "",
    "Where the window was and how big (Qt's saved geometry, base64).",
    visible=False,
)

WINDOW_SPLITTER: Setting[str] = Setting(
    "window/splitter",
    str,
    "",
    "Width of the library list beside the article (Qt's saved state, base64).",
    visible=False,
)


# --- the library ------------------------------------------------------------------------

LIBRARY_FOLDERS: Setting[list] = Setting(  # type: ignore[type-arg]
    "library/folders",
    list,
    [],
    "More folders of articles, listed with the bundled articles and the user's library "
    "(a list of folder paths).",
    visible=False,  # its own page in Preferences (a list, not one control)
)


# Every setting by its key in the file, in the order declared (the preferences dialog's order).
SCHEMA: dict[str, Setting[Any]] = {
    value.key: value for value in list(globals().values()) if isinstance(value, Setting)
}
