"""Load the editor's judgements: `corpus/dossier.yaml` and every `corpus/curation/*.yaml`.

Each curation file may hold any of the top-level lists `actors`, `events` and `claims`.
Everything is optional; a missing folder means an uncurated dossier. Structure and types are
checked here (ids must be strings, kinds and stances from the fixed lists); whether quotes and
references resolve is checked in `validate.py`, once the sources are known.
"""

from __future__ import annotations

from pathlib import Path

from .corpus import ID_PATTERN, WEB_URL, refuse_file, unknown_key
from .dates import coerce_date
from .errors import Problem
from .model import (CURATED, KINDS, STANCES, Actor, Citation, Claim, Copy, Curation, DatedCitation, Event, Original,
                    Position, Settings, SummaryPoint, Where)
from .yamlio import Node, YamlProblem, load

SECTIONS = ("actors", "events", "claims", "copies", "suppress")
DEFAULT_TITLE, DEFAULT_RECENT = "Dossier", 8


class _Reader:
    """Typed access to one YAML mapping, recording a Problem for each bad field."""

    def __init__(self, node: Node, path: str, problems: list[Problem]):
        self.node, self.path, self.problems = node, path, problems

    def keys(self, *known: str) -> None:
        """Report each key of the mapping that is not one of `known`, with the nearest one."""
        for key in self.node:
            if key not in known:
                self.problem(key, unknown_key(key, known))

    def line(self, key: str | None = None) -> int:
        return self.node.line_of(key) if key else self.node.line

    def problem(self, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, self.line(key), message, check="curation"))

    def text(self, key: str, required: bool = False) -> str:
        value = self.node.get(key)
        if value is None or value == "":
            if required:
                self.problem(None, f"{key!r} is missing; add '{key}: …'")
            return ""
        if not isinstance(value, str):
            self.problem(key, f"{key!r} must be text, got {_yaml_repr(value)}; put it in quotes")
            return str(value)
        return value.strip()

    def ident(self, key: str, required: bool = True) -> str:
        value = self.node.get(key)
        if value is None:
            if required:
                self.problem(None, f"{key!r} is missing; add '{key}: some-id'")
            return ""
        if not isinstance(value, str):
            self.problem(key, f"{key!r} must be a string id, got {_yaml_repr(value)} (YAML reads NO, yes, "
                              f"on and 0012 as non-strings); put it in quotes")
            return ""
        if not ID_PATTERN.match(value):
            self.problem(key, f"{key!r} {value!r} is not a valid id; use lowercase letters, digits and hyphens")
            return ""
        return value

    def idents(self, key: str) -> tuple[str, ...]:
        value = self.node.get(key) or []
        if not isinstance(value, list):
            self.problem(key, f"{key!r} must be a list of ids, like [a, b]")
            return ()
        out = []
        for item in value:
            if not isinstance(item, str):
                self.problem(key, f"{key!r} holds {_yaml_repr(item)}, which is not a string id; put it in quotes")
            elif not ID_PATTERN.match(item):
                self.problem(key, f"{key!r} holds {item!r}, which is not a valid id")
            else:
                out.append(item)
        return tuple(out)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.node.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(key, f"{key!r} must be a list of quoted names, like [\"FDD\", \"Taleblu\"]")
            return ()
        return tuple(v.strip() for v in value)

    def date(self, key: str):
        if self.node.get(key) in (None, ""):
            return None
        try:
            return coerce_date(self.node[key])
        except ValueError as exc:
            self.problem(key, f"{key!r} {exc}")
            return None

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.node.get(key, default)
        if value not in allowed:
            self.problem(key if key in self.node else None,
                         f"{key!r} must be one of {', '.join(allowed)}, got {_yaml_repr(value)}")
            return allowed[0]
        return value

    def citation(self, node=None) -> Citation | None:
        node = self.node if node is None else node
        reader = self if node is self.node else _Reader(node, self.path, self.problems)
        if reader is not self:
            reader.keys("source", "paragraph", "quote")
        source = reader.ident("source")
        paragraph = node.get("paragraph")
        if not isinstance(paragraph, str) or not paragraph.startswith("p") or not paragraph[1:].isdigit():
            reader.problem("paragraph" if "paragraph" in node else None,
                           f"'paragraph' must be a paragraph id like p3, got {_yaml_repr(paragraph)}")
            return None
        quote = reader.text("quote", required=True)
        if not source or not quote:
            return None
        return Citation(source, paragraph, quote)

    def where(self) -> Where:
        return Where(self.path, self.node.line)

    def entries(self, key: str, owner: str, shape: str):
        """Readers for each mapping in the required, non-empty list under `key`."""
        raw = self.node.get(key)
        if not isinstance(raw, list) or not raw:
            self.problem(None, f"{owner} needs '{key}:', a list of {shape}")
            return
        for item in raw:
            if isinstance(item, Node):
                yield _Reader(item, self.path, self.problems)
            else:
                self.problem(key, f"each of '{key}' must be a mapping {shape}")


def _yaml_repr(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    return repr(value)


def load_curation(corpus: Path, show=lambda p: p.as_posix()) -> tuple[Curation, list[Problem]]:
    """Read dossier.yaml and curation/*.yaml; return the Curation and every problem found."""
    problems: list[Problem] = []
    settings = _load_settings(corpus / "dossier.yaml", show, problems, corpus)
    found: dict[str, list] = {section: [] for section in SECTIONS}
    folder = corpus / "curation"
    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    for path in paths:
        shown = show(path)
        refused = refuse_file(path, corpus)
        if refused:
            problems.append(Problem(shown, 1, refused.replace("the article", "the file"), check="curation"))
            continue
        doc = _read_yaml(path, shown, problems)
        if doc is None:
            continue
        if not isinstance(doc, Node):
            problems.append(Problem(shown, 1, "a curation file must be a mapping with 'actors:', 'events:' "
                                              "or 'claims:' lists", check="curation"))
            continue
        for key, value in doc.items():
            if key not in SECTIONS:
                problems.append(Problem(shown, doc.line_of(key), f"unknown section {key!r}; use one of "
                                        + ", ".join(SECTIONS), check="curation"))
                continue
            if not isinstance(value, list):
                problems.append(Problem(shown, doc.line_of(key), f"{key!r} must be a list of entries "
                                                                 "starting with '- id: …'", check="curation"))
                continue
            for entry in value:
                if not isinstance(entry, Node):
                    problems.append(Problem(shown, doc.line_of(key), f"each entry of {key!r} must be a "
                                                                     "mapping with an 'id'", check="curation"))
                    continue
                item = _PARSERS[key](_Reader(entry, shown, problems))
                if item is not None:
                    found[key].append(item)
    return Curation(settings, tuple(found["actors"]), tuple(found["events"]), tuple(found["claims"]),
                    copies=tuple(found["copies"]), suppress=tuple(found["suppress"])), problems


def _read_yaml(path: Path, shown: str, problems: list[Problem]):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        problems.append(Problem(shown, line, "not UTF-8; re-save the file as UTF-8", check="curation"))
        return None
    try:
        return load(text)
    except YamlProblem as exc:
        problems.append(Problem(shown, exc.line, str(exc), check="curation"))
        return None


def _load_settings(path: Path, show, problems: list[Problem], corpus: Path) -> Settings:
    if not path.exists() and not path.is_symlink():
        return Settings()
    shown = show(path)
    refused = refuse_file(path, corpus)
    if refused:
        problems.append(Problem(shown, 1, refused.replace("the article", "the file"), check="curation"))
        return Settings()
    doc = _read_yaml(path, shown, problems)
    if doc is None:
        return Settings()
    if not isinstance(doc, Node):
        problems.append(Problem(shown, 1, "dossier.yaml must be a mapping with 'title:', 'subject:', …",
                                check="curation"))
        return Settings()
    r = _Reader(doc, shown, problems)
    r.keys("title", "subject", "summary", "originals", "recent_events")
    summary = []
    for item in doc.get("summary") or []:
        if isinstance(item, str):
            summary.append(SummaryPoint(item.strip(), None, Where(shown, doc.line_of("summary"))))
        elif isinstance(item, Node):
            point = _Reader(item, shown, problems)
            point.keys("text", "cite")
            cite = point.citation(item["cite"]) if isinstance(item.get("cite"), Node) else None
            if "cite" in item and not isinstance(item.get("cite"), Node):
                point.problem("cite", "'cite' must be a mapping {source: …, paragraph: pN, quote: \"…\"}")
            summary.append(SummaryPoint(point.text("text", required=True), cite, point.where()))
        else:
            r.problem("summary", "each summary point must be text or {text: …, cite: {…}}")
    originals = []
    for item in doc.get("originals") or []:
        if not isinstance(item, Node):
            r.problem("originals", "each original must be a mapping with 'id', 'outlet', 'title'")
            continue
        o = _Reader(item, shown, problems)
        o.keys("id", "title", "outlet", "url", "published")
        if o.text("url") and not WEB_URL.fullmatch(o.text("url")):
            o.problem("url", f"'url' must start with http:// or https://, got {o.text('url')!r}")
        originals.append(Original(o.ident("id"), o.text("title"), o.text("outlet", required=True),
                                  o.text("url"), o.date("published")))
    recent = doc.get("recent_events", DEFAULT_RECENT)
    if not isinstance(recent, int) or isinstance(recent, bool) or recent < 0:
        r.problem("recent_events", "'recent_events' must be a whole number")
        recent = DEFAULT_RECENT
    return Settings(title=r.text("title") or DEFAULT_TITLE, subject=r.text("subject"),
                    summary=tuple(summary), originals=tuple(originals), recent_events=recent)


def _parse_actor(r: _Reader) -> Actor | None:
    r.keys("id", "name", "kind", "aliases", "description", "cite", "affiliations")
    aid = r.ident("id")
    name = r.text("name", required=True)
    kind = r.choice("kind", KINDS, default="other")
    cite = None
    if "cite" in r.node:
        if isinstance(r.node["cite"], Node):
            cite = r.citation(r.node["cite"])
        else:
            r.problem("cite", "'cite' must be a mapping {source: …, paragraph: pN, quote: \"…\"}")
    if not aid or not name:
        return None
    return Actor(id=aid, name=name, kind=kind, aliases=r.texts("aliases"), description=r.text("description"),
                 description_cite=cite, affiliations=r.idents("affiliations"), where=r.where())


def _parse_event(r: _Reader) -> Event | None:
    r.keys("id", "title", "actors", "citations", "date")
    eid = r.ident("id")
    title = r.text("title", required=True)
    citations = []
    for c in r.entries("citations", "an event", "{source, paragraph, quote, date}"):
        c.keys("source", "paragraph", "quote", "date")
        cite = c.citation()
        date = c.date("date")
        if cite:
            citations.append(DatedCitation(cite, date, c.where()))
    stated = r.date("date")
    if citations and not stated and not any(c.date for c in citations):
        r.problem(None, "the event has no date; add 'date:' to the event or to its citations")
    if not eid or not title or not citations:
        return None
    return Event(id=eid, title=title, citations=tuple(citations), actors=r.idents("actors"),
                 stated_date=stated, where=r.where())


def _parse_claim(r: _Reader) -> Claim | None:
    r.keys("id", "statement", "positions")
    cid = r.ident("id")
    statement = r.text("statement", required=True)
    positions = []
    for p in r.entries("positions", "a claim", "{source, paragraph, quote, stance}"):
        item = p.node
        p.keys("source", "paragraph", "quote", "stance", "speaker", "anonymous", "value")
        cite = p.citation()
        stance = p.choice("stance", STANCES)
        speaker_raw = item.get("speaker")
        anonymous = item.get("anonymous", False)
        if not isinstance(anonymous, bool):
            p.problem("anonymous", "'anonymous' must be true or false")
            anonymous = False
        speaker = None
        if speaker_raw == "anonymous":
            anonymous = True
        elif speaker_raw is not None:
            speaker = p.ident("speaker") or None
        value = item.get("value", "")
        if not isinstance(value, str):
            value = str(value)
        if cite:
            positions.append(Position(cite, stance, speaker, anonymous, value.strip(), p.where()))
    if not cid or not statement or not positions:
        return None
    return Claim(id=cid, statement=statement, positions=tuple(positions), where=r.where())


def _parse_copy(r: _Reader) -> Copy | None:
    """`{source: a, original: b, status: confirmed|rejected}`: the editor's word on a link."""
    r.keys("source", "original", "status")
    source, original = r.ident("source"), r.ident("original")
    status = r.choice("status", ("confirmed", "rejected"), default="confirmed")
    if not source or not original:
        return None
    return Copy(source=source, original=original, kind="editor", origin=CURATED, rejected=status == "rejected",
                where=r.where())


def _parse_suppress(r: _Reader) -> tuple[str, str] | None:
    """`{actor: "Name"}`, `{event: id}` or `{claim: id}`: an automatic finding that is wrong."""
    keys = [k for k in ("actor", "event", "claim") if k in r.node]
    if len(keys) != 1 or len(r.node) != 1:
        r.problem(None, "each suppress entry is one of {actor: \"Name\"}, {event: id} or {claim: id}")
        return None
    key = keys[0]
    value = r.text(key, required=True) if key == "actor" else r.ident(key)
    return (key, value) if value else None


_PARSERS = {"actors": _parse_actor, "events": _parse_event, "claims": _parse_claim, "copies": _parse_copy,
            "suppress": _parse_suppress}
