"""constraints.txt (made by `make lock`) pins every dependency, and is what is installed.

A fresh machine once failed the suite because pyproject's ranges let it install a newer
Markdown than the one tested; the lock is what makes `make test` repeatable.
"""

from __future__ import annotations

import importlib.metadata
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import PROJECT


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (PROJECT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        req = Requirement(line)
        (spec,) = req.specifier  # one "==" each
        assert spec.operator == "==", line
        pins[canonicalize_name(req.name)] = spec.version
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():  # make setup installs them all
        names += extra
    return [Requirement(r) for r in names]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pins = _pins()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in constraints.txt: run 'make lock'"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {req.name}=={pins[name]}, outside {req.specifier}: "
            "run 'make lock'"
        )


@pytest.mark.parametrize("req", _declared(), ids=lambda r: r.name)
def test_the_installed_version_is_the_pinned_one(req: Requirement) -> None:
    pinned = _pins()[canonicalize_name(req.name)]
    assert importlib.metadata.version(req.name) == pinned, (
        f"{req.name} {importlib.metadata.version(req.name)} is installed, the lock says "
        f"{pinned}: install with 'make setup' (pip -c constraints.txt)"
    )
