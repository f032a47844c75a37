"""A private Xvfb for the tests that need a real X server (standard library only).

The number is picked from a random range and checked against lock files, socket files
and abstract sockets: an X server in another mount namespace (a container, a chroot
sharing the network namespace) has no lock file here but owns ``@/tmp/.X11-unix/XN``.

"Ready" is not taken on Xvfb's word alone: ``-displayfd`` says when the server has set
up, and then an X11 connection set-up is made the way libxcb makes it (abstract socket
first, then the socket file) until the server answers "success". CI once saw the reader
fail with "could not connect to display" right after Xvfb reported ready; the server's
own log is kept so that a failure says what the server said.
"""

from __future__ import annotations

import os
import random
import socket
import struct
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# byte order 'l' (little endian), protocol 11.0, no authorisation
_SETUP = struct.pack("<BxHHHHxx", ord("l"), 11, 0, 0, 0)


@dataclass
class XServer:
    proc: subprocess.Popen[bytes]
    display: str
    log: Path

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.unlink(missing_ok=True)

    def describe(self) -> str:
        """The server's state, for a failure message."""
        code = self.proc.poll()
        state = "running" if code is None else f"exited with {code}"
        answer = handshake(int(self.display[1:]))
        try:
            log = self.log.read_text(errors="replace")[-1500:]
        except OSError:
            log = "(no log)"
        return f"Xvfb {self.display} {state}; X11 set-up now: {answer}; its log:\n{log}"


def _taken(n: int) -> bool:
    if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        return True
    try:
        sockets = Path("/proc/net/unix").read_text()
    except OSError:
        sockets = ""
    return f"@/tmp/.X11-unix/X{n}\n" in sockets


def handshake(n: int) -> str:
    """Make an X11 connection set-up on display n; "success" or what went wrong."""
    errors = []
    for address in (f"\0/tmp/.X11-unix/X{n}", f"/tmp/.X11-unix/X{n}"):
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(5)
                s.connect(address)
                s.sendall(_SETUP)
                first = s.recv(1)
        except OSError as e:
            errors.append(f"{address.lstrip(chr(0))}: {e}")
            continue
        return {b"\x01": "success", b"\x00": "refused", b"\x02": "authentication asked"}.get(
            first, f"unexpected answer {first!r}"
        )
    return "; ".join(errors)


def _start_on(n: int, screen: str, failures: list[str]) -> XServer | None:
    fd, log_name = tempfile.mkstemp(prefix=f"xvfb-{n}-", suffix=".log")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", f":{n}", "-displayfd", str(write_fd), "-screen", "0", screen,
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=fd, stderr=fd,
    )  # fmt: skip
    os.close(write_fd)
    os.close(fd)
    server = XServer(proc, f":{n}", Path(log_name))
    with os.fdopen(read_fd) as f:
        ready = f.readline().strip()  # written once the server has set up
    if ready == str(n):
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            if handshake(n) == "success":
                return server
            time.sleep(0.05)
    failures.append(f"reported {ready!r}; " + server.describe())
    server.stop()
    return None


def start_xvfb(screen: str = "1280x1024x24") -> XServer:
    """Start Xvfb on a free display and return it once it accepts an X11 client."""
    first = random.randrange(100, 900)
    failures: list[str] = []
    for n in range(first, first + 60):
        if not _taken(n) and (server := _start_on(n, screen, failures)) is not None:
            return server
    raise RuntimeError("Xvfb did not start:\n" + "\n".join(failures[-3:]))
