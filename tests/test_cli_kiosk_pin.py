"""`bulletin-reader kiosk-pin`: a PIN in, the config line with its salted hash out."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import tomllib

import pytest

from reader.app import main
from reader.kiosk.config import parse_config
from reader.kiosk.pin import verify_pin
from tests.conftest import PROJECT


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    rc = main(["kiosk-pin"])
    out, err = capsys.readouterr()
    return rc, out, err


def test_a_piped_pin_prints_the_line_to_paste(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    rc, out, err = run(monkeypatch, capsys, "2468\n")
    assert (rc, err) == (0, "")
    assert out.startswith('admin_pin_hash = "pbkdf2_sha256$') and out.endswith('"\n')
    assert out.count("\n") == 1 and "2468" not in out
    stored = tomllib.loads(out)["admin_pin_hash"]
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    config, problems = parse_config(out, tmp_path)  # pasted as is, the kiosk takes it
    assert problems == [] and config.admin_pin_hash == stored


def test_surrounding_spaces_and_a_crlf_are_not_part_of_the_pin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, _ = run(monkeypatch, capsys, " 13579 \r\nignored second line\n")
    assert rc == 0
    assert verify_pin("13579", tomllib.loads(out)["admin_pin_hash"])


@pytest.mark.parametrize(
    "stdin, reason",
    [
        ("123\n", "at least 4 digits"),
        ("12a4\n", "digits 0-9 only"),
        ("12 34\n", "digits 0-9 only"),
        ("\n", "digits 0-9 only"),
        ("", "no PIN on stdin"),
    ],
)
def test_a_bad_pin_is_refused_with_the_reason_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, reason: str
) -> None:
    rc, out, err = run(monkeypatch, capsys, stdin)
    assert rc == 2 and out == ""
    assert err.startswith("bulletin-reader: error: ") and reason in err


def test_the_command_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "kiosk-pin" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["kiosk-pin", "--help"])
    assert "admin_pin_hash" in capsys.readouterr().out


# At a terminal: the real command in a pseudo-terminal that is its controlling tty (getpass
# reads /dev/tty), asked twice, and what is typed is never echoed.
TTY_CHILD = (
    "import fcntl, os, sys, termios;"
    "os.setsid(); fcntl.ioctl(0, termios.TIOCSCTTY, 0);"
    "from reader.app import main; sys.exit(main(['kiosk-pin']))"
)


def _read_until(fd: int, wanted: bytes, seen: bytearray) -> None:
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"no {wanted!r} from the terminal; got {bytes(seen)!r}"
        seen += os.read(fd, 1024)


@pytest.mark.skipif(sys.platform != "linux", reason="a Linux pseudo-terminal")
@pytest.mark.parametrize("second, rc", [("97531", 0), ("97532", 2)])
def test_at_a_terminal_the_pin_is_asked_twice_without_echo(second: str, rc: int) -> None:
    master, slave = os.openpty()
    child = subprocess.Popen(
        [sys.executable, "-c", TTY_CHILD],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=PROJECT,
    )
    os.close(slave)
    seen = bytearray()
    try:
        _read_until(master, b"PIN (digits): ", seen)
        os.write(master, b"97531\n")
        _read_until(master, b"again: ", seen)
        os.write(master, second.encode() + b"\n")
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
        os.close(master)
    assert child.returncode == rc, err
    assert b"9753" not in seen  # no echo of either PIN on the terminal
    if rc == 0:
        assert verify_pin("97531", tomllib.loads(out.decode())["admin_pin_hash"])
    else:
        assert out == b"" and b"the two PINs differ" in err
