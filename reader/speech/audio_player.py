"""The platform's player for raw PCM (what espeak-ng's synchronous mode and Piper make): the
one place that names a player program.

Linux: ``aplay`` (alsa-utils), started once and kept. Windows and macOS have no standard
program that plays raw PCM from stdin; there the system engine (pyttsx3: SAPI5,
NSSpeechSynthesizer) plays its own audio, so no player is named and natural (Piper) voices,
which need one, are not offered (docs/platforms.md).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

APLAY = [
    "aplay", "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", "{rate}",
    # Start playing on the first period instead of when the buffer is full (the default,
    # which would delay the first audio by the whole buffer).
    "--buffer-time=200000", "--period-time=20000", "--start-delay=1", "-",
]  # fmt: skip
APLAY_MISSING = "no audio player: install alsa-utils (aplay)"
NO_PCM_PLAYER = (
    "natural voices are not offered on this system ({0}): no player for their raw audio "
    "is known (docs/platforms.md)"
)


class PlayerMissing(Exception):
    """The platform's player is not installed (the message is for the user)."""


def default_player(
    platform: str | None = None, which: Callable[[str], str | None] = shutil.which
) -> list[str] | None:
    """The player's command (``{rate}`` to fill in), or None where the platform has none."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        if which("aplay") is None:
            raise PlayerMissing(APLAY_MISSING)
        return list(APLAY)
    return None
