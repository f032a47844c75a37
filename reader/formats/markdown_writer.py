"""Article model -> Markdown with front matter in the library format (docs/article-format.md).

The output loads back through ``load_article`` to the same title, metadata and blocks: text
that Markdown would read as markup (``*``, ``_``, ``[``, a leading ``#`` or ``1.``, entities)
is escaped, and each block is written on one line (the loader folds white space anyway).

Imported files carry ``imported_sha256`` in their front matter: the SHA-256 of the file as
written, without that line. If the file still hashes to it, nobody has edited it and a new
import may replace it; otherwise the user's edits are kept (see reader/importer/writer.py).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any, Literal

import yaml

from reader.model import Article, Block, Figure, Heading, ListBlock, Paragraph, Quote, Span, Text

__all__ = [
    "HASH_KEY",
    "article_file_name",
    "article_to_markdown",
    "edit_state",
    "slugify",
    "stamp",
]

HASH_KEY = "imported_sha256"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: 10x faster
_WS = re.compile(r"\s{2,}|[^\S ]")  # a lone space is left alone (fast)
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(#|>|-{2,}|[-+*](?=\s|$)|=+$|(\d+)([.)])(?=\s|$))")


# --- file names ------------------------------------------------------------------------------


def slugify(title: str, max_len: int = 80) -> str:
    """ASCII slug: diacritics removed, đ -> d, lowercase words joined by hyphens."""
    s = title.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")
    if len(s) > max_len:
        s = s[: max_len + 1].rsplit("-", 1)[0] if "-" in s[:max_len] else s[:max_len]
    return s


def article_file_name(article: Article) -> str:
    """``YYYY-MM-DD-slug.md`` (``slug.md`` without a date); stable for the same page."""
    slug = slugify(article.title)
    if not slug:
        slug = "bai-viet-" + hashlib.sha256(article.title.encode()).hexdigest()[:10]
    return f"{article.date.isoformat()}-{slug}.md" if article.date else f"{slug}.md"


# --- inline text -----------------------------------------------------------------------------


def _escape(s: str) -> str:
    s = _INLINE_SPECIAL.sub(r"\\\1", s)
    s = _ENTITY_LIKE.sub("&amp;", s)
    return s.replace("<", "&lt;")


def _escape_line_start(s: str) -> str:
    m = _LINE_START.match(s)
    if not m:
        return s
    if m.group(2):  # "1." -> "1\."
        return m.group(2) + "\\" + s[len(m.group(2)) :]
    if s.startswith("="):  # "=" is not escapable in Markdown; an entity keeps it text
        return "&#61;" + s[1:]
    return "\\" + s


def _code(s: str) -> str:
    longest = max((len(r) for r in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _href(h: str) -> str:
    return re.sub(r"[\s()<>]", lambda m: f"%{ord(m.group(0)):02X}", h)


def _inline(text: Text) -> str:
    """The text with its spans as Markdown; spans that overlap without nesting are dropped.

    Of spans over the same range, the later one is written outside: the loader lists the
    inner one first, so a written file loads back with its spans in the same order."""
    if not text.spans:
        return _escape(_WS.sub(" ", text.text).strip())
    order = sorted(enumerate(text.spans), key=lambda p: (p[1].start, -p[1].end, -p[0]))
    spans = [sp for _, sp in order]
    return _render(text.text, 0, len(text.text), spans)


def _render(s: str, start: int, end: int, spans: list[Span]) -> str:
    out: list[str] = []
    pos = start
    i = 0
    while i < len(spans):
        sp = spans[i]
        inner = [x for x in spans[i + 1 :] if x.start >= sp.start and x.end <= sp.end]
        skip = 1 + len(inner)
        if sp.start < pos or sp.end > end or sp.start == sp.end:
            i += 1
            continue
        out.append(_escape(s[pos : sp.start]))
        body = s[sp.start : sp.end]
        if sp.kind == "code":
            out.append(_code(body))
        else:
            rendered = _render(s, sp.start, sp.end, inner)
            if sp.kind == "em":
                out.append(f"*{rendered}*")
            elif sp.kind == "strong":
                out.append(f"**{rendered}**")
            else:
                if out and out[-1].endswith("!"):  # "![" would make the link an image
                    out[-1] = out[-1][:-1] + "\\!"
                out.append(f"[{rendered}]({_href(sp.href or '')})")
        pos = sp.end
        i += skip
    out.append(_escape(s[pos:end]))
    return _WS.sub(" ", "".join(out)).strip()


# --- blocks ----------------------------------------------------------------------------------


def _block(b: Block) -> str:
    if isinstance(b, Heading):
        body = re.sub(r"(#+)$", lambda m: "\\#" * len(m.group(1)), _inline(b.content))
        return "#" * max(1, min(6, b.level)) + " " + body
    if isinstance(b, Paragraph):
        return _escape_line_start(_inline(b.content))
    if isinstance(b, Quote):
        return "> " + _escape_line_start(_inline(b.content))
    if isinstance(b, ListBlock):
        lines = []
        for n, item in enumerate(b.items, 1):
            marker = f"{n}." if b.ordered else "-"
            lines.append(f"{marker} {_escape_line_start(_inline(item))}")
        return "\n".join(lines)
    if isinstance(b, Figure):
        alt = _INLINE_SPECIAL.sub(r"\\\1", _WS.sub(" ", b.alt).strip())
        src = _href(b.image or "")
        line = f"![{alt}]({src})"
        if b.caption is not None and b.caption.text.strip():
            line += f"\n*{_inline(b.caption)}*"
        return line
    raise TypeError(f"unknown block {b!r}")


def _front_matter(article: Article) -> str:
    meta: dict[str, Any] = {"title": _WS.sub(" ", article.title).strip()}
    if article.date:
        meta["date"] = article.date
    meta["lang"] = article.lang
    if article.author:
        meta["author"] = article.author
    if article.source:
        meta["source"] = article.source
    if article.tags:
        meta["tags"] = list(article.tags)
    if article.lead is not None and article.lead.text.strip():
        meta["lead"] = _WS.sub(" ", article.lead.text).strip()
    return yaml.dump(
        meta,
        Dumper=_DUMPER,
        allow_unicode=True,
        sort_keys=False,
        width=92,
        default_flow_style=False,
    )


def article_to_markdown(article: Article) -> str:
    """The article as a library file (front matter + body), ending with a newline."""
    parts = [_block(b) for b in article.blocks]
    body = "\n\n".join(p for p in parts if p.strip())
    return (
        f"---\n{_front_matter(article)}---\n\n{body}\n"
        if body
        else (f"---\n{_front_matter(article)}---\n")
    )


# --- the "edited since import" stamp ---------------------------------------------------------

_HASH_LINE = re.compile(rf"^{HASH_KEY}:[ \t]*['\"]?([0-9a-f]{{64}})['\"]?[ \t]*\n", re.M)


def _digest(text: str) -> str:
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def stamp(markdown: str) -> str:
    """Add ``imported_sha256`` as the last front-matter key (the hash of ``markdown``)."""
    if not markdown.startswith("---\n"):
        raise ValueError("stamp() needs a file that starts with front matter")
    end = markdown.index("\n---\n", 3) + 1
    return markdown[:end] + f"{HASH_KEY}: {_digest(markdown)}\n" + markdown[end:]


def edit_state(text: str) -> Literal["unedited", "edited", "not-imported"]:
    """Whether a library file is still exactly what the importer wrote (line ends aside)."""
    text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return "not-imported"
    close = text.find("\n---\n", 3)
    fm_end = close + 1 if close != -1 else len(text)
    m = _HASH_LINE.search(text, 0, fm_end)
    if m is None:
        return "not-imported"
    rest = text[: m.start()] + text[m.end() :]
    return "unedited" if _digest(rest) == m.group(1) else "edited"
