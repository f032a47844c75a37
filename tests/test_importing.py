"""The import batch: files and folders in, library articles (or JSON) out, one line each."""

from __future__ import annotations

import io
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.encodings import encode_legacy
from reader.formats.markdown_article import load_article, parse_article
from reader.formats.markdown_writer import HASH_KEY, article_to_markdown, stamp
from reader.importer import REASONS, ImportFailure, recover, run_import
from tests.fuzzing import deadline, examples

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt"
HAND = ROOT / "articles" / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
NOT_TEXT = REASONS["not-a-page"]
SEED_NAME = "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"


def run(sources: list[Path], out_dir: Path, *, force: bool = False, as_json: bool = False):
    out, err = io.StringIO(), io.StringIO()
    code = run_import(sources, out_dir, force=force, as_json=as_json, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def blocks(path: Path) -> list[tuple[str, list[str]]]:
    return [(b.type, [t.text for t in b.texts()]) for b in load_article(path).blocks]


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    p = tmp_path / "in" / "bantin.txt"
    p.parent.mkdir()
    shutil.copy(SEED_TEXT, p)
    return p


def test_seed_becomes_the_library_article(seed: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "lib"
    code, out, err = run([seed], out_dir)
    assert code == 0, out + err
    written = out_dir / SEED_NAME
    assert [p.name for p in out_dir.iterdir()] == [SEED_NAME]
    lines = out.splitlines()
    assert lines[0].startswith(f"ok: {seed} -> {written} (created; utf-8; ")
    assert "3 headings, 3 captions" in lines[0]
    assert lines[-1] == "import: 1 ok, 0 skipped, 0 failed"
    a, hand = load_article(written), load_article(HAND)
    assert (a.title, a.date, a.author, a.lang) == (hand.title, hand.date, hand.author, "vi")
    assert a.lead is not None and hand.lead is not None and a.lead.text == hand.lead.text
    assert blocks(written) == blocks(HAND)
    assert a.source == "bantin.txt"


def test_reimport_updates_instead_of_duplicating(seed: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "lib"
    run([seed], out_dir)
    code, out, _ = run([seed], out_dir)
    assert code == 0 and "(unchanged;" in out
    # The portal corrected a paragraph: the same file is updated.
    seed.write_text(seed.read_text("utf-8").replace("nôi dung", "nội dung"), "utf-8")
    code, out, _ = run([seed], out_dir)
    assert code == 0 and "(updated;" in out
    assert [p.name for p in out_dir.iterdir()] == [SEED_NAME]
    assert "những nội dung, những vấn đề lớn" in (out_dir / SEED_NAME).read_text("utf-8")


def test_user_edits_are_kept_unless_forced(seed: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "lib"
    run([seed], out_dir)
    target = out_dir / SEED_NAME
    edited = target.read_text("utf-8").replace("Đại biểu dự Hội nghị", "Các đại biểu dự họp")
    target.write_text(edited, "utf-8")

    code, out, _ = run([seed], out_dir)
    assert code == 1
    assert out.splitlines()[0] == (
        f"skipped: {seed}: {target} was edited after it was imported; "
        "run again with --force to replace it (a backup is kept)"
    )
    assert target.read_text("utf-8") == edited

    code, out, _ = run([seed], out_dir, force=True)
    assert code == 0 and "(replaced; backup " in out
    backups = list(out_dir.glob(SEED_NAME + ".*.bak"))
    assert len(backups) == 1 and backups[0].read_text("utf-8") == edited
    assert "Đại biểu dự Hội nghị" in target.read_text("utf-8")
    # The backup is not an article: the library lists only *.md files.
    assert sorted(p.name for p in out_dir.glob("*.md")) == [SEED_NAME]


def test_a_hand_made_article_is_not_replaced(seed: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "lib"
    out_dir.mkdir()
    shutil.copy(HAND, out_dir / SEED_NAME)
    code, out, _ = run([seed], out_dir)
    assert code == 1 and "was not written by the importer" in out
    assert (out_dir / SEED_NAME).read_bytes() == HAND.read_bytes()


def test_folder_batch_mixed_inputs(seed: Path, tmp_path: Path) -> None:
    folder = seed.parent
    (folder / "sub").mkdir()
    legacy = "Khởi công cầu Pác Nặm\n16/07/2024\n" + (
        "Sáng 16/7, UBND tỉnh tổ chức lễ khởi công xây dựng cầu Pác Nặm nối hai bờ sông "
        "Năng, công trình được người dân vùng cao mong đợi nhiều năm qua.\n"
    )
    (folder / "sub" / "vni_page").write_bytes(encode_legacy(legacy, "vni"))
    (folder / "sub" / "trang.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "sub" / "empty.TXT").write_bytes(b"")
    (folder / "sub" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / ".hidden.txt").write_text("ignored", "utf-8")
    out_dir = tmp_path / "lib"

    code, out, _ = run([folder], out_dir)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 6, out  # five inputs (hidden files are not inputs) + summary
    by_name = {Path(line.split(": ", 2)[1].split(" -> ")[0]).name: line for line in lines[:-1]}
    assert by_name["bantin.txt"].startswith("ok:")
    assert by_name["vni_page"].startswith("ok:") and "; vni; " in by_name["vni_page"]
    assert by_name["trang.pdf"] == f"skipped: {folder / 'sub' / 'trang.pdf'}: {NOT_TEXT}"
    assert by_name["empty.TXT"].startswith("failed:") and "empty" in by_name["empty.TXT"]
    assert by_name["image.txt"].startswith("failed:") and "binary" in by_name["image.txt"]
    assert lines[-1] == "import: 2 ok, 1 skipped, 2 failed"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        SEED_NAME,
        "2024-07-16-khoi-cong-cau-pac-nam.md",
    ]
    assert load_article(out_dir / "2024-07-16-khoi-cong-cau-pac-nam.md").title == (
        "Khởi công cầu Pác Nặm"
    )


def test_output_folder_inside_the_input_folder_is_not_read(seed: Path) -> None:
    out_dir = seed.parent / "lib"
    assert run([seed.parent], out_dir)[0] == 0
    code, out, _ = run([seed.parent], out_dir)  # the written .md is not an input
    assert code == 0 and out.splitlines()[-1] == "import: 1 ok, 0 skipped, 0 failed"


def test_missing_source_fails_and_no_sources_is_a_usage_error(tmp_path: Path) -> None:
    code, out, _ = run([tmp_path / "nope.txt"], tmp_path / "lib")
    assert code == 1 and "failed:" in out and "does not exist" in out
    code, _, err = run([], tmp_path / "lib")
    assert code == 2 and "error" in err


def test_json_for_the_seed(seed: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "lib"
    code, out, err = run([seed], out_dir, as_json=True)
    assert code == 0
    assert not out_dir.exists()  # --json writes nothing
    data = json.loads(out)
    assert list(data)[:9] == [
        "title",
        "date",
        "lead",
        "author",
        "captions",
        "headings",
        "paragraphs",
        "source",
        "encoding",
    ]
    hand = load_article(HAND)
    assert data["title"] == hand.title and data["date"] == "2023-12-05"
    assert data["author"] == "Hương Dịu" and data["encoding"] == "utf-8"
    assert len(data["headings"]) == 3 and len(data["captions"]) == 3
    assert data["paragraphs"] == [t for ty, (t, *_) in blocks(HAND) if ty == "paragraph"]
    assert data["file"] == SEED_NAME
    assert err.splitlines()[-1] == "import: 1 ok, 0 skipped, 0 failed"


def test_json_for_several_inputs_is_a_list(seed: Path, tmp_path: Path) -> None:
    other = seed.parent / "tcvn3.txt"
    other.write_bytes(
        encode_legacy(
            "Hội nghị tổng kết\n05/01/2024\nsáng 5/1, hội nghị tổng kết công tác năm được tổ "
            "chức tại hội trường lớn của tỉnh với sự tham dự của nhiều đại biểu.\n",
            "tcvn3",
        )
    )
    (seed.parent / "page.pdf").write_bytes(b"%PDF-1.4\n")
    code, out, _ = run([seed.parent], tmp_path / "lib", as_json=True)
    assert code == 1
    items = json.loads(out)
    assert [i.get("encoding") or i["status"] for i in items] == ["utf-8", "skipped", "tcvn3"]
    assert items[1]["reason"] == NOT_TEXT
    assert items[2]["title"] == "Hội nghị tổng kết" and items[2]["date"] == "2024-01-05"


def test_written_files_carry_the_hash(seed: Path, tmp_path: Path) -> None:
    run([seed], tmp_path / "lib")
    text = (tmp_path / "lib" / SEED_NAME).read_text("utf-8")
    assert f"\n{HASH_KEY}: " in text.split("\n---\n", 1)[0]


@settings(
    max_examples=examples(100),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=deadline(),
)
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_random_input_never_crashes_the_batch(tmp_path: Path, data: bytes) -> None:
    src = tmp_path / "random.txt"
    src.write_bytes(data)
    code, out, err = run([src], tmp_path / "lib")
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].split(":")[0] in {"ok", "failed"}, out + err
    assert "internal error" not in out
    assert code == (0 if lines[0].startswith("ok") else 1)
    code, out, err = run([src], tmp_path / "lib", as_json=True)
    assert isinstance(json.loads(out), dict)


@settings(
    max_examples=examples(200),
    suppress_health_check=[HealthCheck.too_slow],
    deadline=deadline(),
)
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_whatever_is_recovered_is_written_faithfully(data: bytes) -> None:
    try:
        rec = recover(data, Path("r.txt"))
    except ImportFailure as e:
        assert str(e)
        return
    again = parse_article(stamp(article_to_markdown(rec.article)), folder=None, path=None)
    assert again.title == rec.article.title
    assert (again.lead and again.lead.text) == (rec.article.lead and rec.article.lead.text)
    assert [(b.type, [t.text for t in b.texts()]) for b in again.blocks] == [
        (b.type, [t.text for t in b.texts()]) for b in rec.article.blocks
    ]


def test_a_tcvn3_scrape_keeps_its_capital_subheadings() -> None:
    """An all-capitals subheading in TCVN3 must stay all capitals (and so a heading)."""
    text = (
        "Ngày 05/12/2023\n\n"
        "Hội nghị tổng kết công tác năm của Ủy ban nhân dân tỉnh\n\n"
        "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023 "
        "với sự tham dự của các sở, ngành và địa phương trong tỉnh.\n\n"
        "BỐI CẢNH CHUNG VÀ KẾT QUẢ NỔI BẬT\n\n"
        "Năm 2023, kinh tế của tỉnh tăng trưởng khá, thu ngân sách đạt kế hoạch đề ra. "
        "Ở các xã, đời sống người dân được cải thiện rõ rệt.\n"
    )
    utf8 = recover(text.encode("utf-8"), Path("a.txt"))
    legacy = recover(encode_legacy(text, "tcvn3"), Path("a.txt"))
    assert legacy.decoded.encoding == "tcvn3"
    assert legacy.scrape.headings == utf8.scrape.headings == ["BỐI CẢNH CHUNG VÀ KẾT QUẢ NỔI BẬT"]
    assert legacy.scrape.paragraphs[-1].startswith("Năm 2023")
    assert "Ở các xã" in legacy.scrape.paragraphs[-1]


def test_every_unicode_space_in_a_paragraph_is_written_as_it_reads_back() -> None:
    """Hypothesis found U+1680 (Ogham space) kept in a paragraph ("!\u1680²"; titles were
    fixed before): every space separator (Zs) becomes a plain space, as Markdown reads it."""
    spaces = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"]
    for sp in spaces:
        rec = recover(f"!{sp}²".encode(), Path("r.txt"))
        again = parse_article(stamp(article_to_markdown(rec.article)), folder=None, path=None)
        written = [t.text for b in rec.article.blocks for t in b.texts()]
        assert written == [t.text for b in again.blocks for t in b.texts()], hex(ord(sp))


def test_a_paragraph_separator_splits_paragraphs_as_a_blank_line_does() -> None:
    """Hypothesis found U+2029 (paragraph separator) kept inside a paragraph, which the
    Markdown written for it reads back as a space: it is a paragraph break, like a blank line."""
    body = (
        "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023.",
        "Năm 2023, kinh tế của tỉnh tăng trưởng khá, thu ngân sách đạt kế hoạch đề ra.",
    )
    head = "Ngày 05/12/2023\n\nHội nghị tổng kết công tác năm\n\n"
    with_separator = recover((head + "\u2029".join(body)).encode("utf-8"), Path("r.txt"))
    with_blank_line = recover((head + "\n\n".join(body)).encode("utf-8"), Path("r.txt"))
    texts = [[t.text for t in b.texts()] for b in with_separator.article.blocks]
    assert texts == [[t.text for t in b.texts()] for b in with_blank_line.article.blocks]
    assert not any("\u2029" in t for block in texts for t in block)


def test_a_title_with_an_unusual_space_is_written_as_it_reads_back() -> None:
    """Hypothesis found U+1680 (Ogham space) in a title: the reader reads every space as a
    plain one, so the importer writes it so (the round trip is faithful)."""
    text = (
        "Ngày 05/12/2023\n\nHội\u1680nghị tổng kết\u2003công tác năm\n\n"
        "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023.\n"
    )
    rec = recover(text.encode("utf-8"), Path("r.txt"))
    assert rec.article.title == "Hội nghị tổng kết công tác năm"
    again = parse_article(stamp(article_to_markdown(rec.article)), folder=None, path=None)
    assert again.title == rec.article.title


def test_a_paragraph_with_an_unusual_space_is_written_as_it_reads_back() -> None:
    """Hypothesis found U+1680 (Ogham space) inside a paragraph too: the reader reads every
    run of white space as one plain space, so the recovered text has it so."""
    rec = recover("!\u1680²".encode(), Path("r.txt"))
    assert [t.text for b in rec.article.blocks for t in b.texts()] == ["! ²"]
    again = parse_article(stamp(article_to_markdown(rec.article)), folder=None, path=None)
    assert [t.text for b in again.blocks for t in b.texts()] == ["! ²"]
