"""The memos of copy detection and rendering (builder.memo): a warm rebuild gives the same bytes as
a build without any cache, and a damaged or outdated memo is ignored."""

import json

import pytest

from builder.pipeline import build
from conftest import article
from test_copies import OTHER_REPORT, OWN_REPORT, REWRITE, WIRE


def _write(corpus, name, body, **fields):
    (corpus / "articles" / f"{name}.md").write_text(article(name, body, **fields), encoding="utf-8")


@pytest.fixture
def corpus(make_corpus):
    corpus = make_corpus({})
    _write(corpus, "wire", WIRE, outlet="Coastline Press", published="2024-05-14", title="Fire shuts terminal")
    _write(corpus, "own", OWN_REPORT, outlet="Harbour Herald", published="2024-05-14", title="Smoke over old town")
    return corpus


def _pages(corpus, monkeypatch, cache) -> dict[str, str]:
    monkeypatch.setenv("DOSSIER_CACHE", str(cache))
    return build(corpus).pages


def test_a_warm_rebuild_after_adding_and_changing_articles_gives_the_same_bytes(corpus, monkeypatch, tmp_path):
    cache = tmp_path / "cache"
    _pages(corpus, monkeypatch, cache)                       # fills the memos
    assert (cache / "copies.json").is_file() and (cache / "pages.json").is_file()
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    _write(corpus, "own", OWN_REPORT.replace("14 workers", "fifteen workers"), outlet="Harbour Herald",
           published="2024-05-14", title="Smoke over old town")
    warm = _pages(corpus, monkeypatch, cache)
    cold = _pages(corpus, monkeypatch, "off")
    assert warm == cold
    # An entry of the current version is used as it stands, so the warm build above did read it.
    memo = json.loads((cache / "pages.json").read_text("utf-8"))
    (cache / "pages.json").write_text(json.dumps({**memo, "entries": {k: "remembered" for k in memo["entries"]}}))
    assert _pages(corpus, monkeypatch, cache)["sources/wire.md"] == "remembered"
    assert "Rewrites" in warm["sources/rewrite.md"]          # the copy link went through the memo
    (cache / "pages.json").write_text(json.dumps(memo))
    _write(corpus, "other", OTHER_REPORT, outlet="Port Times", published="2024-05-16", title="Terminal stays shut")
    assert _pages(corpus, monkeypatch, cache) == _pages(corpus, monkeypatch, "off")


def test_a_damaged_or_outdated_memo_is_ignored(corpus, monkeypatch, tmp_path):
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)
    for name in ("copies", "pages"):
        data = json.loads((cache / f"{name}.json").read_text("utf-8"))
        assert data["entries"]
        # Entries of the wrong shape, then a file from other code, then one that is not JSON at all.
        for damaged in ({**data, "entries": {k: [42, "x"] for k in data["entries"]}},
                        {**data, "entries": {k: 42 for k in data["entries"]}},
                        {"version": "old", "entries": {k: "stale" for k in data["entries"]}}):
            (cache / f"{name}.json").write_text(json.dumps(damaged), encoding="utf-8")
            assert _pages(corpus, monkeypatch, cache) == expected
        (cache / f"{name}.json").write_bytes(b"\x00{not json")
        assert _pages(corpus, monkeypatch, cache) == expected
