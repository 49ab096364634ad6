"""Value disputes across articles: who was responsible, how many were affected, what caused it,
on what day it happened.

Input: every article's `Frame`s (from `extract/frames.py`), the actor ids of the keys they use,
the actors themselves. Output: automatic `Claim`s phrased as the question ("Who was responsible
for the blast?", "How many people died?"), each position carrying the value its source gives.
A claim is made only where the sources disagree: two or more values of one question, or a value
asserted by one source and denied by another; agreement is already a claim of `claims.py`.

Grouping, never by comparing every pair: responsibility frames are grouped by the topic nouns
they share and the nouns of their articles' titles (an inverted index), count frames by what
they count ("people" + "kill"), cause frames by what was caused ("death", "crash"), date frames
by the happening dated ("attack"). Agents are compared by the country they belong to ("Russian
forces", "the Kyiv regime", "Moscow" are Russia's or Ukraine's side), so one side named three
ways is one value.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..extract import lexicon as lx
from ..extract.frames import cues
from ..model import AUTO, Actor, Citation, Claim, Position, Source, position_order
from ..unionfind import UnionFind

MIN_SOURCES = 2          # a dispute needs two articles
# Nouns of happenings someone can be responsible for: the question is asked about one of them.
HAPPENINGS = cues()["happenings"]
# Days given for one happening this many days apart or fewer are answers to one question; a day
# further from the others is another happening's (an attack and the next one).
DATE_SPREAD = 3
_WORD = re.compile(r"[a-z]+")
STOP = frozenset(lx.FUNCTION_WORDS) | {"says", "said", "after", "over", "amid", "news", "live", "update", "updates"}


def value_disputes(sources: dict[str, Source], articles, ids_of: dict[str, str], actors: list[Actor],
                   used: set[str]) -> list[Claim]:
    """Automatic claims for every disputed responsibility and count (ids drawn from `used`)."""
    from .claims import _slug, _unique
    by_id = {a.id: a for a in actors}
    side = _sides(actors)
    items = []                     # (frame, source id)
    for article in articles:
        for f in article.frames:
            items.append((f, article.source))
    claims = []
    for group in _agent_groups([x for x in items if x[0].kind == "agent"], sources):
        claim = _agent_claim(group, sources, ids_of, side, by_id)
        if claim:
            claims.append(claim)
    counts = defaultdict(list)
    causes = defaultdict(list)
    days = defaultdict(list)
    for f, sid in items:
        if f.kind == "count":
            counts[f.measure].append((f, sid))
        elif f.kind == "cause":
            causes[f.topic].append((f, sid))
        elif f.kind == "date":
            days[f.measure].append((f, sid))
    for happening, group in sorted(days.items()):
        claims.extend(_date_claims(group, sources, ids_of))
    for measure, group in sorted(counts.items()):
        claim = _count_claim(group, sources, ids_of)
        if claim:
            claims.append(claim)
    for effect, group in sorted(causes.items()):
        claim = _cause_claim(group, sources, ids_of)
        if claim:
            claims.append(claim)
    out = []
    for statement, positions in claims:
        cid = _unique(_slug(statement) or "dispute", used)
        used.add(cid)
        out.append(Claim(id=cid, statement=statement, positions=tuple(sorted(set(positions), key=position_order)), origin=AUTO))
    return out


def _sides(actors: list[Actor]) -> dict[str, str]:
    """Actor id -> the side it speaks for: its country where its name begins with one."""
    countries, demonyms = lx.countries(), lx.demonyms()
    by_name = {a.name: a.id for a in actors if a.kind == "country"}
    out = {}
    for a in actors:
        words = a.name.split()
        first = words[0].rstrip("'s’") if words else ""
        described = len(words) >= 2 and all(w.islower() for w in words[1:])   # "Russian forces", not "Palestinian Islamic Jihad"
        country = demonyms.get(first) or countries.get(first) if a.kind != "country" and described else None
        out[a.id] = by_name.get(country.name, a.id) if country else a.id
    return out


def _agent_groups(items, sources) -> list[list]:
    """Frames about one happening: they share a topic noun, or a noun of their article's title
    that frames elsewhere are about (in a dossier on one story, most blame is about its event)."""
    words = {sid: {w for w in _WORD.findall(sources[sid].title.lower()) if len(w) > 3 and w not in STOP}
             for _, sid in items}
    shared = Counter(w for ws in words.values() for w in ws)
    titled = {sid: [w for w in ws if shared[w] >= 2] for sid, ws in words.items()}
    u = UnionFind()
    postings: dict[str, int] = {}
    for i, (f, sid) in enumerate(items):
        u.find(i)
        for t in sorted(set(f.topic) | set(titled[sid])):
            if t in postings:
                u.union(postings[t], i)
            else:
                postings[t] = i
    groups = defaultdict(list)
    for i, item in enumerate(items):
        groups[u.find(i)].append(item)
    return [g for _, g in sorted(groups.items())]


def _agent_claim(group, sources, ids_of, side, by_id):
    values: dict[str, list] = defaultdict(list)
    for f, sid in group:
        aid = ids_of.get(f.value)
        if aid is None:
            continue
        values[side.get(aid, aid)].append((f, sid, aid))
    if len({sid for v in values.values() for _, sid, _ in v}) < MIN_SOURCES:
        return None
    asserted = {v for v, xs in values.items() if any(f.stance == "asserts" for f, _, _ in xs)}
    denied = {v for v, xs in values.items() if any(f.stance == "denies" for f, _, _ in xs)}
    blamed = {v for v, xs in values.items() if any(f.stance == "asserts" and f.measure != "act" for f, _, _ in xs)}
    # A contradiction: one side asserted and denied, or two sides blamed (the language of blame
    # presumes one culprit; two actors each doing something is not yet a dispute).
    if not (asserted & denied) and not (len(asserted) >= 2 and (blamed or denied)):
        return None
    topic = Counter(t for f, _ in group for t in f.topic)
    events = [(n, t) for t, n in topic.items() if t in HAPPENINGS]
    noun = max(events)[1] if events else (topic.most_common(1)[0][0] if topic else "events")
    statement = f"Who was responsible for the {noun}?"
    positions = []
    for value, xs in sorted(values.items()):
        name = by_id[value].name if value in by_id else value
        for f, sid, _ in xs:
            positions.append(_position(f, sid, sources, ids_of, name))
    return statement, positions


def _count_claim(group, sources, ids_of):
    if len({sid for _, sid in group}) < MIN_SOURCES:
        return None
    # a figure only reported ("295 people are reported to have been killed") against another one
    # is a disagreement too: the reader sees both, each with its stance
    given = [(f, sid) for f, sid in group if f.stance in ("asserts", "hedges")]
    disagree = [(a, b) for (a, sa), (b, sb) in _pairs(given)
                if sa != sb and (a.high < b.low or b.high < a.low) and _one_happening(a, b)]
    if not disagree:
        return None
    kinds = {w for pair in disagree for f in pair for w in f.topic[1:]}
    group = [(f, sid) for f, sid in group if not kinds or not f.topic[1:] or kinds & set(f.topic[1:])]
    question = Counter(f.question for f, _ in group).most_common(1)[0][0]
    return question, [_position(f, sid, sources, ids_of, f.value) for f, sid in group]


def _one_happening(a, b) -> bool:
    """Whether two counts can be of one happening: not when both say what kind of happening it
    was and the kinds share no word ("a drone strike that killed 10", "a suicide bomb attack
    killed more than 150")."""
    return not (a.topic[1:] and b.topic[1:] and not set(a.topic[1:]) & set(b.topic[1:]))


def _date_claims(group, sources, ids_of) -> list:
    """Days given for one happening ("Saturday's attack", "the attack on Sunday") that differ, in
    runs of days each at most DATE_SPREAD after the one before (a day further on is another
    happening's: "the October 7 attack"); an article that gives two days in a run tells of two
    happenings and is left out."""
    out, run = [], []
    for f, sid in sorted(group, key=lambda x: (x[0].low, x[1])) + [(None, "")]:
        if run and (f is None or f.low - run[-1][0].low > DATE_SPREAD):
            given = defaultdict(set)
            for g, s in run:
                given[s].add(g.low)
            kept = [(g, s) for g, s in run if len(given[s]) == 1]
            if len({s for _, s in kept}) >= MIN_SOURCES and len({g.low for g, _ in kept}) >= 2:
                out.append((kept[0][0].question, [_position(g, s, sources, ids_of, g.value) for g, s in kept]))
            run = []
        if f is not None:
            run.append((f, sid))
    return out


def _cause_claim(group, sources, ids_of):
    """A cause of one death, crash or collapse that one source denies and another gives, or a
    denied cause beside a different one ("died of a heart attack" / "not caused by blows to the
    head but by organ failure")."""
    if len({sid for _, sid in group}) < MIN_SOURCES:
        return None
    asserted = defaultdict(set)          # cause -> sources asserting it
    denied = defaultdict(set)
    for f, sid in group:
        if f.stance == "asserts":
            asserted[f.measure].add(sid)
        elif f.stance == "denies":
            denied[f.measure].add(sid)
    # Two causes may both be true ("a heart attack", "natural causes"): only a denial makes it a
    # dispute, of the cause another source gives or beside a different one.
    against = any(asserted.get(m, set()) - sids for m, sids in denied.items())
    rival = denied and len(asserted.keys() | denied.keys()) >= 2 \
        and len(set().union(*asserted.values(), *denied.values())) >= 2
    if not (against or rival):
        return None
    return group[0][0].question, [_position(f, sid, sources, ids_of, f.value) for f, sid in group]


def _pairs(items):
    # Compared by sorted value: a disagreement shows between neighbours, so this stays linear.
    ordered = sorted(items, key=lambda x: (x[0].low, x[0].high, x[1]))
    return zip(ordered, ordered[1:])


def _position(f, sid: str, sources, ids_of, value: str) -> Position:
    text = sources[sid].paragraph(f.paragraph).text
    quote = text[f.start:f.end].strip()
    speaker = ids_of.get(f.speaker) if f.speaker else None
    stance = f.stance if f.stance in ("asserts", "denies", "hedges") else "asserts"
    return Position(Citation(sid, f.paragraph, quote), stance, speaker, f.anonymous and speaker is None, value)
