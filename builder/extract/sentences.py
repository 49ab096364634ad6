"""Sentence spans within a paragraph, for quoting the sentence a mention or date sits in.

A small rule-based splitter: a sentence ends at `.`, `!` or `?` (optionally followed by a
closing quote or bracket) before whitespace and an upper-case letter, digit or opening quote,
unless the word before the stop is a known abbreviation or a single initial. It runs in
linear time, which matters on pathological 200 KB paragraphs.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st gen col lt maj capt sgt adm gov sen rep rev hon pres
jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig inc corp ltd co bros dept est approx
u.s u.k u.n e.g i.e vs etc a.m p.m
""".split())
_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) character spans of the sentences of `text`, covering it in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        word = text[max(start, text.rfind(" ", start, match.start()) + 1):match.start()].lower()
        word = word.lstrip("\"'“‘(")
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_at(text: str, position: int, spans: list[tuple[int, int]] | None = None) -> str:
    """The sentence of `text` that contains character `position`."""
    for start, end in spans if spans is not None else sentence_spans(text):
        if start <= position < end:
            return text[start:end].strip()
    return text.strip()
