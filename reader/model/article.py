"""Article, blocks and sentences.

Offsets are character offsets into the owning ``Text.text`` (Python str indices), so a
highlight, a search hit or a spoken range can be mapped back to the words on screen.
The model is immutable: loaders build it once; views and speech only read it.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from typing import Any, Literal

SpanKind = Literal["em", "strong", "code", "link"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a half-open range ``[start, end)`` of its block's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Span:
    """Inline formatting over ``[start, end)``; links carry their target."""

    start: int
    end: int
    kind: SpanKind
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Text:
    """A run of readable text with its inline spans and its sentences."""

    text: str
    sentences: tuple[Sentence, ...] = ()
    spans: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.text)
        last = 0
        for s in self.sentences:
            if not (last <= s.start < s.end <= n):
                raise ValueError(f"sentence {s} out of order or outside text of length {n}")
            last = s.end
        for sp in self.spans:
            if not (0 <= sp.start <= sp.end <= n):
                raise ValueError(f"span {sp} outside text of length {n}")

    def sentence_texts(self) -> list[str]:
        return [s.of(self.text) for s in self.sentences]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "sentences": [
                {"start": s.start, "end": s.end, "text": s.of(self.text)} for s in self.sentences
            ],
        }
        if self.spans:
            d["spans"] = [
                {"start": sp.start, "end": sp.end, "kind": sp.kind}
                | ({"href": sp.href} if sp.href is not None else {})
                for sp in self.spans
            ]
        return d


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    content: Text
    type: Literal["heading"] = "heading"

    def texts(self) -> tuple[Text, ...]:
        return (self.content,)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "level": self.level, **self.content.to_dict()}


@dataclass(frozen=True, slots=True)
class Paragraph:
    content: Text
    type: Literal["paragraph"] = "paragraph"

    def texts(self) -> tuple[Text, ...]:
        return (self.content,)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **self.content.to_dict()}


@dataclass(frozen=True, slots=True)
class Quote:
    content: Text
    type: Literal["quote"] = "quote"

    def texts(self) -> tuple[Text, ...]:
        return (self.content,)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **self.content.to_dict()}


@dataclass(frozen=True, slots=True)
class ListBlock:
    ordered: bool
    items: tuple[Text, ...]
    type: Literal["list"] = "list"

    def texts(self) -> tuple[Text, ...]:
        return self.items

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "ordered": self.ordered,
            "text": "\n".join(i.text for i in self.items),
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """An image with its caption, shown and read as one block.

    ``image`` is a path relative to the article's folder, or None when the source had a
    photo that is not available. ``problem`` says why an image named in the source cannot
    be shown (missing, outside the article folder, not an image), for the view to explain.
    """

    image: str | None
    alt: str
    caption: Text | None
    problem: str | None = None
    type: Literal["figure"] = "figure"

    def texts(self) -> tuple[Text, ...]:
        return (self.caption,) if self.caption is not None else ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "image": self.image,
            "alt": self.alt,
            "caption": self.caption.text if self.caption else None,
            "sentences": self.caption.to_dict()["sentences"] if self.caption else [],
        }
        if self.caption and self.caption.spans:
            d["caption_spans"] = self.caption.to_dict()["spans"]
        if self.problem:
            d["problem"] = self.problem
        return d


Block = Heading | Paragraph | Quote | ListBlock | Figure


@dataclass(frozen=True, slots=True)
class Article:
    """One bulletin article: metadata plus ordered blocks."""

    title: str
    lang: str = "vi"
    date: _dt.date | None = None
    author: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    lead: Text | None = None
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    path: str | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "lang": self.lang,
            "author": self.author,
            "source": self.source,
            "tags": list(self.tags),
            "lead": self.lead.to_dict() if self.lead else None,
            "blocks": [b.to_dict() for b in self.blocks],
            "path": self.path,
            "warnings": list(self.warnings),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def sentence_count(self) -> int:
        n = len(self.lead.sentences) if self.lead else 0
        return n + sum(len(t.sentences) for b in self.blocks for t in b.texts())


# --- reading the JSON form back -------------------------------------------------------------


def _typed(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise TypeError(f"{what}: unexpected {type(value).__name__}")
    return value


def _opt_str(d: dict[str, Any], key: str) -> str | None:
    value = d.get(key)
    return None if value is None else _typed(value, str, key)


def text_from_dict(d: dict[str, Any]) -> Text:
    _typed(d, dict, "text block")
    return Text(
        _typed(d["text"], str, "text"),
        tuple(Sentence(s["start"], s["end"]) for s in d.get("sentences", ())),
        tuple(Span(s["start"], s["end"], s["kind"], s.get("href")) for s in d.get("spans", ())),
    )


def block_from_dict(d: dict[str, Any]) -> Block:
    kind = _typed(d, dict, "block")["type"]
    if kind == "heading":
        return Heading(int(d["level"]), text_from_dict(d))
    if kind == "paragraph":
        return Paragraph(text_from_dict(d))
    if kind == "quote":
        return Quote(text_from_dict(d))
    if kind == "list":
        return ListBlock(bool(d["ordered"]), tuple(text_from_dict(i) for i in d["items"]))
    if kind == "figure":
        caption = None
        if d.get("caption") is not None:
            caption = text_from_dict(
                {
                    "text": d["caption"],
                    "sentences": d.get("sentences", []),
                    "spans": d.get("caption_spans", []),
                }
            )
        return Figure(d.get("image"), d.get("alt", ""), caption, d.get("problem"))
    raise ValueError(f"unknown block type {kind!r}")


def article_from_dict(d: dict[str, Any]) -> Article:
    """The inverse of ``Article.to_dict`` (used by the model cache and by tools)."""
    _typed(d, dict, "article")
    return Article(
        title=_typed(d["title"], str, "title"),
        lang=_typed(d.get("lang", "vi"), str, "lang"),
        date=_dt.date.fromisoformat(_typed(d["date"], str, "date")) if d.get("date") else None,
        author=_opt_str(d, "author"),
        source=_opt_str(d, "source"),
        tags=tuple(_typed(t, str, "tag") for t in d.get("tags", ())),
        lead=text_from_dict(d["lead"]) if d.get("lead") else None,
        blocks=tuple(block_from_dict(b) for b in d.get("blocks", ())),
        path=_opt_str(d, "path"),
        warnings=tuple(_typed(w, str, "warning") for w in d.get("warnings", ())),
    )
