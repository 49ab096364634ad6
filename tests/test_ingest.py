"""`dossier ingest`: what a user sees — files created, front matter, output lines, exit codes."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from builder.__main__ import cli
from builder.corpus import load_sources
from builder.ingest.clean import RULE_NAMES

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
ARTICLE = ("The council voted on Tuesday to reopen the old rail bridge, officials said.\n\n"
           "Engineers said the steel spans were sound and that the deck would be replaced by October.\n\n"
           "Two councillors voted against the plan, arguing that the money should go to road repairs.\n")


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus"
    (path / "articles").mkdir(parents=True)
    (path / "raw").mkdir()
    return path


def ingest(corpus: Path, *args: str):
    return CliRunner().invoke(cli, ["ingest", "--corpus", str(corpus), *map(str, args)])


def snapshot(corpus: Path) -> dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}


def front_matter(path: Path) -> tuple[dict, list[str]]:
    text = path.read_text("utf-8")
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), [p for p in body.split("\n\n") if p.strip()]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_web_page_becomes_an_article_with_its_metadata_and_raw_copy(corpus):
    page = FIXTURES / "harbour-report.html"
    result = ingest(corpus, page)
    assert result.exit_code == 0, result.stderr
    meta, paragraphs = front_matter(corpus / "articles" / "coastal-ledger-2024-11-08.md")
    assert meta == {"title": "Port authority delays harbour dredging after survey", "outlet": "The Coastal Ledger",
                    "url": "https://www.coastalledger.example/news/2024/11/08/harbour-dredging-delayed/",
                    "published": "2024-11-08", "authors": ["Maria Olsen"], "language": "en",
                    "retrieved": dt.date.today().isoformat(), "derived_from": [],
                    "raw": "raw/coastal-ledger-2024-11-08.html"}
    assert (corpus / "raw" / "coastal-ledger-2024-11-08.html").read_bytes() == page.read_bytes()
    assert paragraphs[0].startswith("The port authority has postponed") and len(paragraphs) == 5
    body = "\n".join(paragraphs)
    for boilerplate in ("See also", "Sign up", "Donate", "Source »", "Leave a Reply", "dataLayer",
                        "Subscribe to our newsletter", "Related Posts", "Share"):
        assert boilerplate not in body
    assert "# candidates: credited source: Harbour Monitor" in (corpus / "articles" /
                                                                 "coastal-ledger-2024-11-08.md").read_text()
    line = result.stdout.strip()
    assert line.startswith(f"{page.as_posix()}: created articles/coastal-ledger-2024-11-08.md and "
                           "raw/coastal-ledger-2024-11-08.html; 5 paragraphs; dropped 4 boilerplate lines (")
    assert "credited source 'Harbour Monitor' (a derived_from candidate, not written)" in line
    assert load_sources(corpus)[1] == []


def test_wordpress_page_date_from_url_keeps_month_precision_and_drops_comments(corpus):
    result = ingest(corpus, FIXTURES / "wordpress-post.html")
    assert result.exit_code == 0, result.stderr
    meta, paragraphs = front_matter(corpus / "articles" / "valleynotes-2023-06.md")
    assert meta["published"] == "2023-06" and meta["outlet"] == "valleynotes.example"
    assert meta["title"] == "Town council votes to reopen the old rail bridge"
    assert len(paragraphs) == 5
    text = "\n".join(paragraphs)
    assert "Trinity" not in text and "Cost and timing" not in text and "About time" not in text
    assert "published from URL" in result.stdout and "not found: authors" in result.stdout


def test_text_file_reports_what_it_could_not_find(corpus, tmp_path):
    path = write(tmp_path, "note.txt", "By Jane Doe\n" + ARTICLE)
    result = ingest(corpus, path)
    assert result.exit_code == 0
    # No title anywhere: the first line of the text stands in (so the article builds), with a warning.
    meta, paragraphs = front_matter(corpus / "articles" / "note.md")
    assert meta["title"] == "The council voted on Tuesday to reopen the old rail bridge, officials said."
    assert meta["outlet"] == meta["url"] == meta["published"] == ""
    assert meta["authors"] == ["Jane Doe"] and meta["language"] == "en"
    assert "title from the first line" in result.stdout
    assert "warning: no title found; the first line was taken as the title, check it" in result.stdout
    assert "not found: outlet, url, published (left empty; set them in the front matter)" in result.stdout
    assert "dropped 1 boilerplate line (byline 1)" in result.stdout


def test_options_set_metadata_and_id(corpus, tmp_path):
    path = write(tmp_path, "story.txt", ARTICLE)
    result = ingest(corpus, path, "--url", "https://news.example.co.uk/local/2025/03/04/bridge-vote",
                    "--title", "Bridge vote", "--published", "2025-03")
    assert result.exit_code == 0, result.stderr
    meta, _ = front_matter(corpus / "articles" / "example-2025-03.md")
    assert (meta["title"], meta["outlet"], meta["published"]) == ("Bridge vote", "news.example.co.uk", "2025-03")


def test_markdown_with_and_without_front_matter(corpus, tmp_path):
    with_fm = write(tmp_path, "a.md", '---\ntitle: "Bridge vote"\noutlet: Valley Notes\npublished: 2025-03-04\n'
                                      "authors: [Jo Bloggs]\n---\n# Bridge vote\n\n" + ARTICLE)
    without = write(tmp_path, "b.md", ARTICLE.replace("Tuesday", "Monday").replace("October", "May"))
    result = ingest(corpus, with_fm, without)
    assert result.exit_code == 0, result.stderr
    meta, paragraphs = front_matter(corpus / "articles" / "valley-notes-2025-03-04.md")
    assert (meta["title"], meta["published"], meta["authors"]) == ("Bridge vote", "2025-03-04", ["Jo Bloggs"])
    assert paragraphs[0].startswith("The council voted")
    assert (corpus / "articles" / "b.md").exists()


def test_same_outlet_and_date_get_a_suffix_and_nothing_is_overwritten(corpus, tmp_path):
    (corpus / "articles" / "valley-notes-2025-03.md").write_text("kept as it was\n")
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", "A different story about the harbour, which closed for repairs on Monday.\n")
    result = ingest(corpus, a, b, "--outlet", "Valley Notes", "--published", "2025-03")
    assert result.exit_code == 0, result.stderr
    assert (corpus / "articles" / "valley-notes-2025-03.md").read_text() == "kept as it was\n"
    assert {p.name for p in (corpus / "articles").iterdir()} == {
        "valley-notes-2025-03.md", "valley-notes-2025-03-2.md", "valley-notes-2025-03-3.md"}


def test_exact_duplicate_is_skipped_near_duplicate_is_reported(corpus, tmp_path):
    first = write(tmp_path, "first.txt", ARTICLE)
    assert ingest(corpus, first).exit_code == 0
    before = snapshot(corpus)
    again = ingest(corpus, first)
    assert again.exit_code == 0
    assert again.stdout == f"{first.as_posix()}: skipped, same bytes as raw/first.txt already in the corpus (--update rewrites its metadata)\n"
    assert snapshot(corpus) == before
    near = write(tmp_path, "near.txt", "World\n" + ARTICLE.replace("Tuesday", "Wednesday"))
    result = ingest(corpus, near)
    assert result.exit_code == 0
    assert "near duplicate of first (similarity" in result.stdout and "not written)" in result.stdout
    meta, _ = front_matter(corpus / "articles" / "near.md")
    assert meta["derived_from"] == []


def test_ingest_calls_near_duplicate_what_the_build_links_as_near_duplicate(corpus, tmp_path):
    # One measure (builder.resolve.neardup): word 5-grams, Jaccard similarity >= 0.5.
    from builder.resolve.copies import find_copies
    from test_copies import SYNDICATED, WIRE
    wire = write(tmp_path, "wire.txt", WIRE)
    copy = write(tmp_path, "copy.txt", SYNDICATED)
    # Every tenth word changed: most word 3-grams are still shared (0.55, a near duplicate
    # to the MinHash of word 3-grams ingest once used), but only a third of the 5-grams.
    ws = WIRE.split(" ")
    edited = write(tmp_path, "edited.txt", " ".join(w if i % 10 != 5 else "xyzzy" for i, w in enumerate(ws)))
    result = ingest(corpus, wire, copy, edited, "--outlet", "Coastline Press", "--published", "2024-05-14")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "near duplicate" not in lines[0] and "near duplicate" not in lines[2]
    reported = re.search(r"near duplicate of (\S+) \(similarity (\d\.\d\d); a derived_from candidate, not written\)",
                         lines[1])
    assert reported and reported[1] == "coastline-press-2024-05-14", lines[1]
    sources, problems = load_sources(corpus)
    assert problems == []
    links = {frozenset((c.source, c.original)): c for c in find_copies(sources)}
    near = links[frozenset(("coastline-press-2024-05-14", "coastline-press-2024-05-14-2"))]
    assert near.kind == "near-duplicate"
    assert f"{float(reported[2]):.0%} of their word 5-grams are shared" in near.evidence
    assert all(c.kind != "near-duplicate" for key, c in links.items() if "coastline-press-2024-05-14-3" in key)


BAD = [
    ("empty.txt", b"  \n", "the file is empty; save the article's text into it, or leave it out"),
    ("image.txt", bytes(range(256)) * 40, "binary file (it contains zero bytes), not text; export the "
                                          "article as .txt or .html"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'; ingest .txt, .md, .html or .htm files"),
    ("menu.html", (FIXTURES / "no-article.html").read_bytes(),
     "no article text left after removing boilerplate (navigation 5, repeated_title 1, share_counter 1); "
     "check the file holds the article itself"),
]


@pytest.mark.parametrize("name, content, message", BAD)
def test_bad_input_gets_one_line_and_the_other_files_still_go_in(corpus, tmp_path, name, content, message):
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "good.txt", ARTICLE)
    before = snapshot(corpus)
    result = ingest(corpus, bad, good)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"{bad.as_posix()}: {message}"
    assert result.stderr.splitlines()[1].startswith("2 files: 1 created, 0 duplicates skipped, 1 failed")
    assert set(snapshot(corpus)) - set(before) == {"articles/good.md", "raw/good.txt"}


def test_missing_path_is_reported_and_the_rest_ingested(corpus, tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    result = ingest(corpus, tmp_path / "nope.txt", good)
    assert result.exit_code == 1
    assert f"{(tmp_path / 'nope.txt').as_posix()}: no such file or folder; check the path" in result.stderr
    assert (corpus / "articles" / "good.md").exists()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le"])
def test_legacy_and_utf16_text_is_decoded_and_kept_byte_for_byte(corpus, tmp_path, encoding):
    text = ("“Quoted,” said the mayor’s deputy — the café will reopen.\n\n" + ARTICLE).replace("\n", "\r\n")
    data = text.encode(encoding)
    path = write(tmp_path, "legacy.txt", data)
    result = ingest(corpus, path)
    assert result.exit_code == 0, result.stderr
    _, paragraphs = front_matter(corpus / "articles" / "legacy.md")
    assert paragraphs[0] == "“Quoted,” said the mayor’s deputy — the café will reopen."
    assert (corpus / "raw" / "legacy.txt").read_bytes() == data
    assert "decoded from" in result.stdout


def test_dry_run_writes_nothing(corpus):
    before = snapshot(corpus)
    result = ingest(corpus, FIXTURES, "--dry-run")
    assert result.exit_code == 1          # the no-article page still fails
    assert "would create articles/coastal-ledger-2024-11-08.md" in result.stdout
    assert result.stderr.strip().endswith("[dry run: nothing written]")
    assert snapshot(corpus) == before


def test_usage_errors_exit_2(corpus, tmp_path):
    a, b = write(tmp_path, "a.txt", ARTICLE), write(tmp_path, "b.txt", ARTICLE)
    assert "--url describes one article" in ingest(corpus, a, b, "--url", "https://x.example/a").stderr
    bad_date = ingest(corpus, a, "--published", "March")
    assert bad_date.exit_code == 2 and "--published must be a date like 2025, 2025-03 or 2025-03-05" in bad_date.stderr
    assert ingest(corpus.parent / "missing", a).exit_code == 2


def test_many_files_show_a_progress_bar_and_a_summary(corpus, tmp_path):
    for i in range(22):
        write(tmp_path, f"s{i:02d}.txt", f"Story number {i} says the council met on day {i} of the month.\n")
    result = ingest(corpus, tmp_path / "in")
    assert result.exit_code == 0
    assert "ingesting" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("22 files: 22 created")
    assert len(result.stdout.splitlines()) == 22


def test_reported_rule_names_are_in_the_rule_table(corpus):
    result = ingest(corpus, FIXTURES / "wordpress-post.html", FIXTURES / "harbour-report.html")
    names = [part.split()[0] for line in result.stdout.splitlines()
             for part in line.split("boilerplate lines (")[1].split(")")[0].split(", ")]
    assert names and set(names) <= set(RULE_NAMES)


def test_large_text_file_is_linear(corpus, tmp_path):
    paragraph = "The council voted on Tuesday to reopen the old rail bridge, officials said. " * 4 + "\n\n"
    big = write(tmp_path, "big.txt", paragraph * (8_000_000 // len(paragraph)))
    start = time.perf_counter()
    result = ingest(corpus, big)
    assert result.exit_code == 0
    assert time.perf_counter() - start < 10
    assert (corpus / "raw" / "big.txt").stat().st_size == big.stat().st_size


def test_oversized_web_page_is_refused_quickly(corpus, tmp_path):
    page = write(tmp_path, "huge.html", b"<html><body><p>" + b"word " * 2_100_000 + b"</p></body></html>")
    result = ingest(corpus, page)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"{page.as_posix()}: the page is 11 MB, more than the 10 MB an "
                                             "article page can be; save the article's own page, or its text as .txt")


def test_language_is_detected_or_reported_missing(corpus, tmp_path):
    french = write(tmp_path, "fr.txt", "Le conseil municipal a voté mardi pour la réouverture du vieux pont, "
                                       "et les ingénieurs ont dit que les travaux seront terminés en octobre. "
                                       "Les habitants de la ville attendent cette décision depuis quatre ans.\n")
    short = write(tmp_path, "short.txt", "Council reopens bridge after a four year closure, officials say.\n")
    result = ingest(corpus, french, short)
    assert front_matter(corpus / "articles" / "fr.md")[0]["language"] == "fr"
    assert front_matter(corpus / "articles" / "short.md")[0]["language"] == ""
    assert "not found: outlet, url, published, authors, language" in result.stdout.splitlines()[1]
