"""The kiosk's commands as data: a few rows of the desktop table and the kiosk's own.

Commands are dotted paths on the KioskWindow (see reader.ui.actions). Nothing here leads
out of the app: no open, import, preferences, menus or quit. The icon text starts with a
sign, which the touch bar draws as the button's icon, and the words under it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from reader.ui.actions import ACTIONS, ActionSpec

# From the desktop table: the same words, keys and controller commands.
SHARED = ("zoom_out", "zoom_in", "speak", "speak_stop", "speak_retry")

# fmt: off
OWN: tuple[ActionSpec, ...] = (
    ActionSpec("home", "kioskHome", QT_TRANSLATE_NOOP("MainWindow", "Home"),
               QT_TRANSLATE_NOOP("MainWindow", "Back to the list of bulletins"),
               ("Alt+Home",), "show_home",
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "⌂ Home")),
    ActionSpec("previous_article", "kioskPreviousArticle",
               QT_TRANSLATE_NOOP("MainWindow", "Previous article"),
               QT_TRANSLATE_NOOP("MainWindow", "Open the bulletin before this one in the list"),
               ("Alt+Left",), "open_neighbour", (-1,),
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "← Previous article")),
    ActionSpec("next_article", "kioskNextArticle",
               QT_TRANSLATE_NOOP("MainWindow", "Next article"),
               QT_TRANSLATE_NOOP("MainWindow", "Open the bulletin after this one in the list"),
               ("Alt+Right",), "open_neighbour", (1,),
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "→ Next article")),
    ActionSpec("high_contrast", "kioskHighContrast",
               QT_TRANSLATE_NOOP("MainWindow", "High contrast"),
               QT_TRANSLATE_NOOP("MainWindow", "Light text on black, on or off"),
               ("Ctrl+Shift+T",), "toggle_high_contrast",
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "◐ High contrast")),
    # Its words are the other language's own name (set by the window), never translated.
    ActionSpec("language", "kioskLanguage",
               QT_TRANSLATE_NOOP("MainWindow", "Language of the screen"),
               QT_TRANSLATE_NOOP("MainWindow", "Show the screen in the other language"),
               ("Ctrl+Shift+L",), "switch_language"),
    ActionSpec("scroll_up", "kioskScrollUp", QT_TRANSLATE_NOOP("MainWindow", "Up"),
               QT_TRANSLATE_NOOP("MainWindow", "Show the text above"),
               (), "scroll_page", (-1,),
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "▲ Up")),
    ActionSpec("scroll_down", "kioskScrollDown", QT_TRANSLATE_NOOP("MainWindow", "Down"),
               QT_TRANSLATE_NOOP("MainWindow", "Show the text below"),
               (), "scroll_page", (1,),
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "▼ Down")),
)
# fmt: on

_SHARED_SPECS = {spec.id: spec for spec in ACTIONS if spec.id in SHARED}
KIOSK_ACTIONS: tuple[ActionSpec, ...] = tuple(_SHARED_SPECS[i] for i in SHARED) + OWN

# The touch bar under the article, left to right; the scroll buttons stand beside it.
TOUCH_BAR = (
    "home", "previous_article", "next_article", "zoom_out", "zoom_in",
    "speak", "speak_stop", "high_contrast", "language",
)  # fmt: skip
SCROLL_BUTTONS = ("scroll_up", "scroll_down")
# On the home screen: what a visitor may want before choosing a bulletin.
HOME_BAR = ("zoom_out", "zoom_in", "high_contrast", "language")
