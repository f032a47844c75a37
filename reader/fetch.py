"""Fetching one web page: the only code of the program that touches the network.

It runs only when the user imports a URL (``bulletin-reader import https://...``), never at
start-up, while reading, or for an article's images (a fetched page's images are not
downloaded: its figures keep their captions). Standard library only (urllib).

Limits: http and https only (redirects too); ``timeout`` seconds to connect and for each
read, and the whole download must finish within ``timeout`` as well (so a server that drips
bytes cannot hold the import for long: at most about twice ``timeout``); at most
``max_bytes``; only HTML (``text/html``, ``application/xhtml+xml``, or no content type).
Every failure is a ``FetchError`` whose message reads "cannot fetch URL: why".
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

__all__ = ["DEFAULT_TIMEOUT", "FetchError", "Fetched", "fetch", "is_url"]

DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "bulletin-reader/0.1 (offline reader; one page at the user's request)"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_CHUNK = 64 * 1024


class FetchError(Exception):
    """The page could not be fetched (the message says why, for the import report)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    data: bytes
    content_type: str
    charset: str | None  # from the Content-Type header


def is_url(s: str) -> bool:
    return urllib.parse.urlsplit(s.strip()).scheme.lower() in ("http", "https")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also go to ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(
                newurl, code, f"redirect to a non-web address refused ({newurl})", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # Only what a web page needs: proxies from the environment, http, https, redirects.
    return urllib.request.build_opener(_Redirects())


def _why(e: BaseException) -> str:
    if isinstance(e, urllib.error.HTTPError):
        return f"HTTP {e.code} {e.reason}".strip()
    if isinstance(e, urllib.error.URLError):
        reason = e.reason
        if isinstance(reason, BaseException):
            return _why(reason)
        return str(reason)
    if isinstance(e, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(e, ssl.SSLError):
        return f"secure connection failed ({e.reason or e})"
    if isinstance(e, socket.gaierror):
        return "the server name was not found"
    if isinstance(e, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(e, ConnectionResetError | http.client.RemoteDisconnected):
        return "the server closed the connection"
    if isinstance(e, http.client.HTTPException):
        return f"bad answer from the server ({type(e).__name__})"
    if isinstance(e, OSError) and e.strerror:
        return e.strerror.lower()
    return str(e) or type(e).__name__


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET one web page (raises ``FetchError``: "cannot fetch URL: timed out", ...)."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"cannot fetch {url}: not an http or https address")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as resp:
            headers: Message = resp.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else ""
            if content_type and content_type not in _HTML_TYPES:
                raise FetchError(f"cannot fetch {url}: not a web page ({content_type})")
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"cannot fetch {url}: the page is over {max_bytes >> 20} MB")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"cannot fetch {url}: timed out")
                chunk = resp.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"cannot fetch {url}: the page is over {max_bytes >> 20} MB")
                chunks.append(chunk)
            charset = headers.get_content_charset()
            final = resp.geturl()
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise FetchError(f"cannot fetch {url}: {_why(e)}") from None
    return Fetched(url, final, b"".join(chunks), content_type or "text/html", charset)
