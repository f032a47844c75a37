"""Which image bytes the reader decodes, told by their content, and their size from the header.

Only raster formats whose files cannot refer to other files are shown: PNG, JPEG, GIF, WebP
and BMP. The format is taken from the bytes, never from the name, and handed to the decoder
explicitly, so an SVG (which can draw other files, even a FIFO that freezes the reader)
named ``photo.png`` is refused like any SVG. No Qt here: the UI decodes what this accepts.
"""

from __future__ import annotations

import struct

SVG_REFUSED = "SVG drawings are not shown (they can refer to files outside the article's folder)"
NOT_AN_IMAGE = "not an image the reader can show (PNG, JPEG, GIF, WebP or BMP)"


def sniff_format(data: bytes) -> str | None:
    """``"PNG"``, ``"JPEG"``, ``"GIF"``, ``"WEBP"``, ``"BMP"``, ``"SVG"`` or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:2] == b"BM" and len(data) >= 26:
        return "BMP"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"\x1f\x8b") or b"<svg" in head or head.startswith((b"<?xml", b"<!")):
        return "SVG"  # also svgz (gzip) and any other XML: never handed to a decoder
    return None


def pixel_size(data: bytes, fmt: str) -> tuple[int, int] | None:
    """Width and height as the header declares them (None when it cannot be told)."""
    try:
        if fmt == "PNG" and data[12:16] == b"IHDR":
            w, h = struct.unpack(">II", data[16:24])
            return int(w), int(h)
        if fmt == "GIF":
            w, h = struct.unpack("<HH", data[6:10])
            return int(w), int(h)
        if fmt == "BMP":
            (header,) = struct.unpack("<I", data[14:18])
            if header == 12:
                w, h = struct.unpack("<HH", data[18:22])
            else:
                w, h = struct.unpack("<ii", data[18:26])
            return abs(int(w)), abs(int(h))
        if fmt == "WEBP":
            return _webp_size(data)
        if fmt == "JPEG":
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return w, h
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    for _ in range(10_000):  # bounded walk over the segments before the frame header
        while i < len(data) and data[i] == 0xFF:
            i += 1
        if i + 7 >= len(data):
            return None
        marker = data[i]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", data[i + 4 : i + 8])
            return int(w), int(h)
        (length,) = struct.unpack(">H", data[i + 1 : i + 3])
        if length < 2:
            return None
        i += 1 + length
    return None
