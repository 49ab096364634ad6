"""Check the development set's gold files without running the extraction.

usage: check_gold.py [STORY_FOLDER ...]   (default: every story under tests/devset)

Each `gold.yaml` must cite only articles and paragraphs its corpus has, name every speaker
among its actors (or say `anonymous` or null), use the stances and kinds the scorer knows, give
dates it can read, and list families of articles it has. Prints one line per problem as
`path: what is wrong` and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.corpus import load_sources  # noqa: E402
from builder.dates import PartialDate  # noqa: E402

KINDS = {"person", "organization", "country", "group", "other"}
STANCES = {"denies", "disputes", "cannot_confirm", "hedges"}
SIDE_STANCES = STANCES | {"asserts"}


def check_story(folder: Path) -> list[str]:
    gold_path = folder / "gold.yaml"
    if not gold_path.is_file():
        return [f"{gold_path}: missing; write the gold (see tests/devset/README.md)"]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    sources, problems = load_sources(folder / "corpus")
    out = [f"{p.path}:{p.line}: {p.message}" for p in problems]
    paragraphs = {s.id: {p.id for p in s.paragraphs} for s in sources}
    where = str(gold_path)
    if gold.get("story") != folder.name:
        out.append(f"{where}: story is {gold.get('story')!r}, the folder is {folder.name!r}")
    spellings: set[str] = set()
    for g in gold.get("actors") or []:
        if g.get("kind") not in KINDS:
            out.append(f"{where}: actor {g.get('name')!r} has kind {g.get('kind')!r}; use one of {sorted(KINDS)}")
        spellings |= {str(s).casefold() for s in [g.get("name"), *(g.get("spellings") or [])] if s}

    def cite(c, what: str) -> None:
        if not isinstance(c, list) or len(c) != 2:
            out.append(f"{where}: {what}: cite {c!r} is not [article, paragraph]")
        elif str(c[0]) not in paragraphs:
            out.append(f"{where}: {what}: no article {c[0]!r} in corpus/articles")
        elif str(c[1]) not in paragraphs[str(c[0])]:
            out.append(f"{where}: {what}: {c[0]} has no paragraph {c[1]!r}")

    def speaker(s, what: str) -> None:
        if s is not None and str(s).casefold() not in spellings | {"anonymous", "null"}:
            out.append(f"{where}: {what}: speaker {s!r} is not an actor's name or spelling")

    for e in gold.get("events") or []:
        try:
            PartialDate.parse(str(e.get("date")))
        except Exception:
            out.append(f"{where}: event {e.get('title')!r}: date {e.get('date')!r} is not EDTF level 0")
        for c in e.get("cites") or []:
            cite(c, f"event {e.get('title')!r}")
    def position(p: dict, what: str, stances: set[str]) -> None:
        cite(p.get("cite"), what)
        if p.get("stance") not in stances:
            out.append(f"{where}: {what}: stance {p.get('stance')!r}; use one of {sorted(stances)}")
        speaker(p.get("speaker"), what)

    for p in gold.get("positions") or []:
        position(p, f"position at {p.get('cite')}", STANCES)
    for d in gold.get("disputes") or []:
        for side in d.get("sides") or []:
            position(side, f"dispute {d.get('question')!r}", SIDE_STANCES)
    for family in gold.get("families") or []:
        for sid in family:
            if str(sid) not in paragraphs:
                out.append(f"{where}: family {family}: no article {sid!r} in corpus/articles")
    return out


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted(p for p in (ROOT / "tests" / "devset").iterdir() if p.is_dir())
    problems = [line for folder in folders for line in check_story(folder)]
    print("\n".join(problems) if problems else f"{len(folders)} gold files checked: no problem")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
