"""Putting the reader in the desktop's menu: `--install-desktop` / `--uninstall-desktop` (no Qt).

Three shipped files (resources/desktop/) are copied under an XDG data folder: the menu entry
to ``applications/``, the AppStream metainfo to ``metainfo/``, the icon to
``icons/hicolor/scalable/apps/``. The entry's Exec and TryExec name the Python running now,
by its absolute path, with ``-P -m reader``: that is the venv's (or pipx's) own interpreter,
so the menu starts this very install whatever PATH the desktop session has, and however the
reader was started (the ``bulletin-reader`` script or ``python -m reader``). The path is
kept as the venv has it (not resolved: resolving leaves the venv for the system Python);
``-P`` keeps the launcher's working folder off the module path (a ``reader.py`` in the
home folder must not be what starts).

Uninstall removes those three files if they are there and nothing else (folders stay).
update-desktop-database and gtk-update-icon-cache are run when installed, after install and
uninstall alike, so their caches never name a removed entry; their failure is only reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from reader import locations

APP_ID = locations.APP_ID
SYSTEM_DATA_DIR = Path("/usr/share")
# Exit statuses (README): 0 done, 2 bad arguments, 4 a folder or file cannot be written/removed.
EXIT_CANNOT_WRITE = 4
# (shipped name, folder under the data dir)
FILES = (
    (f"{APP_ID}.desktop", Path("applications")),
    (f"{APP_ID}.metainfo.xml", Path("metainfo")),
    (f"{APP_ID}.svg", Path("icons/hicolor/scalable/apps")),
)
_FREEDESKTOP = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")
_EXEC_RESERVED = '"`$\\'
_EXEC_QUOTE_WHEN = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopError(Exception):
    """A folder or file that cannot be written or removed; the message says which and why."""


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)  # or removed, for uninstall
    notes: list[str] = field(default_factory=list)  # the cache tools that ran
    problems: list[str] = field(default_factory=list)  # those that failed (not fatal)


def user_data_dir() -> Path:
    """$XDG_DATA_HOME (else ~/.local/share) on Linux, through platformdirs."""
    import platformdirs

    return Path(platformdirs.user_data_dir(roaming=False)).expanduser()


def target_paths(data_dir: Path) -> list[Path]:
    return [data_dir / folder / name for name, folder in FILES]


def program_command() -> list[str]:
    """The running interpreter (absolute, symlinks kept) and ``-P -m reader``."""
    python = Path(sys.executable or "python3")
    return [str(python if python.is_absolute() else python.absolute()), "-P", "-m", "reader"]


def quote_exec_arg(arg: str) -> str:
    """One argument as the Desktop Entry spec's Exec wants it, then escaped as a string value
    (so a backslash is written four times)."""
    arg = arg.replace("%", "%%")  # a literal percent sign; %f is the launcher's
    if arg and not (_EXEC_QUOTE_WHEN & set(arg)):
        return arg
    inner = "".join("\\" + c if c in _EXEC_RESERVED else c for c in arg)
    return ('"' + inner + '"').replace("\\", "\\\\").replace("\n", "\\n")


def desktop_entry_text(shipped: str, command: Sequence[str]) -> str:
    """The shipped entry with Exec (``command`` and %f) and TryExec for this install."""
    exec_line = " ".join(quote_exec_arg(a) for a in command) + " %f"
    lines = []
    for line in shipped.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\").replace("\n", "\\n")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _shipped(name: str) -> bytes:
    return (locations.resources_dir() / "desktop" / name).read_bytes()


def _why(e: OSError) -> str:
    return e.strerror or str(e)


def install(data_dir: Path, command: Sequence[str] | None = None) -> Outcome:
    """Write the three files under ``data_dir`` (folders made as needed); raises DesktopError."""
    command = list(command or program_command())
    outcome = Outcome()
    for (name, _folder), target in zip(FILES, target_paths(data_dir), strict=True):
        data = _shipped(name)
        if name.endswith(".desktop"):
            data = desktop_entry_text(data.decode("utf-8"), command).encode("utf-8")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, data)
        except OSError as e:
            raise DesktopError(f"cannot write {target}: {_why(e)}") from None
        outcome.written.append(target)
    outcome.notes, outcome.problems = refresh_caches(data_dir)
    return outcome


def uninstall(data_dir: Path) -> Outcome:
    """Remove the three files from ``data_dir`` where they are; nothing else is touched."""
    outcome = Outcome()
    for target in target_paths(data_dir):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as e:
            raise DesktopError(f"cannot remove {target}: {_why(e)}") from None
        outcome.written.append(target)
    if outcome.written:
        outcome.notes, outcome.problems = refresh_caches(data_dir)
    return outcome


def _write_atomically(target: Path, data: bytes) -> None:
    """Written beside it and renamed: a menu never reads half an entry."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


Runner = Callable[[list[str]], subprocess.CompletedProcess]


def _run(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)


def refresh_caches(data_dir: Path, run: Runner = _run) -> tuple[list[str], list[str]]:
    """Run the desktop's cache tools where installed; never fails: (what ran, what failed)."""
    jobs = (
        ("update-desktop-database", ["-q", str(data_dir / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(data_dir / "icons" / "hicolor")]),
    )
    notes: list[str] = []
    problems: list[str] = []
    for tool, args in jobs:
        found = shutil.which(tool)
        if found is None:
            notes.append(f"{tool} is not installed: not needed, the menu reads the folder")
            continue
        try:
            done = run([found, *args])
        except (OSError, subprocess.SubprocessError) as e:
            problems.append(f"{tool} could not run ({e}); the menu may update later")
            continue
        if done.returncode != 0:
            why = (done.stderr or "").strip().splitlines()[-1:] or [f"status {done.returncode}"]
            problems.append(f"{tool} failed ({why[0]}); the menu may update later")
        else:
            notes.append(f"ran {tool}")
    return notes, problems


def run(opts: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """The command: what was written or removed on ``out``, problems on ``err``."""
    if not (opts.install_desktop or opts.uninstall_desktop):
        print("bulletin-reader: error: --data-dir and --system go with --install-desktop "
              "or --uninstall-desktop", file=err)  # fmt: skip
        return 2
    if opts.data_dir is None and not sys.platform.startswith(_FREEDESKTOP):
        print("bulletin-reader: error: the desktop menu files are for Linux and BSD desktops "
              "(freedesktop.org); give --data-dir to write them anyway", file=err)  # fmt: skip
        return 2
    if opts.path is not None or opts.kiosk or opts.library or opts.config is not None:
        print("bulletin-reader: error: --install-desktop and --uninstall-desktop take no "
              "PATH, --kiosk, --config or --library", file=err)  # fmt: skip
        return 2
    data_dir = SYSTEM_DATA_DIR if opts.system else opts.data_dir or user_data_dir()
    try:
        if opts.install_desktop:
            outcome = install(data_dir.absolute())
        else:
            outcome = uninstall(data_dir.absolute())
    except DesktopError as e:
        hint = " (for /usr/share run it as root)" if opts.system else ""
        print(f"bulletin-reader: error: {e}{hint}", file=err)
        return EXIT_CANNOT_WRITE
    if opts.install_desktop:
        for path in outcome.written:
            print(f"wrote {path}", file=out)
        print(f"the menu entry starts: {' '.join(program_command())}", file=out)
    elif outcome.written:
        for path in outcome.written:
            print(f"removed {path}", file=out)
        print("nothing else was removed", file=out)
    else:
        print(f"nothing to remove: no Bulletin Reader menu files under {data_dir}", file=out)
    for note in outcome.notes:
        print(note, file=out)
    for problem in outcome.problems:
        print(f"bulletin-reader: warning: {problem}", file=err)
    return 0
