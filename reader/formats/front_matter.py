"""YAML front matter -> the article's validated metadata (``FrontMatter``).

A problem in a field is a warning, not a failure: the article still opens. What could
make the loader itself hang or eat memory (alias bombs, huge numbers, deep nesting, a
front matter that never closes) is refused with an ``ArticleError`` before it costs.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

from reader.formats.errors import ArticleError
from reader.formats.front_matter_fast import simple_front_matter

__all__ = ["KNOWN_KEYS", "MAX_TITLE_CHARS", "FrontMatter", "clean_title", "parse_front_matter"]

MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_TITLE_CHARS = 300
# imported_sha256: written by the importer, so it can tell an article edited since (see
# reader/formats/markdown_writer.py); the model does not carry it.
KNOWN_KEYS = {"title", "date", "lang", "author", "source", "tags", "lead", "imported_sha256"}
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_WS = re.compile(r"\s+")


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
    """The metadata of article ``text`` and the body after it (raises ``ArticleError`` only
    when the front matter cannot be read at all)."""
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


# Embeddings, overrides and isolates: in a title they can show it reversed, in the library
# list and the window title alike. (LRM/RLM only mark direction and stay.)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Zs"}


def clean_title(title: str) -> str:
    """A title fit for the library list and the window title: no bidi controls, one line,
    at most MAX_TITLE_CHARS (cut at a word, with an ellipsis)."""
    t = _WS.sub(" ", _BIDI_CONTROLS.sub("", title)).strip()
    if not any(unicodedata.category(c) not in _INVISIBLE_CATEGORIES for c in t):
        return ""  # only format or control characters: nothing a reader could see
    if len(t) > MAX_TITLE_CHARS:
        cut = t.rfind(" ", 0, MAX_TITLE_CHARS)
        t = t[: cut if cut > MAX_TITLE_CHARS // 2 else MAX_TITLE_CHARS - 1].rstrip() + "…"
    return t


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
    meta = simple_front_matter(raw)  # the usual few `key: value` lines, read 10x faster
    try:
        if meta is None:
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
