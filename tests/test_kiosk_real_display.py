"""The kiosk on a real X server with a window manager (openbox, as docs/kiosk.md sets up):
it covers the whole screen, and the keys that close or leave a window leave it running.

Openbox's stock configuration binds Alt+F4 to "close": openbox then asks the window to
close (WM_DELETE_WINDOW), which the kiosk refuses. Keys are typed through XTEST
(xdotool), so they go through the server's grabs as a keyboard's would.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, PROJECT
from tests.xserver import XServer, start_xvfb

pytestmark = pytest.mark.xvfb
SCREEN = (1280, 1024)
KEYS = ("alt+F4", "ctrl+q", "ctrl+w", "Escape", "F11", "alt+Tab")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[tuple[XServer, dict[str, str]]]:
    """Xvfb with openbox running on it."""
    missing = [tool for tool in ("Xvfb", "openbox", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not installed: run 'sh scripts/system-deps.sh test'")
    server = start_xvfb(f"{SCREEN[0]}x{SCREEN[1]}x24")
    env = dict(os.environ, DISPLAY=server.display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not _wm_running(env):
            time.sleep(0.1)
        yield server, env
    finally:
        wm.terminate()
        try:
            wm.wait(10)
        except subprocess.TimeoutExpired:
            wm.kill()
        server.stop()


def _wm_running(env: dict[str, str]) -> bool:
    """openbox has claimed the screen: it sets _NET_SUPPORTING_WM_CHECK on the root."""
    out = subprocess.run(
        ["xdotool", "getactivewindow"], env=env, capture_output=True, text=True, timeout=10
    )
    return "_NET_ACTIVE_WINDOW" not in out.stderr


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    return done.stdout


def _kiosk_window(env: dict[str, str]) -> str | None:
    ids = _xdotool(env, "search", "--onlyvisible", "--name", "Bulletin Reader").split()
    return ids[0] if ids else None


def _geometry(env: dict[str, str], window: str) -> dict[str, int]:
    shell = _xdotool(env, "getwindowgeometry", "--shell", window)
    values = dict(line.split("=", 1) for line in shell.split() if "=" in line)
    return {k: int(v) for k, v in values.items() if k in ("X", "Y", "WIDTH", "HEIGHT")}


def test_the_kiosk_covers_the_screen_and_no_key_closes_it(
    desktop: tuple[XServer, dict[str, str]], tmp_path: Path, config_dir: Path
) -> None:
    server, env = desktop
    env["BULLETIN_READER_CONFIG_DIR"] = str(config_dir)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'library = ["{ARTICLES}"]\nlanguage = "vi"\n', encoding="utf-8")
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", "--kiosk", "--config", str(config)],
        env=env, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        window, geometry = None, {}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert app.poll() is None, f"the kiosk exited: {app.communicate()[1]}"
            window = _kiosk_window(env)
            if window is not None:
                geometry = _geometry(env, window)
                if geometry.get("WIDTH") == SCREEN[0] and geometry.get("HEIGHT") == SCREEN[1]:
                    break
            time.sleep(0.3)
        assert window is not None, f"no kiosk window appeared\n{server.describe()}"
        assert geometry == {"X": 0, "Y": 0, "WIDTH": SCREEN[0], "HEIGHT": SCREEN[1]}
        for key in KEYS:
            _xdotool(env, "windowactivate", "--sync", window)
            _xdotool(env, "key", "--clearmodifiers", key)
            time.sleep(1.0)  # time for openbox's close request and the kiosk's answer
            assert app.poll() is None, f"{key} ended the kiosk: {app.communicate()[1]}"
            assert _kiosk_window(env) == window, f"{key} closed or hid the kiosk window"
            assert _geometry(env, window) == geometry, f"{key} left full screen"
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
