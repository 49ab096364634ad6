"""The dossier as the public `dossier.json` contract (see DESIGN.md).

Field names and the stance/status/kind values are read by tools outside the project: keep
them stable. Extra fields (descriptions, reasons, per-citation dates) may be added; none is
ever renamed or removed.
"""

from __future__ import annotations

import json

from .graph import Dossier
from .model import Citation
from .resolve.copies import summary


def export(d: Dossier) -> dict:
    """Return the JSON-ready dict; lists are sorted by id so the bytes are deterministic."""
    return {
        "dossier": {"title": d.settings.title, "subject": d.settings.subject},
        "sources": [{
            "id": s.id, "title": s.title, "outlet": s.outlet, "url": s.url,
            "published": s.published.iso() if s.published else None,
            "precision": s.published.precision if s.published else None,
            "paragraphs": len(s.paragraphs),
            "derived_from": list(dict.fromkeys([*s.derived_from, *(c.original for c in d.copies_of.get(s.id, [])
                                                                    if c.source == s.id)])),
            "origin": d.origin_of[s.id],
        } for s in d.sources],
        # Each link once (not under both of its sources); the evidence says what is shared, and the
        # passages themselves stay in the articles, which the site quotes.
        "copies": [{"source": c.source, "original": c.original, "kind": c.kind, "ordered": c.ordered,
                    "origin": c.origin, "evidence": list(summary(c.evidence))}
                   for c in d.copies if c.kind != "editor" and not c.rejected],
        "originals": [{
            "id": o.id, "title": o.title, "outlet": o.outlet, "url": o.url,
            "published": o.published.iso() if o.published else None,
            "precision": o.published.precision if o.published else None,
        } for o in d.originals],
        "actors": [{
            "id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases), "origin": a.origin,
            "description": a.description, "affiliations": list(a.affiliations),
            "mentions": _unique([{"source": m.citation.source, "paragraph": m.citation.paragraph}
                                 for m in d.mentions_of.get(a.id, [])]),
        } for a in d.actors],
        "events": [{
            "id": e.id, "title": e.title,
            "date": e.date.iso() if e.date else None, "precision": e.date.precision if e.date else None,
            "disputed": e.disputed, "origin": e.origin, "actors": list(e.actors),
            "citations": [{**_citation(c.citation), "date": c.date.iso() if c.date else None}
                          for c in e.citations],
        } for e in sorted(d.events, key=lambda e: e.id)],
        "claims": [{
            "id": c.id, "statement": c.statement, "status": d.status[c.id].value,
            "reason": d.status[c.id].reason, "origin": c.origin,
            "positions": [{**_citation(p.citation), "stance": p.stance, "speaker": p.speaker,
                           "anonymous": p.anonymous, "value": p.value or None} for p in c.positions],
        } for c in d.claims],
    }


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode    # (json.dumps makes an encoder per call)


def to_text(data: dict) -> str:
    """The JSON text: one line per source, actor, event, claim and copy link, so that a change to one
    of them is a one-line diff; each line is written by the C encoder (an indented dump is written
    by the pure-Python one, and is larger)."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n  ".join(map(_ENCODE, value))
            parts.append(f" {json.dumps(key)}: [\n  {items}\n ]")
        else:
            parts.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _citation(c: Citation) -> dict:
    return {"source": c.source, "paragraph": c.paragraph, "quote": c.quote}


def _unique(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for item in items:
        key = tuple(item.values())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
