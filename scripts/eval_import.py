"""`make eval`: how much of each portal page the importer recovers, field by field.

The corpus is tests/data/portals/ (its README says how each page was collected): ``dev/``
pages may be looked at when rules are written, ``heldout/`` pages never are, so the held-out
figure is the fair one for portals the rules were not written against. Each page ``NAME.txt``
(or ``NAME.html``) has ``NAME.json`` beside it: the hand-checked title, date, lead, author,
captions, headings and paragraph count.

`python scripts/eval_import.py [--portals] [--quiet] [--misses seen]` prints per-field
accuracy over dev, the held-out pages already seen (their misses were looked at when rules
were written: ``"seen": true``) and the held-out pages still unseen (and per batch), the misses
(expected / got), and with ``--portals`` a line per portal. Exits 0: the figures are
information; tests/test_portal_corpus.py holds the pages to them.
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


def groups() -> list[tuple[str, list[Path]]]:
    """dev, then held-out pages whose misses were looked at when rules were written
    (``"seen": true`` in their JSON), then held-out pages still unseen: the fair figure."""
    held = pages("heldout")
    return [
        ("dev", pages("dev")),
        ("held-out, seen", [p for p in held if expected(p).get("seen")]),
        ("held-out, unseen", [p for p in held if not expected(p).get("seen")]),
    ]


def _field_line(hits: dict[str, int], n: int) -> str:
    return "  ".join(f"{f} {_pct(hits[f], n).strip()}" for f in FIELDS)


def report(name: str, found: list[Path], portals_too: bool, misses_too: bool) -> None:
    """Print one group's figures (and per batch), optionally per portal and the misses."""
    hits = dict.fromkeys(FIELDS, 0)
    by_portal: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_batch: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FIELDS, 0))
    batch_pages: dict[int, int] = defaultdict(int)
    misses: list[str] = []
    for page in found:
        diff = compare(page)
        want = expected(page)
        by_portal[want["portal"]][0] += len(FIELDS) - len(diff)
        by_portal[want["portal"]][1] += len(FIELDS)
        batch = want.get("batch")
        if batch is not None:
            batch_pages[batch] += 1
        for f in FIELDS:
            hits[f] += f not in diff
            if batch is not None:
                by_batch[batch][f] += f not in diff
        for f, (exp, got) in diff.items():
            misses.append(f"  {page.name} {f}:\n    expected {exp!r}\n    got      {got!r}")
    n = len(found)
    total = sum(hits.values())
    print(f"{name}: {n} pages from {len(by_portal)} portals, fields {_pct(total, n * len(FIELDS))}")
    print("  " + _field_line(hits, n))
    for batch, bhits in sorted(by_batch.items()):
        bn = batch_pages[batch]
        print(f"  batch {batch}: {bn} pages, fields {_pct(sum(bhits.values()), bn * len(FIELDS))}")
        print("    " + _field_line(bhits, bn))
    if portals_too:
        for portal, (hit, all_) in sorted(by_portal.items()):
            print(f"  {portal:40} {_pct(hit, all_)}")
    if misses and misses_too:
        print(f"  misses ({len(misses)}):")
        print("\n".join(misses))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--portals", action="store_true", help="also a line per portal")
    ap.add_argument("--quiet", action="store_true", help="figures only, no misses")
    ap.add_argument(
        "--misses",
        choices=("all", "dev", "seen", "none"),
        default="all",
        help="whose misses to print: 'seen' prints dev's and seen held-out pages' only, so "
        "rules can be written without looking at the unseen pages",
    )
    ap.add_argument(
        "--seen-only",
        action="store_true",
        help="leave the unseen held-out pages out, even their figures (while rules are written)",
    )
    args = ap.parse_args(argv)
    shown = {
        "all": {"dev", "held-out, seen", "held-out, unseen"},
        "dev": {"dev"},
        "seen": {"dev", "held-out, seen"},
        "none": set(),
    }[args.misses]
    for name, found in groups():
        if found and not (args.seen_only and name == "held-out, unseen"):
            report(name, found, args.portals, not args.quiet and name in shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
