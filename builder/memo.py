"""Memos of the build's pure functions, kept in the cache folder beside the extraction cache.

A stage that is a pure function of some inputs (copy detection of pairs of articles, what an
article's claims are made of, the rendering of one page) keeps what it computed in one JSON file
of the cache folder (`extract.default_cache`: `.dossier-cache/`, or `DOSSIER_CACHE`; none when
that is `off`), under `<name>.json`; so does the writing of `docs/`, with what each file it wrote holds
(`output`). The file names the version of the code that wrote it (`code_version`, a
hash of the modules that compute the values): a file of another version, a missing file or a
corrupt one reads as empty, so deleting the cache, or any damage to it, changes nothing but
time. A file is written whole, by rename, and only with the entries the build used, so it does
not grow with every change to the corpus; a build that adds a few entries to a memo whose other
entries it keeps appends them instead (`save` given the memo read, `save_texts`), until the
entries no longer used would make up half the file.

A memo of texts (the rendered pages, tens of megabytes at 1,000 articles) is `<name>.texts`
instead (`load_texts`, `save_texts`): one or more segments, each a line with a checksum of the
rest of the segment, one JSON line naming the version and each entry's key and length in bytes,
then the texts one after the other, so reading and writing it escapes nothing; damage anywhere
fails a checksum: the memo reads as empty. A build that keeps most entries of the memo it read and
adds a few appends them as a segment instead of writing the whole file again (a later segment's
entry stands for an earlier one of the same key); the file is written whole, with only the
entries used, once the entries no longer used would make up half of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import weakref
import zlib
from collections.abc import Callable, Mapping
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
    return once(_source_key, source)


def _source_key(source: Source) -> str:
    published = source.published.iso() if source.published else None
    text = json.dumps([source.id, source.title, source.outlet, source.url, published,
                       [p.text for p in source.paragraphs], source.derived_from, source.authors,
                       source.language, source.retrieved], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


_ONCE: dict | None = None       # (function, id of a source) -> (the source, the value), within `once_per_build`
_AHEAD: dict | None = None      # (cache, name, version, kind) -> a memo `read_ahead` read (or what `keep_ahead` kept)


def once(hashing: Callable[[Source], str], source: Source) -> str:
    """`hashing(source)` (a key of the source for a memo), worked out once for this source object
    inside `once_per_build`: a build asks for each source's keys in several stages."""
    if _ONCE is None:
        return hashing(source)
    found = _ONCE.get((hashing, id(source)))
    if found is None or found[0] is not source:
        found = _ONCE[(hashing, id(source))] = (source, hashing(source))
    return found[1]


@contextlib.contextmanager
def once_per_build():
    """A block (a build) inside which `once` works out each key of each source once, and a memo
    read ahead (`read_ahead`) is handed to the stage that reads it; the sources asked about are
    kept alive until it ends."""
    global _ONCE, _AHEAD
    outer = _ONCE, _AHEAD
    if _ONCE is None:
        _ONCE, _AHEAD = {}, {}
    try:
        yield
    finally:
        _ONCE, _AHEAD = outer


def read_ahead(cache: Path | None, name: str, version: str, texts: bool = False) -> Mapping:
    """The memo `name` (`load_texts` if `texts`, else `load`), read now for a build with time to
    spare before the stage that reads it (while new articles are parsed): inside `once_per_build`,
    the next `load` or `load_texts` of it in the build returns it instead of reading the file again."""
    kind = "texts" if texts else "json"
    if _AHEAD is not None and (cache, name, version, kind) in _AHEAD:
        return _AHEAD[(cache, name, version, kind)]
    found = (load_texts if texts else load)(cache, name, version)
    if _AHEAD is not None:
        _AHEAD[(cache, name, version, kind)] = found
    return found


def keep_ahead(cache: Path | None, name: str, version: str, value) -> None:
    """Keep `value`, worked out from the memo `name` read ahead (`read_ahead`), for the stage that
    reads the memo (`take_ahead`), inside `once_per_build`: work a build has the time for early."""
    if _AHEAD is not None:
        _AHEAD[(cache, name, version, "worked out")] = value


def take_ahead(cache: Path | None, name: str, version: str):
    """What `keep_ahead` kept from the memo `name` in this build (then handed over once), else None."""
    return _ahead(cache, name, version, "worked out")


def _ahead(cache: Path | None, name: str, version: str, kind: str):
    """The memo `read_ahead` read for this build, if it did (then handed over once), else None."""
    return _AHEAD.pop((cache, name, version, kind), None) if _AHEAD else None


def load(cache: Path | None, name: str, version: str) -> dict:
    """The memo `name` written by code of `version`, or {} (no cache, no file, another version, damaged)."""
    if cache is None:
        return {}
    if (ahead := _ahead(cache, name, version, "json")) is not None:
        return ahead
    try:
        with (cache / f"{name}.json").open("rb") as handle:
            data, file = handle.read(), os.fstat(handle.fileno())
        entries, count = Loaded(), 0
        for line in data.split(b"\n"):         # (one line, and a line for each set of entries appended)
            part = json.loads(line)
            if not isinstance(part, dict) or part.get("version") != version or not isinstance(part.get("entries"), dict):
                return {}
            entries.update(part["entries"])
            count += len(part["entries"])
    except (OSError, ValueError):
        return {}
    entries.file, entries.count = (file.st_dev, file.st_ino, file.st_size), count
    return entries


class Loaded(dict):
    """The entries of a JSON memo as `load` read them, with the file they were read from."""

    file: tuple = ()        # (device, inode, size)
    count: int = 0          # entries in the file (a key written again counted again)


def save(cache: Path | None, name: str, version: str, entries: dict, read: dict | None = None) -> None:
    """Write the memo atomically; a cache that cannot be written only costs time. Given `read`,
    the memo as `load` gave it: where the entries not used any more would make up less than half
    of the file still in place, the entries that are not `read`'s own values are appended to it,
    as a line of their own, instead (a later line's entry stands for an earlier one's)."""
    new = {k: v for k, v in entries.items() if read.get(k, entries) is not v} if isinstance(read, Loaded) else {}
    if cache is not None and isinstance(read, Loaded) and read.file and 2 * len(entries) > read.count + len(new):
        try:
            with (cache / f"{name}.json").open("r+b") as handle:
                now = os.fstat(handle.fileno())
                if (now.st_dev, now.st_ino, now.st_size) == read.file:
                    if new:
                        handle.seek(0, os.SEEK_END)
                        handle.write(b"\n" + _encoded(version, new))
                    return
        except OSError:
            pass                    # (gone, or not writable here: written whole)
    _write(cache, f"{name}.json", _encoded(version, entries))


def _encoded(version: str, entries: dict) -> bytes:
    return json.dumps({"version": version, "entries": entries}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load_texts(cache: Path | None, name: str, version: str) -> Mapping[str, str]:
    """The memo of texts `name` written by code of `version`, or {} (as `load`). Its file is
    checked whole but read a text at a time, when asked for (`Texts`): at 10,000 articles the
    memo is hundreds of megabytes, which need not all be in memory beside the pages being made."""
    if cache is None:
        return {}
    if (ahead := _ahead(cache, name, version, "texts")) is not None:
        return ahead
    try:
        handle = (cache / f"{name}.texts").open("rb")
    except OSError:
        return {}
    try:
        index, at = {}, 0
        while stated := handle.readline():
            head_line = handle.readline()
            head = json.loads(head_line)
            if not isinstance(head, dict) or head.get("version") != version:
                raise ValueError("another version, or damaged")
            at += len(stated) + len(head_line)
            segment = {}
            for key, size in head["entries"]:
                if not isinstance(key, str) or not isinstance(size, int) or size < 0:
                    raise ValueError("an entry of the wrong shape")
                segment[key] = (at, size)
                at += size
            crc, left = zlib.crc32(head_line), at - handle.tell()
            while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
                crc, left = zlib.crc32(chunk, crc), left - len(chunk)
            if left or stated != b"%08x\n" % crc:
                raise ValueError("damaged, or cut short")
            index.update(segment)
        if not index and at == 0:
            raise ValueError("empty")
        ends = os.fstat(handle.fileno())
    except (OSError, ValueError, TypeError, KeyError):       # missing, damaged, not ours
        handle.close()
        return {}
    return Texts(handle, index, (ends.st_dev, ends.st_ino, at), version)


class Texts(Mapping):
    """The texts of a memo file, each read and decoded when asked for. The open file is kept, so a
    memo written anew meanwhile (by rename) does not change what this one reads."""

    def __init__(self, handle, index: dict[str, tuple[int, int]], file: tuple = (), version: str = ""):
        self._fd, self._index = handle.fileno(), index
        self.file, self.version = file, version       # (device, inode, size) of the file as read
        weakref.finalize(self, handle.close)

    def __getitem__(self, key: str) -> str:
        return self.raw(key).decode("utf-8")

    def raw(self, key: str) -> bytes:
        at, size = self._index[key]
        return os.pread(self._fd, size, at)

    def stored(self, key: str) -> "Stored":
        """The entry as it stands in the file, to write again without holding its text."""
        return Stored(self, key, self._index[key][1])

    def __contains__(self, key) -> bool:        # (Mapping's would read and decode the text)
        return key in self._index

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


class Stored:
    """An entry of a memo file, written again as it is (`Texts.stored`)."""

    def __init__(self, texts: Texts, key: str, size: int):
        self.texts, self.key, self.size = texts, key, size


Entry = str | bytes | Stored      # a text, its UTF-8 bytes, or an entry of the memo read


def _size(entry: Entry) -> int:
    return entry.size if isinstance(entry, Stored) else len(_data(entry))


def _data(entry: Entry) -> bytes:
    if isinstance(entry, Stored):
        return entry.texts.raw(entry.key)
    return entry if isinstance(entry, bytes) else entry.encode("utf-8")


def save_texts(cache: Path | None, name: str, version: str, entries: Mapping[str, Entry]) -> None:
    """Write the memo of texts (see `load_texts`): where every entry read back from the memo
    (`Stored`) comes from the file still in place, and the entries not used any more would make up
    less than half of it, only the others are appended to it, as a segment; else the file is
    written whole, atomically. A segment is written one text at a time: the checksum goes first,
    so it is written last, over a placeholder."""
    file = cache / f"{name}.texts" if cache is not None else None
    read = {id(entry.texts): entry.texts for entry in entries.values() if isinstance(entry, Stored)}
    if file is not None and len(read) == 1 and (texts := read.popitem()[1]).version == version and texts.file:
        new = {key: entry for key, entry in entries.items()
               if not (isinstance(entry, Stored) and entry.texts is texts)}
        if 2 * sum(map(_size, entries.values())) > texts.file[2] + sum(map(_size, new.values())):
            try:
                with file.open("r+b") as handle:
                    now = os.fstat(handle.fileno())
                    if (now.st_dev, now.st_ino, now.st_size) == texts.file:
                        if new:
                            handle.seek(0, os.SEEK_END)
                            _segment(handle, version, new)
                        return
            except OSError:
                pass                    # (gone, or not writable here: written whole)
    with _replacing(cache, f"{name}.texts") as handle:
        if handle is not None:
            _segment(handle, version, entries)


def _segment(handle, version: str, entries: Mapping[str, Entry]) -> None:
    sizes = [[key, _size(entry)] for key, entry in entries.items()]
    head = json.dumps({"version": version, "entries": sizes}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8") + b"\n"
    start = handle.tell()
    handle.write(b"%08x\n" % 0)
    handle.write(head)
    crc = zlib.crc32(head)
    for entry in entries.values():
        data = _data(entry)
        crc = zlib.crc32(data, crc)
        handle.write(data)
    handle.seek(start)
    handle.write(b"%08x\n" % crc)


def _write(cache: Path | None, filename: str, data: bytes) -> None:
    """Write `data` to `filename` in the cache by rename; a cache that cannot be written only costs time."""
    with _replacing(cache, filename) as handle:
        if handle is not None:
            handle.write(data)


@contextlib.contextmanager
def _replacing(cache: Path | None, filename: str):
    """A handle on a new file that replaces `filename` in the cache when the block ends (None if
    there is no cache or it cannot be written: that only costs time)."""
    if cache is None:
        yield None
        return
    tmp = cache / f".{filename}.{os.getpid()}.tmp"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        handle = tmp.open("wb")
    except OSError:
        yield None
        return
    try:
        with handle:
            yield handle
        os.replace(tmp, cache / filename)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
