"""Bytes of an imported text -> Unicode (NFC), saying which encoding it was.

Order of the checks (the first that fits wins; see docs/importing.md):

1. a byte-order mark: UTF-8 with BOM, UTF-16 LE/BE;
2. strict UTF-8 (plain ASCII counts as UTF-8);
3. UTF-16 without BOM, when the NUL bytes sit on every other position;
4. an 8-bit file: Windows-1258, TCVN3 (ABC) and VNI are each decoded and scored by how
   many of the words with non-ASCII letters are well-formed Vietnamese syllables; the best
   one wins if it is good enough, otherwise charset-normalizer names a standard encoding.

TCVN3 and VNI are not in Python's codecs: the tables are here, with encoders too, so the
tests can make legacy bytes and check the round trip. Decoded text is NFC (decomposed
Vietnamese, as written by Windows-1258 or by some Mac tools, is recomposed) with ``\\n``
line ends.

A web page (``decode_html``) is judged on its body, and its declared charset counts (after
the checks above, which win): the markup before the body has no Vietnamese words.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DECODE_REASONS",
    "DecodeError",
    "Decoded",
    "decode_bytes",
    "decode_html",
    "decode_tcvn3",
    "decode_vni",
    "encode_legacy",
    "encode_tcvn3",
    "encode_vni",
    "syllable_ok",
    "vietnamese_score",
]


# Why bytes are not text: code -> sentence (the import report's reasons, written once here).
DECODE_REASONS = {
    "empty": "the file is empty",
    "binary": "this is a binary file, not text",
    "unknown-encoding": "the text encoding could not be recognised (not UTF-8, UTF-16, "
    "Windows-1258, TCVN3 or VNI)",
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we know (binary, empty, undecodable)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind  # a code of DECODE_REASONS
        self.detail = DECODE_REASONS[kind]
        super().__init__(self.detail)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "windows-1258", ...
    was_nfd: bool = False  # the text had decomposed letters that NFC recomposed

    def describe(self) -> str:
        return self.encoding + (", decomposed letters recomposed (NFC)" if self.was_nfd else "")


# --- TCVN3 (ABC, TCVN 5712:1993 VN3) --------------------------------------------------------
# Only lowercase toned letters have codes; ABC fonts show capitals with a second ("H") font
# at the same codes, so a capital toned letter is written as its lowercase code.

_TCVN3_UNI = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĂÂÊÔƠƯĐ"
_TCVN3_BYTES = bytes.fromhex(
    "b8 b5 b6 b7 b9"  # á à ả ã ạ
    " a8 be bb bc bd c6"  # ă ắ ằ ẳ ẵ ặ
    " a9 ca c7 c8 c9 cb"  # â ấ ầ ẩ ẫ ậ
    " d0 cc ce cf d1"  # é è ẻ ẽ ẹ
    " aa d5 d2 d3 d4 d6"  # ê ế ề ể ễ ệ
    " dd d7 d8 dc de"  # í ì ỉ ĩ ị
    " e3 df e1 e2 e4"  # ó ò ỏ õ ọ
    " ab e8 e5 e6 e7 e9"  # ô ố ồ ổ ỗ ộ
    " ac ed ea eb ec ee"  # ơ ớ ờ ở ỡ ợ
    " f3 ef f1 f2 f4"  # ú ù ủ ũ ụ
    " ad f8 f5 f6 f7 f9"  # ư ứ ừ ử ữ ự
    " fd fa fb fc fe"  # ý ỳ ỷ ỹ ỵ
    " ae a1 a2 a3 a4 a5 a6 a7"  # đ Ă Â Ê Ô Ơ Ư Đ
)
assert len(_TCVN3_UNI) == len(_TCVN3_BYTES)
_TCVN3_DECODE = {b: c for b, c in zip(_TCVN3_BYTES, _TCVN3_UNI, strict=True)}
_TCVN3_DECODE_TABLE = [
    _TCVN3_DECODE.get(i) or (chr(i) if i < 0x80 else bytes([i]).decode("cp1252", "replace"))
    for i in range(256)
]
_TCVN3_ENCODE: dict[str, int] = {c: b for b, c in _TCVN3_DECODE.items()}
# Unused high codes keep their Windows-1252 meaning (0xA0 no-break space, 0x93 quote, ...).
_TCVN3_OTHER = {
    c: i
    for i, c in enumerate(_TCVN3_DECODE_TABLE)
    if i >= 0x80 and i not in _TCVN3_DECODE and not c.isalpha() and c != "\ufffd"
}
for _c, _b in list(_TCVN3_ENCODE.items()):
    if _c.upper() != _c and _c.upper() not in _TCVN3_ENCODE and len(_c.upper()) == 1:
        _TCVN3_ENCODE[_c.upper()] = _b  # capitals with tones: the lowercase code


def decode_tcvn3(data: bytes) -> str:
    table = _TCVN3_DECODE_TABLE
    return "".join([table[b] for b in data])


def encode_tcvn3(text: str) -> bytes:
    """Unicode -> TCVN3 bytes (capital toned letters become their lowercase codes)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3_ENCODE.get(ch)
        if code is not None:
            out.append(code)
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _TCVN3_OTHER:
            out.append(_TCVN3_OTHER[ch])
        else:
            raise UnicodeEncodeError("tcvn3", ch, 0, 1, "no TCVN3 code for this character")
    return bytes(out)


# Lowercase letters that may stand for a capital: the toned vowels, whose capitals have no code.
_TCVN3_MAYBE_CAPITAL = frozenset(
    c for c in _TCVN3_UNI if c.islower() and len(c.upper()) == 1 and c.upper() not in _TCVN3_UNI
)
_TCVN3_TONED = _TCVN3_MAYBE_CAPITAL | {c.upper() for c in _TCVN3_MAYBE_CAPITAL}
_WORD = re.compile(r"[^\W\d_]+")
# A sentence ends after a word of two or more letters or digits: "v.v." and the initial in
# "ông A." end none.
_SENTENCE_START = re.compile(r"(?:^|(?<=\w\w)[.!?…]\s+)[\"'“‘(\[]*([^\W\d_])")
_ENDS_SENTENCE = re.compile(r"(?:\w\w[.!?…]|/\.)[\"'”’)\]]*$")


def recapitalise_tcvn3(text: str) -> str:
    """Give back the capitals that TCVN3 wrote as lowercase codes, where the text says which.

    A capital toned vowel ("Ủ", "Ộ") has no TCVN3 code: ABC documents write the lowercase
    code and let a capitals font draw it. It is put back as a capital in a line that is
    otherwise all capitals ("HộI NGHị" -> "HỘI NGHỊ"), in a word with two or more other
    capitals and no other lowercase letter ("HĐND tỉnh" untouched, "ĐảNG" -> "ĐẢNG"), and as
    the first letter of a sentence: at the start of the text, after . ! ? … and a space, or
    at the start of a line after an empty line or a line that ended a sentence. A capital
    in the middle of a sentence ("tỉnh Ủy") cannot be told from a small letter and stays.
    """
    maybe = _TCVN3_MAYBE_CAPITAL
    if not any(c in maybe for c in text):
        return text
    lines = text.split("\n")
    ended = True  # the previous line ended a sentence (or there was none)
    for i, line in enumerate(lines):
        chars = list(line)
        sure = [c for c in line if c.isalpha() and c not in _TCVN3_TONED]
        if len(sure) >= 2 and all(c.isupper() for c in sure):
            chars = [c.upper() if c in maybe else c for c in chars]
        else:
            for word in _WORD.finditer(line):
                w = word.group()
                others = [c for c in w if c not in _TCVN3_TONED]
                if len(others) >= 2 and all(c.isupper() for c in others):
                    for j in range(word.start(), word.end()):
                        if chars[j] in maybe:
                            chars[j] = chars[j].upper()
            for m in _SENTENCE_START.finditer(line):
                j = m.start(1)
                if chars[j] in maybe and (m.start() > 0 or ended):
                    chars[j] = chars[j].upper()
        lines[i] = "".join(chars)
        stripped = line.rstrip()
        ended = not stripped or bool(_ENDS_SENTENCE.search(stripped))
    return "\n".join(lines)


# --- VNI (VNI-Windows) ----------------------------------------------------------------------
# A letter is its base letter followed by one mark byte (shown as a Latin-1 letter in other
# fonts): "Việt" is "Vieät". ơ, ư, đ and the toned i are single bytes.

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc huyền hỏi ngã nặng
_VNI_TONE = "ùøûõï"  # after a, e, o, u, y, ơ, ư
_VNI_CIRC = "âáàåãä"  # circumflex, then circumflex + each tone
_VNI_BREVE = "êéèúüë"  # breve, then breve + each tone
_VNI_I = "íìæóò"  # i with each tone (single bytes)


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}

    def add(uni: str, vni: str) -> None:
        pairs[unicodedata.normalize("NFC", uni)] = vni
        upper = unicodedata.normalize("NFC", uni).upper()
        if len(upper) == 1:
            pairs[upper] = vni.upper()

    for base in "aeouy":
        for tone, mark in zip(_TONES, _VNI_TONE, strict=True):
            if base == "y" and tone == "\u0323":
                add("y" + tone, "î")  # ỵ is a single byte
            else:
                add(base + tone, base + mark)
    for base in "aeo":  # â ê ô and their tones
        add(base + "\u0302", base + _VNI_CIRC[0])
        for tone, mark in zip(_TONES, _VNI_CIRC[1:], strict=True):
            add(base + "\u0302" + tone, base + mark)
    add("a\u0306", "a" + _VNI_BREVE[0])
    for tone, mark in zip(_TONES, _VNI_BREVE[1:], strict=True):
        add("a\u0306" + tone, "a" + mark)
    for base, single in (("o\u031b", "ô"), ("u\u031b", "ö")):  # ơ ư
        add(base, single)
        for tone, mark in zip(_TONES, _VNI_TONE, strict=True):
            add(base + tone, single + mark)
    for tone, single in zip(_TONES, _VNI_I, strict=True):
        add("i" + tone, single)
    add("đ", "ñ")
    return pairs


_VNI_ENCODE = _vni_pairs()
_VNI_DECODE = {v: k for k, v in _VNI_ENCODE.items()}
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_DECODE, key=len, reverse=True)))


def decode_vni(data: bytes) -> str:
    raw = data.decode("cp1252", errors="replace")
    return _VNI_RE.sub(lambda m: _VNI_DECODE[m.group(0)], raw)


def encode_vni(text: str) -> bytes:
    parts = []
    for ch in unicodedata.normalize("NFC", text):
        parts.append(_VNI_ENCODE.get(ch, ch))
    return "".join(parts).encode("cp1252")


def encode_legacy(text: str, encoding: str) -> bytes:
    """Unicode -> bytes in a legacy Vietnamese encoding (for tests and tools)."""
    if encoding == "tcvn3":
        return encode_tcvn3(text)
    if encoding == "vni":
        return encode_vni(text)
    if encoding == "windows-1258":
        # cp1258 has ă â ê ô ơ ư đ but writes the five tones as combining marks.
        out = []
        for ch in unicodedata.normalize("NFC", text):
            try:
                out.append(ch.encode("cp1258"))
            except UnicodeEncodeError:
                nfd = unicodedata.normalize("NFD", ch)
                base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
                tones = "".join(c for c in nfd if c in _TONES)
                out.append((base + tones).encode("cp1258"))
        return b"".join(out)
    return text.encode(encoding)


# --- scoring ---------------------------------------------------------------------------------

_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_NUCLEI_WORDS = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê "
    "ui uô uơ uy ưa ưi ưu ươ yê iêu oai oay oeo uây uôi ươi ươu uya uyê uyu yêu"
)
_NUCLEI = _NUCLEI_WORDS.split()
_SYLLABLE = re.compile(
    _INITIAL + "(?:" + "|".join(sorted(_NUCLEI, key=len, reverse=True)) + ")(?:ch|ng|nh|[cmnpt])?"
)
_TCVN3_TONED = _TCVN3_MAYBE_CAPITAL | {c.upper() for c in _TCVN3_MAYBE_CAPITAL}
_WORD = re.compile(r"[^\W\d_]+")
_TONE_SET = frozenset(_TONES)
_OK_SYMBOLS = frozenset("\u00a0\u2009\u202f“”‘’–—…«»°•€")


@lru_cache(maxsize=65536)
def syllable_ok(word: str) -> bool:
    nfd = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in nfd if c in _TONE_SET)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_SET))
    return _SYLLABLE.fullmatch(bare) is not None


_ODD_CHAR = re.compile(r"[^\x09\x0a\x0c\x0d\x20-\x7e]")


def vietnamese_score(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are Vietnamese syllables, number of such words).

    Stray symbols, control characters and lone combining marks count as bad words.
    """
    good = bad = 0
    for w in _WORD.findall(text):
        if w.isascii():
            continue
        if syllable_ok(w):
            good += 1
        else:
            bad += 1
    for ch in _ODD_CHAR.findall(text):
        if ch in _OK_SYMBOLS or unicodedata.category(ch) in ("Lu", "Ll", "Lo", "Nd"):
            continue  # letters are judged by their words above
        bad += 1
    total = good + bad
    return (good / total if total else 0.0), total


# --- detection -------------------------------------------------------------------------------

_LEGACY = ("windows-1258", "vni", "tcvn3")
_MIN_SHARE = 0.6
_SAMPLE_BYTES = 16384


def _finish(text: str, encoding: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nfc = unicodedata.normalize("NFC", text)
    return Decoded(nfc, encoding, was_nfd=nfc != text)


def _legacy_decode(data: bytes, encoding: str) -> str:
    if encoding == "tcvn3":
        return recapitalise_tcvn3(decode_tcvn3(data))
    if encoding == "vni":
        return decode_vni(data)
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Detect the encoding of ``data`` and return its text (NFC, ``\\n`` line ends)."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise DecodeError("empty")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _finish(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            pass  # a BOM followed by something else: go on guessing
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom) and len(data) % 2 == 0:
            try:
                return _finish(data[2:].decode(enc), enc)
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise DecodeError("binary")
        return _finish(text, "utf-8")

    enc16 = _utf16_without_bom(data)
    if enc16 is not None and len(data) % 2 == 0:
        try:
            return _finish(data.decode(enc16), enc16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise DecodeError("binary")

    # Judge on a sample (enough words to tell), then decode the whole file once.
    sample = data[:_SAMPLE_BYTES]
    best: tuple[float, str] | None = None
    for enc in _LEGACY:
        share, _words = vietnamese_score(_legacy_decode(sample, enc))
        if best is None or share > best[0]:
            best = (share, enc)
    assert best is not None
    if best[0] >= _MIN_SHARE:
        return _finish(_legacy_decode(data, best[1]), best[1])
    return _standard(data)


def _standard(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # only for the rare non-Vietnamese 8-bit file

    match = from_bytes(data).best()
    if match is None:
        raise DecodeError("unknown-encoding")
    name = match.encoding.replace("_", "-")
    if name.startswith("cp12"):
        name = "windows-" + name[2:]
    return _finish(str(match), name)


# --- web pages -------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_BODY = re.compile(rb"<body[\s>]", re.I)
_UNICODE = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be")
_VIETNAMESE_8BIT = ("windows-1258", "tcvn3", "vni")


# Only encodings of text that browsers know: a page (or a server) naming "unicode_escape",
# "raw_unicode_escape", "utf-7" or "punycode" would have its text rewritten, escapes decoded.
_TEXT_CODEC = re.compile(
    r"ascii|latin-1|utf-8|utf-16(-le|-be)?|iso8859-\d{1,2}|cp\d{3,4}|koi8-[ru]|mac-\w+|tis-620"
    r"|gbk|gb2312|gb18030|big5|big5hkscs|euc[-_](jp|kr)|iso2022[-_]jp|shift[-_]jis"
)


def _codec_name(name: str) -> str | None:
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    if not _TEXT_CODEC.fullmatch(found):
        return None
    return "windows-" + found[2:] if re.fullmatch(r"cp12\d\d", found) else found


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """The text of an HTML page and its encoding (raises ``DecodeError``).

    A BOM, UTF-8 and UTF-16 win as for scrapes. An 8-bit page is judged on its body (the
    markup before it has no Vietnamese words): Windows-1258, TCVN3 and VNI by the syllable
    score, else the charset the server (``declared``) or the page's ``<meta>`` names, else
    charset-normalizer. Legacy pages often declare ISO-8859-1 while their text is TCVN3.
    """
    first = decode_bytes(data)
    if first.encoding in _UNICODE:
        return first
    m = _BODY.search(data, 0, 2 * 1024 * 1024)
    body = data[m.start() :] if m else data
    try:
        by_body = decode_bytes(body).encoding if m else first.encoding
    except ValueError:
        by_body = first.encoding
    if by_body in _VIETNAMESE_8BIT:
        if by_body == "tcvn3":
            return _finish(decode_tcvn3(data), "tcvn3")
        if by_body == "vni":
            return _finish(decode_vni(data), "vni")
        return _finish(data.decode("cp1258", errors="replace"), "windows-1258")
    named = [declared] if declared else []
    if mc := _META_CHARSET.search(data, 0, 64 * 1024):
        named.append(mc.group(1).decode("ascii"))
    for name in named:
        codec = _codec_name(name)
        if codec is None or codec.startswith("utf"):
            continue
        try:
            return _finish(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return first
