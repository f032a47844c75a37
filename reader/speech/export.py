"""Whole article -> one audio file, for playing bulletins over loudspeakers (no Qt).

Each utterance of the speech script (``reader.speech.script``: the same order, normalised
text, figure announcements and pauses as reading aloud) is rendered by the ``espeak-ng``
command line (``-w FILE``, text on stdin so nothing in the text is read as an option),
several at a time; the WAV pieces are joined with the ``wave`` module, with silence for
the pauses. A Piper voice (``--voice piper:NAME``) is rendered in this process instead
(``reader.speech.piper_engine``), a sentence at a time. Why the espeak-ng command line and
not pyttsx3's ``save_to_file``: pyttsx3's ``runAndWait`` returns before the file is
written, it needs a worker process of its own to be killable, and it prints to stdout;
one ``espeak-ng`` call costs about 16 ms here.

``.wav`` is written directly. ``.ogg``, ``.flac`` and ``.mp3`` go through ``ffmpeg`` when it
is on PATH, else ``sox`` when it lists the format (Debian's sox writes ogg and flac; mp3
needs libsox-fmt-mp3). The output appears whole or not at all (a temporary file is
renamed into place).

    python -m reader.speech.export ARTICLE.md --out OUT.wav [--voice V] [--rate R]
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reader.model import Article
from reader.speech.backend import INSTALL_HINT, Voice, choose_voice, clamp_rate, clamp_volume
from reader.speech.script import FigureMode, ScriptOptions, Utterance, build_script

__all__ = [
    "ENCODED_FORMATS",
    "EngineMissing",
    "ExportError",
    "ExportResult",
    "export_article",
    "export_utterances",
]

ENCODED_FORMATS = (".ogg", ".flac", ".mp3")
RENDER_TIMEOUT = 60.0  # seconds for one sentence: far beyond any real one


class ExportError(RuntimeError):
    """The audio could not be written; the message says why."""


class EngineMissing(ExportError):
    """espeak-ng is not installed."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    seconds: float  # length of the audio
    utterances: int


Progress = Callable[[int, int], None]


def find_espeak() -> str:
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise EngineMissing(f"espeak-ng was not found on PATH: {INSTALL_HINT}")
    return exe


def _encoder(suffix: str) -> list[str] | None:
    """The command (input and output paths follow) that writes `suffix`, or None."""
    if shutil.which("ffmpeg"):
        return ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i"]
    sox = shutil.which("sox")
    if sox:
        listed = subprocess.run([sox, "-h"], capture_output=True, text=True).stdout
        formats = next((ln for ln in listed.splitlines() if ln.startswith("AUDIO FILE FOR")), "")
        if suffix.lstrip(".") in formats.split(":", 1)[-1].split():
            return [sox]
    return None


def espeak_voices(espeak: str) -> list[Voice]:
    """The voices ``espeak-ng --voices`` lists, as the speech backend names them."""
    try:
        listed = subprocess.run([espeak, "--voices"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise ExportError(f"espeak-ng failed: {e}") from e
    voices = []
    for line in listed.stdout.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 5:  # Pty Language Age/Gender VoiceName File (other-language pty)...
            langs = [cols[1], *(c.strip("()") for c in cols[5::2])]
            priority = int(cols[0]) if cols[0].isdigit() else 5
            name = cols[3].replace("_", " ")
            voices.append(Voice(cols[4], name, tuple(x.lower() for x in langs), None, priority))
    return voices


def resolve_voice(voices: Sequence[Voice], voice: str | None, lang: str) -> str:
    """The espeak-ng voice file for `voice` (an id, a name or a language tag), else for the
    article's `lang`, chosen as live speech chooses (``choose_voice``)."""
    if voice:
        base, plus, variant = voice.partition("+")  # "en-us+f3": a voice and a variant
        chosen = choose_voice(voices, "", base) or choose_voice(voices, base)
        if chosen is None:
            raise ExportError(f"espeak-ng has no voice {voice!r} (see: espeak-ng --voices)")
        return chosen.id + plus + variant
    chosen = choose_voice(voices, lang)
    if chosen is None:
        raise ExportError(f"espeak-ng has no voice for the language {lang!r}")
    return chosen.id


def neural_voice(voice: str | None, folders: Sequence[Path] = ()) -> Voice | None:
    """The Piper voice named `voice` ("piper:NAME", or NAME), or None when `voice` is not
    one; ExportError for a "piper:" id that no voice folder or package has."""
    if not voice:
        return None
    from reader.speech.voices import PIPER_PREFIX, discover_piper_voices

    found = discover_piper_voices(folders)
    for v in found.voices:
        if voice in (v.id, v.id.removeprefix(PIPER_PREFIX)):
            return v
    if voice.startswith(PIPER_PREFIX):
        why = "; ".join(found.problems)
        raise ExportError(f"no Piper voice {voice!r} was found" + (f" ({why})" if why else ""))
    return None


def _render_piper(
    utterances: Sequence[Utterance],
    voice: Voice,
    rate: int,
    volume: float,
    pieces: Sequence[Path],
    progress: Progress | None,
) -> None:
    """Each utterance with Piper, in this process (the export command is not the window),
    one after another: onnxruntime already uses every core for one sentence."""
    from reader.speech.piper_engine import PiperSynth, VoiceLoadError

    synth = PiperSynth()
    try:
        sample_rate = synth.sample_rate(voice)
    except VoiceLoadError as e:
        raise ExportError(str(e)) from e
    total = len(utterances)
    for done, (u, piece) in enumerate(zip(utterances, pieces, strict=True), 1):
        pcm = b"".join(c[0] for c in synth.chunks(voice, u.text, rate, volume))
        with wave.open(str(piece), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(sample_rate)
            w.writeframes(pcm)
        if progress:
            progress(done, total)


def _render(espeak: str, voice: str, rate: int, amplitude: int, text: str, out: Path) -> None:
    # "[[...]]" is phoneme input for the espeak-ng command line: keep it text.
    text = text.replace("[[", "[ [")
    try:
        done = subprocess.run(
            [espeak, "-v", voice, "-s", str(rate), "-a", str(amplitude), "-w", str(out)],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=RENDER_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        raise ExportError(f"espeak-ng failed: {e}") from e
    if done.returncode != 0 or not out.exists():
        said = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
        raise ExportError(f"espeak-ng failed on {text[:60]!r}: {said}")


def export_utterances(
    utterances: Sequence[Utterance],
    out: Path,
    *,
    lang: str,
    voice: str | None = None,
    rate: int | None = None,
    volume: float = 1.0,
    progress: Progress | None = None,
    jobs: int | None = None,
    voices_dirs: Sequence[Path] = (),
) -> ExportResult:
    """Render `utterances` into `out` (see the module doc) with the Piper voice `voice`
    ("piper:NAME"), else espeak-ng's voice `voice` (an id such as "aav/vi", a name, or a
    language tag), else espeak-ng's best one for `lang`."""
    out = Path(out)
    suffix = out.suffix.lower()
    encoder = None
    if suffix in ENCODED_FORMATS:
        encoder = _encoder(suffix)
        if encoder is None:
            raise ExportError(
                f"cannot write {suffix} files: install ffmpeg (or sox; mp3 needs "
                "libsox-fmt-mp3), or write .wav"
            )
    elif suffix != ".wav":
        raise ExportError(f"unknown audio format {out.suffix!r}: use .wav, .ogg, .flac or .mp3")
    if not out.parent.is_dir():
        raise ExportError(f"no such folder: {out.parent}")
    neural = neural_voice(voice, voices_dirs)
    espeak = ""
    if neural is None:
        espeak = find_espeak()
        voice = resolve_voice(espeak_voices(espeak), voice, lang)
    wpm = clamp_rate(rate)
    amplitude = round(clamp_volume(volume) * 100)
    total = len(utterances)
    if progress:
        progress(0, total)
    with tempfile.TemporaryDirectory(prefix="bulletin-speech-") as tmp:
        pieces = [Path(tmp) / f"{i:05d}.wav" for i in range(total)]
        if neural is not None:
            _render_piper(utterances, neural, wpm, clamp_volume(volume), pieces, progress)
        else:
            _render_espeak(espeak, str(voice), wpm, amplitude, utterances, pieces, progress, jobs)
        joined = Path(tmp) / "joined.wav"
        seconds = _join(utterances, pieces, joined)
        target = out.with_name(f".{out.name}.part")
        try:
            if encoder is None:
                shutil.move(joined, target)
            else:
                _encode(encoder, joined, target, suffix)
            os.replace(target, out)
        finally:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
    return ExportResult(out, seconds, total)


def _render_espeak(
    espeak: str,
    voice: str,
    wpm: int,
    amplitude: int,
    utterances: Sequence[Utterance],
    pieces: Sequence[Path],
    progress: Progress | None,
    jobs: int | None,
) -> None:
    """Each utterance with the espeak-ng command line, several at a time."""
    total = len(utterances)
    with ThreadPoolExecutor(max_workers=jobs or min(8, os.cpu_count() or 2)) as pool:
        futures = [
            pool.submit(_render, espeak, voice, wpm, amplitude, u.text, piece)
            for u, piece in zip(utterances, pieces, strict=True)
        ]
        try:
            for done, future in enumerate(futures, 1):
                future.result()
                if progress:
                    progress(done, total)
        except BaseException:
            for f in futures:
                f.cancel()
            raise


def _join(utterances: Sequence[Utterance], pieces: Sequence[Path], out: Path) -> float:
    frames_written = 0
    params = None
    with wave.open(str(out), "wb") as dst:
        for u, piece in zip(utterances, pieces, strict=True):
            with wave.open(str(piece), "rb") as src:
                p = (src.getnchannels(), src.getsampwidth(), src.getframerate())
                if params is None:
                    params = p
                    dst.setnchannels(p[0])
                    dst.setsampwidth(p[1])
                    dst.setframerate(p[2])
                elif p != params:
                    raise ExportError(f"espeak-ng changed its audio format: {p} != {params}")
                silence = b"\0" * (p[0] * p[1])
                rate = p[2]
                if u.pause_before_ms:
                    n = rate * u.pause_before_ms // 1000
                    dst.writeframes(silence * n)
                    frames_written += n
                data = src.readframes(src.getnframes())
                dst.writeframes(data)
                frames_written += len(data) // (p[0] * p[1])
                if u.pause_after_ms:
                    n = rate * u.pause_after_ms // 1000
                    dst.writeframes(silence * n)
                    frames_written += n
        if params is None:  # nothing to say: a valid, empty file
            dst.setnchannels(1)
            dst.setsampwidth(2)
            dst.setframerate(22050)
    return frames_written / params[2] if params else 0.0


def _encode(encoder: list[str], wav: Path, out: Path, suffix: str) -> None:
    # The temporary name hides the format from the encoder: say it explicitly.
    if Path(encoder[0]).name == "ffmpeg":
        fmt = {".ogg": "ogg", ".flac": "flac", ".mp3": "mp3"}[suffix]
        argv = [*encoder, str(wav), "-f", fmt, str(out)]
    else:
        argv = [*encoder, str(wav), "-t", suffix.lstrip("."), str(out)]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise ExportError(
            f"{Path(encoder[0]).name} could not write {suffix}: {done.stderr.strip()}"
        )


def export_article(
    article: Article,
    out: Path,
    *,
    voice: str | None = None,
    rate: int | None = None,
    volume: float = 1.0,
    figures: FigureMode = "caption",
    progress: Progress | None = None,
) -> ExportResult:
    """Write `article` read aloud to `out` (.wav; .ogg/.flac/.mp3 with an encoder).

    `voice` is a Piper voice ("piper:en_US-joe-medium", as ``bulletin-reader voices``
    lists them) or an espeak-ng voice: an id ("aav/vi", as ``Voice.id`` of the live
    backend), a name, or a language tag ("vi", "en-US"); default: the best voice for the article's
    language, chosen as live speech chooses it. `rate` in words per minute (80-450,
    default 175). `progress(done, total)` is called on this thread after each sentence.
    Raises ``EngineMissing`` when espeak-ng is not installed and ``ExportError`` for
    anything else that stops the export.
    """
    script = build_script(article, ScriptOptions(figures=figures))
    return export_utterances(
        script,
        Path(out),
        lang=article.lang or "vi",
        voice=voice,
        rate=rate,
        volume=volume,
        progress=progress,
    )
