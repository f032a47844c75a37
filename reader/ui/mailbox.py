"""Handing results from Python threads to the GUI thread without a Qt call in the thread.

A thread that emits a Qt signal, or makes or moves a QObject, takes one of Qt's object
locks while PySide keeps the GIL held; if the GUI thread is at that moment inside
``~QObject`` under the same lock, calling into Python (PySide's ``disconnectNotify``), the
two wait for each other for ever. It happened here (a fresh-machine test run hung: a
loader worker in ``QObject::moveToThread`` holding the GIL, the GUI thread in ``~QObject``
waiting for it). So threads only append to a deque and write a byte to a socket pair; a
QSocketNotifier on the GUI thread drains the deque.
"""

from __future__ import annotations

import contextlib
import socket
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

__all__ = ["Mailbox"]


class Mailbox:
    """Results from workers to the GUI thread without a Qt call in the worker.

    ``post`` may be called from any thread; ``deliver`` runs on the thread that made the
    mailbox, for each item in order. A socket pair (not a pipe) so that QSocketNotifier
    works on every platform.
    """

    def __init__(self, deliver: Callable[[Any], None], parent: QObject) -> None:
        # Weakly: a worker holding the mailbox must never hold the last reference to the
        # loader, or Python would delete that QObject (and its notifier) on the worker.
        self._deliver = weakref.WeakMethod(deliver)  # type: ignore[arg-type]
        self._items: deque[Any] = deque()
        self._wake, self._woken = socket.socketpair()
        self._wake.setblocking(False)
        self._woken.setblocking(False)
        self._notifier = QSocketNotifier(self._woken.fileno(), QSocketNotifier.Type.Read, parent)
        self._notifier.activated.connect(self._drain)
        # The sockets close when the notifier goes (with its parent, on the GUI thread, after
        # it stopped watching the socket), not when this object goes: a worker may drop it
        # last, and an fd closed on a worker while the notifier still watched it could be
        # reused by the next socket pair under the same notifier number. Posts after that
        # find the socket closed and are dropped.
        sockets = (self._wake, self._woken)
        self._notifier.destroyed.connect(lambda *_: _close_all(*sockets))

    def post(self, item: Any) -> None:
        self._items.append(item)
        # Full: a wake-up is pending anyway. Closed: the receiver is gone, nothing to tell.
        with contextlib.suppress(OSError):
            self._wake.send(b"\0")

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            while self._woken.recv(4096):
                pass
        deliver = self._deliver()
        while self._items:
            item = self._items.popleft()
            if deliver is not None:
                deliver(item)


def _close_all(*sockets: socket.socket) -> None:
    for s in sockets:
        s.close()
