"""User-facing, translated explanations of load problems (keyed by the stable error kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.formats.errors import ArticleError

translate = QCoreApplication.translate


def describe_error(error: ArticleError) -> str:
    kind = error.kind
    if kind == "not-found":
        return translate("Messages", "The file no longer exists.")
    if kind == "unreadable":
        return translate("Messages", "The file cannot be read: {0}").format(error.detail)
    if kind == "too-large":
        return translate("Messages", "The file is too large to open as an article (over 5 MB).")
    if kind == "binary":
        return translate(
            "Messages", "This is not a text file, so it cannot be shown as an article."
        )
    if kind == "not-utf8":
        return translate(
            "Messages", "The text is not in UTF-8 encoding. Save it as UTF-8, or import it."
        )
    if kind == "empty":
        return translate("Messages", "The file is empty.")
    if kind == "front-matter":
        reason = error.detail.split(": ", 1)[-1]
        return translate("Messages", "The article's front matter is broken: {0}").format(reason)
    return error.detail


def describe_speech_failure(kind: str, detail: str) -> str:
    """What went wrong with reading aloud, in the interface language.

    `detail` is the engine's own English text (e.g. aplay's "audio open error"): it goes
    to tooltips and accessible descriptions, never alone into the interface.
    """
    if kind == "audio":
        return translate(
            "Messages",
            "Reading aloud stopped: the sound could not be played (no working sound "
            "output). Connect speakers or headphones, then try again.",
        )
    return translate("Messages", "Reading aloud stopped: the speech engine failed.")


def describe_speech_fallback(kind: str, detail: str) -> str:
    """Why espeak-ng reads instead of a natural (Piper) voice, in the interface language;
    `detail` is a language code for "no-voice", else the engine's English text."""
    if kind == "no-voice":
        language = {
            "vi": translate("Messages", "Vietnamese"),
            "en": translate("Messages", "English"),
        }.get(detail, detail)
        return translate(
            "Messages",
            "No natural voice is installed for {0}: espeak-ng reads it. Copy a Piper voice "
            "(.onnx and .onnx.json) into the voices folder to use one.",
        ).format(language)
    if kind == "broken":
        return translate(
            "Messages",
            "The natural voice could not be loaded (its file is damaged): espeak-ng reads instead.",
        )
    return translate(
        "Messages",
        "Some natural voices cannot be used (Piper is not installed, or a voice file is "
        "damaged): espeak-ng reads instead.",
    )


def describe_speech_unavailable(detail: str) -> str:
    """Why no speech engine can run, in the interface language (keyed on the engine's
    stable English phrases; anything unknown gets the general sentence)."""
    if detail.startswith("no audio player"):
        reason = translate("Messages", "no audio player is installed (alsa-utils: aplay)")
    elif "espeak-ng is not installed" in detail or "no speech engine" in detail:
        reason = translate(
            "Messages", "espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)"
        )
    elif "times in a row" in detail:
        reason = translate("Messages", "the speech engine stopped several times in a row")
    else:
        reason = translate("Messages", "the speech engine cannot start")
    return translate("Messages", "Reading aloud is not available: {0}.").format(reason)


def voice_name(name: str) -> str:
    """An engine's voice name ("Vietnamese (Northern)") in the interface language.

    espeak-ng names its voices in English, "Language (variant)": the language and the
    variants known here are translated; anything else is kept as the engine says it.
    """
    languages = {
        "Vietnamese": translate("Voices", "Vietnamese"),
        "English": translate("Voices", "English"),
    }
    variants = {
        "Northern": translate("Voices", "Northern"),
        "Central": translate("Voices", "Central"),
        "Southern": translate("Voices", "Southern"),
        "Great Britain": translate("Voices", "Great Britain"),
        "America": translate("Voices", "America"),
        "America, New York City": translate("Voices", "America, New York City"),
        "Caribbean": translate("Voices", "Caribbean"),
        "Scotland": translate("Voices", "Scotland"),
        "Received Pronunciation": translate("Voices", "Received Pronunciation"),
        "West Midlands": translate("Voices", "West Midlands"),
        "Lancaster": translate("Voices", "Lancaster"),
    }
    language, _, rest = name.partition(" (")
    if language not in languages:
        return name
    if not rest:
        return languages[language]
    variant = rest[:-1] if rest.endswith(")") else rest
    return translate("Voices", "{0} ({1})").format(
        languages[language], variants.get(variant, variant)
    )


def landmark_missed(kind: str, forward: bool) -> str:
    """Said when H / G (or Shift+) finds no heading or image further on."""
    messages = {
        ("heading", True): translate("MainWindow", "No more headings below"),
        ("heading", False): translate("MainWindow", "No more headings above"),
        ("figure", True): translate("MainWindow", "No more images below"),
        ("figure", False): translate("MainWindow", "No more images above"),
    }
    return messages[(kind, forward)]


def listing_summary(entries: list) -> str:  # type: ignore[type-arg]
    """How many articles a listing found, and how many of them cannot be opened."""
    problems = sum(1 for e in entries if e.problem is not None)
    message = translate("MainWindow", "{0} articles").format(len(entries))
    if problems:
        message += " · " + translate("MainWindow", "{0} cannot be opened (marked ⚠)").format(
            problems
        )
    return message


def opened_message(notes: list[str], resume_note: str) -> tuple[str, int]:
    """The status bar's message and time-out (ms) for an article just opened: its first
    problem, else where reading aloud goes on ("" clears the bar)."""
    if notes:
        text = translate("MainWindow", "Opened with {0} problem(s): {1}")
        return text.format(len(notes), notes[0]), 10000
    return resume_note, 15000 if resume_note else 0
