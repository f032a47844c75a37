"""Background loading: results arrive on the GUI thread, and workers never import modules."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from reader.ui.loading import LoadedArticle, Loader
from tests.conftest import ARTICLES, CHART_ARTICLE

_recording: list[str] = []
_armed = threading.Event()


def _audit(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    if (
        event == "import"
        and _armed.is_set()
        and threading.current_thread() is not threading.main_thread()
    ):
        _recording.append(str(args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def loader(qtbot) -> Loader:  # type: ignore[no-untyped-def]
    return Loader()


def test_workers_import_nothing(qtbot, loader: Loader, tmp_path: Path) -> None:
    """PySide6's import hook is not thread-safe: a worker that imports can crash the process."""
    (tmp_path / "odd.md").write_text(
        "---\ntitle: Odd\ndate: 2024-02-30\nlang: xx_bad\nextra: 1\n---\n# T\n\n"
        "&hearts; &#x1F600; <b>raw</b> `code`\n\n    pre\n\n***\n\n> q\n\n1. a\n   - b\n",
        encoding="utf-8",
    )
    paths = [*sorted(ARTICLES.rglob("*.md")), tmp_path / "odd.md", tmp_path / "missing.md"]
    _recording.clear()
    _armed.set()
    try:
        for path in paths:
            with qtbot.waitSignals(
                [loader.article_loaded], raising=False, timeout=10000
            ) as blocker:
                loader.load_article(path)
            if path.name == "missing.md":
                assert not blocker.signal_triggered
        with qtbot.waitSignal(loader.library_scanned, timeout=10000):
            loader.scan(ARTICLES)
        assert loader.wait(5000)
    finally:
        _armed.clear()
    assert _recording == [], f"modules imported on a worker thread: {_recording}"


def test_result_arrives_on_gui_thread_with_decoded_images(qtbot, loader: Loader) -> None:
    received: list[tuple[LoadedArticle, bool]] = []

    def on_loaded(request: int, loaded: LoadedArticle) -> None:
        received.append((loaded, threading.current_thread() is threading.main_thread()))

    loader.article_loaded.connect(on_loaded)
    with qtbot.waitSignal(loader.article_loaded, timeout=10000):
        loader.load_article(CHART_ARTICLE)
    loaded, on_main = received[0]
    assert on_main
    assert set(loaded.images) == {
        "images/chi-tieu-nam-2023.png",
        "images/ket-qua-so-voi-ke-hoach-2023.png",
    }
    assert all(not img.isNull() and img.width() > 500 for img in loaded.images.values())


def test_unreadable_image_is_a_problem_not_a_crash(qtbot, loader: Loader, tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "fake.png").write_bytes(b"this is not a png")
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n\n![alt](images/fake.png)\n*Cap*\n")
    with qtbot.waitSignal(loader.article_loaded, timeout=10000) as blocker:
        loader.load_article(tmp_path / "a.md")
    loaded: LoadedArticle = blocker.args[1]
    assert loaded.images == {}
    assert "images/fake.png" in loaded.image_problems


def test_cached_article_needs_no_parser_and_equals_the_parsed_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reader.formats.markdown_article import load_article
    from reader.library.model_cache import ModelCache

    first = Loader(ModelCache(tmp_path / "cache"))
    with qtbot.waitSignal(first.article_loaded, timeout=10000) as blocker:
        first.load_article(CHART_ARTICLE)
    assert first._parse is not None  # a miss parses (and fills the cache)

    second = Loader(ModelCache(tmp_path / "cache"))
    _recording.clear()
    _armed.set()
    try:
        with qtbot.waitSignal(second.article_loaded, timeout=10000) as blocker:
            second.load_article(CHART_ARTICLE)
    finally:
        _armed.clear()
    assert second._parse is None, "a cache hit must not need the Markdown parser"
    assert _recording == []
    loaded: LoadedArticle = blocker.args[1]
    assert loaded.article == load_article(CHART_ARTICLE)
    assert len(loaded.images) == 2


def test_a_cache_entry_that_goes_bad_is_parsed_on_the_gui_threads_terms(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from reader.library.model_cache import ModelCache

    cache = ModelCache(tmp_path / "cache")
    warm = Loader(cache)
    with qtbot.waitSignal(warm.article_loaded, timeout=10000):
        warm.load_article(CHART_ARTICLE)
    (entry,) = cache.directory.glob("*.json")
    entry.write_text("{broken", encoding="utf-8")  # fresh by name, damaged inside

    loader = Loader(ModelCache(tmp_path / "cache"))
    _recording.clear()
    _armed.set()
    try:
        with qtbot.waitSignal(loader.article_loaded, timeout=10000) as blocker:
            loader.load_article(CHART_ARTICLE)
    finally:
        _armed.clear()
    assert _recording == []
    assert blocker.args[1].article.title.startswith("Kinh tế")


def test_documents_are_made_on_the_gui_thread(qtbot, loader: Loader, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Workers make no QObject (see reader.ui.mailbox: a worker holding the GIL inside a
    Qt lock deadlocked against the GUI thread destroying an object)."""
    from reader.ui import document

    made_on: list[threading.Thread] = []
    real_init = document.ArticleDocument.__init__

    def recording_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made_on.append(threading.current_thread())
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(document.ArticleDocument, "__init__", recording_init)
    from reader.ui.article_view import ArticleView

    view = ArticleView(loader)
    qtbot.addWidget(view)
    with qtbot.waitSignal(loader.article_loaded, timeout=10000) as blocker:
        loader.load_article(CHART_ARTICLE, view.document_request())
    loaded: LoadedArticle = blocker.args[1]
    assert loaded.document is not None and loaded.html is None
    with qtbot.waitSignal(loader.article_loaded, timeout=10000):
        loader.render(loaded, view.document_request())
    assert made_on and all(t is threading.main_thread() for t in made_on)


def test_the_mailbox_delivers_everything_in_order_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    from reader.ui.mailbox import Mailbox

    class Receiver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.got: list[tuple[int, int]] = []
            self.threads: set[threading.Thread] = set()
            self.box = Mailbox(self.take, self)

        def take(self, item: tuple[int, int]) -> None:
            self.got.append(item)
            self.threads.add(threading.current_thread())

    receiver = Receiver()
    box = receiver.box
    senders = [
        threading.Thread(target=lambda n=n: [box.post((n, i)) for i in range(2000)])
        for n in range(6)
    ]
    for t in senders:
        t.start()
    for t in senders:
        t.join()
    qtbot.waitUntil(lambda: len(receiver.got) == 6 * 2000, timeout=10000)
    for n in range(6):
        assert [i for m, i in receiver.got if m == n] == list(range(2000))
    assert receiver.threads == {threading.main_thread()}
    got = receiver.got
    receiver = None  # the receiver goes (the mailbox holds it weakly)
    import gc

    gc.collect()
    box.post((9, 9))  # nothing happens, nothing raises
    qtbot.wait(50)
    assert len(got) == 6 * 2000


def test_the_mailbox_sockets_close_when_its_notifier_goes_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    import gc

    import shiboken6
    from PySide6.QtCore import QObject

    from reader.ui.mailbox import Mailbox

    class Owner(QObject):
        def take(self, item: object) -> None:
            pass

    owner = Owner()
    box = Mailbox(owner.take, owner)
    wake, woken = box._wake, box._woken
    notifier = box._notifier
    hold = box.post  # a worker's reference: it keeps the mailbox, not the sockets, alive
    del box
    gc.collect()
    assert wake.fileno() >= 0 and woken.fileno() >= 0  # the notifier still watches it
    shiboken6.delete(owner)  # the owner goes on the GUI thread: the notifier with it
    assert not shiboken6.isValid(notifier)
    assert wake.fileno() == -1 and woken.fileno() == -1
    hold(("late", 1))  # a late post finds the socket closed and is dropped


class _HeldParse:
    """Wraps the real parser so that one file's parse waits until the test lets it go."""

    def __init__(self, slow: Path) -> None:
        from reader.formats import markdown_article

        self.real = markdown_article.load_article
        self.slow = slow
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, path: Path):  # type: ignore[no-untyped-def]
        if path == self.slow:
            self.started.set()
            assert self.release.wait(60), "the test never let the held parse go"
        return self.real(path)


def test_a_slow_article_does_not_hold_up_the_next(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 16, 5: loads the reader moved away from are dropped, and never block others."""
    from reader.formats import markdown_article
    from reader.ui.article_view import ArticleView

    slow = tmp_path / "slow.md"
    slow.write_text("# Slow\n\nText.\n", encoding="utf-8")
    held = _HeldParse(slow)
    monkeypatch.setattr(markdown_article, "load_article", held)
    loader = Loader()
    view = ArticleView(loader)
    qtbot.addWidget(view)
    shown: list[int] = []
    loader.article_loaded.connect(lambda number, _loaded: shown.append(number))
    first = loader.load_article(slow, view.document_request())
    assert held.started.wait(10)
    others = [loader.load_article(path, view.document_request()) for path in (CHART_ARTICLE,)]
    qtbot.waitUntil(lambda: others[-1] in shown, timeout=10000)  # while the slow one is held
    held.release.set()
    assert loader.wait(10000)
    qtbot.wait(50)  # anything the slow load posted has been delivered by now
    assert first not in shown, "a superseded load went on to decode images and render"
