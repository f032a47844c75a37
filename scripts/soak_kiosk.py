"""`make soak`: a kiosk's day in minutes. Cycles of open an article -> text size up -> read
aloud (the fake speech backend: no audio device needed) -> the idle reset, offscreen, in one
process; prints memory at the start and the end, live threads and child processes. Prints
figures; asserts nothing. Target (issue 11): RSS growth < 10 %, nothing left running.

usage: python scripts/soak_kiosk.py [CYCLES]   (2,000 by default)
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def children() -> int:
    me = str(os.getpid())
    count = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as f:
                if f.read().rsplit(")", 1)[1].split()[1] == me:
                    count += 1
        except OSError:
            continue
    return count


def main(cycles: int) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from reader.app import AppContext
    from reader.kiosk.config import KioskConfig
    from reader.settings import MemoryStore, keys
    from reader.speech.fake import FakeBackend
    from reader.ui.kiosk.session import KioskSession

    config_dir = Path(tempfile.mkdtemp(prefix="soak-"))
    config = KioskConfig(library=(PROJECT / "articles",), language="vi", text_size=150)
    ctx = AppContext(None, config_dir, store=MemoryStore(config.visitor_settings()))
    window = ctx.kiosk_window(config, [])
    window.resize(1280, 1024)
    window.show()
    session = KioskSession(window)
    session.start()
    backends: list[FakeBackend] = []
    window.speech._factory = lambda listener: backends.append(FakeBackend(listener)) or backends[-1]

    counts = {"listed": 0, "shown": 0}  # one connection each: a lambda per cycle would pile up
    window.library_loaded.connect(lambda *_: counts.__setitem__("listed", counts["listed"] + 1))
    window.article_shown.connect(lambda *_: counts.__setitem__("shown", counts["shown"] + 1))

    def wait_for(name: str, start) -> None:  # type: ignore[no-untyped-def]
        before = counts[name]
        start()
        deadline = time.monotonic() + 30
        while counts[name] == before and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)

    wait_for("listed", lambda: None)
    rows = window.library.rowCount()

    def cycle(i: int) -> None:
        wait_for("shown", lambda: window.open_row(i % rows))
        window.settings.set(keys.SCALE, 200)
        window.act_speak.trigger()
        for _ in range(6):
            QApplication.processEvents()
            if backends:
                backends[-1].step()
                backends[-1].calls.clear()  # the fake engine's record of what it was asked
        session.end_visit()
        QApplication.processEvents()
        # No event loop runs here (only processEvents), so the deleteLater()s that the window
        # relies on (old documents, dialogs) are carried out as an event loop would.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for i in range(20):  # warm-up: caches, fonts, the first documents
        cycle(i)
    start_rss, start_threads, t0 = rss_mb(), threading.active_count(), time.monotonic()
    half_rss = start_rss
    for i in range(cycles):
        cycle(i)
        if i + 1 == cycles // 2:
            half_rss = rss_mb()
        if (i + 1) % 500 == 0:
            print(f"  {i + 1} cycles: RSS {rss_mb():.1f} MB", flush=True)
    took = time.monotonic() - t0
    end_rss = rss_mb()
    growth = (end_rss - start_rss) / start_rss * 100
    print(f"kiosk soak: {cycles} cycles (open, text size up, read aloud, reset) in {took:.0f} s")
    print(f"  RSS after warm-up {start_rss:.1f} MB, at the end {end_rss:.1f} MB: {growth:+.1f} %"
          " (target < 10 %)")  # fmt: skip
    print(f"  over the second half: {half_rss:.1f} -> {end_rss:.1f} MB,"
          f" {(end_rss - half_rss) / half_rss * 100:+.1f} % (caches filled by then)")  # fmt: skip
    print(f"  Python threads: {start_threads} after warm-up, {threading.active_count()} at the end;"
          f" child processes: {children()}; speech engines made: {len(backends)}")  # fmt: skip
    session.stop()
    window.exit_status = 0
    ctx.close(window)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
