"""Assemble the dossier graph: sources, actors, events and claims with every index pages need.

Input: sources, the merged actors/events/claims and the mentions found. Output: a `Dossier`
whose indexes (mentions per actor, events per actor, origin groups, related actors) and
derived values (a claim's status and its reason, an event's dispute) are computed once here
and never stored in the model.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .dates import PartialDate
from .model import STATUSES, Actor, Claim, Copy, Event, Mention, Original, Position, Settings, Source
from .unionfind import UnionFind

SUPPORT = ("asserts",)
AGAINST = ("denies", "disputes", "cannot_confirm")
_VERBS = {"denies": ("denies", "deny"), "disputes": ("disputes", "dispute"),
          "cannot_confirm": ("cannot confirm", "cannot confirm"), "hedges": ("hedges", "hedge"),
          "asserts": ("asserts", "assert")}


@dataclass(frozen=True, slots=True)
class Status:
    """A claim's derived status and the one-sentence reason for it."""

    value: str
    reason: str


class Dossier:
    """The whole briefing as one read-only graph. Build it with `assemble()`."""

    def __init__(self, settings: Settings, sources: list[Source], actors: list[Actor], events: list[Event],
                 claims: list[Claim], mentions: list[Mention], copies: list[Copy] = (),
                 curated_copies: tuple[Copy, ...] = ()):
        self.settings = settings
        # As given, duplicates included (validation reports them); everything else sees one per id.
        self.all_actors, self.all_events, self.all_claims = tuple(actors), tuple(events), tuple(claims)
        self.sources = tuple(sorted(sources, key=lambda s: s.id))
        self.actors = tuple(sorted(_first_by_id(actors), key=lambda a: a.id))
        self.events = tuple(sorted(_first_by_id(events), key=lambda e: (e.date or _EPOCH, e.id)))
        self.claims = tuple(sorted(_first_by_id(claims), key=lambda c: c.id))
        self.mentions = tuple(sorted(mentions, key=mention_order))
        self.originals = tuple(sorted(settings.originals, key=lambda o: o.id))

        self.source = {s.id: s for s in self.sources}
        self.actor = {a.id: a for a in self.actors}
        self.event = {e.id: e for e in self.events}
        self.claim = {c.id: c for c in self.claims}
        self.original = {o.id: o for o in self.originals}

        self.copies = tuple(sorted(copies))
        self.curated_copies = curated_copies     # the editor's entries, kept for validation
        self.copies_of: dict[str, list[Copy]] = defaultdict(list)
        for c in self.copies:
            self.copies_of[c.source].append(c)
            self.copies_of[c.original].append(c)
        self.origin_of = _origin_groups(self.sources, self.originals, self.copies)
        self._members: dict[str, list[Source]] = defaultdict(list)
        for s in self.sources:
            self._members[self.origin_of[s.id]].append(s)
        # Sources that rewrite another (a detected ordered copy, or the editor's derived_from).
        self.rewriters = frozenset({c.source for c in self.copies if c.ordered and not c.rejected}
                                   | {s.id for s in self.sources if s.derived_from})
        # Each origin group's first member that rewrites no other (the original itself), else its first.
        self.head_of: dict[str, str] = {
            origin: next((s.id for s in members if s.id not in self.rewriters), members[0].id)
            for origin, members in self._members.items()}
        self.mentions_of: dict[str, list[Mention]] = defaultdict(list)
        self.mentions_in: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for m in self.mentions:
            self.mentions_of[m.actor].append(m)
            self.mentions_in[(m.citation.source, m.citation.paragraph)].append(m)
        self.events_of: dict[str, list[Event]] = defaultdict(list)
        for e in self.events:
            for a in e.actors:
                self.events_of[a].append(e)
        self.positions_of: dict[str, list[tuple[Claim, Position]]] = defaultdict(list)
        self.claims_of_source: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            for p in c.positions:
                if p.speaker:
                    self.positions_of[p.speaker].append((c, p))
            for sid in sorted({p.citation.source for p in c.positions}):
                self.claims_of_source[sid].append(c)
        self.events_of_source: dict[str, list[Event]] = defaultdict(list)
        for e in self.events:
            for sid in sorted({c.citation.source for c in e.citations}):
                self.events_of_source[sid].append(e)
        self.status = {c.id: claim_status(c, self.origin_of, self.actor) for c in self.claims}
        self.related = _related_actors(self)

    # Convenience views used by several pages.

    def members(self, origin: str) -> list[Source]:
        """The corpus sources that share one origin group, by id."""
        return list(self._members.get(origin, ()))

    def origin_label(self, origin: str) -> str:
        if origin in self.original:
            o = self.original[origin]
            return f"{o.outlet}: {o.title}" if o.title else o.outlet
        s = self.source[origin]
        return f"{s.outlet}: {s.title}"

    def claims_by_status(self) -> list[Claim]:
        """Contested first, then denied, corroborated, single-source, unverified; by id within."""
        return sorted(self.claims, key=lambda c: (STATUSES.index(self.status[c.id].value), c.id))

    def independent_origins(self) -> int:
        return len(set(self.origin_of.values()))


_EPOCH = PartialDate(1)


def mention_order(m: Mention) -> tuple:
    """The dataclass order of mentions, field by field, as one flat tuple: sorting by it compares
    in C instead of in the generated methods (a tenth of the time for a corpus's mentions)."""
    c = m.citation
    return (m.actor, c.source, c.paragraph, c.quote, m.start, m.end)


def _first_by_id(items):
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


def _origin_groups(sources: tuple[Source, ...], originals: tuple[Original, ...],
                   copies: tuple[Copy, ...] = ()) -> dict[str, str]:
    """Map each source id to its origin group: sources linked by `derived_from` or a copy link count once.

    Links are followed both ways (two rewrites of one original share a group). The group is
    named after an original outside the corpus if one is involved, else its smallest source id.
    """
    external = {o.id for o in originals}
    groups = UnionFind(key=lambda x: (0 if x in external else 1, x))
    for s in sources:
        for ref in s.derived_from:
            groups.union(s.id, ref)
    for c in copies:
        if not c.rejected:
            groups.union(c.source, c.original)
    return {s.id: groups.find(s.id) for s in sources}


def claim_status(claim: Claim, origin_of: dict[str, str], actors: dict[str, Actor]) -> Status:
    """Derive a claim's status from its positions, counting rewrites of one original once."""
    support = [p for p in claim.positions if p.stance in SUPPORT]
    against = [p for p in claim.positions if p.stance in AGAINST]
    named = [p for p in support if not p.anonymous]
    value_groups: dict[str, list[Position]] = defaultdict(list)
    for p in claim.positions:               # a value only reported ("295 are reported killed") is an answer too
        if p.value and p.stance in (*SUPPORT, "hedges"):
            value_groups[p.value.strip()].append(p)
    if len({v.casefold() for v in value_groups}) > 1:
        parts = [f"{value} ({_articles(ps, origin_of)})" for value, ps in sorted(value_groups.items())]
        return Status("contested", "Sources give different answers: " + "; ".join(parts) + ".")
    if support and against:
        return Status("contested", _sentence([_support_part(support, origin_of), *_against_parts(against, actors)]))
    if against:
        if any(p.stance in ("denies", "disputes") for p in against):
            return Status("denied", _sentence(_against_parts(against, actors) + ["no source asserts it"]))
        return Status("unverified", _sentence(_against_parts(against, actors) + ["no source asserts it"]))
    origins = {origin_of.get(p.citation.source, p.citation.source) for p in named}
    if len(origins) >= 2:
        return Status("corroborated", _sentence([_support_part(named, origin_of)]))
    if named:
        return Status("single-source", _sentence([_support_part(named, origin_of)]))
    hedged = [p for p in claim.positions if p.stance == "hedges"]
    parts = []
    if support:
        parts.append(f"only anonymous sources assert this ({_articles(support, origin_of)})")
    if hedged:
        parts.append(f"{len(hedged)} {'position hedges' if len(hedged) == 1 else 'positions hedge'}")
    return Status("unverified", _sentence(parts or ["no source asserts it"]))


def _articles(positions: list[Position], origin_of: dict[str, str]) -> str:
    articles = {p.citation.source for p in positions}
    origins = {origin_of.get(s, s) for s in articles}
    text = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
    if len(articles) > 1 and len(origins) == 1:
        text += ", one original"
    elif len(origins) < len(articles):
        text += f", {len(origins)} independent origins"
    return text


def _support_part(support: list[Position], origin_of: dict[str, str]) -> str:
    articles = {p.citation.source for p in support}
    origins = {origin_of.get(s, s) for s in articles}
    n = len(articles)
    text = f"{n} article{'s' if n != 1 else ''} assert{'s' if n == 1 else ''} this"
    if n > 1 and len(origins) == 1:
        text += ", but they rewrite one original"
    elif len(origins) < n:
        text += f", from {len(origins)} independent origins"
    elif n > 1:
        text += ", independently"
    return text


def _against_parts(against: list[Position], actors: dict[str, Actor]) -> list[str]:
    parts = []
    for stance in AGAINST:
        group = [p for p in against if p.stance == stance]
        if not group:
            continue
        who = sorted({actors[p.speaker].name if p.speaker in actors else "an unnamed source" if p.anonymous
                      else "the article itself" for p in group})
        singular, plural = _VERBS[stance]
        verb = singular if len(who) == 1 else plural
        parts.append(f"{_join(who)} {verb} it")
    return parts


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(parts: list[str]) -> str:
    text = "; ".join(p for p in parts if p)
    return text[:1].upper() + text[1:] + "."


def _related_actors(d: Dossier) -> dict[str, list[tuple[str, int]]]:
    """Actors named in the same paragraph, weighted by the independent origins that do so."""
    together: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (sid, _pid), mentions in d.mentions_in.items():
        names = sorted({m.actor for m in mentions})
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                together[(a, b)].add(d.origin_of[sid])
    related: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), origins in together.items():
        related[a].append((b, len(origins)))
        related[b].append((a, len(origins)))
    for a in related:
        related[a].sort(key=lambda item: (-item[1], item[0]))
    return related
