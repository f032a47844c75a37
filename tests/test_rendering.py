"""Model -> restricted HTML: anchors for blocks and sentences, figures, escaping."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.formats.markdown_article import load_article, parse_article
from reader.model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Text,
)
from reader.rendering.html import (
    Colors,
    Labels,
    RenderOptions,
    format_date,
    render_article,
    render_problem,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
BUNDLED = [
    ARTICLES / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md",
    ARTICLES / "2023-12-05-bac-kan-ket-qua-nam-2023" / "article.md",
    ARTICLES / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md",
]
VOID = {"meta", "img", "br"}


class Page(HTMLParser):
    """Parses rendered HTML: tags with attributes, anchors in order, text; checks nesting."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.anchors: list[str] = []
        self.text_parts: list[str] = []
        self.stack: list[str] = []
        self.feed(html)
        self.close()
        assert self.stack == [], f"unclosed tags {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "a" and a.get("name"):
            self.anchors.append(a["name"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def t(s: str, *cuts: tuple[int, int], spans: tuple[Span, ...] = ()) -> Text:
    return Text(s, tuple(Sentence(a, b) for a, b in cuts), spans)


def expected_anchors(a: Article) -> list[str]:
    names = ["title"]
    if a.lead is not None:
        names.append("lead")
        names += [f"s-lead.0.{k}" for k in range(len(a.lead.sentences))]
    for i, block in enumerate(a.blocks):
        names.append(f"b{i}")
        for j, text in enumerate(block.texts()):
            names += [f"s{i}.{j}.{k}" for k in range(len(text.sentences))]
    return names


# --- anchors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", BUNDLED, ids=lambda p: p.parent.name if p.stem == "article" else p.stem
)
def test_every_block_and_sentence_has_its_anchor_in_order(path: Path) -> None:
    a = load_article(path)
    page = Page(render_article(a))
    anchors = [n for n in page.anchors if n != "meta"]
    assert anchors == expected_anchors(a)
    assert len(set(page.anchors)) == len(page.anchors)


@pytest.mark.parametrize(
    "path", BUNDLED, ids=lambda p: p.parent.name if p.stem == "article" else p.stem
)
def test_all_article_text_is_on_the_page(path: Path) -> None:
    a = load_article(path)
    page_text = " ".join(Page(render_article(a)).text.split())
    for block in a.blocks:
        for text in block.texts():
            assert " ".join(text.text.split()) in page_text


def test_sentence_anchor_sits_at_the_sentence_start() -> None:
    a = Article(
        title="T",
        blocks=(Paragraph(t("One. Two *x*. Three.", (0, 4), (5, 13), (14, 20))),),
    )
    html = render_article(a)
    assert (
        '<a name="s0.0.0"></a>One. <a name="s0.0.1"></a>Two *x*. <a name="s0.0.2"></a>Three.'
        in html
    )


def test_list_items_are_texts_of_their_block() -> None:
    a = Article(
        title="T",
        blocks=(
            Paragraph(t("P.", (0, 2))),
            ListBlock(False, (t("a. b.", (0, 2), (3, 5)), t("c", (0, 1)))),
            ListBlock(True, (t("d", (0, 1)),)),
        ),
    )
    page = Page(render_article(a))
    assert page.anchors == [
        "title",
        "b0",
        "s0.0.0",
        "b1",
        "s1.0.0",
        "s1.0.1",
        "s1.1.0",
        "b2",
        "s2.0.0",
    ]
    assert len(page.find("ul")) == 1 and len(page.find("ol")) == 1
    assert len(page.find("li")) == 3


def test_lead_and_meta() -> None:
    a = Article(
        title="Tiêu đề",
        date=dt.date(2023, 12, 5),
        author="Hương Dịu",
        lead=t("Sapo một. Sapo hai.", (0, 9), (10, 19)),
        blocks=(Heading(3, t("H", (0, 1))), Quote(t("Q.", (0, 2)))),
    )
    html = render_article(a)
    page = Page(html)
    assert "Ngày 05/12/2023 · By Hương Dịu" in page.text
    assert page.anchors[:5] == ["title", "meta", "lead", "s-lead.0.0", "s-lead.0.1"]
    assert "Sapo một. Sapo hai." in page.text
    assert len(page.find("h3")) == 1 and len(page.find("blockquote")) == 1


def test_no_meta_line_without_date_or_author() -> None:
    page = Page(render_article(Article(title="T")))
    assert "meta" not in page.anchors
    assert page.anchors == ["title"]


def test_headings_levels_are_clamped() -> None:
    a = Article(title="T", blocks=(Heading(9, t("x", (0, 1))), Heading(0, t("y", (0, 1)))))
    page = Page(render_article(a))
    assert len(page.find("h6")) == 1
    assert len(page.find("h1")) == 2  # the title and the clamped heading


# --- inline spans ------------------------------------------------------------------------


def test_spans_become_nested_tags() -> None:
    text = t(
        "a em strong code link z",
        (0, 23),
        spans=(
            Span(2, 4, "em"),
            Span(5, 11, "strong"),
            Span(12, 16, "code"),
            Span(17, 21, "link", "https://example.org/?a=1&b=2"),
        ),
    )
    html = render_article(Article(title="T", blocks=(Paragraph(text),)))
    assert "<i>em</i> <b>strong</b> <code>code</code> " in html
    page = Page(html)
    links = [a for a in page.find("a") if "href" in a]
    assert links == [{"href": "https://example.org/?a=1&b=2"}]
    assert 'href="https://example.org/?a=1&amp;b=2"' in html


def test_overlapping_sentence_and_span_stay_well_formed() -> None:
    # the emphasis runs across a sentence start, and two spans share a range
    text = t(
        "One two. Three four.",
        (0, 8),
        (9, 20),
        spans=(Span(4, 14, "em"), Span(9, 14, "strong"), Span(9, 14, "code")),
    )
    html = render_article(Article(title="T", blocks=(Paragraph(text),)))
    page = Page(html)  # raises if the tags do not nest
    assert page.anchors == ["title", "b0", "s0.0.0", "s0.0.1"]
    assert "One two. Three four." in page.text


def test_empty_spans_are_ignored() -> None:
    html = render_article(
        Article(title="T", blocks=(Paragraph(t("ab", (0, 2), spans=(Span(1, 1, "em"),))),))
    )
    assert "<i>" not in html


# --- figures -----------------------------------------------------------------------------


def figure_page(fig: Figure, **options: object) -> tuple[str, Page]:
    html = render_article(Article(title="T", blocks=(fig,)), RenderOptions(**options))  # type: ignore[arg-type]
    return html, Page(html)


@pytest.mark.parametrize(
    "size,max_width,expected",
    [
        ((1600, 900), 800, (800, 450)),
        ((300, 200), 800, (300, 200)),
        ((1000, 333), 800, (800, 266)),
        ((4000, 10), 800, (800, 2)),
        ((3000, 1), 800, (800, 1)),  # never 0 pixels high
        ((640, 480), 320, (320, 240)),
        ((800, 1200), 800, (800, 1200)),
    ],
)
def test_image_is_scaled_to_max_width_keeping_aspect(
    size: tuple[int, int], max_width: int, expected: tuple[int, int]
) -> None:
    fig = Figure("images/chart.png", "Biểu đồ", t("Chú thích.", (0, 10)))
    _, page = figure_page(fig, image_sizes={"images/chart.png": size}, max_image_width=max_width)
    (img,) = page.find("img")
    width, height = int(img["width"] or 0), int(img["height"] or 0)
    assert (width, height) == expected
    assert width <= max_width
    assert abs(width / height - size[0] / size[1]) <= size[0] / size[1] / max(1, height) + 1e-9
    assert img["src"] == "images/chart.png"
    assert img["alt"] == "Biểu đồ"
    assert "Chú thích." in page.text
    assert page.anchors == ["title", "b0", "s0.0.0"]


@pytest.mark.parametrize("size", [(0, 0), (0, 100), (100, 0), (-1, -1)])
def test_image_with_no_usable_size_is_a_placeholder(size: tuple[int, int]) -> None:
    fig = Figure("images/x.png", "alt", t("Cap.", (0, 4)))
    _, page = figure_page(fig, image_sizes={"images/x.png": size})
    assert page.find("img") == []
    assert "Cap." in page.text


def test_image_without_known_size_is_not_shown() -> None:
    _, page = figure_page(Figure("images/x.png", "alt", None))
    assert page.find("img") == []
    assert "Image cannot be shown: images/x.png" in page.text


def test_missing_image_placeholder_with_caption() -> None:
    fig = Figure(
        "images/map.png",
        "Bản đồ tỉnh",
        t("Bản đồ hành chính.", (0, 18)),
        "missing: 'images/map.png' was not found",
    )
    html, page = figure_page(fig, image_sizes={"images/map.png": (100, 100)})
    assert "<img" not in html  # a problem wins over a (stale) size
    assert "Image cannot be shown: missing: 'images/map.png' was not found" in page.text
    assert "Bản đồ tỉnh" in page.text
    assert "Bản đồ hành chính." in page.text
    assert page.anchors == ["title", "b0", "s0.0.0"]
    (table,) = page.find("table")
    assert table.get("bgcolor") == Colors().placeholder_bg


def test_photo_not_available_placeholder() -> None:
    fig = Figure(None, "", t("Đại biểu dự Hội nghị", (0, 20)))
    _, page = figure_page(fig)
    assert "[Photo not available in this copy]" in page.text
    assert "Đại biểu dự Hội nghị" in page.text


def test_figure_without_caption_has_only_block_anchor() -> None:
    _, page = figure_page(Figure(None, "alt", None))
    assert page.anchors == ["title", "b0"]


def test_labels_are_replaceable() -> None:
    labels = Labels(
        photo_not_available="Ảnh không có trong bản này",
        image_missing="Không hiển thị được ảnh: {reason}",
        by="Tác giả: {author}",
    )
    a = Article(
        title="T",
        author="Hương Dịu",
        blocks=(Figure(None, "", None), Figure("x.png", "", None, "missing: 'x.png'")),
    )
    page = Page(render_article(a, RenderOptions(labels=labels)))
    assert "Ảnh không có trong bản này" in page.text
    assert "Không hiển thị được ảnh: missing: 'x.png'" in page.text
    assert "Tác giả: Hương Dịu" in page.text
    assert "Photo not available" not in page.text


def test_colors_and_spacing_are_used() -> None:
    colors = Colors(text="#abcdef", background="#012345", link="#00ff00")
    html = render_article(
        Article(title="T", blocks=(Paragraph(t("x", (0, 1))),)),
        RenderOptions(colors=colors, line_height_percent=200, paragraph_spacing_px=20),
    )
    assert "color:#abcdef" in html and "background-color:#012345" in html
    assert "line-height:200%" in html and "margin-bottom:20px" in html


# --- escaping ----------------------------------------------------------------------------

EVIL = "<script>alert('x')</script> & \"quotes\" <img src=x onerror=alert(1)>"


def test_all_text_is_escaped() -> None:
    a = Article(
        title=EVIL,
        author=EVIL,
        date=dt.date(2024, 1, 2),
        lang="en",
        lead=t(EVIL, (0, len(EVIL))),
        blocks=(
            Heading(2, t(EVIL, (0, len(EVIL)))),
            Paragraph(t(EVIL, (0, len(EVIL)), spans=(Span(0, 8, "em"),))),
            Quote(t(EVIL, (0, len(EVIL)))),
            ListBlock(False, (t(EVIL, (0, len(EVIL))),)),
            Figure(None, EVIL, t(EVIL, (0, len(EVIL)))),
            Figure("x.png", EVIL, t(EVIL, (0, len(EVIL))), EVIL),
        ),
    )
    html = render_article(a)
    assert "<script" not in html.lower()
    assert "<img" not in html
    assert all(
        "&lt;" in html[max(0, m.start() - 60) : m.start()] for m in re.finditer("onerror=", html)
    )
    page = Page(html)
    assert {tag for tag, _ in page.tags} <= {
        "html", "head", "meta", "body", "h1", "h2", "p", "a", "b", "i", "blockquote", "ul",
        "li", "table", "tr", "td", "br",
    }  # fmt: skip
    assert page.text.count(EVIL) >= 9
    assert "2 January 2024" in page.text


def test_attributes_cannot_be_broken_out_of() -> None:
    alt = "x' onerror='alert(1)\" onload=\"y"
    src = 'a\'b" onerror="z.png'
    href = "https://e.org/\" onclick=\"alert(1)' x='"
    a = Article(
        title="T",
        blocks=(
            Figure(src, alt, None),
            Paragraph(t("link", (0, 4), spans=(Span(0, 4, "link", href),))),
        ),
    )
    page = Page(render_article(a, RenderOptions(image_sizes={src: (10, 10)})))
    (img,) = page.find("img")
    assert img["alt"] == alt and img["src"] == src
    assert set(img) == {"src", "width", "height", "alt"}
    (link,) = [x for x in page.find("a") if "href" in x]
    assert link == {"href": href}


def test_raw_html_from_markdown_is_escaped() -> None:
    a = parse_article(
        "---\ntitle: T\n---\n<iframe src=https://evil/></iframe>\n\n"
        "Text <script>alert(1)</script> and <style>*{}</style>.\n"
    )
    html = render_article(a)
    for bad in ("<iframe", "<script", "<style"):
        assert bad not in html
    assert "&lt;iframe src=https://evil/&gt;&lt;/iframe&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- dates and problem page --------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,expected",
    [
        ("vi", "Ngày 05/12/2023"),
        ("vi-VN", "Ngày 05/12/2023"),
        ("VI", "Ngày 05/12/2023"),
        ("en", "5 December 2023"),
        ("en-GB", "5 December 2023"),
        ("fr", "5 December 2023"),
    ],
)
def test_format_date(lang: str, expected: str) -> None:
    assert format_date(dt.date(2023, 12, 5), lang) == expected


def test_format_date_every_month() -> None:
    months = [format_date(dt.date(2024, m, 1), "en").split()[1] for m in range(1, 13)]
    assert months[0] == "January" and months[-1] == "December" and len(set(months)) == 12


def test_render_problem_escapes() -> None:
    html = render_problem("<b>bad.md</b>", "line 3: <script>x</script>")
    assert "<script" not in html and "<b>bad.md" not in html
    page = Page(html)
    assert "This article cannot be shown" in page.text
    assert "<b>bad.md</b>" in page.text
    assert "line 3: <script>x</script>" in page.text
    assert page.anchors == ["title"]


def test_render_problem_label() -> None:
    html = render_problem("a", "b", RenderOptions(labels=Labels(problem_heading="Không mở được")))
    assert "Không mở được" in Page(html).text
