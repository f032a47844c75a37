"""A private Xvfb for the tests that need a real X server.

``Xvfb -displayfd`` alone takes the lowest free number by its lock file in /tmp; another
X server in another mount namespace (a container, a chroot sharing the network namespace)
has no lock file here but does own the abstract socket ``@/tmp/.X11-unix/X0``, and the
reader then connected to that one and died ("could not connect to display :0", seen
once). So the number is picked from a random range and checked against both.
"""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path


def _taken(n: int) -> bool:
    if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        return True
    try:
        sockets = Path("/proc/net/unix").read_text()
    except OSError:
        sockets = ""
    return f"@/tmp/.X11-unix/X{n}\n" in sockets


def start_xvfb(screen: str = "1280x1024x24") -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display; returns the process and ":N" once it accepts clients."""
    first = random.randrange(100, 900)
    for n in range(first, first + 60):
        if _taken(n):
            continue
        read_fd, write_fd = os.pipe()
        proc = subprocess.Popen(
            ["Xvfb", f":{n}", "-displayfd", str(write_fd), "-screen", "0", screen,
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            ready = f.readline().strip()  # written once the server accepts connections
        if ready == str(n) and proc.poll() is None:
            return proc, f":{n}"
        proc.kill()
        proc.wait()
    raise RuntimeError("no free X display number for Xvfb")
