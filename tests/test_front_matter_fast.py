"""The front matter fast path gives exactly what the full YAML loader gives, or declines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.formats.front_matter import _SafeLoader, parse_front_matter
from reader.formats.front_matter_fast import simple_front_matter
from reader.formats.markdown_writer import article_to_markdown

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from bulletin_corpus import Corpus

TRICKY = list("aAăĐđếỳ zZyYnNoO019_.,()/'%+-:#&*!|>\"?~@`[]{}\\\t\x85\u2028\ufeff\x7f\x00é")
KEYS = ["title", "date", "lang", "tags", "lead", "on", "yes", "Yes", "n", "null", "x_1", "a b"]


def _full(raw: str) -> object:
    try:
        return yaml.load(raw, Loader=_SafeLoader)
    except Exception as e:  # the full loader refuses it: the fast path must decline too
        return e


def _typed(meta: object) -> object:
    if not isinstance(meta, dict):
        return meta
    return [(k, type(v).__name__, v) for k, v in meta.items()]


plain = st.text(st.sampled_from(TRICKY), max_size=30)
values = st.one_of(
    plain,
    st.text(max_size=20).map(lambda s: json.dumps(s, ensure_ascii=False)),
    st.text(max_size=20).map(json.dumps),  # \u escapes, surrogate pairs among them
    st.text(st.sampled_from(TRICKY), max_size=20).map(lambda s: "'" + s.replace("'", "''") + "'"),
    st.text(st.sampled_from(TRICKY), max_size=20).map(lambda s: "'" + s + "'"),
    st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{2}\Z"),
    st.from_regex(r"\A[0-9a-f]{64}\Z"),
    st.sampled_from(["yes", "No", "null", "~", "1.5", ".inf", "0x1f", "12", "2024-01-02 10:00"]),
)
line = st.one_of(
    st.tuples(st.sampled_from(KEYS), st.sampled_from([": ", ":", ":  ", " : "]), values).map(
        "".join
    ),
    st.tuples(st.sampled_from(["- ", "  - ", "-", "   "]), values).map("".join),
    st.tuples(st.sampled_from([" ", "  ", "\t"]), plain).map("".join),
    st.sampled_from(["# note", "", "---", "...", "key: [a, b]", "lead: >-", "x: &a 1", "y: *a"]),
)


# Near the simple kind: mostly lines the fast path takes, with a tricky character now and then.
safe_word = st.text(st.sampled_from(list("aăĐđếzyYnNoO01_.,()/'%+-")), min_size=1, max_size=8)
word = st.one_of(safe_word, safe_word, safe_word, st.text(st.sampled_from(TRICKY), min_size=1))
words = st.lists(word, min_size=1, max_size=5).map(" ".join)
simple_value = st.one_of(
    words,
    words.map(lambda s: json.dumps(s, ensure_ascii=False)),
    words.map(lambda s: "'" + s.replace("'", "''") + "'"),
    st.from_regex(r"\A20[0-9]{2}-[01][0-9]-[0-3][0-9]\Z"),
)
scalar_entry = st.tuples(
    st.sampled_from([*KEYS[:5], "on", "author"]),
    simple_value,
    st.lists(st.tuples(st.sampled_from([" ", "  ", "   "]), words).map("".join), max_size=2),
).map(lambda t: [f"{t[0]}: {t[1]}", *t[2]])
list_entry = st.tuples(
    st.sampled_from(["tags", "lead", "No"]),
    st.sampled_from(["- ", "  - "]),
    st.lists(simple_value, max_size=3),
).map(lambda t: [f"{t[0]}:", *(t[1] + v for v in t[2])])
entries = st.lists(st.one_of(scalar_entry, list_entry), min_size=1, max_size=6).map(
    lambda es: [line for e in es for line in e]
)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(entries)
def test_near_simple_front_matter_reads_as_yaml_does_or_declines(lines: list[str]) -> None:
    raw = "\n".join(lines) + "\n"
    fast = simple_front_matter(raw)
    if fast is not None:
        assert _typed(fast) == _typed(_full(raw)), raw


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line, min_size=1, max_size=8))
@example(["title: Hội nghị", "lead: Một câu dài", "  nối tiếp ở dòng sau.", "tags:", "- a"])
@example(["date: 2023-02-30", "on: x"])
@example([f"title: {json.dumps('😀 x')}"])  # a surrogate pair: YAML reads two characters
@example(['title: "a\u2028b"', "lead: c\u2029d", "author: e\x85f"])  # YAML's line breaks
@example(["title: '2024'", 'lead: "a\\u00e9\\""'])
def test_the_fast_path_reads_as_yaml_does_or_declines(lines: list[str]) -> None:
    raw = "\n".join(lines) + "\n"
    fast = simple_front_matter(raw)
    if fast is not None:
        assert _typed(fast) == _typed(_full(raw)), raw


def test_the_fast_path_reads_what_our_writers_write() -> None:
    """It must be taken for the bench corpus and the importer's usual output, or it is no
    faster: generated articles, and the writer's front matter for their metadata."""
    corpus = Corpus(seed=3)
    for i in range(50):
        text = corpus.article(i)[1]
        raw = text[4 : text.index("\n---\n", 3) + 1]
        assert simple_front_matter(raw) is not None, raw
        assert simple_front_matter(raw) == _full(raw)
    meta = parse_front_matter(corpus.article(0)[1])
    from reader.formats.markdown_article import parse_article

    article = parse_article(corpus.article(0)[1])
    written = article_to_markdown(article)
    raw = written[4 : written.index("\n---\n", 3) + 1]
    assert simple_front_matter(raw) is not None, raw
    assert simple_front_matter(raw) == _full(raw)
    assert parse_front_matter(written).title == meta.title
