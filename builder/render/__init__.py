"""Render the dossier into Markdown pages: a pure function from `Dossier` to {path: text}.

Each page is one Jinja2 template (`templates/*.md.j2`) given a `Page` helper and a small
context built here. Jinja2 runs with StrictUndefined; its autoescape is for HTML and stays
off, because every piece of article and editor text goes through `md_escape` (see text.py).

The pages there are thousands of (actors, claims, sources, events) are memoised: each is rendered
with a key listing everything it reads from the dossier (`_actor_reads`, `_claim_reads`,
`_source_reads`, `_event_reads`, and for an actor page's figure, kept apart,
`visuals.neighbourhood_reads`; so is the events' timeline, `_timeline_reads`; whoever makes a
template read more must add it there: plain values, a model object as `_plain` gives it), and
given a cache folder, the memo `pages` keeps each text by a hash of its key (`_key`) and of this
package's code and templates (see `builder.memo`). The memo `linked` keeps where actors are
named in each text the pages link (`page.Found`).

Past APART_MIN actors, the actors' pages are rendered in a forked child process (`builder.apart`)
while this one renders the others; `_Added` brings back what the child added to the pages and to
the memos, where it would be had this process rendered them: the same bytes, in the same order
(if the child fails, this process renders them after the others: the same bytes).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import marshal
import pickle
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path

import jinja2

from .. import apart, memo as memos
from ..resolve.mentions import names_of
from ..export import to_text
from ..graph import Dossier
from ..resolve.copies import credits
from ..model import KINDS, STATUSES
from ..output import Pages
from .claims import origin_outlet
from .page import SEARCH_QUOTES, SEARCH_ROWS, STANCE_LABEL, STATUS_ADMONITION, Found, Page
from .text import escape_inline, md_escape, safe_url
from .visuals import map_svg, neighbourhood_reads, neighbourhood_svg, timeline_svg

KIND_LABELS = {"person": "People", "organization": "Organisations", "country": "Countries",
               "group": "Groups", "other": "Other"}
STATUS_LABELS = {"contested": "Contested", "denied": "Denied", "corroborated": "Corroborated",
                 "single-source": "Single source", "unverified": "Unverified"}


def status_list(status: str) -> str:
    """The first page of the list of the claims of one status (docs-relative): what a status tag
    gave readers, in pages of LIST_ROWS, so no page grows with the corpus."""
    return f"lists/claims-{status}.md"


def kind_list(kind: str) -> str:
    """The first page of the list of the actors of one kind (docs-relative), as `status_list`."""
    return f"lists/actors-{kind}.md"


def _long_list(rows: int, texts=()) -> bool:
    """A list left out of search: more than SEARCH_ROWS rows, or rows whose quotations and
    statements pass SEARCH_QUOTES characters in all (each row quotes a source page, or names a
    claim, which search finds itself)."""
    return rows > SEARCH_ROWS or sum(len(t) for t in texts) > SEARCH_QUOTES


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    undefined=jinja2.StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
    autoescape=False, auto_reload=False)     # templates are code: they change with the package, not while it runs
_env.filters["md_escape"] = md_escape
_env.filters["source_link"] = lambda sid, page: page.source(sid)
_env.globals.update(status_list=status_list, kind_list=kind_list, long_list=_long_list)
_env.filters["count"] = lambda n, noun, plural=None: f"{n} {noun if n == 1 else plural or noun + 's'}"


def _claim_rows(rows: list, p: Page) -> str:
    """The lines of a list of claims' table, one a claim: (status label, claim) rows. Written here,
    not in the template: the lists hold every claim twice, and Jinja's calls of the page's
    helpers for each cell were most of the time they took to render."""
    return "\n".join(f"| {p.claim(c.id)} | {label} | {p.why(c.id)} | {'curated' if c.origin == 'curated' else 'automatic'} |"
                     for label, c in rows)


def _actor_rows(actors: list, p: Page, sources_of: dict[str, int]) -> str:
    """The lines of a list of actors' table, one an actor (as `_claim_rows`): its link, acronym,
    whether it was found automatically, who it is (with its citation's footnote) and the count of
    sources naming it."""
    lines = []
    for a in actors:
        acronym = p.acronym(a)
        lines.append(f"| {p.actor(a.id)}{f' ({p.md(acronym)})' if acronym else ''}"
                     f"{' *(auto)*' if a.origin == 'auto' else ''} | {p.md(a.description)}{p.cite(a.description_cite)}"
                     f" | {sources_of[a.id]} |")
    return "\n".join(lines)


_env.filters["claim_rows"] = _claim_rows
_env.filters["actor_rows"] = _actor_rows


@lru_cache(maxsize=1)
def _version() -> str:
    here = Path(__file__).resolve().parent
    return memos.code_version(*here.glob("*.py"), *(here / "templates").glob("*"),
                              *(here.parent / name for name in ("model.py", "dates.py", "memo.py")),
                              here.parent / "resolve" / "mentions.py")


def read_ahead(cache: Path | None, inputs: str | None) -> None:
    """Read the memos `render_pages` will read and, unless the pages made from `inputs` are
    remembered whole, compile the templates (see `memo.read_ahead`)."""
    if cache is None:
        return
    version = _version()
    memos.read_ahead(cache, "pages", version, True)
    if inputs is None or inputs not in memos.read_ahead(cache, "rendered", version):
        memos.read_ahead(cache, "linked", version)
        _load_templates(cache)


def _load_templates(cache: Path | None) -> None:
    """Load every template this process has not loaded yet; given a cache folder, as the memo
    `templates` keeps them compiled (Jinja's bytecode, by `_version`, Jinja's and Python's): compiling
    them takes 0.15-0.25 s, which each rebuild that renders pages would otherwise spend again."""
    names = _env.list_templates()
    if cache is None:
        for name in names:
            _env.get_template(name)
        return
    compiled = _Compiled(cache, f"{_version()}-{jinja2.__version__}-{sys.implementation.cache_tag}")
    _env.bytecode_cache = compiled          # (asked only for the templates not loaded yet)
    try:
        for name in names:
            _env.get_template(name)
    finally:
        _env.bytecode_cache = None
    if compiled.made:
        kept = {key: compiled.old.stored(key) for key in compiled.old if key in names and key not in compiled.made}
        memos.save_texts(cache, "templates", compiled.version, kept | compiled.made)


class _Compiled(jinja2.BytecodeCache):
    """Templates as the memo `templates` of `cache` keeps them compiled, by name (read when first
    asked for), and those compiled anew (`made`), for `_load_templates`."""

    def __init__(self, cache: Path, version: str):
        self.cache, self.version, self.made = cache, version, {}
        self._old: Mapping | None = None

    @property
    def old(self) -> Mapping:
        if self._old is None:
            self._old = memos.load_texts(self.cache, "templates", self.version)
        return self._old

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return name

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.old:
            try:                                # (Jinja checks the template's source and its own version)
                bucket.load_bytecode(io.BytesIO(self.old.raw(bucket.key)))
            except (ValueError, TypeError, EOFError, pickle.UnpicklingError):
                bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = io.BytesIO()
        bucket.write_bytecode(data)
        self.made[bucket.key] = data.getvalue()


def render_pages(d: Dossier, export: dict, cache: Path | None = None, inputs: str | None = None) -> Pages:
    """Return every generated file of `docs/` as {docs-relative path: text}.

    `cache` is a folder for the memo of rendered pages (None: render every page). `inputs` is a
    hash of everything `d` was made from (`pipeline`), or None: given it, the memo `rendered`
    keeps which entries of the memo of pages make up each file of that build, and a build from
    the same inputs reads them back without looking at what each page reads."""
    version = _version() if cache is not None else ""
    old = memos.load_texts(cache, "pages", version)
    if inputs is not None:
        again = _again(memos.load(cache, "rendered", version).get(inputs), old)
        if again is not None:
            return again
    _load_templates(cache)
    linked = memos.load(cache, "linked", version)
    found = Found(names_of({name: a.id for a in d.actors for name in a.names}), linked)
    pages = Pages()
    memo: dict = {}
    kept: dict[str, str] = {}
    parts: dict[str, memos.Entry] = {}  # memo entries that are not whole pages: {key: text or stored entry}
    joined: dict[str, tuple[str, str]] = {}     # actor page -> (key of the page around the figure, of the figure)

    def rendered(path: str, template: str, **context) -> str:
        page = Page(path, d, found, memo)
        return _titled(_tidy(_env.get_template(template).render(p=page, d=d, **context)))

    def render(path: str, template: str, **context) -> None:
        pages[path] = rendered(path, template, **context)

    made: list[str] = []                # keys of memo entries made anew in this build

    def recall(key: str, make, valid=lambda data: True) -> bytes:
        """The text made before from the same reads (`key`, if `valid`), else `make()`, as UTF-8
        bytes; kept in the memo."""
        if key in old:
            data = old.raw(key)
            if valid(data):
                parts[key] = old.stored(key)         # written again from the file, not held here
                return data
        parts[key] = data = make().encode("utf-8")
        made.append(key)
        return data

    def remembered(path: str, reads: tuple) -> bool:
        """Whether the page at `path` is as rendered before from the same `reads` (then it is in
        `pages`); the key is kept."""
        if cache is None:
            return False
        key = _key((path, reads))
        kept[path] = key
        if key in old:
            pages[path] = old.raw(key)
            return True
        made.append(key)
        return False

    def timeline(path: str) -> str:
        """The events' timeline for the page at `path` (`visuals.timeline_svg`), remembered by what it reads."""
        if cache is None:
            return timeline_svg(d, path)
        return recall(_key(_timeline_reads(d, path)), lambda: timeline_svg(d, path)).decode("utf-8")

    by_status = d.claims_by_status()
    contested = [c for c in by_status if d.status[c.id].value == "contested"]
    kinds = ", ".join(f"{n} {k if n == 1 else KIND_LABELS[k].lower()}" for k in KINDS
                      if (n := sum(1 for a in d.actors if a.kind == k)))
    dated = [e for e in d.events if e.date]
    span = ""
    if dated:
        first, last = dated[0].date.label(), dated[-1].date.label()
        span = first if first == last else f"{first} to {last}"
    recent = list(reversed(dated))[:d.settings.recent_events]
    render("index.md", "home.md.j2", contested=contested[:SHOWN_CONTESTED], kinds=kinds, span=span, recent=recent,
           contested_left=max(0, len(contested) - SHOWN_CONTESTED))

    by_kind = defaultdict(list)
    for a in sorted(d.actors, key=lambda a: (a.name.casefold(), a.id)):
        by_kind[a.kind].append(a)
    sources_of = {a.id: len({m.citation.source for m in d.mentions_of.get(a.id, [])}) for a in d.actors}
    flat = [a for kind in KIND_LABELS for a in by_kind[kind]]
    shown_kinds = [(k, label, len(by_kind[k])) for k, label in KIND_LABELS.items() if by_kind[k]]

    def actor_pages() -> None:
        """The actors' pages (with their lists of mentions)."""
        members_of = defaultdict(list)
        for a in d.actors:
            for org in a.affiliations:
                members_of[org].append(a.id)
        date_of = {e.id: e.date for e in d.events}
        for a in d.actors:
            mentions = d.mentions_of.get(a.id, [])
            grouped = defaultdict(list)
            for m in mentions:
                if not grouped[m.citation.source] or grouped[m.citation.source][-1].citation != m.citation:
                    grouped[m.citation.source].append(m)
            by_source = sorted(grouped.items())
            # Past LIST_ROWS articles the mentions continue on pages of their own (lists/mentions-…),
            # so an actor page stays the same size however many articles name the actor.
            more = paged(by_source, f"actors/{a.id}.md", f"mentions-{a.id}", itemgetter(0)) if len(by_source) > LIST_ROWS else []
            for path, rows, pager in more[1:]:
                render(path, "mentions.md.j2", a=a, mentions_by_source=rows, pager=pager)
            positions = d.positions_of.get(a.id, [])
            related = d.related.get(a.id, [])
            path = f"actors/{a.id}.md"

            def context() -> dict:          # made only for a page that is not remembered
                return dict(a=a, mentions=mentions, search_boost=_search_boost(a, len(mentions)),
                            mention_sources=sorted(grouped), mentions_by_source=by_source[:LIST_ROWS],
                            pager=more[0][2] if more else None, events=d.events_of.get(a.id, [])[:LIST_ROWS],
                            events_left=max(0, len(d.events_of.get(a.id, [])) - LIST_ROWS),
                            positions=positions[:LIST_ROWS], positions_left=max(0, len(positions) - LIST_ROWS),
                            related=related[:SHOWN_RELATED], related_left=max(0, len(related) - SHOWN_RELATED),
                            members=sorted(members_of.get(a.id, [])), stance_label=STANCE_LABEL)
            if cache is None:
                neighbourhood, left_out = neighbourhood_svg(d, path, a.id)
                render(path, "actor.md.j2", neighbourhood=neighbourhood, left_out=left_out, **context())
                continue
            # Remembered in two parts, the figure by what it reads and the page around it (FIGURE in
            # place of the figure): a new article changes many figures (the counts of the actors
            # around one) and few of the pages' other lines.
            figure = _key(("figure", path, neighbourhood_reads(d, a.id)))
            left_out, _, neighbourhood = recall(figure, lambda: "{1}\n{0}".format(*neighbourhood_svg(d, path, a.id)),
                                                _figure).partition(b"\n")
            reads = _actor_reads(d, Page(path, d, found, memo), a, len(mentions), by_source,
                                 d.events_of.get(a.id, []), positions, related, members_of.get(a.id, []), date_of)
            around = _key(("actor", path, reads, bool(neighbourhood), int(left_out)))
            page = recall(around, lambda: rendered(path, "actor.md.j2", neighbourhood=FIGURE if neighbourhood else "",
                                                   left_out=int(left_out), **context()))
            pages[path] = _joined(page, neighbourhood)
            joined[path] = (around, figure)

    # Most pages are actors' pages: past APART_MIN actors they are rendered in a child process
    # meanwhile (`apart`), which sends back what it added to the pages and memos (`_Added`).
    added = _Added(pages, kept, joined, parts, found, made)

    def actor_pages_apart() -> dict:
        actor_pages()
        return added.since()
    child = apart.in_child(actor_pages_apart) if len(d.actors) >= APART_MIN else None
    if child is None:
        actor_pages()

    for path, rows, pager in paged(flat, "actors/index.md", "actors", attrgetter("id")):
        render(path, "actors_index.md.j2", kinds=list(KIND_LABELS.items()), by_kind=_grouped(rows, lambda a: a.kind),
               sources_of=sources_of, pager=pager, kind=None, shown_kinds=shown_kinds)
    # One list per kind of actor, one per status of claim: see status_list.
    for kind, _, _ in shown_kinds:
        for path, rows, pager in paged(by_kind[kind], kind_list(kind), f"actors-{kind}", attrgetter("id")):
            render(path, "actors_index.md.j2", kinds=list(KIND_LABELS.items()), by_kind=_grouped(rows, lambda a: a.kind),
                   sources_of=sources_of, pager=pager, kind=kind, shown_kinds=shown_kinds)

    for path, rows, pager in paged(list(d.events), "events/index.md", "events", attrgetter("id")):
        by_year = _grouped(rows, lambda e: e.date.year if e.date else "Undated")
        render(path, "events_index.md.j2", by_year=list(by_year.items()), pager=pager,
               timeline=timeline(path) if pager.number == 1 else "")
    strongest = sorted(((w, a, b) for a, pairs in d.related.items() for b, w in pairs if a < b and w > 1),
                       key=lambda t: (-t[0], t[1], t[2]))
    render("map.md", "map.md.j2", figure=map_svg(d, "map.md"), strongest=strongest[:LIST_ROWS],
           strongest_left=max(0, len(strongest) - LIST_ROWS))
    # The printed briefing: what is contested and the most-named actors, each list at most LIST_ROWS long.
    named_most = set(sorted(d.actors, key=lambda a: (-sources_of[a.id], a.id))[:LIST_ROWS])
    render("print.md", "print.md.j2", contested=contested[:LIST_ROWS], contested_left=max(0, len(contested) - LIST_ROWS),
           kinds=list(KIND_LABELS.items()), by_kind={k: [a for a in v if a in named_most] for k, v in by_kind.items()},
           actors_left=len(d.actors) - len(named_most), timeline=timeline("print.md"))
    for e in d.events:
        if remembered(f"events/{e.id}.md", _event_reads(d, Page(f"events/{e.id}.md", d, found, memo), e)):
            continue
        render(f"events/{e.id}.md", "event.md.j2", e=e)

    groups = [(s, STATUS_LABELS[s], [c for c in by_status if d.status[c.id].value == s]) for s in STATUSES]
    for path, rows, pager in paged([(label, c) for _, label, claims in groups for c in claims], "claims/index.md", "claims", _row_id):
        render(path, "claims_index.md.j2", groups=groups, rows=rows, pager=pager, status=None)
    for status, label, claims in groups:
        if claims:
            for path, rows, pager in paged([(label, c) for c in claims], status_list(status), f"claims-{status}", _row_id):
                render(path, "claims_index.md.j2", groups=groups, rows=rows, pager=pager, status=status)
    for c in d.claims:
        s = d.status[c.id]
        origins = defaultdict(list)
        for sid in sorted({p.citation.source for p in c.positions}):
            origins[d.origin_of[sid]].append(sid)
        path = f"claims/{c.id}.md"
        if remembered(path, _claim_reads(d, Page(path, d, found, memo), c, origins)):
            continue
        render(f"claims/{c.id}.md", "claim.md.j2", c=c, s=s, admonition=STATUS_ADMONITION[s.value],
               status_label=STATUS_LABELS[s.value], stance_label=STANCE_LABEL,
               positions=sorted(c.positions, key=lambda p: (p.citation.source, _pnum(p.citation.paragraph))),
               origins=sorted(origins.items()), origin_outlet=lambda o: origin_outlet(d, o))

    origin_groups = defaultdict(list)
    for s in d.sources:
        origin_groups[d.origin_of[s.id]].append(s)
    flat = [(origin, s) for origin, members in sorted(origin_groups.items()) for s in members]
    for path, rows, pager in paged(flat, "sources/index.md", "sources", _row_id):
        groups_here = _grouped(rows, lambda row: row[0])
        render(path, "sources_index.md.j2", groups=[(o, [s for _, s in r]) for o, r in groups_here.items()],
               sizes={o: len(m) for o, m in origin_groups.items()}, safe_url=safe_url, pager=pager)
    for s in d.sources:
        independence = _independence(d, s, origin_groups[d.origin_of[s.id]])
        path = f"sources/{s.id}.md"
        if remembered(path, _source_reads(d, Page(path, d, found, memo), s, independence)):
            continue
        render(path, "source.md.j2", s=s, url=safe_url(s.url), independence=independence,
               claims=d.claims_of_source.get(s.id, []),
               events=d.events_of_source.get(s.id, []), paragraphs=_linked_paragraphs(d, s))

    json_text = to_text(export)            # (while the child, if any, goes on)
    if child is not None:
        try:
            added.merge(child(), old)
        except apart.Failed:
            actor_pages()                   # (here, then: the same pages, listed in another order)
    pages["dossier.json"] = json_text
    if cache is not None:
        made_of = []                    # [path, the memo entries making it up] for every file
        for path in pages:
            if path in kept:
                made_of.append([path, kept[path]])
            elif path in joined:
                made_of.append([path, *joined[path]])
            else:                       # (made anew each time but for the memo `rendered`)
                data = pages.raw(path)
                key = "text:" + hashlib.sha256(data).hexdigest()
                if key not in old:
                    made.append(key)
                parts[key] = old.stored(key) if key in old else data
                made_of.append([path, key])
        entries = {key: old.stored(key) if key in old else pages.raw(path) for path, key in kept.items()} | parts
        if made or entries.keys() != old.keys():     # (comparing the texts would read the whole memo)
            memos.save_texts(cache, "pages", version, entries)
        if inputs is not None:
            memos.save(cache, "rendered", version, {inputs: made_of})
        if found.made or found.entries.keys() != linked.keys():
            memos.save(cache, "linked", version, found.entries)    # (whole: its entries are of the names it holds)
    return pages


class _Added:
    """What a piece of `render_pages` adds to the pages and to what the memos will keep (the
    function's `pages`, `kept`, `joined`, `parts`, `made` and `found`'s entries), for a piece
    rendered in a child process: the child gives it (`since`, from when this was made), and the
    parent puts it in its own (`merge`) where it would be had the parent rendered the piece, after
    what was there and before what the parent added meanwhile: the memos list their entries in
    the same order either way."""

    def __init__(self, pages: Pages, kept: dict, joined: dict, parts: dict, found: Found, made: list):
        self.pages, self.kept, self.joined, self.parts, self.found, self.made = pages, kept, joined, parts, found, made
        self.at = [len(m) for m in self._maps()] + [len(made)]

    def _maps(self) -> tuple:
        return self.kept, self.joined, self.parts, self.found.entries, self.pages    # (pages last: see merge)

    def since(self) -> dict:
        """The entries added since, as plain values. What the parent can read itself from the
        memo of pages is sent as None: an entry read back from it (`memos.Stored`), and an actor
        page whose two parts both are (most of them, and most of the bytes)."""
        def value(m, k):
            if m is self.pages:
                stored = k in self.joined and all(isinstance(self.parts[e], memos.Stored) for e in self.joined[k])
                return None if stored else m.raw(k)
            return None if isinstance(m[k], memos.Stored) else m[k]
        maps = [[(k, value(m, k)) for k in list(m)[n:]] for m, n in zip(self._maps(), self.at)]
        return {"maps": maps, "made": self.made[self.at[-1]:], "found": self.found.made}

    def merge(self, added: dict, old: memos.Texts) -> None:
        """Put `added` (as `since` gave it in the child) in the entries here; `old` is the memo of
        pages read."""
        for m, n, items in zip(self._maps(), self.at, added["maps"]):
            later = [(k, m.raw(k) if m is self.pages else m[k]) for k in list(m)[n:]]
            for k, _ in later:
                del m[k]
            for k, value in items:
                if value is not None:
                    m[k] = value
                elif m is self.pages:
                    around, figure = self.joined[k]
                    m[k] = _joined(old.raw(around), old.raw(figure).partition(b"\n")[2])
                else:
                    m[k] = old.stored(k)
            for k, value in later:
                m[k] = value
        self.made += added["made"]
        self.found.made = self.found.made or added["found"]


def _figure(data: bytes) -> bool:
    """Whether a memo entry is a figure as the actor pages keep it: the count left out, a line, the SVG."""
    return data.partition(b"\n")[0].isdigit()


def _joined(page: bytes, figure: bytes) -> bytes:
    """An actor page remembered without its figure, with the figure (its SVG) in its place."""
    return page.replace(FIGURE.encode(), figure)


def _again(made_of, old: memos.Texts) -> Pages | None:
    """The files the memo `rendered` says are made of `made_of`'s entries of the memo of pages `old`,
    or None if an entry is missing, not of that shape or not in `old`."""
    if not isinstance(made_of, list):
        return None
    pages = Pages()
    for row in made_of:
        if not (isinstance(row, list) and 2 <= len(row) <= 3 and all(type(x) is str for x in row)
                and all(key in old for key in row[1:])):
            return None
        if len(row) == 2:
            pages[row[0]] = old.raw(row[1])
            continue
        figure = old.raw(row[2])
        if not _figure(figure):
            return None
        pages[row[0]] = _joined(old.raw(row[1]), figure.partition(b"\n")[2])
    return pages


def _key(reads: tuple) -> str:
    """A hash of a page's reads. They are plain values (strings, numbers, tuples, lists; a model
    object as `_plain` gives it), written by `marshal` in its format 2, which refers to no object
    already written and so gives equal values the same bytes, much faster than `repr`."""
    return hashlib.sha256(marshal.dumps(reads, 2)).hexdigest()


_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, Callable] = {}      # a dataclass -> a function giving the tuple of its fields' values


def _plain(value):
    """`value` with each dataclass in it (an actor, claim, position, date…) as a tuple of its class
    name and its fields' values, for `_key`."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        return kind([v if type(v) in _PLAIN else _plain(v) for v in value])
    fields = _FIELDS.get(kind)
    if fields is None:
        names = [f.name for f in dataclasses.fields(kind)]
        get = attrgetter(*names)
        fields = _FIELDS[kind] = get if len(names) > 1 else lambda value: (get(value),)
    return (kind.__name__, *[v if type(v) in _PLAIN else _plain(v) for v in fields(value)])


def _actor_reads(d: Dossier, p: Page, a, mentions: int, by_source: list, events: list, positions: list,
                 related: list, members: list, date_of: dict) -> tuple:
    """Everything an actor page reads but its neighbourhood figure: the actor, how often it is
    named, the sources naming it (titles) with each quote as linked on the page, its events
    (titles, dates), positions (claim titles), related actors, affiliations and members (as linked:
    names, descriptions) and the outlets of the sources its footnotes cite."""
    rows = [(sid, p.source(sid), [(m.citation.paragraph, p.links(m.citation.quote)) for m in items])
            for sid, items in by_source[:LIST_ROWS]]
    shown = [(e.id, e.title, date_of[e.id], e.citations[0].citation) for e in events[:LIST_ROWS]]
    stances = [(p.claim(c.id), pos) for c, pos in positions[:LIST_ROWS]]
    cited = [a.description_cite, *(row[3] for row in shown), *(pos.citation for _, pos in stances)]
    outlets = [d.source[c.source].outlet for c in cited if c is not None]
    linked = [p.actor(x) for x in (*a.affiliations, *sorted(members))]
    return ("actor", _plain(a), p.links(a.description, skip=a.id) if a.description else "", mentions, len(by_source),
            rows, _plain(shown) + [len(events)], _plain(stances) + [len(positions)], outlets, linked,
            [(p.actor(x), w) for x, w in related[:SHOWN_RELATED]],
            len(related))


def _event_reads(d: Dossier, p: Page, e) -> tuple:
    """Everything an event page reads: the event, its actors (as linked), and for each citation
    its source (as linked, and its outlet) and quote (as linked)."""
    return ("event", _plain(e), [p.actor(x) for x in e.actors],
            [(p.source(dc.citation.source), d.source[dc.citation.source].outlet, p.links(dc.citation.quote))
             for dc in e.citations])


def _timeline_reads(d: Dossier, path: str) -> tuple:
    """Everything the events' timeline on the page at `path` reads: the events, and the outlets of
    the sources of each event whose date is disputed."""
    return ("timeline", path, _plain(list(d.events)),
            [[d.source[dc.citation.source].outlet for dc in e.citations] for e in d.events if e.disputed])


def _claim_reads(d: Dossier, p: Page, c, origins: dict[str, list[str]]) -> tuple:
    """Everything a claim page reads: the claim, its status, its sources (title, outlet, date),
    its speakers, the origins of its sources with their outlets, and who says what (as the page
    shows it)."""
    heads = [(sid, d.source[sid].title, d.source[sid].outlet, _plain(d.source[sid].published))
             for members in origins.values() for sid in members]
    speakers = [_plain(d.actor.get(pos.speaker)) for pos in c.positions if pos.speaker]
    return ("claim", _plain(c), _plain(d.status[c.id]), heads, speakers, sorted(origins.items()),  # (c is d.claim[c.id])
            [origin_outlet(d, o) for o in sorted(origins)], p.why(c.id))


def _source_reads(d: Dossier, page: Page, s, independence: list) -> tuple:
    """Everything a source page reads: the source (by `memo.source_key`, a hash of everything it
    holds), its copy links (as `independence` words them), the claims and events citing it
    (titles, statuses) and the actors named in each paragraph."""
    claims = [(c.id, page.title(c.id), d.status[c.id].value) for c in d.claims_of_source.get(s.id, [])]
    events = [(e.id, d.event[e.id].title) for e in d.events_of_source.get(s.id, [])]
    mentions = [[(m.start, m.end, m.actor) for m in d.mentions_in.get((s.id, p.id), [])] for p in s.paragraphs]
    return ("source", memos.source_key(s), independence, claims, events, mentions)


FIGURE = "\x00figure\x00"  # the neighbourhood figure's place in a remembered actor page (no page has a NUL)
APART_MIN = 1000         # actors from which their pages are rendered in a child process (`apart`)
LIST_ROWS = 200          # rows on one page of a list; longer lists go on in pages of their own
SHOWN_CONTESTED = 50     # contested claims on the home page (the claims index lists them all)
SHOWN_RELATED = 100      # actors named alongside, listed on an actor page, the most often first


class Pager:
    """Where one page of a long list sits. The first page gives the count of pages and links the
    near ones by number; a later page links the first, the previous and the next only, and names
    no number or count: a row added to another page of the list leaves it as it was."""

    def __init__(self, number: int, paths: list[str]):
        self.number, self.count, self.first = number, len(paths), paths[0]
        near = sorted({1, self.count, 2, 3} & set(range(1, self.count + 1))) if number == 1 else []
        self.links = [(k, paths[k - 1]) for k in near]
        self.previous = paths[number - 2] if number > 1 else None
        self.next = paths[number] if number < self.count else None
        self.label = " (continued)" if number > 1 else ""


def paged(items: list, first: str, name: str, key: Callable[[object], str]) -> list[tuple[str, list, Pager]]:
    """`items` on one page at `first` if they fit in LIST_ROWS, else in pages of at most
    LIST_ROWS: the first at `first`, each other at lists/<name>--<key of its first row>.md.
    Where a page ends depends on the rows' keys, not on their positions: a page begins at a row
    whose key's hash falls on one value in LIST_ROWS // 2, once the page before has
    LIST_ROWS // 4 rows (or at LIST_ROWS rows). So a row added or removed changes the page it is
    on (and at most the pages up to the next such row), not every page after it, and no page is
    named by a number that would shift."""
    chunks: list[list] = [[]]
    if len(items) <= LIST_ROWS:
        chunks = [list(items)]
    else:
        every, least = max(1, LIST_ROWS // 2), max(1, LIST_ROWS // 4)
        for item in items:
            if len(chunks[-1]) >= LIST_ROWS or len(chunks[-1]) >= least and _starts_page(key(item), every):
                chunks.append([])
            chunks[-1].append(item)
    paths = [first] + [f"lists/{name}--{key(rows[0])}.md" for rows in chunks[1:]]
    return [(path, rows, Pager(k, paths)) for k, (path, rows) in enumerate(zip(paths, chunks), start=1)]


def _row_id(row: tuple) -> str:
    """The id of the claim or source of a (label, claim) or (origin, source) row."""
    return row[1].id


def _starts_page(key: str, every: int) -> bool:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") % every == 0


def _grouped(rows, key) -> dict:
    out = defaultdict(list)
    for row in rows:
        out[key(row)].append(row)
    return out


def _search_boost(actor, mentions: int) -> float | None:
    """How much search favours an actor's page: 2 at least (actor pages first for names), growing
    with the square root of its mentions, so that a prefix query ("US*") ranks the much-named
    actor ("United States (US)") above a rarely named one whose acronym merely starts with it
    ("USSR"), while title matches on claims and events still beat text on a big actor page. People
    named by what qualifies them ("Kremlin officials", "Canadian diplomats") have no name of their
    own: no boost, so that "Kremlin" finds the Kremlin."""
    if actor.kind == "group" and actor.name.split()[-1].islower():
        return None
    return round(2 * max(1, mentions) ** 0.5, 1)


def _pnum(pid: str) -> int:
    return int(pid[1:])


def _tidy(text: str) -> str:
    """Collapse runs of blank lines the templates leave, and end with one newline."""
    lines, blank = [], False
    for line in text.splitlines():
        if not line.strip():
            if not blank and lines:
                lines.append("")
            blank = True
        else:
            lines.append(line.rstrip() if not line.endswith("  ") else line)
            blank = False
    return "\n".join(lines).rstrip() + "\n"


_HEADING = re.compile(r"^# (.+)$", re.MULTILINE)
_UNESCAPE = re.compile(r"\\([\\`*_\[\]{}|#!.+\-()?=~:])")


def _titled(text: str) -> str:
    """Give the page a front-matter `title:` equal to its heading.

    MkDocs takes a page's title from its first H1 only when the H1 is the first element; ours
    follow the "generated" comment, so without this the browser tab and the search results show
    the file name ("Irgc", "Ifmat 2024 02 23"). The heading is already escaped Markdown: drop the
    backslash escapes, keep the entities (the theme prints the title as HTML), and turn "<" and ">"
    into look-alikes, because the theme's `striptags` in <title> unescapes entities again.
    """
    match = _HEADING.search(text)
    if not match:
        return text
    title = _UNESCAPE.sub(r"\1", match.group(1).strip())
    title = title.replace("&lt;", "‹").replace("&gt;", "›")
    line = "title: " + json.dumps(title, ensure_ascii=False) + "\n"
    if text.startswith("---\n"):
        return "---\n" + line + text[4:]
    return "---\n" + line + "---\n" + text


_SHOWN_LINKS = 8         # copy links listed with their evidence on a source page
_SHOWN_MEMBERS = 12      # members of its family named on a source page
_STRENGTH = {"near-duplicate": 0, "shared-passages": 1, "rewrite": 2, "editor": 3}


def _independence(d: Dossier, s, family: list) -> list[tuple[str, tuple[str, ...]]]:
    """Lines for the source page: (what links this source to another, the evidence for it).

    Bounded whatever the corpus size: the strongest links with their evidence, then the rest of
    the family (its origin group) by name if it is small, else the group's name.
    """
    page = Page(f"sources/{s.id}.md", d, None)
    lines = []
    links = sorted(d.copies_of.get(s.id, []), key=lambda c: (_STRENGTH.get(c.kind, 9), c.source, c.original))
    for c in links[:_SHOWN_LINKS]:
        if c.original in d.original:
            lines.append((f"Rewrites {md_escape(d.origin_label(c.original))}, which is not in the corpus "
                          f"(set by the editor)", ()))
            continue
        other = c.original if c.source == s.id else c.source
        if not c.ordered:
            verb = "Shares an original with"
        else:
            verb = "Rewrites" if c.source == s.id else "Rewritten by"
        how = {"near-duplicate": "near-duplicate text, found automatically",
               "shared-passages": "shared passages, found automatically",
               "rewrite": "a rewrite in other words, found automatically from what they share",
               "editor": "set by the editor"}[c.kind]
        if c.origin == "curated" and c.kind != "editor":
            how = how.replace("found automatically", "found automatically and confirmed by the editor")
        # the outlet too: rewrites of one item often keep its headline word for word
        lines.append((f"{verb} {md_escape(d.source[other].outlet)}: {page.source(other)} ({how})",
                      tuple(md_escape(e) for e in c.evidence)))
    if len(links) > _SHOWN_LINKS:
        lines.append((f"{len(links) - _SHOWN_LINKS} more copy links, shown on the other articles' pages", ()))
    named = credits(s)
    if named:
        lines.append((f"Credits {md_escape(', '.join(named))} for its material (\"told …\", \"in an interview with …\")", ()))
    others = [o for o in family if o.id != s.id]
    if len(others) > _SHOWN_MEMBERS:
        # named by its heading in the sources index, never counted or listed: one more article in
        # a large group must not change the page of every article in it
        lines.append((f"Counted once with the other articles of its origin group, "
                      f"“{md_escape(d.origin_label(d.origin_of[s.id]))}” in [the sources index](index.md)", ()))
    elif others:
        lines.append(("Counted once with " + ", ".join(page.source(o.id) for o in others), ()))
    return lines or [("An independent source: no other article in the corpus copies it or shares its original.", ())]


class _Para:
    __slots__ = ("id", "html")

    def __init__(self, pid: str, html: str):
        self.id, self.html = pid, html


def _linked_paragraphs(d: Dossier, s) -> list[_Para]:
    """The source's paragraphs as escaped Markdown with each mention linked to its actor."""
    out = []
    for para in s.paragraphs:
        pieces, last = [], 0
        for m in sorted(d.mentions_in.get((s.id, para.id), []), key=lambda m: m.start):
            if m.start < last:
                continue
            pieces.append(escape_inline(para.text[last:m.start]))
            pieces.append(f"[{escape_inline(para.text[m.start:m.end])}](../actors/{m.actor}.md)")
            last = m.end
        pieces.append(escape_inline(para.text[last:]))
        out.append(_Para(para.id, "".join(pieces)))
    return out
