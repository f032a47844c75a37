"""Draw the chart images of the bundled sample article about Bắc Kạn's 2023 results.

The figures come from the bulletin of the 14th conference of the provincial Party Executive
Committee (5 December 2023). The charts are drawn with QPainter only (no plotting library), with
the bundled Be Vietnam Pro font so that Vietnamese diacritics render the same everywhere.

Run from the project root::

    QT_QPA_PLATFORM=offscreen python scripts/make_sample_charts.py
"""

from __future__ import annotations

import sys
from itertools import accumulate
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
)

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
OUT_DIR = ROOT / "articles" / "2023-12-05-bac-kan-ket-qua-nam-2023" / "images"

WIDTH, HEIGHT = 1200, 700

INK = QColor("#1a1a1a")
MUTED = QColor("#4a4a4a")
GRID = QColor("#d9d9d9")
BLUE = QColor("#1f5fa8")
ORANGE = QColor("#b85a0d")
GREY = QColor("#b3b3b3")

# (label, % of the 2023 plan)
PLAN_RESULTS: list[tuple[str, float]] = [
    ("GRDP (giá so sánh 2010)", 99.4),
    ("GRDP bình quân đầu người", 102),
    ("Lương thực có hạt / người", 104),
    ("Trồng rừng mới", 128),
    ("Sản lượng khai thác gỗ", 109),
    ("Giá trị sản xuất công nghiệp", 100),
    ("Bán lẻ & doanh thu dịch vụ", 111),
    ("Lượt khách du lịch", 117),
    ("Doanh thu du lịch", 116),
]

# (legend text, number of targets, colour, hatched)
TARGETS: list[tuple[str, int, QColor, bool]] = [
    ("Đạt và vượt kế hoạch", 20, BLUE, False),
    ("Không đạt", 4, ORANGE, False),
    ("Chưa có số liệu để đánh giá", 5, GREY, True),
]

SOURCE = "Nguồn: báo cáo tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 14 (5/12/2023)"

_family = "Be Vietnam Pro"


def load_fonts() -> None:
    """Register the bundled fonts; fail loudly if they cannot be loaded."""
    global _family
    families: list[str] = []
    for name in ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id < 0:
            raise SystemExit(f"cannot load font {FONTS / name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    _family = families[0]


def font(px: int, bold: bool = False) -> QFont:
    f = QFont(_family)
    f.setPixelSize(px)
    f.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def vi_number(value: float) -> str:
    """``99.4`` -> ``"99,4"``, ``102.0`` -> ``"102"`` (Vietnamese decimal comma)."""
    if float(value).is_integer():
        return f"{int(value)}"
    return f"{value:.1f}".replace(".", ",")


def new_canvas() -> tuple[QImage, QPainter]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def draw_text(
    p: QPainter,
    x: float,
    y: float,
    text: str,
    f: QFont,
    color: QColor = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    width: float = 0,
) -> QRectF:
    """Draw one line of text whose top edge is at ``y``; return the rectangle it used."""
    metrics = QFontMetricsF(f)
    w = width or metrics.horizontalAdvance(text)
    if align & Qt.AlignmentFlag.AlignRight:
        rect = QRectF(x - w, y, w, metrics.height())
    elif align & Qt.AlignmentFlag.AlignHCenter:
        rect = QRectF(x - w / 2, y, w, metrics.height())
    else:
        rect = QRectF(x, y, w, metrics.height())
    p.setFont(f)
    p.setPen(color)
    p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)
    return rect


def draw_header(p: QPainter, title: str, subtitle: str) -> None:
    draw_text(p, 40, 26, title, font(34, bold=True))
    draw_text(p, 40, 76, subtitle, font(21), MUTED)


def draw_source(p: QPainter) -> None:
    draw_text(p, 40, HEIGHT - 44, SOURCE, font(17), MUTED)


def check_fits(rect: QRectF, what: str) -> None:
    if rect.left() < 0 or rect.top() < 0 or rect.right() > WIDTH or rect.bottom() > HEIGHT:
        raise SystemExit(f"{what} does not fit in the image: {rect}")


def draw_plan_chart(path: Path) -> None:
    """Horizontal bars: 2023 results as % of plan, with the 100% reference line."""
    image, p = new_canvas()
    draw_header(
        p,
        "Kết quả so với kế hoạch năm 2023 (% KH)",
        "Tỉnh Bắc Kạn, số ước thực hiện cả năm; đường đứt nét là mức 100% kế hoạch",
    )

    label_font = font(21)
    value_font = font(20, bold=True)
    tick_font = font(18)
    label_metrics = QFontMetricsF(label_font)
    label_w = max(label_metrics.horizontalAdvance(name) for name, _ in PLAN_RESULTS)

    left = 40 + label_w + 20
    right = WIDTH - 50
    top, bottom = 160, HEIGHT - 130
    x_max = 150.0
    row_h = (bottom - top) / len(PLAN_RESULTS)
    bar_h = row_h * 0.64

    def x_of(v: float) -> float:
        return left + (right - left) * v / x_max

    # grid and ticks
    for tick in range(0, int(x_max) + 1, 25):
        x = x_of(tick)
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(x, top - 6), QPointF(x, bottom))
        draw_text(p, x, bottom + 8, f"{tick}%", tick_font, MUTED, Qt.AlignmentFlag.AlignHCenter)

    # bars
    for i, (name, value) in enumerate(PLAN_RESULTS):
        y_mid = top + row_h * (i + 0.5)
        draw_text(
            p,
            left - 16,
            y_mid - label_metrics.height() / 2,
            name,
            label_font,
            align=Qt.AlignmentFlag.AlignRight,
        )
        colour = BLUE if value >= 100 else ORANGE
        p.fillRect(QRectF(left, y_mid - bar_h / 2, x_of(value) - left, bar_h), colour)

    # 100% reference line, drawn over the bars
    x100 = x_of(100)
    pen = QPen(INK, 2.5, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(QPointF(x100, top - 14), QPointF(x100, bottom))
    draw_text(
        p,
        x100,
        top - 44,
        "Kế hoạch = 100%",
        font(18, bold=True),
        align=Qt.AlignmentFlag.AlignHCenter,
    )

    # value labels, on a white background so they stay readable over the reference line
    value_metrics = QFontMetricsF(value_font)
    for i, (_, value) in enumerate(PLAN_RESULTS):
        y_mid = top + row_h * (i + 0.5)
        text = f"{vi_number(value)}%"
        rect = QRectF(
            x_of(value) + 8,
            y_mid - value_metrics.height() / 2,
            value_metrics.horizontalAdvance(text) + 8,
            value_metrics.height(),
        )
        p.fillRect(rect, QColor("white"))
        draw_text(p, rect.left() + 4, rect.top(), text, value_font)
        check_fits(rect, f"value label {text}")

    # axis
    p.setPen(QPen(INK, 2))
    p.drawLine(QPointF(left, top - 6), QPointF(left, bottom))

    # legend
    legend_font = font(18)
    y = HEIGHT - 82
    x = 40.0
    for colour, text in ((BLUE, "Đạt hoặc vượt kế hoạch"), (ORANGE, "Chưa đạt kế hoạch")):
        p.fillRect(QRectF(x, y + 3, 22, 22), colour)
        r = draw_text(p, x + 32, y, text, legend_font)
        x = r.right() + 36
    draw_source(p)

    p.end()
    save(image, path)


def draw_targets_chart(path: Path) -> None:
    """One stacked bar: how many of the 29 targets of 2023 were met."""
    image, p = new_canvas()
    total = sum(n for _, n, _, _ in TARGETS)
    draw_header(
        p,
        "Chỉ tiêu năm 2023",
        f"Dự kiến kết quả thực hiện {total} chỉ tiêu của tỉnh Bắc Kạn",
    )

    left, right = 40.0, WIDTH - 40.0
    top, bar_h = 160.0, 170.0
    scale = (right - left) / total
    number_font = font(44, bold=True)

    x = left
    for _, n, colour, hatched in TARGETS:
        rect = QRectF(x, top, n * scale, bar_h)
        p.fillRect(rect, colour)
        if hatched:
            p.fillRect(rect, QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern))
        if x > left:  # white separator between segments
            p.setPen(QPen(QColor("white"), 4))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
        label_colour = INK if hatched else QColor("white")
        metrics = QFontMetricsF(number_font)
        label = str(n)
        box = QRectF(0, 0, metrics.horizontalAdvance(label) + 20, metrics.height() + 4)
        box.moveCenter(rect.center())
        if hatched:  # keep the number readable on the hatch
            p.fillRect(box, GREY)
        draw_text(
            p,
            box.center().x(),
            box.top() + 2,
            label,
            number_font,
            label_colour,
            width=box.width(),
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        x += n * scale

    # scale under the bar: 0 and the running totals
    tick_font = font(18)
    for value in [0, *accumulate(n for _, n, _, _ in TARGETS)]:
        tx = left + value * scale
        p.setPen(QPen(INK, 2))
        p.drawLine(QPointF(tx, top + bar_h), QPointF(tx, top + bar_h + 10))
        align = Qt.AlignmentFlag.AlignHCenter
        if value == 0:
            align = Qt.AlignmentFlag.AlignLeft
        elif value == total:
            align = Qt.AlignmentFlag.AlignRight
        draw_text(p, tx, top + bar_h + 14, str(value), tick_font, MUTED, align)

    # legend with counts and shares
    legend_font = font(26)
    legend_bold = font(26, bold=True)
    y = top + bar_h + 90
    for text, n, colour, hatched in TARGETS:
        swatch = QRectF(left, y + 4, 34, 34)
        p.fillRect(swatch, colour)
        if hatched:
            p.fillRect(swatch, QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern))
        r = draw_text(p, left + 50, y, f"{n} chỉ tiêu", legend_bold)
        share = vi_number(round(100 * n / total, 1))
        r = draw_text(p, r.right() + 10, y, f"– {text} ({share}%)", legend_font)
        check_fits(r, f"legend {text}")
        y += 64
    draw_source(p)

    p.end()
    save(image, path)


def save(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"cannot write {path}")
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 (keeps Qt alive)
    load_fonts()
    draw_plan_chart(OUT_DIR / "ket-qua-so-voi-ke-hoach-2023.png")
    draw_targets_chart(OUT_DIR / "chi-tieu-nam-2023.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
