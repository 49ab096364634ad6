"""The regression corpus of hostile strings, in every field a user controls, through a real build.

One corpus puts each string of `tests/fixtures/hostile/strings.txt` into an article's title,
outlet, authors, language, retrieval note and body (with a speaker described in running text, as
the automatic descriptions quote it), and into curated actor names, aliases and descriptions,
event titles, claim statements and values, originals' outlets and titles, and the dossier's
title, subject and summary. `mkdocs build` renders it; every HTML page is parsed
and must hold no element, attribute or URL scheme outside the sanitiser's allow-list, the
sanitiser must not have had to remove anything (escaping alone made the text inert), and the
hostile titles must show as the characters typed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from builder.render.sanitise import ATTRIBUTES, TAGS, URL_SCHEMES
from builder.render.text import one_line

from conftest import ROOT, copy_project

FIXTURE = Path(__file__).parent / "fixtures" / "hostile" / "strings.txt"


def hostile_strings() -> list[str]:
    """The regression corpus, one string a line; `\\x02` and `\\x03` stand for those characters."""
    lines = FIXTURE.read_text("utf-8").split("\n")
    return [line.replace("\\x02", "\x02").replace("\\x03", "\x03") for line in lines if line.strip()]


def test_the_regression_corpus_is_big_enough_and_holds_the_reported_strings():
    strings = hostile_strings()
    assert len(strings) >= 60
    for reported in ["a' 'b') [click](javascript:alert(1))", "a' 'b') ![i](x){: onerror='alert(1)' }",
                     "a' 'b') [c](https://evil.example/t){: onclick='alert(1)' }",
                     "x | [click](javascript:alert(1))", "Report <img src=x onerror=alert(1)>"]:
        assert reported in strings


def _q(text: str) -> str:
    return json.dumps(text)  # JSON strings are YAML double-quoted scalars


def write_hostile_project(dest: Path) -> tuple[Path, list[str]]:
    """A copy of the project whose corpus is the hostile one; returns (project, strings)."""
    project = copy_project(dest)
    corpus = project / "corpus"
    for old in (corpus / "articles").glob("*.md"):
        old.unlink()
    for old in (corpus / "curation").glob("*.yaml"):
        old.unlink()
    strings = hostile_strings()
    actors, events, claims = [], [], []
    for i, s in enumerate(strings):
        sid, text = f"h{i:03d}", one_line(s) or "x"
        body = [text,
                f"The plan would fail, said Zed Quux{i}, a fellow {text} at the institute.",
                f"Mara Vell{i} said: {text}"]
        (corpus / "articles" / f"{sid}.md").write_text(
            "---\n"
            f"title: {_q(text)}\noutlet: {_q(text)}\nurl: https://example.org/{sid}\npublished: \"2024-01-{i % 28 + 1:02d}\"\n"
            f"authors: [{_q(text)}]\nlanguage: {_q(text)}\nretrieved: {_q(text)}\n"
            + (f"derived_from: [orig-{i}]\n" if i % 10 == 0 else "")
            + "---\n\n" + "\n\n".join(body) + "\n", "utf-8")
        cite = f"{{source: {sid}, paragraph: p1, quote: {_q(text)}}}"
        actors.append(f"  - id: actor-{i}\n    name: {_q(f'Mara Vell{i} {text}')}\n    kind: person\n"
                      f"    aliases: [{_q(f'Mara Vell{i}')}]\n    description: {_q(text)}\n    cite: {cite}\n")
        events.append(f"  - id: event-{i}\n    title: {_q(text)}\n    actors: [actor-{i}]\n"
                      f"    citations:\n      - {{source: {sid}, paragraph: p1, quote: {_q(text)}, date: \"2024-01\"}}\n")
        claims.append(f"  - id: claim-{i}\n    statement: {_q(text)}\n    positions:\n"
                      f"      - {{source: {sid}, paragraph: p3, quote: {_q(text)}, stance: asserts, speaker: actor-{i}, "
                      f"value: {_q(text)}}}\n"
                      f"      - {{source: {sid}, paragraph: p1, quote: {_q(text)}, stance: denies}}\n")
    curation = corpus / "curation"
    (curation / "actors.yaml").write_text("actors:\n" + "".join(actors), "utf-8")
    (curation / "events.yaml").write_text("events:\n" + "".join(events), "utf-8")
    (curation / "claims.yaml").write_text("claims:\n" + "".join(claims), "utf-8")
    (corpus / "dossier.yaml").write_text(
        f"title: {_q(strings[0])}\nsubject: {_q(strings[4])}\nsummary:\n"
        + "".join(f"  - text: {_q(one_line(s))}\n    cite: {{source: h{i:03d}, paragraph: p1, quote: {_q(one_line(s))}}}\n"
                  for i, s in enumerate(strings[:10]))
        + "originals:\n" + "".join(f"  - {{id: orig-{i}, outlet: {_q(one_line(s) or 'x')}, title: {_q(one_line(s))}, "
                                    f"url: \"https://example.org/o{i}\", published: \"2023\"}}\n"
                                    for i, s in enumerate(strings) if i % 10 == 0), "utf-8")
    return project, strings


class _Page(HTMLParser):
    """Elements and attributes of a whole page, and those inside the page content (<article>)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.everywhere: list[tuple[str, dict]] = []
        self.content: list[tuple[str, dict]] = []
        self.h1: list[str] = []
        self.ellipsis: list[str] = []  # text Material copies into a tooltip as HTML when truncated
        self._depth = 0
        self._in_h1 = False
        self._in_ellipsis = 0          # open elements inside the current .md-ellipsis, itself included
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.everywhere.append((tag, attrs))
        if self._in_ellipsis and tag not in ("br", "hr", "img", "input", "wbr", "col"):
            self._in_ellipsis += 1
        if self._depth:
            self.content.append((tag, attrs))
            if tag not in ("br", "hr", "img", "input", "wbr", "col"):
                self._depth += 1
        elif tag == "article":
            self._depth = 1
        if tag == "h1" and self._depth:
            self._in_h1, self.h1 = True, self.h1 + [""]
        if "headerlink" in (attrs.get("class") or ""):
            self._in_h1 = False
        if "md-ellipsis" in (attrs.get("class") or "").split():
            self.ellipsis.append("")
            self._in_ellipsis = 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self._depth > 1 and tag not in ("br", "hr", "img", "input", "wbr", "col"):
            self._depth -= 1
        if self._in_ellipsis > 1 and tag not in ("br", "hr", "img", "input", "wbr", "col"):
            self._in_ellipsis -= 1

    def handle_endtag(self, tag):
        if self._in_ellipsis:
            self._in_ellipsis -= 1
        if self._depth:
            self._depth -= 1
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1[-1] += data
        if self._in_ellipsis:
            self.ellipsis[-1] += data


def _scheme(url: str) -> str | None:
    url = "".join(url.split()).lower()
    head = url.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return head.split(":", 1)[0] if ":" in head else None


def offences(html: str) -> list[str]:
    page = _Page(html)
    found = []
    for tag, attrs in page.everywhere:
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"):
                scheme = _scheme(value or "")
                if scheme is not None and scheme not in URL_SCHEMES:
                    found.append(f"<{tag} {name}={value!r}>")
    for tag, attrs in page.content:
        if tag not in TAGS:
            found.append(f"<{tag}> in the content")
        allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set())
        for name in attrs:
            if name not in allowed:
                found.append(f"<{tag} {name}> in the content")
            if name == "style" and attrs[name] and "url" in attrs[name].lower():
                found.append(f"<{tag} style={attrs[name]!r}>")
        if attrs.get("title") and _Page(attrs["title"]).everywhere:
            found.append(f"<{tag} title={attrs['title']!r}>: the tooltip (innerHTML) would hold markup")
    found += [f"menu text {text!r} would become markup in a tooltip" for text in page.ellipsis if "<" in text]
    return found


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project, strings = write_hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")], cwd=project,
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return project, strings, run.stderr


def test_no_hostile_string_becomes_markup_anywhere(hostile_site):
    project, strings, log = hostile_site
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) > 4 * len(strings)
    bad = {}
    for path in pages:
        found = offences(path.read_text("utf-8"))
        if found:
            bad[path.relative_to(project / "site").as_posix()] = found[:5]
    assert not bad, bad
    # Material's search shows results' titles and text with innerHTML: the index holds no markup either
    index = json.loads((project / "site" / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            parsed = _Page(f"<article>{doc[field]}</article>")
            found = [t for t, a in parsed.content if t not in TAGS or any(n.startswith("on") for n in a)]
            assert not found, (doc["location"], field, doc[field][:200])
    assert "the sanitiser removed" not in log, [line for line in log.splitlines() if "sanitiser" in line][:10]
    # a broken structure shows as footnotes or anchors that no longer match
    assert "no such anchor" not in log and "contains a link" not in log, log[-3000:]


def test_hostile_titles_show_as_typed(hostile_site):
    project, strings, _ = hostile_site
    for i, s in enumerate(strings):
        page = _Page((project / "site" / "sources" / f"h{i:03d}.html").read_text("utf-8"))
        assert " ".join(page.h1[0].split()) == " ".join((one_line(s) or "x").split()), (i, s)


def test_the_sanitiser_reports_what_it_removes():
    from builder.render.sanitise import clean
    html = '<p>ok <a href="javascript:alert(1)" onclick="x()">a</a><script>alert(1)</script></p>'
    cleaned, removed = clean(html)
    assert "javascript" not in cleaned and "onclick" not in cleaned and "<script" not in cleaned
    assert removed == ["<a href='javascript:alert(1)'>", "<a onclick='x()'>", "<script>", "text 'alert(1)'"]
    assert clean("<p>fine <em>text</em> &amp; <a href=\"x.md\" title=\"t\">x</a></p>") == (
        "<p>fine <em>text</em> &amp; <a href=\"x.md\" title=\"t\">x</a></p>", [])


def test_an_ingested_page_with_a_hostile_heading_gives_no_live_link(tmp_path):
    """`dossier ingest` of a web page whose <h1> holds a hostile string, then the pages rendered
    with the extensions in mkdocs.yml: no element outside the allow-list, no javascript: URL."""
    import markdown
    from click.testing import CliRunner

    from builder import pipeline
    from builder.__main__ import cli
    from test_fuzz_escape import CONFIGS, NAMES

    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    heading = "a' 'b') [click](javascript:alert(1)) <img src=x onerror=alert(1)>"
    page = tmp_path / "page.html"
    paragraph = ("<p>The council voted on Tuesday to reopen the old rail bridge, officials said, after a "
                 "long campaign by residents of the town.</p>")
    outlet = "x | [click](javascript:alert(1))"
    page.write_text(f"<html><head><title>{heading}</title><meta property=\"og:site_name\" content=\"{outlet}\">"
                    f"</head><body><article><h1>{heading}</h1>"
                    + paragraph * 4 + "</article></body></html>", "utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--corpus", str(corpus), str(page)])
    assert result.exit_code == 0, result.output
    built = pipeline.build(corpus, tmp_path / "docs")
    bad = {}
    for path, text in built.pages.items():
        if path.endswith(".md"):
            body = text.split("---\n", 2)[-1] if text.startswith("---\n") else text
            html = "<article>" + markdown.markdown(body, extensions=NAMES, extension_configs=CONFIGS) + "</article>"
            found = offences(html)
            if found:
                bad[path] = found
    assert not bad, bad
    assert any(heading.split(" <")[0] in text.replace("\\", "") for text in built.pages.values())


def test_the_sample_site_needs_no_sanitising_and_a_page_that_does_fails_strict(tmp_path):
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "site")], cwd=project,
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "the sanitiser removed" not in run.stderr
    about = project / "docs" / "about.md"
    about.write_text(about.read_text("utf-8") + '\n<a href="javascript:alert(1)" onclick="x()">x</a>\n', "utf-8")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                         cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 1
    assert ("dossier: about.md: the sanitiser removed <a href='javascript:alert(1)'>, <a onclick='x()'>; text "
            "reached the page as markup (an escaping bug): report it with this line") in run.stderr
    built = tmp_path / "site" / "about.html"
    assert not built.exists() or "javascript:alert" not in built.read_text("utf-8")
