"""Where the program's own files are (resources, bundled library)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = PACKAGE_DIR.parent
RESOURCES_DIR = PROJECT_DIR / "resources"
BUNDLED_ARTICLES = PROJECT_DIR / "articles"
