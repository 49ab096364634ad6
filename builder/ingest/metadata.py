"""Work out an article's metadata, saying where each value came from and which are missing.

Inputs, strongest first: the command's options (--title, --outlet, --url, --published), what the
file states (a web page's meta tags and structured data, Markdown front matter), the URL (host
for the outlet, /2025/03/04/ for the date, the slug for the title), and lines the cleaner took
out of the text (byline, date line, copyright holder). Output: `Meta`. Nothing is invented: a
value that no input gives stays empty and is listed in `Meta.missing`, and a value that had to
be reconstructed (a title rebuilt from the URL slug) says so in its origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..dates import PartialDate

FIELDS = ("title", "outlet", "url", "published", "authors", "language")
_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to",
          "up", "via", "vs"}
# Function words that identify a language from a few hundred words of text, with no model.
_STOPWORDS = {
    "en": "the of and to in is that for it with as was on are be by this have from not but at they his "
          "has were said which would its their been will who".split(),
    "fr": "le la les de des du et est une un pour que qui dans sur pas par au aux avec ce il elle sont "
          "été plus ses".split(),
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden "
          "aus er hat".split(),
    "es": "el la los las de del y que en un una por con para es se al lo como más pero sus fue ha "
          "está".split(),
    "it": "il lo la gli le di del della e che un una per con non sono è da nel alla anche ha come".split(),
    "pt": "o a os as de do da dos das e que em um uma para com não por se na no mais foi são".split(),
    "nl": "de het een en van is dat op te in niet met voor zijn er aan ook als bij door".split(),
}

_STOPSETS = {lang: frozenset(words) for lang, words in _STOPWORDS.items()}


@dataclass
class Meta:
    """The metadata of one article: values, where each came from, what is missing."""

    values: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    origin: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return [f for f in FIELDS if not (self.authors if f == "authors" else self.values.get(f))]

    def set(self, key: str, value: str, origin: str) -> None:
        if value and not self.values.get(key):
            self.values[key] = value
            self.origin[key] = origin


def url_parts(url: str) -> tuple[str, str, str]:
    """(host without www., the last path segment as a slug, the date in the path as EDTF or '')."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    slug = re.sub(r"\.(?:html?|php|aspx?)$", "", segments[-1]) if segments else ""
    if not re.search(r"[a-z]", slug, re.I) or "-" not in slug:
        slug = ""
    return host, slug, url_date(parts.path)


def url_date(path: str) -> str:
    """The date a URL path gives, to the precision it gives: /2025/03/04/ -> 2025-03-04."""
    for pattern in (r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)", r"/((?:19|20)\d{2})/(\d{1,2})(?:/|$)",
                    r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b"):
        m = re.search(pattern, path)
        if m:
            try:
                return PartialDate(*(int(g) for g in m.groups())).iso() if _valid(m.groups()) else ""
            except ValueError:
                return ""
    return ""


def _valid(groups: tuple[str, ...]) -> bool:
    text = "-".join(f"{int(g):02d}" if i else g for i, g in enumerate(groups))
    try:
        PartialDate.parse(text)
        return True
    except ValueError:
        return False


def text_date(text: str) -> str:
    """The day a date line gives ('March 4, 2025', '4 March 2025', 'Posted Mar 13, 2023',
    '14/08/2024 22h37', '2025-03-04'), or ''. Month names and weekdays are read by dateparser;
    an all-numeric date whose day and month could be swapped (04/03/2025) is not guessed."""
    t = re.sub(r"^\s*(?:published|posted|updated|last updated|date)\b\s*(?:on|:)?\s*", "", text.strip(), flags=re.I)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _iso(*m.groups())
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", t)
    if m:
        a, b, y = (int(g) for g in m.groups())
        if (a > 12) == (b > 12):            # 04/03/2025: March or April? Do not guess.
            return ""
        return _iso(y, b, a) if a > 12 else _iso(y, a, b)
    if not re.search(r"\d{4}", t) or not re.search(r"[a-z]{3}", t, re.I):
        return ""
    t = re.sub(r"(?<=\d)h(?=\d{2}\b)", ":", t)               # 22h37 -> 22:37
    t = re.split(r"\s+[|·•]\s+", t)[0]
    import dateparser                                        # imported here: it takes a moment to load
    found = dateparser.parse(t, languages=["en"], settings={"STRICT_PARSING": True,
                                                            "REQUIRE_PARTS": ["day", "month", "year"]})
    return _iso(found.year, found.month, found.day) if found else ""


def _iso(y, mo, d) -> str:
    try:
        return PartialDate.parse(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}").iso()
    except ValueError:
        return ""


def title_from_slug(slug: str) -> str:
    """'russian-experts-visited-iran-on-tuesday' -> 'Russian Experts Visited Iran on Tuesday'."""
    words = [w for w in re.split(r"[-_]+", slug) if w]
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def language_of(text: str) -> str:
    """An ISO 639-1 code from function-word counts in the first 3,000 words, or '' if unclear."""
    words = re.findall(r"[^\W\d_]+", text[:40_000].lower())[:3000]
    if len(words) < 20:
        return ""
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPSETS.items()}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 0.12 * len(words) and top >= 2 * second:
        return best
    return ""


def normalise_language(tag: str) -> str:
    """'en-GB' -> 'en'; '' for anything that is not a language tag."""
    m = re.match(r"^([a-zA-Z]{2,3})(?:[-_][\w-]+)?$", tag.strip())
    return m.group(1).lower() if m else ""


def normalise_date(value: str) -> str:
    """An EDTF date from a stated value ('2025-03-04T09:30:00Z' -> '2025-03-04'), or ''."""
    m = re.match(r"^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", value)
    if not m:
        return text_date(value)
    try:
        return PartialDate.parse(m.group(1)).iso()
    except ValueError:
        return ""


def split_authors(text: str) -> list[str]:
    return [a.strip() for a in re.split(r",|\band\b|&", text) if a.strip()]
