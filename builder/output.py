"""Write generated files into `docs/` safely: only changed bytes, atomically, never hand-written pages.

The builder owns exactly the files listed in `docs/.dossier-generated` (its manifest). A file it
would write that exists but is not in the manifest is a hand-written page in the way: that is
an error, and nothing is written. Files it generated before and no longer produces are removed.
Each file is written to a temporary name and renamed into place, and only when its bytes
change, so `mkdocs serve` does not rebuild in a loop and a failed build leaves the last pages.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BuildError, Problem

MANIFEST = ".dossier-generated"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def stale_files(docs: Path, pages: dict[str, str]) -> list[str]:
    """Paths whose committed content differs from `pages` (or that should not exist), sorted."""
    owned = _read_manifest(docs)
    stale = [path for path, text in pages.items()
             if not (docs / path).is_file() or (docs / path).read_bytes() != text.encode("utf-8")]
    stale += [path for path in owned - set(pages) if (docs / path).exists()]
    return sorted(stale)


def write_pages(docs: Path, pages: dict[str, str]) -> WriteReport:
    """Bring `docs/` in line with `pages`; raise BuildError if a hand-written file is in the way."""
    owned = _read_manifest(docs)
    in_the_way = [path for path in sorted(pages) if path not in owned and (docs / path).exists()
                  and (docs / path).read_bytes() != pages[path].encode("utf-8")]
    if in_the_way:
        raise BuildError([Problem((docs / p).as_posix(), 0, "a file the builder did not write is where a "
                                  "generated page goes; move or rename it (generated pages are listed in "
                                  f"{MANIFEST})", check="output") for p in in_the_way])
    report = WriteReport()
    for path in sorted(pages):
        data = pages[path].encode("utf-8")
        target = docs / path
        if target.is_file() and target.read_bytes() == data:
            report.unchanged.append(path)
            continue
        _atomic_write(target, data)
        report.written.append(path)
    for path in sorted(owned - set(pages)):
        target = docs / path
        if target.is_file():
            target.unlink()
            report.removed.append(path)
            _remove_empty_parents(target.parent, docs)
    manifest = "".join(f"{p}\n" for p in sorted(pages))
    if not (docs / MANIFEST).is_file() or (docs / MANIFEST).read_text("utf-8") != manifest:
        _atomic_write(docs / MANIFEST, manifest.encode("utf-8"))
    return report


def _read_manifest(docs: Path) -> set[str]:
    path = docs / MANIFEST
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and ".." not in Path(line.strip()).parts and not line.startswith("/")}


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
