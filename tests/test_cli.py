"""The `dossier` command as a user runs it: exit codes, messages, files, determinism."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder.__main__ import cli
from conftest import ROOT, article

MINI = ROOT / "tests" / "fixtures" / "mini"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "builder", *args], capture_output=True, text=True, cwd=cwd)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_twice_gives_identical_bytes(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("build", "--corpus", str(MINI), "--docs", str(one)).returncode == 0
    result = run("build", "--corpus", str(MINI), "--docs", str(two))
    assert result.returncode == 0
    counts = re.match(r"^3 sources, 4 actors, (\d+) events, (\d+) claims; (\d+) files written", result.stdout)
    assert counts, result.stdout
    assert tree(one) == tree(two)
    assert len(tree(two)) == int(counts[3]) + 1  # and the manifest
    again = run("build", "--corpus", str(MINI), "--docs", str(one))
    assert f"0 files written, {counts[3]} unchanged, 0 removed" in again.stdout


def test_build_check_names_stale_files(tmp_path):
    docs = tmp_path / "docs"
    run("build", "--corpus", str(MINI), "--docs", str(docs))
    assert run("build", "--check", "--corpus", str(MINI), "--docs", str(docs)).returncode == 0
    (docs / "claims" / "index.md").write_text("edited\n")
    result = run("build", "--check", "--corpus", str(MINI), "--docs", str(docs))
    assert result.returncode == 1
    assert f"{docs.as_posix()}/claims/index.md: out of date" in result.stderr


def test_check_reports_every_problem_one_line_each(make_corpus, tmp_path):
    corpus = make_corpus({
        "articles/a.md": article(published="March"),
        "articles/b.md": b"\xff\xfe bad bytes",
        "curation/actors.yaml": "actors:\n  - {id: NO, name: Norway, kind: country}\n",
        "curation/claims.yaml": "claims: [\n",
    })
    result = run("check", "--corpus", str(corpus), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "4 errors, 0 warnings"
    assert all(re.match(r"^corpus/[\w/.-]+:\d+: ", line) for line in lines[:-1]), lines
    assert "Traceback" not in result.stderr


def test_check_passes_on_the_sample_corpus():
    result = run("check", "--strict", cwd=ROOT)
    assert (result.returncode, result.stdout.strip()) == (0, "ok: no errors"), result.stderr


def test_export_writes_the_json_contract(tmp_path):
    out = tmp_path / "dossier.json"
    assert run("export", "--corpus", str(MINI), "-o", str(out)).returncode == 0
    data = json.loads(out.read_text())
    assert list(data)[:2] == ["dossier", "sources"]
    assert {"actors", "events", "claims"} <= set(data)
    assert data["dossier"]["title"] == "Northport harbour deal"
    source = data["sources"][0]
    assert {"id", "title", "outlet", "url", "published", "precision", "paragraphs", "derived_from"} <= set(source)
    actor = data["actors"][0]
    assert {"id", "name", "kind", "aliases", "origin", "mentions"} <= set(actor)
    assert set(actor["mentions"][0]) == {"source", "paragraph"}
    event = data["events"][0]
    assert {"id", "title", "date", "precision", "origin", "actors", "citations"} <= set(event)
    assert {"source", "paragraph", "quote"} <= set(event["citations"][0])
    claim = next(c for c in data["claims"] if c["id"] == "public-consultation")
    assert claim["status"] == "contested"
    assert {"source", "paragraph", "quote", "stance", "speaker", "anonymous"} <= set(claim["positions"][0])
    kinds = {a["kind"] for a in data["actors"]}
    assert kinds <= {"person", "organization", "country", "group", "other"}


def test_missing_corpus_is_a_usage_error(tmp_path):
    result = run("build", "--corpus", str(tmp_path / "nope"), "--docs", str(tmp_path / "d"))
    assert result.returncode == 2 and "no such corpus folder" in result.stderr


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "--corpus" in result.stdout
    assert f"`dossier {command}" in (ROOT / "README.md").read_text()


def test_a_build_leaves_its_memos_whole_on_the_way_out(tmp_path):
    """The command leaves its objects to the operating system when the process ends; every memo
    and page it wrote is whole by then."""
    import os

    from builder import memo
    from builder.render import _version as render_version
    cache, docs = tmp_path / "cache", tmp_path / "docs"
    env = {**os.environ, "DOSSIER_CACHE": str(cache)}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "builder", "build", "--corpus", str(MINI), "--docs", str(docs)],
                              capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        for page in docs.rglob("*"):             # old enough to be recorded as written (output.RACY)
            os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns - 60 * 10 ** 9))
    assert len(memo.load_texts(cache, "pages", render_version())) > 0
    assert all(json.loads((cache / name).read_text("utf-8"))["entries"] for name in ("copies.json", "written.json"))
