"""The first paint of a start: the article the last session closed on, before the rest.

Building the whole window touches some hundred Qt classes and most of our modules, and
PySide6 makes a Python type (and every enum of it) the first time each is touched. A bare
text view showing last session's HTML where the article view was (reader.library.page_cache)
costs a fraction of that, so the window shows it, titled, in its theme, and builds the rest
of itself right after that paint, in the same window. The page stays on top until the real
view shows the article; keys pressed before the window can take them are kept and handed on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QTextOption
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from reader.library import page_cache
from reader.settings import keys

if TYPE_CHECKING:
    from reader.ui.qt_settings import QtSettings

# Everything besides the article file and the window's layout that shapes the paint (see
# page_cache.signature). The theme is the one chosen: "auto" follows the desktop, and asking
# Qt what the desktop wants costs the ~90 enums of the Qt namespace, so the page keeps the
# theme it was painted in and goes as soon as the window is built if the desktop changed.
_SHAPING = (
    keys.THEME, keys.SCALE, keys.INTERFACE_SCALE, keys.FONT, keys.LINE_HEIGHT,
    keys.PARAGRAPH_SPACING, keys.LETTER_SPACING, keys.WORD_SPACING, keys.MAX_LINE_CHARS,
    keys.LANGUAGE,
)  # fmt: skip
_BUILD_AT_THE_LATEST_MS = 500  # a window never exposed (minimised) is built all the same


def signature(settings: QtSettings, family: str | None) -> str:
    return page_cache.signature([family, *(settings.get(k) for k in _SHAPING)])


def find(
    settings: QtSettings, cache_dir: Path, family: str | None, open_path: Path | None
) -> dict[str, Any] | None:
    """Last session's page if the window is about to show that same article, unchanged and
    under the same settings, beside the library as wide as it will be; else None. (The
    window's size is compared once it is restored: ``fits``.)"""
    article = open_path or Path(settings.get(keys.LAST_ARTICLE) or ".")
    if article == Path("."):
        return None
    try:
        article = article.resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    page = page_cache.read(cache_dir, article, signature(settings, family))
    if page is None or page["splitter"] != settings.get(keys.WINDOW_SPLITTER):
        return None
    return page


def fits(page: dict[str, Any], window: QWidget) -> bool:
    """The window has the size it had when ``page`` was painted (so the view has its place)."""
    return page["size"] == [window.width(), window.height()]


def remember(
    window: Any, known: dict[str, Any] | None = None, closing: bool = False
) -> dict[str, Any] | None:
    """Keep the page the MainWindow ``window`` shows for the next start and return it.
    Nothing is written if it is ``known`` (the one last kept). With nothing to keep (a
    problem page, pictures, a render under way) the old page is forgotten when ``closing``."""
    view, cache_dir = window.view, window.cache_dir
    article = window.library_controller.current_path
    html = view.settled_html()
    if window.splitter_moved and not closing:  # the splitter setting is saved on closing
        return known
    if article is None or html is None:
        if not closing:
            return known
        page_cache.forget(cache_dir)
        return None
    document = view.document()
    top_left = view.mapTo(window, view.rect().topLeft())
    page = {
        "title": window.windowTitle(),
        "html": html,
        "font": document.defaultFont().toString(),
        "margin": document.documentMargin(),
        "wrap_anywhere": view.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere,
        "rect": [top_left.x(), top_left.y(), view.width(), view.height()],
        "side": view.viewportMargins().left(),
        "theme": window.appearance.theme.name,
        "size": [window.width(), window.height()],
        "splitter": window.settings.get(keys.WINDOW_SPLITTER),
    }
    if page != known:
        sign = signature(window.settings, window.reading_family)
        page_cache.write(cache_dir, article.resolve(), sign, page)
    return page


class _Page(QTextBrowser):
    """Last session's HTML in its font; the font stays when the interface's changes."""

    def __init__(self, page: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("firstPage")  # no Qt namespace enums here: see the module's doc
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Article"))
        if page["wrap_anywhere"]:
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setViewportMargins(page["side"], 0, page["side"], 0)
        self._font = QFont()
        self._font.fromString(page["font"])
        document = self.document()
        document.setDocumentMargin(page["margin"])
        document.setDefaultFont(self._font)
        self.setHtml(page["html"])  # (the document's setHtml would leave the caret at the end)
        self.setGeometry(*page["rect"])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self._font)


class FirstPaint(QObject):
    """Shows ``page`` in ``window`` now and calls ``build`` once it is painted."""

    def __init__(self, window: QWidget, page: dict[str, Any], build: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._build = build
        self.built = False
        self.keys: list[QKeyEvent] = []
        self.theme = page["theme"]  # the one it was painted in
        window.setWindowTitle(page["title"])
        self.page = _Page(page, window)
        # Keys to the window or the page; the window's paint is the page's too (one flush).
        self.page.installEventFilter(self)
        window.installEventFilter(self)
        QTimer.singleShot(_BUILD_AT_THE_LATEST_MS, self, self.build_now)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            copy = QKeyEvent(kind, event.key(), event.modifiers(), event.text(),
                             event.isAutoRepeat(), event.count())  # fmt: skip
            self.keys.append(copy)
            return True  # handed on once the window is built
        if kind == QEvent.Type.Paint and obj is self.window and not self.built:
            QTimer.singleShot(0, self, self.build_now)  # once this paint has gone out
        return False

    def build_now(self) -> None:
        if self.built:
            return
        self.built = True
        self.page.removeEventFilter(self)
        self.window.removeEventFilter(self)
        self._build()
        self.page.raise_()  # over the article view until it shows the article
        if self.keys:
            QTimer.singleShot(0, self, self._hand_keys_on)

    def _hand_keys_on(self) -> None:
        """Each key to whatever has the focus by then (a Tab moves it for the next)."""
        keys, self.keys = self.keys, []
        for key in keys:
            QApplication.sendEvent(self.window.focusWidget() or self.window, key)

    def done(self, *_args: object) -> None:
        """The real view shows the article (or something else): the page goes."""
        if self.page is not None:
            self.page.hide()
            self.page.deleteLater()
            self.page = None  # type: ignore[assignment]
