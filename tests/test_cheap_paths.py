"""Faster code paths for indexing give exactly what the plain ones gave."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.formats.markdown_blocks import _WS, _InlineText
from reader.formats.markdown_tree import STASH
from reader.model import Text
from reader.text.marks import MAX_COMBINING_RUN, _long_run, cap_combining_runs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from bulletin_corpus import Corpus

MARKS = "\u0300\u0301\u0316\u0323\u0483\u302a\U0001d167"  # Latin, Cyrillic, CJK, music
chars = st.sampled_from(list("aZ đếữ\n") + list(MARKS) + ["中", "\u1ea0", "\u0345"])


def _reference_cap(text: str) -> tuple[str, int]:
    """The one-pass version the pre-check now guards."""
    dropped = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal dropped
        dropped += len(m.group()) - MAX_COMBINING_RUN
        return m.group()[:MAX_COMBINING_RUN]

    return _long_run()[0].sub(cut, text), dropped


@settings(max_examples=500)
@given(st.lists(st.one_of(st.text(chars), st.text(st.sampled_from(MARKS), min_size=15))))
def test_capping_runs_is_unchanged_by_the_pre_check(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert cap_combining_runs(text) == _reference_cap(text)


def test_a_long_run_after_other_high_characters_is_still_cut() -> None:
    text = "中文" * 20 + "e" + "\u0301" * 40 + "中"
    capped, dropped = cap_combining_runs(text)
    assert dropped == 40 - MAX_COMBINING_RUN
    assert capped == "中文" * 20 + "e" + "\u0301" * MAX_COMBINING_RUN + "中"


class _WordByWord(_InlineText):
    """The inline text as it was added before: one white-space-separated piece at a time."""

    def add(self, s: str) -> None:
        s = STASH.sub(lambda m: self._unstash(int(m.group(1))), s)
        for i, chunk in enumerate(_WS.split(s)):
            if i > 0:
                self._space_pending = True
            if chunk:
                if self._space_pending and self.length:
                    self.parts.append(" ")
                    self.length += 1
                self._space_pending = False
                self.parts.append(chunk)
                self.length += len(chunk)


pieces = st.lists(
    st.sampled_from([*list("ab đ\n\t\xa0\u2003"), "\x02wzxhzdk:0\x03", "\x02"]), max_size=8
).map("".join)


@settings(max_examples=800)
@given(st.lists(pieces, max_size=6), st.booleans())
def test_inline_text_folds_white_space_as_word_by_word_did(parts: list[str], br: bool) -> None:
    fast, slow = _InlineText(["&amp; x"]), _WordByWord(["&amp; x"])
    for i, part in enumerate(parts):
        for flat in (fast, slow):
            flat.add(part)
            if br and i == 0:
                flat._space_pending = True  # as a <br> does
    assert fast.text() == slow.text()
    assert fast.length == slow.length == len(fast.text()[0])
    assert fast._space_pending == slow._space_pending


# --- the index's text, read without splitting sentences ---------------------------------

md_word = st.sampled_from(["Hội", "nghị", "TP.", "Đảng", "bộ.", "8.840", "x", "No.", "a)", "…"])
md_inline = st.lists(
    st.one_of(
        md_word,
        md_word.map(lambda w: f"*{w}*"),
        md_word.map(lambda w: f"**{w}**"),
        md_word.map(lambda w: f"`{w}`"),
        md_word.map(lambda w: f"[{w}](http://x.org/{len(w)})"),
        md_word.map(lambda w: f"![{w}](p.png)"),
        st.sampled_from(["&amp;", "<b>", "\\*", "[ref]", "  \n", "\n"]),
    ),
    min_size=1,
    max_size=12,
).map(" ".join)
md_block = st.tuples(
    st.sampled_from(["", "# ", "## ", "> ", "- ", "1. ", "    ", "![", "---\n", "[ref]: /u\n"]),
    md_inline,
).map("".join)
md_front = st.sampled_from(
    ["", "---\ntitle: T\nlead: Một câu. Câu hai.\n---\n", "---\nlang: en\n---\n"]
)


def _indexed(text: str, sentences: bool) -> object:
    from reader.formats.errors import ArticleError
    from reader.formats.markdown_article import parse_article
    from reader.library.index_parse import article_text

    try:
        a = parse_article(text, path="a.md", sentences=sentences)
    except ArticleError as e:
        return e.kind, e.detail
    return a.title, a.date, a.lang, a.author, article_text(a)


@settings(max_examples=150)
@given(md_front, st.lists(md_block, max_size=8))
def test_the_index_reads_the_same_text_without_sentences(front: str, blocks: list[str]) -> None:
    text = front + "\n\n".join(blocks) + "\n"
    assert _indexed(text, sentences=False) == _indexed(text, sentences=True)


def test_the_index_reads_the_same_text_of_the_corpus_and_the_bundled_articles() -> None:
    from reader.formats.markdown_article import load_article, parse_article
    from reader.library.index_parse import article_text

    corpus = Corpus(seed=5)
    for i in range(40):
        text = corpus.article(i)[1]
        bare = parse_article(text, sentences=False)
        assert article_text(bare) == article_text(parse_article(text))
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("articles").rglob("*.md")):
        assert article_text(load_article(path, sentences=False)) == article_text(load_article(path))


def test_a_reused_markdown_parser_forgets_the_last_document() -> None:
    """One parser per thread serves every article: a link reference defined in one must not
    turn a bracket of the next into a link."""
    from reader.formats.markdown_article import parse_article

    fresh = parse_article("Xem [mục][ref] ở đây.\n")
    parse_article("Trước.\n\n[ref]: http://example.org/\n")
    after = parse_article("Xem [mục][ref] ở đây.\n")
    assert after == fresh
    assert not any(s.kind == "link" for s in after.blocks[0].texts()[0].spans)


# --- plain prose read without Markdown ------------------------------------------------------

prose_words = st.sampled_from(
    ["Hội", "nghị", "Đảng", "bộ.", "8.840", "kinh tế - xã hội", "(UBND)", "6,33%", "“Tỉnh”", "é"]
)
prose_breaks = st.sampled_from(["\n", "\n\n", " ", "  ", "\n\n## ", "\n\n# ", "\n\n###### "])
prose_piece = st.one_of(
    prose_words,
    prose_words,
    prose_breaks,
    prose_breaks,
    st.sampled_from(["  \n", "\n \n", "\xa0", "\u2003", "'q'", "a:b", "http://x.org", "!", "?"]),
    st.sampled_from(["- ", "1. ", "2) ", "+ ", "    ", "\t", "---", "===", "*", "_", "`", "#"]),
    st.sampled_from(["[a]", "![b](c.png)", "&amp;", "<i>", "\\*", "> ", "x  ", "\x02", "\u2028"]),
)


def _markdown_blocks(body: str) -> object:
    from reader.formats.markdown_blocks import BlockBuilder

    builder = BlockBuilder("vi", None, [], sentences=False)
    builder.make_text = lambda text, _lang, spans=(): Text(text, (), spans)  # not _unsplit
    return builder.build(body)


@settings(max_examples=1200)
@given(st.lists(prose_piece, max_size=14).map("".join))
@example("## Tiêu đề\n\nMột đoạn văn. Hai câu.\n\nĐoạn  hai\ndòng hai.\n")
@example("Tiêu đề\n---\n")
@example("Tiêu đề\n===\n")
@example("a\n    b\n\n    code\n")
def test_plain_prose_is_read_as_markdown_reads_it(body: str) -> None:
    from reader.formats.markdown_plain import plain_blocks

    fast = plain_blocks(body)
    if fast is not None:
        assert fast == _markdown_blocks(body), repr(body)


@settings(max_examples=400)
@given(st.lists(st.one_of(prose_words, prose_breaks), max_size=30).map("".join))
def test_plain_prose_alone_is_read_as_markdown_reads_it(body: str) -> None:
    from reader.formats.markdown_plain import plain_blocks

    fast = plain_blocks(body)
    if fast is not None:
        assert fast == _markdown_blocks(body), repr(body)


def test_the_corpus_is_plain_prose() -> None:
    """The fast path is taken for the generated bulletins (else the bench measures nothing)."""
    from reader.formats.front_matter import parse_front_matter
    from reader.formats.markdown_plain import plain_blocks

    corpus = Corpus(seed=7)
    for i in range(30):
        body = parse_front_matter(corpus.article(i)[1]).body
        assert plain_blocks(body) == _markdown_blocks(body)
        assert plain_blocks(body)


@settings(max_examples=500)
@given(st.text(st.sampled_from([*"aĐđếẸ ữ“—\u0300\u0323ðıłDdß中", "\U0001d400"])) | st.text())
def test_folding_with_d_replaced_first_is_folding_char_by_char(text: str) -> None:
    import unicodedata

    from reader.library.folding import _LATIN_MARKS, _NON_ASCII, _fold_match, fold

    out = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text).lower())
    assert fold(text) == (out if out.isascii() else _NON_ASCII.sub(_fold_match, out))


def test_the_markdown_budget_still_counts_marks_in_prose() -> None:
    from reader.formats.errors import ArticleError
    from reader.formats.markdown_limits import MAX_INLINE_PER_BLOCK, check_markdown_budget

    check_markdown_budget("Plain prose.\n\nMore prose.\n" * 3000)
    try:
        check_markdown_budget("text " + "*a* " * (MAX_INLINE_PER_BLOCK + 1))
    except ArticleError as e:
        assert "emphases" in e.detail
    else:
        raise AssertionError("a paragraph over the budget passed")


def test_a_parse_stopped_half_way_leaves_no_parser_behind(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Markdown keeps block state (inside a list...) while it parses: after an error the
    next article gets a new parser, not one stopped in the middle of a list."""
    from reader.formats import markdown_tree as tree

    tree.markdown_tree("- a\n- b\n")
    md, _keep = tree._parser()

    def stop(*_args: object) -> None:
        md.parser.state.set("list")  # as a list processor does before it recurses
        raise RecursionError

    monkeypatch.setattr(md.parser, "parseDocument", stop)
    with pytest.raises(RecursionError):
        tree.markdown_tree("- x\n")
    assert tree._parser()[0] is not md
    root, _ = tree.markdown_tree("    code\n\n- item\n")
    assert [el.tag for el in root] == ["pre", "ul"]
