"""Named checks over the assembled dossier; each returns a list of `Problem`s.

Every check runs (no short-circuit) so an editor sees every problem in one run. Errors stop
the build; warnings are shown, and fail it only under `--strict`.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from .errors import WARNING, Problem
from .graph import Dossier
from .model import Citation, Where
from .paragraphs import find_quote, normalise


def validate(d: Dossier) -> list[Problem]:
    """Run every check; return all problems found, sorted."""
    problems: list[Problem] = []
    for check in CHECKS:
        problems += check(d)
    return sorted(set(problems))


def duplicate_ids(d: Dossier) -> list[Problem]:
    problems = []
    for kind, items in (("actor", d.all_actors), ("event", d.all_events), ("claim", d.all_claims)):
        first: dict[str, Where] = {}
        for item in items:
            if item.id in first:
                w = first[item.id]
                problems.append(Problem(item.where.path, item.where.line,
                                        f"duplicate {kind} id {item.id!r} (first defined at {w.path}:{w.line}); "
                                        "rename one or merge them", check="duplicate-id"))
            else:
                first[item.id] = item.where
    for o in d.originals:
        if o.id in d.source:
            problems.append(Problem("dossier.yaml", 0, f"original id {o.id!r} is also an article id; rename one",
                                    check="duplicate-id"))
    return problems


def ambiguous_names(d: Dossier) -> list[Problem]:
    owners: dict[str, list[str]] = defaultdict(list)
    for a in d.actors:
        for name in dict.fromkeys(a.names):
            owners[name].append(a.id)
    problems = []
    for name, ids in sorted(owners.items()):
        if len(ids) > 1:
            a = d.actor[ids[1]]
            problems.append(Problem(a.where.path, a.where.line,
                                    f"the name {name!r} belongs to several actors ({', '.join(ids)}); "
                                    "keep it on one of them", check="ambiguous-name"))
    return problems


def references(d: Dossier) -> list[Problem]:
    problems = []

    def need_actor(ref: str, where: Where, what: str) -> None:
        if ref not in d.actor:
            problems.append(Problem(where.path, where.line, f"{what} {ref!r} is not an actor id; add it to "
                                    "curation/actors.yaml or fix the spelling", check="unknown-id"))

    for a in d.actors:
        for ref in a.affiliations:
            need_actor(ref, a.where, "affiliation")
    for e in d.events:
        for ref in e.actors:
            need_actor(ref, e.where, "event actor")
    for c in d.claims:
        for p in c.positions:
            if p.speaker:
                need_actor(p.speaker, p.where, "speaker")
    for c in d.curated_copies:
        for ref in (c.source, c.original):
            if ref not in d.source and ref not in d.original:
                problems.append(Problem(c.where.path, c.where.line, f"copies: {ref!r} is not an article id; "
                                        "fix the id", check="unknown-id"))
    known = set(d.source) | set(d.original)
    for s in d.sources:
        for ref in s.derived_from:
            if ref not in known:
                problems.append(Problem(s.path, 0, f"derived_from {ref!r} is neither an article id nor an "
                                        "original listed in dossier.yaml; fix it or add the original",
                                        check="unknown-id"))
            if ref == s.id:
                problems.append(Problem(s.path, 0, "derived_from names the article itself; remove it",
                                        check="unknown-id"))
    return problems


def quotes(d: Dossier) -> list[Problem]:
    """Every citation's quote must appear verbatim in the paragraph it names."""
    problems = []
    for citation, where in _citations(d):
        message = quote_problem(d, citation)
        if message:
            problems.append(Problem(where.path, where.line, message, check="quote"))
    return problems


def quote_problem(d: Dossier, c: Citation) -> str | None:
    """Why `c` does not resolve, or None if its quote is found in its paragraph."""
    source = d.source.get(c.source)
    if source is None:
        return f"source {c.source!r} is not an article in corpus/articles/; fix the id"
    paragraph = source.paragraph(c.paragraph)
    if paragraph is None:
        return (f"{c.source} has no paragraph {c.paragraph!r} (it has p1…p{len(source.paragraphs)}); "
                "fix the paragraph id")
    if c.quote.strip() and c.quote in paragraph.text:    # as written: found however it is normalised
        return None
    if find_quote(c.quote, paragraph.text) is not None:
        return None
    nearest = nearest_text(c.quote, paragraph.text)
    elsewhere = next((p.id for p in source.paragraphs if find_quote(c.quote, p.text)), None)
    hint = f"; it is in {elsewhere}" if elsewhere else f"; nearest text: \"{nearest}\""
    return f"quote not found in {c.source} {c.paragraph}: \"{_clip(c.quote)}\"{hint}"


def nearest_text(quote: str, text: str) -> str:
    """The span of `text` that best matches `quote` (fuzzy), for error messages."""
    quote, text = normalise(quote), normalise(text)
    alignment = fuzz.partial_ratio_alignment(quote, text)
    if alignment is None:
        return _clip(text)
    return _clip(text[alignment.dest_start:alignment.dest_end])


def _clip(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _citations(d: Dossier):
    for a in d.actors:
        if a.description_cite:
            yield a.description_cite, a.where
    for e in d.events:
        for c in e.citations:
            yield c.citation, c.where
    for c in d.claims:
        for p in c.positions:
            yield p.citation, p.where
    for point in d.settings.summary:
        if point.cite:
            yield point.cite, point.where


def unmentioned_actors(d: Dossier) -> list[Problem]:
    return [Problem(a.where.path, a.where.line, f"actor {a.id!r} is not named in any article under its name "
                    "or aliases; add the spelling the articles use as an alias", severity=WARNING,
                    check="unmentioned-actor")
            for a in d.actors if a.origin == "curated" and not d.mentions_of.get(a.id)]


def derived_cycles(d: Dossier) -> list[Problem]:
    """Articles whose `derived_from` links lead back to themselves (A rewrites B rewrites A).
    One depth-first walk over all articles (each visited once), reporting each cycle once."""
    links = {s.id: sorted(set(s.derived_from) & set(d.source) - {s.id}) for s in d.sources}
    problems, finished, on_path = [], set(), {}
    for root in sorted(links):
        if root in finished:
            continue
        path, stack = [root], [iter(links[root])]
        on_path[root] = 0
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                done = path.pop()
                del on_path[done]
                finished.add(done)
            elif nxt in on_path:
                cycle = path[on_path[nxt]:]
                first = cycle.index(min(cycle))
                cycle = cycle[first:] + cycle[:first]
                problems.append(Problem(d.source[cycle[0]].path, 0, "derived_from forms a cycle ("
                                        + " → ".join([*cycle, cycle[0]]) + "); an article cannot rewrite one "
                                        "that rewrites it: remove one of the links", check="derived-cycle"))
            elif nxt not in finished:
                on_path[nxt] = len(path)
                path.append(nxt)
                stack.append(iter(links[nxt]))
    return problems


CHECKS = (duplicate_ids, ambiguous_names, references, quotes, unmentioned_actors, derived_cycles)
