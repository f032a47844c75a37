"""Accuracy of `normalize --lang vi|en` on real bulletin phrases (issue #13).

Reads ``tests/data/speech/<lang>/{dev,heldout,heldout2}.tsv`` (phrase <TAB> expected spoken form
<TAB> source; ``#`` lines are comments) for every language folder present, prints the share
of rows whose spoken form matches, per language and part, then the failing rows. A row
matches when the words are the same: case and punctuation are ignored, since the speech
engine does not say them (a "," or ":" only changes a pause).

    python scripts/eval_speech.py [--lang vi|en] [--rows all|dev|heldout|none]

``--rows dev`` prints only the dev part's failures: use it while writing rules, so the
held-out part stays a fair test. Always exits 0 (a report, not a check).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.text.speech import normalize  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "speech"
PARTS = ("dev", "heldout", "heldout2")
OPTIONAL_PARTS = ("heldout2",)  # a later held-out batch; a language may not have one
_NOT_WORD = re.compile(r"[^\w\s]|_")


@dataclass(frozen=True)
class Row:
    shown: str
    expected: str
    source: str
    line: int


def comparable(text: str) -> str:
    """Words only: casefolded, punctuation dropped, spaces collapsed."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def read_rows(path: Path) -> list[Row]:
    rows: list[Row] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) < 2:
            print(f"{path.name}:{number}: skipped, expected phrase<TAB>spoken[<TAB>source]")
            continue
        rows.append(Row(fields[0], fields[1], fields[2] if len(fields) > 2 else "", number))
    return rows


def evaluate(lang: str, part: str) -> tuple[int, list[tuple[Row, str]]] | None:
    """(number of rows, failing rows with what was said), or None if the file is missing."""
    path = CORPUS / lang / f"{part}.tsv"
    if not path.is_file():
        return None
    rows = read_rows(path)
    failures = []
    for row in rows:
        said = normalize(row.shown, lang).text
        if comparable(said) != comparable(row.expected):
            failures.append((row, said))
    return len(rows), failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("vi", "en"), help="one language (default: all)")
    parser.add_argument(
        "--rows",
        choices=("all", *PARTS, "none"),
        default="all",
        help="whose failing rows to print (default: all)",
    )
    args = parser.parse_args(argv)
    langs = [args.lang] if args.lang else sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    summary: list[str] = []
    for lang in langs:
        for part in PARTS:
            result = evaluate(lang, part)
            if result is None:
                if part in OPTIONAL_PARTS:
                    continue
                summary.append(f"{lang} {part:8} (no {lang}/{part}.tsv)")
                continue
            total, failures = result
            right = total - len(failures)
            share = 100.0 * right / total if total else 0.0
            summary.append(f"{lang} {part:8} {share:5.1f} %  ({right}/{total} rows right)")
            if args.rows in ("all", part) and failures:
                print(f"== {lang}/{part}.tsv: {len(failures)} failing")
                for row, said in failures:
                    print(f"  line {row.line}: {row.shown}")
                    print(f"    expected: {row.expected}")
                    print(f"    said:     {said}")
    print("== speech normalisation accuracy (words; case and punctuation ignored)")
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
