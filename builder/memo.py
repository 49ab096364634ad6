"""Memos of the build's pure functions, kept in the cache folder beside the extraction cache.

A stage that is a pure function of some inputs (copy detection of pairs of articles, the
rendering of one page) keeps what it computed in one JSON file of the cache folder
(`extract.default_cache`: `.dossier-cache/`, or `DOSSIER_CACHE`; none when that is `off`),
under `<name>.json`. The file names the version of the code that wrote it (`code_version`, a
hash of the modules that compute the values): a file of another version, a missing file or a
corrupt one reads as empty, so deleting the cache, or any damage to it, changes nothing but
time. A file is written whole, by rename, and only with the entries the build used, so it does
not grow with every change to the corpus.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
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
    if cache is None:
        return
    target = cache / f"{name}.json"
    tmp = cache / f".{name}.{os.getpid()}.tmp"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"version": version, "entries": entries}, ensure_ascii=False,
                                  separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
