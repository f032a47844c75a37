"""Why a file could not become an article, in a form both the CLI and the UI can explain."""

from __future__ import annotations

from typing import Literal

ErrorKind = Literal[
    "not-found", "unreadable", "too-large", "binary", "not-utf8", "empty", "front-matter"
]


class ArticleError(Exception):
    """A file that cannot be read as an article.

    ``kind`` is stable (the UI translates by it); ``detail`` is plain English for logs and
    the command line.
    """

    def __init__(self, kind: ErrorKind, detail: str, path: str | None = None) -> None:
        super().__init__(detail)
        self.kind: ErrorKind = kind
        self.detail = detail
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}" if self.path else self.detail
