"""Who is said to be responsible, how many, what caused it and on what day: the propositions
news stories dispute over a value.

`frames(doc, actors, attributions, offsets, dated)` reads one parsed article and returns
`Frame`s, each a proposition with a value, found from the dependency parse in general English:

- **responsibility** (`kind="agent"`): the value is the actor said to have done it. "X blamed Y
  for Z", "X accused Y of …", "Y was responsible for / behind / involved in Z", "responsibility
  lies with Y", "Y destroyed / attacked / caused Z", "Z was destroyed by Y", "a rocket launched by
  Y caused Z", "Y's attack on Z", "an Israeli strike"; negated ("Y had nothing to do with Z",
  "was not involved", "had no role") or denied ("Y denied responsibility", "rejected the
  allegations that its agents were involved") it is a denial of that value;
- **counts** (`kind="count"`): the value is a number of people or things an event affected:
  "500 people were killed", "killed at least 300", "the death toll rose to 471";
- **causes** (`kind="cause"`): the value is a thing said to have caused a death, a crash, a
  collapse…: "she died of a heart attack", "the crash was caused by a signal failure", "her
  death was not caused by blows to the head" (a denial of that value);
- **dates** (`kind="date"`): the value is the day a happening took place, as the article's
  dates resolve it: "Saturday's attack", "the blast on Sunday", "the January 27 attack".

The topic is the nouns the proposition is about ("blast", "hospital"), the speaker the one whose
words contain it (from the attributions), or the reporter. The cue words live in
`data/frame_cues.txt`. `resolve/disputes.py` groups frames across articles into value disputes.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import lexicon as lx
from .tree import subtree

DATA = Path(__file__).with_name("data") / "frame_cues.txt"
GENERIC_TOPICS = frozenset({"people", "person", "time", "thing", "way", "part", "lot", "number", "report",
                            "statement", "claim", "allegation", "accusation", "responsibility", "role",
                            "evidence", "information", "country", "world", "side", "official"})


@dataclass(frozen=True, slots=True, order=True)
class Frame:
    paragraph: str
    start: int                       # the sentence, in the paragraph
    end: int
    kind: str                        # agent | count | cause
    value: str                       # agent: actor key; count: the number as written ("at least 500")
    stance: str                      # asserts | denies
    speaker: str | None              # actor key of whoever says it; None: the reporter
    anonymous: bool
    topic: tuple[str, ...]           # noun lemmas the proposition is about
    measure: str = ""                # count: "<noun> <verb class>", e.g. "people kill"; agent: "blame"
                                     # (blamed, responsible, behind, denied) or "act" (attacked, caused);
                                     # cause: the cause's head words, to compare ("heart attack")
    low: float = 0.0                 # count: the interval the number allows
    high: float = 0.0
    question: str = ""               # the disputed point as a question


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Sections of data/frame_cues.txt: name -> words."""
    out: dict[str, set[str]] = {}
    section = None
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out[section] = set()
        elif section:
            out[section].update(line.split())
    return {k: frozenset(v) for k, v in out.items()}


def frames(doc, actors, attributions, offsets, dated=None) -> list[Frame]:
    """Every responsibility, count, cause and date frame of the article; `offsets(start, end)`
    maps a span of doc.text to (paragraph id, start, end) or None; `dated` maps where a date
    expression begins in doc.text to the day it resolves to (`dates.find_dates`)."""
    c = cues()
    spans = sorted((a.start, a.end, a.key, a.kind) for a in actors)
    starts = [s[0] for s in spans]
    capitals = {cap: country.name for country in set(lx.countries().values()) for cap in country.capitals}

    def actor_at(tok) -> str | None:
        """The actor a token names or belongs to ("Russian" -> Russia, "Kyiv regime" -> Ukraine)."""
        i = bisect_right(starts, tok.idx) - 1
        while i >= 0 and spans[i][0] <= tok.idx:
            s, e, key, kind = spans[i]
            if tok.idx < e:
                if kind == "place":
                    return capitals.get(key)
                if kind == "thing":
                    return None
                return key
            i -= 1
        return None

    def agent_of(tok) -> str | None:
        """The actor a noun phrase headed by `tok` names, looking through instruments and descriptions;
        a pronoun inside reported words ("it had nothing to do with", "its agents") is the speaker."""
        if tok is None:
            return None
        found = actor_at(tok)
        if found:
            return found
        if tok.pos_ == "PRON" and tok.lower_ in PRONOUNS:
            return voice(tok)[0] or _governing_subject(tok, actor_at)
        for child in tok.children:        # "Russian forces", "a Hamas rocket", "Kiev's attack", "its agents"
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                found = actor_at(child)
                if not found and child.pos_ == "PRON" and child.lower_ in PRONOUNS:
                    found = voice(child)[0] or _governing_subject(child, actor_at)
                if found:
                    return found
        if tok.lemma_ in c["instruments"]:   # "a rocket launched by Islamic Jihad"
            for child in tok.children:
                if child.dep_ == "acl":
                    agent = next((g for g in child.children if g.dep_ == "agent"), None)
                    if agent is not None:
                        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                        return agent_of(pobj)
        return None

    said = sorted(((a.content[0], a.content[1], i, a) for i, a in enumerate(attributions)))
    said_starts = [x[0] for x in said]

    def voice(tok):
        """(speaker key, anonymous, stance of the attribution) for the words containing `tok`:
        the innermost of the nearest few attributions that start before it."""
        best = None
        hi = bisect_right(said_starts, tok.idx)
        for s, e, _, a in said[max(0, hi - 12):hi]:
            if s <= tok.idx < e and (a.speaker is not None or a.anonymous):
                if best is None or e - s < best[1] - best[0]:
                    best = (s, e, a)
        if best is None:
            return None, False, "asserts"
        a = best[2]
        speaker = None
        if a.speaker is not None:
            ss, se = a.speaker
            inside = sorted((e - s, k) for s, e, k, kind in spans if s < se and ss < e and kind not in ("place", "thing"))
            speaker = inside[-1][1] if inside else None
        return speaker, a.anonymous and speaker is None, a.stance

    out: list[Frame] = []
    for sent in doc.sents:
        loc = offsets(sent.start_char, sent.end_char)
        if loc is None:
            continue
        pid, ps, pe = loc
        found: list[tuple[str, str, list[str], object]] = []     # (agent, stance, topic nouns, trigger)
        final: set[int] = set()
        blamers: dict[int, str] = {}     # "X blamed Y": X speaks          # triggers whose stance already reads the denial around them
        for tok in sent:
            lemma = tok.lemma_.lower()
            neg = _negated(tok)
            if lemma in c["blame"] and tok.pos_ == "VERB":
                target = next((t for t in tok.children if t.dep_ in ("dobj", "nsubjpass")), None)
                agent = agent_of(target)
                if agent:
                    found.append((agent, "denies" if neg else "asserts", _topic(tok, target), tok))
                    blamer = agent_of(_subject(tok))
                    if blamer:
                        blamers[tok.i] = blamer
            elif lemma in c["responsible"] and tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("acomp", "attr", "oprd"):
                subj = _subject(tok.head)
                agent = agent_of(subj)
                if agent:
                    found.append((agent, "denies" if neg or _negated(tok.head) else "asserts",
                                  _topic(tok, subj), tok))
            elif lemma in c["involved"] and tok.pos_ in ("VERB", "ADJ"):
                subj = _subject(tok)
                agent = agent_of(subj)
                if agent:
                    found.append((agent, "denies" if neg else "asserts", _topic(tok, subj), tok))
            elif lemma == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
                subj = _subject(tok.head)
                agent = agent_of(subj)
                if agent:
                    found.append((agent, "denies" if _negated(tok.head) else "asserts", _topic(tok, subj), tok))
            elif lemma in c["role_nouns"] and tok.dep_ == "dobj" and tok.head.lemma_ in ("have", "play", "bear"):
                subj = _subject(tok.head)
                agent = agent_of(subj)
                none = any(d.lower_ in ("no", "nothing") for d in tok.children) or _negated(tok.head)
                if agent:
                    found.append((agent, "denies" if none else "asserts", _topic(tok, subj), tok))
            elif lemma == "nothing" and tok.dep_ == "dobj" and tok.head.lemma_ == "have":
                do = next((t for t in tok.children if t.lemma_ == "do"), None)
                subj = _subject(tok.head)
                agent = agent_of(subj)
                if do is not None and agent:
                    found.append((agent, "denies", _topic(do, subj), tok))
            elif lemma == "responsibility" and tok.dep_ == "dobj" and tok.head.lemma_ in c["deny"] | {"claim", "take", "accept", "admit"}:
                subj = _subject(tok.head)
                agent = agent_of(subj)
                if agent:
                    stance = "denies" if tok.head.lemma_ in c["deny"] or _negated(tok.head) else "asserts"
                    found.append((agent, stance, _topic(tok, subj), tok))
                    final.add(tok.i)
            elif lemma == "lie" and any(ch.lemma_ == "responsibility" for ch in tok.children):
                prep = next((t for t in tok.children if t.lower_ == "with"), None)
                pobj = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
                agent = agent_of(pobj)
                if agent:
                    found.append((agent, "denies" if neg else "asserts", _topic(tok, pobj), tok))
            elif tok.pos_ == "VERB" and (lemma in c["cause"] or lemma == "open" and any(   # "opened fire"
                    ch.dep_ == "dobj" and ch.lower_ == "fire" for ch in tok.children)):
                if tok.dep_ in ("amod", "acl") and tok.head.lemma_ in c["instruments"]:
                    continue                  # "a rocket launched by X": read with its head noun
                subj = _subject(tok)
                if any(ch.dep_ == "auxpass" for ch in tok.children) or tok.tag_ == "VBN" and subj is None:
                    by = next((t for t in tok.children if t.dep_ == "agent"), None)
                    subj = next((t for t in by.children if t.dep_ == "pobj"), None) if by is not None else None
                agent = agent_of(subj)
                if agent:
                    found.append((agent, "denies" if neg else "asserts", _topic(tok, subj), tok))
            elif lemma in c["acts"] and tok.pos_ == "NOUN":
                agent = None
                for child in tok.children:
                    if child.dep_ in ("poss", "amod", "compound"):
                        agent = actor_at(child)
                        if agent:
                            break
                if agent:
                    found.append((agent, "denies" if _negated(tok.head) else "asserts", _topic(tok, None), tok))
        context = _sentence_topic(sent)
        for agent, stance, topic, trigger in found:
            speaker, anonymous, said_stance = voice(trigger)
            if trigger.i in blamers:
                speaker, anonymous = blamers[trigger.i], False
            topic = topic or context
            if trigger.i in final:
                pass
            elif said_stance in ("denies", "disputes") and _within_denial(trigger, c):
                stance = "denies" if stance == "asserts" else "asserts"
            elif said_stance in ("cannot_confirm", "hedges"):
                continue
            kind_of = "act" if trigger.lemma_.lower() in c["cause"] | c["acts"] else "blame"
            out.append(Frame(pid, ps, pe, "agent", agent, stance, speaker, anonymous, tuple(sorted(set(topic))),
                             kind_of))
        out.extend(_counts(sent, pid, ps, pe, voice, c))
        out.extend(_causes(sent, pid, ps, pe, voice, actor_at, c))
        out.extend(_dates(sent, pid, ps, pe, voice, dated or {}, c))
    return sorted(set(out))


_TOWARDS_HAPPENING = frozenset({"compound", "nummod", "poss", "pobj", "prep", "npadvmod", "nmod", "amod", "case"})


def _dates(sent, pid: str, ps: int, pe: int, voice, dated: dict, c) -> list[Frame]:
    """The day of a happening, where a date expression hangs from its noun ("Saturday's attack",
    "the drone blast on Sunday", "the January 27 attack"), within a few steps of the parse."""
    out = []
    for tok in sent:
        day = dated.get(tok.idx)
        if day is None:
            continue
        noun, t = None, tok
        for _ in range(3):
            if t.dep_ not in _TOWARDS_HAPPENING or t.head.i == t.i:
                break
            t = t.head
            if t.pos_ == "NOUN" and t.lemma_.lower() in c["happenings"]:
                noun = t if t.tag_ == "NN" else None        # not "the attacks on Sunday": several
                break
            if t.pos_ in ("VERB", "AUX"):
                break
        if noun is None:
            continue
        speaker, anonymous, said_stance = voice(tok)
        if said_stance != "asserts":
            continue                          # (a day only supposed or denied answers nothing)
        lemma = noun.lemma_.lower()
        when = float(dt.date(day.year, day.month, day.day).toordinal())
        out.append(Frame(pid, ps, pe, "date", day.label(), "asserts", speaker, anonymous, (lemma,), lemma,
                         when, when, f"On what day did the {lemma} take place?"))
    return out


PRONOUNS = frozenset({"it", "its", "they", "their", "them", "we", "our", "us", "he", "his", "she", "her"})


def _governing_subject(tok, actor_at) -> str | None:
    """The actor that is subject of the nearest verb governing `tok` ("India rejected … its agents")."""
    t = tok
    for _ in range(8):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i != tok.i and not subj.is_ancestor(tok):
                found = actor_at(subj)
                if found:
                    return found


def _sentence_topic(sent) -> list[str]:
    return [t.lemma_.lower() for t in sent if t.pos_ == "NOUN" and t.is_alpha and not t.is_stop
            and t.lemma_.lower() not in GENERIC_TOPICS and len(t.lemma_) > 2]


def _negated(tok) -> bool:
    return any(ch.dep_ == "neg" or ch.lower_ in ("never", "no") and ch.dep_ in ("neg", "det", "advmod")
               for ch in tok.children)


def _subject(tok):
    subj = next((t for t in tok.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ in ("xcomp", "conj", "acl", "relcl") and tok.head is not tok:
        return _subject(tok.head) if tok.dep_ != "relcl" else tok.head
    return subj


def _topic(tok, agent) -> list[str]:
    """Noun lemmas of the proposition around `tok`, without the agent's words."""
    skip = set(range(agent.left_edge.i, agent.i + 1)) if agent is not None else set()
    head = tok
    while head.dep_ in ("acomp", "attr", "dobj", "prep", "pobj", "oprd") and head.head is not head:
        head = head.head
    words = []
    for t in subtree(head):
        if t.i in skip or t.pos_ != "NOUN" or not t.is_alpha or t.is_stop:
            continue
        lemma = t.lemma_.lower()
        if lemma not in GENERIC_TOPICS and len(lemma) > 2:
            words.append(lemma)
    return words


def _within_denial(tok, c) -> bool:
    """Inside the content of a denial verb ("rejected the allegations that its agents were involved")."""
    t = tok
    for _ in range(6):
        if t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in c["deny"]:
            return True
    return False


TOTALS = frozenset({"total", "number", "tally", "count", "toll"})
_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def _counts(sent, pid: str, ps: int, pe: int, voice, c) -> list[Frame]:
    out = []
    for tok in sent:
        if not tok.like_num or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
            continue
        value = _number(tok)
        if value is None or value < 2:
            continue
        noun = tok.head if tok.dep_ == "nummod" else None
        verb = None
        reported = False
        if noun is not None and noun.pos_ == "NOUN":
            anchor = noun
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in TOTALS:
                anchor = noun.head.head               # "a total of 2,620 people have been evacuated"
            verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") else None
            if verb is not None and verb.lemma_.lower() not in c["counted"]:
                # "forcing 17,000 people to flee": the counted verb is the complement
                inner = next((x for x in verb.children if x.dep_ == "xcomp" and x.lemma_.lower() in c["counted"]),
                             None)
                # "295 people are reported to have been killed": only reported, a hedge
                reported = inner is not None and verb.lemma_.lower() in _REPORTED_AS
                verb = inner or verb
        elif tok.dep_ in ("pobj", "dobj", "attr", "nsubj", "nsubjpass"):
            # "the death toll rose to 471", "killing at least 300"
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            toll = next((t for t in subtree(head) if t.lemma_ == "toll"), None) if head is not None else None
            if toll is not None:
                noun, verb = toll, None
            elif tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in c["counted"] or (
                    tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and tok.head.lemma_.lower() in c["counted"]):
                noun, verb = tok, tok.head            # (… "and at least 34 wounded": the passive elided)
            elif tok.dep_ == "dobj":            # "… and left 25 injured"
                verb = next((x for x in tok.head.children if x.dep_ == "oprd" and x.lemma_.lower() in c["counted"]),
                            None)
                noun = tok if verb is not None else None
        elif tok.dep_ == "conj":                # "… were killed and 25 injured": the participle hangs from the number
            verb = next((x for x in tok.children if x.dep_ in ("acl", "amod") and x.lemma_.lower() in c["counted"]),
                        None)
            noun = tok if verb is not None else None
        if noun is None:
            continue
        if noun.i == tok.i:                          # the counted noun left out: the one counted beside it
            noun = next((t.head for t in sent if t.dep_ == "nummod" and t.i != tok.i and t.head.pos_ == "NOUN"
                         and t.head.lemma_.lower() in c["persons"]), noun)
        noun_lemma = "death" if noun.lemma_ == "toll" else _SAME_PEOPLE.get(_person_noun(noun), noun.lemma_.lower())
        verb_lemma = verb.lemma_.lower() if verb is not None else ("die" if noun.lemma_ == "toll" else "")
        if verb_lemma not in c["counted"] and noun_lemma not in ("death", "casualty", "fatality"):
            continue
        if noun_lemma in ("death", "casualty", "fatality", "toll"):
            noun_lemma, verb_lemma = "people", "die"
        if noun_lemma == tok.lemma_.lower():
            noun_lemma = "people"
        verb_lemma = _class(verb_lemma, c)
        low, high, label = _interval(tok, value)
        speaker, anonymous, said_stance = voice(tok)
        if said_stance in ("denies", "disputes"):
            if not any(a.dep_ == "relcl" for a in tok.ancestors):
                continue
            # "denied any role in the crash, in which 295 people were killed": the relative clause
            # is the reporter's account of the event, not what is denied
            speaker, anonymous, said_stance = None, False, "asserts"
        if reported:
            said_stance = "hedges"
        question = _question(noun_lemma, verb_lemma, verb)
        out.append(Frame(pid, ps, pe, "count", label, "asserts" if said_stance != "hedges" else "hedges",
                         speaker, anonymous, (noun_lemma, *_kind_of_event(verb)), f"{noun_lemma} {verb_lemma}",
                         low, high, question))
    return out


def _kind_of_event(verb) -> list[str]:
    """The nouns that say what kind of happening did the counted deed ("a drone strike that killed
    10", "killed in a suicide bomb attack": "drone"; "bomb", "suicide"): the compounds of the
    verb's subject, of the noun a relative clause hangs from, or of the noun after "in" or "by"
    of a passive verb. Empty if none is written ("the attack killed 10")."""
    if verb is None:
        return []
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is not None and doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        doer = verb.head                         # "a drone strike that killed 10"
    if doer is None:
        doer = next((o for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
                     for o in c.children if o.dep_ == "pobj"), None)
    if doer is None or doer.pos_ != "NOUN":
        return []
    words, todo = set(), [doer]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "compound" and c.i < doer.i:
                if c.is_alpha and c.pos_ == "NOUN":
                    words.add(c.lemma_.lower())
                todo.append(c)
    return sorted(words)


_REPORTED_AS = frozenset({"report", "say", "believe", "fear", "think", "estimate", "expect", "presume", "feel"})
# the nouns for members of armed forces, which count the same people
_SAME_PEOPLE = {"soldier": "troop", "personnel": "troop", "serviceman": "troop", "servicemember": "troop",
                "service member": "troop", "servicewoman": "troop"}


def _person_noun(noun) -> str:
    """The noun's lemma, with a compound before it that makes one noun ("service member")."""
    first = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    two = f"{first.lemma_.lower()} {noun.lemma_.lower()}" if first is not None else ""
    return two if two in _SAME_PEOPLE else noun.lemma_.lower()


def _number(tok) -> float | None:
    text = tok.text.replace(",", "")
    if _NUM.match(tok.text):
        return float(text)
    return float(lx.NUMBER_WORDS[tok.lower_]) if tok.lower_ in lx.NUMBER_WORDS else None


def _interval(tok, value: float) -> tuple[float, float, str]:
    before = [t for t in tok.children if t.dep_ in ("advmod", "quantmod", "amod") and t.i < tok.i]
    phrase = " ".join(t.lower_ for t in before)
    label = tok.doc[min([t.left_edge.i for t in before] + [tok.i]):tok.i + 1].text   # "more than 150"
    if any(w in phrase for w in ("least", "more", "over", "than", "upwards")):
        return value, float("inf"), label
    if any(w in phrase for w in ("about", "around", "nearly", "almost", "roughly", "some", "approximately", "up")):
        return value * 0.8, value * 1.1, label
    if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "–", "to") and tok.doc[tok.i + 2].like_num:
        upper = _number(tok.doc[tok.i + 2])
        if upper:
            return value, upper, f"{tok.text}–{tok.doc[tok.i + 2].text}"
    return value, value, tok.text            # "all 298", "298": one answer, written one way


def _class(verb: str, c) -> str:
    for group in ("kill", "injure", "evacuate", "arrest", "miss"):
        if verb in c.get(f"count_{group}", ()):
            return group
    return verb


_QUESTIONS = {"kill": "died", "die": "died", "injure": "were injured", "evacuate": "were evacuated",
              "arrest": "were arrested", "miss": "are missing"}


def _question(noun: str, verb: str, tok) -> str:
    phrase = _QUESTIONS.get(verb)
    if phrase is None:
        phrase = f"were {tok.text}" if tok is not None and tok.tag_ == "VBN" else (tok.text if tok is not None else verb)
    plural = noun if noun.endswith("s") or noun in lx.IRREGULAR_PLURALS else noun + "s"
    if noun == "people":
        plural = "people"
    return f"How many {plural} {phrase}?"


def _causes(sent, pid: str, ps: int, pe: int, voice, actor_at, c) -> list[Frame]:
    """What is said to have caused a death, a crash, a collapse: "died of/from Y", "Y caused Z",
    "Z was caused by Y", "the cause of Z was Y"; negated, a denial of Y. A cause that is an actor
    is a responsibility frame instead."""
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        cause = effect = None
        if lemma == "die" and tok.pos_ == "VERB":
            prep = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("of", "from")), None)
            cause, effect, neg = _object_of(prep), "death", _negated(tok)
        elif lemma in c["causing"] and tok.pos_ == "VERB":
            if any(ch.dep_ == "auxpass" for ch in tok.children):
                by = next((ch for ch in tok.children if ch.dep_ == "agent"), None)
                cause, target = _object_of(by), _subject(tok)
            else:
                cause, target = _subject(tok), next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
            effect, neg = (target.lemma_.lower() if target is not None else None), _negated(tok)
        elif lemma == "cause" and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "attr"):
            of = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
            target = _object_of(of)
            other = "attr" if tok.dep_ == "nsubj" else "nsubj"     # "the cause of Z was Y", "Y was the cause of Z"
            cause = next((ch for ch in tok.head.children if ch.dep_ == other), None) if tok.head.lemma_ == "be" else None
            effect, neg = (target.lemma_.lower() if target is not None else None), _negated(tok.head)
        if cause is None or effect not in c["effects"] or cause.pos_ not in ("NOUN", "PROPN") \
                or any(actor_at(t) for t in subtree(cause)):
            continue                   # an actor's act ("a rocket fired by X") is whose, not what
        speaker, anonymous, said_stance = voice(tok)
        if said_stance == "cannot_confirm":
            continue
        stance = "denies" if neg or said_stance in ("denies", "disputes") else (
            "hedges" if said_stance == "hedges" else "asserts")
        # "not caused by X but by Y": Y is what the speaker says caused it
        rather = next((t for t in subtree(cause.head) if t.dep_ == "conj" and t.lower_ in ("by", "from", "of")
                       and any(x.dep_ == "cc" and x.lower_ == "but" for x in t.head.children)), None)
        cut = {t.i for t in subtree(rather)} | {x.i for x in rather.head.children if x.dep_ == "cc"} if rather else set()
        for thing, side in ((cause, stance), (_object_of(rather), "asserts" if stance == "denies" else None)):
            if thing is None or side is None or thing.pos_ not in ("NOUN", "PROPN") or actor_at(thing):
                continue
            head = [ch.lemma_.lower() for ch in thing.children if ch.dep_ == "compound"] + [thing.lemma_.lower()]
            where = {t.i for ch in thing.children if ch.dep_ == "prep" and ch.lower_ in _WHERE for t in subtree(ch)}
            words = [t for t in subtree(thing) if (t.i not in cut or thing is not cause) and t.i not in where]
            words = [t for t in words if not (t.dep_ in ("det", "poss") and t.head.i == thing.i)]
            value = " ".join(t.text for t in words).strip(" ,.")
            out.append(Frame(pid, ps, pe, "cause", value, side, speaker, anonymous, (effect,), " ".join(head),
                             question=f"What caused the {effect}?"))
    return out


_WHERE = frozenset({"in", "at", "on", "inside", "near", "during", "after", "while", "within"})  # not the cause's words


def _object_of(prep):
    return next((ch for ch in prep.children if ch.dep_ == "pobj"), None) if prep is not None else None
