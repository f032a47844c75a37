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
from tests.xserver import start_xvfb

pytestmark = pytest.mark.xvfb

GRAB = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1], 'PNG')\n"
    "sys.exit(0 if ok else 1)\n"
)


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run 'sh scripts/system-deps.sh test' (as root)")
    proc, display = start_xvfb()
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(10)


def test_window_paints_on_a_real_x_server(xvfb: str, tmp_path: Path, config_dir: Path) -> None:
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    env["BULLETIN_READER_CONFIG_DIR"] = str(config_dir)
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", str(SEED_ARTICLE), "--lang", "vi"],
        env=env, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    shot = tmp_path / "xvfb.png"
    try:
        deadline = time.monotonic() + 60
        distinct, dark, light = 0, 0.0, 0.0
        while time.monotonic() < deadline:
            assert app.poll() is None, f"the reader exited: {app.communicate()[1]}"
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
