"""File > Import and drag-and-drop: the import command, run as a child process.

A child process keeps the window responsive and isolated: the importer's parsers (and the
network, for a URL) never run on the GUI thread or in a thread of this process, and its
report is exactly what `bulletin-reader import` prints. The command also writes its report
for programs (``--report-jsonl``, one JSON object per input, into a temporary file): those
records (``last_records``) let the report dialog speak the interface language.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal


class ImportRunner(QObject):
    finished = Signal(int, str)  # exit code (-1: could not run), the report text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self._records_file: Path | None = None
        self.last_report: str | None = None  # the output of the last import that finished
        self.last_records: list[dict[str, Any]] = []  # its --report-jsonl objects

    def start(self, sources: list[str], out_dir: Path) -> bool:
        """Import ``sources`` (paths or URLs) into ``out_dir``; False if one is running."""
        if self.process is not None:
            return False
        fd, name = tempfile.mkstemp(prefix="bulletin-reader-import-", suffix=".jsonl")
        os.close(fd)
        self._records_file = Path(name)
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._failed)
        self.process = process
        args = ["-m", "reader", "import", *sources, "--out", str(out_dir)]
        process.start(sys.executable, [*args, "--report-jsonl", name])
        return True

    def _output(self) -> str:
        assert self.process is not None
        return bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")

    def _take_records(self) -> list[dict[str, Any]]:
        """The records the command wrote (lines it could not finish are left out)."""
        path, self._records_file = self._records_file, None
        if path is None:
            return []
        records = []
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    try:
                        record = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(record, dict):
                        records.append(record)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            path.unlink()
        return records

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        text = self._output()
        self.process.deleteLater()  # type: ignore[union-attr]
        self.process = None
        self.last_report, self.last_records = text, self._take_records()
        self.finished.emit(code, text)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            message = self.process.errorString()
            self.process.deleteLater()
            self.process = None
            self._take_records()
            self.last_report, self.last_records = message, []
            self.finished.emit(-1, message)
