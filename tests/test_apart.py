"""Pages rendered in a child process (`builder.apart`): the same pages, and the same memos, as
when this process renders them all; a child that fails costs only time."""

import threading

import pytest

import builder.render
from builder import apart
from builder.export import export
from builder.pipeline import assemble
from builder.render import render_pages
from conftest import ROOT

pytestmark = pytest.mark.skipif(not apart.can_fork(), reason="this system cannot fork")


@pytest.fixture(scope="module")
def dossier():
    return assemble(ROOT / "corpus")[0]


def _render(d, cache, monkeypatch, apart_min):
    monkeypatch.setattr(builder.render, "APART_MIN", apart_min)
    pages = render_pages(d, export(d), cache)
    return [(path, pages.raw(path)) for path in pages]


def _memos(cache):
    return {p.name: p.read_bytes() for p in sorted(cache.iterdir()) if p.is_file()}


def test_actor_pages_from_a_child_process_are_those_made_here(dossier, monkeypatch, tmp_path):
    forked = []
    real = apart.in_child

    def counted(work):
        child = real(work)
        forked.append(child is not None)
        return child
    monkeypatch.setattr(apart, "in_child", counted)
    for cache in (None, tmp_path / "here"):
        serial = _render(dossier, cache, monkeypatch, 10 ** 9)
        assert forked == []
        apart_cache = None if cache is None else tmp_path / "there"
        assert _render(dossier, apart_cache, monkeypatch, 0) == serial        # made anew
        assert _render(dossier, apart_cache, monkeypatch, 0) == serial        # from the memo
        assert forked == [True, True]
        forked.clear()
    # the memos hold the same entries, in the same order
    assert _memos(tmp_path / "there") == _memos(tmp_path / "here")
    assert any(path.startswith("actors/") for path, _ in serial)


def test_a_child_that_fails_costs_only_time(dossier, monkeypatch, tmp_path):
    serial = _render(dossier, None, monkeypatch, 10 ** 9)

    failed = []
    real = apart.in_child

    def watched(work):
        child = real(work)

        def result():
            try:
                return child()
            except apart.Failed:
                failed.append(True)
                raise
        return result

    def fails(self):
        raise MemoryError("in the child")
    monkeypatch.setattr(apart, "in_child", watched)
    monkeypatch.setattr(builder.render._Added, "since", fails)   # (called in the child only)
    assert sorted(_render(dossier, None, monkeypatch, 0)) == sorted(serial)
    assert failed == [True]


def test_in_child_gives_the_result_or_says_it_failed():
    assert apart.in_child(lambda: {"pages": [b"x" * 200_000]})() == {"pages": [b"x" * 200_000]}
    with pytest.raises(apart.Failed):
        apart.in_child(lambda: 1 / 0)()
    with pytest.raises(apart.Failed):
        apart.in_child(lambda: threading.Lock())()         # (cannot be pickled)


def test_no_child_is_forked_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not apart.can_fork()
        assert apart.in_child(lambda: 1) is None
    finally:
        stop.set()
        thread.join()


@pytest.fixture(scope="module")
def findings():
    """The findings of a development-set story with statements to group in several articles."""
    from builder.corpus import load_sources
    from builder.extract import extract_articles
    sources = sorted(load_sources(ROOT / "tests" / "devset" / "wagner-mutiny" / "corpus", lambda p: p)[0],
                     key=lambda s: s.id)
    return sources, extract_articles(sources)


def _claims(findings, monkeypatch, apart_min):
    from builder.resolve import claims, combine
    monkeypatch.setattr(claims, "APART_MIN", apart_min)
    return combine._combine(*findings, None).claims


def test_claims_grouped_with_a_child_process_are_those_grouped_here(findings, monkeypatch):
    serial = _claims(findings, monkeypatch, 10 ** 9)
    assert any(len({p.citation.source for p in c.positions}) > 1 for c in serial)     # (some grouping to do)
    forked = []
    real = apart.in_child
    monkeypatch.setattr(apart, "in_child", lambda work: forked.append(1) or real(work))
    assert _claims(findings, monkeypatch, 0) == serial
    assert forked == [1]

    def failed(work):
        def result():
            raise apart.Failed("in a test")
        return result
    monkeypatch.setattr(apart, "in_child", failed)
    assert _claims(findings, monkeypatch, 0) == serial
