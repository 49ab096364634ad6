"""Split an article body into paragraphs p1…pN, keeping the line each starts on.

A paragraph is a block of non-blank lines; its lines are joined with single spaces, so a
quote can be matched regardless of how the text was wrapped.
"""

from __future__ import annotations

import re

from .model import Paragraph

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                         "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u2032": "'", "\u00a0": " "})


def split_paragraphs(body: str, first_line: int = 1) -> tuple[Paragraph, ...]:
    """Return the body's paragraphs; `first_line` is the file line the body starts on."""
    paragraphs: list[Paragraph] = []
    block: list[str] = []
    start = first_line
    for number, line in enumerate(body.splitlines(), start=first_line):
        if line.strip():
            if not block:
                start = number
            block.append(line.strip())
        elif block:
            paragraphs.append(_paragraph(len(paragraphs), block, start))
            block = []
    if block:
        paragraphs.append(_paragraph(len(paragraphs), block, start))
    return tuple(paragraphs)


def _paragraph(index: int, lines: list[str], start: int) -> Paragraph:
    return Paragraph(id=f"p{index + 1}", text=" ".join(" ".join(lines).split()), line=start)


def normalise(text: str) -> str:
    """Whitespace collapsed and typographic quotes made straight: the form quotes are matched in.
    (`str.split` splits at the characters `\\s` matches, and drops them at both ends, as `strip`.)"""
    return " ".join(text.translate(_QUOTES).split())


def find_quote(quote: str, paragraph: str) -> tuple[int, int] | None:
    """Character span of `quote` in `paragraph` after normalisation, or None if absent.

    Normalisation maps characters one to one except runs of whitespace, so the span is
    mapped back onto the original text through an index table.
    """
    target = normalise(quote)
    if not target:
        return None
    plain = paragraph.translate(_QUOTES)
    if plain == normalise(plain):        # nothing to collapse (a loaded paragraph): spans map one to one
        at = plain.find(target)
        return None if at < 0 else (at, at + len(target))
    norm_chars: list[str] = []
    origin: list[int] = []
    previous_space = True
    for i, ch in enumerate(paragraph.translate(_QUOTES)):
        if ch.isspace():
            if previous_space:
                continue
            ch, previous_space = " ", True
        else:
            previous_space = False
        norm_chars.append(ch)
        origin.append(i)
    at = "".join(norm_chars).find(target)
    if at < 0:
        return None
    return origin[at], origin[at + len(target) - 1] + 1
