"""Find where known actors are named: whole words, case-sensitive, longest name first.

Input: one source and a name→actor table. Output: `Mention`s whose citation quotes the
sentence that names the actor. One compiled alternation scans each paragraph once, so the
cost grows with the text, not with the number of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..model import Citation, Mention, Source


def name_pattern(names: Mapping[str, str]) -> re.Pattern | None:
    """One regex matching any of `names` as a whole word (see `_name_pattern`); a build asks
    twice for the same names (mentions, then rendering), so the last one is kept."""
    key = frozenset(names)
    if _last[0] != key:
        _last[:] = [key, _name_pattern(key)]
    return _last[1]


_last: list = [None, None]          # [names, their pattern]


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


def find_mentions(source: Source, names: Mapping[str, str], pattern: re.Pattern | None,
                  sentences: Callable[[str], list[tuple[int, int]]]) -> list[Mention]:
    """Every mention of a named actor in `source`, in text order; `sentences(paragraph id)` gives
    the paragraph's sentence spans from the parse (the quote is the sentence that names it)."""
    if pattern is None:
        return []
    mentions: list[Mention] = []
    for paragraph in source.paragraphs:
        spans = None
        for match in pattern.finditer(paragraph.text):
            spans = spans if spans is not None else sentences(paragraph.id)
            sentence = next((paragraph.text[s:e] for s, e in spans if s <= match.start() < e), paragraph.text)
            mentions.append(Mention(names[match.group()], Citation(source.id, paragraph.id, sentence.strip()),
                                    match.start(), match.end()))
    return mentions
