"""The ``bulletin-reader-gui`` entry point: the same program as ``bulletin-reader``, installed
as a GUI script (on Windows: started without a console window).

Without a console, pythonw gives the program no stdout and stderr (None); the warnings the
reader prints would then raise, so they go to the null device instead.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process' life)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from reader.app import main as run

    return run(argv)
