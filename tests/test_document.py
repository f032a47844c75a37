"""The article document: wrapping that stays linear for overlong words, text kept whole."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QTextBrowser

from reader.model import Article, Figure, Paragraph
from reader.model.article import Text
from reader.rendering.html import OVERLONG_WORD, RenderOptions, has_overlong_word
from reader.ui.document import build_document, show_document

Wrap = QTextOption.WrapMode


def _article(text: str, alt: str = "") -> Article:
    blocks = (Paragraph(Text(text)), Figure(None, alt, None))
    return Article(title="T", lang="en", blocks=blocks)


def test_overlong_words_are_found_in_any_text_shown() -> None:
    long = "a" * OVERLONG_WORD
    assert not has_overlong_word(_article(("word " * 10_000) + "b" * (OVERLONG_WORD - 1)))
    assert has_overlong_word(_article(long))
    assert has_overlong_word(_article("x", alt=long))
    assert has_overlong_word(_article("x" + "\u00a0".join(["ab"] * OVERLONG_WORD)))  # no break
    assert has_overlong_word(Article(title=long))


def test_an_overlong_word_wraps_anywhere_and_its_text_stays_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's word-boundary wrapping of a 400,000-character word took 23 s (the square of
    its length); breaking anywhere is linear. The document text is the model text."""
    word = "ab" * 200_000
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setWordWrapMode(Wrap.WrapAtWordBoundaryOrAnywhere)
    normal = build_document(_article("Short words."), {}, RenderOptions(), QFont(), 24)
    overlong = build_document(_article(word), {}, RenderOptions(), QFont(), 24)
    assert normal.defaultTextOption().wrapMode() == Wrap.WrapAtWordBoundaryOrAnywhere
    assert overlong.defaultTextOption().wrapMode() == Wrap.WrapAnywhere
    assert word in overlong.toPlainText()
    show_document(view, normal)
    show_document(view, overlong)
    assert view.document() is overlong
    assert overlong.defaultTextOption().wrapMode() == Wrap.WrapAnywhere  # not the view's old one
    assert normal.defaultTextOption().wrapMode() == Wrap.WrapAtWordBoundaryOrAnywhere
    show_document(view, normal)
    assert view.wordWrapMode() == Wrap.WrapAtWordBoundaryOrAnywhere
    assert overlong.defaultTextOption().wrapMode() == Wrap.WrapAnywhere  # left as it was
