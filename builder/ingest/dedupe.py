"""Find articles already in the corpus: exact copies (same raw bytes) and near duplicates.

Exact: the new file's bytes against every file in `corpus/raw/` (sizes compared first, so only
files of equal size are hashed). Near: word 3-shingle MinHash (datasketch) of the cleaned text
against every article's body, via MinHash LSH; the estimated Jaccard similarity is reported.
Only the first `MAX_WORDS` words are shingled, which keeps a huge file linear and cheap.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.5
MAX_WORDS = 20_000
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = [w.casefold() for w in _WORD.findall(text[: MAX_WORDS * 12])][:MAX_WORDS]
    shingles = {" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))}
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch(list(shingles))
    return m


def _body(path: Path) -> str:
    text = path.read_text("utf-8", errors="replace")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end >= 0 else text
    return text


class Seen:
    """What the corpus holds, plus what this run has added (so a batch is checked against itself)."""

    def __init__(self, corpus: Path):
        # size -> [(raw file name, path to hash lazily, digest once known)]
        self._by_size: dict[int, list[list]] = {}
        raw = corpus / "raw"
        for path in sorted(raw.iterdir()) if raw.is_dir() else []:
            if path.is_file():
                self._by_size.setdefault(path.stat().st_size, []).append([path.name, path, ""])
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
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

    def near(self, sig: MinHash) -> tuple[str, float] | None:
        """The most similar article (id, estimated Jaccard) above the threshold, or None."""
        scored = sorted(((sig.jaccard(self._sigs[k]), k) for k in self._lsh.query(sig)), reverse=True)
        best = next(((k, s) for s, k in scored if s >= THRESHOLD), None)
        return best

    def add_text(self, sid: str, sig: MinHash) -> None:
        if sid not in self._sigs:
            self._sigs[sid] = sig
            self._lsh.insert(sid, sig)
