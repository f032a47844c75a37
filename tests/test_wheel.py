"""A built wheel carries every module and every file the reader reads at run time, and an
installed one finds them through reader.locations (about 10 s: pip builds and installs it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PROJECT

SOURCES = (
    "reader", "resources", "articles", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md",
)  # fmt: skip


def _pip(*args: str, cwd: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", *args],
        cwd=cwd,
        check=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip wheel --no-deps .` on a clean copy (setuptools' build/ folder keeps deleted files);
    without the checkout's .qm: the build compiles its own (setup.py)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in SOURCES:
        if (PROJECT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
            shutil.copytree(PROJECT / name, src / name, ignore=ignore)
        else:
            shutil.copy2(PROJECT / name, src / name)
    _pip("wheel", "--no-deps", "-w", str(tmp / "dist"), str(src), cwd=tmp)
    (built,) = (tmp / "dist").glob("bulletin_reader-*.whl")
    return built


def _expected() -> set[str]:
    """Every module, resource (the .qm, not the .ts it is built from) and bundled article."""
    names = {f"reader/{p.relative_to(PROJECT / 'reader').as_posix()}" for p in _files("reader")}
    names = {n for n in names if n.endswith(".py")}
    for folder in ("resources", "articles"):
        for path in _files(folder):
            if path.suffix != ".ts":
                names.add(f"reader/{path.relative_to(PROJECT).as_posix()}")
    return names


def _files(folder: str) -> list[Path]:
    root = PROJECT / folder
    return [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def test_the_wheel_has_every_module_resource_and_bundled_article(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert _expected() - names == set()
    for wanted in (
        "reader/resources/fonts/BeVietnamPro-Regular.ttf",
        "reader/resources/fonts/OFL.txt",
        "reader/resources/translations/bulletin_reader_vi.qm",
        "reader/resources/speech/vi-abbreviations.tsv",
        "reader/resources/speech/en-abbreviations.tsv",
        "reader/articles/2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md",
        "reader/articles/2023-12-05-bac-kan-ket-qua-nam-2023/article.md",
        "reader/articles/2023-12-05-bac-kan-ket-qua-nam-2023/images/chi-tieu-nam-2023.png",
    ):
        assert wanted in names
    assert not any(n.startswith(("resources/", "articles/", "tests/")) for n in names)
    assert not any(n.endswith(".ts") for n in names)  # the sources of the .qm stay out


def test_an_installed_wheel_finds_its_own_files(wheel: Path, tmp_path: Path) -> None:
    """Installed apart from the checkout (no site, no checkout on the path): every folder is
    inside the installed package and holds its files."""
    target = tmp_path / "site"
    _pip("install", "--no-deps", "--no-index", "--target", str(target), str(wheel), cwd=tmp_path)
    probe = (
        "import json, reader, reader.locations as l;"
        "print(json.dumps({'package': reader.__file__, 'fonts': str(l.fonts_dir()),"
        " 'qm': str(l.translations_dir()), 'lexicons': str(l.lexicons_dir()),"
        " 'articles': str(l.bundled_articles())}))"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    found = {key: Path(value) for key, value in json.loads(out).items()}
    package = target / "reader"
    assert found["package"] == package / "__init__.py"
    assert found["fonts"] == package / "resources" / "fonts"
    assert len(list(found["fonts"].glob("*.ttf"))) == 4
    assert (found["qm"] / "bulletin_reader_vi.qm").is_file()
    assert (found["lexicons"] / "vi-abbreviations.tsv").is_file()
    assert found["articles"] == package / "articles"
    images = found["articles"] / "2023-12-05-bac-kan-ket-qua-nam-2023" / "images"
    assert len(list(images.glob("*.png"))) == 2
