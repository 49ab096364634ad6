"""Turn per-article findings into the model's automatic actors, events and claims.

Input: the sources and one `ArticleFindings` each. Output: `Findings` with origin `auto`.
Actors are clustered across articles by name: the same canonical key, an acronym introduced
for a long name ("FDD"), or a surname that belongs to exactly one full name in the corpus.
A cluster's name is its most used full form; its other spellings become aliases, and a
spelling two clusters share is given to neither. Events: one per date expression, quoting
its sentence; reports of one happening in several articles (compatible dates, overlapping
words) become one event with several dated citations, and so do reports whose dates differ
only because one article left out the year. Claims are grouped across sentences and
articles in `claims.py`, which also turns an event with disputed dates into a claim.
Ids are slugs of names, dates and statements, so the same corpus gives the same ids.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .. import memo
from ..dates import PartialDate
from ..merge import Findings
from ..model import AUTO, KINDS, Actor, Citation, DatedCitation, Event, Source
from ..unionfind import UnionFind
from ..extract import lexicon as lx
from ..extract import cache_key, pipeline_version
from ..extract.types import ArticleFindings, EntityMention
from . import stored
from .claims import _joined, _slug, _unique, _unjoined, build_claims, read_ahead as units_read_ahead
from .disputes import value_disputes

MEDIA_TAILS = frozenset({"news", "news agency", "agency", "news service", "media", "network", "tv", "television",
                         "department"})
# Words a company's or movement's full name adds to the name used for it ("NSO Group", "Amnesty
# International", "Norfolk Southern Railway"): the short name alone is the same body.
BODY_TAILS = frozenset({"group", "international", "holdings", "corporation", "company", "railway", "railroad",
                        "airlines", "airways", "trading"})
PLACE = "place"          # a mention the model tags as a place: votes against a name being an actor
_POINTERS = ("demonym", "somewhere")   # mentions that name a country's actor but never make one
THING = "thing"          # a mention naming a product ("Shahed drones"): votes against it too
_WORD = re.compile(r"[A-Za-z][a-z'’-]*|\d+")
_DATE_WORDS = lx.DATE_WORDS
_NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&"})   # words no acronym spells


def combine(sources: list[Source], articles: list[ArticleFindings], cache: Path | None = None) -> Findings:
    """`cache`: a folder for the memo `findings` (what the last build found, by a hash of its
    sources and of their findings' keys in the extraction cache) and for the memos of the parts
    of each article (folded spellings, `_folds`; reports of dated happenings, `_reports`; what
    claims are made of, `claims.build_claims`), or None; only for findings as `extract` gives
    them for `sources`."""
    key = _findings_key(sources) if cache is not None else ""
    if key:
        remembered = memo.load_texts(cache, "findings", _findings_version())    # (read only if it is of these)
        if key in remembered:
            try:
                return stored.findings_from_row(json.loads(remembered[key]))
            except ValueError:              # damaged: found again
                pass
    found = _combine(sources, articles, cache)
    if key and stored.writable(found):
        memo.save_texts(cache, "findings", _findings_version(), {key: json.dumps(
            stored.findings_row(found), ensure_ascii=False, separators=(",", ":"))})
    return found


def read_ahead(sources: list[Source], cache: Path | None) -> None:
    """Read the memos `combine` will read for `sources` (see `memo.read_ahead`): the memo
    `findings`, and unless the findings are in it the memos of folded spellings, reports of dated
    happenings and units."""
    if cache is not None and _findings_key(sources) not in memo.read_ahead(cache, "findings", _findings_version(), True):
        memo.read_ahead(cache, "folds", _findings_version())
        memo.read_ahead(cache, "reports", _findings_version())
        units_read_ahead(cache, sources)


def _findings_key(sources: list[Source]) -> str:
    """A hash of the sources, in order, and of their findings (the extraction cache's keys, which
    hash the article's text and the extracting code)."""
    rows = [[memo.source_key(s), memo.once(cache_key, s)] for s in sources]
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:32]


@lru_cache(maxsize=1)
def _findings_version() -> str:
    """The code deciding the findings from the articles' findings: this package, the values built
    (`model`, `dates`, `merge`), and the findings' own version (the extractors, the lexicon)."""
    here = Path(__file__).resolve().parent
    return memo.code_version(*here.glob("*.py"), *(here.parent / name for name in (
        "model.py", "dates.py", "merge.py", "memo.py", "unionfind.py"))) + pipeline_version()


def _combine(sources: list[Source], articles: list[ArticleFindings], cache: Path | None) -> Findings:
    by_id = {s.id: s for s in sources}
    indexes = {a.source: _Index(a) for a in articles}       # (one per article, for every step)
    actors, ids_of = _actors(by_id, articles, indexes, cache)
    events = _events(by_id, articles, ids_of, indexes, cache)

    def actors_in(sid: str, pid: str, s: int, e: int) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, ids_of[m.key]) for m in indexes[sid].between(pid, s, e)
                if m.key in ids_of and m.end <= e]
    claims = build_claims(by_id, articles, ids_of, events, actors_in, cache)
    claims += value_disputes(by_id, articles, ids_of, actors, {c.id for c in claims})
    return Findings(tuple(actors), tuple(events), tuple(claims))


# ── Actors ──────────────────────────────────────────────────────────────────────────────

def _actors(sources: dict[str, Source], articles: list[ArticleFindings], indexes: dict[str, "_Index"],
            cache: Path | None = None):
    """Return (actors, {key: actor id}) over every article; `indexes` has each article's `_Index`;
    `cache`: a folder for the memo of folded spellings (`_folds`), or None."""
    mentions = [(a.source, m) for a in articles for m in a.entities if m.kind not in _POINTERS]
    u = UnionFind()
    kinds: dict[str, Counter] = defaultdict(Counter)
    for _, m in mentions:
        u.find(m.key)
        kinds[m.key][_kind(m.kind)] += 1
        for alias in m.aliases:
            u.union(m.key, alias)
    # Spellings that differ only in accents, case or a company suffix name one actor
    # ("Lāhainā"/"Lahaina", "Hawaiian Electric Industries Inc."/"… Inc").
    fold = _folds(kinds, cache)                                     # each spelling folded once
    vote = {key: counter.most_common(1)[0][0] for key, counter in kinds.items()}
    folded = defaultdict(list)
    for key in kinds:
        folded[fold[key]].append(key)
    for keys in folded.values():
        for other in keys[1:]:
            u.union(keys[0], other)
    # "Palestinian Islamic Jihad" and "Islamic Jihad": a leading demonym or country adds nothing.
    demonyms, countries = lx.demonyms(), lx.countries()
    # So does a leading institution ("White House National Security Council", "UN Security Council").
    bare = defaultdict(set)
    for key in kinds:
        words = key.split(" ")
        for n in (3, 2, 1):                                  # ("United States Congress")
            first, rest = re.sub(r"['’]s$", "", " ".join(words[:n])), " ".join(words[n:])   # "Iran's morality police"
            if rest and (first in demonyms or first in countries or vote.get(first) == PLACE):
                if vote[key] in ("organization", "group"):
                    bare[rest].add(key)
                break
        for n in (3, 2, 1):
            if len(words) > n + 1 and " ".join(words[:n]) in lx.INSTITUTIONS and vote[key] == "organization":
                bare[" ".join(words[n:])].add(key)
                break
    by_fold = {fold[k]: k for k in sorted(kinds)}
    for rest, keys in bare.items():          # (one body however spelt: "U.S. Central Command", "US Central Command")
        other = rest if rest in kinds else by_fold.get(_fold(rest))
        if other and len({u.find(k) for k in keys}) == 1:
            u.union(other, min(keys))
    # A body's name of two words or more inside one longer body's name, and no other, is that
    # body's short name ("Revolutionary Guards", "Islamic Revolutionary Guard Corps"); not the
    # words it begins with, which name what it is part of ("United Nations", "UN Security Council").
    bodies = [k for k in sorted(kinds) if vote[k] == "organization"]
    runs, leading = defaultdict(set), defaultdict(set)
    for key in bodies:
        words = fold[key].split(" ")
        for n in range(2, len(words)):
            leading[" ".join(words[:n])].add(key)
            for i in range(1, len(words) - n + 1):
                runs[" ".join(words[i:i + n])].add(key)
    # A body known by several such names is the longer body when each of them is inside its names
    # ("Revolutionary Guards", "Iranian Revolutionary Guard", "Revolutionary Guards Corps"); not
    # when one is not ("Security Service" beside "SBU" is not the "Federal Security Service").
    spelt = defaultdict(list)
    for key in kinds:
        spelt[u.find(key)].append(key)
    for own, keys in sorted(spelt.items()):
        if not any(vote[k] == "organization" for k in keys):
            continue
        longer: set[str] = set()
        for key in keys:
            name, placed = fold[key], False
            if name not in runs and len(keys) > 1 and (key.split(" ")[0] in demonyms or key.split(" ")[0] in countries):
                name, placed = name.partition(" ")[2], True     # ("Iranian Revolutionary Guard")
            # (not inside another country's body: "Iranian Defense Ministry" is no "Russian Defense Ministry")
            inside = {u.find(k) for k in runs.get(name, ()) if not placed or (
                k.split(" ")[0] not in demonyms and k.split(" ")[0] not in countries)} - {own}
            if not inside or {u.find(k) for k in leading.get(name, ())} - {own} - inside:
                break                             # (and no other body's name begins with it)
            longer |= inside
        else:
            if len(longer) == 1:
                u.union(own, next(iter(longer)))
    joined = Counter(u.find(k) for k in kinds)
    # A body's one-word name that begins one longer body's name, and no other name in the corpus
    # ("Goldman" and "Goldman Sachs"): its short name. Not a person's, which the body a person
    # leads is named after ("Trump" and "Trump administration").
    # So is one written after "the" that ends one longer body's name and no other ("the Journal",
    # "The Wall Street Journal"; "the Ministry", "the Defence Ministry"); not a name used bare
    # ("Congress" beside "Trinamool Congress", "Icom" beside "Wakayama Icom").
    anaphoric: set[str] = set()
    texts: dict[str, dict[str, str]] = {}                # (each article's paragraphs, looked up once)
    for sid, m in mentions:
        if " " not in m.key and m.key not in anaphoric and vote[m.key] == "organization":
            if sid not in texts:
                texts[sid] = {p.id: p.text for p in sources[sid].paragraphs}
            if _after_the(texts[sid].get(m.paragraph, ""), m):
                anaphoric.add(m.key)
    starts, ends = defaultdict(set), defaultdict(set)
    for key in kinds:
        head, _, rest = fold[key].partition(" ")
        if rest:
            starts[head].add(key)
            ends[fold[key].rpartition(" ")[2]].add(key)
    for key in bodies:
        if " " in fold[key] or not key[:1].isupper() or joined[u.find(key)] > 1:
            continue
        longer = {u.find(k) for k in starts.get(fold[key], ())}
        if len(longer) == 1 and all(vote[k] == "organization" and fold[k].rpartition(" ")[2] not in _LED
                                    for k in starts[fold[key]]):
            u.union(key, next(iter(longer)))
            continue
        longer = {u.find(k) for k in ends.get(fold[key], set()) | starts.get(fold[key], set())}
        if len(longer) == 1 and key in anaphoric and ends.get(fold[key]) \
                and all(vote[k] == "organization" for k in ends[fold[key]]):
            u.union(key, next(iter(longer)))
    # People's full names, by surname and by first word
    full, first = defaultdict(set), defaultdict(set)
    people = [k for k in kinds if vote[k] == "person" and " " in k]
    for key in people:
        if not lx.patronymic(key):
            full[key.split()[-1]].add(key)
        first[key.split()[0]].add(key)
    # (the Arabic article capitalised or not: "Al-Maliki" for "Turki al-Maliki")
    folded_full = defaultdict(set)
    for surname, keys in full.items():
        folded_full[surname.casefold()] |= keys
    # A surname of several words, with a particle, joins the one full name ending with it
    # ("Tablada de la Torre" and "Johana Tablada de la Torre"), however the model read it.
    tails = defaultdict(set)
    for key in people:
        words = key.split()
        for n in range(2, len(words)):
            if any(w in _PARTICLES for w in words[-n:]):
                tails[" ".join(words[-n:])].add(key)
    for key in kinds:
        if len(tails.get(key, ())) == 1 and vote[key] not in ("country", PLACE):
            u.union(key, next(iter(tails[key])))
    # "the U.S. government", "Chinese government": the country itself.
    country_of = {fold[k]: k for k in kinds if vote[k] == "country"}
    for key in kinds:
        body, _, head = fold[key].rpartition(" ")
        if head in ("government", "administration") and body in country_of:
            u.union(key, country_of[body])
    # "Pentagon officials", "NTSB staff", "AFP reporters", "OPCW inspectors": a body's officials speak for the body.
    placed = {fold[k] for k in kinds if vote[k] == PLACE}            # not "Hawaii officials", however spelt
    body_of = {fold[k]: k for k in kinds if vote[k] == "organization" and fold[k] not in placed}
    # … and by the short names the articles write for it ("NTSB staff" where "NTSB" is the
    # National Transportation Safety Board's acronym, never a name of its own)
    short = {(s, m.key) for _, m in mentions if vote[m.key] == "organization"
             for s in (m.surface, *m.aliases) if s not in fold}
    for s, key in sorted(short):
        if (folded := _fold(s)) not in placed:
            body_of.setdefault(folded, key)
    for key in kinds:
        body, _, head = fold[key].rpartition(" ")
        if head in _SPEAKING_FOR and body in body_of and vote[key] == "group":
            u.union(key, body_of[body])
    # "Houthi rebels", "Iranian-backed Houthi rebels", "Hamas militants": a named movement's fighters
    # are the movement (a country's forces are not the country: "Russian forces" stays a group).
    # And a group named as a movement with one or two capitalised words before it ("Shiite
    # Hezbollah", which the model reads as a nationality; "Lebanese Hezbollah") is the movement.
    for key in kinds:
        *before, head = fold[key].split(" ")
        if vote[key] != "group":
            continue
        if head not in _MEMBERS:
            name = " ".join([*before[1:], head])
            if len(before) in (1, 2) and name in body_of and key[:1].isupper():
                u.union(key, body_of[name])
            continue
        for name in (" ".join(before[i:]) for i in range(len(before))):
            if name in body_of:                  # "Shiite Houthi" and "Houthi" both
                u.union(key, body_of[name])
    # One surname, given names one letter apart ("Jon" and "John Pelletier"): a spelling variant.
    for surname, keys in full.items():
        keys = sorted(keys)
        for a, b in zip(keys, keys[1:]):
            ga, gb = a.rsplit(" ", 1)[0], b.rsplit(" ", 1)[0]
            if len(keys) == 2 and " " not in ga and " " not in gb and Levenshtein.distance(ga, gb) == 1 \
                    and min(len(ga), len(gb)) >= 3:
                u.union(a, b)
    # A middle initial written or not ("Mark S. Zaid", "Mark Zaid"), a familiar form of the given
    # name ("Bill Burns", "William Burns"): one person, when the surname has no other full name.
    # Given names written as initials agree with a full one that begins so ("P K Jena", "Pradeep Jena").
    for surname, keys in full.items():
        if len(keys) < 2:
            continue
        firsts = [_FORMAL.get(key.split()[0], key.split()[0]) for key in keys]
        given = {" ".join(w for w in key.split()[:-1] if not _INITIAL.fullmatch(w)) for key in keys} - {""}
        given = {" ".join([_FORMAL.get(g.split()[0], g.split()[0]), *g.split()[1:]]) for g in given}
        short, long_ = sorted(given, key=len) if len(given) == 2 else ("", "")
        if " " not in long_ and len(short) >= 3 and long_.startswith(short):
            given = {long_}                              # a given name cut short ("Ash", "Ashton")
        if len({f[0] for f in firsts}) == 1 and len(given) <= 1:
            first_key, *others = sorted(keys)
            for other in others:
                u.union(first_key, other)
            if surname in kinds:                         # and the lone surname is that one person
                u.union(surname, first_key)
    # A given name left out ("Tayyip Erdogan", "Recep Tayyip Erdogan"): a full name whose words are
    # all, in order, in exactly one longer full name with its surname is that person.
    for surname, keys in full.items():
        for key in keys:
            longer = {u.find(k) for k in keys if len(k) > len(key) and _within(key.split(), k.split())}
            if len(longer) == 1:
                u.union(key, next(iter(longer)))
    # … also when the model took one of the two for a body ("Marcus Braun" beside the person "Markus Braun").
    for key in kinds:
        given, _, surname = key.partition(" ")
        owners = full.get(surname, ()) if vote[key] != "person" and " " not in surname else ()
        if len(owners) == 1 and given[:1].isupper():
            other = next(iter(owners))
            known = other.rsplit(" ", 1)[0]
            if " " not in known and Levenshtein.distance(given, known) == 1 and min(len(given), len(known)) >= 4:
                u.union(key, other)
    # A lone surname joins the one full name in the corpus that ends with it; failing that, the
    # one that begins with it (family name first: "Mao" and "Mao Ning"). Once the spellings of
    # one full name are one ("Arestovych" beside "Oleksiy Arestovych" and "Oleksii Arestovych");
    # not a word that is also the first of a body's name, read as a body ("Adani" beside "Adani
    # Group" is the company, and "Gautam Adani" stays a person).
    # (not "Trump" of "Trump administration": a body a person leads, named after the person)
    companies = {k.split()[0] for k in kinds if vote[k] == "organization" and " " in k and k.split()[-1] not in _LED}
    # (full names counted once however spelt: "Hsu Ching-kuang" and "Hsu Ching-Kuang" are one)
    for key in kinds:
        if " " in key or vote[key] == "organization" and key in companies:
            continue
        owners = {u.find(k) for k in full.get(key) or folded_full.get(key.casefold(), ())}
        starting = {u.find(k) for k in first.get(key, ())}
        if len(owners) == 1:
            u.union(key, next(iter(owners)))
        elif not full.get(key) and len(starting) == 1 and vote[key] not in ("country", PLACE):
            u.union(key, next(iter(starting)))         # also a given name the model took for a body ("Mamata")
    # A lone surname misspelt by one letter ("Vaishaw", "Vaishnnaw" for "Ashwini Vaishnaw";
    # "McKinzie"), long enough to tell, that no full name ends with: the one person whose surname
    # it misspells, when exactly one is that close. Candidates share a spelling with one letter
    # left out (a look-up, not a comparison with every surname).
    near = defaultdict(set)
    for surname in full:
        if len(surname) >= 6:
            for variant in _one_out(surname):
                near[variant].add(surname)
    sizes = Counter(u.find(k) for k in kinds)
    for key in kinds:
        if " " in key or len(key) < 6 or not key[:1].isupper() or key in full or key.casefold() in folded_full \
                or vote[key] not in ("person", "group") or sizes[u.find(key)] > 1:
            continue
        close = {s for variant in _one_out(key) for s in near.get(variant, ())}
        owners = {u.find(k) for s in close if Levenshtein.distance(key, s, score_cutoff=1) <= 1 for k in full[s]}
        if len(owners) == 1:
            u.union(key, next(iter(owners)))
    # The family of one person, however the person is named ("Abu Akleh family", "Shireen Abu
    # Akleh family"), is one family.
    families, ending = defaultdict(list), defaultdict(set)
    family_keys = [k for k in sorted(kinds) if k.endswith(" family") and vote[k] == "group"]
    if family_keys:
        for key in kinds:
            if vote[key] == "person":
                words = key.split(" ")
                for i in range(len(words)):
                    ending[" ".join(words[i:])].add(u.find(key))
    for key in family_keys:
        named = ending.get(key.removesuffix(" family"), ())
        if len(named) == 1:
            families[next(iter(named))].append(key)
    for keys in families.values():
        for other in keys[1:]:
            u.union(keys[0], other)
    # "the Chinese embassy" and "the Chinese embassy in Washington", when the corpus names no other
    # city for it: one embassy.
    posted = defaultdict(set)
    for key in kinds:
        body, sep, _ = fold[key].partition(" in ")
        if sep and body.endswith(" embassy") and body in by_fold:
            posted[by_fold[body]].add(key)
    for body, keys in posted.items():
        if len(keys) == 1:
            u.union(body, next(iter(keys)))
    # Two transliterations of one name keep its consonants ("Vladimir Zelensky", "Volodymyr
    # Zelenskyy"; "Mikhail", "Mykhailo"; "Mohammed bin Salman", "Mohammad bin Salman"), and the
    # Arabic article may be written or not inside a name ("Ahmed al-Asiri", "Ahmed Asiri",
    # "Mohammad Al Otaibi").
    skeletons = defaultdict(list)
    for key in people:
        words = [lx.ARABIC_ARTICLE.sub("", w) if i else w for i, w in enumerate(key.split())
                 if not (i and w.lower() in ("al", "el"))]              # "Mohammad Al Otaibi"
        if len(words) >= 2 and len(words[-1]) >= 4 and (len(words[0]) >= 4 or len(words) >= 3):
            skeletons[tuple(_consonants(w) for w in words)].append(key)   # "Ali Hasan/Hassan Khalil"
    # one-word names of bodies, spelt two ways ("Hezbollah", "Hizbullah", "Almaz-Antey", "Almaz-Antei"),
    # long enough to tell
    for key in kinds:
        if " " not in key and len(key) >= 6 and key.replace("-", "").isalpha() and vote[key] in ("organization", "group"):
            skeletons[("body", key[0].lower(), _consonants(key))].append(key)   # ("body" is no skeleton: no vowels)
        # and longer names of bodies, their first word alike ("Shiite Houthi rebels", "Shiite Huthi rebels")
        words = key.split()
        if len(words) >= 2 and len(words[-1]) >= 4 and vote[key] in ("organization", "group") \
                and all(w.replace("-", "").replace("'s", "").isalpha() for w in words):
            skeletons[("bodies", words[0], *(_consonants(w) for w in words[1:]))].append(key)
    for keys in skeletons.values():
        for other in keys[1:]:
            u.union(keys[0], other)
    # Initials that spell one person's name ("SBF", "MBS" for Mohammed bin Salman, however spelt).
    initials = defaultdict(set)
    for key in people:
        initials["".join(w[0] for w in re.split(r"[\s-]+", key) if w).upper()].add(u.find(key))
    for key in kinds:
        if 2 <= len(key) <= 4 and key.isupper() and key.isalpha() and len(initials.get(key, ())) == 1:
            u.union(key, next(iter(initials[key])))
    # An acronym spelling the capitalised words of one body's name in the corpus is that body
    # ("CIA" in one article, "US Central Intelligence Agency" in another; a leading country or
    # demonym spells nothing).
    # Some acronyms spell "of" too ("DOJ", "DoJ" for the Department of Justice).
    spelled = defaultdict(set)
    for key in kinds:
        if vote[key] != "organization":
            continue
        words = [w for w in re.split(r"[\s-]+", key) if w]
        for n in (3, 2, 1):
            if len(words) > n + 1 and (" ".join(words[:n]) in countries or words[0] in demonyms):
                words = words[n if " ".join(words[:n]) in countries else 1:]
                break
        named = [w for w in words if w.lower() not in _NAME_LINKS]
        if len(named) >= 2 and all(w[:1].isupper() for w in named):
            for spelling in {"".join(w[0] for w in named), "".join(w[0] for w in words).upper()}:
                spelled[spelling].add(u.find(key))
    for key in kinds:
        if 3 <= len(key) <= 6 and key.isalpha() and key[0].isupper() and vote[key] == "organization" \
                and (key.isupper() or sum(c.isupper() for c in key) >= 2 and {c for c in key if c.islower()} <= set("oaft")) \
                and len(spelled.get(key.upper(), ())) == 1:
            u.union(key, next(iter(spelled[key.upper()])))
    # "Xinhua" and "Xinhua news agency", "NBC" and "NBC News": a name and its generic description;
    # "NSO" and "NSO Group".
    for key in kinds:
        base = _LEGAL_FORM.sub("", key).rstrip(" ,")          # "FTX Trading Ltd." -> "FTX Trading"
        if base != key and base in kinds:
            u.union(base, key)
        head, _, rest = base.partition(" ")
        while rest:
            if head in kinds and (rest.lower() in MEDIA_TAILS
                                  or rest.lower() in BODY_TAILS and vote[head] in ("organization", "group")):
                u.union(head, key)
                break
            word, _, rest = rest.partition(" ")
            head = f"{head} {word}"
    clusters: dict[str, list[tuple[str, EntityMention]]] = defaultdict(list)
    for sid, m in mentions:
        clusters[u.find(m.key)].append((sid, m))

    speakers = {st.speaker for a in articles for st in a.statements if st.speaker}
    drafts = []
    for root, items in clusters.items():
        kind_votes = Counter()
        keys_in = {m.key for _, m in items}
        for _, m in items:
            if _body_spoken_for(m.key) in keys_in:
                continue                     # "Pentagon officials" say what kind the Pentagon is no more than it
            kind_votes[_kind(m.kind)] += 1
        kind = _vote(kind_votes)
        full = Counter(_kind(m.kind) for _, m in items if " " in m.key and " " in m.surface)
        if kind in ("organization", "group") and full and _vote(full) == "person":
            kind = "person"          # "Najib Razak" in full as a person, "Najib" alone most often read as a body
        if kind == "person" and any(_LEGAL_FORM.search(m.key) for _, m in items):
            kind = "organization"    # "Wirecard AG", however often the model reads "Wirecard" as a name
        if kind == THING and keys_in & speakers:
            # a maker named mostly by its products ("a Boeing 737") that speaks ("Boeing said") is an actor
            acting = Counter({k: n for k, n in kind_votes.items() if k in ("person", "organization", "group")})
            kind = _vote(acting) if acting else kind
        if kind in (PLACE, THING):
            continue                 # named mostly as a place or a product: not an actor
        if kind == "person" and all(" " not in m.key and " " not in m.surface for _, m in items) \
                and not any(m.key in speakers or _titled(m.role) for _, m in items):
            # News style names a person in full at least once ("Jane Doe", then "Doe"), or by a
            # title ("President Doe"). One word that no article gives in full or with a title, and
            # that says nothing, is a place, a company or a capitalised word the model read as a
            # name ("Kauai", "Twitter", "Debris").
            continue
        name = _canonical(items, kind)
        spellings = Counter()
        for _, m in items:
            spellings[m.key] += 1
            spellings[m.surface] += 1
            for a in m.aliases:
                spellings[a] += 1
        drafts.append((root, name, kind, spellings, items))

    # A spelling claimed by two clusters belongs to the one that uses it most, and never
    # to a cluster that is not named by it when it is another cluster's name.
    owner: dict[str, tuple[int, str]] = {}
    names = {name for _, name, _, _, _ in drafts}
    for root, name, _, spellings, _ in drafts:
        for spelling, n in spellings.items():
            score = (10 ** 6 if spelling == name else n)
            if spelling not in owner or (score, root) > owner[spelling]:
                owner[spelling] = (score, root)
    demonyms = lx.demonyms()
    actors, ids_of, used = [], {}, set()
    for root, name, kind, spellings, items in sorted(drafts, key=lambda d: (d[1].casefold(), d[1], d[0])):
        if owner.get(name, (0, root))[1] != root:
            continue
        aid = _unique(_slug(name) or "actor", used)
        aliases = sorted({s for s in spellings if s != name and owner.get(s, (0, ""))[1] == root
                          and s not in demonyms and s not in names and _nameish(s)})
        description, cite = "", None
        for sid, m in sorted(items, key=lambda x: (x[0], _pnum(x[1].paragraph), x[1].start)):
            if m.role and len(m.role) > 12 and kind == "person" \
                    and m.role in sources[sid].paragraph(m.paragraph).text:     # quoted verbatim
                description = m.role[:1].upper() + m.role[1:]
                cite = Citation(sid, m.paragraph, m.role)
                break
        for _, m in items:
            ids_of[m.key] = aid
        actors.append((Actor(id=aid, name=name, kind=kind, aliases=tuple(aliases), description=description,
                             description_cite=cite, origin=AUTO), items))
    # Affiliations: a body named in a person's title prefix or apposition.
    out = []
    for actor, items in actors:
        affiliations = set()
        for sid, m in items:
            if m.affiliation and ids_of.get(m.affiliation) not in (None, actor.id):
                affiliations.add(ids_of[m.affiliation])
        if actor.description_cite:
            c = actor.description_cite
            p = sources[c.source].paragraph(c.paragraph).text
            at = p.find(c.quote)
            for m in indexes[c.source].between(c.paragraph, at, at + len(c.quote)):
                if m.end <= at + len(c.quote) and m.kind in ("organization", "group") \
                        and ids_of.get(m.key) not in (None, actor.id):
                    affiliations.add(ids_of[m.key])
        out.append(_replace(actor, affiliations=tuple(sorted(affiliations))))
    # Demonyms, and a country named only as a place, point at the country's actor, if the corpus has one.
    country_ids = {a.name: a.id for a in out if a.kind == "country"}
    for a in articles:
        for m in a.entities:
            if m.kind in _POINTERS and m.key in country_ids:
                ids_of.setdefault(m.key, country_ids[m.key])
    return out, ids_of


def _folds(keys, cache: Path | None) -> dict[str, str]:
    """{key: `_fold(key)`} for each of `keys`; given a cache folder, kept in the memo `folds` (by
    the code's version, `_findings_version`): folding the thousands of spellings of a corpus is a
    fifth of `_actors`, and a rebuild after a new article has only a few new ones to fold."""
    version = _findings_version() if cache is not None else ""
    old = memo.load(cache, "folds", version)
    out, made = {}, False
    for key in keys:
        found = old.get(key)
        if type(found) is not str:
            found, made = _fold(key), True
        out[key] = found
    if cache is not None and (made or out.keys() != old.keys()):
        memo.save(cache, "folds", version, out, old)
    return out


def _after_the(text: str, m: EntityMention) -> bool:
    """The mention (in its paragraph's `text`) is written after the article "the" ("the Journal"),
    which is its own (not the "the" of "the Congress-led government")."""
    return text[max(0, m.start - 4):m.start].lower() == "the " and text[m.end:m.end + 1] not in ("-", "–")


def _one_out(word: str) -> set[str]:
    """The word, and the word with each one letter left out: two words one edit apart share one."""
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def _within(words: list[str], longer: list[str]) -> bool:
    """Whether `words` are all in `longer`, in the same order."""
    rest = iter(longer)
    return all(w in rest for w in words)


def _consonants(word: str) -> str:
    """A name's consonants, case-folded, without accents or doubled letters, q as k: what survives
    transliteration ("Volodymyr" and "Vladimir" -> "vldmr")."""
    text = lx.unaccented(word.casefold())
    out = ["k" if ch == "q" else ch for ch in text if ch.isalpha() and ch not in "aeiouy"]   # "Aqleh", "Akleh"
    return "".join(ch for i, ch in enumerate(out) if i == 0 or ch != out[i - 1])


def _titled(role: str) -> bool:
    """A title before the name ("President", "First Deputy"), not only an article ("the")."""
    return any(word[:1].isupper() and word not in ("The", "A", "An") for word in role.split())


_OF_FORM = re.compile(r"^(?:(.+) )?(Ministry|Department|Office|Bureau|Agency|Commission) of (?:the )?(.+)$")


def _unof(key: str) -> str:
    """'Ministry of Health' -> 'Health Ministry', 'US Department of Justice' -> 'US Justice
    Department', 'Department of Homeland Security' -> 'Homeland Security Department': the two
    usual spellings of a body's name, after the country it belongs to, if any (not "Office of
    the Director of National Intelligence": the body's own name holds "of")."""
    m = _OF_FORM.match(key)
    if m is None:
        return key
    country, body, what = m.groups()
    if country and not (country.removesuffix("'s").removesuffix("’s") in lx.countries()
                        or country in lx.demonyms()):
        return key
    if " of " in what or len(what.split()) > 3 or not all(w[:1].isupper() for w in what.split()):
        return key
    return f"{country} {what} {body}" if country else f"{what} {body}"


_SPEAKING_FOR = frozenset({"official", "staff", "spokesperson", "spokespeople", "spokesman", "representative",
                           "source", "reporter", "correspondent", "journalist", "inspector"})      # folded: singular
_MEMBERS = frozenset({"rebel", "fighter", "militant", "insurgent", "militia", "militiaman"})   # folded: singular
_LED = frozenset({"administration", "government"})   # bodies named after who leads them ("Trump administration")


def _body_spoken_for(key: str) -> str | None:
    """"Pentagon" for "Pentagon officials" (or staff, spokespeople): whose people speak; else None."""
    body, _, head = key.rpartition(" ")
    return body if body and _fold(head) in _SPEAKING_FOR else None


_INITIAL = re.compile(r"[A-Z]\.?")
# lower-case words inside surnames ("Tablada de la Torre", "van der Berg", "bin Salman")
_PARTICLES = frozenset("de la del della di da dos das du le van von der den ter bin ibn al el".split())
# Familiar forms of English given names (general knowledge of names, as any reader has it).
_FORMAL = {"Bill": "William", "Will": "William", "Billy": "William", "Bob": "Robert", "Rob": "Robert",
           "Bobby": "Robert", "Mike": "Michael", "Jim": "James", "Jimmy": "James", "Joe": "Joseph",
           "Tom": "Thomas", "Tommy": "Thomas", "Dick": "Richard", "Rick": "Richard", "Ted": "Edward",
           "Ed": "Edward", "Eddie": "Edward", "Tony": "Anthony", "Dan": "Daniel", "Danny": "Daniel",
           "Dave": "David", "Steve": "Stephen", "Chris": "Christopher", "Matt": "Matthew", "Nick": "Nicholas",
           "Ben": "Benjamin", "Sam": "Samuel", "Alex": "Alexander", "Andy": "Andrew", "Pete": "Peter",
           "Liz": "Elizabeth", "Beth": "Elizabeth", "Kate": "Katherine", "Cathy": "Catherine",
           "Jenny": "Jennifer", "Sue": "Susan", "Chuck": "Charles", "Charlie": "Charles", "Jack": "John",
           "Johnny": "John", "Greg": "Gregory", "Jerry": "Gerald", "Larry": "Lawrence", "Ron": "Ronald",
           "Don": "Donald", "Pat": "Patrick", "Fred": "Frederick", "Hank": "Henry", "Harry": "Henry"}
_LEGAL_FORM = re.compile(r"\s(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc|AG|SA|NV|GmbH|SE|Limited|Incorporated|Corporation)\.?$")
_COMPANY = re.compile(r"[,\s]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc)\.?$")


_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center", "programme": "program",
              "occupying": "occupation"}
# a group's head nouns that name the same people ("Russian authorities", "Russian officials")
_GROUP_HEADS = {"authorities": "officials", "troops": "forces", "soldiers": "forces", "military": "forces",
                "army": "forces"}


@lru_cache(maxsize=1 << 16)     # (asked again for the same spellings: each mention's, each key's)
def _fold(key: str) -> str:
    """A spelling's comparison form: no accents or ʻokina, case-folded, no company suffix, one
    spelling of British and American words, and a leading country's possessive or demonym as the
    country ("Russia's defence ministry", "Russian Defense Ministry"), also after "of" ("Supreme
    Court of The Bahamas"); one head noun for the same people ("Russian troops", "Russian
    forces", "the Russian military", "Russian army", "Russian armed forces", "Russian occupation
    forces"; "Israel Defense Forces"); a leading name's possessive as the name ("Gaza's health
    ministry", "Gaza Health Ministry"); words in the singular ("Ministry of Railways", "Railway Ministry");
    an institution's acronym in full ("UN Security Council", "Iran's mission to the UN"); a
    country's mission to a body, permanent or not."""
    text = lx.unaccented(_unof(key))
    text = text.replace("ʻ", "").replace("’", "'")
    text = re.sub(r"(?<=s)'(?=\s|$)", "", text)           # "Prosecutors' Office", "Prosecutors Office"
    head, of, tail = text.rpartition(" of ")
    country = lx.countries().get(tail.removeprefix("the ").removeprefix("The ")) if of else None
    if country is not None and head:
        text = _unof(f"{country.name} {head}")   # "Supreme Court of The Bahamas", "Ministry of Defence of Ukraine"
    if " " in text:                              # "UN Security Council", "United Nations Security Council";
        text = " ".join(inst[0] if (inst := lx.INSTITUTIONS.get(w)) and w.replace(".", "").isupper() else w
                        for w in text.split(" "))  # "Iran's mission to the UN"
    text = re.sub(r"\bpermanent (mission to)\b", r"\1", text, flags=re.IGNORECASE)   # "Iran's Permanent Mission to the UN"
    parts = text.split(" ")
    for n in (3, 2, 1):                          # "Saudi Arabia's foreign ministry", "Saudi foreign ministry"
        if len(parts) > n:
            first, rest = " ".join(parts[:n]), " ".join(parts[n:])
            country = lx.countries().get(first.removesuffix("'s")) or lx.demonyms().get(first)
            if country is not None:
                text = f"{country.name} {rest}"
                break
    first, sep, rest = text.partition(" ")
    if sep and first.endswith("'s") and len(first) > 3:
        text = f"{first[:-2]} {rest}"            # "Gaza's health ministry", "Gaza Health Ministry"
    cased = text.split()
    named = next((n for n in (3, 2, 1) if len(cased) >= n and " ".join(cased[:n]) in lx.countries()), 0)
    words = [_SPELLINGS.get(w, w) for w in text.casefold().split()]
    if len(words) > 2 and words[-2] == "state" and words[-1] == "government":
        words = words[:-2] + ["government"]         # "Odisha state government", "Odisha government"
    if len(words) > 2 and words[-2] in ("armed", "defense") and words[-1] == "forces":
        words = words[:-2] + ["forces"]             # "Russian armed forces", "Israel Defense Forces"
    if len(words) > 1:
        words[-1] = _GROUP_HEADS.get(words[-1], words[-1])
    if len(words) > 2 and words[-2] == "occupation" and words[-1] in ("forces", "officials"):
        words = words[:-2] + words[-1:]             # "Israeli occupation forces": the country's forces
    # one number for a body's words ("Ministry of Railways", "Railway Ministry"), not a country's
    # ("United States Department of Homeland Security" holds no "State Department")
    words = [w[:-1] if i >= named and len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
             for i, w in enumerate(words)]
    if words[-3:] == ["foreign", "affair", "ministry"]:
        words[-3:] = ["foreign", "ministry"]        # "Ministry of Foreign Affairs", "Foreign Ministry"
    return _COMPANY.sub("", " ".join(words)).strip()


def _replace(actor: Actor, **changes) -> Actor:
    return replace(actor, **changes)


def _kind(kind: str) -> str:
    return kind if kind in KINDS or kind in (PLACE, THING) else "other"


def _vote(votes: Counter) -> str:
    order = {"country": 0, PLACE: 1, "person": 2, "organization": 3, "group": 4, THING: 5, "other": 6}
    return min(votes, key=lambda k: (-votes[k], order.get(k, 9)))


def _canonical(items, kind: str) -> str:
    counts = Counter(m.key for _, m in items)
    if kind == "country":
        return Counter(m.key for _, m in items).most_common(1)[0][0]

    def score(key: str):
        readable = any(ch.islower() for ch in key) and len(key) > 3
        # the body's name, not its officials' nor its fighters' ("Hezbollah", not "Hezbollah militants")
        body, _, head = key.rpartition(" ")
        spokesmen = _body_spoken_for(key) in counts or body in counts and _fold(head) in _MEMBERS \
            or kind != "person" and any(key.endswith(" " + k) and counts[k] > counts[key] for k in counts)
        # (nor a body's name with words before it, used less than the name alone: "Shiite Hezbollah")
        # "FTX Trading Ltd" once, "FTX" throughout: the name the articles use, not the legal one
        base = _LEGAL_FORM.sub("", key).rstrip(" ,")
        head, _, tail = base.rpartition(" ")
        base = next((b for b in (base, head if tail.lower() in BODY_TAILS else "")
                     if b and b != key and counts[b] > counts[key]), None)
        return (not spokesmen, base is None, readable, " " in key, counts[key], len(key), key)
    return max(counts, key=score)


def _nameish(s: str) -> bool:
    return bool(s.strip()) and len(s) <= 80


def _pnum(pid: str) -> int:
    return int(pid[1:]) if pid[1:].isdigit() else 0


def _content_words(text: str) -> frozenset[str]:
    out = set()
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'")
        if w in lx.FUNCTION_WORDS or w in _DATE_WORDS or w.isdigit() or len(w) < 3:
            continue
        for suffix in ("'s", "ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[:-len(suffix)]
                break
        out.add(w)
    return frozenset(out)


def _sentence(spans: list[tuple[int, int]], text: str, start: int) -> tuple[int, int]:
    """The sentence around `start`, from the parse's sentence spans of the paragraph."""
    i = bisect_right(spans, (start, len(text) + 1)) - 1
    if 0 <= i < len(spans) and spans[i][0] <= start < spans[i][1]:
        return spans[i]
    return 0, len(text)


class _Index:
    """An article's entity mentions by paragraph, sorted by start, for range look-ups."""

    def __init__(self, article: ArticleFindings):
        self.by_paragraph: dict[str, list[EntityMention]] = defaultdict(list)
        for m in sorted(article.entities, key=lambda m: (m.paragraph, m.start)):
            self.by_paragraph[m.paragraph].append(m)
        self.starts = {pid: [m.start for m in ms] for pid, ms in self.by_paragraph.items()}

    def between(self, pid: str, s: int, e: int) -> list[EntityMention]:
        ms, starts = self.by_paragraph.get(pid, []), self.starts.get(pid, [])
        return ms[bisect_left(starts, s):bisect_left(starts, e)]


def _actor_ids(index: _Index, pid: str, s: int, e: int, ids_of: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids_of[m.key] for m in index.between(pid, s, e) if m.key in ids_of))


# ── Events ──────────────────────────────────────────────────────────────────────────────

def _events(sources: dict[str, Source], articles: list[ArticleFindings], ids_of: dict[str, str],
            indexes: dict[str, "_Index"], cache: Path | None = None) -> list[Event]:
    candidates = []   # (date, inferred, Citation, actors, words, title)
    for a, reports in zip(articles, _remembered_reports(sources, articles, cache)):
        source, index = sources[a.source], indexes[a.source]
        for date, inferred, pid, s, e, words, title in reports:
            candidates.append((date, inferred, Citation(a.source, pid, source.paragraph(pid).text[s:e].strip()),
                               _actor_ids(index, pid, s, e, ids_of), words, title))
    candidates.sort(key=lambda c: (c[0], c[2].source, _pnum(c[2].paragraph), c[2].quote))
    # Greedy clustering; a cluster is a candidate only if it shares a word that is not too
    # common (an inverted index with capped postings keeps this near-linear).
    clusters: list[list[int]] = []
    postings: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, (date, _inferred, _cite, _, words, _) in enumerate(candidates):
        # (counted at once: Counter.update, once per word, costs more than the counting)
        shared = Counter(chain.from_iterable(
            plist for year in (date.year, date.year - 1, date.year + 1) for w in words
            if len(plist := postings.get((year, w), ())) <= 200))
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
        target = next((ci for ci, _ in ranked if _same_happening(candidates, clusters[ci], i)), None)
        if target is None:
            clusters.append([i])
            target = len(clusters) - 1
        else:
            clusters[target].append(i)
        if len(clusters[target]) == 1:
            for w in words:
                postings[(date.year, w)].append(target)
    events, used = [], set()
    for members in clusters:
        first = candidates[members[0]]
        citations = tuple(sorted({DatedCitation(candidates[i][2], candidates[i][0]) for i in members}))
        actors = tuple(dict.fromkeys(a for i in members for a in candidates[i][3]))
        title = first[5]
        eid = _unique(f"{first[0].iso()}-{_slug(' '.join(title.split()[:6]))}".strip("-"), used)
        events.append(Event(id=eid, title=title, citations=citations, actors=actors, origin=AUTO))
    return events


def _reports(source: Source, a: ArticleFindings) -> list[tuple]:
    """The article's reports of dated happenings: (date, inferred, paragraph id, start and end of
    the sentence giving the date, its content words, a title made of it), once for each date of a
    sentence."""
    reports, seen = [], set()
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for d in a.dates:
        text = source.paragraph(d.paragraph).text
        if d.paragraph not in spans_of:
            spans_of[d.paragraph] = a.sentence_spans(d.paragraph)
        s, e = _sentence(spans_of[d.paragraph], text, d.start)
        quote = text[s:e].strip()
        if (d.paragraph, s, d.date) in seen or len(quote) < 12:
            continue
        seen.add((d.paragraph, s, d.date))
        reports.append((d.date, d.inferred, d.paragraph, s, e, _content_words(quote), _title(quote, d.text)))
    return reports


def _remembered_reports(sources: dict[str, Source], articles: list[ArticleFindings],
                        cache: Path | None) -> list[list[tuple]]:
    """`_reports` of each article; given a cache folder, kept in the memo `reports` by the article's
    key in the extraction cache (they are a function of the article and its findings alone)."""
    version = _findings_version() if cache is not None else ""
    old = memo.load(cache, "reports", version)
    kept, out, made = {}, [], False
    for a in articles:
        source = sources[a.source]
        key = memo.once(cache_key, source)
        reports = _reports_from_row(source, old.get(key))
        if reports is None:
            reports, made = _reports(source, a), True
            kept[key] = [[pid, s, e, [d.year, d.month, d.day], inferred, _joined(words), title]
                         for d, inferred, pid, s, e, words, title in reports]
        else:
            kept[key] = old[key]
        out.append(reports)
    if cache is not None and (made or kept.keys() != old.keys()):
        memo.save(cache, "reports", version, kept, old)
    return out


def _reports_from_row(source: Source, rows) -> list[tuple] | None:
    """The reports `_remembered_reports` wrote, or None if `rows` is missing or not of that shape."""
    if not isinstance(rows, list):
        return None
    out = []
    try:
        for pid, s, e, date, inferred, words, title in rows:
            if not (type(s) is type(e) is int and type(inferred) is bool and type(title) is str
                    and source.paragraph(pid) is not None and [type(x) for x in date] == [int, int, int]):
                return None
            out.append((PartialDate(*date), inferred, pid, s, e, _unjoined(words), title))
    except (TypeError, ValueError):
        return None
    return out


def _same_happening(candidates, members: list[int], i: int) -> bool:
    date, inferred, cite, _, words, _ = candidates[i]
    for j in members:
        d2, inferred2, cite2, _, words2, _ = candidates[j]
        if cite2.source == cite.source and cite2.paragraph == cite.paragraph:
            if cite2.quote == cite.quote:
                return False          # two dates in one sentence are two happenings
        overlap = len(words & words2) / max(1, min(len(words), len(words2)))
        if date.compatible(d2):
            if overlap >= 0.5 and cite2.source != cite.source or overlap >= 0.6:
                return True
        elif (inferred or inferred2) and (date.month, date.day) == (d2.month, d2.day) and date.month \
                and abs(date.year - d2.year) == 1 and overlap >= 0.5 and cite.source != cite2.source:
            return True               # one report inferred the year; keep both dates, disputed
    return False


def _title(sentence: str, date_text: str) -> str:
    text = sentence.strip().strip("“”\"")
    # Drop a leading date phrase ("In January 2024, …").
    m = re.match(rf"^(?:(?:in|on|since|by|during|from|at)\s+)?(?:early\s+|late\s+|mid-?)?{re.escape(date_text)},?\s+",
                 text, re.I)
    if m and len(text) - m.end() > 20:
        text = text[m.end()].upper() + text[m.end() + 1:]
    text = text.rstrip(".")
    if len(text) > 100:
        cut = text.rfind(" ", 0, 97)
        text = text[:cut if cut > 40 else 97].rstrip(",;:") + "…"
    return text
