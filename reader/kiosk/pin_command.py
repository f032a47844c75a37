"""``bulletin-reader kiosk-pin``: ask for an admin PIN, print the config line holding its hash.

At a terminal the PIN is asked twice without echo (getpass); from a pipe or a file one line
is read (for scripts: ``printf '%s\\n' "$PIN" | bulletin-reader kiosk-pin``). The PIN itself
is never printed nor written anywhere.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from reader.kiosk.pin import hash_pin, pin_problem

CONFIG_KEY = "admin_pin_hash"
MAX_LINE = 4096  # a pasted line longer than this is not a PIN


def _error(err: TextIO, message: str) -> int:
    print(f"bulletin-reader: error: {message}", file=err)
    return 2


def _read_pin(stdin: TextIO, err: TextIO) -> str | None:
    """The PIN typed or piped in; None after saying why there is none."""
    if stdin.isatty():
        try:
            first = getpass.getpass("New admin PIN (digits): ")
            second = getpass.getpass("The same PIN again: ")
        except (EOFError, KeyboardInterrupt):
            print(file=err)
            _error(err, "no PIN given")
            return None
        if first != second:
            _error(err, "the two PINs differ; nothing was printed")
            return None
        return first
    line = stdin.readline(MAX_LINE)
    if not line:
        _error(err, "no PIN on stdin (one line of digits expected)")
        return None
    return line.strip()  # a stray space or CR from a script is not part of the PIN


def run(stdin: TextIO | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    stdin = sys.stdin if stdin is None else stdin
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        pin = _read_pin(stdin, err)
    except UnicodeDecodeError:
        return _error(err, "the PIN on stdin is not text")
    if pin is None:
        return 2
    problem = pin_problem(pin)
    if problem:
        return _error(err, f"{problem}; nothing was printed")
    print(f'{CONFIG_KEY} = "{hash_pin(pin)}"', file=out, flush=True)
    return 0
