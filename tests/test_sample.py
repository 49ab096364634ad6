"""The sample dossier (corpus/), built with its curation: every quote verified, the disputes
its articles contain come out contested, and the build reports nothing wrong."""

from __future__ import annotations

from conftest import ROOT

from builder.pipeline import assemble

# The six disagreements between the sample's sources, as the editor wrote them up.
DISPUTES = ("treaty-signing-date", "iranian-missiles-reached-russia", "iran-supplied-drones-for-war",
            "specialists-travelled-to-iran", "russia-agreed-to-help-nuclear-talks", "kashan-airfield-location")


def test_the_sample_builds_with_every_quote_verified_and_its_disputes_contested():
    dossier, problems = assemble(ROOT / "corpus", ROOT)
    assert [str(p) for p in problems] == []            # quotes are checked by validate: none fails
    for claim_id in DISPUTES:
        assert dossier.status[claim_id].value == "contested", (claim_id, dossier.status[claim_id].reason)
    for claim in dossier.claims:
        for p in claim.positions:
            paragraph = dossier.source[p.citation.source].paragraph(p.citation.paragraph)
            assert paragraph is not None and p.citation.quote
