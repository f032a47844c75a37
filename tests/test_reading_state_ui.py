"""Read/unread and bookmarks in the real window (offscreen), by keyboard only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from reader.library.state import ReadingState
from reader.ui.library_model import UnreadRole
from tests.conftest import SEED_ARTICLE
from tests.test_window import wait_article


def _rows(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.title for e in window.library.entries()]


def _unread(window) -> list[bool]:  # type: ignore[no-untyped-def]
    return [
        bool(window.library.index(r).data(UnreadRole)) for r in range(window.library.rowCount())
    ]


def _painted_bold(window, row: int) -> bool:  # type: ignore[no-untyped-def]
    option = QStyleOptionViewItem()
    option.initFrom(window.list_view)
    window.list_view.itemDelegate().initStyleOption(option, window.library.index(row))
    return option.font.bold()


def test_an_opened_article_becomes_read_and_the_filter_hides_it(
    qtbot, open_window, library
) -> None:  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    row = window.library.row_of(path)
    assert all(_unread(window))  # nothing read yet: every row bold
    name = window.library.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "unread" in name
    window.reading._read_timer.timeout.emit()  # the reading time has passed
    assert window.reading.state.is_read(str(path.resolve()))
    assert not _unread(window)[row] and sum(_unread(window)) == len(_rows(window)) - 1
    assert "unread" not in window.library.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert [_painted_bold(window, r) for r in range(window.library.rowCount())] == _unread(window)
    # Ctrl+U: unread only; the open article stays listed until the list is filtered again.
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)  # another article is current now
    qtbot.waitUntil(lambda: window.view.article.path != str(path), timeout=10000)
    qtbot.keyClick(window.list_view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.act_unread_only.isChecked()
    hidden = [window.list_view.isRowHidden(r) for r in range(window.library.rowCount())]
    assert hidden[row] and sum(hidden) == 1
    assert "Unread articles only: 2" in window.statusBar().currentMessage()
    qtbot.keyClick(window.list_view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert not any(window.list_view.isRowHidden(r) for r in range(window.library.rowCount()))


def test_mark_as_unread_and_the_state_survives_a_restart(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    window.reading._read_timer.timeout.emit()
    window.close()
    _, again = open_window(library, path)
    wait_article(qtbot, again, path)
    row = again.library.row_of(path)
    assert not _unread(again)[row]
    assert not again.reading._read_timer.isActive()  # already read: nothing to time
    qtbot.keyClick(
        again.view,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _unread(again)[row]
    assert not again.reading._read_timer.isActive()  # not marked read again behind one's back


def _caret_in(window, words: str) -> None:  # type: ignore[no-untyped-def]
    found = window.view.document().find(words)
    assert not found.isNull(), words
    cursor = window.view.textCursor()
    cursor.setPosition(found.selectionStart() + 2)
    window.view.setTextCursor(cursor)


def _active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Back in the window after a dialog (window shortcuts work in the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def _dialog(name: str):  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_bookmarks_by_keyboard_add_list_open_delete_undo(qtbot, open_window, library) -> None:  # type: ignore[no-untyped-def]
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    article = wait_article(qtbot, window, path)
    paragraph = next(b for b in article.blocks if b.type == "paragraph")
    sentence = paragraph.texts()[0].sentence_texts()[-1]
    window.view.setFocus()
    _caret_in(window, sentence[:30])
    # Ctrl+B: the note dialog, focus in the note; Tab goes note -> Save -> Cancel.
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog("bookmarkNoteDialog") is not None)
    note = _dialog("bookmarkNoteDialog")
    assert note.sentence.text() == sentence.strip()
    qtbot.waitUntil(lambda: note.note.hasFocus())
    order = [QApplication.focusWidget().objectName()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["bookmarkNote", "bookmarkSave", "bookmarkCancel", "bookmarkNote"]
    # Escape cancels: nothing saved.
    qtbot.keyClick(note.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _dialog("bookmarkNoteDialog") is None)
    assert window.reading.state.bookmarks() == []
    # Ctrl+D, a note, Enter saves.
    _active(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog("bookmarkNoteDialog") is not None)
    note = _dialog("bookmarkNoteDialog")
    qtbot.keyClicks(note.note, "read again")
    qtbot.keyClick(note.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _dialog("bookmarkNoteDialog") is None)
    [mark] = window.reading.state.bookmarks()
    assert (mark.title, mark.place.shown, mark.note) == (article.title, sentence, "read again")
    assert window.statusBar().currentMessage() == "Bookmark added"

    # Move away: caret at the top, another article open.
    other = next(e.path for e in window.library.entries() if e.path != path)
    window.library_controller.open_article(other)
    qtbot.waitUntil(lambda: window.view.article.path == str(other), timeout=10000)

    # Ctrl+Shift+B: the list, title + sentence + note; Enter opens the article AT the sentence.
    _active(qtbot, window)
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _dialog("bookmarksDialog") is not None)
    listing = _dialog("bookmarksDialog")
    qtbot.waitUntil(lambda: listing.list.hasFocus())
    shown = listing.list.item(0).text()
    assert article.title in shown and sentence.strip() in shown and "read again" in shown
    assert article.title in listing.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.keyClick(listing.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.article.path == str(path), timeout=10000)
    qtbot.waitUntil(lambda: _dialog("bookmarksDialog") is None)
    caret = window.view.textCursor().position()
    spot = window.view.spot_at(caret)
    assert spot is not None
    place = mark.place
    assert (spot[0], spot[1]) == (place.block, place.text) and spot[2] == place.start
    assert window.view.cursorRect().top() >= 0  # in view
    assert window.view.cursorRect().bottom() <= window.view.viewport().height()
    assert window.speech.position() == place  # Play goes on from the bookmark

    # Delete removes (no question), Ctrl+Z brings it back; the list stays usable.
    _active(qtbot, window)
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _dialog("bookmarksDialog") is not None)
    listing = _dialog("bookmarksDialog")
    qtbot.waitUntil(lambda: listing.list.hasFocus())
    qtbot.keyClick(listing.list, Qt.Key.Key_Delete)
    assert window.reading.state.bookmarks() == [] and listing.list.count() == 0
    assert listing.undo_button.isEnabled()
    listing.activateWindow()
    qtbot.waitUntil(listing.isActiveWindow)
    qtbot.keyClick(listing.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.reading.state.bookmarks()) == 1)  # the button's click
    [back] = window.reading.state.bookmarks()
    assert (back.place, back.note) == (mark.place, mark.note)
    assert listing.list.count() == 1
    # Deleted, the list closed: Undo is still there when it opens again.
    qtbot.keyClick(listing.list, Qt.Key.Key_Delete)
    qtbot.keyClick(listing.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _dialog("bookmarksDialog") is None)
    window.reading.show_bookmarks()
    qtbot.waitUntil(lambda: _dialog("bookmarksDialog") is not None)
    listing = _dialog("bookmarksDialog")
    assert listing.list.count() == 0 and listing.undo_button.isEnabled()
    listing.undo_button.click()
    assert listing.list.count() == 1 and len(window.reading.state.bookmarks()) == 1
    listing.reject()


def test_the_state_lives_in_the_data_folder_and_old_positions_are_taken_in(
    qtbot, open_window, library, config_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    import json

    path = library / SEED_ARTICLE.name
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "reading-positions.json").write_text(
        json.dumps(
            {str(path.resolve()): {"position": {"block": 2, "text": 0, "sentence": 0,
                                                 "start": 0, "end": 3, "shown": "abc"}}}
        ),
        "utf-8",
    )  # fmt: skip
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    assert window.state_dir == config_dir / "data"
    assert (config_dir / "data" / ReadingState.FILE_NAME).is_file()
    assert ReadingState(window.state_dir).get(str(path.resolve())) is not None
