"""Near-duplicate text: the one definition that the build and `dossier ingest` both use.

- words: runs of word characters (`\\w+`), lowercased; punctuation, quotation marks and line
  breaks only separate words, so the words of an article are the same whether they are read from
  the cleaned text ingest writes or from the paragraphs the build loads back;
- shingles: the article's word 5-grams (each run of 5 words in a row, across paragraphs), hashed;
- similarity: Jaccard similarity of the two articles' sets of 5-grams (shared / in either);
- near duplicate: similarity ≥ `NEAR_DUPLICATE` (0.5).

`builder.resolve.copies` links such a pair as `near-duplicate` (when its candidate index pairs
them, which it does for articles sharing this much text); `builder.ingest.dedupe` asks a
`NearIndex` of the corpus for the most similar article to each new one. The index is inverted
(5-gram -> the articles that have it), so a query costs the postings of the new article's own
5-grams, not a comparison with every article, and the similarity it reports is exact, the same
figure the build computes for that pair.

The hashes are Python's `hash` of the word tuple: stable within one process (all a comparison
needs), not across processes, so they are never stored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

WORD = re.compile(r"\w+")
K = 5                       # words in a shingle
NEAR_DUPLICATE = 0.5        # Jaccard similarity of word 5-grams for a near duplicate


def words(text: str) -> list[str]:
    """The words of `text`, lowercased, in order."""
    return [w.lower() for w in WORD.findall(text)]


def shingles(ws: list[str], k: int = K) -> set[int]:
    """Hashes of the runs of `k` words in `ws` (an empty set for fewer than `k` words)."""
    return {hash(tuple(ws[i:i + k])) for i in range(len(ws) - k + 1)}


def ratio(shared: int, union: int) -> float:
    """Jaccard similarity from the number of shingles in both and in either."""
    return shared / union if union else 0.0


def similarity(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two shingle sets."""
    return ratio(len(a & b), len(a | b))


class NearIndex:
    """Shingle sets of many articles, for finding the most similar to one more.

    `add` is linear in the article's shingles; `nearest` is linear in the postings of the
    queried article's shingles (articles sharing none are never looked at).
    """

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._sizes: list[int] = []
        self._index: dict[str, int] = {}
        # shingle -> the one article that has it, or a list once several do (most have one)
        self._postings: dict[int, int | list[int]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, grams: Iterable[int]) -> None:
        """Index article `key` by its shingle set (a key already held is left as it was)."""
        if key in self._index:
            return
        k = len(self._keys)
        self._index[key] = k
        self._keys.append(key)
        grams = set(grams)
        self._sizes.append(len(grams))
        postings = self._postings
        for g in grams:
            held = postings.get(g)
            if held is None:
                postings[g] = k
            elif type(held) is int:
                postings[g] = [held, k]
            else:
                held.append(k)

    def nearest(self, grams: set[int], threshold: float = NEAR_DUPLICATE) -> tuple[str, float] | None:
        """The most similar article (key, Jaccard similarity) at or above `threshold`, or None.

        Of equally similar articles, the one added first.
        """
        shared: Counter[int] = Counter()
        postings = self._postings
        for g in grams:
            held = postings.get(g)
            if held is None:
                continue
            if type(held) is int:
                shared[held] += 1
            else:
                shared.update(held)
        best: tuple[float, int] | None = None
        for k, n in shared.items():
            score = ratio(n, len(grams) + self._sizes[k] - n)
            if score >= threshold and (best is None or (score, -k) > (best[0], -best[1])):
                best = (score, k)
        return (self._keys[best[1]], best[0]) if best else None
