"""`resolve_inside`: an article may show files from its own folder and nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.formats.paths import resolve_inside

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    """``lib/a`` is the article folder; things around it are what must stay unreachable."""
    root = tmp_path / "lib"
    folder = root / "a"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "good.png").write_bytes(PNG)
    (folder / "images" / "ảnh đẹp.png").write_bytes(PNG)
    (folder / "top.png").write_bytes(PNG)
    (root / "secret.png").write_bytes(PNG)
    (root / "a-evil").mkdir()
    (root / "a-evil" / "x.png").write_bytes(PNG)
    return folder


@pytest.mark.parametrize(
    "ref,expected",
    [
        ("images/good.png", "images/good.png"),
        ("./images/good.png", "images/good.png"),
        ("top.png", "top.png"),
        ("images/../top.png", "top.png"),  # stays inside: allowed
        ("images/good.png?v=2#frag", "images/good.png"),
        ("images/%E1%BA%A3nh%20%C4%91%E1%BA%B9p.png", "images/ảnh đẹp.png"),
        ("images/ảnh đẹp.png", "images/ảnh đẹp.png"),
        ("  images/good.png  ", "images/good.png"),
    ],
)
def test_good_references_resolve_inside(lib: Path, ref: str, expected: str) -> None:
    path, problem = resolve_inside(lib, ref)
    assert problem is None
    assert path is not None
    assert path == (lib / expected).resolve()
    assert path.is_file()


@pytest.mark.parametrize(
    "ref,reason",
    [
        ("../secret.png", "outside"),
        ("images/../../secret.png", "outside"),
        ("%2e%2e/secret.png", "outside"),
        ("..%2Fsecret.png", "outside"),
        ("../a-evil/x.png", "outside"),  # the sibling-prefix case: /lib/a-evil is not in /lib/a
        ("/etc/passwd", "absolute"),
        ("\\\\server\\share\\a.png", "absolute"),
        ("file:///etc/passwd", "URL"),
        ("FILE:/etc/passwd", "URL"),
        ("http://example.com/a.png", "URL"),
        ("https://example.com/a.png", "URL"),
        ("//host/a.png", "URL"),
        ("data:image/png;base64,AAAA", "URL"),
        ("javascript:alert(1)", "URL"),
        ("C:\\Windows\\a.png", "URL"),
        ("images/%00.png", "invalid"),
    ],
)
def test_references_out_of_the_folder_are_refused(lib: Path, ref: str, reason: str) -> None:
    path, problem = resolve_inside(lib, ref)
    assert path is None
    assert problem is not None
    assert problem.startswith("refused"), problem
    assert reason in problem


def test_absolute_path_to_a_file_inside_is_still_refused(lib: Path) -> None:
    """Even an absolute path that points into the folder: articles must be movable."""
    path, problem = resolve_inside(lib, str(lib / "images" / "good.png"))
    assert path is None
    assert problem is not None and "absolute" in problem


def test_symlink_pointing_outside_is_refused(lib: Path) -> None:
    link = lib / "images" / "link.png"
    try:
        os.symlink(lib.parent / "secret.png", link)
    except OSError:
        pytest.skip("symlinks not supported here")
    path, problem = resolve_inside(lib, "images/link.png")
    assert path is None
    assert problem is not None and "outside" in problem


def test_symlinked_folder_pointing_outside_is_refused(lib: Path) -> None:
    try:
        os.symlink(lib.parent / "a-evil", lib / "images" / "evil", target_is_directory=True)
    except OSError:
        pytest.skip("symlinks not supported here")
    path, problem = resolve_inside(lib, "images/evil/x.png")
    assert path is None
    assert problem is not None and problem.startswith("refused")


def test_symlink_staying_inside_is_accepted(lib: Path) -> None:
    try:
        os.symlink(lib / "images" / "good.png", lib / "alias.png")
    except OSError:
        pytest.skip("symlinks not supported here")
    path, problem = resolve_inside(lib, "alias.png")
    assert problem is None
    assert path == (lib / "images" / "good.png").resolve()


def test_symlink_loop_is_a_problem_not_a_crash(lib: Path) -> None:
    try:
        os.symlink(lib / "loop2.png", lib / "loop1.png")
        os.symlink(lib / "loop1.png", lib / "loop2.png")
    except OSError:
        pytest.skip("symlinks not supported here")
    path, problem = resolve_inside(lib, "loop1.png")
    assert path is None
    assert problem is not None


def test_folder_reached_through_a_symlink_is_its_own_inside(tmp_path: Path, lib: Path) -> None:
    """The article folder itself may be a symlink (a library on another disk)."""
    alias = tmp_path / "alias"
    try:
        os.symlink(lib, alias, target_is_directory=True)
    except OSError:
        pytest.skip("symlinks not supported here")
    path, problem = resolve_inside(alias, "images/good.png")
    assert problem is None
    assert path == (lib / "images" / "good.png").resolve()


@pytest.mark.parametrize("ref", ["images/nothing.png", "images/good.png/x"])
def test_missing_files_are_missing(lib: Path, ref: str) -> None:
    path, problem = resolve_inside(lib, ref)
    assert path is None
    assert problem is not None and problem.startswith("missing"), problem
    assert ref in problem


def test_what_is_not_a_regular_file_is_unreadable(lib: Path) -> None:
    os.mkfifo(lib / "images" / "feed")
    for ref in ("images", "images/feed"):
        path, problem = resolve_inside(lib, ref)
        assert path is None
        assert problem == f"unreadable: {ref!r} is not a regular file"


@pytest.mark.parametrize("ref", ["", "   "])
def test_empty_reference(lib: Path, ref: str) -> None:
    assert resolve_inside(lib, ref) == (None, "no image path")


def test_name_too_long_is_a_problem_not_an_exception(lib: Path) -> None:
    path, problem = resolve_inside(lib, "x" * 400 + ".png")
    assert path is None
    assert problem is not None and problem.startswith("missing")
