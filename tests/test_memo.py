"""The memos of copy detection, findings, claims' units and rendering (builder.memo): a warm rebuild
gives the same bytes as a build without any cache, and a damaged or outdated memo is ignored."""

import json
import re
import zlib
from dataclasses import replace

import pytest

from builder import memo
from builder.export import export
from builder.graph import Dossier
from builder.model import Actor
from builder.pipeline import assemble, build
from builder.render import _version as render_version, render_pages
from builder.resolve import combine, copies
from conftest import ROOT, article
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
    assert (cache / "copies.json").is_file() and (cache / "pages.texts").is_file()
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    _write(corpus, "own", OWN_REPORT.replace("14 workers", "fifteen workers"), outlet="Harbour Herald",
           published="2024-05-14", title="Smoke over old town")
    warm = _pages(corpus, monkeypatch, cache)
    cold = _pages(corpus, monkeypatch, "off")
    assert warm == cold
    # An entry of the current version is used as it stands, so the warm build above did read it.
    version = render_version()
    entries = memo.load_texts(cache, "pages", version)
    memo.save_texts(cache, "pages", version, {k: "remembered" for k in entries})
    assert _pages(corpus, monkeypatch, cache)["sources/wire.md"] == "remembered"
    assert "Rewrites" in warm["sources/rewrite.md"]          # the copy link went through the memo
    memo.save_texts(cache, "pages", version, entries)
    _write(corpus, "other", OTHER_REPORT, outlet="Port Times", published="2024-05-16", title="Terminal stays shut")
    assert _pages(corpus, monkeypatch, cache) == _pages(corpus, monkeypatch, "off")


def test_a_damaged_or_outdated_memo_is_ignored(corpus, monkeypatch, tmp_path):
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)

    def rebuilt(*without: str) -> dict[str, str]:
        """The pages of a build without the memos named, which would be read before the one damaged."""
        for name in without:
            (cache / name).unlink(missing_ok=True)
        return _pages(corpus, monkeypatch, cache)
    data = json.loads((cache / "copies.json").read_text("utf-8"))
    assert data["entries"]
    # Entries of the wrong shape, then a file from other code, then one that is not JSON at all.
    for damaged in ({**data, "entries": {k: [42, "x"] for k in data["entries"]}},
                    {**data, "entries": {k: 42 for k in data["entries"]}},
                    {"version": "old", "entries": {k: "stale" for k in data["entries"]}}):
        (cache / "copies.json").write_text(json.dumps(damaged), encoding="utf-8")
        assert rebuilt("rendered.json", "links.texts") == expected
    (cache / "copies.json").write_bytes(b"\x00{not json")
    assert rebuilt("rendered.json", "links.texts") == expected
    (key, text), = memo.load_texts(cache, "links", copies._version()).items()
    for damaged in ("[[42, \"x\"]]", "42", "\x00{not json"):
        memo.save_texts(cache, "links", copies._version(), {key: damaged})
        assert rebuilt("rendered.json") == expected

    version = combine._findings_version()
    (key, text), = memo.load_texts(cache, "findings", version).items()
    row = json.loads(text)
    assert row[0] and row[1] and row[2]                  # actors, events, claims
    # The wrong shape, values of the wrong types (a name, a date, a truth value), not JSON; other code.
    actor, event, claim = row[0][0], row[1][0], row[2][0]
    for damaged in ([42, "x"], 42, [[[42, *actor[1:]]], row[1], row[2]],
                    [row[0], [[*event[:2], [[event[2][0][0], ["2024", 5, 14]]], *event[3:]]], row[2]],
                    [row[0], row[1], [[*claim[:2], [[*claim[2][0][:3], "yes", ""]], claim[3]]]]):
        memo.save_texts(cache, "findings", version, {key: json.dumps(damaged)})
        assert rebuilt("rendered.json") == expected
    memo.save_texts(cache, "findings", version, {key: "\x00{not json"})
    assert rebuilt("rendered.json") == expected
    memo.save_texts(cache, "findings", "old", {key: text})
    assert rebuilt("rendered.json") == expected

    data = json.loads((cache / "units.json").read_text("utf-8"))
    assert data["entries"]
    # Rows of the wrong shape, a row of the right shape with values of the wrong types, other code; not JSON.
    for damaged in ({**data, "entries": {k: [42, "x"] for k in data["entries"]}},
                    {**data, "entries": {k: 42 for k in data["entries"]}},
                    {**data, "entries": {k: [[[1, 0, 0], "p1", [], "quote", "", "", [], "yes", [], [], True, False,
                                              False]] for k in data["entries"]}},
                    {"version": "old", "entries": {k: [] for k in data["entries"]}}):
        (cache / "units.json").write_text(json.dumps(damaged), encoding="utf-8")
        assert rebuilt("rendered.json", "findings.texts") == expected
    (cache / "units.json").write_bytes(b"\x00{not json")
    assert rebuilt("rendered.json", "findings.texts") == expected

    texts = (cache / "pages.texts").read_bytes()
    crc, head, body = texts.split(b"\n", 2)
    good = json.loads(head)
    assert good["entries"]

    def checked(head: dict) -> bytes:          # a file whose checksum is right, so only its head is wrong
        rest = json.dumps(head).encode() + b"\n" + body
        return b"%08x\n" % zlib.crc32(rest) + rest
    moved = [[k, n + 1 if i == 0 else n - 1 if i == 1 else n] for i, (k, n) in enumerate(good["entries"])]
    # Cut short, run on, one byte changed, entries moved by a byte (checksum of the original),
    # then with a right checksum: lengths that do not add up, a head of the wrong shape, of other code; not JSON.
    for damaged in (texts[:-1], texts + b"x", texts[:-2] + bytes([texts[-2] ^ 1]) + texts[-1:],
                    crc + b"\n" + json.dumps({**good, "entries": moved}).encode() + b"\n" + body,
                    checked({**good, "entries": [[k, n + 1] for k, n in good["entries"]]}),
                    checked({**good, "entries": {"k": 1}}), checked({**good, "version": "old"}),
                    b"\x00{not json\n"):
        (cache / "pages.texts").write_bytes(damaged)
        assert _pages(corpus, monkeypatch, cache) == expected


def _dossier(d, **lists):
    """`d` rebuilt with some of its lists replaced."""
    return Dossier(d.settings, lists.get("sources", d.sources), lists.get("actors", d.all_actors),
                   lists.get("events", d.all_events), lists.get("claims", d.all_claims),
                   lists.get("mentions", d.mentions), d.copies, d.curated_copies)


def _changes(d):
    """Changes to the dossier, each of something a page reads from beyond its own actor, claim or source."""
    actors, claims, events, sources = list(d.actors), list(d.claims), list(d.events), list(d.sources)
    related = next(a for a in actors if d.related.get(a.id))
    other = d.actor[d.related[related.id][0][0]]
    named = " ".join(name for a in actors for name in a.names)
    word = next(w for m in d.mentions for w in re.findall(r"(?<=\s)[A-Z][a-z]{5,}\b", m.citation.quote)
                if w not in named)          # a word of a quote on some actor's page that names no one yet
    positioned = next(c for c in claims if any(p.speaker for p in c.positions) and len(c.positions) > 1)
    return {
        "a neighbour's description": dict(actors=[replace(a, description="Another description.") if a == other else a
                                                  for a in actors]),
        "a neighbour's name": dict(actors=[replace(a, name=a.name + " Jr") if a == other else a for a in actors]),
        "how many sources name a neighbour": dict(mentions=[m for m in d.mentions if m.actor != other.id
                                                            or m.citation.source != d.mentions_of[other.id][0].citation.source]),
        "a new name in a quote": dict(actors=actors + [Actor("zz-new", word, "organization", origin="auto")]),
        "a source's outlet": dict(sources=[replace(s, outlet="Other Outlet") for s in sources]),
        "a source's title": dict(sources=[replace(s, title="Another title") for s in sources]),
        "a claim's statement": dict(claims=[replace(c, statement="Something else happened.") if c == positioned
                                            else c for c in claims]),
        "a claim's status": dict(claims=[replace(c, positions=c.positions[:1]) if c == positioned else c
                                         for c in claims]),
        "an event's title": dict(events=[replace(e, title="Another happening") if e.actors else e for e in events]),
    }


@pytest.mark.parametrize("change", list(_changes(assemble(ROOT / "corpus")[0])))
def test_a_remembered_page_changes_with_anything_it_reads(change, tmp_path):
    """Actor, claim and source pages come from the memo by a key of what each reads: a change to
    anything else in the dossier that shows on a page must miss the memo (the sample dossier)."""
    d = assemble(ROOT / "corpus")[0]
    before = render_pages(d, export(d), tmp_path)           # fills the memo
    changed = _dossier(d, **_changes(d)[change])
    warm = render_pages(changed, export(changed), tmp_path)
    assert warm == render_pages(changed, export(changed), None)
    assert any(warm.get(path) != text for path, text in before.items()
               if path.startswith(("actors/", "claims/", "sources/")))    # the change shows on a page
    assert sum(warm.get(path) == text for path, text in before.items() if path.startswith("actors/")) > 0


def test_the_build_gives_the_garbage_collector_back_whether_it_succeeds_or_fails(corpus, monkeypatch, tmp_path):
    """The stages across articles run with the cyclic collector paused; a process that builds
    (the MkDocs hook, then all of MkDocs) must get it back, also after a build that fails."""
    import gc

    import builder.pipeline
    monkeypatch.setenv("DOSSIER_CACHE", "off")
    assert gc.isenabled()
    build(corpus)
    assert gc.isenabled()

    def fails(*args, **kwargs):
        assert not gc.isenabled()          # paused while the pages are made
        raise OSError("disk full")
    monkeypatch.setattr(builder.pipeline, "render_pages", fails)
    with pytest.raises(OSError):
        build(corpus)
    assert gc.isenabled()


def test_event_pages_come_from_the_memo_too(tmp_path):
    d = assemble(ROOT / "corpus")[0]
    assert d.events
    render_pages(d, export(d), tmp_path)
    version = render_version()
    entries = memo.load_texts(tmp_path, "pages", version)
    memo.save_texts(tmp_path, "pages", version, {k: "remembered" for k in entries})
    pages = render_pages(d, export(d), tmp_path)
    assert {pages[f"events/{e.id}.md"] for e in d.events} == {"remembered"}


def test_the_findings_and_copy_links_of_the_same_articles_come_from_the_memo(corpus, monkeypatch, tmp_path):
    """What the last build found across articles (the memo `findings`) and the copy links it found
    (kept in the memo `copies`) are read back while the articles are the same, and found again
    when one changes or is added."""
    cache = tmp_path / "cache"
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    expected = _pages(corpus, monkeypatch, cache)
    assert "Rewrites" in expected["sources/rewrite.md"]
    version = combine._findings_version()
    (key, text), = memo.load_texts(cache, "findings", version).items()
    row = json.loads(text)
    (links, text), = memo.load_texts(cache, "links", copies._version()).items()
    found = json.loads(text)
    assert found and all(link[:2] == ["rewrite", "wire"] for link in found)
    # A claim's statement and a link's evidence, altered in the memo, show on the pages: both were read.
    claim = row[2][0]
    altered = [row[0], row[1], [[claim[0], "Remembered statement.", *claim[2:]], *row[2][1:]]]
    memo.save_texts(cache, "findings", version, {key: json.dumps(altered)})
    memo.save_texts(cache, "links", copies._version(),
                    {links: json.dumps([[*found[0][:3], ["remembered evidence"], found[0][4]]])})
    (cache / "rendered.json").unlink()     # (else the pages of the same inputs are read back whole)
    pages = _pages(corpus, monkeypatch, cache)
    assert "Remembered statement." in pages[f"claims/{claim[0]}.md"]
    assert "remembered evidence" in pages["sources/rewrite.md"]
    # One article changed, then one added: found again, as without any cache.
    _write(corpus, "own", OWN_REPORT.replace("14 workers", "fifteen workers"), outlet="Harbour Herald",
           published="2024-05-14", title="Smoke over old town")
    changed = _pages(corpus, monkeypatch, cache)
    assert changed == _pages(corpus, monkeypatch, "off") and changed != pages
    assert "Remembered statement." not in "".join(changed.values())
    assert "remembered evidence" not in changed["sources/rewrite.md"]
    _write(corpus, "other", OTHER_REPORT, outlet="Port Times", published="2024-05-16", title="Terminal stays shut")
    assert _pages(corpus, monkeypatch, cache) == _pages(corpus, monkeypatch, "off")


def test_the_files_of_a_build_from_the_same_inputs_are_read_back_whole(corpus, monkeypatch, tmp_path):
    """The memo `rendered` keeps, by a hash of everything the dossier is made from, the entries of
    the memo of pages each file is made of: a build from the same articles, curation and code reads
    them back; a changed article, or a changed curation, makes the pages again."""
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)
    data = json.loads((cache / "rendered.json").read_text("utf-8"))
    (inputs, made_of), = data["entries"].items()
    assert [row[0] for row in made_of] == list(expected)            # every file, in order
    assert any(len(row) == 3 for row in made_of)                    # (an actor page and its figure)
    # Every entry of the memo of pages altered: the files read back are made of them.
    version = render_version()
    entries = memo.load_texts(cache, "pages", version)
    memo.save_texts(cache, "pages", version, {k: "0\nremembered" for k in entries})   # (a figure too)
    again = _pages(corpus, monkeypatch, cache)
    assert again["dossier.json"] == again["sources/wire.md"] == again["index.md"] == "0\nremembered"
    memo.save_texts(cache, "pages", version, entries)
    assert _pages(corpus, monkeypatch, cache) == expected
    # Damaged or of other code: the pages are made again.
    for damaged in ({**data, "entries": {inputs: [[path, 42] for path, *_ in made_of]}},
                    {**data, "entries": {inputs: [[path, "text:missing"] for path, *_ in made_of]}},
                    {**data, "entries": {inputs: 42}}, {**data, "version": "old"}):
        (cache / "rendered.json").write_text(json.dumps(damaged), encoding="utf-8")
        assert _pages(corpus, monkeypatch, cache) == expected
    # Another article, another curation: made again, as without any cache.
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    assert _pages(corpus, monkeypatch, cache) == _pages(corpus, monkeypatch, "off") != expected
    (corpus / "dossier.yaml").write_text("title: Harbour fire\n", encoding="utf-8")
    titled = _pages(corpus, monkeypatch, cache)
    assert titled == _pages(corpus, monkeypatch, "off") and "Harbour fire" in titled["index.md"]


def test_after_one_more_article_the_build_writes_only_what_changes_as_a_build_without_cache(corpus, monkeypatch,
                                                                                            tmp_path):
    cache, docs, cold = tmp_path / "cache", tmp_path / "docs", tmp_path / "cold"
    monkeypatch.setenv("DOSSIER_CACHE", str(cache))
    build(corpus, docs)
    build(corpus, docs)
    before = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    report = build(corpus, docs).report
    monkeypatch.setenv("DOSSIER_CACHE", "off")
    build(corpus, cold)
    after = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    assert after == {p.relative_to(cold).as_posix(): p.read_bytes() for p in cold.rglob("*") if p.is_file()}
    changed = sorted(p for p in after if p != ".dossier-generated" and before.get(p) != after[p])
    assert report.written == changed and "sources/rewrite.md" in changed
    assert len(report.unchanged) == len(after) - 1 - len(changed)


def _two_reports(make_corpus):
    """The sources and findings of two reports of one story (from `test_claims_across_sources`)."""
    from builder.corpus import load_sources
    from builder.extract import extract_articles
    from test_claims_across_sources import GAZETTE, POST
    corpus = make_corpus({"articles/gazette.md": article("gazette", GAZETTE, outlet="Harbor Falls Gazette",
                                                         published="2024-05-20"),
                          "articles/post.md": article("post", POST, outlet="Valley Post", published="2024-05-21")})
    sources = sorted(load_sources(corpus)[0], key=lambda s: s.id)
    return sources, extract_articles(sources)


def test_the_units_of_claims_come_from_the_memo_until_an_actor_id_they_name_changes(make_corpus, monkeypatch,
                                                                                     tmp_path):
    """What claims are made of (an article's units) is remembered by the article and the actor ids of
    the names in its findings: read back unchanged, worked out again for the articles naming an
    actor whose id changed, and the same claims as without a memo."""
    from builder.resolve import claims
    sources, articles = _two_reports(make_corpus)
    cache = tmp_path / "cache"
    worked_out = []
    units = claims._units
    monkeypatch.setattr(claims, "_units", lambda source, *rest: worked_out.append(source.id) or units(source, *rest))
    plain = combine.combine(sources, articles)
    assert combine.combine(sources, articles, cache) == plain and (cache / "units.json").is_file()
    worked_out.clear()
    assert combine.combine(sources, articles, cache) == plain and worked_out == []

    actors = combine._actors                     # the company gets another id: so does its denial
    company = next(a.id for a in plain.actors if a.name == "Northwind Industries")

    def renamed(*args):
        found, ids_of = actors(*args)
        return found, {key: "the-company" if aid == company else aid for key, aid in ids_of.items()}
    monkeypatch.setattr(combine, "_actors", renamed)
    changed = combine.combine(sources, articles)
    assert {p.speaker for c in changed.claims for p in c.positions} >= {"the-company"}
    worked_out.clear()
    (cache / "findings.texts").unlink()     # (kept by the code's version, which a patch does not change)
    assert combine.combine(sources, articles, cache) == changed
    assert sorted(worked_out) == ["gazette", "post"]          # both name the company


def test_objects_a_process_keeps_frozen_stay_frozen_after_a_build(corpus, monkeypatch):
    """The build moves what its stages leave alive to the oldest generation (gc.freeze, gc.unfreeze)
    only when nothing else is frozen: a process that froze its own objects keeps them frozen."""
    import gc
    monkeypatch.setenv("DOSSIER_CACHE", "off")
    gc.freeze()
    try:
        assert gc.get_freeze_count()
        build(corpus)
        assert gc.get_freeze_count() and gc.isenabled()          # (less what the build let go of)
    finally:
        gc.unfreeze()
    build(corpus)
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_memo_of_texts_that_keeps_most_entries_has_the_new_ones_appended(tmp_path):
    """Entries read back from the memo are not written again: the new ones go in a segment at the
    end of the file, whose later entry of a key stands for an earlier one; once the entries no
    longer used would make up half the file, it is written whole with the entries given only.
    Damage to any segment, or a segment of other code, makes the whole memo read as empty."""
    old = {f"k{i}": f"text {i} " * 50 for i in range(10)}
    memo.save_texts(tmp_path, "m", "v1", old)
    path = tmp_path / "m.texts"
    inode, size = path.stat().st_ino, path.stat().st_size
    texts = memo.load_texts(tmp_path, "m", "v1")
    kept = {key: texts.stored(key) for key in list(texts)[1:]}          # one entry dropped
    memo.save_texts(tmp_path, "m", "v1", kept | {"new": "a new text", "k5": "k5 made again"})
    assert path.stat().st_ino == inode and path.stat().st_size > size       # appended
    again = memo.load_texts(tmp_path, "m", "v1")
    assert dict(again) == old | {"new": "a new text", "k5": "k5 made again"}   # (k0 still there)
    memo.save_texts(tmp_path, "m", "v1", {key: again.stored(key) for key in again})
    assert path.stat().st_size == len(path.read_bytes()) and dict(memo.load_texts(tmp_path, "m", "v1")) == dict(again)
    # Most entries no longer used: written whole, by rename, with the entries given only.
    again = memo.load_texts(tmp_path, "m", "v1")
    memo.save_texts(tmp_path, "m", "v1", {"k1": again.stored("k1"), "other": "another text"})
    assert path.stat().st_ino != inode
    assert dict(memo.load_texts(tmp_path, "m", "v1")) == {"k1": old["k1"], "other": "another text"}
    # Damage in the appended segment, or a segment of other code: read as empty.
    memo.save_texts(tmp_path, "m", "v1", old)
    whole = path.read_bytes()
    texts = memo.load_texts(tmp_path, "m", "v1")
    memo.save_texts(tmp_path, "m", "v1", {key: texts.stored(key) for key in texts} | {"new": "a new text"})
    appended = path.read_bytes()
    assert appended.startswith(whole) and len(appended) > len(whole)
    for damaged in (appended[:-1], appended + b"x", appended[:-3] + b"tex",
                    appended.replace(b'"version":"v1"', b'"version":"v0"')):
        path.write_bytes(damaged)
        assert memo.load_texts(tmp_path, "m", "v1") == {}
    path.write_bytes(b"")
    assert memo.load_texts(tmp_path, "m", "v1") == {}


def test_rebuilds_appending_to_the_memo_of_pages_give_the_same_bytes(corpus, monkeypatch, tmp_path):
    """After one more article the pages made anew are appended to the memo of pages; builds from
    it, with and without the article, give the bytes of builds without any cache."""
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)
    inode = (cache / "pages.texts").stat().st_ino
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    (cache / "rendered.json").unlink()
    assert _pages(corpus, monkeypatch, cache) == _pages(corpus, monkeypatch, "off")
    assert (cache / "pages.texts").stat().st_ino == inode                 # appended to, not written anew
    (corpus / "articles" / "rewrite.md").unlink()
    (cache / "rendered.json").unlink()
    assert _pages(corpus, monkeypatch, cache) == expected


def test_a_json_memo_given_what_was_read_has_the_new_entries_appended(tmp_path):
    """`memo.save` given the memo `load` read appends the entries that are not the values read, as
    a line of their own, while those no longer used are under half the file; a later line's entry
    stands for an earlier one's; a damaged line, or one of other code, makes the memo read as empty."""
    memo.save(tmp_path, "m", "v1", {f"k{i}": [i, "x"] for i in range(10)})
    path = tmp_path / "m.json"
    inode = path.stat().st_ino
    read = memo.load(tmp_path, "m", "v1")
    kept = {k: v for k, v in read.items() if k != "k0"}
    memo.save(tmp_path, "m", "v1", kept | {"new": [42], "k5": [5, "again"]}, read)
    assert path.stat().st_ino == inode and path.read_bytes().count(b"\n") == 1      # one line appended
    again = memo.load(tmp_path, "m", "v1")
    assert again == read | {"new": [42], "k5": [5, "again"]}
    before = path.read_bytes()
    memo.save(tmp_path, "m", "v1", dict(again), again)                       # nothing new: not written
    assert path.read_bytes() == before
    memo.save(tmp_path, "m", "v1", {"k1": again["k1"]}, again)                # mostly unused: written whole
    assert path.stat().st_ino != inode and memo.load(tmp_path, "m", "v1") == {"k1": [1, "x"]}
    memo.save(tmp_path, "m", "v1", {"k1": [1, "x"], "k2": [2]}, memo.load(tmp_path, "m", "v1"))
    appended = path.read_bytes()
    assert appended.count(b"\n") == 1
    first, last = appended.rsplit(b'"version":"v1"', 1)
    for damaged in (appended[:-1], appended + b"\n", first + b'"version":"v0"' + last):
        path.write_bytes(damaged)
        assert memo.load(tmp_path, "m", "v1") == {}


def test_folded_spellings_come_from_the_memo_and_a_damaged_memo_is_ignored(corpus, monkeypatch, tmp_path):
    """The spellings `combine` folds to compare names are kept in the memo `folds`: only spellings
    new to it are folded; a damaged memo, or one of other code, is folded again; every build gives
    the bytes of a build without any cache."""
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)
    version = combine._findings_version()
    read = memo.load(cache, "folds", version)
    fold = combine._fold
    assert read and all(fold(key) == folded for key, folded in read.items())
    folded = []
    monkeypatch.setattr(combine, "_fold", lambda key: folded.append(key) or fold(key))
    keys = [*read, "Ministry of Railways"]
    assert combine._folds(keys, cache) == {key: fold(key) for key in keys} and folded == ["Ministry of Railways"]
    assert memo.load(cache, "folds", version) == {**read, "Ministry of Railways": "railway ministry"}
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    assert _pages(corpus, monkeypatch, cache) == _pages(corpus, monkeypatch, "off")
    (corpus / "articles" / "rewrite.md").unlink()
    data = json.loads((cache / "folds.json").read_text("utf-8").split("\n")[0])
    for damaged in ({**data, "entries": {k: 42 for k in data["entries"]}},
                    {"version": "old", "entries": {k: "stale" for k in data["entries"]}}):
        (cache / "folds.json").write_text(json.dumps(damaged), encoding="utf-8")
        for name in ("rendered.json", "findings.texts"):
            (cache / name).unlink(missing_ok=True)
        folded.clear()
        assert _pages(corpus, monkeypatch, cache) == expected and set(folded) >= set(data["entries"]) - {"Ministry of Railways"}
    (cache / "folds.json").write_bytes(b"\x00{not json")
    (cache / "findings.texts").unlink()
    assert _pages(corpus, monkeypatch, cache) == expected


def test_the_compiled_templates_come_from_the_memo_and_a_damaged_memo_is_ignored(corpus, monkeypatch, tmp_path):
    """A process that has not loaded the templates yet reads them compiled from the memo
    `templates` instead of compiling them; a damaged memo is compiled again; the pages are the
    same bytes."""
    from builder import render
    cache = tmp_path / "cache"

    def rebuilt() -> dict[str, str]:
        """The pages of a build in a process that has loaded no template, rendering every page."""
        render._env.cache.clear()
        for name in ("rendered.json", "pages.texts"):
            (cache / name).unlink(missing_ok=True)
        return _pages(corpus, monkeypatch, cache)
    expected = rebuilt()
    assert expected == _pages(corpus, monkeypatch, "off")
    compiled = []
    compile_ = render._env.compile
    monkeypatch.setattr(render._env, "compile", lambda *args, **kwargs: compiled.append(args) or compile_(*args, **kwargs))
    assert rebuilt() == expected and compiled == []
    texts = (cache / "templates.texts").read_bytes()
    for damaged in (texts[:-1], texts[:-2] + bytes([texts[-2] ^ 1]) + texts[-1:], b"\x00{not json\n"):
        (cache / "templates.texts").write_bytes(damaged)
        assert rebuilt() == expected and len(compiled) == len(render._env.list_templates())
        compiled.clear()
    assert rebuilt() == expected and compiled == []       # (written again whole)


def test_where_actors_are_named_comes_from_the_memo_until_a_name_in_the_text_changes(corpus, monkeypatch, tmp_path):
    """The memos `mentions` (where each article names an actor) and `linked` (where the texts pages
    link do) keep what was found with the names searched for: a rebuild searches again only new
    texts and those in which a name added or dropped since appears; a damaged memo, or one of other
    code, is searched again; every build gives the bytes of a build without any cache."""
    from builder.corpus import load_sources
    from builder.resolve import mentions
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)
    names_before = {n for a in assemble(corpus)[0].actors for n in a.names}
    searched, articles = [], []
    pattern, rows = mentions.Names.pattern, mentions._rows
    monkeypatch.setattr(mentions.Names, "pattern", lambda self, texts: searched.extend(texts) or pattern(self, texts))
    monkeypatch.setattr(mentions, "_rows", lambda source, *rest: articles.append(source.id) or rows(source, *rest))
    (cache / "rendered.json").unlink()
    assert _pages(corpus, monkeypatch, cache) == expected and searched == articles == []
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    added, warm = _pages(corpus, monkeypatch, cache), list(articles)
    changed = names_before ^ {n for a in assemble(corpus)[0].actors for n in a.names}
    assert changed and added == _pages(corpus, monkeypatch, "off")
    assert warm == [s.id for s in sorted(load_sources(corpus)[0], key=lambda s: s.id) if s.id == "rewrite"
                    or any(name in p.text for p in s.paragraphs for name in changed)]
    (corpus / "articles" / "rewrite.md").unlink()
    for name in ("mentions.json", "linked.json"):
        data = json.loads((cache / name).read_text("utf-8"))
        assert data["entries"]["names"]
        for damaged in ({**data, "entries": {k: [[42, "x"]] for k in data["entries"]}},
                        {**data, "entries": {**data["entries"], "names": 42}},
                        {"version": "old", "entries": data["entries"]}):
            (cache / name).write_text(json.dumps(damaged), encoding="utf-8")
            (cache / "rendered.json").unlink(missing_ok=True)
            assert _pages(corpus, monkeypatch, cache) == expected
        (cache / name).write_bytes(b"\x00{not json")
        (cache / "rendered.json").unlink()
        assert _pages(corpus, monkeypatch, cache) == expected


def test_the_units_of_claims_read_ahead_are_worked_out_before_they_are_asked_for(make_corpus, tmp_path,
                                                                                  monkeypatch):
    """Reading ahead (while new articles are parsed), `combine` works out the units of the articles
    in the memo of units; `build_claims` then takes them as they are, with the same claims."""
    from builder.resolve import claims
    sources, articles = _two_reports(make_corpus)
    cache = tmp_path / "cache"
    plain = combine.combine(sources, articles, cache)
    (cache / "findings.texts").unlink()
    decoded = []
    rows = claims._units_from_rows
    monkeypatch.setattr(claims, "_units_from_rows", lambda source, *rest: decoded.append(source.id) or rows(source, *rest))
    with memo.once_per_build():
        combine.read_ahead(sources, cache)
        assert sorted(decoded) == ["gazette", "post"]
        decoded.clear()
        assert combine.combine(sources, articles, cache) == plain and decoded == []


def test_the_dated_reports_of_each_article_come_from_the_memo_and_a_damaged_memo_is_ignored(corpus, monkeypatch,
                                                                                          tmp_path):
    """What each article reports of dated happenings (`combine._reports`) is kept in the memo
    `reports` by the article: a rebuild after one more article works out only that article's; a
    damaged memo, or one of other code, is worked out again; the pages are the bytes of a build
    without any cache."""
    cache = tmp_path / "cache"
    expected = _pages(corpus, monkeypatch, cache)
    data = json.loads((cache / "reports.json").read_text("utf-8"))
    assert any(data["entries"].values())
    worked_out = []
    reports = combine._reports
    monkeypatch.setattr(combine, "_reports", lambda source, a: worked_out.append(source.id) or reports(source, a))
    _write(corpus, "rewrite", REWRITE, outlet="Daily Quay", published="2024-05-15", title="Blaze shuts port")
    warm = _pages(corpus, monkeypatch, cache)
    assert worked_out == ["rewrite"] and warm == _pages(corpus, monkeypatch, "off")
    (corpus / "articles" / "rewrite.md").unlink()
    row = next(rows[0] for rows in data["entries"].values() if rows)
    for damaged in ({**data, "entries": {k: [[42, "x"]] for k in data["entries"]}},
                    {**data, "entries": {k: [[*row[:3], ["2024", 5, 14], *row[4:]]] for k in data["entries"]}},
                    {**data, "entries": {k: [[*row[:4], "yes", *row[5:]]] for k in data["entries"]}},
                    {"version": "old", "entries": data["entries"]}):
        (cache / "reports.json").write_text(json.dumps(damaged), encoding="utf-8")
        for name in ("rendered.json", "findings.texts"):
            (cache / name).unlink(missing_ok=True)
        assert _pages(corpus, monkeypatch, cache) == expected
    (cache / "reports.json").write_bytes(b"\x00{not json")
    (cache / "findings.texts").unlink()
    assert _pages(corpus, monkeypatch, cache) == expected
