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
# Characters that are Markdown syntax anywhere in a line (all in Python-Markdown's escapable set,
# "|" added by the tables extension); a backslash before any other character would show.
# "<", ">" and "&" become entities instead. Other syntax ("-", "+", "1.") only matters at the
# start of a line and is guarded there, which keeps generated pages readable in a diff.
_INLINE = re.compile(r"([\\`*_\[\]{}|#!])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+])")


def md_escape(text: str) -> str:
    """Escape `text` so that Markdown renders exactly these characters, on one line."""
    return guard_start(escape_inline(one_line(text)))


def one_line(text: str) -> str:
    return _SPACE.sub(" ", str(text)).strip()


def escape_inline(text: str) -> str:
    """Escape a piece of a line (no trimming); see `md_escape`."""
    return _INLINE.sub(r"\\\1", "".join(_HTML.get(ch, ch) for ch in text))


def guard_start(text: str) -> str:
    """Escape what would start a list, a rule or a heading underline at the start of a line."""
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


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
