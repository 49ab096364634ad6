"""Word tokens with character offsets, and the paragraph-level guards every extractor shares.

One linear scan per paragraph (no backtracking regex), so a 200 KB paragraph costs what its
length costs. A token knows whether it is capitalised, whether it opens a sentence, and
whether it carried a possessive ending (which is split off so "Russia's" yields "Russia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import TITLE_PREFIXES, TITLES
from .sentences import sentence_spans

_TOKEN = re.compile(r"[^\W\d_][\w'’\-/.&]*|\d[\w\-/.,%]*|[^\w\s]")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn|abu|de|da|di|du|van|von|der|le|la)-[A-Z]")
_ENGLISH = frozenset("the of and to in a is that for on with as was by at from it has have said were are "
                     "be this which an its their not but had his her they he she".split())
_ABBREV = frozenset("mr mrs ms dr prof sr jr st gen col lt maj capt sgt adm gov sen rep rev hon jan feb mar "
                    "apr jun jul aug sep sept oct nov dec no inc corp ltd co brig cpl".split())


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    sentence: int          # index of the sentence within the paragraph
    first: bool            # first word of its sentence
    possessive: bool = False
    cap: bool = False      # could be part of a name (see _cap)

    def __post_init__(self):
        self.cap = _cap(self.text)

    @property
    def bare(self) -> str:
        """The text without a title prefix such as 'then-'."""
        for p in TITLE_PREFIXES:
            if self.text.startswith(p) and len(self.text) > len(p):
                return self.text[len(p):]
        return self.text

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()


def _cap(t: str) -> bool:
    """Capitalised, or a name particle / title prefix before a capital ("al-Assad", "then-President")."""
    if not t or not t[0].isalpha():
        return False
    if t[0].isupper():
        return not any(ch.isdigit() for ch in t)
    if any(ch.isdigit() for ch in t):
        return False
    if _PARTICLE.match(t):
        return True
    return any(t.startswith(p) and len(t) > len(p) and t[len(p)].isupper() for p in TITLE_PREFIXES)


@lru_cache(maxsize=512)
def tokenize(text: str) -> tuple[Tok, ...]:
    """Tokens of one paragraph (cached: every extractor reads the same paragraph)."""
    return tuple(_tokenize(text))


def _tokenize(text: str) -> list[Tok]:
    """Tokens of one paragraph, with sentence indexes and possessives split off."""
    spans = sentence_spans(text)
    tokens: list[Tok] = []
    s_index, s_end, first = 0, spans[0][1] if spans else len(text), True
    for m in _TOKEN.finditer(text):
        start, end = m.start(), m.end()
        while start >= s_end and s_index + 1 < len(spans):
            s_index += 1
            s_end = spans[s_index][1]
            first = True
        word = m.group()
        possessive = False
        if word[0].isalpha():
            if word.endswith(("'s", "’s")) and len(word) > 2:
                word, possessive = word[:-2], True
            elif word.endswith(("s'", "s’")) and len(word) > 2 and word[0].isupper():
                word, possessive = word[:-1], True
            if word.endswith(".") and not _keeps_dot(word):
                word = word.rstrip(".")
            while word and word[-1] in "-/'’&":
                word = word[:-1]
            end = start + len(word) if not possessive else end
            if not word:
                continue
        tok = Tok(word, start, start + len(word), s_index, first and word[0].isalnum(), possessive)
        if word[0].isalnum():
            first = False
        tokens.append(tok)
    return tokens


def _keeps_dot(word: str) -> bool:
    if _INITIALS.fullmatch(word):
        return True
    return word in TITLES or word[:-1].lower() in _ABBREV


def skip_paragraph(text: str, tokens: list[Tok]) -> bool:
    """True for paragraphs no extractor should read: all-caps headlines and non-English text."""
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    if len(letters) >= 12 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        return True
    words = [t for t in tokens[:400] if t.word]
    if len(words) >= 12 and sum(t.lower in _ENGLISH for t in words) < 0.08 * len(words):
        return True
    return False
