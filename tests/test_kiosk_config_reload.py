"""A changed kiosk.toml without a restart: read again when it changes (real files, the real
watch, offscreen), applied at the return to home and never under a visitor's reading, bad
values falling back one by one and shown on the admin screen."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from reader.app import _config_reloader
from reader.kiosk.config import KioskConfig, load_config, reload_config
from reader.settings import keys
from reader.ui.kiosk.admin_screen import AdminScreen
from reader.ui.kiosk.config_watch import ConfigWatch
from reader.ui.kiosk.session import KioskSession
from tests.conftest import ENGLISH_ARTICLE
from tests.test_kiosk_session import (  # noqa: F401
    SESSIONS,
    Clock,
    started,
    stop_sessions,
    touch,
    wait_and_tick,
)
from tests.test_kiosk_window import open_first, open_kiosk  # noqa: F401


def write_config(path: Path, text: str) -> None:
    """As ansible, Syncthing and most editors do: a whole new file renamed over the old."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def base_text(library: Path, **values: object) -> str:
    lines = [f'library = ["{library}"]', 'language = "en"', 'theme = "light"']
    lines += [f"{key} = {value}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def second(tmp_path: Path) -> Path:
    folder = tmp_path / "second"
    folder.mkdir()
    text = ENGLISH_ARTICLE.read_text(encoding="utf-8")
    newer = text.replace("date: 2024-03-14", "date: 2025-06-01").replace(
        "title: Harrowmere", "title: Second folder Harrowmere"
    )
    (folder / "second.md").write_text(newer, encoding="utf-8")
    return folder


def watched_session(window, clock: Clock, path: Path) -> KioskSession:  # type: ignore[no-untyped-def]
    session = started(window, clock)
    session.watch_config(path, _config_reloader(path, None), [])
    return session


# --- the file read again (no Qt) -----------------------------------------------------------


def test_a_file_that_cannot_be_parsed_keeps_the_config_in_use(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_seconds = 300\n", encoding="utf-8")
    current, _ = load_config(path)
    path.write_text("idle_seconds = 300\ntext_size = [\n", encoding="utf-8")  # half saved
    config, problems = reload_config(path, current)
    assert config is current
    assert len(problems) == 1 and "not valid TOML" in problems[0]
    assert problems[0].endswith("the config in use is kept")
    path.unlink()
    config, problems = reload_config(path, current)
    assert config is current and "no such file" in problems[0]
    # never there: the same as at start, so a kiosk without kiosk.toml hears no news
    assert reload_config(path, KioskConfig()) == load_config(path)


def test_bad_values_fall_back_one_by_one_on_reload(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_seconds = 300\n", encoding="utf-8")
    current, _ = load_config(path)
    path.write_text('idle_seconds = "soon"\ntext_size = 200\ntheme = "neon"\n', encoding="utf-8")
    config, problems = reload_config(path, current)
    assert config.text_size == 200
    assert config.idle_seconds == KioskConfig().idle_seconds  # its default, as at start
    assert config.theme == KioskConfig().theme
    assert [p.split(": ")[1] for p in problems] == ["line 1", "line 3"]


def test_a_config_that_appears_later_is_read(qtbot, tmp_path: Path) -> None:
    """No file, not even its folder, at start: nothing to watch; the periodic read finds it."""
    path = tmp_path / "later" / "kiosk.toml"
    current, problems = load_config(path)
    watch = ConfigWatch(path, current, problems, _config_reloader(path, None), fallback_ms=300)
    try:
        with qtbot.waitSignal(watch.changed, timeout=10000) as changed:
            path.parent.mkdir()
            path.write_text("text_size = 200\n", encoding="utf-8")
        config, new_problems = changed.args
        assert config.text_size == 200 and config.source == path and new_problems == []
    finally:
        watch.stop()


def test_a_linked_config_is_followed_into_the_synced_folder(qtbot, tmp_path: Path) -> None:
    """~/.config/bulletin-reader/kiosk.toml linked to a Syncthing folder, where the new copy
    is renamed in: seen by the watch (the minute's read is out of the test's reach)."""
    synced = tmp_path / "synced"
    synced.mkdir()
    write_config(synced / "kiosk.toml", "text_size = 150\n")
    home = tmp_path / "home"
    home.mkdir()
    path = home / "kiosk.toml"
    path.symlink_to(synced / "kiosk.toml")
    current, problems = load_config(path)
    watch = ConfigWatch(path, current, problems, _config_reloader(path, None))
    try:
        for size in (200, 175, 250):  # each new copy, not only the first
            with qtbot.waitSignal(watch.changed, timeout=10000) as changed:
                write_config(synced / "kiosk.toml", f"text_size = {size}\n")
            assert changed.args[0].text_size == size
    finally:
        watch.stop()


# --- the kiosk ------------------------------------------------------------------------------


def test_nobody_at_the_kiosk_the_new_config_is_taken_at_once(
    qtbot,
    open_kiosk,  # noqa: F811
    library: Path,
    second: Path,
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(base_text(library), encoding="utf-8")
    _, window = open_kiosk()
    session = watched_session(window, Clock(), path)
    assert window.library.rowCount() == 3 and window.settings.get(keys.SCALE) == 100
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        write_config(path, base_text(library, text_size=200).replace(
            f'["{library}"]', f'["{library}", "{second}"]'
        ))  # fmt: skip
    assert window.config.text_size == 200 and window.config.source == path
    assert window.settings.get(keys.SCALE) == 200  # the visitor's start, now
    assert window.library.rowCount() == 4
    assert window.library.entries()[0].title.startswith("Second folder")
    assert session.pending_config is None
    # and again: the file renamed into place is followed too
    write_config(path, base_text(library, text_size=175))
    qtbot.waitUntil(lambda: window.config.text_size == 175, timeout=10000)
    assert window.settings.get(keys.SCALE) == 175


def test_a_visitor_reading_keeps_the_old_config_until_the_visit_ends(
    qtbot,
    open_kiosk,  # noqa: F811
    library: Path,
    second: Path,
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(base_text(library), encoding="utf-8")
    _, window = open_kiosk(idle_seconds=60, countdown_seconds=15)
    clock = Clock()
    session = watched_session(window, clock, path)
    open_first(qtbot, window)
    touch(window.view.viewport())  # a visitor is reading
    window.settings.set(keys.SCALE, 300)
    old = window.config
    write_config(path, base_text(library, text_size=200, idle_seconds=90).replace(
        f'["{library}"]', f'["{library}", "{second}"]'
    ))  # fmt: skip
    qtbot.waitUntil(lambda: session.pending_config is not None, timeout=10000)
    assert window.config is old and window.showing_article()
    assert window.settings.get(keys.SCALE) == 300 and window.library.rowCount() == 3
    assert session.policy.idle_seconds == 60

    wait_and_tick(session, clock, 61)  # the countdown...
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        wait_and_tick(session, clock, 15)  # ...and the reset: the new config, then home
    assert not window.showing_article()
    assert window.config.text_size == 200 and session.policy.idle_seconds == 90
    assert window.settings.get(keys.SCALE) == 200  # the next visitor starts with it
    assert window.library.rowCount() == 4


def test_home_pressed_applies_it_and_the_visitor_keeps_their_choices(
    qtbot,
    open_kiosk,  # noqa: F811
    library: Path,
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(base_text(library), encoding="utf-8")
    _, window = open_kiosk()
    session = watched_session(window, Clock(), path)
    open_first(qtbot, window)
    touch(window.view.viewport())
    window.settings.set(keys.SCALE, 300)
    write_config(path, base_text(library, text_size=200, attract="true"))
    qtbot.waitUntil(lambda: session.pending_config is not None, timeout=10000)
    window.act_home.trigger()
    assert session.pending_config is None
    assert window.config.text_size == 200 and session.policy.attract is True
    assert window.settings.get(keys.SCALE) == 300  # theirs until the visit ends


def test_bad_values_are_logged_and_shown_on_the_admin_screen(
    qtbot,
    open_kiosk,  # noqa: F811
    library: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(base_text(library), encoding="utf-8")
    _, window = open_kiosk()
    session = watched_session(window, Clock(), path)
    caplog.set_level(logging.INFO, logger="reader")
    write_config(path, base_text(library, text_size=200, countdown_seconds=1, colour='"red"'))
    qtbot.waitUntil(lambda: window.config.text_size == 200, timeout=10000)
    assert window.config.countdown_seconds == KioskConfig().countdown_seconds
    problems = window.config_problems
    assert len(problems) == 2
    assert "line 5: countdown_seconds = 1: must be 5-120" in problems[0]
    assert "unknown key" in problems[1]
    session._open_admin()  # what the admin sees after the right PIN
    assert isinstance(session.dialog, AdminScreen) and session.dialog.problems == tuple(problems)
    session.dialog.reject()
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("countdown_seconds = 1" in m for m in logged)

    write_config(path, "text_size = [\n")  # saved half-way: what was in use stays
    qtbot.waitUntil(lambda: "not valid TOML" in " ".join(window.config_problems), timeout=10000)
    assert window.config.text_size == 200 and window.library.rowCount() == 3


def test_a_deleted_config_keeps_the_kiosk_as_it_was(
    qtbot,
    open_kiosk,  # noqa: F811
    library: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    path = folder / "kiosk.toml"
    path.write_text(base_text(library, text_size=200), encoding="utf-8")
    _, window = open_kiosk(text_size=200, source=path)  # as load_config made it
    watched_session(window, Clock(), path)
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: "no such file" in " ".join(window.config_problems), timeout=10000)
    assert window.config.text_size == 200 and window.library.rowCount() == 3
