"""The command line as data: every command, its options and its help (argparse), and
nothing of what the commands do (reader.app runs them)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

COMMANDS = (
    "show",
    "screenshot",
    "normalize",
    "import",
    "speak",
    "voices",
    "index",
    "search",
    "kiosk-pin",
)
EPILOG = """commands:
  bulletin-reader [PATH]                       open the reader on the bundled library or PATH
  bulletin-reader --kiosk [--config FILE]      the full-screen public kiosk (docs/kiosk.md)
  bulletin-reader show FILE --json             print the article model as JSON
  bulletin-reader screenshot FILE --out PNG    render the window to a PNG (offscreen)
  bulletin-reader normalize --lang vi|en       stdin lines -> the text speech will say
  bulletin-reader import SRC... [--out DIR]    portal pages, scrapes, URLs -> library articles
  bulletin-reader speak FILE --out OUT.wav     the whole article as audio (any voice)
  bulletin-reader voices [--json]              the voices: engine, id, language, path
  bulletin-reader index [DIR...]               bring the search index up to date
  bulletin-reader search QUERY                 find articles (marks optional: "hoi nghi")
  bulletin-reader kiosk-pin                    ask for a kiosk admin PIN, print its config line
  bulletin-reader --install-desktop            add the reader to the desktop's menu
  bulletin-reader --uninstall-desktop          take it out (--system: every user's menu)
run 'bulletin-reader COMMAND --help' for a command's options"""


class _VersionAction(argparse.Action):
    """--version: the report is made only when asked for (it runs espeak-ng)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[no-untyped-def]
        from reader.version import report

        try:
            print(report(), flush=True)
        except BrokenPipeError:  # `--version | head -1`: the rest is not wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        parser.exit()


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the interface")
    parser.add_argument(
        "--config-dir",
        type=Path,
        help="folder for settings (default: the user's config folder; "
        "also $BULLETIN_READER_CONFIG_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bulletin-reader",
        description="An accessible, offline reader for news-bulletin articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help="print the version, with Python's, Qt's and the speech engines', and exit",
    )
    parser.add_argument("path", nargs="?", type=Path, help="an article file or a folder of them")
    _common(parser)
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen for a public touch screen, left only with the admin PIN; its "
        "library, language and defaults come from kiosk.toml (docs/kiosk.md)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="with --kiosk: the kiosk config (default: kiosk.toml in the settings folder)",
    )
    parser.add_argument(
        "--library",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of articles listed with the others, for this run (repeatable)",
    )
    _desktop(parser)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def _desktop(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("desktop menu (docs/deploying.md)")
    which = group.add_mutually_exclusive_group()
    which.add_argument(
        "--install-desktop",
        action="store_true",
        help="put the menu entry, AppStream metainfo and icon under the user's XDG data "
        "folder ($XDG_DATA_HOME, else ~/.local/share), the entry starting this install; "
        "exit status 4 when a folder cannot be written",
    )
    which.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove exactly those three files (nothing else)",
    )
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="with --(un)install-desktop: that data folder instead of the user's",
    )
    where.add_argument(
        "--system",
        action="store_true",
        help="with --(un)install-desktop: /usr/share, for every user (as root)",
    )


def _kiosk_pin(_command: str) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="bulletin-reader kiosk-pin",
        description="Ask for the kiosk's admin PIN (4 or more digits; twice, without "
        "echo, at a terminal; else one line from stdin) and print the line to paste into "
        'kiosk.toml: admin_pin_hash = "...". Only a salted hash is printed.',
    )


def _index_search(command: str) -> argparse.ArgumentParser:
    from reader.library.search_cli import build_parser

    return build_parser(command)


def _speak(_command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bulletin-reader speak",
        description="Write the whole article as audio, read in its language (public "
        "offices play bulletins over loudspeakers). OUT ending in .ogg, .flac or .mp3 is "
        "encoded with ffmpeg or sox when one is installed.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the audio file to write")
    p.add_argument(
        "--voice",
        help="a voice id from 'bulletin-reader voices' (piper:NAME for a natural voice, "
        "or an espeak-ng voice or language; default: espeak-ng, the article's language)",
    )
    p.add_argument("--rate", type=int, help="words per minute (80-450)")
    p.add_argument(
        "--figures",
        choices=("caption", "alt", "both", "skip"),
        default="caption",
        help="what is said for an image (default: its caption)",
    )
    return p


def _voices(_command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bulletin-reader voices",
        description="List the voices reading aloud can use: natural (Piper) voices from "
        "voice packages and the voices folder, then espeak-ng's. Problems with voice "
        "files go to stderr.",
    )
    p.add_argument("--json", action="store_true", help="one JSON list, for programs")
    p.add_argument(
        "--voices-dir", type=Path, action="append", default=[], help="another voices folder"
    )
    return p


def _import(_command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bulletin-reader import",
        description="Turn portal pages into library articles: text scrapes (.txt), "
        "saved web pages (.html, with their _files folder), folders of them, or a web "
        "address (fetched only because you asked, with a timeout; remote images are not "
        "downloaded). Importing a page again updates its article; an article edited "
        "since it was imported is left alone unless --force (a backup is kept).",
    )
    # str, not Path: pathlib would turn "https://host/a/" into "https:/host/a"
    p.add_argument("sources", nargs="+", metavar="SRC", help="a file, a folder or a URL")
    p.add_argument(
        "--out",
        type=Path,
        help="the library folder to write into (default: the user's library, "
        "also $BULLETIN_READER_LIBRARY)",
    )
    p.add_argument("--force", action="store_true", help="overwrite edited articles")
    p.add_argument("--json", action="store_true", help="print what was recovered; write nothing")
    p.add_argument(
        "--report-jsonl",
        type=Path,
        metavar="FILE",
        help="also write the report to FILE for programs: one JSON object per input "
        "(source, status, reason code, English message, output, encoding, ...) as each "
        "is done; the printed report does not change",
    )
    return p


def _normalize(_command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bulletin-reader normalize",
        description="Read lines on stdin and print, one for one, what speech will say "
        "(numbers, dates, units and abbreviations spelled out), for checking a lexicon.",
    )
    p.add_argument("--lang", choices=("vi", "en"), required=True)
    p.add_argument(
        "--lexicon",
        type=Path,
        help="a user lexicon that overrides the bundled one (resources/speech/README.md)",
    )
    return p


def _show(_command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bulletin-reader show", description="Print an article's model."
    )
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the model as JSON (default)")
    return p


def _screenshot(_command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bulletin-reader screenshot",
        description="Render the reader window showing FILE to a PNG, without a display.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the PNG to write")
    p.add_argument("--scale", type=int, default=100, help="text size in percent (50-400)")
    p.add_argument("--size", default="1024x768", help="window size WxH (default 1024x768)")
    _common(p)
    return p


_PARSERS: dict[str, Callable[[str], argparse.ArgumentParser]] = {
    "kiosk-pin": _kiosk_pin,
    "index": _index_search,
    "search": _index_search,
    "speak": _speak,
    "voices": _voices,
    "import": _import,
    "normalize": _normalize,
    "show": _show,
    "screenshot": _screenshot,
}


def build_command_parser(command: str) -> argparse.ArgumentParser:
    return _PARSERS[command](command)
