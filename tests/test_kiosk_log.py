"""Every uncaught error ends up in the rotating log file, with its stack trace."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import locations
from reader.kiosk.log import LOG_NAME, ErrorLog, install_error_log, log_problems


@pytest.fixture
def installed() -> Iterator[list[ErrorLog]]:
    """Logs installed by a test, uninstalled after it whatever happened."""
    logs: list[ErrorLog] = []
    yield logs
    for log in reversed(logs):
        log.uninstall()


def _deep_failure() -> None:
    raise RuntimeError("the library share went away")


def _worker() -> None:
    _deep_failure()


def test_an_exception_in_a_thread_ends_up_in_the_file(
    tmp_path: Path, installed: list[ErrorLog]
) -> None:
    log = install_error_log(tmp_path / "state", chain=False)
    installed.append(log)
    assert log.problem is None and log.path == tmp_path / "state" / LOG_NAME
    thread = threading.Thread(target=_worker, name="scanner")
    thread.start()
    thread.join()
    text = log.path.read_text(encoding="utf-8")
    assert "CRITICAL reader [scanner] uncaught exception in thread scanner" in text
    assert "Traceback (most recent call last):" in text
    assert "in _deep_failure" in text  # the whole stack, down to where it was raised
    assert "RuntimeError: the library share went away" in text


def test_an_uncaught_exception_of_the_main_thread_is_logged(
    tmp_path: Path, installed: list[ErrorLog], capsys: pytest.CaptureFixture[str]
) -> None:
    log = install_error_log(tmp_path, chain=False)
    installed.append(log)
    try:
        _deep_failure()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Python (and PySide6, for a slot) calls
    text = log.path.read_text(encoding="utf-8")
    assert "uncaught exception" in text and "in _deep_failure" in text
    assert capsys.readouterr().err == ""  # the kiosk: logged once, not also on stderr


def test_outside_the_kiosk_the_hooks_log_and_still_pass_the_error_on(
    tmp_path: Path, installed: list[ErrorLog], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: seen.append(a[1]))
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_value))
    log = install_error_log(tmp_path, chain=True)
    installed.append(log)
    thread = threading.Thread(target=_worker)
    thread.start()
    thread.join()
    try:
        _deep_failure()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert [type(e) for e in seen] == [RuntimeError, RuntimeError]
    assert log.path.read_text(encoding="utf-8").count("RuntimeError: the library") == 2


def test_uninstall_puts_the_hooks_back(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    log = install_error_log(tmp_path)
    assert (sys.excepthook, threading.excepthook) != before
    log.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert log.handler is None
    assert all(not isinstance(h, logging.FileHandler) for h in logging.getLogger("reader").handlers)


def test_the_log_rotates_and_keeps_five(tmp_path: Path, installed: list[ErrorLog]) -> None:
    log = install_error_log(tmp_path, chain=False, max_bytes=2000)
    installed.append(log)
    logger = logging.getLogger("reader.kiosk.test")
    for n in range(200):
        logger.error("error number %d %s", n, "x" * 100)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_NAME] + [f"{LOG_NAME}.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    assert "error number 199 " in log.path.read_text(encoding="utf-8")


def test_config_problems_are_warnings_in_the_log(tmp_path: Path, installed: list[ErrorLog]) -> None:
    log = install_error_log(tmp_path, chain=False)
    installed.append(log)
    log_problems(['line 3: theme = "neon": must be one of light'], source="kiosk.toml")
    text = log.path.read_text(encoding="utf-8")
    assert "WARNING reader.kiosk" in text and 'kiosk.toml: line 3: theme = "neon"' in text


def test_a_log_that_cannot_be_written_stops_nothing(
    tmp_path: Path,
    installed: list[ErrorLog],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)  # Python's own, not pytest-qt's
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    log = install_error_log(blocker, chain=False)
    installed.append(log)
    assert log.handler is None and log.problem and "cannot write the log" in log.problem
    try:
        _deep_failure()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "RuntimeError: the library share went away" in capsys.readouterr().err  # stderr


def test_the_log_folder_is_the_user_state_folder_or_beside_a_chosen_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert locations.state_dir(tmp_path / "kiosk") == tmp_path / "kiosk" / "state"
    monkeypatch.delenv(locations.CONFIG_ENV)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    if sys.platform == "linux":
        assert locations.state_dir() == tmp_path / "xdg-state" / "bulletin-reader"
