"""The built site in a real browser: headless Debian chromium driven by Playwright.

The site is built once for the module (copy of the project, `mkdocs build --strict`) and served
on 127.0.0.1 by a http.server thread. Every request the browser makes is recorded; the last test
checks that none left the machine. Screenshots go to test-artifacts/ (gitignored).
Never run `playwright install`: the browser is /usr/bin/chromium (`.ci/run` installs it).
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, copy_project

from browsing import launch, serve  # skips the module without chromium

ARTIFACTS = ROOT / "test-artifacts"
REQUESTS: list[str] = []


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("browser") / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


@pytest.fixture(scope="module")
def server(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.on("request", lambda request: REQUESTS.append(request.url))
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def data(site):
    return json.loads((site / "dossier.json").read_text("utf-8"))


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def search(page, query: str) -> list[str]:
    """Type `query` into the site search and return the result links, best first."""
    page.keyboard.press("/")
    page.locator("input.md-search__input").fill("")
    page.locator("input.md-search__input").press_sequentially(query, delay=10)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")


def test_home_shows_the_contested_panel(page, server):
    page.goto(server + "index.html")
    panel = page.locator(".dossier-panel")
    assert panel.locator("h2").inner_text().startswith("What is contested")
    assert panel.locator("li").count() >= 1
    assert page.evaluate("getComputedStyle(document.querySelector('.dossier-panel')).borderLeftStyle") == "solid"
    shot(page, "home")


def test_searching_a_surname_lists_the_actor_page_first(page, server):
    page.goto(server + "index.html")
    links = search(page, "Taleblu")
    assert links[0].split("?")[0].endswith("/actors/behnam-ben-taleblu.html"), links[:3]


def test_search_matches_hyphenated_names(page, server):
    page.goto(server + "index.html")
    links = search(page, "Shahed-136")
    assert links, "no result for Shahed-136"
    page.goto(links[0])
    assert "Shahed-136" in page.locator("article").inner_text()


def test_claim_pages_show_every_position(page, server, data):
    claims = sorted(data["claims"], key=lambda c: (-len(c["positions"]), c["id"]))[:6]
    for claim in claims:
        page.goto(server + f"claims/{claim['id']}.html")
        rows = page.evaluate("""() => {
            const h = document.getElementById('positions');
            let el = h.nextElementSibling;
            while (el && !el.querySelector('table') && el.tagName !== 'TABLE') el = el.nextElementSibling;
            return el.querySelectorAll('tbody tr').length;
        }""")
        assert rows == len(claim["positions"]), claim["id"]
        badge = page.locator("a.dossier-status")                       # the status badge, to its list
        assert badge.inner_text().strip().lower().replace(" ", "-") == claim["status"], claim["id"]
        assert badge.get_attribute("href") == f"../lists/claims-{claim['status']}.html"
    page.goto(server + "claims/treaty-signing-date.html")
    shot(page, "claim")


def test_citation_tooltip_then_link_lands_on_a_highlighted_paragraph(page, server):
    page.goto(server + "claims/treaty-signing-date.html")
    page.hover("sup a.footnote-ref >> nth=0")
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(timeout=5000)
    assert "“" in tooltip.inner_text()                                     # the quote, previewed
    href = page.get_attribute("div.footnote li >> nth=0 >> a[href*='sources/']", "href")
    page.click(f"div.footnote li >> nth=0 >> a[href='{href}']")
    page.wait_for_url("**/sources/*.html#p*")
    anchor = page.url.split("#")[1]
    target = page.evaluate(f"getComputedStyle(document.getElementById('{anchor}')).backgroundColor")
    other = page.evaluate(f"""[...document.querySelectorAll('.dossier-paragraph')]
        .filter(p => p.id !== '{anchor}').map(p => getComputedStyle(p).backgroundColor)[0]""")
    assert target != other, (target, other)
    assert page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top") < 900


def test_actor_links_preview_their_description(page, server):
    page.goto(server + "actors/index.html")
    link = page.locator("article td a[title] >> nth=0")
    title = link.get_attribute("title")
    link.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(timeout=5000)
    assert tooltip.inner_text().strip() == title


def test_timeline_renders_and_its_links_work(page, server, data):
    page.goto(server + "events/index.html")
    links = page.locator(".dossier-timeline svg a")
    ids = {e["id"] for e in data["events"]}
    hrefs = {links.nth(i).get_attribute("href") for i in range(links.count())}
    assert hrefs == {f"{e}.html" for e in ids}
    assert page.locator(".dossier-timeline .tl-link").count() >= 1               # a disputed date
    assert page.locator(".dossier-timeline svg").bounding_box()["height"] > 300
    shot(page, "timeline")
    links.nth(0).click()
    page.wait_for_url("**/events/*.html")
    assert page.locator("h1").inner_text()


def test_map_renders_and_its_links_work(page, server, data):
    page.goto(server + "map.html")
    nodes = page.locator(".dossier-map svg a")
    hrefs = {nodes.nth(i).get_attribute("href") for i in range(nodes.count())}
    assert hrefs and hrefs <= {f"actors/{a['id']}.html" for a in data["actors"]}     # actors only
    shot(page, "map")
    page.goto(server + "actors/behnam-ben-taleblu.html")
    neighbourhood = page.locator(".dossier-neighbourhood svg a")
    assert neighbourhood.count() >= 2
    neighbourhood.first.click()
    page.wait_for_url("**/*.html")
    assert page.locator("h1").inner_text()


def test_site_searches_from_the_file_system(page, site):
    page.goto((site / "index.html").as_uri())
    links = search(page, "Taleblu")
    assert links[0].startswith("file://") and "/actors/behnam-ben-taleblu.html" in links[0]
    page.goto(links[0])
    assert page.locator("h1").inner_text().startswith("Behnam Ben Taleblu")


def test_no_request_left_the_machine():
    assert REQUESTS, "no request was recorded"
    outside = sorted({u for u in REQUESTS if not u.startswith(("http://127.0.0.1:", "file://", "data:", "blob:",
                                                                 "about:"))})
    assert not outside, outside
