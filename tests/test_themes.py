"""Every theme is readable by the numbers (WCAG 2.2 contrast), not by eye."""

from __future__ import annotations

import pytest

from reader.rendering.themes import THEMES, Theme, contrast_ratio, resolve_theme

TEXT = 7.0  # 1.4.6 Contrast (Enhanced)
NON_TEXT = 3.0  # 1.4.11 Non-text Contrast


def text_pairs(t: Theme) -> dict[str, tuple[str, str]]:
    a, u = t.article, t.ui
    return {
        "article text": (a.text, a.background),
        "article secondary text": (a.muted, a.background),
        "links": (a.link, a.background),
        "text in a figure placeholder": (a.text, a.placeholder_bg),
        "secondary text in a placeholder": (a.muted, a.placeholder_bg),
        "window text": (u.window_text, u.window),
        "list and field text": (u.text, u.base),
        "button text": (u.button_text, u.button),
        "selected text": (u.highlighted_text, u.highlight),
        "sentence being read aloud": (t.speech.sentence_text, t.speech.sentence_bg),
        "word being read aloud": (t.speech.word_text, t.speech.word_bg),
    }


def non_text_pairs(t: Theme) -> dict[str, tuple[str, str]]:
    a, u = t.article, t.ui
    return {
        "figure frame": (a.frame, a.background),
        "focus ring on the window": (u.focus, u.window),
        "focus ring on the article": (u.focus, a.background),
        "focus ring on lists": (u.focus, u.base),
        "control borders": (u.border, u.window),
        "selection against the list": (u.highlight, u.base),
        "spoken sentence band against the page": (t.speech.sentence_bg, a.background),
        "spoken word against its sentence band": (t.speech.word_bg, t.speech.sentence_bg),
    }


@pytest.mark.parametrize("name", sorted(THEMES))
def test_text_reaches_seven_to_one(name: str) -> None:
    low = {
        what: round(contrast_ratio(fg, bg), 2)
        for what, (fg, bg) in text_pairs(THEMES[name]).items()
        if contrast_ratio(fg, bg) < TEXT
    }
    assert not low, f"{name}: below {TEXT}:1: {low}"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_focus_and_borders_reach_three_to_one(name: str) -> None:
    low = {
        what: round(contrast_ratio(fg, bg), 2)
        for what, (fg, bg) in non_text_pairs(THEMES[name]).items()
        if contrast_ratio(fg, bg) < NON_TEXT
    }
    assert not low, f"{name}: below {NON_TEXT}:1: {low}"


def test_contrast_arithmetic_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)  # the AAA grey


def test_high_contrast_is_light_text_on_black() -> None:
    hc = THEMES["high-contrast"]
    assert hc.article.background == "#000000" and contrast_ratio(hc.article.text, "#000000") >= 18


@pytest.mark.parametrize(
    ("choice", "dark", "hc", "expected"),
    [
        ("auto", False, False, "light"),
        ("auto", True, False, "dark"),
        ("auto", True, True, "high-contrast"),
        ("auto", False, True, "high-contrast"),
        ("sepia", True, True, "sepia"),
    ],
)
def test_auto_follows_the_desktop(choice: str, dark: bool, hc: bool, expected: str) -> None:
    assert resolve_theme(choice, desktop_dark=dark, desktop_high_contrast=hc).name == expected
