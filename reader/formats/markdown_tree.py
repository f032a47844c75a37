"""Markdown text -> Python-Markdown's element tree, with the work bounded.

Raw HTML is switched off at the parser (its preprocessor and inline pattern are removed),
so ``<script>`` in an article is just text. Link scans are bounded (Markdown's own can take
hours on crafted input), and Markdown stops once the tree is built: its HTML is never used.
"""

from __future__ import annotations

import contextlib
import re
import threading
import xml.etree.ElementTree as ET
from typing import Any

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.inlinepatterns import LinkInlineProcessor
from markdown.treeprocessors import Treeprocessor

__all__ = ["STASH", "code_unescape", "markdown_tree"]

# Markdown's placeholder for a stashed raw-text block; the number indexes the stash.
STASH = re.compile("\x02wzxhzdk:(\\d+)\x03")


class _TreeReady(Exception):
    """Raised by _KeepTree to stop Markdown once the tree is built: we never use its HTML
    (serialising is recursive, and costs as much again)."""


class _KeepTree(Treeprocessor):
    """Captures the finished element tree (after inline parsing and unescaping)."""

    root: ET.Element | None = None

    def run(self, root: ET.Element) -> None:
        self.root = root
        raise _TreeReady


MAX_LINK_SCAN = 4096  # characters of a link's [text]
MAX_LINK_BRACKETS = 64  # brackets nested inside one link's text
MAX_DEST_SCAN = 512  # characters Markdown's own (destination "title") scan may look at
_BRACKETS = re.compile(r"[\[\]]")
# The usual destination, (url) or (url "title"), read by one linear regex at any length.
_SIMPLE_DEST = re.compile(r"""\(\s*+([^\s()<>"']*+)(?:\s++(?:"([^"\n]*+)"|'([^'\n]*+)'))?\s*+\)""")


def _bounded_link_text(data: str, index: int) -> tuple[str, int, bool]:
    """``[text]`` after ``index``, looking at most MAX_LINK_SCAN characters ahead.

    Markdown 3.11 finds every closing bracket of the whole paragraph again for each link
    (20,000 links: hours); older releases scanned to the end for every unclosed '['.
    """
    end = min(len(data), index + MAX_LINK_SCAN)
    close = data.find("]", index, end)
    if close == -1:
        return "", index, False
    if data.find("[", index, close) == -1:  # the usual case: no brackets inside
        return data[index:close], close + 1, True
    depth = 1
    for n, m in enumerate(_BRACKETS.finditer(data, index, end)):
        depth += 1 if m.group() == "[" else -1
        if depth == 0:
            return data[index : m.start()], m.end(), True
        if n > MAX_LINK_BRACKETS:
            break
    return "", index, False


def _bound_link_processors(md: markdown.Markdown) -> None:
    """Give every link/image pattern our bounded scans of its ``[text]`` and ``(dest)``."""
    for proc in md.inlinePatterns:
        if not isinstance(proc, LinkInlineProcessor):
            continue
        proc.getText = _bounded_link_text  # type: ignore[method-assign]

        def bounded_get_link(
            data: str,
            index: int,
            proc: LinkInlineProcessor = proc,
            get_link: Any = proc.getLink,
        ) -> tuple[str, str | None, int, bool]:
            m = _SIMPLE_DEST.match(data, index)
            if m:
                href = proc.unescape(m.group(1)).strip()
                title = m.group(2) if m.group(2) is not None else m.group(3)
                if title is not None:
                    title = proc.RE_TITLE_CLEAN.sub(" ", proc.unescape(title.strip()))
                return href, title, m.end(), True
            window = data[index : index + MAX_DEST_SCAN]  # Markdown's scan, on a short copy
            href, title, end, handled = get_link(window, 0)
            return href, title, index + end, handled

        proc.getLink = bounded_get_link  # type: ignore[method-assign]


_PARSERS = threading.local()  # one Markdown per thread: building it costs ~1 ms, an instance
# is not thread-safe, and reset() between documents leaves nothing of the last one behind.


def _parser() -> tuple[markdown.Markdown, _KeepTree]:
    made: tuple[markdown.Markdown, _KeepTree] | None = getattr(_PARSERS, "md", None)
    if made is not None:
        return made
    # An extension instance, not a name: naming it makes Markdown look up entry points, which
    # imports half the standard library lazily (and imports must not happen in worker threads
    # under PySide6: its import hook is not thread-safe).
    md = markdown.Markdown(extensions=[SaneListExtension()])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    _bound_link_processors(md)
    keep = _KeepTree(md)
    md.treeprocessors.register(keep, "bulletin_keep_tree", -100)
    _PARSERS.md = (md, keep)
    return md, keep


def markdown_tree(body: str) -> tuple[ET.Element, list[str]]:
    md, keep = _parser()
    md.reset()
    keep.root = None
    try:
        with contextlib.suppress(_TreeReady):
            md.convert(body)
        if keep.root is None:  # Markdown skips its tree processors for a blank body
            return ET.Element("div"), []
        stash = [str(x) for x in md.htmlStash.rawHtmlBlocks]
        return keep.root, stash
    except BaseException:  # stopped half-way (a list's state pushed, not popped): start anew
        _PARSERS.md = None
        raise
    finally:
        keep.root = None  # the tree belongs to the caller now
        md.reset()


def code_unescape(s: str) -> str:
    """Undo ``markdown.util.code_escape``: Markdown stores code already HTML-escaped."""
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
