"""Property tests for the Markdown loader on Markdown-ish noise rich in nesting characters.

No exception but ArticleError; every sentence and span lies inside its text. The number of
examples is 150 in `make test` and 10,000 in `make fuzz` (tests/fuzzing.py).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.errors import ArticleError
from reader.formats.markdown_article import parse_article
from reader.model import Article
from tests.fuzzing import deadline, examples

FUZZ = settings(
    max_examples=examples(150),
    deadline=deadline(),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PIECES = st.sampled_from(
    [
        "*", "**", "***", "_", "__", "`", "``", "[", "]", "(", ")", "![", "](", "<", ">",
        "> ", "- ", "* ", "+ ", "1. ", "2) ", "#", "# ", "\n", "\n\n", "  ", "    ", "\t",
        "\\", "&amp;", "&#0;", "&#x202e;", "\u202e", "\u0301", "\u0323", "\u200b", "---",
        "Câu.", " Tiếp theo. ", "TP. Hà Nội", "a", "b", "https://e.org/x", '"t"', "|",
    ]
)  # fmt: skip
NESTED = st.builds(
    lambda opener, n, middle, closer: opener * n + middle + closer * n,
    st.sampled_from(["*", "_", "> ", "- ", "  - ", "[", "**", "> - ", "`"]),
    st.integers(0, 80),
    st.text(alphabet="ab .", max_size=5),
    st.sampled_from(["*", "_", "", "](u)", "**", "`"]),
)
BODY = st.lists(st.one_of(PIECES, NESTED), max_size=60).map("".join)
FRONT = st.lists(
    st.sampled_from(
        [
            "title: Tin\n", "title: &t Tin\n", "lead: *t\n", "date: 2023-12-05\n",
            "date: 2023-02-30\n", "date: 99999999999999999999999999999999999999999999999999999\n",
            "lang: en\n", "lang: [vi]\n", "tags: [a, b]\n", "tags: &x [a, *x]\n",
            "x: &a [1, 1]\ny: &b [*a, *a, *a]\nz: [*b, *b, *b]\n", "title: \u202eabc\n",
            "<<: {title: Gộp}\n", "title: !!binary AAAA\n", "title: |\n  nhiều\n  dòng\n",
            "title: [\n", "title: 'x\n", "\t\n", "author: null\n",
        ]
    ),
    max_size=6,
).map("".join)


def check(a: Article) -> None:
    assert a.title
    for block in a.blocks:
        for t in block.texts():
            last = 0
            for s in t.sentences:
                assert last <= s.start < s.end <= len(t.text), (t.text, t.sentences)
                last = s.end
            for sp in t.spans:
                assert 0 <= sp.start <= sp.end <= len(t.text)


@pytest.mark.timeout(600)
@FUZZ
@given(body=BODY)
def test_markdownish_bodies(body: str) -> None:
    try:
        a = parse_article(body, folder=None, path="fuzz.md")
    except ArticleError as e:
        assert e.kind in {"unreadable", "front-matter"} and e.detail
        return
    check(a)


@pytest.mark.timeout(600)
@FUZZ
@given(front=FRONT, body=BODY)
def test_front_matter_variants(front: str, body: str) -> None:
    try:
        a = parse_article(f"---\n{front}---\n{body}", folder=None, path="fuzz.md")
    except ArticleError as e:
        assert e.kind in {"unreadable", "front-matter"} and e.detail
        return
    check(a)
