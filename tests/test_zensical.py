"""`dossier build && zensical build` makes the site `mkdocs build` makes, from the same tree.

Zensical (the Material team's successor to Material for MkDocs) reads mkdocs.yml but runs no MkDocs
hook: `dossier build` writes docs/ first, and `builder.zensical_compat` (listed under
`markdown_extensions:`) does what the hook's `on_page_content` does. The sample dossier (a copy of
the project) is built both ways and compared as a reader sees it: the same pages, the same main
text, titles, menu and table of contents, links that resolve, the same search index, nothing
fetched from another host. The hostile corpus built with Zensical holds no markup from article
text either, and a page that needs sanitising is cleaned, reported, and fails `--strict`.

The differences that remain are theme details, listed in DIFFERENCES (and in the README): they
are normalised away here, each on purpose. Skipped where zensical is not installed
(`pip install -e '.[test]'` installs it).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import pytest
import yaml

from builder.zensical_compat import leave_out_long_sections, plain_toc, search_limit
from conftest import ROOT, copy_project

# What Zensical 0.0.73 renders differently from Material for MkDocs 9.8, on purpose left so:
DIFFERENCES = {
    "skip": "the theme puts its skip-link target <a id=\"__skip\"> inside the article",
    "search-exclude": "data-search-exclude is removed from the HTML (the search index still leaves "
                      "those parts out)",
    "relative links": "theme links to pages of the site's top folder start with ./",
    "home search title": "the search index titles the home page by its menu name (Briefing)",
}


def _zensical_available() -> bool:
    try:
        import zensical  # noqa: F401
    except ImportError:
        return False
    return True


needs_zensical = pytest.mark.skipif(not _zensical_available(),
                                    reason="zensical is not installed (pip install -e '.[test]')")


def dossier_then_zensical(project: Path, *zensical_options: str, check: bool = True) -> subprocess.CompletedProcess:
    """`dossier build && zensical build` in `project` (its site/ is inside the copy)."""
    run = subprocess.run([sys.executable, "-m", "builder", "build"], cwd=project, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return zensical(project, *zensical_options, check=check)


def zensical(project: Path, *options: str, check: bool = True) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, "-m", "zensical", "build", *options], cwd=project, capture_output=True,
                         text=True, timeout=600)
    if check:
        assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
    return run


# --- reading a built page ------------------------------------------------------------------------

class _Parts(HTMLParser):
    """What a reader sees of a page: its <title>, the menu and table-of-contents entries (link,
    text), ids, and local links."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.title, self.nav, self.toc, self.ids, self.links = "", [], [], set(), []
        self._in_title, self._link = False, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "title":
            self._in_title = True
        if tag in ("a", "link", "script", "img"):
            for name in ("href", "src"):
                if attrs.get(name) is not None:
                    self.links.append(attrs[name])
        if tag == "a" and "md-nav__link" in (attrs.get("class") or "").split():
            self._link = [re.sub(r"^\./", "", attrs.get("href") or ""), ""]

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "a" and self._link is not None:
            entry = (self._link[0], " ".join(self._link[1].split()))
            (self.toc if entry[0].startswith("#") else self.nav).append(entry)
            self._link = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._link is not None:
            self._link[1] += data


def content(html: str) -> str:
    """The page's <article>, without what DIFFERENCES lists, one stripped line per line."""
    start = html.find(">", html.find("<article")) + 1
    inner = html[start:html.rfind("</article>")]
    inner = inner.replace('<a id="__skip" tabindex="-1"></a>', "")                    # skip
    inner = inner.replace(" data-search-exclude", "")                                  # search-exclude
    return "\n".join(line.strip() for line in inner.splitlines() if line.strip())


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in sorted(site.rglob("*.html"))}


# --- the sample, both ways -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> tuple[Path, Path]:
    """(MkDocs' site, Zensical's site), both built from one copy of the project."""
    if not _zensical_available():
        pytest.skip("zensical is not installed (pip install -e '.[test]')")
    root = tmp_path_factory.mktemp("zensical")
    project = copy_project(root / "project")
    run = dossier_then_zensical(project, "--clean", "--strict")
    assert "sanitiser" not in run.stdout + run.stderr, run.stderr[-3000:]
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(root / "mkdocs-site")], cwd=project,
                         capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return root / "mkdocs-site", project / "site"


@pytest.fixture(scope="module")
def zensical_site(sites) -> Path:
    return sites[1]


@pytest.fixture(scope="module")
def both(sites) -> tuple[dict[str, str], dict[str, str]]:
    return pages(sites[0]), pages(sites[1])


@needs_zensical
def test_every_page_exists_in_both_sites(both):
    mkdocs, zensical_pages = both
    assert len(mkdocs) > 150
    assert set(zensical_pages) == set(mkdocs)
    # the pages kept out of the menu (not_in_nav), and file names, not folders (use_directory_urls: false)
    for name in ("claims/treaty-signing-date.html", "actors/john-kirby.html", "print.html",
                 "sources/ifmat-2024-02-23.html", "events/index.html"):
        assert name in zensical_pages


@needs_zensical
def test_every_page_says_what_mkdocs_page_says(both):
    mkdocs, zensical_pages = both
    differ = {}
    for name, html in mkdocs.items():
        ours, theirs = content(html), content(zensical_pages[name])
        if ours != theirs:
            differ[name] = next((a, b) for a, b in zip(ours.splitlines() + [""], theirs.splitlines() + [""])
                                if a != b)
    assert not differ, differ
    # admonitions, footnotes, tables and the generated figures are there, as MkDocs renders them
    claim = zensical_pages["claims/treaty-signing-date.html"]
    for marker in ('class="admonition', 'class="footnote-ref"', 'class="footnote"', "<table>", "¶"):
        assert marker in claim, marker
    assert "<svg" in zensical_pages["map.html"] and "<svg" in zensical_pages["events/index.html"]


@needs_zensical
def test_titles_menu_and_tables_of_contents_match(both):
    mkdocs, zensical_pages = both
    differ = []
    for name, html in mkdocs.items():
        a, b = _Parts(html), _Parts(zensical_pages[name])
        for part in ("title", "nav", "toc"):
            if getattr(a, part) != getattr(b, part):
                differ.append((name, part, getattr(a, part), getattr(b, part)))
    assert not differ, differ[:3]
    # front-matter titles reach the browser tab
    tab = _Parts(zensical_pages["claims/treaty-signing-date.html"]).title
    assert not tab.startswith("treaty-signing-date") and " - " in tab


@needs_zensical
def test_links_between_pages_resolve(zensical_site, both):
    _, zensical_pages = both
    parsed = {name: _Parts(html) for name, html in zensical_pages.items()}
    broken, checked = [], 0
    for name, page in parsed.items():
        if name == "404.html":             # absolute links on purpose: it is served for any path
            continue
        for url in page.links:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc:
                continue
            checked += 1
            target = name if not parts.path else posixpath.normpath(
                posixpath.join(posixpath.dirname(name), unquote(parts.path)))
            if not (zensical_site / target).is_file():
                broken.append((name, url))
            elif parts.fragment and target in parsed and unquote(parts.fragment) not in parsed[target].ids:
                broken.append((name, url))
    assert checked > 5000
    assert not broken, broken[:10]


@needs_zensical
def test_search_index_offline_and_extras(sites, both):
    mkdocs_site, zensical_site = sites
    _, zensical_pages = both
    index = json.loads((zensical_site / "search.json").read_text("utf-8"))
    # the search plugin's separator reaches Zensical (its `pipeline` setting does not: no such thing)
    assert index["config"]["separator"].startswith("[\\s\\u200b\\-_")
    # offline plugin: the index as a script for file://, our vendored iframe-worker shim, no CDN
    assert (zensical_site / "search.js").read_text("utf-8").startswith("var __index = ")
    material = mkdocs_site / "search" / "search_index.json"
    if material.exists():
        theirs = {d["location"]: d for d in json.loads(material.read_text("utf-8"))["docs"]}
        ours = {d["location"]: d for d in index["items"]}
        assert set(ours) == set(theirs)
        differ = [loc for loc, d in theirs.items()
                  if d["text"] != ours[loc]["text"] or ("#" in loc and d["title"] != ours[loc]["title"])]
        assert not differ, differ[:5]                                                   # home search title
    for name, html in zensical_pages.items():
        assert "unpkg.com" not in html and "fonts.googleapis" not in html, name
        scripts = re.findall(r'<(?:script|link)[^>]*(?:src|href)="(https?:)?//', html)
        assert not scripts, name
    home = zensical_pages["index.html"]
    for extra in ("stylesheets/dossier.css", "javascripts/iframe-worker-shim.js", "javascripts/search-acronyms.js",
                  "javascripts/sortable-tables.js", "javascripts/figures.js"):
        assert f'"./{extra}"' in home, extra
        assert (zensical_site / extra).is_file(), extra
    # the classic variant (mkdocs.yml theme.variant), as Material looks
    assert "assets/stylesheets/classic/main." in home
    # each claim's status badge links to the list of that status
    assert 'href="../lists/claims-contested.html"' in zensical_pages["claims/cooperation-unrelated-to-ukraine-war.html"]


# --- hostile text ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_zensical(tmp_path_factory):
    from test_hostile import write_hostile_project
    project, strings = write_hostile_project(tmp_path_factory.mktemp("zensical-hostile") / "project")
    run = dossier_then_zensical(project, "--clean")
    return project, strings, run.stdout + run.stderr


@needs_zensical
def test_no_hostile_string_becomes_markup_in_the_zensical_site(hostile_zensical):
    from test_hostile import _Page, offences
    from builder.render.sanitise import TAGS
    from builder.render.text import one_line
    project, strings, log = hostile_zensical
    site = project / "site"
    built = pages(site)
    assert len(built) > 4 * len(strings)
    bad = {}
    for name, html in built.items():
        found = offences(html.replace('<a id="__skip" tabindex="-1"></a>', ""))              # the theme's
        if found:
            bad[name] = found[:5]
    assert not bad, bad
    index = json.loads((site / "search.json").read_text("utf-8"))
    for doc in index["items"]:
        for field in ("title", "text"):
            parsed = _Page(f"<article>{doc[field]}</article>")
            found = [t for t, a in parsed.content if t not in TAGS or any(n.startswith("on") for n in a)]
            assert not found, (doc["location"], field, doc[field][:200])
    assert "the sanitiser removed" not in log, log[-3000:]     # escaping alone made the text inert
    for i, s in enumerate(strings):
        page = _Page(built[f"sources/h{i:03d}.html"])
        assert " ".join(page.h1[0].split()) == " ".join((one_line(s) or "x").split()), (i, s)


@needs_zensical
def test_a_page_that_needs_sanitising_is_cleaned_reported_and_fails_strict(tmp_path):
    """A small site whose page carries markup the sanitiser removes (as an escaping bug would let
    through), and a heading quoting an element, with the extension as mkdocs.yml lists it."""
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    (project / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "t", "use_directory_urls": False, "theme": config["theme"],
        "markdown_extensions": config["markdown_extensions"]}), "utf-8")
    (project / "docs" / "index.md").write_text("# Home\n\n## Report &lt;img src=x onerror=alert(1)&gt;\n\ntext\n",
                                               "utf-8")
    (project / "docs" / "about.md").write_text('# About\n\n<a href="javascript:alert(1)" onclick="x()">x</a>\n',
                                               "utf-8")
    run = zensical(project)
    built = (project / "site" / "about.html").read_text("utf-8")
    assert "javascript:alert" not in built and 'onclick="x()"' not in built
    assert ("dossier: about.md: the sanitiser removed <a href='javascript:alert(1)'>, <a onclick='x()'>; text "
            "reached the page as markup (an escaping bug): report it with this line") in run.stderr
    home = _Parts((project / "site" / "index.html").read_text("utf-8"))
    assert ("#report-img-srcx-onerroralert1", "Report ‹img src=x onerror=alert(1)›") in home.toc   # plain toc
    # a cached page is not rendered again, so not reported again: --clean renders every page
    run = zensical(project, "--clean", "--strict", check=False)
    assert run.returncode != 0
    assert "dossier: about.md: the sanitiser removed" in run.stdout + run.stderr


# --- the extension itself, without Zensical ----------------------------------------------------------

def test_under_mkdocs_and_plain_markdown_the_extension_changes_nothing():
    text = "# Report <img src=x>\n\nok\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>\n"
    md = markdown.Markdown(extensions=["toc", "builder.zensical_compat"])
    plain = markdown.Markdown(extensions=["toc"])
    assert md.convert(text) == plain.convert(text)             # the MkDocs hook sanitises there
    assert md.toc_tokens == plain.toc_tokens


def test_the_search_limit_is_the_one_zensical_printed_for_sites_of_each_size():
    # "maximum 65536 bytes for 13097 items", "16384 … for 58914", "8192 … for 120422" (200, 1,000
    # and 2,000 synthetic articles): 2**30 bytes over the sections rounded up to a power of two
    assert [search_limit(n) for n in (13097, 58914, 120422, 65536, 65537)] == [65536, 16384, 8192, 16384, 8192]


def test_a_section_too_long_for_zensicals_search_is_left_out_of_it_and_the_rest_stays():
    long_list = "<ul>" + "".join(f'<li><a href="../sources/s{i}.html#p1">Source {i}</a>: quoted words here</li>'
                                 for i in range(60)) + "</ul>"
    html = (f'<h1 id="kirby">Kirby</h1><p>short</p><h2 id="positions">Positions</h2>{long_list}'
            f'<h2 id="events">Events</h2><p>{"x" * 500}</p><h2 id="seen" data-search-exclude>Seen</h2>{long_list}')
    out, left_out = leave_out_long_sections(html, 2000)
    assert left_out == ["positions"]
    assert '<h2 data-search-exclude id="positions">' in out and out.count("data-search-exclude") == 2
    assert out.replace(" data-search-exclude", "", 1) == html          # nothing else changes
    # what counts is the text the index keeps: the links' tags and attributes are not in it
    assert leave_out_long_sections(html, 4000)[1] == []


@needs_zensical
def test_under_zensical_the_limit_comes_from_the_sections_of_the_whole_site(tmp_path):
    from zensical.extensions.context import ContextExtension, Page
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    (docs / "many.md").write_text("".join(f"## Part {i}\n\ntext\n\n" for i in range(70_000)), encoding="utf-8")
    # 70,002 sections: Zensical would take at most 8192 bytes a section, so 7,000 are too many
    page = "# Actor\n\n## Positions\n\n" + "".join(f"- position {i} quoted at length here\n" for i in range(200))
    assert 7000 < len(page) < 9000
    md = markdown.Markdown(extensions=[
        ContextExtension(page=Page(url="actor.html", path="actor.md"),
                         config={"root_dir": str(tmp_path), "docs_dir": "docs"}),
        "toc", "builder.zensical_compat"])
    html = md.convert(page)
    assert '<h2 data-search-exclude id="positions">' in html and '<h1 id="actor">' in html


def test_toc_entries_become_plain_text_as_the_hook_makes_them():
    tokens = [{"level": 2, "id": "a", "name": "Report &lt;img src=x onerror=alert(1)&gt;",
               "html": "Report &lt;img src=x onerror=alert(1)&gt; <code>x</code>", "data-toc-label": "",
               "children": [{"level": 3, "id": "b", "name": "<b>", "html": "<b>", "data-toc-label": "<i>",
                             "children": []}]}]
    plain_toc(tokens)
    assert tokens[0]["name"] == tokens[0]["html"] == "Report ‹img src=x onerror=alert(1)›"
    assert tokens[0]["children"][0]["html"] == "‹b›" and tokens[0]["children"][0]["data-toc-label"] == "‹b›"


# --- in a browser ----------------------------------------------------------------------------------

def _zensical_search(page, query: str) -> list[str]:
    """Type `query` into Zensical's search dialog (its own, in a shadow root Playwright's CSS
    selectors reach); return the result links, best first, once they stop changing."""
    page.click(".md-search__button")
    box = page.locator("dialog input[role=combobox]")
    box.fill("")
    box.press_sequentially(query, delay=10)
    previous, stable = None, 0
    for _ in range(60):
        page.wait_for_timeout(100)
        links = page.eval_on_selector_all("ol[role=listbox] a[role=option]", "els => els.map(e => e.href)")
        stable = stable + 1 if links == previous else 0
        previous = links
        if stable >= 3 and links:
            break
    return previous or []


@needs_zensical
def test_search_and_tooltips_work_in_a_browser_from_a_server_and_the_file_system(zensical_site):
    browsing = pytest.importorskip("browsing")              # skips without chromium or playwright
    requests: list[str] = []
    with browsing.launch() as browser, browsing.serve(zensical_site) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        for start in (base + "index.html", (zensical_site / "index.html").as_uri()):   # offline: file://
            page.goto(start)
            links = _zensical_search(page, "Taleblu")
            assert links and links[0].split("?")[0].endswith("/actors/behnam-ben-taleblu.html"), links[:3]
        page.goto(base + "claims/treaty-signing-date.html")
        page.hover("sup a.footnote-ref >> nth=0")                 # content.footnote.tooltips
        tooltip = page.locator(".md-tooltip2--active")
        tooltip.wait_for(timeout=5000)
        assert "“" in tooltip.inner_text()
        page.goto(base + "claims/index.html")                     # extra_javascript ran
        assert page.locator(".dossier-sortable thead th[role=button]").count() >= 3
        context.close()
    outside = sorted({u for u in requests if not u.startswith(("http://127.0.0.1:", "file://", "data:", "blob:",
                                                               "about:"))})
    assert not outside, outside
