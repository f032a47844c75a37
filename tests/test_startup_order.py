"""A slow last-read article must not leave the library empty at start-up (issue 16, 6)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_loading import _HeldParse


def test_the_library_is_listed_while_a_slow_first_article_loads(
    qtbot, monkeypatch, open_window, library: Path, config_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from reader.formats import markdown_article

    slow = library / "slow.md"
    slow.write_text("---\ntitle: Slow\n---\n\nText.\n", encoding="utf-8")
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(
        json.dumps({"library/last_article": str(slow)}), encoding="utf-8"
    )
    held = _HeldParse(slow)
    monkeypatch.setattr(markdown_article, "load_article", held)
    try:
        _, window = open_window(library)  # returns when the library is listed
        assert held.started.is_set(), "the slow article was not asked for first"
        assert window.library.rowCount() >= 4  # the bundled articles and the slow one
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Slow"), timeout=10000)
