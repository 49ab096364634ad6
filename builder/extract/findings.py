"""A finished spaCy `Doc` of one article -> its `ArticleFindings` (the value that is cached).

The article is parsed as one text, its paragraphs joined by blank lines, so that pronouns and
surnames can refer back across paragraphs; this module maps every span back to its paragraph
and offset. What it reads from the Doc: sentences (`doc.sents`), actors (`doc._.actors`, from
`entities.py`), date entities (resolved by `dates.py` against the publication date) and who said
what (`doc._.attributions`, from `attribution.py`).
"""

from __future__ import annotations

from bisect import bisect_right

from ..model import Source
from .dates import find_dates
from .frames import frames
from .lexicon import AFFIRMING_NO, NEGATORS
from .types import ArticleFindings, EntityMention, Statement
from .tree import subtree

SEPARATOR = "\n\n"
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})     # words that carry a claim


def article_text(source: Source) -> str:
    """The text the pipeline parses for `source`: its paragraphs joined by blank lines."""
    return SEPARATOR.join(p.text for p in source.paragraphs)


class _Offsets:
    """Character offsets of the joined text -> (paragraph index, offset in the paragraph)."""

    def __init__(self, source: Source):
        self.starts, at = [], 0
        for p in source.paragraphs:
            self.starts.append(at)
            at += len(p.text) + len(SEPARATOR)
        self.source = source

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        base = self.starts[i]
        length = len(self.source.paragraphs[i].text)
        s, e = start - base, min(end - base, length)
        if s < 0 or s >= length or e <= s:
            return None
        return i, s, e


def findings(source: Source, doc) -> ArticleFindings:
    """Everything the per-article stage finds in `source`, from its parsed `doc`."""
    where = _Offsets(source)
    paragraphs = source.paragraphs
    sentences = []
    for sent in doc.sents:
        text = sent.text
        lead = len(text) - len(text.lstrip())
        loc = where.locate(sent.start_char + lead, sent.end_char)
        if loc is None:
            continue
        i, s, e = loc
        chunk = paragraphs[i].text[s:e].rstrip()
        if not chunk:
            continue
        sentences.append((paragraphs[i].id, s, s + len(chunk)))
    entities = []
    for a in doc._.actors or ():
        loc = where.locate(a.start, a.end)
        if loc is None:
            continue
        i, s, e = loc
        entities.append(EntityMention(paragraphs[i].id, s, e, a.key, a.kind, a.surface, a.aliases,
                                      a.role, a.affiliation, f"spaCy {a.kind}"))
    date_spans: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "EVENT"):
            loc = where.locate(ent.start_char, ent.end_char)
            if loc:
                date_spans.setdefault(paragraphs[loc[0]].id, []).append(loc[1:])
    actor_at = sorted(((a.start, a.end, a.key) for a in doc._.actors or ()))
    actor_starts = [a[0] for a in actor_at]
    sentence_starts: dict[str, list[int]] = {}
    for p, s, _ in sentences:
        sentence_starts.setdefault(p, []).append(s)
    statements = []
    for att in getattr(doc._, "attributions", None) or ():
        loc = where.locate(*att.content)
        if loc is None:
            continue
        i, s, e = loc
        speaker = None
        if att.speaker is not None:
            ss, se = att.speaker
            lo = max(0, bisect_right(actor_starts, ss) - 8)        # names are short: a few back suffice
            # the longest name inside the speaker's span, else the longest across it ("Saudi
            # Arabia's" is the country, not the group "Saudi Arabia's Western allies" it begins)
            overlapping = [(ss <= a and b <= se, b - a, k) for a, b, k in actor_at[lo:bisect_right(actor_starts, se)]
                           if a < se and ss < b]
            speaker = max(overlapping)[2] if overlapping else None
        pid = paragraphs[i].id
        index = max(0, bisect_right(sentence_starts.get(pid, []), s) - 1)
        base = where.starts[i]
        background = tuple((a - base, b - base) for a, b in _background(doc, *att.content))
        statements.append(Statement(pid, s, e, att.stance, speaker, att.anonymous, att.statement, index,
                                    _negative(doc, *att.content), background,
                                    att.cue == "" and att.speaker is None and not att.anonymous))
    lemmas = []
    for tok in doc:
        if tok.pos_ in CONTENT and tok.is_alpha and not tok.is_stop:
            loc = where.locate(tok.idx, tok.idx + len(tok.text))
            if loc:
                lemmas.append((paragraphs[loc[0]].id, loc[1], loc[2], tok.lemma_.lower()))
    def offsets(start: int, end: int):
        loc = where.locate(start, end)
        return (paragraphs[loc[0]].id, loc[1], loc[2]) if loc else None
    found_dates = tuple(find_dates(source, date_spans))
    index_of = {p.id: i for i, p in enumerate(paragraphs)}
    dated = {where.starts[index_of[m.paragraph]] + m.start: m.date for m in found_dates if m.date.day}
    found_frames = frames(doc, doc._.actors or (), getattr(doc._, "attributions", None) or (), offsets, dated)
    return ArticleFindings(source.id, tuple(sorted(set(entities))), found_dates,
                           tuple(sorted(set(statements), key=_order)), tuple(sentences), tuple(lemmas), tuple(found_frames))


def _order(s: Statement) -> tuple:
    """Statements in text order; one clause read twice (with and without a speaker) sorts too."""
    return (s.paragraph, s.start, s.end, s.stance, s.speaker or "", s.anonymous, s.content, s.sentence,
            s.negated, s.background)


def _negative(doc, start: int, end: int) -> bool:
    """The main verb of the span `start:end` of doc.text is negated ("did not", "had no role"), or
    its subject is none ("no one was hurt"); not "there is no doubt", "had no choice"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    # (what no one will do denies no fact: "no officials will face disciplinary action")
    factual = not any(c.tag_ == "MD" for c in root.children)
    for tok in [root, *root.children]:
        if tok.dep_ == "neg" or (tok.lower_ in NEGATORS and tok.dep_ in ("neg", "advmod", "det", "dobj", "attr")):
            return True
        if tok.i == root.i or not factual:
            continue
        if tok.lower_ in NEGATORS and tok.dep_ in ("nsubj", "nsubjpass"):
            return True             # "nothing was taken", "nobody answered"
        if tok.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and tok.lemma_.lower() not in AFFIRMING_NO \
                and any(c.lower_ in ("no", "nothing") for c in tok.children):
            return True             # "no customs operations were conducted", "no one was firing"
    return False


def _background(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the relative and adverbial clauses inside `start:end`: what describes
    the things a proposition is about rather than stating it ("that flew over the US")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        if tok.dep_ in ("relcl", "acl", "advcl") and tok.head.i >= span.start and tok.i != span.root.i:
            sub = list(subtree(tok))
            out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return out
