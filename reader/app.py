"""Command line and the one place where the application's objects are built and wired."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import __version__, locations
from reader.command_line import COMMANDS, build_command_parser, build_parser

if TYPE_CHECKING:
    from reader.kiosk.config import KioskConfig
    from reader.settings import SettingsStore
    from reader.ui.loading import Loader

_T0 = time.perf_counter()


def _import_core_before_qt(first_page: bool = False) -> None:
    """Import the start-up path's pure-Python modules before PySide6: once PySide6 is in,
    its import hook reads the source of every module imported after it (~50 ms here).

    The Markdown and YAML parsers are not among them: a cached article needs neither, and
    they are imported once the first article is on screen. With a ``first_page`` kept
    (reader.ui.first_paint) the window paints it before it needs the rest.
    """
    import platformdirs  # noqa: F401

    import reader.library.page_cache
    import reader.settings

    if first_page:
        return
    import reader.library.entry
    import reader.library.model_cache
    import reader.rendering.html  # noqa: F401


def _first_page_kept(opts: argparse.Namespace) -> bool:
    from reader.library.page_cache import FILE_NAME

    return not opts.kiosk and (locations.cache_dir(opts.config_dir) / FILE_NAME).is_file()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        _import_core_before_qt()
        command = args.pop(0)
        opts = build_command_parser(command).parse_args(args)
        if command == "show":
            return cmd_show(opts.file)
        if command == "normalize":
            return cmd_normalize(opts.lang, opts.lexicon)
        if command == "import":
            return cmd_import(opts)
        if command == "speak":
            return cmd_speak(opts)
        if command == "voices":
            return cmd_voices(opts)
        if command == "kiosk-pin":
            from reader.kiosk.pin_command import run

            return run()
        if command in ("index", "search"):
            return cmd_index_search(command, opts)
        return cmd_screenshot(opts)
    opts = build_parser().parse_args(args)
    _import_core_before_qt(first_page=_first_page_kept(opts))
    return cmd_open(opts)


def _error(message: str) -> int:
    print(f"bulletin-reader: error: {message}", file=sys.stderr)
    return 2


def cmd_show(file: Path) -> int:
    from reader.formats.errors import ArticleError
    from reader.formats.markdown_article import load_article

    if file.is_dir():
        return _error(f"{file} is a folder; 'show' takes one article file")
    try:
        article = load_article(file)
    except ArticleError as e:
        return _error(str(e))
    for warning in article.warnings:
        print(f"bulletin-reader: warning: {file}: {warning}", file=sys.stderr)
    try:
        print(article.to_json(), flush=True)
    except BrokenPipeError:  # `show FILE | head`: the reader of the pipe is gone, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def _normalize_lines(lang: str, lexicon: object, normalize: Callable[..., Any]) -> int:
    """stdin lines -> spoken lines, answered as soon as they come (a program may wait on
    each) but written and flushed once per read, not once per line (2 million lines: 12 s)."""
    fd, pending, number = sys.stdin.fileno(), b"", 0
    while True:
        chunk = os.read(fd, 1 << 16)  # whatever has arrived; waits only when nothing has
        lines = (pending + chunk).split(b"\n") if chunk else [pending] if pending else []
        pending = lines.pop() if chunk else b""
        said: list[str] = []
        for raw in lines:
            number += 1
            try:
                line = raw.decode("utf-8").rstrip("\r")
            except UnicodeDecodeError:
                sys.stdout.write("".join(said))
                return _error(f"line {number} of stdin is not UTF-8 text")
            said.append(normalize(line, lang, lexicon).text + "\n")
        sys.stdout.write("".join(said))
        sys.stdout.flush()
        if not chunk:
            return 0


def cmd_normalize(lang: str, lexicon_path: Path | None) -> int:
    from reader.text.speech import (
        Lexicon,
        bundled_lexicon_path,
        default_lexicon,
        normalize,
        use_user_lexicons,
    )

    use_user_lexicons(locations.user_lexicons_dir())  # what the window and `speak` say
    lexicon = default_lexicon(lang)  # looked up once, not at every line
    if lexicon_path is not None:
        if not lexicon_path.is_file():
            return _error(f"{lexicon_path} does not exist")
        lexicon = Lexicon.load(bundled_lexicon_path(lang), lexicon_path)
    for problem in lexicon.problems:
        print(f"bulletin-reader: warning: {problem}", file=sys.stderr)
    try:
        return _normalize_lines(lang, lexicon, normalize)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def cmd_speak(opts: argparse.Namespace) -> int:
    from reader.formats.errors import ArticleError
    from reader.formats.markdown_article import load_article
    from reader.speech.export import EngineMissing, ExportError, export_article
    from reader.text.speech import use_user_lexicons

    use_user_lexicons(locations.user_lexicons_dir())
    try:
        article = load_article(opts.file)
    except ArticleError as e:
        return _error(str(e))

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() or done == total:
            end = "\n" if done == total else "\r"
            print(f"speaking: {done}/{total} sentences", end=end, file=sys.stderr, flush=True)

    try:
        result = export_article(
            article, opts.out, voice=opts.voice, rate=opts.rate, figures=opts.figures,
            progress=progress,
        )  # fmt: skip
    except EngineMissing as e:
        print(f"bulletin-reader: error: {e}", file=sys.stderr)
        return 3
    except (ExportError, OSError, ValueError) as e:
        return _error(str(e))
    print(f"{result.path}: {result.seconds:.1f} s of audio, {result.utterances} sentences")
    return 0


def cmd_voices(opts: argparse.Namespace) -> int:
    import json
    import shutil

    from reader.speech.export import ExportError, espeak_voices
    from reader.speech.voices import discover_piper_voices, piper_installed

    found = discover_piper_voices(opts.voices_dir)
    problems = list(found.problems)
    if found.voices and not piper_installed():
        problems.append("Piper is not installed: pip install 'bulletin-reader[neural]'")
    voices = list(found.voices)
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        problems.append("espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)")
    else:
        try:
            voices += [v for v in espeak_voices(espeak)]
        except ExportError as e:
            problems.append(str(e))
    for problem in problems:
        print(f"bulletin-reader: warning: {problem}", file=sys.stderr)
    if opts.json:
        keys = ("engine", "id", "name", "languages", "quality", "sample_rate", "path")
        print(json.dumps([{k: v.to_dict()[k] for k in keys} for v in voices], indent=1))
    else:
        for v in voices:
            print(f"{v.engine:9}  {v.id:28}  {','.join(v.languages):14}  {v.path or ''}")
    return 0


def cmd_import(opts: argparse.Namespace) -> int:
    from reader.importer import run_import

    out_dir = opts.out if opts.out is not None else locations.user_library()
    records = None
    if opts.report_jsonl is not None:
        try:
            records = open(opts.report_jsonl, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as e:
            print(
                f"bulletin-reader: error: cannot write {opts.report_jsonl} ({e.strerror})",
                file=sys.stderr,
            )
            return 2
    try:
        return run_import(
            opts.sources,
            out_dir,
            force=opts.force,
            as_json=opts.json,
            out=sys.stdout,
            err=sys.stderr,
            records=records,
        )
    finally:
        if records is not None:
            records.close()


def cmd_index_search(command: str, opts: argparse.Namespace) -> int:
    from reader.library.search_cli import run

    bundled, _ = _resolve_library(None)
    cache = locations.cache_dir(opts.config_dir)
    state = locations.reading_state_dir(opts.config_dir)
    roots = [bundled, locations.user_library()]
    return run(command, opts, default_roots=roots, cache_dir=cache, state_dir=state)


def _no_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _resolve_library(path: Path | None) -> tuple[Path, Path | None]:
    if path is None:
        return locations.bundled_articles(), None
    if path.is_file():
        return path.parent, path
    return path, None


class AppContext:
    """Builds the application objects in order; shared by the window, screenshots and tests."""

    def __init__(
        self,
        language: str | None,
        config_dir: Path | None,
        store: SettingsStore | None = None,
    ) -> None:
        """``store``: the settings (default: the user's settings.json in ``config_dir``)."""
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        from reader.settings import keys
        from reader.ui.fonts import load_bundled_fonts
        from reader.ui.i18n import choose_language, install_translators
        from reader.ui.qt_settings import QtSettings

        QApplication.setApplicationName("Bulletin Reader")
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName(locations.APP_ID)  # the menu entry's name: Wayland app id
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        if store is None:
            from reader.settings import SettingsStore

            store = SettingsStore(locations.config_dir(config_dir))
        self.store = store
        self.config_dir = config_dir
        self.language = choose_language(language, self.store.get(keys.LANGUAGE))
        self.translators, problems = install_translators(self.app, self.language)  # type: ignore[arg-type]
        for problem in problems:
            print(f"bulletin-reader: warning: {problem}", file=sys.stderr)
        self.family = load_bundled_fonts()
        default = self.app.property("bulletinReaderDefaultFont")
        if not isinstance(default, QFont):  # the platform's, before any of ours (or a resize)
            default = QFont(self.app.font())
            self.app.setProperty("bulletinReaderDefaultFont", default)
        self.ui_font = QFont(default)
        if self.family is not None:
            # The interface in the same Vietnamese-complete face, a little above the default.
            self.ui_font = QFont(self.family)
            self.ui_font.setPointSizeF(max(default.pointSizeF(), 10.5))
        else:
            print("bulletin-reader: warning: bundled font not found; using system fonts",
                  file=sys.stderr)  # fmt: skip
        self.app.setFont(self.ui_font)  # the window scales it by keys.INTERFACE_SCALE
        self.settings = QtSettings(self.store)
        self.cache_dir = locations.cache_dir(config_dir)
        self._loader: Loader | None = None

    @property
    def loader(self) -> Loader:
        """Made when first asked for: a first page is painted without it (first_paint)."""
        if self._loader is None:
            from reader.library.model_cache import ModelCache
            from reader.ui.loading import Loader

            self._loader = Loader(ModelCache(self.cache_dir / "models"))
        return self._loader

    def window(  # type: ignore[no-untyped-def]
        self,
        root: Path,
        open_path: Path | None,
        library_folders: tuple[Path, ...] | None = None,
        first_paint: bool = False,
    ):
        """``library_folders``: listed with ``root``, with those of Preferences; None: only
        ``root`` (a PATH opened). ``first_paint``: the window will be shown at once, so it
        may show last session's page first and build the rest after (reader.ui.first_paint)."""
        from reader.ui.main_window import MainWindow

        page = None
        if first_paint:
            from reader.ui.first_paint import find

            page = find(self.settings, self.cache_dir, self.family, open_path)
        return MainWindow(
            self.settings, (lambda: self.loader) if page else self.loader, root, open_path,
            self.family,
            state_dir=locations.reading_state_dir(self.config_dir),
            library_folders=library_folders, cache_dir=self.cache_dir, first_page=page,
            lexicons_dir=locations.user_lexicons_dir(self.config_dir),
        )  # fmt: skip

    def kiosk_window(self, config: KioskConfig, problems: list[str]):  # type: ignore[no-untyped-def]
        from reader.ui.kiosk.window import KioskWindow

        window = KioskWindow(
            self.settings, self.loader, config, problems, self.switch_language, self.family
        )
        window.speech.lexicons_dir = locations.user_lexicons_dir(self.config_dir)  # the office's
        return window

    def switch_language(self, language: str) -> None:
        """The interface in ``language`` from now on (the kiosk's language button)."""
        from reader.ui.i18n import switch_language

        self.translators, problems = switch_language(self.app, language, self.translators)  # type: ignore[arg-type]
        self.language = language
        for problem in problems:
            print(f"bulletin-reader: warning: {problem}", file=sys.stderr)

    def close(self, window) -> None:  # type: ignore[no-untyped-def]
        """Finish background work and delete the window before the QApplication goes."""
        loader = self._loader
        if loader is not None:
            loader.wait(5000)
        if getattr(window, "speech", None) is not None:  # not if closed before it was built
            window.speech.close()  # the speech worker process goes with the window
        search = getattr(window, "search", None)  # the desktop window's search index
        if search is not None:
            search.close()
            search.wait(5000)
        window.deleteLater()
        self.app.processEvents()
        if loader is not None:
            loader.wait(5000)  # anything the last events started
        for translator in self.translators:
            self.app.removeTranslator(translator)


def cmd_open(opts: argparse.Namespace) -> int:
    if opts.install_desktop or opts.uninstall_desktop or opts.data_dir or opts.system:
        from reader.desktop_entry import run

        return run(opts)
    if opts.kiosk:
        return cmd_kiosk(opts)
    if opts.config is not None:
        return _error("--config is for the kiosk: add --kiosk")
    if opts.path is not None and not opts.path.exists():
        return _error(f"{opts.path} does not exist")
    if _no_display():
        return _error(
            "no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop "
            "session, or use 'bulletin-reader screenshot' to render without one"
        )
    root, open_path = _resolve_library(opts.path)
    for folder in opts.library:
        if not folder.is_dir():
            return _error(f"--library {folder}: not a folder")
    folders: tuple[Path, ...] | None = tuple(opts.library) or None
    if opts.path is None:  # the bundled articles, the user's library and the chosen folders
        folders = (locations.user_library(), *opts.library)
    ctx = AppContext(opts.lang, opts.config_dir)
    window = ctx.window(root, open_path, folders, first_paint=True)
    if opts.exit_after_paint:
        _exit_after_first_paint(window)
    window.show()
    rc = ctx.app.exec()
    ctx.close(window)
    return rc


def cmd_kiosk(opts: argparse.Namespace) -> int:
    """The kiosk: error log first, then the config (its problems logged and kept for the
    admin screen), then the full-screen window; a visitor's settings live in memory only."""
    import dataclasses

    from reader.kiosk.config import default_config_path, load_config
    from reader.kiosk.log import install_error_log, log_problems
    from reader.settings import MemoryStore

    if opts.path is not None:
        return _error("--kiosk shows the library folders of kiosk.toml; it takes no PATH")
    if _no_display():
        return _error("no display found (DISPLAY and WAYLAND_DISPLAY are unset)")
    log = install_error_log(locations.state_dir(opts.config_dir), chain=False)
    path = opts.config if opts.config is not None else default_config_path(opts.config_dir)
    config, problems = load_config(path)
    file_problems = list(problems)
    if log.problem:
        problems.append(f"the error log cannot be written: {log.problem}")
    if opts.lang:  # for trying a kiosk out: the visitor's language comes back to it too
        config = dataclasses.replace(config, language=opts.lang)
    log_problems(problems, source="kiosk config")
    ctx = AppContext(None, opts.config_dir, store=MemoryStore(config.visitor_settings()))
    window = ctx.kiosk_window(config, problems)
    window.exit_approved.connect(ctx.app.exit)
    from reader.ui.kiosk.session import KioskSession

    session = KioskSession(window, log.path, log.problem)
    session.watch_config(path, _config_reloader(path, opts.lang), file_problems)
    window.show_kiosk()
    session.start()  # after the window's key guard (see KioskSession.start)
    rc = ctx.app.exec()
    status = window.exit_status if window.exit_status is not None else rc
    ctx.close(window)
    log.uninstall()
    return status


def _config_reloader(path: Path, language: str | None):  # type: ignore[no-untyped-def]
    """kiosk.toml read again, with the command line's --lang kept over it."""
    import dataclasses

    from reader.kiosk.config import reload_config

    def load(current: KioskConfig) -> tuple[KioskConfig, list[str]]:
        config, problems = reload_config(path, current)
        return (dataclasses.replace(config, language=language) if language else config), problems

    return load


def _exit_after_first_paint(window) -> None:  # type: ignore[no-untyped-def]
    """For `make bench`: report when the article is first painted, then quit."""
    import resource

    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        armed = False

        def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
            if self.armed and event.type() == QEvent.Type.Paint:
                self.armed = False
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            ms = (time.perf_counter() - _T0) * 1000
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"painted_ms={ms:.1f} peak_rss_mb={rss:.1f}", flush=True)
            window.close()

    watch = PaintWatch(window)

    def arm(_loaded: object) -> None:  # the view is built by then (see first_paint)
        window.view.viewport().installEventFilter(watch)
        watch.armed = True
        window.view.viewport().update()

    window.article_shown.connect(arm)


def cmd_screenshot(opts: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not opts.file.exists():
        return _error(f"{opts.file} does not exist")
    from reader.settings import SCALE_STEPS, keys

    if opts.scale not in SCALE_STEPS:
        return _error(f"--scale must be one of {', '.join(map(str, SCALE_STEPS))}")
    try:
        width, height = (int(v) for v in opts.size.lower().split("x"))
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        return _error(f"--size {opts.size!r} must be WxH, each 200-8000 pixels")
    import tempfile

    from reader.ui.screenshot import render_window_png

    with tempfile.TemporaryDirectory() as tmp:
        # Settings of a screenshot never touch the user's own.
        ctx = AppContext(opts.lang, opts.config_dir or Path(tmp))
        ctx.settings.set(keys.SCALE, opts.scale)
        root, open_path = _resolve_library(opts.file)
        window = ctx.window(root, open_path)
        try:
            problem = render_window_png(window, ctx.app, (width, height), opts.out)
        finally:
            ctx.close(window)
    if problem:
        return _error(problem)
    print(opts.out)
    return 0
