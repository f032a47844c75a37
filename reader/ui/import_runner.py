"""File > Import and drag-and-drop: the import command, run as a child process.

A child process keeps the window responsive and isolated: the importer's parsers (and the
network, for a URL) never run on the GUI thread or in a thread of this process, and its
report is exactly what `bulletin-reader import` prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal


class ImportRunner(QObject):
    finished = Signal(int, str)  # exit code (-1: could not run), the report text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None

    def busy(self) -> bool:
        return self.process is not None

    def start(self, sources: list[str], out_dir: Path) -> bool:
        """Import ``sources`` (paths or URLs) into ``out_dir``; False if one is running."""
        if self.process is not None:
            return False
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._failed)
        self.process = process
        process.start(sys.executable, ["-m", "reader", "import", *sources, "--out", str(out_dir)])
        return True

    def _output(self) -> str:
        assert self.process is not None
        return bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        text = self._output()
        self.process.deleteLater()  # type: ignore[union-attr]
        self.process = None
        self.finished.emit(code, text)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            message = self.process.errorString()
            self.process.deleteLater()
            self.process = None
            self.finished.emit(-1, message)

    def wait(self, msecs: int = 30000) -> None:
        if self.process is not None:
            self.process.waitForFinished(msecs)
