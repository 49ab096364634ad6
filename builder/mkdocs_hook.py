"""MkDocs hook: regenerate the dossier's pages before every build, and watch corpus/ when serving.

`mkdocs.yml` lists this file under `hooks:`. The corpus folder is `corpus/` beside mkdocs.yml
(override with `extra: {dossier_corpus: path}`). Problems stop the build with MkDocs' own error
message; warnings go to the `mkdocs.plugins.dossier` logger, so `mkdocs build --strict` fails on them.

After MkDocs renders each page, its content HTML passes through the allow-list sanitiser
(builder/render/sanitise.py); a page it had to change is a warning naming the page and what was
removed. It runs last among `on_page_content` handlers and before the search plugin indexes the
page (`on_page_context`), so neither the site nor its search index keeps what it removed.

Each built page loses the theme's indentation and blank lines (builder/render/compact.py): the
browser shows it the same, and the site is about a seventh smaller.

Search: `extra: {dossier_search: auto | material | pagefind}` picks Material's search plugin or
Pagefind (builder/search.py says how `auto` decides). With Pagefind, `on_config` takes Material's
search plugin out of the build, pages are marked for Pagefind as they are rendered, and
`on_post_build` runs the pagefind binary over the built site.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from builder import pipeline, search
from builder.errors import BuildError
from builder.render.compact import compact
from builder.render.sanitise import clean

log = logging.getLogger("mkdocs.plugins.dossier")


def _corpus(config) -> Path:
    root = Path(config.config_file_path).parent
    return root / config.extra.get("dossier_corpus", "corpus")


def on_config(config, **kwargs):
    return search.configure(config, _corpus(config))


def on_pre_build(config, **kwargs) -> None:
    corpus = _corpus(config)
    root = Path(config.config_file_path).parent
    try:
        result = pipeline.build(corpus, Path(config.docs_dir), root=root)
    except BuildError as exc:
        raise PluginError("dossier: the corpus has problems:\n" + "\n".join(str(p) for p in exc.problems)) from None
    for problem in result.problems:
        log.warning(str(problem))
    r = result.report
    log.info(f"dossier: {len(r.written)} pages written, {len(r.unchanged)} unchanged, {len(r.removed)} removed")


@event_priority(-100)
def on_page_content(html, page, config, files, **kwargs):
    cleaned, removed = clean(html)
    if removed:
        log.warning(f"dossier: {page.file.src_uri}: the sanitiser removed {', '.join(removed)}; "
                    "text reached the page as markup (an escaping bug): report it with this line")
    _plain_toc(page.toc)
    return cleaned


def _plain_toc(items) -> None:
    """Headings in the table of contents without "<": Material copies a truncated entry's text
    (`innerText`) into a tooltip as HTML, so a heading quoting "<img …>" would become markup."""
    for item in items:
        item.title = item.title.replace("&lt;", "‹").replace("&gt;", "›").replace("<", "‹").replace(">", "›")
        _plain_toc(item.children)


def on_post_page(output, page, config, **kwargs):
    output = compact(output)
    if search.engine(config) == "pagefind":
        return search.post_page(output, page)
    return output


def on_post_template(output_content, template_name, config, **kwargs):
    return compact(output_content) if template_name.endswith(".html") else output_content      # 404.html


def on_post_build(config, **kwargs) -> None:
    if search.engine(config) == "pagefind":
        search.index(Path(config.site_dir))


def on_serve(server, config, builder, **kwargs):
    server.watch(str(_corpus(config)))
    return server
