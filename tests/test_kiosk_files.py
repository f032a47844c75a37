"""The kiosk's shipped files: the systemd user unit, the autostart entry, the docs' steps."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reader import locations
from reader.kiosk import ADMIN_EXIT_STATUS
from reader.kiosk.config import CONFIG_NAME, default_config_path
from reader.kiosk.log import LOG_NAME
from tests.conftest import PROJECT

KIOSK = PROJECT / "resources" / "kiosk"
UNIT = KIOSK / "bulletin-reader-kiosk.service"
AUTOSTART = KIOSK / "bulletin-reader-kiosk.desktop"
DOC = PROJECT / "docs" / "kiosk.md"


def _ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return parser


def test_the_shipped_files_are_where_locations_finds_them() -> None:
    assert locations.kiosk_resources_dir() == KIOSK
    assert {p.name for p in KIOSK.iterdir()} >= {UNIT.name, AUTOSTART.name, "kiosk.example.toml"}


def test_the_unit_restarts_the_kiosk_always_but_not_after_the_admin_left() -> None:
    unit = _ini(UNIT)
    service = unit["Service"]
    assert service["Restart"] == "always"
    assert 1 <= int(service["RestartSec"]) <= 10
    assert service["ExecStart"] == "%h/.local/bin/bulletin-reader --kiosk"  # pipx's place
    assert service["RestartPreventExitStatus"] == str(ADMIN_EXIT_STATUS)
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"  # never gives up
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_finds_nothing_wrong_in_the_unit(tmp_path: Path) -> None:
    """systemd's own parser: a misspelt key or value is a warning on stderr."""
    home = tmp_path / "home"
    command = home / ".local" / "bin" / "bulletin-reader"  # where ExecStart (%h) points
    command.parent.mkdir(parents=True)
    command.write_text("#!/bin/sh\n", encoding="utf-8")
    command.chmod(0o755)
    unit = tmp_path / UNIT.name
    shutil.copy(UNIT, unit)
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        env=dict(os.environ, HOME=str(home), SYSTEMD_LOG_COLOR="0"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_the_autostart_entry_starts_the_unit_with_the_display() -> None:
    entry = _ini(AUTOSTART)["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert "systemctl --user import-environment DISPLAY XAUTHORITY" in entry["Exec"]
    assert f"systemctl --user start {UNIT.name}" in entry["Exec"]
    assert entry["Terminal"] == "false"


def test_the_doc_names_the_real_files_and_folders() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in (UNIT.name, AUTOSTART.name, "kiosk.example.toml", CONFIG_NAME, LOG_NAME):
        assert name in text, name
    assert "bulletin-reader kiosk-pin" in text
    assert "~/.local/state/bulletin-reader/" in text
    assert "~/.config/bulletin-reader/" in text
    assert f"exit status {ADMIN_EXIT_STATUS}" in text


def test_the_doc_folders_are_the_ones_the_reader_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/kiosk.md gives XDG's default folders: the ones the kiosk reads and writes."""
    if os.name != "posix" or not Path.home().is_absolute():
        pytest.skip("XDG folders")
    monkeypatch.delenv(locations.CONFIG_ENV)
    monkeypatch.delenv(locations.LIBRARY_ENV, raising=False)
    for name in ("CONFIG", "STATE", "DATA"):
        monkeypatch.delenv(f"XDG_{name}_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_config_path() == tmp_path / ".config" / "bulletin-reader" / CONFIG_NAME
    assert locations.state_dir() == tmp_path / ".local" / "state" / "bulletin-reader"
    assert locations.user_library() == tmp_path / ".local/share/bulletin-reader/articles"
