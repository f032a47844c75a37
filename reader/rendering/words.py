"""Words the reader adds inside an article, in the ARTICLE's language, not the interface's.

The date line, "By ...", a missing photo's notice and an image's description are part of the
article as it is read: shown on the page, said by speech in the article's voice, read by a
screen reader as article text. So a Vietnamese article says "Tác giả:" in the English
interface too. One table, used by rendering and by the speech script; no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Why an image is not shown, in plain words; the technical reason (with the path) goes to the
# problem list. Keys: the prefix of a figure's problem (see ``image_problem_kind``).
IMAGE_PROBLEM_KINDS = ("missing", "outside", "unsupported", "unreadable", "too large")


@dataclass(frozen=True)
class ArticleWords:
    by: str  # "{author}" is replaced
    figure: str  # said before a figure's caption or description
    photo_not_available: str  # the source had a photo that this copy does not hold
    image_description: str  # "{alt}" is replaced
    image_not_shown: dict[str, str] = field(default_factory=dict)  # by IMAGE_PROBLEM_KINDS

    def author_prefix(self) -> str:
        """What is said before the author's name ("By ", "Tác giả: ")."""
        return self.by.split("{author}", 1)[0]


WORDS = {
    "vi": ArticleWords(
        by="Tác giả: {author}",
        figure="Ảnh: ",
        photo_not_available="Ảnh không có trong bản lưu này",
        image_description="Mô tả ảnh: {alt}",
        image_not_shown={
            "missing": "Không hiển thị được ảnh: bản lưu này thiếu tệp ảnh",
            "outside": "Không hiển thị được ảnh: chỉ hiển thị ảnh nằm trong thư mục của bài",
            "unsupported": "Không hiển thị được ảnh: không hỗ trợ loại ảnh này",
            "unreadable": "Không hiển thị được ảnh: tệp ảnh bị hỏng hoặc không đọc được",
            "too large": "Không hiển thị được ảnh: tệp ảnh quá lớn",
        },
    ),
    "en": ArticleWords(
        by="By {author}",
        figure="Image: ",
        photo_not_available="Photo not available in this copy",
        image_description="Image description: {alt}",
        image_not_shown={
            "missing": "Image not shown: its file is missing from this copy",
            "outside": "Image not shown: only pictures in the article's own folder are shown",
            "unsupported": "Image not shown: this kind of picture cannot be shown",
            "unreadable": "Image not shown: its file is damaged or cannot be read",
            "too large": "Image not shown: its file is too large",
        },
    ),
}


def language_code(lang: str | None) -> str:
    """ "vi-VN", "vi_VN", "VI" -> "vi"."""
    return (lang or "").replace("_", "-").split("-", 1)[0].strip().lower()


def article_words(lang: str | None) -> ArticleWords:
    """The words for an article in ``lang``; English for a language the table lacks."""
    return WORDS.get(language_code(lang), WORDS["en"])


def format_date(date: dt.date, lang: str) -> str:
    """Dates as readers of that language write them (Ngày 05/12/2023; 5 December 2023)."""
    if lang.lower().startswith("vi"):
        return f"Ngày {date.day:02d}/{date.month:02d}/{date.year}"
    return f"{date.day} {_EN_MONTHS[date.month - 1]} {date.year}"


def image_problem_kind(problem: str | None) -> str:
    """The kind of a figure's problem, from its prefix ("missing: 'x.png' was not found")."""
    text = (problem or "").lower()
    if text.startswith(("missing", "no image")):
        return "missing"
    if text.startswith("refused"):
        return "outside"
    for kind in ("unsupported", "too large"):
        if text.startswith(kind):
            return kind
    return "unreadable"
