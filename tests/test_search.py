"""Which search engine a build gets (builder/search.py), without a browser: `auto` by the corpus
size, the setting forcing either, Material's search plugin taken out for Pagefind, the pages
marked for Pagefind, and new dossiers wired the same way. tests/test_search_browser.py searches
both engines' sites in chromium."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from builder import search
from builder.init import init
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_extract import synthetic, write_article  # noqa: E402


def corpus_of(folder: Path, sizes: list[int]) -> Path:
    (folder / "articles").mkdir(parents=True)
    for i, size in enumerate(sizes):
        (folder / "articles" / f"a{i}.md").write_bytes(b"x" * size)
    return folder


def test_auto_picks_material_up_to_the_threshold_and_pagefind_past_it(tmp_path):
    limit = search.AUTO_THRESHOLD_BYTES
    at = corpus_of(tmp_path / "at", [limit // 2, limit - limit // 2])
    past = corpus_of(tmp_path / "past", [limit // 2, limit - limit // 2 + 1])
    assert search.corpus_bytes(at) == limit
    assert search.choose("auto", at) == "material" and search.choose(None, at) == "material"
    assert search.choose("auto", past) == "pagefind"
    assert search.choose("material", past) == "material" and search.choose("Pagefind", at) == "pagefind"
    assert search.choose("auto", tmp_path / "no-corpus") == "material"
    with pytest.raises(PluginError, match="dossier_search must be one of auto, material, pagefind"):
        search.choose("lunr", at)


def test_the_sample_and_a_small_dossier_get_material_and_a_1000_article_one_pagefind(tmp_path):
    assert search.choose("auto", ROOT / "corpus") == "material"
    articles = synthetic(1000, 1)
    (tmp_path / "big" / "articles").mkdir(parents=True)
    (tmp_path / "small" / "articles").mkdir(parents=True)
    for s in articles[:10]:
        write_article(tmp_path / "small", s)
    for s in articles:
        write_article(tmp_path / "big", s)
    assert search.choose("auto", tmp_path / "small") == "material"
    assert search.choose("auto", tmp_path / "big") == "pagefind"


def _config(engine: str):
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.extra["dossier_search"] = engine
    return config


def _bound_to(config, plugin) -> list[str]:
    return [name for name, methods in config.plugins.events.items()
            if any(getattr(m, "__self__", None) is plugin for m in methods)]


def test_pagefind_takes_materials_search_plugin_out_of_the_build_and_keeps_its_box():
    config = _config("pagefind")
    plugin = config.plugins["material/search"]
    assert "post_build" in _bound_to(config, plugin)
    search.configure(config, ROOT / "corpus")
    assert search.engine(config) == "pagefind"
    assert _bound_to(config, plugin) == []                     # no index is written
    assert "material/search" in config.plugins                 # the theme still draws the box
    assert config.theme.dirs[0] == str(search.THEME)
    assert (search.THEME / "partials" / "search.html").is_file()
    assert (search.THEME / "javascripts" / "search-pagefind.js").is_file()


def test_material_leaves_the_build_as_it_was():
    config = _config("auto")
    plugin = config.plugins["material/search"]
    events, dirs = {k: list(v) for k, v in config.plugins.events.items()}, list(config.theme.dirs)
    search.configure(config, ROOT / "corpus")
    assert search.engine(config) == "material"
    assert {k: list(v) for k, v in config.plugins.events.items()} == events and config.theme.dirs == dirs
    assert "page_context" in _bound_to(config, plugin)


PAGE = """<html><body><header>menu</header>
<article class="md-content__inner md-typeset">
<nav class="md-tags"><a class="md-tag">Person</a></nav>
<h1 id="x">Jean-Paul Ré &amp; Co<a class="headerlink" href="#x" title="Permanent link">&para;</a></h1>
<ul>
<li><strong>Kind:</strong> person</li>
<li><strong>Also named:</strong> Ré</li>
<li><strong>Also searchable as:</strong> Jean-Paul Re</li>
</ul>
<h2 id="events">Events</h2>
<p>Kept, with a line\u2028separator and a form\x0cfeed.</p>
<p data-search-exclude>The picture shows the strongest links; 35 more are listed below.</p>
<h2 data-search-exclude id="mentions">Mentions</h2>
<p><strong>In a source</strong></p>
<ul><li>quoted <br> text</li></ul>
<h3 id="sub">Under mentions</h3>
<p>Still left out.</p>
<h2 id="after">After</h2>
<p>Kept again.</p>
<div class="footnote"><ol><li>note</li></ol></div>
</article><footer>foot</footer></body></html>"""


def test_pages_are_marked_for_pagefind():
    actor = SimpleNamespace(meta={"search": {"boost": 3.5}}, title="Jean-Paul Ré & Co")
    out = search.post_page(PAGE, actor)
    head = out[out.index("<article"):out.index(">", out.index("<article")) + 1]
    assert 'data-pagefind-body' in head
    assert 'data-pagefind-meta="title[data-pagefind-title], names3[data-pagefind-names3]"' in head
    assert 'data-pagefind-title="Jean-Paul Ré &amp; Co"' in head
    assert 'data-pagefind-names3="Jean-Paul Ré &amp; Co"' in head          # the title only, no alias
    assert '<h1 id="x" data-pagefind-weight="10">' in out
    ignored = [line for line in out.splitlines() if "data-pagefind-ignore" in line]
    assert [line.split(">")[0] for line in ignored] == [
        "<p data-pagefind-ignore data-search-exclude",          # one block left out, as Material leaves it
        '<h2 data-pagefind-ignore data-search-exclude id="mentions"', "<p data-pagefind-ignore",
        "<ul data-pagefind-ignore", '<h3 data-pagefind-ignore id="sub"', "<p data-pagefind-ignore"]
    assert out.count("data-pagefind-ignore") == 6              # "After" and the footnotes are indexed
    assert out.startswith("<html><body><header>menu</header>") and out.endswith("</footer></body></html>")

    claim = SimpleNamespace(meta={}, title="A claim")
    out = search.post_page(PAGE, claim)
    assert "names" not in out and 'data-pagefind-weight' not in out and "data-pagefind-body" in out

    excluded = SimpleNamespace(meta={"search": {"exclude": True}}, title="Map")
    assert search.post_page(PAGE, excluded) == PAGE


def test_names_fields_follow_the_boost():
    assert [search.names_field(b) for b in (0.5, 2.0, 2.9, 18.8, 400)] == [
        "names1", "names2", "names2", "names18", f"names{search.MAX_BOOST_STEP}"]
    js = (search.THEME / "javascripts" / "search-pagefind.js").read_text("utf-8")
    assert f"var MAX_BOOST_STEP = {search.MAX_BOOST_STEP};" in js


def test_a_new_dossier_gets_the_same_search(tmp_path):
    init(tmp_path / "new", "A story")
    hook = (tmp_path / "new" / "hooks" / "dossier.py").read_text("utf-8")
    for event in ("on_config", "on_post_page", "on_post_build", "on_pre_build"):
        assert event in hook
    assert "\n  dossier_search: auto\n" in (tmp_path / "new" / "mkdocs.yml").read_text("utf-8")


def test_the_pagefind_binary_comes_with_the_package():
    version = subprocess.run([str(search.pagefind_executable()), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("pagefind 1.5"), version.stdout
    assert '"pagefind-bin>=1.5,<1.6"' in (ROOT / "pyproject.toml").read_text("utf-8")
