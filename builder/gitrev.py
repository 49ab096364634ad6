"""Read the corpus as it was at a git revision and build its dossier.json dict (for `dossier diff`).

Input: a revision (or None for the working tree) and the corpus folder's path. Output: a
`Snapshot` with a Markdown label and the `export()` dict. The corpus at a revision is copied
out with `git archive` into a temporary folder and built there with *this* checkout's builder,
so a diff shows what the corpus change does, not what a builder change does. Every failure is
a `SideError` naming the side (old or new) and why, in one line.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import pipeline
from .errors import ERROR, BuildError
from .export import export


class SideError(Exception):
    """One side of the comparison could not be built; str() is the one-line message."""


@dataclass(frozen=True)
class Snapshot:
    label: str                 # Markdown: "`HEAD~1` (abc1234)" or "working tree"
    rev: str | None            # as the user typed it; None for the working tree
    commit: str | None         # None for the working tree
    data: dict


def _git(args: list[str], cwd: Path, *, binary: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, text=not binary)


def repo_root(cwd: Path | None = None) -> Path:
    """The top folder of the git repository around `cwd`; SideError if there is none."""
    cwd = cwd or Path.cwd()
    try:
        done = _git(["rev-parse", "--show-toplevel"], cwd)
    except FileNotFoundError:
        raise SideError("git is not installed (dossier diff compares git revisions)") from None
    if done.returncode:
        raise SideError(f"{cwd} is not inside a git repository (dossier diff compares git revisions)")
    return Path(done.stdout.strip())


def corpus_in_repo(corpus: Path, root: Path) -> str:
    """The corpus folder as a path inside the repository ("corpus"), from a path relative to cwd."""
    try:
        return (Path.cwd() / corpus).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise SideError(f"--corpus {corpus} is outside the git repository {root}") from None


def snapshot(side: str, rev: str | None, corpus: str, root: Path) -> Snapshot:
    """Build the dossier for one side: `rev` (a git revision) or None (the working tree)."""
    if rev is None:
        folder = root / corpus
        if not folder.is_dir():
            raise SideError(f"{side} side (working tree): no corpus folder {corpus!r}; pass --corpus DIR")
        return Snapshot("working tree", None, None, _build(side, "working tree", folder, root))
    commit = resolve(side, rev, root)
    label = f"`{commit[:7]}`" if commit.startswith(rev) else f"`{rev}` ({commit[:7]})"
    kind = _git(["cat-file", "-t", f"{commit}:{corpus}"], root)
    if kind.returncode or kind.stdout.strip() != "tree":
        raise SideError(f"{side} side ({rev}): no corpus folder {corpus!r} at this revision; pass --corpus DIR "
                        "if the corpus lives elsewhere")
    archive = _git(["archive", "--format=tar", commit, "--", corpus], root, binary=True)
    if archive.returncode:
        message = archive.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SideError(f"{side} side ({rev}): git archive failed: {message[-1] if message else 'no message'}")
    with tempfile.TemporaryDirectory(prefix="dossier-diff-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        return Snapshot(label, rev, commit, _build(side, rev, Path(tmp) / corpus, Path(tmp)))


def resolve(side: str, rev: str, root: Path) -> str:
    """The full commit id of `rev`; SideError if git does not know it."""
    if rev.startswith("-"):
        raise SideError(f"{side} side ({rev}): not a git revision")
    done = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root)
    if done.returncode:
        shallow = _git(["rev-parse", "--is-shallow-repository"], root).stdout.strip() == "true"
        hint = " (this clone is shallow: fetch the history, e.g. actions/checkout with fetch-depth: 0)" \
            if shallow else ""
        raise SideError(f"{side} side ({rev}): no such revision in this repository{hint}")
    return done.stdout.strip()


def _build(side: str, label: str, folder: Path, root: Path) -> dict:
    try:
        result = pipeline.build(folder, None, root=root)
    except BuildError as exc:
        errors = [p for p in exc.problems if p.severity == ERROR] or exc.problems
        more = f" (and {len(errors) - 1} more; run `dossier check` on it)" if len(errors) > 1 else ""
        first = " ".join(str(errors[0]).split()) if errors else "unknown problem"
        raise SideError(f"{side} side ({label}): the corpus does not build: {first}{more}") from None
    except Exception as exc:  # an old corpus may trip the current builder in ways it does not report
        raise SideError(f"{side} side ({label}): the builder failed: {exc.__class__.__name__}: {exc}") from None
    return export(result.dossier)
