"""The `dossier_attribution` component: who says what, with what stance, from the dependency parse.

Adds `doc._.attributions`, the list of `Attribution`s of the article (one per reported statement
and one per factual sentence in the reporter's own voice), computed by the pure function
`attribute(doc)` from spaCy's sentences, lemmas, dependency parse and `doc.ents` alone.

- The speaker is the subject of a reporting verb (`data/reporting_verbs.txt`, phrasal ones
  included: "pushed back"; a document "reads" what it says), the agent of a passive one, the
  object of "according to" / "as per"
  (`data/source_prepositions.txt`), X in "X's spokesman" / "a spokesman for X"
  (`data/spokesperson_nouns.txt`), or the antecedent of "…, which denied …". Pronouns and
  definite descriptions ("he", "the company"; `data/descriptions.txt`) resolve to what they refer
  to before them: an entity the description names ("the county" -> "Maui County"), else a speaker
  quoted there, else an entity in subject position, else the nearest fitting entity, sentence by
  sentence backwards; "the report" speaks for whoever it was found to be. Datelines are neither
  speakers nor antecedents. Unnamed sources ("officials", "a person familiar with the matter";
  `data/anonymous_sources.txt`) are anonymous, and "the official" is the one quoted before.
- What is said is the verb's content clause (ccomp), else the quotation next to the attribution
  (`"…," he said`, `He said: "…"`, `"…," said X`, `"…," he said, "…"`), continued by quotations
  that follow it (an open quotation paragraph is said by the next paragraph's speaker); never the
  whole sentence. A denial inside another report ("Israel said …, which denied blame") is a
  position of its own; two reports joined by "and" stay apart.
- The stance comes from the verb's class, from negation and refusal ("could not confirm",
  "declined to comment"; `data/nonanswer_verbs.txt`), and from the content clause: a reporting
  verb heading it ("said the Kremlin rejected …"), a denial in general English
  (`data/denial_cues.txt`), something not known (`data/unknown_cues.txt`), a contested figure
  (`data/dispute_cues.txt`) or a hedge (`data/hedge_cues.txt`). A party named (or a pronoun for
  one) saying that something did not happen denies it ("Ethiopia said Eritrean troops were not
  deployed"), and so does an unnamed official of a side ("a military official"); what a kind of
  people says is not ("experts caution that …", "officials said"), what will or may not be, and
  orders are no denials.
- A denial of "the reports", "the claims" (`data/reference_nouns.txt`) records that noun in
  `answers`, so the caller can join it to the claim it answers.
- The statement is the content clause made a complete sentence: no attribution, no leading "that"
  or connective (`data/connectives.txt`), no hedges at the edges, a subject (a pronoun for the
  speaker named in reported speech: "Veltra said it was not involved" -> "Veltra was not
  involved."), a capital and a full stop, balanced quotes and brackets, about 25 words at most
  (trailing or opening subordinate clauses and appositions dropped whole, never a verb's
  complement or a denial); a clause without a subject falls back to the sentence without the
  attribution, then to the whole sentence.
- A sentence with no report is the reporter's own (speaker None, asserts or hedges; cannot
  confirm for "no comment", "it is not clear") when it has a finite main verb with a subject and
  is not a question or a heading; a sentence whose main verb reports a clause never is.

Every function here is pure and deterministic; the work is linear in the length of the text
(backward reference search is bounded to a few sentences).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from . import lexicon as lx
from .entities import ACRONYM, COLLECTIVES, COMPANY_NOUNS, names_a_vessel
from .tree import subtree

DATA = Path(__file__).with_name("data")
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
STANCES = ("asserts", "denies", "disputes", "cannot_confirm", "hedges")
_AGAINST = ("denies", "disputes", "cannot_confirm")   # the stances that answer an assertion
MAX_WORDS = 25
DENIAL_NOUNS = frozenset({"denial", "rebuttal", "refutation"})   # "Kyiv's denial that …"
# Nouns of saying whose clause is what was said ("a statement from the agency that …", "Hamas made
# an announcement that …"): the stance is that of the clause, as after "said"
SAYING_NOUNS = frozenset({"statement", "announcement", "assertion", "declaration"})
# Verbs that make such a noun the subject's ("issued a statement that …", "repeated its statements")
_ISSUING = frozenset({"issue", "release", "make", "publish", "put", "send", "repeat", "reiterate", "post",
                      "enter", "lodge"})
LOOKBACK = 8                       # sentences searched back for what a pronoun or description means
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
QUOTE_OPEN = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
QUOTE_CHARS = frozenset('"\u201c\u201d\u00ab\u00bb')
PLURAL = frozenset({"they", "them", "their"})
DOUBTING = frozenset({"believe", "think"})            # negated, a verb of opinion doubts what follows
# done on purpose: "was not planned", said by whoever would have done it, denies doing it
INTENDED = frozenset("plan order intend authorize authorise approve sanction orchestrate direct design".split())
_MESSAGES = frozenset("call message email e-mail request inquiry enquiry query question phone text".split())
# words for one set of findings, which an article varies ("the report", "the study")
FINDINGS = frozenset("report study analysis assessment investigation review".split())
# what a party says in writing: "in a memo that …", "in a statement that …"
DOCUMENTS = frozenset("memo memorandum statement letter note post tweet interview briefing filing".split())
# What is issued in someone's name, and speaks for them ("Low's statement said he …", "a letter from the firm")
_ISSUED = SAYING_NOUNS | DOCUMENTS | {"email", "e-mail", "release"}
# "I have no doubt that …", "we are sure that …": the clause declared certain is what is said
CERTAIN = frozenset("sure certain confident convinced".split())
# People who speak for themselves, not for the one they are named by ("her father said"): the
# person named with that word, if any.
KIN = frozenset("family father mother parent son daughter brother sister wife husband widow widower relative "
                "cousin uncle aunt grandfather grandmother grandson granddaughter child friend neighbour "
                "neighbor fiancé fiancée partner".split())
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# Refusing what another asked for ("rejected calls for a joint investigation", "declined to appear",
# "turned down the request"): the verbs, and what is asked (as a noun, or as the verb asking it
# before "we refused that").
REFUSING = frozenset({"refuse", "decline", "reject", "rebuff", "spurn"})
REQUESTS = frozenset("proposal offer request call demand invitation appeal suggestion plea bid".split())
ASKING = frozenset("request ask propose offer demand invite call urge".split())
# people a plural subject can count ("the two men", "both suspects")
PEOPLE = frozenset("man woman person people suspect defendant officer agent brother sister journalist "
                   "reporter activist soldier lawyer executive official leader".split())
VARIANTS = {"be": {"'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m"},     # lemmas of contracted forms
            "not": {"n't", "n\u2019t", "nt"}}


@dataclass(frozen=True, slots=True, order=True)
class Attribution:
    sentence: tuple[int, int]        # char span of the sentence in doc.text
    content: tuple[int, int]         # char span of what is said (the content clause), in doc.text
    statement: str                   # the proposition: a clean, complete sentence
    stance: str                      # asserts | denies | disputes | cannot_confirm | hedges
    speaker: tuple[int, int] | None  # char span of the speaking entity of doc.ents; None: reporter or unresolved
    anonymous: bool                  # "officials said", "a source familiar with the matter"
    cue: str                         # the reporting verb's lemma, or "according to"
    answers: str = ""                # lemma of "the reports/claims…" when that is what is denied


# ----------------------------------------------------------------------------------------- data

def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, str]
    nonanswer: frozenset[str]
    denial: tuple[str, ...]
    denial_words: frozenset[str]         # its one-word phrases, as lemmas ("false", "lie")
    hedge: tuple[str, ...]
    hedge_words: frozenset[str]          # one-word hedges, dropped at a statement's edges
    unknown: tuple[str, ...]
    dispute: tuple[str, ...]
    anonymous_nouns: frozenset[str]
    anonymous_phrases: tuple[str, ...]
    spokes: frozenset[str]
    outsiders: frozenset[str]            # "critics of X": not X
    reference: frozenset[str]
    connectives: tuple[tuple[str, ...], ...]
    sources: tuple[tuple[str, ...], ...]
    descriptions: dict[str, tuple[str, ...]]
    heads: dict[str, frozenset[str]]     # "ministry" -> the words ending names of ministries


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs = {" ".join(line.split()[:-1]): line.split()[-1] for line in _lines("reporting_verbs.txt")}
    anonymous = _lines("anonymous_sources.txt")
    descriptions = {}
    for line in _lines("descriptions.txt"):
        word, *labels = line.split()
        descriptions[word] = tuple(labels)
    connectives = sorted((tuple(c.lower().split()) for c in _lines("connectives.txt")),
                         key=len, reverse=True)
    return _Lexicon(
        verbs=verbs,
        nonanswer=frozenset(_lines("nonanswer_verbs.txt")),
        denial=tuple(_lines("denial_cues.txt")),
        denial_words=frozenset(p.split("/")[0] for p in _lines("denial_cues.txt") if " " not in p),
        hedge=tuple(_lines("hedge_cues.txt")),
        hedge_words=frozenset(h for h in _lines("hedge_cues.txt") if h.isalpha()),
        unknown=tuple(_lines("unknown_cues.txt")),
        dispute=tuple(_lines("dispute_cues.txt")),
        anonymous_nouns=frozenset(a for a in anonymous if " " not in a),
        anonymous_phrases=tuple(a for a in anonymous if " " in a),
        spokes=frozenset(_lines("spokesperson_nouns.txt")),
        outsiders=frozenset(_lines("outsider_nouns.txt")),
        reference=frozenset(_lines("reference_nouns.txt")),
        connectives=tuple(connectives),
        sources=tuple(tuple(p.split()) for p in _lines("source_prepositions.txt")),
        descriptions=descriptions,
        heads={line.split()[0]: frozenset(line.split()[1:]) for line in _lines("description_heads.txt")},
    )


def _patterns(phrases: Iterable[str]) -> list[list[dict]]:
    """Matcher patterns for phrases; one-word phrases are merged into one pattern per part of
    speech and dependency (the Matcher checks each pattern at every token)."""
    singles: dict[tuple[str, str], set[str]] = {}
    out = []
    for phrase in phrases:
        if " " in phrase:
            out.append(_pattern(phrase))
            continue
        spec = _pattern(phrase)[0]
        key = (spec.get("POS", ""), spec.get("DEP", ""))
        singles.setdefault(key, set()).update(spec["LEMMA"]["IN"])
    for (pos, dep), forms in sorted(singles.items()):
        for spec in ({"LEMMA": {"IN": sorted(forms)}}, {"LOWER": {"IN": sorted(_inflections(forms))}}):
            if pos:
                spec["POS"] = pos
            if dep:
                spec["DEP"] = dep
            out.append([spec])
    return out


def _inflections(lemmas: set[str]) -> set[str]:
    """The regular forms of each lower-case lemma, for words the lemmatiser does not know
    ("undercounted" -> "undercounte")."""
    out = set()
    for lemma in (x for x in lemmas if x.islower() and x.isalpha()):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out |= {lemma, lemma + "s", stem + "ed", stem + "ing"}
    return out


def _pattern(phrase: str) -> list[dict]:
    """A Matcher pattern for a phrase of lemmas ("word", "word/POS" or "word@dependency"), with
    up to two other words between the words of the phrase (the odd elements of the pattern)."""
    pattern: list[dict] = []
    for k, word in enumerate(phrase.split()):
        word, _, dep = word.partition("@")
        lemma, _, pos = word.partition("/")
        forms = {lemma, lemma.capitalize(), lemma.upper()} | VARIANTS.get(lemma, set())
        spec: dict = {"LEMMA": {"IN": sorted(forms)}}
        if pos:
            spec["POS"] = pos
        if dep:
            spec["DEP"] = dep
        if k:
            pattern.append({"OP": "{0,2}"})
        pattern.append(spec)
    return pattern


_MATCHERS: dict[int, tuple[object, Matcher]] = {}
_REFUSING = ("refuse", "decline")


def _matcher(vocab) -> Matcher:
    """One Matcher per vocabulary, with the phrase patterns of the word lists, by list."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    lex = _lexicon()
    matcher = Matcher(vocab)
    # a refusal says what "not" says of what is refused ("refused to release the figures",
    # "declined to give details": "not release figure", "not give detail")
    unknown = (*lex.unknown, *(f"{verb} {phrase[4:]}" for phrase in lex.unknown if phrase.startswith("not ")
                               for verb in _REFUSING))
    for kind, phrases in (("DENIAL", lex.denial), ("HEDGE", lex.hedge), ("ANON", lex.anonymous_phrases),
                          ("UNKNOWN", unknown), ("DISPUTE", lex.dispute)):
        matcher.add(kind, _patterns(phrases))
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


# ------------------------------------------------------------------------------- the article

@dataclass
class _Said:
    """An attribution in the making: token indices of the content, before cleaning."""
    sent_start: int                  # char offsets
    sent_end: int
    content: list[int]               # token indices of what is said
    stance: str
    speaker: Span | None
    anonymous: bool
    cue: str
    answers: str = ""
    clause: bool = True              # content is a clause or quotation (else a noun object)
    whole: bool = False              # statement falls back to the whole sentence
    own: tuple[int, ...] = ()        # token indices of the attribution itself ("she said")
    verb: int = -1                   # token index of the reporting verb
    subject: int = -1                # token index of its subject, -1 if none (or resolved already)
    quoted: bool = False             # the content is a quotation (its marks are not part of it)


class _Article:
    """Per-document indexes: entities by token, quotations, cue matches, sentences."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = _lexicon()
        self.sents: list[Span] = []              # spaCy's sentences, cut at paragraph breaks
        self.sent_of = [0] * len(doc)
        pieces: list[list[int]] = []
        for sent in doc.sents:
            piece: list[int] = []
            for tok in sent:
                if tok.is_space and "\n" in tok.text:
                    if piece:
                        pieces.append(piece)
                    piece = []
                elif not tok.is_space:
                    piece.append(tok.i)
            if piece:
                pieces.append(piece)
        merged: list[list[int]] = []
        for piece in pieces:
            # "Brig. Gen. Daniel Hagari said …" cut after a title's abbreviation: join it again
            if merged and _cut_at_abbreviation(doc, merged[-1], piece):
                merged[-1] = merged[-1] + piece
            else:
                merged.append(piece)
        for piece in merged:
            # a closing quotation mark that the parser put after the paragraph break
            if self.sents and not any(doc[i].is_alpha or doc[i].is_digit for i in piece) \
                    and doc[piece[0]].i - 1 >= 0 and "\n" not in doc[piece[0] - 1].text:
                last = self.sents[-1]
                self.sents[-1] = doc[last.start:piece[-1] + 1]
                continue
            self.sents.append(doc[piece[0]:piece[-1] + 1])
        for si, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = si
        for i in range(1, len(doc)):
            if doc[i].is_space and self.sent_of[i] == 0 and i > self.sents[0].end:
                self.sent_of[i] = self.sent_of[i - 1]
        self.ents = [e for e in doc.ents if e.label_ in SPEAKER_LABELS]
        self.ent_of: dict[int, Span] = {}
        self.ents_in: list[list[Span]] = [[] for _ in self.sents]    # by sentence
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        # a person's name the actors component cut out of a longer entity ("Donetsk People's
        # Republic PM [Aleksandr Boroday]") speaks as that person
        for actor in (doc._.actors if doc.has_extension("actors") else None) or ():
            span = doc.char_span(actor.start, actor.end, label="PERSON") if actor.kind == "person" else None
            outer = self.ent_of.get(span.start) if span is not None else None
            if outer is not None and len(outer) > len(span) and outer.start <= span.start and span.end <= outer.end:
                for i in range(span.start, span.end):
                    self.ent_of[i] = span
        # head token -> "Polish officials", "local authorities", "the Iranian police" (a body named
        # by a collective noun); `groups` lists them in reading order
        self.group_of: dict[int, Span] = {}
        for actor in (doc._.actors if doc.has_extension("actors") else None) or ():
            span = doc.char_span(actor.start, actor.end, label="NORP" if actor.kind == "group" else "ORG")
            if span is not None and (actor.kind == "group" or span.root.is_lower and (
                    span.root.lower_ in COLLECTIVES or actor.kind == "organization" and len(span) > 1)
                    or len(span) == 1 and span.root.lower_ in COLLECTIVES):        # "Police said"
                self.group_of[span.root.i] = span
        self.groups = sorted(self.group_of.values(), key=lambda span: span.start)
        self.actor_at: dict[int, str] = {}          # token -> the key of the actor it names ("Rwandan" -> Rwanda)
        self.kind_of: dict[str, str] = {}           # actor key -> its kind in this article
        self.body_at: dict[int, Span] = {}          # token -> an organisation's name the model did not tag
        for actor in (doc._.actors if doc.has_extension("actors") else None) or ():
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None:
                self.kind_of.setdefault(actor.key, actor.kind)
                for t in span:
                    self.actor_at[t.i] = actor.key
                if actor.kind == "organization" and not any(t.ent_type_ for t in span):
                    for t in span:
                        self.body_at[t.i] = doc[span.start:span.end]
        self.text = doc.text                       # (Doc.text joins the tokens on every call)
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        self.quotes = _quotes(self.text)
        self.quote_starts = [q[0] for q in self.quotes]
        self.quote_ends = [q[1] for q in self.quotes]
        self.in_quote = [None] * len(doc)            # index of the quotation a token is inside
        qi = 0
        for tok in doc:
            while qi < len(self.quotes) and self.quotes[qi][1] <= tok.idx:
                qi += 1
            if qi < len(self.quotes) and self.quotes[qi][0] <= tok.idx < self.quotes[qi][1]:
                self.in_quote[tok.i] = qi
        self.marks: dict[str, dict[int, list[int]]] = {   # list -> match start -> match ends
            k: {} for k in ("DENIAL", "HEDGE", "ANON", "UNKNOWN", "DISPUTE")}
        for match_id, start, end, aligned in _matcher(doc.vocab)(doc, with_alignments=True):
            label = doc.vocab.strings[match_id]
            if label == "HEDGE" and doc[start].lower_ == "could" and any(t.dep_ == "neg" for t in doc[start:end]):
                continue                       # "could not have been hit": impossible, not supposed
            if any(element % 2 and doc[start + k].pos_ == "VERB" for k, element in enumerate(aligned)):
                continue                       # a verb between a phrase's words takes the negation to
                                               # itself ("did not know what happened" is no "not happen")
            if label == "DENIAL" and end - start == 1 and _describes_a_party(doc[start], self.lex.reference):
                continue                       # "killed innocent civilians": a word of the noun, not
                                               # said of a charge
            self.marks[label].setdefault(start, []).append(end)
        for tok in doc:                        # "neither statement by the two sides has been verified"
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] \
                if tok.lemma_.lower() in _CHECKING else []
            if any(_nobody(c) for c in subjects):
                self.marks["UNKNOWN"].setdefault(min(c.left_edge.i for c in subjects), []).append(tok.i + 1)
        self.dateline = _datelines(doc)
        self.outlets = _outlets(self)            # the names the article credits as news outlets
        # names the article gives a ship ("the oil tanker Mercer Street"): a ship never speaks, so
        # "the firm said" after "The Mercer Street is managed by Zodiac Maritime" is Zodiac Maritime
        self.vessels = {_bare(e.text) for e in doc.ents if names_a_vessel(e)}
        for ent in self.ents:
            if ent.start not in self.dateline:
                self.ents_in[self.sent_of[ent.start]].append(ent)
        self.speakers: dict[int, list[tuple[Span | None, bool]]] = {}   # sentence -> speakers
        # (sentence, start of the speaker) where a person spoke for a body ("the Authority's attorney
        # general said"): a "he" or "she" after it is that person, speaking for the body again
        self.voiced: set[tuple[int, int]] = set()
        self.said_by: dict[str, Span] = {}        # "report" -> who "the report" was last found to be
        self.named_by: dict[str, list[Span]] = {}  # lower-case word -> entities with it in their name
        for ent in self.ents:
            if ent.start not in self.dateline:
                for w in {t.lower_ for t in ent if t.is_alpha}:
                    self.named_by.setdefault(w, []).append(ent)
        self.short: dict[str, list[Span]] = {}     # surname / first word -> entities named so
        for ent in self.ents:
            words = ent.text.split()
            if ent.start in self.dateline or len(words) < 2:
                continue
            if ent.label_ == "PERSON" and not any(t.tag_ == "POS" for t in ent):   # not "Binance's Zhao"
                for key in _short_keys(words[-1]):
                    self.short.setdefault(key, []).append(ent)
            elif ent.label_ == "ORG":
                self.short.setdefault(words[0], []).append(ent)

    def has(self, kind: str, ids: Iterable[int]) -> bool:
        """Whether a phrase of the list `kind` begins and ends among the tokens ids."""
        ids = set(ids)
        marks = self.marks[kind]
        return any(e - 1 in ids for i in ids for e in marks.get(i, ()))

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1


def _describes_a_party(word: Token, reference: frozenset[str]) -> bool:
    """"Innocent" qualifying a noun ("killed innocent civilians", "innocent bystanders"): it
    describes people, not what anyone says of a charge ("said he was innocent" denies). The other
    evaluative words of the list qualify what is said before a noun as well ("a false, malicious
    media campaign", "a misleading interpretation"), so they stay."""
    return word.lemma_.lower() == "innocent" and word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN") \
        and word.head.i > word.i and word.head.lemma_.lower() not in reference


def _cut_at_abbreviation(doc: Doc, before: list[int], after: list[int]) -> bool:
    """Whether the parser ended a sentence at an abbreviated title ("Brig.", "Gen.", "Lt."): a
    short piece without a verb ending in a capitalised word with a full stop, in one paragraph."""
    last = doc[before[-1]]
    if len(before) > 4 or any(doc[i].pos_ in ("VERB", "AUX") for i in before):
        return False
    word = last.text if last.text != "." or len(before) < 2 else doc[before[-2]].text + "."
    if last.text == "." and len(before) >= 2 and doc[before[-2]].whitespace_:
        return False
    if not (word.endswith(".") and 2 <= len(word) <= 6 and word[0].isupper()):
        return False
    return doc[after[0]].text[:1].isupper() and "\n" not in doc[before[-1]:after[0]].text


# Nouns of taking part in a deed, and what denying one says was so ("denied responsibility for the
# blast": "was responsible for the blast"): the noun's verb, with what follows the noun
DENIED_AS = {"responsibility": ("be", "responsible"), "involvement": ("be", "involved"), "role": ("have", "a role"),
             "part": ("have", "a part"), "complicity": ("be", "complicit"), "culpability": ("be", "culpable"),
             "guilt": ("be", "guilty"), "blame": ("be", "to blame"), "wrongdoing": ("commit", "wrongdoing"),
             "participation": ("participate", ""), "knowledge": ("have", "knowledge"),
             "connection": ("have", "a connection"), "link": ("have", "links")}
# what rejecting denies: a tie to something ("rejected any involvement"; not "part": "rejected part
# of the plan"), or the act of tying the speaker to it ("rejected attempts to link it to the attack")
_LINK_NOUNS = frozenset(DENIED_AS) - {"part"}
_LINKING_VERBS = frozenset({"link", "connect", "tie", "associate", "blame", "implicate", "attribute", "accuse",
                            "pin"})
# verbs under which a denial in the to-infinitive is still made ("continued to deny", "tried to dispute")
_CARRYING_ON = frozenset({"continue", "keep", "try", "seek", "attempt", "repeat", "rush", "hasten", "begin",
                          "start", "go", "move", "scramble", "hurry", "strive"})
# names that, given to a claim, dismiss it ("called the accusations a provocation"); said of an
# event they accuse instead ("the attack was a provocation"), so only with a claim as object
_DISMISSIVE = frozenset({"provocation", "propaganda", "hoax", "farce", "rubbish", "hysteria", "slander",
                         "invention", "fantasy", "libel", "cynical", "unacceptable", "outrageous", "irresponsible",
                         "meaningless", "speculation", "wrong", "mistaken", "erroneous"})
# what is said of claims that were made up or made for a purpose ("the allegations were fabricated",
# "claims of involvement were motivated by political goals")
_DISCREDITED = frozenset({"motivate", "fabricate", "invent", "concoct", "manufacture", "inspire", "drive"})
# what a claim said to be made for a purpose serves ("the allegations were meant to justify …")
_PURPOSED = frozenset({"mean", "intend", "design", "aim", "calculate"})
_MOTIVES = frozenset({"goal", "aim", "motive", "purpose", "intention", "agenda", "objective"})
# what a claim is said not to be when nothing bears it out ("the claims were not backed by evidence")
_SUPPORTED = frozenset({"back", "support", "substantiate", "corroborate", "bear", "base", "ground"})
_MAINTAINING = frozenset({"maintain", "reiterate", "assert", "protest", "proclaim"})   # "maintained his innocence"
# Who did it, with what, from where: negated, said by a party of a thing named, they rebut an account of
# it ("the missile was not targeted at Poland"), whoever says it (a plain negative, "the talks had not
# ended", denies only when a party named says it: `_negated_root`)
_DOING = frozenset("cause result originate come make manufacture produce fire launch target carry conduct involve "
                   "belong supply send provide ship sell deliver direct hit strike kill attack shoot use".split())
# what a party does on purpose: "no attempt was made", "no missiles were fired", said by it, denies
_ACTS = frozenset("make carry conduct fire launch target strike attack shoot send supply provide deliver direct "
                  "use".split())
_BEING = frozenset({"exist", "happen", "occur"})     # negated, said of a thing, they deny it was
# after "and not" or ", not", words that add or qualify rather than set an account aside
_NOT_CONTRASTING = frozenset("only just merely simply least to yet even necessarily always all".split())
_INTERROGATING = frozenset({"question"})      # also "asks someone questions": `_questions_someone`
_READY = frozenset({"quick", "swift", "fast", "prompt", "keen", "eager", "ready", "first"})   # "was quick to deny"
_WISHING = frozenset({"want", "wish", "hope", "like"})   # negated, they tell a wish, not a fact to deny
_NO_ANSWER_NOUNS = frozenset({"comment", "word", "response", "reply", "confirmation", "reaction"})   # "no … from X"
_FOCUS = frozenset({"just", "only", "simply", "merely", "solely"})   # "not just …": not only, no denial
_FOLLOWING = frozenset({"mean", "need"})        # negated, what follows or is needed: "it does not mean …"
_LICENSING = frozenset({"authorize", "authorise", "allow", "permit", "empower"})   # "not authorized to speak"
_GIVING = frozenset({"give", "provide", "offer"})      # "did not give a reason", "provided no details"
_PERSONS_BODIES = frozenset({"group", "company", "firm", "conglomerate", "business", "empire"})   # "Adani's group"
# Speakers a demonym only places ("an Australian website", "a British analyst"): the press and
# scholars speak for themselves, not for their country, unless the state runs them ("Iranian state
# media", "the official Chinese newspaper"). General English nouns of the press and of research.
_INDEPENDENT = frozenset({"website", "site", "newspaper", "paper", "daily", "tabloid", "magazine", "journal",
                          "outlet", "broadcaster", "blog", "blogger", "portal", "analyst", "researcher",
                          "scholar", "academic", "journalist", "reporter", "commentator", "columnist", "think",
                          "institute", "university", "professor", "historian", "observer"})
_RUN_BY_STATE = frozenset({"state", "official", "government", "military", "party"})
_ROLE_LOWER = frozenset(w.lower() for w in lx.ROLES)
_ALL_MARKS = "".join(sorted(QUOTE_CHARS)) + "'\u2018\u2019"
_DOUBLE = "\"\u201c\u201d"        # web text mixes them: “…", ”…” and "…” are quotations too


# Single quotation marks (British and South Asian news style) are also apostrophes: a quotation
# opens before a word and closes right after the punctuation that ends what was said; one never
# closed is an apostrophe ("’90s"), not a quotation running to the end of the paragraph.
_SINGLE = "'\u2018"
_SINGLE_OPEN = re.compile(r"(?<=\s)['\u2018](?=[^\W\d])")
_SINGLE_CLOSE = re.compile(r"(?<=[,.?!\u2026\u2014])['\u2019](?![\w'\u2019])")


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n\n", i)
    return len(text) if end < 0 else end


def _quotes(text: str) -> list[tuple[int, int]]:
    """Char spans (marks included) of quotations; an unclosed one ends with its paragraph (double
    marks only: an unclosed single mark is an apostrophe)."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in ('"', "\u201d") and i > 0 and text[i - 1] in ",.?!\u2026" and (i + 1 == n or text[i + 1].isspace()):
            start = text.rfind("\n\n", 0, i)
            start = 0 if start < 0 else start + 2
            if spans and spans[-1][1] == start - 2 and text.find("\n\n", spans[-1][0], start) == start - 2 \
                    and start < i:
                # a quotation left open at the end of a paragraph goes on in the next one, which
                # closes it ('… ahead of time," she said.') without opening it again
                spans.append((start, i + 1))
                i += 1
                continue
        opening = c in QUOTE_OPEN and (c != '"' or (i == 0 or not text[i - 1].isalnum())
                                       and i + 1 < n and not text[i + 1].isspace()) or (
            c == "\u201d" and (i == 0 or text[i - 1].isspace()) and i + 1 < n and text[i + 1].isalnum())
        if not opening and c in _SINGLE and (i == 0 or text[i - 1].isspace() or text[i - 1] in "(\u2014\u2013") \
                and i + 1 < n and text[i + 1].isalpha():
            closing = _SINGLE_CLOSE.search(text, i + 1, _paragraph_end(text, i))
            if closing is not None and not _SINGLE_OPEN.search(text, i + 1, closing.start()):
                # 'We reject any attempts to …,' he said.
                spans.append((i, closing.end()))
                i = closing.end()
                continue
        if opening:
            para_end = text.find("\n\n", i)
            para_end = n if para_end < 0 else para_end
            if c in _DOUBLE:
                j = min((k for k in (text.find(q, i + 1, para_end) for q in _DOUBLE) if k >= 0), default=-1)
            else:
                j = text.find(QUOTE_OPEN[c], i + 1, para_end)
            if j < 0:
                spans.append((i, para_end))
                i = para_end
            else:
                spans.append((i, j + 1))
                i = j + 1
        else:
            i += 1
    return spans


# ("MOSCOW, Russia (Reuters) — ", and the Indian agencies' "Baghdad [Iraq], Sept 15 (ANI): ")
_DATELINE = re.compile(r"[^\n.!?\"]{2,60}?(?:\s[\u2014\u2013-]{1,2}\s|\(\w[\w ,]*\):\s|(?<=[A-Z]{2}):\s)")   # "KUALA LUMPUR (July 3): ", "NEW DELHI: "


def _datelines(doc: Doc) -> set[int]:
    """Token indices of datelines at the start of paragraphs ("MOSCOW, Russia (Reuters) —")."""
    out: set[int] = set()
    text = doc.text
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n\s*", text)]
    for start in starts:
        m = _DATELINE.match(text, start)
        if not m:
            continue
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if t.is_alpha]
        place = any(t.ent_type_ in ("GPE", "LOC") or t.text.title() in lx.countries() for t in span)   # "TEHRAN" read as a body
        caps = words and all(t.is_upper or not t.is_alpha for t in words[:1])
        agency = "(" in span.text
        if words and (place or agency) and (caps or agency or len(words) <= 4):
            out.update(range(span.start, span.end))
    return out


# ------------------------------------------------------------------------------------ speakers

def _entity_text(doc: Doc, i: int) -> str:
    """The text of the named entity token `i` is part of."""
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _noun_clause(noun: Token) -> Token | None:
    """The clause a noun introduces with "that" ("the denial that …", "a statement that …")."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                 and c.left_edge.lower_ == "that" and c.left_edge.i > noun.i), None)


def _none_of(noun: Token, verb: Token) -> bool:
    """The object is none at all: "no evidence", or "any evidence" after a negated verb ("did
    not find any evidence")."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return "no" in dets or "any" in dets and _negated(verb)


def _names_source(prep: Token) -> bool:
    """The object of the preposition is a name ("per Reuters", "per the Pentagon")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in SPEAKER_LABELS


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject (nsubj, or a relative clause's antecedent), not one inherited; of
    two, the nearer before the verb ("MOSCOW (Reuters) — Officials said": not the dateline)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    before = [c for c in subjects if c.i < verb.i]
    after = [c for c in subjects if c.i > verb.i and c.pos_ == "PROPN"]
    if before and after and _quoted_before(before[-1], verb):
        before = after[:1]                     # "“A … false flag operation,” said Podolyak": the
                                               # quotation the parser made a second subject
    child = before[-1] if before else subjects[0]
    if verb.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
        return _antecedent(verb, child)        # "the group, which denied blame"
    return child


def _quoted_before(subject: Token, verb: Token) -> bool:
    """The subject ends a quotation that closes right before the verb (only punctuation between)."""
    between = subject.doc[subject.right_edge.i + 1:verb.i]
    return any(t.text in QUOTE_CHARS for t in between) and all(t.is_punct for t in between)


def _issued_denial(noun: Token) -> bool:
    """A denial that says nothing of what it denies, made by the subject of the verb it is the
    object of ("has entered a formal denial", "repeated its denial")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DENIAL_NOUNS and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in _ISSUING and _noun_clause(noun) is None


def _antecedent(verb: Token, relative: Token) -> Token:
    """What the relative pronoun of a relative clause stands for: the noun it hangs from, but for
    "who" the person a phrase describes, not the body it names last ("Teresa Wu, the sole
    employee of a company called Apollo Systems, who did not speak")."""
    head = verb.head
    if relative.lower_ == "who" and head.ent_type_ != "PERSON":
        t = head
        while t.dep_ in ("oprd", "acl", "pobj", "prep", "appos", "compound") and t.head.i != t.i:
            t = t.head
            if t.ent_type_ == "PERSON":
                return t
    return head


def _direct_object(verb: Token) -> Token | None:
    """The verb's direct object, also where the parser hung it on the verb's particle ("laughed
    off the reports", "shrugged off the allegations")."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (o for p in verb.children if p.dep_ == "prt" for o in p.children if o.dep_ == "pobj"), None)


def _subject(verb: Token) -> Token | None:
    """The speaker's token: nsubj, a passive's agent, or the subject inherited from the head."""
    return _named_after_title(_subject_token(verb))


def _quoted_as(verb: Token) -> Token | None:
    """X in "quoted X as saying", "cited X as denying", "X was quoted as saying"."""
    if verb.lemma_.lower() in ("quote", "cite") and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None


def _named_after_title(subject: Token | None) -> Token | None:
    """"Minister of Foreign Affairs and International Cooperation Vincent Biruta": the parser joins
    the name to its title by the title's "and", as if two people spoke; the speaker is the person.
    And "Taiwanese firm Gold Apollo (…) yesterday said": the parser makes the day the subject and
    the party a modifier of it; the speaker is the party."""
    if subject is not None and subject.ent_type_ in ("DATE", "TIME") and subject.pos_ in ("NOUN", "PROPN"):
        party = next((c for c in subject.children if c.dep_ in ("nmod", "compound", "npadvmod")
                      and c.i < subject.i and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")), None)
        return party if party is not None else subject
    if subject is None or subject.ent_type_ == "PERSON" or not subject.is_title or subject.lower_ not in _ROLE_LOWER:
        return subject
    person = next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if person is not None and all(t.is_title or t.lower_ in _STOP_WORDS for t in subject.doc[subject.i + 1:person.i]):
        return person
    return subject


def _with_subject(verb: Token) -> Token | None:
    """X in "…, with X claiming that …": the participle's subject, named by "with" right before it."""
    if verb.tag_ != "VBG" or _own_subject(verb) is not None:
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].is_punct:
        k -= 1
    for tok in verb.doc[max(0, verb.i - 40):verb.i]:
        if tok.lower_ == "with" and tok.dep_ == "prep":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i == k and (obj.pos_ == "PROPN" or obj.lower_ in COLLECTIVES):
                return obj                     # a name or people; not "took issue with the criticism, saying"
    return None


def _subject_token(verb: Token) -> Token | None:
    tok = verb
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted                          # "the report quoted X as saying", "X was quoted as saying"
    absolute = _with_subject(verb)
    if absolute is not None:
        return absolute                        # "…, with Mark Tolentino, a lawyer, claiming he was framed"
    via_conj = False                           # climbed from a verb joined to this one
    for _ in range(4):
        own = _own_subject(tok)
        if own is not None:
            return own
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            if tok.head.lower_ == "as" and (quoted := _quoted_as(tok.head.head)) is not None:
                return quoted                  # "a statement cited a diplomat as denying …": the diplomat
            if tok.head.lower_ == "for" and tok is verb and (done_by := _direct_object(tok.head.head)) is not None:
                return done_by                 # "slammed the Journal for reporting that …": the Journal
            tok = tok.head.head                # "Despite making it clear that …, the minister …"
            continue
        for child in tok.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        for child in tok.children:
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() in ("quote", "reach"):
                return child
        if tok is verb and tok.lemma_.lower() not in ("convince", "persuade") and any(
                c.dep_ == "nsubjpass" for c in tok.children):
            return None                        # "after it was reported that …": nobody, not the main clause's subject
        if tok is verb and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
            return None                        # "It has to be said that …": what is said, not who says it
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and (verb.dep_ == "conj" or via_conj or tok.lemma_.lower() in ("convince", "persuade")):
            return passive                     # "the minister was not convinced and said …", "China was
                                               # believed to have had casualties but did not …, saying"
        if tok is verb and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ccomp" \
                and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i < tok.head.i:
            tok = tok.head.head                # "reiterated that it could not have come from X, saying …": who reiterated
            continue
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "relcl" and tok.head.head.head.pos_ == "VERB":
            tok = tok.head.head.head           # "dismissed reports that alleged …, terming them …": who dismissed
            continue
        if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.i != tok.i:
            via_conj = tok.dep_ == "conj"
            tok = tok.head
            continue
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in DOCUMENTS and tok.head.dep_ == "dobj":
            tok = tok.head.head                # "the government issued a statement rejecting …"
            continue
        if tok is verb and verb.lemma_.lower() in _WORDING:
            return _document_subject(verb)     # "…," read the statement
        return (_fronted_name(verb) or _inverted_name(verb)) if tok is verb else None
    return None


def _inverted_name(verb: Token) -> Token | None:
    """The name right after a verb that follows a quotation, which the parser made the subject of
    a later clause ("…," said Nate Velez, a resident …, unsure whether …": "Velez" as the subject
    of "unsure")."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or not doc[verb.i - 1].is_punct or doc[verb.i + 1].ent_type_ != "PERSON":
        return None
    name = doc[verb.i + 1]
    while name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I" and name.head.i == name.i + 1:
        name = doc[name.i + 1]
    if name.head.dep_ == "ccomp" and name.head.head.i == verb.i:
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        start = before.left_edge.i if before is not None else verb.i
        if not (doc[start].text in QUOTE_CHARS or start > 0 and doc[start - 1].text in QUOTE_CHARS):
            return None                      # "… “ridiculous,” denied Gershkovich was a spy": what is
                                             # denied, after no quotation, not who denies it
    return name if name.dep_ == "nsubj" and name.head.i > name.i else None


def _joiners(doc: Doc, clause: Token, ids) -> set[int]:
    """The "but", "and" and punctuation right before a joined clause, among `ids`: cut with it."""
    out, k = set(), clause.left_edge.i - 1
    while k in ids and (doc[k].dep_ == "cc" or doc[k].is_punct):
        out.add(k)
        k -= 1
    return out


def _aside(relcl: Token) -> bool:
    """A relative clause set off by a comma, with "which" or "who" for its subject ("Hamas, which
    has denied any involvement"): said of its antecedent, not part of what is reported."""
    subj = next((c for c in relcl.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in ("which", "who") and subj.i > 0 and relcl.doc[subj.i - 1].text == ","


def _fronted_name(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on the phrase before it ("In an interview with
    the BBC, Wickremesinghe, like Sirisena, said …": "Wickremesinghe" as the BBC's apposition): a
    name ending that phrase, with only punctuation (and an aside of "like …", "unlike …", or a
    description in apposition) between it and the verb."""
    doc = verb.doc
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in ("prep", "advcl"):
            continue
        obj = next((o for o in child.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ in ("PERSON", "ORG") and any(
                c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") for c in obj.children):
            # "On Monday Dmitry Peskov, Putin's spokesman, rejected …": the name read as the
            # object of the date's preposition
            between = [k for k in range(obj.right_edge.i + 1, verb.i) if not doc[k].is_punct]
            if not between:
                return obj
        for t in subtree(child):
            # (or as the last of a list there, with its description after it: "In an article
            # published on Ukrinform, Valeriy Zaluzhnyi, the army's commander in chief, said …")
            if t.dep_ not in ("appos", "conj") or t.ent_type_ not in ("PERSON", "ORG") or t.i <= child.i \
                    or t.dep_ == "conj" and t.ent_type_ != "PERSON":
                continue
            between = range(t.right_edge.i + 1, verb.i)
            aside = {x.i for k in between if doc[k].dep_ == "prep" and doc[k].lower_ in ("like", "unlike")
                     for x in subtree(doc[k])}
            aside |= {x.i for k in between if doc[k].dep_ == "appos" for x in subtree(doc[k])}
            if all(doc[k].is_punct or k in aside for k in between):
                return t
    return None


class _Resolver:
    def __init__(self, art: _Article):
        self.art = art

    def entity(self, tok: Token) -> Span | None:
        if tok.i in self.art.dateline:
            return None
        return self.art.ent_of.get(tok.i)

    def speaker(self, subj: Token) -> tuple[Span | None, bool]:
        """(speaking entity, anonymous) for the subject token of a reporting verb."""
        art, lex = self.art, self.art.lex
        if subj.i in art.dateline:
            # "TEHRAN, Sept 15 — Iran today dismissed …": the parser made the dateline the subject
            # and the party after the dash its apposition
            subj = next((t for t in subtree(subj) if t.i not in art.dateline and t.dep_ == "appos"), None)
            if subj is None:
                return None, False
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
        if appos is not None and appos.right_edge.i + 1 == subj.head.i and subj.head.i > subj.i \
                and self.art.doc[subj.i + 1].text == "," and any(
                    t.dep_ == "prep" and t.i < subj.i and t.right_edge.i + 1 == subj.i for t in subj.head.children):
            # "In a statement published by the agency Irna, Tehran's UN mission said …": the parser
            # ends the opening phrase early and makes its last name the subject, with the real subject
            # as its apposition (an apposition to a subject is closed by a comma before the verb)
            subj = appos
        lemma = subj.lemma_.lower()
        sub_ids = [t.i for t in subtree(subj)]
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                       for c in subj.children)
        anonymous = lemma in lex.anonymous_nouns and subj.pos_ in ("NOUN", "PROPN")
        if any(i in art.marks["ANON"] for i in sub_ids):
            anonymous = True
        if subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON":   # "A lawyer embroiled in the fraud, Mark Tolentino, said"
            words = [t for t in subtree(subj) if not t.is_punct and not t.is_space]
            last = words[-1] if words else subj
            if last.dep_ == "appos" and last.ent_type_ == "PERSON" and last.i > subj.i:
                e = self.entity(last)
                if e is not None and e.label_ == "PERSON":
                    return e, False
        if subj.i in art.group_of and subj.i not in art.dateline:
            return art.group_of[subj.i], anonymous
        if subj.lower_ in COLLECTIVES and (subj.is_lower or subj.is_sent_start) and not anonymous and not any(
                c.dep_ in ("compound", "amod", "nmod", "poss", "prep", "acl", "relcl", "appos") for c in subj.children):
            named = self.named_group(subj)              # "Iranian police said …; the police denied …"
            if named is not None:
                return named, False
        ent = self.entity(subj)
        if ent is not None and ent.text in lx.TITLES:
            ent = None                         # "the CFO said": a title the model took for a body
        if ent is not None:
            if " " not in ent.text:            # "Sokol" after "Ivan Sokol": the full name
                return self.short_name(ent.text, ent.start) or ent, False
            return ent, False
        for child in subj.children:                         # "Maria Lopez, a spokeswoman"
            if child.dep_ == "appos":
                e = self.entity(child)
                if e is not None and (e.label_ == "PERSON" or e.label_ == "ORG" and subj.pos_ == "NOUN"
                                      and "ORG" in lex.descriptions.get(lemma, ())   # "the firm Gold Apollo"
                                      or e.label_ == "GPE" and subj.pos_ == "NOUN" and child.i == subj.i + 1):
                    return e, False                                      # "its main ally Russia"
        if "PERSON" in lex.descriptions.get(lemma, ()) and not anonymous and subj.pos_ != "PRON":
            person = self.titled(subj)                      # "the Polish president" after
            if person is not None:                          # "Polish President Andrzej Duda"
                return person, False
        if lemma in KIN:                                    # "her father said": the one named her
            person = self.titled(subj)                      # father ("Amjad Amini, Mahsa's father"), if any;
            # not the one whose father it is, named with the noun ("the family of Abu Akleh")
            owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "of"
                        for c in subj.children)
            whose = self.owner(subj) if owned else None
            if person is not None and whose is not None and person.start == whose.start:
                return None, False
            return person, False
        if lemma in lex.outsiders:
            return None, True                              # "critics of X", "the makers of X": not X
        owner = self.owner(subj)                           # "X's spokesman", "a spokesman for X"
        if owner is not None and owner.label_ == "PERSON" and lemma in _PERSONS_BODIES:
            body = self.named_after(owner)               # "Gautam Adani's group said": the Adani Group
            if body is not None:
                return body, False
        if owner is not None:
            return owner, anonymous
        # "Veltra officials", "Russian officials"; a body's name before a demonym, even one the
        # model did not tag ("the Spanish Efe news agency")
        named = [(e.label_ == "NORP", child.i, e) for child in subj.children if child.dep_ in ("compound", "amod", "nmod")
                 and (e := self.entity(child) or art.body_at.get(child.i)) is not None]
        if lemma in _PERSONS_BODIES and len(named) == 1 and named[0][2].label_ in ("PERSON", "ORG") \
                and " " not in named[0][2].text and (body := self.named_after(named[0][2])) is not None:
            return body, False                           # "Adani group says": the Adani Group, not Gautam Adani
        if not named and lemma in lex.spokes:
            # "a Facebook spokesperson" where the model tagged no "Facebook": the name before the
            # noun, not whoever spoke last
            words = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title
                     and c.i < subj.i]
            if words and words[-1].i == subj.i - 1 and all(b.i + 1 == a.i for a, b in zip(words[1:], words)):
                return Span(self.art.doc, words[0].i, subj.i, label="ORG"), anonymous
        if definite and "PERSON" in lex.descriptions.get(lemma, ()) and any(
                c.lower_ in ("former", "ex") for c in subj.children if c.dep_ in ("amod", "compound")):
            # "the former British deputy prime minister said": a person, not Britain; the one just
            # quoted if there is one, else someone unnamed
            person = self.last_person_speaking(subj)
            return (person, False) if person is not None else (None, True)
        if anonymous and definite and subj.tag_ == "NN" and lemma not in lex.descriptions \
                and (not named or all(norp for norp, _, _ in named)):
            # "Artem Sikorsky said …. The Belarusian official stressed …": the one just quoted,
            # when no unnamed source was
            who, _ = self.earlier_anonymous(subj)
            person = self.last_person_speaking(subj) if who is None else None
            if person is not None:
                return person, False
        if named and definite and all(norp for norp, _, _ in named) and "ORG" in lex.descriptions.get(lemma, ()) \
                and "GPE" not in lex.descriptions.get(lemma, ()) \
                and all(c.dep_ in ("det", "amod") and (c.dep_ == "det" or art.ent_of.get(c.i) is not None)
                        for c in subj.children):
            # "the Swiss company said": the company named before, not Switzerland (but "the
            # Philippine central bank" is a body of its own)
            who, _ = self.refer(subj)
            if who is not None and who.label_ == "ORG":
                return who, False
        if named and all(norp for norp, _, _ in named) and lemma in _INDEPENDENT and not any(
                t.lower_.split("-")[0] in _RUN_BY_STATE for t in subj.lefts):
            return None, True                  # "according to an Australian website": not Australia
        if named:
            return min(named, key=lambda n: n[:2])[2], anonymous
        for child in subj.children:
            if child.dep_ == "appos":
                e = self.entity(child)
                if e is not None:
                    return e, False
        if anonymous and definite and lemma not in lex.descriptions:
            return self.earlier_anonymous(subj)     # "the official said": the one quoted before
        if anonymous and not (definite and lemma in lex.descriptions):
            return None, True
        if subj.pos_ != "PRON" and lemma not in lex.spokes \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subj.children):
            return None, True                  # "an international team of investigators said": someone new, unnamed
                                               # ("a spokesman said": the last body's, as news writes it)
        if definite and subj.pos_ != "PRON" and "PERSON" in lex.descriptions.get(lemma, ()) and lemma not in lex.spokes:
            return None, True                  # "the prosecutor general": a title no one named here bears
        if not definite and subj.tag_ == "NNS" and "SPEAKER" in lex.descriptions.get(lemma, ()) \
                and not any(c.dep_ == "poss" for c in subj.children):
            return None, True                  # "media reports alleged …": unnamed, not whoever spoke last
        if not definite and subj.tag_ == "NNS" and lex.descriptions.get(lemma, ("",))[0] == "PERSON" \
                and lemma not in lex.spokes and not any(c.dep_ == "poss" for c in subj.children):
            return None, False                 # "researchers say": people unnamed, not the person quoted last
        if not definite and subj.tag_ == "NNS" and set(lex.descriptions.get(lemma, ("PERSON",))) <= {"ORG", "NAMED"} \
                and not any(c.dep_ == "poss" for c in subj.children):
            return None, True                  # "Authorities said", "two intelligence agencies reported": bodies
                                               # unnamed, not the body named last
        if subj.pos_ == "PRON" or lemma in lex.descriptions:
            who, anon = self.refer(subj, speaking=True)
            if who is not None and who.label_ == "PERSON" and lemma in lex.spokes and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
                return None, True              # "a spokesperson" speaks for a body, not for the person quoted last
            return who, anon
        if subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and subj.is_title:
            found = self.short_name(subj.text, subj.i) if subj.pos_ == "PROPN" else None
            if found is None and not any(c.dep_ == "compound" for c in subj.children):
                # a name the model missed here ("Facebook on Sunday dismissed …") but tagged elsewhere
                label = next((e.label_ for e in self.art.ents if e.text == subj.text
                              and e.label_ in ("ORG", "PERSON", "GPE")), None)
                if label is not None:
                    found = Span(self.art.doc, subj.i, subj.i + 1, label=label)
            return found, False
        return None, False

    def titled(self, noun: Token) -> Span | None:
        """The person named with `noun` as title or apposition ("President Andrzej Duda", "Jens
        Stoltenberg, the secretary general,"): of those named before it (outside quotations), the
        latest speaker, else the latest; failing those, one named later in this paragraph or the
        next; None if nobody is."""
        doc, word = self.art.doc, noun.lower_
        here = self.art.paragraph(noun.idx)

        whose = self._qualifiers(noun)              # "the Polish president", "the President of Poland"

        def has_title(ent) -> bool:
            if ent.label_ != "PERSON" or ent.start in self.art.dateline \
                    or ent.start > 0 and doc[ent.start - 1].pos_ == "ADP":
                return False                   # ("the US ambassador to Sri Lanka": where, not who, even
                                               # when the model takes the place for a person)
            before = doc[max(0, ent.start - 4):ent.end]
            after = doc[ent.end:min(len(doc), ent.end + 6)] if ent.end < len(doc) and doc[ent.end].text == "," else ()
            opened = next((t.i for t in after if t.text == "("), None)
            shut = next((k for k in range(opened + 1, min(len(doc), opened + 4)) if doc[k].text == ")"),
                        None) if opened is not None else None
            if shut is not None and shut >= after.end:
                after = doc[after.start:shut + 1]          # "…, the chief financial officer (CFO)"
            def titles(t) -> bool:              # the title, not whose the title is ("the president's
                return t.lower_ == word and t.dep_ != "poss" and not (   # spokesman", "the family's lawyer",
                    t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS") and not (   # "the lawyer for the family")
                    word in KIN and t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN")
                    and ent.root.head.i != t.i)
            if not (any(titles(t) for t in before) or any(titles(t) for t in after)):
                return False
            # (not a title of another country or body: not Ukraine's president for Poland's)
            own = self._qualifiers_in([*before, *after]) if whose else set()
            return not own or bool(whose & own)
        earlier = [e for e in self.art.ents if e.start < noun.i and has_title(e) and self.art.in_quote[e.start] is None]
        if earlier:
            # of two ministers, the one who has been speaking ("The Minister told ANI …; Prime
            # Minister Modi …; the minister added")
            keys = {e.text: e for e in earlier}
            si = self.art.sent_of[noun.i]
            for back in range(si, max(-1, si - LOOKBACK), -1):
                for spk, _ in reversed(self.art.speakers.get(back, [])):
                    if spk is not None and spk.text in keys:
                        return keys[spk.text]
            return earlier[-1]
        # a lead names the role and the next paragraph the person ("India's Railway Minister
        # said …" / "Railway Minister Ashwini Vaishnaw told …")
        later = [e for e in self.art.ents if e.start > noun.i and has_title(e)]
        near = next((e for e in later if self.art.paragraph(e.start_char) - here <= 1), None)
        if near is not None:
            return near
        # or further on, when the rest of the article gives that title to one person only ("The
        # head of the UN nuclear watchdog warned …" / nine paragraphs on, "IAEA head Rafael Grossi")
        return later[0] if len({e.text for e in later}) == 1 else None

    def _qualifiers(self, noun: Token) -> set[str]:
        """Whose a title is, as the names of countries and bodies: "Polish" and "Poland's" before it,
        "of Poland" after it; empty if the title says nobody's."""
        words = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i]
        bodies = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
        out = self._qualifiers_in([t for w in words for t in subtree(w)])
        for body in bodies:
            found = self._qualifiers_in(list(subtree(body)))
            if body.pos_ == "NOUN" and self.art.ent_of.get(body.i) is None:
                # "the head of the UN nuclear watchdog": the head of a body unnamed, which the
                # body named before it only places; its country still says whose it is
                found = {q for q in found if q in _country_names()}
            out |= found
        return out

    def _qualifiers_in(self, tokens) -> set[str]:
        """The countries (by name, however written) and bodies named in `tokens`."""
        out = set()
        demonyms, countries = lx.demonyms(), lx.countries()
        for t in tokens:
            e = self.art.ent_of.get(t.i)
            if e is None or e.label_ not in ("NORP", "GPE", "ORG"):
                continue
            for text in (re.sub(r"['’]s$", "", e.text), t.text):    # ("Kremlin" in "Kremlin Spokesman")
                country = countries.get(text) or demonyms.get(text)
                out.add(country.name if country is not None else text)
        return out

    def people_together(self, subj: Token) -> list[Span]:
        """The people or bodies named together before ("Ivan Petrov and Oleg Sirov", "BPI and
        BDO") that a plural subject refers to: "both", "both men", "both banks", "the two
        suspects", "the pair", or "they" when the last sentence's subject was those people; []
        otherwise."""
        word, art = subj.lower_, self.art
        noun = subj.lemma_.lower()
        counted = any(c.lower_ in ("both", "two") for c in subj.children) and (
            noun in PEOPLE or noun in art.lex.descriptions)                   # "both banks", "the two countries"
        if not (word in ("both", "pair", "duo") and subj.pos_ in ("DET", "PRON", "NOUN") or counted
                or word == "they"):
            return []
        labels = ("PERSON",) if word == "they" or noun in PEOPLE else \
            art.lex.descriptions.get(noun, ("PERSON", "ORG", "GPE"))      # bare "both": people or bodies
        si = art.sent_of[subj.i]
        for back in range(si, max(-1, si - (2 if word == "they" else LOOKBACK)), -1):
            limit = subj.i if back == si else len(art.doc)
            people = [e for e in art.ents_in[back] if e.label_ in labels and e.end <= limit]
            for e in reversed(people):
                joined = [x for x in people if x.root.dep_ == "conj" and x.root.head.i == e.root.i]
                if joined and (word != "they" or e.root.dep_ in SUBJECTS):
                    return [e, *joined]
            if word == "they" and (people or art.ents_in[back] and back != si):
                return []                      # someone else was named in between
        return []

    def named_group(self, head: Token) -> Span | None:
        """The group named before `head` in the article with the same collective noun ("Maui
        police" for a later bare "police"), the latest if several."""
        named = [g for g in self.art.groups if g.start < head.i and g.root.lower_ == head.lower_]
        return named[-1] if named else None

    def earlier_anonymous(self, tok: Token) -> tuple[Span | None, bool]:
        """The unnamed source quoted last before tok ("a senior official … The official said")."""
        art = self.art
        si = art.sent_of[tok.i]
        plural = tok.tag_ in ("NNS", "NNPS")
        for back in range(si, max(-1, si - LOOKBACK), -1):
            for spk, anon in reversed(art.speakers.get(back, [])):
                # of the number of the noun: "the official" is not the "Turkish officials" quoted with him
                if anon and (spk is None or (spk.root.tag_ in ("NNS", "NNPS")) == plural):
                    return spk, True
        return None, True

    def named_after(self, name: Span) -> Span | None:
        """The body the article names after a person or a one-word name ("Adani Group" for "Gautam
        Adani" or "Adani"): an organisation of several words whose first is the name's last."""
        word = name.text.split()[-1]
        return next((e for e in self.art.ents if e.label_ == "ORG" and len(e) > 1 and e.text.split()[0] == word), None)

    def last_person_speaking(self, tok: Token) -> Span | None:
        """The person named as a speaker in tok's sentence (before it) or the one before it, if
        one is; the latest; else the person who is the subject of such a sentence's main verb."""
        art = self.art
        si = art.sent_of[tok.i]
        for back in (si, si - 1):
            for spk, anon in reversed(art.speakers.get(back, [])):
                if spk is not None and not anon and spk.label_ == "PERSON" and spk.end <= tok.i:
                    return spk
        for back in (si, si - 1):               # "Nick Clegg has slammed the Journal for reporting
            acting = [e for e in art.ents_in[back] if e.label_ == "PERSON" and e.end <= tok.i   # …": he
                      and e.root.dep_ == "nsubj" and e.root.head.dep_ == "ROOT"]   # acted, the Journal spoke
            if acting:
                return acting[-1]
        return None

    def short_name(self, name: str, before: int) -> Span | None:
        """The entity named in full before token `before` that `name` shortens: "Byrd" -> "John
        Byrd", "Jean-Pierre" -> "Karine Jean-Pierre", "Veltra" -> "Veltra Corp."."""
        best = None
        for key in _short_keys(name):
            for ent in self.art.short.get(key, ()):
                if ent.start >= before:
                    break
                if best is None or ent.start > best.start:
                    best = ent
        return best

    def owner(self, noun: Token) -> Span | None:
        """X in "X's <noun>", "<noun> for/of/at X" (an entity, or a pronoun/description of one)."""
        for child in noun.children:
            if child.dep_ == "poss":
                e = self.entity(child)
                if e is not None:
                    return e
                if child.pos_ == "PRON" or child.lemma_.lower() in self.art.lex.descriptions:
                    e, _ = self.refer(child)
                    if e is not None:
                        return e
                    # "the Iraqi Prime Minister's office", no prime minister named: Iraq's
                    e = next((self.entity(c) for c in child.children if c.dep_ in ("amod", "compound")
                              and c.ent_type_ in ("NORP", "GPE")), None)
                    if e is not None:
                        return e
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from", "with", "in", "by"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        e = self.entity(obj)
                        if e is None:
                            for c in obj.children:
                                if c.dep_ in ("compound", "poss"):
                                    e = self.entity(c) or e
                        if e is None and obj.pos_ == "NOUN" and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                                                     for c in obj.children):
                            e = self.owner(obj)                 # "a spokesman for the office of Prime Minister X",
                                                                # "a statement from the Iraqi Prime Minister's press service"
                        if e is None and obj.lemma_.lower() in self.art.lex.descriptions:
                            e, _ = self.refer(obj)
                        if e is None:
                            e = self.art.group_of.get(obj.i)    # "a statement from the Saudi public prosecutor"
                        if e is None and {"ORG", "GPE"} & set(self.art.lex.descriptions.get(obj.lemma_.lower(), ())):
                            e = next((self.entity(c) for c in obj.children if c.dep_ == "amod"   # "a statement
                                      and c.ent_type_ in ("NORP", "GPE")), None)           # from the Iraqi government"
                        if e is not None:
                            return e
        return None

    def spoken_for_together(self, noun: Token) -> list[Token]:
        """The further parties in "representatives for Boeing and Lion Air", "lawyers for A and
        B": each of them speaks (the first is the noun's `owner`)."""
        if noun.lemma_.lower() not in self.art.lex.spokes:
            return []
        return [c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                for o in p.children if o.dep_ == "pobj" for c in _conjuncts(o)]

    def told_about(self, tok: Token, labels: tuple) -> Span | None:
        """The party a clause is about, when a description says it after the clause ("Kelvar is
        backing out of the deal, the company said"): the clause's subject, if the article names
        it elsewhere as a body of that kind, or as one word the model took for a person; for a
        description that may be a country's, the country the subject is of ("the Chinese side")."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
        subj = None if clause is None else next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "NOUN" and "GPE" in labels:
            # "The Chinese side regrets …, said the spokesperson": the country the subject is of
            return next((e for c in subj.children if c.dep_ in ("amod", "compound")
                         and (e := self.entity(c)) is not None and e.label_ in ("NORP", "GPE")), None)
        if subj is None or subj.pos_ != "PROPN":
            return None
        name = self.art.doc[min([subj.i, *(c.i for c in subj.children if c.dep_ == "compound")]):subj.i + 1].text
        return next((e for e in self.art.ents if e.text == name and (e.label_ in labels or e.label_ == "PERSON"
                                                                      and len(e) == 1)), None)

    def refer(self, tok: Token, speaking: bool = False) -> tuple[Span | None, bool]:
        """What a pronoun or definite description refers to, from the text before it: in each
        sentence back from it, an entity the description names ("the ministry" -> "the Ministry
        of Defence"), else the speaker of a statement there, else an entity in subject position,
        else the last fitting entity. `speaking`: `tok` is who says something; then, outside a
        quotation, not someone the quotation names (‘“… a famous Westerner is caught red-handed,”
        she wrote’: not the Westerner)."""
        art, lex = self.art, self.art.lex
        word = tok.lower_ if tok.pos_ == "PRON" else tok.lemma_.lower()
        if word in FIRST_PERSON:
            return None, False
        labels = lex.descriptions.get(word)
        if labels is None:
            return None, False
        noun = "" if tok.pos_ == "PRON" else word
        plural = word in PLURAL or tok.tag_ in ("NNS", "NNPS")
        if "SPEAKER" in labels:
            # "the report said": what "the report" (or another word for the same findings) was
            # found to be before, else whoever was quoted in this sentence or the two before it
            if noun in art.said_by:
                return art.said_by[noun], False
            if noun in FINDINGS:               # "a report by X found … The study did not name …"
                kin = [art.said_by[w] for w in art.said_by if w in FINDINGS]
                if kin:
                    return kin[-1], False
            si = art.sent_of[tok.i]
            near = [(spk, anon) for back in range(si, max(-1, si - 3), -1)
                    for spk, anon in reversed(art.speakers.get(back, [])) if spk is not None]
            # (a statement, a letter or a memo is rather a party's than that of an outlet that
            # reported something in between: "X denied …. Radio France reported …. “…,” the
            # statement said")
            party = next((x for x in near if _outlet_key(x[0].text) not in art.outlets), None) \
                if noun in DOCUMENTS else None
            return party or (near[0] if near else (None, False))
        if noun:                                   # "the county" -> "Maui County", however far back
            # ("the foreign ministry": not the "Defence Ministry" named before; a spelling's stem will do)
            qualifiers = [c.lower_[:5] for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                          and c.pos_ in ("ADJ", "NOUN") and not c.ent_type_]
            named = [e for e in art.named_by.get(noun, ()) if e.end <= tok.i and e.label_ in labels
                     and all(q in e.text.lower() for q in qualifiers)]
            if named:
                return named[-1], False
            said = art.said_by.get(noun)
            if said is not None and (noun not in said.text.lower() or all(q in said.text.lower() for q in qualifiers)):
                return said, False                 # "the Russian embassy in Washington said …; the embassy added"
            if "NAMED" in labels:
                return None, False                 # "the police" named nowhere: not the last body named
            about = self.told_about(tok, labels)
            if about is not None:
                return about, False
            if "PERSON" in labels and tok.tag_ in ("NN", "NNP") and any(
                    c.dep_ in ("amod", "compound") and c.i < tok.i and c.ent_type_ in ("NORP", "GPE")
                    for c in tok.children):
                # "the Saudi public prosecutor", named nowhere: one person said to be of a country,
                # not whoever of that article was named last ("journalist Jamal Khashoggi")
                return None, False
        heads = lex.heads.get(noun)
        public = _public_heads() if noun in COMPANY_NOUNS else frozenset()

        def fits(e: Span) -> bool:
            """A body "the ministry" or "the army" can be: one with a word of that kind of body
            in its name, or an acronym (`heads`), or a country; and not a news outlet the article
            credits, unless it is "the agency" or "the newspaper" ("the Taiwanese company", after
            "Sky News reported", is not Sky News)."""
            if noun and noun not in _PRESS and _outlet_key(e.text) in art.outlets:
                return False
            if noun in COMPANY_NOUNS and any(t.text in public for t in e):
                return False                   # "the firm" is no "Central Command", no "Defence Ministry"
            return heads is None or e.label_ != "ORG" or ACRONYM.match(e.text) is not None \
                or any(t.text in heads for t in e)
        si = art.sent_of[tok.i]
        # what the speaker does while saying it is no antecedent of the speaker: a participle before
        # it with no subject of its own has the speaker's, wherever the parser hangs it ("Asserting
        # that Pakistan has always condemned violence, it said …"; but "After Putin landed, he said …",
        # and what is said may name the speaker: "X has not received …, the organization said")
        said_by_it = {t.i for c in art.sents[si] if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < tok.i
                      and not any(x.dep_ in SUBJECTS for x in c.children) for t in subtree(c)} \
            if speaking and tok.dep_ in SUBJECTS else set()
        fallback, fallback_at = None, -1
        for back in range(si, max(-1, si - LOOKBACK), -1):
            if fallback is not None and fallback_at - back > 1:
                break
            limit = tok.i if back == si else len(art.doc)
            ents = [e for e in art.ents_in[back] if e.end <= limit and e.label_ in labels and fits(e)
                    and e.start not in said_by_it
                    and not (speaking and art.in_quote[e.start] is not None and art.in_quote[tok.i] is None)
                    and not (speaking and _bare(e.text) in art.vessels)
                    and not (word in ("he", "she", "him", "his", "her") and _not_one_person(e))
                    and not (noun and _qualifying(e) and e.root.head.i != tok.i)]   # ("the UN nuclear watchdog": its own)
            for spk, anon in reversed(art.speakers.get(back, [])):
                if spk is None and anon and plural:
                    return None, True              # "officials said …; they added"
                if spk is None and not anon and back != si and word in ("it", "its") and not ents:
                    return None, False             # "The investigation reveals …. It also …"
                if spk is not None and spk.label_ in labels and spk.end <= limit and fits(spk):
                    return spk, anon and plural
                if spk is not None and noun == "" and not plural and "PERSON" in labels and (back, spk.start) in art.voiced:
                    return spk, anon
            subj = [e for e in ents if any(t.dep_ in SUBJECTS for t in e)]
            if subj:
                return subj[-1], False
            if ents and plural:
                return ents[-1], False             # "China, Iran and Syria …; these nations"
            if ents and fallback is None:
                # only an object or a name in a phrase here ("placing the blame on X"): a subject
                # or a speaker of the sentence or two before is the likelier referent of "he"
                fallback, fallback_at = ents[-1], back
        if fallback is None and word in ("he", "she", "him", "his", "her"):
            # "Fethullah Gulen told reporters he …" with the name taken for an organisation: a name of
            # two or three words, none a body's, subject of this sentence, is who "he" is
            named = [e for e in art.ents_in[si] if e.end <= tok.i and e.label_ == "ORG" and 2 <= len(e) <= 3
                     and all(t.pos_ == "PROPN" and t.is_title for t in e) and not any(t.text in _public_heads() for t in e)
                     and e.root.dep_ in SUBJECTS]
            if named:
                return named[-1], False
        return fallback, False


@lru_cache(maxsize=1)
def _public_heads() -> frozenset[str]:
    """The words that end the names of public bodies (`data/description_heads.txt`)."""
    return frozenset(w for words in _lexicon().heads.values() for w in words)


def _bare(name: str) -> str:
    """A name without the article before it ("The Mercer Street", "Mercer Street")."""
    return name.removeprefix("The ").removeprefix("the ")


def _qualifying(ent: Span) -> bool:
    """A name that qualifies a thing ("the Lion Air flight", "the Zaporizhzhia nuclear power plant"):
    not what "the authority" or "the company" after it refers to."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent.root.dep_ in ("compound", "nmod") \
        and ent.root.head.pos_ == "NOUN"


def _not_one_person(ent: Span) -> bool:
    """A name of many ("the Houthis", which the model may call a person), or a name that
    qualifies a thing ("the Zaporizhzhia nuclear power plant"): not "he" or "she"."""
    the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    return ent[-1].tag_ in ("NNS", "NNPS") or the and ent[-1].text.endswith("s") and not ent[-1].text.endswith("ss") \
        or _qualifying(ent)


# ----------------------------------------------------------------------------------- attribution

def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children):
        return True                            # "did not confirm", "would neither confirm nor deny"
    if any(c.dep_ == "advmod" and c.lower_ == "nowhere" for c in tok.children):
        return True                            # "its troops were nowhere near the village"
    if any(c.dep_ == "prep" and c.lower_ in ("at", "in", "by") and any(
            p.dep_ == "pobj" and p.lower_ in _NO_WHEN and any(d.dep_ == "det" and d.lower_ == "no" for d in p.children)
            for p in c.children) for c in tok.children):
        return True                            # "at no point did we receive", "was in no way involved"
    for c in tok.children:                     # "Neither the ministry nor the company responded"
        if c.dep_ in ("nsubj", "nsubjpass") and any(
                x.lower_ == "neither" and (x.dep_ == "preconj" or x.dep_ == "det" and c.pos_ == "PROPN")
                for x in c.children):
            return True                        # (the parser may call "Neither" a name's determiner)
    if tok.dep_ in ("xcomp",) and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    return False


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in lx.countries().values())


def _short_keys(surname: str) -> set[str]:
    """A surname as written, without accents ("Rodríguez", "Rodriguez") and without the Arabic
    article ("al-Malki", "Malki"): the ways an article writes it again alone."""
    bare = lx.ARABIC_ARTICLE.sub("", surname)
    return {form for word in (surname, bare) for form in (word, lx.unaccented(word))}


_SERVING = frozenset({"official", "diplomat", "aide", "officer", "spokesman", "spokeswoman", "spokesperson"})
_SERVED = frozenset("military army government police ministry security defence defense intelligence "
                    "embassy consulate state party company".split())   # the side they speak for


def _names_a_party(subj: Token | None) -> bool:
    """The subject of a verb of saying names who speaks ("the Ethiopian government", "Kirby",
    "he", "the government", "the ministry", "a military official"), not only what kind of people
    ("experts", "investigators", "analysts", "officials"): what those say is not is an assessment,
    not a party's denial."""
    if subj is None:
        return False
    if subj.pos_ == "PRON" or any(t.ent_type_ or t.pos_ == "PROPN" for t in subtree(subj)):
        return True
    lemma = subj.lemma_.lower()
    if subj.pos_ == "NOUN" and lemma in _SERVING and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _SERVED
                                                         for c in subj.children):
        return True                                   # "a military official": a side, unnamed
    labels = _lexicon().descriptions.get(lemma, ())
    return subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and bool({"ORG", "GPE"} & set(labels)) and "SPEAKER" not in labels \
        and subj.lemma_.lower() not in _INDEPENDENT       # one body it refers to; not "the newspaper"


def _litotes(root: Token) -> bool:
    """A negation of a word negative itself ("not uncommon", "not unusual", "not unprepared"), or
    "not the first time": an understatement that affirms, whatever the negation."""
    return any(c.dep_ in ("acomp", "attr", "advmod") and c.pos_ in ("ADJ", "ADV") and c.lower_.startswith("un")
               and not c.lower_.startswith(("uni", "under")) and len(c.text) > 5
               or c.dep_ == "attr" and c.lemma_ == "time" and any(a.lower_ == "first" for a in c.children)
               for c in root.children)


def _corrected(root: Token) -> bool:
    """A negated clause that gives the alternative it puts in place ("she did not die of blows but of
    organ failure", "it did not transfer the funds but rather misread a label", "not by the strike
    but by a power cut"): it corrects a claim, and denies it. "Not only … but also" adds instead."""
    neg = next((c for c in root.children if c.dep_ == "neg"), None)
    if neg is None or neg.i + 1 < len(neg.doc) and neg.nbor(1).lower_ in ("only", "just", "merely", "simply"):
        return False
    for t in subtree(root):
        if t.dep_ != "cc" or t.lower_ != "but" or t.i < neg.i or t.i + 1 >= len(t.doc) or t.nbor(1).lower_ == "also":
            continue
        # the "but" joins parts of this clause, not a clause with a subject of its own
        between = [a for a in t.ancestors if a.i != root.i and root in a.ancestors]
        if any(a.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in a.children) for a in between):
            continue
        after = [c for c in t.head.children if c.dep_ == "conj" and c.i > t.i]
        if t.nbor(1).lower_ in ("rather", "instead") or t.nbor(1).pos_ not in ("VERB", "AUX") and all(
                c.pos_ not in ("VERB", "AUX") for c in after):
            return True                        # another verb, without "rather", goes on ("had not ended but would resume")
    return False


def _contrasted(doc: Doc, ids: list[int]) -> bool:
    """A clause that puts one account in place of another it names after "not" ("a tragic
    mistake and not caused by misconduct", "an accident, not arson", "a breakdown in process,
    not the result of negligence"): it denies that other, as `_corrected` does the other way round."""
    inside = set(ids)
    for i in ids:
        if doc[i].lower_ == "not" and doc[i].dep_ == "neg" and i - 1 in inside and doc[i - 1].lower_ in (",", "and") \
                and i + 1 in inside and doc[i + 1].is_alpha \
                and (doc[i + 1].lower_ not in _NOT_CONTRASTING or doc[i + 1].lower_ == "to" and _purposes(doc[i].head)):
            return True
    return False


_MEANING = frozenset({"intend", "mean", "aim", "design", "plan"})


def _purposes(verb: Token) -> bool:
    """"not to overthrow" contrasted with a purpose: "went to demonstrate our protest and not to
    overthrow power", "was intended to register a protest, not to overthrow the government", "went
    as a demonstration of protest, not to overthrow the government"; not an instruction ("asked
    residents to stay home and not to go out")."""
    base = verb.head
    if verb.dep_ == "advcl" and verb.i > base.i:
        return True                            # "went as a demonstration of protest, not to overthrow …"
    return base.dep_ == "advcl" or base.dep_ in ("xcomp", "advcl") and base.head.lemma_.lower() in _MEANING


_CHECKING = frozenset({"verify", "confirm", "corroborate", "substantiate"})
# "there is no need (doubt, alternative) …": what there is none of is no account of what happened
_NO_CLAIM = frozenset({"need", "doubt", "alternative", "choice", "option", "time", "room", "point"})


def _nobody(subj: Token) -> bool:
    """A subject that negates its clause: "no Russian missile", "not a single missile", "none of them",
    "neither statement"."""
    if subj.lower_ in ("none", "nobody", "nothing") or subj.lower_ == "one" and subj.i > 0 and subj.nbor(-1).lower_ == "no":
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") or c.dep_ in ("neg", "advmod", "preconj") and c.lower_ == "not"
               for c in (*subj.children, *(g for c in subj.children if c.dep_ in ("amod", "det") for g in c.children)))


def _unsupported(verb: Token) -> bool:
    """A saying the reporter marks as unsupported: "claimed without (providing) evidence"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "without":
            if any(t.lemma_.lower() in ("evidence", "proof") for t in subtree(prep)):
                return True
    return False


def _conjuncts(tok: Token) -> list[Token]:
    """The names joined to a subject by "and" ("Binance and FTX", "A, B and C")."""
    out, todo = [], [tok]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"):
                out.append(c)
                todo.append(c)
            elif c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ and any(
                    x.dep_ == "conj" for x in c.children):
                out.append(c)                  # "The White House, Pentagon, State Department and CIA": the
                todo.append(c)                 # parser may hang the list's second name on the first
    return out


def _distinct(speakers: list[tuple[Span | None, bool]]) -> list[tuple[Span | None, bool]]:
    """The different speakers found for a subject and its conjuncts, in order; the first one
    (None, anonymous or not) if none is named."""
    named, seen = [], set()
    for who, anonymous in speakers:
        if who is not None and who.start not in seen:
            seen.add(who.start)
            named.append((who, anonymous))
    return named or speakers[:1]


def _declared_certain(root: Token) -> Token | None:
    """The clause a speaker declares beyond doubt: "I have no doubt that it was not our rocket",
    "we are certain it was not ours", "I can confirm that the vessel has not sunk"."""
    for c in root.children:
        if c.dep_ == "dobj" and c.lemma_.lower() == "doubt" and any(d.lower_ == "no" for d in c.children):
            return next((x for x in c.children if x.dep_ in ("acl", "ccomp") and x.i > c.i), None)
        if c.dep_ == "acomp" and c.lower_ in CERTAIN and root.lemma_ == "be":
            return next((x for x in (*c.children, *root.children) if x.dep_ == "ccomp" and x.i > c.i), None)
    if root.lemma_.lower() == "confirm" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children):
        return next((x for x in root.children if x.dep_ == "ccomp" and x.i > root.i), None)   # "I can confirm that"
    return None


_POSSESSIVE_OF = {"his": "he", "her": "she", "its": "it", "their": "they"}
_STOP_WORDS = frozenset({"of", "and", "for", "the"})       # inside a title ("Minister of Foreign Affairs")


def _same_party(pronoun: Token, speaker: Token | None, word: str | None = None) -> bool:
    """A third-person pronoun in reported speech that can only be its speaker: "he"/"she" after
    a person, "it" after an organisation or a country, "they" after a plural or a body (`word`:
    the pronoun a possessive stands for)."""
    if speaker is None or pronoun.pos_ != "PRON":
        return False
    word = word or pronoun.lower_
    described = _lexicon().descriptions.get(speaker.lemma_.lower(), ())     # "the minister", "the company"
    person = speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she") or "PERSON" in described \
        or speaker.pos_ == "PROPN" and speaker.ent_type_ != "GPE"          # a name the model calls a body
    body = speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lower_ == "it" or "ORG" in described \
        or "GPE" in described                                               # "the government"
    if word in ("he", "she"):
        return person
    if word == "it":
        return body and speaker.tag_ not in ("NNS", "NNPS")
    if word == "they":
        return speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ == "they" or body
    return False


def _region(art: _Article, verb: Token) -> list[int]:
    """The attribution's own words: the verb's subtree outside quotations."""
    return [t.i for t in subtree(verb) if art.in_quote[t.i] is None and not t.is_punct and not t.is_space]


def _same_paragraph(a: Token, b: Token) -> bool:
    """Whether no paragraph break lies between two tokens (the parser sometimes links across)."""
    doc = a.doc
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return not any(doc[k].is_space and "\n" in doc[k].text for k in range(lo, hi))


_WORDING = frozenset({"read", "run"})   # what a document says: "the statement read", "the note ran"


def _document_subject(verb: Token) -> Token | None:
    """The subject of a verb, or the object right after it that follows a quotation: "…," read
    the statement (the parser makes "the statement" the object)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is not None and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) \
            and verb.i > 0 and (verb.doc[verb.i - 1].is_punct or verb.doc[verb.i - 1].text in QUOTE_CHARS):
        return obj
    return None


def _verb_key(verb: Token, verbs: dict[str, str]) -> str:
    """The verb's entry in the reporting verbs: its lemma, or with its particle ("push back")."""
    lemma = verb.lemma_.lower()
    if lemma in _WORDING and (subj := _document_subject(verb)) is not None and subj.lemma_.lower() in _ISSUED:
        return "say"                                # "the statement read", "…," read the letter
    for child in verb.children:
        if (child.dep_ == "prt" or child.dep_ == "advmod" and child.i == verb.i + 1) \
                and f"{lemma} {child.lower_}" in verbs:
            return f"{lemma} {child.lower_}"
        if child.dep_ in ("ccomp", "oprd", "acomp") and child.lower_ == "clear" and f"{lemma} clear" in verbs:
            return f"{lemma} clear"                 # "made (it) clear that …"
        if child.dep_ == "dobj" and f"{lemma} {child.lower_}" in verbs:
            return f"{lemma} {child.lower_}"        # "took issue with", "cast doubt on"
        if child.dep_ == "dobj":                    # "poured cold water on"
            described = " ".join(c.lower_ for c in child.children if c.dep_ == "amod" and c.i == child.i - 1)
            if described and f"{lemma} {described} {child.lower_}" in verbs:
                return f"{lemma} {described} {child.lower_}"
        if child.dep_ == "prep":                    # "called into question"
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                # "called into question assertions by …": the parser may read the idiom's noun as
                # a compound of the object that follows it
                nouns = [obj, *(c for c in obj.children if c.dep_ == "compound" and c.i == child.i + 1)]
                for noun in nouns:
                    if f"{lemma} {child.lower_} {noun.lower_}" in verbs:
                        return f"{lemma} {child.lower_} {noun.lower_}"
    return lemma


_SUBORDINATORS = frozenset({"after", "before", "since", "as", "when", "while", "because", "until", "once"})


_CONCEDING = frozenset({"while", "although", "though", "whereas"})
_NO_WHEN = frozenset({"point", "time", "stage", "way", "means"})   # "at no point", "in no way", "by no means"
_ACCUSING = frozenset({"accuse", "blame", "charge", "criticise", "criticize", "fault"})
_NAMING_CULPRIT = frozenset({"accuse", "blame"})     # negated, of no one, who did it is not said: not known
_ANYONE = frozenset({"anyone", "anybody", "anything"})


def _ccomp(verb: Token) -> Token | None:
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _same_paragraph(verb, c)]
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and any(
            c.lower_ in _SUBORDINATORS and c.dep_ in ("prep", "mark") and clauses[0].i < c.i < verb.i
            for c in verb.children):
        # "China accused the US of lying, after Washington said hackers had got in": the parser
        # may hang the main clause on the subordinate verb; what was said follows the verb
        clauses = clauses[1:]
    for child in clauses:
        before = verb.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if before is not None and before.dep_ == "cc" and before.lower_ in ("and", "but") and any(
                c.dep_ == "xcomp" and c.i < child.i for c in verb.children):
            continue                           # "Hamas denied having any knowledge of it and European
                                               # leaders have accused Belarus": a clause of its own
        if child.lower_ == "clear" and child.pos_ == "ADJ":     # "made (it) clear that …"
            inner = next((c for c in (*child.children, *clauses) if c.dep_ in ("advcl", "ccomp") and c.i > child.i
                          and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if inner is not None:
                return inner
        return _relayed(child) or child
    # "told employees in a memo that he did not plan it": the parser hangs the clause on the
    # message noun as a relative clause; a relative clause opening with "that" and having a subject
    # of its own besides "that" is what the message says
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _MESSAGES | DOCUMENTS:
                for rel in noun.children:
                    if rel.dep_ in ("relcl", "acl") and rel.i > noun.i and rel.doc[rel.left_edge.i].lower_ == "that" \
                            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in rel.children):
                        return rel
    return None


_AUDIENCE = frozenset({"reporter", "journalist", "press", "medium", "media", "parliament", "lawmaker", "audience"})
RELAYING = frozenset({"say", "report", "tell", "add", "cite", "quote"})   # the plain verbs of attribution


def _relayed(verb: Token) -> Token | None:
    """The clause a report set off after it relays ("the Duma approved the bill, the agency
    reported": "the Duma approved the bill"), else None. Only what the parser hung under the
    relaying verb, before its subject and a comma."""
    subj = _own_subject(verb)
    if verb.lemma_.lower() not in RELAYING or subj is None or subj.i < verb.left_edge.i:
        return None
    inner = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    end = min(subj.left_edge.i, verb.i)          # "…, Reuters reported" or "…, reports Efe"
    if inner is None or inner.right_edge.i + 1 >= end:
        return None
    between = "".join(t.text for t in verb.doc[inner.right_edge.i + 1:end] if t.text not in QUOTE_CHARS)
    return inner if between in (",", "—", "-", "–") else None      # (a quotation may close before the comma)


def _clause_ids(verb: Token, cc: Token, verbs: dict[str, str] | None = None) -> list[int]:
    """The content clause's tokens: the ccomp's subtree, with any further ccomp of the same verb
    (the parser sometimes splits one clause in two: "the fire reported at 6 a.m. appears to …")."""
    ids = {t.i for t in subtree(cc)}
    if cc.dep_ in ("relcl", "acl") and cc.doc[cc.left_edge.i].lower_ == "that":
        ids.discard(cc.left_edge.i)               # the "that" opening a message's clause (`_ccomp`)
    mark = next((c for c in cc.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < cc.i), None)
    if mark is not None and verb.i < mark.i:      # "said hours later that …": what comes before "that"
        ids -= set(range(cc.left_edge.i, mark.i))  # is the saying's, not what is said
    elif cc.left_edge.i == verb.i + 1:            # "said on Monday it would …": the day is the saying's
        when = next((c for c in cc.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
        subject = _own_subject(cc)
        if when is not None and subject is not None and subject.left_edge.i == when.right_edge.i + 1 \
                and all(t.ent_type_ in ("DATE", "TIME") for t in subtree(when) if t is not when):
            ids -= {t.i for t in subtree(when)}
    if cc.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in cc.children):
        # "deny Eritrea is actively involved": the parser made the clause's subject the verb's object
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == cc.left_edge.i), None)
        if obj is not None and cc.doc[cc.left_edge.i].pos_ in ("AUX", "VERB"):
            ids.update(t.i for t in subtree(obj))
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i != cc.i and child.i > cc.i and _same_paragraph(cc, child) \
                and not cc.i < verb.i < child.left_edge.i and not (
                    verbs and child.lemma_.lower() in verbs and _own_subject(child) is not None):
            ids.update(t.i for t in subtree(child))
            ids.update(range(cc.i, child.left_edge.i))
    # "… could not have come from Yemen, saying the Houthis were covering up for Iran": a participle
    # of saying after the clause is another report, not part of this one
    for t in list(subtree(cc)):
        if t.i > cc.i and t.dep_ == "advcl" and t.tag_ == "VBG" and verbs and t.lemma_.lower() in verbs \
                and t.i in ids and t.left_edge.i == t.i and any(c.dep_ == "ccomp" for c in t.children):
            ids -= {x.i for x in subtree(t)}
            if t.i > 0 and t.doc[t.i - 1].text == ",":
                ids.discard(t.i - 1)
    return sorted(ids)


def _only_punct(text: str) -> bool:
    return all(not c.isalnum() for c in text)


def _joins(text: str) -> bool:
    """Whether text between an attribution and a quotation only joins them (", " or ": ")."""
    return all(c.isspace() or c in ",:\u2014\u2013-" for c in text)


class _Finder:
    def __init__(self, doc: Doc):
        self.art = _Article(doc)
        self.res = _Resolver(self.art)
        self.doc = doc
        self.used_quotes: set[int] = set()

    # one sentence ---------------------------------------------------------------------------
    def sentence(self, si: int) -> list[_Said]:
        art, lex = self.art, self.art.lex
        sent = art.sents[si]
        cues: list[Token] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if art.in_quote[tok.i] is not None and not self._quoted_denial(tok):
                continue
            if self._source_phrase(tok) or (tok.pos_ == "NOUN" and (
                    lemma in DENIAL_NOUNS or lemma in SAYING_NOUNS and _noun_clause(tok) is not None)):
                cues.append(tok)
            elif tok.pos_ in ("VERB", "AUX") and (_verb_key(tok, lex.verbs) in lex.verbs or (
                    lemma in lex.nonanswer and self._nonanswer(tok))) and not self._going_on(tok, sent):
                cues.append(tok)
        cues.sort(key=lambda t: (len(list(t.ancestors)), t.i))
        doc = self.doc
        merged: set[int] = set()               # cues folded into another ("denied …, saying")
        owner: dict[int, _Said] = {}           # token -> the attribution whose content holds it
        pending: list[tuple[_Said, Token, _Said | None]] = []
        for cue in cues:
            if cue.i in merged:
                continue
            outer = owner.get(cue.i)
            coordinate = outer is not None and cue.dep_ == "conj" and _own_subject(cue) is not None \
                and self._class(cue) is not None      # "A said X and B said Y"
            second = outer is not None and self._second_report(cue, outer)
            if outer is not None and not coordinate and not self._position_cue(cue) and not second:
                continue                       # a report inside a report: the outer one speaks
            if outer is None and self._relays(cue):
                continue                       # "X said Y, Reuters reported": X speaks, Reuters relays
            if outer is not None and cue.head.i not in outer.content:
                subj = _own_subject(cue)
                if subj is None or subj.pos_ == "PRON":
                    continue                   # "he said he would challenge it": the outer one has it
            said = self.cue(cue, sent, merged)
            if said is None:
                continue
            if outer is not None and said.stance == outer.stance and not second and (
                    _own_subject(cue) is None or _own_subject(cue).pos_ == "PRON"):
                continue                       # the outer report already has this position
            inherit = outer if outer is not None and _own_subject(cue) is None and not _issued_denial(cue) else None
            if outer is not None and (cue.dep_ == "conj" or cue.dep_ == "relcl" and _aside(cue)):
                # "acknowledged that the balloon was theirs but denied it was …", "said it came from
                # Hamas, which has denied any involvement": cut it out of the outer
                cut = {t.i for t in subtree(cue)} | _joiners(doc, cue, set(outer.content))
                outer.content = [i for i in outer.content if i not in cut]
                if second and outer.stance != "cannot_confirm":
                    outer.stance = self._stance(self._class(doc[outer.verb]) or "say", outer.content, True,
                                                doc[outer.verb])
            for part in [said, *self._coordinated(said, cue), *self._nonanswer_before(said, cue, cues)]:
                pending.append((part, cue, inherit))
                for i in part.content:
                    owner.setdefault(i, part)
        # speakers in reading order, so that "they" can mean the speaker of an earlier clause
        joint = []                             # "Binance and FTX did not respond": each of them
        for said, cue, inherit in sorted(pending, key=lambda p: p[1].i):
            if inherit is None and said.subject >= 0:
                subject = doc[said.subject]
                pair = self.res.people_together(subject)
                named = [(who, False) for who in pair] if pair else \
                    _distinct([self.res.speaker(t) for t in [subject, *_conjuncts(subject),
                                                              *self.res.spoken_for_together(subject)]])
                said.speaker, said.anonymous = named[0]
                joint += [replace(said, speaker=who, anonymous=anon) for who, anon in named[1:]]
                if said.speaker is not None:
                    art.said_by.setdefault(subject.lemma_.lower(), said.speaker)
            if inherit is None:
                art.speakers.setdefault(si, []).append((said.speaker, said.anonymous))
                if said.speaker is not None and said.speaker.label_ != "PERSON" and said.subject >= 0 \
                        and self._person_noun(doc[said.subject]):
                    art.voiced.add((si, said.speaker.start))
            if said.stance == "asserts" and _unsupported(cue):
                # "Putin claimed without evidence that …": the reporter disputes it
                joint.append(replace(said, stance="disputes", speaker=None, anonymous=False, subject=-1, cue=""))
        for said, cue, inherit in pending:
            if inherit is not None:            # the same speaker as the report it is part of
                said.speaker, said.anonymous = inherit.speaker, inherit.anonymous
        return [p[0] for p in pending] + joint

    def _second_report(self, cue: Token, outer: _Said) -> bool:
        """"The ministry said it was looking into the cause but indicated the airfield was not
        attacked": a verb of saying with a clause of its own and no subject, that the parser joined
        to the clause the speaker's first verb reports (which has a subject of its own) rather than
        to that verb: the same speaker's second report."""
        head = cue.head
        return cue.dep_ == "conj" and _own_subject(cue) is None and _ccomp(cue) is not None \
            and head.dep_ == "ccomp" and head.head.i == outer.verb and _own_subject(head) is not None \
            and self._class(cue) is not None

    def _relays(self, cue: Token) -> bool:
        """The verb relays a report set off before it, made by someone the report names ("the
        minister said the port would reopen, Reuters reported"), or a position the report names
        someone taking ("Gershkovich has denied the charges, Tass reported")."""
        relayed = _relayed(cue) if cue.lemma_.lower() == "report" else None
        if relayed is None:
            return False
        # "Hamas said the Duma approved it, the agency reported", parsed with the report inside
        # what Hamas said; or "the minister said …, Reuters reported", with it outside
        for said in (cue.head, relayed) if cue.dep_ == "ccomp" else (relayed,):
            subj = _own_subject(said)
            if subj is not None and subj.pos_ != "PRON" and (said.lemma_.lower() in RELAYING
                                                             or self._position_cue(said)):
                return True
        return False

    def _coordinated(self, said: _Said, cue: Token) -> list[_Said]:
        """"said it acted on the best information and that it withheld nothing", "said there had
        been no attack and no equipment had been damaged": two propositions, each its own statement
        with its own stance. Cuts the second (and any further) "and that …" clause, or clause with a
        subject of its own after "and", out of `said` and returns them."""
        if not said.clause or said.quoted or said.whole:
            return []
        doc, ids = self.doc, set(said.content)
        roots = [doc[i] for i in said.content if doc[i].head.i not in ids or doc[i].head.i == i]
        if len(roots) != 1:
            return []
        # (the parser may join the second to a verb inside the first: "that his guard took four
        # bullets as he threw himself on the scientist and that there were no terrorists")
        parts = [c for c in subtree(roots[0]) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i in ids
                 and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                      and (c.head.i == roots[0].i or any(m.dep_ == "mark" and m.lower_ == "that" for m in roots[0].children))
                      # "said there had been no attack and no equipment had been damaged": a clause with a
                      # subject of its own joined by "and" says a second thing
                      or c.head.i == roots[0].i and any(x.dep_ in SUBJECTS for x in c.children)
                      and any(t.lower_ == "and" and t.dep_ == "cc" for t in doc[roots[0].i + 1:c.left_edge.i]))]
        parts = [c for c in parts if not any(a in parts for a in c.ancestors)]
        cls = self._class(cue) or "say"
        out = self._nonanswer_joined(said, roots[0], ids)
        if not parts:
            return out
        for c in parts:
            sub = [t.i for t in subtree(c) if t.i in ids]
            cut = set(sub)
            cut |= _joiners(doc, c, ids)
            left = [i for i in said.content if i not in cut]
            rest = [i for i in sub if not (doc[i].dep_ == "mark" and doc[i].head.i == c.i)]
            if not any(doc[i].is_alpha for i in left) or not any(doc[i].is_alpha for i in rest):
                continue
            said.content = left
            out.append(_Said(said.sent_start, said.sent_end, rest, self._stance(cls, rest, True, cue), said.speaker,
                             said.anonymous, said.cue, "", True, False, said.own, said.verb, said.subject))
        if out and (said.stance != "cannot_confirm" or cls in ("say", "asserts", "hedges")
                    and not self.art.has("UNKNOWN", said.content)):
            said.stance = self._stance(cls, said.content, True, cue)   # (what it no longer holds said nothing)
        return out

    def _nonanswer_before(self, said: _Said, cue: Token, cues: list[Token]) -> list[_Said]:
        """"China did not provide any details, saying it did not want to inflame tensions": the
        clause a participle of saying hangs on, when it gives nothing (`unknown_cues.txt`), is the
        same speaker's "cannot confirm", a statement of its own."""
        main = cue.head
        if cue.dep_ != "advcl" or cue.tag_ != "VBG" or main.pos_ not in ("VERB", "AUX") or main in cues \
                or said.subject < 0:
            return []
        cut = {t.i for t in subtree(cue)} | _joiners(self.doc, cue, {t.i for t in subtree(main)})
        rest = [t.i for t in subtree(main) if t.i not in cut]
        if not self.art.has("UNKNOWN", rest):
            return []
        return [_Said(said.sent_start, said.sent_end, rest, "cannot_confirm", said.speaker, said.anonymous, said.cue,
                      "", True, False, said.own, said.verb, said.subject)]

    def _nonanswer_joined(self, said: _Said, root: Token, ids: set[int]) -> list[_Said]:
        """"said two crew members died but did not provide any further details": the speaker's
        non-answer (a verb of answering or of giving information), joined to what was said with no
        subject of its own, is a statement of its own (the whole sentence, "cannot confirm"), cut
        out of what was said, which keeps its stance."""
        doc, art, out = self.doc, self.art, []
        for c in root.children:
            if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.i not in ids or _own_subject(c) is not None \
                    or any(m.dep_ == "mark" for m in c.children) \
                    or c.lemma_.lower() not in art.lex.nonanswer | _GIVING:
                continue                       # ("… but did not know they were for X" denies knowing: one statement)
            sub = {t.i for t in subtree(c)} & ids
            rest = [i for i in said.content if i not in sub]
            if not art.has("UNKNOWN", sorted(sub)) or art.has("UNKNOWN", rest):
                continue
            sub |= _joiners(doc, c, ids)
            left = [i for i in said.content if i not in sub]
            if not any(doc[i].is_alpha for i in left):
                continue
            said.content = left
            said.stance = self._stance(self._class(doc[said.verb]) or "say", left, True, doc[said.verb]) \
                if said.verb >= 0 else "asserts"
            out.append(_Said(said.sent_start, said.sent_end, sorted(sub), "cannot_confirm", said.speaker,
                             said.anonymous, said.cue, "", True, True, said.own, said.verb, said.subject))
        return out

    def continued(self, si: int, prev: _Said) -> _Said | None:
        """A sentence that is a quotation with no attribution of its own, right after a quoted
        statement in the same or the next paragraph, or opening the paragraph after a named
        speaker's indirect speech: by news convention, the same speaker."""
        art, doc = self.art, self.doc
        sent = art.sents[si]
        words = [t for t in sent if not t.is_space and not t.is_punct]
        inside = [t for t in words if art.in_quote[t.i] is not None]
        if not words or len(inside) < 0.6 * len(words):
            return None
        prev_para = art.paragraph(prev.sent_start)
        here_para = art.paragraph(sent.start_char)
        gap = self.art.text[prev.sent_end:sent.start_char]
        if here_para - prev_para > 1 or (here_para != prev_para and gap.count("\n\n") > 1):
            return None
        qi = art.in_quote[words[0].i]
        opened_before = qi is not None and prev.sent_start <= art.quotes[qi][0] < prev.sent_end
        if not prev.quoted and not opened_before and (here_para == prev_para or "\n\n" not in gap):
            return None                        # (but a quotation opened in the report goes on here)
        between = takewhile(lambda k: art.sents[k].start_char >= prev.sent_end, range(si - 1, -1, -1))
        if not opened_before and any(self._someone_else_acts(art.sents[k], prev.speaker) for k in between):
            return None                        # (a sentence in between makes someone else its subject:
                                               # "Maria Zakharova also commented. “…,” she wrote" is hers)
        if any(art.in_quote[t.i] is None and t.lemma_.lower() in art.lex.verbs for t in sent):
            return None
        content = [t.i for t in sent if art.in_quote[t.i] is not None]
        stance = self._stance("say", content, True, None)
        return _Said(sent.start_char, sent.end_char, content, stance, prev.speaker, prev.anonymous,
                     prev.cue, "", True, False, (), -1, -1, True)

    def _someone_else_acts(self, sent: Span, speaker: Span | None) -> bool:
        """The reporter's sentence `sent` has a person other than `speaker` as its subject."""
        own = set(speaker.text.split()) if speaker is not None else set()
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "PERSON" and self.art.in_quote[t.i] is None
                   and t.text not in own for t in sent)

    def bare_attribution(self, si: int) -> _Said | None:
        """A sentence ending its paragraph that only says who speaks ("Kremlin spokesman Dmitry
        Peskov told reporters on Monday.", "The minister said:"): a named speaker, a plain verb of
        saying with nothing said. The quotation opening the next paragraph is theirs (`continued`)."""
        art = self.art
        sent = art.sents[si]
        if si + 1 < len(art.sents) and art.paragraph(art.sents[si + 1].start_char) == art.paragraph(sent.start_char):
            return None
        verb = sent.root
        if verb.lemma_.lower() not in RELAYING or art.in_quote[verb.i] is not None or any(
                c.dep_ in ("ccomp", "xcomp", "advcl", "conj") or c.dep_ == "dobj" and c.lemma_.lower() not in _AUDIENCE
                for c in verb.children):
            return None
        subj = _own_subject(verb)
        if subj is None or subj.pos_ == "PRON":
            return None
        speaker, anonymous = self.res.speaker(subj)
        if speaker is None:
            return None
        return _Said(sent.start_char, sent.end_char, [], "asserts", speaker, anonymous, verb.lemma_.lower(),
                     "", True, False, (), verb.i, subj.i, False)

    def _person_noun(self, subj: Token) -> bool:
        """A common noun for one person ("attorney general", "spokeswoman", "minister")."""
        lemma = subj.lemma_.lower()
        return subj.pos_ == "NOUN" and subj.tag_ == "NN" and (
            lemma in self.art.lex.spokes or "PERSON" in self.art.lex.descriptions.get(lemma, ()))

    def _going_on(self, tok: Token, sent: Span) -> bool:
        """"continue" that reports nothing: not after a quotation ("…," the tweet continued) but
        of something going on ("there continue to be developments", "talks continued")."""
        return tok.lemma_.lower() == "continue" and (any(c.dep_ in ("xcomp", "dobj", "expl") for c in tok.children)
                                                     or all(self.art.in_quote[t.i] is None for t in sent))

    def by_sentence(self, said: _Said) -> list[_Said]:
        """A quotation of several sentences given to one speaker by a plain verb of saying: one
        statement for each sentence, with its own stance (`"… the world's energy supply. There is
        no evidence the attacks came from Yemen," Pompeo continued`: the second sentence says
        the speaker cannot confirm, whatever the first says)."""
        art, doc = self.art, self.doc
        if not said.quoted or said.verb < 0 or art.lex.verbs.get(_verb_key(doc[said.verb], art.lex.verbs)) != "say":
            return [said]
        parts: list[list[int]] = []
        for i in said.content:
            if parts and art.sent_of[i] == art.sent_of[parts[-1][-1]]:
                parts[-1].append(i)
            else:
                parts.append([i])
        words = [sum(1 for i in p if not doc[i].is_punct) for p in parts]
        if sum(1 for n in words if n >= 3) < 2:
            return [said]
        merged: list[list[int]] = []
        for part, n in zip(parts, words):
            if merged and n < 3:
                merged[-1] += part           # a sentence of a word or two stays with the one before
            else:
                merged.append(list(part))
        out = []
        for k, part in enumerate(merged):
            sent = art.sents[art.sent_of[part[0]]]
            stance = self._stance("say", part, True, doc[said.verb])
            out.append(replace(said, sent_start=min(said.sent_start, sent.start_char) if k == 0 else sent.start_char,
                               sent_end=sent.end_char if k < len(merged) - 1 else max(said.sent_end, sent.end_char),
                               content=part, stance=stance, answers=said.answers if k == 0 else "",
                               whole=False))
        return out

    def conceded(self, said: _Said) -> list[_Said]:
        """"The committee said that while Cameron did not break the rules, there was a case for
        strengthening them": what a clause of concession says ("while", "although", "though"
        before the main clause) is said too. When it is negated, it is a statement of its own
        (a denial, with its own stance), and the rest another; else the statement stays whole."""
        if not said.clause or said.stance != "asserts" or len(said.content) < 8:
            return [said]
        doc, inside = self.doc, set(said.content)
        root = next((doc[i] for i in said.content if doc[i].head.i not in inside or doc[i].head.i == i), None)
        if root is None:
            return [said]
        conceding = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i and c.i in inside and any(
            m.dep_ == "mark" and m.lower_ in CONCEDING and m.i == c.left_edge.i for m in c.children)), None)
        if conceding is None or not _negated(conceding) or _subject(conceding) is None:
            return [said]
        part = [t.i for t in subtree(conceding) if t.i in inside and not (t.dep_ == "mark" and t.head is conceding)]
        rest = [i for i in said.content if i not in {t.i for t in subtree(conceding)}]
        stance = self._stance("say", part, True, doc[said.verb] if said.verb >= 0 else None)
        if stance == "asserts" or sum(doc[i].is_alpha for i in rest) < 4:
            return [said]
        return [replace(said, content=part, stance=stance, answers="", whole=False),
                replace(said, content=rest)]

    def _source_phrase(self, tok: Token) -> tuple[str, ...] | None:
        """The phrase of `data/source_prepositions.txt` starting at tok ("according to"), if any."""
        doc = self.doc
        for phrase in self.art.lex.sources:
            end = tok.i + len(phrase)
            if end <= len(doc) and tuple(doc[k].lower_ for k in range(tok.i, end)) == phrase:
                # a one-word phrase credits only a name ("per Reuters", not "5 per cent"), and not
                # as the last word of a longer one ("as per")
                if len(phrase) == 1 and (not _names_source(tok) or any(
                        len(longer) > 1 and longer[-1] == phrase[0] and tok.i >= len(longer) - 1
                        and tuple(doc[k].lower_ for k in range(tok.i - len(longer) + 1, tok.i + 1)) == longer
                        for longer in self.art.lex.sources)):
                    continue
                return phrase
        return None

    def _charge_beside(self, cue: Token, obj: Token | None) -> list[int] | None:
        """What a charge set beside a clause says, when `cue` denies the charge in a relative
        clause ("X accuses Y of Z, a charge Y denies"; "Britain said the attack was approved at a
        senior level, an accusation Moscow has fiercely denied"; "There have been accusations that
        he was murdered, a claim the Kremlin has denied"): the clause reported, or the
        "that" clause of the accusation the sentence speaks of, or else the clause the charge
        stands beside, without the charge. None if `cue` is no such denial."""
        noun, doc = cue.head, self.doc
        if cue.dep_ != "relcl" or not self._set_beside(noun) \
                or obj is not None and not (obj.lower_ in ("that", "which") and obj.i < cue.i):
            return None
        anchor = noun.head
        while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.pos_ not in ("VERB", "AUX") or anchor.i > noun.i:
            return None
        charge = {t.i for t in subtree(noun)} | {noun.left_edge.i - 1}
        if doc[noun.left_edge.i - 1].is_quote:       # (‘“… Russian state,” an accusation’)
            charge = charge | {noun.left_edge.i - 2}
        reported = next((c for c in anchor.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        if reported is None:
            reported = next((c for n in anchor.children if n.dep_ in ("attr", "dobj", "nsubj", "nsubjpass")
                             and n.lemma_.lower() in self.art.lex.reference and n.i < noun.i
                             for c in n.children if c.dep_ in ("acl", "ccomp") and c.i > n.i
                             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if reported is not None:
            return [t.i for t in subtree(reported)
                    if t.i not in charge and not (t.dep_ == "mark" and t.i == reported.left_edge.i)]
        return [t.i for t in subtree(anchor) if t.i not in charge and t.i < noun.left_edge.i]

    def _set_beside(self, noun: Token) -> bool:
        """Whether `noun` names a claim in a phrase set apart after a clause (", a charge …")."""
        return noun.lemma_.lower() in self.art.lex.reference and noun.left_edge.i > 1 \
            and _set_apart(self.doc, noun.left_edge.i)

    def _without_charges(self, ids: list[int]) -> list[int]:
        """`ids` without a charge set beside the clause and denied in a relative clause (", a
        charge the cleric denies"): that is the denier's say, not the clause's."""
        doc = self.doc
        aside = {i for t in (doc[i] for i in ids) if self._set_beside(t)
                 and any(c.dep_ == "relcl" and self._class(c) in ("denies", "disputes") for c in t.children)
                 for i in (*(x.i for x in subtree(t)), t.left_edge.i - 1)}
        return [i for i in ids if i not in aside] if aside else ids

    def _question(self, content: list[int]) -> bool:
        """Whether the content is an indirect question ("who launched it", "whether it held")."""
        doc = self.doc
        first = next((doc[i] for i in content if not doc[i].is_punct), None)
        return first is not None and first.lower_ in ("who", "what", "whether", "if", "how", "when",
                                                      "where", "why", "which", "whom", "whose") \
            and self.art.in_quote[first.i] is None

    def _purpose(self, cue: Token) -> bool:
        """A to-infinitive with no subject of its own under a verb that reports nothing ("needed
        to determine", "wants to show"): not a report."""
        if cue.tag_ != "VB" or _own_subject(cue) is not None or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
            return False
        head = cue.head
        if head.pos_ == "VERB" and head.lemma_.lower() in _CARRYING_ON and self._class(cue) in ("denies", "disputes"):
            return False                       # "continued to deny", "tried to dispute"
        if head.pos_ == "VERB" and (head.lemma_.lower() in ("continue", "proceed") or head.lemma_.lower() == "go" and any(
                c.dep_ == "prt" and c.lower_ == "on" for c in head.children)):
            return False                       # "went on to say", "continued to insist", "proceeded to claim"
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.lower_ in _READY \
                and self._class(cue) in ("denies", "disputes"):
            return False                       # "was quick to deny", "was keen to dispute"
        return head.i != cue.i and self._class(head) is None and head.lower_ != "unable"

    def _wholly_quoted(self, clause: Token) -> bool:
        """Whether a clause lies inside one quotation (not indirect speech quoting a few words)."""
        q = self.art.in_quote[clause.i]
        return q is not None and all(self.art.in_quote[t.i] == q for t in subtree(clause)
                                     if not t.is_punct and not t.is_space)

    def _quoted_denial(self, verb: Token) -> bool:
        """A denial a quotation reports of someone else ('… quoted its source as saying: "He
        categorically denied all accusations."'): the denial is theirs, not the quoted speaker's."""
        subject = _own_subject(verb) if verb.pos_ == "VERB" else None
        return subject is not None and (subject.lower_ in ("he", "she", "they") or subject.ent_type_ in (
            "PERSON", "ORG", "GPE", "NORP")) and self.art.in_quote[subject.i] == self.art.in_quote[verb.i] \
            and self._class(verb) in ("denies", "disputes")

    def _position_cue(self, cue: Token) -> bool:
        """A verb (or a denial named by a noun) that states a position (denies, disputes, cannot
        confirm), worth its own record even inside another report ("Israel said …, which denied
        blame")."""
        if cue.pos_ == "NOUN":                 # "… and has entered a denial"
            return _issued_denial(cue)
        cls = self._class(cue)
        return cls in ("denies", "disputes", "refuses") or self._dismissing(cue) or (
            cue.lemma_.lower() in self.art.lex.nonanswer and self._nonanswer(cue))

    def _dismissing(self, cue: Token) -> bool:
        """A claim named by a relative clause that calls it a lie or the like ("the allegations,
        which he described as a lie")."""
        if cue.dep_ != "relcl" or self._class(cue) != "describes" \
                or cue.head.lemma_.lower() not in self.art.lex.reference:
            return False
        named = [t.i for t in subtree(cue) if t.i > cue.i]
        return self.art.has("DENIAL", named) or any(self.doc[i].lemma_.lower() in _DISMISSIVE for i in named)

    def _class(self, verb: Token) -> str | None:
        """The verb's class in `data/reporting_verbs.txt`; "rejects" becomes "denies" when what is
        rejected is a clause, a claim or named ("dismissed the claims as baseless"), else None."""
        cls = self.art.lex.verbs.get(_verb_key(verb, self.art.lex.verbs))
        if cls == "disputes" and verb.lemma_.lower() in _INTERROGATING and self._questions_someone(verb):
            return None                        # "was questioned by prosecutors", "questioned two employees"
        if cls == "asserts" and verb.lemma_.lower() in _ACCUSING and any(
                p.dep_ == "prep" and p.lower_ in ("of", "for") and c.dep_ in ("pcomp", "pobj")
                and (self.art.has("DISPUTE", ids := [t.i for t in subtree(c)]) or self.art.has("DENIAL", ids))
                for h in (verb, *(o for d in verb.children if d.dep_ == "dobj" for o in (d, *d.conjuncts)))
                for p in h.children for c in p.children):   # (the parser may hang "of …" on the accused)
            return "disputes"                  # "accused the authorities of downplaying the losses", "of spreading
                                               # disinformation": what they say is contested
        if cls != "rejects":
            return cls
        for child in verb.children:
            if child.dep_ == "ccomp" and child.i > verb.i and not any(c.dep_ == "mark" for c in child.children) \
                    and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and verb.i < c.left_edge.i for c in child.children) \
                    and not any(t.lemma_.lower() in self.art.lex.reference for t in verb.doc[verb.i + 1:child.i]):
                continue                       # "… that dismissed chief executive Jan Tamm is in Manila": a person
                                               # after the verb, no "that" and no claim between: the title's
                                               # adjective the parser took for the verb
            if child.dep_ == "ccomp" or child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as"):
                return "denies"
            if child.dep_ == "nsubjpass" and child.lemma_.lower() in self.art.lex.reference:
                return "denies"                # "the accusations were rejected by Veldan"
            if child.dep_ == "dobj" and child.lower_ in ("that", "which") and verb.dep_ == "relcl" \
                    and verb.head.lemma_.lower() in self.art.lex.reference:
                return "denies"                # "claims that the rebels reject"
        if self._said_for(verb) is not None:
            return "disputes"                  # "slammed the paper for reporting that …"
        child = _direct_object(verb)
        if child is not None:
            if any(c.lemma_.lower() in self.art.lex.reference for c in child.conjuncts) \
                    or child.lemma_.lower() in self.art.lex.reference or child.lemma_.lower() in _LINK_NOUNS \
                    or any(c.dep_ == "det" and c.lower_ == "any" for c in child.children):
                return "denies"                # "rejected the claims", "rejected any involvement", "any aggression"
            if child.lemma_.lower() in FINDINGS | {"probe", "inquiry"}:
                return "disputes"              # "dismissed Russia's investigation": its findings, not a person
            if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LINKING_VERBS for c in child.children):
                return "denies"                # "reject any attempts to connect the government to it"
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in child.children):
                return "denies"
        return None

    def _questions_someone(self, verb: Token) -> bool:
        """Whether "question" asks someone questions rather than doubts something: its object, or
        its subject in the passive, is a person or people ("questioned the founder", "he was
        questioned by prosecutors", "questioned one current and one former employee")."""
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return any(t.ent_type_ == "PERSON" or t.lower_ in ("him", "her", "them", "he", "she", "they")
                           or "PERSON" in self.art.lex.descriptions.get(t.lemma_.lower(), ())
                           or t.lemma_.lower() in ("person", "people", "employee", "witness", "suspect", "man", "woman")
                           for t in (child, *child.conjuncts))
        return False

    def _claim_noun(self, noun: Token) -> Token | None:
        """The claim a noun names: the noun itself ("the charges"), or the one it completes after
        "of" ("charges of spying, which he denies": the parser hangs the clause on "spying")."""
        if noun.lemma_.lower() in self.art.lex.reference:
            return noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.art.lex.reference:
            return noun.head.head
        return None

    def _said_for(self, verb: Token) -> Token | None:
        """The clause someone is faulted for saying ("slammed the paper for reporting that the firm
        knew", "criticised him for suggesting it was safe"): what the faulting verb contests."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for said in prep.children:
                    if said.dep_ == "pcomp" \
                            and self.art.lex.verbs.get(said.lemma_.lower()) in ("say", "asserts", "hedges"):
                        return _ccomp(said)
        return None

    def _not_accepted(self, verb: Token) -> bool:
        """A claim or findings that someone cannot, will not or refuses to accept or recognise
        ("Moscow cannot accept the results of the investigation"): they are disputed."""
        obj = _direct_object(verb)
        if verb.lemma_.lower() not in ("accept", "recognise", "recognize") or obj is None \
                or obj.lemma_.lower() not in self.art.lex.reference | FINDINGS:
            return False
        return _negated(verb) or verb.dep_ == "xcomp" and (
            self.art.lex.verbs.get(verb.head.lemma_.lower()) == "refuses" or _negated(verb.head))

    def _nonanswer(self, tok: Token) -> bool:
        """A verb of answering or checking that is negated, refused, or "unable"; "return",
        "reach" and "contact" only of a call or a request for comment ("would not return the planes to
        service", "could not reach an agreement" answer nothing)."""
        if tok.lemma_.lower() in ("return", "reach", "contact") and not any(
                c.lemma_.lower() in _MESSAGES or c.dep_ == "prep" and c.lower_ == "for"
                and any(g.lemma_.lower() == "comment" for g in c.children)
                for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep")):
            return False
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _LICENSING:
            return False                       # "an official not authorized to speak publicly": anonymity
        if any(t.lemma_.lower() in ("name", "identify") and any(c.dep_ == "auxpass" for c in t.children)
               for t in (tok, tok.head)):
            return False                       # "asking not to be named (discussing …)": anonymity, not a non-answer
        if _negated(tok):
            return True
        head = tok.head
        if tok.dep_ == "xcomp" and (head.lemma_.lower() in ("unable", "fail")
                                    or self.art.lex.verbs.get(head.lemma_.lower()) == "refuses"
                                    or head.lemma_.lower() == "able" and (_negated(head) or _negated(head.head))):
            return True                        # ("has not been able to reach Wu for comment")
        return False

    def cue(self, cue: Token, sent: Span, taken: set[int]) -> _Said | None:
        art, lex = self.art, self.art.lex
        if self._source_phrase(cue):
            return self.according(cue, sent)
        if cue.pos_ == "NOUN":
            return self.denial_noun(cue, sent)
        lemma = cue.lemma_.lower()
        cls = self._class(cue) or ("say" if lemma in lex.nonanswer else None)
        if cls is None:
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in DENIAL_NOUNS and _noun_clause(c) is not None
               for c in cue.children):
            return None                        # "repeated its denial that …": the noun says it
        if cls == "denies" and cue.dep_ == "conj" and cue.head.lemma_.lower() in lex.nonanswer and any(
                c.lower_ in ("neither", "nor") for c in (*cue.head.children, *cue.children)):
            return None                        # "would neither confirm nor deny": no answer (the first verb)
        if lemma in ("question", "challenge") and any(c.dep_ == "auxpass" for c in cue.children):
            # "Diab is to be questioned on Friday": a person questioned is interrogated, not disputed
            held = next((c for c in (*cue.children, *(cue.head.children if cue.dep_ == "xcomp" else ()))
                         if c.dep_ == "nsubjpass"), None)
            if held is not None and (held.pos_ in ("PROPN", "PRON") or held.ent_type_ == "PERSON"):
                return None
        if self._not_accepted(cue):            # "refused to accept the findings"
            obj = _direct_object(cue)
            return self._finish(cue, sent, [t.i for t in subtree(obj)], "disputes", obj.lemma_.lower(), False, True)
        if lemma == "plead":                   # "pleaded not guilty" or "innocent" denies; "pleaded guilty" admits
            plea = next((c for c in cue.children if c.lower_ in ("guilty", "innocent")), None)
            if plea is None:
                return None
            stance = "denies" if _negated(plea) or _negated(cue) or plea.lower_ == "innocent" else "asserts"
            return self._finish(cue, sent, [t.i for t in subtree(plea)], stance, "", False, True)
        if cls not in ("refuses",) and not self._nonanswer(cue) and self._purpose(cue):
            return None                        # "an inquiry is needed to determine …": nobody says
        stance = None
        content: list[int] | None = None
        quoted = False
        clause = True
        whole = False
        answers = ""

        # refusals and non-answers: "declined to comment", "could not confirm", "unable to verify"
        if cls == "refuses":
            x = next((c for c in cue.children if c.dep_ == "xcomp"), None)
            if x is None and _verb_key(cue, lex.verbs) == "stop short":
                # "stopped short of blaming either side": of saying, blaming or naming anything
                x = next((c for s in cue.children if s.lower_ == "short" for o in s.children if o.lower_ == "of"
                          for c in o.children if c.dep_ == "pcomp" and (c.lemma_.lower() in lex.nonanswer
                          or lex.verbs.get(c.lemma_.lower()) in ("asserts", "describes"))), None)
                if x is None:
                    return None
            elif x is None or x.lemma_.lower() not in lex.nonanswer:
                return None
            taken.add(x.i)
            stance = "cannot_confirm"
            inner = x
        elif lemma in lex.nonanswer and self._nonanswer(cue):
            stance = "cannot_confirm"
            inner = cue
        else:
            inner = None
        if stance == "cannot_confirm":
            cc = _ccomp(inner)
            obj = next((c for c in inner.children if c.dep_ in ("dobj", "attr")), None)
            if cc is not None:
                content = [t.i for t in subtree(cc)]
                first = next((self.doc[i] for i in content if not self.doc[i].is_punct), None)
                if first is not None and self._question(content) and first.lower_ not in ("whether", "if"):
                    whole, clause = True, False    # "refused to say when it would be repaired"
            elif obj is not None and obj.lemma_.lower() in lex.reference:
                answers = obj.lemma_.lower()
                inner_cc = _ccomp(obj) or next((c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
                content = [t.i for t in subtree(inner_cc or obj)]
                whole = inner_cc is None
                clause = inner_cc is not None
            else:
                content = [t.i for t in subtree(inner) if t.dep_ != "punct"]
                whole, clause = True, False
            return self._finish(cue, sent, content, stance, answers, clause, whole)

        if _negated(cue) and cls in ("denies", "disputes", "asserts"):
            stance = "hedges"           # "did not deny", "did not dispute": neither yes nor no
            culprit = _direct_object(cue) if cue.lemma_.lower() in _NAMING_CULPRIT else None
            if culprit is not None and (culprit.lower_ in _ANYONE
                                        or any(c.dep_ == "det" and c.lower_ == "any" for c in culprit.children)):
                stance = "cannot_confirm"    # "has not blamed anyone", "has not accused any nation": no one named
                                             # (but "has not directly blamed Iran" stops short of it: a hedge)
        cc = _ccomp(cue)
        before = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
        after = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
        misread = _own_subject(before) if before is not None and after is not None and _own_subject(cue) is None \
            and art.in_quote[before.i] is None else None
        if misread is not None:
            # "The White House has labeled the accusation “ridiculous,” denied he was a spy": one
            # subject's verbs in a row, which a quoted word made the parser read as a quotation and
            # its report; what is reported is the clause after the verb, by that subject
            cc = after
        if cc is not None and cc.i < cue.i and _verb_key(cc, lex.verbs) in lex.verbs \
                and (own := _own_subject(cc)) is not None and own.pos_ != "PRON":
            # "X said A, but B never did, officials said": the officials say the last clause
            # only; X's report is X's own
            said_last = [c for c in cc.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                         and c.i < cue.i and _own_subject(c) is not None]
            if said_last:
                cc = said_last[-1]
        obj = _direct_object(cue)
        if obj is not None and _verb_key(cue, lex.verbs) == f"{lemma} {obj.lower_}":
            # "took issue with reports that …", "cast doubt on claims that …": the idiom's noun is
            # no object; what is contested is the object of the preposition after it
            obj = next((o for p in (*cue.children, *obj.children) if p.dep_ == "prep" and p.i > obj.i
                        for o in p.children if o.dep_ == "pobj"), None)
        if obj is None and cls == "disputes":
            # "disagreed with reports that …", "scoffed at claims that …": what is contested is the
            # object of the preposition after the verb
            obj = next((o for p in cue.children if p.dep_ == "prep" and p.lower_ in ("with", "at", "to") and p.i > cue.i
                        for o in p.children if o.dep_ == "pobj"), None)
        if obj is None and cls in ("denies", "disputes"):
            # "dismissed as “ludicrous” suggestions it contributed …": the name given comes first and
            # the parser hangs the claims on "as"
            obj = next((o for p in cue.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                        if o.dep_ == "pobj" and o.lemma_.lower() in lex.reference
                        and any(c.dep_ == "amod" and c.i < o.i for c in o.children)), None)
        if obj is not None and obj.lemma_.lower() in lex.reference:
            answers = obj.lemma_.lower()
            inner_cc = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")
                             and c.pos_ in ("VERB", "AUX")
                             and any(m.dep_ == "mark" or m.dep_ in ("nsubj", "nsubjpass") and m.tag_ not in ("WDT", "WP")
                                     for m in c.children)), None)
            if inner_cc is None:               # "took issue with reports claiming that …"
                inner_cc = next((_ccomp(c) for c in obj.children if c.dep_ == "acl" and c.i > obj.i
                                 and lex.verbs.get(c.lemma_.lower()) in ("say", "asserts", "hedges")), None)
            if inner_cc is not None:           # "denied the allegation that it had ..."
                cc = inner_cc
        elif obj is not None and cc is None and cls in ("say", "hedges", "asserts"):
            # "repeated Putin's explanation that parts of Ukraine belong to Russia"
            cc = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if obj.lemma_.lower() == "reason":     # "found no reason to believe that it was intentional"
                cc = cc or next((_ccomp(c) for c in obj.children if c.dep_ in ("relcl", "acl")
                                 and c.lemma_.lower() in DOUBTING), None)
            if cc is not None and _none_of(obj, cue):
                # "found no evidence that X", "did not find any sign that X": X is denied; the
                # clause of any other noun so negated ("made no claim that X") is not said at all
                if obj.lemma_.lower() in EVIDENCE | {"reason"}:
                    stance = "denies"
                else:
                    cc = None
        if cc is None and cls == "disputes":
            cc = self._said_for(cue)           # "slammed the paper for reporting that …"
        if cc is None and obj is None:
            # "claimed without evidence that …", "said in a statement that …": the parser hangs
            # the that-clause on the object of a preposition
            cc = next((c for prep in cue.children if prep.dep_ == "prep"
                       for pobj in prep.children if pobj.dep_ == "pobj"
                       for c in pobj.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if cc is None and (obj is None or answers):   # "denied the reports, saying …"
            for child in cue.children:
                if child.dep_ in ("advcl", "conj") and lex.verbs.get(child.lemma_.lower()) == "say":
                    sub = _ccomp(child)
                    # (what it says is the denial only if it denies or contests too: "saying the company
                    # was not involved"; "saying the plant was safe" is a claim of its own)
                    if sub is not None and art.in_quote[sub.i] is None and (
                            cls not in ("denies", "disputes") or self._gainsays([t.i for t in subtree(sub)])):
                        cc = sub
                        taken.add(child.i)
                        break
        if cc is not None and (art.in_quote[cc.i] is None or not self._wholly_quoted(cc)):
            content = _clause_ids(cc.head, cc, lex.verbs)     # indirect speech, perhaps quoting some words
        else:
            content = self._quoted(cue, sent, cc)
            quoted = content is not None
            if content is None and cc is not None:
                content = _clause_ids(cc.head, cc, lex.verbs)
        speaker = misread
        if content is None and cc is None and obj is None:
            found = self._speaker_after_quote(cue)             # "“A,” BDO, the bank, said."
            if found is not None:
                content, speaker = found
                quoted = True
        if content is None and cue.dep_ == "parataxis":        # "The ruling, he said, is wrong."
            own = {t.i for t in subtree(cue)}
            content = [t.i for t in subtree(cue.head) if t.i not in own]
        if content is None and cc is None and obj is None and cue.dep_ == "advcl" and cue.head.dep_ == "ccomp" \
                and cue.head.i > cue.i and any(m.dep_ == "mark" and m.lower_ in _CONCEDING for m in cue.children) \
                and not any(self.doc[i].is_punct for i in range(cue.right_edge.i + 1, cue.head.i)):
            # "While Iran maintains it has nothing to do with the attacks, its leaders …": the
            # parser hangs the reporting verb on the clause it reports, which it makes the main
            # verb's; what is said is that clause without the verb
            own = {t.i for t in subtree(cue)}
            content = [t.i for t in subtree(cue.head) if t.i not in own]
        if content is None and obj is not None and cls in ("say", "hedges") and not answers and any(
                t.tag_ in ("VBD", "VBZ", "VBP") and t.i != obj.i for t in subtree(obj)) and not any(
                c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
                for c in obj.children):
            # "said the efforts the US took … contributed to …": a clause the parser made an object
            content = [t.i for t in subtree(obj)]
        if content is None and obj is None and cls in ("say", "hedges") and cue.dep_ not in ("relcl", "acl"):
            content = self._trailing(cue, sent)                 # "The dam will hold, he said."
        if content is None and obj is not None and lemma in _MAINTAINING and art.has("DENIAL", [t.i for t in subtree(obj)]):
            # "maintained his innocence": the object is the position
            return self._finish(cue, sent, [t.i for t in subtree(obj)], "denies", answers, False, True)
        if obj is None and cls in ("asserts", "denies", "disputes") and any(
                c.dep_ == "agent" for c in cue.children):
            obj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
            if obj is None and cue.dep_ == "conj":   # "… is widely documented but has been denied by
                obj = next((c for c in cue.head.children if c.dep_ == "nsubjpass"), None)   # Asmara"
            if obj is not None and cls == "asserts" and obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
                return None                    # "Lion Air was established in 1999 by two brothers": no one speaks
            if obj is not None:                # "The allegations have been denied by Veltra."
                if obj.lemma_.lower() in lex.reference:
                    answers = obj.lemma_.lower()
                content = [t.i for t in subtree(obj)]
                stance = stance or self._stance(cls, content, False, cue)
                return self._finish(cue, sent, content, stance, answers, False, True)
        if cls == "describes" and not self._dismissing(cue):
            # "called the report a fabrication", "described the claims as baseless"
            if obj is not None and obj.tag_ in ("WP", "WDT"):
                return None                    # "what officials called a spy balloon": the reporter's hedge
            if obj is None:                    # "called Putin's accusation “too cynical”", the noun parsed as
                obj = next((c for c in cue.children if c.dep_ == "oprd" and c.pos_ == "NOUN"   # the complement
                            and any(a.dep_ == "amod" and a.i > c.i for a in c.children)), None)
            named = obj is not None and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")
                                            or (c.dep_ == "prep" and c.lower_ == "as")
                                            # "branded the report a fabrication", parsed as a modifier
                                            or (c.dep_ == "npadvmod" and c.i > obj.i and c.pos_ == "NOUN")
                                            # "called the claims misleading", parsed as an adjective after its noun
                                            or (c.dep_ == "amod" and c.head.i == obj.i and c.i > obj.i)
                                            for c in list(cue.children) + list(obj.children))
            if obj is not None and not named:
                # "described the allegation that Iran did it as “baseless”": the parser hangs the
                # closing "as …" on the clause inside the object
                named = any(t.dep_ == "prep" and t.lower_ == "as" and t.i > obj.i
                            and any(not c.is_punct for c in t.children) for t in subtree(obj)) or any(
                    # "called the reports about the strike “blatant lies”": the quotation that ends
                    # the object, parsed as an apposition or a conjunct of a noun inside it
                    t.dep_ in ("appos", "conj") and t.i > obj.i and art.in_quote[t.i] is not None
                    and art.in_quote[t.head.i] is None and t.right_edge.i == obj.right_edge.i
                    and QUOTE_CHARS & {self.doc[t.left_edge.i].text, self.doc[t.left_edge.i - 1].text}
                    for t in subtree(obj)) or any(
                    # … or parsed as the noun the words before it modify ("called the statements about
                    # the shelling “blatant lies and provocation”"): a quotation opened after the
                    # object's noun that runs to the object's end
                    t.i > obj.i + 1 and self.doc[t.i - 1].text in QUOTE_CHARS and art.in_quote[t.i] is not None
                    and art.in_quote[t.i - 2] is None and art.in_quote[obj.right_edge.i] == art.in_quote[t.i]
                    for t in subtree(obj))
            if not named:
                return None
            content = []
            for child in cue.rights:
                if child.dep_ not in ("advcl", "conj", "cc", "punct", "parataxis", "relcl"):
                    content.extend(t.i for t in subtree(child))
            stance = ("denies" if art.has("DENIAL", content) else "disputes" if art.has("DISPUTE", content)
                      else "hedges" if art.has("HEDGE", content) else "asserts")
            if stance == "asserts" and obj.lemma_.lower() in lex.reference and any(
                    self.doc[i].lemma_.lower() in _DISMISSIVE for i in content):
                stance = "denies"              # "called the accusations a provocation"
            if _negated(cue):
                stance = "hedges"
            return self._finish(cue, sent, content, stance, answers, False, True)
        if content is None and cls in ("denies", "disputes") and (claimed := self._charge_beside(cue, obj)) is not None:
            content, answers = claimed, cue.head.lemma_.lower()
        if obj is None and cls in ("asserts", "denies", "disputes"):
            obj = next((c for c in cue.children if c.dep_ in ("xcomp", "pcomp", "prep")
                        and c.pos_ in ("VERB", "AUX", "ADP")), None)        # "denied being spies"
        if content is None and cue.dep_ == "relcl" and obj is not None and obj.tag_ in ("WDT", "WP") \
                and obj.i < cue.i and cue.head.dep_ in ("nsubj", "nsubjpass") and cue.head.head.pos_ in ("VERB", "AUX"):
            # "The balloon, which Beijing denies was a spy vessel, spent a week …": what is denied is
            # the main clause about the noun, without the relative clause and the clauses after it
            root, own = cue.head.head, {t.i for t in subtree(cue)}
            skip = set(own) | {t.i for c in root.children if c.dep_ in ("advcl", "conj", "cc", "parataxis")
                               for t in subtree(c)}
            content = [t.i for t in subtree(root) if t.i not in skip
                       and not (t.is_punct and t.i in (cue.left_edge.i - 1, cue.right_edge.i + 1))]
        if content is None and cue.dep_ == "relcl" and obj is not None and obj.lower_ in ("that", "which") \
                and obj.i < cue.i and (claim := self._claim_noun(cue.head)) is not None \
                and (cls == "denies" or self._dismissing(cue)):
            # "faces charges of fraud, which he denies", "the allegations, which he described as a
            # lie": what is denied is the noun the clause hangs from, which only the whole sentence says
            return self._finish(cue, sent, [t.i for t in sent if not t.is_space], "denies", claim.lemma_.lower(),
                                False, False)
        if content is None and cls == "denies" and cue.dep_ in ("ccomp", "acl") and cue.head.i > 0 \
                and cue.head.lemma_.lower() in self.art.lex.reference and self.doc[cue.head.i - 1].text == "," \
                and (obj is None or obj.lower_ in ("that", "which") and obj.i < cue.i) \
                and any(c.lower_ in ("that", "which") and c.i < cue.i for c in cue.children):
            # "held on espionage charges, charges that the paper denies": the parser reads the second
            # "charges" as a verb and the denial as its clause; it denies the charges, as after "which"
            return self._finish(cue, sent, [t.i for t in sent if not t.is_space], "denies",
                                cue.head.lemma_.lower(), False, False)
        if content is None and obj is not None and cls in ("asserts", "denies", "disputes"):
            # what is denied is a noun phrase ("denied responsibility for the blast"): the object
            # and the verb's other complements, not the clauses that hang from the verb
            content = []
            for child in cue.rights:
                if child.dep_ in ("advcl", "conj", "cc", "punct", "parataxis", "ccomp", "relcl"):
                    continue
                content.extend(t.i for t in subtree(child))
            content.sort()
            while content and self.doc[content[-1]].dep_ == "cc":
                content.pop()                  # ("… any bomb threat and [European leaders …]")
            clause, whole = False, True
        if content is None:
            return None
        if stance is None and cls in ("say", "hedges") and self._question(content):
            return None                        # "to determine who launched it": asked, not said
        if stance is None:
            stance = self._stance(cls, content, clause, cue)
            if speaker is None and clause and stance in ("denies", "disputes"):
                speaker = self._inner_holder(content)
        return self._finish(cue, sent, content, stance, answers, clause, whole, quoted, speaker)

    def _speaker_after_quote(self, cue: Token) -> tuple[list[int], Token] | None:
        """`“A. B,” BDO, the country's largest bank, said in a statement.`: a verb the parser left
        without a subject, after a quotation; the speaker is the phrase between the two (up to its
        apposition), what is said the quotation."""
        art, doc = self.art, self.doc
        if _own_subject(cue) is not None:
            return None
        qi = bisect.bisect_right(art.quote_ends, cue.idx) - 1
        if qi < 0 or qi in self.used_quotes:
            return None
        qs, qe = art.quotes[qi]
        k = cue.i - 1
        while k >= 0 and doc[k].idx >= qe:
            k -= 1
        between = [t for t in doc[k + 1:cue.i] if not t.is_space]
        words = [t for t in between if not t.is_punct]
        inner = art.text[qs:qe].rstrip(_ALL_MARKS + " ")
        if not words or len(words) > 15 or "\n\n" in art.text[qe:cue.idx] \
                or not _joins(art.text[qe:words[0].idx]) \
                or not (inner.endswith((",", "?", "!", "\u2014")) or "," in art.text[qe:words[0].idx]) \
                or any(t.pos_ in ("VERB", "AUX") and not (t.lower_ in lx.ROLES and t.i + 1 < cue.i
                                                         and doc[t.i + 1].ent_type_ == "PERSON") for t in words):
            return None                        # (a role before a name is no verb: "Affairs head Hussein al-Sheikh")
        phrase = []
        for t in between[between.index(words[0]):]:
            if t.text == ",":
                break
            phrase.append(t)
        inside = {t.i for t in phrase}
        head = next((t for t in phrase if t.head.i not in inside), phrase[-1])
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or head.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        self.used_quotes.add(qi)
        return [t.i for t in span], head

    def denial_noun(self, cue: Token, sent: Span) -> _Said | None:
        """A denial or a statement named by a noun, with who made it and what it says: "despite
        denials from Ukrainian officials that Kyiv had anything to do with it", "Kyiv's denial
        that …", "a statement from the agency that the illness does not result from …", "Hamas
        made an announcement that it had nothing to do with it"."""
        clause = _noun_clause(cue)
        who = next((c for c in cue.children if c.dep_ == "poss"), None)
        for prep in cue.children:
            if who is None and prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                who = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if who is None and cue.dep_ == "dobj" and cue.head.lemma_.lower() in _ISSUING:
            who = _own_subject(cue.head) if clause is not None else _subject_token(cue.head)
        if who is not None and _issued_denial(cue):
            # "has entered a formal denial", "the ministry repeated its denial": what the denial
            # answers goes unsaid; the sentence is the position
            top = cue.head
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head                 # "was charged and entered a denial": the whole clause
            return self._finish(cue.head, sent, [t.i for t in subtree(top)], "denies", "", False, False, subject=who)
        if clause is None or who is None:
            return None
        content = [t.i for t in subtree(clause) if t.i != clause.left_edge.i]
        content = [i for i in content if sent.start <= i < sent.end]
        if not content:
            return None
        inside = set(content)
        own = tuple(i for i in range(sent.start, sent.end) if i not in inside)
        stance = "denies"
        if cue.lemma_.lower() in SAYING_NOUNS:
            stance = "denies" if self._self_denial(content, who) else "asserts"
        return _Said(sent.start_char, sent.end_char, content, stance, None, False, cue.lemma_.lower(), "", True,
                     False, own, cue.i, who.i)

    def _credited(self, cue: Token) -> Token | None:
        """The source a phrase of `data/source_prepositions.txt` at `cue` credits: the object of
        its last word that has one ("according to the ministry": "ministry"), else None."""
        phrase = self._source_phrase(cue)
        for w in reversed([self.doc[k] for k in range(cue.i, cue.i + len(phrase or ()))]):
            pobj = next((c for c in w.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        return None

    def according(self, cue: Token, sent: Span) -> _Said | None:
        phrase = self._source_phrase(cue)
        words = [self.doc[k] for k in range(cue.i, cue.i + len(phrase))]
        pobj = self._credited(cue)
        own = set()
        for w in words:
            own.update(t.i for t in subtree(w))
        top = min(words, key=lambda w: len(list(w.ancestors)))
        head = top.head if top.head.i != top.i and top.head.i not in own else None
        if head is not None and head.pos_ == "VERB" and self._class(head) is not None \
                and _own_subject(head) is not None and not self._spokesperson(pobj, _own_subject(head)):
            return None                        # "according to AP, health workers said …": theirs
        last = max(own)
        closing = words[0].i > sent.start and self.doc[words[0].i - 1].text == "," and all(
            self.doc[k].is_punct or self.doc[k].is_space for k in range(last + 1, sent.end))
        if head is not None and head.i not in own and head.pos_ in ("VERB", "AUX") and not closing:
            content = [t.i for t in subtree(head) if t.i not in own]
        else:
            content = [t.i for t in sent if t.i not in own]
        # the comma that sets the phrase off goes with it; a second one too where the phrase parts
        # subject and verb ("The collapse, according to X, is …"; not "… arrested Monday, according
        # to state media, charged with …")
        doc, after = self.doc, last + 1
        dropped = {words[0].i - 1}
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].dep_ == "ROOT":
            dropped.add(after)
        content = [i for i in content if doc[i].i >= sent.start and i < sent.end
                   and not (doc[i].text == "," and i in dropped)]
        if not content:
            return None
        speaker, anonymous = (None, False)
        if pobj is not None:
            speaker, anonymous = self.res.speaker(pobj)
            if speaker is None and not anonymous and pobj.lemma_.lower() not in KIN:   # not Amini for "Amini's father"
                for t in subtree(pobj):
                    e = self.res.entity(t)
                    if e is not None:
                        speaker = e
                        break
        stance = self._stance("say", content, True, cue)
        inside = set(content)
        own = tuple(i for i in range(sent.start, sent.end) if i not in inside)
        said = _Said(sent.start_char, sent.end_char, content, stance, speaker, anonymous,
                     "according to", "", True, False, own)
        return said

    def _spokesperson(self, source: Token | None, subject: Token) -> bool:
        """'The ministry has found no evidence, according to spokesman Ivo Tamm': a person named
        as the source speaks for the body that is the subject (unless that is a person too)."""
        if source is None:
            return False
        person, _ = self.res.speaker(source)
        if person is None or person.label_ != "PERSON":
            return False
        body, anonymous = self.res.speaker(subject)
        return not anonymous and (body is None or body.label_ != "PERSON")

    def _quoted(self, cue: Token, sent: Span, cc: Token | None) -> list[int] | None:
        """Token indices of the quotation(s) next to the attribution, if any."""
        art, doc = self.art, self.doc
        region = _region(art, cue)
        # '"A," Kirby said, but said that "B."': the second verb reports its own quotation
        other = {t.i for c in cue.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and c.lemma_.lower() in art.lex.verbs for t in subtree(c)}
        region = [i for i in region if i not in other]
        if not region:
            return None
        r_start = doc[min(region)].idx
        r_end = doc[max(region)].idx + len(doc[max(region)])
        picked = []
        rest = self.art.text[r_end:sent.end_char]
        # 'said that the United States "shared information …"': a quotation after "that" and the
        # clause's subject ends the clause, which gives it whole
        opened = any(doc[i].dep_ == "mark" and doc[i].lower_ == "that" and i > cue.i
                     and doc[i].head.i > max(region) for i in region[:-1])
        # '"A," she said, adding that "B."': after a quotation of its own, the verb's gerund of
        # saying reports the next one
        adding = [c.idx for c in cue.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > cue.i
                  and c.lemma_.lower() in art.lex.verbs]
        left = bisect.bisect_right(art.quote_ends, r_start) - 1      # the quotations either side
        right = bisect.bisect_left(art.quote_starts, r_end)
        for qi in sorted({k for k in (left, right) if 0 <= k < len(art.quotes)}):
            qs, qe = art.quotes[qi]
            if qe <= r_start and _joins(self.art.text[qe:r_start]) and "\n\n" not in self.art.text[qe:r_start]:
                # `"…," he said.`: the quotation ends in a comma (or ?, !) and the attribution
                # ends the sentence or is followed by the rest of the quotation
                inner = self.art.text[qs:qe].rstrip(_ALL_MARKS + " ")
                ends_open = inner.endswith((",", "?", "!", "\u2014", "-", "\u2026"))
                follows = _only_punct(rest) or any(
                    q2s >= r_end and _joins(self.art.text[r_end:q2s]) for q2s, _ in art.quotes[qi + 1:qi + 2])
                if ends_open and follows:
                    picked.append(qi)
            elif qs >= r_end and _joins(self.art.text[r_end:qs]) and "\n\n" not in self.art.text[r_end:qs] \
                    and not self._in_phrase(qs, qe) and not opened \
                    and not (picked and any(at < qs for at in adding)):
                picked.append(qi)
        picked = [qi for qi in picked if qi not in self.used_quotes]
        if not picked:
            return None
        # a quote after the attribution continues in the following quotations of the paragraph
        last = max(picked)
        para_end = self._para_end(r_end)
        nxt = last + 1
        while nxt < len(art.quotes) and art.quotes[nxt][1] <= para_end:
            gap = self.art.text[art.quotes[nxt - 1][1]:art.quotes[nxt][0]]
            if not _only_punct(gap):
                break
            picked.append(nxt)
            nxt += 1
        if max(picked) == last and last + 1 < len(art.quotes):
            # `"A," he said. "B."`: a quotation opening the next sentence, with no attribution of its own
            qs, qe = art.quotes[last + 1]
            gap = self.art.text[max(r_end, art.quotes[last][1]):qs]
            if qs >= max(r_end, sent.end_char) and qe <= para_end and _only_punct(gap) \
                    and not self._attributed(qs, qe):
                picked.append(last + 1)
        if cc is not None and art.in_quote[cc.i] not in picked:
            return None                        # the quotation next to it is not what the verb reports
        self.used_quotes.update(picked)
        ids = []
        for qi in sorted(set(picked)):
            qs, qe = art.quotes[qi]
            span = doc.char_span(qs, qe, alignment_mode="expand")
            if span is not None:
                ids.extend(t.i for t in span)
        return ids or None

    def _in_phrase(self, qs: int, qe: int) -> bool:
        """Whether the quotation is part of a phrase of the sentence (a preposition's object or a
        noun's modifier: "confirmed the entry of the airship due to “force majeure”"), not what
        is reported; a quoted relative clause ("a meeting that “ended with a threat”") is said."""
        span = self.doc.char_span(qs, qe, alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        root = next((t for t in words if not qs <= t.head.idx < qe), None)
        return root is not None and (root.dep_ == "pobj" or root.head.pos_ in ("NOUN", "PROPN", "ADP")
                                     and root.dep_ not in ("relcl", "acl"))     # "a meeting that “ended …”": said

    def _attributed(self, qs: int, qe: int) -> bool:
        """Whether the text right after a quotation attributes it ("…," she said)."""
        doc, lex = self.doc, self.art.lex
        span = doc.char_span(qe, min(len(self.art.text), qe + 60), alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            if t.text in QUOTE_CHARS or t.text in (".", "!", "?"):
                break
            if t.lemma_.lower() in lex.verbs and t.pos_ == "VERB":
                return True
        return False

    def _para_end(self, char: int) -> int:
        k = self.art.paragraph(char) + 1
        return self.art.para_starts[k] if k < len(self.art.para_starts) else len(self.art.text)

    def _trailing(self, cue: Token, sent: Span) -> list[int] | None:
        """`The dam will hold, he said.`: the sentence before a final ", <subject> said", whatever
        the parser made of the clause (no ccomp, or an advcl of the verb)."""
        doc = self.doc
        subj = _own_subject(cue)
        if subj is None or subj.i > cue.i:
            return None
        start = subj.left_edge.i
        # after the verb only its own modifiers ("on Thursday", "in a statement") and punctuation
        for t in doc[cue.i + 1:sent.end]:
            if not (t.is_punct or t.is_space or any(a.i == cue.i for a in t.ancestors)
                    and not any(a.dep_ in ("advcl", "ccomp", "conj") and a.i != cue.i
                                for a in t.ancestors if a.i > cue.i)):
                return None
        before = start - 1
        while before >= sent.start and doc[before].is_space:
            before -= 1
        if before <= sent.start or doc[before].text not in (",", "\u2014", "-"):
            return None
        return [i for i in range(sent.start, before)] or None

    def _stance(self, cls: str, content: list[int], clause: bool, cue: Token) -> str:
        art = self.art
        if cls in ("denies", "disputes"):
            return cls
        if cls == "hedges" and cue is not None and _negated(cue) and cue.lemma_.lower() in DOUBTING:
            return "disputes"                  # "did not believe the procedure was justified"
        inner = self._inner_class(content) if clause else None
        if inner in _AGAINST:                  # "said the Kremlin rejected …"
            return inner
        main = self._main_clause(content) if clause else content
        if clause and art.has("DENIAL", main):
            return "denies"
        if clause and cue is not None and self._denies_knowing(main, _subject(cue)):
            return "denies"                    # "insisted he did not know that the firm was in trouble"
        if clause and art.has("UNKNOWN", main):
            return "cannot_confirm"            # "we do not know how many": not a denial
        if clause and (self._self_denial(content, _subject(cue) if cue is not None else None)
                       or self._answers_no(content)):
            return "denies"                    # ("opened the accounts but did not know they were for X")
        if clause and cue is not None and _contrasted(self.doc, main):
            return "denies"                    # "the strike was a tragic mistake and not caused by misconduct"
        if clause and cue is not None and self._unknown_after_but(content, main, _subject(cue)):
            return "cannot_confirm"            # "the luggage had been found but [she] had no information"
        if clause and art.has("DISPUTE", main):
            return "disputes"
        if clause and cls != "hedges" and (cue is None or not self._hedged_cue(cue) and _names_a_party(
                _subject(cue) or self._credited(cue))) and self._negated_root(main):
            return "denies"                    # "the Ethiopian government said Eritrean troops were not deployed"
        if clause and self._dismissed(main):
            return "disputes"                  # "the report … is absolutely unacceptable"
        hedged = art.has("HEDGE", content) or (cue is not None and (
            self._hedged_cue(cue) or art.has("HEDGE", self._utterance(cue))))
        if cls == "hedges" or hedged or inner == "hedges":
            return "hedges"
        return "asserts"

    def _negated_root(self, main: list[int]) -> bool:
        """What is said is negated ("Eritrean troops were not deployed", "the Indian side has never
        crossed the line"): the speaker denies it, whoever its subject is. Not an order ("do not
        buy"), a wish, what will, may or must be, what only follows ("it does not mean"), a
        negated subject ("not everyone reported it"), what a claim's noun says ("accusations that
        the firm does not …") nor what is only supposed ("probably did not exist")."""
        doc, ids = self.doc, set(main)
        roots = [doc[i] for i in main if doc[i].head.i not in ids or doc[i].head.i == i]
        roots += [inner for root in roots if (inner := _declared_certain(root)) is not None]
        # and a clause joined to one by "and" with a subject of its own ("… are responding to the
        # war crimes, and they do not take orders from Tehran"): said as much as the first
        roots += [c for root in roots for c in root.children if c.dep_ == "conj" and c.i in ids
                  and c.pos_ in ("VERB", "AUX") and any(x.dep_ in SUBJECTS for x in c.children)
                  and any(x.dep_ == "cc" and x.lower_ == "and" for x in root.children if root.i < x.i < c.i)]
        for root in roots:
            if root.pos_ not in ("VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass", "cop") for c in root.children):
                continue
            if any(c.tag_ == "MD" for c in root.children) or _litotes(root) \
                    or root.lemma_.lower() in _WISHING or root.lemma_.lower() in _FOLLOWING:
                continue
            subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
            if subj is None or root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
                continue                 # an order ("do not buy"), what an accusation says
            if root.pos_ == "AUX" and not any(c.dep_ not in (*SUBJECTS, "neg", "punct", "cc", "conj", "aux")
                                              for c in root.children):
                continue                 # what is left out ("… and Tom said the dam was not")
            if any(c.dep_ == "neg" for c in subj.children) or any(
                    c.dep_ == "advmod" and c.lower_ in _FOCUS or c.dep_ == "cc" and c.lower_ in ("but", "yet")
                    for c in root.children):
                continue                 # "not everyone reported …", "experts don't just appear", "had not
                                         # ended but would resume" (what goes on is said too)
            if _negated(root) and not self._hedged_root([root.i, *(c.i for c in root.children)]):
                return True
        return False

    def _denies_knowing(self, main: list[int], speaker: Token | None) -> bool:
        """The speaker says it did not know a fact ("he did not know that the firm was in trouble"):
        it denies having known, which "we do not know how many died" (a question left open) does not."""
        doc, ids = self.doc, set(main)
        own = self._own_party(speaker)
        for i in main:
            verb = doc[i]
            if verb.lemma_.lower() != "know" or not _negated(verb) or (verb.head.i in ids and verb.head.i != verb.i):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i in ids), None)
            if subj is not None and own(subj) and clause is not None and not any(
                    t.tag_ in ("WDT", "WP", "WRB") or t.dep_ == "mark" and t.lower_ in ("whether", "if")
                    for t in subtree(clause) if t.i < clause.i):
                return True
        return False

    def _gainsays(self, ids: list[int]) -> bool:
        """The clause says no: a negation, a word only a negation allows, or a denial's or a
        dispute's phrase ("was not involved", "had nothing to do with", "were baseless")."""
        art = self.art
        return any(self.doc[i].lower_ in lx.NEGATORS for i in ids) \
            or art.has("DENIAL", ids) or art.has("DISPUTE", ids) or self._dismissed(ids)

    def _dismissed(self, main: list[int]) -> bool:
        """A clause that dismisses a claim it names as its subject: "the report is unacceptable",
        "the allegations were outrageous" (a report, claim or allegation, and a word of `_DISMISSIVE`
        as what it is said to be), "the claims were fabricated" (`_DISCREDITED`)."""
        ids = set(main)
        for i in main:
            tok = self.doc[i]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in self.art.lex.reference \
                    and any(c.dep_ in ("acomp", "attr") and c.i in ids and any(
                        a.lemma_.lower() in _DISMISSIVE for a in (c, *(x for x in c.children if x.dep_ == "conj")))
                            for c in tok.head.children):   # ("… are incomprehensible and meaningless")
                return True
            if tok.dep_ == "nsubjpass" and tok.lemma_.lower() in self.art.lex.reference and tok.head.i in ids \
                    and (tok.head.lemma_.lower() in _DISCREDITED or tok.head.lemma_.lower() == "make" and any(
                        c.dep_ == "prt" and c.lower_ == "up" for c in tok.head.children)) and not _negated(tok.head):
                return True                    # "the claims were fabricated", "… were made up", "… motivated by …"
            if tok.dep_ == "nsubjpass" and tok.lemma_.lower() in self.art.lex.reference and tok.head.i in ids \
                    and not _negated(tok.head) and (
                        tok.head.lemma_.lower() in _PURPOSED and any(
                            c.dep_ == "xcomp" and any(o.dep_ == "dobj" for o in c.children) for c in tok.head.children)
                        or any(c.dep_ == "prep" and c.lower_ == "with" and any(
                            o.dep_ == "pobj" and o.lemma_.lower() in _MOTIVES for o in c.children)
                               for c in tok.head.children)):
                return True                    # "the allegations were meant to justify …", "… made with political goals"
            if tok.dep_ == "nsubjpass" and tok.lemma_.lower() in self.art.lex.reference and tok.head.i in ids \
                    and tok.head.lemma_.lower() in _SUPPORTED and _negated(tok.head):
                return True                    # "the allegations were not backed up by reliable evidence"
        return False

    def _inner_holder(self, content: list[int]) -> Token | None:
        """Who doubts it when a negated verb of belief heads what is said, with a subject of its own
        ("Stancil said that representatives from Oxy Vinyl did not believe the procedure was
        justified": Oxy Vinyl's representatives dispute it, not Stancil). (A verb of denying keeps
        the reporter of the denial, who often speaks for the denier: "Peskov said the Kremlin
        rejected …"; the denier gets a position of its own from that verb.)"""
        ids = set(content)
        head = next((self.doc[i] for i in content if not self.doc[i].is_punct
                     and (self.doc[i].head.i not in ids or self.doc[i].head.i == i)), None)
        if head is None or head.pos_ != "VERB" or head.lemma_.lower() not in DOUBTING or not _negated(head):
            return None
        subj = _own_subject(head)
        return None if subj is None or subj.pos_ == "PRON" else subj

    def _inner_class(self, content: list[int]) -> str | None:
        """The class of the reporting verb heading the content clause, if it heads it."""
        ids = set(content)
        for i in content:
            t = self.doc[i]
            if t.is_punct:
                continue
            if t.head.i not in ids or t.head.i == t.i:
                for c in t.children:               # "said it was unable to verify the video"
                    if c.dep_ == "acomp" and c.lower_ == "unable" and any(
                            x.dep_ == "xcomp" and x.lemma_.lower() in self.art.lex.nonanswer
                            for x in c.children):
                        return "cannot_confirm"
                if t.pos_ == "VERB":
                    if t.lemma_.lower() in self.art.lex.nonanswer and self._nonanswer(t):
                        return "cannot_confirm"    # "said he could not confirm the information"
                    if any(x.dep_ == "xcomp" and x.lemma_.lower() in self.art.lex.nonanswer and self._nonanswer(x)
                           for x in t.children):
                        return "cannot_confirm"    # "I don't want to say until we investigate"
                    if self._not_accepted(t):
                        return "disputes"  # "said Moscow cannot accept the results"
                    if t.tag_ == "VBG" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "prt")
                                                   for c in t.children):
                        return None         # "mitigating it could be challenging": a word of quality
                    cls = self._class(t)
                    if cls == "hedges" and _negated(t) and t.lemma_.lower() in DOUBTING:
                        return "disputes"  # "said they did not believe it was justified"
                    if cls in ("denies", "disputes") and _negated(t):
                        return "hedges"
                    if cls == "hedges" and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON
                                               for c in t.children):
                        return None         # "we believe …" states the speaker's own position
                    return cls
                return None
        return None

    def _unknown_after_but(self, content: list[int], main: list[int], speaker: Token | None) -> bool:
        """A clause joined by "but" that says the speaker does not know ("… had been found but had no
        information on his whereabouts"): its subject is the speaker's, or it has none of its own."""
        doc, kept = self.doc, set(main)
        own = self._own_party(speaker)
        for i in content:
            t = doc[i]
            if i in kept or t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.head.i not in kept:
                continue
            subj = next((c for c in t.children if c.dep_ in SUBJECTS), None)
            if (subj is None or own(subj)) and self.art.has("UNKNOWN", [x.i for x in subtree(t)]):
                return True
        return False

    def _hedged_root(self, content: list[int]) -> bool:
        """The main verb carries a hedging adverb ("the cash probably did not exist"): what would
        deny is only supposed."""
        doc, ids = self.doc, set(content)
        root = next((doc[i] for i in content if not doc[i].is_punct and doc[i].head.i not in ids), None)
        return root is not None and any(c.dep_ == "advmod" and self.art.has("HEDGE", [c.i]) for c in root.children)

    def _main_clause(self, content: list[int]) -> list[int]:
        """The content without clauses coordinated to it by "but" ("claimed the hospital was hit,
        but has provided no evidence": the second clause is not what is claimed), nor another
        party's report in a relative clause ("the threat came from Hamas, which has denied any
        involvement": Hamas's denial, not the speaker's)."""
        doc, ids = self.doc, set(content)
        drop: set[int] = set()
        for i in content:
            t = doc[i]
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i in ids and any(
                    c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in t.head.children if c.i < t.i) \
                    and doc[t.left_edge.i].lower_ != "that":
                drop.update(x.i for x in subtree(t))      # ("said that …, but that …": both are said)
            elif t.dep_ == "relcl" and t.head.i in ids and _verb_key(t, self.art.lex.verbs) in self.art.lex.verbs \
                    and _aside(t):
                drop.update(x.i for x in subtree(t))
        return [i for i in content if i not in drop]

    def _utterance(self, cue: Token) -> list[int]:
        """All the speaker says in the sentence: the verb's subtree without its subject and without
        other reports ("…, because it is possible that the toll could rise")."""
        subj = _subject(cue)
        skip = {t.i for t in subtree(subj)} if subj is not None and subj.head.i == cue.i else set()
        out = []
        for t in subtree(cue):
            if t.i in skip or t.i == cue.i:
                continue
            out.append(t.i)
        return out

    def _hedged_cue(self, cue: Token) -> bool:
        """"reportedly said", "appeared to blame", "may have told": a hedge on the report itself."""
        near = {cue.i} | {a.i for a in cue.ancestors}
        near |= {c.i for c in cue.children if c.dep_ in ("aux", "advmod", "neg")}
        marks = self.art.marks["HEDGE"]
        return any(i in marks for i in near) or any(
            e - 1 in near for i in range(max(0, min(near) - 6), max(near) + 1) for e in marks.get(i, ()))

    def _answers_no(self, content: list[int]) -> bool:
        """What is said opens with the answer "No" ("No, our services work on their own")."""
        first = next((self.doc[i] for i in content if not self.doc[i].is_punct), None)
        return first is not None and first.lower_ == "no" and first.dep_ == "intj"

    def _self_denial(self, content: list[int], speaker: Token | None) -> bool:
        """A negated clause whose subject is the speaker ("we did not order it", "Harlow said it
        had not hidden the defect", "she said she had no heart disease"), or that says what
        something is not ("the missile was not Ukrainian", "this is not their fault"): a party
        says so to rebut the claim that it is; or, said of a thing named, that denies who did it, with
        what or from where ("the pagers were not made in Taiwan")."""
        doc = self.doc
        ids = set(content)
        roots = [doc[i] for i in content if doc[i].head.i not in ids or doc[i].head.i == i]
        roots += [inner for root in roots if (inner := _declared_certain(root)) is not None]
        # "I complied with the rules and my interventions did not lead to …": a clause joined to
        # the root with a subject of its own is said as much as the root
        roots += [c for root in list(roots) for c in root.children if c.dep_ == "conj" and c.i in ids
                  and c.pos_ in ("VERB", "AUX") and any(g.dep_ in SUBJECTS for g in c.children)]
        # "I would like to reiterate that Rwanda does not use …": what the speaker restates
        roots += [c for root in list(roots) for t in subtree(root) if t.i in ids
                  and self.art.lex.verbs.get(t.lemma_.lower()) in ("say", "asserts")
                  for c in t.children if c.dep_ == "ccomp" and c.i in ids]
        # "he opened the accounts but did not know they were for Wirecard": a verb joined to the
        # root shares its subject
        own = self._own_party(speaker)
        for root in list(roots):
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and own(subj):
                if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _negated(c)
                       and not any(g.dep_ in SUBJECTS for g in c.children) for c in root.children):
                    return True
        for root in roots:
            verb = root.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" for c in root.children)  # "did not commingle"
            if not verb or any(c.tag_ == "MD" for c in root.children):                          # tagged ADJ
                continue
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if speaker is not None and root.lemma_ == "be" and any(c.dep_ == "expl" for c in root.children) and any(
                    c.dep_ in ("attr", "nsubj") and c.lemma_.lower() not in _NO_CLAIM
                    and any(d.dep_ in ("det", "nummod") and d.lower_ in ("no", "zero") for d in c.children)
                    for c in root.children):
                return True                      # "there was no pressure to land", "zero possibility", said by a party
            if not _negated(root) and subj is not None and _nobody(subj):
                agent = next((o for c in root.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
                among = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj"), None)      # "none of its fighters"
                if own(subj) or agent is not None and own(agent) or among is not None and own(among):
                    return True                  # "no Russian missile crossed the border", said by Russia;
                if speaker is not None and agent is None and root.lemma_.lower() in _ACTS \
                        and any(c.dep_ == "auxpass" for c in root.children):
                    return True                  # "no attempt was made to tow the boat", "no strike was
                                                 # carried out", said by a party: it denies what is done
                                                 # (not what befell: "no one was killed")
                continue                         # "no strikes were made by Russian weapons"
            if not _negated(root):
                if subj is not None and own(subj) and any(
                        c.dep_ == "dobj" and (c.lower_ == "nothing" or subj.lower_ not in FIRST_PERSON
                                              and self.art.in_quote[subj.i] is None and any(
                            d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                        for c in root.children):
                    return True                  # "he said he had no knowledge of it", "we have nothing in the port"
                                                 # (in the speaker's own words "she" is someone else:
                                                 # “She had no features at all,” Hamad said)
                continue                         # ("we have no reason to believe …" denies nothing)
            if _litotes(root):
                continue                         # "it was not uncommon": says that it is common
            if subj is not None and own(subj) and root.lemma_.lower() not in _WISHING or _corrected(root):
                return True                      # (not "it did not want to inflame tensions")
            if speaker is not None and subj is not None and subj.pos_ in ("NOUN", "PROPN") \
                    and root.lemma_.lower() in _DOING and not self._hedged_root([root.i, *(c.i for c in root.children)]):
                return True                      # "the pagers were not made in Taiwan", "her death was not caused by …"
            if (root.lemma_.lower() in _BEING or root.lemma_ == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "place" for c in root.children)) \
                    and not self._hedged_root([root.i, *(c.i for c in root.children)]):
                return True                      # "the syndrome does not exist", "the meeting never took place"
            if root.lemma_.lower() in INTENDED and subj is not None and subj.dep_ == "nsubjpass" \
                    and not any(c.dep_ == "agent" for c in root.children):
                return True                      # "the collapse wasn't planned": not by the speaker
            if root.lemma_ == "be" and subj is not None and subj.dep_ == "nsubj" \
                    and any(c.dep_ in ("attr", "acomp") for c in root.children):
                return True
        return False

    def _own_party(self, speaker: Token | None):
        """A test of whether a subject is the speaker's own side: the speaker ("we", "he" for a
        person), what the speaker owns ("its technology", "our rocket"), or a country or body named
        in the speaker's title ("Rwandan Minister … Vincent Biruta said Rwanda does not …"). A
        statement or letter speaks for whose it is ("Low's statement said he held no position")."""
        art = self.art
        if speaker is not None and speaker.lemma_.lower() in _ISSUED:
            speaker = next((c for c in speaker.children if c.dep_ == "poss"), None) or next(
                (o for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for o in c.children if o.dep_ == "pobj"), speaker)
        titled: set[str] = set()
        bodies: set[str] = set()              # organisations named in the title ("Veltra chief executive")
        named = mine = None
        if speaker is not None:
            # "the Rwandan minister said Rwanda does not …": the country the speaker is described by
            titled |= {art.actor_at[c.i] for c in speaker.children
                       if c.dep_ in ("amod", "compound") and c.i in art.actor_at and c.ent_type_ in ("NORP", "GPE")}
            named, _ = self.res.speaker(speaker)
            if named is not None:
                mine = art.actor_at.get(named.start)
                # "Russia's defence ministry", one name: the country inside it
                titled |= {c.name for t in named if (c := lx.countries().get(t.text) or lx.demonyms().get(t.text))}
                i = named.start - 1
                while i >= 0 and named.start - i <= 12 and (self.doc[i].is_title or self.doc[i].lower_ in _STOP_WORDS
                                                            or self.doc[i].lower_ in _ROLE_LOWER
                                                            or self.doc[i].text in ("-", "'s", "’s")
                                                            or self.doc[i].lower_ in ("country", "company")
                                                            or self.doc[i].dep_ in ("compound", "amod")  # "press"
                                                            and i < self.doc[i].head.i < named.end):
                    if i in art.actor_at:
                        titled.add(art.actor_at[i])
                    elif self.doc[i].lower_ in ("country", "company") and self.doc[i].dep_ == "poss":
                        # "the country's State National Security Agency": the country meant
                        whose, _ = self.res.speaker(self.doc[i])
                        if whose is not None and whose.start in art.actor_at:
                            titled.add(art.actor_at[whose.start])
                    if art.kind_of.get(art.actor_at.get(i, "")) == "organization":
                        bodies.add(art.actor_at[i])
                    elif i not in art.actor_at and self.doc[i].ent_type_ == "ORG" and self.doc[i].is_alpha:
                        bodies.add(_entity_text(self.doc, i))
                    i -= 1
                i = named.end                  # "Vincent Biruta, the Rwandan foreign minister,"
                if i < len(self.doc) and self.doc[i].text == ",":
                    for t in self.doc[i + 1:min(len(self.doc), i + 10)]:
                        if t.text in (",", ".") or t.is_sent_start:
                            break
                        if t.i in art.actor_at:
                            titled.add(art.actor_at[t.i])

        # a body of a country speaks for it ("Kremlin spokesman Dmitry Peskov": Russia)
        # (and the speaker itself: "the U.S. was not notified, the Pentagon said")
        titled |= {lx.INSTITUTIONS[k][2] for k in titled | {mine} if k in lx.INSTITUTIONS and lx.INSTITUTIONS[k][2]}
        # "Gold Apollo's founder Hsu Ching-kuang said it did not make them": "it" is the one body
        # in a person's title
        speaks_for_body = named is not None and named.label_ == "PERSON" and len(bodies) == 1
        nations = {k for k in titled if (c := lx.countries().get(k)) is not None and c.name == k}

        def own(subj: Token) -> bool:
            if subj.lower_ in FIRST_PERSON or _same_party(subj, speaker):
                return True
            if speaks_for_body and subj.lower_ == "it" and any(c.dep_ == "dobj" for c in subj.head.children):
                return True                      # (doing something: "it did not rain" is no one)
            # "Kelvar said the company does not …": a description that refers back to the speaker
            if mine is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in art.lex.descriptions \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                named, _ = self.res.speaker(subj)
                if named is not None and art.actor_at.get(named.start) == mine:
                    return True
            poss = next((c for c in subj.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.lower_ in FIRST_PERSON or poss.lower_ in _POSSESSIVE_OF
                                     and _same_party(poss, speaker, _POSSESSIVE_OF[poss.lower_])):
                return True
            # the subject, or whose it is: "a missile of the Russian armed forces", "Russian troops"
            owners = [subj, *(c for c in subj.children if c.dep_ in ("amod", "compound", "poss"))]
            for prep in subj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            owners += [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound"))]
            for t in owners:
                country = lx.demonyms().get(t.text) or lx.countries().get(t.text)
                if t.i in art.actor_at and art.actor_at[t.i] in titled or country is not None and country.name in titled:
                    return True
                if t.lower_ == "country" and any(d.lower_ == "the" for d in t.children) and len(nations) == 1:
                    return True                  # "the country's armed forces", said by its air force
            return False
        return own

    def _finish(self, cue: Token, sent: Span, content: list[int], stance: str, answers: str,
                clause: bool, whole: bool, quoted: bool = False, subject: Token | None = None) -> _Said | None:
        para = self.art.paragraph(cue.idx)
        doc = self.doc
        content = [i for i in self._without_charges(content) if not doc[i].is_space
                   and self.art.paragraph(doc[i].idx) == para]
        k = cue.i + 1                          # "said Tuesday the bridge would reopen": the date
        while k < len(doc) and doc[k].ent_type_ in ("DATE", "TIME"):     # belongs to the saying
            k += 1
        run = list(range(cue.i + 1, k))
        if run and content[:len(run)] == run and len(content) > len(run) + 2 \
                and doc[run[-1]].dep_ in ("npadvmod", "compound", "nmod"):
            content = content[len(run):]
        if not content:
            return None
        if not answers and stance != "asserts":   # "'Nonsense,' he said of the claims"
            for child in cue.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "about", "on", "to"):
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.lemma_.lower() in self.art.lex.reference:
                        answers = obj.lemma_.lower()
        if subject is None and cue.lemma_.lower() in ("reach", "contact") and stance == "cannot_confirm" \
                and not any(c.dep_ == "nsubjpass" for c in cue.children):
            # "Reuters could not reach Wu for comment": Wu is the one who gave no answer
            subject = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() not in _MESSAGES), None)
        subj = subject if subject is not None else _subject(cue)
        speaker, anonymous = None, False            # resolved by `sentence`, in reading order
        lemma = _verb_key(cue, self.art.lex.verbs)
        if cue.dep_ == "xcomp" and self.art.lex.verbs.get(cue.head.lemma_.lower()) == "refuses":
            lemma = cue.head.lemma_.lower()
        inside = set(content)
        own = tuple(t.i for t in subtree(cue) if t.i not in inside)
        return _Said(sent.start_char, sent.end_char, sorted(inside), stance, speaker,
                     anonymous, lemma, answers, clause, whole, own, cue.i,
                     subj.i if subj is not None else -1, quoted)


# ------------------------------------------------------------------------------------ statements

def _clean(doc: Doc, ids: list[int], lex: _Lexicon, skip: set[int]) -> list[int]:
    """Drop attribution tokens, leading marks/connectives/hedges and edge punctuation."""
    ids = [i for i in sorted(set(ids)) if i not in skip and not doc[i].is_space]
    changed = True
    while ids and changed:
        changed = False
        first = doc[ids[0]]
        if first.text in QUOTE_CHARS and _quote_count(doc, ids) % 2 == 0 and _closed_inside(doc, ids):
            break                              # a quotation inside the statement: keep its marks
        if first.is_punct and first.text not in ("(", "[") or first.text in QUOTE_CHARS:
            ids.pop(0); changed = True; continue
        if first.dep_ == "mark" and (
                first.head.i not in ids or first.head.head.i not in ids or first.head.head.i == first.head.i):
            ids.pop(0); changed = True; continue   # the complementizer of the clause, not "if confirmed, …"
        if first.pos_ == "ADV" and first.lower_ in lex.hedge_words:
            ids.pop(0); changed = True; continue
        if first.lower_ == "that" and first.tag_ == "IN" and len(ids) > 2 and (
                doc[ids[1]].pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ") or doc[ids[1]].text[:1].isupper()):
            ids.pop(0); changed = True; continue   # the complementizer, whatever the parser called it
                                                   # (or the word after it: "that IS cells" read as "is")
        words = [doc[i].lower_ for i in ids[:3]]
        for conn in lex.connectives:
            if tuple(words[:len(conn)]) == conn and len(ids) > len(conn) + 2:
                nxt = doc[ids[len(conn)]]
                # a connective, not the start of a phrase it heads ("Instead of approving …",
                # "Still water …", "Now the dam …" is fine): followed by a comma, or a conjunction
                # or adverb of the clause, and not by a preposition or "to"
                head = doc[ids[len(conn) - 1]]
                if nxt.text != "," and (doc[ids[0]].dep_ not in ("cc", "advmod", "preconj")
                                        or nxt.pos_ in ("ADP", "PART") or nxt.dep_ == "prep"
                                        or head.head.i == nxt.i or nxt.head.i == head.i) \
                        or nxt.text in ("-", "–") and not nxt.whitespace_ and not head.whitespace_:
                    continue                   # (nor a word's first part: "So-called")
                del ids[:len(conn)]
                changed = True
                break
    while ids:
        last = doc[ids[-1]]
        if last.is_punct and last.text not in (".", "!", "?", ")", "]") and last.text not in QUOTE_CHARS:
            ids.pop(); continue
        if last.dep_ in ("cc", "mark") and len(ids) > 1:
            ids.pop(); continue                # "… were killed and" left by a report cut out
        if last.text in QUOTE_CHARS and len(ids) > 1 and _quote_count(doc, ids) % 2:
            ids.pop(); continue
        if last.pos_ == "ADV" and last.lower_ in lex.hedge_words and len(ids) > 2 and doc[ids[-2]].text == ",":
            ids.pop(); ids.pop(); continue
        break
    return ids


def _quote_count(doc: Doc, ids: list[int]) -> int:
    return sum(1 for i in ids if doc[i].text in QUOTE_CHARS)


def _closed_inside(doc: Doc, ids: list[int]) -> bool:
    """Whether the quotation opening at ids[0] closes before the last word (it quotes a part)."""
    for k, i in enumerate(ids[1:], 1):
        if doc[i].text in QUOTE_CHARS:
            return any(doc[j].is_alpha for j in ids[k + 1:])
    return False


def _complete(doc: Doc, ids: list[int]) -> bool:
    """Whether the tokens hold a finite verb with its subject (a sentence, not a fragment)."""
    s = set(ids)
    for i in ids:
        t = doc[i]
        if t.dep_ in SUBJECTS and t.head.i in s and t.head.pos_ in ("VERB", "AUX"):
            if t.head.pos_ == "AUX" or _finite(t.head):
                return True
        if t.dep_ == "nsubj" and t.head.i in s and t.head.dep_ == "ccomp" and t.head.i > t.i \
                and t.head.tag_ not in ("VBG", "VBN") and any(c.dep_ == "mark" for c in t.head.children):
            return True                        # a that-clause, whatever its verb's tag ("that Biden plan to")
    # a misparsed subject: a noun before a finite verb, neither governed by a preposition
    seen_noun = False
    for i in ids:
        t = doc[i]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and (t.dep_ not in ("pobj", "dobj", "poss", "npadvmod") or (
                # an object the parser took from the clause after it ("deny Eritrea is involved")
                t.dep_ == "dobj" and t.right_edge.i + 1 in s and doc[t.right_edge.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"))):
            seen_noun = True
        elif seen_noun and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _finite(verb: Token) -> bool:
    if "Fin" in verb.morph.get("VerbForm") or verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if any(c.dep_ in ("aux", "auxpass") and ("Fin" in c.morph.get("VerbForm") or c.tag_ == "MD")
           for c in verb.children):
        return True
    # "The port reopened on Monday": a sentence's main verb with a subject and no auxiliary is
    # in the past tense, whatever the tagger made of its "-ed" (regular verbs spell both alike)
    return verb.dep_ == "ROOT" and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


DROPPABLE = ("relcl", "acl", "advcl", "appos", "parataxis", "conj", "prep", "npadvmod")
COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative", "agent"})


def _shorten(doc: Doc, ids: list[int], limit: int = MAX_WORDS, lex: _Lexicon | None = None,
             sent_of: list[int] | None = None, hold: frozenset[str] = frozenset()) -> list[int]:
    """At most about `limit` words, by dropping whole trailing clauses, phrases or appositions;
    never a part holding a verb of denial, which would turn what is left round ("the balloon,
    which Beijing denies was a spy vessel, …"), or a word whose lemma is in `hold`."""
    def keeps(t: Token) -> bool:
        return lex is not None and t.pos_ in ("VERB", "AUX") and lex.verbs.get(t.lemma_.lower()) in (
            "denies", "rejects", "disputes", "refuses") or t.lemma_.lower() in hold

    def words(xs):
        return sum(1 for i in xs if not doc[i].is_punct)

    if words(ids) <= limit:
        return ids
    # several sentences (a long quotation): keep whole sentences while they fit
    by_sent: list[list[int]] = []
    for i in ids:
        if by_sent and (sent_of[i] == sent_of[by_sent[-1][-1]] if sent_of is not None else
                        not any(doc[k].is_sent_start for k in range(by_sent[-1][-1] + 1, i + 1))):
            by_sent[-1].append(i)
        else:
            by_sent.append([i])
    if len(by_sent) > 1:
        kept = by_sent[0]
        for part in by_sent[1:]:
            if words(kept) + words(part) > limit:
                break
            kept = kept + part
        ids = kept
    order = {d: k for k, d in enumerate(DROPPABLE)}
    for _ in range(40):
        if words(ids) <= limit:
            break
        s = set(ids)
        last_word = max(i for i in ids if not doc[i].is_punct)
        best = None
        for i in ids:
            t = doc[i]
            if t.dep_ not in order or t.head.i not in s:
                continue
            if t.dep_ == "conj" and t.pos_ not in ("VERB", "AUX"):
                continue
            if t.head.dep_ == "prep" or t.head.pos_ == "ADP":
                continue                       # inside a prepositional phrase: drop it whole or not at all
            if t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in COMPLEMENTS and c.i in s and c.i != t.i for c in t.head.children):
                continue                       # "resulted from …": the verb's only complement
            sub = [x.i for x in subtree(t) if x.i in s]
            if any(keeps(doc[x]) for x in sub):
                continue
            if t.left_edge.i < min(ids):
                continue
            trailing = max(sub) >= last_word
            middle = t.dep_ in ("appos", "relcl") and not trailing and (
                t.left_edge.i - 1 in s and doc[t.left_edge.i - 1].text == ",")
            # an opening adverbial ("Although mysteries remain, …", "Regarding the fuel, …")
            leading = t.dep_ in ("advcl", "prep", "npadvmod") and t.left_edge.i == min(ids) \
                and t.right_edge.i + 1 in s and doc[t.right_edge.i + 1].text == ","
            if not (trailing or middle or leading):
                continue
            rest = [x for x in ids if x not in set(sub)]
            if not _complete(doc, rest):
                continue
            kept = set(rest)
            if any(doc[x].dep_ == "mark" and (doc[x].head.i not in kept or doc[x].head.pos_ not in ("VERB", "AUX"))
                   for x in rest):
                continue                       # "reveals that Israel's claim the rocket …": a clause left without its verb
            # prefer the removal that leaves the most words within the limit, then clauses over phrases
            left = words(rest)
            key = (left <= limit, left if left <= limit else -left, -order[t.dep_])
            if best is None or key > best[0]:
                best = (key, rest, t)
        if best is None:
            break
        rest, t = best[1], best[2]
        lo, hi = t.left_edge.i, t.right_edge.i
        after = [x for x in rest if x > hi]
        if lo <= min(rest + [lo]) and after and doc[after[0]].text == ",":
            rest.remove(after[0])              # the comma after an opening adverbial
        elif all(doc[x].is_punct for x in after):
            # trailing: drop the comma or conjunction that joined it
            k = lo - 1
            while k in rest and (doc[k].dep_ == "cc" or doc[k].is_punct and doc[k].text not in QUOTE_CHARS):
                rest.remove(k)
                k -= 1
        else:
            # in the middle: drop the commas (dashes, brackets) around it
            if lo - 1 in rest and doc[lo - 1].text in (",", "\u2014", "-", "("):
                rest.remove(lo - 1)
                if after and doc[after[0]].text in (",", "\u2014", "-", ")"):
                    rest.remove(after[0])
        ids = rest
    return ids


_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]])")
_SPACE_AFTER = re.compile(r"([(\[])\s+")


def _text(doc: Doc, ids: list[int], stops: set[int] = frozenset(),
          names: dict[int, str] | None = None) -> str:
    parts = []
    prev = None
    names = names or {}
    for i in ids:
        t = doc[i]
        if prev is not None and i != prev + 1 and parts and not parts[-1].endswith(" "):
            parts.append(" ")
        word = "." if i in stops else names.get(i, t.text)
        if not word and not (parts and parts[-1][-1:].isalnum()):
            prev = i                           # a word left out: keep its space only after a word ("did[n't] try")
            continue
        parts.append(word + t.whitespace_)
        prev = i
    text = "".join(parts).replace("\n", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = re.sub(r"[,;:]+\s*([.!?])", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return text


def _balance(text: str) -> str:
    if text.count('"') % 2:
        k = text.find('"') if text.startswith('"') or text.rfind('"') == text.find('"') else text.rfind('"')
        text = (text[:k] + text[k + 1:]).strip()
    for o, c in (("\u201c", "\u201d"), ("(", ")"), ("[", "]")):
        while text.count(o) > text.count(c):
            k = text.rfind(o)
            text = (text[:k] + text[k + 1:]).replace("  ", " ").strip()
        while text.count(c) > text.count(o):
            k = text.find(c)
            text = (text[:k] + text[k + 1:]).replace("  ", " ").strip()
    return text


def _sentence_form(text: str) -> str:
    text = _balance(text.strip(" ,;:-\u2014\u2013"))
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    if not text:
        return text
    if text[0].islower():
        text = text[0].upper() + text[1:]
    core = text.rstrip('"\u201d\u2019)\' ')
    if not core.endswith((".", "!", "?")):
        closers = text[len(core):].strip()
        core = core.rstrip(",;:- \u2014")
        text = core + "." + closers if closers and closers[0] in QUOTE_CHARS | {"\u2019", "'"} and _quoted_whole(core) else core + closers + "."
    return text


def _quoted_whole(core: str) -> bool:
    return core[:1] in QUOTE_CHARS


def _statement(finder: _Finder, said: _Said) -> tuple[str, str]:
    """The statement of what is said, and the same before a denial turned it round into what is
    denied (the form that tells two readings of one clause apart, see `attributions`)."""
    doc, lex, art = finder.doc, finder.art.lex, finder.art
    sent = doc.char_span(said.sent_start, said.sent_end, alignment_mode="expand")
    quote_marks = {i for i in said.content if doc[i].text in QUOTE_CHARS} if said.quoted else set()
    ids = _clean(doc, said.content, lex, quote_marks | art.dateline)
    # `"The ruling," he said, "is wrong."`: join the parts of a quotation broken by the attribution
    ids, stops = _join_gaps(doc, ids)
    ids = _past_inner_hedge(doc, ids, lex)
    if said.whole and said.verb >= 0:
        clause, subject = _verb_clause(doc, doc[said.verb])
        if not subject and (shared := _shared_subject(doc[said.verb], said.speaker)):
            clause, subject = sorted(set(clause) | shared), True
        clause = finder._without_charges(clause)
        if subject or _complete(doc, clause) and doc[said.verb].dep_ != "acl":   # not "rejecting a report …"
            ids, stops = _clean(doc, clause, lex, art.dateline), set()
        else:
            ids = _complete_from(finder, said, ids, sent)
    elif not ids or not (_complete(doc, ids) or _that_clause(doc, said.content)):
        ids = _complete_from(finder, said, ids, sent)
    if ids and doc[ids[0]].lower_ in ("which", "that", "who", "whom") and doc[ids[0]].tag_ in ("WDT", "WP") \
            and doc[ids[0]].head.dep_ == "relcl" and doc[ids[0]].dep_ not in ("nsubj", "nsubjpass"):
        # "…, which Cuba has denied any knowledge of": no sentence without what "which" stands for
        ids = _clean(doc, [t.i for t in sent if not t.is_space], lex, art.dateline)
    denying = lex.verbs.get(said.cue) in ("denies", "disputes", "rejects")
    # "called the reports … “blatant lies”": what they were called is what is said
    hold = lex.denial_words if said.stance == "denies" and lex.verbs.get(said.cue) == "describes" else frozenset()
    ids = _shorten(doc, ids, lex=lex, sent_of=art.sent_of, hold=hold)
    ids = _whole_words(doc, _clean(doc, ids, lex, set()))
    plain = (ids, _speaker_names(finder, said, ids))                      # before any turning round
    act = _denied_act(doc, doc[said.verb], ids, lex.reference) if denying and said.verb in ids else None
    if act is not None:                         # "Moscow denied sending troops": "Moscow sent troops"
        ids = act[0]
    words = dict(plain[1]) if act is None else _speaker_names(finder, said, ids)
    turned = act is not None
    if act is not None:
        words.update(act[1])
    elif said.stance in ("denies", "disputes") and not denying:
        # a denial in the speaker's own words ("said Russia had nothing to do with it"): the claim
        # is what they deny, as a verb of denying gives it ("denied it was involved")
        ids, affirmed = _affirmed(doc, ids, lex)
        words.update(affirmed)
        turned = bool(affirmed)
    elif lex.verbs.get(said.cue) == "denies" and said.verb not in ids \
            and not any(doc[i].lower_ in lx.NEGATORS for i in ids):
        words.update(_polar(doc, ids, -1, None))      # "denied she suffered any harm": "… some harm"
    if turned and ids and said.speaker is not None and (said.speaker.label_ == "PERSON" or all(
            t.pos_ == "PROPN" or t.text == "-" for t in said.speaker)):     # (a surname the model calls a body: "Bankman-Fried")
        # what a person denies of themselves is said of them by name ("I didn't try to …" ->
        # "Sam Bankman-Fried tried to …"), where the verb's form fits a name ("I was", not "I am")
        first = doc[ids[0]]
        verb = next((t for t in doc[first.i + 1:first.head.i + 1] if t.pos_ in ("AUX", "VERB")), None)
        if first.lower_ == "i" and first.dep_ in ("nsubj", "nsubjpass") and verb is not None \
                and verb.tag_ in ("VBD", "MD") and verb.lower_ != "were":
            words[first.i] = re.sub(r"['’]s$", "", said.speaker.text)
    while ids and (doc[ids[-1]].dep_ == "cc" or doc[ids[-1]].text in (",", ";", ":", "\u2013", "\u2014")):
        ids = ids[:-1]                          # "there had been no attack and [no equipment damaged]": no "and." left
    statement = _stop_as_written(doc, ids, _sentence_form(_text(doc, ids, stops, words)))
    return statement, statement if (ids, words) == plain else _stop_as_written(
        doc, plain[0], _sentence_form(_text(doc, plain[0], stops, plain[1])))


def _whole_words(doc: Doc, ids: list[int]) -> list[int]:
    """`ids` with the rest of any word they cut ("co" of "co-opted", which the parser may split
    into three verbs): a statement never ends or breaks mid-word."""
    s = set(ids)

    def glued(t: Token) -> bool:
        return t.is_alpha or t.text in ("-", "\u2013")
    for i in ids:
        k = i
        while k + 1 < len(doc) and doc[k].whitespace_ == "" and k + 1 not in s and glued(doc[k]) and glued(doc[k + 1]):
            k += 1
            s.add(k)
    return sorted(s)


def _stop_as_written(doc: Doc, ids: list[int], text: str) -> str:
    """The full stop inside the closing quotation mark where the source puts it there
    (‘dismissed the allegations as "pure speculation."’), not after it."""
    if not ids or len(text) < 2 or text[-1] != "." or text[-2] not in QUOTE_CHARS:
        return text
    last = next((i for i in reversed(ids) if doc[i].text not in QUOTE_CHARS), ids[-1])
    if last + 2 < len(doc) and doc[last + 1].text == "." and doc[last + 2].text == text[-2]:
        return text[:-2] + "." + text[-2]
    return text


@lru_cache(maxsize=4096)
def _inflected(lemma: str, tag: str, plural: bool = False) -> str | None:
    """`lemma` in the form `tag` asks for ("mistreat", "VBD" -> "mistreated"), from LemmInflect's
    English tables (imported only when a statement needs it); None if they do not know the word."""
    from lemminflect import getInflection
    forms = getInflection(lemma, tag=tag)
    if not forms:
        return None
    return forms[-1] if plural and len(forms) > 1 else forms[0]     # be: ("was", "were")


def _plural(subject: Token) -> bool:
    return subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "you") \
        or any(c.dep_ == "conj" for c in subject.children)


def _denied_act(doc: Doc, verb: Token, ids: list[int], reference: frozenset[str] = frozenset()
                ) -> tuple[list[int], dict[int, str]] | None:
    """What a denial of a deed says was done: its subject and the deed in the past tense
    ("Moscow has denied sending troops" -> "Moscow sent troops", "the company denied being
    involved" -> "the company was involved", "he denied having any role" -> "he had some role")."""
    s = set(ids)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    noun = _direct_object(verb)
    if noun is not None and noun.lemma_.lower() in reference:   # "denied reports of involvement"
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in DENIED_AS), noun)
    if subject is not None and subject.i in s and act is None and noun is not None and noun.i in s \
            and noun.lemma_.lower() in DENIED_AS and noun.i > verb.i:
        # "Iran denied any involvement in the attack" -> "Iran was involved in the attack"
        if _doer_named(noun) or _doer_named(verb, by=False):
            return None                        # "denied wrongdoing on the part of its reporter": another's
        lemma, rest = DENIED_AS[noun.lemma_.lower()]
        after = [i for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "relcl", "acl")
                 for i in range(c.left_edge.i, c.right_edge.i + 1) if i in s]
        # whose deed: the subject's, or the one it is said to be of ("dismissed allegations of
        # Moscow's involvement" -> "Moscow was involved")
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        # … or of whom ("denied the involvement of Eritrean forces in the conflict")
        of = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
                   for o in c.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")), None)
        if owner is not None and all(i in s for i in range(owner.left_edge.i, owner.i + 1)):
            doer, kept = owner, list(range(owner.left_edge.i, owner.i + 1))
        elif of is not None and all(i in s for i in range(of.left_edge.i, of.right_edge.i + 1)):
            doer, kept = of, list(range(of.left_edge.i, of.right_edge.i + 1))
            after = [i for i in after if i not in kept and i != of.head.i]
        else:
            doer, kept = subject, [i for i in ids if i in _doer(subject)]
        form = _inflected(lemma, "VBD", _plural(doer))
        kept += [noun.i] + after
        kept += [i for i in ids if doc[i].is_punct and i > max(kept) and doc[i].text in ".!?"][:1]
        return (kept, {noun.i: f"{form} {rest}".strip()}) if form else None
    if act is None and noun is not None and noun.pos_ == "PROPN" and subject is not None and subject.i in s:
        # "Iranian police denied mistreating Amini", the deed read as part of the name it is done to
        act = _gerund_in_name(noun, verb)
        if act is not None:
            form = _inflected(_verb_lemma(act.lower_), "VBD")
            kept = [i for i in ids if i in _doer(subject) or act.i <= i <= noun.right_edge.i
                    or doc[i].is_punct and i > noun.right_edge.i]
            return (kept, {act.i: form}) if form else None
    if subject is None or act is None or subject.i not in s or act.i not in s:
        return None
    being = next((c for c in act.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG"), None)
    if being is not None and being.lower_ == "being" and act.tag_ == "VBN":
        words = {being.i: _inflected("be", "VBD", _plural(subject))}     # "being involved"
    elif being is not None and being.lower_ == "having" and act.tag_ in ("VBN", "VBD"):
        words = {being.i: "", act.i: _inflected(act.lemma_.lower(), "VBD")}  # "having sent"
    elif being is None and act.tag_ == "VBG":
        words = {act.i: _inflected(act.lemma_.lower(), "VBD")}          # "sending"
    else:
        return None
    if any(w is None for w in words.values()):
        return None
    words.update((c.i, "") for c in act.children if c.dep_ == "advmod" and c.lower_ == "even")   # "denied even owning"
    end = act.right_edge.i
    while end > act.i and doc[end].dep_ == "cc":
        end -= 1                               # ("… any bomb threat and [European leaders …]")
    # the punctuation that closes the deed: up to the next word not of it
    after = sorted(i for i in ids if i > act.right_edge.i)
    closing = set(after[:next((k for k, i in enumerate(after) if not doc[i].is_punct), len(after))])
    kept = [i for i in ids if i in _doer(subject) or act.left_edge.i <= i <= end or i in closing]
    words.update(_polar(doc, kept, act.left_edge.i - 1, None))
    return kept, words


def _doer(subject: Token) -> set[int]:
    """The words of a denial's subject that name who would have done the deed: the subject's
    phrase without what a relative clause or a participle set off by commas says of them ("an
    exiled cleric whom the president has accused of orchestrating the coup", "Gold Apollo,
    accused of creating the devices," -> "an exiled cleric", "Gold Apollo"); an apposition stays
    ("Tom Hale, the governor's spokesman": whose deed it would be)."""
    doc = subject.doc
    words = set(range(_first_word(subject), subject.right_edge.i + 1))
    for t in [subject, *_conjuncts(subject)]:
        for c in t.children:
            if c.i > t.i and (c.dep_ == "relcl" or c.dep_ == "acl" and doc[c.left_edge.i - 1].text == ","):
                aside = set(range(c.left_edge.i, c.right_edge.i + 1))
                if c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",":
                    aside.add(c.right_edge.i + 1)
                words -= aside | {c.left_edge.i - 1}
    return words


def _first_word(subject: Token) -> int:
    """Where the subject's phrase begins, without a date the parser made part of it ("[On] Monday
    Tom Hale")."""
    i = subject.left_edge.i
    while i < subject.i and subject.doc[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    return i


def _doer_named(noun: Token, by: bool = True) -> bool:
    """The deed's noun (or the verb the parser hangs its phrases on) names who did it: "wrongdoing
    by its reporter", "involvement on the part of the state"."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "by" and (by or any(o.ent_type_ or o.pos_ == "PROPN" or any(c.dep_ == "poss" for c in o.children)
                                              for o in prep.children if o.dep_ == "pobj")):
            return True                        # (on the verb, a doer's name: not "denied it by phone")
        if prep.lower_ == "on" and any(o.lemma_.lower() == "part" and any(q.lower_ == "of" for q in o.children)
                                       for o in prep.children):
            return True
    return False


def _gerund_in_name(noun: Token, verb: Token) -> Token | None:
    """The word in -ing right after `verb` that the tagger took for the first word of the name
    `noun` ("denied mistreating Amini": "mistreating" as a compound of "Amini"), if it is a verb."""
    first = noun.doc[noun.left_edge.i]
    if first.i != verb.i + 1 or first.i == noun.i or not first.is_lower or not first.lower_.endswith("ing"):
        return None
    return first if _verb_lemma(first.lower_) else None


def _verb_lemma(word: str) -> str:
    """The verb `word` is a form of, from LemmInflect's tables; "" if they know no such verb."""
    from lemminflect import getLemma
    return next(iter(getLemma(word, upos="VERB", lemmatize_oov=False)), "")


def _polar(doc: Doc, ids: list[int], after: int, head: Token | None) -> dict[int, str]:
    """Words only a negation allows, for their affirmative ("any harm" -> "some harm", "ever"
    and "at all" go, "yet" becomes "already"), after token `after`; "ever" and "yet" only where
    they modify `head` (with no head, "ever" anywhere and "yet" nowhere)."""
    s, out = set(ids), {}
    for i in ids:
        t = doc[i]
        if i <= after:
            continue
        if t.lower_ in POLARITY and t.lower_.startswith("any"):
            out[i] = POLARITY[t.lower_]
        elif t.lower_ in ("ever", "whatsoever") and (head is None or t.head.i in (head.i, *(c.i for c in head.children))):
            out[i] = ""
        elif t.lower_ == "yet" and head is not None and t.head.i == head.i:
            out[i] = "already"
        elif t.lower_ == "at" and i + 1 in s and doc[i + 1].lower_ == "all" and not (
                i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):   # not "at all times"
            out[i] = out[i + 1] = ""
    return out


POLARITY = {"nothing": "something", "nobody": "somebody", "none": "some", "any": "some",
            "anything": "something", "anyone": "someone", "anybody": "somebody", "anywhere": "somewhere"}
CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}      # "won't", "can't", "shan't"
# "there is no evidence that X": what is denied is X
EVIDENCE = frozenset({"evidence", "indication", "sign", "proof"})
CONCEDING = frozenset({"while", "although", "though", "whilst"})     # marks of a clause of concession
# "I don't know what happened", "I don't want to say": not what is denied, whatever the stance says
UNTURNED = frozenset({"know", "want", "say", "remember", "recall", "comment", "see", "understand"})


def _affirmed(doc: Doc, ids: list[int], lex: _Lexicon) -> tuple[list[int], dict[int, str]]:
    """What a negated statement denies: its main clause without the negation, as new texts for
    some of its tokens ("Russia had nothing to do with the blast" -> "… had something to do …",
    "it did not suffer any harm" -> "it suffered some harm"); "there is no evidence that X", "it is
    not true that X" and "they did not believe X" deny X. Clauses joined to the main one by "and" go, as they are not
    denied. Nothing changes unless the main verb carries exactly one negation, in plain word order
    (not "neither … nor", "not only", "never has he", "nothing more than", "no doubt"), nor when
    what is refused is a claim or findings ("we cannot accept the findings": they are disputed)."""
    s = set(ids)
    root = next((doc[i] for i in ids if not doc[i].is_punct and (doc[i].head.i not in s or doc[i].head.i == i)), None)
    if root is None or _corrected(root) or _litotes(root) or root.lemma_.lower() in UNTURNED \
            or root.lemma_.lower() in ("accept", "recognise", "recognize") \
            and (obj := _direct_object(root)) is not None \
            and obj.lemma_.lower() in lex.reference | FINDINGS \
            or any(doc[i].lower_ == "neither" or doc[i].lower_ == "nor" and not _nor_clause(doc[i], root) for i in ids):
        return ids, {}                         # ("did not A, nor did it B": A is denied, B goes as joined clauses do)

    def inner(clause: Token | None) -> tuple[list[int], dict[int, str]]:
        if clause is None:
            return ids, {}
        kept = _clean(doc, [i for i in ids if clause.left_edge.i <= i <= clause.right_edge.i], lex, set())
        return (kept, {}) if sum(doc[i].is_alpha for i in kept) >= 4 and _complete(doc, kept) else (ids, {})

    if _negated(root) and (root.lemma_.lower() in DOUBTING or root.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in ("true", "correct", "accurate") for c in root.children)):
        return inner(_ccomp(root))              # "they did not believe X", "it is not true that X"
    found: list[tuple[Token, str]] = []
    also: dict[int, str] = {}
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    for c in root.children:
        if c.i not in s:
            continue
        if c.dep_ == "neg":
            if c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "only" or subject is not None and c.i < subject.i:
                return ids, {}
            found.append((c, ""))
        elif c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            if c.lower_ in ("nothing", "nobody", "none"):
                if c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("more", "less", "but", "short", "else") or any(
                        x.dep_ in ("relcl", "acl") and x.lemma_.lower() in ("say", "add", "comment") for x in c.children):
                    return ids, {}                 # "nothing more than", "nothing to say"
                found.append((c, POLARITY[c.lower_]))
            for d in c.children:
                if d.dep_ == "det" and d.lower_ == "no":
                    if c.lemma_.lower() == "doubt":
                        return ids, {}
                    # "no evidence that X", "no evidence X happened" (which the parser may read as a
                    # relative clause: one with a subject of its own and no object gap)
                    clause = next((x for x in c.children if x.i > c.i and (x.dep_ in ("acl", "ccomp") or x.dep_ == "relcl"
                                   and not any(y.dep_ == "dobj" or y.tag_ in ("WDT", "WP") for y in x.children))
                                   and any(y.dep_ in SUBJECTS and y.tag_ not in ("WDT", "WP") for y in x.children)), None)
                    if c.lemma_.lower() in EVIDENCE:        # "no evidence of a leak": left as worded
                        return inner(clause)
                    found.append((d, "" if c.tag_ in ("NNS", "NNPS") else "some"))   # "no strikes": "strikes"
                    # "no codes of conduct and no government rules": the joined noun's "no" goes too
                    also.update((x.i, "" if n.tag_ in ("NNS", "NNPS") else "some") for n in c.conjuncts
                                if n.i in s for x in n.children if x.dep_ == "det" and x.lower_ == "no")
    if len(found) != 1:
        return ids, {}
    neg, word = found[0]
    out = {neg.i: word, **also}
    out.update((c.i, "") for c in neg.children if c.dep_ == "advmod")     # "absolutely nothing"
    if neg.lower_ in ("n't", "nt") and neg.i - 1 in s and doc[neg.i - 1].lower_ in CONTRACTED:
        out[neg.i - 1] = CONTRACTED[doc[neg.i - 1].lower_]
    if word == "some" and neg.head.lower_ == "one" and neg.head.i == neg.i + 1:
        out[neg.i], out[neg.head.i] = "", "someone"                 # "no one"
    if word == "some" and neg.i + 1 in s and doc[neg.i + 1].lower_ == "such":
        out[neg.i], out[neg.i + 1] = "", "such a" if neg.head.tag_ == "NN" else "such"   # "no such meeting"
    joined = {t.i for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > neg.i
              for t in subtree(c)}
    joined |= {c.i for c in root.children if c.dep_ == "cc" and joined and c.i > neg.i}
    out.update(_polar(doc, sorted(t.i for t in subtree(root) if t.i in s and t.i not in joined), neg.i, root))
    aux = doc[neg.i - 1] if neg.i > 0 else None
    if word == "" and aux is not None and aux.lemma_ == "do" and aux.dep_ == "aux" and aux.head.i == root.i \
            and root.tag_ == "VB":              # "it did not have" -> "it had", "I don't live" -> "I live"
        form = root.text if aux.tag_ == "VBP" else _inflected(root.lemma_.lower(), aux.tag_)
        if form:
            out[aux.i], out[root.i] = "", form
    if joined:
        ids = [i for i in ids if i < min(joined)]
        while ids and doc[ids[-1]].is_punct and doc[ids[-1]].text not in {".", "!", "?", *QUOTE_CHARS}:
            ids.pop()
    contrary = {t.i for c in root.children if c.i < root.i and doc[c.left_edge.i].lower_ == "contrary"
                for t in subtree(c)}              # "Contrary to the lies, it did not happen": not what is denied
    if contrary:
        after = max(contrary) + 1
        contrary |= {after} if after < len(doc) and doc[after].text == "," else set()
        ids = [i for i in ids if i not in contrary]
    return ids, {i: w[:1].upper() + w[1:] if doc[i].text[:1].isupper() else w for i, w in out.items()}


def _nor_clause(nor: Token, root: Token) -> bool:
    """ "nor" joining a clause of its own to the negated main verb ("did not supply them, nor did
    it act as an intermediary"), not "neither … nor" between words."""
    return nor.dep_ == "cc" and nor.head.i == root.i and any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > nor.i for c in root.children)


SUBJECT_PRONOUNS = {"he": "PERSON", "she": "PERSON", "it": "ORG GPE"}   # not "they": often the thing
# Adjectives whose subject "it" stands for the infinitive after them ("it was premature to draw
# conclusions", "it is impossible to say"), not for a party (unlike "it was unable to confirm").
_EXTRAPOSING = frozenset({"early", "premature", "difficult", "hard", "easy", "impossible", "possible", "important",
                          "necessary", "unnecessary", "soon", "late", "wrong", "right", "fair", "unfair"})
POSSESSIVES = {"his": "PERSON", "her": "PERSON", "its": "ORG GPE"}


def _speaker_names(finder: _Finder, said: _Said, ids: list[int]) -> dict[int, str]:
    """In reported speech (not a quotation), a statement opening with a pronoun for the speaker
    names the speaker instead: "Veltra said it was not involved" -> "Veltra was not involved."."""
    doc, art = finder.doc, finder.art
    if said.speaker is None or not ids or art.in_quote[ids[0]] is not None:
        return {}
    first = doc[ids[0]]
    word = first.lower_
    name = re.sub(r"['\u2019]s$", "", said.speaker.text)     # "the Authority's attorney general": the Authority
    subj = doc[said.subject] if said.subject >= 0 else None
    short = subj is not None and (subj.i in art.ent_of and art.ent_of[subj.i].text in name
                                  or subj.pos_ == "PROPN" and subj.text in name.split())   # "Tolentino"
    if subj is None or not (said.speaker.start <= subj.i < said.speaker.end or subj.pos_ == "PRON" or short
                            or (subj.lemma_.lower() in art.lex.descriptions
                                and subj.lemma_.lower() not in art.lex.spokes)):
        return {}                              # "a lawyer for X said his client …": "his" is the lawyer
    sent = art.sents[art.sent_of[first.i]]
    if word in ("he", "she", "his", "her") and (any(
            e.label_ == "PERSON" and e.start < first.i and not said.speaker.start <= e.start < said.speaker.end
            and e.text not in said.speaker.text for e in art.ents_in[art.sent_of[first.i]]) or any(
            t.pos_ == "PROPN" and t.i < first.i and any(c.tag_ == "POS" for c in t.children)
            and t.text not in name.split() for t in sent)):
        return {}                              # "Amjad Amini, Mahsa's father, said she …": whose "she"?
    if first.dep_ in ("nsubj", "nsubjpass") and said.speaker.label_ in SUBJECT_PRONOUNS.get(word, ""):
        if word == "it":
            # "it" names the speaker only right after the speaker's own name ("Veltra said it …"),
            # and not as the thing judged ("said it was false"; but "said it was unable to …")
            subj = doc[said.subject] if said.subject >= 0 else None
            if subj is None or subj.pos_ == "PRON" or not (
                    said.speaker.start <= subj.i < said.speaker.end or subj.lemma_.lower() in art.lex.descriptions):
                return {}
            head = first.head
            if head.lemma_ == "be" and any(c.dep_ == "acomp" and (c.lemma_.lower() in _EXTRAPOSING or any(
                    x.lower_ == "too" for x in c.children)) for c in head.children):
                return {}                      # "said it was too early to speculate": "it" is the infinitive's
            if head.lemma_ == "be" and not any(c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children)
                                               for c in head.children) \
                    and not (head.dep_ in ("acl", "relcl", "ccomp") and head.head.lemma_.lower() in art.lex.reference
                             and any(c.dep_ == "prep" for c in head.children)):
                return {}                      # (but "denied accusations it was behind the attacks")
        spoken = name
    elif first.dep_ == "poss" and said.speaker.label_ in POSSESSIVES.get(word, ""):
        spoken = name + ("'" if name.endswith("s") else "'s")
    else:
        return {}
    if finder.res.refer(first)[0] != said.speaker:
        return {}
    if first.i + 1 < len(doc) and doc[first.i + 1].text[:1] in "'\u2019" and first.whitespace_ == "":
        return {}                              # "he'd said": no "Damian Williams'd said"
    return {first.i: spoken}


def _past_inner_hedge(doc: Doc, ids: list[int], lex: _Lexicon) -> list[int]:
    """"said they believe 200 people died" -> "200 people died" (the stance keeps the hedge);
    not "we believe …", the speaker's own position in their own words."""
    s = set(ids)
    root = next((doc[i] for i in ids if not doc[i].is_punct and doc[i].head.i not in s), None)
    if root is None or lex.verbs.get(root.lemma_.lower()) != "hedges":
        return ids
    subj = _own_subject(root)
    cc = _ccomp(root)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ in FIRST_PERSON or cc is None:
        return ids
    inner = {t.i for t in subtree(cc)}
    return [i for i in ids if i in inner]


def _shared_subject(verb: Token, speaker: Span | None) -> set[int]:
    """"Tom Hale arrived on Monday and denied the reports": the subject a verb joined to the one
    before it shares with it (its tokens, and those of the auxiliaries they share: "has been
    arrested and accused"), when that subject names the speaker; else none. (The parser may join
    the verb to a verb inside what was said before, whose subject is another's.)"""
    if verb.dep_ != "conj" or speaker is None:
        return set()
    shared = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    ids = {t.i for t in subtree(shared)} if shared is not None else set()
    if not set(range(speaker.start, speaker.end)) <= ids:
        return set()
    if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):     # "has been arrested and accused"
        ids |= {c.i for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i}
    return ids


def _verb_clause(doc: Doc, verb: Token) -> tuple[list[int], bool]:
    """The clause of a verb reporting a noun phrase ("Veltra denied the reports"), without the
    clauses that hang from it ("…, saying …") and, for a relative clause ("the group, which
    denied blame"), with its antecedent instead of the relative pronoun."""
    while verb.dep_ == "xcomp" and (verb.head.pos_ in ("ADJ", "AUX") or verb.head.dep_ == "acomp"):
        verb = verb.head                       # "was unable to verify" -> "was"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head                       # "declined to confirm"
    if verb.dep_ == "acomp":
        verb = verb.head
    ids = {verb.i}
    subject = False
    paired = any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)  # "neither … nor deny"
    for child in verb.children:
        if child.dep_ in ("advcl", "parataxis") or child.dep_ == "cc" and not paired or (
                child.dep_ == "punct" and child.text not in QUOTE_CHARS) or (
                child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and not paired):
            continue
        if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            head = _antecedent(verb, child)
            if head.i == verb.head.i:
                ids.update(t.i for t in subtree(head) if head.left_edge.i <= t.i < verb.left_edge.i
                           and not (t.is_punct and t.i == verb.left_edge.i - 1))
            else:                              # the person's name alone
                ids.update(t.i for t in subtree(head) if t.ent_type_ == "PERSON" and t.i <= head.i)
            subject = True
            continue
        subject = subject or child.dep_ in ("nsubj", "nsubjpass")
        ids.update(t.i for t in subtree(child))
    return sorted(ids), subject


def _join_gaps(doc: Doc, ids: list[int]) -> tuple[list[int], set[int]]:
    """Mend the gap a removed attribution leaves in a quotation: the comma before it goes if the
    text goes on in lower case, and becomes a full stop if a new sentence starts."""
    out, stops = list(ids), set()
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if b != a + 1 and doc[a].text == ",":
            if doc[b].is_lower or doc[b].is_punct:
                del out[k - 1]
            else:
                stops.add(a)
    return out, stops


def _that_clause(doc: Doc, content: list[int]) -> bool:
    """Whether the content is a that-clause headed by a finite verb: a clause by its grammar, even
    where the parser lost its subject ("said that in total 14 settlements could be flooded")."""
    s = set(content)
    return any(doc[i].dep_ == "mark" and doc[i].lower_ == "that" and doc[i].head.i in s
               and doc[i].head.pos_ in ("VERB", "AUX") and _finite(doc[i].head) for i in content)


def _one_block(doc: Doc, sent: Span, own: Iterable[int]) -> bool:
    """Whether the attribution's words are one stretch at the start or end of the sentence, or set
    off by commas: taking them out leaves a sentence, not a clause with a hole in it."""
    words = sorted(i for i in own if not doc[i].is_punct and not doc[i].is_space)
    if not words or words[-1] - words[0] + 1 != len(words):
        return False
    before = [t for t in doc[sent.start:words[0]] if not t.is_space]
    after = [t for t in doc[words[-1] + 1:sent.end] if not t.is_space]
    if not before or all(t.is_punct for t in before) or not after or all(t.is_punct for t in after):
        return True
    return before[-1].text in (",", "\u2014") and after[0].text in (",", "\u2014")


def _complete_from(finder: _Finder, said: _Said, ids: list[int], sent: Span) -> list[int]:
    """A complete sentence for a clause without a subject: the subject of the clause above it
    (for a finite verb phrase outside quotation marks), else the sentence without the
    attribution, else the whole sentence."""
    doc, art = finder.doc, finder.art
    s = set(ids)
    if ids and not said.whole:
        root = next((doc[i] for i in ids if doc[i].head.i not in s or doc[i].head.i == i), None)
        if root is not None and root.pos_ in ("VERB", "AUX") and _finite(root) \
                and art.in_quote[root.i] is None:
            tok = root
            for _ in range(3):
                if tok.head.i == tok.i:
                    break
                tok = tok.head
                if any(c.tag_ in ("WP", "WDT") and c.i < tok.i for c in tok.children):
                    break                      # "in what Ukraine said was the heaviest wave": not Ukraine
                if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
                    # "the men it said were responsible": the men were
                    noun = tok.head
                    head = [i for i in range(noun.left_edge.i, noun.i + 1) if not doc[i].is_punct]
                    if head:
                        return head + ids      # (the noun is the object of another word: no _complete)
                    break
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i
                            and c.right_edge.i == ids[0] - 1), None)
                if obj is not None and subj is not None and tok.i == root.head.i:
                    # "warned Russian soldiers who attack the plant will become a target": the
                    # parser took the clause's subject for the verb's object; it is not the speaker
                    subj = obj
                if subj is not None and subj.right_edge.i < ids[0]:
                    head = list(range(subj.left_edge.i, subj.right_edge.i + 1))
                    cand = head + ids
                    if _complete(doc, cand):
                        return cand
                    break
    own = set(said.own) | art.dateline
    rest = [t.i for t in sent if not t.is_space and t.i not in own]
    rest = _clean(doc, rest, art.lex, set())
    if rest and _complete(doc, rest) and not said.whole and _one_block(doc, sent, said.own):
        return rest
    whole = [t.i for t in sent if not t.is_space]
    return _clean(doc, whole, art.lex, art.dateline)


# ----------------------------------------------------------------------------- reporter's voice

def _reporter(finder: _Finder, sent: Span) -> list[Attribution]:
    """A factual sentence in the reporter's own voice: finite main verb, not a question or
    heading; one record for each party it names as not answering ("Binance and FTX did not
    respond")."""
    doc, art = finder.doc, finder.art
    toks = [t for t in sent if not t.is_space and t.i not in art.dateline]
    if not toks:
        return []
    text = sent.text.strip()
    if text[:1] in QUOTE_CHARS or art.in_quote[toks[0].i] is not None:
        return []
    end = text.rstrip('"\u201d\u2019)\' ')
    if not end.endswith((".", "!")):
        return []                                    # a question, a heading, a caption
    roots = [t for t in sent if t.head.i == t.i or not (sent.start <= t.head.i < sent.end)]
    root = next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0] if roots else sent.root)
    if root.pos_ not in ("VERB", "AUX") or not (_finite(root) or root.pos_ == "AUX"):
        return []
    if not any(c.dep_ in SUBJECTS for c in root.children) and toks[0].lower_ not in ("how", "when", "why", "whether"):
        return []                                    # (a question as subject: "How they did it remains unclear")
    if art.lex.verbs.get(_verb_key(root, art.lex.verbs)) in ("say", "asserts", "denies", "disputes", "hedges") \
            and _own_subject(root) is not None and not _claims_an_act(root) and not finder._going_on(root, sent) \
            and not _undertakes(root) and (any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != root.i for t in toks)
                                           or not any(c.dep_ in COMPLEMENTS or c.dep_ == "prep" for c in root.children)):
        return []                                    # somebody says something the parse hides
    ids = _clean(doc, [t.i for t in toks], art.lex, set())
    parties: list[tuple[Span | None, bool]] = [(None, False)]
    party = None
    if art.has("UNKNOWN", ids):
        # "The county did not have any further comment", "There was no comment from the ministry":
        # the party named is the one that gave no answer
        stance = "cannot_confirm"
        # (the main verb and its words, and those of a verb joined to it with no subject of its own:
        # "the committee focused on maintenance but did not give a cause")
        shared = [c for c in root.children
                  if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _own_subject(c) is None]
        near = {root.i} | {c.i for c in root.children} | {g.i for c in shared for g in (c, *c.children)}
        anchored = any(i in near and any(e - 1 in ids for e in ends)
                       for i, ends in art.marks["UNKNOWN"].items() if i in near) or any(
            e - 1 in near for i, ends in art.marks["UNKNOWN"].items() if i in set(ids) for e in ends)
        # ("it" only as the subject of a deed: "It has not assigned blame", not "it remains unclear")
        deed = root.pos_ == "VERB" and root.lemma_.lower() not in ("remain", "seem", "appear") \
            and not any(c.dep_ in ("acomp", "ccomp", "xcomp", "attr", "oprd") for c in root.children)
        party = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                      and (c.pos_ != "PRON" or c.lower_ in ("he", "she", "they") or c.lower_ == "it" and deed)),
                     None) if anchored else None
        if party is not None and party.pos_ == "NOUN" and finder.res.entity(party) is None \
                and party.i not in art.group_of and party.lemma_.lower() not in art.lex.descriptions \
                and party.lemma_.lower() not in art.lex.anonymous_nouns and party.lemma_.lower() not in art.lex.spokes:
            party = None                       # "his whereabouts remained unknown": a thing, no party, is unknown
        if party is None:
            party = next((t for t in sent if t.dep_ == "pobj" and t.head.lower_ == "from"
                          and any(a.lemma_.lower() in _NO_ANSWER_NOUNS and a.i < t.i for a in t.head.ancestors)), None)
                                           # ("no official word on the death count from the Chinese side")
        if party is not None:
            parties = _distinct([finder.res.speaker(p) for p in [party, *_conjuncts(party)]])
    elif art.has("DISPUTE", ids):
        stance = "disputes"                # "X offered no evidence", "the authorities undercounted the dead"
    elif art.has("HEDGE", ids):
        stance = "hedges"
    else:
        stance = "asserts"
    statement = _sentence_form(_text(doc, _clean(doc, _shorten(doc, ids, lex=art.lex, sent_of=art.sent_of), art.lex, set())))
    who = parties[0][0]
    if party is not None and party.pos_ == "PRON" and who is not None and len(parties) == 1 \
            and statement.lower().startswith(party.lower_ + " "):
        statement = who.text + statement[len(party.text):]      # "He declined further comment": who did
    span = (doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])) if ids else (sent.start_char, sent.end_char)
    return [Attribution((sent.start_char, sent.end_char), span, statement, stance,
                        (who.start_char, who.end_char) if who is not None else None, anon, "")
            for who, anon in parties]


def _undertakes(verb: Token) -> bool:
    """"vowed to respond", "promised to retaliate": a verb of saying that reports no proposition,
    only what the subject undertakes to do; the sentence is the reporter's account of it."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children) and _ccomp(verb) is None


def _claims_an_act(verb: Token) -> bool:
    """"claimed responsibility", "claimed credit": an act, not a report of something said."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in verb.children)


def _refusals(finder: _Finder, said: list[_Said], found: list[Attribution]) -> list[Attribution]:
    """A party's refusal to do what it was asked, wherever the article reports it ("the head of
    the Palestinian Authority … rejected Israeli calls for a joint investigation", "the four
    declined to appear", a quotation's "we refused that"): the party cannot confirm what the step
    it refused would have shown. Not a refusal to speak ("declined to comment" is the
    attribution's own) nor of a claim ("rejected the reports" denies it)."""
    doc, art = finder.doc, finder.art
    cues = {x.verb for x in said}
    against = {(a.sentence, a.speaker) for a in found if a.stance in ("denies", "cannot_confirm")}
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REFUSING or tok.i in cues or _negated(tok):
            continue
        action = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        sent = art.sents[art.sent_of[tok.i]]
        # "Israel requested a joint investigation, we refused that": what was asked, said before
        asked = next((t for t in reversed(sent[:tok.i - sent.start]) if t.pos_ == "VERB"
                      and t.lemma_.lower() in ASKING), None)
        if action is not None:
            word = " ".join([action.lemma_.lower(), *(c.lower_ for c in action.children if c.dep_ == "prt")])
            speech = art.lex.verbs.get(word) == "say" and not any(c.dep_ == "dobj" and c.pos_ == "NOUN"
                                                                   for c in action.children)
            if tok.lemma_.lower() == "reject" and action.tag_ != "VBG" or speech or word in art.lex.nonanswer:
                continue                       # "refused to say", "declined to comment"
        elif obj is None or not (obj.lemma_.lower() in REQUESTS or obj.pos_ == "VERB" and obj.tag_ == "VBG" or (
                obj.lower_ in ("that", "this", "it") and asked is not None)):
            continue
        subj = _subject(tok)
        if subj is None:
            continue
        if subj.lower_ in FIRST_PERSON and art.in_quote[subj.i] is not None:
            speaker, anonymous = next(((x.speaker, x.anonymous) for x in said if tok.i in x.content), (None, False))
        elif subj.pos_ == "NOUN" and subj.i not in art.group_of and finder.res.entity(subj) is None \
                and finder.res.owner(subj) is None:
            continue                           # "500 people refused to leave", "the army declined": nobody named
        else:
            speaker, anonymous = finder.res.speaker(subj)
        if speaker is None:
            continue
        ids, _ = _verb_clause(doc, tok)
        if subj.i < tok.i and subj.i not in ids:
            ids = sorted(set(ids) | {t.i for t in subtree(subj)})
        if obj is not None and obj.lower_ in ("that", "this", "it") and action is None:
            ids = [i for i in range(asked.left_edge.i, max(ids) + 1) if art.in_quote[i] == art.in_quote[tok.i]]
        ids = _clean(doc, ids, art.lex, art.dateline)
        where = (speaker.start_char, speaker.end_char)
        span = (sent.start_char, sent.end_char)
        if not ids or (span, where) in against:
            continue
        out.append(Attribution(span, (doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])),
                               _sentence_form(_text(doc, ids)), "cannot_confirm", where, anonymous,
                               tok.lemma_.lower()))
    return out


def _reporter_aside(finder: _Finder, sent: Span, said: list[_Said]) -> list[Attribution]:
    """A clause of the reporter's own, beside what someone is reported to say, that contests it
    ("Norvia said Kelvar carried out the attack, but provided no evidence", "…, but no country has
    offered evidence to support the claim"): the reporter disputes it. A clause without its own
    subject is about the subject of the verb it is joined to."""
    doc, art = finder.doc, finder.art
    used = {i for x in said for i in x.content}
    out = []
    for tok in sent:
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.i in used \
                or not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < tok.i
                           for c in (*tok.children, *tok.head.children)):
            continue
        clause = [t.i for t in subtree(tok) if not (t.dep_ == "cc" and t.head.i == tok.i)]
        if used & set(clause) or not art.has("DISPUTE", clause) or any(art.in_quote[i] is not None for i in clause):
            continue
        if not any(c.dep_ in SUBJECTS for c in tok.children):
            subject = _own_subject(tok.head)
            if subject is None or subject.i in used:
                continue
            clause = list(range(subject.left_edge.i, subject.right_edge.i + 1)) + clause
        ids = _clean(doc, clause, art.lex, set())
        if not ids or not _complete(doc, ids):
            continue
        out.append(Attribution((sent.start_char, sent.end_char), (doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])),
                               _sentence_form(_text(doc, ids)), "disputes", None, False, ""))
    return out


def _no_answer_beside(finder: _Finder, sent: Span, said: list[_Said]) -> list[Attribution]:
    """The reporter's main clause saying a party gave no answer, when a clause inside it reports
    what someone says ("There was no immediate comment from the U.N., which has said it stands
    ready to send experts"): that party cannot confirm, as in a sentence of its own."""
    used = {i for x in said for i in x.content}
    root = sent.root
    if root.i in used or not said or not any(c.dep_ in ("nsubj", "nsubjpass", "attr") and c.lemma_.lower() in _NO_ANSWER_NOUNS
                                             for c in root.children):
        return []
    return [a for a in _reporter(finder, sent) if a.stance == "cannot_confirm" and a.speaker is not None]


# ---------------------------------------------------------------------------------------- API

def attribute(doc: Doc) -> list[Attribution]:
    """Every attributed statement of the article, and every factual sentence of the reporter."""
    finder = _Finder(doc)
    art = finder.art
    found: list[tuple[_Said, int]] = []
    covered: set[int] = set()                       # sentences that belong to an attribution
    last_said: _Said | None = None                 # the statement a quotation with no attribution goes on
    for si in range(len(art.sents)):
        said_here = finder.sentence(si)
        if said_here:
            quoted = [x for x in said_here if x.content and art.in_quote[x.content[0]] is not None]
            # (a named speaker's indirect speech goes on, too, in a quotation opening the next
            # paragraph: "He said Pakistan has always condemned violence. / “We strongly reject …”")
            spoken = [x for x in said_here if x.content and x.speaker is not None and x.stance == "asserts"]
            last_said = quoted[-1] if quoted else spoken[-1] if spoken else None
        elif si not in covered and (bare := finder.bare_attribution(si)) is not None:
            last_said = bare                         # "Dmitry Peskov told reporters on Monday." / “…”
            covered.add(si)                          # (who speaks, which claims nothing itself)
        elif si not in covered and last_said is not None:
            more = finder.continued(si, last_said)
            if more is not None:
                said_here = [more]
                last_said = more
                art.speakers[si] = [(more.speaker, more.anonymous)]
        speakers = []
        for said in said_here:
            speakers.append((said.speaker, said.anonymous))
            found.append((said, si))
            covered.add(si)
            for i in said.content:
                covered.add(art.sent_of[i])
    # a paragraph of quotation left open (news style) is said by whoever the next paragraph's
    # quotation is attributed to
    first_quoted: dict[int, _Said] = {}           # paragraph -> its first quoted statement
    for x, _ in found:
        if x.quoted:
            first_quoted.setdefault(art.paragraph(x.sent_start), x)
    for si, sent in enumerate(art.sents):
        q = art.in_quote[sent.start]
        if si in covered or q is None or art.text[art.quotes[q][1] - 1] in _ALL_MARKS:
            continue
        nxt = first_quoted.get(art.paragraph(sent.start_char) + 1)
        if nxt is None:
            continue
        content = [t.i for t in sent if art.in_quote[t.i] is not None]
        found.append((_Said(sent.start_char, sent.end_char, content,
                            finder._stance("say", content, True, None), nxt.speaker, nxt.anonymous,
                            nxt.cue, "", True, False, (), -1, -1, True), si))
        covered.add(si)
    found = [(part, si) for said, si in found for whole in finder.by_sentence(said) for part in finder.conceded(whole)]
    out = []
    plain_of: dict[int, str] = {}               # a statement before a denial turned it round
    for said, si in found:
        if not said.content:
            continue                           # all of it was cut out into another statement
        start = min(said.sent_start, doc[said.content[0]].idx)
        end = max(said.sent_end, doc[said.content[-1]].idx + len(doc[said.content[-1]]))
        words = [i for i in said.content if not doc[i].is_punct] or said.content
        first, last = doc[words[0]], doc[words[-1]]
        content = (first.idx, last.idx + len(last))     # without the quotation marks around it
        speaker = (said.speaker.start_char, said.speaker.end_char) if said.speaker is not None else None
        statement, plain = _statement(finder, said)
        out.append(Attribution((start, end), content, statement, said.stance,
                               speaker, said.anonymous, said.cue, said.answers))
        plain_of[id(out[-1])] = plain
    by_sent: dict[int, list[_Said]] = {}
    for said, si in found:
        by_sent.setdefault(si, []).append(said)
    for si, sent in enumerate(art.sents):
        if si in covered:
            out += _reporter_aside(finder, sent, by_sent.get(si, []))
            out += _no_answer_beside(finder, sent, by_sent.get(si, []))
            continue
        out += _reporter(finder, sent)
    out += _refusals(finder, [said for said, _ in found], out)
    # one record per statement and speaker in a sentence ("denied responsibility, … accusing it of
    # …" gives the same sentence twice): the one that takes a position
    rank = {"denies": 0, "disputes": 1, "cannot_confirm": 2, "hedges": 3, "asserts": 4}
    best: dict[tuple, Attribution] = {}
    for a in out:
        key = (a.sentence, plain_of.get(id(a), a.statement), a.speaker, a.anonymous)
        if a.statement and (key not in best or rank[a.stance] < rank[best[key].stance]):
            best[key] = a
    kept = _unrelayed(doc, list(best.values()), art.outlets)
    # in reading order; a key, since a None speaker does not compare with a span
    return sorted(kept, key=lambda a: (a.sentence, a.content, a.statement, a.stance,
                                       a.speaker or (-1, -1), a.anonymous, a.cue, a.answers))


def _outlets(art: _Article) -> set[str]:
    """The names the article credits as news outlets: in a dateline ("MOSCOW (Reuters) —"), as
    what "reported" or "quoted" someone, or whom someone "told" or spoke to ("told Reuters",
    "told a programme on Sky News", "speaking to the BBC")."""
    doc, out = art.doc, set()
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
            continue
        root = ent.root
        head = root.head
        credited = any(i in art.dateline for i in range(ent.start, ent.end)) and ent.start > 0 \
            and doc[ent.start - 1].text == "("
        reporting = root.dep_ == "nsubj" and head.lemma_.lower() in ("report", "quote")
        told = root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell"
        up, steps = head, 0                    # "told a programme with X on Sky News": up the phrase
        while not told and root.dep_ == "pobj" and up.dep_ in ("prep", "pobj", "dobj") and steps < 4:
            up, steps = up.head, steps + 1
            told = up.lemma_.lower() in ("tell", "speak", "interview")
        if credited or reporting or told:
            out.add(_outlet_key(ent.text))
    return out


# nouns for a news outlet: "the agency" or "the newspaper" may be one the article credits
_PRESS = frozenset({"agency", "newspaper", "paper", "daily", "weekly", "broadcaster", "channel", "outlet", "network",
                    "station", "magazine", "website", "site", "tabloid", "publication", "wire", "newswire", "portal"})


def _outlet_key(name: str) -> str:
    return name.casefold().removeprefix("the ").strip()


def _unrelayed(doc: Doc, found: list[Attribution], outlets: set[str]) -> list[Attribution]:
    """Without the denials, disputes and "cannot confirm" a news outlet only relays: one said by
    an outlet the article credits where a party named in the same sentence takes that position in
    words of the outlet's statement (‘Tass quoted its source as saying: “… He categorically denied
    all accusations”’: Gershkovich denies, Tass does not)."""
    if not outlets:
        return found
    text = doc.text

    def outlet(a: Attribution) -> bool:
        return a.speaker is not None and _outlet_key(text[a.speaker[0]:a.speaker[1]]) in outlets

    relayed = {id(a) for a in found if a.stance in _AGAINST and outlet(a) and any(
        b is not a and b.sentence == a.sentence and b.stance in _AGAINST and b.speaker is not None
        and not outlet(b) and b.content[0] < a.content[1] and a.content[0] < b.content[1] for b in found)}
    return [a for a in found if id(a) not in relayed]


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None, force=True)


@Language.component("dossier_attribution")
def attribution_component(doc: Doc) -> Doc:
    """Sets `doc._.attributions` to `attribute(doc)`: who says what, with what stance."""
    doc._.attributions = attribute(doc)
    return doc


def _set_apart(doc: Doc, i: int) -> bool:
    """Whether the phrase starting at token `i` is set apart from what comes before it (a comma or a
    dash; also a comma inside a quotation that closes just before it)."""
    before = doc[i - 1]
    if before.is_quote:
        before = doc[i - 2]
    return before.text in (",", "—", "–", "--", ";")
