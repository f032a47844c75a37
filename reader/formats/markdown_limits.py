"""Budgets a Markdown body must fit before Python-Markdown sees it.

Python-Markdown's cost is not linear in its input: nested lists and quotes are re-parsed once
per level (1,500 levels of a 4.5 MB list took 1.7 GB and 11 s), every inline item rebuilds
its paragraph's string, and tens of thousands of blocks are handled in quadratic time. No
recursion limit protects us (3.11 parses 600 levels happily), so we bound the work ourselves
with a few linear regex passes, and refuse what no article needs, naming the line.
"""

from __future__ import annotations

import re

from reader.formats.errors import ArticleError

MAX_NESTING = 32  # lists and quotes inside each other; real articles use 3 or 4
MAX_BLOCKS = 20_000  # paragraphs, list items, headings, quotes
MAX_INLINE_PER_BLOCK = 2_000  # links, emphasis runs, code spans, escapes, entities
MAX_INLINE_TOTAL = 20_000

_MARKER = r"(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))"
# A line that opens a container (quote or list item), with its indentation and markers.
_CONTAINER_LINE = re.compile(rf"^([ \t]*+)((?:{_MARKER}[ \t]*+)++)", re.MULTILINE)
_ONE_MARKER = re.compile(_MARKER, re.MULTILINE)
# A line that starts at column 0 with something else: it closes every container but lazy text.
_UNINDENTED = re.compile(r"\n[^\s>*+\-\d]")
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n)+")
_HEADING = re.compile(r"^[ \t]{0,3}#", re.MULTILINE)
# What Python-Markdown's inline patterns start on; a run of '*'/'_'/'`' counts once.
_INLINE = re.compile(r"[*_]++|`++|[\[<&\\]")


def check_markdown_budget(body: str, first_line: int = 1, path: str | None = None) -> None:
    """Raise ArticleError if ``body`` is nested too deeply or has too many parts."""

    def refuse(detail: str) -> ArticleError:
        return ArticleError("unreadable", detail, path)

    def line_at(pos: int) -> int:
        return first_line + body.count("\n", 0, pos)

    chunks = _BLANK_RUN.split(body)
    _, containers = _CONTAINER_LINE.subn("", body)
    _, headings = _HEADING.subn("", body)
    if len(chunks) + containers + headings > MAX_BLOCKS:
        raise refuse(f"the article has more than {MAX_BLOCKS:,} paragraphs, list items or headings")
    _check_nesting(body, refuse, line_at)
    if _INLINE.search(body) is None:  # plain prose (most articles): nothing to count
        return
    total = 0
    pos = 0
    for chunk in chunks:
        _, found = _INLINE.subn("", chunk)
        if found > MAX_INLINE_PER_BLOCK:
            start = body.find(chunk[:80], pos)
            raise refuse(
                f"the paragraph on line {line_at(max(start, 0))} has more than "
                f"{MAX_INLINE_PER_BLOCK:,} links, emphases or other marks"
            )
        total += found
        if total > MAX_INLINE_TOTAL:
            raise refuse(
                f"the article has more than {MAX_INLINE_TOTAL:,} links, emphases or other marks"
            )
        pos += len(chunk)


def _check_nesting(body: str, refuse: object, line_at: object) -> None:
    """Estimate each container line's depth: its markers, plus its indentation (two columns
    a level) but never more than the depth before it, since indentation only goes deeper
    inside an existing list; so centred text or indented code is not counted as nesting."""
    depth_before = 0
    prev_end = 0
    for m in _CONTAINER_LINE.finditer(body):
        if _UNINDENTED.search(body, prev_end, m.start()):
            depth_before = 0  # a plain paragraph between: the lists above are closed
        prev_end = m.end()
        indent = m.group(1)
        columns = len(indent) + 3 * indent.count("\t")
        markers = len(_ONE_MARKER.findall(m.group(2)))
        depth = min(columns // 2, depth_before) + markers
        if depth > MAX_NESTING:
            raise refuse(  # type: ignore[operator]
                f"the Markdown is nested more than {MAX_NESTING} levels deep "
                f"(lists or quotes, line {line_at(m.start())})"  # type: ignore[operator]
            )
        depth_before = depth
