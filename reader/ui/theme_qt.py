"""Applying a theme to Qt: the application palette, focus rings, and what the desktop asks for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.rendering.themes import THEMES, Theme

# A focus ring of 3 px (WCAG 2.4.13 asks for at least 2 px) in the theme's focus colour.
# Border + margin add up to 3 px in both states: Qt does not re-lay a widget out when only
# its focus changes, so a ring wider than the unfocused frame would be cut to 1 px.
_FOCUS_QSS = """
QListView, QTextBrowser {{ border: 1px solid {border}; margin: 2px; }}
QListView:focus, QTextBrowser:focus {{ border: 3px solid {focus}; margin: 0px; }}
QToolButton {{ border: 1px solid transparent; margin: 2px; padding: 4px 8px;
               color: {button_text}; }}
QToolButton:hover {{ border: 1px solid {border}; }}
QToolButton:focus {{ border: 3px solid {focus}; margin: 0px; }}
QToolButton:disabled {{ color: {disabled}; }}
QTabBar::tab {{ padding: 4px 10px; margin-right: 2px; border: 1px solid {border};
               color: {window_text}; background: {window}; }}
QTabBar::tab:selected {{ color: {highlighted_text}; background: {highlight}; }}
"""


def desktop_preferences() -> tuple[bool, bool]:
    """(dark, high contrast) as the desktop reports them to Qt; (False, False) if unknown."""
    from PySide6.QtCore import Qt  # its ~90 enums are made when first touched (first_paint)

    hints = QGuiApplication.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    high_contrast = False
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is not None:
        high_contrast = accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    return dark, high_contrast


def apply_theme(app: QApplication, theme: Theme) -> None:
    from reader.ui import focus_ring

    apply_colours(app, theme)
    focus_ring.install(app).set_colour(theme.ui.focus)  # every other control's ring


def apply_colours(app: QApplication, theme: Theme) -> None:
    """The palette and style sheet: all a first paint needs (reader.ui.first_paint)."""
    u = theme.ui
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: u.window,
        QPalette.ColorRole.WindowText: u.window_text,
        QPalette.ColorRole.Base: u.base,
        QPalette.ColorRole.AlternateBase: u.window,
        QPalette.ColorRole.Text: u.text,
        QPalette.ColorRole.Button: u.button,
        QPalette.ColorRole.ButtonText: u.button_text,
        QPalette.ColorRole.Highlight: u.highlight,
        QPalette.ColorRole.HighlightedText: u.highlighted_text,
        QPalette.ColorRole.ToolTipBase: u.base,
        QPalette.ColorRole.ToolTipText: u.text,
        QPalette.ColorRole.PlaceholderText: theme.article.muted,
        QPalette.ColorRole.Link: theme.article.link,
        QPalette.ColorRole.BrightText: u.highlighted_text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(u.border)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    app.setStyleSheet(
        _FOCUS_QSS.format(
            focus=u.focus,
            border=u.border,
            button_text=u.button_text,
            disabled=u.border,
            window_text=u.window_text,
            window=u.window,
            highlight=u.highlight,
            highlighted_text=u.highlighted_text,
        )
    )


def apply_colours_named(name: str) -> None:
    """The colours of the theme ``name`` (a key of THEMES) on the running application."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_colours(app, THEMES[name])


def theme_names() -> dict[str, str]:
    """The theme choices as a person reads them, in the interface language."""
    translate = QCoreApplication.translate
    return {
        "auto": translate("Themes", "Follow the desktop"),
        "light": translate("Themes", "Light"),
        "dark": translate("Themes", "Dark"),
        "sepia": translate("Themes", "Sepia"),
        "high-contrast": translate("Themes", "High contrast (light on black)"),
    }
