"""What builder/mkdocs_hook.py does to each page, done when Zensical renders the site.

Zensical (the successor of Material for MkDocs, `zensical build`) reads mkdocs.yml but runs no
MkDocs hook, so `on_page_content` (the allow-list sanitiser over each page's content HTML, and
table-of-contents entries without "<") would not run. It does run the Python-Markdown extensions
listed under `markdown_extensions:`, so mkdocs.yml lists this module there, and under Zensical
it adds, after every other step of Markdown's rendering:

- `builder.render.sanitise.clean()` over the page's content HTML, the same function the hook
  calls; a page it had to change is reported as the hook reports it (a warning on standard
  error naming the page and what was removed), and `zensical build --strict` then fails;
- table-of-contents entries as plain text with "‹" "›" for "<" ">", as the hook makes them;
- a section too long for Zensical's search index left out of it (`search_limit`,
  `leave_out_long_sections`): Zensical 0.0.73 stops the whole build at the first such section.

All happen before Zensical builds its search index from the page, so the index keeps nothing
the sanitiser removed either.

Under MkDocs it does nothing: the hook does all this there (after the plugins' own
`on_page_content`), and a second pass would only hide from the hook what it has to report. The
renderer is told apart by the rendering-context preprocessor that Zensical registers in every
Markdown instance it makes (`zensical.extensions.context`); no zensical import is needed.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from functools import lru_cache
from pathlib import Path

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from builder.render.sanitise import clean

log = logging.getLogger("dossier.zensical")

ZENSICAL_CONTEXT = "rendering_context"   # the name Zensical's ContextPreprocessor registers under
PRIORITY = -1000                         # after every postprocessor, raw HTML and footnotes included


class SanitiseError(Exception):
    """`zensical build --strict` and the sanitiser had to change a page."""


def zensical_page(md: Markdown):
    """Zensical's page being rendered (with `.path`, relative to docs/), or None under MkDocs."""
    if ZENSICAL_CONTEXT not in md.preprocessors:
        return None
    processor = md.preprocessors[ZENSICAL_CONTEXT]
    if not type(processor).__module__.startswith("zensical."):
        return None
    return getattr(processor, "page", None)


def plain_toc(tokens: list[dict]) -> None:
    """Python-Markdown's toc tokens as the hook's `_plain_toc` leaves MkDocs' entries: Zensical
    shows a token's `html` (MkDocs its `name`); both become the plain name, "<" as "‹"."""
    for token in tokens:
        plain = _plain(token.get("name", ""))
        token["name"] = token["html"] = plain
        if token.get("data-toc-label"):
            token["data-toc-label"] = plain
        plain_toc(token.get("children", []))


def _plain(text: str) -> str:
    return text.replace("&lt;", "‹").replace("&gt;", "›").replace("<", "‹").replace(">", "›")


def _strict() -> bool:
    """`zensical build --strict` (the option reaches only Zensical's Rust core, not its config)."""
    args = sys.argv[1:]
    return "build" in args and any(a == "--strict" or re.fullmatch(r"-[cs]*s[cs]*", a) for a in args)


# Zensical 0.0.73 refuses a search section (a heading and the text up to the next one) of more
# bytes than 2**30 / the number of sections of the site rounded up to a power of two: it printed
# "maximum 65536 bytes for 13097 items", "16384 bytes for 58914 items", "8192 bytes for 120422
# items" for sites of 200, 1,000 and 2,000 synthetic articles, and stopped the build.
SEARCH_BUDGET = 2 ** 30
SEARCH_MARGIN = 0.75          # of the limit: the section's text is estimated from its HTML
_HEADING = re.compile(r"<h[1-6]\b[^>]*>")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def search_limit(sections: int) -> int:
    """The most bytes Zensical's search index takes in one section of a site of `sections`."""
    return SEARCH_BUDGET // (1 << max(sections - 1, 0).bit_length())


@lru_cache(maxsize=4)
def site_sections(docs: Path) -> int:
    """How many search sections the site made of `docs` has, counted from above: a page each, and
    one for each line of its Markdown that starts a heading ("#"), which the builder writes as
    every heading it makes (the text it escapes cannot start one)."""
    count = 0
    for path in docs.rglob("*.md"):
        count += 1 + sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    return count


_SECTIONS_LOCK = threading.Lock()


def _site_limit(md: Markdown) -> int | None:
    processor = md.preprocessors[ZENSICAL_CONTEXT]
    config = getattr(processor, "config", None) or {}
    if "docs_dir" not in config:
        return None
    docs = Path(config.get("root_dir") or ".", config["docs_dir"]).resolve()
    with _SECTIONS_LOCK:                # (pages may render in several threads)
        return search_limit(site_sections(docs))


def _index_bytes(html: str) -> int:
    """About the bytes of `html` in Zensical's search index, which keeps block tags bare (`<p>`,
    `<li>`) and drops links' tags and every attribute."""
    text = _TAG.sub(lambda m: "" if m[2].lower() == "a" else f"<{m[1]}{m[2]}>", html)
    return len(text.encode("utf-8"))


def leave_out_long_sections(html: str, limit: int) -> tuple[str, list[str]]:
    """`html` with `data-search-exclude` on the heading of each section whose text would pass
    SEARCH_MARGIN of `limit` bytes in the search index, and those headings' ids. The rest of a
    page stays searchable; the page and its heading's menu entry stay as they are."""
    starts = [m.start() for m in _HEADING.finditer(html)]
    out, cut, left_out = [], 0, []
    for start, end in zip(starts, [*starts[1:], len(html)]):
        tag = _HEADING.match(html, start)[0]
        if "data-search-exclude" in tag or _index_bytes(html[start:end]) <= limit * SEARCH_MARGIN:
            continue
        out += [html[cut:start], tag[:3], " data-search-exclude", tag[3:]]
        cut = start + len(tag)
        found = re.search(r'\bid="([^"]*)"', tag)
        left_out.append(found[1] if found else tag)
    return "".join(out) + html[cut:], left_out


class _Finished(Treeprocessor):
    """The last tree step: the toc tokens exist; mark that the postprocessors that run next are
    the page's own (the toc extension also passes its toc HTML through every postprocessor)."""

    def run(self, root):
        if zensical_page(self.md) is not None:
            plain_toc(getattr(self.md, "toc_tokens", []))
            self.md.dossier_tree_done = True


class _Sanitise(Postprocessor):
    def run(self, text: str) -> str:
        page = zensical_page(self.md)
        if page is None or not getattr(self.md, "dossier_tree_done", False):
            return text
        self.md.dossier_tree_done = False
        cleaned, removed = clean(text)
        if removed:
            message = (f"dossier: {page.path}: the sanitiser removed {', '.join(removed)}; "
                       "text reached the page as markup (an escaping bug): report it with this line")
            log.warning(message)
            if _strict():
                raise SanitiseError(message)
        limit = _site_limit(self.md)
        if limit is not None:
            cleaned, left_out = leave_out_long_sections(cleaned, limit)
            if left_out:
                log.info("dossier: %s: left out of search (longer than %d bytes): %s",
                         page.path, int(limit * SEARCH_MARGIN), ", ".join(left_out))
        return cleaned


class DossierZensicalExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_Finished(md), "dossier_finished", PRIORITY)
        md.postprocessors.register(_Sanitise(md), "dossier_sanitise", PRIORITY)


def makeExtension(**kwargs) -> DossierZensicalExtension:
    return DossierZensicalExtension(**kwargs)
