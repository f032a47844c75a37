"""The speech worker: a child process that says one sentence at a time (no Qt).

Run as ``python -m reader.speech.worker [--engine auto|espeak|pyttsx3] [--player P]``,
in its own process group (the parent stops speech by killing the group: the worker and
its audio player die at once, and a new worker is started). JSON lines:

    stdin   {"cmd": "speak", "id": 7, "text": "...", "voice": "aav/vi", "rate": 175,
             "volume": 1.0}
            (optional "next": the following sentence's text, made while this one plays)
            {"cmd": "load", "voice": "piper:en_US-joe-medium"}   (before the first Play)
            {"cmd": "prepare", "text": "...", "voice": "piper:...", "rate": 175, "volume": 1.0}
            {"cmd": "ping"}   {"cmd": "quit"}
    stdout  {"event": "ready", "engine": "espeak-ng", "voices": [...], "pid": 123}
            (and "problems": ["..."], the Piper voices that could not be read)
            {"event": "unavailable", "message": "..."}          (then exit code 3)
            {"event": "loaded", "voice": "piper:...", "ms": 420}
            {"event": "notice", "kind": "fallback", "voice": "piper:...", "message": "..."}
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
* Piper (``reader.speech.mixed_engine`` and ``piper_engine``, the ``neural`` extra), beside
  either: the voices found by ``reader.speech.voices`` (ids ``piper:NAME``). A sentence is
  made phrase by phrase and streamed to the player as each is ready; the next sentence is
  made while one plays. A voice that cannot be loaded is said ("notice") and the system voice of its
  language reads instead (``--no-neural``: system voices only).

The audio player (``--player``) reads raw signed 16-bit mono PCM on its stdin: "default"
is the platform's (``reader.speech.audio_player``: aplay on Linux, none elsewhere, where
natural voices are then not offered); "null" discards audio but keeps the timing; anything
else is a JSON list of arguments (``{rate}`` is replaced by the sample rate), which tests use
to capture what would be heard.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reader.speech import audio_player
from reader.speech.backend import INSTALL_HINT, Voice, clamp_rate, clamp_volume
from reader.speech.mixed_engine import Chunk, Emit, MixedEngine

EXIT_UNAVAILABLE = 3

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
        self.play_stream(uid, iter([(pcm, words)]), emit)

    def play_stream(self, uid: int, chunks: Iterator[Chunk], emit: Emit) -> None:
        """Play `chunks` as they come (each word's ms counts from its chunk's start):
        "started" once the first is ready, words at their audio time, then finished or
        failed. The rest are made (by `chunks`, on a thread) while the first plays."""
        first = next(chunks, None)  # an engine error here is the caller's "failed"
        proc = None
        if self.command is not None:
            try:
                proc = self._ensure()
            except OSError as e:
                emit({"event": "failed", "id": uid, "message": str(e), "kind": "audio"})
                return
        failure: list[BaseException] = []  # writing to the player
        broken: list[BaseException] = []  # making the rest of the audio
        pending: deque[tuple[float, int, int]] = deque()  # (seconds, start, end)
        state = {"seconds": 0.0, "done": False}
        lock = threading.Lock()
        to_write: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

        def add(chunk: Chunk) -> None:
            pcm, words = chunk
            with lock:
                at = state["seconds"]
                pending.extend((at + ms / 1000, start, end) for ms, start, end in words)
                state["seconds"] = at + len(pcm) / 2 / self.sample_rate
            if proc is not None:
                to_write.put(pcm)

        def produce() -> None:
            try:
                for chunk in chunks:
                    add(chunk)
            except Exception as e:  # the rest of the sentence is lost: say why, end it
                broken.append(e)
            finally:
                with lock:
                    state["done"] = True
                to_write.put(None)

        def write() -> None:
            assert proc is not None and proc.stdin is not None
            while (pcm := to_write.get()) is not None:
                try:
                    proc.stdin.write(pcm)
                    proc.stdin.flush()
                except (OSError, ValueError) as e:
                    failure.append(e)
                    return

        if self._writer is not None:
            # The last sentence's tail may still be going into the pipe: keep the order.
            self._writer.join(1.0)
        if first is not None:
            add(first)
        emit({"event": "started", "id": uid})
        t0 = time.monotonic()
        if proc is not None:
            self._writer = threading.Thread(target=write, daemon=True)
            self._writer.start()
        threading.Thread(target=produce, daemon=True).start()
        while True:
            now = time.monotonic() - t0
            with lock:
                while pending and pending[0][0] <= now:
                    _, start, end = pending.popleft()
                    emit({"event": "word", "id": uid, "start": start, "end": end})
                done, duration = state["done"], state["seconds"]
                next_at = pending[0][0] if pending else duration
            if proc is not None and (failure or proc.poll() is not None):
                message = self._problem(proc, failure[0] if failure else None)
                emit({"event": "failed", "id": uid, "message": message, "kind": "audio"})
                return
            if done and broken:
                emit({"event": "failed", "id": uid, "message": str(broken[0]), "kind": "engine"})
                return
            if done and now >= duration:
                break
            time.sleep(max(0.0, min(next_at - now, 0.02)))
        emit({"event": "finished", "id": uid})

    def close(self) -> None:
        """End the player process (another sample rate needs another player)."""
        if self._proc is not None and self._proc.poll() is None:
            with contextlib.suppress(OSError):
                self._proc.kill()


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
            out.append(
                Voice(str(v.id), str(v.name or v.id), tuple(langs), engine="pyttsx3")
            )
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


def neural_voices(folders: Sequence[Path]) -> tuple[list[Voice], list[str]]:
    """The Piper voices found (none without piper-tts) and what was wrong with others."""
    from reader.speech.voices import discover_piper_voices, piper_installed

    found = discover_piper_voices(folders)
    if found.voices and not piper_installed():
        n = len(found.voices)
        found.problems.append(
            f"{n} Piper voice(s) found, but Piper is not installed: "
            "pip install 'bulletin-reader[neural]'"
        )
        return [], found.problems
    return found.voices, found.problems


def player_command(spec: str) -> list[str] | None:
    """ "default" -> the platform's player (None where it has none), "null" -> None, else a
    JSON list of arguments."""
    if spec == "null":
        return None
    if spec == "default":
        try:
            return audio_player.default_player()
        except audio_player.PlayerMissing as e:
            raise Unavailable(str(e)) from e
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


def serve(
    stdin: BinaryIO,
    out: BinaryIO,
    engine_kind: str,
    player_spec: str,
    voices_dirs: Sequence[Path] = (),
    neural: bool = True,
) -> int:
    lock = threading.Lock()

    def emit(message: dict[str, Any]) -> None:
        data = (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")
        with lock:
            out.write(data)

    try:
        command = player_command(player_spec)
        base = make_engine(engine_kind, command)
    except Unavailable as e:
        emit({"event": "unavailable", "message": str(e)})
        return EXIT_UNAVAILABLE
    found, problems = neural_voices(voices_dirs) if neural else ([], [])
    if found and command is None and player_spec == "default":  # Windows, macOS
        found, problems = [], [*problems, audio_player.NO_PCM_PLAYER.format(sys.platform)]
    engine = MixedEngine(base, lambda rate: Player(command, rate), found)
    voices = [v.to_dict() for v in engine.voices()]
    emit(
        {
            "event": "ready",
            "engine": engine.name,
            "voices": voices,
            "problems": problems,
            "pid": os.getpid(),
        }
    )
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
        elif cmd == "load":
            engine.load(str(msg.get("voice")), emit)
        elif cmd == "prepare":
            engine.prepare(
                str(msg.get("text") or ""),
                msg.get("voice"),
                clamp_rate(msg.get("rate")),
                clamp_volume(msg.get("volume", 1.0)),
                emit,
            )
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
                    msg.get("next") if isinstance(msg.get("next"), str) else None,
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
    parser.add_argument("--voices-dir", action="append", default=[], type=Path)
    parser.add_argument("--no-neural", action="store_true", help="system voices only")
    args = parser.parse_args(argv)
    out = _protocol_stream()
    with contextlib.suppress(BrokenPipeError):
        return serve(
            sys.stdin.buffer, out, args.engine, args.player, args.voices_dir, not args.no_neural
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
