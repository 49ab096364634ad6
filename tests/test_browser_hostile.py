"""Hovering never runs script: the regression corpus of hostile strings, built into a site, in
headless Debian chromium. Material's `content.tooltips` copies a link's title into the tooltip
with innerHTML, so every link, footnote reference and truncated menu entry is hovered and no
dialog may open. A control first proves that a hostile title *would* open one.
Never run `playwright install`: the browser is /usr/bin/chromium (`.ci/run` installs it).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from test_hostile import hostile_strings, write_hostile_project

from browsing import launch, serve  # skips the module without chromium

# Every element Material gives a tooltip: anything with a title (links to actors and outlets,
# abbreviations), footnote references, the page title in the header and table-of-contents
# entries (`.md-ellipsis`, a tooltip when truncated). Links without a title get no tooltip code, so are not hovered.
# Positions are in page coordinates, hovered one screenful at a time; sidebar entries (sticky)
# at the top of the page.
SPOTS = """() => {
  scrollTo(0, 0);
  const spots = [];
  for (const el of document.querySelectorAll('[title], .footnote-ref, .md-ellipsis')) {
    // the theme's own controls, and the main menu (its entries are page names from mkdocs.yml)
    if (el.closest('.md-header__option, .md-search, .md-footer, .md-source, .md-top, .md-sidebar--primary')) continue;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const sticky = !!el.closest('.md-sidebar, .md-header, .md-tabs');
    if (sticky && (r.bottom < 0 || r.top > innerHeight)) continue;
    spots.push([r.x + Math.min(r.width / 2, 20), r.y + r.height / 2 + (sticky ? 0 : scrollY), sticky]);
  }
  return spots;
}"""


def hover_everything(page) -> int:
    """Move the real mouse over every tooltip target of the page; return how many."""
    spots = page.evaluate(SPOTS)
    height, top = page.viewport_size["height"], 0
    for x, y, sticky in sorted(spots, key=lambda s: (not s[2], s[1])):
        if not sticky and not top + 80 <= y <= top + height - 20:
            top = page.evaluate("(y) => { scrollTo(0, y); return scrollY; }", max(0, y - 200))
        page.mouse.move(x, y if sticky else y - top)
    page.mouse.move(0, 0)
    page.wait_for_timeout(100)
    return len(spots)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    project, strings = write_hostile_project(tmp_path_factory.mktemp("hover") / "project")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")], cwd=project,
                         capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                         timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    site = project / "site"
    with serve(site) as url:
        yield url, site, strings


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


def _page(browser, dialogs):
    # Wide enough for the table-of-contents sidebar, whose long entries are truncated.
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    return context, page


def test_control_a_hostile_title_would_open_a_dialog(browser, hostile_server):
    base, _, _ = hostile_server
    dialogs: list[str] = []
    # Material mounts tooltips on load, so inject the hostile title before its scripts run.
    context, page = _page(browser, dialogs)
    page.add_init_script("""document.addEventListener('DOMContentLoaded', () => {
        const a = document.querySelector('article a[href]'); if (a) a.title = '<img src=x onerror=alert(7)>'; });""")
    page.goto(base + "actors/index.html")
    page.wait_for_load_state("load")
    hover_everything(page)
    context.close()
    assert any("7" in d for d in dialogs), "the control did not open a dialog: the hover test would prove nothing"


def test_hovering_every_link_and_footnote_opens_no_dialog(browser, hostile_server):
    base, site, strings = hostile_server
    # The index pages and print page hold every actor link (descriptions as titles); claim pages
    # hold the outlet links (article titles as titles; every second one, for time) and the footnotes;
    # source pages the text.
    pages = ["index.html", "print.html", "map.html", "actors/index.html", "claims/index.html",
             "events/index.html", "sources/index.html"]
    pages += [f"claims/claim-{i}.html" for i in range(0, len(strings), 2)]
    pages += [f"actors/actor-{i}.html" for i in range(0, len(strings), 5)]
    pages += [f"sources/h{i:03d}.html" for i in range(2, len(strings), 5)]
    dialogs: list[str] = []
    context, page = _page(browser, dialogs)
    hovered = 0
    for path in pages:
        assert (site / path).exists(), path
        page.goto(base + path)
        page.wait_for_load_state("load")
        hovered += hover_everything(page)
        assert not dialogs, dialogs
    context.close()
    assert hovered > 10 * len(pages)
