"""The search index run off the GUI thread: updates and queries, newest query wins.

One SearchIndex belongs to one thread: a worker thread updates through its own, another
searches through its own (WAL: a query never waits for an update, even the first index of a
big library). Results come back through a Mailbox (no Qt call in the workers, see
reader.ui.mailbox). A query asked while an older one waits is run instead of it, and an
answer older than the newest request is dropped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import traceback
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.library.index import IndexRebuilt, IndexUnavailable, SearchIndex
from reader.library.search_query import EmptyQuery
from reader.ui.mailbox import Mailbox

RESULT_LIMIT = 200


@dataclass(frozen=True)
class SearchRequest:
    text: str
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"  # or "date"


class SearchRunner(QObject):
    updated = Signal(object)  # UpdateReport, after the index caught up with the folders
    found = Signal(object, list)  # the SearchRequest answered, its SearchHits
    notice = Signal(str)  # the index was rebuilt or cannot be used: said once

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._updater = ThreadPoolExecutor(1, "reader-index")
        self._searcher = ThreadPoolExecutor(1, "reader-search")
        self._mailbox = Mailbox(self._deliver, self)
        self._ids = itertools.count(1)
        self._newest = [0]
        self._closed = {"closed": False}  # shared: both workers stop
        self._futures: list[Future[None]] = []  # for wait()
        self._update_state: dict[str, Any] = {"index": None, "folder": cache_dir}
        self._search_state: dict[str, Any] = {"index": None, "folder": cache_dir}
        self._roots: tuple[Path, ...] = ()
        self._said: set[str] = set()

    def update(self, roots: Sequence[Path]) -> None:
        """Bring the index in line with ``roots`` (new, changed, deleted files)."""
        if self._closed["closed"]:
            return
        self._roots = tuple(roots)
        state = self._update_state
        self._keep(
            self._updater.submit(_update, state, self._closed, self._roots, self._mailbox.post)
        )

    def search(self, request: SearchRequest) -> int:
        number = next(self._ids)
        if self._closed["closed"]:
            return number
        self._newest[0] = number
        post, newest, roots = self._mailbox.post, self._newest, self._roots
        state, closed = self._search_state, self._closed
        self._keep(
            self._searcher.submit(_search, state, closed, request, number, newest, roots, post)
        )
        return number

    def close(self) -> None:
        """No more work: an update under way stops after the batch it is writing (what was
        committed stays), and the worker closes the index. Does not wait (the window is
        closing; Python waits for the worker at exit)."""
        if self._closed["closed"]:
            return
        self._closed["closed"] = True
        for pool, state in (
            (self._updater, self._update_state),
            (self._searcher, self._search_state),
        ):
            self._keep(pool.submit(_close, state))
            pool.shutdown(wait=False)  # queued tasks see "closed" and return at once

    def _keep(self, future: Future[None]) -> None:
        self._futures = [f for f in self._futures if not f.done()] + [future]

    def wait(self, msecs: int = 5000) -> bool:
        """After close: wait until the workers are done (the application is ending, or a test
        starts the next window); True if they are."""
        _done, pending = wait_futures(self._futures, msecs / 1000)
        return not pending

    def _deliver(self, item: tuple[str, Any]) -> None:
        kind, payload = item
        if kind == "updated":
            if payload.notice:  # built again during the update: the searcher reopens it
                self._search_state["reopen"] = True
            self.updated.emit(payload)
        elif kind == "rebuilt":  # found damaged by a search: the updater reopens and fills it
            self._update_state["reopen"] = True
            self.update(self._roots)
            self._deliver(("notice", payload))
        elif kind == "found":
            number, request, hits = payload
            if number == self._newest[0]:
                self.found.emit(request, hits)
        elif kind == "notice" and payload not in self._said:
            self._said.add(payload)
            self.notice.emit(payload)


class _Stopped(Exception):
    """The window closed during an update."""


def _index(state: dict[str, Any], post: Any) -> SearchIndex | None:
    if state.pop("reopen", False) and state["index"] is not None:
        state["index"].close()  # the other worker built the file again: open the new one
        state["index"] = None
    if state["index"] is None:
        try:
            state["folder"].mkdir(parents=True, exist_ok=True)
            state["index"] = SearchIndex(state["folder"])
        except (OSError, IndexUnavailable) as e:
            post(("notice", str(e)))
            return None
        if state["index"].notice:
            post(("notice", state["index"].notice))
    return state["index"]  # type: ignore[no-any-return]


def _update(
    state: dict[str, Any], closed: dict[str, bool], roots: tuple[Path, ...], post: Any
) -> None:
    if closed["closed"]:
        return
    index = _index(state, post)
    if index is None:
        return

    def stop_if_closed(_done: int, _total: int) -> None:
        if closed["closed"]:
            raise _Stopped

    try:
        report = index.update([r for r in roots if r.is_dir()], progress=stop_if_closed)
    except _Stopped:
        return
    except IndexUnavailable as e:
        post(("notice", str(e)))
        return
    except Exception:  # a bug: the window goes on without search
        traceback.print_exc()
        return
    if report.notice:
        post(("notice", report.notice))
    post(("updated", report))


def _search(
    state: dict[str, Any],
    closed: dict[str, bool],
    request: SearchRequest,
    number: int,
    newest: list[int],
    roots: tuple[Path, ...],
    post: Any,
) -> None:
    if closed["closed"] or newest[0] != number:
        return  # a newer query is waiting: run that one instead
    index = _index(state, post)
    hits: list = []
    if index is not None:
        try:
            hits = index.search(
                request.text,
                roots=roots or None,
                date_from=request.date_from,
                date_to=request.date_to,
                sort=request.sort,  # type: ignore[arg-type]
                limit=RESULT_LIMIT,
                prefix=True,
            )
        except EmptyQuery:
            hits = []
        except IndexRebuilt as e:  # empty now: the updater fills it, then this query again
            post(("rebuilt", e.notice))
        except IndexUnavailable as e:
            post(("notice", str(e)))
        except Exception:
            traceback.print_exc()
    post(("found", (number, request, hits)))


def _close(state: dict[str, Any]) -> None:
    if state["index"] is not None:
        state["index"].close()
        state["index"] = None
