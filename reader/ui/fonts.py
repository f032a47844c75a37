"""The bundled reading font: Be Vietnam Pro covers every Vietnamese letter and tone mark."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from reader.ui.paths import RESOURCES_DIR

READING_FAMILY = "Be Vietnam Pro"
# Size of article text at 100%, in points; fixed steps scale it (see settings.SCALE_STEPS).
BASE_POINT_SIZE = 13.0


def load_bundled_fonts() -> str | None:
    """Register the bundled fonts; returns the reading family, or None if none loaded."""
    family = None
    for path in sorted((RESOURCES_DIR / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id != -1 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    return family


def reading_font(family: str | None, scale_percent: int) -> QFont:
    font = QFont(family or READING_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BASE_POINT_SIZE * scale_percent / 100)
    return font
