"""Score contested claims and copy detection against the curated sample (the gold standard).

The automatic side is built from corpus/articles alone (the corpus is copied to a temporary
folder without curation/, so nothing the editor wrote can leak in); the gold side is the
curated build.

- contested recall: the gold claims are the curated claims whose derived status is
  `contested`. One is found when some automatic claim that comes out contested has a position
  citing one of the gold claim's asserting paragraphs and one citing one of its denying,
  disputing or not-confirming paragraphs (for a disagreement about a value, two paragraphs
  that give different values). "strict" also asks the stances to match: the first position
  asserts, the second is against (or carries a different value).
- false alarms: automatic contested claims that match no gold contested claim that way.
- derivative pairs: `independence.find_copies` against the pairs of articles that the
  editor's `derived_from` (and confirmed `copies:`) put in one origin group; precision,
  recall and F1 over unordered pairs.

Usage: .venv/bin/python scripts/score_contested.py [--corpus corpus] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.graph import AGAINST, _origin_groups  # noqa: E402
from builder.independence import find_copies  # noqa: E402
from builder.pipeline import assemble  # noqa: E402


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def _sides(claim) -> list[tuple[set, set]]:
    """(paragraphs on one side, paragraphs on the other) pairs that make a gold claim contested."""
    values: dict[str, set] = {}
    for p in claim.positions:
        if p.stance == "asserts" and p.value:
            values.setdefault(p.value.strip().casefold(), set()).add((p.citation.source, p.citation.paragraph))
    if len(values) > 1:
        return [(a, b) for (va, a), (vb, b) in combinations(sorted(values.items()), 2)]
    support = {(p.citation.source, p.citation.paragraph) for p in claim.positions if p.stance == "asserts"}
    against = {(p.citation.source, p.citation.paragraph) for p in claim.positions if p.stance in AGAINST}
    return [(support, against)]


def _matches(auto, gold, strict: bool) -> bool:
    def where(p):
        return (p.citation.source, p.citation.paragraph)
    for one, other in _sides(gold):
        if strict:
            a = [p for p in auto.positions if where(p) in one and p.stance == "asserts"]
            b = [p for p in auto.positions if where(p) in other
                 and (p.stance in AGAINST or p.value and all(p.value != q.value for q in a))]
        else:
            a = [p for p in auto.positions if where(p) in one]
            b = [p for p in auto.positions if where(p) in other]
        if a and b and any(x is not y for x in a for y in b):
            return True
    return False


def score(corpus: Path) -> dict:
    curated, _ = assemble(corpus)
    gold = [c for c in curated.claims if c.origin == "curated" and curated.status[c.id].value == "contested"]
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "corpus"
        bare.mkdir()
        for item in corpus.iterdir():
            if item.name == "curation":
                continue
            (shutil.copytree if item.is_dir() else shutil.copy)(item, bare / item.name)
        auto, _ = assemble(bare)
    contested = [c for c in auto.claims if auto.status[c.id].value == "contested"]
    found = {g.id: sorted(c.id for c in contested if _matches(c, g, strict=False)) for g in gold}
    strict = {g.id: sorted(c.id for c in contested if _matches(c, g, strict=True)) for g in gold}
    alarms = sorted(c.id for c in contested if not any(_matches(c, g, strict=False) for g in gold))

    # Derivative pairs.
    origin = _origin_groups(curated.sources, curated.originals,
                            tuple(c for c in curated.curated_copies if not c.rejected))
    gold_pairs = {frozenset(p) for p in combinations(sorted(origin), 2) if origin[p[0]] == origin[p[1]]}
    found_pairs = {frozenset((c.source, c.original)) for c in find_copies(list(curated.sources))}
    right = gold_pairs & found_pairs
    precision, recall = _ratio(len(right), len(found_pairs)), _ratio(len(right), len(gold_pairs))
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0

    return {
        "contested": {"recall": _ratio(sum(1 for v in found.values() if v), len(gold)),
                      "strict_recall": _ratio(sum(1 for v in strict.values() if v), len(gold)),
                      "gold": len(gold), "auto_contested": len(contested), "auto_claims": len(auto.claims),
                      "found": {k: v for k, v in found.items() if v},
                      "missed": sorted(k for k, v in found.items() if not v),
                      "missed_strict": sorted(k for k, v in strict.items() if not v),
                      "false_alarms": alarms,
                      "statements": {c.id: c.statement for c in contested}},
        "copies": {"precision": precision, "recall": recall, "f1": f1,
                   "gold_pairs": sorted(" ~ ".join(sorted(p)) for p in gold_pairs),
                   "found_pairs": sorted(" ~ ".join(sorted(p)) for p in found_pairs)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--json", action="store_true", help="print every figure and list as JSON")
    args = parser.parse_args()
    s = score(args.corpus)
    if args.json:
        print(json.dumps(s, indent=1, ensure_ascii=False))
        return
    c, p = s["contested"], s["copies"]
    print(f"contested  recall {c['recall']:.3f} (strict {c['strict_recall']:.3f}) of {c['gold']} gold claims; "
          f"{c['auto_contested']} automatic claims contested of {c['auto_claims']}, "
          f"{len(c['false_alarms'])} not in gold")
    for gid, ids in sorted(c["found"].items()):
        print(f"  found   {gid}: {', '.join(ids)}")
    for gid in c["missed"]:
        print(f"  missed  {gid}")
    for gid in sorted(set(c["missed_strict"]) - set(c["missed"])):
        print(f"  found only by paragraph (stances differ): {gid}")
    for cid in c["false_alarms"]:
        print(f"  false alarm {cid}: {c['statements'][cid]}")
    print(f"copies     precision {p['precision']:.3f}  recall {p['recall']:.3f}  F1 {p['f1']:.3f} "
          f"({len(p['found_pairs'])} pairs found; {len(p['gold_pairs'])} in gold)")


if __name__ == "__main__":
    main()
