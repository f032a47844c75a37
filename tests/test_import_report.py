"""The import report in the interface language.

`bulletin-reader import ... --report-jsonl FILE` writes one JSON object per input (status,
reason code and its values, the English message, output, encoding, counts, notes) without
changing what it prints; the window's report dialog builds its lines from those records with
QCoreApplication.translate. In English the lines read exactly as the command prints them
(but for the two reasons that name the command's --force option); a Vietnamese catalogue
made here turns them into Vietnamese; a code the window does not know keeps its English
message. No network: URLs come from a local http.server, the name lookup from a stand-in.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from reader.importer import NOTE_CODES, REASONS, run_import
from reader.ui import import_report
from reader.ui.import_report import ImportReport, render_report, report_line
from tests.conftest import SEED_TEXT
from tests.test_fetch import stuck  # noqa: F401  (the stuck-resolver fixture)
from tests.test_html_page import JPEG, NEWS, PNG, PORTAL, write_page
from tests.test_import_html import Site, site  # noqa: F401  (the site fixture)
from tests.test_import_records import (
    NEWS_NAME,
    RECORD_KEYS,
    SEED_NAME,
    cli,
    mixed_inputs,
    read_records,
)

# Reasons whose command sentence names the command's --force option: the window words them
# for itself.
WINDOW_WORDING = {"edited", "not-imported"}


def placeholders(template: str) -> set[str]:
    """The ``{0}``, ``{1}``... of a sentence (the window's translation keeps the same)."""
    return set(re.findall(r"\{(\w*)\}", template))


# --- the lines, in English ------------------------------------------------------------------


def batch(sources: list[Any], lib: Path, force: bool = False) -> list[tuple[dict, str]]:
    """(record, printed line) for each input of one run_import."""
    out, err, records = io.StringIO(), io.StringIO(), io.StringIO()
    run_import(
        sources, lib, force=force, as_json=False, out=out, err=err, records=records,
        fetch_timeout=0.5,
    )  # fmt: skip
    lines = out.getvalue().splitlines()
    parsed = [json.loads(line) for line in records.getvalue().splitlines()]
    assert len(parsed) == len(lines) - 1
    return list(zip(parsed, lines, strict=False))


def test_the_window_translates_exactly_the_importers_reasons() -> None:
    """One table of reasons (reader.importer.report); the window's has the same codes, and
    each translation takes the same values as the English sentence."""
    reasons, notes = import_report._reasons(), import_report._notes()
    assert set(reasons) == set(REASONS) and set(notes) == set(NOTE_CODES)
    for code, english in REASONS.items():
        assert placeholders(reasons[code]()) == placeholders(english), code
        assert placeholders(english) == {str(i) for i in range(len(placeholders(english)))}


def test_in_english_the_window_says_what_the_command_printed(
    qapp,
    tmp_path: Path,
    site: Site,  # noqa: F811
) -> None:
    pairs: list[tuple[dict, str]] = []
    src = mixed_inputs(tmp_path / "in")
    lib = tmp_path / "lib"
    pairs += batch([src, tmp_path / "khong-co.txt"], lib)  # created, failures, skips
    pairs += batch([src / "a-seed.txt"], lib)  # unchanged
    seed = lib / SEED_NAME
    seed.write_text(seed.read_text("utf-8") + "\nGhi chú của tôi.\n", "utf-8")
    pairs += batch([src / "a-seed.txt"], lib)  # skipped: edited
    pairs += batch([src / "a-seed.txt"], lib, force=True)  # replaced; backup
    changed = src / "a-seed-2.txt"
    changed.write_text(SEED_TEXT.read_text("utf-8").replace("Hương Dịu", "Thu Trang"), "utf-8")
    pairs += batch([changed], lib)  # updated
    pairs += batch([src / "a-seed.txt", changed], tmp_path / "lib2")  # same name, other text
    # a page without its photo: flat; the photo appears: the article moves into a folder
    page = write_page(tmp_path / "page", "tin.htm", NEWS)
    pairs += batch([page], tmp_path / "lib3")
    (page.parent / "cau-pac-nam.png").write_bytes(PNG)
    pairs += batch([page], tmp_path / "lib3")  # updated; moved from
    portal = write_page(tmp_path / "portal", "bai.html", PORTAL, {"images/hoi-nghi.jpg": JPEG})
    pairs += batch([portal], tmp_path / "lib4")  # 1 image
    hand = tmp_path / "lib5" / SEED_NAME
    hand.parent.mkdir()
    hand.write_text("---\ntitle: Bài tôi viết\n---\n\nChữ.\n", "utf-8")
    pairs += batch([src / "a-seed.txt"], tmp_path / "lib5")  # skipped: not written by us
    big = tmp_path / "big" / "lon.txt"
    big.parent.mkdir()
    big.write_bytes(b"a" * (6 << 20))
    pairs += batch([big], lib)  # too large
    site.pages["/tin.html"] = (200, "text/html", NEWS.encode())
    site.pages["/doc.pdf"] = (200, "application/pdf", b"%PDF-1.4")
    pairs += batch(
        [site.base + "/tin.html", site.base + "/khong-co", site.base + "/doc.pdf"], lib
    )  # a page (its photo on the web), HTTP 404, not a web page

    seen: set[str] = set()
    for record, line in pairs:
        seen.add(record["reason"] or record["action"])
        seen.update(n["code"] for n in record["notes"])
        if record["reason"] in WINDOW_WORDING:
            continue
        assert report_line(record) == line
    assert seen >= {
        "created", "unchanged", "updated", "replaced", "same-name", "edited", "not-imported",
        "not-found", "too-large", "empty", "binary", "only-boilerplate", "not-a-page", "mhtml",
        "page-no-prose", "fetch-http", "fetch-not-html", "images-missing", "images-remote",
    }  # fmt: skip
    edited = next(r for r, _ in pairs if r["reason"] == "edited")
    assert report_line(edited) == (
        f"skipped: {src / 'a-seed.txt'}: {seed} was edited after it was imported, so it was "
        "not replaced"
    )
    not_ours = next(r for r, _ in pairs if r["reason"] == "not-imported")
    assert report_line(not_ours).endswith(
        f"{hand} was not written by the importer, so it was not replaced"
    )
    moved = next(r for r, _ in pairs if r["moved_from"])
    assert moved["moved_from"] == NEWS_NAME and moved["action"] == "updated"
    replaced = next(r for r, _ in pairs if r["action"] == "replaced")
    assert replaced["backup"].startswith(SEED_NAME + ".") and replaced["backup"].endswith(".bak")


def test_fetch_failures_in_english(qapp, tmp_path: Path, stuck) -> None:  # noqa: F811
    url = "http://cong.example.invalid/bai"
    ((record, line),) = batch([url], tmp_path / "lib")
    assert record["reason"] == "fetch-name-timeout"
    assert record["args"] == [url, "cong.example.invalid"]
    assert report_line(record) == line


def test_unknown_codes_and_odd_records_keep_the_english_message(qapp) -> None:
    record = {key: None for key in RECORD_KEYS} | {
        "source": "in/a.txt", "status": "failed", "reason": "a-reason-from-a-newer-importer",
        "args": [], "message": "something new went wrong", "notes": [],
    }  # fmt: skip
    assert report_line(record) == "failed: in/a.txt: something new went wrong"
    # values that do not fit the sentence: the English message
    assert report_line(record | {"reason": "fetch-http", "args": []}).endswith(
        ": something new went wrong"
    )
    ok = record | {
        "status": "ok", "reason": None, "message": "lib/a.md (created; utf-8; ...)",
        "output": "lib/a.md", "action": "created", "encoding": "utf-8", "paragraphs": 2,
        "headings": 0, "captions": 0,
        "notes": [{"code": "a-new-note", "args": [], "message": "a note from the future"}],
    }  # fmt: skip
    assert report_line(ok) == (
        "ok: in/a.txt -> lib/a.md (created; utf-8; 2 paragraphs, 0 headings, 0 captions; "
        "note: a note from the future)"
    )
    assert report_line(ok | {"action": "merged"}) == (
        "ok: in/a.txt -> lib/a.md (created; utf-8; ...)"
    )
    assert report_line({"status": "ok", "source": "x", "message": "y"}) == "ok: x: y"
    assert render_report([record, ok]).splitlines()[-1] == "import: 1 ok, 0 skipped, 1 failed"


# --- the dialog, in Vietnamese --------------------------------------------------------------

VIETNAMESE = {
    "ok: {0} -> {1} ({2})": "xong: {0} -> {1} ({2})",
    "failed: {0}: {1}": "lỗi: {0}: {1}",
    "skipped: {0}: {1}": "bỏ qua: {0}: {1}",
    "created": "tạo mới",
    "{0} paragraphs, {1} headings, {2} captions": "{0} đoạn, {1} tiêu đề, {2} chú thích",
    "the file is empty": "tệp trống",
    "not a text scrape or a web page (.txt, no extension, .html, .htm)": (
        "không phải bản chép văn bản hay trang web"
    ),
    "import: {0} ok, {1} skipped, {2} failed": "nhập: {0} xong, {1} bỏ qua, {2} lỗi",
    "Import report": "Báo cáo nhập bài",
}


@pytest.fixture
def vietnamese(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A catalogue with some of the report's sentences, compiled by Qt's lrelease."""
    ts = ET.Element("TS", version="2.1", language="vi_VN")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = "ImportReport"
    for source, text in VIETNAMESE.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts_file, qm = tmp_path / "test_vi.ts", tmp_path / "test_vi.qm"
    ET.ElementTree(ts).write(ts_file, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_dialog_speaks_the_interface_language(qtbot, vietnamese, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-seed.txt").write_bytes(SEED_TEXT.read_bytes())
    (src / "b-empty.txt").write_text("  \n")
    (src / "c-doc.pdf").write_bytes(b"%PDF-1.4")
    jsonl = tmp_path / "r.jsonl"
    result = cli(str(src), "--out", str(tmp_path / "lib"), "--report-jsonl", str(jsonl),
                 library=tmp_path)  # fmt: skip
    records = read_records(jsonl)
    records.append(
        {key: None for key in RECORD_KEYS}
        | {
            "source": "d.txt",
            "status": "failed",
            "reason": "new-code",
            "args": [],
            "message": "an English reason",
            "notes": [],
        }
    )
    summary = "Some items were not imported. import: 1 ok, 1 skipped, 1 failed"
    dialog = ImportReport(summary, result.stdout, None, records)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Báo cáo nhập bài"
    assert dialog.text.toPlainText().splitlines() == [
        f"xong: {src / 'a-seed.txt'} -> {tmp_path / 'lib' / SEED_NAME} (tạo mới; utf-8; "
        "27 đoạn, 3 tiêu đề, 3 chú thích)",
        f"lỗi: {src / 'b-empty.txt'}: tệp trống",
        f"bỏ qua: {src / 'c-doc.pdf'}: không phải bản chép văn bản hay trang web",
        "lỗi: d.txt: an English reason",  # a code this version does not know
        "nhập: 1 xong, 1 bỏ qua, 2 lỗi",
    ]
    # the summary sentence (made by the window) quotes the command's last line: now ours
    assert dialog.summary.text() == "Some items were not imported. nhập: 1 xong, 1 bỏ qua, 2 lỗi"
    assert dialog.text.accessibleDescription() == dialog.summary.text()


def test_without_records_the_command_output_is_shown(qtbot) -> None:
    dialog = ImportReport("The import could not run: no Python", "no Python")
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "no Python"
    assert dialog.summary.text() == "The import could not run: no Python"


# --- through the window ---------------------------------------------------------------------


def test_the_window_import_brings_its_records_to_the_dialog(
    qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "mine"
    library.mkdir()
    (library / "first.md").write_text("---\ntitle: Bài đầu\ndate: 2020-01-01\n---\n\nChữ.\n")
    _, window = open_window(library)
    window.importing.show_reports = False
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "seed.txt").write_bytes(SEED_TEXT.read_bytes())
    (drop / "empty.txt").write_text("   \n")
    temp = tmp_path / "temp"  # where the runner's records file goes, for this test
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with qtbot.waitSignal(window.importing.finished, timeout=60000) as blocker:
        assert window.importing.import_sources([str(drop / "seed.txt"), str(drop / "empty.txt")])
    code, report = blocker.args
    assert code == 1
    runner = window.importing.runner
    assert runner.last_report == report
    assert [(r["status"], r["reason"]) for r in runner.last_records] == [
        ("ok", None), ("failed", "empty"),
    ]  # fmt: skip
    assert list(temp.iterdir()) == []  # the records file was read and removed
    # as the window opens it: ImportReport(summary, report, window)
    summary = f"Some items were not imported. {report.splitlines()[-1]}"
    dialog = ImportReport(summary, report, window)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == render_report(runner.last_records)
    assert dialog.text.toPlainText() == report.strip()  # in English: the command's words
    assert dialog.summary.text() == summary
