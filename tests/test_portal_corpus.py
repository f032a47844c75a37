"""Every page of the import corpus (tests/data/portals/) against its hand-checked result.

Dev pages must all pass except the one named below. Held-out pages come from sites the rules
were never written against; those the importer still gets wrong are expected failures with
the reason, so the suite says what is not done (strict: one that starts passing fails, and
its mark must go). `python scripts/eval_import.py` prints the same comparison as figures.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_import", ROOT / "scripts" / "eval_import.py")
assert _spec is not None and _spec.loader is not None
eval_import = importlib.util.module_from_spec(_spec)
sys.modules["eval_import"] = eval_import
_spec.loader.exec_module(eval_import)

_NEWSROOM = "'Trung tâm Tin tức' (the station's news centre) as the byline is not name-like"
KNOWN = {
    "dev/tdktla-33": (
        "the copy lost its title and opens with a photo caption, which becomes the title"
    ),
    "heldout/baotayninh-a169010": (
        "app and print links, a slogan banner printed twice and a kicker above the title: "
        "the slogan becomes the title"
    ),
    "heldout/hungyentv-10511": "the station's credit 'HYTV' is read as a byline",
    "heldout/baothanhhoa-263575": (
        "a photo story: its short captions without a person or a photo verb read as paragraphs"
    ),
    "heldout/vietnam-vn-bacgiang": (
        "a caption with a full stop and little evidence of its own, the text's only one, "
        "reads as a paragraph"
    ),
    # Batches 4 and 5 (measured once after the fourth round; seen since the fifth).
    "heldout/24h-a1695399": (
        "a photo report: captions with no person and no photo verb read as paragraphs"
    ),
    "heldout/tuoitrephuninh-1562": (
        "'Hình ảnh hoạt động' (pictures of the activity), heading a gallery the copy lost, "
        "reads as a caption"
    ),
    "heldout/hongthai-bacbinh-888484": (
        "hard-wrapped lines that break before a capital letter are not joined"
    ),
    "heldout/krongbong-daklak-692": (
        "the byline 'Mai viết Tăng' has a lower-case syllable: not name-like"
    ),
    "heldout/quanha-bachthong-txct": (
        "a 'Thành phần: ...' line (who took part) reads as a heading"
    ),
    "heldout/tanphong-tayninh-6809": (
        "a sapo opening with the place in capitals and no sentence end reads as a heading"
    ),
    "heldout/yeah1-49DaBK2VyQ": (
        "the section 'Lifestyle' before the byline and the date is taken into the byline"
    ),
    # Batch 6 (measured once after the fifth round; seen since the sixth).
    "heldout/thanhhoacity-phuson": (
        "a short caption with little evidence, the text's only one, reads as a paragraph"
    ),
    "heldout/tinhdoanquangninh-bienphong": (
        "the byline 'Đoàn TN BCH Biên phòng tỉnh' (a unit) has a lower-case word: no byline"
    ),
    # Batch 7, measured once after the sixth round (tests/data/portals/README.md).
    "heldout/amourco-khangninh": (
        "the copy opens with a caption labelled 'Ảnh:', which becomes the title"
    ),
    "heldout/baobackan-post2896": (
        "the image's alt text above its caption is read as the caption, the caption as text"
    ),
    "heldout/baodoanhnhanonline-quynhdo": (
        "a caption naming only places ('Lễ hội truyền thống làng Quỳnh Đô, ...') reads as a heading"
    ),
    "heldout/baovephapluat-156555": (
        "the text's last two paragraphs, after a photo, read as captions (the image toolbar's "
        "'leftcenterrightdel' stands between)"
    ),
    "heldout/hoinongdan-hoabinh-770": (
        "a print view whose only line above the text is the section: it becomes the title; the "
        "byline 'Bích Ngọc - Hội Nông dân tỉnh' has lower-case words"
    ),
    "heldout/htv-sxh-48gio": _NEWSROOM,
    "heldout/htv-sxh-cong-dong": _NEWSROOM,
    "heldout/uongbi-p13n43646": (
        "the weather, exchange-rate and visitor-counter boxes after the byline are no known "
        "furniture, so the byline is not the last line"
    ),
    "heldout/vienkiemsattv-2014": (
        "the portal's slogans run together on one line become the title"
    ),
    "heldout/vksndtc-2946": (
        "the listing's teaser above the title is taken for the lead and the title for a caption"
    ),
    "heldout/vksndtc-t2914": (
        "the portal's banner lines in capitals and in English become the title and captions"
    ),
    "heldout/vksndthaibinh-1809": (
        "a date in the US order glued to the first paragraph ('8/5/2015 7:50:17 AMSau khi') "
        "is neither split nor read"
    ),
    "heldout/voh-nongdan-sxkd": (
        "the episode's time and date glued after the sapo stay in the lead and are not read"
    ),
}


# Batches measured but not yet judged page by page: their misses are not looked at until
# the rules they measure are written (tests/data/portals/README.md); then each failing page
# gets its reason above and this goes.
UNJUDGED_FROM = 8
_UNJUDGED = "collected before the rules it measures; its misses are not looked at yet"


def _cases() -> list[object]:
    out: list[object] = []
    for split in eval_import.SPLITS:
        for page in eval_import.pages(split):
            key = f"{split}/{page.stem}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
            if not marks and eval_import.expected(page).get("batch", 0) >= UNJUDGED_FROM:
                marks = [pytest.mark.xfail(strict=False, reason=_UNJUDGED)]
            out.append(pytest.param(page, id=key, marks=marks))
    return out


def test_the_corpus_is_large_and_varied_enough() -> None:
    """>= 40 pages from >= 12 sites; held-out >= 15 pages from >= 5 sites."""
    every = [p for s in eval_import.SPLITS for p in eval_import.pages(s)]
    held = eval_import.pages("heldout")
    portals = {eval_import.expected(p)["portal"] for p in every}
    held_portals = {eval_import.expected(p)["portal"] for p in held}
    assert len(every) >= 40 and len(portals) >= 12
    assert len(held) >= 15 and len(held_portals) >= 5
    dev_portals = {eval_import.expected(p)["portal"] for p in eval_import.pages("dev")}
    assert not held_portals & dev_portals  # held out by site, not by page


@pytest.mark.parametrize("page", _cases())
def test_page_imports_as_checked_by_hand(page: Path) -> None:
    assert eval_import.compare(page) == {}
