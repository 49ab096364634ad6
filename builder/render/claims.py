"""How a claim reads on the pages: its title, and the one line saying who says what.

Inputs: the `Dossier` and one `Claim`. Outputs: plain text (callers escape it). The status itself
is derived in graph.py; this only words it for a reader. "Who" is the outlet of each independent
origin (rewrites of one original are named once, by that original's outlet) for support, and the
speaker for a denial or a refusal to confirm, so a line reads "Reuters and CNN assert; Iran denies".
"""

from __future__ import annotations

from ..graph import AGAINST, Dossier
from ..model import Claim

_VERB = {"asserts": ("asserts", "assert"), "denies": ("denies", "deny"), "disputes": ("disputes", "dispute"),
         "cannot_confirm": ("cannot confirm", "cannot confirm"), "hedges": ("hedges", "hedge")}


_SHOWN_VALUES = 3         # answers named in a disputed value's title


def values(claim: Claim) -> list[str]:
    """The different values the supporting positions give ("January 2024", "January 2025"), sorted;
    fewer than two when the sources agree."""
    seen: dict[str, str] = {}
    for p in claim.positions:
        if p.stance == "asserts" and p.value.strip():
            seen.setdefault(p.value.strip().casefold(), p.value.strip())
    return sorted(seen.values()) if len(seen) > 1 else []


def title(claim: Claim) -> str:
    """The claim's heading: its statement, or, where sources give different values, the question
    they answer differently ("… signed … in January 2024 or January 2025?"), so no one value reads
    as the established one; past three values, the first three and "…"."""
    statement = claim.statement.strip()
    options = values(claim)
    if not options:
        return statement
    # the first few only: a title every page citing the claim shows must not change with each
    # new answer ("How many died: 59 or 61 or 62 or …?"); the claim's page lists them all
    either = " or ".join(options[:_SHOWN_VALUES]) + (" or …" if len(options) > _SHOWN_VALUES else "")
    lowered = statement.casefold()
    for value in options:
        at = lowered.find(value.casefold())
        if at >= 0:
            return (statement[:at] + either + statement[at + len(value):]).rstrip(" .") + "?"
    return f"{statement.rstrip(' .?')}: {either}?"     # "How many died: 59 or 200?", not "died?: 59 …"


def who_says(d: Dossier, claim: Claim) -> str:
    """One sentence: who asserts, who denies or cannot confirm, and how independent the support is."""
    options = values(claim)
    if options:
        parts = []
        for value in options:
            group = [p for p in claim.positions if p.stance == "asserts" and p.value.strip().casefold() == value.casefold()]
            parts.append(f"{_join(_outlets(d, group))} {'say' if len(_outlets(d, group)) > 1 else 'says'} {value}")
        return "Sources disagree: " + "; ".join(parts) + "."
    parts = []
    support = [p for p in claim.positions if p.stance == "asserts"]
    named = [p for p in support if not p.anonymous]
    if named:
        who = _outlets(d, named)
        text = f"{_join(who)} {_VERB['asserts'][len(who) > 1]}"
        articles = len({p.citation.source for p in named})
        if articles > len(who):
            text += f" ({articles} articles, {len(who)} independent)" if len(who) > 1 else \
                f" ({articles} articles rewriting one original)"
        parts.append(text)
    elif support:
        parts.append(f"only unnamed sources assert, in {_join(_outlets(d, support))}")
    for stance in (*AGAINST, "hedges"):
        group = [p for p in claim.positions if p.stance == stance]
        if group:
            who = sorted({_speaker(d, p) for p in group})
            parts.append(f"{_join(who)} {_VERB[stance][len(who) > 1]}")
    if not support:
        parts.append("no source asserts it")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _outlets(d: Dossier, positions) -> list[str]:
    """The outlet of each independent origin behind `positions`, sorted."""
    groups: dict[str, set[str]] = {}
    for p in positions:
        groups.setdefault(d.origin_of.get(p.citation.source, p.citation.source), set()).add(p.citation.source)
    return sorted({origin_outlet(d, origin, sorted(members)) for origin, members in groups.items()})


def origin_outlet(d: Dossier, origin: str, members: list[str] | None = None) -> str:
    """The outlet an origin group is known by: the original's, when the original is outside the
    corpus; else that of the member that rewrites no other (the original itself), among `members`
    (default: the whole group)."""
    if origin in d.original:
        return d.original[origin].outlet
    if not members:
        return d.source[d.head_of.get(origin, origin)].outlet
    ids = members
    originals = [s for s in ids if s not in d.rewriters]
    return d.source[(originals or ids)[0]].outlet


def _speaker(d: Dossier, p) -> str:
    if p.speaker and p.speaker in d.actor:
        return d.actor[p.speaker].name
    if p.anonymous:
        return f"an unnamed source in {d.source[p.citation.source].outlet}"
    return d.source[p.citation.source].outlet


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
