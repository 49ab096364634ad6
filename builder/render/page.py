"""Per-page rendering helpers: relative links, actor auto-linking and citation footnotes.

Templates receive one `Page`; it knows where the page sits in `docs/`, so every link it writes
is a relative `.md` link MkDocs can check, and it numbers the page's citations as footnotes
(one per distinct citation) whose text MkDocs Material shows as a tooltip.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
from collections.abc import Mapping

from ..graph import Dossier
from ..model import Citation
from ..resolve.mentions import Names
from . import claims
from .text import FOOTNOTE_MARKER, attr_escape, clip, escape_inline, guard_start, md_escape, one_line

# A list longer than this is left out of the search index (`data-search-exclude` on its heading or
# block): each row links to, or quotes, a page that search finds itself. Zensical 0.0.73 refuses a
# section whose text passes about 2**30 bytes / the number of sections of the site (16 KiB at 1,000
# articles): 25 rows stay under 8 KiB.
SEARCH_ROWS = 25
SEARCH_NOTES = 8000      # characters of a page's footnote definitions, likewise
# … and so is a list whose quotations (and the statements of the claims it names) pass this many
# characters in all: the limit falls as the site grows (8 KiB at 2,000 articles), and 25 rows of a
# quotation and a claim's statement each pass it
SEARCH_QUOTES = 3000

STATUS_ADMONITION = {"contested": "warning", "denied": "failure", "corroborated": "success",
                     "single-source": "info", "unverified": "question"}
STANCE_LABEL = {"asserts": "asserts", "denies": "denies", "disputes": "disputes",
                "cannot_confirm": "cannot confirm", "hedges": "hedges"}


class Found:
    """Where the names of actors are in the texts pages link (`Page.linked`, `Page.links`): each
    text on one line (`one_line`) -> [start, end] of each name `names` finds in it, in order.

    Given the memo `linked` as the last build left it (`old`: these lists by a digest of the text,
    and under "names" the names it searched for), a text in which no name added or dropped since
    appears is not searched again: at 1,000 articles the pages link some 11,000 texts, and a
    rebuild after one new article then searches only that article's, with regexes of the few
    names that may be in them (`Names.pattern`), not the regex of every name. `entries` has the
    lists of the texts asked about, with the names, for the next build's memo."""

    def __init__(self, names: Names, old: Mapping | None = None):
        self.names, self.actor_of = names, names.actor_of
        old = old or {}
        self._changed = names.changed(old.get("names"))
        self._old = old if self._changed is not None else {}
        self.entries: dict = {"names": sorted(self.actor_of)}
        self.made = self._changed != frozenset()     # (entries the memo does not hold)

    def __call__(self, text: str) -> list:
        key = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()
        rows = self.entries.get(key)
        if rows is None:
            rows = self._old.get(key)
            if rows is None or not self._valid(text, rows):
                # (no memo of these names: every text is searched, with the regex of every name)
                pattern = self.names.pattern([text]) if self._changed is not None else self.names.every()
                rows = [[m.start(), m.end()] for m in pattern.finditer(text)] if pattern is not None else []
                self.made = True
            self.entries[key] = rows
        return rows

    def _valid(self, text: str, rows) -> bool:
        """Whether `rows` (from the memo) are of their shape, each at a name, and no name added or
        dropped appears in `text`."""
        return isinstance(rows, list) and all(
            isinstance(row, list) and len(row) == 2 and type(row[0]) is type(row[1]) is int
            and text[row[0]:row[1]] in self.actor_of for row in rows) \
            and not any(name in text for name in self._changed)


class Page:
    """Rendering state for one generated page at `path` (relative to docs/, e.g. 'actors/x.md');
    `found` finds the actors named in its texts (None: no text is linked)."""

    def __init__(self, path: str, dossier: Dossier, found: Found | None, memo: dict | None = None):
        self.path = path
        self.d = dossier
        self._found = found
        self._notes: list[Citation] = []
        self._number: dict[Citation, int] = {}
        self._dir = tuple(part for part in posixpath.dirname(path).split("/") if part)
        # Links and linked text depend only on the page's folder: pages of one render share them,
        # so each text is escaped and linked once, not once per page it appears on; what does not
        # depend on the folder either (a claim's title, who says what) is shared by all pages.
        self._memo = {} if memo is None else memo.setdefault(self._dir, {})
        self._shared = {} if memo is None else memo.setdefault(None, {})

    # Links -----------------------------------------------------------------------------

    def url(self, target: str) -> str:
        """Relative link from this page to `target` (a docs-relative path, optionally with #anchor)."""
        path, _, anchor = target.partition("#")
        parts, here, common = path.split("/"), self._dir, 0
        while common < len(here) and common < len(parts) - 1 and here[common] == parts[common]:
            common += 1
        rel = "/".join([".."] * (len(here) - common) + parts[common:])
        return rel + ("#" + anchor if anchor else "")

    def actor(self, aid: str, text: str | None = None) -> str:
        """A link to the actor's page showing `text` (default: the name); hovering shows who they are."""
        key = ("actor", aid, text)
        if key not in self._memo:
            a = self.d.actor[aid]
            title = f' "{attr_escape(clip(a.description, 120))}"' if a.description else ""
            shown = md_escape(a.name) if text is None else escape_inline(text)
            self._memo[key] = f"[{shown}]({self.url(f'actors/{aid}.md')}{title})"
        return self._memo[key]

    def actors(self, ids) -> str:
        return ", ".join(self.actor(a) for a in ids)

    def event(self, eid: str) -> str:
        return f"[{md_escape(self.d.event[eid].title)}]({self.url(f'events/{eid}.md')})"

    def claim(self, cid: str, bare: bool = False) -> str:
        """A link to the claim titled as on its page; `bare` drops the final full stop, for a list
        line that goes on ("[…] — who says what")."""
        text = self.title(cid)
        if bare and text.endswith("."):
            text = text[:-1]
        return f"[{md_escape(text)}]({self.url(f'claims/{cid}.md')})"

    def claim_title(self, cid: str) -> str:
        return md_escape(self.title(cid))

    def title(self, cid: str) -> str:
        """The claim's title as plain text (`claims.title`), worked out once for all pages."""
        key = ("claim", cid)
        if key not in self._shared:
            self._shared[key] = claims.title(self.d.claim[cid])
        return self._shared[key]

    def why(self, cid: str) -> str:
        """Who says what about the claim, in one escaped line ("Reuters and CNN assert; Iran denies.")."""
        key = ("why", cid)
        if key not in self._shared:
            self._shared[key] = md_escape(claims.who_says(self.d, self.d.claim[cid]))
        return self._shared[key]

    def source(self, sid: str) -> str:
        key = ("source", sid)
        if key not in self._memo:
            s = self.d.source[sid]
            self._memo[key] = f"[{md_escape(s.title)}]({self.url(f'sources/{sid}.md')})"
        return self._memo[key]

    def outlet(self, sid: str) -> str:
        """The source's outlet, linked to its page, with its title as the hover text."""
        s = self.d.source[sid]
        return f"[{md_escape(s.outlet)}]({self.url(f'sources/{sid}.md')} \"{attr_escape(s.title)}\")"

    def paragraph(self, sid: str, pid: str) -> str:
        return self.url(f"sources/{sid}.md#{pid}")

    # Text --------------------------------------------------------------------------------

    def md(self, text: str) -> str:
        return md_escape(text)

    def linked(self, text: str, skip: str | None = None) -> str:
        """Escape `text`, linking the first mention of each actor in it to that actor's page."""
        key = ("linked", text, skip)
        if key not in self._memo:
            self._memo[key] = self._link(text, skip)
        return self._memo[key]

    def links(self, text: str, skip: str | None = None) -> str:
        """A digest of everything `linked(text, skip)` depends on, cheaper to find than its result
        (for keys of the memo of pages): the text, and where each actor it links is named, with
        that actor's link."""
        key = ("links", text, skip)
        if key not in self._memo:
            found = [text]
            if self._found is not None:
                seen, line = {skip}, one_line(text)
                for start, end in self._found(line):
                    aid = self._found.actor_of[line[start:end]]
                    if aid not in seen:
                        seen.add(aid)
                        found.append((start, end, self.actor(aid, line[start:end])))
            self._memo[key] = hashlib.sha256(repr(found).encode()).hexdigest()
        return self._memo[key]

    def _link(self, text: str, skip: str | None) -> str:
        text = one_line(text)
        if self._found is None:
            return md_escape(text)
        out, last, seen = [], 0, {skip}
        for start, end in self._found(text):
            aid = self._found.actor_of[text[start:end]]
            if aid in seen:
                continue
            seen.add(aid)
            out.append(escape_inline(text[last:start]))
            out.append(self.actor(aid, text[start:end]))
            last = end
        out.append(escape_inline(text[last:]))
        return guard_start("".join(out))

    def acronym(self, actor) -> str:
        """The actor's first all-capitals alias ("IRGC"; "US" for "U.S."), shown in its
        title so search ranks the page first for it; "" if none or if the name already contains it."""
        for alias in actor.aliases:
            if re.fullmatch(r"[A-Z][A-Z.&/]{1,9}", alias) and alias not in actor.name:
                # Dotless ("U.S." -> "US"): search splits on dots, so only the dotless form is one
                # word a title can match (docs/javascripts/search-acronyms.js turns a typed "U.S."
                # into "US"); the dotted spelling stays under "Also named".
                plain = alias.replace(".", "")
                return plain if len(plain) > 1 and plain not in actor.name else alias
        return ""

    def search_variants(self, names) -> list[str]:
        """Spellings of `names` a reader may type that the search index would not match otherwise:
        without diacritics ("Krzyżaniak" -> "Krzyzaniak"), without apostrophes ("O'Brien" ->
        "OBrien") and acronyms without dots ("U.S." -> "US")."""
        out = []
        for name in names:
            plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
            acronyms = re.sub(r"(?<![A-Za-z])((?:[A-Z]\.){2,})", lambda m: m[1].replace(".", ""), plain)
            for variant in (plain, re.sub(r"['’ʼ]", "", plain), acronyms):
                if variant not in names and variant not in out:
                    out.append(variant)
        return sorted(out)

    # Citations ---------------------------------------------------------------------------

    def cite(self, c: Citation | None) -> str:
        """A footnote reference for `c`; the footnote shows the quote and links the paragraph."""
        if c is None:
            return ""
        if c not in self._number:
            self._notes.append(c)
            self._number[c] = len(self._notes)
        return f"[^{self._number[c]}]"

    def footnotes(self) -> str:
        """The page's footnote definitions; past SEARCH_NOTES characters of them, with
        Python-Markdown's footnotes placeholder in a block left out of search (else their text
        joins the page's last section)."""
        lines = []
        for n, c in enumerate(self._notes, start=1):
            s = self.d.source[c.source]
            lines.append(f"[^{n}]: “{md_escape(c.quote)}” — [{md_escape(s.outlet)}, "
                         f"¶{c.paragraph[1:]}]({self.paragraph(c.source, c.paragraph)})")
        if sum(map(len, lines)) > SEARCH_NOTES:
            lines.insert(0, f'<div markdown="1" data-search-exclude>\n\n{FOOTNOTE_MARKER}\n\n</div>\n')
        return "\n".join(lines)
