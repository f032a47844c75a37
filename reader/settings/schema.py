"""Every setting is declared once: key, type, default, allowed values, why it exists.

The store validates against this, the preferences dialog is built from it, and a
corrupt or hand-edited value falls back to the default instead of reaching the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Fixed text-size steps (percent). Fixed steps make "A+" predictable for a low-vision reader
# and let the kiosk administrator say "never below 150%".
SCALE_STEPS: tuple[int, ...] = (
    50,
    67,
    75,
    80,
    90,
    100,
    110,
    125,
    150,
    175,
    200,
    250,
    300,
    350,
    400,
)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1
    visible: bool = True  # shown in the preferences dialog (not window state)

    def validate(self, value: Any) -> Any:
        """Return ``value`` if valid, else raise ValueError saying why."""
        if self.type is int and isinstance(value, bool):
            raise ValueError(f"{self.key}: expected a number, got {value!r}")
        if not isinstance(value, self.type):
            raise ValueError(f"{self.key}: expected {self.type.__name__}, got {value!r}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.key}: {value!r} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.key}: {value!r} is above {self.maximum}")
        return value


SCHEMA: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "view/scale",
            int,
            100,
            "Text size of the article, in percent of the normal size.",
            choices=SCALE_STEPS,
        ),
        Setting(
            "view/interface_scale",
            int,
            100,
            "Text size of menus, buttons, the library list and dialogs, in percent; the "
            "article has its own size.",
            choices=(100, 125, 150, 175, 200, 250, 300),
        ),
        Setting(
            "view/theme",
            str,
            "auto",
            "Colours: follow the desktop (auto), light, dark, sepia, or high contrast "
            "(light text on black).",
            choices=("auto", "light", "dark", "sepia", "high-contrast"),
        ),
        Setting(
            "text/font",
            str,
            "",
            "Font of the article text; empty for the bundled Be Vietnam Pro, which has every "
            "Vietnamese letter.",
        ),
        Setting(
            "text/line_height",
            int,
            150,
            "Space between lines, in percent of the font size (WCAG 1.4.12 asks up to 150%).",
            minimum=100,
            maximum=200,
            step=10,
        ),
        Setting(
            "text/paragraph_spacing",
            int,
            100,
            "Space after a paragraph, in percent of the font size (WCAG 1.4.12: up to 200%).",
            minimum=0,
            maximum=200,
            step=25,
        ),
        Setting(
            "text/letter_spacing",
            int,
            0,
            "Extra space between letters, in hundredths of the font size (up to 0.12 em).",
            minimum=0,
            maximum=12,
            step=2,
        ),
        Setting(
            "text/word_spacing",
            int,
            0,
            "Extra space between words, in hundredths of the font size (up to 0.16 em).",
            minimum=0,
            maximum=16,
            step=4,
        ),
        Setting(
            "text/max_line_chars",
            int,
            0,
            "Longest line, in characters; 0 for the full width of the window.",
            choices=(0, 40, 50, 60, 70, 80, 90, 100, 120),
        ),
        Setting(
            "speech/rate",
            int,
            170,
            "Speed of reading aloud, in words per minute.",
            minimum=80,
            maximum=450,
            step=10,
        ),
        Setting(
            "speech/volume",
            int,
            100,
            "Loudness of reading aloud, in percent.",
            minimum=10,
            maximum=100,
            step=10,
        ),
        Setting(
            "speech/figures",
            str,
            "caption",
            "What is read for an image: its caption, its description, both, or nothing.",
            choices=("caption", "alt", "both", "skip"),
        ),
        Setting(
            "speech/highlight",
            str,
            "sentence-word",
            "How the text being read aloud is marked: a band on the sentence and a second "
            "colour on its word, the sentence only, the word only, the sentence underlined, "
            "or nothing (the article still scrolls along).",
            choices=("sentence-word", "sentence", "word", "underline", "none"),
        ),
        Setting(
            "speech/voice_vi",
            str,
            "",
            "Voice for Vietnamese articles (an engine voice id); empty to choose automatically.",
        ),
        Setting(
            "speech/voice_en",
            str,
            "",
            "Voice for English articles (an engine voice id); empty to choose automatically.",
        ),
        Setting(
            "ui/language",
            str,
            "auto",
            "Language of menus and messages: follow the system, Vietnamese or English.",
            choices=("auto", "vi", "en"),
        ),
        Setting(
            "library/last_article",
            str,
            "",
            "The article that was open last, reopened at the next start.",
            visible=False,
        ),
        Setting(
            "window/geometry",
            str,
            "",
            "Where the window was and how big (Qt's saved geometry, base64).",
            visible=False,
        ),
        Setting(
            "window/splitter",
            str,
            "",
            "Width of the library list beside the article (Qt's saved state, base64).",
            visible=False,
        ),
    )
}
