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
- people acting together, named by what qualifies them ("Polish officials", "local
  authorities"; `data/group_nouns.txt`), are a group; a bare "officials" is nobody in particular;
- a person's role from an apposition (", a senior fellow at X,") or the title before the name,
  and the organisation named in it as the affiliation.
"""

from __future__ import annotations

import calendar
from collections import Counter
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon as lx
from .tree import subtree

LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "norp", "GPE": "gpe"}
# Prepositions of place: a name governed by one is where something happens, not who acts.
_LOCATIVE = {"in", "near", "across", "outside", "inside", "around", "throughout", "towards", "toward", "into",
             "downstream", "upstream", "along", "via", "off"}
_PLACE_NOUNS = {w.lower() for w in lx.PLACE_NOUNS} - {"base", "airfield", "port"} | {
    "oblast", "area", "governorate", "region", "regions", "province", "prefecture", "municipality", "suburb",
    "highway", "motorway", "expressway", "road", "sector", "settlement", "neighborhood", "neighbourhood"}
# Nouns of sites a name before them names ("the Nuseirat camp", "near Druzhkivka railway station",
# "the Zaporizhzhia nuclear power plant"), not a body that runs them. Not the works a company
# owns ("the Boeing plant", "a Tesla factory"): a plant is a site only as a power plant, a
# station only as one of transport, power or the police (not "the CBS station").
_SITE_NOUNS = frozenset({"camp", "camps", "canal", "hospital", "airport", "bridge", "dam", "prison", "stadium",
                         "mosque", "church", "cathedral", "temple", "synagogue", "checkpoint", "square",
                         "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "settlement", "reactor"})
_SITES_BY_USE = {"plant": {"nuclear", "power"}, "station": {"nuclear", "power", "railway", "rail", "train", "bus",
                                                           "metro", "subway", "police", "fire", "pumping"}}
PLACE = "place"
SOMEWHERE = "somewhere"  # a country named only as where something is ("in China"): `_somewhere`
THING = "thing"          # a product's name ("Shahed drones"): votes against the name being an actor
_ARTEFACT = re.compile(r"\s[/|–-]\s|\d{1,2}(?:st|nd|rd|th)\b|https?:|www\.")
_COMPASS = frozenset({"north", "south", "east", "west"})
_TITLE_WORDS = {w.lower() for w in lx.TITLES | lx.TITLE_MODIFIERS | lx.ROLES} | {
    "rear", "vice", "spokesperson", "coordinator", "supervision", "for", "of", "the", "then",
    "former", "acting", "interim", "mr", "mrs", "ms", "dr", "sens", "reps"}
_ROLE_WORDS = {w.lower() for w in lx.TITLES | lx.ROLES} | {"administrator", "coordinator", "commissioner",
                                                          "secretary", "spokesperson", "sens", "sen.", "rep."}
_ROLE_NOUNS = frozenset(w.lower() for w in lx.ROLES)
_TITLE_STEMS = frozenset(w.rstrip(".") for w in _TITLE_WORDS)
_ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.")      # "Adm.", "Gen.", "Sen."; not "U.S."
_CALENDAR = {n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n}
# time zones, which the model tags as organisations ("around 0930 GMT")
_CALENDAR |= {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet",
              "eest", "msk", "ist", "jst", "kst", "aest", "aedt", "hst", "akst", "akdt", "et", "pt"}
_SUFFIXES = {"jr.", "jr", "jnr", "jnr.", "sr.", "sr", "snr", "snr.", "ii", "iii", "iv"}
# letters after a name for an honour, an office or a degree ("Ryan Pinder KC"): never a name
_POSTNOMINALS = {"KC", "QC", "SC", "MP", "MEP", "MLA", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "Esq", "Esq."}
_HEADS = lx.FACILITY_HEADS | lx.GEOGRAPHY_HEADS | {"Station", "School", "Cemetery", "Park"}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
# a name of capitals and figures ("1MDB", "G7"), which the parser calls a noun or a number
_FIGURED_ACRONYM = re.compile(r"(?=.*[0-9])(?=.*[A-Z])[A-Z0-9]{2,}")
_STOP_INITIAL = {"of", "and", "or", "the", "for", "on", "in", "at", "to", "&"}
# English prepositions (a closed class): capitalised at a sentence's start, the parser may call one a name
_PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst",
    "around", "at", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
    "despite", "during", "except", "following", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
    "onto", "outside", "over", "past", "per", "regarding", "since", "through", "throughout", "to", "toward",
    "towards", "under", "unlike", "until", "upon", "via", "with", "within", "without"})
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)


@dataclass(frozen=True, slots=True, order=True)
class ActorSpan:
    """One mention of an actor: character offsets in doc.text and the article-wide key."""

    start: int
    end: int
    key: str                       # canonical name within the article (the full form)
    kind: str                      # person | organization | country | group | demonym | place
    surface: str                   # the name as written (trimmed)
    aliases: tuple[str, ...] = ()  # names this mention declares ("SVB")
    role: str = ""                 # apposition or title, verbatim
    affiliation: str = ""          # key of an organisation named in the role


@lru_cache(maxsize=None)
def _data_lines(name: str) -> tuple[str, ...]:
    """The entries of a word list in data/: its lines, without comments and blank lines."""
    text = (Path(__file__).with_name("data") / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@Language.component("dossier_entities")
def dossier_entities(doc: Doc) -> Doc:
    """Set doc._.actors from doc.ents (see the module docstring)."""
    _owning_bodies(doc)
    _consistent_labels(doc)
    _repeated_names(doc)
    _split_country_prefix(doc)
    _split_two_bodies(doc)
    _agency_names(doc)
    _speaking_names(doc)
    _titled_people(doc)
    _given_initials(doc)
    _name_ends(doc)
    _name_starts(doc)
    doc._.actors = find_actors(doc)
    return doc


def _titled_people(doc: Doc) -> None:
    """A name of two or three words the model labels a body, right after a person's role in lower
    case, is a person ("U.S.-based Islamic cleric Fethullah Gulen", "chief executive Markus Braun"),
    unless a word of it names bodies ("Lion Air", "Daily Telegraph")."""
    out, changed = [], False
    countries, demonyms = lx.countries(), lx.demonyms()
    for ent in doc.ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "ORG" and before is not None and before.is_lower and before.lower_ in _PERSON_ROLES \
                and 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) \
                and not any(t.text in lx.ORG_HEADS or t.text in _MASTHEADS or t.text in countries
                            or t.text in demonyms for t in ent):
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


def _given_initials(doc: Doc) -> None:
    """Given names written as initials without full stops ("P S Narasimha", "R R Bhatnagar") belong
    to the name: the model leaves out the first letter or two."""
    out, changed = [], False
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "PERSON":
            while start > 0 and ent.start - start < 3 and _lone_capital(doc[start - 1]) \
                    and not (out and out[-1].end > start - 1):
                start -= 1
            lone = next((i for i in range(start, ent.end) if not _lone_capital(doc[i])), ent.end) - start
            if lone < 2:
                start = ent.start                     # one letter ("Group B Tom Hale"): not known to be his
        if start != ent.start:
            out.append(Span(doc, start, ent.end, label=ent.label_))
            changed = True
        else:
            out.append(ent)
    # … and such a name the model left untagged ("Chief Justice D Y Chandrachud"): two or three
    # lone capitals, then one capitalised word that ends the name and names no body or title
    covered = {i for e in out for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        k = i
        while k < len(doc) and k - i < 3 and _lone_capital(doc[k]) and k not in covered:
            k += 1
        surname = doc[k] if k < len(doc) else None
        if k - i >= 2 and (i == 0 or not _lone_capital(doc[i - 1])) and surname is not None \
                and k not in covered and surname.pos_ == "PROPN" and surname.is_title and surname.is_alpha \
                and len(surname) >= 3 and not _is_title(surname) and surname.text not in lx.ORG_HEADS \
                and surname.text not in lx.countries() and not (
                    k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN"):
            out.append(Span(doc, i, k + 1, label="PERSON"))
            changed = True
            i = k + 1
            continue
        i = max(k, i + 1)
    if changed:
        doc.ents = sorted(out, key=lambda e: e.start)


def _name_ends(doc: Doc) -> None:
    """A person's name the model cut short ("Nasser Ali Shaban" of "Nasser Ali Shaban Ahli and
    Chang Chung-Ling"): a capitalised proper noun of no entity right after it, then a break
    (punctuation, "and", "or"), belongs to it. And one it ran on into a verb ("demanded Fethullah
    Gulen be returned"): a name ends with no lower-case verb."""
    out, changed = [], False
    for ent in doc.ents:
        end = ent.end
        while ent.label_ == "PERSON" and end - ent.start > 1 and doc[end - 1].is_lower \
                and doc[end - 1].pos_ in ("AUX", "VERB"):
            end -= 1
        if ent.label_ == "PERSON" and len(ent) >= 2 and end + 1 < len(doc):
            nxt, after = doc[end], doc[end + 1]
            if nxt.ent_iob_ == "O" and nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and len(nxt) > 2 \
                    and nxt.lower_ not in _TITLE_STEMS and nxt.lower_ not in _CALENDAR and nxt.lower_ not in _SUFFIXES \
                    and (after.is_punct or after.lower_ in ("and", "or")):
                end += 1
        if end != ent.end:
            out.append(Span(doc, ent.start, end, label=ent.label_))
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


_NAME_PREPOSITIONS = frozenset({"without", "for", "against", "across", "beyond", "under"})


def _name_starts(doc: Doc) -> None:
    """A body's name the model cut after its first word, at a capitalised preposition ("Doctors
    [Without Borders]", "Reporters Without [Borders]"): the name begins with the capitalised noun
    before the preposition; and such a name it did not tag at all."""
    out, changed = [], False
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for ent in doc.ents:
        start = ent.start
        prep = doc[start] if _name_preposition(doc[start]) else doc[start - 1] if start > 0 \
            and _name_preposition(doc[start - 1]) and doc[start - 1].i not in taken else None
        head = doc[prep.i - 1] if prep is not None and prep.i > 0 else None
        if head is not None and head.is_title and head.is_alpha and head.pos_ in ("NOUN", "PROPN") \
                and head.i not in taken:
            out.append(Span(doc, head.i, ent.end, label="ORG"))
            changed = True
        else:
            out.append(ent)
    # and one it did not tag at all ("Doctors Without Borders, also known as MSF, denied"): a
    # capitalised noun, the preposition, and capitalised nouns after it, none of them tagged
    taken = {i for span in out for i in range(span.start, span.end)}
    for prep in doc[1:-1]:
        if not _name_preposition(prep):
            continue
        end = prep.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ in ("NOUN", "PROPN") \
                and end not in taken:
            end += 1
        head = doc[prep.i - 1]
        if end > prep.i + 1 and head.is_title and head.is_alpha \
                and head.pos_ in ("NOUN", "PROPN") and not taken & set(range(head.i, end)):
            out.append(Span(doc, head.i, end, label="ORG"))
            taken |= set(range(head.i, end))
            changed = True
    if changed:
        doc.ents = sorted(out, key=lambda span: span.start)


def _name_preposition(tok) -> bool:
    return tok.pos_ == "ADP" and tok.is_title and tok.lower_ in _NAME_PREPOSITIONS and not tok.is_sent_start


def _lone_capital(tok) -> bool:
    """A capital letter standing alone as a word, not the article "A" or the pronoun "I"."""
    return len(tok.text) == 1 and tok.text.isupper() and tok.text not in ("A", "I") and tok.whitespace_ == " "


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _consistent_labels(doc: Doc) -> None:
    """One name, one label in an article: the model labels "Norfolk Southern" a company in one
    sentence and a person in the next, and "Homendy" a person after "Jennifer Homendy" and an
    organisation later. Each name (and a surname of a full name) takes the label most of its
    mentions have; a tie changes nothing."""
    def text_of(ent) -> str:
        return ent.text.removesuffix("'s").removesuffix("’s")
    votes: dict[str, Counter] = {}
    for ent in doc.ents:
        if ent.label_ in _NAME_LABELS:
            votes.setdefault(text_of(ent), Counter())[ent.label_] += 1
    surnames: dict[str, Counter] = {}
    for text, counter in votes.items():
        words = text.split()
        if len(words) >= 2 and counter.most_common(1)[0][0] == "PERSON":
            # the surname, and the first name where that is what the article calls them by
            # ("Najib" for "Najib Razak", "Xi" for "Xi Jinping")
            for word in {words[-1], words[0]}:
                if word[:1].isupper():
                    surnames.setdefault(word, Counter())["PERSON"] += sum(counter.values())
    bodies = {word for text, counter in votes.items() if len(text.split()) >= 2
              and counter.most_common(1)[0][0] != "PERSON" for word in text.split()}
    out, changed = [], False
    taken = -1
    for ent in doc.ents:
        if ent.start < taken:
            continue
        # cut short: "[Norfolk] Southern" where the article writes "Norfolk Southern" elsewhere
        for k in (2, 1):
            start = ent.start - k
            if start > max(taken, -1) and ent.label_ in _NAME_LABELS and doc[start:ent.start].text[:1].isupper() \
                    and not any(t.ent_type_ for t in doc[start:ent.start]):
                full = votes.get(doc[start:ent.end].text)
                if full is not None and full.most_common(1)[0][0] in ("PERSON", "ORG"):
                    out.append(Span(doc, start, ent.end, label=full.most_common(1)[0][0]))
                    taken = ent.end
                    changed = True
                    break
        if taken == ent.end:
            continue
        counter = votes.get(text_of(ent)) if ent.label_ in _NAME_LABELS else None
        if counter is not None and len(ent) == 1 and ent.text in surnames:
            # one word of a person's full name, and of no other name: that person however often
            # the model tags it otherwise ("Najib" after "Najib Razak")
            counter = surnames[ent.text] if ent.text not in bodies else counter + surnames[ent.text]
        if counter is not None:
            (best, n), *rest = counter.most_common(2) + [(None, 0)]
            if best != ent.label_ and n > rest[0][1]:
                out.append(Span(doc, ent.start, ent.end, label=best))
                changed = True
                continue
        out.append(ent)
    if changed:
        doc.ents = out


# What only a body has: a name with one of these after its possessive is a company or an
# organisation, however the model tags it ("Gold Apollo's founder", "Veltra's shareholders").
_BODY_OWNED = frozenset({"founder", "co-founder", "cofounder", "employee", "employees", "staff", "shareholder",
                         "shareholders", "share", "shares", "headquarters", "subsidiary", "subsidiaries",
                         "trademark", "brand", "board", "chairman", "chairwoman", "ceo", "executive",
                         "executives", "stock", "product", "products"})


_MISREAD_BODIES = frozenset({"PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})   # labels the model gives companies


def _owning_bodies(doc: Doc) -> None:
    """A name the model tags as a person (or a building, a product) that owns what only a body has ("Gold Apollo's president
    and founder", "Veltra's shareholders") is an organisation, in every mention of the article."""
    def name(ent) -> str:
        return ent.text.removesuffix("'s").removesuffix("’s")
    owning = set()
    for ent in doc.ents:
        if ent.label_ in _MISREAD_BODIES and ent.root.dep_ == "poss" and ent.root.head.i >= ent.end:
            owned = ent.root.head
            if owned.lower_ in _BODY_OWNED or any(c.dep_ == "conj" and c.lower_ in _BODY_OWNED for c in owned.children):
                owning.add(name(ent))
    if owning:
        doc.ents = [Span(doc, e.start, e.end - (doc[e.end - 1].tag_ == "POS"), label="ORG")    # (not its "'s")
                    if e.label_ in _MISREAD_BODIES and name(e) in owning else e for e in doc.ents]


def _repeated_names(doc: Doc) -> None:
    """A name the model tags once is that name wherever the article writes it: the model tags
    "Facebook" as a company in one sentence and leaves it untagged in five others ("Facebook on
    Sunday dismissed …", "a Facebook spokesperson"). Only names of people and bodies, only where
    every word is a capitalised proper noun no entity holds, and not a one-word name the article
    also writes in lower case ("Anger")."""
    lowercase = {t.lower_ for t in doc if t.is_lower}
    labels: dict[tuple[str, ...], str] = {}
    for ent in doc.ents:
        words = tuple(t.text for t in ent if t.text not in ("'s", "’s"))
        if ent.label_ in ("PERSON", "ORG") and words \
                and all(w[:1].isupper() or _FIGURED_ACRONYM.fullmatch(w) for w in words) \
                and not (len(words) == 1 and (len(words[0]) < 3 or words[0].lower() in lowercase)):
            labels.setdefault(words, ent.label_)
    if not labels:
        return
    at: dict[str, list[int]] = {}
    for t in doc:
        at.setdefault(t.text, []).append(t.i)
    added, taken = [], {t.i for t in doc if t.ent_type_}
    for words, label in sorted(labels.items()):
        for i in at.get(words[0], ()):
            end = i + len(words)
            if end > len(doc) or any(k in taken for k in range(i, end)) \
                    or tuple(t.text for t in doc[i:end]) != words or any(t.pos_ != "PROPN" for t in doc[i:end]) and (
                        # (a name of several capitalised words may hold a preposition: "Doctors
                        # Without Borders"; one word may be read as a noun: "Facebook on Sunday
                        # dismissed …", which the article never writes in lower case)
                        len(words) < 2 and not (doc[i].pos_ == "NOUN" and doc[i].is_title)
                        or len(words) >= 2 and doc[i].pos_ != "PROPN" and doc[end - 1].pos_ != "PROPN") \
                        and not _FIGURED_ACRONYM.fullmatch(words[0]) \
                    or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    or i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
                continue                    # part of a longer name ("Facebook Papers")
            added.append(Span(doc, i, end, label=label))
            taken.update(range(i, end))
    if added:
        doc.ents = sorted([*doc.ents, *added], key=lambda e: e.start)


# common nouns after which the name before them is a news outlet's ("the WAFA news agency", "Iran's
# Tasnim news agency", "the Kyodo newswire")
_OUTLET_NOUNS = frozenset({"agency", "newswire", "wire", "newspaper", "daily", "broadcaster", "channel", "outlet",
                           "tabloid", "weekly", "website", "portal"})
_MEDIUM_WORDS = frozenset({"news", "tv", "television", "radio", "online"})   # "Al-Ekhbariya TV channel"
_PLATFORMS = frozenset({"Telegram", "YouTube", "Facebook", "Twitter", "Instagram", "TikTok", "WhatsApp", "WeChat",
                        "Weibo", "VKontakte"})


def _agency_names(doc: Doc) -> None:
    """The name right before "news agency" (or "newspaper", "broadcaster", …) is an outlet's, an
    organisation, whatever the model made of it: nothing ("the Palestinian WAFA news agency"), a
    person ("Iran's Tasnim news agency"), or a body with the demonym before it ("The Iranian Tasnim
    news agency": Tasnim)."""
    demonyms, countries = lx.demonyms(), lx.countries()
    found = []
    for tok in doc:
        if tok.lower_ not in _OUTLET_NOUNS or not tok.is_lower or tok.i == 0:
            continue
        end = tok.i
        while end > 0 and doc[end - 1].lower_ in _MEDIUM_WORDS:
            end -= 1
        if tok.lower_ == "channel" and end == tok.i:
            if end == 0 or doc[end - 1].text not in _PLATFORMS:
                continue                     # "his Telegram channel": a platform's, no outlet named
            end -= 1                         # "the Nexta Telegram channel": Nexta
        start = end
        while start > 0:
            word = doc[start - 1]
            if start > 1 and word.text in ("-", "–") and doc[start - 2].is_alpha and not word.whitespace_:
                start -= 2                   # "Al-Ekhbariya", "al-Sharq al-Awsat"
                continue
            if not (word.is_title and word.pos_ == "PROPN" or word.is_upper and word.is_alpha and len(word) > 1
                    and word.pos_ in ("PROPN", "NOUN")) \
                    or word.text in demonyms or word.text in countries or _is_title(word):
                break
            start -= 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1                       # (not a lower-case word the hyphen took in)
        if start < end and end - start <= 4:
            found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = []
    for e in doc.ents:
        overlap = taken.intersection(range(e.start, e.end))
        if not overlap:
            kept.append(e)
            continue
        # a demonym the model joined to the name stays a demonym of its own ("The Iranian Tasnim")
        words = [t for t in doc[e.start:min(overlap)] if t.lower_ not in ("the", "a", "an")]
        if words and all(t.text in demonyms for t in words):
            kept.append(Span(doc, words[0].i, min(overlap), label="NORP"))
    doc.ents = sorted([*kept, *found], key=lambda e: e.start)


def _split_two_bodies(doc: Doc) -> None:
    """"Amnesty International and Human Rights Watch", read as one body: two, where each side of the
    "and" is a body's whole name (it ends in a word such as "Watch" or "Ministry", is a well-known
    institution, or the article names it alone elsewhere); not "Procter and Gamble", whose first
    part names nothing alone, or "Securities and Exchange Commission", whose first is one word."""
    alone = {e.text for e in doc.ents if e.label_ in ("ORG", "PERSON", "GPE")}

    def whole(part: Span, within: Span) -> bool:
        words = [t for t in part if t.lower_ != "the"]
        return len(words) > 0 and all(t.text[:1].isupper() or t.lower_ in ("of", "for") for t in words) \
            and (len(words) > 1 and words[-1].text in lx.ORG_HEADS or part.text in lx.INSTITUTIONS
                 or part.text in alone and part.text != within.text)
    out, changed = [], False
    for ent in doc.ents:
        cut = next((t.i for t in ent[1:-1] if t.lower_ == "and"), None) if ent.label_ == "ORG" else None
        if cut is not None and whole(doc[ent.start:cut], ent) and whole(doc[cut + 1:ent.end], ent):
            out += [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut + 1, ent.end, label="ORG")]
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


def _split_country_prefix(doc: Doc) -> None:
    """'President of Ukraine Volodymyr Zelensky', 'Prime Minister of India Narendra Modi': after
    "of", the model often reads the country and the person's name as one entity; and a nationality
    before a name ("Palestinian Muhannad"). Split it in doc.ents, so that the attribution component
    finds the person too. A place's name before a masthead's word is a newspaper ("India Today")."""
    countries, demonyms = lx.countries(), lx.demonyms()
    out, changed, taken = [], False, 0
    for ent in doc.ents:
        cut = None
        if ent.start < taken:
            continue
        if ent.label_ == "GPE" and ent.end < len(doc) and doc[ent.end].text in _MASTHEADS | _PLACE_MASTHEADS \
                and (not doc[ent.end].ent_type_ or doc[ent.end].ent_type_ == "DATE" and doc[ent.end].ent_iob_ == "B"
                     and (ent.end + 1 == len(doc) or doc[ent.end + 1].ent_iob_ != "I")):
            out.append(Span(doc, ent.start, ent.end + 1, label="ORG"))     # "India Today" (read as a date), "China Daily"
            changed, taken = True, ent.end + 1
            continue
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text in demonyms \
                and all(t.pos_ == "PROPN" and t.is_title for t in ent[1:]):
            # "displaced Palestinian Muhannad, an eyewitness, told AFP": the nationality, then the name
            out += [Span(doc, ent.start, ent.start + 1, label="NORP"), Span(doc, ent.start + 1, ent.end, label="PERSON")]
            changed = True
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_ == "of" and len(ent) >= 3:
            for k in range(min(3, len(ent) - 2), 0, -1):
                rest = ent[k:]
                if ent[:k].text in countries and all(t.pos_ == "PROPN" and t.is_title for t in rest) \
                        and not any(t.text in lx.ORG_HEADS or _is_title(t) for t in rest):
                    cut = ent.start + k
                    break
        if cut is None:
            out.append(ent)
            continue
        out += [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
        changed = True
    if changed:
        doc.ents = out


_INITIALLED = re.compile(r"(?:[A-Z](?:\.\s?|\s)){1,3}[A-Z][a-z]{2,}")
_OTHER_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT", "LAW", "LANGUAGE"})
_PERSON_ROLES = _ROLE_NOUNS | {"aide", "adviser", "advisor", "deputy", "assistant"}


def _speaking_names(doc: Doc) -> None:
    """A name the model labels as a building, a product, a work or a date, or does not tag at all (it
    often misses a name it has not seen), that speaks, acts or carries a person's role is an
    actor: "Mykhaylo Podolyak, an aide to the president, said" (a person), "the White House said",
    "Human Rights Watch was unable to corroborate the count" (organisations)."""
    lowercase = {t.lower_ for t in doc if t.is_lower}
    out, changed = [], False
    for ent in doc.ents:
        label = None
        if ent.label_ == "ORG" and _INITIALLED.fullmatch(ent.text) and ent[-1].text not in lx.ORG_HEADS:
            label = "PERSON"                  # "K V Kamat", "M.L. Sharma": initials and a surname
        elif (ent.label_ in _OTHER_LABELS or ent.label_ == "DATE" and not any(
                t.lower_ in _CALENDAR or t.like_num or not t.is_title for t in ent)) \
                and all(t.is_title or not t.is_alpha for t in ent):
            if any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_ROLES for c in ent.root.children):
                label = "PERSON"
            elif _speaks(ent.root):
                label = _person_or_organisation(ent, lowercase)
        if label is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, ent.end, label=label))
        changed = True
    covered = {i for e in out for i in range(e.start, e.end)}
    # one word the article capitalises inside its sentences, never in lower case, that opens a
    # sentence as the subject of a verb of saying or acting: the parser reads it as a common noun
    # there and the model tags it nowhere ("Facebook on Sunday dismissed …")
    named_inside = {t.text for t in doc if t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.is_sent_start
                    and t.lower_ not in lowercase and t.i not in covered and not _is_title(t)}
    surnames = {e[-1].text for e in out if e.label_ == "PERSON" and len(e) > 1}
    for tok in doc:
        if tok.is_sent_start and tok.text in named_inside and tok.i not in covered and _speaks(tok) \
                and tok.text not in lx.countries() and tok.text not in lx.demonyms() \
                and not any(c.dep_ == "compound" for c in tok.children):
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON" if tok.text in surnames else "ORG"))
            covered.add(tok.i)
            changed = True
    for tok in doc:
        # an untagged run of capitalised proper nouns as the subject of a verb of saying or acting
        # (a title's word in it only where a body's head noun ends it: "National Anti-Terrorism Committee")
        personal = _lives(tok)
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.i in covered or not (_speaks(tok) or personal):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, tok.i + 1) \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in covered:
            start -= 1
        span = doc[start:tok.i + 1]
        if len(span) == 1 and ACRONYM.match(tok.text) and tok.is_alpha and tok.is_upper:
            out.append(Span(doc, span.start, span.end, label="ORG"))      # "HECO … said"
            covered.add(tok.i)
            changed = True
            continue
        if len(span) == 1 and tok.text in lx.countries() and _speaks(tok):
            out.append(Span(doc, span.start, span.end, label="GPE"))      # "Kyiv said …"
            covered.add(tok.i)
            changed = True
            continue
        if len(span) == 1 and tok.is_title and tok.is_alpha and tok.head.lemma_.lower() in _SAYING \
                and tok.lower_ not in lowercase and not _is_title(tok) and not tok.is_sent_start:
            out.append(Span(doc, span.start, span.end, label="PERSON"))   # '"…," Price said': a surname
            covered.add(tok.i)
            changed = True
            continue
        if len(span) < 2 or not all(t.is_title or t.text == "-" and 0 < t.i - span.start < len(span) - 1
                                    for t in span) \
                or any(_is_title(t) for t in span) and span[-1].text not in lx.ORG_HEADS \
                or span[0].is_sent_start and span[0].lower_ in lowercase:
            continue
        out.append(Span(doc, span.start, span.end,
                        label="PERSON" if personal else _person_or_organisation(span, lowercase)))
        covered.update(range(span.start, span.end))
        changed = True
    if changed:
        doc.ents = sorted(out, key=lambda e: e.start)


_LIFE_VERBS = frozenset({"die", "resign"})
_SAYING = frozenset({"say", "tell", "add", "note", "explain", "write", "continue"})   # plain verbs of saying
_PERSON_APPOSITIONS = _PERSON_ROLES | {"critic", "opponent", "dissident", "widow", "wife", "husband", "son",
                                       "daughter", "father", "mother", "brother", "sister", "student", "woman", "man"}


def _lives(tok) -> bool:
    """A subject only a person can be: one who died or resigned, or one described as a leader,
    a critic or a widow ("Alexei Navalny, the Kremlin's most prominent critic, died")."""
    return tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in _LIFE_VERBS or any(
        c.dep_ == "appos" and c.lemma_.lower() in _PERSON_APPOSITIONS for c in tok.children))


def _speaks(tok) -> bool:
    """The subject of a verb of saying or acting, directly or through "was unable to confirm"."""
    if tok.dep_ != "nsubj":
        return False
    head = tok.head
    if head.lemma_.lower() in _acting_verbs():
        return True
    return any(c.dep_ in ("acomp", "xcomp") and any(g.dep_ == "xcomp" and g.lemma_.lower() in _answering_verbs()
                                                   for g in c.children) for c in head.children)


@lru_cache(maxsize=1)
def _answering_verbs() -> frozenset[str]:
    """Verbs of acting and saying, and of answering ("unable to corroborate": data/nonanswer_verbs.txt)."""
    return _acting_verbs() | frozenset(_data_lines("nonanswer_verbs.txt"))


def _person_or_organisation(span, lowercase: set[str]) -> str:
    """A person's name has two or three words, none of them a common word the text writes in
    lower case elsewhere or an organisation's head noun, and takes no article."""
    doc = span.doc
    words = [t for t in span if t.is_alpha]
    person = 2 <= len(words) <= 3 and span[0].lower_ not in ("the", "a", "an") \
        and not (span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")) \
        and not any(t.text in lx.ORG_HEADS or t.text in lx.FACILITY_HEADS or t.lower_ in lowercase for t in words)
    return "PERSON" if person else "ORG"


def _joined_names(doc: Doc) -> list[Span]:
    """The model's entities, with two person names that touch made one ("Abd-Rabbu" "Mansour Hadi",
    "Prince Abdulaziz" "bin Salman"): a list of people is written with commas or "and" between."""
    out: list[Span] = []
    for ent in doc.ents:
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == ent.start:
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def find_actors(doc: Doc) -> list[ActorSpan]:
    countries, demonyms = lx.countries(), lx.demonyms()
    text_of_doc = doc.text                   # built anew on each access: once per document
    lowercase = {t.lower_ for t in doc if t.is_lower}
    surnamed: dict[str, int] = {}            # a full name's last word -> where it is first named in full
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1:
            surnamed.setdefault(e[-1].text, e.end)
    # one-word names the tagger reads as a proper noun somewhere ("Facebook … dismissed", read as a noun)
    # (tagged, or written inside a sentence, where the capital is the name's own)
    proper = {e.text for e in doc.ents if len(e) == 1 and e[0].tag_ in ("NNP", "NNPS")} \
        | {t.text for t in doc if t.tag_ in ("NNP", "NNPS") and t.is_title and not t.is_sent_start}
    drafts = []      # [start token, end token, kind, key]
    for ent in _joined_names(doc):
        if ent.text.lower() in ("the west", "west") and ent.label_ in ("LOC", "NORP", "GPE", "ORG") \
                and (ent.start > 0 and doc[ent.start - 1].lower_ == "the" or ent.text.lower() == "the west"):
            drafts.append([ent.start, ent.end, "group", "the West"])     # the Western states, as one side
            continue
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        span = _trim(ent)
        if span is None:
            continue
        span = _extend_left(span)
        if len(span) == 1 and span[0].lower_ in lowercase and span.text not in countries:
            continue                         # "Debris" opening a sentence: the article writes it lower-case
        while len(span) > 1 and (span[-1].text in _POSTNOMINALS
                                 or kind in ("gpe", "norp", "person") and _is_title(span[-1])
                                 and span[-2].text not in ("-", "–")):   # not "al-Sheikh"
            span = span[:-1]                 # "Ryan Pinder KC"; "Hawaii Sens[.] Mazie Hirono"
        text = _clean(span.text)
        if not _nameish(text, span) or _ARTEFACT.search(span.text) and not _numbered_unit(span) \
                or _relational(text, countries, demonyms) \
                or text in _POSTNOMINALS:
            continue
        if _PLURAL_ACRONYM.match(text) or _before_plural_acronym(span):
            continue                         # "UAVs", "Unmanned Aerial Vehicles (UAVs)": things, not actors
        if len(span) == 1 and span[0].tag_ not in ("NNP", "NNPS") and text not in countries \
                and text not in demonyms and text not in lx.INSTITUTIONS and not _names_a_thing(span) \
                and not _FIGURED_ACRONYM.fullmatch(text) and not (span[0].is_title and text in proper):
            continue                         # "Anger has surged", "NEVER sell": a word, not a name ("1MDB" is)
        if kind == "organization":
            span = _owner(span)              # "the Carnegie Endowment's Nuclear Policy Program"
            text = _clean(span.text)
            head = _institution_prefix(span)
            if head is not None and not any(t.text in lx.ORG_HEADS for t in span[len(head):]):
                # "White House National Security Adviser": the institution, then a title's words; but
                # "United Nations Human Rights Office", "IAEA Board of Governors", a body's whole name, stays whole
                drafts.append([span.start, head.end, lx.INSTITUTIONS[head.text][1], lx.INSTITUTIONS[head.text][0]])
                span = span.doc[head.end:span.end]
                text = _clean(span.text)
                if all(t.text in lx.TITLE_MODIFIERS for t in span) and span.end < len(span.doc) \
                        and _is_title(span.doc[span.end]):
                    continue                 # "National Security" before "Adviser": a title's words
        if kind == "person" and any(t.tag_ == "POS" for t in span[1:-1]) and _owner(span).end == span.end:
            kind = "organization"            # "Donetsk People's Republic": a body named for people
        if kind == "person" and any(t.tag_ == "POS" for t in span[1:-1]):
            owner = _owner(span)             # "Binance's Zhao": the company's, and the person
            person = span.doc[owner.end + 1:span.end]
            drafts.append([owner.start, owner.end, "organization", _clean(owner.text)])
            span, text = person, _clean(person.text)
        split = _acronym_and_person(span) if kind == "organization" else None
        if split is not None:
            org, person = split
            drafts.append([org.start, org.end, "organization", _clean(org.text)])
            drafts.append([person.start, person.end, "person", _clean(person.text)])
            continue
        if kind in ("gpe", "person", "organization") and " " in text and span[-1].text in _MASTHEADS:
            drafts.append([span.start, span.end, "organization", text])   # "reports in the Wall Street Journal"
            continue
        if kind == "gpe" and text not in countries and span.start > 0 \
                and doc[span.start - 1].lower_ in _MEDIA_NOUNS | COMPANY_NOUNS:
            drafts.append([span.start, span.end, "organization", text])   # "the independent outlet MediaZona"
            continue
        if kind in ("person", "organization", "norp") and _locative(span) and text not in lx.INSTITUTIONS \
                and not (kind == "person" and _after_place(span)):
            drafts.append([span.start, span.end, PLACE, text])    # "in Kherson", "the Kherson region"
            continue
        if text in lx.INSTITUTIONS:
            canonical, ikind, _ = lx.INSTITUTIONS[text]
            drafts.append([span.start, span.end, ikind, canonical])
            continue
        if _dateline(span, text_of_doc) or _credit(span, text_of_doc):
            continue                         # "PARIS (Reuters) —", "KYIV, Ukraine —"
        if kind == "organization" and _portfolio(span):
            continue                         # "Public Works and Transportation Minister Youssef Fenianos"
        if _CITATION.match(text_of_doc, span.end_char) and text_of_doc[:span.start_char].rstrip().endswith(("(", ";")):
            continue                         # "(Beasley, 2024)": a work cited, not an actor
        if text.isupper() and (" " in text or len(text) > 6):
            text = " ".join(w if len(w) <= 3 else w.title() for w in text.split())   # "ABC NEWS"
        if kind == "organization" and text not in countries and span[-1].text not in lx.ORG_HEADS \
                and _person_by_role(span, _ROLE_NOUNS - _BODY_ROLES):
            drafts.append([span.start, span.end, "person", text])      # "Hanna Maliar, the deputy defence
            continue                                                   # minister," read as a body
        if kind in ("gpe", "person") and text in countries and surnamed.get(text, len(doc) + 1) <= span.start:
            drafts.append([span.start, span.end, "person", text])      # "Robert Amsterdam … Amsterdam said"
            continue
        if kind == "gpe" or (kind == "organization" and text in countries):
            country = countries.get(text)
            acting = _acts(span)
            if country is not None and text in country.capitals and acting:
                drafts.append([span.start, span.end, "country", country.name])    # "Moscow denied"
                continue
            if country is None and acting and kind == "gpe":
                drafts.append([span.start, span.end, "organization", text])      # "Maui County sued"
                continue
            if country is None and (_person_by_role(span) or _listed_with_people(span)):
                drafts.append([span.start, span.end, "person", text])  # "the minister, Mai Alkaila,"
                continue
            if country is None or text in country.capitals or _situated(span) \
                    or _DATELINE_HEAD.fullmatch(text_of_doc, text_of_doc.rfind("\n", 0, span.start_char) + 1,
                                                span.start_char):
                drafts.append([span.start, span.end, PLACE, text])     # a place, not an actor
                continue
            if _somewhere(span):                 # "in China": the country, but no sign that it acts
                drafts.append([span.start, span.end, SOMEWHERE, country.name])
                continue
            if _modifier(span) and not acting:   # "a U.S. short-seller", "the deadliest U.S. fire": the
                drafts.append([span.start, span.end, "demonym", country.name])   # country as an adjective
                continue
            drafts.append([span.start, span.end, "country", country.name])
        elif kind == "norp":
            country = demonyms.get(text) or demonyms.get(text.rstrip("s"))
            if country is not None:
                drafts.append([span.start, span.end, "demonym", country.name])
            elif text in countries:
                drafts.append([span.start, span.end, "country", countries[text].name])
            elif text in lx.GROUP_ADJECTIVES:
                drafts.append([span.start, span.end, "group", lx.GROUP_ADJECTIVES[text]])
            elif all(t.tag_ == "JJ" for t in span):
                continue                     # "Islamist", "Militant Islamist": adjectives, not a named group
            elif ACRONYM.match(text) and text.isalpha() and len(text) >= 3:
                drafts.append([span.start, span.end, "organization", text])     # "UPI": a body's initials
            elif span.root.tag_ not in ("NNS", "NNPS") and (
                    span.root.dep_ in ("amod", "compound") and span.root.head.pos_ == "NOUN"
                    or span.root.dep_ in ("attr", "appos") and any(c.dep_ == "det" for c in span.root.children)):
                continue                     # "Buddhist statues", "Kashmiri youth"; "she was a Christian":
                                             # what qualifies a thing or a person, not a group that acts
                                             # (but "his daughter Malika" names her)
            else:
                drafts.append([span.start, span.end, "group", text])
        else:
            demonym = demonyms.get(text) or demonyms.get(text.removesuffix("s"))
            if demonym is not None and kind in ("person", "organization"):
                drafts.append([span.start, span.end, "demonym", demonym.name])   # "Sri Lankan" read as a person
                continue
            words = text.split()
            # the head noun comes before "of": "Bank of the Philippine Islands" is a bank
            head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if head in _COMPASS and len(words) > 1:
                head = words[-2]             # "Al Rashid Road west" (of somewhere): the road
            if head in _HEADS or head.capitalize() in _HEADS or text in lx.REGIONS \
                    or (len(words) == 1 and text in lx.ORG_HEADS) \
                    or any(w in _HEADS and nxt in ("on", "in", "at") for w, nxt in zip(words, words[1:])):
                continue                     # "the Beslan school", "Wailuku Police Station on Maui"
            if kind == "organization" and len(words) > 1 and span[-1].lower_ in _ROLE_WORDS \
                    and span[-2].lower_ not in _STOP_INITIAL:          # "Department of Justice" keeps it
                body = span
                while len(body) > 1 and body[-1].lower_ in _ROLE_WORDS:
                    body = body[:-1]             # "FEMA Administrator": the body, not the role
                # unless no body's name is left: "U.S. Security [Coordinator]", "Public [Prosecutor]"
                if len(body) == 1 or body[-1].text in lx.ORG_HEADS or ACRONYM.match(body[-1].text) \
                        or _clean(body.text) in lx.INSTITUTIONS:
                    span = body
                text = _clean(span.text)
            if kind == "person" and text in countries:
                drafts.append([span.start, span.end, "country", countries[text].name])
                continue
            if kind == "person" and (any(t.lower_ in _STOP_INITIAL or t.lower_ == "without" for t in span[1:])
                                     or any(t.text in lx.ORG_HEADS for t in span)
                                     or any(t.is_alpha and t.is_upper and len(t) >= 3 and t.lower_ not in _SUFFIXES
                                            for t in span)):
                # "Doctors Without Borders", "Indian Railways", "Odisha SDMA": no person's name has
                # "of", "without", an organisation's head noun or an acronym
                kind = "organization"
            if kind == "person" and _named_as_media(span):
                kind = "organization"        # "the newspaper Yeni Safak", "al-Sharq al-Awsat newspaper"
            owner = doc[span.start - 2].text if span.start >= 2 and doc[span.start - 1].text in ("'s", "’s") else ""
            if kind == "organization" and owner in countries and span[-1].lower_ in INSTITUTION_NOUNS:
                text = f"{countries[owner].name}'s {text}"     # "Russia's Defence Ministry": whose it is
            drafts.append([span.start, span.end, kind, text])
    covered = {i for d in drafts for i in range(d[0], d[1])}
    for tok in doc[1:]:
        # "the West", as one side in a story, often untagged by the model; not "the West Bank".
        if tok.text == "West" and doc[tok.i - 1].lower_ == "the" and tok.i not in covered \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            drafts.append([tok.i - 1, tok.i + 1, "group", "the West"])
    for d in drafts:
        if d[2] in ("person", "organization", "group") and _names_a_thing(doc[d[0]:d[1]]):
            d[2] = THING
    drafts = _split_trailing_people(doc, drafts)
    drafts = _declared_long_forms(doc, drafts)
    drafts += _institutions(doc, drafts)
    drafts += _untagged_people(doc, drafts, demonyms)
    drafts += _untagged_bodies(doc, drafts)
    drafts.sort(key=lambda d: (d[0], -d[1]))
    aliases = _declared_aliases(doc, drafts)
    _corefer(drafts, aliases)
    drafts += _untagged_surnames(doc, drafts)
    # A name joined by "and" to a place is one too ("the communities of Lahaina and Kula").
    place_tokens = {i for s, e, kind, _ in drafts if kind == PLACE for i in range(s, e)}
    for d in drafts:
        root = doc[d[0]:d[1]].root
        if d[2] == "person" and " " in d[3]:
            continue                         # a person named in full ("Both Fernando and Jayasundara") stays one
        if doc[d[1] - 1].text in lx.ORG_HEADS:
            continue                         # "in Douma, New York-based Human Rights Watch said": a body's name
        if d[2] in ("person", "organization") and (root.dep_ == "conj" and root.head.i in place_tokens
                                                   or any(c.dep_ == "conj" and c.i in place_tokens for c in root.children)):
            d[2] = PLACE
    places = {key for _, _, kind, key in drafts if kind == PLACE}
    out = []
    for start, end, kind, key in drafts:
        if kind in ("person", "organization", "group") and key in places:
            kind = PLACE
        span = doc[start:end]
        role, affiliation = _role(doc, span, drafts) if kind == "person" else ("", "")
        out.append(ActorSpan(span.start_char, span.end_char, key, kind, _clean(span.text),
                             tuple(sorted(aliases.get((start, end), ()))), role, affiliation))
    return sorted(set(out))


INSTITUTION_NOUNS = dict(line.split() for line in _data_lines("institution_nouns.txt"))


def _institutions(doc: Doc, drafts: list) -> list:
    """'the Russian defence ministry', 'Gaza civil defence': a country or place (or its demonym)
    plus an institution noun names an actor the model does not tag; people acting together
    ('Ukrainian officials', 'local authorities') are a group named by what qualifies them (`_group`)."""
    by_start = {d[0]: d for d in drafts}
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ in COLLECTIVES and (root.is_lower or root.is_sent_start and root.text[1:].islower()):
            group = _group(doc, chunk)
            if group is not None:
                out.append(group)
            continue
        kind = INSTITUTION_NOUNS.get(root.lower_)
        if kind is None or not root.is_lower and root.ent_type_ != "PERSON":
            continue                         # (but "Chinese Embassy" read as a person's name)
        start = chunk.start
        while start < root.i and (doc[start].lower_ in ("the", "a", "an") or doc[start].tag_ == "POS"):
            start += 1
        first = by_start.get(start)
        lead = start
        while lead < root.i and doc[lead].is_lower and doc[lead].pos_ == "ADJ":
            lead += 1                        # ("the outgoing Trump administration")
        led = by_start.get(lead)
        if led is not None and led[1] == root.i and kind in ("country", "organization") and (
                led[2] == "person" or led[2] == "organization" and root.lower_ == "administration"):
            # "the Trump administration", "the Modi government": the body a person leads, not the
            # person (also a name the model took for a body's, "the Biden-Harris administration")
            out.append([led[0], root.i + 1, "organization", _clean(doc[led[0]:root.i + 1].text)])
            continue
        if first is None or first[2] not in ("country", "demonym", SOMEWHERE, PLACE) or first[1] > root.i:
            continue
        between = doc[first[1]:root.i]
        # lower-case words only (the model may tag "foreign" as a proper noun in "Iran's foreign ministry")
        if any(not (t.is_lower or t.tag_ == "POS") or t.pos_ not in ("NOUN", "ADJ", "PART", "PROPN") for t in between):
            continue
        span = doc[start:root.i + 1]
        if kind == "country":
            if first[2] in ("country", "demonym", SOMEWHERE):
                out.append([span.start, span.end, "country", first[3]])
                continue
            kind = "organization" if root.lower_ in ("government", "administration") else "group"
        if root.lower_ == "embassy":              # "the Chinese embassy in Washington": one of many
            place = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == root.i + 1
                          for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)
            if place is not None:
                span = doc[start:place.i + 1]
        if root.lower_ == "mission":              # "Iran's mission to the United Nations": a country's
            body = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "to" and p.i == root.i + 1
                         for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("ORG", "GPE")), None)
            if body is None:                      # office there; not "Russia's mission in Ukraine"
                continue
            span = doc[start:body.i + 1]
        out.append([span.start, span.end, kind, _clean(span.text).replace("’s", "'s")])
    return out


COLLECTIVES = {line.split()[0]: (line.split()[1:] or ["group"])[0] for line in _data_lines("group_nouns.txt")}
GROUP_QUALIFIERS = frozenset(_data_lines("group_qualifiers.txt"))
_QUANTIFIERS = {"some", "many", "most", "several", "other", "all", "both", "few", "at", "least", "more",
                "than", "about", "nearly", "over", "almost", "around", "up", "to", "dozen", "dozens",
                "hundred", "hundreds", "thousand", "thousands", "million", "millions", "of"}


def _group(doc: Doc, chunk: Span) -> list | None:
    """People acting together, named by what qualifies them: "Polish officials", "Norfolk Southern
    employees", "local authorities", "Moscow-installed officials", "health workers". Counts,
    determiners and describing adjectives are not part of the name ("two senior U.S. officials"
    -> "U.S. officials"); a bare plural ("officials", "anxious residents") names nobody."""
    root = chunk.root

    def qualifies(tok) -> bool:
        if tok.lower_ in _CALENDAR:
            return False                     # "Monday investigators said": when, not who
        if tok.text in ("-", "'s", "’s") or (tok.i > 0 and doc[tok.i - 1].text == "-"):
            return True                      # "Moscow-installed", "Moscow's forces"
        if not tok.is_lower:
            return tok.is_alpha or "." in tok.text or "&" in tok.text     # "Norfolk Southern", "U.S."
        return tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in GROUP_QUALIFIERS   # "health", "local"

    start = chunk.start
    for tok in chunk[:root.i - chunk.start]:
        if tok.tag_ == "POS" and tok.i > 0 and doc[tok.i - 1].is_lower:
            start = tok.i + 1                # "the country's morality police": whose is no name
            continue
        if tok.tag_ in ("DT", "PDT", "PRP$", "CD") or tok.like_num or tok.lower_ in _QUANTIFIERS \
                or (tok.is_lower and tok.pos_ in ("ADJ", "CCONJ", "PUNCT", "ADV") and tok.lower_ not in GROUP_QUALIFIERS) \
                or not qualifies(tok):
            start = tok.i + 1
    while start < root.i and (doc[start].text == "-" or doc[start - 1].text == "-" and doc[start].is_lower):
        start += 1                           # the rest of a describing compound cut above ("high-level")
    if start >= root.i:
        if root.lower_ in BARE_ACTORS and root.dep_ in ("nsubj", "nsubjpass") and not _named_before(doc, root):
            end = root.i + 1                                           # "relatives of the victims"
            of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and of.i == end:
                end = of.right_edge.i + 1
            if root.lower_ == "family" and (end == root.i + 1 or not any(
                    t.pos_ == "PROPN" or t.tag_ in ("NNS", "NNPS") for t in doc[of.i + 1:end])):
                return None                  # "the family said": the one named before; "a family of four"
            if end > root.i + 1 and any(t.dep_ in ("relcl", "acl") for t in doc[of.i + 1:end]):
                end = min(t.left_edge.i for t in doc[of.i + 1:end] if t.dep_ in ("relcl", "acl"))
                while end > of.i + 1 and doc[end - 1].is_punct:
                    end -= 1                 # "relatives of the victims, who were killed": the victims'
            name = doc[root.i:end].text
            if root.lower_ == "family":                 # "Family of Abu Akleh", "the family of journalist
                owner = _family_name(doc, doc[of.i + 1:end])      # Ana Ruiz, who was killed"
                if owner is not None:
                    return [root.i, end, "group", f"{owner} family"]
            return [root.i, end, COLLECTIVES.get(root.lower_, "group"), name[:1].upper() + name[1:]]  # "protesters marched"
        return None
    span = doc[start:root.i + 1]
    name = _clean(span.text).replace("’s", "'s")
    if root.lower_ == "family":                 # "Abu Akleh's family", "the Abu Akleh family"; not "the
        owner = _family_name(doc, doc[start:root.i])          # Palestinian-American family"
        if owner is None:
            return None
        name = f"{owner} family"
    return [span.start, span.end, COLLECTIVES[root.lower_], name]


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})


def _family_name(doc: Doc, words: Span) -> str | None:
    """Whose a family is: the person named in `words` ("journalist Ana Ruiz, who was killed" ->
    "Ana Ruiz", "Mr Hale's" -> "Hale"), or a run of proper nouns with no person tagged; None when
    no one is named (a nationality, "of four")."""
    person = next((e for e in doc.ents if e.label_ == "PERSON" and words.start <= e.start < words.end), None)
    if person is not None:
        toks = [t for t in person if t.tag_ != "POS" and t.lower_ not in _HONORIFICS]
    else:
        toks = [t for t in words if t.tag_ != "POS" and t.lower_ not in _HONORIFICS]
        if not toks or any(t.pos_ != "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in toks):
            return None
    return _clean(" ".join(t.text for t in toks)) or None


def _named_before(doc: Doc, root) -> bool:
    """A body of this kind was named before ("Tehran Police said … the police said", "Harbour
    police"): the bare noun is that body, no actor of its own."""
    return any(t.lower_ == root.lower_ and t.i > 0 and (doc[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].is_title)
               for t in doc[:root.i])


# People who act together even when nothing qualifies them ("protesters stormed the building",
# "rescuers pulled out survivors"); a bare "officials" or "residents" is an unnamed source instead.
BARE_ACTORS = frozenset("protesters demonstrators rescuers firefighters volunteers medics activists relatives "
                        "families family survivors police".split())


def _declared_long_forms(doc: Doc, drafts: list) -> list:
    """'The Centre for Maritime Studies (CMS)': a capitalised run whose initials spell the
    acronym in brackets after it is an organisation's name, even where the model missed it."""
    out = list(drafts)
    for tok in doc[1:-1]:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" \
                or not ACRONYM.match(doc[tok.i + 1].text):
            continue
        acronym = doc[tok.i + 1].text
        start = tok.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in _STOP_INITIAL - {"the"}) \
                and doc[start - 1].lower_ not in ("the", "a", "an"):
            start -= 1
        while start < tok.i and doc[start].lower_ in _STOP_INITIAL:
            start += 1
        words = [t.text for t in doc[start:tok.i]]
        if len(words) < 2 or _initials(words) != acronym.replace(".", "") \
                or any(d[0] <= start and d[1] >= tok.i for d in out):
            continue                  # missed, or cut in pieces ("Research Design" + "Standard Organization")
        out = [d for d in out if d[1] <= start or d[0] >= tok.i]
        out.append([start, tok.i, "organization", _clean(doc[start:tok.i].text)])
    return out


def _split_trailing_people(doc: Doc, drafts: list) -> list:
    """'Commission on Water Resource Management Kaleo Manuel': an organisation's name run into a
    person's that the article names elsewhere; split it in two."""
    people = {d[3] for d in drafts if d[2] == "person" and len(d[3].split()) >= 2}
    surnames = {p.split()[-1] for p in people}
    out = []
    for d in drafts:
        start, end, kind, key = d
        words = key.split()
        # "Donetsk People's Republic PM Aleksandr Boroday": a body, a title, then a person's name
        title = next((i for i in range(end - 3, start, -1) if doc[i].text in lx.TITLES), None) \
            if kind == "organization" and end - start >= 4 else None
        if title is not None and 2 <= end - title - 1 <= 3 and all(
                t.is_title and t.pos_ == "PROPN" and t.text not in lx.ORG_HEADS for t in doc[title + 1:end]):
            if not all(t.text in lx.TITLES or t.text in lx.TITLE_MODIFIERS for t in doc[start:title]):
                out.append([start, title, kind, _clean(doc[start:title].text)])   # (not "Lieutenant General …")
            out.append([title + 1, end, "person", _clean(doc[title + 1:end].text)])
            continue
        # "Secretary of Defense Lloyd Austin": a portfolio after "<title> of" (part of the title,
        # not a body acting), then a person's name
        titled_of = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in lx.TITLES
        if kind == "organization" and titled_of and end - start >= 3 and doc[end - 3].lower_ not in _STOP_INITIAL \
                and all(t.is_title and t.pos_ == "PROPN" and t.text not in lx.ORG_HEADS for t in doc[end - 2:end]):
            out.append([end - 2, end, "person", _clean(doc[end - 2:end].text)])
            continue
        if kind == "organization" and len(words) >= 4 and words[-1] in surnames and words[-2][:1].isupper():
            cut = end - 2
            if doc[cut - 1].text not in ("of", "and", "for", "the"):
                out.append([start, cut, kind, _clean(doc[start:cut].text)])
                out.append([cut, end, "person", _clean(doc[cut:end].text)])
                continue
        out.append(d)
    return out


_CITATION = re.compile(r"(?:\s+et al\.?)?,\s*(?:19|20)\d\d[a-z]?\s*[);]")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def _before_plural_acronym(span) -> bool:
    doc = span.doc
    return span.end + 2 < len(doc) and doc[span.end].text == "(" and _PLURAL_ACRONYM.match(doc[span.end + 1].text) \
        is not None


# what follows a dateline's place before its dash: ", June 18 —", ", Philippines –"
_DATELINE_TAIL = re.compile(r",[^,\n]{1,30}?\s(?:[—–]|--?)\s")
_DATELINE_HEAD = re.compile(r"[ \t]*[A-Z][A-Z .'/-]{2,40},\s*")  # a line opening "PUTRAJAYA, [Malaysia] --"
_DATELINE_FIRST = re.compile(r"[A-Z][A-Z .'-]*/$")                   # "LONDON/" before "LVIV, Ukraine —"
_DATELINE_COUNTRY = re.compile(r",\s*([A-Z][A-Za-z .]{1,30}?)\s*(?:,|\s(?:[—–]|--?)\s|\()")


_CAPITAL_WORDS = re.compile(r"[ \t]*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*")
_CAPITAL_WORDS_AFTER = re.compile(r"(?: [A-Z][A-Z.'-]+)*")
_DATELINE_DATE = re.compile(r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")


# a dateline's place (and its country or day) and an opening bracket, before an agency's name: "KABUL
# (", "BEIJING, Feb 19 (", "JEDDAH, Saudi Arabia ("; and the closing bracket and dash after it
_CREDIT_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'/-]{1,40}(?:,[^\n(),]{1,30}){0,2}\s*\($")
_CREDIT_AFTER = re.compile(r"\)\s*(?:[—–]|--?)")
_DATELINE_CREDIT = re.compile(r"\s*\([A-Z][\w.&/ -]{0,30}\)\s*(?:[—–]|--?)")   # a place before "(AFP) –"


def _credit(span, text: str) -> bool:
    """The agency credited in a dateline ("KABUL (Reuters) -"): whose copy it is, not an actor."""
    return _CREDIT_AFTER.match(text, span.end_char) is not None \
        and _CREDIT_BEFORE.search(text[max(0, span.start_char - 80):span.start_char]) is not None


def _dateline(span, text: str) -> bool:
    """A name opening a paragraph and followed by a comma and a day ("Gilze-Rijen, October 13"), or an
    all-capitals one followed by a comma, bracket or dash, that is not the subject of the sentence
    ("HECO, the subject of nine lawsuits, said …")."""
    before = text[:span.start_char].rstrip(" ")
    if span.text.isupper() and (m := _DATELINE_FIRST.search(before)) is not None:
        before = before[:m.start()]            # "LONDON/LVIV, Ukraine, Nov 21 (Reuters) –": two places
    if (not before or before.endswith("\n")) and (_DATELINE_DATE.match(text, span.end_char)
                                                 or _DATELINE_CREDIT.match(text, span.end_char)):
        return True                            # "Gilze-Rijen, October 13 Malaysia Airlines …", "Luxembourg (AFP) –"
    if not span.text.isupper() or len(span.text) < 3:
        return False
    # a place of several words the model cut in two ("KUALA" "LUMPUR (July 3):"): the other words
    # in capitals before it on its line, or after it, are the dateline's too
    line = before.rfind("\n") + 1
    if _CAPITAL_WORDS.fullmatch(before, line):
        before = before[:line]
    end = _CAPITAL_WORDS_AFTER.match(text, span.end_char).end()
    after = text[end:end + 3].lstrip()
    placed = _DATELINE_COUNTRY.match(text, span.end_char)      # "GILZE-RIJEN, Netherlands, Oct 13"
    if after[:1] == "," and span.root.ent_type_ == "ORG" and span.root.dep_ in ("nsubj", "nsubjpass") \
            and not _DATELINE_TAIL.match(text, span.end_char) \
            and not (placed and placed.group(1).removeprefix("the ") in lx.countries()):
        return False
    return (not before or before.endswith("\n")) and after[:1] in (",", "(", "—", "–", "-", ":")   # "NEW DELHI: …"


_PORTFOLIO_ROLES = {"Minister", "Ministers", "Secretary", "Judge", "Commissioner"}


def _portfolio(span) -> bool:
    """What a minister or a judge is in charge of, named in the title before the name ("Public Works and
    Transportation Minister", "Blast Investigative Judge"): a part of the title, not a body. A body's
    own name ("Ministry of Transport", "Supreme Court") ends in a word of bodies and is kept."""
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < 6 and doc[i].text not in _PORTFOLIO_ROLES \
            and (doc[i].is_title and doc[i].text not in lx.ORG_HEADS or doc[i].lower_ in ("and", "&")):
        i += 1                               # "Public Works [and Transportation] Minister"
    return i < len(doc) and doc[i].text in _PORTFOLIO_ROLES and doc[i - 1].lower_ not in ("and", "&") \
        and span[-1].text not in lx.ORG_HEADS and span.text not in lx.INSTITUTIONS     # not "Wirecard and Minister X"


_MEDIA_NOUNS = frozenset({"newspaper", "daily", "weekly", "broadcaster", "channel", "magazine", "outlet", "tabloid",
                          "paper", "website", "agency"})


# the last word of a newspaper's name ("Wall Street Journal", "Jerusalem Post"), which the model
# often reads as a place or a person
_MASTHEADS = frozenset({"Journal", "Times", "Post", "Herald", "Gazette", "Tribune", "Telegraph", "Guardian",
                        "Chronicle", "Observer", "Inquirer", "Examiner"})


# … and after a place's name ("India Today", "China Daily", "Kyiv Independent")
_PLACE_MASTHEADS = frozenset({"Today", "Daily", "Independent", "Express"})


COMPANY_NOUNS = frozenset({"firm", "company", "insurer", "lender", "carrier", "manufacturer", "maker", "operator",
                           "contractor", "consultancy", "conglomerate", "startup", "broker", "shipper"})


def _named_as_media(span) -> bool:
    """A name set right after or before a noun for a news outlet ("the pro-government newspaper Yeni
    Safak", "Saudi-owned al-Sharq al-Awsat newspaper", "the London daily “Rai Al-Youm”"), or right
    after one for a company ("accountancy firm Grant Thornton"): a body, not a person."""
    doc = span.doc
    k = span.start - 1
    if k > 0 and doc[k].is_quote:
        k -= 1
    return k >= 0 and doc[k].lower_ in _MEDIA_NOUNS | COMPANY_NOUNS \
        or span.end < len(doc) and doc[span.end].lower_ in _MEDIA_NOUNS


def _relational(text: str, countries, demonyms) -> bool:
    """'U.S.-Russia', 'Israeli-Palestinian': two countries joined, an adjective of a relation."""
    parts = [p for p in re.split(r"[-–/]", text) if p]
    return len(parts) >= 2 and all(p in countries or p in demonyms for p in parts)


ARTIFACT_NOUNS = frozenset(_data_lines("artifact_nouns.txt"))


def _artifact(tok) -> bool:
    lower = tok.lower_
    return tok.lemma_.lower() in ARTIFACT_NOUNS or lower.endswith("s") and lower[:-1] in ARTIFACT_NOUNS


# Social and messaging platforms, by the names news writes them with: a platform something is
# posted on ("said on Telegram", "the Rybar Telegram channel", "in a Facebook post") carries it and
# does not speak; the company of the same name does ("Facebook said the accounts were removed").
PLATFORMS = frozenset({"Telegram", "Facebook", "Twitter", "X", "YouTube", "Instagram", "WhatsApp", "TikTok",
                       "VKontakte", "VK", "Weibo", "WeChat", "Signal", "Truth Social", "Threads", "LinkedIn",
                       "Reddit", "Snapchat", "Viber", "Bluesky"})


def _on_a_platform(span) -> bool:
    """A platform's name written as where something is posted: modifying a noun ("Telegram
    channel", "a Facebook post", "the Telegram messaging app") or after "on", "via" or "through"."""
    if span.text not in PLATFORMS:
        return False
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i >= span.end or root.dep_ == "pobj" and root.head.lower_ in ("on", "via", "through")


def _names_a_thing(span) -> bool:
    """The name of a made thing: it ends in a noun of one ("Unmanned Aerial Vehicles"), or it
    modifies one, directly or through other modifiers ("Shahed drones", "Sukhoi Su-35 fighter
    jets", "the Fateh-110 and Zolfaqar missiles"); or a platform something is posted on."""
    if _artifact(span[-1]) or _on_a_platform(span):
        return True                            # "Unmanned Aerial Vehicles", "UAV"; "on Telegram"
    if len(span) > 1 and span[0].text in SHIP_PREFIXES \
            or span.start and span.doc[span.start - 1].text in SHIP_PREFIXES:
        return True                            # "MV Rhosus", "USS Cole": a ship
    if len(span) == 1 and span[0].text in SHIP_PREFIXES and span.end < len(span.doc) \
            and span.doc[span.end].pos_ == "PROPN":
        return True                            # "MV" read apart from the ship's name after it
    if span.end < len(span.doc) and _MODEL_NUMBER.match(span.doc[span.end].text):
        return True                            # "a Boeing 777", "Airbus A320": a model, not its maker
    tok = span.root
    for _ in range(5):
        if tok.dep_ not in ("compound", "nmod", "amod", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and _artifact(tok):
            return True                        # "Shahed drones", "the DARE Act"
        if tok.pos_ not in ("PROPN", "NOUN", "NUM", "ADJ"):
            return False
    return False


_MODEL_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)[A-Z]{0,2}-?\d{2,4}[A-Z]{0,2}$")   # "777", "A320"; no year
SHIP_PREFIXES = {"MV", "M/V", "MS", "M/S", "SS", "USS", "HMS", "RMS", "MT", "FV"}
VESSEL_NOUNS = frozenset("ship tanker vessel boat freighter cruiser warship frigate destroyer carrier ferry yacht "
                         "trawler submarine".split())


def names_a_vessel(ent) -> bool:
    """The name of a ship: after a ship's prefix or a noun of one ("the MV Mercer Street", "the
    oil tanker Mercer Street"), or before such a noun ("the Front Altair tanker")."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start else None
    return before is not None and (before.text in SHIP_PREFIXES or before.lower_ in VESSEL_NOUNS
                                   and before.pos_ == "NOUN") \
        or root.dep_ in ("compound", "nmod") and root.head.lower_ in VESSEL_NOUNS and root.head.i >= ent.end


_LOCATED = {"based", "born", "headquartered", "registered", "bound"}
_PARTS = {"part", "parts", "swathe", "swathes", "swath", "swaths", "territory", "north", "south", "east", "west",
          "northeast", "northwest", "southeast", "southwest", "centre", "center", "rest"}


def _situated(span) -> bool:
    """Where something is or lies: "Afghanistan-based", "swathes of Iraq and Syria", "in Bali,
    Indonesia"."""
    doc, root = span.doc, span.root
    if root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC", "FAC") and span.start >= 2 \
            and doc[span.start - 1].text == "," and doc[span.start - 2].i == root.head.i \
            and not (len(span) >= 2 and all(t.ent_type_ == "PERSON" for t in span)):
        return True                                # "Bali, Indonesia": not a list ("China, Iran"), nor
                                                   # "the leader of the Republic, Alexander Zakharchenko"
    if span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and doc[span.end + 1].lower_ in _LOCATED:
        return True
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PARTS \
        and not _on_the_part_of(root)


def _on_the_part_of(root) -> bool:
    """"A lapse on the part of X": by X, not in a part of a place called X."""
    of = root.head
    return of.lower_ == "of" and of.head.lower_ == "part" and of.head.head.lower_ == "on"


def _modifier(span) -> bool:
    """The name modifies a noun after it, as an adjective would ("U.S. firm", "US and Indian laws")."""
    root = span.root
    head = root.head
    if root.dep_ == "conj" and head.dep_ in ("compound", "amod", "nmod"):
        root, head = head, head.head                  # "US and Indian laws"
    return root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN") \
        and head.ent_type_ != "GPE" and head.lower_ not in _AGENTS and not _is_title(head)


# Nouns for those who act for a country ("U.S. officials said", "US forces", "the U.S. embassy"):
# before them the country's name is the country acting, not an adjective
_AGENTS = (lx.ANONYMOUS_HEADS | lx.GROUP_NOUNS | lx.SPOKES_HEADS | frozenset(w.lower() for w in lx.ROLES)
           | frozenset("""government administration military army navy forces troops soldiers embassy
           authorities intelligence agencies agency officials envoy delegation president""".split()))


def _somewhere(span) -> bool:
    """A country named as where something happens ("reports emerged in China, Russia and Europe"):
    the object of a preposition of place, alone or in a list. Its other mentions decide whether it
    acts in the story (`SOMEWHERE`: such a mention names the country's actor, if it has one, and
    does not make one)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _LOCATIVE:
        return True
    # where a journey starts or ends ("sailing from Georgia to Mozambique", "destined for
    # Mozambique", "left for China", "on its way from Greece to Lithuania", "a visit to Luxembourg"),
    # where an envoy is posted, and places listed as places ("other countries including China")
    return prep.lower_ in ("from", "to", "for") and prep.head.lemma_.lower() in _JOURNEY \
        or prep.lower_ == "to" and (prep.head.lower_ == "from" or prep.head.dep_ == "pobj"
                                    and prep.head.head.lower_ == "from") \
        or prep.lower_ == "to" and prep.head.lemma_.lower() in _POSTED \
        or prep.lower_ in ("including", "like") and prep.head.lemma_.lower() in _PLACES \
        or prep.lower_ == "of" and prep.head.lemma_.lower() in _NATIONALS      # "citizens of Ukraine and Armenia"


_JOURNEY = {"travel", "fly", "depart", "leave", "arrive", "sail", "head", "return", "flee", "destine", "bound",
            "route", "journey", "trip", "flight", "voyage", "relocate", "emigrate", "transit", "way",
            "launch", "fire", "come", "move", "ship", "smuggle", "transport", "be", "visit"}  # ("launched from Yemen",
                                                                                     # "it had been to Bulgaria")
_PLACES = {"country", "nation", "place", "city", "region", "destination"}
_POSTED = {"ambassador", "envoy", "emissary"}     # "Indonesia's ambassador to Malaysia": where one is posted
_NATIONALS = {"citizen", "national", "resident", "native"}


def _listed_with_people(span) -> bool:
    """A full name the model took for a place, listed with people's names ("the likes of [Ajit
    Pawar], Sharad Pawar, Digvijaya Singh")."""
    root = span.root
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.pos_ == "PROPN" and not _is_title(t) for t in span):
        return False
    near = [c for c in root.children if c.dep_ in ("appos", "conj")]
    if root.dep_ in ("appos", "conj"):
        near.append(root.head)
    return any(t.ent_type_ == "PERSON" for t in near)


def _after_place(span) -> bool:
    """A full name the parser joined to the place before it ("the consul-general in Istanbul
    Mohammad Al Otaibi"): the preposition governs the place, not the person."""
    before = span.doc[span.start - 1] if span.start else None
    return len(span) > 1 and before is not None and before.ent_type_ in ("GPE", "LOC") \
        and before.head.i == span.root.i


def _locative(span) -> bool:
    """Governed by a preposition of place, naming a place noun ("Kherson region"), "the city of
    X", "parts of X", or where something is based ("Afghanistan-based")."""
    root, head = span.root, span.root.head
    if any(_is_title(t) for t in span) or span[-1].text in lx.ORG_HEADS:
        return False                  # "in the Financial Times", "in the Senate": a body's name
    if root.dep_ == "pobj" and _on_the_part_of(root):
        return False
    if _situated(span):
        return True
    if root.dep_ == "pobj" and (head.lower_ in _LOCATIVE or head.lower_ == "on" and len(span) == 1
                                and not (root.is_upper and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")):
        return True                   # (but "on CBS's 60 Minutes": a broadcaster's programme)
    if root.dep_ == "compound" and head.lower_ in _PLACE_NOUNS or _names_a_site(span):
        return True
    if _listed_as_places(span):
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and (head.head.lower_ in _PLACE_NOUNS or head.head.lower_ == "port")


def _names_a_site(span) -> bool:
    """The name modifies a noun of a site after it ("Druzhkivka railway station", "Jabalia and
    Nuseirat camps"): it names the site."""
    root, head = span.root, span.root.head
    if root.dep_ == "conj" and head.dep_ in ("compound", "nmod"):
        root, head = head, head.head                  # "Jabalia and Nuseirat camps"
    if root.dep_ not in ("compound", "nmod") or head.i < span.end or head.pos_ != "NOUN":
        return False
    uses = _SITES_BY_USE.get(head.lower_)
    if uses is not None:
        return any(c.lower_ in uses for c in head.children if c.dep_ in ("compound", "amod", "nmod"))
    return head.lower_ in _SITE_NOUNS


def _listed_as_places(span) -> bool:
    """A name in a list that places name: after "towns and cities, including", "villages such as",
    "towns and cities – " (the plural place noun a few words before the list, in one clause)."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and (doc[k].ent_type_ or doc[k].is_punct or doc[k].lower_ in ("and", "or")) \
            and doc[k].lower_ not in ("including", "–", "—", ":"):
        k -= 1                                  # back over the names listed before this one
    if k < 0 or doc[k].lower_ not in ("including", "–", "—", ":", "as", "like"):
        return False
    if doc[k].lower_ == "as" and (k == 0 or doc[k - 1].lower_ != "such"):
        return False
    for t in reversed(doc[max(0, k - 12):k]):
        if t.pos_ in ("VERB", "AUX") or t.text in (";", "."):
            return False
        if t.tag_ == "NNS" and t.lemma_.lower() in _PLACE_NOUNS:
            return True
    return False


def _extend_left(span):
    """Names the model cut short: 'Doctors [Without Borders]', 'Sens. Mazie [Hirono]', 'Turki
    [al-Maliki]', and a person's name it left a proper noun of ('[Low] Taek Jho'); not the last
    word of a portfolio ('Minister of Defence and Media Ruwan Wijewardene'), nor a preposition the
    parser takes for a name ('Alongside Bachelet's visit')."""
    doc, start = span.doc, span.start
    if start == 0:
        return span
    before = doc[start - 1]
    if before.ent_type_ or not before.is_title or _is_title(before) or before.lower_ in _GREETINGS:
        return span                                # (nor "Hi" of "Hi David, thanks")
    if span[0].lower_ in _STOP_INITIAL or span[0].lower_ == "without":
        return doc[start - 1:span.end]             # a name that cannot begin with "Without"
    of_the_name = " " not in span.text or (
        before.dep_ == "compound" and start <= before.head.i < span.end and len(before) > 1
        and before.text[1:].islower()
        and not any(t.lower_ in ("and", "of", "for", "&") or _is_title(t) for t in doc[max(0, start - 4):start - 1]))
    if span.root.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before.dep_ != "prep" \
            and before.lower_ not in _PREPOSITIONS and before.text not in lx.countries() \
            and before.text not in lx.demonyms() and not (before.is_sent_start and before.i + 1 < len(doc)
                                                          and before.lower_ in ("officials", "police")) \
            and of_the_name:
        return doc[start - 1:span.end]
    return span


@lru_cache(maxsize=1)
def _acting_verbs() -> frozenset[str]:
    """Verbs whose subject is an actor even when it is a place's name (its government speaks or
    acts): the reporting verbs of data/reporting_verbs.txt and data/acting_verbs.txt."""
    out = {line.split()[0] for name in ("reporting_verbs.txt", "acting_verbs.txt") for line in _data_lines(name)}
    return frozenset(out)


def _acts(span) -> bool:
    """The name is the subject (or the agent) of a verb of saying or of an institution's act
    ("Beijing said", "Maui County sued", "was denied by Asmara")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head              # "Addis Ababa and Asmara deny": each of the subjects
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in _acting_verbs():
        return True                   # "has been denied by Asmara"
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in _TOLD and root.i > root.head.i:
        return True                   # "told Bloomberg last week": someone is told, not somewhere
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True                   # "according to Bloomberg": a source, not a place
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _acting_verbs() and any(
            w.dep_ == "nsubj" and w.tag_ in ("WDT", "WP") for w in c.children) for c in root.children):
        return True                   # "blamed Islamabad, which denies having a role"
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _acting_verbs() \
        and (root.dep_ == "nsubj" or root.head.lemma_.lower() in ("accuse", "blame"))


_TOLD = frozenset({"tell", "inform", "assure", "warn", "brief"})


def _owner(span):
    """An organisation's name with a possessive inside names its owner first: keep the owner. Not
    a possessive of people a name is for ("People's Liberation Army", "Donetsk People's Republic",
    "Workers' Party"): that is the name's own."""
    for tok in span[1:-1]:
        if tok.tag_ == "POS" and span.doc[tok.i - 1].lower_ not in _NAMED_FOR:
            return span.doc[span.start:tok.i]
    return span


# plural nouns of people that names of bodies are "of" ("People's Daily", "Workers' Party")
_NAMED_FOR = frozenset({"people", "peoples", "workers", "children", "women", "farmers", "citizens", "veterans",
                        "soldiers", "martyrs", "mothers", "students", "journalists", "lawyers", "nations"})


def _institution_prefix(span):
    """A well-known institution run into the name of a body of it ("White House National Security
    Council"): the institution's tokens, when what follows is a name of its own."""
    for n in (3, 2, 1):
        if len(span) > n + 1 and span[:n].text in lx.INSTITUTIONS and span[n].is_title:
            return span[:n]
    return None


# roles a body may have too ("Le Monde, a member of the consortium", "the market leader")
_BODY_ROLES = frozenset({"member", "associate", "consultant", "leader", "specialist", "executive", "chief", "head"})


def _person_by_role(span, roles: frozenset[str] = _ROLE_NOUNS) -> bool:
    """A name set beside a role noun ("the health minister, X," / "spokesman X") is a person's."""
    root = span.root
    if len(span) < 2 or not all(t.is_title for t in span):
        return False
    if root.dep_ == "appos" and root.head.lemma_.lower() in roles:
        return True
    if root.dep_ == "appos" and span.text not in lx.subdivisions() and span.text not in lx.countries():
        head = root.head                     # "the health minister in the government of Gaza, Mai Alkaila,"
        for _ in range(3):
            if head.dep_ != "pobj" or head.head.dep_ != "prep":
                break
            head = head.head.head
            if head.lemma_.lower() in roles:
                return True
    return any(t.dep_ == "appos" and t.lemma_.lower() in roles for t in root.children) or (
        span.start > 0 and span.doc[span.start - 1].lower_ in roles)


def _acronym_and_person(span):
    """'UN Vasily Nebenzya', 'IDF Daniel Hagari': an acronym glued to a person's name."""
    if len(span) < 3 or not ACRONYM.match(span[0].text) or span[0].text.endswith("."):
        return None
    rest = span[1:]
    if len(rest) > 3 or any(not t.is_title or t.text in lx.ORG_HEADS or t.text in _COMPANY_SUFFIXES for t in rest):
        return None
    if not all(t.pos_ == "PROPN" for t in rest):
        return None
    return span[0:1], rest


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-\"'“”‘’()")
    # a word the page ran into the name, its space lost ("theMinistry of Foreign Affairs",
    # "correspondentAP", "USambassador"): not the name's
    text = re.sub(r"^[a-z]{2,}(?=[A-Z])", "", text)
    text = re.sub(r"^([A-Z]{2,})[a-z]{3,}$", r"\1", text)
    text = re.sub(r"['’‘`]s$", "", text)                 # a possessive, with any apostrophe
    last = re.search(r"\b([A-Za-z]{4,})\.$", text)       # a sentence's full stop left on a name
    if last is not None and last.group(1) not in _ABBREVIATIONS or re.search(r"\w-[A-Z]\.$", text):
        text = text[:-1]
    return text


_COMPANY_SUFFIXES = {"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "AG", "SA", "NV", "GmbH", "Co",
                     "Co."}
_ABBREVIATIONS = {"Corp", "Bros", "Dept", "Govt", "Assn", "Intl", "Univ", "Comm"}


# What the tagger reads as no part of a name, at the start of a sentence: a participle, an
# adjective, an adverb, an interjection or a plural common noun (not in capitals: "EAST PALESTINE")
_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV", "AUX"})
_GREETINGS = frozenset({"hi", "hello", "hey", "dear"})
_NOT_NAME_TAGS = frozenset({"VBG", "VBN", "VBD", "JJ", "JJR", "JJS", "RB", "UH", "NNS"})


def _trim(ent):
    """The entity without leading determiners/titles and trailing possessives or punctuation."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].lower_ in _GREETINGS and end - start > 1       # "Hi David, thanks"
                           or (ent.label_ == "PERSON" and _is_title(doc[start]) and end - start > 1)):
        start += 1
    if end - start > 1 and doc[start].is_sent_start and doc[start].tag_ in _NOT_NAME_TAGS and not doc[start].is_upper \
            and doc[start].text not in lx.demonyms() and doc[start].text not in lx.countries() \
            and not _name_preposition(doc[start + 1]):          # ("Doctors Without Borders")
        start += 1                           # "Refuting Adani Group's response", "Multiple American agencies"
    # a full stop the tokenizer kept on a name's last word ("known as ISIS-K. During that time"):
    # the sentence ends there, and the capitalised function word after it is the next one's
    end = next((i + 1 for i in range(start, end - 1) if doc[i].text.endswith(".") and doc[i + 1].is_title
                and doc[i + 1].is_stop and doc[i + 1].pos_ in _FUNCTION_POS), end)
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (".",) or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in _STOP_INITIAL       # "Islamic State of [Khorasan]"
                           or end - start > 1 and _abbreviated_rank(doc[end - 1])):   # "U.S. Navy Capt. [Bill Urban]"
        end -= 1
    opened = next((i for i in range(start, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened                         # "National Conference (NC": the bracket is not the name's
        while end > start and doc[end - 1].is_punct:
            end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _abbreviated_rank(token) -> bool:
    """A title cut short ("Capt", "Lt", "Gen") before the full stop that follows it: the start of
    the next name's title, never the end of a body's name."""
    return len(token.text) <= 4 and token.text[:1].isupper() and token.lower_ in _TITLE_STEMS \
        and token.i + 1 < len(token.doc) and token.nbor(1).text == "."


def _is_title(token) -> bool:
    return token.lower_.rstrip(".") in _TITLE_STEMS or (
        _ABBREVIATED_TITLE.fullmatch(token.text) is not None and token.lower_ not in _SUFFIXES)


def _nameish(text: str, span) -> bool:
    if len(text) < 2 or not any(c.isupper() for c in text) or not any(c.isalpha() for c in text):
        return False
    words = text.split()
    if all(w.lower().rstrip(".") in _CALENDAR for w in words):
        return False
    if all(_is_title(t) for t in span if not t.is_punct):
        return False
    if span[0].is_lower and span[0].pos_ not in ("PROPN",) and not _numbered_unit(span):
        return False
    return len(text) <= 80


_UNIT_HEADS = frozenset("Fleet Army Division Brigade Regiment Battalion Corps Wing Squadron Group Command Flotilla "
                        "Infantry Airborne Precinct Circuit District".split())


def _numbered_unit(span) -> bool:
    """"5th Fleet", "82nd Airborne Division", "341st Missile Wing": a unit named by its number."""
    return len(span) > 1 and _NUMBERED.fullmatch(span[0].text) is not None \
        and all(t.is_title for t in span[1:]) and span[-1].text in _UNIT_HEADS


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _STOP_INITIAL and w[:1].isalpha()).upper()


def _spells(acronym: str, words: list[str]) -> bool:
    """'SVB' for Silicon Valley Bank, 'ISIS' for Islamic State: the letters start the name's words
    (with the figures a word starts with: '1MDB' for 1Malaysia Development Berhad)."""
    letters = acronym.replace(".", "").replace("-", "")
    initials = [m.group(0).upper() for w in words if (m := _INITIAL.match(w))]
    return bool(initials) and letters.startswith(initials[0]) and (
        letters.startswith("".join(initials[:2])) or set(letters) >= set("".join(initials[:len(letters)])))


_INITIAL = re.compile(r"[0-9]*[A-Za-z]")


def _translated(acronym: str, words: list[str]) -> bool:
    """'Security Service of Ukraine (SBU)', 'Doctors Without Borders (MSF)': an acronym of the
    name in its own language, declared in brackets after the English name (of two words or more):
    it starts as the name does, or shares no letter with its initials. (Not a name cut short:
    "Russia's Security Service (FSB)" is no "Security Service" the FSB alone owns.)"""
    letters = acronym.replace(".", "").replace("-", "")
    initials = {w[0].upper() for w in words if w[:1].isalpha()}
    return len(words) >= 2 and len(letters) >= 3 and (letters[0] == words[0][0].upper()
                                                      or not set(letters) & initials)


_ALIAS_WORDS = {",", "(", "alias", "aka", "a.k.a.", "also", "better", "commonly", "popularly", "widely", "known",
                "as", "the", "“", "\""}


def _an_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text) or _FIGURED_ACRONYM.fullmatch(text))


def _declared_aliases(doc: Doc, drafts: list) -> dict[tuple[int, int], set[str]]:
    """'Long Name (LN)', acronyms spelling a long name's initials and names declared as another's
    alias ("X, alias Y"): alias -> the long name's key."""
    out: dict[tuple[int, int], set[str]] = {}
    long_by_initials: dict[str, list] = {}
    for d in drafts:
        start, end, kind, key = d
        words = key.split()
        if kind in ("organization", "group") and len(words) >= 2:
            long_by_initials.setdefault(_initials(words), []).append(d)
        # "Silicon Valley Bank (SVB)": the parenthesis right after the name declares an alias.
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _an_acronym(doc[end + 1].text) and kind in ("organization", "group") \
                and (_spells(doc[end + 1].text, words) or _translated(doc[end + 1].text, words)):
            out.setdefault((start, end), set()).add(doc[end + 1].text)
            long_by_initials.setdefault(doc[end + 1].text.replace(".", ""), []).append(d)
    # "Aadil Ahmad, alias Waqas Commando", "Maulana Yousuf Azhar (alias Ustad Ghouri)", "… also known as …"
    ordered = sorted((d for d in drafts if d[2] in ("person", "organization", "group")), key=lambda d: d[0])
    for first, second in zip(ordered, ordered[1:]):
        between = [t.lower_ for t in doc[first[1]:second[0]]]
        if 0 < len(between) <= 5 and set(between) <= _ALIAS_WORDS and (
                "alias" in between or "aka" in between or "a.k.a." in between or between[-2:] == ["known", "as"]):
            out.setdefault((first[0], first[1]), set()).add(second[3])
            second[2], second[3] = first[2], first[3]
    for d in drafts:
        start, end, kind, key = d
        if kind in ("organization", "group", "person") and end - start == 1 and _an_acronym(key):
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
            if not lx.patronymic(key):
                full.setdefault(words[-1], set()).add(key)
            full.setdefault(" ".join(words[-2:]), set()).add(key)
    countries = lx.countries()
    for d in drafts:
        _, _, kind, key = d
        # the model takes a surname for a place now and then ("Khashoggi's killing"); a country's
        # name stays one ("Jordan" beside "Michael Jordan")
        if kind not in ("person", "organization", PLACE) or len(key.split()) > 2 \
                or kind == PLACE and (" " in key or key in countries):
            continue
        words = key.split()
        candidates = full.get(key, set()) - {key}
        if len(words) == 1 and len(candidates) == 1:
            d[2], d[3] = "person", next(iter(candidates))
        elif kind == "person" and len(words) == 2 and len(candidates) == 1:
            d[3] = next(iter(candidates))


def _untagged_surnames(doc: Doc, drafts: list) -> list:
    """A surname of a person named in full, left untagged by the model ("Paredes said")."""
    by_surname: dict[str, set[str]] = {}
    for _, _, kind, key in drafts:
        words = key.split()
        if kind == "person" and len(words) >= 2 and words[-1].lower() not in _SUFFIXES:
            by_surname.setdefault(words[-1], set()).add(key)
    covered = {i for d in drafts for i in range(d[0], d[1])}
    out = []
    for tok in doc:
        keys = by_surname.get(tok.text)
        if keys and len(keys) == 1 and tok.i not in covered and tok.pos_ == "PROPN" \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            out.append([tok.i, tok.i + 1, "person", next(iter(keys))])
    return out


# Titles that stay part of how a monarch or pope is named ("King Salman", "Pope Francis").
_NAMING_TITLES = frozenset("King Queen Emir Sultan Pope".split())
_NAME_PARTICLES = frozenset("bin ibn bint al el de da di van von der".split())   # "Khalid bin Salman"
_ROMAN = re.compile(r"^[IVX]{1,4}$")


def _untagged_runs(doc: Doc, covered: set[int], labels=("", "PERSON")):
    """(start, end) of each run of one to three capitalised proper nouns not in `covered`, whose
    label from the model is one of `labels` (a regnal number may end it: "Mohammed VI"), not followed by another capitalised word or a
    name's particle ("Khalid bin Salman")."""
    i = 1
    while i < len(doc):
        start = i
        while i < len(doc) and i not in covered and doc[i].pos_ == "PROPN" and doc[i].is_alpha \
                and (doc[i].is_title or i > start and _ROMAN.match(doc[i].text)) and doc[i].ent_type_ in labels:
            i += 1
        end = i
        i = max(i, start + 1)
        if end == start or end - start > 3 or end < len(doc) and (
                doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].lower_ in _NAME_PARTICLES):
            continue
        yield start, end


def _joined_to(root, tokens: set[int]) -> bool:
    """Whether `root` is joined by "and" to a token of `tokens` ("Igor Girkin and Sergei Dubinsky")."""
    return root.dep_ == "conj" and root.head.i in tokens or any(c.dep_ == "conj" and c.i in tokens
                                                                for c in root.children)


def _untagged_people(doc: Doc, drafts: list, demonyms) -> list:
    """A person's name the model left untagged, known as one from the parse around it: after a
    monarch's or pope's title ("Saudi King Salman", "King Mohammed VI"), after a nationality or a
    role ("Russian Oleg Pulatov", "political strategist Prashant Kishor", "National Security Advisor
    (NSA) Ajit Doval"), or joined by "and" to a person ("Igor Girkin and Sergei Dubinsky")."""
    covered = {i for d in drafts for i in range(d[0], d[1])}
    people = {i for s, e, kind, _ in drafts if kind == "person" for i in range(s, e)}
    out = []
    for start, end in _untagged_runs(doc, covered):
        titled = doc[start].text in _NAMING_TITLES and end - start >= 2
        first = start + 1 if titled else start
        if any(t.text in demonyms or t.text in lx.TITLES for t in doc[first:end]):
            continue
        before = doc[start - 1]
        if before.text == ")" and start >= 4 and doc[start - 3].text == "(" and doc[start - 2].is_upper:
            before = doc[start - 4]              # "National Security Advisor (NSA) Ajit Doval": the title
        if titled:
            out.append([start, end, "person", doc[start:end].text])
        elif end - first >= 2 and (before.text in demonyms and before.ent_type_ == "NORP"
                                   or (before.is_lower or before.i < start - 1) and before.lower_ in lx.ROLES
                                   or _joined_to(doc[first:end].root, people)):
            out.append([start, end, "person", doc[start:end].text])
    return out


# Words between an outlet's or agency's name and the noun that says what it is ("Fars news agency",
# "Israel's Mossad spy agency").
_MEDIA_BETWEEN = frozenset({"news", "spy", "state", "intelligence", "online", "television", "tv"})


# The last words of bodies' names that name nothing else (not "Center", "Front", "Times", "Post",
# nor "Bank", "Union", "Embassy" of places and buildings: "West Bank", "Soviet Union", "the Saudi
# Consulate"): a run of capitalised proper nouns ending in one is a body's name ("the South
# Central Railway")
_INSTITUTION_HEADS = frozenset(
    "Administration Agency Army Assembly Association Authority Board Bureau Cabinet Chamber Coalition Command "
    "Commission Committee Company Congress Corporation Corps Council Court Department Directorate Federation "
    "Forces Foundation Government Group Institute League Ministry Movement Navy Office Organisation Organization "
    "Parliament Party Police Railway Railways Secretariat Senate Service Society Tribunal University Airlines "
    "Airways Holdings Industries Laboratories".split())


def _untagged_bodies(doc: Doc, drafts: list) -> list:
    """An outlet's or agency's name the model left untagged or took for a place, known as one from
    the noun after it ("the semi-official Fars news agency", "according to Emtedad news", "Israel's
    Mossad spy agency"), or joined by "and" to an organisation ("CNBC and Coindesk"), or a name
    ending in a word of bodies (`_INSTITUTION_HEADS`)."""
    places = {(s, e): d for d in drafts for s, e in [(d[0], d[1])] if d[2] in (PLACE, SOMEWHERE)}
    covered = {i for d in drafts for i in range(d[0], d[1]) if (d[0], d[1]) not in places}
    bodies = {i for s, e, kind, _ in drafts if kind == "organization" for i in range(s, e)}
    out = []
    for start, end in _untagged_runs(doc, covered, ("", "GPE", "LOC")):
        k = end
        while k < len(doc) and k - end < 2 and doc[k].lower_ in _MEDIA_BETWEEN:
            k += 1
        media = k < len(doc) and doc[k].lower_ in _MEDIA_NOUNS | {"site"} \
            or k > end and doc[k - 1].lower_ == "news" and (k == len(doc) or doc[k].is_punct)
        headed = end - start >= 2 and doc[end - 1].text in _INSTITUTION_HEADS    # "the South Central Railway"
        place = places.get((start, end))
        if place is not None:
            if media and doc[end].lower_ == "news" or headed:
                place[2] = "organization"      # "Emtedad news" read as a place; not "the London daily"
            continue
        if _on_a_platform(doc[start:end]):
            out.append([start, end, THING, doc[start:end].text])     # "the Rybar Telegram channel"
            continue
        root = doc[start:end].root             # the second of "CNBC and Coindesk", not the first of
        joined = root.dep_ == "conj" and root.head.i in bodies     # "Foreign Affairs and Defence Committee"
        if (media or joined or headed) and not any(s < end and start < e for s, e in places) \
                and (headed or all(t.ent_type_ == "" for t in doc[start:end])):   # (one the model took for a place)
            out.append([start, end, "organization", doc[start:end].text])
    return out


def _role(doc: Doc, span, drafts: list) -> tuple[str, str]:
    """The apposition after a person's name, or the title words before it; and an org in it."""
    root = span.root
    role_span = None
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            sub = list(subtree(child))
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
    # The article is one Doc, and a parse can run on across a paragraph break: a role stays in
    # the name's paragraph (it is quoted from there).
    breaks = [t.i for t in role_span if "\n" in t.text]
    if breaks and role_span.start >= span.end:
        role_span = doc[role_span.start:breaks[0]]
    elif breaks:
        role_span = doc[breaks[-1] + 1:role_span.end]
    if not len(role_span):
        return "", ""
    role = role_span.text.strip(" ,;\n")
    affiliation = ""
    for s, e, kind, key in drafts:
        if kind in ("organization", "group") and s >= role_span.start and e <= role_span.end:
            affiliation = key
            break
    return role, affiliation
