"""The theme's indentation and blank lines, taken out of each built page.

Material's templates indent every line of the header, the navigation and the scripts around a
page's content; at thousands of pages that is about a seventh of the site's bytes. A browser
shows an HTML line's leading spaces and blank lines as one space, as it does the line break
kept here, so the page looks and reads the same. Inside `<pre>` and `<textarea>` whitespace
shows, and is kept as it is.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.S | re.I)
_INDENT = re.compile(r"\n\s+")


def compact(html: str) -> str:
    """`html` with every line break followed by whitespace reduced to the line break alone."""
    parts = _KEPT.split(html)
    out = []
    for i in range(0, len(parts), 3):          # text, then (kept block, its tag name) pairs
        out.append(_INDENT.sub("\n", parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)
