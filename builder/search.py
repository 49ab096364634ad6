"""Which search engine a dossier's site gets, and Pagefind when it is the one.

`extra: {dossier_search: auto | material | pagefind}` in mkdocs.yml (default `auto`):

- `material`: Material for MkDocs' built-in search plugin, as configured under `plugins: search:`.
  The whole index (search/search_index.json, and search_index.js for file://) is one file that
  the first search downloads; it works from a folder or zip opened via file://.
- `pagefind`: Pagefind (the `pagefind-bin` package) indexes the built site after MkDocs writes
  it; Material's search box stays and runs Pagefind queries (builder/search_theme). The first
  search downloads pagefind.js, its WebAssembly, the page-count metadata and only the index
  chunks and result fragments the query needs. Pagefind fetches them, and Chromium refuses
  fetch() and module imports from file:// pages, so a Pagefind site must be served over http
  (any static server: `python -m http.server -d site`); from file:// the search box says so.
- `auto`: Material while the corpus articles add up to at most AUTO_THRESHOLD_BYTES, Pagefind
  past it.

What `auto` measures, and why: the decision is made in `on_config`, before the builder
regenerates docs/, so it rests on what exists then, the articles (corpus/articles/*.md), which
the generated pages and so Material's index are made of. Material's index grows with the text of
the generated pages (every claim, event and actor page repeats sentences of the articles).
Measured with `mkdocs build` on the sample dossier and on `scripts/bench_extract.py`'s synthetic
articles (`synthetic(N, 1)`, about 4.3 kB of Markdown each), Material forced:

    articles          corpus bytes   pages   search_index.json   index / corpus
    sample (5)              21,457     190            410,595         19.1
    25 synthetic           110,210     492          1,687,627         15.3
    50                     221,573     690          2,995,491         13.5
    100                    437,027   1,053          5,452,629         12.5
    200                    855,651   1,668          9,856,858         11.5
    1,000                4,245,452   6,475         49,214,094         11.6

Material's first search downloads search_index.json and its 39.5 kB worker; at 1,000 articles
that is 49 MB, and chromium showed the first results 30 s after the page opened. At 100 kB of
articles (about 23 synthetic articles, or 20 like the sample's) the index is 1.3 to 1.9 MB by the
ratios above, so up to the threshold Material's first search stays under the 2 MB that Pagefind
keeps at 1,000 articles; past it Pagefind's first search downloads 0.2 to 0.8 MB at 1,000
articles and 0.9 to 1.6 MB at ten times as many pages (tests/test_search_browser.py measures a
built site: `python tests/test_search_browser.py SITE QUERY...`).
"""

from __future__ import annotations

import html
import logging
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.plugins.dossier")

SETTING = "dossier_search"
ENGINES = ("auto", "material", "pagefind")
THEME = Path(__file__).resolve().parent / "search_theme"

# Sum of the sizes of corpus/articles/*.md past which `auto` picks Pagefind (measured: see above).
AUTO_THRESHOLD_BYTES = 100_000

# Pagefind weights (0 to 10; an h1 is 7 by default, body text 1). A page with `search: boost:` in
# its front matter (actor pages: builder/render `_search_boost`) gets its heading weighted 10;
# its title also goes into a metadata field that search-pagefind.js weights by the boost.
BOOSTED_HEADING_WEIGHT = 10
MAX_BOOST_STEP = 40          # search-pagefind.js weights names1 .. names40


# Choosing ------------------------------------------------------------------------------------

def corpus_bytes(corpus: Path) -> int:
    """What `auto` measures: the bytes of the corpus articles (corpus/articles/*.md)."""
    folder = corpus / "articles"
    return sum(p.stat().st_size for p in folder.glob("*.md")) if folder.is_dir() else 0


def choose(setting: object, corpus: Path) -> str:
    """`material` or `pagefind` for the `dossier_search` setting and this corpus."""
    setting = "auto" if setting is None else str(setting).strip().lower()
    if setting not in ENGINES:
        raise PluginError(f"dossier: extra.{SETTING} must be one of {', '.join(ENGINES)}, got {setting!r}")
    if setting != "auto":
        return setting
    return "pagefind" if corpus_bytes(corpus) > AUTO_THRESHOLD_BYTES else "material"


def engine(config) -> str:
    """The engine `configure` chose for this build (material before it ran)."""
    return config.extra.get("_dossier_search_engine", "material")


def configure(config, corpus: Path):
    """`on_config`: decide, and when it is Pagefind take Material's search plugin out of the
    build (it would write the index) while keeping its entry, so the theme still draws the search
    box, which builder/search_theme/partials/search.html turns into a Pagefind one."""
    chosen = choose(config.extra.get(SETTING), corpus)
    config.extra["_dossier_search_engine"] = chosen
    if chosen != "pagefind":
        return config
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is not None:
        for name, methods in config.plugins.events.items():
            # A new list, not an edit of the one MkDocs may be iterating (this runs in on_config).
            config.plugins.events[name] = [m for m in methods if getattr(m, "__self__", None) is not plugin]
    if str(THEME) not in config.theme.dirs:
        config.theme.dirs.insert(0, str(THEME))
    log.info(f"dossier: search by Pagefind (extra.{SETTING}: {config.extra.get(SETTING) or 'auto'}, "
             f"corpus {corpus_bytes(corpus):,} bytes)")
    return config


# Marking pages for Pagefind ------------------------------------------------------------------

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"')
_H1 = re.compile(r"<h1(?=[\s>])([^>]*)>(.*?)</h1>", re.S)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_TAG = re.compile(r"<[^>]+>")


def post_page(output: str, page) -> str:
    """`on_post_page` for Pagefind: index only the page's content (`data-pagefind-body` on
    Material's <article>), titled by its first heading without the permalink sign; leave out a
    page with `search: exclude: true` and, with `data-pagefind-ignore`, a section whose heading
    has Material's `data-search-exclude`, or a block that has it. A page with `search: boost:` (an actor) gets its
    heading weighted up, and its title again in a metadata field that search-pagefind.js weights
    by the boost: Material multiplies a boosted page's title match by the boost, and so a name
    ranks its actor's page first. Only the title, as with Material: an alias the extractor got
    wrong ("Canadian diplomats" for Canada) must not pull the actor above claims on a topic."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return output
    start = _ARTICLE.search(output)
    end = output.find("</article>", start.end()) if start else -1
    if end < 0:
        return output
    inner = _ignore_excluded_sections(output[start.end():end])
    h1 = _H1.search(inner)
    title = _plain(h1[2]) if h1 else (page.title or "")
    fields = {"title": title}
    if search.get("boost"):
        if h1:
            inner = (inner[:h1.start()] + f'<h1{h1[1]} data-pagefind-weight="{BOOSTED_HEADING_WEIGHT}">{h1[2]}</h1>'
                     + inner[h1.end():])
        fields[names_field(search["boost"])] = title
    meta = ", ".join(f"{k}[data-pagefind-{k}]" for k in fields)
    attrs = f' data-pagefind-body data-pagefind-meta="{meta}"' + "".join(
        f' data-pagefind-{k}="{html.escape(v, quote=True)}"' for k, v in fields.items())
    return output[:start.end()] + attrs + inner + output[end:]


def names_field(boost) -> str:
    """The metadata field that holds a boosted page's name: one field per whole step of boost
    (`names2` for 2.0 to 2.9, ...), so that search-pagefind.js can weight each as Material weights
    the page (`ranking.metaWeights`: NAMES_WEIGHT times the step)."""
    return f"names{max(1, min(MAX_BOOST_STEP, int(float(boost))))}"


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", _HEADERLINK.sub("", fragment))).split())


class _TopLevel(HTMLParser):
    """The offsets of the top-level elements' start tags in an HTML fragment, with their tag
    names and whether they carry `data-search-exclude`."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.lines = [0]                  # where each line starts; HTMLParser counts "\n" only
        for line in text.split("\n"):
            self.lines.append(self.lines[-1] + len(line) + 1)
        self.depth, self.found = 0, []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        if self.depth == 0:
            line, col = self.getpos()
            self.found.append((self.lines[line - 1] + col, tag, any(k == "data-search-exclude" for k, _ in attrs)))
        if tag not in self.VOID:
            self.depth += 1

    def handle_startendtag(self, tag, attrs):
        if self.depth == 0:
            line, col = self.getpos()
            self.found.append((self.lines[line - 1] + col, tag, False))

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            self.depth = max(0, self.depth - 1)


def _ignore_excluded_sections(content: str) -> str:
    if "data-search-exclude" not in content:
        return content
    marks, excluded_level = [], None
    for offset, tag, excluded in _TopLevel(content).found:
        level = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else None
        if level is not None and (excluded_level is None or level <= excluded_level):
            excluded_level = level if excluded else None
        if excluded_level is not None or excluded:        # a section, or one block ("…{ data-search-exclude }")
            marks.append(offset + 1 + len(tag))
    for at in reversed(marks):
        content = content[:at] + " data-pagefind-ignore" + content[at:]
    return content


# Indexing ------------------------------------------------------------------------------------

def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise PluginError("dossier: extra.dossier_search chose Pagefind, but the 'pagefind-bin' package is "
                          "missing: pip install 'pagefind-bin>=1.5,<1.6' (it is a dependency of dossier)") from None
    return get_executable()


def index(site_dir: Path) -> None:
    """`on_post_build`: run Pagefind over the built site; its bundle goes to site/pagefind/."""
    command = [str(pagefind_executable()), "--site", str(site_dir), "--keep-index-url", "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"dossier: pagefind failed ({result.returncode}):\n{result.stderr or result.stdout}")
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip():
            log.warning(f"dossier: pagefind: {line.strip()}")
    if not (site_dir / "pagefind" / "pagefind.js").is_file():
        raise PluginError("dossier: pagefind wrote no site/pagefind/pagefind.js")


if __name__ == "__main__":                          # python -m builder.search CORPUS: what auto picks
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    print(f"{corpus_bytes(folder)} bytes of articles -> {choose('auto', folder)}")
