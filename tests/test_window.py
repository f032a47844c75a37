"""The real reader window, offscreen: articles, text size, persistence, shortcuts, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QImage, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolBar

from reader.formats.markdown_article import load_article
from reader.model import Figure
from reader.settings import SCALE_STEPS, keys
from tests.conftest import CHART_ARTICLE, ENGLISH_ARTICLE, SEED_ARTICLE


def wait_article(qtbot, window, path: Path | None = None):  # type: ignore[no-untyped-def]
    """Wait until the view shows ``path`` (or any article)."""

    def shown() -> None:
        assert window.view.article is not None
        if path is not None:
            assert window.view.article.path == str(path)

    qtbot.waitUntil(shown, timeout=10000)
    return window.view.article


def image_widths(window) -> list[float]:  # type: ignore[no-untyped-def]
    widths = []
    block = window.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    return widths


def plain(window) -> str:  # type: ignore[no-untyped-def]
    return window.view.document().toPlainText()


def test_opens_article_with_title_in_window_title(qtbot, open_window, library) -> None:
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    article = wait_article(qtbot, window, path)
    assert window.windowTitle() == f"{article.title} — Bulletin Reader"
    text = plain(window)
    assert "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14" in text
    assert "Hương Dịu" in text
    assert "Dự kiến 20/29 chỉ tiêu đạt và vượt kế hoạch" in text
    assert "PublishingPortal" not in text


def test_library_lists_newest_first(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    entries = window.library.entries()
    assert len(entries) == 3
    dates = [e.date for e in entries]
    assert dates == sorted(dates, reverse=True)
    first = window.library.index(0).data()
    assert entries[0].title in first and "14/03/2024" in first


@pytest.mark.parametrize("name", ["seed", "chart", "english"])
def test_every_sentence_maps_to_its_words_in_the_view(qtbot, open_window, library, name) -> None:
    """Speech will highlight by these positions: they must land on the sentence's words."""
    source = {"seed": SEED_ARTICLE, "chart": CHART_ARTICLE, "english": ENGLISH_ARTICLE}[name]
    path = library / source.relative_to(source.parents[0 if name != "chart" else 1])
    _, window = open_window(library, path)
    article = wait_article(qtbot, window, path)
    texts = model_texts(article)
    assert set(window.view.text_positions()) == {key for key, _ in texts}
    assert_sentences_land_on_their_words(window, texts)
    assert article.sentence_count() > 10


def model_texts(article):  # type: ignore[no-untyped-def]
    texts = [((-1, 0), article.lead)] if article.lead else []
    return texts + [
        ((i, j), t) for i, b in enumerate(article.blocks) for j, t in enumerate(b.texts())
    ]


def assert_sentences_land_on_their_words(window, texts) -> None:  # type: ignore[no-untyped-def]
    doc = window.view.document()
    for key, text in texts:
        for index, sentence in enumerate(text.sentences):
            start, end = window.view.sentence_range(key, text, index)
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            assert cursor.selectedText() == sentence.of(text.text).replace("\n", "\u2028")


def test_sentence_ranges_survive_emoji_and_a_title_repeated_as_lead(
    qtbot, open_window, tmp_path
) -> None:
    """Qt counts UTF-16 units; and the title block must never be taken for the lead."""
    folder = tmp_path / "odd"
    folder.mkdir()
    path = folder / "a.md"
    path.write_text(
        "---\ntitle: Tin 😀 mới\nlead: Tin 😀 mới\ndate: 2024-05-01\n---\n\n# Tin 😀 mới\n\n"
        "Ảnh 𝔘 đẹp 😀 quá. Câu thứ hai 👍 ở đây. Câu ba.\n\n- một 😀. Hai.\n- \n",
        encoding="utf-8",
    )
    _, window = open_window(folder, path)
    article = wait_article(qtbot, window, path)
    title_and_date = window.view.document().begin().next()
    assert window.view.text_positions()[(-1, 0)] > title_and_date.position()
    assert_sentences_land_on_their_words(window, model_texts(article))


def test_figures_show_image_and_caption_as_text(qtbot, open_window, library) -> None:
    path = library / CHART_ARTICLE.relative_to(CHART_ARTICLE.parents[1])
    _, window = open_window(library, path)
    article = wait_article(qtbot, window, path)
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    text = plain(window)
    doc = window.view.document()
    shown_images = 0
    for fig in figures:
        assert fig.caption is not None and fig.caption.text in text
        if fig.problem is None:
            image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(fig.image))
            assert isinstance(image, QImage) and not image.isNull()
            shown_images += 1
    assert shown_images == 2
    # Images fill the column (they were once built for the tiny pre-show viewport).
    qtbot.waitUntil(lambda: min(image_widths(window)) > window.view.viewport().width() * 0.6)
    assert max(image_widths(window)) <= window.view.viewport().width()
    # The missing map: a framed placeholder that says the problem in plain words of the
    # article's language (this English interface shows a Vietnamese article), never a broken
    # image and never the file's path (that is in the problem list).
    assert "Không hiển thị được ảnh: bản lưu này thiếu tệp ảnh" in text
    assert "ban-do-tinh.png" not in text and "Image" not in text
    # ... and the library marks the article ⚠, the details in the row's tooltip.
    index = window.library.index(window.library.row_of(path))
    assert window.library.data(index).startswith("⚠ ")
    assert "ban-do-tinh.png" in window.library.data(index, Qt.ItemDataRole.ToolTipRole)
    # Placeholders for the seed's unavailable photos.
    window.library_controller.open_article(library / SEED_ARTICLE.name)
    wait_article(qtbot, window, library / SEED_ARTICLE.name)
    assert plain(window).count("Ảnh không có trong bản lưu này") == 3


def test_each_font_step_grows_text_and_reflows_without_horizontal_scroll(
    qtbot, open_window, library
) -> None:
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path, size=(1024, 768))
    wait_article(qtbot, window, path)
    window.settings.set(keys.SCALE, SCALE_STEPS[0])
    view = window.view
    last_size = 0.0
    last_height = 0.0
    for step in SCALE_STEPS:
        window.settings.set(keys.SCALE, step)
        QApplication.processEvents()
        assert window.scale_label.text() == f"{step}%"
        size = view.document().defaultFont().pointSizeF()
        height = view.document().size().height()
        assert size > last_size
        assert height > last_height, f"no reflow at {step}%"
        assert view.horizontalScrollBar().maximum() == 0
        assert view.document().size().width() <= view.viewport().width() + 1
        last_size, last_height = size, height
    assert not window.act_zoom_in.isEnabled()


def test_images_scale_to_width_at_400_percent(qtbot, open_window, library) -> None:
    path = library / CHART_ARTICLE.relative_to(CHART_ARTICLE.parents[1])
    _, window = open_window(library, path, size=(640, 700))
    wait_article(qtbot, window, path)
    window.settings.set(keys.SCALE, 400)
    qtbot.wait(300)
    view = window.view
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().size().width() <= view.viewport().width() + 1


def test_scale_persists_across_restart(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.appearance.zoom_in()
    window.appearance.zoom_in()
    assert window.appearance.scale == 125
    window.close()
    _, again = open_window(library)
    wait_article(qtbot, again)
    assert again.appearance.scale == 125
    assert again.scale_label.text() == "125%"
    assert again.view.document().defaultFont().pointSizeF() == pytest.approx(13.0 * 1.25)


def test_last_article_reopens(qtbot, open_window, library) -> None:
    english = library / ENGLISH_ARTICLE.name
    seed = library / SEED_ARTICLE.name
    _, window = open_window(library, seed)
    wait_article(qtbot, window, seed)
    window.list_view.setCurrentIndex(window.library.index(window.library.row_of(english)))
    wait_article(qtbot, window, english)
    window.close()
    _, again = open_window(library)
    wait_article(qtbot, again, english)


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier, 110),
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier, 110),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier, 90),
    ],
)
def test_shortcuts_change_text_size(qtbot, open_window, library, key, modifier, expected) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)
    assert window.appearance.scale == expected
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.scale == 100


def test_ctrl_wheel_changes_text_size(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)

    def wheel(delta: int) -> None:
        event = QWheelEvent(
            QPointF(50, 50), QPointF(window.view.mapToGlobal(QPoint(50, 50))), QPoint(0, 0),
            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(window.view.viewport(), event)

    wheel(120)
    assert window.appearance.scale == 110
    wheel(-120)
    wheel(-120)
    assert window.appearance.scale == 90


def test_f6_moves_between_library_and_article(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_F6)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F6)
    play = window.findChild(QToolBar, "speechToolbar").widgetForAction(window.act_speak)
    assert play.hasFocus(), "F6 reaches the speech bar"
    qtbot.keyClick(play, Qt.Key.Key_F6)
    assert window.list_view.hasFocus()


def test_article_view_is_keyboard_friendly(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    view = window.view
    assert view.tabChangesFocus(), "Tab must leave the article (no keyboard trap)"
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_controls_have_accessible_names_and_descriptions(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    toolbar = window.findChild(QToolBar, "textSizeToolbar")
    widgets = [window.view, window.list_view, window.scale_label, window.statusBar(), toolbar]
    for action in (window.act_zoom_out, window.act_zoom_in, window.act_zoom_reset):
        widgets.append(toolbar.widgetForAction(action))
    for widget in widgets:
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface is not None
        assert iface.text(QAccessible.Text.Name), widget.objectName()
        assert iface.text(QAccessible.Text.Description), widget.objectName()
    assert (
        QAccessible.queryAccessibleInterface(window.view).text(QAccessible.Text.Name) == "Article"
    )
    assert window.scale_label.accessibleName() == "Text size: 100%"


def test_vietnamese_interface(qtbot, open_window, library) -> None:
    _, window = open_window(library, lang="vi")
    wait_article(qtbot, window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Xem", "Đọc t&o", "&Dấu trang", "Trợ &giúp"]
    assert window.view.accessibleName() == "Bài viết"
    assert window.act_zoom_in.statusTip() == "Chữ to hơn"


# --- bad input ------------------------------------------------------------------------------


@pytest.fixture
def messy_library(tmp_path: Path) -> Path:
    root = tmp_path / "messy"
    root.mkdir()
    (root / "good.md").write_text(
        "---\ntitle: Bài tốt\ndate: 2024-01-02\n---\n\nMột đoạn văn.\n", encoding="utf-8"
    )
    (root / "broken-front-matter.md").write_text("---\ntitle: [unclosed\n---\nText\n")
    (root / "latin1.md").write_bytes(
        "---\ntitle: Caf\xe9\n---\nTi\xeang Vi\xea\xf2t\n".encode("latin-1")
    )
    (root / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (root / "empty.md").write_bytes(b"")
    with open(root / "huge.md", "wb") as f:
        f.write(b"# Huge\n\n")
        f.write(b"Lorem ipsum dolor sit amet. " * (20 * 1024 * 1024 // 28))
    (root / "hostile.md").write_text(
        "---\ntitle: Hostile\ndate: 2024-01-01\n---\n\n"
        "<script>alert(1)</script>\n\n![x](/etc/passwd)\n*c1*\n\n![y](../outside.png)\n*c2*\n\n"
        "<img src='file:///etc/hostname'> [remote](https://example.org)\n",
        encoding="utf-8",
    )
    return root


def test_bad_files_are_marked_and_others_keep_working(qtbot, open_window, messy_library) -> None:
    _, window = open_window(messy_library)
    entries = {e.path.name: e for e in window.library.entries()}
    assert set(entries) == {
        "good.md", "broken-front-matter.md", "latin1.md", "binary.md", "empty.md", "huge.md",
        "hostile.md",
    }  # fmt: skip
    expected = {
        "broken-front-matter.md": "front matter",
        "latin1.md": "UTF-8",
        "binary.md": "not a text file",
        "empty.md": "empty",
        "huge.md": "too large",
    }
    for name, words in expected.items():
        row = window.library.row_of(entries[name].path)
        shown = window.library.index(row).data()
        assert shown.startswith("⚠"), name
        assert words in shown, (name, shown)
        window.list_view.setCurrentIndex(window.library.index(row))
        qtbot.waitUntil(lambda w=words: w in plain(window), timeout=5000)
        assert "This article cannot be shown" in plain(window)
    good = entries["good.md"].path
    window.list_view.setCurrentIndex(window.library.index(window.library.row_of(good)))
    wait_article(qtbot, window, good)
    assert "Một đoạn văn." in plain(window)


def test_hostile_content_is_text_and_loads_nothing(qtbot, open_window, messy_library) -> None:
    path = messy_library / "hostile.md"
    _, window = open_window(messy_library, path)
    wait_article(qtbot, window, path)
    text = plain(window)
    assert "<script>alert(1)</script>" in text  # shown as text, not run or hidden
    assert window.view.article is not None
    assert all(
        b.problem and b.problem.startswith("refused")
        for b in window.view.article.blocks
        if isinstance(b, Figure)
    )
    html = window.view.toHtml()
    assert "/etc/passwd" not in html.split("<body")[1].split("[")[0] or "<img" not in html
    for url in (
        "file:///etc/hostname",
        "/etc/hostname",
        "../outside.png",
        "https://example.org/a.png",
    ):
        result = window.view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert isinstance(result, QImage) and result.isNull(), url


def answer_link_question(qtbot, how, asked: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Once the question is up, answer it: a key pressed in it, or a button clicked."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        if isinstance(how, QMessageBox.StandardButton):
            box.button(how).click()
        else:
            for key in how if isinstance(how, tuple) else (how,):
                focus = box.focusWidget() or box
                asked.append(focus.text() if isinstance(focus, QPushButton) else "")
                qtbot.keyClick(focus, key)
        if box.isVisible():  # the key left it open: close it, or the test waits forever
            QTimer.singleShot(0, box.reject)

    QTimer.singleShot(0, answer)


def test_external_link_asks_before_opening(qtbot, open_window, library, monkeypatch) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    opened: list[str] = []
    monkeypatch.setattr(
        "reader.ui.controllers.links.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    asked: list[str] = []
    # A stray Enter (the default answer) and Escape never open a browser; only Yes does.
    for how in (
        Qt.Key.Key_Return,
        Qt.Key.Key_Escape,
        (Qt.Key.Key_Tab, Qt.Key.Key_Escape),  # Tab moves to Yes; Escape still says No
        QMessageBox.StandardButton.No,
    ):
        asked.clear()
        answer_link_question(qtbot, how, asked)
        window.view.link_activated.emit(QUrl("https://www.w3.org/WAI/"))
        assert opened == [], how
        assert "https://www.w3.org/WAI/" in asked[0]
        if not isinstance(how, QMessageBox.StandardButton):
            assert asked[1] == "&No", "the question starts on No"
        if isinstance(how, tuple):
            assert asked[2] == "&Yes", "Tab moves to Yes"
    answer_link_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    window.view.link_activated.emit(QUrl("https://www.w3.org/WAI/"))
    assert opened == ["https://www.w3.org/WAI/"]
    asked.clear()
    window.view.link_activated.emit(QUrl("file:///etc/passwd"))
    window.view.link_activated.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://www.w3.org/WAI/"] and asked == []


def test_stale_loads_never_replace_a_newer_choice(qtbot, open_window, library) -> None:
    seed = library / SEED_ARTICLE.name
    english = library / ENGLISH_ARTICLE.name
    _, window = open_window(library, seed)
    wait_article(qtbot, window, seed)
    for _ in range(5):
        window.library_controller.open_article(seed)
        window.library_controller.open_article(english)
    window.loader.wait(5000)
    qtbot.wait(100)
    wait_article(qtbot, window, english)
    assert load_article(english).title in window.windowTitle()


def test_switching_articles_frees_old_documents(qtbot, open_window, library) -> None:
    """A kiosk switches articles all day: each switch once leaked a document and its images."""
    from PySide6.QtGui import QTextDocument

    _, window = open_window(library)
    wait_article(qtbot, window)
    paths = [e.path for e in window.library.entries()]
    for i in range(12):
        path = paths[i % len(paths)]
        window.library_controller.open_article(path)
        wait_article(qtbot, window, path)
    qtbot.wait(50)  # deleteLater runs
    assert len(window.view.findChildren(QTextDocument)) <= 2


def test_tab_visits_every_control_and_comes_back_round(qtbot, open_window, library) -> None:
    """Issue 9 §5: from start-up, Tab reaches each toolbar button, in order, then wraps."""
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    speech_bar = window.findChild(QToolBar, "speechToolbar")
    size_bar = window.findChild(QToolBar, "textSizeToolbar")
    buttons = [
        speech_bar.widgetForAction(a)
        for a in (window.act_speak_prev, window.act_speak, window.act_speak_stop,
                  window.act_speak_next)
    ] + [
        size_bar.widgetForAction(a)
        for a in (window.act_zoom_out, window.act_zoom_in, window.act_zoom_reset)
    ]  # fmt: skip
    bar = window.library_pane.search_bar  # the search row, above the list
    expected = [bar.field, bar.date_from, bar.date_to, bar.sort, window.list_view, window.view]
    expected += buttons
    start = QApplication.focusWidget()
    visited = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is start and visited:
            break
        if not visited or focus is not visited[-1]:  # the article's links are stops in it
            visited.append(focus)
    names = [w.objectName() for w in visited]
    assert start in expected
    at = expected.index(start)
    assert visited == expected[at + 1 :] + expected[:at], names
    # Shift+Tab goes back the same way.
    qtbot.keyClick(window.list_view, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is bar.sort
    bar.field.setFocus()
    qtbot.keyClick(bar.field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is buttons[-1]
    # Each one shows the focus ring (the style sheet's 3 px border) and says what it does.
    for button in buttons:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        assert button.hasFocus() and button.accessibleName(), button.objectName()
        iface = QAccessible.queryAccessibleInterface(button)
        assert iface.role() == QAccessible.Role.Button
        assert iface.state().focusable and iface.state().focused


def test_arrow_keys_move_inside_a_toolbar(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    wait_article(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    bar = window.findChild(QToolBar, "speechToolbar")
    prev, play, stop, next_ = (
        bar.widgetForAction(a)
        for a in (window.act_speak_prev, window.act_speak, window.act_speak_stop,
                  window.act_speak_next)
    )  # fmt: skip
    play.setFocus(Qt.FocusReason.TabFocusReason)
    for key, expected in (
        (Qt.Key.Key_Right, stop),
        (Qt.Key.Key_Right, next_),
        (Qt.Key.Key_Right, next_),  # the end of the bar: it stays
        (Qt.Key.Key_Home, prev),
        (Qt.Key.Key_Left, prev),
        (Qt.Key.Key_End, next_),
        (Qt.Key.Key_Left, stop),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is expected, (key, QApplication.focusWidget())
    size_bar = window.findChild(QToolBar, "textSizeToolbar")
    smaller = size_bar.widgetForAction(window.act_zoom_out)
    smaller.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(smaller, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is size_bar.widgetForAction(window.act_zoom_in)


def test_ctrl_r_reads_the_open_article_again(qtbot, open_window, library) -> None:
    """Ctrl+R lists the library and re-reads the open article (it only listed, since
    triggered(checked=False) landed in reload_library's reopen)."""
    path = library / SEED_ARTICLE.name
    _, window = open_window(library, path)
    wait_article(qtbot, window, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Hương Dịu", "Người Viết Mới"), encoding="utf-8")
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    with qtbot.waitSignal(window.library_loaded, timeout=10000):
        qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Người Viết Mới" in plain(window), timeout=10000)


def test_tab_visits_the_links_on_screen_and_never_scrolls(qtbot, open_window, tmp_path) -> None:
    """Tab from the article leaves it once the links in sight are done: a link three
    screens down carried the reader away from their place."""
    lib = tmp_path / "links"
    lib.mkdir()
    filler = "\n\n".join(f"Đoạn văn số {i} của bài viết dài." for i in range(120))
    (lib / "a.md").write_text(
        "---\ntitle: Liên kết\n---\n\nMở đầu với [liên kết gần](https://example.org/near).\n\n"
        f"{filler}\n\nCuối bài có [liên kết xa](https://example.org/far).\n",
        encoding="utf-8",
    )
    _, window = open_window(lib, lib / "a.md")
    wait_article(qtbot, window, lib / "a.md")
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.hasFocus()
    assert window.view.textCursor().selectedText() == "liên kết gần"
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert not window.view.hasFocus()  # on to the speech bar, not to the far link
    assert bar.value() == 0
    assert window.view.textCursor().selectedText() == "liên kết gần"
