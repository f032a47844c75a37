"""What ``bulletin-reader --version`` prints: the reader's version with Python's, Qt's and the
speech engines', for bug reports.

Cheap and never failing: package versions come from their installed metadata (nothing is
imported but QtCore), espeak-ng answers ``--version`` in a few milliseconds, and anything
missing or broken is "not installed" (or its error), never a traceback.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from importlib import metadata

from reader import __version__

NOT_INSTALLED = "not installed"
# The speech engines' Python packages: pyttsx3 (SAPI5, NSSpeechSynthesizer, espeak-ng's
# binding), piper-tts (the natural voices, the [neural] extra).
SPEECH_PACKAGES = ("pyttsx3", "piper-tts")


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return NOT_INSTALLED


def qt_versions() -> tuple[str, str]:
    """(Qt, PySide6) as the running library says."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as e:  # a broken install is what a bug report must show
        return f"cannot load ({e})", package_version("PySide6-Essentials")
    return qVersion(), PySide6.__version__


def espeak_version() -> str:
    """``espeak-ng --version``: "eSpeak NG text-to-speech: 1.51  Data at: ..." -> "1.51"."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        return NOT_INSTALLED
    try:
        out = subprocess.run(
            [exe, "--version"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError) as e:
        return f"{NOT_INSTALLED} ({e.__class__.__name__})"
    words = out.split(":", 1)[-1].split()
    return words[0] if words else out.strip() or "unknown"


def report() -> str:
    qt, pyside = qt_versions()
    lines = [
        f"bulletin-reader {__version__}",
        f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
        f"Qt {qt}",
        f"PySide6 {pyside}",
        f"espeak-ng {espeak_version()}",
    ]
    lines += [f"{name} {package_version(name)}" for name in SPEECH_PACKAGES]
    return "\n".join(lines)
