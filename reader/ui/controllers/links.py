"""Following a link in the article: a heading in the same article, another article in the
library, or (only if the reader says Yes) a web address in the browser.

A shell that must not be left (a public kiosk) passes ``leave_article=False``: only links
within the article are followed, and any other says that links cannot be opened here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from reader.formats.paths import resolve_inside
from reader.ui.article_view import ArticleView
from reader.ui.controllers.library import LibraryController
from reader.ui.questions import ask_yes_no

translate = QCoreApplication.translate


class Links(QObject):
    message = Signal(str, int)  # why a link was not opened, and the time-out (ms)

    def __init__(
        self,
        view: ArticleView,
        library: LibraryController,
        parent: QWidget,
        leave_article: bool = True,
    ) -> None:
        super().__init__(parent)  # the parent of the question (no Python reference: no cycle)
        self.view = view
        self.library = library
        self.leave_article = leave_article
        view.link_activated.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment() and not url.path():
            self.view.scrollToAnchor(url.fragment())
            return
        if not self.leave_article:
            self.message.emit(translate("MainWindow", "Links cannot be opened here"), 8000)
            return
        if url.scheme() in {"http", "https", "mailto"}:
            # No is the default and the Escape answer: a stray Enter at a public-office
            # kiosk must not open a browser.
            answer = ask_yes_no(
                self.parent(),  # type: ignore[arg-type]
                "openLinkQuestion",
                translate("MainWindow", "Open link"),
                translate("MainWindow", "Open this link in your web browser?\n\n{0}").format(
                    url.toString()
                ),
            )
            if answer:
                QDesktopServices.openUrl(url)
            return
        current = self.library.current_path
        not_opened = translate("MainWindow", "Link not opened: {0}")
        if url.scheme() == "" and current is not None and url.path().endswith(".md"):
            target, problem = resolve_inside(current.parent, url.path())
            if target is not None:
                self.library.set_library(self.library.root, target)
                return
            self.message.emit(not_opened.format(problem), 8000)
            return
        self.message.emit(not_opened.format(url.toString()), 8000)
