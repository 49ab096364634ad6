"""Turn untrusted text into inert Markdown.

Article and editor text is data. Python-Markdown does not sanitise (its docs say so), so every
piece of it passes through `md_escape` before it reaches a page: HTML-significant characters
become entities and Markdown syntax characters are backslash-escaped, so `<script>`,
`[x](javascript:…)`, `**bold**`, `{: attr }` and `{{ jinja }}` all render as the characters typed.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_SPACE = re.compile(r"\s+")
# Python-Markdown's escapable characters (plus "|", added by the tables extension); a backslash
# before any other character would show. "<", ">" and "&" become entities instead.
_INLINE = re.compile(r"([\\`*_\[\]{}()|!#+-])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ORDERED = re.compile(r"^(\d+)\.")


def md_escape(text: str) -> str:
    """Escape `text` so that Markdown renders exactly these characters, on one line."""
    return guard_start(escape_inline(one_line(text)))


def one_line(text: str) -> str:
    return _SPACE.sub(" ", str(text)).strip()


def escape_inline(text: str) -> str:
    """Escape a piece of a line (no trimming); see `md_escape`."""
    return _INLINE.sub(r"\\\1", "".join(_HTML.get(ch, ch) for ch in text))


def guard_start(text: str) -> str:
    # "1. " at the start of a line would begin a list; "." is not escaped elsewhere.
    return _ORDERED.sub(r"\1\\.", text)


def attr_escape(text: str) -> str:
    """Text for a Markdown link title ("…"): one line, no quotes, HTML-inert."""
    text = _SPACE.sub(" ", str(text)).strip().replace('"', "'").replace("\\", "/")
    return "".join(_HTML.get(ch, ch) for ch in text)


def safe_url(url: str) -> str | None:
    """An http(s) URL made safe for a Markdown link target, or None if it is not http(s)."""
    url = url.strip()
    if not re.match(r"^https?://[^\s]+$", url, flags=re.IGNORECASE):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def clip(text: str, limit: int = 160) -> str:
    """Shorten `text` at a word boundary, with an ellipsis, for previews."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(",;:") + "…"
