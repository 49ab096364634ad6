"""Turn untrusted text into inert Markdown.

Article and editor text is data. Python-Markdown does not sanitise (its docs say so), so every
piece of it passes through `md_escape` before it reaches a page: HTML-significant characters
become entities and Markdown syntax characters are backslash-escaped, so `<script>`,
`[x](javascript:…)`, `**bold**`, `{: attr }` and `{{ jinja }}` all render as the characters typed.

One function per context where untrusted text lands (tests/test_fuzz_escape.py covers each):

- body text, headings, list items, link text, table cells, footnote text: `md_escape`
  (a whole line) or `escape_inline` (a piece of one); `|` is escaped, so a table row stays whole;
- a link title (`[t](url "…")`), which Material's `content.tooltips` copies into a tooltip with
  `innerHTML`: `attr_escape`, safe for Markdown, for the attribute and for HTML a second time;
- a link target: `safe_url` (http and https only);
- raw HTML and SVG (timeline, map): `html.escape` in visuals.py; dossier.json: `json.dumps`.

C0 and C1 control characters are dropped everywhere: Python-Markdown uses STX/ETX as placeholders for
stashed HTML, so text carrying them could pull markup back in.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# Characters that are Markdown syntax anywhere in a line (all in Python-Markdown's escapable set,
# "|" added by the tables extension); a backslash before any other character would show.
# "<", ">" and "&" become entities instead. Other syntax ("-", "+", "1.") only matters at the
# start of a line and is guarded there, which keeps generated pages readable in a diff.
_INLINE = re.compile(r"([\\`*_\[\]{}|#!])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+])|^([?=~:])")
# STX/ETX are Python-Markdown's placeholders; no C0 control character is text a reader sees.
# ASCII that no Markdown, table or attribute-list parser reads inside a link title.
_TITLE_PLAIN = frozenset(" .,:;-/?!%+=@#")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def md_escape(text: str) -> str:
    """Escape `text` so that Markdown renders exactly these characters, on one line."""
    if type(text) is not str:
        return guard_start(escape_inline(one_line(text)))
    done = _ESCAPED.get(text)
    if done is None:
        if len(_ESCAPED) >= _ESCAPED_MAX:
            _ESCAPED.clear()
        done = _ESCAPED[text] = guard_start(escape_inline(one_line(text)))
    return done


# Texts escaped before: the pages of one build escape the same titles, names and quotes many
# times (a claim's title on its page, in the index, on each actor page taking a position on it).
_ESCAPED: dict[str, str] = {}
_ESCAPED_MAX = 1 << 18


def one_line(text: str) -> str:
    # (`str.split` splits at the characters `\s` matches and drops them at both ends, as `strip`)
    return " ".join(_CONTROL.sub("", str(text)).split())


def escape_inline(text: str) -> str:
    """Escape a piece of a line (no trimming); see `md_escape`."""
    text = _CONTROL.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # (Python-Markdown puts the footnotes where a text holds its marker: never where an article's does)
    return _INLINE.sub(r"\\\1", text).replace(FOOTNOTE_MARKER, "&#47;" + FOOTNOTE_MARKER[1:])


FOOTNOTE_MARKER = "///Footnotes Go Here///"     # the footnotes extension's PLACE_MARKER


def guard_start(text: str) -> str:
    """Escape what would start a block at the start of a line: a list, a rule, a heading
    underline, a fence (`~~~`), a details block (`???`, pymdownx.details)."""
    def guard(m: re.Match) -> str:
        if m[1]:
            return f"{m[1]}\\{m[2]}"
        if m[3]:
            return f"\\{m[3]}"
        return f"&#{ord(m[4])};"  # not in Markdown's escapable set: a backslash would show
    return _LINE_START.sub(guard, text)


def attr_escape(text: str) -> str:
    """Text for a Markdown link title (`"…"`), on one line.

    ASCII punctuation that any parser on the way could read (quotes, brackets, parentheses,
    backslash, backtick, `|`, `{`, `<`, `&`) becomes a numeric character reference, so no
    quote, bracket, `|` or `{` reaches Markdown's link, table or attribute-list parsers. Material's
    `content.tooltips` puts the title's value into the tooltip with `innerHTML`, so `&`, `<` and
    `>` are escaped once more first: the tooltip shows the characters typed, never markup."""
    text = "".join(_HTML.get(ch, ch) for ch in one_line(text))
    return "".join(ch if ord(ch) >= 128 or ch.isalnum() or ch in _TITLE_PLAIN else f"&#{ord(ch)};" for ch in text)


def safe_url(url: str) -> str | None:
    """An http(s) URL made safe for a Markdown link target, or None if it is not http(s)."""
    url = url.strip()
    if not is_web_url(url):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def is_web_url(url: str) -> bool:
    """True if `url` is an absolute http or https URL with no whitespace or control characters."""
    return bool(re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", url, flags=re.IGNORECASE))


def clip(text: str, limit: int = 160) -> str:
    """Shorten `text` at a word boundary, with an ellipsis, for previews."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(",;:") + "…"
