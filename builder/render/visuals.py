"""Pictures of the dossier as static inline SVG: the timeline and the relationship map.

Render stage helpers. Input: the `Dossier` and the docs path of the page a picture goes on.
Output: one HTML string (a `<figure>` holding an `<svg>`) that a template drops into the page.
Everything is a pure function: iteration is sorted, the layout has no randomness, coordinates
are rounded, so the same corpus gives the same bytes. Every piece of corpus or editor text is
escaped with `html.escape(quote=True)`: inside raw HTML, Markdown escaping does not apply.

MkDocs does not rewrite links inside raw HTML, so the links here are final site URLs relative
to the page, computed by `href()`. They follow `DIRECTORY_URLS`, which must match
`use_directory_urls` in mkdocs.yml (the offline plugin forces it off; tests check the two agree).
"""

from __future__ import annotations

import calendar
import math
import weakref
import posixpath
from collections import defaultdict
from functools import lru_cache
from html import escape

from ..dates import PartialDate
from ..graph import AGAINST, Dossier
from ..model import KINDS, STATUSES, Event

DIRECTORY_URLS = False

KIND_NAMES = {"person": "person", "organization": "organisation", "country": "country",
              "group": "group", "other": "other"}
_MONTH_ABBR = tuple(calendar.month_abbr)[1:]


# Links ---------------------------------------------------------------------------------------

def site_url(path: str) -> str:
    """The URL, relative to the site root, that MkDocs gives the docs page `path` ('events/x.md')."""
    stem = path[:-3] if path.endswith(".md") else path
    if not DIRECTORY_URLS:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[:-len("index")]
    return stem + "/"


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """A link from the built page of docs path `from_page` to that of `to_page`, as an href."""
    return _href(from_page, to_page, anchor, DIRECTORY_URLS)


@lru_cache(maxsize=1 << 16)
def _href(from_page: str, to_page: str, anchor: str, directory_urls: bool) -> str:
    here, there = site_url(from_page), site_url(to_page)
    base = here[:here.rfind("/") + 1].rstrip("/") or "."
    rel = _relpath(there.rstrip("/") or ".", base)
    if there.endswith("/") or not there:
        rel += "/"
    return escape(rel + (f"#{anchor}" if anchor else ""), quote=True)


def _relpath(path: str, start: str) -> str:
    """`posixpath.relpath(path, start)` for paths relative to the site root, without asking the
    working directory (thousands of links a build)."""
    if ".." in path.split("/") or ".." in start.split("/"):
        return posixpath.relpath(path, start)
    to = [part for part in path.split("/") if part not in ("", ".")]
    here = [part for part in start.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


def _n(x: float) -> str:
    """A coordinate, rounded so the output does not depend on float noise."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _text(value: str) -> str:
    return escape(" ".join(str(value).split()), quote=True)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit - 1].rstrip(",;:") + "…"


def _wrap(text: str, width: int, max_lines: int = 3) -> list[str]:
    """Greedy word wrap; the last line is clipped with an ellipsis if the text does not fit."""
    words, lines, line = " ".join(text.split()).split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _clip(lines[-1] + " …", width)
    return [_clip(line, width) for line in lines]


# Timeline ------------------------------------------------------------------------------------

_W = 720                      # drawing width
_DATE_X = 112                 # right edge of the date column
_X0, _MW = 122, 15            # the month track: 12 months of _MW units from _X0
_TITLE_X = 312
_TITLE_CHARS = 64
_LINE = 15


def _mark_x(date: PartialDate) -> float:
    """The x of a date's centre on the month track."""
    if date.day:
        days = calendar.monthrange(date.year, date.month)[1]
        return _X0 + (date.month - 1 + (date.day - 0.5) / days) * _MW
    if date.month:
        return _X0 + (date.month - 0.5) * _MW
    return _X0 + 6 * _MW


def _mark(date: PartialDate, y: float, disputed: bool) -> str:
    cls = f"tl-mark tl-{date.precision}" + (" tl-disputed" if disputed else "")
    if date.day:
        return f'<circle class="{cls}" cx="{_n(_mark_x(date))}" cy="{_n(y)}" r="4.5"/>'
    if date.month:
        x = _X0 + (date.month - 1) * _MW + 1.5
        return f'<rect class="{cls}" x="{_n(x)}" y="{_n(y - 3.5)}" width="{_MW - 3}" height="7" rx="3.5"/>'
    return f'<rect class="{cls}" x="{_X0}" y="{_n(y - 3.5)}" width="{12 * _MW}" height="7" rx="3.5"/>'


def _date_column(date: PartialDate | None) -> str:
    if date is None:
        return "undated"
    if date.day:
        return f"{date.day} {_MONTH_ABBR[date.month - 1]}"
    if date.month:
        return calendar.month_name[date.month]
    return "in the year"


class _Entry:
    """One row of the timeline: an event, or another year's date for an event whose date is disputed."""

    __slots__ = ("event", "year", "dates", "echo")

    def __init__(self, event: Event, year: int | None, dates: list[PartialDate], echo: bool):
        self.event, self.year, self.dates, self.echo = event, year, dates, echo

    def key(self) -> tuple:
        return (self.dates[0] if self.dates else PartialDate(9999), self.event.id, self.echo)


def timeline_svg(d: Dossier, page: str) -> str:
    """The events as an SVG timeline for the page at docs path `page`, grouped by year.

    A date known to the day is a dot, to the month a short bar, to the year a faint bar across
    it. An event whose sources give incompatible dates shows every date, joined by a dashed
    line, and is marked "date disputed"; a date that falls in another year gets a row there.
    """
    by_year: dict[int | None, list[_Entry]] = defaultdict(list)
    for e in d.events:
        if e.date is None:
            by_year[None].append(_Entry(e, None, [], False))
            continue
        dates = list(e.dates) if e.disputed else [e.date]
        years = sorted({x.year for x in dates})
        for year in [e.date.year] + [y for y in years if y != e.date.year]:
            by_year[year].append(_Entry(e, year, [x for x in dates if x.year == year], year != e.date.year))
    years = sorted(y for y in by_year if y is not None) + ([None] if None in by_year else [])

    out: list[str] = []
    anchors: dict[str, list[tuple[float, float]]] = defaultdict(list)
    y = 34.0
    legend = ('<g class="tl-legend" aria-hidden="true">'
              f'<circle class="tl-mark tl-day" cx="{_X0 + 4}" cy="12" r="4.5"/>'
              f'<text x="{_X0 + 12}" y="16">a day</text>'
              f'<rect class="tl-mark tl-month" x="{_X0 + 58}" y="8.5" width="12" height="7" rx="3.5"/>'
              f'<text x="{_X0 + 76}" y="16">a month</text>'
              f'<rect class="tl-mark tl-year" x="{_X0 + 132}" y="8.5" width="40" height="7" rx="3.5"/>'
              f'<text x="{_X0 + 178}" y="16">only the year is known</text>'
              f'<circle class="tl-mark tl-day tl-disputed" cx="{_X0 + 318}" cy="12" r="4.5"/>'
              f'<line class="tl-link" x1="{_X0 + 318}" y1="12" x2="{_X0 + 348}" y2="12"/>'
              f'<rect class="tl-mark tl-month tl-disputed" x="{_X0 + 348}" y="8.5" width="12" height="7" rx="3.5"/>'
              f'<text x="{_X0 + 368}" y="16">sources disagree on the date</text></g>')
    for year in years:
        out.append(f'<g class="tl-year"><text class="tl-year-label" x="0" y="{_n(y + 20)}">'
                   f'{year if year is not None else "Undated"}</text>')
        if year is not None:
            out.append(f'<line class="tl-grid" x1="{_X0}" y1="{_n(y + 26)}" x2="{_X0 + 12 * _MW}" y2="{_n(y + 26)}"/>')
            for m in range(12):
                out.append(f'<text class="tl-month-label" x="{_n(_X0 + (m + 0.5) * _MW)}" y="{_n(y + 21)}">'
                           f'{calendar.month_name[m + 1][0]}</text>')
        out.append("</g>")
        y += 32
        for entry in sorted(by_year[year], key=_Entry.key):
            e = entry.event
            lines = _wrap(e.title, _TITLE_CHARS)
            if e.disputed:
                if entry.echo:
                    outlets = sorted({d.source[c.citation.source].outlet for c in e.citations
                                      if c.date and c.date.year == entry.year})
                    lines.append(f"date disputed: {', '.join(x.label() for x in entry.dates)} "
                                 f"according to {', '.join(outlets)}")
                else:
                    lines.append("date disputed: " + " or ".join(x.label() for x in e.dates))
            height = len(lines) * _LINE + 8
            cy = y + 9
            full = f"{e.date.label() if e.date else 'Undated'}: {e.title}"
            if e.disputed:
                full += " (date disputed: " + "; ".join(x.label() for x in e.dates) + ")"
            row = [f'<a class="tl-row{" tl-echo" if entry.echo else ""}" href="{href(page, f"events/{e.id}.md")}">',
                   f"<title>{_text(full)}</title>",
                   f'<rect class="tl-hit" x="0" y="{_n(y - 2)}" width="{_W}" height="{_n(height)}"/>']
            if year is not None:
                row.append(f'<line class="tl-track" x1="{_X0}" y1="{_n(cy)}" x2="{_X0 + 12 * _MW}" y2="{_n(cy)}"/>')
                for date in entry.dates:
                    row.append(_mark(date, cy, e.disputed))
                    if e.disputed:
                        anchors[e.id].append((_mark_x(date), cy))
            row.append(f'<text class="tl-date" x="{_DATE_X}" y="{_n(y + 13)}">'
                       f'{_text(_date_column(entry.dates[0] if entry.dates else None))}</text>')
            for i, line in enumerate(lines):
                cls = "tl-note" if e.disputed and i == len(lines) - 1 else "tl-title"
                row.append(f'<text class="{cls}" x="{_TITLE_X}" y="{_n(y + 13 + i * _LINE)}">{_text(line)}</text>')
            row.append("</a>")
            out.append("".join(row))
            y += height + 4
        y += 8
    links = []
    for eid in sorted(anchors):
        points = sorted(anchors[eid], key=lambda p: (p[1], p[0]))
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            if y1 == y2:
                links.append(f'<line class="tl-link" x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}"/>')
            else:
                # Bow the dashed link out to the right so it does not hide the marks it passes.
                bow = x1 + max(24.0, (y2 - y1) / 6)
                links.append(f'<path class="tl-link" d="M{_n(x1)} {_n(y1)} C{_n(bow)} {_n(y1)} '
                             f'{_n(bow)} {_n(y2)} {_n(x2)} {_n(y2)}"/>')
    height = _n(y)
    n = len(d.events)
    return (f'<figure class="dossier-figure dossier-timeline" data-search-exclude>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {height}" width="{_W}" height="{height}" '
            f'role="group" aria-label="Timeline of {n} event{"s" if n != 1 else ""}">'
            f'{legend}{"".join(out)}<g class="tl-links" aria-hidden="true">{"".join(links)}</g></svg>'
            f'<figcaption>Each row links to its event page; the list below cites the sources.</figcaption></figure>')


# Relationship map ----------------------------------------------------------------------------

_STANCE_CLASS = {"asserts": "asserts", "hedges": "hedges", **{s: "against" for s in AGAINST}}
_STANCE_WORDS = {"asserts": "asserts", "against": "denies, disputes or cannot confirm", "hedges": "hedges"}


class _Graph:
    """The map's nodes and weighted edges, from the dossier, in a stable order."""

    def __init__(self, d: Dossier):
        self.d = d
        # Independent origins that name each actor: the size of its node.
        self.weight = {a.id: len({d.origin_of[m.citation.source] for m in d.mentions_of.get(a.id, [])})
                       for a in d.actors}
        # (a, b) with a < b -> {"with": origins, "member": 1, ...}
        self.edges: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
        self._near: dict[str, dict[str, dict[str, int]]] | None = None     # node -> its neighbours
        self.neighbour_reads: dict[str, tuple] = {}        # node -> what a figure reads of it as a neighbour
        for a, pairs in sorted(d.related.items()):
            for b, w in pairs:
                if a < b:
                    self.edges[(a, b)]["with"] = w
        for a in d.actors:
            for org in a.affiliations:
                if org in d.actor and org != a.id:
                    self.edges[tuple(sorted((a.id, org)))]["member"] = 1
        for aid, items in sorted(d.positions_of.items()):
            origins: dict[tuple[str, str], set[str]] = defaultdict(set)
            for claim, pos in items:
                origins[(claim.id, _STANCE_CLASS[pos.stance])].add(d.origin_of[pos.citation.source])
            for (cid, stance), found in sorted(origins.items()):
                self.edges[(aid, "claim:" + cid)][stance] = len(found)

    def neighbours(self, node: str) -> dict[str, dict[str, int]]:
        if self._near is None:
            self._near = defaultdict(dict)
            for (a, b), kinds in self.edges.items():
                self._near[a][b] = kinds
                self._near[b][a] = kinds
        return dict(self._near.get(node, {}))

    def label(self, node: str) -> str:
        if node.startswith("claim:"):
            return self.d.claim[node[6:]].statement
        return self.d.actor[node].name

    def url(self, page: str, node: str) -> str:
        if node.startswith("claim:"):
            return href(page, f"claims/{node[6:]}.md")
        return href(page, f"actors/{node}.md")

    def order(self, nodes) -> list[str]:
        """Actors by kind then name, then claims by status then id."""
        def key(node: str):
            if node.startswith("claim:"):
                return (len(KINDS), STATUSES.index(self.d.status[node[6:]].value), node)
            a = self.d.actor[node]
            return (KINDS.index(a.kind), a.name.casefold(), a.id)
        return sorted(nodes, key=key)


def _edge_class(kinds: dict[str, int]) -> tuple[str, int, str]:
    """(css class, evidence weight, words) for an edge, the strongest kind of link first."""
    for stance in ("against", "asserts", "hedges"):
        if stance in kinds:
            return (f"map-edge map-{stance}", kinds[stance],
                    f"{_STANCE_WORDS[stance]} ({kinds[stance]} independent source{'s' if kinds[stance] != 1 else ''})")
    words = []
    if "member" in kinds:
        words.append("affiliated")
    if "with" in kinds:
        w = kinds["with"]
        words.append(f"named together by {w} independent source{'s' if w != 1 else ''}")
    cls = "map-edge map-member" if "member" in kinds else "map-edge map-with"
    return (cls, max(kinds.get("with", 1), 1), "; ".join(words))


SIZE_STEPS = 6


def _size_step(weight: int) -> int:
    """How big an actor is drawn: one step per doubling of its independent sources (1, 2–3, 4–7, 8–15,
    16–31, 32 or more), so a node never outgrows the figure and gains a step only now and then."""
    return min(max(weight, 1).bit_length(), SIZE_STEPS)


def _named_by(weight: int, exact: bool) -> str:
    """'named by N independent sources', or the range of N's size step when not `exact`."""
    step = _size_step(weight)
    low, high = 1 << (step - 1), (1 << step) - 1
    if exact or low == high:
        count = str(weight)
    else:
        count = f"{low} or more" if step == SIZE_STEPS else f"{low}–{high}"
    return f"named by {count} independent source{'s' if count != '1' else ''}"


def _node(g: _Graph, page: str, node: str, x: float, y: float, label: str, anchor: str,
          tx: float, ty: float, rotate: float | None = None, focus: bool = False, exact: bool = True) -> str:
    """One node of a map. Not `exact`, an actor's tip gives the range of its sources rather than
    their count, so a neighbour's figure changes only when the neighbour gains a size step."""
    d = g.d
    if node.startswith("claim:"):
        status = d.status[node[6:]].value
        s = 6.5
        shape = (f'<path class="map-node map-claim st-{status}" d="M{_n(x)} {_n(y - s)} L{_n(x + s)} {_n(y)} '
                 f'L{_n(x)} {_n(y + s)} L{_n(x - s)} {_n(y)} Z"/>')
        tip = f"Claim ({status}): {g.label(node)}"
    else:
        a = d.actor[node]
        r = 4 + 2 * _size_step(g.weight[node]) + (4 if focus else 0)
        shape = f'<circle class="map-node k-{a.kind}" cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}"/>'
        tip = f"{a.name} ({KIND_NAMES[a.kind]}), {_named_by(g.weight[node], exact)}"
        if a.description:
            tip += f": {a.description}"
    transform = f' transform="rotate({_n(rotate)} {_n(tx)} {_n(ty)})"' if rotate is not None else ""
    cls = "map-label map-focus" if focus else "map-label"
    return (f'<a class="map-link" href="{g.url(page, node)}"><title>{_text(tip)}</title>{shape}'
            f'<text class="{cls}" x="{_n(tx)}" y="{_n(ty)}" text-anchor="{anchor}" dominant-baseline="middle"'
            f'{transform}>{_text(label)}</text></a>')


def _legend(y: float, width: float, kinds: list[str], claims: bool) -> tuple[str, float]:
    """A key in rows across the bottom of a map: (the SVG group, the height it takes)."""
    items = [(f'<circle class="map-node k-{kind}" cx="6" cy="0" r="5"/>', KIND_NAMES[kind]) for kind in kinds]
    if claims:
        items.append(('<path class="map-node map-claim st-contested" d="M6 -6 l6 6 l-6 6 l-6 -6 Z"/>', "claim"))
    for cls, words in (("map-with", "named together"), ("map-member", "affiliated"),
                       ("map-asserts", "asserts a claim"), ("map-against", "denies, disputes, cannot confirm"),
                       ("map-hedges", "hedges")):
        if claims or cls in ("map-with", "map-member"):
            items.append((f'<line class="map-edge {cls} w3" x1="0" y1="0" x2="14" y2="0"/>', words))
    items.append(("", "thicker: more independent sources"))
    parts, x, row = [], 0.0, 0
    for symbol, words in items:
        need = 20 + len(words) * 6.2 + 16
        if x and x + need > width:
            x, row = 0.0, row + 1
        parts.append(f'<g transform="translate({_n(x)} {_n(y + row * 18)})">{symbol}'
                     f'<text x="{18 if symbol else 0}" y="0" dominant-baseline="middle">{words}</text></g>')
        x += need if symbol else need - 20
    return f'<g class="map-legend" aria-hidden="true">{"".join(parts)}</g>', (row + 1) * 18 + 6


MAP_EDGES = 40             # the strongest links drawn; the table under the map lists them all
MAP_MIN_EDGES = 8          # a young dossier with few repeated links still shows its top ones
_COL_W, _ROW_H, _TOP = 210, 26, 46
_LABEL_CHARS = 26          # at 13px, 26 characters fit in a 210px column


def map_links(d: Dossier) -> list[tuple[int, str, str, bool]]:
    """The links the map draws, strongest first: (independent sources naming both, actor a, actor b,
    affiliated). Named together by two or more independent sources, or affiliated; topped up with
    single-source links when there are fewer than MAP_MIN_EDGES."""
    g = _graph(d)
    links = []
    for (a, b), kinds in g.edges.items():
        if a.startswith("claim:") or b.startswith("claim:"):
            continue
        links.append((kinds.get("with", 0), a, b, "member" in kinds))
    links.sort(key=lambda t: (-t[0], not t[3], t[1], t[2]))
    strong = [t for t in links if t[0] >= 2 or t[3]]
    if len(strong) < MAP_MIN_EDGES:
        strong += [t for t in links if t not in strong][:MAP_MIN_EDGES - len(strong)]
    return sorted(strong, key=lambda t: (-t[0], not t[3], t[1], t[2]))[:MAP_EDGES]


def map_svg(d: Dossier, page: str) -> str:
    """The actors joined by the strongest links, one column per kind of actor.

    Only actors are nodes (claims have their own pages). A link is drawn thicker the more
    independent sources name the two actors together; affiliations are dashed. Each actor has its
    own row in its column and its label is clipped to the column's width, so labels never overlap;
    edges pass under the labels, which carry a halo in the page colour.
    """
    g = _graph(d)
    links = map_links(d)
    chosen = sorted({a for _, a, _, _ in links} | {b for _, _, b, _ in links})
    if not chosen:
        chosen = sorted(sorted(d.actor, key=lambda a: (-g.weight[a], a))[:12])
    if not chosen:
        return ""
    kinds = [k for k in KINDS if any(d.actor[a].kind == k for a in chosen)]
    columns = {k: sorted((a for a in chosen if d.actor[a].kind == k),
                         key=lambda a: (-g.weight[a], d.actor[a].name.casefold(), a)) for k in kinds}
    width = 40 + len(kinds) * _COL_W
    rows = max(len(c) for c in columns.values())
    pos, out_nodes, heads = {}, [], []
    for i, kind in enumerate(kinds):
        x = 40 + i * _COL_W
        heads.append(f'<text class="map-head" x="{_n(x - 8)}" y="20">{_text(KIND_HEADS[kind])}</text>')
        for j, aid in enumerate(columns[kind]):
            y = _TOP + j * _ROW_H
            pos[aid] = (x, y)
            out_nodes.append(_node(g, page, aid, x, y, _clip(g.label(aid), _LABEL_CHARS), "start", x + 12, y))
    edges = []
    for weight, a, b, member in sorted(links, key=lambda t: (t[0], t[1], t[2])):
        if pos[a][0] > pos[b][0]:
            a, b = b, a
        (x1, y1), (x2, y2) = pos[a], pos[b]
        kinds_ab = g.edges[tuple(sorted((a, b)))]
        cls, w, words = _edge_class({k: v for k, v in kinds_ab.items() if k in ("with", "member")})
        if x1 == x2:                       # same column: a short arc out to the left of it
            bend = x1 - 12 - min(abs(y2 - y1) * 0.1, 14)
            path = f"M{_n(x1)} {_n(y1)} C{_n(bend)} {_n(y1)} {_n(bend)} {_n(y2)} {_n(x2)} {_n(y2)}"
        else:
            # Leave from the end of the left actor's label, so a line never runs through its own name.
            x1 = min(x1 + 16 + 7 * len(_clip(g.label(a), _LABEL_CHARS)), x1 + _COL_W - 14)
            x2 -= 7
            mx = (x1 + x2) / 2
            path = f"M{_n(x1)} {_n(y1)} C{_n(mx)} {_n(y1)} {_n(mx)} {_n(y2)} {_n(x2)} {_n(y2)}"
        edges.append(f'<path class="{cls} w{min(w, 4)}" d="{path}"><title>{_text(g.label(a))} – '
                     f'{_text(g.label(b))}: {_text(words)}</title></path>')
    height = _TOP + rows * _ROW_H
    legend, extra = _legend(height + 4, width, kinds, False)
    total = _n(height + extra)
    return (f'<figure class="dossier-figure dossier-map dossier-map-full" data-search-exclude>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {total}" width="{width}" height="{total}" '
            f'role="group" aria-label="Map of the strongest links between {len(chosen)} actors">'
            f'{"".join(heads)}<g class="map-edges">{"".join(edges)}</g><g class="map-nodes">{"".join(out_nodes)}</g>'
            f'{legend}</svg>'
            f'<figcaption>The {len(links)} strongest links between actors; hover for the evidence, click a name to '
            f'open its page. The table below lists every link named by more than one independent source.</figcaption>'
            f'</figure>')


KIND_HEADS = {"person": "People", "organization": "Organisations", "country": "Countries", "group": "Groups",
              "other": "Other"}


@lru_cache(maxsize=1)
def _graph(d: Dossier) -> _Graph:
    """The map's graph, built once per dossier rather than once per actor page."""
    cached = _GRAPHS.get(d)
    if cached is None:
        cached = _GRAPHS[d] = _Graph(d)
    return cached


_GRAPHS: "weakref.WeakKeyDictionary[Dossier, _Graph]" = weakref.WeakKeyDictionary()


NEIGHBOURHOOD_LIMIT = 18


def neighbourhood_reads(d: Dossier, aid: str) -> tuple:
    """Everything `neighbourhood_svg` reads for `aid` (the key of the actor page's memo): its links,
    and for it and each node it links to, the label, kind or status, weight (for a neighbour its size
    step) and description."""
    g = _graph(d)

    def node(n: str, weight) -> tuple:
        if n.startswith("claim:"):
            return (n, g.label(n), d.status[n[6:]].value)
        a = d.actor[n]
        return (n, a.name, a.kind, weight(g.weight[n]), a.description)

    def neighbour(n: str, kinds: dict) -> tuple:        # (the same for every actor it neighbours)
        if n not in g.neighbour_reads:
            g.neighbour_reads[n] = node(n, _size_step)
        return g.neighbour_reads[n], sorted(kinds.items())
    near = g.neighbours(aid)
    return (node(aid, int), [neighbour(n, kinds) for n, kinds in sorted(near.items())])


def neighbourhood_svg(d: Dossier, page: str, aid: str) -> tuple[str, int]:
    """One actor with its strongest links around it: (the figure, how many links were left out).

    Affiliations, members and claims come first; then actors named alongside, by evidence.
    Returns ("", 0) for an actor linked to nothing.
    """
    g = _graph(d)
    near = g.neighbours(aid)
    if not near:
        return "", 0

    def rank(node: str):
        kinds = near[node]
        structural = 0 if ("member" in kinds or node.startswith("claim:") or len(kinds) > 1) else 1
        return (structural, -_edge_class(kinds)[1], g.order([node]) and g.label(node).casefold(), node)
    chosen = sorted(near, key=rank)[:NEIGHBOURHOOD_LIMIT]
    left_out = len(near) - len(chosen)
    chosen = g.order(chosen)
    width, height = 820, 360
    cx, cy, rx, ry = width / 2, height / 2, 200.0, 150.0
    pos, nodes, edges = {}, [], []
    for i, node in enumerate(chosen):
        # Half a step off the vertical, so no node sits straight above or below the centre.
        angle = 2 * math.pi * (i + 0.5) / len(chosen) - math.pi / 2
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        pos[node] = (x, y)
        right = math.cos(angle) >= 0
        anchor, tx, ty = ("start", x + 12, y) if right else ("end", x - 12, y)
        label = _clip(g.label(node), 24)
        nodes.append(_node(g, page, node, x, y, label, anchor, tx, ty, exact=False))
    for node in sorted(chosen, key=lambda n: (_edge_class(near[n])[1], n)):
        cls, weight, words = _edge_class(near[node])
        x, y = pos[node]
        edges.append(f'<line class="{cls} w{min(weight, 4)}" x1="{_n(cx)}" y1="{_n(cy)}" x2="{_n(x)}" y2="{_n(y)}">'
                     f'<title>{_text(g.label(aid))} – {_text(g.label(node))}: {_text(words)}</title></line>')
    centre = _node(g, page, aid, cx, cy, _clip(g.label(aid), 40), "middle", cx, cy + 30, focus=True)
    has_claims = any(n.startswith("claim:") for n in chosen)
    kinds = [k for k in KINDS if any(not n.startswith("claim:") and d.actor[n].kind == k for n in [*chosen, aid])]
    legend, extra = _legend(height + 4, width, kinds, has_claims)
    height = _n(height + extra)
    return (f'<figure class="dossier-figure dossier-map dossier-neighbourhood" data-search-exclude>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="group" aria-label="{_text(g.label(aid))} and the actors and claims linked to them">'
            f'<g class="map-edges">{"".join(edges)}</g><g class="map-nodes">{"".join(nodes)}{centre}</g>'
            f'{legend}</svg></figure>'), left_out
