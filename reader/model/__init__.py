"""The article model: plain data that every reader part (view, speech, index) shares."""

from reader.model.article import (
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
    article_from_dict,
)

__all__ = [
    "Article",
    "Block",
    "Figure",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Quote",
    "Sentence",
    "Span",
    "Text",
    "article_from_dict",
]
