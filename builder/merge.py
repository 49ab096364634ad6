"""Combine the editor's curation with automatic findings, curation winning, in one place.

Automatic findings (origin `auto`) fill in what the editor has not written. An automatic actor
is dropped when a curated actor has the same id or owns one of its names; automatic events and
claims are dropped when a curated one has the same id.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Actor, Claim, Curation, Event


@dataclass(frozen=True, slots=True)
class Findings:
    """What extractors found on their own, before curation."""

    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()


def merge(curation: Curation, auto: Findings) -> tuple[list[Actor], list[Event], list[Claim]]:
    """Return (actors, events, claims): every curated item, plus auto items curation does not cover."""
    curated_ids = {a.id for a in curation.actors}
    curated_names = {n for a in curation.actors for n in a.names}
    actors = list(curation.actors) + [a for a in auto.actors
                                      if a.id not in curated_ids and not curated_names.intersection(a.names)]
    event_ids = {e.id for e in curation.events}
    claim_ids = {c.id for c in curation.claims}
    events = list(curation.events) + [e for e in auto.events if e.id not in event_ids]
    claims = list(curation.claims) + [c for c in auto.claims if c.id not in claim_ids]
    return actors, events, claims
