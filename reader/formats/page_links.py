"""Links of a saved page: cleaning an address (controls, spaces, quotes, length), making it
absolute against the page's own address, and the tokens that carry hrefs through trafilatura.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

# --- links -----------------------------------------------------------------------------------

_URL_TRIM = "".join(map(chr, range(0x21)))  # C0 controls and space
_URL_TABS = re.compile(r"[\t\n\r]")
# Percent-encoded in a kept address, so that it is written to Markdown and read back unchanged.
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f\s\"'`()<>\\]")
_MAX_URL = 2000


def _absolute(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address with a host, else None."""
    if not url or len(url) > _MAX_URL:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    url = scheme + url[len(scheme) :]
    return _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), url)


def note_address(el: Any, tag: str, named: dict[str, str]) -> None:
    """The page's first ``<base href>``, ``<link rel=canonical>`` and ``og:url``."""
    if tag == "base":
        key, value = "base", el.get("href")
    elif tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
        key, value = "canonical", el.get("href")
    elif tag == "meta" and (el.get("property") or el.get("name") or "").lower() == "og:url":
        key, value = "og:url", el.get("content")
    else:
        return
    if value and value.strip() and key not in named:
        named[key] = _URL_TABS.sub("", value).strip(_URL_TRIM)


def page_url(url: str | None, named: dict[str, str]) -> str | None:
    """What the page's relative links mean: its ``<base href>`` (itself relative to the
    page's address), else the page's address: the one it was fetched from or saved from
    (``url``), else its canonical link or ``og:url``. None when nothing is known."""
    page = _absolute(url) or _absolute(named.get("canonical")) or _absolute(named.get("og:url"))
    base = named.get("base")
    if base:
        try:
            resolved = _absolute(urljoin(page or "", base))
        except ValueError:
            resolved = None
        if resolved:
            return resolved
    return page


_TOKEN = re.compile(r"\{(\d+)\}")


class Links:
    """The page's link addresses, by the token that replaced each in the tree."""

    def __init__(self, hrefs: list[str], base: str | None) -> None:
        self.hrefs = hrefs
        self.base = base  # what relative links are resolved against (None: they are dropped)
        self.found: dict[str, str | None] = {}

    def target(self, token: str | None) -> str | None:
        """The address of a link that trafilatura kept (``ref target``), or None."""
        if not token:
            return None
        if token not in self.found:
            m = _TOKEN.fullmatch(token)
            i = int(m.group(1)) if m else -1
            href = self.hrefs[i] if 0 <= i < len(self.hrefs) else None
            self.found[token] = _link_target(href, self.base)
        return self.found[token]


NO_LINKS = Links([], None)


def _link_target(href: str | None, base: str | None) -> str | None:
    """The address a link keeps: http and https only, relative ones resolved against
    ``base``; None for every other (``javascript:``, ``mailto:``, ``data:``, a link within
    the page, a relative link of a page whose address is unknown)."""
    if not href:
        return None
    href = _URL_TABS.sub("", href).strip(_URL_TRIM)
    if not href or href.startswith("#") or len(href) > _MAX_URL:
        return None
    try:
        return _absolute(urljoin(base, href) if base else href)
    except ValueError:  # a malformed address ("http://[x")
        return None
