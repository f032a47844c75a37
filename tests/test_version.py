"""--version is for bug reports: the reader's, Python's, Qt's and every speech engine's
version, and "not installed" (never a traceback) for what is missing. One version source."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import reader
from reader import version
from tests.conftest import PROJECT


def _run(*args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROJECT))
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def _fields(stdout: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in stdout.splitlines())


def test_version_names_the_reader_python_qt_and_speech_engines() -> None:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    fields = _fields(result.stdout)
    assert fields["bulletin-reader"] == reader.__version__
    assert fields["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    assert fields["Qt"] == qVersion()
    assert fields["PySide6"] == pyside
    assert set(fields) >= {"espeak-ng", "pyttsx3", "piper-tts"}


def test_a_missing_engine_is_not_installed_not_an_error(tmp_path: Path) -> None:
    """No espeak-ng on PATH (an empty folder as PATH: Windows, macOS, a bare Linux)."""
    result = _run("--version", path=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert _fields(result.stdout)["espeak-ng"] == version.NOT_INSTALLED
    assert version.package_version("no-such-speech-engine") == version.NOT_INSTALLED


def test_an_espeak_that_fails_is_reported_not_raised(tmp_path: Path) -> None:
    broken = tmp_path / "espeak-ng"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    result = _run("--version", path=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert _fields(result.stdout)["espeak-ng"] == "unknown"


def test_the_version_has_one_source() -> None:
    """pyproject.toml takes it from reader/__init__.py; no other file states it."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    assert "version" not in project
    assert "version" in project["dynamic"]
    setuptools = tomllib.loads((PROJECT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["dynamic"]["version"] == {"attr": "reader.__version__"}


def test_the_gui_entry_point_runs_without_console_streams() -> None:
    """pythonw (a GUI script on Windows) gives no stdout/stderr; commands still run."""
    code = (
        "import sys; sys.stdout = None; sys.stderr = None;"
        "from reader.gui import main; sys.exit(main(['normalize', '--lang', 'vi']))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROJECT))
    result = subprocess.run(
        [sys.executable, "-c", code], input="UBND tỉnh\n", capture_output=True,
        encoding="utf-8", env=env, cwd=PROJECT, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
