"""The commands CI runs: `dossier check --format github`, `check --strict` and `build --check`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from builder.__main__ import cli
from conftest import article

ACTORS = """\
actors:
  - {id: alpha-corp, name: Alpha Corp, kind: organization}
  - {id: ghost, name: Ghost Inc, kind: organization}
"""
GHOST = ("actor 'ghost' is not named in any article under its name or aliases; add the spelling the "
         "articles use as an alias")
CLAIMS = """\
claims:
  - id: plant
    statement: Alpha Corp plans a plant.
    positions:
      - {source: a, paragraph: p1, quote: "Alpha Corp said it would build a factory", stance: asserts}
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def corpus(make_corpus, tmp_path, monkeypatch):
    """A corpus whose only problem is a warning (an actor no article names); cwd is its parent."""
    monkeypatch.chdir(tmp_path)
    return make_corpus({"articles/a.md": article("a"), "curation/actors.yaml": ACTORS})


def test_check_github_format_annotates_warnings_and_passes(corpus):
    result = run("check", "--format", "github")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"::warning file=corpus/curation/actors.yaml,line=3,title=unmentioned-actor::{GHOST}"]


def test_check_github_format_strict_turns_warnings_into_errors(corpus):
    result = run("check", "--format", "github", "--strict")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"::error file=corpus/curation/actors.yaml,line=3,title=unmentioned-actor::{GHOST}"]


def test_check_github_format_reports_errors(corpus):
    (corpus / "curation/claims.yaml").write_text(CLAIMS)
    result = run("check", "--format", "github")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith("::error file=corpus/curation/claims.yaml,line=5,title=")
    assert "Alpha Corp said it would build a factory" in errors[0]


def test_check_github_format_escapes_properties(corpus):
    # GitHub splits properties on "," and ":" and ends the command at a newline.
    (corpus / "curation/actors.yaml").rename(corpus / "curation/people,orgs.yaml")
    line = run("check", "--format", "github").stdout.splitlines()[0]
    assert line.startswith("::warning file=corpus/curation/people%2Corgs.yaml,line=3,title=unmentioned-actor::")


def test_check_text_warns_without_failing(corpus):
    result = run("check")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"corpus/curation/actors.yaml:3: warning: {GHOST}", "0 errors, 1 warning"]
    assert result.stdout == "ok: no errors\n"


def test_check_text_strict_fails_on_warnings_and_says_why(corpus):
    result = run("check", "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "--strict: warnings count as errors"
    assert result.stdout == ""


def test_build_check_passes_when_pages_are_current(corpus):
    assert run("build").exit_code == 0
    result = run("build", "--check")
    assert result.exit_code == 0
    assert result.stdout.endswith("generated files are up to date\n")


def test_build_check_names_stale_and_leftover_pages_and_writes_nothing(corpus, tmp_path):
    assert run("build").exit_code == 0
    docs = tmp_path / "docs"
    (docs / "about.md").write_text("# About\n")                 # hand-written: never stale
    page = docs / "sources/a.md"
    page.write_text(page.read_text() + "edited by hand\n")
    (corpus / "articles/b.md").write_text(article("b", "Beta Corp said nothing."))
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    result = run("build", "--check")
    assert result.exit_code == 1
    stale = [line for line in result.stderr.splitlines() if "out of date" in line]
    assert "docs/sources/a.md: out of date; run `dossier build` and commit the result" in stale
    assert "docs/sources/b.md: out of date; run `dossier build` and commit the result" in stale
    assert not any("about.md" in line for line in stale)
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before


def test_build_check_names_pages_the_corpus_no_longer_produces(corpus, tmp_path):
    (corpus / "articles/b.md").write_text(article("b", "Beta Corp said nothing."))
    assert run("build").exit_code == 0
    (corpus / "articles/b.md").unlink()
    result = run("build", "--check")
    assert result.exit_code == 1
    assert "docs/sources/b.md: out of date; run `dossier build` and commit the result" in result.stderr.splitlines()


def test_build_check_fails_on_a_broken_corpus(corpus):
    (corpus / "curation/claims.yaml").write_text(CLAIMS)
    result = run("build", "--check")
    assert result.exit_code == 1
    assert "corpus/curation/claims.yaml:5:" in result.stderr
