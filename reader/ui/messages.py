"""User-facing, translated explanations of load problems (keyed by the stable error kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.formats.errors import ArticleError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe_error(error: ArticleError) -> str:
    kind = error.kind
    if kind == "not-found":
        return _tr("The file no longer exists.")
    if kind == "unreadable":
        return _tr("The file cannot be read.") + f" ({error.detail})"
    if kind == "too-large":
        return _tr("The file is too large to open as an article (the limit is 5 MB).")
    if kind == "binary":
        return _tr("This is not a text file, so it cannot be shown as an article.")
    if kind == "not-utf8":
        return _tr(
            "The text is not in UTF-8 encoding. Save it as UTF-8, or use the import command."
        )
    if kind == "empty":
        return _tr("The file is empty.")
    if kind == "front-matter":
        return (
            _tr("The article's header (front matter) is broken:")
            + " "
            + error.detail.split(": ", 1)[-1]
        )
    return error.detail
