"""Write generated files into `docs/` safely: only changed bytes, atomically, never hand-written pages.

The builder owns exactly the files listed in `docs/.dossier-generated` (its manifest). A file it
would write that exists but is not in the manifest is a hand-written page in the way: that is
an error, and nothing is written. Files it generated before and no longer produces are removed.
Only files whose bytes change are written, so `mkdocs serve` does not rebuild in a loop.
Given a cache folder, the memo `written` (see `builder.memo`) keeps what was written into the
folder: each file's size, modification time, inode and a digest of its bytes. A file whose size,
time and inode are still those recorded is known by its digest and is not read again; any other
is read and compared. A file written less than `RACY` before it was recorded is not recorded
(a change within the file system's clock tick would not show in its time).

The whole tree changes as one step, even if the build is killed. New files are first written
under `docs/.dossier-staging/`; then a journal (`docs/.dossier-journal`, itself written by
rename) lists every rename and removal; then they are applied and the journal deleted. A build
killed before the journal exists leaves the old pages (and a staging folder the next build
deletes); one killed after it is completed by the next build (or `recover()`) before anything
else, so `docs/` ends up wholly old or wholly new. MkDocs skips dot-files, so neither the staging
folder nor the journal is ever published. Stray `.tmp-*` files from older builds are removed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

from . import memo
from .errors import BuildError, Problem

class Pages(MutableMapping):
    """The generated files, {docs path: text}, each kept as its UTF-8 bytes: at 10,000 articles
    the pages are most of a gigabyte of text with typographic quotes, which a Python string holds
    at two bytes a character. Reading a page gives its text; `raw` gives the bytes to write."""

    def __init__(self):
        self._data: dict[str, bytes] = {}

    def __getitem__(self, path: str) -> str:
        return self._data[path].decode("utf-8")

    def __setitem__(self, path: str, text: str | bytes) -> None:
        self._data[path] = text if isinstance(text, bytes) else text.encode("utf-8")

    def __delitem__(self, path: str) -> None:
        del self._data[path]

    def __iter__(self):
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def raw(self, path: str) -> bytes:
        return self._data[path]


def _bytes(pages: Mapping[str, str], path: str) -> bytes:
    return pages.raw(path) if isinstance(pages, Pages) else pages[path].encode("utf-8")


MANIFEST = ".dossier-generated"
STAGING = ".dossier-staging"
JOURNAL = ".dossier-journal"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def stale_files(docs: Path, pages: Mapping[str, str]) -> list[str]:
    """Paths whose committed content differs from `pages` (or that should not exist), sorted."""
    owned = _read_manifest(docs)
    stale = [path for path in pages
             if not (docs / path).is_file() or (docs / path).read_bytes() != _bytes(pages, path)]
    stale += [path for path in owned - set(pages) if (docs / path).exists()]
    return sorted(stale)


def write_pages(docs: Path, pages: Mapping[str, str], cache: Path | None = None) -> WriteReport:
    """Bring `docs/` in line with `pages`; raise BuildError if a hand-written file is in the way.

    `cache` is a folder for the memo of what was written (None: compare every file's bytes)."""
    recover(docs)
    owned = _read_manifest(docs)
    in_the_way = [path for path in sorted(pages) if path not in owned and (docs / path).exists()
                  and (docs / path).read_bytes() != _bytes(pages, path)]
    if in_the_way:
        raise BuildError([Problem((docs / p).as_posix(), 0, "a file the builder did not write is where a "
                                  "generated page goes; move or rename it (generated pages are listed in "
                                  f"{MANIFEST})", check="output") for p in in_the_way])
    report = WriteReport()
    staging = docs / STAGING
    version = _written_version(docs) if cache is not None else ""
    known = memo.load(cache, "written", version)
    digests: dict[str, str] = {}
    kept: dict[str, os.stat_result] = {}           # the status of each file left as it is
    for path in sorted(pages):
        data = _bytes(pages, path)
        digests[path] = digest = _digest(data)
        if (st := _holds(os.path.join(docs, path), data, digest, known.get(path))) is not None:
            kept[path] = st
            report.unchanged.append(path)
            continue
        (staging / path).parent.mkdir(parents=True, exist_ok=True)
        (staging / path).write_bytes(data)
        report.written.append(path)
    report.removed = [path for path in sorted(owned - set(pages)) if (docs / path).is_file()]
    manifest = "".join(f"{p}\n" for p in sorted(pages))
    if not (docs / MANIFEST).is_file() or (docs / MANIFEST).read_text("utf-8") != manifest:
        (staging / MANIFEST).parent.mkdir(parents=True, exist_ok=True)
        (staging / MANIFEST).write_bytes(manifest.encode("utf-8"))
        report.written.append(MANIFEST)  # taken out again below; the manifest moves in last
    if report.written or report.removed:
        steps = [f"write {p}" for p in report.written if p != MANIFEST] + [f"remove {p}" for p in report.removed]
        if MANIFEST in report.written:
            steps.append(f"write {MANIFEST}")
            report.written.remove(MANIFEST)
        _atomic_write(docs / JOURNAL, "".join(f"{step}\n" for step in steps).encode("utf-8"))  # the commit point
        recover(docs)
    if cache is not None:
        record = _record(docs, digests, kept)
        if record != known:
            memo.save(cache, "written", version, record)
    return report


RACY = 2_000_000_000     # nanoseconds: a file younger than this when recorded may change unseen


def _written_version(docs: Path) -> str:
    """The memo `written` is of one folder, by this module's code."""
    here = Path(__file__).resolve()
    return f"{memo.code_version(here)}:{docs.resolve()}"


def _digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def _stamp(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _holds(target: str, data: bytes, digest: str, known) -> os.stat_result | None:
    """The file's status if the file `target` holds `data` (of that `digest`), else None: by the
    record `known` of it if the file is as recorded, else by reading it."""
    try:
        st = os.stat(target)
    except OSError:
        return None
    if isinstance(known, list) and len(known) == 4 and known[:3] == _stamp(st):
        return st if known[3] == digest else None
    if st.st_size != len(data):
        return None
    try:
        with open(target, "rb") as handle:
            return st if handle.read() == data else None
    except OSError:
        return None


def _record(docs: Path, digests: dict[str, str], kept: dict[str, os.stat_result]) -> dict:
    """{path: [size, modification time, inode, digest]} of the files now in `docs`, but those too
    young to be trusted (`RACY`); `kept` has the status of the files left as they were."""
    now, record = time.time_ns(), {}
    for path, digest in digests.items():
        try:
            st = kept[path] if path in kept else os.stat(os.path.join(docs, path))
        except OSError:
            continue
        if st.st_mtime_ns < now - RACY:
            record[path] = [*_stamp(st), digest]
    return record


def recover(docs: Path) -> None:
    """Finish an interrupted write: apply a journal if there is one, then clear staging and strays."""
    journal = docs / JOURNAL
    if journal.is_file():
        for step in journal.read_text("utf-8").splitlines():
            verb, _, path = step.partition(" ")
            if not path or ".." in Path(path).parts or path.startswith("/"):
                continue
            target, staged = docs / path, docs / STAGING / path
            if verb == "write" and staged.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, target)
            elif verb == "remove" and target.is_file():
                target.unlink()
                _remove_empty_parents(target.parent, docs)
        journal.unlink()
    if (docs / STAGING).exists():
        shutil.rmtree(docs / STAGING)
    if docs.is_dir():
        for stray in docs.rglob(".tmp-*"):
            if stray.is_file() and not stray.is_symlink():
                stray.unlink()


def _read_manifest(docs: Path) -> set[str]:
    path = docs / MANIFEST
    if not path.is_file():
        return set()
    # (a line without ".." has no ".." part: only the others are parsed as paths, which is slow)
    return {line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and (".." not in line or ".." not in Path(line.strip()).parts)
            and not line.startswith("/")}


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
