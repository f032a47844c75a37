"""Model -> restricted HTML: one block per model text, no named anchors, figures, escaping.

The contract with the view (see reader.rendering.html): every model ``Text`` (lead, heading,
paragraph, quote, list item, figure caption) is exactly one block element (p, h1-h6, li)
holding only that text, in model order, in ``white-space:pre-wrap``, with newlines as U+2028
(``block_text``). Our own blocks (title, date/author line, figure placeholder) sit between them.
These tests parse the HTML with html.parser and stay Qt-free; the view side is tested in
tests/test_window.py.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import struct
from dataclasses import dataclass, field
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
    LINE_SEPARATOR,
    Colors,
    Labels,
    RenderOptions,
    block_text,
    format_date,
    render_article,
    render_problem,
)
from reader.rendering.words import IMAGE_PROBLEM_KINDS, WORDS, article_words, image_problem_kind

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
BUNDLED = sorted(ARTICLES.glob("**/*.md"))
VOID = {"meta", "img", "br"}
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
INLINE_KINDS = {"a": "link", "i": "em", "b": "strong", "code": "code"}
# Characters that end a QTextBlock when Qt imports them inside a pre-wrap element.
QT_BLOCK_BREAKS = ("\n", "\r", "\u2029")
OBJECT = "\ufffc"  # what an <img> is in a QTextBlock's text
LS = LINE_SEPARATOR


def article_id(p: Path) -> str:
    return p.parent.name if p.stem == "article" else p.stem


def test_bundled_articles_are_found() -> None:
    assert len(BUNDLED) >= 3
    shown = [
        block
        for path in BUNDLED
        for block in load_article(path).blocks
        if isinstance(block, Figure) and block.image and not block.problem
    ]
    assert len(shown) >= 2  # so the "images" cases below do show images


@dataclass
class Block:
    """One block element: its text as the QTextBlock would hold it, and what is inside."""

    tag: str
    attrs: dict[str, str | None]
    parts: list[str] = field(default_factory=list)
    inner_tags: list[str] = field(default_factory=list)
    # Per character of ``text``: the inline formats (link, em, strong, code) around it,
    # counted from inside this block only.
    formats: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def pre_wrap(self) -> bool:
        style = (self.attrs.get("style") or "").replace(" ", "")
        return "white-space:pre-wrap" in style


class Page(HTMLParser):
    """Parses rendered HTML: tags, block elements with their text, page text; checks nesting.

    ``strict`` asserts that tags nest and that block elements are not nested in each other.
    """

    def __init__(self, html: str, *, strict: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.strict = strict
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_parts: list[str] = []
        self.stray: list[str] = []  # non-blank text outside every block element
        self.blocks: list[Block] = []
        self.stack: list[str] = []
        self._block: Block | None = None
        self._block_depth = 0
        self.feed(html)
        self.close()
        if strict:
            assert self.stack == [], f"unclosed tags {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in BLOCK_TAGS:
            if self.strict:
                assert self._block is None, f"<{tag}> inside <{self._block.tag}>"
            self._block = Block(tag, a)
            self.blocks.append(self._block)
            self._block_depth = len(self.stack)
        elif self._block is not None:
            self._block.inner_tags.append(tag)
            if tag == "br":
                self._add(LS)
            elif tag == "img":
                self._add(OBJECT)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.strict:
            assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
            self.stack.pop()
        else:  # as a forgiving parser would: close the innermost open tag of that name
            at = len(self.stack) - 1 - self.stack[::-1].index(tag)
            del self.stack[at]
        if tag in BLOCK_TAGS and self._block is not None and self._block.tag == tag:
            self._block = None

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)
        if self._block is None:
            if data.strip():
                self.stray.append(data)
        else:
            self._add(data)

    def _add(self, data: str) -> None:
        assert self._block is not None
        inline = self.stack[self._block_depth + 1 :]
        kinds = tuple(sorted(INLINE_KINDS[t] for t in inline if t in INLINE_KINDS))
        self._block.parts.append(data)
        self._block.formats += [kinds] * len(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]

    def block_list(self) -> list[tuple[str, str]]:
        return [(b.tag, b.text) for b in self.blocks]


def t(s: str, *cuts: tuple[int, int], spans: tuple[Span, ...] = ()) -> Text:
    return Text(s, tuple(Sentence(a, b) for a, b in cuts), spans)


def model_texts(a: Article) -> list[Text]:
    lead = [a.lead] if a.lead is not None else []
    return lead + [text for block in a.blocks for text in block.texts()]


def expected_blocks(a: Article, o: RenderOptions | None = None) -> list[tuple[str, str, bool]]:
    """(tag, text, is a model text) of every block the page must have, in order."""
    o = o or RenderOptions()
    out = [("h1", a.title, False)]
    meta = []
    if a.date:
        meta.append(format_date(a.date, a.lang))
    if a.author:
        meta.append(article_words(a.lang).by.format(author=a.author))
    if meta:
        out.append(("p", " · ".join(meta), False))
    if a.lead is not None:
        out.append(("p", block_text(a.lead), True))
    for block in a.blocks:
        if isinstance(block, Heading):
            out.append((f"h{min(max(block.level, 1), 6)}", block_text(block.content), True))
        elif isinstance(block, Paragraph | Quote):
            out.append(("p", block_text(block.content), True))
        elif isinstance(block, ListBlock):
            out += [("li", block_text(item), True) for item in block.items]
        elif isinstance(block, Figure):
            size = o.image_sizes.get(block.image or "") if not block.problem else None
            if size and min(size) > 0:
                described = block.alt and (block.caption is None or block.alt != block.caption.text)
                description = LS + article_words(a.lang).image_description.format(alt=block.alt)
                out.append(("p", OBJECT + (description if described else ""), False))
            else:
                words = article_words(a.lang)
                if block.image is None:
                    message = words.photo_not_available
                else:
                    kind = image_problem_kind(block.problem or o.image_problems.get(block.image))
                    message = words.image_not_shown[kind]
                out.append(("p", f"[{message}]" + (LS + block.alt if block.alt else ""), False))
            if block.caption is not None:
                out.append(("p", block_text(block.caption), True))
    return out


def assert_model_blocks_hold_only_their_text(a: Article, page: Page, o: RenderOptions) -> None:
    expected = expected_blocks(a, o)
    assert page.block_list() == [(tag, text) for tag, text, _ in expected]
    assert page.stray == []
    for block, (_, _, is_model) in zip(page.blocks, expected, strict=True):
        if is_model:
            assert block.pre_wrap, block
            assert set(block.inner_tags) <= set(INLINE_KINDS), block  # no <br>, <img>
            assert not any(c in block.text for c in QT_BLOCK_BREAKS), block


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def bundled_options(path: Path, a: Article, with_images: bool) -> RenderOptions:
    sizes = {}
    if with_images:
        for block in a.blocks:
            if isinstance(block, Figure) and block.image and not block.problem:
                sizes[block.image] = png_size(path.parent / block.image)
    return RenderOptions(image_sizes=sizes)


def kitchen_sink() -> tuple[Article, RenderOptions]:
    """Every kind of block and every kind of own block, with texts that could be confused."""
    a = Article(
        title="Tiêu đề",
        lang="en",
        date=dt.date(2024, 3, 14),
        author="An",
        lead=t("Lead one.  Lead two.", (0, 9), (11, 20)),
        blocks=(
            Heading(2, t("Heading", (0, 7))),
            Paragraph(t("Para *x* <y> & z.", (0, 17), spans=(Span(5, 8, "em"),))),
            Quote(t("Quoted.\nSecond line.", (0, 7), (8, 20))),
            ListBlock(False, (t("one", (0, 3)), t("two  two", (0, 8)))),
            ListBlock(True, (t("three", (0, 5)),)),
            Figure("a.png", "alt a", t("Caption a.", (0, 10))),
            Figure(None, "alt b", t("Caption b.", (0, 10))),
            Figure("c.png", "", None, "missing: 'c.png'"),
            Heading(9, t("Deep", (0, 4))),
        ),
    )
    return a, RenderOptions(image_sizes={"a.png": (1200, 600), "c.png": (5, 5)})


# --- no named anchors --------------------------------------------------------------------

_NAMED = re.compile(r"<a\b[^>]*\bname\s*=", re.IGNORECASE)


def assert_no_named_anchors(html: str) -> None:
    assert _NAMED.search(html) is None
    page = Page(html)
    for tag, attrs in page.tags:
        assert "name" not in attrs and "id" not in attrs, (tag, attrs)
        if tag == "a":
            assert set(attrs) == {"href"}, attrs


@pytest.mark.parametrize("with_images", [False, True], ids=["placeholders", "images"])
@pytest.mark.parametrize("path", BUNDLED, ids=article_id)
def test_bundled_articles_have_no_named_anchors(path: Path, with_images: bool) -> None:
    a = load_article(path)
    assert_no_named_anchors(render_article(a, bundled_options(path, a, with_images)))


def test_no_named_anchors_for_any_kind_of_block_or_page() -> None:
    a, o = kitchen_sink()
    html = render_article(a, o)
    assert_no_named_anchors(html)
    assert len(Page(html).find("a")) == 0  # the kitchen sink has no links
    assert_no_named_anchors(render_problem("t.md", "line 1: bad"))
    linked = Article(
        title="T",
        blocks=(
            Paragraph(
                t(
                    "a link",
                    (0, 6),
                    spans=(Span(2, 6, "link", "x"),),
                )
            ),
        ),
    )
    assert Page(render_article(linked)).find("a") == [{"href": "x"}]


def test_the_anchor_check_catches_a_named_anchor() -> None:
    # the check above must be able to fail
    for bad in ("<p><a name='b0'></a>x</p>", '<p><A NAME="s0.0.1">x</A></p>', "<p id='x'>x</p>"):
        with pytest.raises(AssertionError):
            assert_no_named_anchors(f"<html><body>{bad}</body></html>")


# --- one block per model text ------------------------------------------------------------


@pytest.mark.parametrize("with_images", [False, True], ids=["placeholders", "images"])
@pytest.mark.parametrize("path", BUNDLED, ids=article_id)
def test_bundled_blocks_are_our_blocks_and_one_per_model_text(
    path: Path, with_images: bool
) -> None:
    a = load_article(path)
    o = bundled_options(path, a, with_images)
    page = Page(render_article(a, o))
    assert_model_blocks_hold_only_their_text(a, page, o)
    assert sum(is_model for *_, is_model in expected_blocks(a, o)) == len(model_texts(a)) > 10
    assert len(page.find("img")) == len(o.image_sizes)


@pytest.mark.parametrize("path", BUNDLED, ids=article_id)
def test_walking_the_blocks_finds_every_model_text_in_its_own_block(path: Path) -> None:
    """What the view does: walk the blocks, match each model text in order, whole."""
    a = load_article(path)
    o = RenderOptions()
    page = Page(render_article(a, o))
    texts = [block_text(x) for x in model_texts(a)]
    found: list[int] = []
    for index, block in enumerate(page.blocks):
        if len(found) < len(texts) and block.text == texts[len(found)]:
            found.append(index)
    assert len(found) == len(texts)
    own_model_blocks = [i for i, (*_, m) in enumerate(expected_blocks(a, o)) if m]
    assert found == own_model_blocks  # never one of our blocks that happens to match


@pytest.mark.parametrize("path", BUNDLED, ids=article_id)
def test_all_article_text_is_on_the_page(path: Path) -> None:
    a = load_article(path)
    page = Page(render_article(a))
    block_texts = [b.text for b in page.blocks]
    for text in model_texts(a):
        assert block_text(text) in block_texts
        for sentence in text.sentence_texts():
            assert sentence in page.text


def test_every_kind_of_block_in_order() -> None:
    a, o = kitchen_sink()
    page = Page(render_article(a, o))
    assert page.block_list() == [
        ("h1", "Tiêu đề"),
        ("p", "14 March 2024 · By An"),
        ("p", "Lead one.  Lead two."),
        ("h2", "Heading"),
        ("p", "Para *x* <y> & z."),
        ("p", f"Quoted.{LS}Second line."),
        ("li", "one"),
        ("li", "two  two"),
        ("li", "three"),
        ("p", f"{OBJECT}{LS}Image description: alt a"),
        ("p", "Caption a."),
        ("p", f"[Photo not available in this copy]{LS}alt b"),
        ("p", "Caption b."),
        ("p", "[Image not shown: its file is missing from this copy]"),
        ("h6", "Deep"),
    ]
    assert_model_blocks_hold_only_their_text(a, page, o)
    assert len(page.find("ul")) == len(page.find("ol")) == 1
    assert len(page.find("blockquote")) == len(page.find("img")) == 1
    assert len(page.find("table")) == 3  # one frame per figure


def test_model_block_check_catches_broken_contracts() -> None:
    # the shared check must fail on a split text, a <br>, a missing pre-wrap or a merged text
    a = Article(title="T", blocks=(Paragraph(t("a\nb")), Paragraph(t("c"))))
    o = RenderOptions()
    style = "style='white-space:pre-wrap;'"
    good = f"<h1>T</h1><p {style}>a\u2028b</p><p {style}>c</p>"
    assert_model_blocks_hold_only_their_text(a, Page(good), o)
    for bad in (
        f"<h1>T</h1><p {style}>a</p><p {style}>b</p><p {style}>c</p>",
        f"<h1>T</h1><p {style}>a<br>b</p><p {style}>c</p>",
        f"<h1>T</h1><p>a\u2028b</p><p {style}>c</p>",
        f"<h1>T</h1><p {style}>a\u2028b c</p>",
        f"<h1>T</h1><p {style}>a\u2028b</p>c",
        f"<h1>T</h1><p {style}>a\nb</p><p {style}>c</p>",
    ):
        with pytest.raises(AssertionError):
            assert_model_blocks_hold_only_their_text(a, Page(bad), o)


def test_lead_and_meta() -> None:
    a = Article(
        title="Tiêu đề",
        date=dt.date(2023, 12, 5),
        author="Hương Dịu",
        lead=t("Sapo một. Sapo hai.", (0, 9), (10, 19)),
        blocks=(Heading(3, t("H", (0, 1))), Quote(t("Q.", (0, 2)))),
    )
    page = Page(render_article(a))
    assert page.block_list() == [
        ("h1", "Tiêu đề"),
        ("p", "Ngày 05/12/2023 · Tác giả: Hương Dịu"),
        ("p", "Sapo một. Sapo hai."),
        ("h3", "H"),
        ("p", "Q."),
    ]
    lead = page.blocks[2]
    assert lead.pre_wrap and set(lead.formats) == {("strong",)}
    quote = page.blocks[4]
    assert quote.pre_wrap and set(quote.formats) == {("em",)}
    assert len(page.find("blockquote")) == 1


@pytest.mark.parametrize(
    "date,author,meta",
    [
        (None, None, None),
        (dt.date(2023, 12, 5), None, "Ngày 05/12/2023"),
        (None, "An", "Tác giả: An"),
    ],
)
def test_meta_line_only_with_date_or_author(
    date: dt.date | None, author: str | None, meta: str | None
) -> None:
    a = Article(title="T", date=date, author=author, blocks=(Paragraph(t("x", (0, 1))),))
    page = Page(render_article(a))
    assert page.block_list() == [("h1", "T"), *([("p", meta)] if meta else []), ("p", "x")]


def test_headings_levels_are_clamped() -> None:
    a = Article(title="T", blocks=(Heading(9, t("x", (0, 1))), Heading(0, t("y", (0, 1)))))
    page = Page(render_article(a))
    assert page.block_list() == [("h1", "T"), ("h6", "x"), ("h1", "y")]
    assert page.blocks[1].pre_wrap and page.blocks[2].pre_wrap


def test_list_items_are_one_block_each() -> None:
    a = Article(
        title="T",
        blocks=(
            Paragraph(t("P.", (0, 2))),
            ListBlock(False, (t("a. b.", (0, 2), (3, 5)), t("c", (0, 1)))),
            ListBlock(True, (t("d\ne", (0, 3)),)),
        ),
    )
    page = Page(render_article(a))
    assert page.block_list() == [
        ("h1", "T"),
        ("p", "P."),
        ("li", "a. b."),
        ("li", "c"),
        ("li", f"d{LS}e"),
    ]
    assert all(b.pre_wrap for b in page.blocks[1:])
    assert len(page.find("ul")) == 1 and len(page.find("ol")) == 1


def test_identical_texts_stay_separate_blocks() -> None:
    same = t("Same.", (0, 5))
    a = Article(title="T", lead=same, blocks=(Paragraph(same), ListBlock(False, (same, same))))
    page = Page(render_article(a))
    assert page.block_list() == [
        ("h1", "T"),
        ("p", "Same."),
        ("p", "Same."),
        *[("li", "Same.")] * 2,
    ]


# --- white space and newlines ------------------------------------------------------------

SPACED = "  Two  spaces,\ttab\nsecond line\n\nafter a blank line  "


def test_block_text() -> None:
    assert block_text(Text(SPACED)) == (
        f"  Two  spaces,\ttab{LS}second line{LS}{LS}after a blank line  "
    )
    assert LINE_SEPARATOR == "\u2028"
    assert block_text(Text("no newline  here\u00a0")) == "no newline  here\u00a0"
    assert block_text(Text("\n")) == LS


@pytest.mark.parametrize(
    "s", ["", "a", SPACED, "\n\n", "e\u0301 đ\n", "x\u2028y", "<&>\n\"'"], ids=repr
)
def test_block_text_keeps_offsets(s: str) -> None:
    # a sentence at offset k of the text is at offset k of the block
    bt = block_text(Text(s))
    assert len(bt) == len(s)
    assert all(c == d or (c == "\n" and d == LS) for c, d in zip(s, bt, strict=True))


def _article_with(kind: str, text: Text) -> Article:
    return {
        "lead": Article(title="T", lead=text),
        "heading": Article(title="T", blocks=(Heading(2, text),)),
        "paragraph": Article(title="T", blocks=(Paragraph(text),)),
        "quote": Article(title="T", blocks=(Quote(text),)),
        "item": Article(title="T", blocks=(ListBlock(True, (t("x"), text, t("y"))),)),
        "caption": Article(title="T", blocks=(Figure(None, "", text),)),
    }[kind]


@pytest.mark.parametrize("kind", ["lead", "heading", "paragraph", "quote", "item", "caption"])
def test_newlines_and_spaces_are_kept_in_one_pre_wrap_block(kind: str) -> None:
    text = t(SPACED, (2, 18), (19, 30), (32, 50))
    a = _article_with(kind, text)
    html = render_article(a)
    page = Page(html)
    assert_model_blocks_hold_only_their_text(a, page, RenderOptions())
    (block,) = [b for b in page.blocks if b.text == block_text(text)]
    assert block.text == f"  Two  spaces,\ttab{LS}second line{LS}{LS}after a blank line  "
    assert block.pre_wrap
    assert "br" not in block.inner_tags
    assert "\n" not in html
    for sentence in text.sentences:  # sentence offsets hold in the block
        assert block.text[sentence.start : sentence.end] == block_text(Text(sentence.of(text.text)))


def test_newline_inside_a_span() -> None:
    text = t("one\ntwo\nthree", spans=(Span(2, 5, "em"), Span(7, 8, "strong")))
    html = render_article(Article(title="T", blocks=(Paragraph(text),)))
    assert f"on<i>e{LS}t</i>wo<b>{LS}</b>three" in html
    (_, block) = Page(html).blocks
    assert block.text == f"one{LS}two{LS}three"
    assert block.formats[3] == ("em",) and block.formats[7] == ("strong",)


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
    assert page.find("a") == [{"href": "https://example.org/?a=1&b=2"}]
    assert 'href="https://example.org/?a=1&amp;b=2"' in html
    (_, block) = page.blocks
    assert block.text == text.text
    assert block.formats[2:4] == [("em",)] * 2 and block.formats[4] == ()
    assert block.formats[17:21] == [("link",)] * 4


def test_nested_spans_stay_well_formed_and_keep_their_text() -> None:
    # the emphasis runs across a sentence start, and two spans share a range
    text = t(
        "One two. Three four.",
        (0, 8),
        (9, 20),
        spans=(Span(4, 14, "em"), Span(9, 14, "strong"), Span(9, 14, "code")),
    )
    page = Page(render_article(Article(title="T", blocks=(Paragraph(text),))))  # checks nesting
    (_, block) = page.blocks
    assert block.text == "One two. Three four."
    assert block.formats[4:9] == [("em",)] * 5
    assert block.formats[9:14] == [("code", "em", "strong")] * 5
    assert block.formats[14] == ()


def _laminar_spans(rng: random.Random, n: int) -> tuple[Span, ...]:
    """Random spans that nest or are disjoint, ordered as the Markdown loader orders them."""
    kept: list[Span] = []
    for _ in range(rng.randint(0, 8)):
        a = rng.randint(0, n)
        b = rng.randint(a, n)
        if all(
            b <= s.start or a >= s.end or s.start <= a <= b <= s.end or a <= s.start <= s.end <= b
            for s in kept
        ):
            kind = rng.choice(["em", "strong", "code", "link"])
            href = f"https://e.org/?q={rng.randint(0, 9)}&x=\"'<>" if kind == "link" else None
            kept.append(Span(a, b, kind, href))  # type: ignore[arg-type]
    return tuple(sorted(kept, key=lambda s: (s.start, -s.end)))


@pytest.mark.parametrize("seed", range(40))
def test_random_nested_spans_format_exactly_their_characters(seed: int) -> None:
    rng = random.Random(seed)
    s = "".join(rng.choice("ab <&>\"'\n\t  đ.") for _ in range(rng.randint(1, 30)))
    text = Text(s, spans=_laminar_spans(rng, len(s)))
    html = render_article(Article(title="T", blocks=(Paragraph(text),)))
    page = Page(html)
    (_, block) = page.blocks
    assert block.text == block_text(text)
    assert block.pre_wrap and "br" not in block.inner_tags
    for i in range(len(s)):
        covering = sorted(sp.kind for sp in text.spans if sp.start <= i < sp.end)
        assert block.formats[i] == tuple(covering), (i, s, text.spans, html)
    # A link may be cut into several <a> around other spans; each keeps its own target.
    hrefs = {sp.href for sp in text.spans if sp.kind == "link" and sp.end > sp.start}
    assert {a["href"] for a in page.find("a")} == hrefs


def test_crossing_spans_do_not_lose_text() -> None:
    text = t(
        "abcdefghij",
        spans=(Span(0, 5, "em"), Span(3, 8, "strong"), Span(4, 9, "link", "h")),
    )
    page = Page(render_article(Article(title="T", blocks=(Paragraph(text),))), strict=False)
    assert page.block_list() == [("h1", "T"), ("p", "abcdefghij")]


@pytest.mark.parametrize(
    "spans",
    [
        (Span(0, 5, "em"), Span(3, 8, "strong")),
        (Span(0, 3, "strong"), Span(0, 6, "em")),
    ],
    ids=["crossing", "inner-first"],
)
def test_any_spans_render_well_formed(spans: tuple[Span, ...]) -> None:
    """Crossing spans once closed tags out of order and Qt dropped formatting after them."""
    page = Page(
        render_article(Article(title="T", blocks=(Paragraph(Text("abcdefghij", (), spans)),)))
    )
    (_, block) = page.blocks
    for i in range(10):
        assert block.formats[i] == tuple(sorted(sp.kind for sp in spans if sp.start <= i < sp.end))


def test_empty_spans_are_ignored() -> None:
    html = render_article(
        Article(title="T", blocks=(Paragraph(t("ab", (0, 2), spans=(Span(1, 1, "em"),))),))
    )
    assert "<i>" not in html
    assert Page(html).block_list() == [("h1", "T"), ("p", "ab")]


@pytest.mark.parametrize("s", ["a\rb", "a\r\nb", "a\u2029b", "a\x0cb\x0bc\x85d"], ids=repr)
def test_other_line_breaks_stay_in_one_block(s: str) -> None:
    a = Article(title="T", blocks=(Paragraph(Text(s)),))
    assert_model_blocks_hold_only_their_text(a, Page(render_article(a)), RenderOptions())


# --- figures -----------------------------------------------------------------------------


def figure_page(fig: Figure, lang: str = "en", **options: object) -> tuple[str, Page]:
    o = RenderOptions(**options)  # type: ignore[arg-type]
    a = Article(title="T", lang=lang, blocks=(fig,))
    html = render_article(a, o)
    page = Page(html)
    assert_model_blocks_hold_only_their_text(a, page, o)
    return html, page


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
        ((1, 5000), 800, (1, 5000)),
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
    assert 1 <= width <= max_width and height >= 1
    assert abs(width / height - size[0] / size[1]) <= size[0] / size[1] / max(1, height) + 1e-9
    assert img["src"] == "images/chart.png"
    assert img["alt"] == "Biểu đồ"
    described = f"{OBJECT}{LS}Image description: Biểu đồ"
    assert page.block_list() == [("h1", "T"), ("p", described), ("p", "Chú thích.")]
    assert page.blocks[2].pre_wrap and "img" not in page.blocks[2].inner_tags
    (table,) = page.find("table")
    assert "bgcolor" not in table


@pytest.mark.parametrize("size", [(0, 0), (0, 100), (100, 0), (-1, -1), (-5, 10)])
def test_image_with_no_usable_size_is_a_placeholder(size: tuple[int, int]) -> None:
    fig = Figure("images/x.png", "alt", t("Cap.", (0, 4)))
    _, page = figure_page(fig, image_sizes={"images/x.png": size})
    assert page.find("img") == []
    assert page.block_list() == [
        ("h1", "T"),
        ("p", f"[Image not shown: its file is damaged or cannot be read]{LS}alt"),
        ("p", "Cap."),
    ]


def test_image_without_known_size_is_not_shown() -> None:
    _, page = figure_page(Figure("images/x.png", "alt", None))
    assert page.find("img") == []
    assert page.block_list() == [
        ("h1", "T"),
        ("p", f"[Image not shown: its file is damaged or cannot be read]{LS}alt"),
    ]


def test_missing_image_placeholder_with_caption() -> None:
    fig = Figure(
        "images/map.png",
        "Bản đồ tỉnh",
        t("Bản đồ hành chính.\nNăm 2023.", (0, 18), (19, 28)),
        "missing: 'images/map.png' was not found",
    )
    html, page = figure_page(fig, image_sizes={"images/map.png": (100, 100)})
    assert "<img" not in html  # a problem wins over a (stale) size
    assert page.block_list() == [
        ("h1", "T"),
        ("p", f"[Image not shown: its file is missing from this copy]{LS}Bản đồ tỉnh"),
        ("p", f"Bản đồ hành chính.{LS}Năm 2023."),
    ]
    assert page.blocks[2].pre_wrap
    (table,) = page.find("table")
    assert table.get("bgcolor") == Colors().placeholder_bg


def test_photo_not_available_placeholder() -> None:
    fig = Figure(None, "", t("Đại biểu dự Hội nghị", (0, 20)))
    _, page = figure_page(fig)
    assert page.block_list() == [
        ("h1", "T"),
        ("p", "[Photo not available in this copy]"),
        ("p", "Đại biểu dự Hội nghị"),
    ]


def test_figure_without_caption_has_no_text_block() -> None:
    _, page = figure_page(Figure(None, "alt", None))
    assert page.block_list() == [("h1", "T"), ("p", f"[Photo not available in this copy]{LS}alt")]
    _, page = figure_page(Figure("i.png", "alt", None), image_sizes={"i.png": (2, 1)})
    assert page.block_list() == [("h1", "T"), ("p", f"{OBJECT}{LS}Image description: alt")]
    _, page = figure_page(Figure("i.png", "", None), image_sizes={"i.png": (2, 1)})
    assert page.block_list() == [("h1", "T"), ("p", OBJECT)]


def test_image_description_is_text_unless_it_repeats_the_caption() -> None:
    """Qt hides <img alt> from screen readers, so the description must be document text."""
    _, page = figure_page(
        Figure("i.png", "Bar chart: 20 of 29 met", t("Targets.", (0, 8))),
        image_sizes={"i.png": (4, 3)},
    )
    assert page.block_list()[1] == ("p", f"{OBJECT}{LS}Image description: Bar chart: 20 of 29 met")
    _, page = figure_page(
        Figure("i.png", "Targets.", t("Targets.", (0, 8))), image_sizes={"i.png": (4, 3)}
    )
    assert page.block_list()[1:] == [("p", OBJECT), ("p", "Targets.")]


def test_figure_caption_with_spans() -> None:
    cap = t("See the source.", (0, 15), spans=(Span(8, 14, "link", "https://s.org/"),))
    _, page = figure_page(Figure(None, "", cap))
    assert page.blocks[-1].text == "See the source."
    assert page.blocks[-1].formats[8:14] == [("link",)] * 6
    assert page.find("a") == [{"href": "https://s.org/"}]


@pytest.mark.parametrize("lang", ["vi", "vi-VN", "en"])
def test_words_inside_the_article_follow_the_articles_language(lang: str) -> None:
    """Not the interface's: "Ngày 05/12/2023 · By Hương Dịu" mixed two languages."""
    a = Article(
        title="T",
        lang=lang,
        date=dt.date(2023, 12, 5),
        author="Hương Dịu",
        blocks=(
            Figure(None, "", None),
            Figure("x.png", "", None, "missing: 'x.png' was not found"),
            Figure("y.png", "", None, "refused: '../y.png' is outside the article's folder"),
            Figure("z.svg", "", None),
            Figure("i.png", "Sơ đồ", None),
        ),
    )
    problems = {"z.svg": "unsupported: 'z.svg': SVG drawings are not shown"}
    o = RenderOptions(image_sizes={"i.png": (4, 3)}, image_problems=problems)
    page = Page(render_article(a, o))
    if lang.startswith("vi"):
        expected = [
            "Ngày 05/12/2023 · Tác giả: Hương Dịu",
            "[Ảnh không có trong bản lưu này]",
            "[Không hiển thị được ảnh: bản lưu này thiếu tệp ảnh]",
            "[Không hiển thị được ảnh: chỉ hiển thị ảnh nằm trong thư mục của bài]",
            "[Không hiển thị được ảnh: không hỗ trợ loại ảnh này]",
            f"{OBJECT}{LS}Mô tả ảnh: Sơ đồ",
        ]
    else:
        expected = [
            "5 December 2023 · By Hương Dịu",
            "[Photo not available in this copy]",
            "[Image not shown: its file is missing from this copy]",
            "[Image not shown: only pictures in the article's own folder are shown]",
            "[Image not shown: this kind of picture cannot be shown]",
            f"{OBJECT}{LS}Image description: Sơ đồ",
        ]
    assert page.block_list() == [("h1", "T"), *(("p", e) for e in expected)]
    assert_model_blocks_hold_only_their_text(a, page, o)
    assert "x.png" not in page.text and "../y.png" not in page.text  # details are elsewhere


def test_every_word_is_in_both_languages() -> None:
    for words in WORDS.values():
        assert set(words.image_not_shown) == set(IMAGE_PROBLEM_KINDS)
        assert "{author}" in words.by and "{alt}" in words.image_description


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
        "html", "head", "meta", "body", "h1", "h2", "p", "b", "i", "blockquote", "ul",
        "li", "table", "tr", "td", "br",
    }  # fmt: skip
    assert page.text.count(EVIL) >= 11  # a figure's problem is not on the page at all
    assert_model_blocks_hold_only_their_text(a, page, RenderOptions())
    assert page.blocks[1].text == f"2 January 2024 · By {EVIL}"
    assert page.blocks[5].formats[:8] == [("em",)] * 8  # the span, not the text's tags


def test_attributes_cannot_be_broken_out_of() -> None:
    alt = "x' onerror='alert(1)\" onload=\"y"
    src = 'a\'b" onerror="z.png'
    href = "https://e.org/\" onclick=\"alert(1)' x='"
    a = Article(
        title="T",
        lang="en",
        blocks=(
            Figure(src, alt, None),
            Paragraph(t("link", (0, 4), spans=(Span(0, 4, "link", href),))),
        ),
    )
    page = Page(render_article(a, RenderOptions(image_sizes={src: (10, 10)})))
    (img,) = page.find("img")
    assert img["alt"] == alt and img["src"] == src
    assert set(img) == {"src", "width", "height", "alt"}
    assert page.find("a") == [{"href": href}]
    assert page.block_list() == [
        ("h1", "T"),
        ("p", f"{OBJECT}{LS}Image description: {alt}"),
        ("p", "link"),
    ]


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
    assert_model_blocks_hold_only_their_text(a, Page(html), RenderOptions())


def test_text_that_looks_like_markup_or_entities_is_kept_verbatim() -> None:
    s = "&amp; &lt;p&gt; <a name='b0'> &#8232; \u2028 </p>"
    a = Article(title="T", blocks=(Paragraph(Text(s)),))
    html = render_article(a)
    assert "<a name" not in html and "</p> " not in html
    assert Page(html).block_list() == [("h1", "T"), ("p", s)]


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
    assert page.block_list() == [
        ("h1", "This article cannot be shown"),
        ("p", "<b>bad.md</b>"),
        ("p", "line 3: <script>x</script>"),
    ]
    assert page.find("a") == []


def test_render_problem_label() -> None:
    html = render_problem("a", "b", RenderOptions(labels=Labels(problem_heading="Không mở được")))
    assert Page(html).blocks[0].text == "Không mở được"


def test_a_placeholder_never_repeats_a_whole_reference() -> None:
    """A 4 MB data: URI in the placeholder froze the window laying it out (> 20 min)."""
    uri = "data:image/png;base64," + "A" * 4_000_000
    a = Article(title="T", blocks=(Figure(uri, "", None, f"refused: {uri!r} is a URL"),))
    html = render_article(a)
    assert len(html) < 5_000


def _inline_before(text: Text) -> str:
    """The quadratic rendering that the sweep replaced (the reference for its output)."""
    import itertools
    from html import escape

    from reader.rendering.html import _close, _open

    spans = sorted((sp for sp in text.spans if sp.end > sp.start), key=lambda s: (s.start, -s.end))
    shown = block_text(text)
    if not spans:
        return escape(shown, quote=False)
    cuts = sorted({0, len(shown), *(sp.start for sp in spans), *(sp.end for sp in spans)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        active = [sp for sp in spans if sp.start <= a and b <= sp.end]
        out.extend(_open(sp) for sp in active)
        out.append(escape(shown[a:b], quote=False))
        out.extend(_close(sp) for sp in reversed(active))
    return "".join(out)


@pytest.mark.parametrize("seed", range(200))
def test_inline_rendering_is_the_same_as_before_for_any_spans(seed: int) -> None:
    """Rendering spans in one sweep (linear; 20,000 emphases took 15 s) changes no output,
    crossing, nested, touching and repeated spans included."""
    from reader.rendering.html import _inline

    rng = random.Random(seed)
    n = rng.randint(0, 40)
    s = "".join(rng.choice("ab <&>\n đ") for _ in range(n))
    spans = []
    for _ in range(rng.randint(0, 12)):
        a = rng.randint(0, n)
        b = rng.randint(a, n)
        kind = rng.choice(["em", "strong", "code", "link"])
        spans.append(Span(a, b, kind, "h" if kind == "link" else None))  # type: ignore[arg-type]
    text = Text(s, spans=tuple(spans))
    assert _inline(text) == _inline_before(text)
