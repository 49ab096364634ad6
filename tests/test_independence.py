from builder.corpus import load_sources
from builder.graph import _origin_groups
from builder.independence import credits, find_copies, resolve_copies
from builder.model import Copy
from conftest import article

WIRE = """\
Officials in Riverton confirmed on Monday that the new bridge over the Lark river will close for repairs until the end of the summer, after inspectors found cracks in two of its supports.

"We cannot take any risk with a structure that carries forty thousand cars a day," said Dana Holt, the city's chief engineer, adding that the repairs would cost about twelve million dollars.

The closure will add up to half an hour to the commute of many residents, and buses will be rerouted through the old town while the work goes on.

Holt said the inspection had been planned for years but was brought forward after a lorry struck one of the piers in March.

Local businesses near the bridge said they feared a drop in trade, and the chamber of commerce asked the city for temporary support.
"""

COPY = WIRE.replace("Officials in Riverton confirmed on Monday", "Riverton officials confirmed Monday").replace(
    "Local businesses", "Shops and cafes") + "\nThis story was first published by the Riverton Wire.\n"

REWRITE = """\
Riverton is shutting its busiest bridge for the summer, a move that will frustrate commuters.

The city's chief engineer, Dana Holt, said: "We cannot take any risk with a structure that carries forty thousand cars a day."

Inspectors had discovered cracks in the supports, and the bill is expected to reach twelve million dollars.

Holt told reporters the inspection "had been planned for years but was brought forward after a lorry struck one of the piers in March."
"""

INDEPENDENT = """\
Commuters in Riverton face months of delays after the city announced the Lark bridge closure.

At a press conference, chief engineer Dana Holt said: "We cannot take any risk with a structure that carries forty thousand cars a day."

Our reporter found that several bus routes have not yet published new timetables, and taxi firms expect higher demand.
"""


def sources_of(make_corpus, files):
    corpus = make_corpus({f"articles/{name}.md": article(name, body=body, published=date)
                          for name, (body, date) in files.items()})
    sources, problems = load_sources(corpus)
    assert problems == []
    return sources


def test_syndicated_copy_is_a_near_duplicate_of_the_earlier_original(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-03-04"), "copy": (COPY, "2024-03-05")})
    (link,) = find_copies(sources)
    assert (link.source, link.original, link.kind, link.ordered) == ("copy", "wire", "near-duplicate", True)
    assert any(e.startswith("shared: “") for e in link.evidence)


def test_rewrite_sharing_quotes_in_order_shares_an_original(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-03"), "rewrite": (REWRITE, "2024-03")})
    (link,) = find_copies(sources)
    assert link.kind == "shared-passages" and not link.ordered
    assert any("had been planned for years but was brought forward after a lorry struck one of the piers in March”" in e
               for e in link.evidence)
    assert "2 shared passages, 36 words in all" in link.evidence


def test_one_shared_public_quote_is_not_copying(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-03"), "own": (INDEPENDENT, "2024-03")})
    assert find_copies(sources) == []


def test_editor_rejects_or_confirms_found_links(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-03-04"), "copy": (COPY, "2024-03-05"),
                                       "own": (INDEPENDENT, "2024-03")})
    found = find_copies(sources)
    assert _origin_groups(tuple(sources), (), tuple(resolve_copies(sources, found, ()))) == {
        "copy": "copy", "own": "own", "wire": "copy"}
    rejected = resolve_copies(sources, found, (Copy("wire", "copy", rejected=True),))
    assert rejected == []
    confirmed = resolve_copies(sources, found, (Copy("copy", "wire"),))
    assert [(c.kind, c.origin) for c in confirmed] == [("near-duplicate", "curated")]


def test_credits_name_the_outlet_a_quote_was_given_to(make_corpus):
    body = "The minister told Example Radio that talks would resume.\n\nSource » examplewire"
    (s,) = sources_of(make_corpus, {"a": (body, "2024")})
    assert credits(s) == ["Example Radio", "examplewire"]


def test_sample_rewrites_of_one_fox_piece_are_found(make_corpus):
    from conftest import ROOT
    sources, _ = load_sources(ROOT / "corpus")
    pairs = {frozenset((c.source, c.original)) for c in find_copies(sources)}
    assert pairs == {frozenset(("wp-aggregator-2025-03", "csbnews-2025-03"))}
