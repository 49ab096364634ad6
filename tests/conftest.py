"""Shared fixtures: small corpora written into a temporary folder."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """\
---
title: {title}
outlet: {outlet}
url: https://example.org/{id}
published: "{published}"
derived_from: {derived}
---

{body}
"""


def article(id: str = "a", body: str = "Alpha Corp said it would build a plant.", *, title: str = "A story",
            outlet: str = "Example News", published: str = "2024-03-05", derived: str = "[]") -> str:
    """The text of a corpus article file with the given fields."""
    return ARTICLE.format(id=id, title=title, outlet=outlet, published=published, derived=derived,
                          body=textwrap.dedent(body).strip())


@pytest.fixture
def make_corpus(tmp_path):
    """Write files under tmp_path/corpus and return that folder: make_corpus({"articles/a.md": "…"})."""
    def make(files: dict[str, str], root: Path | None = None) -> Path:
        corpus = (root or tmp_path) / "corpus"
        (corpus / "articles").mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            path = corpus / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text) if not text.startswith("---") else text, encoding="utf-8")
        return corpus
    return make


def copy_project(dest: Path) -> Path:
    """Copy the real project (mkdocs.yml, corpus/, builder/, hand-written docs) into `dest`."""
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "corpus", dest / "corpus")
    shutil.copytree(ROOT / "builder", dest / "builder", ignore=shutil.ignore_patterns("__pycache__"))
    manifest = ROOT / "docs" / ".dossier-generated"
    owned = set(manifest.read_text("utf-8").split()) if manifest.exists() else set()
    for path in (ROOT / "docs").rglob("*"):
        rel = path.relative_to(ROOT / "docs").as_posix()
        if path.is_file() and rel not in owned and rel != ".dossier-generated":
            (dest / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest / "docs" / rel)
    return dest


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The sample dossier built once per test run (a copy of the project, `mkdocs build`), for the
    browser tests that only read it (search, phone layout)."""
    import os
    import subprocess
    import sys
    project = copy_project(tmp_path_factory.mktemp("sample-site") / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")], cwd=project,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    (project / "build.log").write_text(result.stderr, encoding="utf-8")      # what a reader of the log sees
    return project / "site"
