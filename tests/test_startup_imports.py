"""Start-up pays only for the first article: what a window showing a cached article imported.

The speech, import, preferences and parsing modules are imported when first used; a module
that slips onto the start-up path shows here (its cost shows in `make bench` and
../shared/tools/launch-ratio).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "articles"

PROBE = r"""
import json, sys
import reader.app

def watch(window):
    def shown(_loaded):
        names = sorted(m for m in sys.modules if m.startswith(("reader", "markdown", "yaml")))
        print("MODULES " + json.dumps(names), flush=True)
        window.close()
    window.article_shown.connect(shown)

reader.app._exit_after_first_paint = watch
sys.exit(reader.app.main(["--exit-after-paint", sys.argv[1]]))
"""

# Needed only once the reader asks for them (or for an article not in the model cache).
LATER = (
    "markdown",
    "yaml",
    "reader.formats.markdown_article",
    "reader.importer",
    "reader.speech.backend",
    "reader.speech.script",
    "reader.text.speech",
    "reader.ui.import_report",
    "reader.ui.bookmarks",
    "reader.ui.import_runner",
    "reader.ui.preferences",
)


def _modules_when_shown(article: Path, home: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, done.stdout + done.stderr
    return json.loads(lines[0].removeprefix("MODULES "))


@pytest.fixture(scope="module")
def warm_start(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    article = sorted(SEED.glob("*.md"))[0]
    home = tmp_path_factory.mktemp("home")
    cold = _modules_when_shown(article, home)  # fills the model cache
    assert "reader.formats.markdown_article" in cold  # the first time it must parse
    return _modules_when_shown(article, home)


@pytest.mark.parametrize("module", LATER)
def test_a_cached_article_is_shown_without(warm_start: list[str], module: str) -> None:
    assert module not in warm_start


def test_the_probe_sees_the_window_modules(warm_start: list[str]) -> None:
    # Guards the test itself: an empty list would pass every check above.
    assert {"reader.ui.main_window", "reader.ui.article_view", "reader.model"} <= set(warm_start)
