"""Combine the editor's curation with automatic findings, curation winning, in one place.

Automatic findings (origin `auto`) fill in what the editor has not written:

- an automatic actor is absorbed by a curated actor with the same id or sharing one of its
  names (the editor renamed, re-kinded or confirmed it); references to it (event actors,
  speakers, affiliations) then point at the curated actor;
- an automatic event or claim is dropped when a curated one has the same id, or cites the
  same paragraph with an overlapping quote (and, for events, a compatible date): the editor
  has already written it up;
- `suppress:` entries in curation drop an automatic actor (by name or alias), event or claim
  (by id); references to a suppressed actor are removed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import Actor, Citation, Claim, Curation, Event
from .paragraphs import normalise


@dataclass(frozen=True, slots=True)
class Findings:
    """What extractors found on their own, before curation."""

    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()


def merge(curation: Curation, auto: Findings) -> tuple[list[Actor], list[Event], list[Claim]]:
    """Return (actors, events, claims): every curated item, plus auto items curation does not cover."""
    suppressed = {kind: {value for k, value in getattr(curation, "suppress", ()) if k == kind}
                  for kind in ("actor", "event", "claim")}
    owner = {a.id: a.id for a in curation.actors}
    for a in curation.actors:
        for name in a.names:
            owner.setdefault(name, a.id)
    remap: dict[str, str | None] = {}
    kept_actors: list[Actor] = []
    for a in auto.actors:
        if suppressed["actor"].intersection(a.names):
            remap[a.id] = None
            continue
        target = owner.get(a.id) if a.id in {c.id for c in curation.actors} else None
        target = target or next((owner[n] for n in a.names if n in owner), None)
        if target:
            remap[a.id] = target
        else:
            kept_actors.append(a)
    ref = _Remap(remap)
    actors = list(curation.actors) + [_with(a, affiliations=ref.many(a.affiliations)) for a in kept_actors]

    curated_cites = [(c.citation, c.date) for e in curation.events for c in e.citations]
    event_ids = {e.id for e in curation.events}
    events = list(curation.events)
    for e in auto.events:
        if e.id in event_ids or e.id in suppressed["event"]:
            continue
        if any(_overlaps(c.citation, cc) and (not c.date or not cd or c.date.compatible(cd))
               for c in e.citations for cc, cd in curated_cites):
            continue
        events.append(_with(e, actors=ref.many(e.actors)))

    curated_positions = [p.citation for c in curation.claims for p in c.positions]
    claim_ids = {c.id for c in curation.claims}
    claims = list(curation.claims)
    for c in auto.claims:
        if c.id in claim_ids or c.id in suppressed["claim"]:
            continue
        if any(_overlaps(p.citation, cc) for p in c.positions for cc in curated_positions):
            continue
        positions = tuple(_with(p, speaker=ref.one(p.speaker)) for p in c.positions)
        claims.append(_with(c, positions=positions))
    return actors, events, claims


def _with(item, **changes):
    """`item` with `changes`: the item itself where they change nothing (most automatic findings
    name no curated actor), else a copy (`dataclasses.replace`, which costs more than the look)."""
    if all(getattr(item, name) == value for name, value in changes.items()):
        return item
    return replace(item, **changes)


class _Remap:
    def __init__(self, table: dict[str, str | None]):
        self.table = table

    def one(self, aid: str | None) -> str | None:
        if aid is None:
            return None
        return self.table.get(aid, aid)

    def many(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x for x in (self.one(i) for i in ids) if x))


def _overlaps(a: Citation, b: Citation) -> bool:
    """Same paragraph, and one quote contains the other or they share a long stretch."""
    if a.source != b.source or a.paragraph != b.paragraph:
        return False
    qa, qb = normalise(a.quote), normalise(b.quote)
    if qa in qb or qb in qa:
        return True
    shorter, longer = sorted((qa, qb), key=len)
    probe = shorter[: max(20, len(shorter) // 2)]
    return len(shorter) >= 20 and (probe in longer or shorter[-len(probe):] in longer)


def uncovered(dossier) -> list[tuple[str, int, str, str]]:
    """Automatic findings no curation covers yet, most frequent first: (kind, count, id, label).

    An actor counts its mentions, an event its citations, a claim its positions; `dossier
    review` prints this list so an editor can confirm, rename or suppress each finding.
    """
    rows = []
    for a in dossier.actors:
        if a.origin == "auto":
            rows.append(("actor", len(dossier.mentions_of.get(a.id, [])), a.id, f"{a.name} ({a.kind})"))
    for e in dossier.events:
        if e.origin == "auto":
            rows.append(("event", len(e.citations), e.id, f"{e.date.iso() if e.date else 'undated'}: {e.title}"))
    for c in dossier.claims:
        if c.origin == "auto":
            stances = ", ".join(sorted({p.stance for p in c.positions}))
            rows.append(("claim", len(c.positions), c.id, f"[{stances}] {c.statement}"))
    return sorted(rows, key=lambda r: (-r[1], r[0], r[2]))
