"""Fetching one web page: the only code of the program that touches the network.

It runs only when the user imports a URL (``bulletin-reader import https://...``), never at
start-up, while reading, or for an article's images (a fetched page's images are not
downloaded: its figures keep their captions). Standard library only (urllib).

Limits: http and https only (redirects too); the whole fetch (looking up the server name,
connecting, the secure handshake, redirects, the answer and the download) must finish within
``timeout`` seconds: every step gets only what is left of it. The name lookup runs in a
daemon thread joined with that remainder, because the system resolver has no timeout of its
own (a lookup that hangs is left behind; the thread ends when the resolver gives up). At most
``max_bytes``; only HTML (``text/html``, ``application/xhtml+xml``, or no content type).
Every failure is a ``FetchError`` whose ``code`` names the reason for the import report
("fetch-timeout", "fetch-name-timeout", ...); its message, "cannot fetch URL: why", is that
reason's sentence (``reader.importer.report.REASONS``).
"""

from __future__ import annotations

import contextlib
import encodings.idna  # noqa: F401  (host names are encoded here, not in the resolver thread)
import functools
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from reader.importer.report import reason_message

__all__ = ["DEFAULT_TIMEOUT", "FetchError", "Fetched", "fetch"]

DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "bulletin-reader/0.1 (offline reader; one page at the user's request)"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_CHUNK = 64 * 1024


class FetchError(Exception):
    """The page could not be fetched: "cannot fetch URL: why".

    ``code`` is stable (the window translates the report by it), ``params`` are the values
    its sentence needs after the URL (an HTTP status, a content type, ...).
    """

    def __init__(self, url: str, code: str = "fetch-failed", params: tuple[str, ...] = ()) -> None:
        message = reason_message(code, url, *params)
        super().__init__(message)
        self.url = url
        self.why = message.removeprefix(f"cannot fetch {url}: ")
        self.code = code
        self.params = params


class _NameLookupTimeout(TimeoutError):
    """The system resolver did not answer for ``host`` before the deadline."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class _Deadline:
    """What is left of the fetch's time, and the sockets it opened (to bound each read)."""

    def __init__(self, timeout: float) -> None:
        self.end = time.monotonic() + timeout
        self.sockets: list[socket.socket] = []

    def left(self) -> float:
        """Seconds left; raises ``TimeoutError`` once there are none."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        return left


def _resolve(host: str, port: int, deadline: _Deadline) -> list[tuple]:  # type: ignore[type-arg]
    """``socket.getaddrinfo`` within the deadline (the resolver itself has no timeout)."""
    try:
        name = host.encode("idna")  # here: the codec is never looked up in the thread
    except UnicodeError:
        raise socket.gaierror(socket.EAI_NONAME, "not a valid server name") from None
    box: dict[str, object] = {}

    def lookup() -> None:
        try:
            box["found"] = socket.getaddrinfo(name, port, 0, socket.SOCK_STREAM)
        except BaseException as e:  # handed to the waiting thread
            box["error"] = e

    thread = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(deadline.left())
    if thread.is_alive():  # the daemon thread is left to the resolver
        try:
            shown = name.decode("idna")  # as the user wrote it, not xn--...
        except UnicodeError:
            shown = host
        raise _NameLookupTimeout(shown)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["found"]  # type: ignore[return-value]


def _create_connection(
    deadline: _Deadline,
    address: tuple[str, int],
    timeout: object = None,
    source_address: tuple[str, int] | None = None,
) -> socket.socket:
    """``socket.create_connection`` under the deadline: lookup and connect take only what is
    left, and the socket keeps that as its timeout (the request, the secure handshake and
    the answer's headers must come within it too)."""
    host, port = address
    error: OSError | None = None
    for family, kind, proto, _name, addr in _resolve(host, port, deadline):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(deadline.left())
            if source_address:
                sock.bind(source_address)
            sock.connect(addr)
            sock.settimeout(deadline.left())
            return sock
        except OSError as e:
            sock.close()
            error = e
    raise error or OSError("the server name has no address")


class _Deadlined:
    """Connects within the fetch's deadline and hands its socket over to be closed at it."""

    def __init__(self, *args, deadline: _Deadline, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        self._create_connection = functools.partial(_create_connection, deadline)

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self._deadline.sockets.append(self.sock)  # type: ignore[attr-defined]  # wrapped, for TLS


class _HTTPConnection(_Deadlined, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_Deadlined, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_HTTPConnection, deadline=self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(
            functools.partial(_HTTPSConnection, deadline=self.deadline),
            req,
            context=self._context,
        )


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    data: bytes
    content_type: str
    charset: str | None  # from the Content-Type header


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also go to ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(
                newurl, code, f"redirect to a non-web address refused ({newurl})", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    # Only what a web page needs: proxies from the environment, http, https (every
    # connection under the deadline), redirects.
    return urllib.request.build_opener(
        _HTTPHandler(deadline), _HTTPSHandler(deadline), _Redirects()
    )


def _why(e: BaseException) -> tuple[str, tuple[str, ...]]:
    """The reason code of a failure and the values its sentence needs after the URL."""
    if isinstance(e, urllib.error.HTTPError):
        return "fetch-http", (str(e.code), str(e.reason))
    if isinstance(e, urllib.error.URLError):
        reason = e.reason
        if isinstance(reason, BaseException):
            return _why(reason)
        return "fetch-failed", (str(reason),)
    if isinstance(e, _NameLookupTimeout):
        return "fetch-name-timeout", (e.host,)
    if isinstance(e, TimeoutError | socket.timeout):
        return "fetch-timeout", ()
    if isinstance(e, ssl.SSLError):
        return "fetch-secure", (str(e.reason or e),)
    if isinstance(e, socket.gaierror):
        return "fetch-name-not-found", ()
    if isinstance(e, ConnectionRefusedError):
        return "fetch-refused", ()
    if isinstance(e, ConnectionResetError | http.client.RemoteDisconnected):
        return "fetch-closed", ()
    if isinstance(e, http.client.HTTPException):
        return "fetch-bad-answer", (type(e).__name__,)
    if isinstance(e, OSError) and e.strerror:
        return "fetch-failed", (e.strerror.lower(),)
    return "fetch-failed", (str(e) or type(e).__name__,)


def _ascii_url(url: str) -> str:
    """The address as it goes on the wire: an international server name in its IDNA form
    (``sở.gov.vn`` -> ``xn--s-lym.gov.vn``), other letters of the path and query
    percent-encoded (http.client refuses anything but ASCII)."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, at, hostport = netloc.rpartition("@")
        host, colon, port = hostport, "", ""
        if ":" in hostport and not hostport.endswith("]"):
            host, colon, port = hostport.rpartition(":")
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(url, "fetch-name-not-found") from None
        netloc = f"{userinfo}{at}{host}{colon}{port}"
    safe = "/%;:@&=+$,!~*'()?"
    return urllib.parse.urlunsplit((
        parts.scheme, netloc, urllib.parse.quote(parts.path, safe=safe),
        urllib.parse.quote(parts.query, safe=safe), parts.fragment,
    ))  # fmt: skip


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET one web page within ``timeout`` seconds in all (raises ``FetchError``: "cannot
    fetch URL: timed out", "... timed out looking up the server name HOST", ...)."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "fetch-not-web-address")
    request = urllib.request.Request(
        _ascii_url(url),
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    deadline = _Deadline(timeout)
    mb = str(max_bytes >> 20)
    too_large = ("fetch-too-large", (mb,))
    try:
        with _opener(deadline).open(request, timeout=timeout) as resp:
            headers: Message = resp.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else ""
            if content_type and content_type not in _HTML_TYPES:
                raise FetchError(url, "fetch-not-html", (content_type,))
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(url, *too_large)
            chunks: list[bytes] = []
            size = 0
            while True:
                left = deadline.left()  # TimeoutError once the time is up
                if deadline.sockets:  # each read waits only for what is left
                    with contextlib.suppress(OSError):
                        deadline.sockets[-1].settimeout(left)
                chunk = resp.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, *too_large)
                chunks.append(chunk)
            charset = headers.get_content_charset()
            final = resp.geturl()
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise FetchError(url, *_why(e)) from None
    return Fetched(url, final, b"".join(chunks), content_type or "text/html", charset)
