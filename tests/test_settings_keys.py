"""Settings are named by typed constants; the names in the file never change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from reader.settings import SCHEMA, Setting, SettingsStore, keys
from tests.conftest import PROJECT

# Written by the store before the typed keys (commit 0916d4c), with every setting changed.
OLD_FILE = PROJECT / "tests" / "data" / "settings" / "settings-0916d4c.json"
OLD_VALUES: dict[Setting[Any], Any] = {
    keys.SCALE: 175,
    keys.INTERFACE_SCALE: 150,
    keys.THEME: "high-contrast",
    keys.FONT: "Noto Sans",
    keys.LINE_HEIGHT: 180,
    keys.PARAGRAPH_SPACING: 150,
    keys.LETTER_SPACING: 12,
    keys.WORD_SPACING: 16,
    keys.MAX_LINE_CHARS: 60,
    keys.SPEECH_RATE: 230,
    keys.SPEECH_VOLUME: 70,
    keys.SPEECH_FIGURES: "both",
    keys.SPEECH_HIGHLIGHT: "underline",
    keys.VOICE_VI: "vi/espeak",
    keys.VOICE_EN: "en-us",
    keys.LANGUAGE: "vi",
    keys.LAST_ARTICLE: "/home/đọc/Tin tức/bài viết.md",
    keys.WINDOW_GEOMETRY: "AdnQywADAAAAAAAAAAAAAAAAA+8AAALjAAAAAAAAAAAAAAPvAAAC4w==",
    keys.WINDOW_SPLITTER: "AAAA/wAAAAEAAAACAAABLAAAAyABAAAABgEAAAAB",
}

ADDED_SINCE: set[Setting[Any]] = {keys.LIBRARY_FOLDERS}  # declared after that file was written


def test_a_file_written_before_the_typed_keys_loads_the_same(tmp_path: Path) -> None:
    shutil.copy(OLD_FILE, tmp_path / SettingsStore.FILE_NAME)
    store = SettingsStore(tmp_path)
    assert store.problem is None
    # the file covers every setting of its time; later ones load as their defaults
    assert set(OLD_VALUES) == set(SCHEMA.values()) - ADDED_SINCE
    for setting in ADDED_SINCE:
        assert store.get(setting) == setting.default, setting
    for setting, value in OLD_VALUES.items():
        assert store.get(setting) == value, setting
        assert value != setting.default, setting  # a lost value would not show otherwise
    store.save()  # written back byte for byte: same names, same layout
    assert (tmp_path / SettingsStore.FILE_NAME).read_bytes() == OLD_FILE.read_bytes()


def test_every_setting_is_declared_once_with_its_own_name() -> None:
    declared = [v for v in vars(keys).values() if isinstance(v, Setting)]
    assert list(SCHEMA.values()) == declared
    assert len({s.key for s in declared}) == len(declared)
    for setting in declared:
        assert setting.validate(setting.default) == setting.default, setting
        assert re.fullmatch(r"[a-z]+/[a-z_]+", setting.key), setting


def string_keys_outside_settings() -> list[str]:
    """Quoted setting names in reader/ outside reader/settings: each should be keys.X."""
    names = "|".join(re.escape(s.key) for s in SCHEMA.values())
    # Also misspelt names in a section; "text/..." only with an underscore, as "text/html"
    # (a MIME type) is not a setting.
    sections = "|".join(sorted({s.section for s in SCHEMA.values()} - {"text"}))
    pattern = re.compile(rf"""(["'])(?:{names}|(?:{sections})/[a-z_]+|text/[a-z]+_[a-z_]+)\1""")
    found = []
    package = PROJECT / "reader"
    for path in sorted(package.rglob("*.py")):
        if path.is_relative_to(package / "settings"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(PROJECT)}:{number}: {line.strip()}")
    return found


def test_no_setting_is_named_by_a_string_outside_reader_settings() -> None:
    assert string_keys_outside_settings() == []
