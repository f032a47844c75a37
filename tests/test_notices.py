"""Notices about the reader's own data stay on screen until read (issue 16, 9 and 10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton


def _notice(window, name: str) -> QLabel | None:  # type: ignore[no-untyped-def]
    label = window.findChild(QLabel, name + "Text")
    return label if label is not None and label.isVisible() else None


def test_damaged_reading_positions_notice_outlives_the_library_listing(
    qtbot, open_window, library: Path, config_dir: Path
) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "reading-positions.json").write_text("{damaged", encoding="utf-8")
    _, window = open_window(library)  # returns once the library is listed
    with qtbot.waitSignal(window.library_loaded, timeout=10000):
        window.library_controller.reload_library()
    notice = _notice(window, "positionsProblem")
    assert notice is not None, "the notice was replaced by the library's messages"
    assert "damaged" in notice.text() and "reading-positions.json.broken-" in notice.text()
    assert list(config_dir.glob("reading-positions.json.broken-*"))
    button = window.findChild(QPushButton, "positionsProblemButton")
    button.click()
    qtbot.waitUntil(lambda: _notice(window, "positionsProblem") is None)


def test_a_damaged_reading_state_database_is_set_aside_and_said(
    qtbot, open_window, library: Path, config_dir: Path
) -> None:
    data = config_dir / "data"
    data.mkdir(parents=True)
    (data / "reading-state.sqlite3").write_bytes(b"not a database" * 500)
    _, window = open_window(library)
    notice = _notice(window, "positionsProblem")
    assert notice is not None
    assert "damaged" in notice.text() and "reading-state.sqlite3.broken-" in notice.text()
    assert list(data.glob("reading-state.sqlite3.broken-*"))
    window.reading.state.set("/lib/a.md", None)  # the fresh database works


def test_settings_that_cannot_be_saved_are_said_once_and_kept(
    qtbot, open_window, library: Path, config_dir: Path
) -> None:
    (config_dir / "settings.json").mkdir(parents=True)  # nothing can replace a folder
    _, window = open_window(library)
    # raised IsADirectoryError / NotADirectoryError out of the slot before
    window.appearance.zoom_in()
    notice = _notice(window, "settingsSaveProblem")
    assert notice is not None and "cannot be saved" in notice.text()
    assert window.appearance.scale == 110  # the reader keeps the size they chose for this session
    window.appearance.zoom_in()
    assert window.appearance.scale == 125
    assert len(window.findChildren(QLabel, "settingsSaveProblemText")) == 1
