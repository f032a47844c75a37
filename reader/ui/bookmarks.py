"""The bookmark dialogs: a note for a new bookmark, and the list of bookmarks.

Keyboard first: in the note dialog Enter saves and Escape cancels; in the list Enter opens
the bookmark at its sentence and Delete removes one, with Undo (Ctrl+Z) at once, so no
single key loses a bookmark. The dialogs only ask; ReadingStateController does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.library.state import Bookmark
from reader.ui.notice import announce

translate = QCoreApplication.translate
BookmarkRole = Qt.ItemDataRole.UserRole + 1
NOTE_LIMIT = 500  # characters: a note, not an essay


class BookmarkNoteDialog(QDialog):
    """Shows the sentence to be marked and asks for an optional note."""

    def __init__(self, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarkNoteDialog")
        self.setWindowTitle(translate("Bookmarks", "Add bookmark"))
        self.setAccessibleName(translate("Bookmarks", "Add bookmark"))
        where = QLabel(translate("Bookmarks", "Bookmark at this sentence:"), self)
        self.sentence = QLabel(sentence, self)
        self.sentence.setObjectName("bookmarkSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit(self)
        self.note.setObjectName("bookmarkNote")
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setAccessibleName(translate("Bookmarks", "Note"))
        self.note.setAccessibleDescription(
            translate("Bookmarks", "Optional. Enter saves the bookmark, Escape cancels.")
        )
        label = QLabel(translate("Bookmarks", "&Note (optional):"), self)
        label.setBuddy(self.note)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("Bookmarks", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("bookmarkSave")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("bookmarkCancel")
        self.cancel_button.setText(translate("Bookmarks", "Cancel"))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (where, self.sentence, label, self.note, buttons):
            layout.addWidget(widget)
        QWidget.setTabOrder(self.note, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        self.note.setFocus()

    def note_text(self) -> str:
        return self.note.text().strip()


def describe(bookmark: Bookmark) -> str:
    """What a row shows and a screen reader says: title, the sentence, the note."""
    lines = [bookmark.title, f"“{bookmark.place.shown.strip()}”"]
    if bookmark.note:
        lines.append(translate("Bookmarks", "Note: {0}").format(bookmark.note))
    return "\n".join(lines)


class BookmarksDialog(QDialog):
    """Every bookmark, newest first: Enter opens one, Delete removes it (Ctrl+Z undoes)."""

    open_requested = Signal(object)  # Bookmark
    remove_requested = Signal(object)  # Bookmark
    undo_requested = Signal()

    def __init__(self, bookmarks: list[Bookmark], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksDialog")
        self.setWindowTitle(translate("Bookmarks", "Bookmarks"))
        self.resize(560, 420)
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarkList")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAccessibleName(translate("Bookmarks", "Bookmarks"))
        self.list.setAccessibleDescription(
            translate(
                "Bookmarks",
                "Enter opens the article at the sentence; Delete removes the bookmark "
                "(Ctrl+Z brings it back).",
            )
        )
        label = QLabel(translate("Bookmarks", "&Bookmarks:"), self)
        label.setBuddy(self.list)
        self.empty = QLabel(translate("Bookmarks", "No bookmarks yet: Ctrl+B adds one."), self)
        self.empty.setObjectName("bookmarksEmpty")
        buttons = QDialogButtonBox(self)
        self.open_button = self._button(buttons, "bookmarkOpen", translate("Bookmarks", "&Open"))
        self.remove_button = self._button(
            buttons, "bookmarkRemove", translate("Bookmarks", "&Delete")
        )
        self.undo_button = self._button(buttons, "bookmarkUndo", translate("Bookmarks", "&Undo"))
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("Bookmarks", "Close"))
        close.setObjectName("bookmarkClose")
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.undo_button.clicked.connect(self.undo_requested)
        self.list.itemActivated.connect(lambda _item: self._open_current())
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        for widget in (label, self.list, self.empty, buttons):
            layout.addWidget(widget)
        self.set_bookmarks(bookmarks)
        self.list.setFocus()

    def _button(self, box: QDialogButtonBox, name: str, text: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the list opens, it never deletes
        return button

    def set_bookmarks(self, bookmarks: list[Bookmark], current: int = 0) -> None:
        self.list.clear()
        for bookmark in bookmarks:
            item = QListWidgetItem(describe(bookmark))
            item.setData(BookmarkRole, bookmark)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, describe(bookmark).replace("\n", ", "))
            item.setToolTip(bookmark.path)
            self.list.addItem(item)
        has_any = bool(bookmarks)
        self.empty.setVisible(not has_any)
        self.open_button.setEnabled(has_any)
        self.remove_button.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(min(max(current, 0), len(bookmarks) - 1))

    def current(self) -> Bookmark | None:
        item = self.list.currentItem()
        return item.data(BookmarkRole) if item is not None else None

    def _open_current(self) -> None:
        bookmark = self.current()
        if bookmark is not None:
            self.open_requested.emit(bookmark)

    def _remove_current(self) -> None:
        bookmark = self.current()
        if bookmark is not None:
            self.remove_requested.emit(bookmark)

    def removed(self, bookmarks: list[Bookmark], row: int) -> None:
        """The list after a removal: the next row is current, Undo is offered and said."""
        self.set_bookmarks(bookmarks, row)
        self.undo_button.setEnabled(True)
        self.list.setFocus()
        announce(self.list, translate("Bookmarks", "Bookmark removed. Ctrl+Z brings it back."))

    def restored(self, bookmarks: list[Bookmark]) -> None:
        self.set_bookmarks(bookmarks)
        self.undo_button.setEnabled(False)
        self.list.setFocus()
        announce(self.list, translate("Bookmarks", "Bookmark restored."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._remove_current()
            return True
        return super().eventFilter(watched, event)
