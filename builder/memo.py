"""Memos of the build's pure functions, kept in the cache folder beside the extraction cache.

A stage that is a pure function of some inputs (copy detection of pairs of articles, the
rendering of one page) keeps what it computed in one JSON file of the cache folder
(`extract.default_cache`: `.dossier-cache/`, or `DOSSIER_CACHE`; none when that is `off`),
under `<name>.json`. The file names the version of the code that wrote it (`code_version`, a
hash of the modules that compute the values): a file of another version, a missing file or a
corrupt one reads as empty, so deleting the cache, or any damage to it, changes nothing but
time. A file is written whole, by rename, and only with the entries the build used, so it does
not grow with every change to the corpus.

A memo of texts (the rendered pages, tens of megabytes at 1,000 articles) is `<name>.texts`
instead (`load_texts`, `save_texts`): a line with a checksum of the rest, one JSON line naming
the version and each entry's key and length in bytes, then the texts one after the other, so
reading and writing it escapes nothing; damage anywhere fails the checksum: the memo reads as empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zlib
from pathlib import Path

from .model import Source


def code_version(*paths: Path) -> str:
    """A hash of the files that decide a memo's values (the modules computing them, their templates)."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def source_key(source: Source) -> str:
    """A hash of everything a source holds, so that equal keys mean equal sources."""
    published = source.published.iso() if source.published else None
    text = json.dumps([source.id, source.title, source.outlet, source.url, published,
                       [p.text for p in source.paragraphs], source.derived_from, source.authors,
                       source.language, source.retrieved], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def load(cache: Path | None, name: str, version: str) -> dict:
    """The memo `name` written by code of `version`, or {} (no cache, no file, another version, damaged)."""
    if cache is None:
        return {}
    try:
        data = json.loads((cache / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != version or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


def save(cache: Path | None, name: str, version: str, entries: dict) -> None:
    """Write the memo atomically; a cache that cannot be written only costs time."""
    _write(cache, f"{name}.json", json.dumps({"version": version, "entries": entries}, ensure_ascii=False,
                                              separators=(",", ":")).encode("utf-8"))


def load_texts(cache: Path | None, name: str, version: str) -> dict[str, str]:
    """The memo of texts `name` written by code of `version`, or {} (as `load`)."""
    if cache is None:
        return {}
    try:
        data = (cache / f"{name}.texts").read_bytes()
        start = data.index(b"\n") + 1
        if data[:start - 1] != b"%08x" % zlib.crc32(memoryview(data)[start:]):
            return {}
        end = data.index(b"\n", start)
        head = json.loads(data[start:end])
        if not isinstance(head, dict) or head.get("version") != version:
            return {}
        entries, at, view = {}, end + 1, memoryview(data)
        for key, size in head["entries"]:
            if not isinstance(key, str) or not isinstance(size, int) or size < 0:
                return {}
            entries[key] = str(view[at:at + size], "utf-8")
            at += size
    except (OSError, ValueError, TypeError, KeyError):       # missing, damaged, not ours
        return {}
    return entries if at == len(data) else {}               # a file cut short or run on is damaged


def save_texts(cache: Path | None, name: str, version: str, entries: dict[str, str]) -> None:
    """Write the memo of texts atomically (see `load_texts`)."""
    texts = [text.encode("utf-8") for text in entries.values()]
    head = json.dumps({"version": version, "entries": [[key, len(text)] for key, text in zip(entries, texts)]},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    parts = [head, b"\n", *texts]
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
    _write(cache, f"{name}.texts", [b"%08x\n" % crc, *parts])


def _write(cache: Path | None, filename: str, data: bytes | list[bytes]) -> None:
    """Write `data` (or its parts, one after the other: no copy of them all in memory) to `filename`
    in the cache by rename; a cache that cannot be written only costs time."""
    if cache is None:
        return
    tmp = cache / f".{filename}.{os.getpid()}.tmp"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            handle.writelines([data] if isinstance(data, bytes) else data)
        os.replace(tmp, cache / filename)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
