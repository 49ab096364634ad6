"""Which sources are not independent: rewrites and syndicated copies, found from the text.

Input: the sources. Output: `Copy` links, each with the evidence a reader can check (the
passages two articles share, and how much of their text overlaps). Three signals, in the
order they are trusted:

- near-duplicate text: most word 5-grams shared (syndicated copies, light edits);
- shared passages: two or more separate runs of 8+ words in both articles, and at least
  30 such words in all (the same quotes in the same order, the same unusual phrasing);
- explicit credits ("told Example News", "in an interview with…", "Source » …") are shown
  as evidence beside a link but never make one alone: citing a wire is not copying it.

Candidate pairs come from an inverted index of 8-word shingles (each article's shingles
are hashed once; a shingle found in very many articles is boilerplate and is skipped), so
the work grows with the text, not with the number of pairs of articles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections import defaultdict
from itertools import combinations

from .model import CURATED, Copy, Source

SHINGLE = 8                 # words in a shingle that can start a shared passage
MIN_PASSAGES = 2            # separate shared passages needed ...
MIN_SHARED_WORDS = 30       # ... and shared words in all, for a rewrite
NEAR_DUPLICATE = 0.5        # Jaccard similarity of word 5-grams for a copy
COMMON = 0.2                # a shingle in more than this share of articles (and > 5) is ignored

_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_CREDIT = re.compile(
    r"\b(?:told|in an interview with|speaking to|said to|according to an? (?:report|investigation) by)\s+"
    r"((?:[A-Z][\w/&.-]*\s?){1,4})|^Source\s*[»:]\s*(.+)$")


class _Words(list):
    """An article's words, lower-cased; where each one is in the text is worked out only on demand."""

    def __init__(self, source: Source):
        super().__init__(w.lower() for p in source.paragraphs for w in _WORD.findall(p.text.translate(_APOSTROPHES)))
        self._source = source
        self._where: list[tuple[str, int, int]] | None = None

    def text(self, start: int, end: int) -> str:
        """The original text from word `start` to word `end - 1` (within one paragraph, or joined)."""
        if self._where is None:
            self._where = [(p.text, m.start(), m.end()) for p in self._source.paragraphs
                           for m in _WORD.finditer(p.text.translate(_APOSTROPHES))]
        first, last = self._where[start], self._where[end - 1]
        if first[0] is last[0]:
            return first[0][first[1]:last[2]]
        return first[0][first[1]:] + " … " + last[0][:last[2]]


def credits(source: Source) -> list[str]:
    """Outlets the article credits for its material ("told X", "in an interview with X")."""
    found = []
    for p in source.paragraphs:
        for match in _CREDIT.finditer(p.text):
            name = (match.group(1) or match.group(2) or "").strip(" .,")
            if name and name not in found and name.casefold() != source.outlet.casefold():
                found.append(name)
    return found


def find_copies(sources: list[Source]) -> list[Copy]:
    """Links between sources that share an origin, with evidence; sorted and deterministic."""
    tokens = {s.id: _Words(s) for s in sources}
    shingles = {sid: _shingles(ws, SHINGLE) for sid, ws in tokens.items()}
    # Most shingles occur in one article only: keep the first owner as a plain value and build
    # a list only for shingles seen twice, which keeps memory and time linear in the text.
    first: dict[int, str] = {}
    postings: dict[int, list[str]] = {}
    for sid in sorted(shingles):
        for h in shingles[sid]:
            owner = first.setdefault(h, sid)
            if owner != sid:
                postings.setdefault(h, [owner]).append(sid)
    limit = max(5, int(COMMON * len(sources)))
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) <= limit:
            for pair in combinations(ids, 2):
                shared[pair] += 1
    by_id = {s.id: s for s in sources}
    fives: dict[str, set[int]] = {}
    links = []
    for (a, b), count in sorted(shared.items()):
        if count < MIN_PASSAGES:
            continue
        for sid in (a, b):
            if sid not in fives:
                fives[sid] = _shingles(tokens[sid], 5)
        link = _judge(by_id[a], by_id[b], tokens[a], shingles[b], fives[a], fives[b])
        if link:
            links.append(link)
    return links


def _shingles(ws: list[str], k: int) -> set[int]:
    return {hash(tuple(ws[i:i + k])) for i in range(len(ws) - k + 1)}


def _judge(a: Source, b: Source, wa: _Words, shingles_b: set[int], five_a: set[int], five_b: set[int]) -> Copy | None:
    spans = _shared_spans(wa, shingles_b)
    passages = [wa.text(start, end) for start, end in spans]
    similarity = len(five_a & five_b) / len(five_a | five_b) if five_a | five_b else 0.0
    shared_words = sum(end - start for start, end in spans)
    if similarity >= NEAR_DUPLICATE:
        kind = "near-duplicate"
    elif len(passages) >= MIN_PASSAGES and shared_words >= MIN_SHARED_WORDS:
        kind = "shared-passages"
    else:
        return None
    original, copy = _order(a, b)
    evidence = [f"{similarity:.0%} of their word 5-grams are shared",
                f"{len(passages)} shared passages, {shared_words} words in all"]
    evidence += [f"shared: “{p}”" for p in sorted(passages, key=lambda p: (-len(p), p))[:3]]
    common_credits = sorted(set(credits(a)) & set(credits(b)))
    evidence += [f"both credit {name}" for name in common_credits]
    return Copy(source=copy.id, original=original.id, kind=kind, evidence=tuple(evidence),
                ordered=_before(original, copy))


def _shared_spans(wa: list[str], shingles_b: set[int]) -> list[list[int]]:
    """Maximal runs of words in `wa` (word index spans) covered by shingles of the other article."""
    spans: list[list[int]] = []
    for i in range(len(wa) - SHINGLE + 1):
        if hash(tuple(wa[i:i + SHINGLE])) in shingles_b:
            if spans and i <= spans[-1][1]:
                spans[-1][1] = i + SHINGLE
            else:
                spans.append([i, i + SHINGLE])
    return spans


def _before(a: Source, b: Source) -> bool:
    """True if `a` was certainly published before `b` (their dates' spans do not overlap)."""
    return bool(a.published and b.published and a.published < b.published
                and not a.published.compatible(b.published))


def _order(a: Source, b: Source) -> tuple[Source, Source]:
    """(original, copy): the earlier article is the original; if unknown, the smaller id."""
    return (b, a) if _before(b, a) else (a, b)


def resolve_copies(sources: list[Source], found: list[Copy], editor: tuple[Copy, ...]) -> list[Copy]:
    """The links that count: `derived_from`, plus found links the editor did not reject.

    An editor's entry about a pair (in either direction) overrides a found link: `rejected`
    drops it, `confirmed` keeps it as curated (with the found evidence, if any).
    """
    said = {frozenset((c.source, c.original)): c for c in editor}
    links: dict[frozenset, Copy] = {}
    for s in sources:
        for ref in s.derived_from:
            links[frozenset((s.id, ref))] = Copy(s.id, ref, kind="editor", origin=CURATED)
    for c in found:
        key = frozenset((c.source, c.original))
        verdict = said.get(key)
        if verdict is not None and verdict.rejected:
            continue
        if verdict is not None:
            c = replace(c, origin=CURATED)
        links.setdefault(key, c)
        if links[key].kind == "editor" and c.evidence:
            links[key] = replace(c, origin=CURATED)
    for key, verdict in said.items():
        if not verdict.rejected and key not in links:
            links[key] = verdict
    return sorted(links.values())
