"""Inline formatting of saved web pages: emphasis, strong and links become Text spans.

trafilatura gives them as ``<hi rend="#i"/"#b">`` and ``<ref target>``
(reader.formats.html_page). Only http and https links keep their address, relative ones
resolved against the page's own address; the spans stay on the same characters through the
folding of white space, NFC and the sentence split, and survive the Markdown file.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.formats.html_page import page_to_article, parse_html
from reader.formats.markdown_article import load_article, parse_article
from reader.formats.markdown_writer import article_to_markdown
from reader.formats.page_items import inline_text
from reader.formats.page_links import Links
from reader.formats.page_spans import (
    caption_text_spans,
    reads_back,
    rich_text,
    tidy_spans,
    whole_dropped,
    writable_spans,
)
from reader.importer import run_import
from reader.model import Article, Paragraph, Span, Text
from tests.fuzzing import deadline, examples

LEAD = (
    "Sáng 16/7, UBND tỉnh tổ chức lễ khởi công xây dựng cầu Pác Nặm nối hai bờ sông Năng, "
    "công trình được người dân vùng cao mong đợi nhiều năm qua."
)
TAIL = (
    " Cầu có chiều dài 120 m, rộng 9 m, tổng mức đầu tư hơn 80 tỷ đồng từ nguồn vốn ngân "
    "sách tỉnh, dự kiến hoàn thành trong năm 2025."
)


def page(body: str, head: str = "", before: str = "") -> str:
    return (
        f'{before}<html lang="vi"><head><meta charset="utf-8"><title>Khởi công cầu Pác Nặm'
        f"</title>{head}</head><body><article><h1>Khởi công cầu Pác Nặm</h1><p>{LEAD}</p>"
        f"{body}</article></body></html>"
    )


def article_of(html: str, source: str | None = "tin.html") -> Article:
    return page_to_article(parse_html(html, source=source))


def texts(article: Article) -> list[Text]:
    return [t for b in article.blocks for t in b.texts()]


def marked(t: Text) -> list[tuple[str, str, str | None]]:
    """Each span as (its words, kind, address)."""
    return [(t.text[s.start : s.end], s.kind, s.href) for s in t.spans]


def check_spans(t: Text) -> None:
    """Spans lie in the text, start and end on a visible character, and nest."""
    for s in t.spans:
        assert 0 <= s.start < s.end <= len(t.text), s
        assert not t.text[s.start].isspace() and not t.text[s.end - 1].isspace(), s
        if s.kind == "link":
            assert s.href and re.match(r"^https?://[^\s()<>\"'`\\]+$", s.href), s
    for a in t.spans:
        for b in t.spans:
            assert (
                a.end <= b.start
                or b.end <= a.start
                or (
                    (a.start <= b.start and b.end <= a.end)
                    or (b.start <= a.start and a.end <= b.end)
                )
            ), (a, b)


FORMATTED = page(
    "<p>Lễ khởi công có <em>nhiều đại biểu</em>, <strong>lãnh đạo tỉnh</strong> và "
    "<b>người dân</b> tham dự, <i>rất đông vui</i>." + TAIL + "</p>"
    '<p>Xem <a href="https://baobackan.example.vn/cau.html">bài trước</a>, '
    '<a href="javascript:alert(\'x\')">bấm vào đây</a>, <a href="../anh/cau.html">ảnh '
    '<em>cầu cũ</em></a>, <a href="mailto:toasoan@example.vn">thư</a> và '
    '<a href="data:text/html,x">dữ liệu</a>.' + TAIL + "</p>"
    '<p><a href="https://example.vn/a"><strong>Toàn <em>bộ</em> câu</strong></a> là liên kết.'
    + TAIL
    + "</p>"
)


def test_emphasis_strong_and_links_become_spans() -> None:
    article = article_of(FORMATTED, "https://baobackan.example.vn/tin/khoi-cong.html")
    first, second, third = (t for t in texts(article))
    assert marked(first) == [
        ("nhiều đại biểu", "em", None),
        ("lãnh đạo tỉnh", "strong", None),
        ("người dân", "strong", None),
        ("rất đông vui", "em", None),
    ]
    assert first.text.startswith("Lễ khởi công có nhiều đại biểu, lãnh đạo tỉnh và người dân")
    assert marked(second) == [
        ("bài trước", "link", "https://baobackan.example.vn/cau.html"),
        ("ảnh cầu cũ", "link", "https://baobackan.example.vn/anh/cau.html"),  # ../ from /tin/
        ("cầu cũ", "em", None),
    ]
    # Links that are not http(s) keep their words, as plain text.
    assert second.text.startswith("Xem bài trước, bấm vào đây, ảnh cầu cũ, thư và dữ liệu.")
    assert marked(third) == [
        ("Toàn bộ câu", "strong", None),
        ("Toàn bộ câu", "link", "https://example.vn/a"),
        ("bộ", "em", None),
    ]
    for t in texts(article):
        check_spans(t)
        assert [s.of(t.text) for s in t.sentences] == t.sentence_texts()  # sentences untouched


def test_nothing_of_a_bad_link_reaches_the_markdown() -> None:
    md = article_to_markdown(article_of(FORMATTED))
    for bad in ("javascript", "alert", "mailto", "toasoan@", "data:", "../anh"):
        assert bad not in md, bad
    assert "[bài trước](https://baobackan.example.vn/cau.html)" in md
    assert "[**Toàn *bộ* câu**](https://example.vn/a) là liên kết." in md


def test_relative_links_need_the_page_address() -> None:
    body = (
        '<p>Đọc <a href="cau.html">bài về cầu</a>, <a href="/tin/2">tin hai</a>, '
        '<a href="//cdn.example.vn/x">bản lưu</a> và <a href="#binh-luan">bình luận</a>.'
        + TAIL
        + "</p>"
    )

    def links(html: str, source: str | None = "tin.html") -> list[str | None]:
        (t,) = texts(article_of(html, source))
        return [s.href for s in t.spans]

    # A saved page with no address of its own: relative links lose their address.
    assert links(page(body)) == []
    # Fetched from a URL: against that URL (a link within the page is dropped).
    assert links(page(body), "https://so.example.vn/tin/a/bai.html") == [
        "https://so.example.vn/tin/a/cau.html",
        "https://so.example.vn/tin/2",
        "https://cdn.example.vn/x",
    ]
    # Saved by a browser, which noted where it was.
    saved = "<!-- saved from url=(0035)http://so.example.vn/tin/bai.html -->\n"
    assert links(page(body, before=saved))[0] == "http://so.example.vn/tin/cau.html"
    # Its canonical link, when nothing else tells.
    canonical = '<link rel="canonical" href="https://bao.example.vn/xa-hoi/bai-9.html">'
    assert links(page(body, head=canonical))[0] == "https://bao.example.vn/xa-hoi/cau.html"
    # <base href> wins (resolved against the page's address when it is relative itself).
    base = '<base href="https://static.example.vn/goc/">'
    assert links(page(body, head=base + canonical))[0] == "https://static.example.vn/goc/cau.html"
    assert links(page(body, head='<base href="../">'), "https://a.vn/b/c/d.html")[0] == (
        "https://a.vn/b/cau.html"
    )
    # A base that is not http(s) is ignored.
    assert links(page(body, head='<base href="javascript:x/">' + canonical))[0] == (
        "https://bao.example.vn/xa-hoi/cau.html"
    )


def test_odd_addresses_are_refused_or_made_safe_for_markdown() -> None:
    body = (
        '<p><a href=" JaVa&#9;Script:alert(1)">một</a> <a href="https:///x">hai</a> '
        '<a href="http://[bad">ba</a> <a href="ftp://a.vn/x">bốn</a> '
        '<a href=" https://a.vn/tìm kiếm?q=(cầu) &quot;x&quot;\n">năm</a> '
        '<a href="HTTPS://A.VN/X">sáu</a>.' + TAIL + "</p>"
    )
    (t,) = texts(article_of(page(body)))
    assert marked(t) == [
        ("năm", "link", "https://a.vn/tìm%20kiếm?q=%28cầu%29%20%22x%22"),
        ("sáu", "link", "https://A.VN/X"),
    ]


def test_spans_stay_on_their_words_through_spacing_invisible_characters_and_nfc() -> None:
    body = (
        "<p>Khoảng&nbsp;&nbsp;trắng\u200b  <b>  đậm \n có   dấu cách </b>và "
        "<i>\u200bnghiêng\u00ad</i> rồi <em>Vie\u0302\u0323t</em> Nam"
        "<strong>e</strong>\u0301 cuối e<em>\u0301x</em>." + TAIL + "</p>"
    )
    (t,) = texts(article_of(page(body)))
    assert t.text == unicodedata.normalize("NFC", t.text)
    assert t.text.startswith("Khoảng trắng đậm có dấu cách và nghiêng rồi Việt Nam")
    assert marked(t)[:3] == [
        ("đậm có dấu cách", "strong", None),
        ("nghiêng", "em", None),
        ("Việt", "em", None),
    ]
    check_spans(t)
    # "e" + a combining accent composes across the markup: the span keeps the character.
    assert "Namé cuối éx." in t.text
    assert [w for w, _, _ in marked(t)[3:]] == ["é", "éx"]


def test_headings_captions_lists_quotes_and_tables_keep_them() -> None:
    body = (
        "<h2><em>Kỳ vọng</em> của <strong>người dân</strong></h2>" + f"<p>{LEAD}{TAIL}</p>"
        "<h2><strong>Cả tiêu đề đậm</strong></h2>" + f"<p>{LEAD}</p>"
        '<p><img src="cau.png" alt="Lễ khởi công"></p>'
        '<p><em>Các đại biểu <strong>thực hiện</strong> nghi thức, <a href="https://a.vn/x">'
        "xem thêm</a>.</em></p>"
        '<ul><li><strong>Chiều dài:</strong> 120 m;</li><li><a href="https://a.vn/v">Vốn</a>: '
        "hơn 80 tỷ đồng.</li></ul>"
        "<blockquote><p>Chúng tôi <em>mong</em> cầu sớm hoàn thành.</p></blockquote>"
        "<table><tr><td><b>Hạng mục</b></td><td>Cầu <i>chính</i></td></tr>"
        "<tr><td>Chiều dài</td><td>120 m</td></tr></table>"
    )
    blocks = article_of(page(body)).blocks
    kinds = [b.type for b in blocks]
    assert kinds == ["heading", "paragraph", "heading", "paragraph", "figure", "list", "quote",
                     "list"]  # fmt: skip
    assert marked(blocks[0].content) == [("Kỳ vọng", "em", None), ("người dân", "strong", None)]
    assert blocks[2].content.spans == ()  # a heading is bold already
    caption = blocks[4].caption
    assert caption is not None and caption.text.startswith("Các đại biểu thực hiện")
    # An italic line with a link in it is still wholly italic: the caption under the photo.
    # Its own italics are how a caption shows; what is inside them is kept.
    assert marked(caption) == [
        ("thực hiện", "strong", None),
        ("xem thêm", "link", "https://a.vn/x"),
    ]
    assert [marked(i) for i in blocks[5].items] == [
        [("Chiều dài:", "strong", None)],
        [("Vốn", "link", "https://a.vn/v")],
    ]
    assert marked(blocks[6].content) == [("mong", "em", None)]
    assert blocks[7].items[0].text == "Hạng mục; Cầu chính"
    assert marked(blocks[7].items[0]) == [("Hạng mục", "strong", None), ("chính", "em", None)]


def test_the_lead_is_plain_text_as_the_front_matter_is() -> None:
    html = page("").replace(f"<p>{LEAD}</p>", f"<p><strong>{LEAD}</strong></p>") + ""
    html = html.replace("</article>", f"<p>{LEAD}{TAIL}</p></article>")
    article = article_of(html)
    assert article.lead is not None and article.lead.text == LEAD and article.lead.spans == ()


def test_the_closing_byline_cuts_the_spans_with_the_text() -> None:
    body = f"<p>{LEAD} Đường <em>dài 2 km</em> đã xong <strong>./.</strong>Hương Dịu</p>"
    article = article_of(page(body))
    assert article.author == "Hương Dịu"
    (t,) = texts(article)
    assert t.text.endswith("đã xong ./.")
    assert marked(t) == [("dài 2 km", "em", None), ("./.", "strong", None)]


def test_round_trip_through_the_markdown_file(tmp_path: Path) -> None:
    """HTML -> article -> Markdown file in the library -> load_article: the same texts,
    sentences and spans, block by block."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "tin.html").write_text(
        FORMATTED.replace("<head>", '<head><link rel="canonical" href="https://b.vn/t/a.html">'),
        "utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    code = run_import([src], tmp_path / "lib", force=False, as_json=False, out=out, err=err)
    assert code == 0, out.getvalue()
    (md,) = (tmp_path / "lib").glob("*.md")
    loaded = load_article(md)
    direct = article_of((src / "tin.html").read_text("utf-8"), "tin.html")
    assert loaded.lead == direct.lead
    assert texts(loaded) == texts(direct)
    assert sum(len(t.spans) for t in texts(loaded)) == 10
    assert ("ảnh cầu cũ", "link", "https://b.vn/anh/cau.html") in marked(texts(loaded)[1])


def test_json_paragraphs_stay_plain_strings(tmp_path: Path) -> None:
    (tmp_path / "tin.html").write_text(FORMATTED, "utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run_import(
        [tmp_path / "tin.html"], tmp_path / "lib", force=False, as_json=True, out=out, err=err
    )
    assert code == 0
    data = json.loads(out.getvalue())
    assert all(isinstance(p, str) for p in data["paragraphs"])
    assert data["paragraphs"][1].startswith("Xem bài trước, bấm vào đây, ảnh cầu cũ, thư và")
    assert "https" not in out.getvalue().replace('"source"', "")


def test_emphasis_that_markdown_would_misread_is_dropped() -> None:
    """``***Cầu**Pác**Nặm***`` reads back as other text (asterisks in it): of the spans whose
    edges touch, the shortest goes until the Markdown reads back the same."""
    body = (
        "<p><em><strong>Cầu</strong>Pác<strong>Nặm</strong></em> mới, kết luận!"
        '<a href="https://a.vn/x">Xem thêm</a>.' + TAIL + "</p>"
    )
    article = article_of(page(body))
    (t,) = texts(article)
    assert marked(t) == [
        ("CầuPácNặm", "em", None),
        ("Cầu", "strong", None),
        ("Xem thêm", "link", "https://a.vn/x"),
    ]
    md = article_to_markdown(article)
    assert "kết luận\\![Xem thêm](https://a.vn/x)." in md  # not an image
    assert texts(parse_article(md, None, "x.md")) == [t]


def test_spans_over_one_range_read_back_in_the_order_they_were_written() -> None:
    """The loader lists the inner span first; the writer puts the later one outside."""
    em, strong, link = Span(0, 3, "em"), Span(0, 3, "strong"), Span(0, 3, "link", "https://a.vn/")

    def round_trip(spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
        md = article_to_markdown(
            Article(title="T", blocks=(Paragraph(Text("cầu mới", (), spans)),))
        )
        (back,) = texts(parse_article(md, None, "x.md"))
        return md, back.spans

    md, back = round_trip((em, strong, link))
    assert "[***cầu***](https://a.vn/) mới" in md and back == (em, strong, link)
    md, back = round_trip((em, link))
    assert "[*cầu*](https://a.vn/) mới" in md and back == (em, link)
    md, back = round_trip((link, em))
    assert "*[cầu](https://a.vn/)* mới" in md and back == (link, em)


@pytest.mark.parametrize("kind", ["paragraph", "figure", "heading", "list"])
def test_every_arrangement_of_three_spans_reads_back(kind: str) -> None:
    """Over "ab cd", every set of up to three em/strong/link spans that the importer can give
    (nested or apart, on visible characters) is written so that it reads back the same,
    after writable_spans has dropped what Markdown would misread; those that touch no other
    emphasis are never checked by writable_spans, so this is what makes that safe."""
    text = "ab cd"
    ranges = [
        (a, b) for a in range(5) for b in range(a + 1, 6) if " " not in (text[a], text[b - 1])
    ]
    spans = [
        Span(a, b, k, "https://x.vn/" if k == "link" else None)
        for a, b in ranges
        for k in ("em", "strong", "link")
    ]
    seen = set()
    for r in (1, 2, 3):
        for combo in itertools.combinations(spans, r):
            tidy = tidy_spans(list(combo))
            if kind == "figure":
                tidy = caption_text_spans(text, tidy)
            elif kind == "heading":
                tidy = whole_dropped(text, tidy)
            if tidy in seen:
                continue
            seen.add(tidy)
            kept = writable_spans(kind, text, tidy)  # type: ignore[arg-type]
            assert reads_back(kind, text, kept), (tidy, kept)  # type: ignore[arg-type]
    assert len(seen) > 250


# --- anything at all ----------------------------------------------------------------------

_WORD_LIST = [
    "cầu", "Pác Nặm", " ", "  ", "\n", "\u00a0", "\u200b", "e", "\u0301", "\u0323", "*", "_",
    "[", "]", "(", ")", "#", "1.", "-", "`", "\\", "&amp;", "&lt;b&gt;", "!", "x y", ". ",
    "Việt", "/.",
]  # fmt: skip
_OPEN_LIST = [
    "<em>", "<strong>", "<b>", "<i>", "<u>", "<sup>", "<span>", "<br>", '<a href="/r">',
    '<a href="https://x.vn/(a) b">', '<a href="javascript:x">', '<a href="#t">',
    '<a href="https://y.vn/">', "<code>",
]  # fmt: skip
_WORDS = st.sampled_from(_WORD_LIST)
_OPEN = st.sampled_from(_OPEN_LIST)


@st.composite
def _inline(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(_OPEN)
            name = re.match(r"<(\w+)", tag).group(1)  # type: ignore[union-attr]
            inner = draw(_inline(depth + 1))
            parts.append(tag if name == "br" else f"{tag}{inner}</{name}>")
        else:
            parts.append(draw(st.one_of(_WORDS, st.text(max_size=6))))
    return "".join(parts)


@settings(
    max_examples=examples(80),
    deadline=deadline(),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_inline(), _inline())
def test_random_inline_markup_round_trips(first: str, second: str) -> None:
    html = page(f"<p>{first}{TAIL}</p><ul><li>{second} một</li></ul><h2>{second}</h2>"
                f"<p>{LEAD}</p>")  # fmt: skip
    try:
        article = article_of(html, "https://so.example.vn/tin/a.html")
    except ValueError:
        return
    for t in texts(article):
        check_spans(t)
    back = parse_article(article_to_markdown(article), None, "x.md")
    assert texts(back) == texts(article)


_XML_TEXT = st.text(max_size=5).map(
    lambda s: re.sub("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]", "", s)
)  # what an lxml tree can hold
# "refx": a ref without a target (a link whose address was dropped)
_TAGS = st.sampled_from(["hi#i", "hi#b", "hi#u", "ref", "refx", "lb", "graphic", "p"])


@st.composite
def _tree(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    tag = draw(_TAGS) if depth else "p"
    el = etree.Element(tag[:2] if tag.startswith("hi") else tag.removesuffix("x"))
    if tag.startswith("hi"):
        el.set("rend", tag[2:])
    elif tag == "ref":
        el.set("target", "{0}")  # the token of the page's first link
    el.text = draw(st.one_of(_WORDS, _XML_TEXT))
    if depth < 4:
        for _ in range(draw(st.integers(0, 3))):
            child = draw(_tree(depth + 1))
            child.tail = draw(st.one_of(_WORDS, _XML_TEXT))
            el.append(child)
    return el


@settings(max_examples=examples(200), deadline=deadline())
@given(_tree())
def test_the_text_with_spans_is_the_text_without(el: etree._Element) -> None:
    text, spans = rich_text(el, Links(["https://x.vn/a"], None))
    assert text == inline_text(el)
    t = Text(text, (), spans)
    check_spans(t)
    assert all(isinstance(s, Span) and s.kind in ("em", "strong", "link") for s in spans)
