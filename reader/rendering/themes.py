"""Colour themes, and the WCAG contrast arithmetic that keeps them readable.

Every pair a reader has to tell apart is checked by tests/test_themes.py against WCAG 2.2:
text at least 7:1 (1.4.6, AAA), focus rings and control borders at least 3:1 (1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.rendering.html import Colors


@dataclass(frozen=True)
class UiColors:
    """Colours of the window around the article (Qt palette roles, by meaning)."""

    window: str
    window_text: str
    base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    focus: str
    border: str


@dataclass(frozen=True)
class SpeechColors:
    """The band on the sentence being read aloud, and the word inside it."""

    sentence_bg: str
    sentence_text: str
    word_bg: str
    word_text: str


@dataclass(frozen=True)
class Theme:
    name: str
    article: Colors
    ui: UiColors
    dark: bool
    speech: SpeechColors


THEMES: dict[str, Theme] = {
    t.name: t
    for t in (
        Theme(
            "light",
            Colors("#111111", "#ffffff", "#3d3d3d", "#0033a0", "#595959", "#f0f0f0"),
            UiColors(
                "#f3f3f3", "#111111", "#ffffff", "#111111", "#e6e6e6", "#111111",
                "#0b3d91", "#ffffff", "#0b3d91", "#595959",
            ),
            dark=False,
            speech=SpeechColors("#0b3d91", "#ffffff", "#ffd54f", "#111111"),
        ),
        Theme(
            "dark",
            Colors("#f2f2f2", "#121212", "#c8c8c8", "#9cc3ff", "#a0a0a0", "#222222"),
            UiColors(
                "#1e1e1e", "#f2f2f2", "#121212", "#f2f2f2", "#2a2a2a", "#f2f2f2",
                "#9cc3ff", "#000000", "#ffd54f", "#a0a0a0",
            ),
            dark=True,
            speech=SpeechColors("#9cc3ff", "#000000", "#1a1a1a", "#ffd54f"),
        ),
        Theme(
            "sepia",
            Colors("#2b2118", "#f4ecd8", "#45372a", "#1f3f7a", "#6b5843", "#eadfc4"),
            UiColors(
                "#ede3cc", "#2b2118", "#f4ecd8", "#2b2118", "#e3d7bc", "#2b2118",
                "#5b3a1a", "#ffffff", "#5b3a1a", "#6b5843",
            ),
            dark=False,
            speech=SpeechColors("#5b3a1a", "#ffffff", "#ffd54f", "#2b2118"),
        ),
        Theme(
            "high-contrast",
            Colors("#ffffff", "#000000", "#e0e0e0", "#ffff00", "#ffffff", "#000000"),
            UiColors(
                "#000000", "#ffffff", "#000000", "#ffffff", "#000000", "#ffffff",
                "#ffff00", "#000000", "#00ffff", "#ffffff",
            ),
            dark=True,
            speech=SpeechColors("#ffff00", "#000000", "#000000", "#00ffff"),
        ),
    )
}  # fmt: skip
THEME_ORDER: tuple[str, ...] = tuple(THEMES)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb'."""
    h = colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def resolve_theme(choice: str, *, desktop_dark: bool, desktop_high_contrast: bool) -> Theme:
    """'auto' follows the desktop (high contrast first, then dark); otherwise the choice."""
    if choice in THEMES:
        return THEMES[choice]
    if desktop_high_contrast:
        return THEMES["high-contrast"]
    return THEMES["dark" if desktop_dark else "light"]
