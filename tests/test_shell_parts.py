"""The window is built from parts another shell (the kiosk) can reuse: the actions table is
whole and consistent, and the controllers work in a layout that is not MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from reader.settings import keys
from reader.speech.fake import FakeBackend
from reader.ui import actions
from reader.ui.article_view import ArticleView
from reader.ui.controllers.appearance import AppearanceController
from reader.ui.controllers.library import LibraryController
from reader.ui.controllers.speech_view import SpeechView
from reader.ui.speech_controller import SpeechController
from tests.conftest import SEED_ARTICLE


def test_the_actions_table_is_whole() -> None:
    ids = [spec.id for spec in actions.ACTIONS]
    assert len(ids) == len(set(ids))
    names = [spec.name for spec in actions.ACTIONS]
    assert len(names) == len(set(names))
    menus = {menu.id for menu in actions.MENUS}
    in_menus = [
        item for menu in actions.MENUS for item in menu.items if item not in {"-", "themes"}
    ]
    for item in in_menus:
        assert item in ids or item.removeprefix("menu:") in menus, item
    # Every command is reachable from a menu, once (the menus are the full list).
    assert sorted(i for i in in_menus if not i.startswith("menu:")) == sorted(ids)
    for bar in actions.TOOLBARS:
        for item in bar.items:
            assert item in ids or item.startswith("widget:"), item


def test_every_command_runs_something_on_the_window(qtbot, open_window, library) -> None:
    _, window = open_window(library)
    for spec in actions.ACTIONS:
        assert callable(actions.resolve(window, spec.command)), spec.command
        assert getattr(window, f"act_{spec.id}").objectName() == spec.name


def test_controllers_work_in_another_layout(qtbot, config_dir: Path, library: Path) -> None:
    """A bare shell: one article view, no list, no menus, no MainWindow."""
    from reader.app import AppContext

    ctx = AppContext("en", config_dir)
    shell = QWidget()
    qtbot.addWidget(shell)
    view = ArticleView(ctx.loader, shell)
    QVBoxLayout(shell).addWidget(view)
    books = LibraryController(ctx.settings, ctx.loader, view, library, shell)
    looks = AppearanceController(ctx.settings, view, None, None, shell)
    backends: list[FakeBackend] = []

    def factory(listener):  # type: ignore[no-untyped-def]
        backends.append(FakeBackend(listener))
        return backends[-1]

    speech = SpeechController(factory, shell)
    SpeechView(speech, view, ctx.settings, shell)
    speech.use_settings(ctx.settings)
    shown = []
    books.article_loaded.connect(lambda loaded: (view.show_article(loaded), shown.append(loaded)))
    looks.apply_all()
    path = library / SEED_ARTICLE.name
    books.start(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert view.article is not None and view.article.path == str(path)

    before = view.document().defaultFont().pointSizeF()
    looks.zoom_in()
    assert ctx.settings.get(keys.SCALE) == 110
    assert view.document().defaultFont().pointSizeF() > before

    speech.open(view.article, str(path))
    assert not view.extraSelections()
    speech.play()
    for _ in range(20):
        if backends:
            backends[0].step()
        QApplication.processEvents()
    assert backends and backends[0].calls  # a sentence went to the engine
    assert view.extraSelections()  # and is marked in the view
    speech.close()
