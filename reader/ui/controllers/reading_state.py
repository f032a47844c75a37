"""Read or unread, and bookmarks, in the desktop window (the store: reader.library.state).

An article counts as read once it has been open READ_AFTER_MS (long enough to have read a
bulletin's lead and more), or at once when its end is scrolled into view; "Mark as unread"
takes that back. Unread articles are bold in the library and said "unread"; "Unread only"
hides the read ones (the open article stays listed until the list is filtered again).
A bookmark is the sentence at the caret, with an optional note; opening one shows the
article with the caret at that sentence, and reading aloud goes on from there.
The kiosk builds no such controller: it keeps no state.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QListView, QWidget

from reader.library.positions import ReadingPosition, sentence_at
from reader.library.state import Bookmark, ReadingState
from reader.ui.article_view import ArticleView
from reader.ui.controllers.library import LibraryController
from reader.ui.controllers.speech_view import SpeechView
from reader.ui.notice import announce
from reader.ui.speech_controller import SpeechController

if TYPE_CHECKING:
    from reader.ui.bookmarks import BookmarkNoteDialog, BookmarksDialog

translate = QCoreApplication.translate
READ_AFTER_MS = 20_000


class ReadingStateController(QObject):
    message = Signal(str, int)
    bookmarks_changed = Signal()

    def __init__(
        self,
        state: ReadingState,
        library: LibraryController,
        list_view: QListView,
        view: ArticleView,
        speech: SpeechController,
        speech_view: SpeechView,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)  # the dialogs' parent (no Python reference: no cycle)
        self.state = state
        self.library = library
        self.list_view = list_view
        self.view = view
        self.speech = speech
        self.speech_view = speech_view
        self.unread_only = False
        self.path: str | None = None  # the article shown (its key: the resolved path)
        self._place: tuple[str, ReadingPosition] | None = None  # a bookmark being opened
        self._removed: Bookmark | None = None  # the last bookmark removed (Undo)
        self.dialog: BookmarksDialog | None = None
        self._read_timer = QTimer(self, singleShot=True, interval=READ_AFTER_MS)
        self._read_timer.timeout.connect(self._mark_shown_read)
        library.model.set_read(state.read_paths())
        library.listed.connect(lambda _entries, _row: self._filter())
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- read or unread ---------------------------------------------------------------------

    def article_shown(self, path: Path | None) -> None:
        """A new article is on screen: it becomes read after a while (or at its end)."""
        self.path = str(path.resolve()) if path is not None else None
        self._read_timer.stop()
        if self.path is not None and not self.state.is_read(self.path):
            self._read_timer.start()
        place, self._place = self._place, None  # another article came: the bookmark is moot
        if place is not None and place[0] == self.path:
            self._go_to(place[1])

    def _on_scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if self._read_timer.isActive() and bar.maximum() > 0 and value >= bar.maximum():
            self._mark_shown_read()

    def _mark_shown_read(self) -> None:
        self._read_timer.stop()
        if self.path is not None:
            self.state.mark_read(self.path)
            self.library.model.set_read(self.state.read_paths())

    def follow_moves(self, moves: list[tuple[str, str]]) -> None:
        """Files the index found moved take their state along (bold stays with them)."""
        if self.state.follow_moves(moves):
            self.library.model.set_read(self.state.read_paths())

    def mark_unread(self) -> None:
        if self.path is None:
            return
        self._read_timer.stop()  # not marked read again while it stays open
        self.state.mark_read(self.path, False)
        self.library.model.set_read(self.state.read_paths())
        self._say(translate("MainWindow", "Marked as unread"))

    def set_unread_only(self, on: bool) -> None:
        self.unread_only = on
        self._filter()
        shown = sum(
            1 for r in range(self.library.model.rowCount()) if not self.list_view.isRowHidden(r)
        )
        text = (
            translate("MainWindow", "Unread articles only: {0}").format(shown)
            if on
            else translate("MainWindow", "All articles")
        )
        self._say(text)

    def _filter(self) -> None:
        model = self.library.model
        current = self.list_view.currentIndex().row()
        for row, entry in enumerate(model.entries()):
            hide = self.unread_only and not model.is_unread(entry) and row != current
            self.list_view.setRowHidden(row, hide)

    # --- bookmarks ------------------------------------------------------------------------

    def add_bookmark(self) -> None:
        article = self.view.article
        spot = self.view.spot_at(self.view.textCursor().position())
        place = sentence_at(article, *spot) if article is not None and spot else None
        if self.path is None or article is None or place is None:
            self._say(translate("MainWindow", "Put the caret in a sentence of the article first"))
            return
        from reader.ui.bookmarks import BookmarkNoteDialog  # the dialogs, when first asked for

        dialog = BookmarkNoteDialog(place.shown.strip(), self.parent())  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._save_bookmark(article.title, place, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_bookmark(
        self, title: str, place: ReadingPosition, dialog: BookmarkNoteDialog
    ) -> None:
        if self.path is None:
            return
        if self.state.add_bookmark(self.path, title, place, dialog.note_text()):
            self._say(translate("MainWindow", "Bookmark added"))
            self.bookmarks_changed.emit()
        else:
            self._say(translate("MainWindow", "The bookmark cannot be saved"))

    def show_bookmarks(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        from reader.ui.bookmarks import BookmarksDialog

        dialog = BookmarksDialog(self.state.bookmarks(), self.parent())  # type: ignore[arg-type]
        dialog.open_requested.connect(self.open_bookmark)
        dialog.remove_requested.connect(self.remove_bookmark)
        dialog.undo_requested.connect(self.undo_remove)
        dialog.finished.connect(self._dialog_closed)
        dialog.undo_button.setEnabled(self._removed is not None)  # also after a reopen
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def remove_bookmark(self, bookmark: Bookmark) -> None:
        row = self.dialog.list.currentRow() if self.dialog is not None else 0
        self.state.remove_bookmark(bookmark.id)
        self._removed = bookmark
        if self.dialog is not None:
            self.dialog.removed(self.state.bookmarks(), row)
        self.bookmarks_changed.emit()

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        self.state.restore_bookmark(self._removed)
        self._removed = None
        if self.dialog is not None:
            self.dialog.restored(self.state.bookmarks())
        self.bookmarks_changed.emit()

    def open_bookmark(self, bookmark: Bookmark) -> None:
        """Show the bookmark's article with the caret at its sentence; Play goes on there."""
        if self.dialog is not None:
            self.dialog.accept()
        if bookmark.path == self.path and self.view.article is not None:
            self.speech.set_article(self.view.article, bookmark.place)
            self.state.set(bookmark.path, bookmark.place)  # after stop() saved the old place
            self._go_to(bookmark.place)
            return
        if not Path(bookmark.path).is_file():
            self._say(translate("MainWindow", "The bookmarked article is no longer there"))
            return
        self.state.set(bookmark.path, bookmark.place)  # speech resumes from it when shown
        self._place = (bookmark.path, bookmark.place)
        self.library.open_article(Path(bookmark.path))

    def _go_to(self, place: ReadingPosition) -> None:
        self.speech_view.show_resume_point(place)
        span = self.view.text_range(place.block, place.text, place.start, place.end)
        if span is None:
            return
        cursor = self.view.textCursor()
        cursor.setPosition(span[0])
        self.view.setTextCursor(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + self.view.cursorRect(cursor).top() - self.view.height() // 8)
        self.view.setFocus()

    def _say(self, text: str) -> None:
        self.message.emit(text, 6000)
        announce(self.view, text)
