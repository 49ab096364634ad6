"""Score the automatic extraction against the curated sample (the gold standard).

Runs the extractors on corpus/articles alone (curation ignored, as if corpus/curation/ were
removed) and compares with corpus/curation/*.yaml:

- actors: an automatic actor is right if its name or an alias equals a gold actor's name or
  alias and the kind matches; each gold actor can be matched once (a duplicate is wrong).
- events: a gold dated citation (source, paragraph, date with its precision) is found if an
  automatic event cites that paragraph with exactly that date. Recall is also given per gold
  event (any of its citations found).
- non-asserting positions: a gold (source, paragraph, stance) with stance denies, disputes,
  cannot_confirm or hedges is found if an automatic position has the same key. "disputes" in
  the gold are the editor's inferences (a statement contradicting another claim, with no
  disputing verb), so recall is shown with and without them.

Usage: .venv/bin/python scripts/score_extraction.py [--corpus corpus] [--json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.corpus import load_sources  # noqa: E402
from builder.curation import load_curation  # noqa: E402
from builder.extract import extract_all  # noqa: E402

NON_ASSERTING = ("denies", "disputes", "cannot_confirm", "hedges")


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def score(corpus: Path) -> dict:
    sources, _ = load_sources(corpus)
    gold, _ = load_curation(corpus)
    auto = extract_all(sources)

    # Actors
    used, right, wrong_kind, wrong = set(), [], [], []
    for a in sorted(auto.actors, key=lambda a: a.id):
        names = set(a.names)
        match = [g for g in gold.actors if names & set(g.names)]
        ok = next((g for g in match if g.kind == a.kind and g.id not in used), None)
        if ok:
            used.add(ok.id)
            right.append(a.name)
        elif match and all(g.kind != a.kind for g in match):
            wrong_kind.append(f"{a.name} ({a.kind}; gold {match[0].kind})")
        else:
            wrong.append(f"{a.name} ({a.kind})" + (" [duplicate]" if match else ""))
    missed_actors = [g.name for g in gold.actors if g.id not in used]

    # Events
    gold_cites = {(c.citation.source, c.citation.paragraph, c.date.iso()): e.id
                  for e in gold.events for c in e.citations if c.date}
    auto_cites = {(c.citation.source, c.citation.paragraph, c.date.iso())
                  for e in auto.events for c in e.citations if c.date}
    found = set(gold_cites) & auto_cites
    gold_paragraphs = {(s, p) for s, p, _ in gold_cites}
    on_gold_paragraphs = {k for k in auto_cites if k[:2] in gold_paragraphs}
    events_found = {gold_cites[k] for k in found}

    # Positions
    gold_pos = {(p.citation.source, p.citation.paragraph, p.stance)
                for c in gold.claims for p in c.positions if p.stance in NON_ASSERTING}
    auto_pos = {(p.citation.source, p.citation.paragraph, p.stance)
                for c in auto.claims for p in c.positions if p.stance in NON_ASSERTING}
    gold_surface = {k for k in gold_pos if k[2] != "disputes"}

    return {
        "actors": {"precision": _ratio(len(right), len(auto.actors)), "recall": _ratio(len(used), len(gold.actors)),
                   "auto": len(auto.actors), "gold": len(gold.actors), "right": len(right),
                   "wrong_kind": wrong_kind, "not_in_gold": wrong, "missed": missed_actors},
        "events": {"citation_recall": _ratio(len(found), len(gold_cites)),
                   "event_recall": _ratio(len(events_found), len({e.id for e in gold.events})),
                   "precision": _ratio(len(found), len(auto_cites)),
                   "precision_on_curated_paragraphs": _ratio(len(found), len(on_gold_paragraphs)),
                   "auto_events": len(auto.events), "auto_citations": len(auto_cites), "gold_citations": len(gold_cites),
                   "missed": sorted(f"{s} {p} {d} ({gold_cites[(s, p, d)]})" for s, p, d in set(gold_cites) - found),
                   "wrong_on_curated_paragraphs": sorted(" ".join(k) for k in on_gold_paragraphs - found)},
        "positions": {"recall": _ratio(len(gold_pos & auto_pos), len(gold_pos)),
                      "recall_without_inferred_disputes": _ratio(len(gold_surface & auto_pos), len(gold_surface)),
                      "precision": _ratio(len(gold_pos & auto_pos), len(auto_pos)),
                      "gold": len(gold_pos), "auto": len(auto_pos),
                      "missed": sorted(" ".join(k) for k in gold_pos - auto_pos),
                      "not_in_gold": sorted(" ".join(k) for k in auto_pos - gold_pos)},
        "claims": {"auto": len(auto.claims)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--json", action="store_true", help="print every figure and error list as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the errors behind each figure")
    args = parser.parse_args()
    s = score(args.corpus)
    if args.json:
        print(json.dumps(s, indent=1, ensure_ascii=False))
        return
    a, e, p = s["actors"], s["events"], s["positions"]
    print(f"actors     precision {a['precision']:.3f}  recall {a['recall']:.3f}  "
          f"({a['right']} right of {a['auto']} found; {a['gold']} in gold)")
    print(f"events     date recall {e['citation_recall']:.3f} per citation, {e['event_recall']:.3f} per event; "
          f"precision {e['precision']:.3f} overall, {e['precision_on_curated_paragraphs']:.3f} on curated paragraphs "
          f"({e['auto_events']} events, {e['auto_citations']} dated citations)")
    print(f"positions  non-asserting recall {p['recall']:.3f} ({p['recall_without_inferred_disputes']:.3f} without "
          f"the editor's inferred disputes); precision {p['precision']:.3f} ({p['auto']} found, {p['gold']} in gold)")
    if args.errors:
        for section, keys in (("actors", ("wrong_kind", "not_in_gold", "missed")),
                              ("events", ("missed", "wrong_on_curated_paragraphs")),
                              ("positions", ("missed", "not_in_gold"))):
            for key in keys:
                for item in s[section][key]:
                    print(f"  {section} {key}: {item}")


if __name__ == "__main__":
    main()
