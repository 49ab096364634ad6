"""Stage 5, across articles: which sources are not independent (syndicated copies and rewrites).

Input: the sources. Output: `Copy` links, each with the evidence a reader can check. A link is
judged from what two articles share, in the order the signals are trusted:

- near-duplicate text: most word 5-grams shared (syndicated copies, light edits), as defined in
  `neardup` (words, 5-grams, Jaccard similarity, threshold), which `dossier ingest` uses too;
- shared passages in the articles' own voice: 60+ words outside quotation marks, or two runs
  of 8+ words (30+ words, 15+ outside quotation marks) with much of their rare names and
  numbers in common. A long statement quoted by two reports, or a few lines of one press
  release pasted into both, is not copying;
- a paraphrased rewrite, published within two weeks: two or more of the same direct
  quotations (text inside quotation marks, compared as runs of words) with most of the same
  rare capitalised names and numbers (each weighted by how rare it is across the corpus, IDF)
  in much the same order; or one article crediting the other's outlet ("Reuters reported",
  "(AP) —", "according to the Associated Press") for facts they share; or both crediting the
  same outlet; or, with neither, twenty or more such facts nearly all in the same order within
  two days. One shared quotation is not copying: a public statement is quoted by every outlet
  that covers it;
- a rewrite re-told paragraph by paragraph, in other words and without quotation marks (sites
  that spin a wire story): three or more paragraphs, and three in four of the paragraphs of the
  article that has fewer, each with three in five of its content words (not function words) in
  one paragraph of the other, within two weeks. Two reports of one event, each in its own words,
  share some paragraphs' words, not nearly all of them.

Candidate pairs come from an inverted index of rare features (sampled 8-word shingles,
quotation 5-grams, names, numbers). Each posting list is sorted by publication date and an
article is paired only with the few articles just before it in each list and the first ones
to carry that feature (where an original is), so a family of a hundred copies costs a hundred
times a small constant, not ten thousand pairs; each article keeps its best few candidates,
and only those are judged. Every step grows with the text, not with the
number of pairs of articles. Families are the groups of linked articles (`UnionFind`).

Given a cache folder, what does not depend on the rest of the corpus is kept in the memo
`copies` (see `builder.memo`): each article's index features, by a hash of the article, and
what each judged pair shares, by the pair of hashes; the weights (IDF), which change with every
article, are applied afresh. So a rebuild after one new article reads one article and judges
only the pairs that are new, and finds the same links as a build without the cache. The links
found are kept too (the memo `links`, of texts), by a hash of all the articles: a rebuild of the
same articles reads them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import gc
import hashlib
import json
import math
import re
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .. import memo
from ..model import CURATED, Copy, Source
from ..extract.lexicon import FUNCTION_WORDS
from . import stored
from .neardup import NEAR_DUPLICATE, WORD, ratio, shingles, words as _words

SHINGLE = 8                 # words in a shingle that can start a shared passage
MIN_PASSAGES = 2            # separate shared passages needed ...
MIN_SHARED_WORDS = 30       # ... and shared words in all ...
MIN_NARRATIVE = 15          # ... this many outside quotation marks (quoting one statement is not copying) ...
PASSAGE_CONTAINMENT = 0.35  # ... and this share of fact weight in both, unless LONG_NARRATIVE words are shared
LONG_NARRATIVE = 60         # (two reports can each paste a few lines of one press release; this
                            #  many words in the article's own voice are a copy however they fall)
MANY_PASSAGES = (4, 40)     # so many separate passages and words, some in the article's own voice,
                            # are a rewrite however few names it keeps (it re-tells the rest)
QUOTE_RUN = 5               # words in a row two quotations must share to be one quotation
MAX_DAYS_APART = 14         # a paraphrased rewrite is published within this many days of its original
MIN_FACTS = 3               # rare names and numbers in both, at least
MIN_QUOTES = 2              # shared quotations for a rewrite ...
MIN_QUOTED_WORDS = 16       # ... this many words of them in all (two reports of one press conference
                            # share its catchphrases: a few words each are no sign of copying) ...
MIN_CONTAINMENT = 0.4       # ... with this share of the lighter article's fact weight in both ...
MIN_SHARE = 0.8             # ... or this share of its names and numbers (a family that is most of
                            #     the corpus makes its own facts common, so their weight is low) ...
MIN_ORDER = 0.5             # ... mostly in the same order
RETOLD = (3, 0.75, 0.6, 6)  # paragraphs re-told, their share of the shorter article's, share of a
                            # paragraph's content words found in one paragraph of the other, and the
                            # fewest content words a paragraph needs to count
# (on the development set's tuning stories, every pair of articles at 0.75 or more was a gold
# copy family; the highest independent pairs re-told 2 of 3 and 3 of 5 paragraphs; two short
# reports of one resignation, each in its own words, shared half the content words of 4 of 5
# paragraphs, not three in five of them)
CREDITED_DAYS = 2           # both credit one agency and share long passages within this many days
CREDITED = (5, 0.3)         # one credits the other's outlet: facts and fact weight needed
CO_CREDITED = (5, 0.4, 0.5)  # both credit one outlet: facts, fact weight, share in order
ORDERED = (20, 0.85, 0.5, 2)  # no quotation, no credit: facts, share in order, fact weight, days apart
WINDOW = 6                  # an article meets this many earlier articles in each posting list ...
FIRST = 2                   # ... and the first this many articles in the list
CROWDED = 24                # in a list longer than this, only the first ones
HEADLINE_WORDS = 8          # a headline two outlets print word for word, with passages of the text
SHOWN_FACTS = 10            # names and numbers listed as evidence (the rarest)
CANDIDATES = 12             # best candidates judged per article
SAMPLE = 8                  # one 8-word shingle in SAMPLE is indexed (passages are longer than 8)

_WORD = WORD
_PRECISIONS = ("day", "month", "year")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'})
_SINGLE_QUOTED = re.compile(r"(?<!\w)\u2018([^\u2018\u2019]+?)\u2019(?!\w)")
_CAPITAL = re.compile(r"[A-Z][\w'\u2019-]*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")
_SENTENCE_END = re.compile(r'[.!?:;"\u201d\u201c)\]]\s*$')
_CALENDAR = {w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name, *calendar.month_abbr[1:],
                                    *calendar.day_abbr)}
# General English words that are capitalised only because they start a phrase or are pronouns.
_FUNCTION = frozenset("""a an and as at but by for from he her his i if in into it its mr mrs ms dr
    no not of on or our she so than that the their them then there these they this those to
    us was we were what when where which while who why will with you your""".split())
_OUTLET = r"((?:the\s+)?[A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z][\w&.'\u2019-]*|of|de|du))*)"
_CREDIT = re.compile(
    r"\b(?:told|in an interview with|speaking to|said to|according to an? (?:report|investigation) by)\s+"
    r"((?:[A-Z][\w/&.-]*\s?){1,4})|^Source\s*[»:]\s*(.+)$")
_CREDIT_WORDS = ("told", "in an interview with", "speaking to", "said to", "according to a")
_AGENCY = [re.compile(p) for p in (
    r"^(?:[A-Z][A-Z .,'\u2019-]*)?\(" + _OUTLET + r"\)\s*[\u2014\u2013-]",     # WASHINGTON (AP) —
    # "according to Reuters." but not "according to Russian officials": the name ends the phrase
    r"\b(?i:according to(?: an? report by)?|reported by|first published by|originally published by|via|"
    r"cited by|quoted by)\s+" + _OUTLET + r"(?=\s*[,.;:)]|\s*$)",
    r"\b(?i:appeared|published) (?:first )?(?:in|on|by)\s+" + _OUTLET + r"(?=\s*[,.;:)]|\s*$)",
    r"\b" + _OUTLET + r"\s+(?:(?:has |had )?(?:first )?reported|reports|report (?:says|said)|"
    r"contributed to this report|said in a report)\b",
)]


def credits(source: Source) -> list[str]:
    """Outlets the article credits for its material ("told X", "in an interview with X")."""
    found = []
    for p in source.paragraphs:
        if not (p.text.startswith("Source") or any(word in p.text for word in _CREDIT_WORDS)):
            continue                    # (`in` is much quicker than the pattern, which needs one of these)
        for match in _CREDIT.finditer(p.text):
            name = (match.group(1) or match.group(2) or "").strip(" .,")
            if name and name not in found and name.casefold() != source.outlet.casefold():
                found.append(name)
    return found


def agencies(source: Source) -> list[str]:
    """Outlets the article says its report comes from ("(AP) —", "Reuters reported", "according to
    the Associated Press", "first published by …"), plus those it `credits`."""
    found = credits(source)
    for p in source.paragraphs:
        matches = sorted((m.start(1), m.group(1)) for pattern in _AGENCY for m in pattern.finditer(p.text))
        for _, text in matches:
            words = text.strip(" .,").split()
            while words and words[0].casefold() in _FUNCTION:
                words.pop(0)            # "While Bloomberg reported", "the Associated Press"
            name = " ".join(words)
            if name and name.casefold() not in _CALENDAR and not any(_same_outlet(name, f) for f in found):
                found.append(name)
    return found


def _outlet_keys(name: str) -> set[str]:
    """Ways of writing one outlet: its words, and its initials ("Associated Press" -> "ap")."""
    words = [w for w in _WORD.findall(name.casefold()) if w not in ("the", "of", "news", "digital")]
    keys = {" ".join(words)} if words else set()
    if len(words) > 1:
        keys.add("".join(w[0] for w in words))
    return keys


def _same_outlet(a: str, b: str) -> bool:
    return bool(_outlet_keys(a) & _outlet_keys(b))


@dataclass(slots=True)
class _Quote:
    text: str
    spans: list[tuple[int, int]]      # each word's characters in `text`
    hashes: list[int]                 # the QUOTE_RUN-word gram starting at each word
    grams: frozenset[int]

    def shared(self, other: "_Quote") -> str:
        """The part of this quotation that runs of QUOTE_RUN words in `other` cover, as written."""
        hits = [i for i, h in enumerate(self.hashes) if h in other.grams]
        return self.text[self.spans[hits[0]][0]:self.spans[hits[-1] + QUOTE_RUN - 1][1]]


class _Article:
    """Everything the judgement needs about one article, computed once."""

    __slots__ = ("source", "words", "_where", "quoted", "hashes", "shingles", "fives", "quotes", "facts", "agencies",
                 "days", "contents")

    def __init__(self, source: Source):
        self.source = source
        words: list[str] = []
        quoted: list[bool] = []          # per word: inside quotation marks
        quotes: list[_Quote] = []
        facts: dict[str, tuple[int, str]] = {}
        contents: list[frozenset[str]] = []
        for p in source.paragraphs:
            text = p.text.translate(_APOSTROPHES)
            outside, spans = _quotations(p.text, quotes)
            found = _words(text)         # neardup.words: the words ingest's near-duplicate check reads
            words.extend(found)
            content = frozenset(w for w in found if len(w) > 2 and w not in _NOT_CONTENT)
            if len(content) >= RETOLD[3]:
                contents.append(content)
            if spans:
                quoted.extend(any(start <= m.start() < end for start, end in spans) for m in _WORD.finditer(text))
            else:
                quoted.extend([False] * len(found))
            _facts(outside, facts)
        self.words, self.quoted = words, quoted
        self._where: list[tuple[str, int, int]] | None = None     # only linked articles need it
        # Stable hashes (not `hash`, which changes between runs): the index samples them.
        self.hashes = [zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)]
        self.shingles = set(self.hashes)
        self.fives = shingles(words)                # neardup's word 5-grams
        self.quotes = quotes
        self.facts = facts          # key -> (order of first appearance, text as written)
        self.agencies = agencies(source)
        self.days = _days(source)
        self.contents = contents    # each paragraph's content words, for paragraphs with enough of them

    def text(self, start: int, end: int) -> str:
        """The original text from word `start` to word `end - 1` (within one paragraph, or joined)."""
        if self._where is None:
            self._where = [(p.text, m.start(), m.end()) for p in self.source.paragraphs
                           for m in _WORD.finditer(p.text.translate(_APOSTROPHES))]
        first, last = self._where[start], self._where[end - 1]
        if first[0] is last[0]:
            return first[0][first[1]:last[2]]
        return first[0][first[1]:] + " … " + last[0][:last[2]]

    def features(self) -> set:
        """What the candidate index holds for this article."""
        out: set = {("s", h) for h in self.shingles if h % SAMPLE == 0}
        out.update(("q", g) for q in self.quotes for g in q.grams)
        out.update(("f", k) for k in self.facts)
        return out


def _quotations(text: str, into: list[_Quote]) -> tuple[str, list[tuple[int, int]]]:
    """Add the paragraph's quotations (5+ words) to `into`.

    Return the text outside quotation marks and the character spans inside them. A quotation
    left open at the end of a paragraph runs to its end (the convention for quotes that go on).
    """
    plain = text.translate(_QUOTES)       # one character for one: positions stay the same
    marks = [i for i, ch in enumerate(plain) if ch == '"'] + [len(plain)]
    spans = [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    spans += [m.span(1) for m in _SINGLE_QUOTED.finditer(plain)]
    for start, end in spans:
        q = plain[start:end]
        found = list(_WORD.finditer(q.translate(_APOSTROPHES)))
        if len(found) >= QUOTE_RUN:
            ws = [m.group().lower() for m in found]
            hashes = [_stable_hash(" ".join(ws[i:i + QUOTE_RUN])) for i in range(len(ws) - QUOTE_RUN + 1)]
            into.append(_Quote(q, [m.span() for m in found], hashes, frozenset(hashes)))
    return " \" ".join(plain.split('"')[0::2]), spans


def _stable_hash(text: str) -> int:
    """A 64-bit hash that is the same in every process (`hash` is not), so the index can be cached."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _facts(text: str, into: dict[str, tuple[int, str]]) -> None:
    """Rare-fact candidates outside quotations: capitalised words not opening a sentence, and numbers."""
    found = []
    opening = len(text) - len(text.lstrip())
    for m in _CAPITAL.finditer(text):
        word = m.group().rstrip("'\u2019-")
        key = word.casefold().replace("\u2019", "'")
        if key.endswith("'s"):
            key, word = key[:-2], word[:-2]
        if len(key) < 2 or key in _FUNCTION or key in _CALENDAR:
            continue
        if m.start() <= opening or _SENTENCE_END.search(text, max(0, m.start() - 4), m.start()):
            continue        # a sentence's first word is capitalised whatever it is
        found.append((m.start(), "n:" + key, word))
    for m in _NUMBER.finditer(text):
        value = m.group().replace(",", "")
        found.append((m.start(), "d:" + value, m.group()))
    for _, key, shown in sorted(found):
        into.setdefault(key, (len(into), shown))


def _days(source: Source) -> tuple[int, int] | None:
    """The first and last day the publication date allows, as ordinals."""
    d = source.published
    if d is None:
        return None
    if d.day:
        first = last = dt.date(d.year, d.month, d.day)
    elif d.month:
        first = dt.date(d.year, d.month, 1)
        last = dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    else:
        first, last = dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    return first.toordinal(), last.toordinal()


def find_copies(sources: list[Source], cache: Path | None = None) -> list[Copy]:
    """Links between sources that share an origin, with evidence; sorted and deterministic.

    `cache` is a folder for the memo of features and judged pairs (None: compute everything)."""
    # Hack: the index allocates millions of small objects and no reference cycles, and each full
    # pass of the cyclic garbage collector walks all of them, so with it on the time grows faster
    # than the corpus (https://docs.python.org/3/library/gc.html#gc.disable).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _find_copies(sources, cache)
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=1)
def _version() -> str:
    here = Path(__file__).resolve()
    return memo.code_version(here, here.with_name("neardup.py"), here.parents[1] / "dates.py",
                             here.parents[1] / "memo.py", here.parents[1] / "extract" / "lexicon.py")


@dataclass(frozen=True, slots=True)
class _Summary:
    """What the index and the weighing need of one article (the memo keeps it by the article's hash)."""

    sampled: tuple[int, ...]          # the indexed 8-word shingles
    grams: tuple[int, ...]            # its quotations' 5-grams
    facts: tuple[str, ...]            # its rare-fact keys, in order of first appearance

    def features(self) -> set:
        out: set = {("s", h) for h in self.sampled}
        out.update(("q", g) for g in self.grams)
        out.update(("f", k) for k in self.facts)
        return out


def _find_copies(sources: list[Source], cache: Path | None) -> list[Copy]:
    order = sorted(sources, key=lambda s: (s.published is None, s.published or "", s.id))
    by_id = {s.id: s for s in order}
    version = _version() if cache is not None else ""
    keys = {s.id: memo.source_key(s) for s in order} if cache is not None else {}
    whole = hashlib.sha256(" ".join(keys[s.id] for s in order).encode()).hexdigest()[:32] \
        if cache is not None else ""
    found_before = memo.load_texts(cache, "links", version)    # (read only if it is of these sources)
    if whole in found_before:
        try:
            return stored.copies_from_row(json.loads(found_before[whole]))
        except ValueError:              # damaged: found again
            pass
    old = memo.load(cache, "copies", version)
    used: dict = {}
    built: dict[str, _Article] = {}

    def article(sid: str) -> _Article:
        if sid not in built:
            built[sid] = _Article(by_id[sid])
        return built[sid]

    summaries: dict[str, _Summary] = {}
    for s in order:
        key = "a:" + keys[s.id] if cache is not None else ""
        found = _summary_from_json(old.get(key)) if cache is not None else None
        if found is not None:
            used[key] = old[key]
        else:
            a = article(s.id)
            found = _Summary(tuple(sorted(h for h in a.shingles if h % SAMPLE == 0)),
                             tuple(sorted({g for q in a.quotes for g in q.grams})), tuple(a.facts))
            if cache is not None:
                used[key] = [list(found.sampled), list(found.grams), list(found.facts)]
        summaries[s.id] = found
    n = len(order)
    features = {sid: a.features() for sid, a in summaries.items()}
    df = Counter(f for fs in features.values() for f in fs)
    idf = {k: math.log((n + 1) / count) for (kind, k), count in df.items() if kind == "f"}
    postings: dict = defaultdict(list)
    for k, s in enumerate(order):                    # posting lists come out in date order
        for f in features[s.id]:
            if df[f] > 1:
                postings[f].append(k)
    del features, df                                 # the biggest tables go as soon as they are used
    weight: dict[int, int] = defaultdict(int)        # earlier * n + later -> weight
    for f, ks in postings.items():
        # Whole numbers, so that the sums do not depend on the order they are added in.
        w = round(1000 * math.log((n + 1) / len(ks)) * (2 if f[0] == "q" else 1))
        # The few articles just before it, and the first to carry the feature: in a family of
        # many rewrites of one report, that is where the original is. A feature carried by very
        # many articles says little about neighbours: only the first carriers are met.
        window = WINDOW if len(ks) <= CROWDED else 0
        for i, later in enumerate(ks):
            low = max(0, i - window)
            for earlier in ks[:min(FIRST, low)] + ks[low:i]:
                weight[earlier * n + later] += w
    del postings
    scores: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key, w in weight.items():
        earlier, later = divmod(key, n)
        scores[earlier].append((-w, later))
        scores[later].append((-w, earlier))
    pairs = set()
    for k, best in scores.items():
        best.sort()
        pairs.update((min(k, other), max(k, other)) for _, other in best[:CANDIDATES])
    ids = [s.id for s in order]
    pairs = {tuple(sorted((ids[a], ids[b]))) for a, b in pairs}
    weights: dict[str, float] = {}

    def fact_weight(sid: str) -> float:
        if sid not in weights:
            weights[sid] = sum(idf.get(k, 0.0) for k in summaries[sid].facts)
        return weights[sid]

    links = []
    for a, b in sorted(pairs):
        key = f"p:{keys[a]}{keys[b]}" if cache is not None else ""
        if cache is not None and key in old and _overlap_valid(old[key]):
            overlap = _overlap_from_json(old[key])
            used[key] = old[key]
        else:
            overlap = _overlap(article(a), article(b))
            if cache is not None:
                used[key] = [getattr(overlap, f) for f in _Overlap.__slots__] if overlap else None
        if overlap is None:
            continue
        first, second = (by_id[b], by_id[a]) if _before(by_id[b], by_id[a]) else (by_id[a], by_id[b])
        facts, lighter = (len(summaries[a].facts), len(summaries[b].facts)), min(fact_weight(a), fact_weight(b))
        shared = _weigh(overlap, idf, lighter, facts, shown=False)
        if _kind(shared) is None and not _same_headline(first, second, shared):
            continue                    # (most pairs: the rarest facts, shown as a link's evidence, are not sorted out)
        links.append(_link(first, second, _weigh(overlap, idf, lighter, facts)))
    if cache is not None and used.keys() != old.keys():
        memo.save(cache, "copies", version, used, old)
    if cache is not None:
        memo.save_texts(cache, "links", version, {whole: json.dumps(stored.copies_row(links), ensure_ascii=False)})
    return links


def _summary_from_json(entry) -> _Summary | None:
    """The memo's entry for an article, or None if it is missing or damaged."""
    if not (isinstance(entry, list) and len(entry) == 3 and all(isinstance(x, list) for x in entry)):
        return None
    sampled, grams, facts = entry
    if not (all(type(x) is int for x in sampled) and all(type(x) is int for x in grams)
            and all(type(x) is str for x in facts)):
        return None
    return _Summary(tuple(sampled), tuple(grams), tuple(facts))


@dataclass(frozen=True, slots=True)
class _Overlap:
    """What two articles share, whatever else is in the corpus (the memo keeps it by the pair)."""

    similarity: float
    passages: tuple[str, ...]
    passage_words: int
    narrative_words: int
    quotes: tuple[str, ...]
    common: tuple[tuple[str, str], ...]   # rare-fact keys in both, as written in the first, in its order
    in_order: int
    credits: tuple[str, ...]
    credits_other: str
    crediting: int
    days_apart: int | None
    precision: str
    retold: int                           # paragraphs of the one with fewer re-told in the other
    paragraphs: int                       # … of how many


_OVERLAP_TYPES = (float, list, int, int, list, list, int, list, str, int, (int, type(None)), str, int, int)


def _overlap_valid(entry) -> bool:
    """Whether a memo entry for a pair can be read (None: nothing to judge)."""
    if entry is None:
        return True
    # (map over the values, not a generator: a warm build reads thousands of entries)
    return (isinstance(entry, list) and len(entry) == len(_OVERLAP_TYPES)
            and all(map(isinstance, entry, _OVERLAP_TYPES)) and bool not in map(type, entry)
            and all(map(isinstance, (*entry[1], *entry[4], *entry[7]), repeat(str)))
            and all(isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) and isinstance(x[1], str)
                    for x in entry[5]))


def _overlap_from_json(entry) -> _Overlap | None:
    if entry is None:
        return None
    (similarity, passages, passage_words, narrative, quotes, common, in_order, both, other, crediting, days,
     precision, retold, paragraphs) = entry
    return _Overlap(similarity, tuple(passages), passage_words, narrative, tuple(quotes),
                    tuple((k, shown) for k, shown in common), in_order, tuple(both), other, crediting, days,
                    precision, retold, paragraphs)


@dataclass(frozen=True, slots=True)
class Shared:
    """What two articles share, as measured by `compare`."""

    similarity: float                 # Jaccard similarity of word 5-grams
    passages: tuple[str, ...]         # verbatim runs of 8+ words, as written in the first article
    passage_words: int
    narrative_words: int              # of those, words outside quotation marks
    quotes: tuple[str, ...]           # quotations in both (as written in the first article)
    facts: tuple[str, ...]            # rare names and numbers in both, in the first article's order
    rarest: tuple[str, ...]           # the rarest of them across the corpus (at most SHOWN_FACTS), in order
    containment: float                # their weight / the lighter article's fact weight
    share: float                      # their number / the number of facts in the article with fewer
    in_order: int                     # how many of `facts` come in the same order in both
    credits: tuple[str, ...]          # outlets both say they report from
    credits_other: str                # the outlet one of them credits that is the other's ("" if none)
    crediting: int                    # which one credits the other's outlet: 1 the first, 2 the second
    days_apart: int | None            # the fewest days between the dates, as precisely as they are known
    precision: str = "day"            # the coarser of the two dates' precisions
    retold: int = 0                   # paragraphs of the one with fewer whose content words the other has
    paragraphs: int = 0               # … of how many


def compare(a: _Article, b: _Article, idf: dict[str, float]) -> Shared:
    """Measure what articles `a` and `b` share."""
    weight = min(sum(idf.get(k, 0.0) for k in a.facts), sum(idf.get(k, 0.0) for k in b.facts))
    return _weigh(_shares(a, b), idf, weight, (len(a.facts), len(b.facts)))


def _overlap(a: _Article, b: _Article) -> _Overlap | None:
    """What the pair shares, the earlier article first; None if the index paired them on a
    common feature and there is nothing to judge."""
    if not (a.shingles & b.shingles or len(a.facts.keys() & b.facts.keys()) >= MIN_FACTS
            or len(a.fives & b.fives) >= NEAR_DUPLICATE * min(len(a.fives), len(b.fives))):
        return None
    if _before(b.source, a.source):
        a, b = b, a
    return _shares(a, b)            # the evidence quotes the original's wording


def _shares(a: _Article, b: _Article) -> _Overlap:
    spans = _shared_spans(a, b.shingles) if a.shingles & b.shingles else []
    passages = tuple(a.text(start, end) for start, end in spans)
    both_fives = len(a.fives & b.fives)
    similarity = ratio(both_fives, len(a.fives) + len(b.fives) - both_fives)    # neardup.similarity
    quotes = []
    used: set[int] = set()
    for qa in a.quotes:
        for j, qb in enumerate(b.quotes):
            if j not in used and qa.grams & qb.grams:
                used.add(j)
                quotes.append(qa.shared(qb))
                break
    common = sorted(a.facts.keys() & b.facts.keys(), key=lambda k: a.facts[k][0])
    in_order = _longest_increasing([b.facts[k][0] for k in common])
    # (two stories of one outlet, each under its own dateline "(Reuters)", credit no one but themselves)
    one_outlet = _same_outlet(a.source.outlet, b.source.outlet)
    both = tuple(sorted(x for x in a.agencies if any(_same_outlet(x, y) for y in b.agencies)
                        and not (one_outlet and _same_outlet(x, a.source.outlet))))
    a_credits_b = not one_outlet and any(_same_outlet(x, b.source.outlet) for x in a.agencies)
    b_credits_a = not one_outlet and any(_same_outlet(x, a.source.outlet) for x in b.agencies)
    other = b.source.outlet if a_credits_b else a.source.outlet if b_credits_a else ""
    crediting = 1 if a_credits_b and not b_credits_a else 2 if b_credits_a and not a_credits_b else 0
    days = None
    if a.days and b.days:
        days = max(0, b.days[0] - a.days[1], a.days[0] - b.days[1])
    # Words a passage has outside quotation marks, in whichever article quotes less of it (what
    # one reports in its own voice and the other puts in quotation marks is still its wording).
    narrative = _narrative(a, spans)
    if spans and narrative < MIN_NARRATIVE:
        narrative = max(narrative, _narrative(b, _shared_spans(b, a.shingles)))
    precision = "day"
    if a.source.published and b.source.published:
        precision = max(a.source.published.precision, b.source.published.precision, key=_PRECISIONS.index)
    fewer, more = (a, b) if len(a.contents) <= len(b.contents) else (b, a)
    retold = sum(1 for p in fewer.contents if any(len(p & q) >= RETOLD[2] * len(p) for q in more.contents))
    return _Overlap(similarity, passages, sum(end - start for start, end in spans), narrative, tuple(quotes),
                    tuple((k, a.facts[k][1]) for k in common), in_order, both, other, crediting, days, precision,
                    retold, len(fewer.contents))


def _weigh(o: _Overlap, idf: dict[str, float], lighter: float, facts: tuple[int, int], shown: bool = True) -> Shared:
    """`o` weighed by how rare its facts are in the corpus; `lighter` is the fact weight of the
    lighter article, `facts` the number of facts in each. Not `shown`: without the rarest facts
    (`Shared.rarest` empty), which only a link's evidence shows."""
    keys = [k for k, _ in o.common]
    shared_weight = sum(idf.get(k, 0.0) for k in keys)
    rarest = set(sorted(range(len(keys)), key=lambda i: (-idf.get(keys[i], 0.0), i))[:SHOWN_FACTS]) if shown else ()
    return Shared(o.similarity, o.passages, o.passage_words, o.narrative_words, o.quotes,
                  tuple(shown for _, shown in o.common), tuple(o.common[i][1] for i in sorted(rarest)),
                  shared_weight / lighter if lighter else 0.0,
                  len(keys) / min(facts) if keys else 0.0,
                  o.in_order, o.credits, o.credits_other, o.crediting, o.days_apart, o.precision, o.retold,
                  o.paragraphs)


def _kind(s: Shared) -> str | None:
    """How the two are linked, or None if they are independent."""
    if s.similarity >= NEAR_DUPLICATE:
        return "near-duplicate"
    if s.narrative_words >= LONG_NARRATIVE or (
            len(s.passages) >= MIN_PASSAGES and s.passage_words >= MIN_SHARED_WORDS
            and s.narrative_words >= MIN_NARRATIVE and s.containment >= PASSAGE_CONTAINMENT):
        return "shared-passages"
    if len(s.passages) >= MANY_PASSAGES[0] and s.passage_words >= MANY_PASSAGES[1] \
            and s.narrative_words >= MIN_NARRATIVE:
        return "shared-passages"
    if s.credits and len(s.passages) >= MIN_PASSAGES and s.passage_words >= LONG_NARRATIVE \
            and s.days_apart is not None and s.days_apart <= CREDITED_DAYS:
        return "shared-passages"    # one agency's story, credited by both, its passages verbatim
    n = len(s.facts)
    if n < MIN_FACTS or (s.days_apart is not None and s.days_apart > MAX_DAYS_APART):
        return None
    order = s.in_order / n
    if (len(s.quotes) >= MIN_QUOTES and sum(len(q.split()) for q in s.quotes) >= MIN_QUOTED_WORDS and order >= MIN_ORDER
            and (s.containment >= MIN_CONTAINMENT or s.share >= MIN_SHARE)):
        return "rewrite"
    if s.credits_other and n >= CREDITED[0] and s.containment >= CREDITED[1]:
        return "rewrite"
    if s.credits and n >= CO_CREDITED[0] and s.containment >= CO_CREDITED[1] and order >= CO_CREDITED[2]:
        return "rewrite"
    facts, in_order, weight, days = ORDERED
    if (n >= facts and order >= in_order and s.containment >= weight
            and s.days_apart is not None and s.days_apart <= days):
        return "rewrite"
    if s.retold >= RETOLD[0] and s.retold >= RETOLD[1] * s.paragraphs:
        return "rewrite"
    return None


_NOT_CONTENT = FUNCTION_WORDS | frozenset("said says say told tells added adds stated".split())


def _same_headline(a: Source, b: Source, s: Shared) -> bool:
    """One headline, word for word and at least HEADLINE_WORDS long, over passages of one text
    within CREDITED_DAYS: a syndicated story, however few of its sentences a site keeps or in
    whatever order (some sites print a selection)."""
    if not (len(s.passages) >= MIN_PASSAGES and s.passage_words >= MIN_SHARED_WORDS
            and s.narrative_words >= MIN_NARRATIVE and s.days_apart is not None and s.days_apart <= CREDITED_DAYS):
        return False                # (most pairs: the titles are not read)
    words = _words(a.title)
    return len(words) >= HEADLINE_WORDS and words == _words(b.title)


def _link(first: Source, second: Source, s: Shared) -> Copy | None:
    """The link between `first` and `second` (the earlier first, when the dates say) sharing `s`."""
    kind = _kind(s)
    headline = kind is None and _same_headline(first, second, s)
    if headline:
        kind = "shared-passages"
    if kind is None:
        return None
    original, copy = first, second
    ordered = _before(original, copy)
    if not ordered and s.crediting:     # the dates do not say; the one crediting the other copies it
        ordered = True
        if s.crediting == 1:
            original, copy = copy, original
    evidence = _evidence(kind, s)
    if headline:
        evidence = (f"the same headline: “{first.title}”", *evidence)
    return Copy(source=copy.id, original=original.id, kind=kind, evidence=evidence, ordered=ordered)


def _evidence(kind: str, s: Shared) -> tuple[str, ...]:
    """What a reader can check, strongest first; a verbatim copy is shown by its passages alone."""
    lines = []
    if kind != "rewrite" or s.similarity >= 0.005:
        lines.append(f"{s.similarity:.0%} of their word 5-grams are shared")
    if kind != "rewrite" or s.passages:
        lines.append(f"{len(s.passages)} shared passage{'' if len(s.passages) == 1 else 's'}, {s.passage_words} words in all")
    lines += [f"{_QUOTING[0]}{p}”" for p in sorted(s.passages, key=lambda p: (-len(p), p))[:3]]
    if kind == "rewrite" and s.quotes:
        lines.append(f"{len(s.quotes)} quotation{'s' if len(s.quotes) > 1 else ''} in both")
        lines += [f"{_QUOTING[1]}{q}”" for q in s.quotes[:3]]
        shown = ", ".join(s.rarest) + (", …" if len(s.facts) > len(s.rarest) else "")
        lines.append(f"{len(s.facts)} rare names and numbers in both, {s.in_order} in the same order: {shown}")
    lines += [f"both credit {name}" for name in s.credits]
    if kind == "rewrite" and s.credits_other:
        lines.append(f"one credits the other's outlet, {s.credits_other}")
    if kind == "rewrite" and s.retold >= RETOLD[0] and s.retold >= RETOLD[1] * s.paragraphs:
        lines.append(f"{s.retold} of the {s.paragraphs} paragraphs of one are re-told in the other "
                     f"(three in five or more of each one's content words in one paragraph)")
    if kind == "rewrite" and s.days_apart is not None:
        lines.append(_apart(s.days_apart, s.precision))
    return tuple(lines)


_QUOTING = ("shared: “", "quoted in both: “")


def summary(evidence: tuple[str, ...]) -> tuple[str, ...]:
    """The evidence without the lines that quote the articles' text (dossier.json cites, never copies)."""
    return tuple(line for line in evidence if not line.startswith(_QUOTING))


def _apart(days: int, precision: str) -> str:
    plural = "s" if days > 1 else ""
    if precision == "day":
        return "published the same day" if days == 0 else f"published {days} day{plural} apart"
    if days == 0:
        return f"published in the same {precision} (the dates are known only to the {precision})"
    return f"published at least {days} day{plural} apart (the dates are known only to the {precision})"


def _shared_spans(a: _Article, shingles_b: set[int]) -> list[list[int]]:
    """Maximal runs of words in `a` (word index spans) covered by shingles of the other article."""
    spans: list[list[int]] = []
    for i, h in enumerate(a.hashes):
        if h in shingles_b:
            if spans and i <= spans[-1][1]:
                spans[-1][1] = i + SHINGLE
            else:
                spans.append([i, i + SHINGLE])
    return spans


def _narrative(a: _Article, spans: list[list[int]]) -> int:
    return sum(1 for start, end in spans for i in range(start, end) if not a.quoted[i])


def _longest_increasing(xs: list[int]) -> int:
    tails: list[int] = []
    for x in xs:
        i = bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def _before(a: Source, b: Source) -> bool:
    """True if `a` was certainly published before `b` (their dates' spans do not overlap)."""
    return bool(a.published and b.published and a.published < b.published
                and not a.published.compatible(b.published))


def _order(a: Source, b: Source) -> tuple[Source, Source]:
    """(original, copy): the earlier article is the original; if unknown, the smaller id."""
    return (b, a) if _before(b, a) else (a, b)


def resolve_copies(sources: list[Source], found: list[Copy], editor: tuple[Copy, ...]) -> list[Copy]:
    """The links that count: `derived_from`, plus found links the editor did not reject.

    An editor's entry about a pair (in either direction) overrides a found link: `rejected`
    drops it, `confirmed` keeps it as curated (with the found evidence, if any).
    """
    said = {frozenset((c.source, c.original)): c for c in editor}
    links: dict[frozenset, Copy] = {}
    for s in sources:
        for ref in s.derived_from:
            links[frozenset((s.id, ref))] = Copy(s.id, ref, kind="editor", origin=CURATED)
    for c in found:
        key = frozenset((c.source, c.original))
        verdict = said.get(key)
        if verdict is not None and verdict.rejected:
            continue
        if verdict is not None:
            c = replace(c, origin=CURATED)
        links.setdefault(key, c)
        if links[key].kind == "editor" and c.evidence:
            links[key] = replace(c, origin=CURATED)
    for key, verdict in said.items():
        if not verdict.rejected and key not in links:
            links[key] = verdict
    return sorted(links.values())
