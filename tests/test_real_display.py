"""The real window on a real (virtual) X server, screenshotted from the X server itself."""

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
from PySide6.QtGui import QImage

from tests.conftest import PROJECT, SEED_ARTICLE
from tests.test_cli_screenshot import colours
from tests.xserver import XServer, start_xvfb

pytestmark = pytest.mark.xvfb

GRAB = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1], 'PNG')\n"
    "sys.exit(0 if ok else 1)\n"
)


@pytest.fixture
def x_servers() -> Iterator[list[XServer]]:
    """The X servers a test started; all stopped at its end."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run 'sh scripts/system-deps.sh test' (as root)")
    servers: list[XServer] = []
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()


def test_window_paints_on_a_real_x_server(
    x_servers: list[XServer], tmp_path: Path, config_dir: Path
) -> None:
    shot = tmp_path / "xvfb.png"
    env, app = launch_reader(x_servers, config_dir)
    try:
        deadline = time.monotonic() + 60
        distinct, dark, light = 0, 0.0, 0.0
        while time.monotonic() < deadline:
            if app.poll() is not None:
                err = EXITED.get(app.pid) or app.communicate()[1]
                pytest.fail(f"the reader exited: {err}\n{x_servers[-1].describe()}")
            subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, timeout=60, check=True)
            image = QImage(str(shot))
            distinct, dark = colours(image)
            light = colours_light(image)
            if distinct > 20 and dark > 0.01 and light > 0.3:
                break
            time.sleep(0.5)
        assert distinct > 20, "the screen stayed blank"
        assert dark > 0.01, "no text was drawn"
        assert light > 0.3, "the window did not cover the screen's black root"
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
    keep = os.environ.get("BULLETIN_READER_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


def colours_light(image: QImage, step: int = 9) -> float:
    light = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            light += image.pixelColor(x, y).lightness() > 200
            total += 1
    return light / total


def launch_reader(
    servers: list[XServer], config_dir: Path
) -> tuple[dict[str, str], subprocess.Popen[str]]:
    """The reader on a fresh Xvfb, once more on another if it could not reach the first.

    CI once saw "could not connect to display" right after Xvfb had said it was ready; that
    is the X server's trouble, not the reader's, so one more server is tried, and what the
    first one was doing is printed (pytest shows it if the test fails later).
    """
    for attempt in (1, 2):
        servers.append(start_xvfb())
        env = dict(os.environ, DISPLAY=servers[-1].display, QT_QPA_PLATFORM="xcb")
        env["BULLETIN_READER_CONFIG_DIR"] = str(config_dir)
        app = subprocess.Popen(
            [sys.executable, "-m", "reader", str(SEED_ARTICLE), "--lang", "vi"],
            env=env, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        if attempt == 2 or not _display_refused(app):
            return env, app
        print(f"the reader could not reach {servers[-1].describe()}", file=sys.stderr)
    raise AssertionError("unreachable")


EXITED: dict[int, str] = {}  # pid -> what a reader that exited early wrote to stderr


def _display_refused(app: subprocess.Popen[str], wait: float = 15.0) -> bool:
    """True if the reader exited within `wait` seconds saying it could not reach the display.

    Returns as soon as the reader has an X connection (it then paints within the test's
    loop) or has exited for another reason (the test reports that).
    """
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if app.poll() is not None:
            assert app.stderr is not None
            err = EXITED[app.pid] = app.stderr.read()  # read once: kept for the message
            return "could not connect to display" in err
        if _has_x_connection(app.pid):
            return False
        time.sleep(0.05)
    return False


def _has_x_connection(pid: int) -> bool:
    """Whether the process holds a Unix socket (Qt's X connection is its first)."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:"):
                return True
        except OSError:
            continue
    return False
