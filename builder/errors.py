"""Problems found in the corpus, and the error that carries them.

Every stage reports what is wrong as `Problem` values instead of raising on the first, so
one run shows the editor everything at once (`path:line: message`). `BuildError` wraps the
list when a stage cannot go on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with the input, located at a file and line (1-based; 0 = whole file)."""

    path: str
    line: int
    message: str
    severity: str = ERROR
    check: str = "corpus"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.severity == WARNING else ""
        return f"{where}: {prefix}{self.message}"


class BuildError(Exception):
    """Raised when problems stop a stage; `problems` holds all of them, sorted."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def display_paths(root: Path | None = None) -> Callable[[Path], str]:
    """How to show the files of one build: as the editor would type them, relative to `root` (or
    the working directory) if inside. The folder is resolved, not the file (a symbolic link is
    shown as itself, not as its target); each folder is resolved once per build."""
    bases = [base.resolve() for base in (root, Path.cwd()) if base is not None]
    folders: dict[Path, Path] = {}              # folder as given -> resolved

    def show(path: Path) -> str:
        folder = folders.get(path.parent)
        if folder is None:
            folder = folders[path.parent] = path.absolute().parent.resolve()
        absolute = folder / path.name
        for base in bases:
            try:
                return absolute.relative_to(base).as_posix()
            except ValueError:
                continue
        return path.as_posix()
    return show
