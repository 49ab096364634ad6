"""Find where known actors are named: whole words, case-sensitive, longest name first.

Input: the sources and a name→actor table (`Names`). Output: `Mention`s whose citation quotes the
sentence that names the actor. One compiled alternation scans each paragraph once, so the
cost grows with the text, not with the number of names. Given a cache folder, the memo
`mentions` (see `builder.memo`) keeps where each article names an actor, with the names searched
for: a rebuild searches again only the articles that are new or changed, or in which a name
added or dropped since appears.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from .. import memo
from ..extract import pipeline_version
from ..extract.types import ArticleFindings
from ..model import Citation, Mention, Source

FEW = 256                # texts searched with regexes of their own names before the regex of all is compiled
CHANGES = 256            # names added or dropped past which every text is searched again
_WORDS = re.compile(r"\w+")
_LEAD = re.compile(r"\w*")


class Names:
    """A build's name→actor table (`actor_of`) and the regexes that find its names in text.

    The regex of every name (`every`) takes a fifth of a second to compile at 1,000 articles, more
    than a rebuild after one new article spends searching with it; `pattern` gives one that finds
    the same in a few texts and compiles in a fraction of a millisecond: a regex of the names that
    are in the texts, looked for only among those that may be found there. A name is found only
    where a run of word characters of the text begins that is the name's own first run, whole (the
    regex wants no word character before the name, and the name's next character, if any, is not a
    word character), or, for a name that begins with no word character, anywhere."""

    def __init__(self, names: Mapping[str, str]):
        self.actor_of = names
        self._first: dict[str, list[str]] = defaultdict(list)     # a name's first run of word characters -> names
        for name in names:
            self._first[_LEAD.match(name).group()].append(name)
        self._every: re.Pattern | None = None
        self._some: dict[frozenset, re.Pattern | None] = {}

    def every(self) -> re.Pattern | None:
        """The regex of every name (None if there is none)."""
        if self._every is None and self.actor_of:
            self._every = _name_pattern(frozenset(self.actor_of))
        return self._every

    def pattern(self, texts: Iterable[str]) -> re.Pattern | None:
        """A regex that finds in `texts` just what `every()` finds: that one once compiled, or after
        FEW others; else one of the names that are in them where a name may be found."""
        if self._every is not None or len(self._some) >= FEW:
            return self.every()
        texts = list(texts)
        words = {word for text in texts for word in _WORDS.findall(text)}
        key = frozenset(name for word in (*words, "") for name in self._first.get(word, ())
                        if any(name in text for text in texts))
        if key not in self._some:
            self._some[key] = _name_pattern(key)
        return self._some[key]

    def changed(self, searched) -> frozenset[str] | None:
        """The names added or dropped since `searched` (a memo's list of the names it searched
        for), or None if that is not a list of names or they are more than CHANGES."""
        if not isinstance(searched, list) or not all(type(name) is str for name in searched):
            return None
        changed = frozenset(searched).symmetric_difference(self.actor_of)
        # (a set of its own: the difference keeps the table of thousands of names, which each
        # look through it would walk)
        return frozenset(tuple(changed)) if len(changed) <= CHANGES else None


def names_of(names: Mapping[str, str]) -> Names:
    """`Names(names)`; a build asks twice for the same names (mentions, then rendering), so the
    last one is kept, with the regexes it compiled."""
    if _last[0] is None or _last[0].actor_of != names:
        _last[0] = Names(names)
    return _last[0]


_last: list[Names | None] = [None]


def _name_pattern(names: frozenset[str]) -> re.Pattern | None:
    """One regex matching any of `names` as a whole word; longer names win at the same start.

    The names are written as a trie ("Iran|Iraq" as "Ira(?:n|q)"): at each position the regex
    follows one path of characters instead of trying every name in turn, which is what a flat
    alternation of thousands of names costs. Each optional ending is greedy, so a longer name is
    tried first and a shorter one only if the longer fails (as the word-boundary check requires).
    """
    if not names:
        return None
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}                       # a name ends here
    return re.compile(rf"(?<!\w)(?:{_trie(trie)})(?!\w)")


def _trie(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        chain, child = ch, node[ch]
        while len(child) == 1 and "" not in child:      # one way on: a run of literal characters
            (nxt, child), = child.items()
            chain += nxt
        branches.append(re.escape(chain) + _trie(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def find_all_mentions(sources: list[Source], articles: list[ArticleFindings], names: Names,
                      cache: Path | None = None) -> list[Mention]:
    """Every mention of a named actor in `sources`, in order (`articles`: their findings, which
    give the sentences). `cache`: a folder for the memo `mentions`, or None; only for findings as
    `extract` gives them for `sources`."""
    version = _version() if cache is not None else ""
    old = memo.load(cache, "mentions", version)
    changed = names.changed(old.get("names"))
    keys = [memo.source_key(s) for s in sources]
    kept = [old.get(key) if changed is not None and not any(name in p.text for p in s.paragraphs for name in changed)
            else None for s, key in zip(sources, keys)]
    if changed is None or sum(rows is None for rows in kept) > FEW:
        names.every()                       # (compiled once, not a regex for each of many articles)
    entries, made, out = {"names": sorted(names.actor_of)}, changed != frozenset(), []
    for source, article, key, rows in zip(sources, articles, keys, kept):
        found = _mentions(source, rows, names.actor_of) if rows is not None else None
        if found is None:
            rows = _rows(source, names.pattern([p.text for p in source.paragraphs]), article.sentence_spans)
            found, made = _mentions(source, rows, names.actor_of), True
        entries[key] = rows
        out += found
    if cache is not None and (made or entries.keys() != old.keys()):
        memo.save(cache, "mentions", version, entries)      # (whole: its entries are of the names it holds)
    return out


def read_ahead(cache: Path | None) -> None:
    """Read the memo `find_all_mentions` will read (see `memo.read_ahead`)."""
    if cache is not None:
        memo.read_ahead(cache, "mentions", _version())


@lru_cache(maxsize=1)
def _version() -> str:
    """The code deciding the memo `mentions`: this module, the values built, and the findings'
    (which give the sentences)."""
    here = Path(__file__).resolve()
    return memo.code_version(here, here.parents[1] / "model.py", here.parents[1] / "memo.py") + pipeline_version()


def _rows(source: Source, pattern: re.Pattern | None,
          sentences: Callable[[str], list[tuple[int, int]]]) -> list[list]:
    """Where `pattern` finds a name in `source`, in text order: [paragraph id, start, end, and the
    start and end of the sentence naming it] (`sentences(paragraph id)` gives the paragraph's
    sentence spans from the parse; no sentence: the paragraph)."""
    if pattern is None:
        return []
    rows = []
    for paragraph in source.paragraphs:
        spans = None
        for match in pattern.finditer(paragraph.text):
            spans = spans if spans is not None else sentences(paragraph.id)
            s, e = next(((s, e) for s, e in spans if s <= match.start() < e), (0, len(paragraph.text)))
            rows.append([paragraph.id, match.start(), match.end(), s, e])
    return rows


def _mentions(source: Source, rows, actor_of: Mapping[str, str]) -> list[Mention] | None:
    """The mentions `rows` (`_rows`) give, or None if they are not of that shape or name someone
    not in `actor_of`."""
    out = []
    try:
        for pid, start, end, s, e in rows:
            if type(pid) is not str or not type(start) is type(end) is type(s) is type(e) is int:
                return None
            text = source.paragraph(pid).text
            out.append(Mention(actor_of[text[start:end]], Citation(source.id, pid, text[s:e].strip()), start, end))
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    return out
