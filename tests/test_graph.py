import pytest

from builder.graph import _origin_groups, claim_status
from builder.model import Actor, Citation, Claim, Original, Paragraph, Position, Source


def source(sid, derived=()):
    return Source(sid, "t", "o", "", None, (Paragraph("p1", "x", 1),), tuple(derived))


SOURCES = (source("a"), source("b"), source("c", ["orig"]), source("d", ["orig"]), source("e", ["a"]))
ORIGIN = _origin_groups(SOURCES, (Original("orig", "Original", "Wire", "", None),))
ACTORS = {"iran": Actor("iran", "Iran", "country"), "kirby": Actor("kirby", "John Kirby", "person")}


def pos(src, stance, speaker=None, anonymous=False, value=""):
    return Position(Citation(src, "p1", "x"), stance, speaker, anonymous, value)


def status(*positions):
    s = claim_status(Claim("c", "S.", positions), ORIGIN, ACTORS)
    return s.value, s.reason


def test_rewrites_of_one_original_share_a_group():
    assert ORIGIN == {"a": "a", "b": "b", "c": "orig", "d": "orig", "e": "a"}


@pytest.mark.parametrize("positions, expected", [
    ((pos("a", "asserts"), pos("b", "asserts")),
     ("corroborated", "2 articles assert this, independently.")),
    ((pos("c", "asserts"), pos("d", "asserts")),
     ("single-source", "2 articles assert this, but they rewrite one original.")),
    ((pos("a", "asserts"), pos("e", "asserts"), pos("c", "asserts")),
     ("corroborated", "3 articles assert this, from 2 independent origins.")),
    ((pos("a", "asserts"), pos("b", "denies", "iran")),
     ("contested", "1 article asserts this; Iran denies it.")),
    ((pos("a", "asserts"), pos("b", "cannot_confirm", "kirby")),
     ("contested", "1 article asserts this; John Kirby cannot confirm it.")),
    ((pos("a", "denies", "iran"),),
     ("denied", "Iran denies it; no source asserts it.")),
    ((pos("a", "asserts", anonymous=True),),
     ("unverified", "Only anonymous sources assert this (1 article).")),
    ((pos("a", "hedges", "kirby"),),
     ("unverified", "1 position hedges.")),
    ((pos("a", "asserts", value="January 2024"), pos("b", "asserts", value="January 2025")),
     ("contested", "Sources give different answers: January 2024 (1 article); January 2025 (1 article).")),
    ((pos("a", "asserts"),),
     ("single-source", "1 article asserts this.")),
])
def test_status_is_derived_from_positions_and_independence(positions, expected):
    assert status(*positions) == expected


def test_copies_never_make_a_claim_corroborated():
    assert status(pos("c", "asserts"), pos("d", "asserts"))[0] != "corroborated"
    assert status(pos("a", "asserts"), pos("e", "asserts"))[0] == "single-source"


def test_mentions_sort_as_their_dataclass_order():
    """`mention_order` is the order of the Mention dataclass, field by field."""
    from dataclasses import fields
    from itertools import product

    from builder.graph import mention_order
    from builder.model import Mention
    mentions = [Mention(actor, Citation(source, paragraph, quote), start, end)
                for actor, source, paragraph, quote, start, end
                in product(("b", "a"), ("s2", "s1"), ("p2", "p10"), ("y", "x"), (3, 1), (9, 4))]
    assert sorted(mentions, key=mention_order) == sorted(mentions)
    assert [f.name for f in fields(Mention)] == ["actor", "citation", "start", "end"]      # (no field it leaves out)
