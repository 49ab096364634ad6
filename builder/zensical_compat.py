"""What builder/mkdocs_hook.py does to each page, done when Zensical renders the site.

Zensical (the successor of Material for MkDocs, `zensical build`) reads mkdocs.yml but runs no
MkDocs hook, so `on_page_content` (the allow-list sanitiser over each page's content HTML, and
table-of-contents entries without "<") would not run. It does run the Python-Markdown extensions
listed under `markdown_extensions:`, so mkdocs.yml lists this module there, and under Zensical
it adds, after every other step of Markdown's rendering:

- `builder.render.sanitise.clean()` over the page's content HTML, the same function the hook
  calls; a page it had to change is reported as the hook reports it (a warning on standard
  error naming the page and what was removed), and `zensical build --strict` then fails;
- table-of-contents entries as plain text with "‹" "›" for "<" ">", as the hook makes them.

Both happen before Zensical builds its search index from the page, so the index keeps nothing
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
        return cleaned


class DossierZensicalExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_Finished(md), "dossier_finished", PRIORITY)
        md.postprocessors.register(_Sanitise(md), "dossier_sanitise", PRIORITY)


def makeExtension(**kwargs) -> DossierZensicalExtension:
    return DossierZensicalExtension(**kwargs)
