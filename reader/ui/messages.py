"""User-facing, translated explanations of load problems (keyed by the stable error kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.formats.errors import ArticleError

translate = QCoreApplication.translate


def describe_error(error: ArticleError) -> str:
    kind = error.kind
    if kind == "not-found":
        return translate("Messages", "The file no longer exists.")
    if kind == "unreadable":
        return translate("Messages", "The file cannot be read: {0}").format(error.detail)
    if kind == "too-large":
        return translate("Messages", "The file is too large to open as an article (over 5 MB).")
    if kind == "binary":
        return translate(
            "Messages", "This is not a text file, so it cannot be shown as an article."
        )
    if kind == "not-utf8":
        return translate(
            "Messages", "The text is not in UTF-8 encoding. Save it as UTF-8, or import it."
        )
    if kind == "empty":
        return translate("Messages", "The file is empty.")
    if kind == "front-matter":
        reason = error.detail.split(": ", 1)[-1]
        return translate("Messages", "The article's front matter is broken: {0}").format(reason)
    return error.detail
