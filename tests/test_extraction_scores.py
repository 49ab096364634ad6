"""The automatic extraction, scored against the curated sample (scripts/score_extraction.py).

Floors sit a little under what the rules reach, so a change that loses recall or precision
fails here; raise them when the extractors improve.
"""

from __future__ import annotations

from conftest import run_scorer


def _scores() -> dict:
    return run_scorer("score_extraction")


def test_extraction_meets_its_floors():
    s = _scores()
    assert s["actors"]["precision"] >= 0.95
    assert s["actors"]["recall"] >= 0.95
    assert s["events"]["citation_recall"] >= 0.85
    assert s["events"]["event_recall"] >= 0.80
    assert s["positions"]["recall_without_inferred_disputes"] >= 0.90
    assert s["positions"]["recall"] >= 0.70
