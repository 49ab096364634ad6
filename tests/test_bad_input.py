"""Every class of bad input gives its one-line `path:line: message`, exit 1, and an untouched corpus.

Runs `dossier check` (and `dossier build` where output matters) in-process, so spaCy loads once.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.__main__ import cli
from conftest import article

GOOD = article("good", "Alpha Corp said it would build a plant.")


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under `folder` (links not followed): file bytes, link targets, folders, pipes."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(root) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                out[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                out[rel] = "dir"
            elif path.is_file():
                out[rel] = path.read_bytes()
            else:
                out[rel] = "special"
    return out


@pytest.fixture
def dossier(tmp_path, monkeypatch):
    """Run a dossier command in tmp_path; check exit 1, no traceback, and that corpus/ is unchanged."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, corpus: Path | None = None) -> list[str]:
        corpus = corpus or tmp_path / "corpus"
        before = snapshot(corpus)
        started = time.monotonic()
        result = CliRunner().invoke(cli, [*args, "--corpus", str(corpus.relative_to(tmp_path))])
        assert time.monotonic() - started < 60
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code == 1, result.output
        assert "internal error" not in result.output and "Traceback" not in result.output
        assert snapshot(corpus) == before
        return result.output.splitlines()
    return run


def test_unquoted_impossible_date_is_a_line_not_an_internal_error(make_corpus, dossier):
    make_corpus({"articles/a.md": article().replace('published: "2024-03-05"', "published: 2025-13-45"),
                 "articles/good.md": GOOD})
    assert "corpus/articles/a.md:5: front matter: 'published' has no month 13: '2025-13-45'" in dossier("check")


def test_unknown_keys_in_curation_entries_name_the_nearest_key(make_corpus, dossier):
    make_corpus({"articles/good.md": GOOD, "curation/actors.yaml": (
        "actors:\n"
        "  - id: alpha-corp\n    name: Alpha Corp\n    kind: organization\n    alias: [Alpha]\n"
        "    descripton: A company.\n")})
    out = dossier("check")
    assert "corpus/curation/actors.yaml:5: `alias`: unknown key; did you mean `aliases`?" in out
    assert "corpus/curation/actors.yaml:6: `descripton`: unknown key; did you mean `description`?" in out


def test_unknown_keys_in_claim_positions_and_front_matter(make_corpus, dossier):
    make_corpus({"articles/good.md": GOOD.replace("outlet: Example News", "outlet: Example News\noutlets: X"),
                 "curation/claims.yaml": (
                     "claims:\n  - id: plant\n    statement: Alpha Corp will build a plant.\n    positions:\n"
                     "      - {source: good, paragraph: p1, quote: \"Alpha Corp said\", stance: asserts, speeker: x}\n")})
    out = dossier("check")
    assert "corpus/articles/good.md:4: front matter: `outlets`: unknown key; did you mean `outlet`?" in out
    assert "corpus/curation/claims.yaml:5: `speeker`: unknown key; did you mean `speaker`?" in out


def test_ids_ending_in_a_newline_are_refused(make_corpus, dossier):
    corpus = make_corpus({"articles/good.md": GOOD, "articles/newline-2025\n.md": article(),
                          "curation/actors.yaml": 'actors:\n  - {id: "x\\n", name: X, kind: other}\n'})
    out = dossier("check", corpus=corpus)
    assert ("corpus/articles/newline-2025\n.md: article id 'newline-2025\\n' must be lowercase ASCII letters, "
            "digits and single hyphens; rename the file") in "\n".join(out)
    assert "corpus/curation/actors.yaml:2: 'id' 'x\\n' is not a valid id; use lowercase letters, digits and hyphens" in out


def test_yaml_alias_bomb_is_refused_quickly(make_corpus, dossier):
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
    make_corpus({"articles/good.md": GOOD, "curation/actors.yaml": bomb,
                 "articles/b.md": "---\n" + bomb.replace("a:", "title:", 1) + "outlet: X\n---\n\nText.\n"})
    started = time.monotonic()
    out = dossier("check")
    assert time.monotonic() - started < 30
    assert "corpus/curation/actors.yaml:2: invalid YAML: aliases (*name) are not allowed here; write the value out in full" in out
    assert "corpus/articles/b.md:3: front matter: invalid YAML: aliases (*name) are not allowed here; write the value out in full" in out


def test_huge_articles_and_huge_lines_are_refused(make_corpus, dossier):
    make_corpus({"articles/good.md": GOOD,
                 "articles/huge.md": article("huge", "word " * 420_000),
                 "articles/line.md": article("line", "x" * 25_000)})
    out = dossier("check")
    assert "corpus/articles/huge.md:1: is 2,100,116 bytes, over the limit of 2,000,000; split it into several articles" in out
    assert ("corpus/articles/line.md:9: line of 25,000 characters, over the limit of 20,000; break it into "
            "paragraphs (blank lines between)") in out


def test_only_regular_files_are_read(make_corpus, dossier, tmp_path):
    corpus = make_corpus({"articles/good.md": GOOD})
    (corpus / "articles" / "folder.md").mkdir()
    (corpus / "articles" / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(corpus / "articles" / "pipe.md")
    out = dossier("check")
    assert ("corpus/articles/folder.md:1: is not a regular file (a folder, pipe or device named .md); "
            "remove or rename it") in out
    assert "corpus/articles/pipe.md:1: is not a regular file (a folder, pipe or device named .md); remove or rename it" in out
    assert "corpus/articles/dangling.md:1: is a symbolic link to nothing; remove it or copy the article in" in out


def test_symlinks_leaving_the_corpus_are_refused_and_nothing_of_them_is_published(make_corpus, dossier, tmp_path):
    outside = tmp_path / "outside"
    (outside / "articles").mkdir(parents=True)
    secret = article("secret", "The secret passphrase is swordfish-1234.")
    (outside / "secret.md").write_text(secret, "utf-8")
    (outside / "articles" / "secret.md").write_text(secret, "utf-8")
    corpus = make_corpus({"articles/good.md": GOOD})
    (corpus / "articles" / "secret.md").symlink_to(outside / "secret.md")
    (corpus / "articles" / "inside.md").symlink_to(corpus / "articles" / "good.md")  # stays inside: fine
    out = dossier("build", "--docs", "docs")
    assert ("corpus/articles/secret.md:1: is a symbolic link that leaves the corpus; copy the article into "
            "corpus/articles/ instead") in out
    assert not any("inside.md" in line for line in out)
    assert not (tmp_path / "docs").exists() or "swordfish" not in str(snapshot(tmp_path / "docs"))

    linked = make_corpus({}, root=tmp_path / "second")
    (linked / "articles").rmdir()
    (linked / "articles").symlink_to(outside / "articles")
    out = dossier("check", corpus=linked)
    assert ("second/corpus/articles:1: is a symbolic link that leaves the corpus; replace it with a folder "
            "holding the articles themselves") in out


def test_derived_from_cycles_are_reported(make_corpus, dossier):
    make_corpus({"articles/a.md": article("a", derived="[b]"), "articles/b.md": article("b", derived="[a]")})
    assert ("corpus/articles/a.md: derived_from forms a cycle (a → b → a); an article cannot rewrite one that "
            "rewrites it: remove one of the links") in dossier("check")


def test_urls_must_be_http_or_https_wherever_stored(make_corpus, dossier):
    make_corpus({"articles/good.md": GOOD.replace("url: https://example.org/good", "url: javascript:alert(1)"),
                 "dossier.yaml": "title: T\noriginals:\n  - {id: orig, outlet: X, title: Y, url: \"javascript:alert(1)\"}\n"})
    out = dossier("check")
    assert ("corpus/articles/good.md:4: front matter: 'url' must start with http:// or https://, got "
            "'javascript:alert(1)'") in out
    assert "corpus/dossier.yaml:3: 'url' must start with http:// or https://, got 'javascript:alert(1)'" in out


def test_ingesting_a_markdown_file_with_a_yaml_alias_bomb_is_refused_quickly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus" / "articles").mkdir(parents=True)
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
    (tmp_path / "bomb.md").write_text("---\n" + bomb + "---\n\nThe council voted to reopen the bridge.\n")
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["ingest", "--corpus", "corpus", "bomb.md"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert ("bomb.md: front matter is not valid YAML at line 3 (invalid YAML: aliases (*name) are not allowed "
            "here; write the value out in full); fix it or remove the front matter") in result.output.splitlines()
    assert list((tmp_path / "corpus" / "articles").iterdir()) == []
