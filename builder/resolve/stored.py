"""The automatic findings (`merge.Findings`) and copy links (`model.Copy`) as JSON values, and back.

For the memos of whole stages (`combine.combine`, `copies.find_copies`): a build whose corpus did
not change reads what the last one found instead of finding it again. Reading checks every
value's type, and raises `ValueError` on anything that is not what `findings_row` or
`copies_row` wrote, so a damaged memo reads as missing (see `builder.memo`). Only objects as the
stages make them are written: no editor's `where`, the default `Where()` (`writable`).
"""

from __future__ import annotations

from ..dates import PartialDate
from ..merge import Findings
from ..model import Actor, Citation, Claim, Copy, DatedCitation, Event, Position, Where

_NOWHERE = Where()


def writable(findings: Findings) -> bool:
    """Whether `findings` come back whole from `findings_row` (no object says where it was written)."""
    return all(x.where == _NOWHERE for x in (*findings.actors, *findings.events, *findings.claims)) \
        and all(c.where == _NOWHERE for e in findings.events for c in e.citations) \
        and all(p.where == _NOWHERE for c in findings.claims for p in c.positions)


def findings_row(findings: Findings) -> list:
    """`findings` as JSON values."""
    return [[[a.id, a.name, a.kind, list(a.aliases), a.description, _cite_row(a.description_cite),
              list(a.affiliations), a.origin] for a in findings.actors],
            [[e.id, e.title, [[_cite_row(c.citation), _date_row(c.date)] for c in e.citations], list(e.actors),
              _date_row(e.stated_date), e.origin] for e in findings.events],
            [[c.id, c.statement, [[_cite_row(p.citation), p.stance, p.speaker, p.anonymous, p.value]
                                  for p in c.positions], c.origin] for c in findings.claims]]


def findings_from_row(row) -> Findings:
    """The inverse of `findings_row`; ValueError if `row` is not of its shape."""
    try:
        actors, events, claims = _list(row)
        return Findings(
            tuple(Actor(_str(i), _str(name), _str(kind), _strs(aliases), _str(description), _cite(cite),
                        _strs(affiliations), _str(origin))
                  for i, name, kind, aliases, description, cite, affiliations, origin in _list(actors)),
            tuple(Event(_str(i), _str(title), tuple(DatedCitation(_cite(c), _date(d)) for c, d in _list(citations)),
                        _strs(ids), _date(stated), _str(origin))
                  for i, title, citations, ids, stated, origin in _list(events)),
            tuple(Claim(_str(i), _str(statement),
                        tuple(Position(_cite(c), _str(stance), None if speaker is None else _str(speaker),
                                       _bool(anonymous), _str(value))
                              for c, stance, speaker, anonymous, value in _list(positions)), _str(origin))
                  for i, statement, positions, origin in _list(claims)))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not findings: {exc}") from None


def copies_row(copies: list[Copy]) -> list:
    """Copy links found from the text (`find_copies`) as JSON values."""
    return [[c.source, c.original, c.kind, list(c.evidence), c.ordered] for c in copies]


def copies_from_row(row) -> list[Copy]:
    """The inverse of `copies_row`; ValueError if `row` is not of its shape."""
    try:
        return [Copy(_str(source), _str(original), _str(kind), _strs(evidence), _bool(ordered))
                for source, original, kind, evidence, ordered in _list(row)]
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not copy links: {exc}") from None


def _cite_row(c: Citation | None) -> list | None:
    return None if c is None else [c.source, c.paragraph, c.quote]


def _date_row(d: PartialDate | None) -> list | None:
    return None if d is None else [d.year, d.month, d.day]


def _cite(row) -> Citation | None:
    if row is None:
        return None
    source, paragraph, quote = _list(row)
    return Citation(_str(source), _str(paragraph), _str(quote))


def _date(row) -> PartialDate | None:
    if row is None:
        return None
    year, month, day = _list(row)
    if not type(year) is type(month) is type(day) is int:
        raise TypeError("not a date")
    return PartialDate(year, month, day)


def _list(value) -> list:
    if type(value) is not list:
        raise TypeError("not a list")
    return value


def _str(value) -> str:
    if type(value) is not str:
        raise TypeError("not a text")
    return value


def _strs(value) -> tuple[str, ...]:
    if type(value) is not list or not all(type(x) is str for x in value):
        raise TypeError("not texts")
    return tuple(value)


def _bool(value) -> bool:
    if type(value) is not bool:
        raise TypeError("not a truth value")
    return value
