"""The import report: one line per input, readable and selectable, in the interface language.

The import command runs as a child process (``ImportRunner``) with ``--report-jsonl``: one
JSON object per input with its status, a stable reason code and the values its sentence
needs. The English sentences are written once, in ``reader.importer.report.REASONS``; this
module holds only their translations, under the same codes (a test checks both tables have
the same codes and placeholders), and ``translate`` keeps each string literal for lupdate.
In English the lines read as the command prints them.
A code this version does not know (or a record it cannot read) is shown with the command's
English message. Without records (the command could not run, or stopped before the first
input) the command's own output is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.ui.import_runner import ImportRunner

translate = QCoreApplication.translate
Record = dict[str, Any]


def _reasons() -> dict[str, Callable[[], str]]:
    """Reason code (``reader.importer.report.REASONS``) -> its sentence, translated ({0},
    {1}...: the record's ``args``)."""
    return {
        # skipped
        "not-a-page": lambda: translate(
            "ImportReport", "not a text scrape or a web page (.txt, no extension, .html, .htm)"
        ),
        "mhtml": lambda: translate(
            "ImportReport",
            "a single-file web archive (MHTML) is not supported; save the page as HTML",
        ),
        "same-name": lambda: translate(
            "ImportReport", "{0} was just written from {1} (same date and title, different text)"
        ),
        # the command's sentence names its --force option; the window has none
        "edited": lambda: translate(
            "ImportReport", "{0} was edited after it was imported, so it was not replaced"
        ),
        "not-imported": lambda: translate(
            "ImportReport", "{0} was not written by the importer, so it was not replaced"
        ),
        # failed: reading the input
        "not-found": lambda: translate("ImportReport", "the file does not exist"),
        "unreadable": lambda: translate("ImportReport", "cannot read the file ({0})"),
        "not-a-file": lambda: translate("ImportReport", "this is not a regular file"),
        "too-large": lambda: translate("ImportReport", "the file is {0} MB; the limit is {1} MB"),
        "empty": lambda: translate("ImportReport", "the file is empty"),
        "binary": lambda: translate("ImportReport", "this is a binary file, not text"),
        "unknown-encoding": lambda: translate(
            "ImportReport",
            "the text encoding could not be recognised (not UTF-8, UTF-16, Windows-1258, "
            "TCVN3 or VNI)",
        ),
        "empty-text": lambda: translate("ImportReport", "the text is empty"),
        "only-boilerplate": lambda: translate(
            "ImportReport", "no article text was found (only portal boilerplate)"
        ),
        "no-prose": lambda: translate(
            "ImportReport", "no article text was found (no paragraph of prose)"
        ),
        "no-html": lambda: translate("ImportReport", "the page has no readable HTML"),
        "too-deep": lambda: translate("ImportReport", "the page is nested too deeply to be read"),
        "page-no-article": lambda: translate(
            "ImportReport", "no article text was found in the page"
        ),
        "page-no-prose": lambda: translate(
            "ImportReport", "no article text was found in the page (no paragraph of prose)"
        ),
        # failed: fetching a web address ({0} is the address)
        "fetch-not-web-address": lambda: translate(
            "ImportReport", "cannot fetch {0}: not an http or https address"
        ),
        "fetch-timeout": lambda: translate("ImportReport", "cannot fetch {0}: timed out"),
        "fetch-name-timeout": lambda: translate(
            "ImportReport", "cannot fetch {0}: timed out looking up the server name {1}"
        ),
        "fetch-name-not-found": lambda: translate(
            "ImportReport", "cannot fetch {0}: the server name was not found"
        ),
        "fetch-refused": lambda: translate(
            "ImportReport", "cannot fetch {0}: the connection was refused"
        ),
        "fetch-closed": lambda: translate(
            "ImportReport", "cannot fetch {0}: the server closed the connection"
        ),
        "fetch-http": lambda: translate("ImportReport", "cannot fetch {0}: HTTP {1} {2}"),
        "fetch-not-html": lambda: translate(
            "ImportReport", "cannot fetch {0}: not a web page ({1})"
        ),
        "fetch-too-large": lambda: translate(
            "ImportReport", "cannot fetch {0}: the page is over {1} MB"
        ),
        "fetch-secure": lambda: translate(
            "ImportReport", "cannot fetch {0}: secure connection failed ({1})"
        ),
        "fetch-bad-answer": lambda: translate(
            "ImportReport", "cannot fetch {0}: bad answer from the server ({1})"
        ),
        "fetch-failed": lambda: translate("ImportReport", "cannot fetch {0}: {1}"),
        # failed: writing the article
        "target-not-file": lambda: translate(
            "ImportReport", "{0} is not a regular file; not replaced"
        ),
        "cannot-read-target": lambda: translate("ImportReport", "cannot read {0} ({1})"),
        "cannot-backup": lambda: translate("ImportReport", "cannot back up {0} ({1})"),
        "cannot-write": lambda: translate("ImportReport", "cannot write {0} ({1})"),
        "internal-error": lambda: translate("ImportReport", "internal error: {0}"),
    }


def _notes() -> dict[str, Callable[[int], str]]:
    """Note code -> its sentence, translated (the image notes take their number)."""

    def images(one: str, many: str) -> Callable[[int], str]:
        return lambda n: one if n == 1 else many.format(n)

    return {
        "no-title": lambda n: translate("ImportReport", "no title line was found"),
        "no-date": lambda n: translate("ImportReport", "no publication date was found"),
        "title-from-lead": lambda n: translate(
            "ImportReport", "the title was taken from the first sentence"
        ),
        "images-remote": lambda n: images(
            translate("ImportReport", "1 image on the web, not downloaded (caption kept)"),
            translate("ImportReport", "{0} images on the web, not downloaded (caption kept)"),
        )(n),
        "images-embedded": lambda n: images(
            translate("ImportReport", "1 image embedded in the page, not kept (caption kept)"),
            translate("ImportReport", "{0} images embedded in the page, not kept (caption kept)"),
        )(n),
        "images-outside": lambda n: images(
            translate("ImportReport", "1 image outside the page's folder, refused"),
            translate("ImportReport", "{0} images outside the page's folder, refused"),
        )(n),
        "images-missing": lambda n: images(
            translate("ImportReport", "1 image not found beside the page"),
            translate("ImportReport", "{0} images not found beside the page"),
        )(n),
        "images-not-an-image": lambda n: images(
            translate("ImportReport", "1 image not image files (or too large)"),
            translate("ImportReport", "{0} images not image files (or too large)"),
        )(n),
    }


def reason_text(code: str | None, args: Sequence[Any], message: str) -> str:
    """Why an input was skipped or failed, in the interface language (else ``message``)."""
    sentence = _reasons().get(code or "")
    if sentence is None:
        return message
    try:
        return sentence().format(*(str(a) for a in args)).strip()
    except (IndexError, KeyError, ValueError):
        return message  # the values do not fit this version's sentence


def note_text(note: Record) -> str:
    sentence = _notes().get(note.get("code") or "")
    message = str(note.get("message", ""))
    if sentence is None:
        return message
    try:
        args = note.get("args") or []
        return sentence(int(args[0]) if args else 0)
    except (IndexError, KeyError, ValueError, TypeError):
        return message


def _details(record: Record) -> str:
    """The parts of an ok line in brackets: what was done, encoding, counts, notes."""
    parts: list[str] = []
    action = record["action"]
    if action is not None:
        parts.append(
            {
                "created": lambda: translate("ImportReport", "created"),
                "updated": lambda: translate("ImportReport", "updated"),
                "unchanged": lambda: translate("ImportReport", "unchanged"),
                "replaced": lambda: translate("ImportReport", "replaced; backup {0}").format(
                    record["backup"]
                ),
            }[action]()
        )
        if record["moved_from"]:
            parts.append(translate("ImportReport", "moved from {0}").format(record["moved_from"]))
    encoding = str(record["encoding"])
    if record["recomposed"]:
        encoding += translate("ImportReport", ", decomposed letters recomposed (NFC)")
    parts.append(encoding)
    counts = translate("ImportReport", "{0} paragraphs, {1} headings, {2} captions").format(
        int(record["paragraphs"]), int(record["headings"]), int(record["captions"])
    )
    images = record["images"]
    if images is not None:
        counts += ", " + (
            translate("ImportReport", "1 image")
            if images == 1
            else translate("ImportReport", "{0} images").format(int(images))
        )
    parts.append(counts)
    notes = record["notes"]
    if notes:
        parts.append(
            translate("ImportReport", "note: {0}").format("; ".join(map(note_text, notes)))
        )
    return "; ".join(parts)


def _english(record: Record) -> str:
    """The line as the command printed it."""
    status, source, message = record.get("status"), record.get("source"), record.get("message")
    sep = " -> " if status == "ok" and record.get("output") else ": "
    return f"{status}: {source}{sep}{message}"


def report_line(record: Record) -> str:
    """One input's line, in the interface language."""
    try:
        status, source = record["status"], str(record["source"])
        if status == "ok":
            if record["output"]:
                return translate("ImportReport", "ok: {0} -> {1} ({2})").format(
                    source, record["output"], _details(record)
                )
            return translate("ImportReport", "ok: {0}: {1}").format(source, _details(record))
        why = reason_text(record["reason"], record["args"], str(record["message"]))
        if status == "skipped":
            return translate("ImportReport", "skipped: {0}: {1}").format(source, why)
        if status == "failed":
            return translate("ImportReport", "failed: {0}: {1}").format(source, why)
    except (KeyError, TypeError, ValueError, IndexError):
        pass  # a record this version cannot read: the command's English line
    return _english(record)


def summary_line(records: Sequence[Record]) -> str:
    counts = [sum(r.get("status") == s for r in records) for s in ("ok", "skipped", "failed")]
    return translate("ImportReport", "import: {0} ok, {1} skipped, {2} failed").format(*counts)


def render_report(records: Sequence[Record]) -> str:
    """The whole report: a line per input, then the summary."""
    return "\n".join([*map(report_line, records), summary_line(records)])


def _english_summary(report: str) -> str:
    lines = [line for line in report.splitlines() if line.startswith("import:")]
    return lines[-1] if lines else ""


def _runner_records(report: str, parent: QWidget | None) -> list[Record] | None:
    """The records of the import whose output is ``report``, from the parent's runner."""
    if parent is None:
        return None
    for runner in parent.findChildren(ImportRunner):
        if runner.last_report == report and runner.last_records:
            return runner.last_records
    return None


class ImportReport(QDialog):
    """``summary``: a sentence about the import; ``report``: the command's output.

    ``records`` (the ``--report-jsonl`` objects) make the report speak the interface
    language; when not given, the records of the parent's ``ImportRunner`` are used if
    ``report`` is the output of its last import."""

    def __init__(
        self,
        summary: str,
        report: str,
        parent: QWidget | None = None,
        records: Sequence[Record] | None = None,
    ) -> None:
        super().__init__(parent)
        if records is None:
            records = _runner_records(report, parent)
        if records:
            english = _english_summary(report)
            if english:  # the summary quotes the command's last line: say it in our words
                summary = summary.replace(english, summary_line(records))
            report = render_report(records)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import report"))
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("importReportSummary")
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit(report, self)
        self.text.setObjectName("importReportText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Import report"))
        self.text.setAccessibleDescription(summary)
        self.summary.setBuddy(self.text)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self.text.setFocus()
