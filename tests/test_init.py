"""`dossier init` -> `dossier ingest` -> `mkdocs build --strict` on a fresh folder, with another
story's articles (tests/devset/maui-wildfire), and nothing of the sample dossier in the site."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from builder.init import InitError, init
from conftest import ROOT

STORY = ROOT / "tests" / "devset" / "maui-wildfire" / "corpus" / "articles"
# Words only the sample dossier (Russia–Iran military cooperation) uses: its actors, its outlets'
# ids, its title. None may appear anywhere in another story's site.
SAMPLE_WORDS = ["Iran", "Kirby", "Taleblu", "Shahed", "Kashan", "IRGC", "Kremlin", "Russia–Iran", "ifmat",
                "csbnews", "foreigndesknews", "dailyresearcheditor", "wp-aggregator", "military cooperation"]


def dossier(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True)


def raw_articles(folder: Path, count: int = 3) -> list[tuple[Path, dict]]:
    """The first `count` articles of the other story as raw text files, with their metadata."""
    folder.mkdir()
    out = []
    for path in sorted(STORY.glob("*.md"))[:count]:
        _, front, body = path.read_text("utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        raw = folder / f"{path.stem}.txt"
        raw.write_text(body.strip() + "\n", encoding="utf-8")
        out.append((raw, meta))
    return out


@pytest.mark.skipif(not STORY.is_dir(), reason="needs tests/devset/maui-wildfire")
def test_init_ingest_build_on_another_story(tmp_path):
    project = tmp_path / "lahaina"
    result = dossier("init", str(project), "--title", "The Lahaina wildfire", "--subject", "What happened on Maui",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (project / "corpus" / "articles").is_dir() and not list((project / "corpus" / "articles").glob("*.md"))
    assert yaml.safe_load((project / "corpus" / "dossier.yaml").read_text("utf-8"))["title"] == "The Lahaina wildfire"
    assert (project / ".github" / "workflows" / "pages.yml").is_file()
    assert "pip install -r requirements.txt" in (project / ".github" / "workflows" / "review.yml").read_text("utf-8")

    for raw, meta in raw_articles(tmp_path / "incoming"):
        result = dossier("ingest", str(raw), "--title", meta["title"], "--outlet", meta["outlet"],
                         "--url", meta["url"], "--published", str(meta["published"]), cwd=project)
        assert result.returncode == 0, result.stdout + result.stderr

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True,
                           text=True, env=env)
    assert build.returncode == 0, build.stderr[-3000:]
    assert len(build.stderr.splitlines()) <= 6, build.stderr        # a quiet build: no page list
    site = project / "site"
    home = (site / "index.html").read_text("utf-8")
    assert "The Lahaina wildfire" in home and "Lahaina" in (site / "sources" / "index.html").read_text("utf-8")
    found = {}
    for page in site.rglob("*"):
        if page.suffix in {".html", ".json", ".xml"}:
            text = page.read_text("utf-8", errors="replace")
            for word in SAMPLE_WORDS:
                if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                    found.setdefault(word, page.relative_to(site).as_posix())
    assert found == {}


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(InitError, match="already holds a dossier; give a new or empty folder"):
        init(tmp_path, "A title")
    result = dossier("init", str(tmp_path), "--title", "A title", cwd=tmp_path)
    assert result.returncode == 2 and "already holds a dossier" in result.stderr


def test_the_repository_hand_written_pages_are_story_neutral():
    # init copies these into every new dossier: what is specific to the sample lives in corpus/.
    for rel in ("docs/about.md", "docs/method.md", "docs/editing.md"):
        text = (ROOT / rel).read_text("utf-8")
        assert [w for w in SAMPLE_WORDS if w in text] == [], rel


def test_a_normal_build_of_the_sample_prints_only_a_few_lines(sample_site):
    # Generated pages are declared `not_in_nav`, so MkDocs does not list 150 of them as left out.
    log = (sample_site.parent / "build.log").read_text("utf-8").splitlines()
    assert len(log) <= 6, "\n".join(log)
    assert not any("not included in the" in line for line in log)


def test_a_new_dossier_runs_every_event_of_the_project_hook(tmp_path):
    """The new dossier's hooks/dossier.py hands MkDocs every event the project's hook handles, so
    its pages are sanitised (on_page_content) as the sample's are, not only built."""
    import builder.mkdocs_hook as project_hook
    init(tmp_path / "new", "A story", "")
    source = (tmp_path / "new" / "hooks" / "dossier.py").read_text("utf-8")
    scope: dict = {}
    exec(compile(source, "hooks/dossier.py", "exec"), scope)
    events = {name for name in dir(project_hook) if name.startswith("on_") and callable(getattr(project_hook, name))}
    assert "on_page_content" in events
    assert {name for name in scope if name.startswith("on_")} == events
    assert scope["on_page_content"] is project_hook.on_page_content
