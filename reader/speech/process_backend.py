"""The parent side of the speech worker: a ``SpeechBackend`` over a child process (no Qt).

The worker (``python -m reader.speech.worker``) runs in its own process group. ``stop()``
kills that group (the worker and its audio player: silence at once, no waiting on
espeak-ng or pyttsx3, whose own ``stop()`` deadlocks or blocks for seconds) and starts a
fresh worker in the background, so the next ``speak`` does not wait for Python to start.
Events are read on a plain thread per worker and passed to the listener from there; a
worker that dies unasked is reported (``Failed(kind="crashed")`` for the utterance it was
saying) and restarted. Nothing here blocks on speech: ``speak`` writes one line to a pipe.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from reader.speech.backend import (
    INSTALL_HINT,
    Failed,
    Finished,
    Listener,
    Notice,
    Ready,
    SpeechEvent,
    Started,
    Unavailable,
    Voice,
    Word,
    clamp_rate,
    clamp_volume,
)

__all__ = ["ProcessBackend"]

_PROJECT = str(Path(__file__).resolve().parents[2])
# More crashes than this within CRASH_WINDOW seconds: give up and report the engine broken.
MAX_CRASHES = 3
CRASH_WINDOW = 10.0


class _Worker:
    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        self.ready = threading.Event()
        self.in_flight: deque[int] = deque()  # ids sent and not yet finished or failed
        self.stderr: deque[str] = deque(maxlen=10)


class ProcessBackend:
    """Speech through a worker process. See ``reader.speech.backend`` for the events."""

    def __init__(
        self,
        listener: Listener,
        *,
        engine: str = "auto",
        player: str | list[str] = "default",
        python: str = sys.executable,
        neural: bool = True,
        voices_dirs: Sequence[Path] = (),
    ) -> None:
        self._listener = listener
        player_arg = player if isinstance(player, str) else json.dumps(player)
        self._argv = [
            python, "-m", "reader.speech.worker", "--engine", engine, "--player", player_arg,
        ]  # fmt: skip
        if not neural:
            self._argv.append("--no-neural")
        for folder in voices_dirs:
            self._argv += ["--voices-dir", str(folder)]
        self._preload: str | None = None
        self._lock = threading.RLock()
        self._worker: _Worker | None = None
        self._voices: tuple[Voice, ...] = ()
        self._engine_name = ""
        self._reason: str | None = None
        self._closed = False
        self._ids = itertools.count(1)
        self._crashes: deque[float] = deque()
        self.restarts = 0  # workers started after the first (stops and crashes)
        self.loaded: dict[str, int] = {}  # natural voices loaded by a worker: ms it took

    # -- the SpeechBackend protocol ---------------------------------------------------------

    def start(self) -> None:
        with self._lock:
            if self._worker is None and not self._closed and self._reason is None:
                self._spawn()

    def preload(self, voice: str | None) -> None:
        with self._lock:
            self._preload = voice
            worker = self._worker
            if voice and worker is not None:
                with contextlib.suppress(OSError):
                    self._send(worker, {"cmd": "load", "voice": voice})

    def prepare(
        self, text: str, *, voice: str | None = None, rate: int | None = None, volume: float = 1.0
    ) -> None:
        line = {
            "cmd": "prepare",
            "text": text,
            "voice": voice,
            "rate": clamp_rate(rate),
            "volume": clamp_volume(volume),
        }
        with self._lock:
            worker = self._worker
            if worker is not None:
                with contextlib.suppress(OSError):
                    self._send(worker, line)

    def speak(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int | None = None,
        volume: float = 1.0,
        next_text: str | None = None,
    ) -> int:
        uid = next(self._ids)
        line = {
            "cmd": "speak",
            "id": uid,
            "text": text,
            "voice": voice,
            "rate": clamp_rate(rate),
            "volume": clamp_volume(volume),
        }
        if next_text:
            line["next"] = next_text
        with self._lock:
            if self._reason is not None or self._closed:
                self._deliver(Failed(uid, self._reason or "speech is closed", "engine"))
                return uid
            if self._worker is None:
                self._spawn()
            worker = self._worker
            assert worker is not None
            worker.in_flight.append(uid)
            # A worker that is dying: its reader thread reports it and starts another.
            with contextlib.suppress(OSError):
                self._send(worker, line)
        return uid

    def stop(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
            if worker is not None:
                self._kill(worker)
                if not self._closed and self._reason is None:
                    self._spawn()
                    self.restarts += 1

    def voices(self) -> tuple[Voice, ...]:
        return self._voices

    def unavailable_reason(self) -> str | None:
        return self._reason

    def close(self) -> None:
        with self._lock:
            self._closed = True
            worker, self._worker = self._worker, None
            if worker is not None:
                self._kill(worker)

    # -- extras for the CLI, tests and the bench ----------------------------------------------

    @property
    def engine_name(self) -> str:
        return self._engine_name

    @property
    def pid(self) -> int | None:
        """The current worker's process id (also its process group id on POSIX)."""
        worker = self._worker
        return worker.proc.pid if worker else None

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Block until the current worker is ready (not for the GUI thread)."""
        self.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            worker = self._worker
            if self._reason is not None or self._closed:
                return False
            if worker is not None and worker.ready.wait(0.05):
                return True
        return False

    # -- internals --------------------------------------------------------------------------

    def _spawn(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PROJECT, env.get("PYTHONPATH")) if p)
        env.setdefault("PYTHONUNBUFFERED", "1")
        kwargs: dict[str, Any] = {}
        if os.name == "posix":
            kwargs["start_new_session"] = True  # own session and process group
        else:
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        try:
            proc = subprocess.Popen(
                self._argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                **kwargs,
            )
        except OSError as e:
            self._give_up(f"cannot start the speech worker: {e}")
            return
        worker = _Worker(proc)
        self._worker = worker
        if self._preload:  # a fresh worker (after Stop or Pause) loads the voice at once
            with contextlib.suppress(OSError):
                self._send(worker, {"cmd": "load", "voice": self._preload})
        for target, stream in ((self._read, proc.stdout), (self._read_stderr, proc.stderr)):
            threading.Thread(
                target=target, args=(worker, stream), name="speech-events", daemon=True
            ).start()

    @staticmethod
    def _send(worker: _Worker, message: dict[str, Any]) -> None:
        stdin = worker.proc.stdin
        assert stdin is not None
        stdin.write((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))
        stdin.flush()

    @staticmethod
    def _kill(worker: _Worker) -> None:
        proc = worker.proc
        with contextlib.suppress(OSError):
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)  # the worker and its audio player
            else:
                proc.kill()
        # Only stdin: its reader threads see the end of stdout and stderr and finish.
        with contextlib.suppress(OSError):
            if proc.stdin is not None:
                proc.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(2.0)

    def _deliver(self, event: SpeechEvent) -> None:
        try:
            self._listener(event)
        except Exception as e:  # a listener's bug must not kill the event thread
            print(f"speech listener failed on {event!r}: {e!r}", file=sys.stderr)

    def _give_up(self, reason: str) -> None:
        self._reason = reason
        self._worker = None
        self._deliver(Unavailable(reason))

    def _read_stderr(self, worker: _Worker, stream: IO[bytes]) -> None:
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                worker.stderr.append(line)

    def _read(self, worker: _Worker, stream: IO[bytes]) -> None:
        for raw in stream:
            try:
                msg = json.loads(raw)
            except ValueError:
                continue
            with self._lock:
                if worker is not self._worker:
                    return  # stopped: nothing of it may reach the listener any more
                event = self._event(worker, msg)
                if event is not None:
                    self._deliver(event)
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.proc.wait(2.0)
        with self._lock:
            if worker is not self._worker:
                return
            self._worker = None
            self._crashed(worker)

    def _event(self, worker: _Worker, msg: dict[str, Any]) -> SpeechEvent | None:
        kind = msg.get("event")
        uid = msg.get("id")
        if kind == "word":
            return Word(uid, int(msg["start"]), int(msg["end"]))
        if kind == "started":
            return Started(uid)
        if kind in ("finished", "failed"):
            with contextlib.suppress(ValueError):
                worker.in_flight.remove(uid)
            if kind == "finished":
                return Finished(uid)
            return Failed(uid, str(msg.get("message", "")), msg.get("kind", "engine"))
        if kind == "ready":
            self._voices = tuple(Voice.from_dict(v) for v in msg.get("voices", ()))
            self._engine_name = str(msg.get("engine", ""))
            worker.ready.set()
            problems = tuple(str(p) for p in msg.get("problems") or ())
            return Ready(self._voices, self._engine_name, problems)
        if kind == "loaded":
            self.loaded.setdefault(str(msg.get("voice")), int(msg.get("ms") or 0))
            return None
        if kind == "notice":
            voice = msg.get("voice")
            return Notice(str(msg.get("message", "")), str(voice) if voice else None)
        if kind == "unavailable":
            self._reason = str(msg.get("message") or f"no speech engine; {INSTALL_HINT}")
            return Unavailable(self._reason)
        return None

    def _crashed(self, worker: _Worker) -> None:
        if self._reason is not None or self._closed:
            return  # it said why it could not run
        code = worker.proc.returncode
        detail = "; ".join(list(worker.stderr)[-2:])
        message = f"the speech worker stopped (exit code {code})" + (
            f": {detail}" if detail else ""
        )
        if not worker.ready.is_set():
            self._give_up(message)  # it cannot even start: restarting would only loop
            return
        now = time.monotonic()
        self._crashes.append(now)
        while self._crashes and now - self._crashes[0] > CRASH_WINDOW:
            self._crashes.popleft()
        uid = worker.in_flight[0] if worker.in_flight else None
        self._deliver(Failed(uid, message, "crashed"))
        if len(self._crashes) > MAX_CRASHES:
            self._give_up(f"{message}; it stopped {len(self._crashes)} times in a row")
            return
        self._spawn()
        self.restarts += 1
