"""Ingest metadata on outlets other than the sample's: headlines in sentence case, date lines in
common formats, ids from the outlet's name (never a hosting or CDN host), a title even when none
is found, and `dossier ingest --update` for an article ingested before."""

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from builder.__main__ import cli
from builder.ingest.ids import make_id, outlet_key
from builder.ingest.metadata import text_date

BODY = ("Regulators closed the bank on Friday after depositors withdrew billions in a single day, officials said.\n\n"
        "The chief executive sold shares two weeks earlier, according to a filing reviewed by reporters.\n\n"
        "A spokesperson for the bank declined to comment on the sale when reached on Saturday.\n")


def ingest(corpus: Path, *args: str):
    return CliRunner().invoke(cli, ["ingest", "--corpus", str(corpus), *args])


def front(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8").split("---\n")[1])


@pytest.fixture
def corpus(tmp_path) -> Path:
    (tmp_path / "corpus" / "articles").mkdir(parents=True)
    return tmp_path / "corpus"


@pytest.mark.parametrize("line, day", [
    ("Posted Mar 13, 2023", "2023-03-13"),
    ("14/08/2024 22h37", "2024-08-14"),
    ("March 4, 2025 | 5:21 PM EST", "2025-03-04"),
    ("Published 4 March 2025 at 09:30", "2025-03-04"),
    ("Updated: 13 March 2023, 10:05 GMT", "2023-03-13"),
    ("Tue, March 4th, 2025", "2025-03-04"),
    ("Sept. 16, 2023", "2023-09-16"),
    ("2025-03-04", "2025-03-04"),
    ("04/03/2025", ""),                       # day and month could be swapped: not guessed
    ("a line with 2023 in it", ""),
])
def test_date_lines_in_common_formats(line, day):
    assert text_date(line) == day


@pytest.mark.parametrize("outlet, key", [
    ("nhk.or.jp", "nhk"), ("news.bbc.co.uk", "bbc"), ("www.lemonde.fr", "lemonde"),
    ("storage.googleapis.com", ""), ("nhkworld.azurewebsites.net", ""), ("d1x.cloudfront.net", ""),
    ("Nippon Hoso Kyokai", "nippon-hoso-kyokai"),
])
def test_ids_come_from_the_outlet_never_from_a_hosting_host(outlet, key):
    assert outlet_key(outlet) == key
    assert make_id("storage.googleapis.com", "2023-03-13", "Bank chief sold shares before collapse", "x", set()) \
        == "bank-chief-sold-shares-2023-03-13"


def test_sentence_case_headline_on_line_one_is_the_title_not_the_url_slug(corpus, tmp_path):
    raw = tmp_path / "page.txt"
    raw.write_text("Bank chief sold $3.6 million in shares days before the collapse\n\nPosted Mar 13, 2023\n\n"
                   + BODY, encoding="utf-8")
    result = ingest(corpus, str(raw), "--url",
                    "https://storage.googleapis.com/news-123/bank-chief-sold-3-6-mn-in-shares-123031100067-1.html")
    assert result.exit_code == 0, result.output
    [article] = (corpus / "articles").glob("*.md")
    meta = front(article)
    assert meta["title"] == "Bank chief sold $3.6 million in shares days before the collapse"
    assert meta["published"] == "2023-03-13"
    assert meta["outlet"] == ""                                   # a storage host is not an outlet
    assert article.stem == "bank-chief-sold-3-2023-03-13"
    assert "googleapis" not in article.stem


def test_a_date_line_is_never_the_title(corpus, tmp_path):
    raw = tmp_path / "dated.txt"
    raw.write_text("Posted March 13, 2023 at 5:21 PM EDT\n\n" + BODY, encoding="utf-8")
    ingest(corpus, str(raw))
    meta = front(corpus / "articles" / "dated-2023-03-13.md") if (corpus / "articles" / "dated-2023-03-13.md").exists() \
        else front(next((corpus / "articles").glob("*.md")))
    assert not meta["title"].startswith("Posted")
    assert meta["published"] == "2023-03-13"


def test_update_replaces_the_metadata_of_an_article_ingested_from_the_same_file(corpus, tmp_path):
    raw = tmp_path / "story.txt"
    raw.write_text(BODY, encoding="utf-8")
    first = ingest(corpus, str(raw))
    assert first.exit_code == 0 and "warning: no title found" in first.output
    article = corpus / "articles" / "story.md"
    text = article.read_text("utf-8").replace("derived_from: []", 'derived_from: ["other-2023"]')
    article.write_text(text, encoding="utf-8")                      # an editor's judgement, to keep
    again = ingest(corpus, str(raw))
    assert "skipped, same bytes as raw/story.txt" in again.output and "--update" in again.output
    updated = ingest(corpus, str(raw), "--update", "--title", "Regulators close the bank", "--outlet", "Example Wire",
                     "--published", "2023-03-10")
    assert updated.exit_code == 0, updated.output
    assert "updated the metadata of articles/story.md (outlet, published, title)" in updated.output
    meta = front(article)
    assert (meta["title"], meta["outlet"], meta["published"]) == ("Regulators close the bank", "Example Wire",
                                                                  "2023-03-10")
    assert meta["derived_from"] == ["other-2023"] and meta["raw"] == "raw/story.txt"
    assert article.read_text("utf-8").endswith(BODY.split("\n\n")[-1])
    assert sorted(p.name for p in (corpus / "articles").iterdir()) == ["story.md"]
    same = ingest(corpus, str(raw), "--update", "--title", "Regulators close the bank")
    assert "already has this metadata" in same.output


def test_byline_with_the_outlet_after_a_bar_is_kept_as_metadata(corpus, tmp_path):
    raw = tmp_path / "byline.txt"
    raw.write_text("Bank chief sold shares days before the collapse\n\nAustin Weinstein | Example Wire\n\n"
                   "Posted Mar 13, 2023\n\n" + BODY, encoding="utf-8")
    result = ingest(corpus, str(raw))
    assert result.exit_code == 0, result.output
    meta = front(corpus / "articles" / "example-wire-2023-03-13.md")
    assert meta["authors"] == ["Austin Weinstein"] and meta["outlet"] == "Example Wire"
    assert "Austin Weinstein" not in (corpus / "articles" / "example-wire-2023-03-13.md").read_text().split("---\n")[2]


def test_a_sentence_case_headline_wins_over_the_outlet_line_under_it(corpus, tmp_path):
    raw = tmp_path / "cb.txt"
    raw.write_text("The power was out before the fires started. Then the utility flipped the switch\n\n"
                   "Harbour Civil Beat\n\n" + BODY, encoding="utf-8")
    ingest(corpus, str(raw), "--outlet", "Harbour Civil Beat")
    [article] = (corpus / "articles").glob("*.md")
    assert front(article)["title"] == "The power was out before the fires started. Then the utility flipped the switch"


def test_a_dateline_is_never_the_title(corpus, tmp_path):
    raw = tmp_path / "wire.txt"
    raw.write_text("MOSCOW, March 4 (Example Wire) —\n\n" + BODY, encoding="utf-8")
    ingest(corpus, str(raw))
    [article] = (corpus / "articles").glob("*.md")
    assert "MOSCOW" not in front(article)["title"]
