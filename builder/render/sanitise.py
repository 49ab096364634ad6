"""The last line of defence: an allow-list sanitiser over each page's content HTML.

The MkDocs hook passes every page's rendered content (not the theme around it, whose scripts
stay) through `clean()`. Only the elements and attributes our templates, Markdown's extensions
and the hand-written pages produce survive, URLs only as http, https, mailto or relative links,
no `on*` attribute and no `style` but `text-align` (the tables extension's column alignment).
Escaping in text.py should already have made article text inert; so a page the sanitiser has to
change is reported (what was removed), and the hook turns that into a warning, an error under
`--strict`: an escaping bug is seen, not only hidden.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import nh3

_GLOBAL = {"class", "id", "title", "lang", "dir", "role", "aria-label", "aria-hidden", "aria-describedby",
           "data-search-exclude"}
_SVG_SHAPE = {"x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "width", "height",
              "transform", "text-anchor", "dominant-baseline"}
TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "img", "ins", "kbd", "li", "mark", "nav", "ol", "p", "pre", "q", "s", "small", "span", "strong",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    # the timeline, the map and actor neighbourhoods (builder/render/visuals.py)
    "svg", "g", "circle", "ellipse", "line", "path", "polygon", "polyline", "rect", "text", "tspan", "title",
    "desc",
}
ATTRIBUTES = {
    "*": _GLOBAL,
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"style", "colspan", "rowspan"},
    "th": {"style", "colspan", "rowspan"},
    "ol": {"start"},
    "details": {"open"},
    "svg": {"xmlns", "viewbox", "viewBox", "width", "height"},
    **{tag: _SVG_SHAPE for tag in ("g", "circle", "ellipse", "line", "path", "polygon", "polyline", "rect",
                                    "text", "tspan")},
}
URL_SCHEMES = {"http", "https", "mailto"}


def clean(html: str) -> tuple[str, list[str]]:
    """Return (`html` made safe, what had to be removed). When nothing is removed the HTML is
    returned unchanged (byte for byte), so a clean site is not re-serialised."""
    cleaned = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None,
                        strip_comments=False, clean_content_tags={"script", "style"},
                        filter_style_properties={"text-align"})
    before, after = _Shape(html), _Shape(cleaned)
    if before.items == after.items:
        return html, []
    removed = Counter(before.items) - Counter(after.items)
    if not removed:  # only reordered or re-nested: report it rather than call it clean
        removed = Counter({"a change in structure": 1})
    return cleaned, [f"{item} ×{n}" if n > 1 else item for item, n in sorted(removed.items())]


class _Shape(HTMLParser):
    """What a page consists of: each element, each attribute with its value, and the text
    (decoded), ignoring how the markup is spelled (quotes, self-closing tags, entities)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.items.append(f"<{tag}>")
        for name, value in attrs:
            if name == "style":
                value = " ".join((value or "").split()).rstrip(";")
            self.items.append(f"<{tag} {name}={_short(value)}>")

    def handle_data(self, data):
        if data.strip():
            self.items.append(f"text {_short(' '.join(data.split()))}")


def _short(value: str | None) -> str:
    value = value or ""
    return repr(value if len(value) <= 60 else value[:57] + "…")
