"""Windows and macOS: every module imports there, and what only Linux has (aplay, POSIX
process groups, /usr paths) stays inside the platform adapters (docs/platforms.md).

The import check runs on this Linux machine with ``sys.platform`` set to "win32" or "darwin"
in a child process, the POSIX-only standard modules (fcntl, termios, resource, pwd, ...)
made unimportable for "win32". It finds module-level platform branches and imports that the
other system lacks; it cannot find calls that fail there (those are the adapters' tests).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from reader.speech import audio_player, worker
from tests.conftest import PROJECT

# Not importable as a library module, whatever the platform: it runs the program.
SKIPPED = {"reader.__main__": "runs the reader when imported (python -m reader)"}
# Imported with the real platform first: their own import-time set-up is native, not ours.
NATIVE_FIRST = (
    "PySide6",  # Windows: os.add_dll_directory for its Qt libraries, which Linux has not
    "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
    "urllib.request",  # macOS: the _scproxy C module for the system proxy settings
    # the process pool: Windows' C module (_winapi) for pipes and processes
    "multiprocessing.connection", "concurrent.futures.process",
)  # fmt: skip
POSIX_ONLY = ("fcntl", "termios", "resource", "pwd", "grp", "tty", "pty", "syslog", "posix_ipc")

PROBE = """
import importlib, importlib.abc, json, pkgutil, sys
platform, skipped, native, blocked = sys.argv[1], *map(json.loads, sys.argv[2:5])
for name in native:
    importlib.import_module(name)

class Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} on {platform}", name=name)
        return None

sys.meta_path.insert(0, Absent())
for name in blocked:  # imported already by the standard library: a new import must fail
    sys.modules.pop(name, None)
sys.platform = platform
import reader
names = ["reader"] + [m.name for m in pkgutil.walk_packages(reader.__path__, "reader.")]
failed = {}
for name in names:
    if name not in skipped:
        try:
            importlib.import_module(name)
        except Exception as e:
            failed[name] = repr(e)
print(json.dumps({"count": len(names), "failed": failed}))
"""


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_every_module_imports_on_another_system(platform: str) -> None:
    blocked = [m for m in POSIX_ONLY if platform == "win32"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROJECT))
    args = [json.dumps(SKIPPED), json.dumps(NATIVE_FIRST), json.dumps(blocked)]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, platform, *args], cwd=PROJECT, env=env,
        capture_output=True, encoding="utf-8", timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["failed"] == {}
    assert found["count"] > 100  # every module was walked, not a few


def test_the_player_is_aplay_on_linux_and_none_elsewhere() -> None:
    assert audio_player.default_player("linux", which=lambda _: "/usr/bin/aplay") == (
        audio_player.APLAY
    )
    with pytest.raises(audio_player.PlayerMissing, match="alsa-utils"):
        audio_player.default_player("linux", which=lambda _: None)
    for platform in ("win32", "darwin"):
        assert audio_player.default_player(platform, which=lambda _: None) is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_speech_worker_names_no_linux_player_elsewhere(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' and macOS' system engines play their own audio: no aplay to start there."""
    monkeypatch.setattr(sys, "platform", platform)
    assert worker.player_command("default") is None
    assert worker.player_command("null") is None


# Linux-only spellings and the files allowed to hold them (the platform adapters, or a
# branch guarded by the platform test beside it).
LINUX_ONLY = {
    r"""["']aplay["']""": {"reader/speech/audio_player.py"},
    # the freedesktop menu entry's --system folder (other systems are refused without --data-dir)
    r"""["']/(usr|proc|sys|etc|tmp|dev)/""": {"reader/desktop_entry.py"},
    r"^\s*(import|from) (fcntl|termios|pwd|grp|pty|tty)\b": set(),
    r"os\.killpg|start_new_session": {"reader/speech/process_backend.py"},  # os.name checked
    r"^\s*import resource\b": {"reader/app.py"},  # --exit-after-paint (make bench) only
    r"""environ\S*XDG_|["']~?/?\.(local/share|config)/""": set(),  # user folders: platformdirs
}


@pytest.mark.parametrize("pattern", sorted(LINUX_ONLY))
def test_linux_only_assumptions_stay_in_the_adapters(pattern: str) -> None:
    found = set()
    for path in sorted((PROJECT / "reader").rglob("*.py")):
        if re.search(pattern, path.read_text(encoding="utf-8"), re.MULTILINE):
            found.add(path.relative_to(PROJECT).as_posix())
    assert found <= LINUX_ONLY[pattern]
