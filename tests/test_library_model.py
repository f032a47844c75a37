"""Library rows as a screen reader gets them: a name, and a description in the UI language.

In process, through QAccessible (the same QAccessibleTableCell that AT-SPI forwards: its
Description is the model's Qt.AccessibleDescriptionRole); tests/test_atspi.py reads it over AT-SPI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QListView

from reader.formats.errors import ArticleError
from reader.library.entry import LibraryEntry
from reader.ui.library_model import LibraryModel, ProblemRole

ENTRIES = [
    LibraryEntry(Path("/lib/a.md"), "Tin Bắc Kạn", dt.date(2023, 12, 5), "vi"),
    LibraryEntry(Path("/lib/b.md"), "Reading room", dt.date(2024, 3, 14), "en-GB"),
    LibraryEntry(Path("/lib/c.md"), "Sans date", None, "fr"),
    LibraryEntry(Path("/lib/d.md"), "No language", dt.date(2024, 1, 2)),
    LibraryEntry(Path("/lib/empty.md"), "empty", None, None, ArticleError("empty", "empty")),
    LibraryEntry(Path("/lib/late.md"), "Opens badly", dt.date(2024, 1, 3), "vi"),
]


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


def cells(qtbot) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    view = QListView()
    qtbot.addWidget(view)
    model = LibraryModel(view)
    model.set_entries(ENTRIES)
    model.mark_failed(Path("/lib/late.md"), "The article body is broken")
    view.setModel(model)
    view.show()
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None and iface.childCount() == len(ENTRIES)
    out = []
    for i in range(iface.childCount()):
        cell = iface.child(i)
        assert cell.role() == QAccessible.Role.ListItem
        out.append((cell.text(QAccessible.Text.Name), cell.text(QAccessible.Text.Description)))
    return out


def test_every_row_has_a_name_and_a_different_description(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    rows = cells(qtbot)
    for name, description in rows:
        assert name and description and description != name, (name, description)
    assert rows[:4] == [
        ("Tin Bắc Kạn, 05/12/2023", "Article in Vietnamese. Dated 5 December 2023."),
        ("Reading room, 14/03/2024", "Article in English. Dated 14 March 2024."),
        ("Sans date", "Article in another language (fr). No date."),
        ("No language, 02/01/2024", "Article. Dated 2 January 2024."),
    ]


def test_a_file_that_cannot_be_opened_says_why_once(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    rows = cells(qtbot)
    assert rows[4] == ("empty, cannot be opened", "The file is empty. File: empty.md")
    # Marked after listing (mark_failed): the reason gets a full stop, and is not in the name.
    assert rows[5] == (
        "Opens badly, 03/01/2024, cannot be opened",
        "The article body is broken. File: late.md",
    )


def test_dates_in_descriptions_follow_the_ui_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("vi"))
    try:
        rows = cells(qtbot)
    finally:
        QLocale.setDefault(before)
    assert rows[0][1].endswith("05/12/2023.")  # no English month names in a Vietnamese UI
    assert "December" not in rows[0][1]


def test_an_article_opened_with_images_not_shown_is_marked(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """README: missing or refused images are marked ⚠ with the reason (once opened)."""
    view = QListView()
    qtbot.addWidget(view)
    model = LibraryModel(view)
    model.set_entries(ENTRIES)
    uri = "data:image/png;base64," + "A" * 1_000_000
    details = ["image 'images/map.png': missing: 'images/map.png' was not found", uri]
    model.mark_images(Path("/lib/a.md"), details)
    index = model.index(0)
    assert model.data(index) == "⚠ Tin Bắc Kạn\n05/12/2023 · Images that cannot be shown: 2"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == (
        "Tin Bắc Kạn, 05/12/2023, some images cannot be shown"
    )
    assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole).endswith(
        "Images that cannot be shown: 2."
    )
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "images/map.png' was not found" in tip and len(tip) < 1000
    assert model.data(index, ProblemRole) is None  # it still opens
    model.set_entries(ENTRIES)  # listed again: the mark stays
    assert model.data(model.index(0)).startswith("⚠ ")
    model.mark_images(Path("/lib/a.md"), [])  # opened again with the images put right
    assert model.data(model.index(0)) == "Tin Bắc Kạn\n05/12/2023"
