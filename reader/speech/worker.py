"""The speech worker: a child process that says one sentence at a time (no Qt).

Run as ``python -m reader.speech.worker [--engine auto|espeak|pyttsx3] [--player P]``,
in its own process group (the parent stops speech by killing the group: the worker and
its audio player die at once, and a new worker is started). JSON lines:

    stdin   {"cmd": "speak", "id": 7, "text": "...", "voice": "aav/vi", "rate": 175,
             "volume": 1.0}
            {"cmd": "ping"}   {"cmd": "quit"}
    stdout  {"event": "ready", "engine": "espeak-ng", "voices": [...], "pid": 123}
            {"event": "unavailable", "message": "..."}          (then exit code 3)
            {"event": "started", "id": 7}
            {"event": "word", "id": 7, "start": 0, "end": 4}    (offsets into "text")
            {"event": "finished", "id": 7}
            {"event": "failed", "id": 7, "message": "...", "kind": "audio"|"engine"}
            {"event": "pong"}

Engines:

* ``espeak`` (Linux; the default wherever libespeak-ng loads): libespeak-ng through
  pyttsx3's own ctypes binding (``pyttsx3.drivers._espeak``), in synchronous mode. A
  sentence is synthesised to memory first (measured: 5 ms for 4.5 s of Vietnamese speech),
  then streamed to the audio player, and each word event is sent when the audio reaches
  the word's ``audio_position``: the highlight follows the voice. pyttsx3's own loop
  cannot do that here (its word events all fire before the audio, ``say`` blocks in
  ``os.system("aplay ...")`` after the whole sentence is made, and it prints to stdout).
* ``pyttsx3`` (Windows SAPI5, macOS NSSpeechSynthesizer, or forced): ``engine.say`` +
  ``runAndWait`` per sentence; word events as the driver gives them.

The audio player (``--player``) reads raw signed 16-bit mono PCM on its stdin: "default"
is ``aplay`` (alsa-utils) started once and kept; "null" discards audio but keeps the
timing; anything else is a JSON list of arguments (``{rate}`` is replaced by the sample
rate), which tests use to capture what would be heard.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, BinaryIO

from reader.speech.backend import INSTALL_HINT, Voice, clamp_rate, clamp_volume

EXIT_UNAVAILABLE = 3

APLAY = [
    "aplay", "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", "{rate}",
    # Start playing on the first period instead of when the buffer is full (the default,
    # which would delay the first audio by the whole buffer).
    "--buffer-time=200000", "--period-time=20000", "--start-delay=1", "-",
]  # fmt: skip

Emit = Callable[[dict[str, Any]], None]


class Unavailable(Exception):
    """No engine can run (the message is for the user)."""


# --- audio output --------------------------------------------------------------------------


class Player:
    """Plays PCM through a long-lived player process and paces word events to it."""

    def __init__(self, command: list[str] | None, sample_rate: int) -> None:
        self.command = [a.replace("{rate}", str(sample_rate)) for a in command] if command else None
        self.sample_rate = sample_rate
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: deque[str] = deque(maxlen=5)
        self._writer: threading.Thread | None = None

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        assert self.command is not None
        self._stderr.clear()
        try:
            proc = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as e:
            raise OSError(f"cannot start the audio player {self.command[0]!r}: {e}") from e
        threading.Thread(target=self._drain_stderr, args=(proc,), daemon=True).start()
        self._proc = proc
        return proc

    def _drain_stderr(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            line = raw.decode("utf-8", "replace").strip()
            if line:
                self._stderr.append(line)

    def _problem(self, proc: subprocess.Popen[bytes] | None, error: BaseException | None) -> str:
        name = self.command[0] if self.command else "player"
        if proc is not None and proc.poll() is not None:
            time.sleep(0.02)  # let its last words reach _drain_stderr
            # ALSA explains itself over several lines; the player's own last line says it.
            said = self._stderr[-1] if self._stderr else f"exit code {proc.returncode}"
            return f"audio output failed: {said if said.startswith(name) else f'{name}: {said}'}"
        return f"audio output failed: {name}: {error}"

    def play(self, uid: int, pcm: bytes, words: list[tuple[int, int, int]], emit: Emit) -> None:
        """Play `pcm`, sending started, word (at their audio time) and finished or failed."""
        proc = None
        if self.command is not None:
            try:
                proc = self._ensure()
            except OSError as e:
                emit({"event": "failed", "id": uid, "message": str(e), "kind": "audio"})
                return
        failure: list[BaseException] = []

        def write() -> None:
            assert proc is not None and proc.stdin is not None
            try:
                proc.stdin.write(pcm)
                proc.stdin.flush()
            except (OSError, ValueError) as e:
                failure.append(e)

        if self._writer is not None:
            # The last sentence's tail may still be going into the pipe: keep the order.
            self._writer.join(1.0)
        emit({"event": "started", "id": uid})
        t0 = time.monotonic()
        if proc is not None:
            self._writer = threading.Thread(target=write, daemon=True)
            self._writer.start()
        duration = len(pcm) / 2 / self.sample_rate
        pending = deque(words)
        while True:
            now = time.monotonic() - t0
            while pending and pending[0][0] / 1000 <= now:
                _, start, end = pending.popleft()
                emit({"event": "word", "id": uid, "start": start, "end": end})
            if proc is not None and (failure or proc.poll() is not None):
                message = self._problem(proc, failure[0] if failure else None)
                emit({"event": "failed", "id": uid, "message": message, "kind": "audio"})
                return
            if now >= duration:
                break
            next_at = pending[0][0] / 1000 if pending else duration
            time.sleep(max(0.0, min(next_at - now, 0.02)))
        emit({"event": "finished", "id": uid})


# --- engines -------------------------------------------------------------------------------


class EspeakEngine:
    """libespeak-ng in synchronous mode: synthesise a sentence, then play it in time."""

    name = "espeak-ng"

    def __init__(self, player: list[str] | None) -> None:
        try:
            from pyttsx3.drivers import _espeak
        except ImportError as e:
            raise Unavailable(f"pyttsx3 is not installed ({e})") from e
        except Exception as e:  # its import raises RuntimeError when the library is missing
            raise Unavailable(f"espeak-ng is not installed: {INSTALL_HINT}") from e
        self._e = _espeak
        self.sample_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 100)
        if self.sample_rate <= 0:
            raise Unavailable(f"espeak-ng could not start ({INSTALL_HINT})")
        self._pcm: list[bytes] = []
        self._words: list[tuple[int, int, int]] = []
        _espeak.SetSynthCallback(self._on_synth)
        self.player = Player(player, self.sample_rate)

    def voices(self) -> list[Voice]:
        out = []
        for v in self._e.ListVoices(None):
            langs = v.languages or b""
            priority = langs[0] if langs else 5
            lang = langs[1:].decode("utf-8", "replace")
            out.append(
                Voice(
                    id=v.identifier.decode("utf-8", "replace"),
                    name=v.name.decode("utf-8", "replace"),
                    languages=(lang.lower(),) if lang else (),
                    gender={1: "male", 2: "female"}.get(v.gender),
                    priority=priority,
                )
            )
        return out

    def _on_synth(self, wav: Any, numsamples: int, events: Any) -> int:
        e = self._e
        i = 0
        while events[i].type != e.EVENT_LIST_TERMINATED:
            ev = events[i]
            # 1-based, in characters; espeak-ng also sends empty words at position 0.
            if ev.type == e.EVENT_WORD and ev.text_position > 0 and ev.length > 0:
                start = ev.text_position - 1
                self._words.append((ev.audio_position, start, start + ev.length))
            i += 1
        if numsamples > 0:
            self._pcm.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def synthesize(
        self, text: str, voice: str | None, rate: int, volume: float
    ) -> tuple[bytes, list[tuple[int, int, int]]]:
        """Mono S16 PCM at ``sample_rate`` and ``(audio_ms, start, end)`` of each word."""
        e = self._e
        if voice and e.SetVoiceByName(voice.encode("utf-8")) != e.EE_OK:
            raise ValueError(f"no such voice: {voice}")
        e.SetParameter(e.RATE, rate, 0)
        e.SetParameter(e.VOLUME, round(volume * 100), 0)
        self._pcm, self._words = [], []
        e.Synth(text.encode("utf-8"), flags=e.ENDPAUSE | e.CHARS_UTF8)
        n = len(text)
        words = [(ms, min(s, n), min(t, n)) for ms, s, t in self._words if s < n]
        return b"".join(self._pcm), words

    def speak(self, uid: int, text: str, voice: str | None, rate: int, volume: float, emit: Emit):
        pcm, words = self.synthesize(text, voice, rate, volume)
        self.player.play(uid, pcm, words, emit)


class Pyttsx3Engine:
    """pyttsx3's own loop (SAPI5, NSSpeechSynthesizer): one ``runAndWait`` per sentence."""

    name = "pyttsx3"

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError as e:
            raise Unavailable(f"pyttsx3 is not installed ({e})") from e
        try:
            self._engine = pyttsx3.init()
        except Exception as e:
            raise Unavailable(f"no speech engine ({e}); {INSTALL_HINT}") from e
        self._emit: Emit | None = None
        self._uid = 0
        self._len = 0
        # The espeak driver counts from 1, the others from 0.
        self._base = 1 if type(self._engine.proxy._driver).__module__.endswith("espeak") else 0
        self._engine.connect("started-word", self._on_word)

    def voices(self) -> list[Voice]:
        out = []
        for v in self._engine.getProperty("voices") or []:
            langs = []
            for lang in getattr(v, "languages", None) or []:
                if isinstance(lang, bytes):
                    lang = lang.decode("utf-8", "replace").lstrip("\x00\x01\x02\x03\x04\x05")
                langs.append(str(lang).replace("_", "-").lower())
            out.append(Voice(id=str(v.id), name=str(v.name or v.id), languages=tuple(langs)))
        return out

    def _on_word(self, name: Any = None, location: int = 0, length: int = 0) -> None:
        if self._emit is not None:
            start = min(max(location - self._base, 0), self._len)
            end = min(start + max(length, 0), self._len)
            self._emit({"event": "word", "id": self._uid, "start": start, "end": end})

    def speak(self, uid: int, text: str, voice: str | None, rate: int, volume: float, emit: Emit):
        self._emit, self._uid, self._len = emit, uid, len(text)
        if voice:
            self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", rate)
        self._engine.setProperty("volume", volume)
        emit({"event": "started", "id": uid})
        self._engine.say(text)
        self._engine.runAndWait()
        self._emit = None
        emit({"event": "finished", "id": uid})


def make_engine(kind: str, player: list[str] | None) -> EspeakEngine | Pyttsx3Engine:
    if kind == "espeak" or (kind == "auto" and sys.platform.startswith("linux")):
        return EspeakEngine(player)
    return Pyttsx3Engine()


def player_command(spec: str) -> list[str] | None:
    """ "default" -> aplay (if installed), "null" -> None, else a JSON list of arguments."""
    if spec == "null":
        return None
    if spec == "default":
        if sys.platform.startswith("linux") and shutil.which("aplay") is None:
            raise Unavailable("no audio player: install alsa-utils (aplay)")
        return list(APLAY)
    command = json.loads(spec)
    if not (isinstance(command, list) and command and all(isinstance(a, str) for a in command)):
        raise ValueError("--player must be 'default', 'null' or a JSON list of strings")
    return command


# --- the loop ------------------------------------------------------------------------------


def _protocol_stream() -> BinaryIO:
    """Our own copy of stdout for the protocol; fd 1 then points at stderr, so a library
    that prints (pyttsx3 does) or a child process cannot corrupt the JSON lines."""
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out


def serve(stdin: BinaryIO, out: BinaryIO, engine_kind: str, player_spec: str) -> int:
    lock = threading.Lock()

    def emit(message: dict[str, Any]) -> None:
        data = (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")
        with lock:
            out.write(data)

    try:
        engine = make_engine(engine_kind, player_command(player_spec))
        voices = [v.to_dict() for v in engine.voices()]
    except Unavailable as e:
        emit({"event": "unavailable", "message": str(e)})
        return EXIT_UNAVAILABLE
    emit({"event": "ready", "engine": engine.name, "voices": voices, "pid": os.getpid()})
    for raw in stdin:
        try:
            msg = json.loads(raw)
            cmd = msg["cmd"]
        except (ValueError, KeyError, TypeError) as e:
            emit({"event": "failed", "id": None, "message": f"bad command: {e}", "kind": "engine"})
            continue
        if cmd == "quit":
            break
        if cmd == "ping":
            emit({"event": "pong"})
        elif cmd == "speak":
            uid = msg.get("id")
            try:
                engine.speak(
                    int(uid),
                    str(msg["text"]),
                    msg.get("voice"),
                    clamp_rate(msg.get("rate")),
                    clamp_volume(msg.get("volume", 1.0)),
                    emit,
                )
            except Exception as e:
                emit({"event": "failed", "id": uid, "message": str(e), "kind": "engine"})
        else:
            emit({"event": "failed", "id": None, "message": f"unknown command {cmd!r}"})
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.speech.worker")
    parser.add_argument("--engine", choices=("auto", "espeak", "pyttsx3"), default="auto")
    parser.add_argument("--player", default="default")
    args = parser.parse_args(argv)
    out = _protocol_stream()
    with contextlib.suppress(BrokenPipeError):
        return serve(sys.stdin.buffer, out, args.engine, args.player)
    return 0


if __name__ == "__main__":
    sys.exit(main())
