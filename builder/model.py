"""The dossier's domain objects: frozen, hashable, sortable values every page is rendered from.

Sources hold paragraphs; every other fact points back into them through a `Citation`.
Derived values (a claim's status, an actor's mentions, a source's origin group) are computed
in `graph.py`, never stored here twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .dates import PartialDate

KINDS = ("person", "organization", "country", "group", "other")
STANCES = ("asserts", "denies", "disputes", "cannot_confirm", "hedges")
STATUSES = ("contested", "denied", "corroborated", "single-source", "unverified")
CURATED, AUTO = "curated", "auto"


@dataclass(frozen=True, slots=True, order=True)
class Paragraph:
    id: str            # "p1", "p2", …
    text: str          # one line, whitespace collapsed
    line: int          # 1-based line in the article file where it starts


@dataclass(frozen=True, slots=True, order=True)
class Source:
    id: str
    title: str
    outlet: str
    url: str
    published: PartialDate | None
    paragraphs: tuple[Paragraph, ...]
    derived_from: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    language: str = ""
    retrieved: str = ""
    path: str = ""     # the article file, as shown in messages

    def paragraph(self, pid: str) -> Paragraph | None:
        index = _paragraph_index(pid)
        if index is None or index >= len(self.paragraphs):
            return None
        return self.paragraphs[index]


def _paragraph_index(pid: str) -> int | None:
    if len(pid) > 1 and pid[0] == "p" and pid[1:].isdigit() and pid[1] != "0":
        return int(pid[1:]) - 1
    return None


@dataclass(frozen=True, slots=True, order=True)
class Original:
    """An original report that corpus sources rewrite but which is not itself in the corpus."""

    id: str
    title: str
    outlet: str
    url: str
    published: PartialDate | None


@dataclass(frozen=True, slots=True, order=True)
class Citation:
    """A verbatim quote from one paragraph of one source."""

    source: str
    paragraph: str
    quote: str

    @property
    def anchor(self) -> str:
        return f"{self.source}#{self.paragraph}"


@dataclass(frozen=True, slots=True, order=True)
class Where:
    """Where in the editor's files something was written (for error messages)."""

    path: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True, order=True)
class Copy:
    """Two sources that are not independent: `source` copies or rewrites `original`.

    Found from the text (`origin` auto, with `evidence`) or written by an editor in curation,
    who can also reject a found link (`rejected`). `ordered` is False when the dates do not
    say which came first: then the two simply share an original.
    """

    source: str
    original: str
    kind: str = "editor"            # near-duplicate | shared-passages | rewrite | editor
    evidence: tuple[str, ...] = ()
    ordered: bool = True
    origin: str = "auto"
    rejected: bool = False
    where: Where = field(default=Where(), compare=False)


@dataclass(frozen=True, slots=True, order=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    description_cite: Citation | None = None
    affiliations: tuple[str, ...] = ()
    origin: str = CURATED
    where: Where = field(default=Where(), compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """An actor named in a paragraph; the citation's quote is the sentence that names it."""

    actor: str
    citation: Citation
    start: int        # character span of the name within the paragraph text
    end: int


@dataclass(frozen=True, slots=True, order=True)
class DatedCitation:
    """A source's report of an event, with the date that source gives."""

    citation: Citation
    date: PartialDate | None
    where: Where = field(default=Where(), compare=False)


@dataclass(frozen=True, slots=True, order=True)
class Event:
    id: str
    title: str
    citations: tuple[DatedCitation, ...]
    actors: tuple[str, ...] = ()
    stated_date: PartialDate | None = None     # the editor's own judgement, if given
    origin: str = CURATED
    where: Where = field(default=Where(), compare=False)

    @property
    def dates(self) -> tuple[PartialDate, ...]:
        """Distinct dates the sources give, finest first within the same span, sorted."""
        return tuple(sorted({c.date for c in self.citations if c.date}))

    @property
    def date(self) -> PartialDate | None:
        """The event's date: the editor's, else the finest date most citations agree with."""
        if self.stated_date:
            return self.stated_date
        counts = Counter(c.date for c in self.citations if c.date)
        if not counts:
            return None
        def support(d: PartialDate) -> tuple[int, int, PartialDate]:     # over distinct dates: few
            agree = sum(n for other, n in counts.items() if d.compatible(other))
            return (agree, ("year", "month", "day").index(d.precision), d)
        return max(counts, key=support)

    @property
    def disputed(self) -> bool:
        """True if two sources give dates that cannot both be right."""
        dates = self.dates
        return any(not a.compatible(b) for i, a in enumerate(dates) for b in dates[i + 1:])


@dataclass(frozen=True, slots=True, order=True)
class Position:
    citation: Citation
    stance: str
    speaker: str | None = None      # actor id; None when the source speaks in its own voice
    anonymous: bool = False
    value: str = ""                 # what this position says the value is, where sources differ
    where: Where = field(default=Where(), compare=False)


def position_order(p: Position) -> tuple:
    """Positions in citation order; one quote given with and without a speaker sorts too (the
    dataclass order would compare None with a name)."""
    return (p.citation, p.stance, p.speaker or "", p.anonymous, p.value)


@dataclass(frozen=True, slots=True, order=True)
class Claim:
    id: str
    statement: str
    positions: tuple[Position, ...]
    origin: str = CURATED
    where: Where = field(default=Where(), compare=False)


@dataclass(frozen=True, slots=True)
class SummaryPoint:
    text: str
    cite: Citation | None
    where: Where = Where()


@dataclass(frozen=True, slots=True)
class Settings:
    title: str = "Dossier"           # keep in step with curation.DEFAULT_TITLE
    subject: str = ""
    summary: tuple[SummaryPoint, ...] = ()
    originals: tuple[Original, ...] = ()
    recent_events: int = 8


@dataclass(frozen=True, slots=True)
class Curation:
    """Everything an editor wrote in corpus/dossier.yaml and corpus/curation/."""

    settings: Settings = Settings()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    copies: tuple[Copy, ...] = ()          # links between sources the editor confirmed or rejected
    suppress: tuple[tuple[str, str], ...] = ()   # ("actor", name) / ("event", id) / ("claim", id): wrong auto findings
