"""The sample site on a phone (390 px) and a desktop (1280 px), in headless Debian chromium.

Screenshots of the home page, a claim, an actor, the timeline and the map at both widths go to
test-artifacts/<page>-<width>.png (gitignored), for a person to look at; the assertions check what
makes them readable: nothing wider than the screen, position tables as stacked cards, timeline
text at a readable size, map labels that never overlap, and the map as a list on a phone.
Never run `playwright install`: the browser is /usr/bin/chromium.
"""


import pytest

from conftest import ROOT
from browsing import launch, serve  # skips without chromium

ARTIFACTS = ROOT / "test-artifacts"
PAGES = {"home": "index.html", "claim": "claims/treaty-signing-date.html", "actor": "actors/behnam-ben-taleblu.html",
         "timeline": "events/index.html", "map": "map.html"}


@pytest.fixture(scope="module")
def server(sample_site):
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


def open_page(browser, server, name: str, width: int):
    page = browser.new_page(viewport={"width": width, "height": 844 if width < 600 else 900},
                            device_scale_factor=1)
    page.goto(server + PAGES[name])
    page.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    return page


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_the_screen(browser, server, name, width):
    page = open_page(browser, server, name, width)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{name} is {overflow}px wider than a {width}px screen"
    assert (ARTIFACTS / f"{name}-{width}.png").stat().st_size > 5000
    page.close()


def test_position_table_is_stacked_cards_on_a_phone(browser, server):
    page = open_page(browser, server, "claim", 390)
    rows = page.evaluate("""() => [...document.querySelectorAll('.dossier-positions tbody tr')].map(tr => {
        const r = tr.getBoundingClientRect(), q = tr.cells[4].getBoundingClientRect();
        return {display: getComputedStyle(tr).display, right: r.right, quoteRight: q.right, quoteWidth: q.width,
                label: getComputedStyle(tr.cells[4], '::before').content};
    })""")
    assert rows, "no position rows"
    for row in rows:
        assert row["display"] == "block"
        assert row["right"] <= 390 and row["quoteRight"] <= 390 and row["quoteWidth"] > 250   # the quote is on screen
        assert row["label"] == '"Quote"'
    page.close()
    desktop = open_page(browser, server, "claim", 1280)
    assert desktop.evaluate("getComputedStyle(document.querySelector('.dossier-positions tbody tr')).display") \
        == "table-row"
    desktop.close()


def _text_px(page, selector: str, font_px: float) -> float:
    """The on-screen size of `font_px` SVG text in the first `selector` svg."""
    return page.evaluate(f"""() => {{ const svg = document.querySelector('{selector}');
        return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width * {font_px}; }}""")


@pytest.mark.parametrize("width", [390, 1280])
def test_timeline_text_is_readable(browser, server, width):
    page = open_page(browser, server, "timeline", width)
    assert _text_px(page, ".dossier-timeline svg", 12.5) >= 11
    page.close()


def test_map_labels_never_overlap_and_the_map_is_a_list_on_a_phone(browser, server):
    page = open_page(browser, server, "map", 1280)
    boxes = page.evaluate("""() => [...document.querySelectorAll('.dossier-map-full .map-label')].map(t => {
        const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom, t.textContent]; })""")
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, f"labels overlap: {a[4]!r} and {b[4]!r}"
    assert _text_px(page, ".dossier-map-full svg", 13) >= 11          # label font-size is 13px
    assert page.locator(".dossier-map-full a").count() == len(boxes)
    assert all(h.startswith("actors/") for h in page.eval_on_selector_all(
        ".dossier-map-full a", "els => els.map(e => e.getAttribute('href'))"))
    page.close()
    phone = open_page(browser, server, "map", 390)
    assert not phone.locator(".dossier-map-full").is_visible()
    assert phone.locator(".dossier-small-screen-note").is_visible()
    assert phone.locator("article table").first.is_visible()          # the strongest links, listed
    phone.close()


def test_actor_page_keeps_its_neighbourhood_readable_on_a_phone(browser, server):
    page = open_page(browser, server, "actor", 390)
    assert page.locator(".dossier-neighbourhood svg a").count() >= 2
    assert _text_px(page, ".dossier-neighbourhood svg", 13) >= 11
    page.close()


def test_claims_table_marks_curated_and_automatic_and_sorts_by_a_column(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "claims/index.html")
    column = "els => els.map(tr => tr.cells[{}].textContent.trim())"
    statuses = page.eval_on_selector_all(".dossier-sortable tbody tr", column.format(1))
    assert statuses[0] == "Contested"                                    # contested first by default
    found_by = page.eval_on_selector_all(".dossier-sortable tbody tr", column.format(3))
    assert set(found_by) == {"curated", "automatic"}
    page.click(".dossier-sortable th:nth-child(4)")
    found_by = page.eval_on_selector_all(".dossier-sortable tbody tr", column.format(3))
    assert found_by == sorted(found_by) and found_by[0] == "automatic"
    page.click(".dossier-sortable th:nth-child(4)")
    assert page.eval_on_selector_all(".dossier-sortable tbody tr", column.format(3))[0] == "curated"
    page.close()
