"""What a change does to the dossier: compare two `dossier.json` dicts, for a pull-request review.

Input: the `export()` dicts of the old and the new side. Output: a `Report` (sources, actors,
events and claims added, removed or changed; claims whose status changes, with the reason;
quotes that changed or disappeared; names that moved from one actor to another; mention
counts), rendered as Markdown for a pull-request comment or as JSON for tools. Pure functions
only: reading a revision out of git is `gitrev.py`'s job. Everything is sorted by id, so the
same two dossiers always give the same bytes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from .render.text import md_escape

ARROW = "→"


@dataclass(frozen=True, slots=True, order=True)
class Detail:
    """One changed field of an item: `old` is None when it was added, `new` None when removed."""

    field: str                 # "title", "aliases", "stance", "position", "quote", …
    at: str = ""               # the citation it concerns ("source#p2"), if any
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True, slots=True, order=True)
class Item:
    """A source, original, actor, event or claim as the report names it."""

    id: str
    label: str
    note: str = ""             # short qualifier: a claim's status, an actor's kind
    details: tuple[Detail, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    added: tuple[Item, ...] = ()
    removed: tuple[Item, ...] = ()
    changed: tuple[Item, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True, slots=True, order=True)
class StatusChange:
    id: str
    statement: str
    old: str
    new: str
    reason: str                # why the claim has its new status
    old_reason: str


@dataclass(frozen=True, slots=True, order=True)
class QuoteChange:
    kind: str                  # "claim" or "event"
    id: str                    # the claim's or event's id
    at: str                    # "source#p2"
    old: str
    new: str | None            # None: the quote disappeared


@dataclass(frozen=True, slots=True, order=True)
class NameMove:
    """Names that belonged to one actor and now belong to another (usually: two actors merged)."""

    from_id: str
    to_id: str
    names: tuple[str, ...]
    from_name: str
    to_name: str
    from_removed: bool         # the old actor is gone: it was merged into the new one


@dataclass(frozen=True, slots=True, order=True)
class MentionChange:
    id: str
    name: str
    old: int                   # paragraphs that name the actor
    new: int


@dataclass(frozen=True, slots=True)
class Report:
    dossier: tuple[Detail, ...] = ()
    sources: Section = Section()
    originals: Section = Section()
    actors: Section = Section()
    events: Section = Section()
    claims: Section = Section()
    statuses: tuple[StatusChange, ...] = ()
    quotes: tuple[QuoteChange, ...] = ()
    names: tuple[NameMove, ...] = ()
    mentions: tuple[MentionChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not any((self.dossier, self.sources, self.originals, self.actors, self.events, self.claims,
                        self.statuses, self.quotes, self.names, self.mentions))


def diff(old: dict, new: dict) -> Report:
    """Compare two dossier.json dicts (old, new) and return every difference, sorted by id."""
    return Report(
        dossier=tuple(_fields(old.get("dossier", {}), new.get("dossier", {}), ("title", "subject"))),
        sources=_section(old["sources"], new["sources"], _source_item, _source_details),
        originals=_section(old.get("originals", []), new.get("originals", []), _original_item, _original_details),
        actors=_section(old["actors"], new["actors"], _actor_item, _actor_details),
        events=_section(old["events"], new["events"], _event_item, _event_details),
        claims=_section(old["claims"], new["claims"], _claim_item, _claim_details),
        statuses=_statuses(old["claims"], new["claims"]),
        quotes=_quotes(old, new),
        names=_names(old["actors"], new["actors"]),
        mentions=_mentions(old["actors"], new["actors"]),
    )


# ── comparing ────────────────────────────────────────────────────────────────────────────────

def _by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items}


def _section(old: list[dict], new: list[dict], item, details) -> Section:
    o, n = _by_id(old), _by_id(new)
    changed = []
    for key in sorted(o.keys() & n.keys()):
        found = tuple(details(o[key], n[key]))
        if found:
            changed.append(_with(item(n[key]), found))
    return Section(added=tuple(item(n[k]) for k in sorted(n.keys() - o.keys())),
                   removed=tuple(item(o[k]) for k in sorted(o.keys() - n.keys())),
                   changed=tuple(changed))


def _with(item: Item, details: tuple[Detail, ...]) -> Item:
    return Item(item.id, item.label, item.note, details)


def _text(value) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) if value else "none"
    return str(value)


def _fields(old: dict, new: dict, names: tuple[str, ...]):
    for name in names:
        if old.get(name) != new.get(name):
            yield Detail(name, "", _text(old.get(name)), _text(new.get(name)))


def _set_details(name: str, old: list, new: list):
    """`aliases added: X` / `aliases removed: Y` rather than the whole list twice."""
    added, removed = sorted(set(new) - set(old)), sorted(set(old) - set(new))
    if added:
        yield Detail(name, "", None, ", ".join(map(str, added)))
    if removed:
        yield Detail(name, "", ", ".join(map(str, removed)), None)


def _date(item: dict) -> str:
    return item.get("published", item.get("date")) or "undated"


def _source_item(s: dict) -> Item:
    return Item(s["id"], f"{s['outlet']}: {s['title']}", _date(s))


def _source_details(o: dict, n: dict):
    yield from _fields(o, n, ("title", "outlet", "url"))
    if (o.get("published"), o.get("precision")) != (n.get("published"), n.get("precision")):
        yield Detail("published", "", _text(o.get("published")), _text(n.get("published")))
    yield from _fields(o, n, ("paragraphs",))
    yield from _set_details("derived_from", o.get("derived_from", []), n.get("derived_from", []))
    if o.get("origin") != n.get("origin"):
        yield Detail("independence", "", f"origin {o.get('origin')}", f"origin {n.get('origin')}")


def _original_item(o: dict) -> Item:
    return Item(o["id"], f"{o['outlet']}: {o['title']}" if o.get("title") else o["outlet"], _date(o))


def _original_details(o: dict, n: dict):
    yield from _fields(o, n, ("title", "outlet", "url", "published"))


def _actor_item(a: dict) -> Item:
    return Item(a["id"], a["name"], f"{a['kind']}, {a['origin']}")


def _actor_details(o: dict, n: dict):
    yield from _fields(o, n, ("name", "kind"))
    yield from _set_details("aliases", o.get("aliases", []), n.get("aliases", []))
    yield from _fields(o, n, ("description",))
    yield from _set_details("affiliations", o.get("affiliations", []), n.get("affiliations", []))
    yield from _fields(o, n, ("origin",))


def _event_item(e: dict) -> Item:
    return Item(e["id"], e["title"], _date(e))


def _event_details(o: dict, n: dict):
    yield from _fields(o, n, ("title",))
    if (o.get("date"), o.get("precision")) != (n.get("date"), n.get("precision")):
        yield Detail("date", "", _text(o.get("date")), _text(n.get("date")))
    yield from _fields(o, n, ("disputed", "origin"))
    yield from _set_details("actors", o.get("actors", []), n.get("actors", []))
    yield from _cited_details(o.get("citations", []), n.get("citations", []), "citation", ("date",),
                              lambda c: f"dated {_text(c.get('date'))}")


def _claim_item(c: dict) -> Item:
    return Item(c["id"], c["statement"], c["status"])


def _claim_details(o: dict, n: dict):
    yield from _fields(o, n, ("statement", "origin"))
    yield from _cited_details(o.get("positions", []), n.get("positions", []), "position",
                              ("stance", "speaker", "anonymous", "value"), _position_words)


def _position_words(p: dict) -> str:
    words = [p["stance"]]
    if p.get("speaker"):
        words.append(f"speaker {p['speaker']}")
    if p.get("anonymous"):
        words.append("anonymous")
    if p.get("value"):
        words.append(f"value {p['value']}")
    return ", ".join(words)


def _anchor(c: dict) -> str:
    return f"{c['source']}#{c['paragraph']}"


def _pair(old: list[dict], new: list[dict]):
    """Match citations across sides: same quote in the same paragraph, then same paragraph only.

    Returns (same quote pairs, requoted pairs, removed, added); each list in a stable order.
    """
    def key(c):
        return (c["source"], c["paragraph"], c["quote"])

    left, right = sorted(old, key=lambda c: json.dumps(c, sort_keys=True)), \
        sorted(new, key=lambda c: json.dumps(c, sort_keys=True))
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for c in right:
        pool[key(c)].append(c)
    same, unmatched = [], []
    for c in left:
        if pool[key(c)]:
            same.append((c, pool[key(c)].pop(0)))
        else:
            unmatched.append(c)
    rest = [c for cs in pool.values() for c in cs]
    by_paragraph: dict[tuple, list[dict]] = defaultdict(list)
    for c in sorted(rest, key=lambda c: json.dumps(c, sort_keys=True)):
        by_paragraph[(c["source"], c["paragraph"])].append(c)
    requoted, removed = [], []
    for c in unmatched:
        candidates = by_paragraph[(c["source"], c["paragraph"])]
        if candidates:
            requoted.append((c, candidates.pop(0)))
        else:
            removed.append(c)
    added = [c for cs in by_paragraph.values() for c in cs]
    return same, requoted, removed, added


def _cited_details(old: list[dict], new: list[dict], noun: str, fields: tuple[str, ...], words):
    same, requoted, removed, added = _pair(old, new)
    found = []
    for o, n in same + requoted:
        if o["quote"] != n["quote"]:
            found.append(Detail("quote", _anchor(n), o["quote"], n["quote"]))
        for name in fields:
            if o.get(name) != n.get(name):
                found.append(Detail(name, _anchor(n), _text(o.get(name)), _text(n.get(name))))
    found += [Detail(noun, _anchor(c), words(c), None) for c in removed]
    found += [Detail(noun, _anchor(c), None, f"{words(c)}: “{c['quote']}”") for c in added]
    return sorted(found, key=lambda d: (d.at, d.field, d.old or "", d.new or ""))


def _statuses(old: list[dict], new: list[dict]) -> tuple[StatusChange, ...]:
    o, n = _by_id(old), _by_id(new)
    return tuple(StatusChange(k, n[k]["statement"], o[k]["status"], n[k]["status"], n[k].get("reason", ""),
                              o[k].get("reason", ""))
                 for k in sorted(o.keys() & n.keys()) if o[k]["status"] != n[k]["status"])


def _quotes(old: dict, new: dict) -> tuple[QuoteChange, ...]:
    """Quotes of claims and events on both sides whose text changed or that are gone."""
    found = []
    for kind, plural, cited in (("claim", "claims", "positions"), ("event", "events", "citations")):
        o, n = _by_id(old[plural]), _by_id(new[plural])
        for key in sorted(o.keys() & n.keys()):
            _, requoted, removed, _ = _pair(o[key].get(cited, []), n[key].get(cited, []))
            found += [QuoteChange(kind, key, _anchor(b), a["quote"], b["quote"]) for a, b in requoted]
            found += [QuoteChange(kind, key, _anchor(a), a["quote"], None) for a in removed]
    return tuple(sorted(found, key=lambda q: (q.kind, q.id, q.at, q.old, q.new or "")))


def _names(old: list[dict], new: list[dict]) -> tuple[NameMove, ...]:
    """Names (canonical or alias) that one actor had before and another actor has now."""
    owner = {}
    for a in old:
        for name in (a["name"], *a.get("aliases", [])):
            owner.setdefault(name, a["id"])
    o, n = _by_id(old), _by_id(new)
    moved: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in new:
        for name in (a["name"], *a.get("aliases", [])):
            was = owner.get(name)
            if was and was != a["id"] and not (was in n and name in (n[was]["name"], *n[was].get("aliases", []))):
                moved[(was, a["id"])].append(name)
    return tuple(NameMove(was, now, tuple(sorted(names)), o[was]["name"], n[now]["name"], was not in n)
                 for (was, now), names in sorted(moved.items()))


def _mentions(old: list[dict], new: list[dict]) -> tuple[MentionChange, ...]:
    o, n = _by_id(old), _by_id(new)
    counts = {k: (len(o[k].get("mentions", [])), len(n[k].get("mentions", []))) for k in o.keys() & n.keys()}
    return tuple(MentionChange(k, n[k]["name"], *counts[k]) for k in sorted(counts) if counts[k][0] != counts[k][1])


# ── rendering ────────────────────────────────────────────────────────────────────────────────

def to_json(report: Report, old: dict | None = None, new: dict | None = None) -> str:
    """The report as JSON text (sorted keys, one trailing newline); `old`/`new` describe the sides."""
    data = {"old": old or {}, "new": new or {}, "changes": not report.empty, **asdict(report)}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def summary(report: Report) -> str:
    """One line of counts, most important first."""
    parts = []
    if report.statuses:
        parts.append(f"{_plural(len(report.statuses), 'claim')} {'changes' if len(report.statuses) == 1 else 'change'} status")
    for name, section in (("source", report.sources), ("claim", report.claims), ("actor", report.actors),
                          ("event", report.events), ("original report", report.originals)):
        for verb, items in (("added", section.added), ("removed", section.removed), ("changed", section.changed)):
            if items:
                parts.append(f"{_plural(len(items), name)} {verb}")
    if report.quotes:
        parts.append(f"{_plural(len(report.quotes), 'quote')} changed or gone")
    if report.names:
        parts.append(f"{_plural(len(report.names), 'name move', 'name moves')}")
    return "; ".join(parts)


def to_markdown(report: Report, old_label: str, new_label: str) -> str:
    """The report as Markdown for a pull-request comment; `no changes` when the dossiers are equal.

    Labels are Markdown already (the caller formats revisions); everything from the corpus is escaped.
    """
    lines = [f"## Dossier diff: {old_label} {ARROW} {new_label}", ""]
    if report.empty:
        return "\n".join(lines + ["no changes", ""])
    lines += [summary(report) or "Only mention counts change.", ""]
    if report.dossier:
        lines += ["### Dossier", ""] + [f"- {_detail(d)}" for d in report.dossier] + [""]
    if report.statuses:
        lines += ["### Claims whose status changes", ""]
        for s in report.statuses:
            lines += [f"- `{s.id}`: **{s.old} {ARROW} {s.new}**. {md_escape(s.statement)}",
                      f"  - now: {md_escape(s.reason)}", f"  - before: {md_escape(s.old_reason)}"]
        lines.append("")
    lines += _section_lines("Sources", report.sources)
    lines += _section_lines("Original reports", report.originals)
    lines += _section_lines("Claims", report.claims)
    if report.quotes:
        lines += ["### Quotes changed or gone", ""]
        for q in report.quotes:
            where = f"{q.kind} `{q.id}` at `{q.at}`"
            if q.new is None:
                lines.append(f"- {where}: “{md_escape(q.old)}” is gone")
            else:
                lines.append(f"- {where}: “{md_escape(q.old)}” {ARROW} “{md_escape(q.new)}”")
        lines.append("")
    if report.names:
        lines += ["### Names moved between actors", ""]
        for m in report.names:
            names = ", ".join(f"“{md_escape(n)}”" for n in m.names)
            if m.from_removed:
                lines.append(f"- `{m.from_id}` ({md_escape(m.from_name)}) merged into `{m.to_id}` "
                             f"({md_escape(m.to_name)}): {names} now {'belongs' if len(m.names) == 1 else 'belong'} "
                             f"to `{m.to_id}`")
            else:
                lines.append(f"- {names} moved from `{m.from_id}` ({md_escape(m.from_name)}) to `{m.to_id}` "
                             f"({md_escape(m.to_name)})")
        lines.append("")
    lines += _section_lines("Actors", report.actors)
    lines += _section_lines("Events", report.events)
    if report.mentions:
        lines += [f"<details><summary>Mentions: {_plural(len(report.mentions), 'actor')} named in more or fewer "
                  "paragraphs</summary>", ""]
        for m in report.mentions:
            lines.append(f"- `{m.id}` {md_escape(m.name)}: {m.old} {ARROW} {m.new} paragraphs")
        lines += ["", "</details>", ""]
    return "\n".join(lines)


def _section_lines(title: str, section: Section) -> list[str]:
    if not section:
        return []
    lines = [f"### {title}", ""]
    for verb, items in (("Added", section.added), ("Removed", section.removed), ("Changed", section.changed)):
        for item in items:
            note = f" ({md_escape(item.note)})" if item.note else ""
            lines.append(f"- {verb} `{item.id}`{note}: {md_escape(item.label)}")
            lines += [f"  - {_detail(d)}" for d in item.details]
    return lines + [""]


# Fields whose values are the contract's fixed words or numbers: shown as they are.
_PLAIN = {"stance", "kind", "origin", "anonymous", "disputed", "paragraphs", "published", "date"}


def _detail(d: Detail) -> str:
    at = f" at `{d.at}`" if d.at else ""
    if d.field in _PLAIN and d.old is not None and d.new is not None:
        return f"{d.field}{at}: {d.old} {ARROW} {d.new}"
    if d.field == "quote":                      # the text is in "Quotes changed or gone"
        return f"quote{at} changed"
    if d.old is None:
        return f"{d.field}{at} added: {md_escape(d.new or '')}"
    if d.new is None:
        return f"{d.field}{at} removed: {md_escape(d.old)}"
    return f"{d.field}{at}: {md_escape(d.old)} {ARROW} {md_escape(d.new)}"
