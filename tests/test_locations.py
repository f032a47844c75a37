"""reader.locations: the user's folders (XDG and our overrides) and the program's own files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader import locations
from tests.conftest import PROJECT

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG folders in tmp_path and none of our overrides set."""
    monkeypatch.delenv(locations.CONFIG_ENV, raising=False)
    monkeypatch.delenv(locations.LIBRARY_ENV, raising=False)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    return tmp_path


@linux_only
def test_the_user_folders_follow_xdg(xdg: Path) -> None:
    assert locations.config_dir() == xdg / "config" / "bulletin-reader"
    assert locations.cache_dir() == xdg / "cache" / "bulletin-reader"
    assert locations.data_dir() == xdg / "data" / "bulletin-reader"
    assert locations.user_library() == xdg / "data" / "bulletin-reader" / "articles"
    assert locations.state_dir() == xdg / "state" / "bulletin-reader"
    assert locations.reading_state_dir() == xdg / "data" / "bulletin-reader"


@linux_only
def test_the_config_dir_option_wins_and_takes_the_cache_along(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "kiosk"
    assert locations.config_dir(chosen) == chosen
    assert locations.cache_dir(chosen) == chosen / "cache"
    assert locations.state_dir(chosen) == chosen / "state"
    assert locations.reading_state_dir(chosen) == chosen / "data"
    monkeypatch.setenv(locations.CONFIG_ENV, str(tmp_path / "from-env"))
    assert locations.config_dir() == tmp_path / "from-env"
    assert locations.cache_dir() == tmp_path / "from-env" / "cache"
    assert locations.state_dir() == tmp_path / "from-env" / "state"
    assert locations.config_dir(chosen) == chosen  # the option beats the environment
    assert locations.cache_dir(chosen) == chosen / "cache"
    # the data folder is the user's whatever the config folder is
    assert locations.data_dir() == xdg / "data" / "bulletin-reader"


def test_the_library_variable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(locations.LIBRARY_ENV, str(tmp_path / "mine"))
    assert locations.user_library() == tmp_path / "mine"


def test_a_source_checkout_finds_the_top_level_folders() -> None:
    """The suite runs from the checkout (editable install or none): resources/ and articles/
    beside the package. tests/test_wheel.py checks an installed wheel."""
    assert locations.resources_dir() == PROJECT / "resources"
    assert locations.bundled_articles() == PROJECT / "articles"
    assert sorted(p.name for p in locations.fonts_dir().glob("*.ttf"))[0].startswith("BeViet")
    assert (locations.translations_dir() / "bulletin_reader_vi.ts").is_file()
    assert (locations.lexicons_dir() / "en-abbreviations.tsv").is_file()
