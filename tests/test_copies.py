"""Copy and rewrite detection (builder.resolve.copies) on invented articles."""

from builder.corpus import load_sources
from builder.graph import _origin_groups
from builder.resolve.copies import agencies, find_copies
from conftest import article

WIRE = """\
HARBOURTON (Coastline Press) — Port authorities in Harbourton closed the northern container terminal on Tuesday after a fire broke out aboard the cargo ship Meridian Star, injuring 14 dock workers and sending a plume of smoke over the old town.

"The crew acted quickly, but the fire spread through the lower deck faster than anyone expected," said Teodora Vasquez, the port's director of operations, at a briefing on Tuesday afternoon.

Firefighters from three districts fought the blaze for nearly nine hours. Officials said 212 containers were on board, 37 of them holding lithium batteries bound for a factory in Kelderbrook.

"We will not reopen the northern terminal until every container has been inspected," Vasquez said. The closure affects about 1,800 workers.

The ship's operator, Baltic Lantern Shipping, said in a statement that it was cooperating with investigators. "Our first thought is with the injured workers and their families," the company said.

Marek Oduya, a union representative, said dock workers had raised concerns about battery cargo for months. "We warned them in March and again in June, and nobody listened," he said.

The terminal handled 3.2 million tonnes of cargo last year, about a third of the port's traffic.
"""

# An outlet's own rewrite of the wire story: new wording, the quotes, numbers and names kept, in order.
REWRITE = """\
A blaze on a cargo vessel has shut down part of Harbourton's port and left 14 dockers hurt, the Coastline Press reported.

The Meridian Star caught fire at the northern terminal on Tuesday. Teodora Vasquez, who runs operations at the port, said the flames had moved "through the lower deck faster than anyone expected."

Of the 212 containers aboard, 37 carried lithium batteries for a plant in Kelderbrook, officials said. Firefighting crews needed almost nine hours to put out the flames.

Around 1,800 people work at the terminal, which Vasquez said would stay shut "until every container has been inspected."

Union official Marek Oduya said workers had complained about the batteries for months. "We warned them in March," he said.
"""

# Two reports of the same event written independently: the same facts of the day, the same
# official line from the briefing (quoted once), everything else their own.
OWN_REPORT = """\
Smoke hung over Harbourton's old town on Tuesday as a fire aboard the Meridian Star closed the northern container terminal and left 14 workers in hospital.

Teodora Vasquez, the port's director of operations, told reporters: "We will not reopen the northern terminal until every container has been inspected."

Our correspondent at the quayside saw families waiting outside the terminal gates for news. Several lorry drivers said they had been turned away at dawn with no explanation.

Residents of the Saltmarket district, downwind of the harbour, were advised to keep their windows closed. The city's health office said air quality readings were being taken every hour.

Local traders fear a long closure. Ines Farrow, who runs a café near the gates, said business had halved in a single morning.
"""

OTHER_REPORT = """\
The northern terminal at Harbourton will stay shut after a ship fire on Tuesday that injured 14 people, the port said.

Speaking at the gates, Teodora Vasquez said: "We will not reopen the northern terminal until every container has been inspected." She gave no date.

Insurers said the loss could run into tens of millions. Analysts at Granite Ridge Research estimated that shipping lines would divert around forty vessels to the rival port of Quillmouth over the next month.

The harbour master, Pavel Lindqvist, said an inquiry would look at how cargo was declared and stowed.
"""

# A syndicated copy: the wire text itself, with a new first line and a credit at the end.
SYNDICATED = WIRE.replace("Port authorities in Harbourton closed", "Harbourton's port authorities shut") + (
    "\nThis article first appeared on Coastline Press.\n")

# A second outlet rewriting the rewrite (a three-article family with the wire).
SECOND_REWRITE = """\
Fourteen dock workers were injured when the Meridian Star caught fire in Harbourton, closing the port's northern terminal, according to the Coastline Press.

Port operations director Teodora Vasquez said the blaze spread "through the lower deck faster than anyone expected."

The ship was carrying 212 containers, 37 with lithium batteries destined for Kelderbrook. The terminal, where some 1,800 people work, will remain closed "until every container has been inspected," Vasquez said.

Marek Oduya of the dock workers' union said staff had "warned them in March and again in June."
"""


def sources_of(make_corpus, files):
    corpus = make_corpus({f"articles/{name}.md": article(name, body=body, published=date, outlet=outlet)
                          for name, (body, date, outlet) in files.items()})
    sources, problems = load_sources(corpus)
    assert problems == []
    return sources


def pairs(links):
    return {frozenset((c.source, c.original)) for c in links}


def test_paraphrased_rewrite_keeping_quotes_and_numbers_is_linked_to_the_earlier_wire(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "rewrite": (REWRITE, "2024-05-15", "Daily Gazette"),
                                       "own": (OWN_REPORT, "2024-05-14", "City Herald")})
    (link,) = find_copies(sources)
    assert (link.source, link.original, link.kind, link.ordered) == ("rewrite", "wire", "rewrite", True)
    assert "3 quotations in both" in link.evidence
    assert "1 shared passage, 8 words in all" in link.evidence      # too little to be a copy by itself
    assert "quoted in both: “through the lower deck faster than anyone expected”" in link.evidence
    facts = next(e for e in link.evidence if "rare names and numbers in both" in e)
    assert "Kelderbrook" in facts and "212" in facts and "Oduya" in facts
    assert "one credits the other's outlet, Coastline Press" in link.evidence
    assert "published 1 day apart" in link.evidence


def test_independent_reports_sharing_one_official_quote_are_not_linked(make_corpus):
    sources = sources_of(make_corpus, {"own": (OWN_REPORT, "2024-05-14", "City Herald"),
                                       "other": (OTHER_REPORT, "2024-05-14", "Harbour Radio"),
                                       "wire": (WIRE, "2024-05-14", "Coastline Press")})
    assert find_copies(sources) == []


def test_syndicated_copy_is_a_near_duplicate(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "syndicated": (SYNDICATED, "2024-05-14", "Valley News")})
    (link,) = find_copies(sources)
    # The same day, so the dates do not say who came first; the copy's credit line does.
    assert (link.source, link.original, link.kind, link.ordered) == ("syndicated", "wire", "near-duplicate", True)


def test_three_articles_form_one_family_and_independent_reports_stay_apart(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "rewrite": (REWRITE, "2024-05-15", "Daily Gazette"),
                                       "second": (SECOND_REWRITE, "2024-05-16", "Metro Now"),
                                       "own": (OWN_REPORT, "2024-05-14", "City Herald"),
                                       "other": (OTHER_REPORT, "2024-05-14", "Harbour Radio")})
    links = find_copies(sources)
    assert frozenset(("second", "wire")) in pairs(links)
    assert all(c.original == "wire" or c.source == "second" for c in links)
    groups = _origin_groups(tuple(sources), (), tuple(links))
    assert groups == {"wire": "rewrite", "rewrite": "rewrite", "second": "rewrite", "own": "own", "other": "other"}


def test_a_rewrite_published_weeks_later_is_a_follow_up_not_a_copy(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "rewrite": (REWRITE, "2024-07-01", "Daily Gazette")})
    assert find_copies(sources) == []


def test_credited_agencies_are_read_from_datelines_and_attributions(make_corpus):
    body = ("KELDERBROOK (AP) — The mayor resigned.\n\nThe council met on Monday, according to the Associated Press.\n\n"
            "But Reuters reported a different figure, and according to Kelderbrook officials the vote was close.\n\n"
            "Valley Radio has reported that two members abstained, as cited by Harbour Daily.\n\n"
            "Of the (nine) members, Ana Ruiz (Greens) - the youngest - voted last.\n\n"
            "(Lakeside Wire) - The mayor's office did not comment.")
    (s,) = sources_of(make_corpus, {"a": (body, "2024", "Example News")})
    assert agencies(s) == ["AP", "Reuters", "Valley Radio", "Harbour Daily", "Lakeside Wire"]


def test_a_source_page_shows_a_bounded_part_of_a_large_family(make_corpus):
    from builder.graph import Dossier
    from builder.model import Settings
    from builder.render import _independence
    files = {"wire": (WIRE, "2024-05-14", "Coastline Press")}
    for i in range(30):
        files[f"copy{i:02d}"] = (WIRE.replace("Tuesday", f"Tuesday ({i})", 1), "2024-05-15", f"Outlet {i}")
    sources = sources_of(make_corpus, files)
    d = Dossier(Settings(), sources, [], [], [], [], find_copies(sources))
    family = [s for s in d.sources if d.origin_of[s.id] == d.origin_of["wire"]]
    assert len(family) == 31
    lines = _independence(d, d.source["wire"], family)
    assert len(lines) <= 8 + 3
    assert sum(len(evidence) for _, evidence in lines) <= 8 * 12
    assert lines[-1][0] == ("Counted once with the other articles of its origin group, "
                            "“Outlet 0: A story” in [the sources index](index.md)")
    # one more copy changes no member's line for the family: no count, no list of the members
    files["copy30"] = (WIRE.replace("Tuesday", "Tuesday (30)", 1), "2024-05-15", "Outlet 30")
    sources = sources_of(make_corpus, files)
    d = Dossier(Settings(), sources, [], [], [], [], find_copies(sources))
    family = [s for s in d.sources if d.origin_of[s.id] == d.origin_of["wire"]]
    assert len(family) == 32
    assert _independence(d, d.source["copy05"], family)[-1] == lines[-1]


def test_the_work_does_not_grow_with_the_pairs_of_a_large_family(make_corpus):
    # Forty copies of one story: every copy shares every feature with all the others. Each is
    # judged against a bounded number of candidates, and the family is one group all the same.
    files = {"wire": (WIRE, "2024-05-14", "Coastline Press")}
    for i in range(40):
        files[f"copy{i:02d}"] = (WIRE.replace("Tuesday", f"Tuesday ({i})", 1), "2024-05-15", f"Outlet {i}")
    sources = sources_of(make_corpus, files)
    links = find_copies(sources)
    assert len(links) <= 12 * len(sources)
    groups = _origin_groups(tuple(sources), (), tuple(links))
    assert len(set(groups.values())) == 1


STATEMENT = ("We have all seen the distressing pictures from the flooded valley towns this morning, and our "
             "thoughts are with every family that has lost a home", "The agency has no way to verify independently "
             "what caused the embankment at Dunmere to give way overnight", "Communities downstream must be "
             "warned early and helped to leave safely")


def test_two_reports_quoting_one_long_statement_are_not_linked(make_corpus):
    a = f"""\
The embankment at Dunmere failed on Sunday night, flooding four valley towns.

In a statement, the relief agency's director Olu Brennan said: "{STATEMENT[0]}."

"{STATEMENT[1]}," the statement said. Engineers from the regional water board were sent to the site.

Brennan added: "{STATEMENT[2]}." Rescue boats reached Ferncombe by noon.
"""
    b = f"""\
Thousands of residents of the Calder valley spent the night on rooftops after the Dunmere embankment burst.

Local councillor Rhea Quist, whose own street in Ashby was under a metre of water, blamed years of neglect and called for an inquiry.

The relief agency said in a statement that "{STATEMENT[1]}." Its director added: "{STATEMENT[0]}." Another line read: "{STATEMENT[2]}."

Insurers said claims could reach 40 million, and the national weather office warned of more rain on Wednesday.
"""
    sources = sources_of(make_corpus, {"a": (a, "2024-02-12", "Valley Times"), "b": (b, "2024-02-12", "Northern Post")})
    assert find_copies(sources) == []


def test_an_article_crediting_the_wire_for_its_facts_is_linked_without_quotations(make_corpus):
    credited = """\
Fourteen dock workers were hurt when fire broke out on the Meridian Star at Harbourton's northern terminal, the Coastline Press reported on Wednesday.

The ship carried 212 containers, 37 of them holding lithium batteries for a factory in Kelderbrook, according to the Coastline Press.

About 1,800 people work at the terminal, which port director Teodora Vasquez has closed until the cargo is inspected. Union representative Marek Oduya said the workers had warned about battery cargo.
"""
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "credited": (credited, "2024-05-15", "Metro Now"),
                                       "own": (OWN_REPORT, "2024-05-14", "City Herald")})
    (link,) = find_copies(sources)
    assert (link.source, link.original, link.kind) == ("credited", "wire", "rewrite")
    assert "one credits the other's outlet, Coastline Press" in link.evidence


def test_when_the_dates_do_not_say_the_article_crediting_the_other_is_the_rewrite(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05", "Coastline Press"),
                                       "rewrite": (REWRITE, "2024-05-15", "Daily Gazette")})
    (link,) = find_copies(sources)
    assert (link.source, link.original, link.ordered) == ("rewrite", "wire", True)


def test_a_family_that_is_most_of_the_corpus_is_one_group(make_corpus):
    # Each rewrite keeps two of the wire's four quotations and its names and numbers, which are
    # therefore in almost every article of the corpus (common, so of little weight): the family
    # is still one group, counted once.
    quotes = ["The crew acted quickly, but the fire spread through the lower deck faster than anyone expected",
              "We will not reopen the northern terminal until every container has been inspected",
              "Our first thought is with the injured workers and their families",
              "We warned them in March and again in June, and nobody listened"]
    pairs_of_quotes = [(0, 1), (2, 3), (0, 2), (1, 3), (0, 3), (1, 2)]
    files = {"wire": (WIRE, "2024-05-14", "Coastline Press")}
    for i in range(30):
        first, second = pairs_of_quotes[i % 6]
        body = (f"Report number {i}: the Meridian Star burned at Harbourton, leaving 14 hurt; of 212 containers, 37 held "
                f"batteries bound for Kelderbrook.\n\nTeodora Vasquez told outlet {i}: \"{quotes[first]}.\"\n\n"
                f"Some 1,800 jobs depend on the terminal, and Marek Oduya said: \"{quotes[second]}.\"")
        files[f"rw{i:02d}"] = (body, f"2024-05-{15 + i % 10}", f"Outlet {i}")
    sources = sources_of(make_corpus, files)
    groups = _origin_groups(tuple(sources), (), tuple(find_copies(sources)))
    assert len(set(groups.values())) == 1


RESIGNATION = """\
Tomas Brel, an adviser to Kelvar's president, resigned on Tuesday after his remarks about the missile that hit a tower block in Ostrava drew anger.

After the strike on Saturday, Brel said the missile that hit the tower may have fallen after it was shot down by Kelvar's air defences.

The Veldan government denied that its forces targeted the tower and pointed to Brel's remarks.

Brel apologised for his remarks and handed in a resignation letter on Tuesday.
"""
RESIGNATION_RETOLD_BY_ANOTHER = """\
Tomas Brel, adviser to the Kelvar president, has resigned after a backlash over his comments on the deadly missile strike in Ostrava.

In a video, Brel said the tower was likely hit by a Veldan missile shot down by Kelvar, causing public anger.

Apologising for his remarks, Brel said he had handed in a resignation letter as a matter of principle.
"""


def test_two_short_reports_of_one_resignation_each_in_its_own_words_are_not_copies(make_corpus):
    # every paragraph of the shorter one has half or more of its content words in one of the
    # other's (the same names, the same few facts), not three in five of them
    sources = sources_of(make_corpus, {"first": (RESIGNATION, "2024-05-14", "Outlet A"),
                                       "second": (RESIGNATION_RETOLD_BY_ANOTHER, "2024-05-15", "Outlet B")})
    assert find_copies(sources) == []


def test_copy_pairs_on_the_development_set_stay_above_their_floor():
    # Real articles with gold families (tests/devset); held-out stories are not pinned here.
    import sys
    from conftest import ROOT
    sys.path.insert(0, str(ROOT / "scripts"))
    from score_copies import _total, score_story
    stories = [score_story(g.parent) for g in sorted((ROOT / "tests" / "devset").glob("*/gold.yaml"))]
    tuned = [s for s in stories if not s["held_out"]]
    if len(tuned) < 2:
        return
    total = _total(tuned, "links")
    assert total["precision"] >= 0.93 and total["f1"] >= 0.9, total


def test_empty_and_single_article_corpora_have_no_copies(make_corpus):
    assert find_copies([]) == []
    assert find_copies(sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press")})) == []


def test_ingest_reports_as_near_duplicates_exactly_the_pairs_the_build_links_as_such():
    # One definition (builder.resolve.neardup) on real articles: each article, ingested in id
    # order, is reported as a near duplicate of an earlier one if and only if the build links it
    # to an earlier one as `near-duplicate`, with the figure the build's evidence gives.
    from conftest import ROOT
    from builder.ingest.dedupe import _body, signature
    from builder.resolve.neardup import NearIndex
    checked = 0
    for corpus in sorted((ROOT / "tests" / "devset").glob("*/corpus")):
        sources, _ = load_sources(corpus)
        built = {frozenset((c.source, c.original)): c for c in find_copies(sources) if c.kind == "near-duplicate"}
        index = NearIndex()
        for path in sorted((corpus / "articles").glob("*.md")):
            sig = signature(_body(path))
            source = next(s for s in sources if s.id == path.stem)     # ingest reads what the build reads
            assert sig == signature("\n".join(p.text for p in source.paragraphs))
            near = index.nearest(sig)
            earlier = {p for p in built if path.stem in p and sorted(p)[1] == path.stem}
            assert bool(near) == bool(earlier), (path, near, earlier)
            if near:
                link = built[frozenset((path.stem, near[0]))]
                assert f"{near[1]:.0%} of their word 5-grams are shared" in link.evidence
                checked += 1
            index.add(path.stem, sig)
    assert checked >= 3


def test_the_near_duplicate_index_finds_what_comparing_every_pair_finds():
    from builder.resolve.neardup import NEAR_DUPLICATE, NearIndex, shingles, similarity, words
    texts = {"wire": WIRE, "syndicated": SYNDICATED, "rewrite": REWRITE, "second": SECOND_REWRITE,
             "own": OWN_REPORT, "other": OTHER_REPORT, "short": "Four words only here.",
             "edited": WIRE.replace("Tuesday", "Monday"), "half": WIRE[:len(WIRE) // 2] + OWN_REPORT}
    sigs = {k: shingles(words(t)) for k, t in texts.items()}
    index = NearIndex()
    for key in sorted(sigs):
        index.add(key, sigs[key])
    index.add("wire", set())                # a key already held stays as it was
    assert len(index) == len(sigs) and "wire" in index
    for key, sig in sigs.items():
        others = NearIndex()
        for other in sorted(sigs):
            if other != key:
                others.add(other, sigs[other])
        scored = sorted(((-similarity(sig, sigs[o]), o) for o in sigs if o != key))
        expected = (scored[0][1], -scored[0][0]) if -scored[0][0] >= NEAR_DUPLICATE else None
        assert others.nearest(sig) == expected, key
        assert index.nearest(sig) == ((key, 1.0) if sig else None)
    assert sigs["short"] == set() and similarity(set(), set()) == 0.0


def test_two_outlets_carrying_passages_of_one_credited_agency_story_are_linked(make_corpus):
    # Each outlet writes its own story around two verbatim passages of the agency's copy, mostly
    # quotations, which both credit; little else is shared, so only the credit and the passages tell.
    shared_1 = ('"The crew acted quickly, but the fire spread through the lower deck faster than anyone expected, '
                'and we had to pull our people back twice before the foam units arrived," Teodora Vasquez said.')
    shared_2 = ('"We warned them in March and again in June about the battery cargo, and nobody listened to the '
                'people who actually load these ships every single day," Marek Oduya said.')
    extra_1 = ("Councillors Anselm Drury, Petra Voskuijlen and Oren Blackwood met 41 traders in Saltmarket, "
               "where 17 shops on Ferrow Lane and 9 stalls at Quay Market stayed shut.")
    extra_2 = ("Insurers Halvard Mutual and Corrigan Re put losses at 62 million, and 48 vessels may go to "
               "Quillmouth, said Ysolde Marchetti of Granite Ridge Research and Tobiah Fenwick.")
    first = f"HARBOURTON (Coastline Press) — {OWN_REPORT}\n{shared_1}\n\n{extra_1}\n\n{shared_2}\n"
    second = f"QUILLMOUTH (Coastline Press) — {OTHER_REPORT}\n{shared_1}\n\n{extra_2}\n\n{shared_2}\n"
    sources = sources_of(make_corpus, {"herald": (first, "2024-05-14", "City Herald"),
                                       "radio": (second, "2024-05-15", "Harbour Radio")})
    (link,) = find_copies(sources)
    assert link.kind == "shared-passages" and {link.source, link.original} == {"herald", "radio"}
    # without the credit, two shared quotations in otherwise different reports are not enough
    plain = sources_of(make_corpus, {"herald": (first.replace("(Coastline Press) ", ""), "2024-05-14", "City Herald"),
                                     "radio": (second.replace("(Coastline Press) ", ""), "2024-05-15", "Harbour Radio")})
    assert find_copies(plain) == []


def test_a_rewrite_keeping_several_passages_but_few_of_the_names_is_linked(make_corpus):
    # A rewrite that re-tells most of the story in its own words and its own names, keeping four
    # passages of the original: two of its sentences and two of its quotations.
    rewrite = """\
Chaos at Harbourton: a ship fire shuts the port's busiest terminal as Councillor Anselm Drury calls an emergency session in Saltmarket.

Firefighters from three districts fought the blaze for nearly nine hours. Officials said 212 containers were on board, while Halvard Mutual and Corrigan Re counted the cost.

Port operations chief Teodora Vasquez said "the crew acted quickly, but the fire spread through the lower deck faster than anyone expected" and added: "We will not reopen the northern terminal until every container has been inspected."

Petra Voskuijlen of Granite Ridge Research said traders on Ferrow Lane and at Quay Market feared weeks of losses. The terminal handled 3.2 million tonnes of cargo last year, about a third of the port's traffic.
"""
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "rewrite": (rewrite, "2024-05-15", "Harbour Radio")})
    (link,) = find_copies(sources)
    assert (link.source, link.original) == ("rewrite", "wire")
    assert link.kind == "shared-passages" and any(line.startswith("4 shared passages") for line in link.evidence)


def test_two_versions_of_one_agency_story_sharing_four_short_passages_are_linked(make_corpus):
    # An agency sends a story and later a rewritten version of it; outlets carry one each. The
    # versions keep four short passages word for word (about forty words) and tell the rest anew,
    # each with names and numbers of its own.
    first = """\
A court in Veldan on Monday sentenced five people to death for the killing of Ivo Renner, the harbour master who had exposed smuggling by Halvard Mutual at the port.

Renner was found dead in the customs office in Saltmarket last year after a visit to collect papers for a permit, Teodora Vasquez of Granite Ridge Research said.

A handful of diplomats, including from Ferrow, as well as members of his family attended the hearings, which Judge Anselm Drury opened on 3 March.

The trial was held behind closed doors in the capital, and 212 witnesses were heard.
"""
    second = """\
Five men were sentenced to death on Monday in Veldan. The court sentenced five people to death for the killing of Renner, while three others, including Petra Voskuijlen, were jailed for a total of 24 years.

Ivo Renner, a critic of Corrigan Re and the Quay Market board, was found dead in the customs office in Saltmarket last year.

Amnesty Ferrow said the trial fell short of international standards. A handful of diplomats, including from Ferrow, as well as members of the Renner family were present.

Two senior aides, Marek Ostrava and Lina Holt, were released. The trial was held behind closed doors in the capital, which 4.5 million people call home.
"""
    sources = sources_of(make_corpus, {"first": (first, "2024-05-13", "Coastline Press"),
                                       "second": (second, "2024-05-14", "Harbour Radio")})
    (link,) = find_copies(sources)
    assert (link.source, link.original) == ("second", "first")
    assert link.kind == "shared-passages"


def test_a_selection_of_a_storys_sentences_under_its_headline_is_linked(make_corpus):
    # Some sites print a selection of a syndicated story's sentences, in another order, under the
    # story's own headline: the headline word for word, with passages of the text, is the link.
    shared_1 = ("The port authority said the crew acted quickly, but the fire spread through the lower deck "
                "faster than anyone had expected on Tuesday.")
    shared_2 = ("Harbour officials said they had warned the operator in March and again in June about the "
                "battery cargo stored on the ship.")
    first = f"{OWN_REPORT}\n\n{shared_1}\n\n{shared_2}\n"
    second = f"{shared_2}\n\n{OTHER_REPORT}\n\n{shared_1}\n"
    headline = "Port fire spread faster than expected after warnings about battery cargo, officials say"

    def linked(second_title: str) -> list:
        corpus = make_corpus({
            "articles/herald.md": article("herald", body=first, published="2024-05-14", outlet="City Herald",
                                          title=headline),
            "articles/radio.md": article("radio", body=second, published="2024-05-14", outlet="Harbour Radio",
                                         title=second_title)})
        return find_copies(load_sources(corpus)[0])
    (link,) = linked(headline)
    assert link.kind == "shared-passages" and link.evidence[0].startswith("the same headline")
    assert linked("Harbour Radio's own account of the fire at the port on Tuesday night") == []


# The wire story spun paragraph by paragraph: other words, no quotation marks, no credit line.
SPUN = """\
Port authorities in Harbourton shut the northern container terminal on Tuesday after fire erupted aboard the cargo vessel Meridian Star, hurting 14 dock workers and sending smoke over the old town.

The crew reacted quickly but the flames moved across the lower deck faster than anyone had expected, according to Teodora Vasquez, who directs operations at the port and spoke at a briefing on Tuesday afternoon.

Firefighters from three districts battled the blaze for almost nine hours. There were 212 containers on board, officials said, 37 of them carrying lithium batteries headed for a factory in Kelderbrook.

Vasquez said the northern terminal would stay closed until every container had been inspected. About 1,800 workers are affected by the closure.

Baltic Lantern Shipping, which operates the ship, said it was cooperating with investigators and that its first thoughts were with the injured workers and their families.

Union representative Marek Oduya said dock workers had raised concerns over battery cargo for months, warning in March and again in June without anyone listening.

Last year the terminal handled 3.2 million tonnes of cargo, roughly a third of the port's traffic.
"""


def test_a_wire_story_retold_paragraph_by_paragraph_in_other_words_is_a_rewrite(make_corpus):
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "spun": (SPUN, "2024-05-14", "Daily Digest"),
                                       "own": (OWN_REPORT, "2024-05-14", "City Herald"),
                                       "other": (OTHER_REPORT, "2024-05-14", "Harbour Radio")})
    (link,) = find_copies(sources)
    assert (link.kind, pairs([link])) == ("rewrite", {frozenset(("spun", "wire"))})
    assert "7 of the 7 paragraphs of one are re-told in the other (three in five or more of each one's content " \
           "words in one paragraph)" in link.evidence


def test_two_stories_of_one_outlet_under_its_own_dateline_credit_no_one(make_corpus):
    # a follow-up by the same agency, in its own words: the names and numbers of the first story,
    # and "(Coastline Press)" in both datelines, which credits no one but the agency itself
    follow_up = """\
HARBOURTON (Coastline Press) — Investigators examining the fire aboard the Meridian Star said on Friday that a faulty battery in one of the 37 containers bound for Kelderbrook was the likely source of the blaze.

Teodora Vasquez, the port's director of operations, said the northern terminal would reopen on Monday for vessels that carry no battery cargo.

Baltic Lantern Shipping said it would pay for the medical care of the 14 injured workers. Marek Oduya of the dock workers' union welcomed the step but called for a review of how cargo is declared.
"""
    sources = sources_of(make_corpus, {"wire": (WIRE, "2024-05-14", "Coastline Press"),
                                       "later": (follow_up, "2024-05-17", "Coastline Press")})
    assert find_copies(sources) == []
