"""Claims that span sources: group what articles say about one thing, and find where they disagree.

Input: the sources, each article's findings (entities, dates, statements), a look-up of the
actors named in a stretch of a paragraph, and the automatic events. Output: automatic `Claim`s.

1. Units. The statements of one sentence form a unit, except that when one speaker both
   asserts and denies in a sentence ("X denied A and insists B") the two halves are two
   units. Every other sentence is an own-voice unit: what the article says without
   attribution. An own-voice unit becomes a position only when a statement answers it.
2. Features. Content words, lightly stemmed and mapped to a general synonym group
   (`lexicon.SYNONYMS`: supply/provide/deliver…), without stance words ("confirm",
   "report"); the actors named; numbers with the noun they count; dates. Terms are
   weighted by their IDF over all units of the corpus.
3. Grouping. Two asserting units in different sentences are one claim when their weighted
   overlap (Dice) is high, they name a common actor and their dates do not conflict.
4. Answers. A denial, dispute or "cannot confirm" joins the assertion it answers: the report
   it names, in what it says or in the words that introduce it ("confirm the Reuters report":
   the latest thing that reporter said earlier in the article; "rejects the accusations
   levelled by Amnesty International": that, else the claim Amnesty makes in the most
   articles), else the asserting unit anywhere in the corpus that covers most of its weighted
   content (a statement or an own-voice sentence), and the best such unit of each other
   article if it covers nearly all of it. "That was not the case", "denied it" and "denied the
   claim" answer what someone else said just before it; a party's denial of one word ("denied
   any involvement") is of the party itself. A refusal to comment says nothing and answers
   nothing.
5. Disagreement. Assertion against denial is now one claim. Asserting positions of a claim
   that count the same thing with incompatible numbers ("two visits", "three visits"; but
   "seven" and "several" agree) carry the number as `value`; an event whose sources give
   incompatible dates becomes the claim "<event>: sources give different dates", each
   position's `value` the date it gives, and so do two nearly identical sentences of two
   articles that date one happening a day or two, a month, or a year apart.
   Not found: a place given differently ("in the north of the country", "in the capital") needs a gazetteer
   to tell a contradiction from a finer description, and this builder has none.

Candidates come from inverted indexes probed with each query's rarest terms (terms in very
many units are not probed), so the work grows with the corpus, not with pairs of sentences. Past
APART_MIN statements, a child process (`builder.apart`) groups every other one meanwhile.

Step 1 is a function of one article: given a cache folder, its units are kept in the memo
`units` (see `builder.memo`) by a hash of the source and of the actor ids of the names its
findings hold, so a rebuild works out the units of new and changed articles only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from bisect import bisect_left, bisect_right
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .. import apart, memo
from ..dates import PartialDate
from ..model import AUTO, Citation, Claim, Event, Position, Source, position_order
from ..unionfind import UnionFind
from ..extract import lexicon as lx, pipeline_version
from ..extract.types import ArticleFindings

AGAINST = ("denies", "disputes", "cannot_confirm")
GROUP_DICE = 0.5          # weighted overlap for two assertions to be one claim
DATE_DICE = 0.6           # … for two sentences to tell one happening (and disagree on its date)
ANSWER_COVER = 0.6        # share of a denial's weighted content the answered assertion must contain
OTHER_ARTICLE_COVER = 0.7  # … and for the best assertion of each further article
MAX_ANSWERS = 4
APART_MIN = 2000          # statements grouped from which a child process takes half of them (`apart`)
PROBES = 4                # rarest terms of a query looked up in the index …
POSTINGS = 100            # … skipping terms in more units than this: the cost per query is bounded
# (at 200, corpora of 1,000 and 2,000 synthetic articles still had terms growing towards the bound,
# and grouping took 2.4 times as long for twice the articles; at 100, 1.9 times)

# (start, end, actor id) of every actor named in paragraph `pid` of source `sid` between s and e.
ActorsIn = Callable[[str, str, int, int], list[tuple[int, int, str]]]

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_REPORT_REF = re.compile(r"\b(?:the|these|those|this|that|such)\s+(?:([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)(?:['’]s?)?\s+)?"
                         r"(report|reports|reporting|account|accounts|allegations?|claims?)\b(?!\s+that)")
# … or named after it: "rejects the preposterous accusations levelled against it by Amnesty
# International", "denies the allegations from the FSB", "dismissed the report by Reuters"
_REPORT_BY = re.compile(r"\b(?:the|these|those|this|that|such|all)\s+(?:[a-z]+\s+){0,2}?(?:reports?|allegations?|"
                        r"accusations?|claims?|charges?|findings)\s+(?:(?:made|levell?ed|brought|published|issued|"
                        r"released)\s+(?:against\s+\w+\s+)?)?(?:by|from)\s+(?:the\s+)?"
                        r"([A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,3})")
# "The council denied it", "could not confirm this on Monday": a denial whose object is a pronoun,
# for what was just said (not "denied that the plant leaked")
_DENIED_IT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
                        r"disput(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|verify|verified)\s+(?:it|this|that)"
                        r"(?=\s*[.,;:!\"”’)]|\s*$|\s+(?:on|in|at|as|last|later|outright|immediately|publicly|"
                        r"officially|flatly|strongly|categorically|vehemently)\b)", re.IGNORECASE)
# "That was not the case", "This is false": a denial whose subject is what was just said.
# (a denial's content names what is denied: "that was not the case" reads "That was the case.")
_ANAPHORIC = re.compile(r"^(?:that|this|it)\s+(?:is|was|'s|’s)\s+(?:(?:not\s+)?(?:the\s+case|true|correct|so)|"
                        r"(?:false|untrue|wrong|incorrect|a\s+lie|nonsense|not\s+accurate))\b", re.IGNORECASE)
# What no one was able to check, said with no one checking: the article's own words ("the figures
# could not be independently confirmed", "the claim was not verified", "the cause remains unclear")
_UNCHECKED = re.compile(r"\b(?:be|been|is|are|was|were)\s+(?:not\s+)?(?:yet\s+)?(?:\w+ly\s+)?"
                        r"(?:verified|confirmed|established|determined)\b|"
                        r"\b(?:unclear|unknown|unverified|unconfirmed)\b", re.I)
# What a denial answers, when it names claims made by others: "denied claims that …", "rejected reports that …"
_CLAIMS_THAT = re.compile(r"\b(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|speculation|"
                          r"assertions?)(?:\s+(?:on|in|last|this|earlier)(?:\s+\w+){1,2})?\s+that\s*$", re.IGNORECASE)
# ("denied media reports on Monday that …")
# … or that opens with them, followed by what they say ("reports he stood to gain £60m were absurd")
_CLAIMS_OPEN = re.compile(r"(?:that\s+)?(?:(?:the|a|an|these|those|such|recent|media|press|news)\s+)*(?:reports?|claims?|"
                          r"allegations?|accusations?|suggestions?|rumou?rs?)\s+(?!(?:were|was|are|is|have|has|had|"
                          r"that\s+(?:were|was|are|is))\b)\w", re.IGNORECASE)
PREVIOUS = "@previous"              # a reporter "name" for what the sentence before says
CLAIMED = "@claimed"                # … for "the claim", "the allegations": that, else a report before it
BY = "#"                            # … before the id of the actor whose claims they are ("the accusations by X")
_NO_PROPOSITION = re.compile(
    r"\b(?:declin|refus)\w*\s+to\s+(?:comment|respond|answer|discuss|elaborate|say)\b"
    r"|\b(?:did|does|do|could|would)\s?(?:not|n't)\s+(?:respond|comment|answer|say)\b"
    r"|\bno\s+comment\b|\bunavailable\s+for\s+comment", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:report(?:s|ed)?|investigation|revealed)\b", re.IGNORECASE)
_NUMBER = re.compile(
    r"(?<![\w.-])(?:(" + "|".join(sorted(lx.NUMBER_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(" + "|".join(sorted(lx.VAGUE_NUMBERS, key=len, reverse=True)) + r"|\d{1,3}(?:,\d{3})+|\d+"
    r"|" + "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True)) + r")(?=\s)(?:\s+of)?(?!\s+(?:the|those|these|them)\b)",
    re.IGNORECASE)
_INF = 10 ** 12


# ── Words ────────────────────────────────────────────────────────────────────────────────

@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    synonyms = {}
    for group in lx.SYNONYMS:
        words = group.split()
        for w in words:
            synonyms.setdefault(w, words[0])
    stance = frozenset(lx.STANCE_WORDS)
    skip = frozenset(lx.FUNCTION_WORDS | lx.DATE_WORDS | lx.LIGHT_VERBS | set(lx.NUMBER_WORDS))
    return synonyms, stance, skip


def terms_of(text: str, named: list[tuple[int, int, str]] = (), offset: int = 0,
             lemmas: tuple[tuple[int, int, str], ...] = ()) -> tuple[frozenset, frozenset]:
    """(terms, literal lemmas) of `text`, which starts at `offset` of its paragraph: synonym-group
    lemmas of content words (from the parse: `lemmas` holds the paragraph's (start, end, lemma)),
    and '@actor' for actors named. Words inside an actor's name count as the actor only.
    """
    spans = sorted((s - offset, e - offset) for s, e, _ in named)
    terms, literal = set(), set()
    i = 0
    for start, end, term, word in _words(lemmas, offset, offset + len(text)):
        while i < len(spans) and spans[i][1] <= start:
            i += 1
        if i < len(spans) and spans[i][0] < end and start < spans[i][1]:
            continue
        literal.add(word)
        terms.add(term)
    terms.update("@" + a for _, _, a in named)
    return frozenset(terms), frozenset(literal)


def _words(lemmas: tuple[tuple[int, int, str], ...], start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, term, lemma) of each content word between start and end, relative to start."""
    synonyms, stance, skip = _tables()
    out = []
    lo = bisect_left(lemmas, (start, -1, ""))
    for s, e, lemma in lemmas[lo:]:
        if s >= end:
            break
        if e > end or lemma in stance or lemma in skip or len(lemma) < 3:
            continue
        out.append((s - start, e - start, synonyms.get(lemma, lemma), lemma))
    return out


# ── Numbers ──────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True, slots=True)
class Count:
    """A number and the noun it counts: 'at least seven specialists' -> (specialist, 7, ∞)."""

    noun: str
    low: float
    high: float
    label: str

    def compatible(self, other: "Count") -> bool:
        return self.low <= other.high and other.low <= self.high


def _singular(word: str) -> str:
    """The counted noun's singular, enough to compare two counts ("visits" and "visit")."""
    w = word.lower()
    if w in lx.IRREGULAR_PLURALS or len(w) <= 3:
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith(("ss", "us", "is")) else w


@lru_cache(maxsize=1 << 16)
def counts_of(text: str) -> tuple[Count, ...]:
    """Every 'number + noun' in `text`, as the interval of values it allows (a quote is
    asked for as often as articles copy it)."""
    synonyms, stance, skip = _tables()
    out = []
    for m in _NUMBER.finditer(text):
        qualifier, number = (m.group(1) or "").lower(), m.group(2).lower()
        if number.isdigit() and len(number) == 4 and number[:2] in ("19", "20"):
            continue                            # a year
        low, high = _interval(number)
        if low is None:
            continue
        kind = lx.NUMBER_QUALIFIERS.get(qualifier)
        if kind in ("min", "above"):
            high = _INF
        elif kind in ("max", "below"):
            low = 0
        elif kind in ("near", "about"):
            low, high = low * 0.8, high * (1.0 if kind == "near" else 1.2)
        noun = _counted(text, m.end(), plural=high > 1)
        if noun is None:
            continue
        word, surface = noun
        label = " ".join(x for x in (qualifier, number, surface) if x)
        out.append(Count(synonyms.get(_singular(word), _singular(word)), low, high, label))
    return tuple(out)


def _interval(number: str) -> tuple[float | None, float | None]:
    if number in lx.VAGUE_NUMBERS:
        return lx.VAGUE_NUMBERS[number]
    if number in lx.NUMBER_WORDS:
        n = lx.NUMBER_WORDS[number]
        return n, n
    try:
        n = int(number.replace(",", ""))
    except ValueError:
        return None, None
    return n, n


def _counted(text: str, at: int, plural: bool) -> tuple[str, str] | None:
    """The noun a number counts: the first plural among the next few words ('two notable visits')."""
    words = []
    for m in _WORD.finditer(text, at, min(len(text), at + 60)):
        gap = text[at:m.start()] if not words else text[words[-1].end():m.start()]
        if gap.strip():
            break                               # punctuation ends the phrase
        w = m.group().lower()
        if w in lx.FUNCTION_WORDS or w in lx.STANCE_WORDS:
            break
        words.append(m)
        if len(words) == 4:
            break
    if not words:
        return None
    if plural:
        for m in words:
            w = m.group().lower()
            if w in lx.IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(("ss", "us", "is"))):
                return w, text[words[0].start():m.end()]
        return None
    return words[-1].group().lower(), text[words[0].start():words[-1].end()]


# ── Units ────────────────────────────────────────────────────────────────────────────────

@dataclass(slots=True)
class _Unit:
    key: tuple                      # (source, paragraph number, sentence, part)
    source: str
    paragraph: str
    positions: list[tuple[Position, str]]     # (position, its proposition); empty for own voice
    quote: str = ""                 # own voice: the sentence
    terms: frozenset = frozenset()
    literal: frozenset = frozenset()
    actors: frozenset = frozenset()
    dates: tuple[PartialDate, ...] = ()
    published: PartialDate | None = None
    explicit: bool = False          # some date is written out in full, not inferred from publication
    queries: tuple = ()             # against positions: (terms, position) to match
    refers: tuple = ()              # against positions: the reporter named in "the X report", or ""
    target: bool = True             # may be answered (asserts something, not a conditional)
    reported: bool = False          # an asserting position relays a report ("X reported that …")
    negated: bool = False           # what its assertion says is negative ("it did not collect …")

    @property
    def asserting(self) -> bool:
        return any(p.stance == "asserts" for p, _ in self.positions) or not self.positions

    @property
    def against(self) -> bool:
        return any(p.stance in AGAINST for p, _ in self.positions)


def _units(source: Source, article: ArticleFindings, ids_of: dict[str, str], actors_in: ActorsIn) -> list[_Unit]:
    by_sentence: dict[tuple[str, int], list] = defaultdict(list)
    for st in article.statements:
        by_sentence[(st.paragraph, st.sentence)].append(st)
    dates: dict[str, list] = defaultdict(list)
    for d in article.dates:
        dates[d.paragraph].append(d)
    # each paragraph's content words and sentences (as `lemmas_of` and `sentence_spans` give them, in one pass)
    lemmas_in: dict[str, list] = defaultdict(list)
    for p, s, e, lemma in article.lemmas:
        lemmas_in[p].append((s, e, lemma))
    spans_in: dict[str, list] = defaultdict(list)
    for p, s, e in article.sentences:
        spans_in[p].append((s, e))
    units = []
    for paragraph in source.paragraphs:
        text = paragraph.text
        if _skipped(text):
            continue
        lemmas = tuple(lemmas_in.get(paragraph.id, ()))
        pnum = int(paragraph.id[1:])
        for index, (s, e) in enumerate(spans_in.get(paragraph.id) or [(0, len(text))]):
            statements = by_sentence.get((paragraph.id, index))
            key = (source.id, pnum, index)
            if not statements:
                quote = text[s:e].strip()
                lead = len(text[s:e]) - len(text[s:e].lstrip())
                if len(_WORD.findall(quote)) < 6 or _asks(quote):
                    continue                 # (a question the reporter asks claims nothing)
                units.append(_own(source.id, paragraph.id, key, quote, s + lead, dates[paragraph.id], actors_in,
                                  lemmas))
                continue
            for part, group in enumerate(_split(statements, ids_of)):
                if all(st.stance in ("asserts", "hedges") and _asks(st.content) for st in group):
                    continue                 # "Would even a fool do such a thing?": asked, not claimed
                units.append(_statement_unit(source.id, paragraph.id, (*key, part), text, group, ids_of,
                                             dates[paragraph.id], actors_in, lemmas))
    return units


def _asks(text: str) -> bool:
    return text.rstrip(" “”\"'’‘").endswith("?")


@lru_cache(maxsize=65536)
def _skipped(text: str) -> bool:
    """Headlines in capitals say nothing a claim could quote."""
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def _split(statements: list, ids_of: dict[str, str]) -> list[list]:
    """One speaker asserting (or supposing) and denying in one sentence says two things: split them."""
    support = {ids_of.get(st.speaker) for st in statements if st.stance in ("asserts", "hedges")}
    against = {ids_of.get(st.speaker) for st in statements if st.stance in AGAINST}
    if support and against and None not in against and against <= support:
        return [[st for st in statements if st.stance not in AGAINST], [st for st in statements if st.stance in AGAINST]]
    return [statements]


def _statement_unit(sid: str, pid: str, key: tuple, text: str, group: list, ids_of: dict[str, str],
                    dates: list, actors_in: ActorsIn, lemmas: tuple) -> _Unit:
    positions = []
    for st in group:
        quote = text[st.start:st.end]
        speaker = ids_of.get(st.speaker) if st.speaker else None
        anonymous = st.anonymous            # "unnamed US officials": a side, but no one named
        if st.stance in AGAINST and speaker is None and not anonymous and not st.reporter \
                and quote.split()[0].lower() not in ("it", "this", "there", "that") \
                and not (st.stance == "cannot_confirm" and _UNCHECKED.search(quote)):
            anonymous = True                     # "Five of the seven denied …": someone unnamed, not the article
                                                 # (but "the figures could not be independently verified": the article)
        positions.append((Position(Citation(sid, pid, quote), st.stance, speaker, anonymous), st.content))
        if st.stance in ("denies", "disputes") and (_CLAIMS_THAT.search(text, max(0, st.start - 60), st.start)
                                                    or _CLAIMS_OPEN.match(quote)):
            # "Nasrallah denied claims that his movement stored arms there", "reports he stood to gain
            # £60m were absurd": someone, unnamed, claims it
            positions.append((Position(Citation(sid, pid, quote), "asserts", None, True), st.content))
    start, end = min(st.start for st in group), max(st.end for st in group)
    named = actors_in(sid, pid, start, end)
    terms, literal = terms_of(text[start:end], named, start, lemmas)
    # Who says it belongs to what it is about ("the ministry said it would close clinics").
    terms = terms | {"@" + p.speaker for p, _ in positions if p.speaker}
    queries, refers = [], []
    for (position, _), st in zip(positions, group):
        # A negative assertion ("it did not collect information") answers the positive one, as a
        # denial does; the claim then takes the polarity most articles assert (`_polarity`).
        if position.stance not in AGAINST and not (st.negated and position.stance == "asserts"):
            continue
        quote = position.citation.quote
        if position.stance in AGAINST and (_ANAPHORIC.match(st.content.strip()) or any(
                m.end() > st.start for m in _DENIED_IT.finditer(text, max(0, st.start - 30), st.end))):
            refers.append((position, PREVIOUS))
            continue
        # the report or claim answered, in what is said or in the words that introduce it
        # ("Facebook has pushed back on the claim, stating it “did not disband …”")
        by = _REPORT_BY.search(quote) if position.stance in ("denies", "disputes") else None
        maker = by and [n[2] for n in actors_in(sid, pid, st.start + by.start(1), st.start + by.end(1))]
        if maker and maker[0] != position.speaker:
            refers.append((position, BY + maker[0]))
            continue
        ref = _REPORT_REF.search(quote) or position.stance in AGAINST and _answered_in(_lead_in(text, st.start))
        if ref:
            refers.append((position, ref.group(1) or (CLAIMED if ref.group(2).lower().startswith(("claim", "allegation"))
                                                      else "")))
            continue
        if _NO_PROPOSITION.search(quote):
            continue
        own = [n for n in actors_in(sid, pid, st.start, st.end)]
        disjuncts = re.split(r",?\s+\bor\b\s+", quote) if position.stance == "denies" else [quote]
        at = st.start
        for part in disjuncts:
            offset = text.find(part, at)
            inside = [n for n in own if offset <= n[0] and n[1] <= offset + len(part)]
            lo, hi = bisect_left(lemmas, (offset, -1, "")), bisect_left(lemmas, (offset + len(part), -1, ""))
            core = tuple(x for x in lemmas[lo:hi] if not any(s <= x[0] < e for s, e in st.background))
            inside = [n for n in inside if not any(s <= n[0] < e for s, e in st.background)]
            q_terms, q_literal = terms_of(part, inside, offset, core)
            if position.speaker:
                # who denies is no part of what ("the ministry denied it had closed clinics"); but a
                # denial of one word naming no one ("Islamic Jihad denied responsibility") is of
                # the party itself
                party = "@" + position.speaker
                rest = q_terms - {party}
                q_terms = rest | {party} if len(rest) < 2 and position.stance == "denies" and not _actors(rest) \
                    else rest
            queries.append((q_terms, q_literal, position))
            at = offset + len(part)
    return _Unit(key, sid, pid, positions, terms=terms, literal=literal, actors=_actors(terms),
                 dates=tuple(d.date for d in dates if start <= d.start < end),
                 explicit=any(not d.inferred for d in dates if start <= d.start < end), queries=tuple(queries),
                 refers=tuple(refers), target=_factual(text[start:end]),
                 reported=any(p.stance == "asserts" and _REPORTED.search(p.citation.quote) for p, _ in positions),
                 negated=any(st.negated for st in group if st.stance == "asserts"))


def _lead_in(text: str, start: int) -> str:
    """The words of the sentence before `start` (at most 100 characters)."""
    before = text[max(0, start - 100):start]
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s", before)]
    return before[ends[-1]:] if ends else before


def _answered_in(words: str) -> re.Match | None:
    """The report or claim named in the words introducing what is said, as the object of what
    answers it ("pushed back on the claim, stating", "denied the allegations, saying"), not as
    who speaks ("However, the report said that", "according to the report")."""
    found = _REPORT_REF.search(words)
    if found is None or not re.search(r"[a-z]\s+$", words[:found.start()]) \
            or re.search(r"according\s+to\s+$", words[:found.start()], re.IGNORECASE):
        return None
    return found


def _own(sid: str, pid: str, key: tuple, quote: str, start: int, dates: list, actors_in: ActorsIn,
         lemmas: tuple) -> _Unit:
    named = actors_in(sid, pid, start, start + len(quote))
    terms, literal = terms_of(quote, named, start, lemmas)
    return _Unit((*key, 0), sid, pid, [], quote=quote, terms=terms, literal=literal, actors=_actors(terms),
                 dates=tuple(d.date for d in dates if start <= d.start < start + len(quote)),
                 explicit=any(not d.inferred for d in dates if start <= d.start < start + len(quote)),
                 target=_factual(quote))


def _actors(terms: frozenset) -> frozenset:
    return frozenset(t for t in terms if t[0] == "@")


def _factual(text: str) -> bool:
    """Conditionals and questions assert nothing a denial could answer."""
    stripped = text.strip(" “”\"'")
    return not re.match(r"(?:if|whether|should)\b", stripped, re.IGNORECASE) and not stripped.endswith("?")


# ── The memo of units ────────────────────────────────────────────────────────────────────

@lru_cache(maxsize=1)
def _units_version() -> str:
    """The code deciding an article's units: this module, the look-up of actors named
    (`combine`), the values built, and the findings' own version (the extractors, the lexicon)."""
    here = Path(__file__).resolve()
    return memo.code_version(here, here.with_name("combine.py"), here.parents[1] / "model.py",
                             here.parents[1] / "dates.py", here.parents[1] / "memo.py") + pipeline_version()


def read_ahead(cache: Path | None, sources: list[Source]) -> None:
    """Read the memo of units `build_claims` will read and work out the units it holds of `sources`
    (see `memo.read_ahead`, `memo.keep_ahead`): a rebuild after a new article has the time while
    the article is parsed, and spends a quarter of a second on it at 1,000 articles."""
    version = _units_version()
    by_id = {s.id: s for s in sources}
    memo.keep_ahead(cache, "units", version, {key: units for key, entry in memo.read_ahead(cache, "units", version).items()
                                              if (units := _entry_units(by_id, entry)) is not None})


def _remembered_units(sources: dict[str, Source], articles: list[ArticleFindings], ids_of: dict[str, str],
                      actors_in: ActorsIn, cache: Path | None) -> list[list[_Unit]]:
    """`_units` of each article, from the memo where the article and the actor ids of the names in
    its findings (all that `ids_of` and `actors_in` tell it) are as before."""
    if cache is None:
        return [_units(sources[a.source], a, ids_of, actors_in) for a in articles]
    version = _units_version()
    old = memo.load(cache, "units", version)
    ahead = memo.take_ahead(cache, "units", version) or {}
    kept: dict[str, list] = {}
    out, made = [], False
    for a in articles:
        source = sources[a.source]
        names = sorted({m.key for m in a.entities} | {st.speaker for st in a.statements if st.speaker})
        key = hashlib.sha256(json.dumps([memo.source_key(source), names, [ids_of.get(n) for n in names]],
                                        ensure_ascii=False).encode()).hexdigest()[:32]
        units = ahead[key] if key in ahead else _entry_units({source.id: source}, old.get(key))
        if units is None:
            units = _units(source, a, ids_of, actors_in)
            kept[key] = [source.id, [_unit_row(source, u) for u in units]]
            made = True
        else:
            kept[key] = old[key]
        out.append(units)
    if made or kept.keys() != old.keys():
        memo.save(cache, "units", version, kept, old)
    return out


def _entry_units(sources: dict[str, Source], entry) -> list[_Unit] | None:
    """The units of an entry of the memo ([source id, `_unit_row` of each unit]) if its source is
    one of `sources`, else None (also if it is not of that shape)."""
    if not (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is str and entry[0] in sources):
        return None
    return _units_from_rows(sources[entry[0]], entry[1])


def _unit_row(source: Source, u: _Unit) -> list:
    """`u` as JSON values; its quotes as (offset, length) in the paragraph, which `source` holds."""
    text = source.paragraph(u.paragraph).text

    def span(quote: str) -> list | str:
        at = text.find(quote)
        return [at, len(quote)] if at >= 0 else quote

    def index(position: Position) -> int:
        return next(k for k, (p, _) in enumerate(u.positions) if p is position)
    return [u.key[1:], u.paragraph,
            [[span(p.citation.quote), p.stance, p.speaker, p.anonymous, p.value, span(content)]
             for p, content in u.positions],
            span(u.quote), _joined(u.terms), _joined(u.literal), [[d.year, d.month, d.day] for d in u.dates],
            u.explicit, [[_joined(t), _joined(lit), index(p)] for t, lit, p in u.queries],
            [[index(p), reporter] for p, reporter in u.refers], u.target, u.reported, u.negated]


def _joined(words: frozenset) -> str | list:
    """A set of words as one string, which reads back much faster than a JSON list of them
    (a list if some word is empty or has a space)."""
    return " ".join(sorted(words)) if all(w and " " not in w for w in words) else sorted(words)


def _unjoined(words: str | list) -> frozenset:
    if isinstance(words, list):
        if not all(map(isinstance, words, repeat(str))):
            raise TypeError("not words")
        return frozenset(words)
    return frozenset(words.split(" ")) if words else frozenset()


def _units_from_rows(source: Source, rows) -> list[_Unit] | None:
    """The units `_unit_row` wrote, or None if `rows` is missing or not of that shape."""
    if not isinstance(rows, list):
        return None
    units = []
    try:
        for (key, pid, positions, quote, terms, literal, dates, explicit, queries, refers, target, reported,
             negated) in rows:
            if not (type(explicit) is type(target) is type(reported) is type(negated) is bool
                    and list(map(type, key)) == _INTS and all(list(map(type, d)) == _INTS for d in dates)):
                return None
            text = source.paragraph(pid).text

            def unspan(span) -> str:
                if isinstance(span, str):
                    return span
                at, size = span
                return text[at:at + size]

            def position(q, stance, speaker, anonymous, value, content) -> tuple[Position, str]:
                if not (type(stance) is type(value) is str and type(anonymous) is bool
                        and (speaker is None or type(speaker) is str)):
                    raise TypeError("not a position")
                return Position(Citation(source.id, pid, unspan(q)), stance, speaker, anonymous, value), unspan(content)
            said = [position(*row) for row in positions]
            terms = _unjoined(terms)
            units.append(_Unit((source.id, *key), source.id, pid, said, quote=unspan(quote), terms=terms,
                               literal=_unjoined(literal), actors=_actors(terms),
                               dates=tuple(PartialDate(*d) for d in dates), explicit=explicit,
                               queries=tuple((_unjoined(t), _unjoined(lit), said[k][0]) for t, lit, k in queries),
                               refers=tuple((said[k][0], _text(reporter)) for k, reporter in refers), target=target,
                               reported=reported, negated=negated))
    except (TypeError, ValueError, IndexError, AttributeError):
        return None
    return units


_INTS = [int, int, int]       # (types of a unit's key and of a date)


def _text(value) -> str:
    if type(value) is not str:
        raise TypeError("not a text")
    return value


# ── Grouping ─────────────────────────────────────────────────────────────────────────────

class _Index:
    """Units by term, probed with a query's rarest terms."""

    def __init__(self, units: list[_Unit], members: list[int], weight: dict[str, float], limit: int):
        self.weight, self.limit = weight, limit
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for t in units[i].terms:
                self.postings[t].append(i)
        # each term that may be probed, by its place in the order probes are taken in (rarest
        # first), worked out once instead of once per query
        terms = {t for t in weight if len(self.postings.get(t, ())) <= limit}
        self.rank = {t: r for r, t in enumerate(sorted(terms, key=lambda t: (-weight[t], t)))}
        self.common = {t for t, found in self.postings.items() if len(found) > limit}

    def candidates(self, terms: frozenset) -> list[int]:
        return sorted(self.found(terms))

    def found(self, terms: frozenset) -> set[int]:
        """`candidates`, as a set."""
        rank, probed = self.rank, terms - self.common
        if all(map(rank.__contains__, probed)):
            probes = sorted(probed, key=rank.__getitem__)[:PROBES]
        else:                   # (a term no unit has)
            probes = sorted(probed, key=lambda t: (-self.weight.get(t, 0.0), t))[:PROBES]
        found = set()
        for t in probes:
            found.update(self.postings.get(t, ()))
        return found


def _compatible_dates(a: _Unit, b: _Unit) -> bool:
    """Neither gives a date the other's cannot match, nor reports what happened after it was published."""
    if a.dates and b.dates:
        return any(x.compatible(y) for x in a.dates for y in b.dates)
    dated, undated = (a, b) if a.dates else (b, a)
    return not dated.dates or not undated.published or any(
        d < undated.published or d.compatible(undated.published) for d in dated.dates)


def build_claims(sources: dict[str, Source], articles: list[ArticleFindings], ids_of: dict[str, str],
                 events: list[Event], actors_in: ActorsIn, cache: Path | None = None) -> list[Claim]:
    """Every automatic claim of the corpus; see the module docstring. `cache` is a folder for the
    memo of units (None: work them all out), for findings as `extract` gives them for `sources`."""
    units = []
    for a, found in zip(articles, _remembered_units(sources, articles, ids_of, actors_in, cache)):
        for u in found:
            u.published = sources[a.source].published
            units.append(u)
    df = Counter(t for u in units for t in u.terms)
    n = len(units)
    weight = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    limit = POSTINGS

    def w(terms) -> float:
        # fsum: the exact sum, whatever order a set gives its terms in (a plain sum's last bits
        # follow the string hash seed, and a tie between two statements then broke differently
        # from one run to the next)
        return math.fsum(map(weight.get, terms, repeat(0.0)))
    total = [w(u.terms) for u in units]

    union = UnionFind()
    stated = [i for i, u in enumerate(units) if u.asserting and u.positions or u.against]
    targets = [i for i, u in enumerate(units) if u.asserting and u.target]
    answered: list[tuple[float, int, int]] = []   # (score, answering unit, answered unit)

    # 3. Statements about the same thing (two denials of one report, or two reports of one fact).
    # Statements with the same terms and dates (copies repeat sentences) join their first one at once.
    first: dict[tuple, int] = {}
    for i in stated:
        if units[i].actors:
            j = first.setdefault((units[i].terms, units[i].dates), i)
            if j != i and units[j].key[:3] != units[i].key[:3]:
                union.union(i, j)
    stated = sorted(set(first.values()))
    index = _Index(units, stated, weight, limit)
    sentence = [u.key[:3] for u in units]
    naming: dict[str, set[int]] = defaultdict(set)      # actor term -> the stated units naming it
    for i in stated:
        for t in units[i].actors:
            naming[t].add(i)

    def join(part: list[int]) -> list[tuple[int, int]]:
        """Join in `union` each unit of `part` to the later units it tells the same thing as;
        return the pairs joined."""
        pairs = []
        for i in part:
            u = units[i]
            found = index.found(u.terms)
            # Only later candidates naming one of its actors (a million candidates at 1,000 articles,
            # most naming none), picked by set intersections; then the cheap tests first: the words
            # in common (most candidates share too few), then the sentence, set and dates.
            near = set()
            for t in u.actors:
                near |= found & naming[t]
            near = sorted(near)
            content, paragraph = u.terms - u.actors, u.key[:2]
            for j in near[bisect_right(near, i):]:
                v = units[j]
                # Two sentences of one paragraph need one content word in common; elsewhere, two.
                if len(content & v.terms) < (1 if v.key[:2] == paragraph else 2) or sentence[i] == sentence[j] \
                        or union.find(i) == union.find(j) or (u.dates or v.dates) and not _compatible_dates(u, v):
                    continue
                if 2 * w(u.terms & v.terms) / max(total[i] + total[j], 1e-9) >= GROUP_DICE:
                    union.union(i, j)
                    pairs.append((i, j))
        return pairs
    # Past APART_MIN statements, a child process (`apart`) takes every other one meanwhile and sends the
    # pairs it joined: the same sets, since a pair either process skips as joined already is
    # joined through pairs it joined itself (and a set is named by its smallest member).
    child = apart.in_child(lambda: join(stated[1::2])) if len(stated) >= APART_MIN else None
    join(stated[::2] if child is not None else stated)
    if child is not None:
        try:
            pairs = child()
        except apart.Failed:
            pairs = join(stated[1::2])
        for i, j in pairs:
            union.union(i, j)

    # 4. Denials and refusals to confirm, joined to what they answer.
    index = _Index(units, targets, weight, limit)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        by_source[u.source].append(i)
    claims_of: dict[str, list[int]] | None = None    # actor id -> its asserting units, widest claim first
    for i, u in enumerate(units):
        for position, reporter in u.refers:
            j = _referent(units, by_source[u.source], i, reporter, ids_of, actors_in)
            if j is None and reporter.startswith(BY):
                # "the accusations by X", and X claims nothing just before in this article: the
                # claim X makes in the most articles (X's main charge), in another article
                if claims_of is None:
                    claims_of = _claims_of(units, union)
                j = next((k for k in claims_of.get(reporter[len(BY):], ()) if units[k].source != u.source), None)
            if j is not None:
                union.union(i, j)
                answered.append((1.0, -i, j))
        scores: dict[int, float] = {}
        covers: dict[int, float] = {}
        for q_terms, q_literal, position in u.queries:
            total = w(q_terms)
            if len(q_terms) < 2 or total <= 0:
                continue
            for j in index.candidates(q_terms):
                v = units[j]
                shared = q_terms & v.terms
                if len(shared) < 2 or sentence[j] == sentence[i] or not shared - v.actors \
                        or not _compatible_dates(u, v):
                    continue
                cover = w(shared) / total
                if cover < ANSWER_COVER:
                    continue
                whole = _actors(q_terms) <= v.actors
                # The same words count more than synonyms; what is denied is most often a report;
                # then the nearest sentence of the same article.
                literal = len(q_literal & v.literal) / max(1, len(q_literal))
                near = 0.03 - 0.002 * min(abs(v.key[1] - u.key[1]), 10) if v.source == u.source else 0.0
                scores[j] = max(scores.get(j, 0.0), cover + 0.5 * literal + 0.1 * v.reported + near)
                covers[j] = max(covers.get(j, 0.0), cover if whole else 0.0)
        for rank, j in enumerate(_choose(units, scores, covers)):
            union.union(i, j)
            if rank == 0:
                answered.append((scores[j], -i, j))

    # Components -> claims.
    components: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        components[union.find(i)].append(i)
    best: dict[int, list[int]] = defaultdict(list)
    for _score, i, j in sorted(answered, reverse=True):
        best[union.find(-i)].append(j)
    claims = []
    used = set(ids_of.values()) | {e.id for e in events}     # one id names one thing: not an actor's or event's
    for root in sorted(components, key=lambda r: units[components[r][0]].key):
        members = components[root]
        if not any(units[i].positions for i in members):
            continue
        positions: dict[tuple, Position] = {}
        contents: list[tuple[Position, str]] = []
        for i in members:
            u = units[i]
            if u.positions:
                for p, content in u.positions:
                    positions.setdefault((p.citation, p.stance, p.speaker), p)
                    contents.append((p, content))
            else:
                p = Position(Citation(u.source, u.paragraph, u.quote), "asserts")
                positions.setdefault((p.citation, p.stance, p.speaker), p)
                contents.append((p, u.quote))
        # two parties may say one thing ("Binance and FTX did not respond"); a quote read both
        # with and without its speaker is the speaker's
        named = {key[:2] for key in positions if key[2] is not None}
        positions = {key: p for key, p in positions.items() if key[2] is not None or key[:2] not in named}
        positions = _polarity(units, members, positions)
        statement = _lead_statement(units, members, contents, best.get(root, []))
        cid = _unique(_slug(" ".join(statement.split()[:8])) or "claim", used)
        claims.append(Claim(id=cid, statement=statement, positions=tuple(sorted(_with_counts(list(positions.values())))),
                            origin=AUTO))
    written = {(a.source, d.paragraph, d.date) for a in articles for d in a.dates if not d.inferred}
    date_claims = _date_claims(events, written, used)
    covered = {p.citation.anchor for c in date_claims for p in c.positions}
    return claims + date_claims + _date_disputes(units, w, limit, covered, used)


def _polarity(units: list[_Unit], members: list[int], positions: dict) -> dict:
    """Assertions of a claim that say the opposite ("it did not collect" beside "it collected")
    dispute it: what was said first is the claim and the later opposite disputes it; when the
    dates do not tell, the polarity most articles assert is the claim's."""
    sides = {False: set(), True: set()}
    first: dict[bool, list] = {False: [], True: []}
    speakers: dict[bool, set] = {False: set(), True: set()}
    voices: dict[bool, set] = {False: set(), True: set()}      # (article, speaker) on each side
    for i in members:
        if units[i].positions and any(p.stance == "asserts" for p, _ in units[i].positions):
            sides[units[i].negated].add(units[i].source)
            speakers[units[i].negated].update(p.speaker for p, _ in units[i].positions if p.stance == "asserts")
            voices[units[i].negated].update((units[i].source, p.speaker) for p, _ in units[i].positions
                                            if p.stance == "asserts")
            if units[i].published is not None:
                first[units[i].negated].append(units[i].published)
    if not sides[True] or not sides[False]:
        return positions           # one side only
    for source in sides[True] & sides[False]:
        said = [{who for s, who in voices[side] if s == source} for side in (False, True)]
        if said[0] & said[1] or None in said[0] | said[1]:
            return positions       # an article on both sides, in one voice or its own: nothing to tell
                                   # apart (two parties it quotes saying opposite things are a dispute)
    if speakers[True] == speakers[False] and None not in speakers[True]:
        return positions           # one speaker, worded both ways ("don't just appear"): no dispute
    minority = len(sides[True]) <= len(sides[False])      # ties: the negative disputes
    if first[True] and first[False]:
        yes, no = min(first[False]), min(first[True])
        if not yes.compatible(no):
            minority = yes < no                           # the later side disputes the earlier
    flipped = {}
    for i in members:
        if units[i].negated != minority:
            continue
        for p, _ in units[i].positions:
            if p.stance == "asserts":
                flipped[(p.citation, p.stance, p.speaker)] = replace(p, stance="disputes")
    out = {}
    for key, p in positions.items():
        q = flipped.get(key, p)
        out[(q.citation, q.stance, q.speaker)] = q
    return out


def _choose(units: list[_Unit], scores: dict[int, float], covers: dict[int, float]) -> list[int]:
    """The best answer, then the best of each other article that covers nearly all of the denial.

    Those must name every actor of the denial, must not date the happening differently from the
    best answer, and must share one of its actors and two of its other terms.
    """
    if not scores:
        return []
    ranked = sorted(scores, key=lambda j: (-scores[j], units[j].key))
    best = units[ranked[0]]
    chosen, seen = [ranked[0]], {best.source}
    for j in ranked[1:]:
        if len(chosen) >= MAX_ANSWERS:
            break
        v = units[j]
        if v.source not in seen and covers[j] >= OTHER_ARTICLE_COVER and _compatible_dates(v, best) \
                and v.actors & best.actors and len((v.terms & best.terms) - v.actors) >= 2:
            chosen.append(j)
            seen.add(units[j].source)
    return chosen


def _claims_of(units: list[_Unit], union: UnionFind) -> dict[str, list[int]]:
    """{actor id: the units where the actor asserts something that may be answered}, those of the
    claims told in the most articles first, then in the order of the corpus."""
    sources_of: dict[int, set[str]] = defaultdict(set)
    for k, v in enumerate(units):
        sources_of[union.find(k)].add(v.source)
    out: dict[str, list[int]] = defaultdict(list)
    for k, v in enumerate(units):
        if v.target:
            for speaker in {p.speaker for p, _ in v.positions if p.stance == "asserts" and p.speaker}:
                out[speaker].append(k)
    for found in out.values():
        found.sort(key=lambda k: (-len(sources_of[union.find(k)]), units[k].key))
    return out


def _referent(units: list[_Unit], members: list[int], i: int, reporter: str, ids_of: dict[str, str],
              actors_in: ActorsIn) -> int | None:
    """The latest earlier assertion of the article by the named reporter (a name, or BY and an
    actor id), or that reports something; for PREVIOUS, the latest assertion of someone else in
    this paragraph or the last; for CLAIMED ("MSF denied the claim"), that, else the latest that
    reports something."""
    if reporter == CLAIMED:
        found = _referent(units, members, i, PREVIOUS, ids_of, actors_in)
        return found if found is not None else _referent(units, members, i, "", ids_of, actors_in)
    if reporter == PREVIOUS:
        speakers = {p.speaker for p, _ in units[i].positions}
        for j in sorted((j for j in members if units[j].key < units[i].key), key=lambda j: units[j].key, reverse=True):
            v = units[j]
            if units[i].key[1] - v.key[1] > 1:
                return None
            if v.positions and any(p.stance == "asserts" and p.speaker not in speakers for p, _ in v.positions):
                return j
        return None
    named = reporter[len(BY):] if reporter.startswith(BY) else ids_of.get(reporter) if reporter else None
    for j in sorted((j for j in members if units[j].key < units[i].key), key=lambda j: units[j].key, reverse=True):
        v = units[j]
        if not v.positions or not v.asserting or units[i].key[1] - v.key[1] > 6:
            continue
        for p, _ in v.positions:
            if p.stance != "asserts":
                continue
            if named and p.speaker == named or not reporter and _REPORTED.search(p.citation.quote):
                return j
    return None


def _lead_statement(units: list[_Unit], members: list[int], contents: list[tuple[Position, str]],
                    answered: list[int]) -> str:
    """The claim's neutral statement: what a denial answers (the article's own words first), else
    the first assertion in the corpus."""
    for j in sorted(answered, key=lambda j: bool(units[j].positions)):
        u = units[j]
        if not u.positions:
            return _statement(u.quote)
        return _statement(next((c for p, c in u.positions if p.stance == "asserts"), u.positions[0][1]))
    ordered = sorted(members, key=lambda i: units[i].key)
    for i in ordered:
        for p, c in units[i].positions:
            if p.stance == "asserts":
                return _statement(c)
    return _statement(contents[0][1])


def _with_counts(positions: list[Position]) -> list[Position]:
    """Give asserting positions that count one thing with incompatible numbers that number as `value`."""
    if len(positions) < 2:
        return positions        # a clash needs two paragraphs
    found = {p: counts_of(p.citation.quote) for p in positions if p.stance == "asserts" and not p.value}
    by_noun: dict[str, list[tuple[Position, Count]]] = defaultdict(list)
    for p, counts in found.items():
        for c in counts:
            by_noun[c.noun].append((p, c))
    for noun in sorted(by_noun):
        items = by_noun[noun]
        # a count clashes with one it is not compatible with, given in another paragraph; copies
        # repeat a few counts many times, so each interval's paragraphs are gathered once
        where: dict[tuple[float, float], set[tuple[str, str]]] = defaultdict(set)
        for p, c in items:
            where[(c.low, c.high)].add((p.citation.source, p.citation.paragraph))

        def clashes(p: Position, c: Count) -> bool:
            here = (p.citation.source, p.citation.paragraph)
            return any(not (c.low <= high and low <= c.high) and (len(places) > 1 or here not in places)
                       for (low, high), places in where.items())
        clashing = [(p, c) for p, c in items if clashes(p, c)]
        if not clashing:
            continue
        labels: dict[tuple, str] = {}
        values = {}
        for p, c in clashing:
            values.setdefault(p, labels.setdefault((c.low, c.high), c.label))
        return [replace(p, value=values[p]) if p in values else p for p in positions]
    return positions


def _date_claims(events: list[Event], written: set[tuple], used: set[str]) -> list[Claim]:
    """An event whose sources give incompatible dates is a contested claim about its date.

    Not when every such date was inferred from publication dates ("last month" in two articles a
    year apart): then the sources do not disagree, the inference does. And only between sources
    that each give the event dates that agree with one another: an article giving one happening
    two dates that cannot both be right ("killed hundreds between Nov. 28 and 29, … in a conflict
    that erupted nearly four months ago") has had a second happening's date read as this one's,
    so it is no side.
    """
    claims = []
    for e in events:
        if not e.disputed:
            continue
        by_source: dict[str, set] = defaultdict(set)
        for c in e.citations:
            if c.date:
                by_source[c.citation.source].add(c.date)
        sides = {src for src, dates in by_source.items() if all(a.compatible(b) for a in dates for b in dates)}
        cited = [c for c in e.citations if c.date and c.citation.source in sides]
        stated = {(c.citation.source, c.date) for c in cited
                  if (c.citation.source, c.citation.paragraph, c.date) in written}
        if not any(not a.compatible(c.date) and src != c.citation.source for src, a in stated for c in cited):
            continue
        dates = sorted({c.date for c in cited}, key=lambda d: d.iso())
        positions = []
        for c in cited:
            # A coarser date that fits exactly one finer one counts as that one ("2024" with "January 2024").
            finer = [d for d in dates if d != c.date and c.date.contains(d)]
            date = finer[0] if len(finer) == 1 else c.date
            positions.append(Position(c.citation, "asserts", None, False, date.label()))
        statement = f"{e.title.rstrip('.')}: sources give different dates."
        cid = _unique(_slug(" ".join(e.title.split()[:6])) + "-date", used)
        claims.append(Claim(id=cid, statement=statement, positions=tuple(sorted(positions, key=position_order)), origin=AUTO))
    return claims


def _near_miss(a: PartialDate, b: PartialDate) -> bool:
    """Two dates that cannot both be right but are close enough to be one happening misdated:
    a day or two apart, a month apart, or the same day and month a year apart."""
    if a.compatible(b) or a.precision != b.precision:
        return False
    if a.precision == "day":
        delta = abs((dt.date(a.year, a.month, a.day) - dt.date(b.year, b.month, b.day)).days)
        return delta <= 2 or ((a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1)
    if a.precision == "month":
        return abs((a.year * 12 + a.month) - (b.year * 12 + b.month)) == 1 or \
            (a.month == b.month and abs(a.year - b.year) == 1)
    return False


def _date_disputes(units: list[_Unit], w, limit: int, covered: set[str], used: set[str]) -> list[Claim]:
    """One happening told with nearly the same words in two articles, each dating it once, on
    dates that cannot both be right (see `_near_miss`; dates further apart are more likely two
    happenings: two meetings, two strikes). At least one of the dates must be written out."""
    dated = [i for i, u in enumerate(units) if len(set(u.dates)) == 1 and u.target
             and f"{u.source}#{u.paragraph}" not in covered]
    weight = {t: w((t,)) for i in dated for t in units[i].terms}
    index = _Index(units, dated, weight, limit)
    union, linked = UnionFind(), set()
    for i in dated:
        u = units[i]
        for j in index.candidates(u.terms):
            v = units[j]
            # Two dates both inferred from publication dates disagree only because of the inference.
            if j <= i or v.source == u.source or not (u.explicit or v.explicit) \
                    or not _near_miss(u.dates[0], v.dates[0]):
                continue
            shared = u.terms & v.terms
            if len(shared - u.actors) >= 3 and shared & u.actors \
                    and 2 * w(shared) / max(w(u.terms) + w(v.terms), 1e-9) >= DATE_DICE:
                union.union(i, j)
                linked.update((i, j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked, key=lambda i: units[i].key):
        groups[union.find(i)].append(i)
    claims = []
    for members in groups.values():
        positions = []
        for i in members:
            u = units[i]
            quote = u.quote or max((p.citation.quote for p, _ in u.positions), key=len)
            positions.append(Position(Citation(u.source, u.paragraph, quote), "asserts", None, False,
                                      u.dates[0].label()))
        first = units[members[0]]
        title = _statement(first.quote or first.positions[0][1]).rstrip(".")
        cid = _unique(_slug(" ".join(title.split()[:6])) + "-date", used)
        claims.append(Claim(id=cid, statement=f"{title}: sources give different dates.",
                            positions=tuple(sorted(set(positions), key=position_order)), origin=AUTO))
    return claims


def _statement(content: str) -> str:
    text = " ".join(content.split()).strip(" ,;:“”\"")
    if len(text) > 200:
        cut = text.rfind(" ", 0, 197)
        text = text[:cut if cut > 80 else 197].rstrip(",;:") + "…"
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".?!…":
        text += "."
    return text


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate
