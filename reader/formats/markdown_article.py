"""Markdown + YAML front matter -> Article.

The steps have a module each: ``article_file`` (the file -> checked text),
``front_matter`` (the metadata), ``markdown_tree`` (Python-Markdown, bounded, raw HTML off:
content can never become markup, styles or code) and ``markdown_blocks`` (the tree -> the
model's blocks). This module puts them together; the names other modules use are
re-exported here.
"""

from __future__ import annotations

from pathlib import Path

from reader.formats.article_file import MAX_FILE_BYTES, decode_article_bytes, read_article_text
from reader.formats.errors import ArticleError
from reader.formats.front_matter import (
    KNOWN_KEYS,
    MAX_TITLE_CHARS,
    FrontMatter,
    clean_title,
    parse_front_matter,
)
from reader.formats.markdown_blocks import MAX_SPAN_DEPTH, BlockBuilder
from reader.formats.markdown_limits import MAX_NESTING, check_markdown_budget
from reader.model import Article, Heading
from reader.text.sentences import make_text

__all__ = [
    "KNOWN_KEYS",
    "MAX_FILE_BYTES",
    "MAX_SPAN_DEPTH",
    "MAX_TITLE_CHARS",
    "FrontMatter",
    "clean_title",
    "decode_article_bytes",
    "load_article",
    "make_text",
    "parse_article",
    "parse_front_matter",
    "read_article_text",
    "warm_up",
]


def load_article(path: str | Path, *, sentences: bool = True) -> Article:
    """Read and parse one article file; raises ArticleError with the reason on bad input."""
    p = Path(path)
    text = read_article_text(p)
    return parse_article(text, folder=p.parent, path=str(p), sentences=sentences)


def parse_article(
    text: str, folder: Path | None = None, path: str | None = None, *, sentences: bool = True
) -> Article:
    """Parse article text (already decoded). ``folder`` is where its images may live.
    ``sentences=False``: texts are not split into sentences (for the search index, which
    reads only the text; the article must not be shown or spoken)."""
    fm = parse_front_matter(text, path)
    warnings = list(fm.warnings)
    check_markdown_budget(fm.body, fm.body_line, path)  # before Markdown spends anything
    try:
        builder = BlockBuilder(fm.lang, folder, warnings, sentences=sentences)
        blocks = builder.build(fm.body)
    except RecursionError:  # an older Markdown that recurses per level: same reason
        raise ArticleError(
            "unreadable", f"the Markdown is nested more than {MAX_NESTING} levels deep", path
        ) from None

    title = fm.title
    if not title:
        first = next((b for b in blocks if isinstance(b, Heading) and b.level == 1), None)
        if first is not None:
            title = clean_title(first.content.text)
            if title == first.content.text:  # else the whole heading stays in the text
                blocks = [b for b in blocks if b is not first]
        if not title:  # no heading, or one with nothing to see ("# &#x202e;")
            title = _fallback_title(Path(path)) if path else "Untitled"
            warnings.append("the article has no title; the file name is shown instead")

    lead = builder.make_text(fm.lead, fm.lang) if fm.lead else None
    if not blocks and lead is None:
        warnings.append("the article has no text")

    return Article(
        title=title,
        lang=fm.lang,
        date=fm.date,
        author=fm.author,
        source=fm.source,
        tags=fm.tags,
        lead=lead,
        blocks=tuple(blocks),
        path=path,
        warnings=tuple(warnings),
    )


def _fallback_title(p: Path) -> str:
    """The file's name; for ``folder/article.md`` the folder's name, which says more."""
    if p.stem.lower() in {"article", "index"} and p.parent.name:
        return clean_title(p.parent.name) or "Untitled"
    return clean_title(p.stem) or "Untitled"


WARM_UP_TEXT = """---
title: warm-up
date: 2024-01-01
tags: [a]
lead: Một câu. Another one.
---
# H1

## H2 &amp; &copy;

Para *em* **strong** `code` [link](#x) <https://example.org> ![img](x.png "t")
*caption*

> quote

- item
1. item

    code block

---
"""


def warm_up() -> None:
    """Parse a small article once, so every lazy import happens on the calling thread."""
    parse_article(decode_article_bytes(WARM_UP_TEXT.encode("utf-8")), folder=None, path=None)
