"""scripts/eval_speech.py: the report `make eval` prints stays runnable and honest."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_speech.py"


@pytest.fixture(scope="module")
def evaluator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_speech", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_words_are_compared_without_case_or_punctuation(evaluator) -> None:  # type: ignore[no-untyped-def]
    assert evaluator.comparable("Ngày năm, tại  UBND.") == "ngày năm tại ubnd"
    assert evaluator.comparable("bốn.không") != evaluator.comparable("bốn chấm không")


def test_the_report_covers_both_parts_and_exits_0(evaluator, capsys) -> None:  # type: ignore[no-untyped-def]
    assert evaluator.main(["--lang", "vi", "--rows", "none"]) == 0
    out = capsys.readouterr().out
    assert "vi dev" in out and "vi heldout" in out
    assert "line " not in out  # --rows none prints no failing rows


def test_heldout_has_at_least_150_sourced_rows(evaluator) -> None:  # type: ignore[no-untyped-def]
    rows = evaluator.read_rows(evaluator.CORPUS / "vi" / "heldout.tsv")
    assert len(rows) >= 150
    assert all(row.source.startswith("http") for row in rows)


def test_second_heldout_batch_comes_from_pages_used_nowhere_else(evaluator) -> None:  # type: ignore[no-untyped-def]
    """heldout2.tsv is a fair test only if none of its pages fed dev.tsv or the first batch."""
    second = evaluator.read_rows(evaluator.CORPUS / "vi" / "heldout2.tsv")
    assert len(second) >= 150
    assert all(row.source.startswith("http") for row in second)
    others = {
        row.source
        for path in evaluator.CORPUS.glob("*/*.tsv")
        if path.name != "heldout2.tsv"
        for row in evaluator.read_rows(path)
    }
    assert not {row.source for row in second} & others


def test_the_report_includes_the_second_batch(evaluator, capsys) -> None:  # type: ignore[no-untyped-def]
    evaluator.main(["--rows", "none"])
    out = capsys.readouterr().out
    assert "vi heldout2" in out
    assert "en heldout2" not in out  # an optional part that is missing is not reported
