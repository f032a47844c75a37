"""File > Import and drag-and-drop: the import command runs as a child process."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import SEED_TEXT
from tests.test_window import wait_article

NAME = "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"


def open_empty_library(open_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = tmp_path / "mine"
    library.mkdir()
    (library / "first.md").write_text("---\ntitle: Bài đầu\ndate: 2020-01-01\n---\n\nChữ.\n")
    _, window = open_window(library)
    window.importing.show_reports = False
    return library, window


def test_import_adds_the_article_and_reports(qtbot, open_window, tmp_path) -> None:
    library, window = open_empty_library(open_window, tmp_path)
    with qtbot.waitSignal(window.importing.finished, timeout=60000) as blocker:
        assert window.importing.import_sources([str(SEED_TEXT)])
    code, report = blocker.args
    assert code == 0, report
    assert "import: 1 ok, 0 skipped, 0 failed" in report
    assert (library / NAME).is_file()
    qtbot.waitUntil(lambda: len(window.library.entries()) == 2, timeout=10000)
    qtbot.waitUntil(lambda: "Imported into" in window.statusBar().currentMessage(), timeout=10000)
    window.library_controller.open_article(library / NAME)
    article = wait_article(qtbot, window, library / NAME)
    assert article.author == "Hương Dịu"


def test_dropping_files_imports_them_and_a_bad_one_is_reported(
    qtbot, open_window, tmp_path
) -> None:
    library, window = open_empty_library(open_window, tmp_path)
    drop = tmp_path / "drop"
    drop.mkdir()
    shutil.copy(SEED_TEXT, drop / "seed.txt")
    (drop / "empty.txt").write_text("   \n")
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(drop / "seed.txt")), QUrl.fromLocalFile(str(drop / "empty.txt"))]
    )
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, mods)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPoint(100, 100).toPointF(), Qt.DropAction.CopyAction, mime, buttons, mods)
    with qtbot.waitSignal(window.importing.finished, timeout=60000) as blocker:
        QApplication.sendEvent(window, drop)
    code, report = blocker.args
    assert code != 0
    assert "empty.txt" in report and "1 ok" in report and "1 failed" in report
    qtbot.waitUntil(lambda: "not imported" in window.statusBar().currentMessage(), timeout=10000)
    assert (library / NAME).is_file()


def test_one_import_at_a_time(qtbot, open_window, tmp_path) -> None:
    _, window = open_empty_library(open_window, tmp_path)
    with qtbot.waitSignal(window.importing.finished, timeout=60000):
        assert window.importing.import_sources([str(SEED_TEXT)])
        assert not window.importing.import_sources([str(SEED_TEXT)])


def test_the_status_bar_counts_in_the_interface_language(qtbot, open_window, tmp_path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "first.md").write_text("---\ntitle: Bài đầu\ndate: 2020-01-01\n---\n\nChữ.\n")
    _, window = open_window(library, lang="vi")
    window.importing.show_reports = False
    with qtbot.waitSignal(window.importing.finished, timeout=60000) as blocker:
        assert window.importing.import_sources([str(SEED_TEXT)])
    assert blocker.args[0] == 0
    qtbot.waitUntil(lambda: "nhập: 1 xong" in window.statusBar().currentMessage(), timeout=10000)
    assert "import:" not in window.statusBar().currentMessage()
