"""`bulletin-reader screenshot`: renders the real window offscreen to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import PROJECT, SEED_ARTICLE


def run_cli(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BULLETIN_READER_CONFIG_DIR=str(config))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env,
        cwd=PROJECT, timeout=120,
    )  # fmt: skip


def colours(image: QImage, step: int = 7) -> tuple[int, float]:
    """Distinct colours on a sample grid, and the share of dark (text) samples."""
    seen: set[int] = set()
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            seen.add(c.rgb())
            dark += c.lightness() < 80
            total += 1
    return len(seen), dark / total


def test_screenshot_at_400_percent_in_vietnamese(tmp_path: Path, config_dir: Path) -> None:
    out = tmp_path / "shot.png"
    result = run_cli(
        "screenshot", str(SEED_ARTICLE), "--out", str(out), "--scale", "400",
        "--size", "1280x1024", "--lang", "vi", config=config_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 1024)
    distinct, dark = colours(image)
    assert distinct > 20 and 0.02 < dark < 0.6
    # The screenshot leaves the user's settings alone.
    assert not (config_dir / "settings.json").exists()


def test_screenshot_rejects_bad_options(tmp_path: Path, config_dir: Path) -> None:
    out = tmp_path / "x.png"
    for args in (["--scale", "123"], ["--size", "huge"], ["--size", "10x10"]):
        result = run_cli(
            "screenshot", str(SEED_ARTICLE), "--out", str(out), *args, config=config_dir
        )
        assert result.returncode != 0
        assert "bulletin-reader: error:" in result.stderr
        assert not out.exists()
    missing = run_cli("screenshot", "nope.md", "--out", str(out), config=config_dir)
    assert missing.returncode != 0 and "does not exist" in missing.stderr


def test_window_without_display_explains(tmp_path: Path, config_dir: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["BULLETIN_READER_CONFIG_DIR"] = str(config_dir)
    result = subprocess.run(
        [sys.executable, "-m", "reader", str(SEED_ARTICLE)], capture_output=True, text=True,
        env=env, cwd=PROJECT, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    assert "no display" in result.stderr
