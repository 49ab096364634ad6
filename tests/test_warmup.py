"""The worker loading the language model from the start of a rebuild (builder.warmup): started only
when a few articles changed since the last build, it parses what a build would parse itself, and
a build given it writes the same bytes."""

import multiprocessing

import pytest

import builder.extract as extract
from builder import warmup
from builder.extract import extract_articles
from builder.pipeline import build
from test_copies import OTHER_REPORT, OWN_REPORT, WIRE
from test_memo import _write

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")


@pytest.fixture
def corpus(make_corpus, monkeypatch, tmp_path):
    monkeypatch.setenv("DOSSIER_CACHE", str(tmp_path / "cache"))
    corpus = make_corpus({})
    _write(corpus, "wire", WIRE, outlet="Coastline Press", published="2024-05-14", title="Fire shuts terminal")
    _write(corpus, "own", OWN_REPORT, outlet="Harbour Herald", published="2024-05-14", title="Smoke over old town")
    return corpus


class _NotLoaded:
    """`extract.pipeline` as in a process that has not loaded the model (the command line's)."""

    def __call__(self):
        return None

    def cache_info(self):
        return type("Info", (), {"currsize": 0})()


def test_the_worker_starts_only_when_a_few_articles_changed_since_the_last_build(corpus, monkeypatch):
    monkeypatch.setattr(extract, "BACKGROUND_MIN", 2)
    monkeypatch.setattr(extract, "pipeline", _NotLoaded())
    monkeypatch.setattr(warmup.apart, "can_fork", lambda: True)
    started = []
    monkeypatch.setattr(warmup, "Worker", lambda: started.append(1) or "worker")
    warmup.start(corpus)
    assert started == [] and warmup.take() is None             # (no build recorded the articles yet)
    build(corpus)
    warmup.start(corpus)
    assert started == []                                       # (nothing changed)
    _write(corpus, "other", OTHER_REPORT, outlet="Port Times", published="2024-05-16", title="Terminal stays shut")
    warmup.start(corpus)
    assert started == [1] and warmup.take() == "worker" and warmup.take() is None
    monkeypatch.setenv("DOSSIER_CACHE", "off")
    warmup.start(corpus)
    assert started == [1]


def test_a_build_given_the_worker_writes_what_a_build_parsing_itself_writes(corpus, monkeypatch, tmp_path):
    build(corpus)
    _write(corpus, "other", OTHER_REPORT, outlet="Port Times", published="2024-05-16", title="Terminal stays shut")
    monkeypatch.setattr(extract, "BACKGROUND_MIN", 2)
    monkeypatch.setattr(extract, "pipeline", _NotLoaded())       # (the worker parses: `_parse_here`)
    worker = warmup._WORKER = warmup.Worker()
    warm = build(corpus).pages
    assert warmup.take() is None and not worker._process.is_alive()
    monkeypatch.undo()
    monkeypatch.setenv("DOSSIER_CACHE", "off")
    cold = build(corpus).pages
    assert {p: warm.raw(p) for p in warm} == {p: cold.raw(p) for p in cold}


def test_a_worker_not_needed_is_stopped(corpus, monkeypatch):
    build(corpus)
    worker = warmup._WORKER = warmup.Worker()
    build(corpus)                                              # (nothing to parse)
    assert warmup.take() is None and not worker._process.is_alive()


def test_what_the_worker_raises_is_raised_by_the_build(corpus, monkeypatch):
    def broken(sources):
        raise OSError("no room to parse")
    monkeypatch.setattr(extract, "_parse_here", broken)
    worker = warmup.Worker()
    with pytest.raises(OSError, match="no room to parse"):
        worker.parse([])()
    assert not worker._process.is_alive()
