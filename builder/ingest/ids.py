"""Generate an article id: a short, stable, lowercase ASCII slug from outlet and date.

`csbnews.us` + `2025-03` gives `csbnews-2025-03`, as the committed corpus names its files.
Without an outlet the title's first words stand in, then the file name. An id already used in
the corpus (an article or a raw file) or earlier in the same run gets `-2`, `-3`, … appended.
"""

from __future__ import annotations

import re
import unicodedata

_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu"}
_SKIP_WORDS = {"the", "a", "an"}


def slug(text: str, max_words: int = 4) -> str:
    """Lowercase ASCII words joined by hyphens, at most `max_words` of them."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_text.lower()) if w]
    words = [w for w in words if w not in _SKIP_WORDS] or words
    return "-".join(words[:max_words])


def outlet_key(outlet: str) -> str:
    """The name part of a domain (`news.bbc.co.uk` -> `bbc`), or a slug of the outlet's name."""
    text = outlet.strip().lower()
    if re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", text):
        labels = text.removeprefix("www.").split(".")[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        return slug(labels[-1], 1) if labels else ""
    return slug(outlet, 3)


def make_id(outlet: str, published: str, title: str, stem: str, taken: set[str]) -> str:
    """A new id not in `taken` (which the caller then extends)."""
    name = outlet_key(outlet) if outlet else slug(title, 4)
    base = "-".join(p for p in (name, published) if p) or slug(stem, 4) or "article"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
