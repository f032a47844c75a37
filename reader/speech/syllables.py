"""Word timings for engines that give none: a phrase's audio spread over its words by
syllable count (no Qt, standard library only).

Piper 1.8 reports phoneme timings only for models patched with the ``onnx`` package, which
the packaged voices are not; so the speech worker synthesises a sentence phrase by phrase
(each phrase's length is then exact) and shares each phrase's time among its words in
proportion to their syllables: a vowel group each (Vietnamese words are one syllable,
which a vowel group also gives, since ``ươ`` and ``oai`` are one group).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["phrases", "spread_words", "syllables"]

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
# A phrase ends after , ; : . ! ? (and their full-width forms) followed by a space.
_PHRASE_END = re.compile(r"[,;:.!?…，。；：！？]+[\"'”’)»]*\s+")
_VOWELS = set("aeiouy")
MAX_PHRASE_WORDS = 14
QUICK_FIRST_WORDS = 3  # a short first phrase: its audio is ready sooner (0.1 s, not 0.2 s, here)


def syllables(word: str) -> int:
    """Vowel groups in `word` (at least 1): "speech" 1, "bulletin" 3, "người" 1."""
    if any(c.isdigit() for c in word):
        return max(1, len(word))  # digits the normaliser left: one syllable or more each
    base = "".join(unicodedata.normalize("NFD", ch)[0] for ch in word.lower())
    count, before = 0, False
    for ch in base:
        vowel = ch in _VOWELS
        if vowel and not before:
            count += 1
        before = vowel
    if len(word) > 3 and base.endswith("e") and not base.endswith("le") and count > 1:
        count -= 1  # English silent e
    return max(1, count)


def phrases(text: str, quick: bool = False) -> list[tuple[int, int]]:
    """`text` cut into ``[start, end)`` phrases at punctuation and every MAX_PHRASE_WORDS
    words (`quick`: the first after QUICK_FIRST_WORDS, for a sentence that must start at
    once); together they cover the whole text."""
    cuts = [m.end() for m in _PHRASE_END.finditer(text)]
    out: list[tuple[int, int]] = []
    start = 0
    for end in [*cuts, len(text)]:
        if end <= start:
            continue
        words = list(_WORD.finditer(text, start, end))
        while len(words) > (limit := QUICK_FIRST_WORDS if quick and not out else MAX_PHRASE_WORDS):
            cut = words[limit].start()
            out.append((start, cut))
            start = cut
            words = words[limit:]
        if text[start:end].strip():
            out.append((start, end))
        elif out:
            out[-1] = (out[-1][0], end)
        start = end
    return out


def spread_words(
    text: str, start: int, end: int, duration_ms: float, lead_ms: float = 0.0
) -> list[tuple[int, int, int]]:
    """``(ms, word_start, word_end)`` for each word of ``text[start:end]``, whose audio lasts
    `duration_ms` (after `lead_ms` of silence), shared out by syllables."""
    words = list(_WORD.finditer(text, start, end))
    weights = [syllables(m.group()) for m in words]
    total = sum(weights) or 1
    out, at = [], 0
    for m, w in zip(words, weights, strict=True):
        out.append((round(lead_ms + duration_ms * at / total), m.start(), m.end()))
        at += w
    return out
