"""`make hostile`: every file of the hostile corpus through the reader's own commands.

Each input (tests/hostile/, and the large cases its recipes make) is copied into a library
folder beside a folder of canary files, then run through what a user would run:
`show --json` (the loader), `screenshot` (the window, its library listing and layout),
`import` for scrapes and pages (the importer and its writer) and `normalize` (speech text).
Every run has a time limit. A second pass runs the same under strace to catch any open of a
canary (a file outside the article's folder) and any network connection, while a trap HTTP
server on loopback counts requests ({TRAP} in a corpus file becomes its address).

Prints: inputs and runs, crashes, hangs, tracebacks, outside opens, network connections,
trap requests, and the worst time and peak memory with the input and command. Figures, not
a test: `make test` walks the same corpus in tests/test_hostile*.py.
"""

from __future__ import annotations

import argparse
import http.server
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "hostile"  # files/, recipes.py and extra/ (see extra/README.md)
TIME_LIMIT = 60.0
TEXT_SUFFIXES = {".md", ".txt", ".html", ".htm", ".xhtml"}


@dataclass
class Run:
    input: str
    command: str
    seconds: float
    peak_mb: float
    code: int | None  # None: killed at the time limit
    traceback: bool
    outside: list[str] = field(default_factory=list)
    connects: list[str] = field(default_factory=list)

    @property
    def crashed(self) -> bool:
        return self.code is not None and self.code < 0  # ended by a signal


class Trap(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        Trap.hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    do_HEAD = do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


def _inputs(work: Path, trap: str) -> list[Path]:
    """The corpus in one library folder: files/, the recipes' big and special files, extra/."""
    library = work / "library"
    sys.path.insert(0, str(CORPUS))
    from recipes import write_all  # type: ignore[import-not-found]

    write_all(library)  # also an outside-secret.md beside the folder: a canary too
    outside = str(work / "outside")
    for folder in (CORPUS / "files", CORPUS / "extra"):
        for src in sorted(folder.iterdir()):
            if src.name == "README.md":
                continue
            data = src.read_bytes()
            if src.suffix.lower() in TEXT_SUFFIXES | {".svg", ".png"}:
                data = data.replace(b"{TRAP}", trap.encode()).replace(
                    b"{OUTSIDE}", outside.encode()
                )
            (library / src.name).write_bytes(data)
    os.mkfifo(library / "feed")  # what svg-stylesheet-and-fifo.svg points at
    return sorted(p for p in library.iterdir() if p.name != "feed")


def _canaries(outside: Path) -> None:
    outside.mkdir(parents=True, exist_ok=True)
    for name in ("canary.png", "canary.md", "canary.txt", "canary.svg"):
        (outside / name).write_bytes(b"canary: never to be opened by the reader\n")


def _commands(path: Path, work: Path, bin_: Path) -> list[tuple[str, list[str], Path | None]]:
    """(label, argv, stdin file) for one input."""
    reader = [str(bin_)]
    out = work / "out"
    cmds: list[tuple[str, list[str], Path | None]] = []
    suffix = path.suffix.lower()
    if suffix == ".md" or path.is_dir():
        cmds.append(("show", [*reader, "show", str(path), "--json"], None))
        cmds.append(
            ("screenshot", [*reader, "screenshot", str(path), "--out", str(out / "s.png")], None)
        )
    if suffix in {".txt", ".html", ".htm", ".xhtml"} or path.is_dir():
        cmds.append(("import", [*reader, "import", str(path), "--out", str(out / "lib")], None))
    if path.is_file() and not path.is_symlink():
        cmds.append(("normalize", [*reader, "normalize", "--lang", "vi"], path))
    return cmds


def _run(
    argv: list[str], stdin: Path | None, env: dict[str, str], strace_log: Path | None
) -> tuple[float, float, int | None, str]:
    """(seconds, peak MB, exit code or None if killed at the limit, stderr)."""
    if strace_log is not None:
        argv = ["strace", "-f", "-qq", "-y", "-e", "trace=open,openat,openat2,connect",
                "-o", str(strace_log), *argv]  # fmt: skip
    start = time.monotonic()
    with open(stdin or os.devnull, "rb") as f:
        proc = subprocess.Popen(
            argv, stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
            start_new_session=True,
        )  # fmt: skip
    assert proc.stderr is not None
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(TIME_LIMIT, kill)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)  # the child's own peak memory, with its children
    timer.cancel()
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    code = None if killed.is_set() else proc.returncode
    return seconds, usage.ru_maxrss / 1024, code, b"".join(err).decode("utf-8", "replace")


_SECRETS = re.compile(r'"/(etc/shadow|proc/self/(status|environ))"|</proc/\d+/(status|environ)>')


def _strace_findings(log: Path, outside: Path) -> tuple[list[str], list[str]]:
    opened, connects = [], []
    canary = str(outside)
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if canary in line or re.search(
            r'"/(etc/(passwd|shadow)|proc/self/(status|environ))"', line
        ):
            opened.append(line.strip()[:200])
        if "connect(" in line and "AF_INET" in line:  # the trap on loopback counts too
            connects.append(line.strip()[:200])
    return opened, connects


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="run the inputs whose name contains this")
    ap.add_argument("--no-strace", action="store_true", help="skip the strace pass")
    ap.add_argument("-v", "--verbose", action="store_true", help="a line per run")
    opts = ap.parse_args()

    bin_ = Path(sys.executable).with_name("bulletin-reader")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trap)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    trap = f"http://127.0.0.1:{server.server_address[1]}"
    strace = shutil.which("strace") and not opts.no_strace

    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        work = Path(tmp)
        _canaries(work / "outside")  # before the corpus: outside-secret.md goes beside it
        inputs = _inputs(work, trap)
        if opts.only:
            inputs = [p for p in inputs if opts.only in p.name]
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            BULLETIN_READER_CONFIG_DIR=str(work / "config"),
            XDG_CACHE_HOME=str(work / "cache"),
            XDG_DATA_HOME=str(work / "data"),
        )
        runs: list[Run] = []
        for path in inputs:
            for label, argv, stdin in _commands(path, work, bin_):
                (work / "out").mkdir(exist_ok=True)
                seconds, peak, code, err = _run(argv, stdin, env, None)
                run = Run(path.name, label, seconds, peak, code, "Traceback (" in err)
                if strace:
                    log = work / "strace.log"
                    _run(argv, stdin, env, log)  # slower under strace: no figures from it
                    run.outside, run.connects = _strace_findings(log, work / "outside")
                    log.unlink(missing_ok=True)
                shutil.rmtree(work / "out", ignore_errors=True)
                runs.append(run)
                if opts.verbose or run.crashed or run.code is None or run.traceback or run.outside:
                    state = "HANG" if run.code is None else f"exit {run.code}"
                    print(f"  {path.name:48} {label:10} {seconds:6.2f} s "
                          f"{run.peak_mb:7.0f} MB  {state}"
                          f"{'  TRACEBACK' if run.traceback else ''}"
                          f"{'  OUTSIDE OPEN' if run.outside else ''}", flush=True)  # fmt: skip
        server.shutdown()

    worst = max(runs, key=lambda r: r.seconds)
    fattest = max(runs, key=lambda r: r.peak_mb)
    print(f"hostile corpus: {len(inputs)} inputs, {len(runs)} runs "
          f"(show, screenshot, import, normalize; time limit {TIME_LIMIT:.0f} s)")  # fmt: skip
    print(f"crashes: {sum(r.crashed for r in runs)}")
    print(f"hangs: {sum(r.code is None for r in runs)}")
    print(f"tracebacks: {sum(r.traceback for r in runs)}")
    if strace:
        print(f"outside opens (strace): {sum(len(r.outside) for r in runs)}")
        print(f"network connections (strace): {sum(len(r.connects) for r in runs)}")
    else:
        print("outside opens, network connections: not measured (no strace)")
    print(f"trap requests: {Trap.hits}")
    print(f"worst time: {worst.seconds:.2f} s ({worst.input}, {worst.command})")
    print(f"peak memory: {fattest.peak_mb:.0f} MB ({fattest.input}, {fattest.command})")
    for r in runs:
        for line in r.outside[:3]:
            print(f"  outside open in {r.input} ({r.command}): {line}")
    bad = sum(r.crashed or r.code is None or r.traceback or bool(r.outside) for r in runs)
    return 1 if bad or Trap.hits else 0


if __name__ == "__main__":
    sys.exit(main())
