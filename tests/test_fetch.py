"""reader.importer.fetch: the whole fetch, the server name's lookup included, keeps to the timeout.

No test touches the network. The system resolver is stood in for by replacing
``socket.getaddrinfo`` (the OS's lookup, not our code): one that never answers in time, one
that finds nothing. Pages come from an ``http.server`` on 127.0.0.1 (tests/test_import_html.py).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.importer.fetch import FetchError, fetch
from tests.test_html_page import NEWS
from tests.test_import_html import Site, run, site  # noqa: F401  (the site fixture)

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


class StuckResolver:
    """A resolver that answers nothing until released (a DNS server that does not reply)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.answered = threading.Event()
        self.asked: list[tuple[object, threading.Thread]] = []

    def __call__(self, host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.asked.append((host, threading.current_thread()))
        self.release.wait(60)
        self.answered.set()
        raise socket.gaierror(socket.EAI_AGAIN, "temporary failure in name resolution")


@pytest.fixture
def stuck(monkeypatch: pytest.MonkeyPatch) -> Iterator[StuckResolver]:
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    resolver = StuckResolver()
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    try:
        yield resolver
    finally:
        resolver.release.set()  # let the left-behind lookup end


def test_a_name_lookup_that_never_answers_is_cut_off_by_the_timeout(stuck) -> None:
    url = "http://cong-thong-tin.example.invalid/tin/bai-1.html"
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=0.3)
    # fetch gave up while the resolver was still stuck: it did not wait for it
    assert not stuck.answered.is_set()
    e = caught.value
    assert str(e) == (
        f"cannot fetch {url}: timed out looking up the server name cong-thong-tin.example.invalid"
    )
    assert e.code == "fetch-name-timeout" and e.params == ("cong-thong-tin.example.invalid",)
    ((host, thread),) = stuck.asked
    # the lookup ran in a daemon thread, with the name already encoded (no codec import there)
    assert host == b"cong-thong-tin.example.invalid"
    assert thread is not threading.main_thread() and thread.daemon


def test_the_import_report_says_the_lookup_timed_out(stuck, tmp_path: Path) -> None:
    url = "https://sở-tttt.example.invalid/bai"
    code, out, _ = run([url], tmp_path / "lib", timeout=0.3)
    assert not stuck.answered.is_set()
    assert code == 1
    assert out.splitlines() == [
        f"failed: {url}: cannot fetch {url}: timed out looking up the server name "
        "sở-tttt.example.invalid",
        "import: 0 ok, 0 skipped, 1 failed",
    ]
    ((host, _),) = stuck.asked  # an international name is looked up in its IDNA form
    assert host == b"xn--s-tttt-bp8b.example.invalid"
    assert not (tmp_path / "lib").exists() or not any((tmp_path / "lib").iterdir())


def test_a_name_that_does_not_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)

    def nothing(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", nothing)
    with pytest.raises(FetchError) as caught:
        fetch("https://khong-co.example.invalid/", timeout=5)
    assert str(caught.value) == (
        "cannot fetch https://khong-co.example.invalid/: the server name was not found"
    )
    assert caught.value.code == "fetch-name-not-found"


def test_a_name_that_cannot_be_a_server_name() -> None:
    with pytest.raises(FetchError) as caught:
        fetch("http://a..b/", timeout=5)
    assert caught.value.code == "fetch-name-not-found"


def test_a_page_from_a_local_server_within_the_timeout(site: Site) -> None:  # noqa: F811
    site.pages["/bai"] = (200, "text/html; charset=utf-8", NEWS.encode())
    got = fetch(site.base + "/bai", timeout=5)
    assert got.data == NEWS.encode() and got.charset == "utf-8"
    assert got.final_url == site.base + "/bai" and got.content_type == "text/html"
    site.pages["/tin-t%E1%BB%A9c?q=h%C3%A0"] = (200, "text/html", NEWS.encode())
    got = fetch(site.base + "/tin-tức?q=hà", timeout=5)  # a path as the user pasted it
    assert got.url == site.base + "/tin-tức?q=hà" and got.data == NEWS.encode()
    assert site.requests[-1] == "/tin-t%E1%BB%A9c?q=h%C3%A0"


def test_reasons_carry_codes_and_values(site: Site) -> None:  # noqa: F811
    site.pages["/doc.pdf"] = (200, "application/pdf", b"%PDF-1.4")
    site.pages["/big"] = (200, "text/html", b"<p>" + b"x" * (2 << 20))
    cases = {
        "/khong-co": ("fetch-http", ("404", "Not Found"), "HTTP 404 Not Found"),
        "/doc.pdf": ("fetch-not-html", ("application/pdf",), "not a web page (application/pdf)"),
    }
    for path, (code, params, why) in cases.items():
        with pytest.raises(FetchError) as caught:
            fetch(site.base + path, timeout=5)
        e = caught.value
        assert (e.code, e.params, e.why, e.url) == (code, params, why, site.base + path)
    with pytest.raises(FetchError) as caught:
        fetch(site.base + "/big", timeout=5, max_bytes=1 << 20)
    assert caught.value.code == "fetch-too-large" and caught.value.params == ("1",)
    with pytest.raises(FetchError) as caught:
        fetch("ftp://example.invalid/a", timeout=5)
    assert caught.value.code == "fetch-not-web-address"
