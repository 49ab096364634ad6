"""`dossier init DIR`: start a new dossier project on any story.

Input: a folder (new or empty), a title and an optional subject line. Output: the folder, ready
for `dossier ingest` and `mkdocs build`:

    mkdocs.yml                 this project's MkDocs settings, with the new title as site name
    hooks/dossier.py           the MkDocs hook that runs the builder before every build
    corpus/dossier.yaml        title and subject; corpus/articles/ and corpus/raw/ empty
    docs/                      the story-neutral hand-written pages (about, method, editing),
                               the stylesheet and the scripts the theme loads
    .github/workflows/         check, build and publish on push; the dossier diff on pull requests
    requirements.txt, .gitignore

Everything is copied from the dossier checkout this module runs from, so a new project gets
the same pages and settings this repository's sample is built with; nothing in them names a
story. Raises InitError (one line saying what to do) when DIR already holds a dossier or files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent          # the dossier checkout (pip install -e .)

# Hand-written files a new project starts with (paths relative to the checkout).
COPIED = ["docs/about.md", "docs/method.md", "docs/editing.md",
          "docs/stylesheets/dossier.css", "docs/javascripts/iframe-worker-shim.js",
          "docs/javascripts/search-acronyms.js", "docs/javascripts/sortable-tables.js",
          "docs/javascripts/figures.js", ".github/workflows/pages.yml", ".github/workflows/review.yml"]

HOOK = '''"""MkDocs hook of this dossier: runs the dossier builder before every build (see mkdocs.yml)."""

# Every event the project's hook handles: the build, the sanitiser over each page's content
# (on_page_content), the built pages' compaction (on_post_page, on_post_template), the search
# engine (mkdocs.yml `extra: dossier_search`) and serving.
from builder.mkdocs_hook import (on_config, on_page_content, on_post_build, on_post_page,  # noqa: F401
                                 on_post_template, on_pre_build, on_serve)
'''

REQUIREMENTS = """\
# The dossier builder and everything it needs (MkDocs, Material, spaCy). Point this line at where
# you install dossier from: a wheel, a folder (`-e ../dossier`) or a git URL.
dossier
"""

GITIGNORE = """\
.venv/
site/
__pycache__/
.dossier-cache/
.cache/
test-artifacts/
"""


class InitError(Exception):
    """The folder cannot become a new dossier; the message says why and what to do."""


def init(target: Path, title: str, subject: str = "", corpus: str = "corpus") -> list[Path]:
    """Create the new dossier project in `target` (its corpus in the folder `corpus` inside it);
    return the files written, sorted."""
    title, subject = " ".join(title.split()), " ".join(subject.split())
    if not title:
        raise InitError("--title must not be empty: it names the dossier on every page")
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", corpus) or corpus in {".", ".."}:
        raise InitError(f"--corpus must be a plain folder name like 'corpus', got {corpus!r}")
    if target.exists() and not target.is_dir():
        raise InitError(f"{target.as_posix()}: is a file; give a new or empty folder")
    if target.is_dir() and any(target.iterdir()):
        what = "a dossier" if (target / "mkdocs.yml").exists() or (target / "corpus").exists() else "files"
        raise InitError(f"{target.as_posix()}: already holds {what}; give a new or empty folder")
    missing = [p for p in COPIED + ["mkdocs.yml"] if not (HERE / p).is_file()]
    if missing:
        raise InitError(f"{HERE.as_posix()}: not a dossier checkout (missing {missing[0]}); "
                        "install dossier with `pip install -e DIR` from its repository")

    files: dict[str, str] = {rel: (HERE / rel).read_text("utf-8") for rel in COPIED}
    files[".github/workflows/pages.yml"] = _install_from_requirements(files[".github/workflows/pages.yml"])
    files[".github/workflows/review.yml"] = _install_from_requirements(files[".github/workflows/review.yml"])
    files["mkdocs.yml"] = mkdocs_config((HERE / "mkdocs.yml").read_text("utf-8"), title, corpus)
    files["hooks/dossier.py"] = HOOK
    files[f"{corpus}/dossier.yaml"] = (f"title: {json.dumps(title, ensure_ascii=False)}\n"
                                       f"subject: {json.dumps(subject, ensure_ascii=False)}\n")
    files["requirements.txt"] = REQUIREMENTS
    files[".gitignore"] = GITIGNORE

    written = []
    for rel, text in sorted(files.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for empty in (f"{corpus}/articles", f"{corpus}/raw"):
        (target / empty).mkdir(parents=True, exist_ok=True)
        (target / empty / ".gitkeep").write_text("", encoding="utf-8")
        written.append(target / empty / ".gitkeep")
    return sorted(written)


def mkdocs_config(text: str, title: str, corpus: str = "corpus") -> str:
    """This project's mkdocs.yml for a new dossier: its site name, the hook file it ships, and
    where its corpus is when that is not `corpus/`."""
    text, n = re.subn(r"(?m)^site_name:.*$", "site_name: " + json.dumps(title, ensure_ascii=False), text, count=1)
    if not n:
        raise InitError("mkdocs.yml of the checkout has no site_name line")
    if corpus != "corpus":
        text = re.sub(r"(?m)^extra:\n", f"extra:\n  dossier_corpus: {corpus}\n", text, count=1)
    return text.replace("  - builder/mkdocs_hook.py", "  - hooks/dossier.py")


def _install_from_requirements(workflow: str) -> str:
    return workflow.replace("run: pip install -e .", "run: pip install -r requirements.txt")
