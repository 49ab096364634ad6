"""The default recogniser: actors named in one article, found by rules over capitalised runs.

Input: one `Source`. Output: `EntityMention`s (paragraph, span, canonical key, kind). A run of
capitalised words becomes an actor only with evidence: it is a known country, capital or
well-known body (`lexicon.py`); it ends in an organisation, agreement or facility head noun
("… Ministry", "… Treaty", "… Airfield"); it follows a title or a role ("Foreign Minister X",
"spokesman X"); it has an apposition (", a senior fellow at …"), a speech verb, or a surname
reused later; an acronym is introduced for it ("… (FDD)"). Everything else (sentence
openers, product names, regions) is left alone, which is what keeps precision high.
Demonyms ("Iranian") are returned with kind "demonym" and their country as key: they tie a
sentence to a country but never become an actor of their own.
"""

from __future__ import annotations

import re

from ..model import Source
from . import lexicon as lx
from .tokens import Tok, skip_paragraph, tokenize
from .types import EntityMention

CONNECTORS = frozenset({"of", "for", "on", "the", "de", "del", "van", "von", "bin", "ibn", "al", "da", "di",
                        "du", "le", "la", "and"})
_SPEECH_NEXT = lx.ASSERT_VERBS | lx.DENY_VERBS | lx.DISPUTE_VERBS | {"could", "declined", "refused", "did",
                                                                     "was", "were", "had", "has", "have"}
_SKIPPABLE = frozenset({"also", "has", "have", "had", "later", "previously", "publicly", "then", "again",
                        "separately", "earlier", "recently"})
_ACRONYM = re.compile(r"[A-Z][A-Za-z/&.]{1,9}")
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,100})[\"“”]")
_MINISTRY = re.compile(r"(?<![\w-])([A-Z][a-z]+)(?:'s|’s)?\s+((?:defen[cs]e|foreign|interior|finance|economy|"
                       r"health|justice|intelligence|education|energy|oil|trade|agriculture|culture|"
                       r"information)\s+ministry)(?!\w)", re.I)


class RuleRecogniser:
    """Capitalised runs + lexicons + local evidence; see the module docstring."""

    name = "rules"

    def __call__(self, source: Source) -> list[EntityMention]:
        return recognise(source)


def recognise(source: Source) -> list[EntityMention]:
    paragraphs = []
    for p in source.paragraphs:
        tokens = tokenize(p.text)
        if not skip_paragraph(p.text, tokens):
            paragraphs.append((p, tokens))
    # Words seen capitalised away from a sentence start, and single-word runs (surname reuse).
    mid_caps: set[str] = set()
    singles: set[str] = set()
    all_runs = []
    for p, tokens in paragraphs:
        runs = _runs(tokens)
        all_runs.append(runs)
        for run in runs:
            for t in run:
                if not t.first:
                    mid_caps.add(t.text)
            if len(run) == 1:
                singles.add(run[0].text)
    ctx = _Context(mid_caps, singles)
    mentions: list[EntityMention] = []
    for (p, tokens), runs in zip(paragraphs, all_runs):
        ctx.paragraph(p.id, p.text, tokens)
        for run in runs:
            ctx.classify(run)
        ctx.quoted_agreements()
        ctx.lowercase_ministries()
    ctx.resolve_singles()
    mentions = ctx.finish()
    return mentions


def _runs(tokens: list[Tok]) -> list[list[Tok]]:
    """Maximal runs of name tokens; connectors join two capitalised words of one sentence."""
    runs: list[list[Tok]] = []
    current: list[Tok] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if t.cap and (not current or t.sentence == current[-1].sentence and t.start - current[-1].end <= 1):
            current.append(t)
            if t.possessive:
                runs.append(current)
                current = []
            i += 1
            continue
        if (current and t.lower in CONNECTORS and t.lower != "and" and i + 1 < n and tokens[i + 1].cap
                and tokens[i + 1].sentence == t.sentence and not current[-1].possessive):
            # "of the X": allow one more connector
            current.append(t)
            i += 1
            continue
        if current:
            runs.append(current)
            current = []
        if t.cap:
            continue
        i += 1
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and (run[-1].lower in CONNECTORS and not run[-1].cap):
            run = run[:-1]
        if run:
            out.append(run)
    return out


class _Context:
    """State for one article: mentions so far, persons by surname, acronyms introduced."""

    def __init__(self, mid_caps: set[str], singles: set[str]):
        self.mid_caps, self.singles = mid_caps, singles
        self.mentions: list[EntityMention] = []
        self.pending: list[tuple[str, str, list[Tok], list[Tok]]] = []   # single-word runs decided later
        self.acronyms: dict[str, tuple[str, str]] = {}                  # acronym -> (key, kind)
        self.kinds: dict[str, str] = {}
        self.pid, self.text, self.tokens = "", "", []
        self.index: dict[int, int] = {}

    def paragraph(self, pid: str, text: str, tokens: list[Tok]) -> None:
        if pid == self.pid and tokens is self.tokens:
            return
        self.pid, self.text, self.tokens = pid, text, tokens
        self.index = {id(t): i for i, t in enumerate(tokens)}

    # ── helpers ─────────────────────────────────────────────────────────────────────
    def add(self, toks: list[Tok], key: str, kind: str, *, aliases=(), role="", affiliation="", evidence="",
            start: int | None = None) -> EntityMention:
        s = toks[0].start if start is None else start
        e = toks[-1].end
        m = EntityMention(self.pid, s, e, key, kind, self.text[s:e], tuple(aliases), role, affiliation, evidence)
        self.mentions.append(m)
        if kind != "demonym":
            self.kinds.setdefault(key, kind)
        return m

    def before(self, tok: Tok, k: int = 1) -> Tok | None:
        i = self.index[id(tok)] - k
        return self.tokens[i] if i >= 0 else None

    def after(self, tok: Tok, k: int = 1) -> Tok | None:
        i = self.index[id(tok)] + k
        return self.tokens[i] if i < len(self.tokens) else None

    # ── one run ─────────────────────────────────────────────────────────────────────
    def classify(self, run: list[Tok]) -> None:
        while run and (run[0].lower in lx.FUNCTION_WORDS or run[0].lower in CONNECTORS):
            run = run[1:]
        while run and run[-1].lower in CONNECTORS:
            run = run[:-1]
        if not run:
            return
        text = self._text(run)
        if text in lx.REGIONS:
            return
        if self._lexical(run, text):
            return
        if self._titled(run):
            return
        self._plain(run, text)

    def _text(self, run: list[Tok]) -> str:
        return self.text[run[0].start:run[-1].end]

    def _lexical(self, run: list[Tok], text: str) -> bool:
        countries, demonyms = lx.countries(), lx.demonyms()
        if text in countries:
            self.add(run, countries[text].name, "country", evidence="country")
            return True
        if text in lx.INSTITUTIONS:
            name, kind, _country = lx.INSTITUTIONS[text]
            self.add(run, name, kind, evidence="well-known body")
            return True
        if text == "West" and (b := self.before(run[0])) and b.lower == "the":
            self.add([b, *run], "the West", "group", evidence="well-known body")
            return True
        if text in demonyms:
            self.add(run, demonyms[text].name, "demonym")
            return True
        if text in lx.GROUP_ADJECTIVES:
            self.add(run, lx.GROUP_ADJECTIVES[text], "demonym")
            return True
        # A hyphenated pair of countries ("Iran-Russia") or a demonym compound ("Iranian-made").
        if len(run) == 1 and "-" in text:
            parts, pos, found = text.split("-"), run[0].start, []
            for part in parts:
                c = countries.get(part) or demonyms.get(part)
                found.append((pos, pos + len(part), c))
                pos += len(part) + 1
            if all(c for _, _, c in found):
                for s, e, c in found:
                    self.mentions.append(EntityMention(self.pid, s, e, c.name, "country" if self.text[s:e] in
                                                       countries else "demonym", self.text[s:e]))
                return True
            s, e, c = found[0]
            if c and parts[1][:1].islower():
                self.mentions.append(EntityMention(self.pid, s, e, c.name, "demonym", self.text[s:e]))
                return True
        return False

    def _titled(self, run: list[Tok]) -> bool:
        """'Russian Foreign Minister Sergey Lavrov', 'spokesman John Kirby', 'President Trump'."""
        title_at = None
        for i, t in enumerate(run):
            if t.bare in lx.TITLES and i + 1 < len(run) and not t.possessive:
                title_at = i
        person_from = None
        if title_at is not None:
            person_from = title_at + 1
            # "Secretary of State Marco Rubio"
            if run[person_from].lower == "of" and person_from + 2 < len(run):
                person_from += 2
            while person_from < len(run) and (run[person_from].bare in lx.TITLES
                                              or run[person_from].text in lx.TITLE_MODIFIERS):
                person_from += 1
        person = run[person_from:] if person_from is not None else []
        if person and self._person_shaped(person):
            k = title_at
            while k > 0 and (run[k - 1].text in lx.TITLE_MODIFIERS or run[k - 1].bare in lx.TITLES
                             or run[k - 1].lower == "of"):
                k -= 1
            prefix = run[:k]
            affiliation = self._prefix(prefix)
            role = self.text[run[k].start:run[person_from - 1].end]
            self._person(person, role=role, affiliation=affiliation, evidence="title")
            return True
        # A lower-case role right before the run: "commander Amir Ali Hajizadeh".
        b = self.before(run[0])
        if b is not None and b.lower in lx.ROLES and self._person_shaped(run) and len(run) <= 4:
            affiliation = ""
            bb = self.before(b)
            if bb is not None and bb.cap:
                affiliation = next((m.key for m in reversed(self.mentions[-8:])
                                    if m.paragraph == self.pid and m.end == bb.end and m.kind != "person"), "")
            self._person(run, role=b.text, affiliation=affiliation, evidence="role")
            return True
        return False

    def _prefix(self, prefix: list[Tok]) -> str:
        """Classify the words before a title; return the key of the body they name, if any."""
        if not prefix:
            return ""
        before = len(self.mentions)
        text = self._text(prefix)
        if not self._lexical(prefix, text):
            # The longest well-known body at the start ("White House" in "White House National Security").
            for j in range(len(prefix), 0, -1):
                sub = self._text(prefix[:j])
                if sub in lx.INSTITUTIONS or sub in lx.countries():
                    self._lexical(prefix[:j], sub)
                    break
                if sub in lx.demonyms():
                    self._lexical(prefix[:j], sub)
                    break
            else:
                self._plain(prefix, text)
        found = self.mentions[before:]
        return found[-1].key if found else ""

    def _person_shaped(self, toks: list[Tok]) -> bool:
        if not 1 <= len(toks) <= 4:
            return False
        for t in toks:
            if not t.cap or t.text in lx.ORG_HEADS or t.text.isupper() and len(t.text) > 1:
                return False
            if t.text in lx.countries() or t.text in lx.demonyms() or t.text in lx.INSTITUTIONS:
                return False
            if t.lower in lx.FUNCTION_WORDS:
                return False
        return True

    def _person(self, toks: list[Tok], *, role: str = "", affiliation: str = "", evidence: str = "") -> None:
        key = " ".join(t.text for t in toks)
        self.add(toks, key, "person", role=role, affiliation=affiliation, evidence=evidence)

    def _plain(self, run: list[Tok], text: str) -> None:
        """A run with no title: decide by head nouns, acronyms, local evidence."""
        countries, demonyms = lx.countries(), lx.demonyms()
        # Split a leading country or demonym off a run that is not an organisation name.
        heads = {t.text for t in run}
        if len(run) > 1 and not heads & (lx.ORG_HEADS | lx.AGREEMENT_HEADS | lx.FACILITY_HEADS | lx.MEDIA_HEADS):
            lead = run[0].text
            if lead in countries or lead in demonyms or lead in lx.INSTITUTIONS:
                self._lexical(run[:1], lead)
                rest = run[1:]
                if rest:
                    self.classify(rest)
                return
        if len(run) > 2 and not heads & (lx.ORG_HEADS | lx.AGREEMENT_HEADS | lx.FACILITY_HEADS | lx.MEDIA_HEADS):
            parts, part = [], []
            for t in run:
                if t.lower in CONNECTORS and not t.cap:
                    parts.append(part)
                    part = []
                else:
                    part.append(t)
            parts.append(part)
            if len(parts) > 1:
                for part in parts:
                    if part:
                        self.classify(part)
                return
        last = run[-1].text
        acronym = self._acronym_after(run)
        if len(run) > 1 and (heads & lx.GEOGRAPHY_HEADS) and not heads & lx.ORG_HEADS:
            return
        kind = None
        if len(run) > 1:
            if heads & (lx.ORG_HEADS | lx.MEDIA_HEADS):
                kind = "organization"
            elif heads & lx.AGREEMENT_HEADS:
                kind = "other"
            elif last in lx.FACILITY_HEADS:
                kind = "other"
        if kind:
            aliases = (acronym[0],) if acronym else ()
            self.add(run, text, kind, aliases=aliases, evidence="head noun")
            if acronym:
                self.acronyms[acronym[0]] = (text, kind)
            return
        if acronym and len(run) > 1:
            return                               # "Unmanned Aerial Vehicles (UAV)": not an actor
        if len(run) > 1:
            if self._person_shaped(run) and self._person_evidence(run):
                self._person(run, role=self._apposition(run), evidence="context")
                return
            if run[0].first and run[0].text not in self.mid_caps and len(run) == 2:
                self._lexical(run[1:], run[1].text)      # "Senior Russian …": keep the demonym
                return
            if self._person_shaped(run) and run[-1].text in self.singles:
                self._person(run, role=self._apposition(run), evidence="surname reused")
            return
        # One word: decided once every person of the article is known.
        self.pending.append((self.pid, self.text, run, self.tokens))

    def _acronym_after(self, run: list[Tok]) -> tuple[str, int] | None:
        """'Long Name (LN)': return (acronym, index of the first word it covers) if the initials fit."""
        a, b, c = self.after(run[-1]), self.after(run[-1], 2), self.after(run[-1], 3)
        if run[-1].possessive or not (a and b and c and a.text == "(" and c.text == ")"):
            return None
        acr = b.text
        if not _ACRONYM.fullmatch(acr) or sum(ch.isupper() for ch in acr) < 2:
            return None
        letters = [ch for ch in acr if ch.isupper()]
        if _initials_fit(letters, run):
            return acr, 0
        # "Iran's Revolutionary Guard Corps (IRGC)": the possessor supplies the first letters.
        for skip in (1, 2):
            if len(letters) > skip and _initials_fit(letters[skip:], run):
                b = self.before(run[0])
                if b is not None and b.possessive:
                    return acr, 0
        return None

    def _person_evidence(self, run: list[Tok]) -> bool:
        a = self.after(run[-1])
        b = self.before(run[0])
        if a is not None and a.text == ",":
            nxt = self.after(run[-1], 2)
            if nxt is not None and nxt.lower in ("a", "an", "the", "who", "whose"):
                return True
        k = 1
        while (t := self.after(run[-1], k)) is not None and t.lower in _SKIPPABLE and k < 3:
            k += 1
        if t is not None and t.lower in _SPEECH_NEXT - {"was", "were", "had", "has", "have", "did"}:
            return True
        if b is not None and b.lower in ("said", "says", "told", "to", "by") and b.lower != "to":
            return True
        if a is not None and a.lower in ("from", "at", "of") and (t2 := self.after(run[-1], 2)) is not None:
            if t2.lower == "the" or t2.cap:
                return True
        return False

    def _apposition(self, run: list[Tok]) -> str:
        """', a senior fellow at the X,' after a name: the role text, verbatim."""
        a, b = self.after(run[-1]), self.after(run[-1], 2)
        if not (a and b and a.text == "," and b.lower in ("a", "an", "the")):
            return ""
        start = b.start
        end = self.text.find(",", start)
        stop = self.text.find(".", start)
        if end < 0 or (0 <= stop < end):
            end = stop if stop >= 0 else len(self.text)
        role = self.text[start:end].strip()
        return role if len(role) <= 160 else ""

    # ── whole-paragraph patterns ────────────────────────────────────────────────────
    def quoted_agreements(self) -> None:
        """A quoted lower-case phrase ending in an agreement noun: “comprehensive … treaty”."""
        for m in _QUOTED.finditer(self.text):
            phrase = m.group(1).strip().rstrip(",.;:").strip()
            words = phrase.split()
            if 2 <= len(words) <= 8 and words[-1].lower() in lx.AGREEMENT_NOUNS:
                s = self.text.find(phrase, m.start(1))
                self.mentions.append(EntityMention(self.pid, s, s + len(phrase), phrase, "other", phrase,
                                                   evidence="quoted agreement"))
                self.kinds.setdefault(phrase, "other")

    def lowercase_ministries(self) -> None:
        """'the Russian defense ministry' names the same body as 'the Russian Defense Ministry'."""
        countries, demonyms = lx.countries(), lx.demonyms()
        for m in _MINISTRY.finditer(self.text):
            who = m.group(1)
            country = demonyms.get(who) or countries.get(who)
            if country is None or m.group(2)[0].isupper():
                continue
            demonym = country.demonyms[0] if country.demonyms else country.name
            key = f"{demonym} {m.group(2).title()}"
            self.mentions.append(EntityMention(self.pid, m.start(), m.end(), key, "organization",
                                               self.text[m.start():m.end()], evidence="ministry"))
            self.kinds.setdefault(key, "organization")

    # ── single words, once the article's persons and acronyms are known ─────────────
    def resolve_singles(self) -> None:
        surnames: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind == "person" and " " in m.key:
                surnames.setdefault(m.key.split()[-1], set()).add(m.key)
        for pid, text, run, tokens in self.pending:
            self.paragraph(pid, text, tokens)
            tok = run[0]
            word = tok.text
            if word in lx.TITLES or word in lx.TITLE_MODIFIERS or word.lower() in lx.ROLES:
                continue
            if word in self.acronyms:
                key, kind = self.acronyms[word]
                self.add(run, key, kind, evidence="acronym")
                continue
            if word in surnames and len(surnames[word]) == 1:
                self.add(run, next(iter(surnames[word])), "person", evidence="surname")
                continue
            if self.kinds.get(word) == "person":
                self.add(run, word, "person", evidence="title")
                continue
            kind = self._single_kind(tok)
            if tok.first and word not in self.mid_caps and not (kind == "organization" and not word.endswith("s")):
                continue
            if kind == "publication":
                run = self._publication_title(run)
                self.add(run, self._text(run), "other", evidence="publication")
            elif kind:
                self.add(run, word, kind, evidence="context")

    def _publication_title(self, run: list[Tok]) -> list[Tok]:
        """'journal Foo bar that …': a title may run on in lower case until a function word."""
        out, k = list(run), 1
        while k <= 3 and (t := self.after(run[-1], k)) is not None and t.word and t.lower not in lx.FUNCTION_WORDS \
                and t.lower not in lx.ASSERT_VERBS and not t.possessive:
            out.append(t)
            k += 1
        nxt = self.after(out[-1])
        if len(out) > 1 and not (nxt is None or not nxt.word or nxt.lower in lx.FUNCTION_WORDS):
            return list(run)
        return out

    def _single_kind(self, tok: Tok) -> str | None:
        a, b, bb = self.after(tok), self.before(tok), self.before(tok, 2)
        word = tok.text
        if a is not None and a.lower in lx.GROUP_NOUNS:
            return "group"
        if b is not None and b.lower == "of" and bb is not None and bb.lower in lx.PLACE_NOUNS:
            return "other"
        if b is not None and b.lower in lx.PUBLICATION_NOUNS:
            return "publication"
        if self._in_country_list(tok):
            return "other"
        if a is not None and (a.lower in lx.MEDIA_VERBS or a.lower in _SPEECH_NEXT - {"was", "were", "had", "has",
                                                                                      "have", "did"}):
            return "organization"
        if a is not None and a.lower in ("could", "has", "have", "had") and (a2 := self.after(tok, 2)) is not None \
                and a2.lower in lx.MEDIA_VERBS | lx.ASSERT_VERBS | lx.DENY_VERBS | {"not"}:
            return "organization"
        if b is not None and b.lower in ("a", "the") and a is not None and a.lower in ("investigation", "report",
                                                                                       "reporter", "reports"):
            return "organization"
        if b is not None and (b.lower in ("told", "with") or b.lower == "to" and tok.possessive):
            if b.lower == "with" and not ((bb := self.before(tok, 2)) and bb.lower == "interview"):
                return None
            return "organization"
        if word.isupper() and 2 <= len(word.replace("/", "")) <= 8 and b is not None and b.lower in ("at", "of", "from"):
            return "organization"
        return None

    def _in_country_list(self, tok: Tok) -> bool:
        """'Lebanon, X, and Yemen': an unknown word listed among countries is a place."""
        countries = lx.countries()
        neighbours = []
        for step in (-2, 2, -3, 3):
            t = self.after(tok, step) if step > 0 else self.before(tok, -step)
            neighbours.append(t)
        sep_before, sep_after = self.before(tok), self.after(tok)
        listed = (sep_before is not None and sep_before.text in (",", "and")) or \
                 (sep_after is not None and sep_after.text in (",", "and"))
        return listed and sum(1 for t in neighbours if t is not None and t.text in countries) >= 2

    def finish(self) -> list[EntityMention]:
        return sorted(set(self.mentions))


def _initials_fit(letters: list[str], run: list[Tok]) -> bool:
    """True if the acronym's letters are the initials of the run's words, connectors optional."""
    words = [(t.text[0].upper(), t.lower in CONNECTORS) for t in run]
    # Right to left; every content word must supply the next letter, a connector may or may not.
    i, j = len(letters) - 1, len(words) - 1
    memo: dict[tuple[int, int], bool] = {}

    def fit(i: int, j: int) -> bool:
        if j < 0:
            return i < 0
        if (i, j) in memo:
            return memo[(i, j)]
        initial, optional = words[j]
        ok = (i >= 0 and letters[i] == initial and fit(i - 1, j - 1)) or (optional and fit(i, j - 1))
        memo[(i, j)] = ok
        return ok

    return len(words) <= 12 and fit(i, j)
