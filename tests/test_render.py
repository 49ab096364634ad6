"""Golden pages: the mini corpus renders to the committed tree in tests/golden/mini.

Regenerate after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_render.py` and
review the diff.
"""

import os
import re
import shutil

from builder import pipeline
from builder.output import write_pages
from conftest import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini"
GOLDEN = ROOT / "tests" / "golden" / "mini"


def test_mini_corpus_matches_golden_pages(tmp_path):
    pages = pipeline.build(MINI).pages
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        write_pages(GOLDEN, pages)
        (GOLDEN / ".dossier-generated").unlink()
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text("utf-8") for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(pages) == sorted(expected)
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from the golden copy; rerun with UPDATE_GOLDEN=1 and review"


def test_claim_page_shows_status_reason_and_every_position():
    page = pipeline.build(MINI).pages["claims/public-consultation.md"]
    assert '!!! warning "Contested"\n    Example Wire asserts; Coastal Trust denies.' in page
    assert page.count("](../sources/") >= 4
    assert "[¶3](../sources/harbor-2024-05-02.md#p3)" in page and "[¶2](../sources/wire-2024-05.md#p2)" in page


def test_event_with_disagreeing_dates_lists_each():
    page = pipeline.build(MINI).pages["events/deal-signed.md"]
    assert '!!! warning "Sources give different dates"' in page
    assert "30 April 2024 (day)" in page and "May 2024 (month)" in page


def test_source_page_has_paragraph_anchors_and_linked_names():
    page = pipeline.build(MINI).pages["sources/harbor-2024-05-02.md"]
    assert "{: #p1 .dossier-paragraph }" in page
    assert "[Mara Quint](../actors/mara-quint.md)" in page and "[Quint](../actors/mara-quint.md)" in page
    assert "Rewrites" not in page
    aggregator = pipeline.build(MINI).pages["sources/aggregator-2024-05.md"]
    assert "Rewrites Example Wire: [Harbour deal signed, authority says](wire-2024-05.md)" in aggregator


def test_actor_page_lists_mentions_with_sentences():
    page = pipeline.build(MINI).pages["actors/mara-quint.md"]
    assert "- **Affiliations:** [Northport Authority](northport-authority.md" in page
    assert "[Quint](mara-quint.md \"Director of the Northport Authority.\") told reporters." in page


def test_generated_pages_carry_their_heading_as_title():
    # MkDocs reads the title from the first H1 only when nothing precedes it; without a front-matter
    # title, tabs and search results show the file name ("Irgc").
    import yaml
    pages = pipeline.build(MINI).pages
    actor = pages["actors/northport-authority.md"]
    assert actor.startswith('---\ntitle: "Northport Authority"\n')
    for path, text in pages.items():
        if path.endswith(".md"):
            meta = yaml.safe_load(text.split("---\n")[1])
            heading = next(line[2:] for line in text.splitlines() if line.startswith("# "))
            assert meta["title"] == heading.replace("\\", ""), path


def test_title_is_inert_in_the_html_head():
    from builder.render import _titled
    page = _titled("<!-- x -->\n# \\[x\\] &lt;/title&gt;&lt;script&gt; &amp; \\*\n")
    assert page.startswith('---\ntitle: "[x] ‹/title›‹script› &amp; *"\n---\n')


def test_claims_read_right_who_asserts_curated_or_automatic_no_stray_punctuation():
    pages = pipeline.build(MINI).pages
    index = pages["claims/index.md"]
    assert "| Claim | Status | Who says what | Found by |" in index
    assert ("| [The harbour deal was put to public consultation.](public-consultation.md) | Contested | "
            "Example Wire asserts; Coastal Trust denies. | curated |") in index
    assert "| Harbor Times asserts. | automatic |" in index
    # rewrites of one original are named once, by the original (the wire), not by the aggregator
    assert "Example Wire asserts (2 articles rewriting one original)." in index
    home = pages["index.md"]
    assert "- [The harbour deal was put to public consultation](claims/public-consultation.md) — Example Wire asserts; " \
           "Coastal Trust denies." in home
    assert ".](claims/" not in home and ".:" not in home
    claim = pages["claims/public-consultation.md"]
    assert "*Curated: written and checked by an editor.*" in claim
    assert "- Example Wire: [Harbour deal signed, authority says](../sources/wire-2024-05.md)" in claim


def test_a_value_dispute_is_titled_as_the_question():
    from builder.model import Citation, Claim, Position
    from builder.render import claims
    c = Claim("signed", "The treaty was signed in January 2024.", (
        Position(Citation("a", "p1", "x"), "asserts", value="January 2024"),
        Position(Citation("b", "p1", "y"), "asserts", value="January 2025"),
        Position(Citation("c", "p1", "z"), "asserts", value="January 2024")))
    assert claims.title(c) == "The treaty was signed in January 2024 or January 2025?"
    other = Claim("where", "The airfield is in the centre.", c.positions[:2])
    assert claims.title(other) == "The airfield is in the centre: January 2024 or January 2025?"
    agreed = Claim("one", "The treaty was signed in January 2024.", c.positions[::2])
    assert claims.title(agreed) == "The treaty was signed in January 2024."
    # a question already: one question mark, after the values
    asked = Claim("when", "On what day did the attack take place?", c.positions[:2])
    assert claims.title(asked) == "On what day did the attack take place: January 2024 or January 2025?"
    # many answers: the first three and a sign of more, so one more answer does not retitle it
    # on every page that cites it
    many = Claim("toll", "How many died?", tuple(
        Position(Citation(f"s{n}", "p1", "q"), "asserts", value=str(n)) for n in (59, 61, 62, 64)))
    assert claims.title(many) == "How many died: 59 or 61 or 62 or …?"
    more = Claim("toll", "How many died?", many.positions + (Position(Citation("s70", "p1", "q"), "asserts", value="70"),))
    assert claims.title(more) == claims.title(many)


def test_long_lists_continue_on_pages_of_their_own(monkeypatch):
    """Past LIST_ROWS rows an index goes on in lists/, each page linking the first, its previous
    and its next; an actor named in more articles than that lists the rest of its mentions there too."""
    import builder.render as render
    monkeypatch.setattr(render, "LIST_ROWS", 1)
    monkeypatch.setenv("DOSSIER_CACHE", "off")      # (the memos are of the code as written)
    pages = pipeline.build(MINI).pages
    d = pipeline.assemble(MINI)[0]
    assert len(d.sources) == 3
    first = pages["sources/index.md"]
    later = list(dict.fromkeys(re.findall(r"\[[23]\]\(\.\./(lists/sources--[a-z0-9-]+\.md)\)", first)))
    assert len(later) == 2 and all(path in pages for path in later)
    assert sum(path.startswith("lists/sources--") for path in pages) == 2
    assert f"Page 1 of 3: **1** [2](../{later[0]}) [3](../{later[1]}) [next](../{later[0]})" in first
    last = pages[later[-1]]
    assert "# Sources (continued)" in last and f"[First page](../sources/index.md) · [previous]({later[0][6:]})" in last
    assert "[next]" not in last and "Page " not in last and "3 articles" not in last
    shown = [s.id for s in d.sources if f"(../sources/{s.id}.md)" in first or f"({s.id}.md)" in first]
    assert len(shown) == 1
    named = max(d.actors, key=lambda a: len({m.citation.source for m in d.mentions_of[a.id]}))
    articles = len({m.citation.source for m in d.mentions_of[named.id]})
    assert articles >= 2
    assert sum(path.startswith(f"lists/mentions-{named.id}--") for path in pages) == articles - 1
    assert f"Page 1 of {articles}:" in pages[f"actors/{named.id}.md"]
    for path, text in pages.items():
        assert "(page " not in text
    assert pages["claims/index.md"].count("| automatic |") + pages["claims/index.md"].count("| curated |") == 1


def test_a_row_added_to_a_long_list_leaves_its_other_pages_as_they_were():
    """Pages end where the rows' ids say, not at fixed positions, and a later page names no count:
    one more claim changes the page it lands on (and the first page's counts), not every page
    after it, so a rebuild after one more article rewrites a bounded part of the lists."""
    from builder.render import render_pages
    before = render_pages(_crowded({"single-source": 2000}, {"person": 3}), {})
    after = render_pages(_crowded({"single-source": 2001}, {"person": 3}), {})
    listing = [path for path in after if path.startswith("lists/claims-single-source")]
    assert len(listing) >= 10
    changed = [path for path in listing if before.get(path) != after[path]]
    assert 1 <= len(changed) <= 3, changed
    assert "lists/claims-single-source.md" in changed           # (its counts)


def _crowded(claims_by_status: dict[str, int], actors_by_kind: dict[str, int]):
    """A dossier of two independent articles with that many claims of each status and actors of
    each kind (no extraction: the model objects as the pipeline would give them)."""
    from builder.dates import PartialDate
    from builder.graph import Dossier
    from builder.model import Actor, Citation, Claim, Paragraph, Position, Settings, Source
    text = "The ministry said the plan was approved, and a spokesman denied it."
    sources = [Source(sid, f"Report {sid}", f"Outlet {sid}", "https://example.org", PartialDate(2024, 5, 2),
                      (Paragraph("p1", text, 5),)) for sid in ("a", "b")]
    said, denied = Citation("a", "p1", "the plan was approved"), Citation("a", "p1", "a spokesman denied it")
    also = Citation("b", "p1", "the plan was approved")
    stances = {"single-source": [Position(said, "asserts")], "contested": [Position(said, "asserts"), Position(denied, "denies")],
               "denied": [Position(denied, "denies")], "corroborated": [Position(said, "asserts"), Position(also, "asserts")],
               "unverified": [Position(said, "hedges")]}
    claims = [Claim(f"{status}-{k:04d}", f"Plan number {k} was approved.", tuple(stances[status]))
              for status, n in claims_by_status.items() for k in range(n)]
    actors = [Actor(f"{kind}-{k:04d}", f"{kind.title()} {k}", kind) for kind, n in actors_by_kind.items() for k in range(n)]
    return Dossier(Settings(), sources, actors, [], claims, [])


def test_claims_by_status_and_actors_by_kind_are_lists_in_pages_of_bounded_size():
    """What the tags page gave readers (the contested claims; the people, the countries), without
    a page that grows with the corpus: each status and kind has its list, in pages of LIST_ROWS
    linked to each other, linked from the indexes and from each claim's badge and actor's kind."""
    from builder.render import LIST_ROWS, SEARCH_ROWS, render_pages
    biggest = {}
    for scale in (1, 2):
        d = _crowded({"contested": 30 * scale, "denied": 5, "single-source": 250 * scale, "unverified": 12},
                     {"person": 260 * scale, "country": 12, "organization": 40})
        assert {c.id.rsplit("-", 1)[0] for c in d.claims} == {d.status[c.id].value for c in d.claims}
        pages = render_pages(d, {})
        assert "tags.md" not in pages and not any("\ntags:\n" in text for text in pages.values())
        listing = {path: text for path, text in pages.items()
                   if path.startswith(("lists/claims-", "lists/actors-", "claims/index", "actors/index"))}
        for path, text in listing.items():
            assert text.count("\n| [") <= LIST_ROWS, path
        biggest[scale] = max(len(text.encode()) for text in listing.values())
        later = sorted(path for path in pages if path.startswith("lists/claims-single-source--"))
        assert len(later) >= 250 * scale // LIST_ROWS       # pages of single-source claims
        first = pages["lists/claims-single-source.md"]
        assert "# Claims: single source\n" in first and f"Page 1 of {len(later) + 1}: **1** [2](claims-single-source--" in first
        last = pages[later[-1]]
        assert "# Claims: single source (continued)" in last and "[First page](claims-single-source.md)" in last
        assert "[12 unverified](../lists/claims-unverified.md)" in pages["claims/index.md"]
        assert "**12 unverified**" in pages["lists/claims-unverified.md"]
        assert "[Contested](../lists/claims-contested.md" in pages["claims/contested-0000.md"]
        assert "[country](../lists/actors-country.md" in pages["actors/country-0001.md"]
        assert "[Countries (12)](../lists/actors-country.md)" in pages["actors/index.md"]
        assert sum(path.startswith("lists/actors-person--") for path in pages) >= 260 * scale // LIST_ROWS
        assert not any(path.startswith("lists/actors-country--") for path in pages)
        # long lists stay out of the search index (Zensical's limit on one section); short ones are in it
        assert 'markdown="1" data-search-exclude>' in first and SEARCH_ROWS < 200
        assert "data-search-exclude" not in pages["lists/claims-unverified.md"]
    assert max(biggest.values()) < 80_000, biggest      # (at most LIST_ROWS rows a page, whatever the scale)


def test_positions_quoting_much_text_stay_out_of_the_search_index_and_a_few_short_ones_stay_in():
    # Zensical refuses a search section longer than a limit that falls as the site grows (8 KiB at
    # 2,000 articles): a few positions that quote long passages are left out, as a long list is
    from builder.dates import PartialDate
    from builder.graph import Dossier
    from builder.model import Citation, Claim, Paragraph, Position, Settings, Source
    from builder.render import render_pages
    long = " ".join(["The ministry said the convoy had been hit by a missile fired from the hills."] * 12)
    sources = [Source(sid, f"Report {sid}", f"Outlet {sid}", "https://example.org", PartialDate(2024, 5, 2),
                      (Paragraph("p1", long, 5), Paragraph("p2", "The ministry denied it.", 5)))
               for sid in ("a", "b", "c", "d")]
    wordy = Claim("wordy", "The convoy was hit by a missile.",
                  tuple(Position(Citation(sid, "p1", long), "asserts") for sid in ("a", "b", "c", "d")))
    brief = Claim("brief", "The ministry denied it.",
                  tuple(Position(Citation(sid, "p2", "The ministry denied it."), "denies") for sid in ("a", "b")))
    pages = render_pages(Dossier(Settings(), sources, [], [], [wordy, brief], []), {})
    assert "## Positions { data-search-exclude }" in pages["claims/wordy.md"]
    assert "## Positions\n" in pages["claims/brief.md"]


def test_an_actors_positions_on_claims_of_long_statements_stay_out_of_the_search_index():
    from builder.dates import PartialDate
    from builder.graph import Dossier
    from builder.model import Actor, Citation, Claim, Paragraph, Position, Settings, Source
    from builder.render import render_pages
    sources = [Source("a", "Report a", "Outlet a", "https://example.org", PartialDate(2024, 5, 2),
                      (Paragraph("p1", "The minister said so.", 5),))]
    said = Citation("a", "p1", "The minister said so.")
    claims = [Claim(f"c{k:02d}", f"Convoy number {k} " + "was hit by a missile fired from the hills above the road " * 5
                    + ".", (Position(said, "asserts", "minister"),)) for k in range(12)]
    pages = render_pages(Dossier(Settings(), sources, [Actor("minister", "The Minister", "person")], [], claims, []), {})
    assert "## Positions taken { data-search-exclude }" in pages["actors/minister.md"]
