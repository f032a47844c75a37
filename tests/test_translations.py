"""Every visible string has a Vietnamese translation, and the language choice is right."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from reader.ui import i18n
from tests.conftest import PROJECT

TS = PROJECT / "resources" / "translations" / "bulletin_reader_vi.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_catalogue_covers_every_string_in_the_source(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists() or shutil.which("pyside6-lupdate"), "pyside6-lupdate not found"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (PROJECT / "reader").rglob("*.py"))
    subprocess.run(
        [str(lupdate if lupdate.exists() else "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    in_code = set(_messages(fresh))
    committed = _messages(TS)
    missing = sorted(in_code - set(committed))
    assert not missing, f"strings not in {TS.name} (run 'make lupdate' and translate): {missing}"
    assert len(in_code) > 50


def test_every_entry_is_translated_and_keeps_placeholders() -> None:
    for (context, source), msg in _messages(TS).items():
        translation = msg.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        text = translation.text or ""
        assert text.strip(), (context, source)
        for placeholder in ("{0}", "{1}", "{reason}", "{author}"):
            assert (placeholder in source) == (placeholder in text), (source, text)


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        ("en", "vi", "vi_VN", "en"),
        (None, "vi", "en_US", "vi"),
        (None, "auto", "vi_VN", "vi"),
        (None, "auto", "de_DE", "en"),
        (None, "auto", "en_GB", "en"),
    ],
)
def test_language_choice(monkeypatch, requested, saved, system, expected) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.choose_language(requested, saved) == expected
