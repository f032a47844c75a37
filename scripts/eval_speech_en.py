"""Score `normalize --lang en` on tests/data/speech/en/*.tsv (input, expected, source).

A stand-in until scripts/eval_speech.py (which reads the same files for every language) is
merged. A row is right when the spoken text equals the expected form, spaces collapsed.
``--show FILE`` lists the wrong rows of one file (use it on dev.tsv only: heldout.tsv is scored
as a whole, so that rules are never written against it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.text.speech import normalize

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "speech" / "en"


def rows(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            shown, expected, *_ = line.split("\t")
            out.append((shown, expected))
    return out


def squash(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", metavar="NAME", help="list the wrong rows of NAME (e.g. dev)")
    args = parser.parse_args()
    for path in sorted(DATA.glob("*.tsv")):
        data = rows(path)
        wrong = [(s, e, normalize(s, "en").text) for s, e in data]
        wrong = [w for w in wrong if squash(w[1]) != squash(w[2])]
        right = len(data) - len(wrong)
        print(f"en {path.stem}: {right}/{len(data)} = {100 * right / max(len(data), 1):.1f} %")
        if args.show == path.stem:
            for shown, expected, got in wrong:
                print(f"  in : {shown}\n  exp: {expected}\n  got: {got}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
