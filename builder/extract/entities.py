"""The `dossier_entities` component: spaCy's named entities refined into the article's actors.

Adds `doc._.actors`, a list of `ActorSpan` in text order. On top of the model's entities it adds
only general knowledge:

- titles, roles and determiners are trimmed from names ("Rear Adm. Daniel Hagari" -> "Daniel
  Hagari", "the State Duma" -> "State Duma"), and the trimmed words are kept as the role;
- kinds: PERSON -> person, ORG -> organization, NORP -> a country's demonym or a group, GPE -> a
  country when pycountry or the country table knows it (other places are not actors); a name the
  model tags as a place or a date shape (weekdays, months), a facility or a geographic feature
  is dropped;
- aliases the text declares ("Silicon Valley Bank (SVB)") and acronyms that spell a name's
  initials ("Securities and Exchange Commission" ... "the SEC");
- coreference within the article: a surname or a shorter form of a full name used earlier or
  later ("Kirby" after "John Kirby") takes the full name's key; "Jr."/"Sr." keep names apart;
- a person's role from an apposition (", a senior fellow at X,") or the title before the name,
  and the organisation named in it as the affiliation.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon as lx

LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "norp", "GPE": "gpe"}
_TITLE_WORDS = {w.lower() for w in lx.TITLES | lx.TITLE_MODIFIERS | lx.ROLES} | {
    "rear", "vice", "spokesperson", "coordinator", "supervision", "for", "of", "the", "then",
    "former", "acting", "interim", "mr", "mrs", "ms", "dr"}
_CALENDAR = {n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n}
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
_HEADS = lx.FACILITY_HEADS | lx.GEOGRAPHY_HEADS
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_STOP_INITIAL = {"of", "and", "the", "for", "on", "in", "at", "to", "&"}

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)


@dataclass(frozen=True, slots=True, order=True)
class ActorSpan:
    """One mention of an actor: character offsets in doc.text and the article-wide key."""

    start: int
    end: int
    key: str                       # canonical name within the article (the full form)
    kind: str                      # person | organization | country | group | demonym
    surface: str                   # the name as written (trimmed)
    aliases: tuple[str, ...] = ()  # names this mention declares ("SVB")
    role: str = ""                 # apposition or title, verbatim
    affiliation: str = ""          # key of an organisation named in the role


@Language.component("dossier_entities")
def dossier_entities(doc: Doc) -> Doc:
    """Set doc._.actors from doc.ents (see the module docstring)."""
    doc._.actors = find_actors(doc)
    return doc


def find_actors(doc: Doc) -> list[ActorSpan]:
    countries, demonyms = lx.countries(), lx.demonyms()
    drafts = []      # [start token, end token, kind, key]
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        span = _trim(ent)
        if span is None:
            continue
        text = _clean(span.text)
        if not _nameish(text, span):
            continue
        if text in lx.INSTITUTIONS:
            canonical, ikind, _ = lx.INSTITUTIONS[text]
            drafts.append([span.start, span.end, ikind, canonical])
            continue
        if kind == "gpe" or (kind == "organization" and text in countries):
            country = countries.get(text)
            if country is None or text in country.capitals:
                continue                     # a place, not an actor
            drafts.append([span.start, span.end, "country", country.name])
        elif kind == "norp":
            country = demonyms.get(text) or demonyms.get(text.rstrip("s"))
            if country is not None:
                drafts.append([span.start, span.end, "demonym", country.name])
            elif text in countries:
                drafts.append([span.start, span.end, "country", countries[text].name])
            else:
                drafts.append([span.start, span.end, "group", text])
        else:
            if text.split()[-1] in _HEADS or text in lx.REGIONS:
                continue
            if kind == "person" and text in countries:
                drafts.append([span.start, span.end, "country", countries[text].name])
                continue
            drafts.append([span.start, span.end, kind, text])
    aliases = _declared_aliases(doc, drafts)
    _corefer(drafts, aliases)
    out = []
    for start, end, kind, key in drafts:
        span = doc[start:end]
        role, affiliation = _role(doc, span, drafts) if kind == "person" else ("", "")
        out.append(ActorSpan(span.start_char, span.end_char, key, kind, _clean(span.text),
                             tuple(sorted(aliases.get((start, end), ()))), role, affiliation))
    return sorted(set(out))


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-\"'“”‘’()")
    return re.sub(r"['’]s$", "", text)


def _trim(ent):
    """The entity without leading determiners/titles and trailing possessives or punctuation."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or (ent.label_ == "PERSON" and _is_title(doc[start]) and end - start > 1)):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (".",) or doc[end - 1].tag_ == "POS"):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _is_title(token) -> bool:
    return token.lower_.rstrip(".") in {w.rstrip(".") for w in _TITLE_WORDS} or (
        token.text.endswith(".") and len(token.text) <= 5 and token.text[0].isupper() and token.lower_ not in _SUFFIXES)


def _nameish(text: str, span) -> bool:
    if len(text) < 2 or not any(c.isupper() for c in text) or not any(c.isalpha() for c in text):
        return False
    words = text.split()
    if all(w.lower().rstrip(".") in _CALENDAR for w in words):
        return False
    if all(_is_title(t) for t in span if not t.is_punct):
        return False
    if span[0].is_lower and span[0].pos_ not in ("PROPN",):
        return False
    return len(text) <= 80


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _STOP_INITIAL and w[:1].isalpha()).upper()


def _declared_aliases(doc: Doc, drafts: list) -> dict[tuple[int, int], set[str]]:
    """'Long Name (LN)' and acronyms spelling a long name's initials: alias -> the long name's key."""
    out: dict[tuple[int, int], set[str]] = {}
    long_by_initials: dict[str, list] = {}
    for d in drafts:
        start, end, kind, key = d
        words = key.split()
        if kind in ("organization", "group") and len(words) >= 2:
            long_by_initials.setdefault(_initials(words), []).append(d)
        # "Silicon Valley Bank (SVB)": the parenthesis right after the name declares an alias.
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _ACRONYM.match(doc[end + 1].text) and kind != "person":
            out.setdefault((start, end), set()).add(doc[end + 1].text)
            long_by_initials.setdefault(doc[end + 1].text.replace(".", ""), []).append(d)
    for d in drafts:
        start, end, kind, key = d
        if kind in ("organization", "group", "person") and end - start == 1 and _ACRONYM.match(key):
            longs = [x for x in long_by_initials.get(key.replace(".", ""), []) if x is not d]
            keys = {x[3] for x in longs}
            if len(keys) == 1:
                long = longs[0]
                out.setdefault((long[0], long[1]), set()).add(key)
                d[2], d[3] = long[2], long[3]
    return out


def _corefer(drafts: list, aliases: dict) -> None:
    """Shorter forms of a full person name (surname, first + last) take the full name's key."""
    full: dict[str, set[str]] = {}
    for _, _, kind, key in drafts:
        words = key.split()
        if kind == "person" and len(words) >= 2:
            if words[-1].lower() in _SUFFIXES:
                continue
            full.setdefault(words[-1], set()).add(key)
            full.setdefault(" ".join(words[-2:]), set()).add(key)
    for d in drafts:
        _, _, kind, key = d
        if kind not in ("person", "organization") or len(key.split()) > 2:
            continue
        words = key.split()
        candidates = full.get(key, set()) - {key}
        if len(words) == 1 and len(candidates) == 1:
            d[2], d[3] = "person", next(iter(candidates))
        elif kind == "person" and len(words) == 2 and len(candidates) == 1:
            d[3] = next(iter(candidates))


def _role(doc: Doc, span, drafts: list) -> tuple[str, str]:
    """The apposition after a person's name, or the title words before it; and an org in it."""
    root = span.root
    role_span = None
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            sub = list(child.subtree)
            role_span = doc[sub[0].i:sub[-1].i + 1]
            break
    if role_span is None:
        start = span.start
        while start > 0 and (_is_title(doc[start - 1]) or doc[start - 1].ent_type_ in ("ORG", "NORP", "GPE")
                             and doc[start - 1].head.i >= span.start) and doc[start - 1].text not in (",", "(", "—"):
            start -= 1
        if start < span.start:
            role_span = doc[start:span.start]
    if role_span is None:
        return "", ""
    role = role_span.text.strip(" ,;")
    affiliation = ""
    for s, e, kind, key in drafts:
        if kind in ("organization", "group") and s >= role_span.start and e <= role_span.end:
            affiliation = key
            break
    return role, affiliation
