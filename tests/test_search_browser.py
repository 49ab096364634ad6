"""Site search as a reader types it, in headless Debian chromium (Playwright), from a server and
from file://, with each search engine a dossier can have (builder/search.py): Material's search
plugin and Pagefind, forced with mkdocs.yml `extra: dossier_search`.

Each query has the page it must list first. Names and acronyms go to the actor's page; topic
words go to the claim or event titled with them. The site is the sample dossier, built once per
engine; every query must pass on both. Pagefind cannot search from file:// (Chromium refuses
its fetch() and module import there), so the file:// runs are Material's, and Pagefind's site
must say so in its search box. Never run `playwright install`: the browser is /usr/bin/chromium.

`python tests/test_search_browser.py SITE [QUERY ...]` prints what the first search downloads on
a built site (the bytes of the search files the server sends from the page load to the results).
"""

import os
import shutil
import subprocess
import unicodedata
import sys
from pathlib import Path

import pytest

from builder.init import init
from conftest import ROOT, copy_project

from browsing import Quiet, launch, serve  # skips the module without chromium

ENGINES = ["material", "pagefind"]


class Titled(str):
    """Expect a claim or event page whose heading contains these words (for topics, where which
    automatically found claim words it best may change with the extractor)."""


class Actor(str):
    """Expect an actor page whose heading contains this name (for a story without curation, where
    the page's id is whatever the extractor makes of the name)."""


# (what the reader types, the page that must come first; a tuple allows any of those pages)
QUERIES = [
    # surnames and full names -> the actor's page
    ("Kirby", "actors/john-kirby.html"),
    ("John Kirby", "actors/john-kirby.html"),
    ("Taleblu", "actors/behnam-ben-taleblu.html"),
    ("Ben Taleblu", "actors/behnam-ben-taleblu.html"),
    ("Krzyzaniak", "actors/john-krzyzaniak.html"),
    ("Putin", "actors/vladimir-putin.html"),
    ("Lavrov", "actors/sergey-lavrov.html"),
    ("Shoigu", "actors/sergei-shoigu.html"),
    ("Rubio", "actors/marco-rubio.html"),
    ("Sullivan", "actors/jake-sullivan.html"),
    ("Grajewski", "actors/nicole-grajewski.html"),
    ("Stricker", "actors/andrea-stricker.html"),
    ("Khamenei", "actors/ali-khamenei.html"),
    ("Hajizadeh", "actors/amir-ali-hajizadeh.html"),
    ("Biden", "actors/joe-biden.html"),
    ("trump", "actors/donald-trump.html"),
    ("Wisconsin Project", "actors/wisconsin-project.html"),
    # organisations, countries, acronyms (with and without dots), possessives
    ("IRGC", "actors/irgc.html"),
    ("FDD", "actors/fdd.html"),
    ("IAEA", "actors/iaea.html"),
    ("JCPOA", "actors/jcpoa.html"),
    ("USSR", "actors/soviet-union.html"),
    ("US", "actors/united-states.html"),
    ("U.S.", "actors/united-states.html"),
    ("u.s.", "actors/united-states.html"),
    ("United States", "actors/united-states.html"),
    ("RFE/RL", "actors/rferl.html"),
    ("Kremlin", "actors/kremlin.html"),
    ("Reuters", "actors/reuters.html"),
    ("Hamas", "actors/hamas.html"),
    ("Iran", "actors/iran.html"),
    ("Iran's", "actors/iran.html"),
    ("Kashan", "actors/kashan-airfield.html"),
    ("treaty", "actors/strategic-partnership-treaty.html"),
    # topics, plurals and hyphenated words -> the claim or event about them
    ("drones", "claims/iran-supplied-drones-for-war.html"),
    ("drone", Titled("drone")),
    ("fighter jets", "claims/russia-supplied-fighter-jets.html"),
    ("Su-35", "claims/russia-supplied-fighter-jets.html"),
    ("ballistic missiles", Titled("ballistic missiles")),
    ("missile", Titled("missile")),
    ("Geran-2", "events/armeisky-sbornik-geran-2.html"),
    ("Shahed", ("actors/shahed.html", "events/armeisky-sbornik-geran-2.html")),
    ("Shahed-136", ("actors/shahed.html", "events/armeisky-sbornik-geran-2.html")),
]

# The other story: tests/devset/nijjar-killing, built with `dossier init` and no curation at all.
OTHER_STORY = ROOT / "tests" / "devset" / "nijjar-killing" / "corpus" / "articles"
OTHER_QUERIES = [
    ("Trudeau", Actor("Justin Trudeau")),
    ("Modi", Actor("Narendra Modi")),
    ("Joly", Actor("Mélanie Joly")),
    ("Mélanie", Actor("Mélanie Joly")),                 # accented, as written
    ("Melanie", Actor("Mélanie Joly")),                 # typed without the accent
    ("Bagchi", Actor("Bagchi")),
    ("Pierotti", Actor("Pierotti")),
    ("Zelenskyy", Actor("Zelenskyy")),
    ("RCMP", Actor("RCMP")),
    ("Khalistan", Actor("Khalistan")),
    ("World Sikh Organization", Actor("World Sikh Organization")),
    ("Canada", Actor("Canada")),
    ("India's", Actor("India")),
    ("expelled", Titled("expelled")),
    ("diplomat", Titled("diplomat")),
]


def force_engine(project: Path, engine: str) -> None:
    """Set `extra: dossier_search` in the project's mkdocs.yml to `engine`."""
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  dossier_search: auto\n" in text, "mkdocs.yml has no `dossier_search: auto` line"
    config.write_text(text.replace("  dossier_search: auto\n", f"  dossier_search: {engine}\n"), "utf-8")


def build_site(project: Path, engine: str | None = None) -> Path:
    if engine:
        force_engine(project, engine)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Not --strict: corpus warnings are test_e2e's business; this module is about search.
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    site = project / "site"
    if engine == "pagefind":
        assert (site / "pagefind" / "pagefind.js").is_file() and not (site / "search").exists()
    elif engine == "material":
        assert (site / "search" / "search_index.json").is_file() and not (site / "pagefind").exists()
    return site


@pytest.fixture(scope="module", params=ENGINES)
def engine(request):
    return request.param


@pytest.fixture(scope="module")
def site(engine, tmp_path_factory):
    return build_site(copy_project(tmp_path_factory.mktemp(f"sample-{engine}") / "project"), engine)


@pytest.fixture(scope="module")
def other_site(engine, tmp_path_factory):
    if not OTHER_STORY.is_dir():
        pytest.skip("needs tests/devset/nijjar-killing")
    project = tmp_path_factory.mktemp(f"other-{engine}") / "project"
    init(project, "The killing of a Sikh leader in Canada")
    for article in OTHER_STORY.glob("*.md"):
        shutil.copy(article, project / "corpus" / "articles" / article.name)
    return build_site(project, engine)


@pytest.fixture(scope="module")
def server(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


def first_results(page, query: str) -> list[tuple[str, str]]:
    """Type `query` into the search box as a reader does; return the result pages, best first,
    as (site-relative path without the ?h= highlight, title shown)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=5)
    page.wait_for_function("""() => { const m = document.querySelector('.md-search-result__meta');
        return m && /matching|No matching/.test(m.textContent); }""", timeout=15000)
    previous, stable = None, 0
    for _ in range(40):                       # results update as each key arrives: wait until settled
        page.wait_for_timeout(100)
        links = page.eval_on_selector_all(".md-search-result__item > a", """els => els.map(e =>
            [e.href, (e.querySelector('h1, h2') || e).textContent.trim()])""")
        stable = stable + 1 if links == previous else 0
        previous = links
        if stable >= 3:
            break
    return [(_relative(link), title) for link, title in previous]


def _relative(url: str) -> str:
    path = url.split("?")[0].split("#")[0]
    marker = "/site/" if url.startswith("file://") else "/"
    return path.split(marker, 1)[1] if url.startswith("file://") else "/".join(path.split("/")[3:])


def run_queries(page, start_url: str, queries) -> list[tuple[str, str, object]]:
    """Every query whose first result is not the expected page: (query, first result, its title,
    expected)."""
    page.goto(start_url)
    wrong = []
    for query, expected in queries:
        results = first_results(page, query)
        first, title = results[0] if results else ("(no result)", "")
        if isinstance(expected, Titled):
            ok = first.startswith(("claims/", "events/")) and expected.casefold() in title.casefold()
        elif isinstance(expected, Actor):
            ok = first.startswith("actors/") and _plain(expected) in _plain(title)
        else:
            ok = first in (expected if isinstance(expected, tuple) else (expected,))
        if not ok:
            wrong.append((query, first, title, expected))
    return wrong


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def test_at_least_25_queries():
    assert len(QUERIES) >= 25


def test_each_query_lists_its_page_first_from_a_server(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    assert run_queries(page, server + "index.html", QUERIES) == []
    page.close()


def test_each_query_lists_its_page_first_from_the_file_system(browser, site, engine):
    if engine == "pagefind":
        pytest.skip("Pagefind cannot search from file:// (see the next test); small dossiers get Material")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    assert run_queries(page, (site / "index.html").as_uri(), QUERIES) == []
    page.close()


def test_pagefind_from_the_file_system_says_to_serve_the_site(browser, site, engine):
    """What really happens: Chromium blocks the module import of pagefind.js (and any fetch) from
    a file:// page ("Cross origin requests are only supported for protocol schemes: ... http,
    https"), so the box says how to serve the folder instead of spinning."""
    if engine != "pagefind":
        pytest.skip("Material's search works from file://")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((site / "index.html").as_uri())
    blocked = page.evaluate("""async () => { try { await import(new URL('pagefind/pagefind.js', location.href).href);
        return false; } catch (e) { return true; } }""")
    assert blocked, "chromium imported pagefind.js from file://: the file:// tests could run for Pagefind too"
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Kirby", delay=5)
    page.wait_for_function("""() => /served over http/.test(
        document.querySelector('.md-search-result__meta').textContent)""", timeout=15000)
    assert page.locator(".md-search-result__item").count() == 0
    page.close()


def test_search_results_and_tabs_show_page_headings_not_file_names(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "index.html")
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("IRGC", delay=15)
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_timeout(500)
    titles = page.eval_on_selector_all(".md-search-result__item > a h1", "els => els.map(e => e.textContent)")
    assert "Islamic Revolutionary Guards Corps (IRGC)" in titles, titles
    page.goto(server + "sources/ifmat-2024-02-23.html")
    assert not page.title().lower().startswith("ifmat"), page.title()
    assert page.title().startswith(page.locator("article h1").inner_text().strip()[:30])
    page.close()


def test_another_story_from_a_server_and_the_file_system(browser, other_site, engine):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    with serve(other_site) as base:
        try:
            assert run_queries(page, base + "index.html", OTHER_QUERIES) == []
            if engine == "material":            # Pagefind needs a server (see above)
                assert run_queries(page, (other_site / "index.html").as_uri(), OTHER_QUERIES) == []
        finally:
            page.close()


# What the first search downloads -----------------------------------------------------------

# Where each engine's files are: Material's index and its worker; Pagefind's bundle.
SEARCH_FILES = ("search/", "assets/javascripts/workers/", "pagefind/")
FIRST_SEARCH_LIMIT = 2_000_000          # bytes; the requirement at 1,000 articles


class Counting(Quiet):
    """A quiet server that notes every path it serves (class-level, reset by the caller)."""
    served: list[str] = []

    def do_GET(self):
        Counting.served.append(self.path.split("?")[0].split("#")[0].lstrip("/"))
        super().do_GET()


def first_search_payload(browser, site: Path, query: str = "Kirby") -> tuple[dict[str, int], list[str]]:
    """Open the home page, type `query`, wait for the results: return the search files served
    from the page load to the results, with their sizes, and every URL the page requested
    elsewhere than the local server."""
    with serve(site, Counting) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        elsewhere = []
        page.on("request", lambda r: r.url.startswith((base, "data:", "blob:")) or elsewhere.append(r.url))
        Counting.served = []
        try:
            page.goto(base + "index.html")
            assert first_results(page, query), f"no result for {query!r}"
        finally:
            page.close()
    files = {p: (site / p).stat().st_size for p in dict.fromkeys(Counting.served)
             if p.startswith(SEARCH_FILES) and (site / p).is_file()}
    return files, elsewhere


def test_the_first_search_downloads_little_and_nothing_from_another_host(browser, site, engine):
    files, elsewhere = first_search_payload(browser, site)
    assert elsewhere == []
    assert files, "no search file was served"
    assert sum(files.values()) <= FIRST_SEARCH_LIMIT, files
    if engine == "pagefind":
        assert any(p.endswith(".pf_fragment") for p in files) and not any(p.startswith("search/") for p in files)
        index = {p.name for p in (site / "pagefind" / "index").iterdir()}
        assert len([p for p in files if p.startswith("pagefind/index/")]) < max(2, len(index)), \
            "the first search loaded every index chunk"


if __name__ == "__main__":
    folder = Path(sys.argv[1]).resolve()
    with launch() as b:
        for q in sys.argv[2:] or ["Kirby"]:
            found, other = first_search_payload(b, folder, q)
            for path, size in sorted(found.items()):
                print(f"{size:>12,}  {path}")
            print(f"{sum(found.values()):>12,}  bytes for the first search {q!r} ({len(found)} files); "
                  f"other hosts: {other or 'none'}")
