"""A cache of parsed articles, so reopening one needs neither Markdown nor YAML.

Entries are the model's own JSON (never pickle: a cache file is data, not code), keyed by
the article's path, size and modification time and by a fingerprint of the code that made
them, so an edited article or a changed parser never shows a stale model. Figure images are
checked again on every hit, since they can appear or vanish without the article changing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from reader import __version__
from reader.formats.paths import resolve_inside
from reader.model import Article, Figure, article_from_dict
from reader.storage import write_atomic

_CODE_DIRS = ("model", "text", "formats")


def code_fingerprint() -> str:
    """Changes whenever the code that builds the model changes (version or source files)."""
    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(__version__.encode())
    for part in _CODE_DIRS:
        for source in sorted((package / part).glob("*.py")):
            st = source.stat()
            h.update(f"{source.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


class ModelCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.fingerprint = code_fingerprint()

    def _prefix(self, path: Path) -> str:
        return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]

    def _entry(self, path: Path) -> Path | None:
        """The cache file for the article as it is now, or None if it cannot be stat'ed.

        The key is in the name, so "is it cached?" is two stats and no reading.
        """
        try:
            st = path.stat()
        except OSError:
            return None
        key = f"{self.fingerprint}:{st.st_size}:{st.st_mtime_ns}"
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        return self.directory / f"{self._prefix(path)}-{digest}.json"

    def is_fresh(self, path: Path) -> bool:
        entry = self._entry(path)
        return entry is not None and entry.is_file()

    def get(self, path: Path) -> Article | None:
        entry = self._entry(path)
        if entry is None:
            return None
        try:
            article = article_from_dict(json.loads(entry.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: parse again
        return _recheck_figures(article, path.parent)

    def put(self, path: Path, article: Article) -> None:
        entry = self._entry(path)
        if entry is None:
            return
        payload = json.dumps(article.to_dict(), ensure_ascii=False)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for old in self.directory.glob(f"{self._prefix(path)}-*.json"):
                old.unlink(missing_ok=True)  # earlier versions of this article
            write_atomic(entry, payload, durable=False)  # a lost entry is parsed again
        except OSError:
            pass  # a cache that cannot be written only costs time


def _recheck_figures(article: Article, folder: Path) -> Article:
    """Figure problems as the file system is now (an image may have been added or removed)."""
    changed = False
    blocks = []
    for block in article.blocks:
        if isinstance(block, Figure) and block.image is not None:
            problem = None
            if block.problem is None or not block.problem.startswith("refused"):
                _, problem = resolve_inside(folder, block.image)
            else:
                problem = block.problem
            if problem != block.problem:
                block = Figure(block.image, block.alt, block.caption, problem)
                changed = True
        blocks.append(block)
    if not changed:
        return article
    warnings = tuple(w for w in article.warnings if not w.startswith("image "))
    warnings += tuple(
        f"image {b.image!r}: {b.problem}" for b in blocks if isinstance(b, Figure) and b.problem
    )
    return dataclasses.replace(article, blocks=tuple(blocks), warnings=warnings)
