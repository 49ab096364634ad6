"""The timeline and relationship map (builder/render/visuals.py): marks, links, escaping, determinism."""

import html
import re
from xml.etree import ElementTree

import pytest
import yaml

from builder import pipeline
from builder.dates import PartialDate
from builder.graph import Dossier
from builder.model import Actor, Citation, Claim, DatedCitation, Event, Mention, Paragraph, Position, Settings, Source
from builder.render import visuals
from builder.render.visuals import MAP_EDGES, href, map_links, map_svg, neighbourhood_svg, timeline_svg
from conftest import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini"
HOSTILE = '<script>alert("x")</script> & \'quotes\' {{ 7*7 }} **bold**'


def svg_of(figure: str) -> ElementTree.Element:
    """Parse the <svg> inside a figure as XML: it must be well-formed."""
    svg = figure[figure.index("<svg"):figure.index("</svg>") + len("</svg>")]
    return ElementTree.fromstring(svg)


def hrefs(figure: str) -> list[str]:
    return re.findall(r'<a [^>]*href="([^"]*)"', figure)


@pytest.fixture(scope="module")
def mini():
    return pipeline.assemble(MINI)[0]


def hostile_dossier(order=1) -> Dossier:
    text = f"{HOSTILE} met Evil Corp in Paris."
    src = Source("s1", HOSTILE, HOSTILE, "https://example.org", PartialDate(2024, 5, 2), (Paragraph("p1", text, 5),))
    cite = Citation("s1", "p1", "met Evil Corp")
    actors = [Actor("evil", HOSTILE, "person", description=HOSTILE, affiliations=("corp",)),
              Actor("corp", "Evil Corp", "organization")]
    events = [Event("e1", HOSTILE, (DatedCitation(cite, PartialDate(2024, 5, 2)),
                                    DatedCitation(cite, PartialDate(2025, 1)))),
              Event("e2", "Plain", (DatedCitation(cite, PartialDate(2023)),), actors=("corp",))]
    claims = [Claim("c1", HOSTILE, (Position(cite, "asserts", "evil"), Position(cite, "denies", "corp")))]
    mentions = [Mention("evil", Citation("s1", "p1", text), 0, len(HOSTILE)),
                Mention("corp", Citation("s1", "p1", text), len(HOSTILE) + 5, len(HOSTILE) + 14)]
    return Dossier(Settings(), [src], actors[::order], events[::order], claims, mentions[::order])


def test_timeline_draws_each_precision(mini):
    figure = timeline_svg(mini, "events/index.md")
    svg = svg_of(figure)
    ns = "{http://www.w3.org/2000/svg}"
    marks = [el for el in svg.iter() if "tl-mark" in el.get("class", "") and el.tag != f"{ns}g"]
    classes = " ".join(el.get("class") for el in marks)
    assert "tl-day" in classes and "tl-month" in classes
    day = next(el for el in marks if "tl-day" in el.get("class") and "tl-disputed" in el.get("class"))
    assert day.tag == f"{ns}circle"
    month = next(el for el in marks if "tl-month" in el.get("class") and "tl-disputed" in el.get("class"))
    assert month.tag == f"{ns}rect" and float(month.get("width")) < 20


def test_disputed_dates_are_joined_by_a_dashed_line_and_marked(mini):
    figure = timeline_svg(mini, "events/index.md")
    assert 'class="tl-link"' in figure
    assert "date disputed: 30 April 2024 or May 2024" in figure


def test_a_disputed_date_in_another_year_gets_a_row_there():
    d = hostile_dossier()
    figure = timeline_svg(d, "events/index.md")
    assert ">2024</text>" in figure and ">2025</text>" in figure
    assert figure.count('href="e1.html"') == 2          # the event's own row and the 2025 echo row
    assert "tl-echo" in figure and "<path class=\"tl-link\"" in figure
    year_bar = re.search(r'<rect class="tl-mark tl-year" x="122" y="[\d.]+" width="180"', figure)
    assert year_bar, "a date known only to the year spans the whole year"


def test_timeline_links_every_event_with_final_urls(mini):
    figure = timeline_svg(mini, "events/index.md")
    assert sorted(set(hrefs(figure))) == sorted(f"{e.id}.html" for e in mini.events)
    assert sorted(set(hrefs(timeline_svg(mini, "print.md")))) == sorted(f"events/{e.id}.html" for e in mini.events)


def test_map_draws_actors_only_joined_by_their_strongest_links(mini):
    figure = map_svg(mini, "map.md")
    svg_of(figure)
    links = set(hrefs(figure))
    assert links and all(h.startswith("actors/") for h in links)            # claims are not nodes
    drawn = map_links(mini)
    assert {f"actors/{a}.html" for _, a, _, _ in drawn} | {f"actors/{b}.html" for _, _, b, _ in drawn} == links
    weights = [w for w, _, _, _ in drawn]
    assert weights == sorted(weights, reverse=True)


def test_map_keeps_links_named_by_two_independent_sources_and_affiliations():
    d = pipeline.build(ROOT / "corpus").dossier
    drawn = map_links(d)
    assert 0 < len(drawn) <= MAP_EDGES
    strongest = max(w for a, pairs in d.related.items() for _, w in pairs)
    assert drawn[0][0] == strongest
    assert all(w >= 2 or member for w, _, _, member in drawn)


def test_map_labels_have_a_row_each_and_fit_their_column():
    d = pipeline.build(ROOT / "corpus").dossier
    figure = map_svg(d, "map.md")
    import re
    labels = re.findall(r'<text class="map-label" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', figure)
    assert len({(x, y) for x, y, _ in labels}) == len(labels)
    for x, y, text in labels:
        assert len(html.unescape(text)) <= 26
    rows = sorted({float(y) for _, y, _ in labels})
    assert min(b - a for a, b in zip(rows, rows[1:])) >= 24


def test_map_edges_follow_independent_sources():
    d = hostile_dossier()
    figure = map_svg(d, "map.md")
    assert 'class="map-edge map-member w1"' in figure          # evil is affiliated with corp
    assert "map-asserts" not in figure and "claims/" not in figure


def test_neighbourhood_centres_the_actor_and_caps_the_ring(mini):
    figure, left_out = neighbourhood_svg(mini, "actors/mara-quint.md", "mara-quint")
    svg_of(figure)
    assert 'href="northport-authority.html"' in figure and 'href="mara-quint.html"' in figure
    assert left_out == 0
    assert "map-focus" in figure


def test_actor_linked_to_nothing_has_no_neighbourhood():
    d = Dossier(Settings(), [], [Actor("lonely", "Lonely", "person")], [], [], [])
    assert neighbourhood_svg(d, "actors/lonely.md", "lonely") == ("", 0)


def test_hostile_text_is_escaped_everywhere():
    d = hostile_dossier()
    for figure in (timeline_svg(d, "events/index.md"), map_svg(d, "map.md"),
                   neighbourhood_svg(d, "actors/evil.md", "evil")[0]):
        svg_of(figure)                                   # still well-formed XML
        assert "<script" not in figure and "alert(\"x\")" not in figure
        assert "&lt;script&gt;" in figure
        assert "&#x27;quotes&#x27;" in figure or "&#x27;quotes" in figure


def test_same_dossier_gives_the_same_bytes_whatever_the_input_order():
    a, b = hostile_dossier(1), hostile_dossier(-1)
    assert timeline_svg(a, "events/index.md") == timeline_svg(b, "events/index.md")
    assert map_svg(a, "map.md") == map_svg(b, "map.md")
    assert neighbourhood_svg(a, "actors/corp.md", "corp") == neighbourhood_svg(b, "actors/corp.md", "corp")


def test_coordinates_are_rounded(mini):
    figure = map_svg(mini, "map.md")
    assert not re.search(r"\d\.\d{2,}", figure)


@pytest.mark.parametrize("directory_urls, page, target, expected", [
    (False, "events/index.md", "events/x.md", "x.html"),
    (False, "map.md", "actors/a.md", "actors/a.html"),
    (False, "actors/a.md", "claims/c.md", "../claims/c.html"),
    (False, "events/x.md", "index.md", "../index.html"),
    (True, "events/index.md", "events/x.md", "x/"),
    (True, "map.md", "actors/a.md", "../actors/a/"),
    (True, "actors/a.md", "claims/c.md", "../../claims/c/"),
    (True, "events/x.md", "index.md", "../../"),
])
def test_href_gives_the_url_mkdocs_builds(monkeypatch, directory_urls, page, target, expected):
    monkeypatch.setattr(visuals, "DIRECTORY_URLS", directory_urls)
    assert href(page, target) == expected


def test_directory_urls_setting_matches_mkdocs_yml():
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader)
    plugins = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    effective = config.get("use_directory_urls", True) and "offline" not in plugins
    assert visuals.DIRECTORY_URLS == effective, "set visuals.DIRECTORY_URLS to match mkdocs.yml"


@pytest.mark.parametrize("directory_urls", [False, True])
def test_links_between_pages_are_the_relative_paths_of_their_urls(monkeypatch, directory_urls):
    import posixpath
    monkeypatch.setattr(visuals, "DIRECTORY_URLS", directory_urls)
    pages = ["index.md", "map.md", "actors/index.md", "actors/a.md", "claims/b-c.md", "lists/actors-2.md",
             "events/2024-01-01-x.md", "sources/index.md"]
    for here in pages:
        for there in pages:
            a, b = visuals.site_url(here), visuals.site_url(there)
            base = a[:a.rfind("/") + 1].rstrip("/") or "."
            rel = posixpath.relpath(b.rstrip("/") or ".", base) + ("/" if b.endswith("/") or not b else "")
            assert href(here, there) == html.escape(rel, quote=True) == visuals._href(here, there, "", directory_urls)


def spoke_named_by(count: int) -> Dossier:
    """'hub' named with 'spoke' in one source; 'spoke' named alone in `count - 1` more."""
    sources, mentions = [], []
    for i in range(count):
        text = f"Spoke met Hub in town number {i}." if i == 0 else f"Spoke spoke on day {i} about item {i * 7}."
        sources.append(Source(f"s{i}", f"Report {i}", "Outlet", "https://example.org", PartialDate(2024, 5, 2),
                              (Paragraph("p1", text, 5),)))
        mentions.append(Mention("spoke", Citation(f"s{i}", "p1", text), 0, 5))
        if i == 0:
            mentions.append(Mention("hub", Citation("s0", "p1", text), 10, 13))
    actors = [Actor("hub", "Hub", "organization"), Actor("spoke", "Spoke", "person")]
    return Dossier(Settings(), sources, actors, [], [], mentions)


def test_a_neighbour_is_drawn_by_size_step_so_its_figure_changes_rarely():
    figures = {n: neighbourhood_svg(spoke_named_by(n), "actors/hub.md", "hub")[0] for n in (5, 6, 8, 100)}
    assert "Spoke (person), named by 4–7 independent sources" in figures[5]
    assert figures[5] == figures[6]                       # one more source, same step: same bytes
    assert figures[8] != figures[6] and "named by 8–15 independent sources" in figures[8]
    assert "named by 32 or more independent sources" in figures[100]
    # however many sources name it, a node stays a dot beside its label, not a disc over the figure
    radii = [float(r) for r in re.findall(r'<circle class="map-node k-person" cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"',
                                          figures[100])]
    assert radii and max(radii) <= 16
    # the actor at the centre, whose page this is, has its exact count
    focus, _ = neighbourhood_svg(spoke_named_by(6), "actors/spoke.md", "spoke")
    assert "Spoke (person), named by 6 independent sources" in focus
