"""Find articles already in the corpus: exact copies (same raw bytes) and near duplicates.

Exact: the new file's bytes against every file in `corpus/raw/` (sizes compared first, so only
files of equal size are hashed). Near: the build's own measure (`builder.resolve.neardup`: word
5-grams, Jaccard similarity ≥ 0.5), so an article reported here as a near duplicate is one the
build links as `near-duplicate`, with the same similarity. The cleaned text is looked up in a
`NearIndex` of every article's body (as the build reads it: what follows the front matter), so
one new article costs its own 5-grams' postings, never a comparison with each article.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..resolve.neardup import NearIndex, shingles, words


def signature(text: str) -> set[int]:
    """What the near-duplicate measure compares: the text's word 5-grams."""
    return shingles(words(text))


def _body(path: Path) -> str:
    """The article's text after its front matter, as `builder.corpus` reads it (whole text if none)."""
    lines = path.read_bytes().decode("utf-8-sig", errors="replace").splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            lines = lines[end + 1:]
    return "\n".join(lines)


class Seen:
    """What the corpus holds, plus what this run has added (so a batch is checked against itself)."""

    def __init__(self, corpus: Path):
        # size -> [(raw file name, path to hash lazily, digest once known)]
        self._by_size: dict[int, list[list]] = {}
        raw = corpus / "raw"
        for path in sorted(raw.iterdir()) if raw.is_dir() else []:
            if path.is_file():
                self._by_size.setdefault(path.stat().st_size, []).append([path.name, path, ""])
        self._near = NearIndex()
        for path in sorted((corpus / "articles").glob("*.md")) if (corpus / "articles").is_dir() else []:
            self.add_text(path.stem, signature(_body(path)))

    def exact(self, data: bytes) -> str:
        """The name of a raw file with exactly these bytes, or ''."""
        entries = self._by_size.get(len(data))
        if not entries:
            return ""
        digest = hashlib.sha256(data).hexdigest()
        for entry in entries:
            if not entry[2]:
                entry[2] = hashlib.sha256(entry[1].read_bytes()).hexdigest()
            if entry[2] == digest:
                return entry[0]
        return ""

    def add_raw(self, data: bytes, name: str) -> None:
        self._by_size.setdefault(len(data), []).append([name, None, hashlib.sha256(data).hexdigest()])

    def near(self, sig: set[int]) -> tuple[str, float] | None:
        """The most similar article (id, Jaccard similarity of word 5-grams) at or above the build's
        near-duplicate threshold, or None."""
        return self._near.nearest(sig)

    def add_text(self, sid: str, sig: set[int]) -> None:
        self._near.add(sid, sig)
