"""Score copy detection (builder.resolve.copies) on the development set's gold copy families.

For each story under --devset with a gold.yaml, the articles in `corpus/articles` are loaded
(no curation) and `find_copies` runs on them; its links are compared with the pairs of
articles inside each gold family (`families:`), as unordered pairs:

- links: the pairs `find_copies` links directly (what scripts/score_devset.py scores too);
- families: the pairs the links put in one group (copy families are groups, so two rewrites
  of one wire are one family even when only each was linked to the wire).

Precision, recall and F1 per story and in total (pairs summed over stories). Stories with
`held_out: true` are totalled separately: they are never used to tune the thresholds.

Usage: .venv/bin/python scripts/score_copies.py [--devset tests/devset] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.corpus import load_sources  # noqa: E402
from builder.resolve.copies import find_copies  # noqa: E402
from builder.unionfind import UnionFind  # noqa: E402


def _prf(right: int, found: int, gold: int) -> dict:
    precision = right / found if found else 1.0
    recall = right / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "right": right, "found": found, "gold": gold}


def _pairs(groups: list[list[str]]) -> set[frozenset]:
    return {frozenset(p) for g in groups for p in combinations(sorted(set(g)), 2)}


def score_story(folder: Path) -> dict:
    gold = yaml.safe_load((folder / "gold.yaml").read_text("utf-8")) or {}
    sources, _ = load_sources(folder / "corpus")
    ids = {s.id for s in sources}
    gold_pairs = {p for p in _pairs(gold.get("families") or []) if p <= ids}
    links = find_copies(sources)
    linked = {frozenset((c.source, c.original)) for c in links}
    groups = UnionFind()
    for c in links:
        groups.union(c.source, c.original)
    members: dict = {}
    for sid in sorted(ids):
        members.setdefault(groups.find(sid), []).append(sid)
    family = _pairs(list(members.values()))
    return {"story": folder.name, "held_out": bool(gold.get("held_out")), "articles": len(sources),
            "links": _prf(len(linked & gold_pairs), len(linked), len(gold_pairs)),
            "families": _prf(len(family & gold_pairs), len(family), len(gold_pairs)),
            "missed": sorted(" ~ ".join(sorted(p)) for p in gold_pairs - linked),
            "wrong": sorted(" ~ ".join(sorted(p)) for p in linked - gold_pairs),
            "kinds": {" ~ ".join(sorted((c.source, c.original))): c.kind for c in links}}


def _total(stories: list[dict], key: str) -> dict:
    right = sum(s[key]["right"] for s in stories)
    return _prf(right, sum(s[key]["found"] for s in stories), sum(s[key]["gold"] for s in stories))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT / "tests" / "devset")
    parser.add_argument("--errors", action="store_true", help="list missed and wrong pairs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    stories = [score_story(gold.parent) for gold in sorted(args.devset.glob("*/gold.yaml"))]
    tuned = [s for s in stories if not s["held_out"]]
    held = [s for s in stories if s["held_out"]]
    if args.json:
        print(json.dumps({"stories": stories, "total": {"links": _total(tuned, "links"),
                                                        "families": _total(tuned, "families")},
                          "held_out": {"links": _total(held, "links"), "families": _total(held, "families")}},
                         indent=1))
        return

    def line(name: str, links: dict, fams: dict) -> str:
        return (f"{name:28s} links P {links['precision']:.2f} R {links['recall']:.2f} F1 {links['f1']:.2f} "
                f"({links['right']}/{links['found']} found, {links['gold']} gold)   "
                f"families P {fams['precision']:.2f} R {fams['recall']:.2f} F1 {fams['f1']:.2f}")
    for title, group in (("tuning stories", tuned), ("held-out stories (never tuned on)", held)):
        if not group:
            continue
        print(f"{title}:")
        for s in group:
            print("  " + line(f"{s['story']} ({s['articles']})", s["links"], s["families"]))
            if args.errors:
                for p in s["missed"]:
                    print(f"      missed {p}")
                for p in s["wrong"]:
                    print(f"      wrong  {p} ({s['kinds'][p]})")
        print("  " + line("total", _total(group, "links"), _total(group, "families")))


if __name__ == "__main__":
    main()
