"""Article -> Markdown: loads back to the same article; slugs; the edited-since-import stamp."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.markdown_article import load_article, parse_article
from reader.formats.markdown_writer import (
    HASH_KEY,
    article_file_name,
    article_to_markdown,
    edit_state,
    slugify,
    stamp,
)
from reader.formats.scrape_text import parse_scrape, scrape_to_article
from reader.model import Article, Figure, Heading, ListBlock, Paragraph, Quote, Text
from tests.fuzzing import deadline, examples

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
SEED_TEXT = ROOT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt"


def comparable(a: Article) -> dict:
    d = a.to_dict()
    d.pop("path")
    d.pop("warnings")
    return d


@pytest.mark.parametrize(
    "path", sorted(ARTICLES.rglob("*.md")), ids=lambda p: p.relative_to(ARTICLES).as_posix()
)
def test_bundled_articles_round_trip(path: Path, tmp_path: Path) -> None:
    # A copy of the article's folder, so images resolve and the repository is never written.
    folder = tmp_path / "copy"
    shutil.copytree(path.parent, folder)
    original = load_article(folder / path.name)
    copy = folder / f"roundtrip-{path.name}"
    copy.write_text(article_to_markdown(original), encoding="utf-8")
    again = load_article(copy)
    assert comparable(again) == comparable(original)


def test_seed_import_round_trips(tmp_path: Path) -> None:
    article = scrape_to_article(parse_scrape(SEED_TEXT.read_text("utf-8")), source="seed.txt")
    f = tmp_path / article_file_name(article)
    f.write_text(stamp(article_to_markdown(article)), encoding="utf-8")
    again = load_article(f)
    assert comparable(again) == comparable(article)
    assert again.warnings == ()
    hand = load_article(ARTICLES / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md")
    assert [(b.type, [t.text for t in b.texts()]) for b in again.blocks] == [
        (b.type, [t.text for t in b.texts()]) for b in hand.blocks
    ]


def test_slugs_and_file_names() -> None:
    assert slugify("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14") == (
        "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14"
    )
    assert slugify("ĐƯỜNG ĐI đến “Bắc Kạn”: 2024!") == "duong-di-den-bac-kan-2024"
    long = slugify("Tập trung thực hiện đồng bộ, có hiệu quả Nghị quyết nhiệm vụ năm 2024 " * 3)
    assert len(long) <= 80 and not long.endswith("-")
    a = Article(title="Hội nghị lần thứ 14", date=dt.date(2023, 12, 5))
    assert article_file_name(a) == "2023-12-05-hoi-nghi-lan-thu-14.md"
    assert article_file_name(Article(title="Hội nghị")) == "hoi-nghi.md"
    odd = article_file_name(Article(title="新闻"))
    assert odd.startswith("bai-viet-") and odd.endswith(".md")


def test_stamp_detects_edits() -> None:
    md = article_to_markdown(Article(title="T", lead=Text("Một câu."), blocks=()))
    stamped = stamp(md)
    assert f"\n{HASH_KEY}: " in stamped
    assert edit_state(stamped) == "unedited"
    assert edit_state(stamped.replace("Một câu", "Hai câu")) == "edited"
    assert edit_state(stamped + "\nMore.\n") == "edited"
    assert edit_state(md) == "not-imported"
    assert edit_state("no front matter") == "not-imported"
    assert edit_state(stamped.replace("\n", "\r\n")) == "unedited"  # line ends only


def test_all_block_kinds_and_markup_characters() -> None:
    tricky = "# not a heading *not em* _x_ [link](x) <b> &amp; `code` \\ 1. 2) - + > end #"
    a = Article(
        title="Tiêu đề: có dấu hai chấm # và 'nháy'",
        date=dt.date(2024, 1, 2),
        author="Hương Dịu",
        source="https://example.gov.vn/a?b=1",
        tags=("hội nghị", "kinh tế"),
        lead=Text("- " + tricky),
        blocks=(
            Heading(2, Text("Heading " + tricky)),
            Heading(3, Text("Cấp 3 ##")),
            Paragraph(Text(tricky)),
            Paragraph(Text("1. Không phải danh sách")),
            Paragraph(Text("---")),
            Quote(Text("> trích " + tricky)),
            ListBlock(False, (Text("một *"), Text("hai"))),
            ListBlock(True, (Text("ba"), Text("bốn"))),
            Figure(None, "", Text("Chú thích " + tricky)),
            Figure(None, "ảnh [thiếu]", None),
        ),
    )
    got = parse_article(article_to_markdown(a), folder=None, path=None)
    assert [b.type for b in got.blocks] == [b.type for b in a.blocks]
    for x, y in zip(got.blocks, a.blocks, strict=True):
        assert [t.text for t in x.texts()] == [t.text for t in y.texts()]
    assert (got.title, got.date, got.author, got.source, got.tags) == (
        a.title,
        a.date,
        a.author,
        a.source,
        a.tags,
    )
    assert got.lead is not None and got.lead.text == a.lead.text  # type: ignore[union-attr]
    assert got.warnings == ()


TEXT = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=80,
    )
    .map(lambda s: " ".join(unicodedata.normalize("NFC", s).split()))  # imports are NFC
    .filter(bool)
)


@settings(
    max_examples=examples(200),
    suppress_health_check=[HealthCheck.too_slow],
    deadline=deadline(),
)
@given(
    title=TEXT,
    lead=TEXT,
    blocks=st.lists(st.tuples(st.sampled_from(["h", "p", "c"]), TEXT), max_size=6),
)
def test_random_text_round_trips(title: str, lead: str, blocks: list[tuple[str, str]]) -> None:
    built = []
    for kind, text in blocks:
        t = Text(text)
        built.append(
            Heading(2, t) if kind == "h" else Paragraph(t) if kind == "p" else Figure(None, "", t)
        )
    a = Article(title=title, lead=Text(lead), blocks=tuple(built))
    got = parse_article(stamp(article_to_markdown(a)), folder=None, path=None)
    assert got.title == title
    assert got.lead is not None and got.lead.text == lead
    assert [(b.type, [t.text for t in b.texts()]) for b in got.blocks] == [
        (b.type, [t.text for t in b.texts()]) for b in built
    ]
