"""Attributed statements in one article: who said what, and with what stance.

Input: a `Source` and the entity mentions found in it. Output: `Statement`s, one per clause
that carries a speech cue. A sentence is cut into clauses at ";" and before "but", "though",
"while", "however" and "and said"-like continuations, so "X reported A, though Y refused to
confirm" yields two positions on one claim. Each clause gets the strongest stance its cues
give (cannot_confirm > denies > disputes > hedges > asserts) and a speaker: the name after
"according to" or after an inverted verb ("said Jane Doe"), else the subject before the verb,
else the last speaker for "he"/"she"/"the spokesman". A subject that is only a role ("a
Western defense official", "an unnamed official", "five of the seven") is anonymous.
Inability to confirm by the outlet whose reporting the article relays is its own hedge.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Source
from . import lexicon as lx
from .sentences import sentence_spans
from .tokens import skip_paragraph, tokenize
from .types import EntityMention, Statement

_VERBS = lx.ASSERT_VERBS | lx.DENY_VERBS | lx.DISPUTE_VERBS
_VERB_ALT = "|".join(sorted(_VERBS, key=len, reverse=True))
_CLAUSE_BREAK = re.compile(
    r";\s*|,\s+(?=(?:but|though|although|while|whereas|however|yet)\b)"
    rf"|\s+and\s+(?=(?:also\s+)?(?:{_VERB_ALT})\b)", re.IGNORECASE)
_CANNOT = re.compile("|".join(lx.CANNOT_CONFIRM), re.IGNORECASE)
_HEDGE_STRONG = re.compile("|".join(lx.HEDGES[:2] + lx.HEDGES[4:]), re.IGNORECASE)
_HEDGE_WEAK = re.compile("|".join(lx.HEDGES[2:4]), re.IGNORECASE)
_INABILITY = re.compile(r"could\s?(?:not|n't)|unable|not\s+able|cannot", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
_QUOTE_CLOSE = re.compile(r"[”\"]")
_PRONOUNS = {"he": "person", "she": "person", "they": "any", "we": "any", "i": "person"}
_LEADING = re.compile(r"^(?:[\s,;:—–-]|and\b|but\b|though\b|although\b|while\b|whereas\b|however\b|yet\b)+",
                      re.IGNORECASE)


def find_statements(source: Source, mentions: list[EntityMention]) -> list[Statement]:
    """Every clause of `source` with a speech or stance cue, as a Statement."""
    by_paragraph: dict[str, list[EntityMention]] = {}
    for m in mentions:
        by_paragraph.setdefault(m.paragraph, []).append(m)
    reporters = _reporters(source, mentions)
    state = {"person": None, "any": None, "spokes": None}
    out: list[Statement] = []
    for paragraph in source.paragraphs:
        text = paragraph.text
        if skip_paragraph(text, tokenize(text)):
            continue
        ms = sorted(by_paragraph.get(paragraph.id, []), key=lambda m: (m.start, m.end))
        starts = [m.start for m in ms]
        for s_index, (s, e) in enumerate(sentence_spans(text)):
            subject: tuple[str | None, bool] | None = None
            for cs, ce in _clauses(text, s, e):
                st = _statement(text, cs, ce, ms, starts, state, reporters, subject, paragraph.id, s_index)
                if st is not None:
                    out.append(st)
                    subject = (st.speaker, st.anonymous)
    return out


def _clauses(text: str, s: int, e: int):
    start = s
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        yield start, m.start()
        start = m.end()
    yield start, e


def _statement(text: str, cs: int, ce: int, mentions: list[EntityMention], starts: list[int], state: dict,
               reporters: set[str], carried, pid: str, s_index: int) -> Statement | None:
    clause = text[cs:ce]
    if len(clause) < 8:
        return None
    cue, stance = _cue(clause)
    if cue is None:
        return None
    at = cs + cue.start()
    inside = [m for m in mentions[bisect_left(starts, cs):bisect_left(starts, ce)] if m.end <= ce]
    speaker, anonymous = _speaker(text, cs, ce, at, cue, inside, state, carried)
    if stance == "cannot_confirm" and speaker in reporters and _INABILITY.search(cue.group()):
        stance = "hedges"                  # the outlet qualifying its own reporting
    if stance == "hedges" and cue.re is _HEDGE_STRONG:
        speaker, anonymous = None, False   # the article's own voice
    # Trim the quoted span to the clause proper, without leading conjunctions or punctuation.
    lead = _LEADING.match(clause)
    qs = cs + (lead.end() if lead else 0)
    qe = ce
    while qe > qs and text[qe - 1] in " ,;:.":
        qe -= 1
    if qe - qs < 8:
        return None
    content = _content(text, qs, qe, at)
    if speaker:
        kind = next((m.kind for m in inside if m.key == speaker), None)
        state["any"] = speaker
        if kind == "person":
            state["person"] = speaker
    return Statement(pid, qs, qe, stance, speaker, anonymous, content, s_index)


def _cue(clause: str):
    m = _CANNOT.search(clause)
    if m:
        return m, "cannot_confirm"
    for word in _WORD.finditer(clause):
        w = word.group().lower()
        if w in lx.DENY_VERBS:
            return word, "denies"
        if w in lx.DISPUTE_VERBS and _followed_by_object(clause, word.end()):
            return word, "disputes"
    m = _HEDGE_STRONG.search(clause)
    if m:
        return m, "hedges"
    m = _ACCORDING.search(clause)
    if m:
        return m, "asserts"
    for word in _WORD.finditer(clause):
        if word.group().lower() in lx.ASSERT_VERBS:
            return word, "asserts"
    m = _HEDGE_WEAK.search(clause)
    if m:
        return m, "hedges"
    return None, None


def _followed_by_object(clause: str, at: int) -> bool:
    rest = clause[at:at + 40].lower().split()
    return bool(rest) and rest[0] in ("that", "the", "reports", "claims", "allegations", "this", "it", "a", "any")


def _speaker(text: str, cs: int, ce: int, at: int, cue, inside: list[EntityMention], state: dict, carried):
    """(actor key or None, anonymous) for the clause whose cue starts at `at`."""
    real = [m for m in inside if m.kind != "demonym"]
    if _ACCORDING.match(cue.group()):
        after = [m for m in real if m.start >= at]
        region = text[at:ce]
        head_end = min((i for i in (region.find(","), region.find(" that ")) if i > 0), default=len(region))
        after = [m for m in after if m.start < at + head_end]
        return _from_region(text[at:at + head_end], after, state)
    # Inverted: '…,” said Jane Doe' / 'says Jane Doe, a fellow at …'
    nxt = [m for m in real if 0 <= m.start - (at + len(cue.group())) <= 2]
    if nxt and cue.group().lower() in lx.ASSERT_VERBS:
        return nxt[0].key, False
    # Subject: the words before the cue, after any closing quotation mark.
    region_start = cs
    for q in _QUOTE_CLOSE.finditer(text, cs, at):
        region_start = q.end()
    region = text[region_start:at]
    before = [m for m in real if region_start <= m.start and m.end <= at]
    if not region.strip(" ,“”\"'") and carried is not None:
        return carried
    return _from_region(region, before, state, carried)


def _from_region(region: str, mentions: list[EntityMention], state: dict, carried=None):
    words = [w.lower() for w in _WORD.findall(region)]
    anonymous_marked = bool(lx.ANONYMITY_MARKERS.search(region))
    heads = set(words) & lx.ANONYMOUS_HEADS
    spokes = set(words) & lx.SPOKES_HEADS
    persons = [m for m in mentions if m.kind == "person"]
    if persons and not anonymous_marked:
        return persons[0].key, False
    bodies = [m for m in mentions if m.kind in ("organization", "group", "other")]
    if anonymous_marked:
        return None, True
    if spokes and bodies:
        state["spokes"] = bodies[0].key
        return bodies[0].key, False
    if heads and bodies and not any(m.kind == "country" for m in mentions):
        return bodies[0].key, False
    if heads or spokes:
        if spokes and state.get("spokes") and words[:1] == ["the"]:
            return state["spokes"], False
        return None, True
    if mentions:
        return mentions[0].key, False
    if words and words[-1] in _PRONOUNS or (len(words) >= 2 and words[-2] in _PRONOUNS):
        pronoun = words[-1] if words[-1] in _PRONOUNS else words[-2]
        return state.get(_PRONOUNS[pronoun]), False
    if words and words[0] in ("it", "there", "this"):
        return None, False
    content_words = [w for w in words if w not in lx.FUNCTION_WORDS]
    if carried is not None and not content_words:
        return carried
    return (None, True) if content_words else (None, False)


def _content(text: str, qs: int, qe: int, at: int) -> str:
    """The proposition: what follows 'that' after the cue, or the quoted clause."""
    rest = text[at:qe]
    m = re.search(r"\bthat\s", rest[:80])
    if m and len(rest) - m.end() > 20:
        return rest[m.end():].strip(" ,“”\"")
    return text[qs:qe].strip(" “”\"")


def _reporters(source: Source, mentions: list[EntityMention]) -> set[str]:
    """Organisations whose reporting the article relays ('a X investigation', 'X reported')."""
    out = set()
    for m in mentions:
        if m.kind != "organization":
            continue
        p = source.paragraph(m.paragraph)
        after = p.text[m.end:m.end + 30].lower().lstrip("’'s ")
        before = p.text[max(0, m.start - 20):m.start].lower()
        if after.startswith(("investigation", "report", "reported", "reports")) or before.endswith(("report by ",
                                                                                                 "according to ")):
            out.add(m.key)
    return out
