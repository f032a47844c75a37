"""Markdown + front matter -> Article: the bundled articles, bad input, safety and fuzzing."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import threading
import tracemalloc
import unicodedata
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.errors import ArticleError
from reader.formats.markdown_article import (
    MAX_FILE_BYTES,
    MAX_SPAN_DEPTH,
    load_article,
    parse_article,
    parse_front_matter,
    read_article_text,
)
from reader.model import Article, Figure, Heading, ListBlock, Paragraph, Quote, Text
from reader.rendering.html import render_article
from tests.fuzzing import deadline, examples

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
SEED_ARTICLE = ARTICLES / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
CHART_ARTICLE = ARTICLES / "2023-12-05-bac-kan-ket-qua-nam-2023" / "article.md"
ENGLISH_ARTICLE = ARTICLES / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"
# The real scraped page the product started from (a copy of ../shared/seeds/, so a clone
# on its own runs every test).
SEED_TEXT = ROOT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt"

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)

SUBHEADINGS = [
    "Nhiều nội dung được tập trung thảo luận",
    "Dự kiến 20/29 chỉ tiêu đạt và vượt kế hoạch",
    "Tập trung thực hiện đồng bộ, có hiệu quả Nghị quyết nhiệm vụ năm 2024 ngay từ những "
    "ngày đầu, tháng đầu năm",
]
CAPTIONS = [
    "Đại biểu dự Hội nghị",
    "Chủ tịch UBND tỉnh Nguyễn Đăng Bình giải trình về kết quả các chỉ tiêu phát triển kinh "
    "tế - xã hội năm 2023",
    "Đ/c Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị",
]


def fold(s: str) -> str:
    """White space as the loader folds it (NBSP included)."""
    return " ".join(s.split())


def texts_of(article: Article) -> Iterator[Text]:
    if article.lead is not None:
        yield article.lead
    for block in article.blocks:
        yield from block.texts()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load_error(path: Path) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        load_article(path)
    return info.value


def parse_error(text: str) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        parse_article(text, path="x.md")
    return info.value


# --- the seed bulletin -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_article() -> Article:
    return load_article(SEED_ARTICLE)


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED_TEXT.read_text(encoding="utf-8").split("\n")


def test_seed_metadata(seed_article: Article, seed_lines: list[str]) -> None:
    assert seed_article.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"
    assert seed_article.title == fold(seed_lines[4])
    day, month, year = (int(x) for x in seed_lines[2].split("/"))
    assert seed_article.date == dt.date(year, month, day) == dt.date(2023, 12, 5)
    assert seed_article.lang == "vi"
    assert seed_article.author == "Hương Dịu" == fold(seed_lines[-1])
    assert seed_article.warnings == ()
    assert seed_article.path == str(SEED_ARTICLE)


def test_seed_lead_is_the_ngay_5_12_line(seed_article: Article, seed_lines: list[str]) -> None:
    lead_line = next(line for line in seed_lines if line.startswith("Ngày 5/12, "))
    assert seed_article.lead is not None
    assert seed_article.lead.text == fold(lead_line)
    assert seed_article.lead.sentence_texts() == [fold(lead_line)]


def test_seed_subheadings_and_captions(seed_article: Article) -> None:
    headings = [b for b in seed_article.blocks if isinstance(b, Heading)]
    assert [h.content.text for h in headings] == SUBHEADINGS
    assert {h.level for h in headings} == {2}
    figures = [b for b in seed_article.blocks if isinstance(b, Figure)]
    assert [f.caption.text if f.caption else None for f in figures] == CAPTIONS
    assert [f.image for f in figures] == [None, None, None]
    assert [f.problem for f in figures] == [None, None, None]


def test_seed_body_matches_the_seed_line_by_line(
    seed_article: Article, seed_lines: list[str]
) -> None:
    """Every line of the seed after the portal boilerplate, in order, and nothing else."""
    start = next(i for i, line in enumerate(seed_lines) if "Block_BanTin_ViewData" in line)
    expected = [fold(line) for line in seed_lines[start + 1 :] if line.strip()]
    assert expected.pop() == "Hương Dịu"  # the byline, which is the author
    assert any("\u00a0" in line for line in seed_lines)  # the fold below is really tested

    shown: list[str] = []
    for b in seed_article.blocks:
        if isinstance(b, Figure):
            assert b.caption is not None
            shown.append(b.caption.text)
        else:
            assert isinstance(b, Heading | Paragraph), b
            shown.append(b.content.text)
    assert shown == expected
    assert sum(isinstance(b, Paragraph) for b in seed_article.blocks) == len(expected) - 6


def test_seed_has_no_boilerplate(seed_article: Article) -> None:
    raw = seed_article.to_json()
    for junk in ("PublishingPortal", "Block_BanTin", "Tăng cỡ chữ", "Giảm cỡ chữ", "\u00a0"):
        assert junk not in raw


def test_seed_numbers_never_end_a_sentence(seed_article: Article) -> None:
    texts = list(texts_of(seed_article))
    for t in texts:
        for s in t.sentences:
            # a sentence ends at the end of its text or before white space, never inside "8.840"
            assert s.end == len(t.text) or t.text[s.end].isspace(), s.of(t.text)
    all_sentences = [s for t in texts for s in t.sentence_texts()]
    numbers = ("8.840 tỷ đồng", "6,33% (kế hoạch 7%)", "99,4% KH.", "16.424", "337.914 m3")
    for needle in (*numbers, "900.000 lượt", "1.010 tỷ", "Trung ương 8... để xem xét"):
        assert sum(needle in s for s in all_sentences) == 1, needle
    for cut in ("8.", "6,", "99,", "16.", "337.", "900.", "1.", "8..."):
        assert not any(s.endswith(" " + cut) for s in all_sentences), cut
    grdp = next(s for s in all_sentences if "8.840" in s)
    assert grdp.startswith("Theo báo cáo tại Hội nghị") and grdp.endswith("bằng 99,4% KH.")


def test_seed_sentences_cover_all_text(seed_article: Article) -> None:
    for t in texts_of(seed_article):
        assert t.sentences
        joined = "".join(t.sentence_texts())
        assert "".join(joined.split()) == "".join(t.text.split())
        assert all(s == s.strip() for s in t.sentence_texts())


def test_seed_dc_caption_is_one_sentence(seed_article: Article) -> None:
    fig = next(
        b
        for b in seed_article.blocks
        if isinstance(b, Figure) and b.caption and b.caption.text.startswith("Đ/c")
    )
    assert fig.caption is not None
    assert fig.caption.sentence_texts() == [CAPTIONS[2]]


def test_seed_last_paragraph_keeps_the_portal_end_mark(seed_article: Article) -> None:
    last = seed_article.blocks[-1]
    assert isinstance(last, Paragraph)
    assert last.content.text.endswith("năm 2024.../.")
    assert last.content.sentence_texts()[-1].endswith("2024.../.")


# --- the English and the chart article ---------------------------------------------------


def test_english_article() -> None:
    a = load_article(ENGLISH_ARTICLE)
    assert a.title == "Harrowmere Central Library opens an accessible reading room"
    assert a.lang == "en" and a.date == dt.date(2024, 3, 14)
    assert a.tags == ("library", "accessibility", "community services")
    assert a.warnings == ()
    lists = [b for b in a.blocks if isinstance(b, ListBlock)]
    assert [(lst.ordered, len(lst.items)) for lst in lists] == [(False, 4), (True, 4)]
    assert lists[0].items[0].text.startswith("six computers")
    assert lists[1].items[2].text.startswith("Spend about 45 minutes")
    assert "\n" not in lists[1].items[2].text  # the wrapped item is one line of text
    magnifier = lists[0].items[2]
    assert [(sp.kind, magnifier.text[sp.start : sp.end]) for sp in magnifier.spans] == [
        ("strong", "60 times")
    ]
    quotes = [b for b in a.blocks if isinstance(b, Quote)]
    assert len(quotes) == 1
    assert quotes[0].content.text.startswith("For many of our readers, the problem was never")
    assert len(quotes[0].content.sentences) == 3
    links = [
        (t.text[sp.start : sp.end], sp.href)
        for b in a.blocks
        for t in b.texts()
        for sp in t.spans
        if sp.kind == "link"
    ]
    assert links == [("W3C Web Accessibility Initiative", "https://www.w3.org/WAI/")]
    sentences = [s for t in texts_of(a) for s in t.sentence_texts()]
    assert any(
        s.startswith("Staff can also convert council letters, e.g. tax notices") for s in sentences
    )
    assert any(s.startswith("Dr. Imogen Ashcombe, the head") for s in sentences)
    assert a.lead is not None
    assert a.lead.sentence_texts()[-1] == "The room is open every day from 9 a.m. to 7 p.m."


def test_chart_article_figures() -> None:
    a = load_article(CHART_ARTICLE)
    figures = [b for b in a.blocks if isinstance(b, Figure)]
    assert len(figures) == 3
    good, good2, missing = figures
    for fig, name in ((good, "chi-tieu-nam-2023.png"), (good2, "ket-qua-so-voi-ke-hoach-2023.png")):
        assert fig.problem is None
        assert fig.image == f"images/{name}"
        assert not Path(fig.image).is_absolute() and ".." not in fig.image
        assert (CHART_ARTICLE.parent / fig.image).is_file()
        assert fig.alt.startswith("Biểu đồ")
        assert fig.caption is not None and fig.caption.text.startswith("Kết quả")
    assert missing.image == "images/ban-do-tinh.png"
    assert missing.problem is not None and missing.problem.startswith("missing")
    assert missing.caption is not None and missing.caption.text.startswith("Bản đồ hành chính")
    assert len(a.warnings) == 1 and "ban-do-tinh.png" in a.warnings[0]
    lists = [b for b in a.blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and not lists[0].ordered and len(lists[0].items) == 6
    strong = [
        t.text[sp.start : sp.end]
        for b in a.blocks
        for t in b.texts()
        for sp in t.spans
        if sp.kind == "strong"
    ]
    assert strong == ["20 chỉ tiêu đạt và vượt kế hoạch"]


@pytest.mark.parametrize("path", [SEED_ARTICLE, CHART_ARTICLE, ENGLISH_ARTICLE])
def test_bundled_articles_are_nfc_and_have_no_raw_markdown(path: Path) -> None:
    a = load_article(path)
    for t in texts_of(a):
        assert unicodedata.is_normalized("NFC", t.text)
        assert "**" not in t.text and "![" not in t.text and "](" not in t.text
        assert "\n" not in t.text


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content,needle",
    [
        ("---\ntitle: [unclosed\n---\nBody.\n", "line"),
        ("---\ntitle: a: b: c\n---\nBody.\n", "broken"),
        ("---\ntitle: ok\n  bad indent: x\n---\nBody.\n", "broken"),
        ("---\n\tkey: tab\n---\nBody.\n", "broken"),
    ],
)
def test_bad_yaml(tmp_path: Path, content: str, needle: str) -> None:
    err = load_error(write(tmp_path / "a.md", content))
    assert err.kind == "front-matter"
    assert needle in err.detail
    assert str(tmp_path / "a.md") in str(err)


def test_bad_yaml_names_the_file_line(tmp_path: Path) -> None:
    err = load_error(write(tmp_path / "a.md", "---\ntitle: ok\ndate: 2023-12-05\nx: [\n---\nB\n"))
    assert err.kind == "front-matter"
    assert re.search(r"on line [4-6]\b", err.detail), err.detail


def test_unclosed_front_matter(tmp_path: Path) -> None:
    err = load_error(write(tmp_path / "a.md", "---\ntitle: x\n\nBody text.\n"))
    assert err.kind == "front-matter"
    assert "never closed" in err.detail


@pytest.mark.parametrize("yaml_text", ["- a\n- b", "just a sentence", "42", "[1, 2]"])
def test_front_matter_that_is_not_a_mapping(tmp_path: Path, yaml_text: str) -> None:
    err = load_error(write(tmp_path / "a.md", f"---\n{yaml_text}\n---\nBody.\n"))
    assert err.kind == "front-matter"
    assert "mapping" in err.detail


def test_front_matter_too_long(tmp_path: Path) -> None:
    big = "".join(f"k{i}: {'x' * 60}\n" for i in range(1200))
    err = load_error(write(tmp_path / "a.md", f"---\n{big}---\nBody.\n"))
    assert err.kind == "front-matter" and "too long" in err.detail


def test_deeply_nested_front_matter(tmp_path: Path) -> None:
    err = load_error(write(tmp_path / "a.md", "---\nx: " + "[" * 20000 + "\n---\nB\n"))
    assert err.kind == "front-matter"


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "title: !!python/object/apply:os.system ['touch {marker}']",
        "title: !!python/object:pathlib.Path {{}}",
        "title: !!python/name:os.system",
        "title: !custom thing",
    ],
)
def test_yaml_tags_are_refused_not_executed(tmp_path: Path, tagged: str) -> None:
    marker = tmp_path / "pwned"
    body = tagged.format(marker=marker)
    err = load_error(write(tmp_path / "a.md", f"---\n{body}\n---\nBody.\n"))
    assert err.kind == "front-matter"
    assert "broken" in err.detail
    assert not marker.exists()


def test_windows_1252_file(tmp_path: Path) -> None:
    content = "---\ntitle: ok\n---\n" + "Café déjà vu.\n"
    err = load_error(write(tmp_path / "a.md", content.encode("cp1252")))
    assert err.kind == "not-utf8"
    assert "UTF-8" in err.detail
    assert "line 4" in err.detail
    assert "0xe9" in err.detail


def test_windows_1258_vietnamese_file(tmp_path: Path) -> None:
    # cp1258 writes Vietnamese as base letters plus combining tone marks: "ả" is a + 0xD2
    text = "Title line\n\n" + unicodedata.normalize("NFD", "Đảng tỉnh") + "\n"
    data = text.encode("cp1258")
    assert data.startswith(b"Title line\n\n\xd0a\xd2ng")
    err = load_error(write(tmp_path / "a.md", data))
    assert err.kind == "not-utf8"
    assert "line 3" in err.detail and "0xd0" in err.detail


def test_not_utf8_late_in_the_file(tmp_path: Path) -> None:
    data = ("Dòng tiếng Việt.\n" * 50).encode() + b"caf\xe9\n"
    err = load_error(write(tmp_path / "a.md", data))
    assert err.kind == "not-utf8" and "line 51" in err.detail


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        b"Some text\x00more text\n",
        b"\x00" * 64,
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",  # JPEG
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",  # ZIP / DOCX
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    err = load_error(write(tmp_path / "a.md", data))
    assert err.kind == "binary"
    assert "binary" in err.detail


def test_real_png_renamed_to_md(tmp_path: Path) -> None:
    png = CHART_ARTICLE.parent / "images" / "chi-tieu-nam-2023.png"
    err = load_error(write(tmp_path / "chart.md", png.read_bytes()))
    assert err.kind == "binary"


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\n\t \n", b"\xef\xbb\xbf", b"\r\n\r\n"])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    err = load_error(write(tmp_path / "a.md", data))
    assert err.kind == "empty"
    assert "empty" in err.detail


def test_huge_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as f:  # 20 MB, sparse: instant to make
        f.truncate(20 * 1024 * 1024)

    def no_reading(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "read_text", no_reading)
    err = load_error(path)
    assert err.kind == "too-large"
    assert "20.0 MB" in err.detail and "5 MB" in err.detail


def test_size_limit_boundary(tmp_path: Path) -> None:
    ok = write(tmp_path / "ok.md", b"a" * MAX_FILE_BYTES)
    assert len(read_article_text(ok)) == MAX_FILE_BYTES
    over = write(tmp_path / "over.md", b"a" * (MAX_FILE_BYTES + 1))
    with pytest.raises(ArticleError) as info:
        read_article_text(over)
    assert info.value.kind == "too-large"


def test_nonexistent_file(tmp_path: Path) -> None:
    err = load_error(tmp_path / "nope.md")
    assert err.kind == "not-found"
    assert "does not exist" in err.detail
    assert err.path == str(tmp_path / "nope.md")


def test_directory_path(tmp_path: Path) -> None:
    folder = tmp_path / "folder.md"
    folder.mkdir()
    err = load_error(folder)
    assert err.kind == "unreadable"
    assert "folder" in err.detail


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result: list[object] = []

    def run() -> None:
        try:
            load_article(fifo)
        except Exception as e:
            result.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # unblock the reader so the thread can end, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a named pipe blocked")
    assert len(result) == 1 and isinstance(result[0], ArticleError)
    assert result[0].kind == "unreadable"


def test_article_error_str() -> None:
    assert (
        str(ArticleError("empty", "the file is empty", "/a/b.md")) == "/a/b.md: the file is empty"
    )
    assert str(ArticleError("empty", "the file is empty")) == "the file is empty"


# --- accepted variants -------------------------------------------------------------------


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + "---\ntitle: Có BOM\nlang: vi\n---\nMột câu.\n".encode()
    a = load_article(write(tmp_path / "a.md", data))
    assert a.title == "Có BOM"
    assert a.warnings == ()
    assert [b.to_dict()["text"] for b in a.blocks] == ["Một câu."]


def test_crlf_is_accepted(tmp_path: Path) -> None:
    text = (
        "---\r\ntitle: Dòng Windows\r\ndate: 2023-12-05\r\nlead: >-\r\n  Một\r\n  hai.\r\n---\r\n"
        "\r\n## Mục\r\n\r\nĐoạn một,\r\nvẫn đoạn một.\r\n\r\nĐoạn hai.\r\n"
    )
    a = load_article(write(tmp_path / "a.md", text.encode()))
    assert a.title == "Dòng Windows"
    assert a.date == dt.date(2023, 12, 5)
    assert a.lead is not None and a.lead.text == "Một hai."
    assert [b.to_dict()["text"] for b in a.blocks] == [
        "Mục",
        "Đoạn một, vẫn đoạn một.",
        "Đoạn hai.",
    ]
    assert "\r" not in a.to_json()


def test_old_mac_line_ends_are_accepted(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "a.md", b"---\rtitle: CR\r---\rOne.\r\rTwo.\r"))
    assert a.title == "CR"
    assert len(a.blocks) == 2


def test_nfd_input_becomes_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize(
        "NFD", "---\ntitle: Việt Nam\nauthor: Hương Dịu\n---\nTiếng Việt.\n"
    )
    assert not unicodedata.is_normalized("NFC", nfd)
    a = load_article(write(tmp_path / "a.md", nfd))
    assert a.title == "Việt Nam"
    assert a.author == "Hương Dịu"
    assert a.blocks[0].to_dict()["text"] == "Tiếng Việt."
    assert unicodedata.is_normalized("NFC", a.to_json())


def test_article_without_front_matter(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "plain.md", "# Tiêu đề\n\nNội dung.\n"))
    assert a.title == "Tiêu đề"
    assert a.lang == "vi"
    assert [type(b) for b in a.blocks] == [Paragraph]


# --- front matter ------------------------------------------------------------------------


def test_title_falls_back_to_first_h1_which_is_removed() -> None:
    a = parse_article("---\nlang: en\n---\nIntro.\n\n# The Title\n\nBody.\n\n# Second H1\n")
    assert a.title == "The Title"
    assert [b.to_dict()["text"] for b in a.blocks] == ["Intro.", "Body.", "Second H1"]
    assert isinstance(a.blocks[2], Heading) and a.blocks[2].level == 1
    assert not any("title" in w for w in a.warnings)


def test_h1_is_kept_when_front_matter_has_a_title() -> None:
    a = parse_article("---\ntitle: Front\n---\n# Body H1\n\nText.\n")
    assert a.title == "Front"
    assert isinstance(a.blocks[0], Heading) and a.blocks[0].level == 1


def test_h2_is_not_a_title(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "my-notes.md", "## Only H2\n\nText.\n"))
    assert a.title == "my-notes"
    assert isinstance(a.blocks[0], Heading)
    assert any("no title" in w for w in a.warnings)


def test_title_falls_back_to_file_stem_with_warning(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "ban-tin-so-5.md", "Chỉ có nội dung.\n"))
    assert a.title == "ban-tin-so-5"
    assert any("no title" in w for w in a.warnings)


def test_folder_article_falls_back_to_folder_name(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "ban-tin-thang-12" / "article.md", "Nội dung.\n"))
    assert a.title == "ban-tin-thang-12"
    assert any("no title" in w for w in a.warnings)


def test_no_path_no_title() -> None:
    a = parse_article("Body.\n")
    assert a.title == "Untitled"


def test_blank_title_is_no_title() -> None:
    a = parse_article('---\ntitle: "   "\n---\n# Heading title\n')
    assert a.title == "Heading title"


@pytest.mark.parametrize(
    "value",
    ["2023-13-45", "2023-02-30", "05/12/2023", "yesterday", "2023-12-05 25:00:00", "[2023]"],
)
def test_bad_date_is_a_warning(value: str) -> None:
    a = parse_article(f"---\ntitle: T\ndate: {value}\n---\nBody.\n")
    assert a.date is None
    assert any("date" in w for w in a.warnings), a.warnings
    assert a.title == "T" and len(a.blocks) == 1


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2023-12-05", dt.date(2023, 12, 5)),
        ("'2023-12-05'", dt.date(2023, 12, 5)),
        ("2023-12-05 10:30:00", dt.date(2023, 12, 5)),
        ("2023-12-05T10:30:00Z", dt.date(2023, 12, 5)),
    ],
)
def test_good_dates(value: str, expected: dt.date) -> None:
    a = parse_article(f"---\ntitle: T\ndate: {value}\n---\nBody.\n")
    assert a.date == expected
    assert a.warnings == ()


def test_impossible_date_elsewhere_does_not_break_the_article() -> None:
    a = parse_article("---\ntitle: T\nsource: 2023-02-30\n---\nBody.\n")
    assert a.source == "2023-02-30"


@pytest.mark.parametrize("value", ["'not a lang!'", "vietnamese_language", "5", "v"])
def test_bad_lang_falls_back_to_vi(value: str) -> None:
    a = parse_article(f"---\ntitle: T\nlang: {value}\n---\nBody.\n")
    assert a.lang == "vi"
    assert any("language" in w for w in a.warnings)


@pytest.mark.parametrize("value", ["en", "en-GB", "vi-VN", "fil"])
def test_good_lang(value: str) -> None:
    a = parse_article(f"---\ntitle: T\nlang: {value}\n---\nBody.\n")
    assert a.lang == value
    assert a.warnings == ()


def test_unknown_keys_warn() -> None:
    fm = parse_front_matter("---\ntitle: T\ncolour: red\nlayout: post\n---\nBody.\n")
    assert fm.title == "T"
    assert any("'colour'" in w for w in fm.warnings)
    assert any("'layout'" in w for w in fm.warnings)
    assert len(fm.warnings) == 2


@pytest.mark.parametrize(
    "value,expected",
    [
        ("[hội nghị, kinh tế]", ("hội nghị", "kinh tế")),
        ("\n  - a\n  - b", ("a", "b")),
        ("hội nghị, kinh tế ,, x", ("hội nghị", "kinh tế", "x")),
        ("single", ("single",)),
        ("[2023, 1.5]", ("2023", "1.5")),
    ],
)
def test_tags(value: str, expected: tuple[str, ...]) -> None:
    fm = parse_front_matter(f"---\ntags: {value}\n---\n")
    assert fm.tags == expected
    assert fm.warnings == ()


@pytest.mark.parametrize("value", ["{a: 1}", "[[a], b]", "[{x: 1}]"])
def test_bad_tags_warn(value: str) -> None:
    fm = parse_front_matter(f"---\ntags: {value}\n---\n")
    assert fm.tags == ()
    assert any("tags" in w for w in fm.warnings)


@pytest.mark.parametrize("key", ["title", "author", "lead", "source"])
def test_non_text_fields_warn(key: str) -> None:
    fm = parse_front_matter(f"---\n{key}: [a, b]\n---\n")
    assert getattr(fm, key) is None
    assert any(repr(key) in w and "text" in w for w in fm.warnings)


def test_number_fields_become_text() -> None:
    fm = parse_front_matter("---\ntitle: 2024\nauthor: 7\n---\n")
    assert fm.title == "2024" and fm.author == "7"


def test_lead_and_title_white_space_folded() -> None:
    a = parse_article("---\ntitle: |\n  Hai\n  dòng\nlead: |\n  Một.\n\n  Hai.\n---\nX.\n")
    assert a.title == "Hai dòng"
    assert a.lead is not None and a.lead.text == "Một. Hai."
    assert a.lead.sentence_texts() == ["Một.", "Hai."]


def test_front_matter_only_article() -> None:
    a = parse_article("---\ntitle: Chỉ có sapo\nlead: Một câu sapo.\n---\n")
    assert a.title == "Chỉ có sapo"
    assert a.blocks == ()
    assert a.lead is not None and a.lead.text == "Một câu sapo."
    assert not any("no text" in w for w in a.warnings)


def test_front_matter_only_without_lead_warns(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "a.md", "---\ntitle: Trống\n---\n\n   \n"))
    assert a.blocks == () and a.lead is None
    assert any("no text" in w for w in a.warnings)


@pytest.mark.parametrize(
    "text",
    ["---\n---\nBody.\n", "---\ntitle: T\n...\nBody.\n", "---\ntitle: T\n---"],
)
def test_front_matter_delimiters(text: str) -> None:
    a = parse_article(text, path="x.md")
    assert a.title in {"T", "x"}
    assert not any("---" in t.text for t in texts_of(a))


def test_not_front_matter_when_not_at_start() -> None:
    a = parse_article("Intro.\n\n---\ntitle: T\n---\n")
    assert a.title == "Untitled"
    assert "Intro." in [b.to_dict().get("text") for b in a.blocks]


# --- body --------------------------------------------------------------------------------


def test_inline_spans_and_offsets() -> None:
    a = parse_article("A *em* and **strong** and `x<y && z` and [link](https://e.org/?a=1&b=2).\n")
    t = a.blocks[0].texts()[0]
    assert t.text == "A em and strong and x<y && z and link."
    got = [(sp.kind, t.text[sp.start : sp.end], sp.href) for sp in t.spans]
    assert got == [
        ("em", "em", None),
        ("strong", "strong", None),
        ("code", "x<y && z", None),
        ("link", "link", "https://e.org/?a=1&b=2"),
    ]


def test_code_block_is_literal_text() -> None:
    a = parse_article("Text.\n\n    if a < b && c > d:\n        print('&amp;')\n")
    code = a.blocks[1].texts()[0]
    assert code.text == "if a < b && c > d:\n    print('&amp;')"
    assert [(sp.kind, sp.start, sp.end) for sp in code.spans] == [("code", 0, len(code.text))]


def test_entities_are_decoded_in_text() -> None:
    a = parse_article("Tom &amp; Jerry &copy; 2024 &lt;3\n")
    assert a.blocks[0].to_dict()["text"] == "Tom & Jerry © 2024 <3"


def test_ordered_and_nested_lists() -> None:
    a = parse_article("1. one\n2. two\n    - inner\n3. three\n\n- x\n- y\n")
    ordered, plain = a.blocks[0], a.blocks[1]
    assert isinstance(ordered, ListBlock) and ordered.ordered
    assert [i.text for i in ordered.items] == ["one", "two", "inner", "three"]
    assert isinstance(plain, ListBlock) and not plain.ordered
    assert [i.text for i in plain.items] == ["x", "y"]


def test_quote_paragraphs() -> None:
    a = parse_article("> First para.\n>\n> Second para.\n\nAfter.\n")
    assert [type(b).__name__ for b in a.blocks] == ["Quote", "Quote", "Paragraph"]
    assert [b.to_dict()["text"] for b in a.blocks] == ["First para.", "Second para.", "After."]


def test_horizontal_rule_is_dropped() -> None:
    a = parse_article("One.\n\n* * *\n\nTwo.\n")
    assert [b.to_dict()["text"] for b in a.blocks] == ["One.", "Two."]


def test_figure_caption_forms(tmp_path: Path) -> None:
    write(tmp_path / "img.png", PNG)
    a = load_article(
        write(
            tmp_path / "a.md",
            "---\ntitle: T\n---\n"
            "![alt one](img.png)\n*Caption one.*\n\n"
            '![alt two](img.png "Title caption")\n\n'
            "![alt three](img.png)\n\n"
            "![](img.png)\nNot emphasised, so a paragraph.\n\n"
            "![Ảnh không có]()\n*Chỉ có chú thích.*\n",
        )
    )
    kinds = [type(b).__name__ for b in a.blocks]
    assert kinds == ["Figure", "Figure", "Figure", "Figure", "Paragraph", "Figure"]
    f1, f2, f3, f4, para, f5 = a.blocks
    assert isinstance(f1, Figure) and f1.caption and f1.caption.text == "Caption one."
    assert f1.image == "img.png" and f1.alt == "alt one" and f1.problem is None
    assert isinstance(f2, Figure) and f2.caption and f2.caption.text == "Title caption"
    assert isinstance(f3, Figure) and f3.caption is None
    assert isinstance(f4, Figure) and f4.alt == ""
    assert para.to_dict()["text"] == "Not emphasised, so a paragraph."
    assert isinstance(f5, Figure) and f5.image is None and f5.problem is None
    assert f5.caption and f5.caption.text == "Chỉ có chú thích."


def test_inline_image_inside_text_is_its_alt() -> None:
    a = parse_article("Before ![a small icon](x.png) after.\n")
    assert a.blocks[0].to_dict()["text"] == "Before a small icon after."


def test_figure_without_folder_is_refused() -> None:
    a = parse_article("![x](img.png)\n")
    fig = a.blocks[0]
    assert isinstance(fig, Figure) and fig.image is None
    assert fig.problem is not None and fig.problem.startswith("refused")


def peak_bytes(run: Callable[[], object]) -> int:
    """Peak memory Python allocated while ``run`` ran (tracemalloc: deterministic, untimed)."""
    tracemalloc.start()
    try:
        run()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize(
    "text",
    [
        "".join("  " * i + "- x\n" for i in range(600)),  # Markdown 3.11 parses these
        "".join("    " * i + "- x\n" for i in range(600)),
        ">" * 3000 + " x\n",
        "- " * 1000 + "x\n",
        "".join("> - " for _ in range(500)) + "x\n",
    ],
)
def test_deeply_nested_markdown_is_refused_with_its_line(text: str) -> None:
    """Whatever the installed Markdown does with it: refused before it is parsed, with the
    line, in memory proportional to the text (not to text x depth)."""
    body = "---\ntitle: Sâu\n---\n" + text

    def parse() -> None:
        with pytest.raises(ArticleError) as info:
            parse_article(body)
        assert info.value.kind == "unreadable"
        assert "nested more than 32 levels" in info.value.detail
        assert re.search(r"line \d+", info.value.detail), info.value.detail

    assert peak_bytes(parse) < 8 * len(body) + 2_000_000


def test_nested_lists_of_4_5_mb_are_refused_in_bounded_memory() -> None:
    """Issue 16 item 7: 1,500 levels (4.5 MB) took 1.7 GB and 11 s in `show`."""
    body = "".join("    " * i + "- x\n" for i in range(1500))

    def parse() -> None:
        with pytest.raises(ArticleError, match=r"nested more than 32 levels deep .*line 33"):
            parse_article(body)

    assert peak_bytes(parse) < 30_000_000  # the text itself is 4.5 MB


@pytest.mark.parametrize(
    "text",
    [
        "*" * 3000 + "x" + "*" * 3000,
        "_" * 3000 + "x" + "_" * 3000,
        "*a " * 600 + "b* " * 600,
    ],
)
def test_deeply_nested_emphasis_is_shown_flat(text: str) -> None:
    """Thousands of nested emphases: the text is kept, the spans stop at a fixed depth."""
    try:
        a = parse_article(text)
    except ArticleError as e:  # a Markdown that refuses it may, with our reason
        assert e.kind == "unreadable" and "nested" in e.detail
        return
    check_article(a)
    body = "".join(t.text for t in texts_of(a))
    assert "x" in body or "a" in body
    for t in texts_of(a):
        assert len(t.spans) <= MAX_SPAN_DEPTH + 1


def test_nesting_within_the_limit_is_kept() -> None:
    text = "".join("  " * i + f"- level {i}\n" for i in range(20))
    a = parse_article(text)
    (lst,) = a.blocks
    assert isinstance(lst, ListBlock)
    assert [t.text for t in lst.items] == [f"level {i}" for i in range(20)]


@pytest.mark.timeout(60)  # Markdown 3.11 alone: ~25 s for 1,500 links, hours for 20,000
def test_many_links_in_one_paragraph_are_all_kept() -> None:
    body = " ".join(f'[a{i}](https://e.org/{i} "t{i}")' for i in range(1500))
    (para,) = parse_article(body).blocks
    links = [s for s in para.content.spans if s.kind == "link"]
    assert [s.href for s in links] == [f"https://e.org/{i}" for i in range(1500)]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", ["[", "[a](", "[a](x(", "[a", "*a "])
def test_unclosed_links_and_marks_stay_text(unit: str) -> None:
    body = "\n\n".join([unit * 1900 + "x" * 3000] * 10)
    a = parse_article(body)
    assert len(a.blocks) == 10


@pytest.mark.parametrize(
    "text,reason",
    [
        (" ".join(f"[a{i}](u{i})" for i in range(20_000)), "on line 1 has more than 2,000"),
        (" ".join(f"*a{i}*" for i in range(20_000)), "on line 1 has more than 2,000"),
        ("\n\n".join(" ".join(f"`c{i}`" for i in range(900)) for _ in range(12)), "20,000"),
        ("a\n\n" * 30_000, "more than 20,000 paragraphs"),
        ("- a\n" * 30_000, "more than 20,000 paragraphs"),
    ],
)
def test_too_many_parts_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ArticleError) as info:
        parse_article(text)
    assert info.value.kind == "unreadable" and reason in info.value.detail


def test_links_keep_their_titles_and_odd_destinations(tmp_path: Path) -> None:
    (tmp_path / "p.png").write_bytes(PNG)
    a = parse_article(
        '![Ảnh](p.png "Chú thích")\n\n[w](https://vi.wikipedia.org/wiki/A_(b)) '
        "[q](<https://e.org/a b>) [t](https://e.org 'đơn')\n",
        folder=tmp_path,
    )
    fig, para = a.blocks
    assert isinstance(fig, Figure) and fig.caption is not None
    assert fig.caption.text == "Chú thích"
    assert [s.href for s in para.content.spans] == [
        "https://vi.wikipedia.org/wiki/A_(b)",
        "https://e.org/a b",
        "https://e.org",
    ]


def test_centred_dashes_are_not_nesting() -> None:
    """A portal's centred "- Hết -" after 100 spaces is text, not 50 levels of lists."""
    a = parse_article("Đoạn văn.\n" + " " * 100 + "- Hết -\n\nĐoạn sau.\n")
    assert a.blocks


# --- safety ------------------------------------------------------------------------------

HTML_PAYLOADS = [
    "<script>alert(1)</script>",
    '<iframe src="https://evil.example/"></iframe>',
    "<img src=x onerror=alert(1)>",
    "<style>body { display: none }</style>",
    '<a href="javascript:alert(1)" onclick="alert(2)">x</a>',
    "<object data=x.swf></object>",
    "<!-- hidden comment -->",
]


class TagCollector(HTMLParser):
    """Records the real tags and attributes of rendered HTML, and its visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.data.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def assert_safe_html(html: str) -> TagCollector:
    lowered = html.lower()
    for bad in ("<script", "<iframe", "<style", "<object", "<!--", "<img src=x", "<img src='x'"):
        assert bad not in lowered, bad
    for m in re.finditer(r"on\w+=", lowered):  # only inside escaped text
        assert "&lt;" in lowered[max(0, m.start() - 80) : m.start()], lowered[m.start() - 80 :]
    parser = TagCollector()
    parser.feed(html)
    parser.close()
    allowed = {
        "html", "head", "meta", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "b",
        "i", "code", "blockquote", "ul", "ol", "li", "table", "tr", "td", "img", "br",
    }  # fmt: skip
    for tag, attrs in parser.tags:
        assert tag in allowed, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    assert not parser.comments
    return parser


@pytest.mark.parametrize("payload", HTML_PAYLOADS)
def test_raw_html_paragraph_is_literal_text(payload: str) -> None:
    a = parse_article(f"---\ntitle: T\n---\n{payload}\n\nAfter.\n")
    assert a.blocks[0].to_dict()["text"] == payload
    parser = assert_safe_html(render_article(a))
    assert payload in "".join(parser.data)


@pytest.mark.parametrize("payload", HTML_PAYLOADS)
def test_raw_html_inline_is_literal_text(payload: str) -> None:
    a = parse_article(f"Before {payload} after.\n")
    assert a.blocks[0].to_dict()["text"] == f"Before {payload} after."
    parser = assert_safe_html(render_article(a))
    assert f"Before {payload} after." in "".join(parser.data)


def test_raw_html_everywhere_is_escaped(tmp_path: Path) -> None:
    s = "<script>alert(1)</script>"
    text = (
        f"---\ntitle: '{s}'\nauthor: '<img src=x onerror=alert(1)>'\nlead: '{s}'\n---\n"
        f"## {s}\n\n> {s}\n\n- {s}\n- <iframe src=x></iframe>\n\n"
        f"![{s}]()\n*<img src=x onerror=alert(1)>*\n\n"
        f"<div>\n<script>\nalert(2)\n</script>\n</div>\n\n"
        f"`{s}`\n\n    {s}\n"
    )
    a = load_article(write(tmp_path / "a.md", text))
    assert a.title == s and a.lead is not None and a.lead.text == s
    model_text = " ".join(t.text for t in texts_of(a))
    assert model_text.count(s) >= 6
    parser = assert_safe_html(render_article(a))
    visible = "".join(parser.data)
    assert visible.count("<script>alert(1)</script>") >= 7  # title, lead and the blocks


@pytest.mark.parametrize(
    "ref",
    [
        "../secret.png",
        "/etc/passwd",
        "file:///etc/passwd",
        "http://example.com/a.png",
        "//host/a.png",
        "../a-evil/x.png",
        "images/link.png",  # a symlink to ../secret.png
        "%2e%2e/secret.png",
    ],
)
def test_image_references_outside_are_refused(tmp_path: Path, ref: str) -> None:
    lib = tmp_path / "lib"
    folder = lib / "a"
    write(lib / "secret.png", PNG)
    write(lib / "a-evil" / "x.png", PNG)
    write(folder / "images" / "ok.png", PNG)
    try:
        os.symlink(lib / "secret.png", folder / "images" / "link.png")
    except OSError:
        if ref == "images/link.png":
            pytest.skip("symlinks not supported here")
    a = load_article(
        write(folder / "article.md", f"---\ntitle: T\n---\n![alt]({ref})\n*Caption.*\n")
    )
    fig = a.blocks[0]
    assert isinstance(fig, Figure)
    assert fig.problem is not None and fig.problem.startswith("refused"), fig.problem
    assert fig.caption is not None and fig.caption.text == "Caption."
    assert any("refused" in w for w in a.warnings)
    html = render_article(a)
    assert "<img" not in html
    assert "Caption." in html


def test_good_relative_image_is_accepted(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    write(folder / "images" / "ok.png", PNG)
    a = load_article(
        write(folder / "article.md", "---\ntitle: T\n---\n![alt](./images/ok.png)\n*Cap.*\n")
    )
    fig = a.blocks[0]
    assert isinstance(fig, Figure)
    assert fig.problem is None
    assert fig.image == "images/ok.png"
    assert a.warnings == ()


# --- fuzzing -----------------------------------------------------------------------------

VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ"
CHARS = st.sampled_from(
    [chr(c) for c in range(32, 127)] + list(VIETNAMESE) + ["\n", "\n", "\t", "\u00a0", "…"]
)
TOKENS = st.sampled_from(
    [
        "# ", "## ", "\n\n", "\n", "- ", "1. ", "> ", "*", "**", "_", "`", "```", "    ",
        "[", "]", "(", ")", "![", "](", "---\n", "...", ". ", "8.840", "TP. ", "/.",
        "<script>", "&amp;", "&#x41;", "\\", "Đ/c ", "Ngày 5/12. ", "![a](x.png)\n*c*",
        "![]()", "|", "<", ">", "e.g. ", "Mr. ", "\u00a0", "\r\n",
    ]
)  # fmt: skip
BODY = st.lists(st.one_of(TOKENS, st.text(CHARS, max_size=12)), max_size=40).map("".join)
YAMLISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "title: ", "date: ", "lang: ", "tags: ", "lead: ", "author: ", "\n", "  ",
                "- ", "[", "]", "{", "}", ": ", ">-\n  ", "|\n  ", "2023-12-05", "2023-02-30",
                "!!python/object:os.system", "&a ", "*a", "'", '"', "#", "---", "en", "vi",
                "null", "true", "1e9", ",",
            ]
        ),
        st.text(CHARS, max_size=8),
    ),
    max_size=25,
).map("".join)  # fmt: skip


def check_article(a: Article) -> None:
    assert isinstance(a, Article)
    assert a.title
    for t in texts_of(a):
        n = len(t.text)
        last = 0
        for s in t.sentences:
            assert last <= s.start < s.end <= n, (t.text, t.sentences)
            last = s.end
        for sp in t.spans:
            assert 0 <= sp.start <= sp.end <= n
        covered = "".join(t.sentence_texts())
        assert "".join(covered.split()) == "".join(t.text.split()), (t.text, t.sentences)
    data = json.loads(a.to_json())
    assert len(data["blocks"]) == len(a.blocks)


FUZZ = settings(
    max_examples=examples(200),
    deadline=deadline(),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(text=st.one_of(st.text(CHARS, max_size=300), BODY))
def test_fuzz_parse_article(text: str) -> None:
    try:
        a = parse_article(text, folder=None, path="fuzz.md")
    except ArticleError as e:
        assert e.kind in {"front-matter", "unreadable"}
        return
    check_article(a)


@FUZZ
@given(front=st.one_of(YAMLISH, st.text(CHARS, max_size=120)), body=BODY)
def test_fuzz_with_front_matter(tmp_path: Path, front: str, body: str) -> None:
    text = f"---\n{front}\n---\n{body}"
    try:
        a = parse_article(text, folder=tmp_path, path=str(tmp_path / "fuzz.md"))
    except ArticleError as e:
        assert e.kind in {"front-matter", "unreadable"}
        assert e.detail
        return
    check_article(a)
    for b in a.blocks:
        if isinstance(b, Figure) and b.image is not None and b.problem is None:
            assert (tmp_path / b.image).resolve().is_relative_to(tmp_path.resolve())


@FUZZ
@given(data=st.binary(max_size=200))
def test_fuzz_bytes_decode_or_refuse(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bytes.md"
    path.write_bytes(data)
    try:
        a = load_article(path)
    except ArticleError as e:
        assert e.kind in {"binary", "not-utf8", "empty", "front-matter", "unreadable"}
        return
    check_article(a)


# --- bounded front matter and text (issue 16 item 3) --------------------------------------


def test_a_5000_digit_title_is_text(tmp_path: Path) -> None:
    a = load_article(write(tmp_path / "a.md", "---\ntitle: " + "7" * 5000 + "\n---\nB.\n"))
    assert a.title.startswith("7777")


def bomb(levels: int, width: int) -> str:
    lines = ['a0: &a0 ["lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return "---\n" + "\n".join(lines) + f"\ndate: *a{levels}\ntitle: Bom\n---\nNội dung.\n"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("levels,width", [(8, 9), (40, 2), (3, 60)])
def test_yaml_alias_bomb_is_refused(levels: int, width: int) -> None:
    with pytest.raises(ArticleError) as info:
        parse_article(bomb(levels, width))
    assert info.value.kind == "front-matter"
    assert "aliases" in info.value.detail


def test_a_few_yaml_aliases_are_fine() -> None:
    a = parse_article("---\nt: &t Tiêu đề\ntitle: *t\ntags: [&x a, *x]\n---\nB.\n")
    assert a.title == "Tiêu đề" and a.tags == ("a", "a")


def test_recursive_yaml_alias_is_refused() -> None:
    with pytest.raises(ArticleError) as info:
        parse_article("---\na: &a [*a]\ntitle: x\n---\nB.\n")
    assert info.value.kind == "front-matter"


def test_a_date_warning_stays_short() -> None:
    a = parse_article("---\ndate: [" + ", ".join(["1"] * 5000) + "]\n---\nB.\n")
    (warning,) = [w for w in a.warnings if w.startswith("date")]
    assert len(warning) < 120


@pytest.mark.timeout(60)
def test_long_runs_of_combining_marks_are_cut(tmp_path: Path) -> None:
    """A letter with 180,000 alternating accents took 30 s to normalise (quadratic)."""
    text = "---\ntitle: Dấu\n---\nChữ a" + "\u0301\u0323" * 90_000 + " cuối.\n"
    a = load_article(write(tmp_path / "a.md", text))
    body = a.blocks[0].content.text
    assert body.startswith("Chữ ") and body.endswith(" cuối.")
    assert len(body) < 40
    marks = [c for c in body if unicodedata.combining(c)]
    assert 0 < len(marks) <= 16


def test_vietnamese_and_stacked_marks_are_kept() -> None:
    from reader.text.marks import cap_combining_runs

    nfd = unicodedata.normalize("NFD", "Nghị quyết Trung ương")
    assert cap_combining_runs(nfd) == (nfd, 0)
    zalgo = "e" + "\u0300\u0316" * 10
    assert cap_combining_runs(zalgo) == ("e" + "\u0300\u0316" * 8, 4)


# --- what a file may be (issue 16 item 8) ------------------------------------------------


def test_linked_article_outside_its_folder_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere" / "secret.md", "# Bí mật\n")
    (tmp_path / "lib").mkdir()
    for name, target in (("x.md", outside), ("status.md", Path("/proc/self/status"))):
        (tmp_path / "lib" / name).symlink_to(target)
        err = load_error(tmp_path / "lib" / name)
        assert err.kind == "unreadable" and "outside its folder" in err.detail


def test_linked_article_inside_its_folder_is_read(tmp_path: Path) -> None:
    real = write(tmp_path / "real.md", "# Thật\n\nNội dung.\n")
    (tmp_path / "alias.md").symlink_to(real.name)
    assert load_article(tmp_path / "alias.md").title == "Thật"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_swapped_in_after_the_check_does_not_block(tmp_path: Path) -> None:
    """The open itself never blocks and checks the open file: stat() may be stale."""
    from reader.formats.article_file import _read_regular_file

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result: list[object] = []

    def run() -> None:
        try:
            _read_regular_file(fifo, fifo)
        except Exception as e:
            result.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("opening a named pipe blocked")
    (err,) = result
    assert isinstance(err, ArticleError) and "not a regular file" in err.detail


# --- UTF-16 and titles (issue 16 items 11 and 13) ----------------------------------------

UTF16_TEXT = "---\ntitle: Bản tin\nlang: vi\n---\n# Tiêu đề\n\nNội dung tiếng Việt. Câu hai.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_articles_are_text(tmp_path: Path, codec: str) -> None:
    """With a byte-order mark ("utf-16" writes one) or without: not "a binary file"."""
    a = load_article(write(tmp_path / "a.md", UTF16_TEXT.encode(codec)))
    assert a.title == "Bản tin"
    assert a.blocks[-1].content.text == "Nội dung tiếng Việt. Câu hai."


def test_damaged_utf16_is_explained(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "Tin".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    err = load_error(write(tmp_path / "a.md", data))
    assert err.kind == "not-utf8" and "UTF-16" in err.detail


def test_utf16_bom_alone_is_empty(tmp_path: Path) -> None:
    assert load_error(write(tmp_path / "a.md", b"\xff\xfe")).kind == "empty"


def test_bidi_controls_are_taken_out_of_titles() -> None:
    a = parse_article("---\ntitle: \u202eabc\u202c Tin \u2067x\u2069\n---\nB \u202e.\n")
    assert a.title == "abc Tin x"
    assert "\u202e" in a.blocks[0].content.text  # the article's text is left as it is
    h1 = parse_article("# \u202dTin\u202c\n\nB.\n")
    assert h1.title == "Tin"


@pytest.mark.parametrize("heading", ["#&#x202e;", "# \u202e", "# \u200b", "# &#x200b;\u2066"])
def test_a_title_with_nothing_to_see_falls_back_to_the_file_name(heading: str) -> None:
    """Hypothesis found "#&#x202e;": the heading's only character is a bidi control, taken
    out, which left an empty title (the window and the list showed nothing)."""
    a = parse_article(f"{heading}\n\nB.\n", folder=None, path="tin-moi.md")
    assert a.title == "tin-moi"
    assert any("no title" in w for w in a.warnings)
    fm = parse_article("---\ntitle: \"\u200b\"\n---\nB.\n", folder=None, path="tin-moi.md")
    assert fm.title == "tin-moi"


def test_a_1_mb_title_is_shortened_for_lists_and_windows() -> None:
    words = " ".join(["chữ"] * 250_000)  # 1 MB
    a = parse_article(f"---\ntitle: {words[:60_000]}\n---\nB.\n")  # front matter: 64 KB
    assert len(a.title) <= 300 and a.title.endswith("chữ…")
    assert any("shortened" in w for w in a.warnings)
    h1 = parse_article(f"# {words}\n\nB.\n")
    assert len(h1.title) <= 300
    assert h1.blocks[0].content.text == words  # the heading itself stays whole in the text
