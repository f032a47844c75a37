"""Where the user's own library lives (imported articles go there by default)."""

from __future__ import annotations

import os
from pathlib import Path


def user_library() -> Path:
    """$BULLETIN_READER_LIBRARY, else the user's data folder (~/.local/share/bulletin-reader/
    articles on Linux)."""
    env = os.environ.get("BULLETIN_READER_LIBRARY")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("bulletin-reader", appauthor=False)) / "articles"
