"""The tests' own X server helper: ready means an X11 client was accepted."""

from __future__ import annotations

import shutil

import pytest

from tests.xserver import handshake, start_xvfb

pytestmark = pytest.mark.xvfb


def test_started_server_accepts_clients_and_stops_cleanly() -> None:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run 'sh scripts/system-deps.sh test' (as root)")
    server = start_xvfb("640x480x24")
    number = int(server.display[1:])
    try:
        assert handshake(number) == "success"
        assert f"Xvfb {server.display} running; X11 set-up now: success" in server.describe()
    finally:
        server.stop()
    assert handshake(number) != "success"
    assert not server.log.exists()
