"""merge(): curation over automatic findings (absorb, dedupe by citation, suppress)."""

from __future__ import annotations

from builder.dates import PartialDate
from builder.merge import Findings, merge
from builder.model import AUTO, Actor, Citation, Claim, Curation, DatedCitation, Event, Position

CITE = Citation("a", "p1", "The Harbour Authority signed the deal on March 3, 2024.")


def auto() -> Findings:
    return Findings(
        actors=(Actor("harbour-authority", "Harbour Authority", "organization", ("HA",), origin=AUTO),
                Actor("jane-doe", "Jane Doe", "person", ("Doe",), affiliations=("harbour-authority",), origin=AUTO),
                Actor("lima", "Lima", "other", origin=AUTO)),
        events=(Event("2024-03-03-deal", "The deal", (DatedCitation(CITE, PartialDate(2024, 3, 3)),),
                      ("harbour-authority", "lima"), origin=AUTO),),
        claims=(Claim("deal-signed", "The deal was signed.", (Position(CITE, "asserts", "jane-doe"),), origin=AUTO),))


def test_without_curation_everything_automatic_stays():
    actors, events, claims = merge(Curation(), auto())
    assert [a.id for a in actors] == ["harbour-authority", "jane-doe", "lima"]
    assert len(events) == 1 and len(claims) == 1


def test_curated_actor_absorbs_by_alias_and_references_follow():
    curated = Actor("port", "Port Authority", "organization", aliases=("Harbour Authority",))
    actors, events, claims = merge(Curation(actors=(curated,)), auto())
    assert [a.id for a in actors] == ["port", "jane-doe", "lima"]
    assert actors[1].affiliations == ("port",)
    assert events[0].actors == ("port", "lima")


def test_curated_event_and_claim_citing_the_same_words_replace_automatic_ones():
    short = Citation("a", "p1", "signed the deal on March 3, 2024")
    ev = Event("deal", "Deal signed", (DatedCitation(short, PartialDate(2024, 3)),))
    cl = Claim("signed", "Signed.", (Position(short, "asserts"),))
    _, events, claims = merge(Curation(events=(ev,), claims=(cl,)), auto())
    assert [e.id for e in events] == ["deal"] and [c.id for c in claims] == ["signed"]


def test_an_incompatible_date_on_the_same_sentence_is_another_event():
    ev = Event("other", "Other", (DatedCitation(CITE, PartialDate(2023)),))
    _, events, _ = merge(Curation(events=(ev,)), auto())
    assert [e.id for e in events] == ["other", "2024-03-03-deal"]


def test_suppress_drops_findings_and_references_to_them():
    suppress = (("actor", "Lima"), ("claim", "deal-signed"), ("actor", "Doe"))
    actors, events, claims = merge(Curation(suppress=suppress), auto())
    assert [a.id for a in actors] == ["harbour-authority"]
    assert events[0].actors == ("harbour-authority",) and claims == []
    _, events, _ = merge(Curation(suppress=(("event", "2024-03-03-deal"),)), auto())
    assert events == []
