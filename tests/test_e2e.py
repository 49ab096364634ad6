"""End to end: the real `mkdocs build --strict` on a copy of the project, then read the HTML."""

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import article, copy_project

MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


class Links(HTMLParser):
    """Collects ids, hrefs and srcs of one page."""

    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.srcs, self.tags = set(), [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if attrs.get("src"):
            self.srcs.append(attrs["src"])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text("utf-8"))
    return links


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*MKDOCS, "build", "--strict", "-d", str(project / "site")], cwd=project,
                          capture_output=True, text=True, env=ENV)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("e2e") / "project")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project


def test_mkdocs_build_generates_every_page(built):
    site = built / "site"
    claims = sorted(p.stem for p in (built / "docs" / "claims").glob("*.md") if p.stem != "index")
    assert len(claims) >= 8
    for cid in claims:
        assert (site / "claims" / f"{cid}.html").is_file()    # use_directory_urls: false (offline)
    assert (site / "dossier.json").is_file()
    home = (site / "index.html").read_text("utf-8")
    assert "What is contested" in home and "Key figures" in home


def test_pages_carry_no_theme_indentation(built):
    pages = sorted((built / "site").rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        html = page.read_text("utf-8")
        assert not re.search(r"\n[ \t]+<(?!/?(pre|textarea))", html.split("<pre")[0]), page


def test_every_citation_lands_on_an_existing_paragraph_anchor(built):
    site = built / "site"
    checked = 0
    anchors: dict[Path, set[str]] = {}
    for page in site.rglob("*.html"):
        for href in parse(page).hrefs:
            match = re.match(r"^((?:\.\./)*(?:sources/)?[a-z0-9-]+\.html)#(p\d+)$", href)
            if not match or (page.parent / match.group(1)).resolve().parent.name != "sources":
                continue
            target = (page.parent / match.group(1)).resolve()
            if target not in anchors:
                anchors[target] = parse(target).ids
            assert match.group(2) in anchors[target], f"{page}: {href}"
            checked += 1
    assert checked > 200


def test_contested_claim_shows_status_and_positions(built):
    html = (built / "site" / "claims" / "treaty-signing-date.html").read_text("utf-8")
    assert 'class="admonition warning"' in html and "Contested" in html
    assert "January 2024" in html and "January 2025" in html
    assert html.count("<tr>") >= 4


def test_no_request_leaves_the_site(built):
    for page in (built / "site").rglob("*.html"):
        links = parse(page)
        for tag, attrs in links.tags:
            for attr in ("src", "href"):
                value = attrs.get(attr) or ""
                external = re.match(r"^(https?:)?//", value)
                if tag in ("script", "img", "iframe", "source", "audio", "video") and attr == "src":
                    assert not external, f"{page}: {tag} {value}"
                if tag == "link" and attr == "href" and attrs.get("rel") not in (["canonical"], "canonical"):
                    assert not external, f"{page}: link {value}"
        assert "fonts.googleapis" not in page.read_text("utf-8")


def test_hostile_article_renders_as_text(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "corpus")
    hostile = ('Evil <script>alert(1)</script> and <img src=x onerror=alert(1)> and [x](javascript:alert(1)) '
               'and {{ 7*7 }} and **not bold**.')
    corpus = project / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "evil.md").write_text(article("evil", body=hostile, title="<b>Title</b> {{ 7*7 }}"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    html = (project / "site" / "sources" / "evil.html").read_text("utf-8")
    body = html[html.index('<article'):html.index('</article>')]
    assert "<script>alert" not in body and "<img src=\"x\"" not in body and "<img src=x" not in body
    assert "javascript:" not in "".join(parse(project / "site" / "sources" / "evil.html").hrefs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "{{ 7*7 }}" in body and "**not bold**" in body
    assert "&lt;b&gt;Title&lt;/b&gt;" in body


def test_without_curation_the_site_still_builds_from_the_articles_alone(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "corpus" / "curation")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    site = project / "site"
    kinds = {folder: sorted(p.name for p in (site / folder).glob("*.html") if p.name != "index.html")
             for folder in ("actors", "events", "claims")}
    assert len(kinds["actors"]) >= 20 and len(kinds["events"]) >= 10 and len(kinds["claims"]) >= 10, kinds
    claim = (site / "claims" / kinds["claims"][0]).read_text("utf-8")
    assert "not yet reviewed by an editor" in claim
    assert "Found automatically" in (site / "actors" / kinds["actors"][0]).read_text("utf-8")
    contested = (site / "claims" / "index.html").read_text("utf-8")
    assert "Contested" in contested
