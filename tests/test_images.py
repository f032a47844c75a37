"""Images are read as bytes by us and decoded from memory: Qt never opens a path itself.

An SVG can draw other files (outside the article's folder, or a FIFO that froze the app);
SVG is refused, whatever the file is called, and only regular files are ever read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.formats.image_data import pixel_size, sniff_format
from reader.model import Article, Figure
from reader.storage import read_regular_file
from reader.ui.loading import read_images
from tests.conftest import CHART_ARTICLE, PROJECT

PNG = CHART_ARTICLE.parent / "images" / "chi-tieu-nam-2023.png"
GIF_1X1 = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)


def _svg(href: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="200" height="100"><rect width="200" height="100" fill="red"/>'
        f'<image xlink:href="{href}" width="200" height="100"/></svg>'
    )


def _article(*names: str) -> Article:
    return Article(title="T", blocks=tuple(Figure(n, "alt", None) for n in names))


def test_svg_drawing_an_outside_file_is_refused_and_nothing_outside_is_opened(
    tmp_path: Path, config_dir: Path
) -> None:
    """Under strace: loading and showing the article never opens the canary outside."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed: it proves no outside file is opened (apt strace)")
    outside = tmp_path / "outside"
    outside.mkdir()
    canary = outside / "canary.png"
    shutil.copy(PNG, canary)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "pic.svg").write_text(_svg(str(canary)))
    (lib / "disguised.png").write_text(_svg("../outside/canary.png"))
    (lib / "a.md").write_text(
        "---\ntitle: SVG\nlang: en\n---\n\nText.\n\n![x](pic.svg)\n\n![y](disguised.png)\n"
    )
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BULLETIN_READER_CONFIG_DIR=str(config_dir))
    result = subprocess.run(
        [strace, "-f", "-e", "trace=open,openat,openat2", "-o", str(trace),
         sys.executable, "-m", "reader", "screenshot", str(lib / "a.md"),
         "--out", str(tmp_path / "shot.png")],
        capture_output=True, text=True, env=env, cwd=PROJECT, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    opened = trace.read_text()
    assert "pic.svg" in opened  # the trace did see the article's own files
    assert "canary" not in opened


def test_svg_is_refused_by_content_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "pic.svg").write_text(_svg("data:,x"))
    (tmp_path / "photo.png").write_text('<?xml version="1.0"?>\n' + _svg("x.png"))
    images, problems = read_images(_article("pic.svg", "photo.png"), tmp_path)
    assert images == {}
    assert "SVG" in problems["pic.svg"] and "SVG" in problems["photo.png"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_never_opened_for_blocking_reads(tmp_path: Path) -> None:
    """A FIFO where an image was (swapped in after the folder check) is a problem, at once."""
    os.mkfifo(tmp_path / "feed")
    (tmp_path / "pic.svg").write_text(_svg("feed"))
    result: list[tuple[dict[str, QImage], dict[str, str]]] = []
    worker = threading.Thread(
        target=lambda: result.append(read_images(_article("feed", "pic.svg"), tmp_path)),
        daemon=True,
    )
    worker.start()
    worker.join(60)
    if worker.is_alive():  # unblock it (a writer opens the FIFO), then fail
        fd = os.open(tmp_path / "feed", os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading the images blocked on a FIFO")
    images, problems = result[0]
    assert images == {}
    assert "not a regular file" in problems["feed"]
    assert "SVG" in problems["pic.svg"]


def test_read_regular_file_bounds_and_refuses(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"x" * 100)
    assert read_regular_file(tmp_path / "f", 100) == b"x" * 100
    with pytest.raises(OSError, match="larger"):
        read_regular_file(tmp_path / "f", 99)
    (tmp_path / "d").mkdir()
    with pytest.raises(OSError, match="not a regular file"):
        read_regular_file(tmp_path / "d", 100)
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing", 100)
    (tmp_path / "link").symlink_to(tmp_path / "f")
    with pytest.raises(OSError):  # a final symlink is not followed when asked
        read_regular_file(tmp_path / "link", 100, follow_symlinks=False)
    assert read_regular_file(tmp_path / "link", 100) == b"x" * 100


def test_raster_images_still_decode(tmp_path: Path) -> None:
    shutil.copy(PNG, tmp_path / "a.png")
    image = QImage(str(PNG))
    for fmt in ("JPG", "BMP", "WEBP"):
        assert image.save(str(tmp_path / f"a.{fmt.lower()}"), fmt)
    names = ["a.png", "a.jpg", "a.bmp", "a.webp"]
    (tmp_path / "one.gif").write_bytes(GIF_1X1)
    images, problems = read_images(_article(*names, "one.gif"), tmp_path)
    assert problems == {}
    assert images["one.gif"].width() == 1 and pixel_size(GIF_1X1, "GIF") == (1, 1)
    for name in names:
        data = (tmp_path / name).read_bytes()
        fmt = sniff_format(data)
        assert fmt is not None
        assert pixel_size(data, fmt) == (image.width(), image.height()), name
        assert images[name].size() == image.size()


def test_too_many_pixels_is_refused_before_decoding(tmp_path: Path) -> None:
    data = bytearray(PNG.read_bytes())
    data[16:24] = (30000).to_bytes(4, "big") * 2  # the header claims 30000 x 30000
    (tmp_path / "big.png").write_bytes(bytes(data))
    (tmp_path / "cut.png").write_bytes(PNG.read_bytes()[:200])
    images, problems = read_images(_article("big.png", "cut.png"), tmp_path)
    assert images == {}
    assert "too many pixels" in problems["big.png"]
    assert "damaged" in problems["cut.png"]
