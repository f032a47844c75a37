"""Markdown + YAML front matter -> Article.

The body is parsed by Python-Markdown and we walk its element tree. Raw HTML is switched off
at the parser (its preprocessor and inline pattern are removed), so ``<script>`` in an article
is just text: content can never become markup, styles or code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import re
import reprlib
import stat
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import yaml
from markdown.extensions.sane_lists import SaneListExtension
from markdown.inlinepatterns import LinkInlineProcessor
from markdown.treeprocessors import Treeprocessor

from reader.formats.errors import ArticleError
from reader.formats.markdown_limits import MAX_NESTING, check_markdown_budget
from reader.formats.paths import resolve_inside
from reader.model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Text,
)
from reader.text.marks import cap_combining_runs
from reader.text.sentences import split_sentences

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FRONT_MATTER_CHARS = 64 * 1024
# imported_sha256: written by the importer, so it can tell an article edited since (see
# reader/formats/markdown_writer.py); the model does not carry it.
KNOWN_KEYS = {"title", "date", "lang", "author", "source", "tags", "lead", "imported_sha256"}
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_STASH = re.compile("\x02wzxhzdk:(\\d+)\x03")
_WS = re.compile(r"\s+")


def load_article(path: str | Path) -> Article:
    """Read and parse one article file; raises ArticleError with the reason on bad input."""
    p = Path(path)
    text = read_article_text(p)
    return parse_article(text, folder=p.parent, path=str(p))


def read_article_text(p: Path) -> str:
    """Read a file as article text, refusing what is not (binary, not UTF-8, huge, empty),
    and a symbolic link that leads out of the article's folder (as images are refused)."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ArticleError("not-found", "the file does not exist", str(p)) from None
    except OSError as e:
        raise ArticleError("unreadable", f"cannot read the file ({e.strerror})", str(p)) from e
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError("unreadable", "this is a folder, not an article file", str(p))
    if not stat.S_ISREG(st.st_mode):
        # A pipe or device would block or never end: refuse it before opening it.
        raise ArticleError("unreadable", "this is not a regular file", str(p))
    _check_size(st.st_size, p)
    data = _read_regular_file(_link_target(p), p)
    return decode_article_bytes(data, str(p))


def _check_size(size: int, p: Path) -> None:
    if size > MAX_FILE_BYTES:
        raise ArticleError(
            "too-large",
            f"the file is {size / 1048576:.1f} MB; articles are limited to "
            f"{MAX_FILE_BYTES // 1048576} MB",
            str(p),
        )


def _link_target(p: Path) -> Path:
    """``p``, or where it leads if it is a symbolic link to a file in its own folder."""
    try:
        if not p.is_symlink():
            return p
        target = p.resolve(strict=True)
        folder = p.parent.resolve(strict=True)
    except (OSError, RuntimeError):
        raise ArticleError(
            "unreadable", "the file is a link that cannot be followed", str(p)
        ) from None
    if not target.is_relative_to(folder):
        raise ArticleError(
            "unreadable",
            "refused: the file is a link to a file outside its folder",
            str(p),
        )
    return target


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after stat() cannot block the open
    | getattr(os, "O_NOFOLLOW", 0)  # nor a link swapped in after we checked where it leads
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _read_regular_file(target: Path, p: Path) -> bytes:
    """Read at most MAX_FILE_BYTES from ``target``, checking on the open file (fstat) that
    it is still a regular file: the stat() before it may be stale."""
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as e:
        raise ArticleError("unreadable", f"cannot read the file ({e.strerror})", str(p)) from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError("unreadable", "this is not a regular file", str(p))
        _check_size(st.st_size, p)
        chunks: list[bytes] = []
        got = 0
        while got <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as e:
        raise ArticleError("unreadable", f"cannot read the file ({e.strerror})", str(p)) from e
    finally:
        os.close(fd)
    _check_size(got, p)  # it grew since fstat()
    return b"".join(chunks)


def _utf16_codec(data: bytes) -> str | None:
    """"utf-16*" if ``data`` is UTF-16 text: a byte-order mark, or (without one) NUL in most
    high bytes of one parity and almost never in the other, as Latin and Vietnamese text
    gives; binary data has NULs at random places."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def decode_article_bytes(data: bytes, path: str | None = None) -> str:
    codec = _utf16_codec(data)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            raise ArticleError(
                "not-utf8",
                f"the file looks like UTF-16 text but is damaged at byte {e.start}; "
                "save it as UTF-8",
                path,
            ) from None
        if "\x00" in text[:8192]:
            raise ArticleError("binary", "this is a binary file, not a Markdown article", path)
        return _clean_text(text, path)
    if b"\x00" in data[:8192]:
        raise ArticleError("binary", "this is a binary file, not a Markdown article", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ArticleError(
            "not-utf8",
            f"the file is not UTF-8 text (first bad byte 0x{data[e.start]:02x} on line {line}); "
            "save it as UTF-8 or import it with 'bulletin-reader import'",
            path,
        ) from None
    return _clean_text(text, path)


def _clean_text(text: str, path: str | None) -> str:
    """Decoded text as the parser wants it: not blank, LF line ends, NFC."""
    if not text.strip():
        raise ArticleError("empty", "the file is empty", path)
    text, _ = cap_combining_runs(text)  # before NFC, whose cost grows with a run's square
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class FrontMatter:
    """The article's metadata, validated; problems become warnings, not failures."""

    title: str | None
    lang: str
    date: dt.date | None
    author: str | None
    source: str | None
    tags: tuple[str, ...]
    lead: str | None
    body: str
    warnings: tuple[str, ...]
    body_line: int = 1  # the line of the file where the body starts


def parse_front_matter(text: str, path: str | None = None) -> FrontMatter:
    meta, body, body_line = _split_front_matter(text, path)
    warnings: list[str] = []
    for key in sorted(set(meta) - KNOWN_KEYS):
        warnings.append(f"unknown front matter key {key!r} ignored")
    lang = _str_field(meta, "lang", warnings) or "vi"
    if not _LANG_TAG.match(lang):
        warnings.append(f"language tag {lang!r} is not valid BCP-47; using 'vi'")
        lang = "vi"
    title = _str_field(meta, "title", warnings)
    if title and len(title) > MAX_TITLE_CHARS:
        warnings.append(f"the title is {len(title):,} characters long; shortened")
    lead = _str_field(meta, "lead", warnings)
    return FrontMatter(
        title=clean_title(title) or None if title else None,
        lang=lang,
        date=_date_field(meta, warnings),
        author=_str_field(meta, "author", warnings),
        source=_str_field(meta, "source", warnings),
        tags=_tags_field(meta, warnings),
        lead=_WS.sub(" ", lead).strip() if lead else None,
        body=body,
        warnings=tuple(warnings),
        body_line=body_line,
    )


def parse_article(text: str, folder: Path | None = None, path: str | None = None) -> Article:
    """Parse article text (already decoded). ``folder`` is where its images may live."""
    fm = parse_front_matter(text, path)
    warnings = list(fm.warnings)
    check_markdown_budget(fm.body, fm.body_line, path)  # before Markdown spends anything
    try:
        blocks = _BlockBuilder(lang=fm.lang, folder=folder, warnings=warnings).build(fm.body)
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
        else:
            title = _fallback_title(Path(path)) if path else "Untitled"
            warnings.append("the article has no title; the file name is shown instead")

    lead = make_text(fm.lead, fm.lang) if fm.lead else None
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


MAX_TITLE_CHARS = 300
# Embeddings, overrides and isolates: in a title they can show it reversed, in the library
# list and the window title alike. (LRM/RLM only mark direction and stay.)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_title(title: str) -> str:
    """A title fit for the library list and the window title: no bidi controls, one line,
    at most MAX_TITLE_CHARS (cut at a word, with an ellipsis)."""
    t = _WS.sub(" ", _BIDI_CONTROLS.sub("", title)).strip()
    if len(t) > MAX_TITLE_CHARS:
        cut = t.rfind(" ", 0, MAX_TITLE_CHARS)
        t = t[: cut if cut > MAX_TITLE_CHARS // 2 else MAX_TITLE_CHARS - 1].rstrip() + "…"
    return t


def make_text(text: str, lang: str, spans: tuple[Span, ...] = ()) -> Text:
    """A Text with its sentences split by the language's rules."""
    sentences = tuple(Sentence(a, b) for a, b in split_sentences(text, lang))
    return Text(text, sentences, spans)


def _fallback_title(p: Path) -> str:
    """The file's name; for ``folder/article.md`` the folder's name, which says more."""
    if p.stem.lower() in {"article", "index"} and p.parent.name:
        return clean_title(p.parent.name) or "Untitled"
    return clean_title(p.stem) or "Untitled"


# --- front matter -------------------------------------------------------------------------


MAX_YAML_ALIASES = 100
MAX_YAML_EXPANDED = 256 * 1024  # nodes + characters once every alias is expanded
MAX_YAML_INT_DIGITS = 50  # longer "numbers" stay text (int() refuses over 4,300 digits)


class _YamlTooBig(Exception):
    """The front matter would expand past our budget (an alias bomb)."""


class _SafeLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` with budgets: aliases are counted and the document's expanded size
    is measured before anything is built (eight doubling anchors grew past 14 GB as text);
    impossible dates (2023-02-30) and 5,000-digit numbers stay text instead of raising."""

    _aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise _YamlTooBig(f"it uses more than {MAX_YAML_ALIASES} aliases (*name)")
        return super().compose_node(parent, index)

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            _check_expanded_size(node)
        return node


def _check_expanded_size(root: yaml.Node) -> None:
    """Raise _YamlTooBig if ``root`` with every alias expanded exceeds MAX_YAML_EXPANDED.

    Aliases make the node graph a DAG (or a cycle): sizes are memoised per node, so the
    work is linear in the nodes written, not in the expansion.
    """
    size: dict[int, int] = {}
    todo: list[tuple[yaml.Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while todo:
        node, children_done = todo.pop()
        key = id(node)
        if key in size:
            continue
        kids = _children(node)
        if not children_done:
            if key in on_path:
                raise _YamlTooBig("an alias refers to the value that contains it")
            on_path.add(key)
            todo.append((node, True))
            todo.extend((k, False) for k in kids if id(k) not in size)
            continue
        on_path.discard(key)
        total = 1 + (len(node.value) if isinstance(node.value, str) else 0)
        total += sum(size.get(id(k), 0) for k in kids)
        if total > MAX_YAML_EXPANDED:
            raise _YamlTooBig(
                f"it expands to more than {MAX_YAML_EXPANDED // 1024} KB (aliases repeat values)"
            )
        size[key] = total


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = loader.construct_scalar(node)
    if sum(c.isdigit() for c in text) > MAX_YAML_INT_DIGITS:
        return text
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        return text


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_SafeLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _split_front_matter(text: str, path: str | None) -> tuple[dict[str, Any], str, int]:
    if not text.startswith("---\n"):
        return {}, text, 1
    end = None
    for marker in ("\n---\n", "\n...\n"):
        i = text.find(marker, 3)
        if i != -1 and (end is None or i < end[0]):
            end = (i, i + len(marker))
    if end is None:
        for marker in ("\n---", "\n..."):
            if text.endswith(marker):
                end = (len(text) - len(marker), len(text))
    if end is None:
        raise ArticleError(
            "front-matter",
            "the front matter that starts on line 1 is never closed with '---'",
            path,
        )
    raw = text[4 : end[0] + 1]
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise ArticleError("front-matter", "the front matter is too long (over 64 KB)", path)
    try:
        meta = yaml.load(raw, Loader=_SafeLoader)  # a SafeLoader subclass
    except RecursionError:
        raise ArticleError("front-matter", "the front matter is nested too deeply", path) from None
    except _YamlTooBig as e:
        raise ArticleError("front-matter", f"the front matter is refused: {e}", path) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise ArticleError(
            "front-matter", f"the front matter is broken{where}: {problem}", path
        ) from None
    except Exception as e:  # PyYAML raises a few others (ValueError, OverflowError...)
        raise ArticleError(
            "front-matter", f"the front matter is broken: {type(e).__name__}", path
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(
            "front-matter", "the front matter must be 'key: value' lines (a YAML mapping)", path
        )
    return {str(k): v for k, v in meta.items()}, text[end[1] :], raw.count("\n") + 3


def _str_field(meta: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, bool | dict | list):
        warnings.append(f"front matter {key!r} should be text; ignored")
        return None
    s = unicodedata.normalize("NFC", str(value)).strip()
    return s or None


def _date_field(meta: dict[str, Any], warnings: list[str]) -> dt.date | None:
    value = meta.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        warnings.append(f"date {_short(value)} is not YYYY-MM-DD; ignored")
        return None


def _short(value: object, limit: int = 60) -> str:
    """A value for a warning: its repr, cut (a list of a million items stays a line)."""
    text = reprlib.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tags_field(meta: dict[str, Any], warnings: list[str]) -> tuple[str, ...]:
    value = meta.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(t, str | int | float) for t in value):
        warnings.append("front matter 'tags' should be a list of words; ignored")
        return ()
    return tuple(t for t in (str(v).strip() for v in value) if t)


# --- body ---------------------------------------------------------------------------------


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


def _markdown_tree(body: str) -> tuple[ET.Element, list[str]]:
    # An extension instance, not a name: naming it makes Markdown look up entry points, which
    # imports half the standard library lazily (and imports must not happen in worker threads
    # under PySide6: its import hook is not thread-safe).
    md = markdown.Markdown(extensions=[SaneListExtension()])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    _bound_link_processors(md)
    keep = _KeepTree(md)
    md.treeprocessors.register(keep, "bulletin_keep_tree", -100)
    with contextlib.suppress(_TreeReady):
        md.convert(body)
    if keep.root is None:  # Markdown skips its tree processors for a blank body
        return ET.Element("div"), []
    stash = [str(x) for x in md.htmlStash.rawHtmlBlocks]
    return keep.root, stash


def _code_unescape(s: str) -> str:
    """Undo ``markdown.util.code_escape``: Markdown stores code already HTML-escaped."""
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


MAX_SPAN_DEPTH = 8  # emphasis inside emphasis... beyond this it is plain text
_SPAN_KINDS = {
    "em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code", "a": "link"
}  # fmt: skip


class _InlineText:
    """Flattens inline markup to text + spans, folding white space as a browser would."""

    def __init__(self, stash: list[str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self.stash = stash
        self._space_pending = False

    def add(self, s: str) -> None:
        s = _STASH.sub(lambda m: self._unstash(int(m.group(1))), s)
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

    def _unstash(self, i: int) -> str:
        return html.unescape(self.stash[i]) if 0 <= i < len(self.stash) else ""

    def walk(self, root: ET.Element) -> None:
        """Add the element's content (not its tail), without recursion: emphasis can be
        nested thousands deep; spans deeper than MAX_SPAN_DEPTH are flattened to text."""
        # Work items: an element to open (with its depth), a tail to add, or a span to close.
        todo: list[tuple[ET.Element, int] | str | tuple[int, str, str | None]] = [(root, 0)]
        while todo:
            item = todo.pop()
            if isinstance(item, str):
                self.add(item)
                continue
            if isinstance(item[0], int):
                start, kind, href = item  # type: ignore[misc]
                if self.length > start:
                    self.spans.append(Span(start, self.length, kind, href))  # type: ignore[arg-type]
                continue
            el, depth = item  # type: ignore[misc]
            if el.tag == "br":
                self._space_pending = True
                continue
            if el.tag == "img":
                alt = el.get("alt", "")
                if alt:
                    self.add(alt)
                continue
            kind = _SPAN_KINDS.get(el.tag)
            if kind and depth <= MAX_SPAN_DEPTH:
                start = self.length + (1 if self._space_pending and self.length else 0)
                todo.append((start, kind, el.get("href") if kind == "link" else None))
            if el.text:
                self.add(_code_unescape(el.text) if el.tag == "code" else el.text)
            for child in reversed(el):
                if child.tail:
                    todo.append(child.tail)
                todo.append((child, depth + 1))

    def text(self) -> tuple[str, tuple[Span, ...]]:
        return "".join(self.parts), tuple(sorted(self.spans, key=lambda s: (s.start, -s.end)))


_CONTAINERS = {"ul", "ol", "li", "blockquote"}


def _container_depth(root: ET.Element) -> int:
    """How deep lists and quotes are nested in the tree (a list and its item are one level)."""
    deepest = 0
    todo = [(root, 0)]
    while todo:
        el, depth = todo.pop()
        if el.tag in _CONTAINERS and el.tag != "li":
            depth += 1
            deepest = max(deepest, depth)
        todo.extend((child, depth) for child in el)
    return deepest


class _BlockBuilder:
    def __init__(self, lang: str, folder: Path | None, warnings: list[str]) -> None:
        self.lang = lang
        self.folder = folder
        self.warnings = warnings
        self.stash: list[str] = []

    def build(self, body: str) -> list[Block]:
        root, self.stash = _markdown_tree(body)
        if _container_depth(root) > MAX_NESTING:  # in case our estimate ever misses a way
            raise RecursionError
        blocks: list[Block] = []
        for el in root:
            blocks.extend(self._block(el))
        return blocks

    def _text(self, el: ET.Element, *, include_tail_of: ET.Element | None = None) -> Text | None:
        flat = _InlineText(self.stash)
        flat.walk(el)
        text, spans = flat.text()
        return make_text(text, self.lang, spans) if text else None

    def _block(self, el: ET.Element) -> list[Block]:
        tag = el.tag
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            t = self._text(el)
            return [Heading(int(tag[1]), t)] if t else []
        if tag == "p":
            return self._paragraph(el)
        if tag == "blockquote":
            out: list[Block] = []
            for child in el:
                for b in self._block(child):
                    out.append(Quote(b.content) if isinstance(b, Paragraph) else b)
            return out
        if tag in {"ul", "ol"}:
            items = [t for li in el.iter("li") if (t := self._list_item(li)) is not None]
            return [ListBlock(tag == "ol", tuple(items))] if items else []
        if tag == "hr":
            return []
        if tag == "pre":
            raw = _code_unescape("".join(el.itertext()))
            raw = _STASH.sub(lambda m: html.unescape(self.stash[int(m.group(1))]), raw).strip()
            return (
                [Paragraph(make_text(raw, self.lang, (Span(0, len(raw), "code"),)))] if raw else []
            )
        t = self._text(el)
        return [Paragraph(t)] if t else []

    def _list_item(self, li: ET.Element) -> Text | None:
        # Nested lists are their own items (li.iter visits them); keep only this item's text.
        shallow = ET.Element("li")
        shallow.text = li.text
        for child in li:
            if child.tag in {"ul", "ol"}:
                break
            shallow.append(child)
        return self._text(shallow)

    def _paragraph(self, el: ET.Element) -> list[Block]:
        children = list(el)
        lead_text = (el.text or "").strip()
        if children and children[0].tag == "img" and not lead_text:
            img = children[0]
            rest = children[1:]
            between = (img.tail or "").strip()
            caption: Text | None = None
            remainder: list[Block] = []
            if (
                not between
                and len(rest) == 1
                and rest[0].tag == "em"
                and not (rest[0].tail or "").strip()
            ):
                # The emphasis only marks the line as a caption: it is not part of the text.
                inner = ET.Element("span")
                inner.text = rest[0].text
                inner.extend(list(rest[0]))
                caption = self._text(inner)
            elif between or rest:
                tail_p = ET.Element("p")
                tail_p.text = img.tail
                tail_p.extend(rest)
                t = self._text(tail_p)
                if t:
                    remainder.append(Paragraph(t))
            if caption is None and img.get("title"):
                caption = make_text(_WS.sub(" ", img.get("title", "")).strip(), self.lang)
            return [self._figure(img, caption), *remainder]
        t = self._text(el)
        return [Paragraph(t)] if t else []

    def _figure(self, img: ET.Element, caption: Text | None) -> Figure:
        src = (img.get("src") or "").strip()
        alt = _WS.sub(" ", img.get("alt", "")).strip()
        if not src:
            return Figure(None, alt, caption, None)
        if self.folder is None:
            return Figure(None, alt, caption, f"refused: {src!r} (article has no folder)")
        resolved, problem = resolve_inside(self.folder, src)
        if problem:
            self.warnings.append(f"image {src!r}: {problem}")
            return Figure(src, alt, caption, problem)
        assert resolved is not None
        rel = resolved.relative_to(self.folder.resolve()).as_posix()
        return Figure(rel, alt, caption, None)


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
