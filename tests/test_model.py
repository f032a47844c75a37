"""The article model: validation of offsets and the JSON shape that `show --json` prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from reader.formats.markdown_article import load_article
from reader.model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Text,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "articles" / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"


def _text(s: str, *cuts: tuple[int, int], spans: tuple[Span, ...] = ()) -> Text:
    return Text(s, tuple(Sentence(a, b) for a, b in cuts), spans)


def _sample_article() -> Article:
    lead = _text("Một câu. Câu hai.", (0, 8), (9, 17))
    return Article(
        title="Tiêu đề",
        lang="vi",
        date=dt.date(2023, 12, 5),
        author="Hương Dịu",
        source="nguồn",
        tags=("a", "b"),
        lead=lead,
        blocks=(
            Heading(2, _text("Mục", (0, 3))),
            Paragraph(
                _text(
                    "Xem trang web. Hết.",
                    (0, 14),
                    (15, 19),
                    spans=(Span(5, 13, "link", "https://example.org"), Span(15, 18, "em")),
                )
            ),
            Quote(_text("Trích dẫn.", (0, 10))),
            ListBlock(True, (_text("một", (0, 3)), _text("hai", (0, 3)))),
            Figure("images/a.png", "mô tả", _text("Chú thích.", (0, 10))),
            Figure(None, "ảnh", None, "missing: 'x.png' was not found"),
        ),
        path="/tmp/a.md",
        warnings=("w1",),
    )


# --- Text validation ---------------------------------------------------------------------


def test_text_accepts_ordered_sentences_and_spans_inside() -> None:
    t = _text("Ab. Cd.", (0, 3), (4, 7), spans=(Span(0, 7, "strong"), Span(7, 7, "em")))
    assert t.sentence_texts() == ["Ab.", "Cd."]


def test_text_with_no_sentences_is_valid() -> None:
    assert Text("").sentence_texts() == []
    assert Text("   ").to_dict() == {"text": "   ", "sentences": []}


@pytest.mark.parametrize(
    "cuts",
    [
        [(0, 8)],  # past the end (len 7)
        [(-1, 3)],  # negative start
        [(3, 3)],  # empty sentence
        [(4, 2)],  # reversed
        [(4, 7), (0, 3)],  # out of order
        [(0, 4), (3, 7)],  # overlapping
        [(7, 8)],  # starts at the end
    ],
)
def test_text_rejects_bad_sentences(cuts: list[tuple[int, int]]) -> None:
    with pytest.raises(ValueError, match="sentence"):
        _text("Ab. Cd.", *cuts)


@pytest.mark.parametrize("start,end", [(-1, 2), (0, 8), (5, 4), (8, 8)])
def test_text_rejects_spans_outside(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="span"):
        Text("Ab. Cd.", (), (Span(start, end, "em"),))


def test_sentence_of_slices_its_text() -> None:
    assert Sentence(4, 7).of("Ab. Cd.") == "Cd."


def test_model_is_immutable() -> None:
    t = _text("Ab.", (0, 3))
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.text = "x"  # type: ignore[misc]
    a = _sample_article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.title = "x"  # type: ignore[misc]


# --- to_dict / JSON ----------------------------------------------------------------------


def test_text_to_dict_shape() -> None:
    d = _text(
        "Xem trang web. Hết.",
        (0, 14),
        (15, 19),
        spans=(Span(5, 13, "link", "https://example.org"), Span(15, 18, "em")),
    ).to_dict()
    assert d == {
        "text": "Xem trang web. Hết.",
        "sentences": [
            {"start": 0, "end": 14, "text": "Xem trang web."},
            {"start": 15, "end": 19, "text": "Hết."},
        ],
        "spans": [
            {"start": 5, "end": 13, "kind": "link", "href": "https://example.org"},
            {"start": 15, "end": 18, "kind": "em"},
        ],
    }


def test_text_without_spans_has_no_spans_key() -> None:
    assert "spans" not in _text("a", (0, 1)).to_dict()


def test_block_dicts() -> None:
    a = _sample_article()
    heading, para, quote, lst, fig, missing = (b.to_dict() for b in a.blocks)
    assert heading == {
        "type": "heading",
        "level": 2,
        "text": "Mục",
        "sentences": [{"start": 0, "end": 3, "text": "Mục"}],
    }
    assert para["type"] == "paragraph" and para["text"] == "Xem trang web. Hết."
    assert quote == {
        "type": "quote",
        "text": "Trích dẫn.",
        "sentences": [{"start": 0, "end": 10, "text": "Trích dẫn."}],
    }
    assert lst["type"] == "list" and lst["ordered"] is True
    assert lst["text"] == "một\nhai"
    assert [i["text"] for i in lst["items"]] == ["một", "hai"]
    assert fig == {
        "type": "figure",
        "image": "images/a.png",
        "alt": "mô tả",
        "caption": "Chú thích.",
        "sentences": [{"start": 0, "end": 10, "text": "Chú thích."}],
    }
    assert "problem" not in fig
    assert missing["caption"] is None and missing["sentences"] == []
    assert missing["problem"].startswith("missing")


def test_block_texts() -> None:
    a = _sample_article()
    assert [len(b.texts()) for b in a.blocks] == [1, 1, 1, 2, 1, 0]


def test_article_json_round_trip() -> None:
    a = _sample_article()
    raw = a.to_json()
    assert "Hương Dịu" in raw  # not \u-escaped: readable output
    data = json.loads(raw)
    assert data == a.to_dict()
    assert data["title"] == "Tiêu đề"
    assert data["date"] == "2023-12-05"
    assert data["lang"] == "vi"
    assert data["author"] == "Hương Dịu"
    assert data["tags"] == ["a", "b"]
    assert data["lead"]["text"] == "Một câu. Câu hai."
    assert [s["text"] for s in data["lead"]["sentences"]] == ["Một câu.", "Câu hai."]
    assert [b["type"] for b in data["blocks"]] == [
        "heading",
        "paragraph",
        "quote",
        "list",
        "figure",
        "figure",
    ]
    assert data["path"] == "/tmp/a.md"
    assert data["warnings"] == ["w1"]
    assert json.loads(a.to_json(indent=None)) == data


def test_article_without_optional_fields() -> None:
    data = json.loads(Article(title="T").to_json())
    assert data["date"] is None
    assert data["lead"] is None
    assert data["author"] is None
    assert data["blocks"] == []
    assert data["lang"] == "vi"


def test_sentence_count() -> None:
    a = _sample_article()
    # lead 2 + heading 1 + paragraph 2 + quote 1 + list 2 + figure caption 1 + missing 0
    assert a.sentence_count() == 9
    assert Article(title="T").sentence_count() == 0


def test_show_json_contract_on_real_article() -> None:
    """The shape other parts (and scripts) rely on, checked on the bundled article."""
    data = json.loads(load_article(SEED_ARTICLE).to_json())
    assert {"title", "date", "lang", "author", "lead", "blocks"} <= set(data)
    assert data["date"] == "2023-12-05"
    assert isinstance(data["lead"]["text"], str)
    types = {b["type"] for b in data["blocks"]}
    assert types == {"figure", "heading", "paragraph"}
    for b in data["blocks"]:
        assert "sentences" in b
        if b["type"] == "figure":
            assert {"image", "caption", "alt"} <= set(b)
            source = b["caption"]
        else:
            source = b["text"]
        assert b["sentences"], b
        for s in b["sentences"]:
            assert set(s) == {"start", "end", "text"}
            assert source[s["start"] : s["end"]] == s["text"]
