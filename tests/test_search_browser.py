"""Site search as a reader types it, in headless Debian chromium (Playwright), from a server and
from file://.

Each query has the page it must list first. Names and acronyms go to the actor's page; topic
words go to the claim or event titled with them. The site is the sample dossier, built once. Never run `playwright install`: the browser is /usr/bin/chromium.
"""

import os
import shutil
import subprocess
import unicodedata
import sys
from pathlib import Path

import pytest

from builder.init import init
from conftest import ROOT

from browsing import launch, serve  # skips the module without chromium


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


def build_site(project: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Not --strict: corpus warnings are test_e2e's business; this module is about search.
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


@pytest.fixture(scope="module")
def site(sample_site):
    return sample_site


@pytest.fixture(scope="module")
def other_site(tmp_path_factory):
    if not OTHER_STORY.is_dir():
        pytest.skip("needs tests/devset/nijjar-killing")
    project = tmp_path_factory.mktemp("other") / "project"
    init(project, "The killing of a Sikh leader in Canada")
    for article in OTHER_STORY.glob("*.md"):
        shutil.copy(article, project / "corpus" / "articles" / article.name)
    return build_site(project)


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


def test_each_query_lists_its_page_first_from_the_file_system(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    assert run_queries(page, (site / "index.html").as_uri(), QUERIES) == []
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


def test_another_story_from_a_server_and_the_file_system(browser, other_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    with serve(other_site) as base:
        try:
            assert run_queries(page, base + "index.html", OTHER_QUERIES) == []
            assert run_queries(page, (other_site / "index.html").as_uri(), OTHER_QUERIES) == []
        finally:
            page.close()
