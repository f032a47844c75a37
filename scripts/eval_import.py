"""`make eval`: how much of each portal page the importer recovers, field by field.

The corpus is tests/data/portals/ (its README says how each page was collected): ``dev/``
pages may be looked at when rules are written, ``heldout/`` pages never are, so the held-out
figure is the fair one for portals the rules were not written against. Each page ``NAME.txt``
(or ``NAME.html``) has ``NAME.json`` beside it: the hand-checked title, date, lead, author,
captions, headings and paragraph count.

`python scripts/eval_import.py [--portals] [--quiet]` prints per-field accuracy over dev and
held-out (and per held-out batch), the misses (expected / got), and with ``--portals`` a line
per portal. Exits 0: the
figures are information; tests/test_portal_corpus.py holds the pages to them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
CORPUS = PROJECT / "tests" / "data" / "portals"
SPLITS = ("dev", "heldout")
FIELDS = ("title", "date", "lead", "author", "captions", "headings", "paragraphs")
PAGE_SUFFIXES = (".txt", ".html", ".htm")


def pages(split: str) -> list[Path]:
    """The page files of a split, in name order."""
    folder = CORPUS / split
    return sorted(p for p in folder.iterdir() if p.suffix in PAGE_SUFFIXES)


def expected(page: Path) -> dict[str, Any]:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def recovered(page: Path) -> dict[str, Any]:
    """What the importer makes of the page, in the corpus's terms (``title`` is the page's
    own title line, None when the copy has none; ``paragraphs`` a count)."""
    from reader.importer.recover import read_source

    rec = read_source(page, 1.0)
    s = rec.scrape
    return {
        "title": s.title,
        "date": s.date.isoformat() if s.date else None,
        "lead": s.lead,
        "author": s.author,
        "captions": list(s.captions),
        "headings": list(s.headings),
        "paragraphs": len(s.paragraphs),
    }


def compare(page: Path) -> dict[str, tuple[Any, Any]]:
    """The fields that differ: field -> (expected, got). An import failure misses them all."""
    want = expected(page)
    try:
        got = recovered(page)
    except Exception as e:  # a failing page is a result: every field a miss
        return {f: (want[f], f"<{type(e).__name__}: {e}>") for f in FIELDS}
    return {f: (want[f], got[f]) for f in FIELDS if want[f] != got[f]}


def _pct(hit: int, total: int) -> str:
    return f"{100 * hit / total:5.1f}%" if total else "    -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--portals", action="store_true", help="also a line per portal")
    ap.add_argument("--quiet", action="store_true", help="figures only, no misses")
    args = ap.parse_args(argv)
    for split in SPLITS:
        found = pages(split)
        hits = dict.fromkeys(FIELDS, 0)
        by_portal: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_batch: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        misses: list[str] = []
        for page in found:
            diff = compare(page)
            portal = expected(page)["portal"]
            by_portal[portal][0] += len(FIELDS) - len(diff)
            by_portal[portal][1] += len(FIELDS)
            if (batch := expected(page).get("batch")) is not None:
                by_batch[batch][0] += len(FIELDS) - len(diff)
                by_batch[batch][1] += len(FIELDS)
            for f in FIELDS:
                hits[f] += f not in diff
            for f, (want, got) in diff.items():
                misses.append(f"  {page.name} {f}:\n    expected {want!r}\n    got      {got!r}")
        total = sum(hits.values())
        n = len(found)
        portals = len(by_portal)
        print(f"{split}: {n} pages from {portals} portals, fields {_pct(total, n * len(FIELDS))}")
        print("  " + "  ".join(f"{f} {_pct(hits[f], n).strip()}" for f in FIELDS))
        for batch, (hit, all_) in sorted(by_batch.items()):
            print(f"  batch {batch}: {all_ // len(FIELDS)} pages, fields {_pct(hit, all_)}")
        if args.portals:
            for portal, (hit, all_) in sorted(by_portal.items()):
                print(f"  {portal:40} {_pct(hit, all_)}")
        if misses and not args.quiet:
            print(f"  misses ({len(misses)}):")
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
