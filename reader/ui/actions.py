"""Every window command declared once, as data; menus, toolbars and the F1 list come from it.

A row names its command by a dotted path on the object that runs it (the window, or a
controller it holds), so another shell (the kiosk) can build its own set from other rows
and another target. Texts are marked with ``QT_TRANSLATE_NOOP`` in the "MainWindow" context
(lupdate finds them there) and translated when the actions are built.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from reader.settings import keys
from reader.ui.toolbar_keys import ArrowKeys

CONTEXT = "MainWindow"
Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str  # the window attribute is act_<id>
    name: str  # objectName (tests and AT-SPI find it by this)
    text: str  # the menu text, with its & accelerator
    description: str  # status tip, tool tip, What's This and the F1 list
    shortcuts: tuple[str | Key, ...]  # repeats (platform keys) are dropped
    command: str  # dotted path on the target, e.g. "speech.stop"
    args: tuple[object, ...] = ()
    icon_text: str = ""  # toolbar text, when it differs from the menu text
    # "speech": needs a speech engine (off while there is none); "speech_level": a setting
    group: str = ""
    checkable: bool = False  # an on/off choice: the command gets the new state


# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("zoom_in", "zoomIn", QT_TRANSLATE_NOOP("MainWindow", "&Larger text"),
               QT_TRANSLATE_NOOP("MainWindow", "Larger text"),
               (Key.ZoomIn, "Ctrl+=", "Ctrl++"), "appearance.zoom_in",
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "A+")),
    ActionSpec("zoom_out", "zoomOut", QT_TRANSLATE_NOOP("MainWindow", "&Smaller text"),
               QT_TRANSLATE_NOOP("MainWindow", "Smaller text"),
               (Key.ZoomOut, "Ctrl+-"), "appearance.zoom_out",
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "A−")),
    ActionSpec("zoom_reset", "zoomReset", QT_TRANSLATE_NOOP("MainWindow", "Normal size"),
               QT_TRANSLATE_NOOP("MainWindow", "Normal text size (100%)"),
               ("Ctrl+0",), "appearance.zoom_reset"),
    ActionSpec("open", "openFile", QT_TRANSLATE_NOOP("MainWindow", "&Open article…"),
               QT_TRANSLATE_NOOP("MainWindow", "Open an article file"),
               (Key.Open,), "library_controller.open_file_dialog"),
    ActionSpec("open_folder", "openFolder", QT_TRANSLATE_NOOP("MainWindow", "Open &folder…"),
               QT_TRANSLATE_NOOP("MainWindow", "Open a folder of articles"),
               ("Ctrl+Shift+O",), "library_controller.open_folder_dialog"),
    ActionSpec("preferences", "preferences", QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
               QT_TRANSLATE_NOOP("MainWindow", "Text size, colours, font, spacing, reading aloud and language"),
               (Key.Preferences, "Ctrl+,"), "show_preferences"),
    ActionSpec("import", "importFiles", QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
               QT_TRANSLATE_NOOP("MainWindow", "Import portal pages or scrapes into the library"),
               ("Ctrl+I",), "importing.import_dialog"),
    ActionSpec("import_folder", "importFolder", QT_TRANSLATE_NOOP("MainWindow", "Import a fol&der…"),
               QT_TRANSLATE_NOOP("MainWindow", "Import every page or scrape in a folder into the library"),
               ("Ctrl+Shift+I",), "importing.import_folder_dialog"),
    ActionSpec("reload", "reload", QT_TRANSLATE_NOOP("MainWindow", "&Reload library"),
               QT_TRANSLATE_NOOP("MainWindow", "Read the article folder again"),
               ("Ctrl+R",), "library_controller.reload_library"),
    ActionSpec("quit", "quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
               QT_TRANSLATE_NOOP("MainWindow", "Close Bulletin Reader"),
               (Key.Quit, "Ctrl+Q"), "close"),
    ActionSpec("find", "find", QT_TRANSLATE_NOOP("MainWindow", "Sea&rch the library"),
               QT_TRANSLATE_NOOP("MainWindow", "Type words to find articles (marks optional)"),
               (Key.Find, "Ctrl+F", "Ctrl+K"), "search.focus_field"),
    ActionSpec("focus_library", "focusLibrary", QT_TRANSLATE_NOOP("MainWindow", "Go to l&ibrary"),
               QT_TRANSLATE_NOOP("MainWindow", "Move to the list of articles"),
               ("Ctrl+L",), "list_view.setFocus"),
    ActionSpec("focus_article", "focusArticle", QT_TRANSLATE_NOOP("MainWindow", "Go to &article"),
               QT_TRANSLATE_NOOP("MainWindow", "Move to the article text"),
               ("Ctrl+J",), "view.setFocus"),
    ActionSpec("cycle", "cycleFocus", QT_TRANSLATE_NOOP("MainWindow", "Next pane"),
               QT_TRANSLATE_NOOP("MainWindow", "Move between the library, the article and the speech bar"),
               ("F6",), "cycle_focus"),
    ActionSpec("next_theme", "nextTheme", QT_TRANSLATE_NOOP("MainWindow", "Next &colour theme"),
               QT_TRANSLATE_NOOP("MainWindow", "Switch to the next colour theme: light, dark, sepia, high contrast"),
               ("Ctrl+Shift+T",), "appearance.next_theme"),
    ActionSpec("shortcuts", "shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
               QT_TRANSLATE_NOOP("MainWindow", "List every keyboard shortcut"),
               (Key.HelpContents, "F1"), "show_shortcuts"),
    ActionSpec("speak", "speakPlayPause", QT_TRANSLATE_NOOP("MainWindow", "&Read aloud / pause"),
               QT_TRANSLATE_NOOP("MainWindow", "Read the article aloud, or pause"),
               ("F5", "Ctrl+Space"), "speech.play_pause",
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "▶ Read"), group="speech"),
    ActionSpec("speak_stop", "speakStop", QT_TRANSLATE_NOOP("MainWindow", "S&top reading"),
               QT_TRANSLATE_NOOP("MainWindow", "Stop reading aloud"),
               ("Shift+F5",), "speech.stop",
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "■ Stop"), group="speech"),
    ActionSpec("speak_here", "speakFromHere", QT_TRANSLATE_NOOP("MainWindow", "Read from the &caret"),
               QT_TRANSLATE_NOOP("MainWindow", "Read aloud from the sentence at the caret"),
               ("Ctrl+F5",), "speech_view.read_from_caret", group="speech"),
    ActionSpec("speak_selection", "speakSelection", QT_TRANSLATE_NOOP("MainWindow", "Read the se&lection"),
               QT_TRANSLATE_NOOP("MainWindow", "Read aloud only the selected text"),
               ("Ctrl+Shift+F5",), "speech_view.read_selection", group="speech"),
    ActionSpec("speak_prev", "speakPrevious", QT_TRANSLATE_NOOP("MainWindow", "Previous sentence"),
               QT_TRANSLATE_NOOP("MainWindow", "Read the previous sentence"),
               ("Ctrl+Alt+Left",), "speech.move", (-1,),
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "« Previous"), group="speech"),
    ActionSpec("speak_next", "speakNext", QT_TRANSLATE_NOOP("MainWindow", "Next sentence"),
               QT_TRANSLATE_NOOP("MainWindow", "Read the next sentence"),
               ("Ctrl+Alt+Right",), "speech.move", (1,),
               icon_text=QT_TRANSLATE_NOOP("MainWindow", "Next »"), group="speech"),
    ActionSpec("speak_prev_block", "speakPreviousBlock", QT_TRANSLATE_NOOP("MainWindow", "Previous paragraph"),
               QT_TRANSLATE_NOOP("MainWindow", "Read from the previous paragraph"),
               ("Ctrl+Alt+Up",), "speech.move_block", (False,), group="speech"),
    ActionSpec("speak_next_block", "speakNextBlock", QT_TRANSLATE_NOOP("MainWindow", "Next paragraph"),
               QT_TRANSLATE_NOOP("MainWindow", "Read from the next paragraph"),
               ("Ctrl+Alt+Down",), "speech.move_block", (True,), group="speech"),
    # Speed and loudness work without an engine too: they are settings.
    ActionSpec("speak_faster", "speakFaster", QT_TRANSLATE_NOOP("MainWindow", "&Faster"),
               QT_TRANSLATE_NOOP("MainWindow", "Read aloud faster"),
               ("Ctrl+]",), "speech.step", (keys.SPEECH_RATE, 1), group="speech_level"),
    ActionSpec("speak_slower", "speakSlower", QT_TRANSLATE_NOOP("MainWindow", "Slo&wer"),
               QT_TRANSLATE_NOOP("MainWindow", "Read aloud more slowly"),
               ("Ctrl+[",), "speech.step", (keys.SPEECH_RATE, -1), group="speech_level"),
    ActionSpec("speak_louder", "speakLouder", QT_TRANSLATE_NOOP("MainWindow", "Lou&der"),
               QT_TRANSLATE_NOOP("MainWindow", "Read aloud more loudly"),
               ("Ctrl+Alt+PgUp",), "speech.step", (keys.SPEECH_VOLUME, 1), group="speech_level"),
    ActionSpec("speak_quieter", "speakQuieter", QT_TRANSLATE_NOOP("MainWindow", "&Quieter"),
               QT_TRANSLATE_NOOP("MainWindow", "Read aloud more quietly"),
               ("Ctrl+Alt+PgDown",), "speech.step", (keys.SPEECH_VOLUME, -1), group="speech_level"),
    ActionSpec("speak_retry", "speakRetry", QT_TRANSLATE_NOOP("MainWindow", "Try &again"),
               QT_TRANSLATE_NOOP("MainWindow", "Start the speech engine again and read aloud"),
               (), "retry_speech"),
    ActionSpec("add_bookmark", "addBookmark", QT_TRANSLATE_NOOP("MainWindow", "&Add bookmark…"),
               QT_TRANSLATE_NOOP("MainWindow", "Bookmark the sentence at the caret, with an optional note"),
               ("Ctrl+B", "Ctrl+D"), "reading.add_bookmark"),
    ActionSpec("bookmarks", "showBookmarks", QT_TRANSLATE_NOOP("MainWindow", "&Bookmarks…"),
               QT_TRANSLATE_NOOP("MainWindow", "List the bookmarks; Enter opens the article at the sentence"),
               ("Ctrl+Shift+B",), "reading.show_bookmarks"),
    ActionSpec("mark_unread", "markUnread", QT_TRANSLATE_NOOP("MainWindow", "Mark as &unread"),
               QT_TRANSLATE_NOOP("MainWindow", "Mark the open article as not read yet"),
               ("Ctrl+Shift+U",), "reading.mark_unread"),
    ActionSpec("unread_only", "unreadOnly", QT_TRANSLATE_NOOP("MainWindow", "U&nread only"),
               QT_TRANSLATE_NOOP("MainWindow", "List only the articles not read yet"),
               ("Ctrl+U",), "reading.set_unread_only", checkable=True),
    ActionSpec("about", "about", QT_TRANSLATE_NOOP("MainWindow", "&About Bulletin Reader"),
               QT_TRANSLATE_NOOP("MainWindow", "Version and licences"),
               (), "show_about"),
)
# fmt: on


@dataclass(frozen=True)
class MenuSpec:
    """A menu: action ids, "-" for a separator, "menu:<id>" for a submenu, "themes" for the
    colour-theme choices."""

    id: str
    title: str
    # Qt gives menu items no AT-SPI description (QAccessibleMenuItem answers only the name
    # and the shortcut); the open menu itself can say what it holds.
    description: str
    items: tuple[str, ...]
    submenu: bool = False  # shown inside another menu, not on the menu bar


# fmt: off
MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File"),
             QT_TRANSLATE_NOOP("MainWindow", "Open, reload and import articles; preferences; quit"),
             ("open", "open_folder", "reload", "-", "import", "import_folder", "-",
              "preferences", "-", "quit")),
    MenuSpec("view", QT_TRANSLATE_NOOP("MainWindow", "&View"),
             QT_TRANSLATE_NOOP("MainWindow", "Text size, colours and moving between parts of the window"),
             ("zoom_in", "zoom_out", "zoom_reset", "menu:theme", "-",
              "find", "focus_library", "focus_article", "cycle")),
    MenuSpec("theme", QT_TRANSLATE_NOOP("MainWindow", "Colour &theme"),
             QT_TRANSLATE_NOOP("MainWindow", "Colours of the whole window"),
             ("themes", "-", "next_theme"), submenu=True),
    MenuSpec("speech", QT_TRANSLATE_NOOP("MainWindow", "&Speech"),
             QT_TRANSLATE_NOOP("MainWindow", "Read the article aloud and move while reading"),
             ("speak", "speak_stop", "speak_here", "speak_selection", "speak_prev", "speak_next",
              "speak_prev_block", "speak_next_block", "-", "speak_faster", "speak_slower",
              "speak_louder", "speak_quieter", "-", "speak_retry")),
    MenuSpec("bookmarks", QT_TRANSLATE_NOOP("MainWindow", "&Bookmarks"),
             QT_TRANSLATE_NOOP("MainWindow", "Bookmarks, and which articles are read"),
             ("add_bookmark", "bookmarks", "-", "mark_unread", "unread_only")),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"),
             QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts and the version"),
             ("shortcuts", "about")),
)
# fmt: on


@dataclass(frozen=True)
class ToolbarSpec:
    """A toolbar: action ids, "widget:<name>" for a widget the shell supplies."""

    name: str  # objectName
    title: str  # also its accessible name
    description: str
    items: tuple[str, ...]


# fmt: off
TOOLBARS: tuple[ToolbarSpec, ...] = (
    # Signs the reading font has (it has no ⏮ ⏭), with words: buttons must say what they do.
    ToolbarSpec("speechToolbar", QT_TRANSLATE_NOOP("MainWindow", "Speech"),
                QT_TRANSLATE_NOOP("MainWindow", "Read the article aloud"),
                ("speak_prev", "speak", "speak_stop", "speak_next")),
    # The toolbar shows the short signs; menus and screen readers get the words.
    ToolbarSpec("textSizeToolbar", QT_TRANSLATE_NOOP("MainWindow", "Text size"),
                QT_TRANSLATE_NOOP("MainWindow", "Make the article text larger or smaller"),
                ("zoom_out", "widget:scale", "zoom_in", "zoom_reset")),
)
# fmt: on


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def resolve(target: object, command: str) -> Callable[..., object]:
    return functools.reduce(getattr, command.split("."), target)  # type: ignore[arg-type]


def build_action(spec: ActionSpec, parent: QObject, target: object) -> QAction:
    """One QAction from its row: keys without repeats, the same tips everywhere."""
    action = QAction(parent)
    action.setObjectName(spec.name)
    keys: list[QKeySequence] = []
    for s in spec.shortcuts:  # platforms map standard keys differently: drop repeats
        seq = QKeySequence(s)
        if not seq.isEmpty() and seq not in keys:
            keys.append(seq)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    translate_action(spec, action)
    slot = resolve(target, spec.command)
    if spec.checkable:
        action.setCheckable(True)
        action.toggled.connect(lambda on, f=slot: f(on))
        return action
    # triggered(checked) must not land in a command's first parameter (it made Ctrl+R call
    # reload_library(reopen=False)): a command gets its declared args and nothing else.
    action.triggered.connect(lambda _=False, f=slot, a=spec.args: f(*a))
    return action


def translate_action(spec: ActionSpec, action: QAction) -> None:
    """The action's texts and tips in the interface language (again after a language
    change: a shell that switches language while running calls it for each row)."""
    description = translated(spec.description)
    action.setText(translated(spec.text))
    keys = action.shortcuts()
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{description} ({shown})" if shown else description)
    action.setStatusTip(description)
    action.setWhatsThis(description)
    if spec.icon_text:
        action.setIconText(translated(spec.icon_text))


def build_actions(
    specs: Iterable[ActionSpec], parent: QObject, target: object
) -> dict[str, QAction]:
    """Every action of a shell, by id, in the table's order (the F1 list's order)."""
    return {spec.id: build_action(spec, parent, target) for spec in specs}


def in_group(specs: Sequence[ActionSpec], actions: dict[str, QAction], group: str) -> list[QAction]:
    return [actions[s.id] for s in specs if s.group == group and s.id in actions]


def build_menus(
    bar: QMenuBar, specs: Sequence[MenuSpec], actions: dict[str, QAction], themes: list[QAction]
) -> dict[str, QMenu]:
    """The menu bar from its rows; returns every menu by id."""
    by_id = {spec.id: spec for spec in specs}
    menus: dict[str, QMenu] = {}

    def fill(spec: MenuSpec, popup: QMenu) -> None:
        menus[spec.id] = popup
        popup.setAccessibleName(popup.title().replace("&", ""))
        popup.setAccessibleDescription(translated(spec.description))
        for item in spec.items:
            if item == "-":
                popup.addSeparator()
            elif item == "themes":
                popup.addActions(themes)
            elif item.startswith("menu:"):
                sub = by_id[item.removeprefix("menu:")]
                fill(sub, popup.addMenu(translated(sub.title)))
            else:
                popup.addAction(actions[item])

    for spec in specs:
        if not spec.submenu:
            fill(spec, bar.addMenu(translated(spec.title)))
    return menus


def build_toolbar(
    window: QMainWindow,
    spec: ToolbarSpec,
    actions: dict[str, QAction],
    widgets: dict[str, QWidget],
    tab_to: Callable[[QWidget], None],
) -> tuple[QToolBar, list[QWidget]]:
    """A toolbar from its row; its buttons are reached by Tab (``tab_to``) and the arrows."""
    title = translated(spec.title)
    bar = window.addToolBar(title)
    bar.setObjectName(spec.name)
    bar.setMovable(False)
    bar.setAccessibleName(title)
    bar.setAccessibleDescription(translated(spec.description))
    buttons: list[QWidget] = []
    for item in spec.items:
        if item.startswith("widget:"):
            bar.addWidget(widgets[item.removeprefix("widget:")])
            continue
        action = actions[item]
        bar.addAction(action)
        button = bar.widgetForAction(action)
        button.setObjectName(action.objectName() + "Button")
        button.setAccessibleName(action.statusTip())
        button.setAccessibleDescription(action.toolTip())
        tab_to(button)
        buttons.append(button)
    ArrowKeys(buttons, bar)
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None:  # shown when the window is too narrow for the toolbar
        extension.setAccessibleName(QCoreApplication.translate("MainWindow", "More controls"))
        extension.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Shows the controls that do not fit")
        )
    return bar, buttons
