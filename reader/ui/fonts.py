"""The bundled reading font: Be Vietnam Pro covers every Vietnamese letter and tone mark."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from reader.locations import fonts_dir

READING_FAMILY = "Be Vietnam Pro"
# Size of article text at 100%, in points; fixed steps scale it (see settings.SCALE_STEPS).
BASE_POINT_SIZE = 13.0


def load_bundled_fonts() -> str | None:
    """Register the bundled fonts; returns the reading family, or None if none loaded."""
    family = None
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id != -1 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    return family


def reading_font(
    family: str | None, scale_percent: int, letter_spacing: int = 0, word_spacing: int = 0
) -> QFont:
    """The article font; spacings in hundredths of the font size (WCAG 1.4.12 text spacing).

    They are set on the font rather than in the HTML so they follow every text-size step.
    """
    font = QFont(family or READING_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BASE_POINT_SIZE * scale_percent / 100)
    if letter_spacing:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + letter_spacing)
    if word_spacing:
        font.setWordSpacing(QFontInfo(font).pixelSize() * word_spacing / 100)
    return font


VIETNAMESE_LETTERS = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


def missing_letters(font: QFont, text: str = VIETNAMESE_LETTERS) -> str:
    """The letters of ``text`` (and their capitals) that ``font`` has no glyph for."""
    raw = QRawFont.fromFont(font)  # the font itself: QFontMetrics would count fallbacks
    wanted = dict.fromkeys(text + text.upper())
    return "".join(ch for ch in wanted if not raw.supportsCharacter(ord(ch)))
