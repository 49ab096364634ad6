import re

import pytest
import yaml

from builder import yamlio
from builder.corpus import load_sources
from conftest import article


def messages(problems):
    return [f"{p.path.rsplit('/', 1)[-1]}:{p.line}: {p.message}" for p in problems]


def test_article_is_read_with_metadata_and_paragraphs(make_corpus):
    corpus = make_corpus({"articles/a.md": article(body="One.\n\nTwo\ncontinued.")})
    sources, problems = load_sources(corpus)
    assert problems == []
    (s,) = sources
    assert (s.id, s.outlet, s.published.iso(), s.published.precision) == ("a", "Example News", "2024-03-05", "day")
    assert [(p.id, p.text, p.line) for p in s.paragraphs] == [("p1", "One.", 9), ("p2", "Two continued.", 11)]


def test_bad_date_points_at_its_line(make_corpus):
    corpus = make_corpus({"articles/a.md": article(published="March")})
    _, problems = load_sources(corpus)
    assert messages(problems) == [
        "a.md:5: front matter: 'published' must be a date like 2025, 2025-03 or 2025-03-05, got 'March'"]


def test_bad_yaml_maps_to_the_file_line(make_corpus):
    text = "---\ntitle: ok\noutlet: [unclosed\n---\n\nBody.\n"
    corpus = make_corpus({"articles/a.md": text})
    sources, problems = load_sources(corpus)
    assert sources == []
    assert len(problems) == 1 and problems[0].line in (3, 4) and "invalid YAML" in problems[0].message


def test_every_broken_article_is_reported_and_good_ones_still_load(make_corpus):
    corpus = make_corpus({
        "articles/good.md": article(),
        "articles/latin1.md": b"---\ntitle: caf\xe9\n---\n\nx\n",
        "articles/nofront.md": "Just text.\n",
        "articles/Bad_Name.md": article(),
    })
    sources, problems = load_sources(corpus)
    assert [s.id for s in sources] == ["Bad_Name", "good"]
    assert messages(problems) == [
        "Bad_Name.md:0: article id 'Bad_Name' must be lowercase ASCII letters, digits and single hyphens; rename the file",
        "latin1.md:2: not UTF-8 (byte 0xe9); re-save the file as UTF-8 or bring it in with `dossier ingest`",
        "nofront.md:1: no front matter; start the file with a '---' line, the YAML fields, and another '---' line",
    ]


def test_missing_title_and_non_string_fields(make_corpus):
    text = "---\noutlet: 12\nurl: ftp://x\n---\n\nBody.\n"
    _, problems = load_sources(make_corpus({"articles/a.md": text}))
    assert messages(problems) == [
        "a.md:2: front matter: 'title' is missing; add 'title: …'",
        "a.md:2: front matter: 'outlet' must be text; quote it",
        "a.md:3: front matter: 'url' must start with http:// or https://, got 'ftp://x'",
    ]


def test_libyaml_and_the_python_loader_read_front_matter_alike():
    """Front matter goes through libyaml when it can (yamlio._CLoader): values, the line of each
    mapping and key, and every error message are the pure-Python loader's."""
    if yamlio._CLoader is None:
        pytest.skip("PyYAML without libyaml")
    plain = ('title: "Fire shuts terminal"\noutlet: Coastline Press\npublished: "2024-05-14"\n'
             "authors:\n  - A. Writer\n  - B. Writer\nraw: NO\nretrieved: 2024-05-15\nnested:\n  key: 0012\n")
    for loader in (yamlio._CLoader, yamlio._Loader):
        value = yaml.load(plain, Loader=loader)
        assert value == {"title": "Fire shuts terminal", "outlet": "Coastline Press", "published": "2024-05-14",
                         "authors": ["A. Writer", "B. Writer"], "raw": False, "retrieved": "2024-05-15",
                         "nested": {"key": 10}}
        assert (value.line, value.key_lines, value["nested"].line) == (
            1, {"title": 1, "outlet": 2, "published": 3, "authors": 4, "raw": 7, "retrieved": 8, "nested": 9}, 10)
    # libyaml takes a tab after "key:", a tag "!" and aliases; the Python loader, which says why, does not.
    for text, message in (("title:\tx\n", "found character '\\t' that cannot start any token"),
                          ("a: &x [1]\nb: *x\n", "aliases (*name) are not allowed here"),
                          ("a: b\na: c\n", "duplicate key 'a'")):
        with pytest.raises(yamlio.YamlProblem, match=re.escape(message)):
            yamlio.load(text)
