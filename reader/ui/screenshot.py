"""Render the window to a PNG once its article is on screen (offscreen platform is fine)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from reader.ui.main_window import MainWindow


def render_window_png(
    window: MainWindow, app: QApplication, size: tuple[int, int], out: Path, timeout_ms: int = 20000
) -> str | None:
    """Returns None on success, else what went wrong."""
    loop = QEventLoop()
    done: list[str] = []
    window.article_shown.connect(lambda _a: (done.append("ok"), loop.quit()))
    window.loader.article_failed.connect(lambda *_: QTimer.singleShot(50, loop.quit))
    window.library_loaded.connect(lambda n: n == 0 and QTimer.singleShot(50, loop.quit))
    QTimer.singleShot(timeout_ms, loop.quit)
    window.resize(*size)
    window.show()
    loop.exec()
    # Let a width-dependent relayout (images) and the paint settle.
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    app.processEvents()
    image = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        return f"cannot write {out}"
    return None
