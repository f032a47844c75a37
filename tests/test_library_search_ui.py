"""Search in the desktop window and the library folders listed together (issue #12)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ARTICLES, SEED_ARTICLE
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader.settings import keys


def _search(qtbot, window, text: str) -> int:  # type: ignore[no-untyped-def]
    """Type ``text`` in the search field as a user would; the number of results."""
    field = window.library_pane.search_bar.field
    with qtbot.waitSignal(window.search.searched, timeout=30000) as blocker:
        qtbot.keyClicks(field, text)
    return blocker.args[0]


def test_typing_without_marks_finds_the_seed_article(qtbot, open_window, library: Path) -> None:
    _ctx, window = open_window(library)
    found = _search(qtbot, window, "hoi nghi")
    assert found >= 1
    assert window.library_pane.results_shown()
    model = window.search.model
    first = model.index(0)
    assert Path(model.path(0)).name == SEED_ARTICLE.name
    name = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert name.startswith("Hội nghị") and "\n" not in name and "<" not in name
    assert "<b>" in first.data(Qt.ItemDataRole.UserRole + 10)  # matched words bold
    count = window.library_pane.search_bar.count
    assert count.isVisible() and str(found) in count.text()


def test_escape_restores_the_list_and_its_selection(qtbot, open_window, library: Path) -> None:
    _ctx, window = open_window(library)
    selected = window.list_view.currentIndex().row()
    _search(qtbot, window, "hoi nghi")
    field = window.library_pane.search_bar.field
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert not window.library_pane.results_shown()
    assert window.list_view.isVisible() and window.list_view.hasFocus()
    assert window.list_view.currentIndex().row() == selected
    assert not window.library_pane.search_bar.count.isVisible()


def test_keyboard_only_search_opens_the_article(qtbot, open_window, library: Path) -> None:
    english = library / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"
    _ctx, window = open_window(library, english)
    qtbot.waitUntil(lambda: window.library_controller.current_path == english)
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+F"))  # focus moves to the field
    field = window.library_pane.search_bar.field
    qtbot.waitUntil(field.hasFocus)
    with qtbot.waitSignal(window.search.searched, timeout=30000):
        qtbot.keyClicks(field, "dang bo")
    # A first answer can come before the index is filled (none found): it is asked again then.
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=30000)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    results = window.results_view
    assert results.hasFocus() and results.currentIndex().row() == 0
    target = window.search.model.path(0)
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.library_controller.current_path == target


def test_ctrl_k_also_focuses_the_field(qtbot, open_window, library: Path) -> None:
    _ctx, window = open_window(library)
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    qtbot.waitUntil(window.library_pane.search_bar.field.hasFocus)


def test_the_count_is_announced(qtbot, open_window, library: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(
        "reader.ui.controllers.search.announce", lambda _widget, text: said.append(text)
    )
    _ctx, window = open_window(library)
    found = _search(qtbot, window, "hoi nghi")
    assert said and str(found) in said[-1]
    _search_more = window.library_pane.search_bar.field
    _search_more.clear()
    with qtbot.waitSignal(window.search.searched, timeout=30000) as blocker:
        qtbot.keyClicks(_search_more, "zzzkhongcoxyz")
    assert blocker.args[0] == 0 and "zzzkhongcoxyz" in said[-1]


def test_folders_from_the_setting_and_the_command_line_together(
    qtbot, config_dir: Path, tmp_path: Path
) -> None:
    from reader.app import AppContext
    from reader.settings import SettingsStore

    chosen, given = tmp_path / "chosen", tmp_path / "given"
    chosen.mkdir()
    given.mkdir()
    shutil.copy(SEED_ARTICLE, chosen / "a.md")
    english = ARTICLES / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"
    shutil.copy(english, given / "b.md")
    store = SettingsStore(config_dir)
    store.set(keys.LIBRARY_FOLDERS, [str(chosen)])
    ctx = AppContext("en", config_dir, store=store)
    window = ctx.window(ARTICLES, None, (given,))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.library_loaded, timeout=30000) as blocker:
        window.show()
    bundled = len(list(ARTICLES.rglob("*.md")))
    assert blocker.args[0] == bundled + 2
    model = window.library
    seconds = {}
    for row in range(model.rowCount()):
        index = model.index(row)
        path = Path(index.data(Qt.ItemDataRole.UserRole + 1))
        seconds[path] = (
            index.data(Qt.ItemDataRole.DisplayRole).split("\n")[1],
            index.data(Qt.ItemDataRole.AccessibleDescriptionRole),
        )
    assert "chosen" in seconds[chosen / "a.md"][0] and "In: chosen." in seconds[chosen / "a.md"][1]
    assert "given" in seconds[given / "b.md"][0]
    assert "Bundled" in seconds[ARTICLES / SEED_ARTICLE.name][0]
    window.close()
    assert ctx.loader.wait(60000) and window.search.wait(60000)


def test_a_file_added_to_a_folder_appears(qtbot, open_window, library: Path) -> None:
    _ctx, window = open_window(library)
    before = window.library.rowCount()
    qtbot.waitUntil(lambda: window.folders.watch is not None)
    shutil.copy(SEED_ARTICLE, library / "new-article.md")
    qtbot.waitUntil(lambda: window.library.rowCount() == before + 1, timeout=10000)
    (library / "new-article.md").unlink()
    qtbot.waitUntil(lambda: window.library.rowCount() == before, timeout=10000)


def _library_page(qtbot, window):  # type: ignore[no-untyped-def]
    from reader.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window.reading_family, window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.library_page)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, dialog.library_page


def test_preferences_library_page_by_keyboard(qtbot, open_window, library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = open_window(library)
    first, second = tmp_path / "first", tmp_path / "second"
    window.settings.set(keys.LIBRARY_FOLDERS, [str(first)])
    dialog, page = _library_page(qtbot, window)
    assert page.current() == [str(first)]
    page.choose_folder = lambda: str(second)
    # Tab: the page's tab, the list, Add, Remove, then the dialog's buttons.
    dialog.tabs.tabBar().setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [page.folders, page.add_button, page.remove_button]
    assert order[3:] == [dialog.reset_button, dialog.close_button]
    # Enter on Add… adds; the list has the focus, on the new folder.
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Return)
    assert page.folders.hasFocus() and dialog.isVisible()
    assert window.settings.get(keys.LIBRARY_FOLDERS) == [str(first), str(second)]
    assert page.folders.currentRow() == 1
    # Delete in the list, or Enter on Remove, takes the selected folder out.
    qtbot.keyClick(page.folders, Qt.Key.Key_Delete)
    assert window.settings.get(keys.LIBRARY_FOLDERS) == [str(first)]
    page.remove_button.setFocus()
    qtbot.keyClick(page.remove_button, Qt.Key.Key_Return)
    assert window.settings.get(keys.LIBRARY_FOLDERS) == []
    assert page.add_button.hasFocus() and not page.remove_button.isEnabled()
    # Enter in the list closes the dialog (Close is the default) and changes nothing.
    window.settings.set(keys.LIBRARY_FOLDERS, [str(first)])
    dialog2, page2 = _library_page(qtbot, window)
    assert page2.current() == [str(first)]
    page2.folders.setFocus()
    qtbot.keyClick(page2.folders, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog2.isVisible())
    dialog3, page3 = _library_page(qtbot, window)
    page3.folders.setFocus()
    qtbot.keyClick(page3.folders, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog3.isVisible())
    assert window.settings.get(keys.LIBRARY_FOLDERS) == [str(first)]


def test_a_folder_added_in_preferences_is_listed(qtbot, config_dir: Path, tmp_path: Path) -> None:
    from reader.app import AppContext

    added = tmp_path / "added"
    added.mkdir()
    shutil.copy(SEED_ARTICLE, added / "a.md")
    ctx = AppContext("en", config_dir)
    window = ctx.window(ARTICLES, None, ())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.library_loaded, timeout=30000) as blocker:
        window.show()
    before = blocker.args[0]
    with qtbot.waitSignal(window.library_loaded, timeout=30000) as blocker:
        window.settings.set(keys.LIBRARY_FOLDERS, [str(added)])
    assert blocker.args[0] == before + 1
    assert window.library.row_of(added / "a.md") >= 0
    window.close()
    assert ctx.loader.wait(60000) and window.search.wait(60000)


def test_a_damaged_index_is_built_again_and_said_once(
    qtbot, open_window, library: Path, config_dir: Path
) -> None:
    from reader.library.index_db import INDEX_FILE

    cache = config_dir / "cache"
    cache.mkdir(parents=True)
    (cache / INDEX_FILE).write_bytes(b"not a database at all, " * 400)
    said: list[str] = []
    _ctx, window = open_window(library)
    window.search.message.connect(lambda text, _ms: said.append(text))
    assert _search(qtbot, window, "hoi nghi") >= 1  # built again, then found
    notices = [t for t in said if "built again" in t]
    assert len(notices) == 1, said
    assert window.statusBar().currentMessage() == notices[0] or notices[0] in said


def test_date_range_and_newest_first(qtbot, open_window, library: Path) -> None:
    _ctx, window = open_window(library)
    bar = window.library_pane.search_bar
    assert _search(qtbot, window, "hoi nghi") >= 1  # both are dated 2023-12-05
    with qtbot.waitSignal(window.search.searched, timeout=30000) as blocker:
        qtbot.keyClicks(bar.date_from, "2024-01-01")
    assert blocker.args[0] == 0
    with qtbot.waitSignal(window.search.searched, timeout=30000) as blocker:
        bar.date_from.clear()
        qtbot.keyClicks(bar.date_to, "2023-12-05")
    assert blocker.args[0] >= 1
    with qtbot.waitSignal(window.search.searched, timeout=30000):
        bar.sort.setFocus()
        qtbot.keyClick(bar.sort, Qt.Key.Key_Space)  # Newest first, by keyboard
    assert bar.sort_key() == "date"


def test_library_option_is_repeatable_and_checked(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from reader.app import build_parser, main

    one, two = tmp_path / "one", tmp_path / "two"
    opts = build_parser().parse_args(["--library", str(one), "--library", str(two)])
    assert opts.library == [one, two] and opts.path is None
    assert main(["--library", str(tmp_path / "missing")]) != 0  # before any window
    assert "--library" in capsys.readouterr().err
