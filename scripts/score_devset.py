"""Score the automatic findings on the development set (tests/devset/<story>/), no curation.

For each story, the builder runs on `corpus/` alone and its findings are compared with
`gold.yaml`, written by reading the articles (definitions in tests/devset/README.md):

- actors: precision, recall (of all gold actors, and of those with a name of their own rather
  than a description such as "Ukrainian officials" or "volunteers"), and the share of matched
  actors with the right kind;
- events: recall of gold (article, paragraph, date) cites at the gold precision;
- denials: recall of gold denials, refusals and cannot-confirm with the right speaker, and
  ignoring the speaker (`denials~`: how many a wrong speaker costs);
- against P: of the paragraphs where the builder finds a denial, a dispute or a "cannot
  confirm", the share where the gold has a position or a dispute side of that class (whoever
  speaks): the precision of the stance, which the recall figures cannot see;
- speaker P: of the denials, disputes and "cannot confirm" the builder gives a named speaker, in
  paragraphs where the gold names who takes a position of that class, the share whose speaker is
  one of them: how often a named speaker is the wrong one (the recall figures count a wrong
  speaker as no speaker);
- positions: recall of every gold non-asserting position (those, plus the annotators' inferred
  disputes and hedges) with the right speaker, and ignoring the speaker; a stance counts as
  found when it is of the same class (denies, disputes and cannot_confirm are one class);
- copies: pair precision, recall and F1 against the gold families;
- disputes: gold disputes found as one contested claim holding two of their sides (two
  paragraphs, or one paragraph it quotes with two stances);
- one-origin: corroborated claims whose asserting articles all lie in one gold family;
- fragments: share of automatic claim statements that are not a complete sentence or keep
  their attribution ("X said …").

Stories with `held_out: true` are reported on their own lines and in a separate total: they
are never used to tune the extraction, and `--errors` and `--json` leave out what they get
wrong unless the story is named with `--story`.

Usage: .venv/bin/python scripts/score_devset.py [--devset tests/devset] [--story NAME] [--json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.dates import PartialDate  # noqa: E402
from builder.extract.lexicon import demonyms  # noqa: E402
from builder.pipeline import assemble  # noqa: E402

DEMONYMS = demonyms()

NON_ASSERTING = ("denies", "disputes", "cannot_confirm", "hedges")
AGAINST = ("denies", "disputes", "cannot_confirm")
DENIALS = ("denies", "cannot_confirm")      # denials, refusals and "cannot confirm", as the issue counts them
FIGURES = ("actors_precision", "actors_recall", "named_recall", "actor_kinds", "events_recall", "denials_recall",
           "denials_recall_any_speaker", "against_precision", "speaker_precision", "positions_recall",
           "positions_recall_any_speaker", "copies_precision", "copies_recall", "copies_f1",
           "disputes_recall", "one_origin_corroborated", "fragment_share")


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def _fold(text: str) -> str:
    """A name's comparison form: case, curly apostrophes, accents ("Üzümcü", "Uzumcu") and a
    leading "the" make no other name."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text.replace("’", "'")) if not unicodedata.combining(ch))
    return " ".join(text.casefold().split()).removeprefix("the ")


def _cite(c) -> tuple[str, str]:
    return str(c[0]), str(c[1])


def score_story(folder: Path) -> dict:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    dossier, _ = assemble(folder / "corpus", folder)
    out: dict = {"story": folder.name, "held_out": bool(gold.get("held_out")), "errors": {}}
    errors = out["errors"]

    # Actors
    gold_actors = gold.get("actors") or []
    spelling_of: dict[str, int] = {}
    for i, g in enumerate(gold_actors):
        for s in [g["name"], *(g.get("spellings") or [])]:
            spelling_of.setdefault(_fold(s), i)
    used, right, kinds_right = set(), 0, 0
    wrong, wrong_kind = [], []
    for a in dossier.actors:
        hits = sorted({spelling_of[_fold(n)] for n in a.names if _fold(n) in spelling_of})
        # the gold actor its own name spells comes first, then those its aliases spell
        own = spelling_of.get(_fold(a.name))
        free = sorted((i for i in hits if i not in used), key=lambda i: i != own)
        if free:
            used.add(free[0])
            right += 1
            if gold_actors[free[0]]["kind"] == a.kind:
                kinds_right += 1
            else:
                wrong_kind.append(f"{a.name} ({a.kind}; gold {gold_actors[free[0]]['kind']})")
        else:
            wrong.append(f"{a.name} ({a.kind})" + (" [duplicate]" if hits else ""))
    named = [i for i, g in enumerate(gold_actors) if _named(g)]
    out["actors_precision"] = _ratio(right, len(dossier.actors))
    out["actors_recall"] = _ratio(len(used), len(gold_actors))
    out["named_recall"] = _ratio(len(used & set(named)), len(named))
    out["actor_kinds"] = _ratio(kinds_right, right)
    errors["actors_not_in_gold"] = wrong
    errors["actors_wrong_kind"] = wrong_kind
    errors["actors_missed"] = [g["name"] for i, g in enumerate(gold_actors) if i not in used]

    # Events
    found_cites = {(c.citation.source, c.citation.paragraph, c.date.iso())
                   for e in dossier.events for c in e.citations if c.date}
    gold_cites = [(*_cite(c), PartialDate.parse(str(e["date"])).iso())
                  for e in gold.get("events") or [] for c in e.get("cites") or []]
    hit = [k for k in gold_cites if k in found_cites]
    out["events_recall"] = _ratio(len(hit), len(gold_cites))
    errors["events_missed"] = [" ".join(k) for k in gold_cites if k not in found_cites]

    # Positions
    names_of = {a.id: {_fold(n) for n in a.names} for a in dossier.actors}
    auto = [(p.citation.source, p.citation.paragraph, p) for c in dossier.claims for p in c.positions
            if p.stance in NON_ASSERTING]

    def speaker_ok(p, speaker) -> bool:
        if speaker in (None, "null"):
            return p.speaker is None and not p.anonymous
        if str(speaker).casefold() == "anonymous":
            return p.anonymous
        idx = spelling_of.get(_fold(str(speaker)))
        wanted = {_fold(str(speaker))}
        if idx is not None:
            g = gold_actors[idx]
            wanted |= {_fold(s) for s in [g["name"], *(g.get("spellings") or [])]}
        for w in list(wanted):      # "Ukrainian officials": the country speaks through them
            country = DEMONYMS.get(w.split(" ")[0].title()) if " " in w else None
            if country is not None:
                wanted.add(_fold(country.name))
        return bool(p.speaker and names_of.get(p.speaker, set()) & wanted)

    gold_pos = gold.get("positions") or []
    strict = loose = 0
    denials = denials_found = denials_loose = 0
    missed = []
    for g in gold_pos:
        src, par = _cite(g["cite"])
        same = [p for s, q, p in auto if (s, q) == (src, par) and _stance_class(p.stance) == _stance_class(g["stance"])]
        if same:
            loose += 1
        if g["stance"] in DENIALS:
            denials += 1
            denials_loose += bool(same)
        if any(speaker_ok(p, g.get("speaker")) for p in same):
            strict += 1
            denials_found += g["stance"] in DENIALS
        else:
            got = ", ".join(f"{p.stance}/{p.speaker or ('anonymous' if p.anonymous else 'reporter')}" for p in same)
            missed.append(f"{src} {par} {g['stance']} by {g.get('speaker')}" + (f" (found: {got})" if got else ""))
    out["positions_recall"] = _ratio(strict, len(gold_pos))
    out["denials_recall"] = _ratio(denials_found, denials)
    out["denials_recall_any_speaker"] = _ratio(denials_loose, denials)
    out["positions_recall_any_speaker"] = _ratio(loose, len(gold_pos))
    errors["positions_missed"] = missed
    # Stance precision: each paragraph the builder finds a denial, dispute or "cannot confirm" in,
    # against the gold's positions and dispute sides there of that class, whoever the speaker
    gold_against = {_cite(g["cite"]) for g in gold_pos if _stance_class(g["stance"]) == "against"}
    gold_against |= {_cite(s["cite"]) for d in gold.get("disputes") or [] for s in d.get("sides") or []
                     if _stance_class(s.get("stance", "asserts")) == "against"}
    said_against = {}
    for s, q, p in auto:
        if _stance_class(p.stance) == "against":
            said_against.setdefault((s, q), p)
    out["against_precision"] = _ratio(len(said_against.keys() & gold_against), len(said_against))
    # Speaker precision: each denial, dispute or "cannot confirm" the builder gives a named speaker,
    # in a paragraph where the gold names who takes a position of that class, against those speakers
    gold_speakers: dict[tuple, list] = {}
    for g in gold_pos:
        if _stance_class(g["stance"]) == "against" and str(g.get("speaker")).casefold() not in ("none", "null", "anonymous"):
            gold_speakers.setdefault(_cite(g["cite"]), []).append(g.get("speaker"))
    named_against = [(s, q, p) for s, q, p in auto if _stance_class(p.stance) == "against" and p.speaker
                     and (s, q) in gold_speakers]
    right = [x for x in named_against if any(speaker_ok(x[2], g) for g in gold_speakers[x[:2]])]
    out["speaker_precision"] = _ratio(len(right), len(named_against))
    errors["speakers_wrong"] = [f"{s} {q} {p.stance} by {p.speaker} (gold: {', '.join(map(str, gold_speakers[(s, q)]))})"
                                for s, q, p in named_against if (s, q, p) not in right]
    errors["against_not_in_gold"] = [f"{s} {q} {p.stance} by {p.speaker or ('anonymous' if p.anonymous else 'reporter')}"
                                     for (s, q), p in sorted(said_against.items()) if (s, q) not in gold_against]

    # Copies
    gold_pairs = {frozenset(p) for fam in gold.get("families") or [] for p in combinations(sorted(fam), 2)}
    found_pairs = {frozenset((c.source, c.original)) for c in dossier.copies if not c.rejected}
    tp = len(gold_pairs & found_pairs)
    precision, recall = _ratio(tp, len(found_pairs)), _ratio(tp, len(gold_pairs))
    out["copies_precision"], out["copies_recall"] = precision, recall
    out["copies_f1"] = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    errors["copies_missed"] = [" ~ ".join(sorted(p)) for p in gold_pairs - found_pairs]
    errors["copies_wrong"] = [" ~ ".join(sorted(p)) for p in found_pairs - gold_pairs]

    # Disputes
    contested = [c for c in dossier.claims if dossier.status[c.id].value == "contested"]
    found_disputes, missed_disputes = 0, []
    for d in gold.get("disputes") or []:
        sides = [(_cite(s["cite"]), _stance_class(s.get("stance", "asserts")), str(s.get("value") or ""))
                 for s in d.get("sides") or []]
        ok = False
        for c in contested:
            stances: dict[tuple, set] = {}
            for p in c.positions:
                stances.setdefault((p.citation.source, p.citation.paragraph), set()).add(_stance_class(p.stance))
            present = [s for s in sides if s[0] in stances]
            # two sides that differ, from two paragraphs, or from one paragraph the claim quotes
            # with two stances (one position cannot stand for both sides)
            if any((a[1], a[2]) != (b[1], b[2]) and (a[0] != b[0] or len(stances[a[0]]) > 1)
                   for a, b in combinations(present, 2)):
                ok = True
                break
        found_disputes += ok
        if not ok:
            missed_disputes.append(d["question"])
    out["disputes_recall"] = _ratio(found_disputes, len(gold.get("disputes") or []))
    out["disputes_gold"] = len(gold.get("disputes") or [])
    errors["disputes_missed"] = missed_disputes

    # One-origin corroboration
    family_of = {}
    for i, fam in enumerate(gold.get("families") or []):
        for sid in fam:
            family_of[sid] = i
    bad = []
    for c in dossier.claims:
        if dossier.status[c.id].value != "corroborated":
            continue
        origins = {family_of.get(p.citation.source, p.citation.source) for p in c.positions
                   if p.stance == "asserts" and not p.anonymous}
        if len(origins) < 2:
            bad.append(c.id)
    out["one_origin_corroborated"] = len(bad)
    errors["one_origin_corroborated"] = bad

    # Fragments
    statements = [c.statement for c in dossier.claims]
    fragments = [s for s in statements if _fragment(s)]
    out["fragment_share"] = _ratio(len(fragments), len(statements))
    out["claims"] = len(statements)
    errors["fragments"] = fragments
    return out


def _named(g: dict) -> bool:
    """A gold actor with a name of its own: some spelling has a capitalised word that is not a
    demonym ("Kherson Region administration", "the West"; not "Palestinian officials", "volunteers")."""
    for spelling in [g["name"], *(g.get("spellings") or [])]:
        for word in str(spelling).split():
            if word[:1].isupper() and word.rstrip("'s’") not in DEMONYMS and word not in ("The", "A"):
                return True
    return False


def _stance_class(stance: str) -> str:
    return "against" if stance in AGAINST else stance


_NLP = None


def _fragment(statement: str) -> bool:
    """Not a complete sentence (no finite verb with a subject), cut, or still attributed."""
    global _NLP
    if _NLP is None:
        import spacy

        from builder.extract.nlp import model_path
        _NLP = spacy.load(model_path(), disable=["ner", "lemmatizer"])
    text = statement.strip()
    if not text or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'(") \
            or text[-1] not in ".!?\"”'’)" or text.endswith("…"):
        return True
    doc = _NLP(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return True
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return True
    return root.lemma_ in _REPORTING and any(c.dep_ == "ccomp" for c in root.children)


_REPORTING = {"say", "tell", "add", "state", "claim", "deny", "report", "announce", "insist", "confirm"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=ROOT / "tests" / "devset")
    ap.add_argument("--story", action="append")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    folders = sorted(p for p in args.devset.iterdir() if (p / "gold.yaml").is_file() and (p / "corpus").is_dir())
    if args.story:
        folders = [f for f in folders if f.name in args.story]
    results = [score_story(f) for f in folders]
    for r in results:
        # what a held-out story gets wrong is not shown unless asked for by name: reading it is tuning on it
        if r["held_out"] and r["story"] not in (args.story or ()):
            r["errors"] = {}
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    head = f"{'story':24} " + " ".join(f"{h[:9]:>9}" for h in ("act P", "act R", "named R", "kinds", "events", "denials", "denials~",
                                                                  "against P", "speaker P", "pos", "pos~",
                                                                  "copy P", "copy R", "copy F1", "disputes",
                                                                  "1-origin", "fragments"))
    print(head)
    for held in (False, True):
        group = [r for r in results if r["held_out"] == held]
        if not group:
            continue
        print(("held out" if held else "tuning") + ":")
        for r in group:
            print(f"{r['story']:24} " + " ".join(f"{r[k]:>9}" for k in FIGURES))
        if len(group) > 1:
            mean = {k: round(sum(r[k] for r in group) / len(group), 3) for k in FIGURES}
            mean["one_origin_corroborated"] = sum(r["one_origin_corroborated"] for r in group)
            print(f"{'mean':24} " + " ".join(f"{mean[k]:>9}" for k in FIGURES))
        if args.errors:
            if held and not any(r["errors"] for r in group):
                print("  (errors of held-out stories are shown only for a story named with --story)")
            for r in group:
                for key, items in r["errors"].items():
                    for item in items:
                        print(f"  {r['story']} {key}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
