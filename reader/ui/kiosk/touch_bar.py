"""Large labelled buttons for a finger: an icon above words, at least 44x44 px, 8 px apart.

Each button shows a QAction (reader.ui.actions), so what it does, whether it is on, and its
tips come from one place. The icon is the sign at the start of the action's icon text
("▶ Read": ▶), drawn in the button's text colour, so it follows every theme; the words are
the rest (or the action's text when the icon text is only a sign, as "A+").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QToolButton, QWidget

from reader.ui.toolbar_keys import ArrowKeys

MIN_SIDE = 64  # px at 100 %: above WCAG 2.5.5's 44 px, for unsteady fingers
SPACING = 8  # px between buttons (WCAG 2.5.8 spacing, and no mis-taps)
ICON = 30  # px
LABEL_FACTOR = 1.2  # the words under the icon, over the interface font


def split_sign(icon_text: str) -> tuple[str, str]:
    """ "▶ Read" -> ("▶", "Read"); "A+" -> ("A+", ""); "Home" -> ("", "Home").

    A sign is a first word of at most three characters that is not all letters."""
    first, _, rest = icon_text.strip().partition(" ")
    if first and len(first) <= 3 and not first.isalpha():
        return first, rest.strip()
    return "", icon_text.strip()


def glyph_icon(sign: str, palette: QPalette, font: QFont, side: int = ICON) -> QIcon:
    """The sign drawn in the palette's button text colour (greyed when disabled)."""
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        pixmap = QPixmap(side * 2, side * 2)  # drawn at twice the size: sharp when scaled
        pixmap.setDevicePixelRatio(2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        glyph = QFont(font)
        glyph.setPixelSize(int(side * 0.8))
        glyph.setBold(True)
        painter.setFont(glyph)
        painter.setPen(palette.color(group, QPalette.ColorRole.ButtonText))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, sign)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


class TouchButton(QToolButton):
    """One action as a big button with its sign as the icon and its words below."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        self.setObjectName(action.objectName() + "Button")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(ICON, ICON))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * LABEL_FACTOR)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sign = ""
        self._icons: dict[tuple[str, int, str], QIcon] = {}  # drawn, by sign, colours, font
        action.changed.connect(self.sync)  # after QToolButton copied the action's texts
        self.sync()

    def sync(self) -> None:
        action = self.defaultAction()
        if action is None:
            return
        sign, words = split_sign(action.iconText())
        words = words or action.text().replace("&", "")
        self.sign = sign
        if self.text() != words:
            self.setText(words)
        # Each sign drawn once per colours and font: an action changes (enabled, Read <->
        # Pause) many times a visit, and every new icon's pixmaps would be cached anew.
        key = (sign, self.palette().cacheKey(), self.font().key())
        if key not in self._icons:
            if len(self._icons) > 16:  # themes and sizes come and go: keep the recent ones
                self._icons.clear()
            self._icons[key] = glyph_icon(sign, self.palette(), self.font()) if sign else QIcon()
        if self.icon().cacheKey() != self._icons[key].cacheKey():
            self.setIcon(self._icons[key])
        self.setAccessibleName(words)
        self.setAccessibleDescription(action.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.sync()  # the icon in the new theme's colours


class TouchBar(QWidget):
    """A row (or column) of touch buttons; Tab reaches each, the arrow keys move along."""

    def __init__(
        self,
        actions: Sequence[QAction],
        name: str,
        parent: QWidget | None = None,
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        Direction = QBoxLayout.Direction
        layout = QBoxLayout(Direction.TopToBottom if vertical else Direction.LeftToRight, self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        self.buttons = [TouchButton(action, self) for action in actions]
        for button in self.buttons:
            if vertical:  # a column beside the article: as wide as its words, no wider
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)
        if vertical:
            layout.addStretch(1)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        ArrowKeys(list(self.buttons), self)

    def button(self, action: QAction) -> TouchButton:
        return next(b for b in self.buttons if b.defaultAction() is action)
