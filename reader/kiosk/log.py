"""Every error into a rotating log file with its stack trace: nobody watches a kiosk's stderr.

``install_error_log(state_dir)`` adds a ``RotatingFileHandler`` (1 MB x 5) to the ``reader``
logger and sets ``sys.excepthook`` and ``threading.excepthook`` (PySide6 hands an exception
raised in a slot to ``sys.excepthook`` too). With ``chain=True`` (the desktop reader) the
hooks then call the ones they replaced, so the traceback still reaches stderr as before;
the kiosk passes ``chain=False``: logged once, and the window goes on. A log that cannot be
written (a read-only home, a full disk) never stops the program: ``ErrorLog.problem`` says
why, and the hooks still chain.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["LOGGER", "LOG_NAME", "ErrorLog", "install_error_log", "log_problems"]

LOG_NAME = "bulletin-reader.log"
LOGGER = "reader"  # every module's logging.getLogger(__name__) is below it
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


@dataclass
class ErrorLog:
    """What ``install_error_log`` did, to undo it (tests) and to say where the log is."""

    path: Path
    handler: logging.Handler | None
    problem: str | None = None  # why the file cannot be written (English)
    _previous: dict[str, Any] = field(default_factory=dict)

    def uninstall(self) -> None:
        logger = logging.getLogger(LOGGER)
        if self.handler is not None:
            logger.removeHandler(self.handler)
            self.handler.close()
            self.handler = None
        if sys.excepthook is self._previous.get("sys_hook"):
            sys.excepthook = self._previous["sys_before"]
        if threading.excepthook is self._previous.get("thread_hook"):
            threading.excepthook = self._previous["thread_before"]
        if "level" in self._previous:
            logger.setLevel(self._previous.pop("level"))


def _open_handler(path: Path, max_bytes: int) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    return handler


def install_error_log(
    state_dir: Path, *, chain: bool = True, max_bytes: int = MAX_BYTES
) -> ErrorLog:
    """Log to ``state_dir/bulletin-reader.log`` (rotated at ``max_bytes``, 5 kept), and log
    every uncaught exception, of the main thread and of any other, with its traceback."""
    path = state_dir / LOG_NAME
    logger = logging.getLogger(LOGGER)
    log = ErrorLog(path, None)
    try:
        log.handler = _open_handler(path, max_bytes)
    except OSError as e:
        log.problem = f"cannot write the log {path} ({e.strerror or e})"
    else:
        logger.addHandler(log.handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            log._previous["level"] = logger.level
            logger.setLevel(logging.INFO)

    sys_before = sys.excepthook
    thread_before = threading.excepthook
    chain = chain or log.handler is None  # with no file, stderr is all there is

    def sys_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logger.critical("uncaught exception", exc_info=(kind, value, tb))
        if chain or issubclass(kind, KeyboardInterrupt):
            sys_before(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread ending itself is not an error
            return
        name = args.thread.name if args.thread is not None else "?"
        logger.critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        if chain:
            thread_before(args)

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook
    log._previous.update(
        sys_hook=sys_hook, sys_before=sys_before, thread_hook=thread_hook,
        thread_before=thread_before,
    )  # fmt: skip
    return log


def log_problems(problems: list[str], *, source: str) -> None:
    """Config problems and the like: warnings in the log, one line each."""
    logger = logging.getLogger(f"{LOGGER}.kiosk")
    for problem in problems:
        logger.warning("%s: %s", source, problem)
