"""Per-article extractors (pure functions of one source) and `extract_all`, which combines them.

`extract_article(source)` runs a recogniser (actors named), then the date grammar and the
statement finder on top of its mentions, and returns `ArticleFindings`; it is cached by the
source's value, so an unchanged article is not re-read during `mkdocs serve`. `extract_all`
maps it over the corpus and hands the results to `combine.combine`, which clusters actors
across articles and builds the model's automatic actors, events and claims (`Findings`).

Recognisers are pluggable: anything with a `name` and `__call__(source) -> [EntityMention]`
(see `types.Recogniser`) can be registered, for instance a spaCy pipeline whose model the
user installed; the default is the rule-based `names.RuleRecogniser`.
"""

from __future__ import annotations

from functools import lru_cache

from ..merge import Findings
from ..model import Source
from .combine import combine
from .dates import find_dates
from .names import RuleRecogniser
from .statements import find_statements
from .types import ArticleFindings, Recogniser

RECOGNISERS: dict[str, Recogniser] = {}


def register(recogniser: Recogniser) -> Recogniser:
    """Make `recogniser` available by its name; return it (usable as a decorator on instances)."""
    RECOGNISERS[recogniser.name] = recogniser
    return recogniser


register(RuleRecogniser())
DEFAULT = "rules"


@lru_cache(maxsize=4096)
def extract_article(source: Source, recogniser: str = DEFAULT) -> ArticleFindings:
    """Actors named, dated expressions and attributed statements of one source."""
    mentions = RECOGNISERS[recogniser](source)
    return ArticleFindings(source.id, tuple(mentions), tuple(find_dates(source)),
                           tuple(find_statements(source, mentions)))


def extract_all(sources: list[Source], recogniser: str = DEFAULT) -> Findings:
    """Automatic actors, events and claims for the whole corpus (origin `auto`)."""
    articles = [extract_article(s, recogniser) for s in sorted(sources, key=lambda s: s.id)]
    return combine(sources, articles)


__all__ = ["RECOGNISERS", "ArticleFindings", "Recogniser", "extract_all", "extract_article", "register"]
