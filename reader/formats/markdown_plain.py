"""The blocks of a body that uses no Markdown but ``#`` headings, without Python-Markdown.

Most bulletin bodies are paragraphs of plain prose and a few ``## headings``; Python-Markdown
spends ~40 % of indexing one on them. A body with no character or line start that Markdown
could read as markup (emphasis, links, code, lists, quotes, rules, entities, escapes, HTML,
indented or setext lines) is split here into the same headings and paragraphs, white space
folded as the inline walk folds it; any other body returns None and Markdown reads it. A
property test checks the result against Markdown's. Used by the search index only (its
texts are not split into sentences), so what the reader shows is always Markdown's reading.
"""

from __future__ import annotations

import re

from reader.model import Block, Heading, Paragraph, Text

__all__ = ["plain_blocks"]

# Characters that mean (or may mean) markup, and controls (Markdown's stash uses \x02, \x03).
_MARKUP = re.compile(r"[\\`*_\[\]<>&|~^{}=#\x00-\x09\x0b-\x1f\x7f]")
# Line starts that begin a block: indentation (code), list bullets and numbers, rules.
_BLOCK_START = re.compile(r"^(?:\s|[-+]|\d+[.)])", re.MULTILINE)
_HEADING = re.compile(r"(#{1,6}) (?=\S)([^#\n]*)\Z")
_BLANK = re.compile(r"\n(?: *\n)+")  # Markdown's paragraph break (a line of spaces is blank)


def plain_blocks(body: str) -> list[Block] | None:
    """Headings and paragraphs of ``body`` (texts without sentences), or None when it may hold
    Markdown markup."""
    blocks: list[Block] = []
    for chunk in _BLANK.split(body.strip("\n")):
        if not chunk:
            continue
        heading = _HEADING.match(chunk) if chunk.startswith("#") else None
        inner = heading.group(2) if heading else chunk
        if _MARKUP.search(inner) or _BLOCK_START.search(inner):
            return None
        text = " ".join(inner.split())  # str.split and \s: the same white space
        if heading:
            if text:
                blocks.append(Heading(len(heading.group(1)), Text(text)))
        else:
            blocks.append(Paragraph(Text(text)))
    return blocks
