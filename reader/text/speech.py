"""Normalisation for speech: shown text -> speakable text, with a map back (no Qt).

    >>> spoken = normalize("Chủ tịch UBND tỉnh, đạt 99,4% KH", "vi")
    >>> spoken.text
    'Chủ tịch ủy ban nhân dân tỉnh, đạt chín mươi chín phẩy bốn phần trăm kế hoạch'
    >>> spoken.shown_range(9, 24)   # "ủy ban nhân dân" is said for "UBND"
    (9, 13)

``Spoken.segments`` lists ``(spoken_start, spoken_end, shown_start, shown_end)`` in order;
they tile both texts, so every spoken character maps into the shown text (see
``speech_map``). Text that needs nothing maps one to one.

Languages: "vi" (``speech_vi``) and "en" (``speech_en``); a region ("vi-VN") is ignored;
other languages come back unchanged. Each language has a bundled abbreviation lexicon in
``resources/speech/<lang>-abbreviations.tsv`` (``reader.locations.lexicons_dir()``);
``Lexicon.load(bundled, user)`` adds a user file that overrides it and is reread by
``reload_if_changed()``. Once ``use_user_lexicons(folder)`` is called (the window, ``speak``
and ``normalize`` do it with ``reader.locations.user_lexicons_dir()``), the default lexicon
of each language is the bundled one with ``folder/<lang>-abbreviations.tsv`` over it;
``prepare_lexicons_in_background()`` reads or rereads them on a thread of their own, so the
GUI thread never waits for the files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from reader.locations import lexicons_dir
from reader.text.speech_lexicon import Context, Entry, Lexicon, parse_lexicon
from reader.text.speech_map import Segment, Spoken, SpokenBuilder

__all__ = [
    "LANGUAGES",
    "Context",
    "Entry",
    "Lexicon",
    "Segment",
    "Spoken",
    "SpokenBuilder",
    "bundled_lexicon_path",
    "default_lexicon",
    "language_code",
    "normalize",
    "parse_lexicon",
    "prepare_lexicons",
    "prepare_lexicons_in_background",
    "use_user_lexicons",
    "user_lexicon_path",
]

LANGUAGES = ("vi", "en")

_defaults: dict[str, Lexicon] = {}
_defaults_lock = threading.Lock()
_user_folder: Path | None = None  # where the user's lexicons are (None: bundled ones only)


def language_code(lang: str) -> str:
    """ "vi-VN", "vi_VN", "VI" -> "vi"."""
    return lang.replace("_", "-").split("-", 1)[0].strip().lower()


def bundled_lexicon_path(lang: str) -> Path:
    return lexicons_dir() / f"{language_code(lang)}-abbreviations.tsv"


def user_lexicon_path(lang: str, folder: Path) -> Path:
    """The user's file for `lang` in `folder`: the bundled file's name."""
    return folder / f"{language_code(lang)}-abbreviations.tsv"


def use_user_lexicons(folder: Path | None) -> None:
    """Read the user's lexicons from `folder` from now on (None: the bundled ones only).

    A file that is missing, unreadable or partly wrong never stops speech: its usable lines
    apply and the rest is listed in the lexicon's ``problems``.
    """
    global _user_folder
    with _defaults_lock:
        if folder != _user_folder:
            _user_folder = folder
            _defaults.clear()  # made again, with the user's files, at first use


def default_lexicon(lang: str) -> Lexicon:
    """The bundled lexicon of `lang` with the user's over it, if ``use_user_lexicons`` named
    a folder (read once; ``prepare_lexicons`` rereads a user file that changed)."""
    code = language_code(lang)
    with _defaults_lock:
        lexicon = _defaults.get(code)
        if lexicon is None:
            path = bundled_lexicon_path(code)
            user = user_lexicon_path(code, _user_folder) if _user_folder is not None else None
            lexicon = Lexicon.load(path, user)  # a missing file has no entries
            _defaults[code] = lexicon
        return lexicon


def prepare_lexicons() -> None:
    """Read every language's lexicon, or reread a user file that changed (a `stat` each)."""
    for code in LANGUAGES:
        default_lexicon(code).reload_if_changed()


def prepare_lexicons_in_background() -> threading.Thread:
    """``prepare_lexicons`` on a daemon thread: the window calls it shortly after each article
    opens (its speech warm-up), so an office's edit is heard from the next article on."""
    thread = threading.Thread(target=prepare_lexicons, name="speech-lexicons", daemon=True)
    thread.start()
    return thread


def normalize(text: str, lang: str, lexicon: Lexicon | None = None) -> Spoken:
    """The speakable form of `text` in `lang`, with the map back to `text`'s offsets.

    `lexicon` defaults to the bundled one for `lang`; pass ``Lexicon.load(bundled, user)``
    to honour a user lexicon (and call its ``reload_if_changed()`` when convenient).
    """
    code = language_code(lang)
    normalizer = _normalizer(code)
    if normalizer is None or not text:
        return Spoken.unchanged(text)
    return normalizer(text, lexicon if lexicon is not None else default_lexicon(code))


def _normalizer(code: str) -> Callable[[str, Lexicon], Spoken] | None:
    """Imported at first use: number words (num2words) cost ~40 ms that the window's first
    paint should not pay (the speech script module is imported with the window)."""
    if code == "vi":
        from reader.text.speech_vi import normalize_vi

        return normalize_vi
    if code == "en":
        from reader.text.speech_en import normalize_en

        return normalize_en
    return None
