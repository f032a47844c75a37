"""The reader as people outside the repository get it: `python -m build` makes the sdist and
then the wheel FROM the sdist (so the sdist must carry the .ts and the build must compile
it), pip installs the wheel into a fresh venv in a temporary folder, and the installed
program runs from there with the checkout out of reach (cwd elsewhere, no PYTHONPATH).
This is also the /opt install of docs/deploying.md. About a minute: two builds, one venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader import __version__
from tests.conftest import PROJECT

# What `python -m build` needs of the checkout; the .qm `make` wrote beside the .ts stays out,
# so only the build's own lrelease step can put one in the wheel.
SOURCES = (
    "reader", "resources", "articles", "docs", "pyproject.toml", "setup.py", "MANIFEST.in",
    "README.md", "CHANGELOG.md", "constraints.txt",
)  # fmt: skip
ARTICLE = "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
QM = "reader/resources/translations/bulletin_reader_vi.qm"
# Asked of the installed reader by its own Python: the window's menu titles and where the menu
# bar is, and the families of the interface and the article.
PROBE = """
import json, sys
from pathlib import Path
import reader, reader.locations as l
from reader.app import AppContext
ctx = AppContext(sys.argv[1], Path(sys.argv[2]))
w = ctx.window(l.bundled_articles(), l.bundled_articles() / sys.argv[3])
w.resize(1024, 768)
bar = w.menuBar()
print(json.dumps({
    "package": reader.__file__, "path": sys.path, "family": ctx.family,
    "menus": [a.text() for a in bar.actions()], "view_family": w.view.font().family(),
    "bar_bottom": bar.geometry().bottom(),
}))
ctx.close(w)
"""


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", BULLETIN_READER_CONFIG_DIR=str(tmp / "config"))
    return env


def _run(
    args: list[str | Path], tmp: Path, env_extra: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[str]:
    env = _clean_env(tmp) | (env_extra or {})
    result = subprocess.run(
        [str(a) for a in args], cwd=tmp, env=env, capture_output=True,
        encoding="utf-8", timeout=600, check=False, **kw,  # type: ignore[call-overload]
    )  # fmt: skip
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel): the wheel built from the sdist by `python -m build`."""
    tmp = tmp_path_factory.mktemp("build")
    src = tmp / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in SOURCES:
        if (PROJECT / name).is_dir():
            shutil.copytree(PROJECT / name, src / name, ignore=ignore)
        else:
            shutil.copy2(PROJECT / name, src / name)
    _run([sys.executable, "-m", "build", "--outdir", tmp / "dist", src], tmp)
    (sdist,) = (tmp / "dist").glob("bulletin_reader-*.tar.gz")
    (wheel,) = (tmp / "dist").glob("bulletin_reader-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def venv(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the repository with the wheel and its dependencies (pinned), made
    by the script `make install-system` runs, its commands linked in a bin folder."""
    tmp = tmp_path_factory.mktemp("install")
    script = PROJECT / "scripts" / "install-system.sh"
    args: list[str | Path] = ["sh", script, built[1], tmp / "venv", tmp / "bin"]
    _run(args, tmp, env_extra={"PYTHON": sys.executable})
    return tmp / "venv"


def test_the_sdist_carries_sources_and_the_wheel_the_compiled_catalogue(
    built: tuple[Path, Path],
) -> None:
    sdist, wheel = built
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    top = f"bulletin_reader-{__version__}"
    assert f"{top}/resources/translations/bulletin_reader_vi.ts" in names
    assert f"{top}/setup.py" in names
    assert not [n for n in names if n.endswith((".qm", ".pyc"))]
    with zipfile.ZipFile(wheel) as archive:
        wheel_names = set(archive.namelist())
        entry_points = archive.read(f"bulletin_reader-{__version__}.dist-info/entry_points.txt")
    assert QM in wheel_names
    assert not [n for n in wheel_names if n.endswith(".ts")]
    assert {"reader/resources/fonts/OFL.txt", f"reader/articles/{ARTICLE}"} <= wheel_names
    assert b"bulletin-reader = reader.app:main" in entry_points
    assert b"bulletin-reader-gui = reader.gui:main" in entry_points


def test_the_installed_reader_runs_in_vietnamese_with_its_font(
    venv: Path, tmp_path: Path
) -> None:
    python = venv / "bin" / "python"
    program = venv.parent / "bin" / "bulletin-reader"  # the link install-system made
    assert (venv.parent / "bin" / "bulletin-reader-gui").resolve().is_file()

    version = _run([program, "--version"], tmp_path).stdout.splitlines()
    assert version[0] == f"bulletin-reader {__version__}"
    assert [line.split(" ")[0] for line in version[1:]] == [
        "Python", "Qt", "PySide6", "espeak-ng", "pyttsx3", "piper-tts",
    ]  # fmt: skip

    (tmp_path / "probe.py").write_text(PROBE)
    probe = json.loads(_run([python, "probe.py", "vi", tmp_path, ARTICLE], tmp_path).stdout)
    site = Path(probe["package"]).parent.parent
    assert site.is_relative_to(venv), "the checkout's reader was imported"
    assert not [p for p in probe["path"] if p and Path(p).resolve().is_relative_to(PROJECT)]
    assert probe["family"] == "Be Vietnam Pro"  # loaded from the installed fonts folder
    assert probe["view_family"] == "Be Vietnam Pro"
    assert "&Tệp" in probe["menus"] or "Tệp" in [m.replace("&", "") for m in probe["menus"]]
    article = site / "reader" / "articles" / ARTICLE

    shown = json.loads(_run([program, "show", article, "--json"], tmp_path).stdout)
    assert shown["lang"] == "vi"
    assert shown["title"].startswith("Hội nghị")

    strips = {}
    for lang in ("vi", "en"):
        out = tmp_path / f"{lang}.png"
        result = _run([program, "screenshot", article, "--out", out, "--lang", lang], tmp_path)
        assert result.stderr == ""  # no "translation file missing", no "font not found"
        image = QImage(str(out))
        assert image.width() == 1024
        strips[lang] = image.copy(0, 0, image.width(), probe["bar_bottom"] + 1)
    assert strips["vi"] != strips["en"], "the menu bar is not translated"

    said = _run([program, "normalize", "--lang", "vi"], tmp_path, input="UBND tỉnh\n")
    assert said.stdout == "ủy ban nhân dân tỉnh\n"
