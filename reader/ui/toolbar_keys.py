"""Arrow keys inside a toolbar: Left/Right (Home/End) move between its buttons.

Tab visits every button in turn (main_window); inside one toolbar the arrows move too, as
in ARIA toolbars and most desktop toolkits. Keys with a modifier are left alone: Ctrl+Alt+
Left and Right are reading-aloud shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End}


class ArrowKeys(QObject):
    def __init__(self, buttons: list[QWidget], parent: QObject) -> None:
        super().__init__(parent)
        self._buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in _KEYS
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        usable = [b for b in self._buttons if b.isEnabled() and b.isVisible()]
        if watched not in usable:
            return False
        here = usable.index(watched)  # type: ignore[arg-type]
        target = {
            Qt.Key.Key_Left: usable[max(here - 1, 0)],
            Qt.Key.Key_Right: usable[min(here + 1, len(usable) - 1)],
            Qt.Key.Key_Home: usable[0],
            Qt.Key.Key_End: usable[-1],
        }[Qt.Key(event.key())]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True
