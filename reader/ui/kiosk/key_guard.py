"""Keys that close or leave a window do nothing in the kiosk.

Qt binds none of them by itself in a main window, and the kiosk binds none either; this
filter makes sure no widget (the article view, a list) and no shortcut acts on them, as
a second line behind the window refusing to close. Escape is left alone: the kiosk gives
it no meaning, and an on-screen pad may use it to cancel. Keys the window system keeps
(Ctrl+Alt+Backspace, console switching) never reach the app.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

Mod = Qt.KeyboardModifier
_MODS = Mod.ShiftModifier | Mod.ControlModifier | Mod.AltModifier | Mod.MetaModifier

BLOCKED: frozenset[tuple[Qt.Key, Qt.KeyboardModifier]] = frozenset(
    {
        (Qt.Key.Key_F4, Mod.AltModifier),  # close the window
        (Qt.Key.Key_Q, Mod.ControlModifier),  # quit
        (Qt.Key.Key_W, Mod.ControlModifier),  # close
        (Qt.Key.Key_F4, Mod.ControlModifier),  # close (some desktops)
        (Qt.Key.Key_F11, Mod.NoModifier),  # leave full screen
        (Qt.Key.Key_Tab, Mod.AltModifier),  # other windows, as far as the app sees it
        (Qt.Key.Key_Backtab, Mod.AltModifier | Mod.ShiftModifier),
        (Qt.Key.Key_Menu, Mod.NoModifier),  # the article's menu (copy, select all...)
        (Qt.Key.Key_F10, Mod.ShiftModifier),
    }
)


def blocked(event: QKeyEvent) -> bool:
    mods = event.modifiers() & _MODS
    return (Qt.Key(event.key()), mods) in BLOCKED


class KeyGuard(QObject):
    """Installed on the application; acts only on keys for widgets of ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.parent():
            return False
        assert isinstance(event, QKeyEvent)
        if not blocked(event):
            return False
        event.accept()  # a ShortcutOverride accepted: no shortcut acts on it
        return True
