"""`bulletin-reader import ... --report-jsonl FILE`: the report for programs.

One JSON object per input (status, reason code and its values, the English message, output,
encoding, counts, notes), written as each input is done; what the command prints does not
change. The window's report dialog (tests/test_import_report.py) is built from them.
"""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path
from typing import Any

from reader.importer import run_import
from tests.conftest import SEED_TEXT
from tests.test_cli_import import run as cli  # the import command, as a user runs it
from tests.test_html_page import NEWS, write_page

SEED_NAME = "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
NEWS_NAME = "2024-07-16-khoi-cong-cau-pac-nam.md"
RECORD_KEYS = [
    "source", "status", "reason", "args", "message", "output", "file", "action", "backup",
    "moved_from", "encoding", "recomposed", "paragraphs", "headings", "captions", "images",
    "notes",
]  # fmt: skip
BOILERPLATE = "PublishingPortal - Block_BanTin_Toolbar\n\n05/12/2023\nTăng cỡ chữ Giảm cỡ chữ\n"


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def mixed_inputs(folder: Path) -> Path:
    """A folder with one input of most kinds the report knows."""
    folder.mkdir(parents=True)
    (folder / "a-seed.txt").write_bytes(SEED_TEXT.read_bytes())
    other = SEED_TEXT.read_text("utf-8").replace("tỉnh lần thứ 14", "tỉnh lần thứ 15")
    nfd = unicodedata.normalize("NFD", other)  # decomposed letters: recomposed on import
    (folder / "b-nfd.txt").write_text(nfd, "utf-8")
    (folder / "c-empty.txt").write_text("  \n")
    (folder / "d-binary").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "e-boilerplate.txt").write_text(BOILERPLATE, "utf-8")
    (folder / "f-doc.pdf").write_bytes(b"%PDF-1.4")
    (folder / "g-page.mhtml").write_bytes(b"MIME-Version: 1.0\r\n")
    write_page(folder / "pages", "h-tin.htm", NEWS)  # its photo was not saved: a note
    write_page(folder / "pages", "i-menu.html", "<html><body><p>Trang chủ</p></body></html>")
    return folder


def test_report_jsonl_adds_records_and_leaves_the_printed_report_alone(tmp_path: Path) -> None:
    src = mixed_inputs(tmp_path / "in")
    plain = cli(str(src), "--out", str(tmp_path / "libA"), library=tmp_path)
    jsonl = tmp_path / "report.jsonl"
    with_records = cli(
        str(src), "--out", str(tmp_path / "libB"), "--report-jsonl", str(jsonl), library=tmp_path
    )
    assert plain.returncode == with_records.returncode == 1
    assert with_records.stdout == plain.stdout.replace(
        str(tmp_path / "libA"), str(tmp_path / "libB")
    )
    assert with_records.stderr == plain.stderr == ""

    records = read_records(jsonl)
    lines = with_records.stdout.splitlines()
    assert len(records) == len(lines) - 1 and lines[-1] == "import: 3 ok, 2 skipped, 4 failed"
    for record, line in zip(records, lines, strict=False):
        assert list(record) == RECORD_KEYS
        sep = " -> " if record["status"] == "ok" else ": "
        assert line == f"{record['status']}: {record['source']}{sep}{record['message']}"
    by_name = {Path(r["source"]).name: r for r in records}
    seed = by_name["a-seed.txt"]
    assert seed["status"] == "ok" and seed["reason"] is None and seed["args"] == []
    assert seed["output"] == str(tmp_path / "libB" / SEED_NAME) and seed["file"] == SEED_NAME
    assert (seed["action"], seed["encoding"], seed["recomposed"]) == ("created", "utf-8", False)
    assert (seed["paragraphs"], seed["headings"], seed["captions"]) == (27, 3, 3)
    assert seed["images"] is None and seed["notes"] == []
    assert by_name["b-nfd.txt"]["recomposed"] is True
    news = by_name["h-tin.htm"]
    assert (news["file"], news["images"], news["captions"]) == (NEWS_NAME, 0, 1)
    assert news["notes"] == [
        {"code": "images-missing", "args": ["1"], "message": "1 image not found beside the page"}
    ]
    reasons = {name: (r["status"], r["reason"]) for name, r in by_name.items() if r["reason"]}
    assert reasons == {
        "c-empty.txt": ("failed", "empty"),
        "d-binary": ("failed", "binary"),
        "e-boilerplate.txt": ("failed", "only-boilerplate"),
        "f-doc.pdf": ("skipped", "not-a-page"),
        "g-page.mhtml": ("skipped", "mhtml"),
        "i-menu.html": ("failed", "page-no-prose"),
    }


def test_report_jsonl_with_json(tmp_path: Path) -> None:
    jsonl = tmp_path / "r.jsonl"
    result = cli(str(SEED_TEXT), "--json", "--report-jsonl", str(jsonl), library=tmp_path / "lib")
    assert result.returncode == 0
    assert json.loads(result.stdout)["date"] == "2023-12-05"  # --json prints as before
    (record,) = read_records(jsonl)
    assert record["status"] == "ok" and record["output"] is None and record["action"] is None
    assert (record["encoding"], record["paragraphs"], record["captions"]) == ("utf-8", 27, 3)
    assert not (tmp_path / "lib").exists()


def test_report_jsonl_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "no-such-folder" / "r.jsonl"
    result = cli(str(SEED_TEXT), "--report-jsonl", str(bad), library=tmp_path / "lib")
    assert result.returncode == 2
    assert result.stderr.startswith(f"bulletin-reader: error: cannot write {bad} (")
    assert not (tmp_path / "lib").exists()


def test_each_record_is_written_as_its_input_is_done(tmp_path: Path) -> None:
    class Follower(io.StringIO):
        """What a program following the file would have seen at each flush."""

        seen: list[str]

        def flush(self) -> None:
            self.seen.append(self.getvalue())

    src = mixed_inputs(tmp_path / "in")
    records = Follower()
    records.seen = []
    out = io.StringIO()
    run_import([src], tmp_path / "lib", force=False, as_json=False, out=out, err=out,
               records=records)  # fmt: skip
    n = len(out.getvalue().splitlines()) - 1
    assert [text.count("\n") for text in records.seen] == list(range(1, n + 1))
    assert all(text.endswith("\n") for text in records.seen)
    assert [json.loads(x)["status"] for x in records.seen[-1].splitlines()][:2] == ["ok", "ok"]
