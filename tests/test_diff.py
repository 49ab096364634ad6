"""`dossier diff`: what a change does to the dossier, from a real git repository in a temp folder."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.__main__ import cli
from builder.diff import diff, to_markdown
from conftest import ROOT, article

ACTORS_1 = """\
actors:
  - {id: alpha-corp, name: Alpha Corp, kind: organization}
  - {id: acme, name: ACME Ltd, kind: organization}
"""
# ACME Ltd turns out to be Alpha Corp's trading name: the editor merges the two actors.
ACTORS_2 = """\
actors:
  - {id: alpha-corp, name: Alpha Corp, kind: organization, aliases: [ACME Ltd]}
"""
CLAIMS_1 = """\
claims:
  - id: plant-planned
    statement: Alpha Corp plans a plant in Springfield.
    positions:
      - {source: a, paragraph: p1, quote: "Alpha Corp said it would build a plant", stance: asserts, speaker: alpha-corp}
  - id: talks-began
    statement: Talks with ACME Ltd began in May 2024.
    positions:
      - {source: a, paragraph: p2, quote: "talks with ACME Ltd began in May 2024", stance: asserts}
"""
# A new article denies the plant; the editor re-reads p2 of `a` as a hedge.
CLAIMS_2 = """\
claims:
  - id: plant-planned
    statement: Alpha Corp plans a plant in Springfield.
    positions:
      - {source: a, paragraph: p1, quote: "Alpha Corp said it would build a plant", stance: asserts, speaker: alpha-corp}
      - {source: b, paragraph: p1, quote: "denied that Alpha Corp will build a plant", stance: denies}
  - id: talks-began
    statement: Talks with ACME Ltd began in May 2024.
    positions:
      - {source: a, paragraph: p2, quote: "talks with ACME Ltd began in May 2024", stance: hedges}
"""
EVENTS_1 = """\
events:
  - id: talks-begin
    title: Talks with ACME Ltd begin
    actors: [acme]
    citations:
      - {source: a, paragraph: p2, quote: "talks with ACME Ltd began in May 2024", date: "2024-05"}
"""
EVENTS_2 = EVENTS_1.replace("[acme]", "[alpha-corp]").replace('began in May 2024", date', 'began", date')

ARTICLE_A = article("a", """\
    Alpha Corp said it would build a plant in Springfield.

    Officials said talks with ACME Ltd began in May 2024.
    """)
ARTICLE_B = article("b", "The Springfield council denied that Alpha Corp will build a plant.",
                    title="Plant plan denied", outlet="Other Wire", published="2024-03-06")

EXPECTED = """\
2 claims change status; 1 source added; 2 claims changed; 1 actor removed; 1 actor changed; 1 event changed; \
1 quote changed or gone; 1 name move

### Claims whose status changes

- `plant-planned`: **single-source → contested**. Alpha Corp plans a plant in Springfield.
  - now: 1 article asserts this; the article itself denies it.
  - before: 1 article asserts this.
- `talks-began`: **single-source → unverified**. Talks with ACME Ltd began in May 2024.
  - now: 1 position hedges.
  - before: 1 article asserts this.

### Sources

- Added `b` (2024-03-06): Other Wire: Plant plan denied

### Claims

- Changed `plant-planned` (contested): Alpha Corp plans a plant in Springfield.
  - position at `b#p1` added: denies: “denied that Alpha Corp will build a plant”
- Changed `talks-began` (unverified): Talks with ACME Ltd began in May 2024.
  - stance at `a#p2`: asserts → hedges

### Quotes changed or gone

- event `talks-begin` at `a#p2`: “talks with ACME Ltd began in May 2024” → “talks with ACME Ltd began”

### Names moved between actors

- `acme` (ACME Ltd) merged into `alpha-corp` (Alpha Corp): “ACME Ltd” now belongs to `alpha-corp`

### Actors

- Removed `acme` (organization, curated): ACME Ltd
- Changed `alpha-corp` (organization, curated): Alpha Corp
  - aliases added: ACME Ltd

### Events

- Changed `talks-begin` (2024-05): Talks with ACME Ltd begin
  - actors added: alpha-corp
  - actors removed: acme
  - quote at `a#p2` changed

<details><summary>Mentions: 1 actor named in more or fewer paragraphs</summary>

- `alpha-corp` Alpha Corp: 1 → 3 paragraphs

</details>
"""


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "--short=7", "HEAD")


@pytest.fixture
def repo(tmp_path, make_corpus, monkeypatch) -> Path:
    """A git repository with two commits: the first corpus, then an article added and the curation edited."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    make_corpus({"articles/a.md": ARTICLE_A, "curation/actors.yaml": ACTORS_1, "curation/claims.yaml": CLAIMS_1,
                 "curation/events.yaml": EVENTS_1}, root=root)
    commit(root, "first corpus")
    make_corpus({"articles/b.md": ARTICLE_B, "curation/actors.yaml": ACTORS_2, "curation/claims.yaml": CLAIMS_2,
                 "curation/events.yaml": EVENTS_2}, root=root)
    commit(root, "add b; merge ACME into Alpha Corp")
    monkeypatch.chdir(root)
    return root


def run(*args: str):
    return CliRunner().invoke(cli, ["diff", *args])


def test_report_lists_every_change_line_by_line(repo):
    result = run("HEAD~1", "HEAD")
    assert result.exit_code == 0, result.output
    old, new = git(repo, "rev-parse", "--short=7", "HEAD~1"), git(repo, "rev-parse", "--short=7", "HEAD")
    header, blank, *body = result.stdout.splitlines(keepends=True)
    assert header == f"## Dossier diff: `HEAD~1` ({old}) → `HEAD` ({new})\n"
    assert blank == "\n"
    assert "".join(body).splitlines() == EXPECTED.splitlines()
    assert result.stderr == ""


def test_the_same_revision_twice_prints_no_changes(repo):
    result = run("HEAD", "HEAD")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == ["", "no changes"]


def test_default_new_side_is_the_working_tree(repo):
    assert run("HEAD").stdout.splitlines()[-1] == "no changes"
    b = repo / "corpus/articles/b.md"                           # an uncommitted edit
    b.write_text(b.read_text().replace("title: Plant plan denied", "title: Council denies plant plan"))
    result = run("HEAD")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].endswith("→ working tree")
    assert result.stdout.splitlines()[2:] == [
        "1 source changed", "", "### Sources", "",
        "- Changed `b` (2024-03-06): Other Wire: Council denies plant plan",
        "  - title: Plant plan denied → Council denies plant plan"]


def test_json_for_tools(repo):
    result = run("HEAD~1", "HEAD", "--format", "json")
    data = json.loads(result.stdout)
    assert data["changes"] is True
    assert data["old"]["rev"] == "HEAD~1" and len(data["old"]["commit"]) == 40
    assert [(s["id"], s["old"], s["new"]) for s in data["statuses"]] == [
        ("plant-planned", "single-source", "contested"), ("talks-began", "single-source", "unverified")]
    assert [s["id"] for s in data["sources"]["added"]] == ["b"]
    assert data["names"][0]["names"] == ["ACME Ltd"] and data["names"][0]["from_removed"] is True
    assert json.loads(run("HEAD", "HEAD", "--format", "json").stdout)["changes"] is False


def test_output_is_stable(repo):
    assert run("HEAD~1", "HEAD").stdout == run("HEAD~1", "HEAD").stdout


def test_unknown_revision_exits_2_naming_the_side(repo):
    result = run("no-such-branch", "HEAD")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "dossier diff: old side (no-such-branch): no such revision in this repository\n"
    result = run("HEAD", "HEAD~7")
    assert (result.exit_code, result.stderr) == (2, "dossier diff: new side (HEAD~7): no such revision in this "
                                                     "repository\n")


def test_revision_without_a_corpus_exits_2(repo):
    (repo / "README.md").write_text("before the corpus\n")
    result = run("HEAD", "--corpus", "elsewhere")
    assert result.exit_code == 2
    assert result.stderr == ("dossier diff: old side (HEAD): no corpus folder 'elsewhere' at this revision; "
                             "pass --corpus DIR if the corpus lives elsewhere\n")


def test_corpus_that_does_not_build_exits_2_naming_the_side(repo):
    claims = repo / "corpus/curation/claims.yaml"
    claims.write_text(CLAIMS_2.replace("denied that Alpha Corp", "refused that Alpha Corp"))
    commit(repo, "a misquote")
    result = run("HEAD~1", "HEAD")
    assert result.exit_code == 2
    assert result.stdout == ""                                  # no partial report
    assert re.fullmatch(r"dossier diff: new side \(HEAD\): the corpus does not build: "
                        r"corpus/curation/claims\.yaml:\d+: .*refused that Alpha Corp.*\n", result.stderr)
    result = run("HEAD", "HEAD~1")
    assert result.stderr.startswith("dossier diff: old side (HEAD): the corpus does not build: ")


def test_outside_a_git_repository(tmp_path, monkeypatch, make_corpus):
    make_corpus({"articles/a.md": ARTICLE_A})
    monkeypatch.chdir(tmp_path)
    result = run("HEAD")
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.stderr


def test_python_dash_m_builder_diff(repo):
    done = subprocess.run([sys.executable, "-m", "builder", "diff", "HEAD~1", "HEAD"], cwd=repo,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert "- Added `b` (2024-03-06): Other Wire: Plant plan denied" in done.stdout.splitlines()


# ── the pure comparison ────────────────────────────────────────────────────────────────────

def _dossier(**parts) -> dict:
    return {"dossier": {"title": "T", "subject": ""}, "sources": [], "originals": [], "actors": [], "events": [],
            "claims": [], **parts}


def _actor(id: str, name: str, aliases=(), mentions=0) -> dict:
    return {"id": id, "name": name, "kind": "person", "aliases": list(aliases), "origin": "curated",
            "description": "", "affiliations": [], "mentions": [{"source": "s", "paragraph": f"p{i + 1}"}
                                                                  for i in range(mentions)]}


def test_alias_moving_between_two_actors_that_both_stay():
    old = _dossier(actors=[_actor("a", "Ann Lee", ["A. Lee"]), _actor("b", "Bo Lee")])
    new = _dossier(actors=[_actor("a", "Ann Lee"), _actor("b", "Bo Lee", ["A. Lee"])])
    text = to_markdown(diff(old, new), "old", "new")
    assert "- “A. Lee” moved from `a` (Ann Lee) to `b` (Bo Lee)" in text.splitlines()


def test_quote_that_disappears_with_its_position():
    claim = {"id": "c", "statement": "S.", "status": "single-source", "reason": "R.", "origin": "curated",
             "positions": [{"source": "s", "paragraph": "p1", "quote": "q one", "stance": "asserts",
                            "speaker": None, "anonymous": False, "value": None}]}
    gone = {**claim, "positions": [], "status": "unverified", "reason": "No source asserts it."}
    lines = to_markdown(diff(_dossier(claims=[claim]), _dossier(claims=[gone])), "o", "n").splitlines()
    assert "- claim `c` at `s#p1`: “q one” is gone" in lines
    assert "  - position at `s#p1` removed: asserts" in lines


def test_hostile_text_is_escaped():
    new = _dossier(actors=[_actor("x", "<script>alert(1)</script> **Bold**")])
    text = to_markdown(diff(_dossier(), new), "o", "n")
    assert "<script>" not in text and "**Bold**" not in text


def test_identical_dossiers_have_no_changes():
    d = _dossier(actors=[_actor("a", "Ann", mentions=2)])
    assert diff(d, d).empty
    assert to_markdown(diff(d, d), "o", "n").splitlines()[-1] == "no changes"


GUIDE_IDS = ("1a2b3c4", "5d6e7f8")      # the revisions as docs/editing.md shows them


def test_the_sample_in_the_editing_guide_is_what_the_command_prints(repo):
    """docs/editing.md shows the report of this file's two-commit example (an invented story); it
    must be what `dossier diff` prints for it, so the guide cannot drift from the command."""
    old, new = git(repo, "rev-parse", "--short=7", "HEAD~1"), git(repo, "rev-parse", "--short=7", "HEAD")
    result = run(old, new)
    assert result.exit_code == 0, result.stderr
    printed = result.stdout.replace(old, GUIDE_IDS[0]).replace(new, GUIDE_IDS[1])
    guide = (ROOT / "docs/editing.md").read_text("utf-8")
    sample = guide.split("```markdown\n", 1)[1].split("```", 1)[0]
    assert sample == printed, "paste the output of this test's `dossier diff` into docs/editing.md"
