"""What the per-article extractors return: plain frozen values, before any cross-article merging.

`EntityMention`s come from a recogniser (the rule-based one in `names.py`, or any other that
follows the `Recogniser` protocol); `DateMention`s and `Statement`s are found on top of them.
`ArticleFindings` bundles all three for one source; `combine.py` turns many of them into
the model's actors, events and claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..dates import PartialDate
from ..model import Source


@dataclass(frozen=True, slots=True, order=True)
class EntityMention:
    """A name in a paragraph. `key` is the entity's canonical name within this article."""

    paragraph: str
    start: int
    end: int
    key: str
    kind: str
    surface: str
    aliases: tuple[str, ...] = ()        # other names this mention introduces (acronyms, short forms)
    role: str = ""                       # "a senior fellow at X": the apposition, verbatim
    affiliation: str = ""                # key of an entity named in the role or prefix
    evidence: str = ""                   # why it is believed to be an actor (for review)


@dataclass(frozen=True, slots=True, order=True)
class DateMention:
    paragraph: str
    start: int
    end: int
    date: PartialDate
    text: str
    inferred: bool = False               # the year (or more) was inferred, not written


@dataclass(frozen=True, slots=True, order=True)
class Statement:
    """An attributed (or unattributed) statement: one position in some claim."""

    paragraph: str
    start: int                           # span of the quoted clause in the paragraph
    end: int
    stance: str
    speaker: str | None                  # an entity key from this article, or None
    anonymous: bool
    content: str                         # the proposition, verbatim (for the claim's statement)
    sentence: int                        # index of the sentence in the paragraph (groups clauses)


@dataclass(frozen=True, slots=True)
class ArticleFindings:
    source: str
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    statements: tuple[Statement, ...] = ()


class Recogniser(Protocol):
    """Finds the actors named in one article. Must be a pure function of the source."""

    name: str

    def __call__(self, source: Source) -> list[EntityMention]: ...
