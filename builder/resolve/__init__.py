"""The stage across articles: what no single article can say on its own.

It never sees a spaCy `Doc`, only each article's findings (`extract.types.ArticleFindings`):

- `combine`   one actor per entity (spellings, surnames, acronyms across articles), dated events,
              and the claims: `claims` (statements grouped across articles, denials joined to
              what they answer) and `disputes` (who was responsible, how many: value disputes);
- `mentions`  where every actor, curated or found, is named;
- `copies`    copy families: rewrites and syndicated copies, with their evidence.
"""

from .copies import credits, find_copies, resolve_copies

__all__ = ["credits", "find_copies", "resolve_copies"]
