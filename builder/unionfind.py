"""Disjoint sets, for everything the builder groups: sources sharing an original, spellings of
one actor, statements of one claim."""

from __future__ import annotations

from collections.abc import Callable, Hashable


class UnionFind:
    """Sets of hashable items; each set is named by its smallest member under `key` (deterministic)."""

    def __init__(self, key: Callable[[Hashable], object] | None = None):
        self.parent: dict = {}
        self._key = key or (lambda item: item)

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        if parent.setdefault(x, x) == x:        # (most items are their set's name)
            return x
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=self._key)
            self.parent[drop] = keep
