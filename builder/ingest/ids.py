"""Generate an article id: a short, stable, lowercase ASCII slug from outlet and date.

`csbnews.us` + `2025-03` gives `csbnews-2025-03`, as the committed corpus names its files;
`nhk.or.jp` gives `nhk`. Without an outlet, or when the "outlet" is only a hosting or CDN host
(`storage.googleapis.com`), the title's first words stand in, then the file name. An id already used in
the corpus (an article or a raw file) or earlier in the same run gets `-2`, `-3`, … appended.
"""

from __future__ import annotations

import re
import unicodedata

# Second-level labels that name a kind of site, not the site (nhk.or.jp, bbc.co.uk, gov.br).
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "gouv", "gv", "nic",
                 "mil", "info", "biz"}
# Hosting, storage and CDN domains: a file served from them says nothing about who published it.
# General knowledge of the web's infrastructure, not of any story.
HOSTING = ("googleapis.com", "googleusercontent.com", "appspot.com", "firebaseapp.com", "web.app",
           "azurewebsites.net", "azureedge.net", "blob.core.windows.net", "cloudapp.net", "amazonaws.com",
           "cloudfront.net", "akamaihd.net", "akamaized.net", "fastly.net", "edgekey.net", "cdn.ampproject.org",
           "herokuapp.com", "netlify.app", "vercel.app", "pages.dev", "github.io", "gitlab.io",
           "cloudflare-ipfs.com", "archive.org", "archive.ph", "archive.today", "ghostarchive.org")
_SKIP_WORDS = {"the", "a", "an"}


def hosting(host: str) -> bool:
    """Whether `host` belongs to a hosting, storage, CDN or archive service (not an outlet)."""
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in HOSTING)


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
        if hosting(text):
            return ""
        labels = text.removeprefix("www.").split(".")[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        return slug(labels[-1], 1) if labels else ""
    return slug(outlet, 3)


def make_id(outlet: str, published: str, title: str, stem: str, taken: set[str]) -> str:
    """A new id not in `taken` (which the caller then extends)."""
    name = (outlet_key(outlet) if outlet else "") or slug(title, 4)
    base = "-".join(p for p in (name, published) if p) or slug(stem, 4) or "article"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
