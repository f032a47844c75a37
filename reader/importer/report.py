"""The import report: why an input was skipped or failed, and one record per input.

Every reason is written here once, keyed by a stable code: ``REASONS`` maps the code to its
English sentence, whose ``{0}``, ``{1}``... are the record's ``args``. The command prints the
sentence; the window (``reader.ui.import_report``) keeps a translation of each sentence under
the same code, so a code is the whole contract between them. The record keys are described
in ``reader.importer.batch`` and docs/importing.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reader.formats.encodings import DECODE_REASONS
from reader.formats.html_page import IMAGE_NOTES, PAGE_REASONS, HtmlPage
from reader.formats.scrape_text import (
    NOTE_NO_DATE,
    NOTE_NO_TITLE,
    NOTE_TITLE_FROM_LEAD,
    SCRAPE_REASONS,
)

if TYPE_CHECKING:
    from reader.importer.recover import Recovered

__all__ = ["NOTE_CODES", "REASONS", "ImportFailure", "Result", "Status", "reason_message"]

Status = Literal["ok", "skipped", "failed"]
Source = Path | str  # a str is a URL

# Reason codes of skipped and failed inputs -> their English sentence ({0}, {1}...: args).
# The window translates by the code; a code it does not know (a newer importer) is shown in
# English (the record's message).
REASONS = {
    # skipped
    "not-a-page": "not a text scrape or a web page (.txt, no extension, .html, .htm)",
    "mhtml": "a single-file web archive (MHTML) is not supported; save the page as HTML",
    "same-name": "{0} was just written from {1} (same date and title, different text)",
    "edited": "{0} was edited after it was imported; run again with --force to replace it "
    "(a backup is kept)",
    "not-imported": "{0} was not written by the importer; run again with --force to replace "
    "it (a backup is kept)",
    # failed: reading the input
    "not-found": "the file does not exist",
    "unreadable": "cannot read the file ({0})",
    "not-a-file": "this is not a regular file",
    "too-large": "the file is {0} MB; the limit is {1} MB",
    # ... its bytes are no text, the text or the page no article: the formats' own sentences
    **DECODE_REASONS,
    **SCRAPE_REASONS,
    **PAGE_REASONS,
    # failed: fetching a URL ({0} is the URL)
    "fetch-not-web-address": "cannot fetch {0}: not an http or https address",
    "fetch-timeout": "cannot fetch {0}: timed out",
    "fetch-name-timeout": "cannot fetch {0}: timed out looking up the server name {1}",
    "fetch-name-not-found": "cannot fetch {0}: the server name was not found",
    "fetch-refused": "cannot fetch {0}: the connection was refused",
    "fetch-closed": "cannot fetch {0}: the server closed the connection",
    "fetch-http": "cannot fetch {0}: HTTP {1} {2}",
    "fetch-not-html": "cannot fetch {0}: not a web page ({1})",
    "fetch-too-large": "cannot fetch {0}: the page is over {1} MB",
    "fetch-secure": "cannot fetch {0}: secure connection failed ({1})",
    "fetch-bad-answer": "cannot fetch {0}: bad answer from the server ({1})",
    "fetch-failed": "cannot fetch {0}: {1}",
    # failed: writing the article
    "target-not-file": "{0} is not a regular file; not replaced",
    "cannot-read-target": "cannot read {0} ({1})",
    "cannot-backup": "cannot back up {0} ({1})",
    "cannot-write": "cannot write {0} ({1})",
    "internal-error": "internal error: {0}",
}
# Notes on an imported article (its warnings): code -> the values of its sentence.
NOTE_CODES = {
    "no-title": (), "no-date": (), "title-from-lead": (),
    "images-remote": ("n",), "images-embedded": ("n",), "images-outside": ("n",),
    "images-missing": ("n",), "images-not-an-image": ("n",),
}  # fmt: skip
_NOTES = {
    NOTE_NO_TITLE: "no-title",
    NOTE_NO_DATE: "no-date",
    NOTE_TITLE_FROM_LEAD: "title-from-lead",
}
_IMAGE_NOTES = {what: "images-" + why.replace(" ", "-") for why, what in IMAGE_NOTES.items()}
_IMAGE_NOTE = re.compile(r"(\d+) images? (.+)")


def reason_message(code: str, *params: str) -> str:
    """The English sentence of reason ``code`` with its values."""
    return REASONS[code].format(*params).rstrip()  # an HTTP status may have no reason phrase


class ImportFailure(Exception):
    """Why one input could not be imported: a reason code and the values of its sentence
    (``REASONS``); the message is that sentence."""

    def __init__(self, code: str, *params: str):
        super().__init__(reason_message(code, *params))
        self.code = code
        self.params = tuple(params)


@dataclass
class Result:
    """One input, done: its report line and its record."""

    source: Source
    status: Status
    message: str
    data: dict[str, Any] | None = None
    target: Path | None = None
    code: str | None = None  # why it was skipped or failed (REASONS)
    params: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)  # an ok line's parts, for records

    @classmethod
    def because(cls, source: Source, status: Status, code: str, *params: str) -> Result:
        """A skipped or failed input, with the sentence of its reason."""
        return cls(source, status, reason_message(code, *params), code=code, params=params)


_RECORD_DETAILS: dict[str, Any] = {
    "action": None, "backup": None, "moved_from": None, "encoding": None, "recomposed": False,
    "paragraphs": None, "headings": None, "captions": None, "images": None, "notes": [],
}  # fmt: skip


def _note(warning: str) -> dict[str, Any]:
    code = _NOTES.get(warning)
    params: list[str] = []
    if code is None and (m := _IMAGE_NOTE.fullmatch(warning)):
        code = _IMAGE_NOTES.get(m.group(2))
        params = [m.group(1)] if code else []
    return {"code": code, "args": params, "message": warning}


def details(rec: Recovered) -> dict[str, Any]:
    """What an ok line says about the article, in parts (for the records)."""
    s = rec.scrape
    return {
        "encoding": rec.decoded.encoding,
        "recomposed": rec.decoded.was_nfd,
        "paragraphs": len(s.paragraphs),
        "headings": len(s.headings),
        "captions": len(s.captions),
        "images": len(rec.images) if isinstance(s, HtmlPage) else None,
        "notes": [_note(w) for w in rec.article.warnings],
    }


def counts(rec: Recovered) -> str:
    """The counts of an ok line: paragraphs, headings, captions (and images of a page)."""
    s = rec.scrape
    text = f"{len(s.paragraphs)} paragraphs, {len(s.headings)} headings, {len(s.captions)} captions"
    if isinstance(s, HtmlPage):
        n = len(rec.images)
        text += f", {n} image{'' if n == 1 else 's'}"
    return text


def record(res: Result, out_dir: Path | None) -> dict[str, Any]:
    """One line of --report-jsonl (the keys are documented in ``reader.importer.batch``)."""
    file = None
    if res.target is not None and out_dir is not None:
        try:
            file = res.target.relative_to(out_dir).as_posix()
        except ValueError:
            file = res.target.as_posix()
    return {
        "source": str(res.source),
        "status": res.status,
        "reason": res.code,
        "args": list(res.params),
        "message": res.message,
        "output": str(res.target) if res.target is not None else None,
        "file": file,
        **_RECORD_DETAILS,
        **res.details,
    }


def summary(results: Sequence[Result]) -> str:
    n = [sum(r.status == s for r in results) for s in ("ok", "skipped", "failed")]
    return f"import: {n[0]} ok, {n[1]} skipped, {n[2]} failed"
