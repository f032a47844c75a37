"""The one build step setuptools cannot declare: the Qt Linguist catalogues (.ts, the
sources we translate) compiled to .qm into the wheel, so a wheel built anywhere (from the
checkout or from the sdist, which carries only the .ts) starts in Vietnamese.

lrelease is Qt's own compiler, shipped in PySide6-Essentials (the runtime dependency, same
pin): pyproject.toml lists it as a build requirement. Measured here: installing it into the
isolated build environment from pip's cache takes about 3 s; a .qm written by any other tool
would be a second, unchecked implementation of Qt's format. An editable install skips the
step: `make translations` writes the .qm beside the .ts for the checkout.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CATALOGUES = Path("resources") / "translations"
PACKAGE_DIR = Path("reader") / "resources" / "translations"


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one catalogue; a failure stops the build (a wheel without it is broken)."""
    import PySide6

    tool = Path(PySide6.__file__).resolve().parent / "lrelease"  # lrelease.exe on Windows
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=300)
    if not qm.is_file() or qm.stat().st_size == 0:
        raise RuntimeError(f"lrelease wrote no {qm}")


class BuildPyWithTranslations(build_py):
    """build_py, then every .ts compiled to the .qm the installed reader loads."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for ts in sorted(CATALOGUES.glob("*.ts")):
            lrelease(ts, Path(self.build_lib) / PACKAGE_DIR / f"{ts.stem}.qm")


setup(cmdclass={"build_py": BuildPyWithTranslations})
