"""What the per-article extractors return: plain frozen values, before any cross-article merging.

`EntityMention`s come from the `dossier_entities` component, `Statement`s from
`dossier_attribution` and `DateMention`s from the date grammar over the model's date entities.
`ArticleFindings` bundles all three for one source; `combine.py` turns many of them into
the model's actors, events and claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from ..dates import PartialDate
from .frames import Frame


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
    negated: bool = False                # what is said is negative ("it did not collect …")
    background: tuple[tuple[int, int], ...] = ()   # spans of the content that only describe
                                                   # (relative and adverbial clauses), in the paragraph
    reporter: bool = False               # the article's own voice ("X has offered no evidence")


@dataclass(frozen=True, slots=True)
class ArticleFindings:
    source: str
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    sentences: tuple[tuple[str, int, int], ...] = ()   # (paragraph, start, end) of each sentence
    lemmas: tuple[tuple[str, int, int, str], ...] = ()  # (paragraph, start, end, lemma) of content words
    frames: tuple = ()                                  # frames.Frame: who is responsible, how many

    def sentence_spans(self, paragraph: str) -> list[tuple[int, int]]:
        """The sentences of one paragraph as (start, end) offsets, in order."""
        return [(s, e) for p, s, e in self.sentences if p == paragraph]

    def lemmas_of(self, paragraph: str) -> tuple[tuple[int, int, str], ...]:
        """The content words of one paragraph as (start, end, lemma), in order."""
        return tuple((s, e, w) for p, s, e, w in self.lemmas if p == paragraph)


def to_json(article: ArticleFindings) -> dict:
    """`article` as plain JSON values (the per-article cache's format)."""
    def date(d):
        return [d.year, d.month, d.day]
    return {"source": article.source,
            "entities": [[m.paragraph, m.start, m.end, m.key, m.kind, m.surface, list(m.aliases), m.role,
                          m.affiliation, m.evidence] for m in article.entities],
            "dates": [[d.paragraph, d.start, d.end, date(d.date), d.text, d.inferred] for d in article.dates],
            "statements": [[s.paragraph, s.start, s.end, s.stance, s.speaker, s.anonymous, s.content, s.sentence,
                            s.negated, [list(x) for x in s.background], s.reporter] for s in article.statements],
            "sentences": [list(s) for s in article.sentences],
            "lemmas": [list(w) for w in article.lemmas],
            "frames": [[getattr(f, k) if k != "topic" else list(f.topic) for k in f.__slots__] for f in article.frames]}


def from_json(data: dict) -> ArticleFindings:
    """The inverse of `to_json`."""
    return ArticleFindings(
        data["source"],
        tuple(EntityMention(p, s, e, k, kind, surf, tuple(al), role, aff, ev)
              for p, s, e, k, kind, surf, al, role, aff, ev in data["entities"]),
        tuple(DateMention(p, s, e, PartialDate(*d), t, inf) for p, s, e, d, t, inf in data["dates"]),
        tuple(Statement(*row[:9], tuple(tuple(x) for x in row[9]), row[10]) for row in data["statements"]),
        tuple(tuple(s) for s in data["sentences"]),
        tuple(tuple(w) for w in data["lemmas"]),
        tuple(Frame(*row[:8], tuple(row[8]), *row[9:]) for row in data["frames"]))
