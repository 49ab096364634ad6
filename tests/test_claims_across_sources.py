"""Claims that span sources (builder/resolve/claims.py), on small invented stories.

Nothing here is about the sample dossier: a water company and a city council, a health
ministry, a port. Each test builds a corpus, assembles the dossier with no curation and
checks how statements were grouped and which disagreements were found.
"""

from __future__ import annotations

import pytest

from builder.resolve.claims import counts_of, terms_of
from builder.pipeline import assemble
from conftest import article

GAZETTE = """\
Northwind Industries has been supplying the Harbor Falls City Council with diesel generators for the new pumping station, council records show.

Mayor Ellen Varga made three visits to the Northwind Industries plant in Dover last year, a council spokesman said.

The Harbor Falls City Council signed the generator contract with Northwind Industries on May 8, 2024.
"""

POST = """\
Northwind Industries has denied selling generators to the Harbor Falls City Council.

Mayor Ellen Varga made two visits to the Northwind Industries plant in Dover last year, her office said.

The Harbor Falls City Council signed the generator contract with Northwind Industries on May 9, 2024.
"""


def _build(make_corpus, files: dict[str, str]):
    dossier, problems = assemble(make_corpus(files))
    assert not [p for p in problems if p.severity == "error"], problems
    return dossier


def _claims_citing(dossier, *anchors: str):
    """Claims with a position in every given 'source#paragraph'."""
    return [c for c in dossier.claims if set(anchors) <= {p.citation.anchor for p in c.positions}]


def _council(make_corpus):
    return _build(make_corpus, {
        "articles/gazette.md": article("gazette", GAZETTE, outlet="Harbor Falls Gazette", published="2024-05-20"),
        "articles/post.md": article("post", POST, outlet="Valley Post", published="2024-05-21"),
    })


def test_a_denial_contests_the_assertion_it_answers_in_another_article(make_corpus):
    d = _council(make_corpus)
    [claim] = _claims_citing(d, "gazette#p1", "post#p1")
    stances = {p.citation.anchor: p.stance for p in claim.positions}
    assert stances == {"gazette#p1": "asserts", "post#p1": "denies"}
    status = d.status[claim.id]
    assert status.value == "contested"
    assert status.reason == "1 article asserts this; Northwind Industries denies it."
    assert claim.statement.startswith("Northwind Industries has been supplying")


def test_incompatible_numbers_are_a_disagreement_with_values(make_corpus):
    d = _council(make_corpus)
    [claim] = _claims_citing(d, "gazette#p2", "post#p2")
    values = {p.citation.anchor: p.value for p in claim.positions}
    assert values == {"gazette#p2": "three visits", "post#p2": "two visits"}
    assert d.status[claim.id].value == "contested"
    assert d.status[claim.id].reason.startswith("Sources give different answers: ")


def test_different_dates_for_one_happening_are_a_contested_claim(make_corpus):
    d = _council(make_corpus)
    [claim] = [c for c in d.claims if c.statement.endswith("sources give different dates.")]
    assert {p.citation.anchor: p.value for p in claim.positions} == {"gazette#p3": "8 May 2024",
                                                                    "post#p3": "9 May 2024"}
    assert d.status[claim.id].value == "contested"


def test_unrelated_statements_stay_apart(make_corpus):
    d = _council(make_corpus)
    for claim in d.claims:
        paragraphs = {p.citation.paragraph for p in claim.positions}
        assert len(paragraphs) == 1, claim          # p1, p2 and p3 are three different things


def test_compatible_numbers_agree(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "The Health Ministry said it hired seven inspectors to review hospital "
                                      "kitchens in the northern district.", published="2024-02-01"),
        "articles/b.md": article("b", "The Health Ministry said it hired several inspectors to review hospital "
                                      "kitchens in the northern district after the outbreak.",
                                 outlet="Other Daily", published="2024-02-02"),
    })
    [claim] = _claims_citing(d, "a#p1", "b#p1")
    assert all(not p.value for p in claim.positions)
    assert d.status[claim.id].value == "corroborated"


def test_cannot_confirm_the_named_report_answers_that_report(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        The Coastal Herald reported on Monday that the Port Authority had closed two of its four terminals.

        The Transport Ministry could not confirm the Coastal Herald report.

        Ferries kept running on the northern routes.
        """, published="2024-06-04")})
    [claim] = _claims_citing(d, "a#p1", "a#p2")
    assert d.status[claim.id].value == "contested"
    assert "Transport Ministry cannot confirm it" in d.status[claim.id].reason


def test_a_refusal_to_comment_answers_nothing(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        The Coastal Herald reported that the Port Authority had closed two of its four terminals.

        The Transport Ministry declined to comment.
        """, published="2024-06-04")})
    assert not _claims_citing(d, "a#p1", "a#p2")
    assert not any(d.status[c.id].value == "contested" for c in d.claims)


def test_a_denial_with_nothing_to_answer_stays_denied(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        Northwind Industries denied dumping waste into the Esk River.

        The Harbor Falls City Council approved a new budget for road repairs.
        """, published="2024-06-04")})
    [claim] = _claims_citing(d, "a#p1")
    assert d.status[claim.id].value == "denied"
    assert not _claims_citing(d, "a#p1", "a#p2")


def test_a_denial_of_claims_made_by_others_is_a_dispute_with_them(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        Northwind Industries on Friday denied claims that it had dumped waste into the Esk River.

        Harbor Falls Utilities denied that it had raised water prices this year.
        """, published="2024-06-04")})
    [claim] = _claims_citing(d, "a#p1")
    assert {(p.stance, p.speaker, p.anonymous) for p in claim.positions} == {
        ("denies", "northwind-industries", False), ("asserts", None, True)}
    assert d.status[claim.id].value == "contested"
    [plain] = _claims_citing(d, "a#p2")                 # no one else is said to claim it
    assert d.status[plain.id].value == "denied"


def test_a_denial_of_reports_made_on_a_day_is_a_dispute_with_them(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        Northwind Industries denied media reports on Monday that it had dumped waste into the Esk River.
        """, published="2024-06-04")})
    [claim] = _claims_citing(d, "a#p1")
    assert {(p.stance, p.anonymous) for p in claim.positions} == {("denies", False), ("asserts", True)}


def test_a_dismissal_of_reports_it_names_is_a_dispute_with_them(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", """\
            Tom Hale said that reports he stood to gain £60m if the Kelvar deal went ahead were "completely absurd".
            """, published="2024-06-04"),
        "articles/b.md": article("b", """\
            Maria Lopez said that the report was "completely absurd".
            """, published="2024-06-04")})
    [claim] = _claims_citing(d, "a#p1")
    assert {(p.stance, p.speaker, p.anonymous) for p in claim.positions} == {
        ("denies", "tom-hale", False), ("asserts", None, True)}
    assert d.status[claim.id].value == "contested"
    [plain] = _claims_citing(d, "b#p1")                 # a report named, but not what it says
    assert {p.stance for p in plain.positions} == {"denies"}


def test_a_denial_of_the_accusations_a_party_makes_answers_its_main_claim(make_corpus):
    waste = "Harbor Rights Watch said the Northwind Industries plant had dumped waste into the Esk River for years."
    d = _build(make_corpus, {
        "articles/a.md": article("a", f"""\
            Harbor Rights Watch said the council had ignored the complaints of residents near the Northwind Industries plant.

            {waste}
            """, outlet="Valley Post", published="2024-06-03"),
        "articles/b.md": article("b", waste, outlet="Harbor Falls Gazette", published="2024-06-03"),
        "articles/c.md": article("c", """\
            Northwind Industries on Friday rejected the baseless accusations levelled against it by Harbor Rights Watch.
            """, outlet="Esk Times", published="2024-06-05")})
    [claim] = _claims_citing(d, "c#p1")
    # the charge Harbor Rights Watch makes in the most articles, not a claim it makes once
    assert {p.citation.anchor for p in claim.positions} >= {"a#p2", "b#p1", "c#p1"}
    assert "Esk River" in claim.statement
    assert d.status[claim.id].value == "contested"


WIRE = """\
The Health Ministry said on Tuesday that it would close three rural clinics in the western province by the end of the year, citing a shortage of doctors and nurses.

Officials said patients would be referred to the regional hospital, about forty kilometres away, and that a bus service would run twice a day.

Local councillors said they had not been consulted and would ask the ministry to reconsider the closures.
"""


def test_copies_of_one_original_never_corroborate(make_corpus):
    copies = {
        "articles/wire.md": article("wire", WIRE, outlet="Wire Service", published="2024-03-05"),
        "articles/copy.md": article("copy", WIRE, outlet="Daily Reprint", published="2024-03-06"),
    }
    d = _build(make_corpus, copies)
    assert d.origin_of["copy"] == d.origin_of["wire"]           # found from the text, not declared
    [claim] = _claims_citing(d, "wire#p1", "copy#p1")
    assert d.status[claim.id].value == "single-source"
    assert d.status[claim.id].reason == "2 articles assert this, but they rewrite one original."


def test_an_independent_report_corroborates(make_corpus, tmp_path):
    files = {
        "articles/wire.md": article("wire", WIRE, outlet="Wire Service", published="2024-03-05"),
        "articles/copy.md": article("copy", WIRE, outlet="Daily Reprint", published="2024-03-06"),
        "articles/local.md": article("local", "The Health Ministry said it would close three rural clinics in "
                                              "the western province, blaming a shortage of doctors.",
                                     outlet="Province Radio", published="2024-03-06"),
    }
    d = _build(make_corpus, files)
    [claim] = _claims_citing(d, "wire#p1", "copy#p1", "local#p1")
    assert d.status[claim.id].value == "corroborated"
    assert d.status[claim.id].reason == "3 articles assert this, from 2 independent origins."


def test_words_in_quotation_marks_inside_a_statement_do_not_stand_for_it(make_corpus):
    # the citation is the whole clause, not the last quoted phrase, so the two reports meet
    d = _build(make_corpus, {
        "articles/wire.md": article("wire", "A Kelvar ministry spokesperson confirmed on Friday the unintended entry of "
                                            "a civilian airship into Veldan airspace due to force majeure.",
                                    outlet="Wire Service", published="2024-03-05"),
        "articles/weekly.md": article("weekly", "A Kelvar ministry spokesperson confirmed the \u201cunintended\u201d "
                                                "entry of a \u201ccivilian\u201d airship into Veldan airspace due to "
                                                "\u201cforce majeure\u201d.",
                                      outlet="The Weekly", published="2024-03-06"),
    })
    [claim] = _claims_citing(d, "wire#p1", "weekly#p1")
    quote = next(p.citation.quote for p in claim.positions if p.citation.source == "weekly")
    assert quote.startswith("the \u201cunintended\u201d entry of a \u201ccivilian\u201d airship"), quote


def test_grouping_is_deterministic(make_corpus, tmp_path):
    one = _council(make_corpus)
    two = _build(make_corpus, {
        "articles/gazette.md": article("gazette", GAZETTE, outlet="Harbor Falls Gazette", published="2024-05-20"),
        "articles/post.md": article("post", POST, outlet="Valley Post", published="2024-05-21"),
    })
    assert one.claims == two.claims


# Building blocks, input -> expected.

def _terms(text: str):
    from builder.extract.findings import findings
    from builder.extract.nlp import pipeline
    from builder.model import Paragraph, Source
    source = Source("x", "T", "O", "", None, (Paragraph("p1", text, 1),))
    article = findings(source, pipeline()(text))
    return terms_of(text, (), 0, article.lemmas_of("p1"))[0]


def test_lemmas_and_synonyms_meet():
    assert _terms("They were supplying drones") == _terms("They supplied drones") == _terms("They supply drones")
    assert _terms("sold generators") == _terms("provided the generators")
    assert _terms("flew to the capital") == _terms("visited the capital")
    assert not _terms("could not independently confirm the report")      # stance words only

def test_counts_know_what_they_count():
    [two] = counts_of("made two notable visits to the plant")
    [three] = counts_of("made three visits")
    assert (two.noun, two.label) == (three.noun, "two notable visits")
    assert not two.compatible(three)
    [seven] = counts_of("at least seven senior engineers")
    [several] = counts_of("several engineers")
    assert seven.compatible(several) and seven.noun == several.noun
    assert counts_of("Five of the seven denied it") == ()             # a share, not a count
    assert counts_of("in 2024 the council met") == ()                 # a year


def test_one_quote_with_and_without_a_speaker_sorts():
    """Two readings of one quote, one naming a speaker and one not, are ordered (the dataclass
    order alone compares None with a name and raises)."""
    from builder.model import Citation, Position, position_order
    c = Citation("a", "p1", "It was late.")
    both = [Position(c, "asserts", "mbeki"), Position(c, "asserts", None)]
    with pytest.raises(TypeError):
        sorted(both)
    assert [p.speaker for p in sorted(both, key=position_order)] == [None, "mbeki"]


def test_a_later_opposite_statement_disputes_the_earlier_claim_however_many_repeat_it(make_corpus):
    first = "Investigators found that the Harbor Falls pumping station leaked chlorine into the river, the Harbor Falls Gazette reported.\n"
    later = ("The Harbor Falls pumping station did not leak chlorine into the river, the Harbor Falls City Council said "
             "on Monday.\n")
    d = _build(make_corpus, {
        "articles/gazette.md": article("gazette", first, outlet="Harbor Falls Gazette", published="2024-04-03"),
        "articles/post.md": article("post", later, outlet="Valley Post", published="2024-06-10"),
        "articles/times.md": article("times", later.replace("on Monday", "on Tuesday"), outlet="River Times",
                                     published="2024-06-11"),
        "articles/herald.md": article("herald", later.replace("on Monday", "this week"), outlet="County Herald",
                                      published="2024-06-12"),
    })
    [claim] = _claims_citing(d, "gazette#p1", "post#p1")
    stances = {p.citation.anchor: p.stance for p in claim.positions}
    assert stances["gazette#p1"] == "asserts" and stances["post#p1"] in ("disputes", "denies"), stances


@pytest.mark.parametrize("later", [
    # a statement that there was none of it says the opposite as well
    "No one was firing from inside the Harbor Falls clinic, the Kelvar Relief Fund said on Monday.\n",
    "Nobody was firing at the soldiers from inside the Harbor Falls clinic, the Kelvar Relief Fund said on Monday.\n",
])
def test_a_later_statement_that_there_was_none_disputes_the_claim(make_corpus, later):
    first = "Gunmen were firing at the soldiers from inside the Harbor Falls clinic, the Harlow Defense Ministry said.\n"
    d = _build(make_corpus, {
        "articles/gazette.md": article("gazette", first, outlet="Harbor Falls Gazette", published="2024-04-03"),
        "articles/post.md": article("post", later, outlet="Valley Post", published="2024-04-05")})
    [claim] = _claims_citing(d, "gazette#p1", "post#p1")
    stances = {p.citation.anchor: p.stance for p in claim.positions}
    assert stances == {"gazette#p1": "asserts", "post#p1": "disputes"}
    assert d.status[claim.id].value == "contested"


def test_two_parties_one_article_quotes_saying_opposite_things_dispute_the_claim(make_corpus):
    """An article that quotes one party saying it and another saying the opposite is on both sides,
    but the parties are not: the claim is contested (it stays uncontested when one voice, or the
    reporter's own, says both)."""
    first = "Gunmen were firing at the soldiers from inside the Harbor Falls clinic, the Harlow Defense Ministry said.\n"
    both = first + "\nNo one was firing from inside the Harbor Falls clinic, the Kelvar Relief Fund said.\n"
    d = _build(make_corpus, {
        "articles/gazette.md": article("gazette", both, outlet="Harbor Falls Gazette", published="2024-04-03"),
        "articles/post.md": article("post", first, outlet="Valley Post", published="2024-04-05")})
    [claim] = _claims_citing(d, "gazette#p1", "gazette#p2")
    stances = {p.citation.anchor: p.stance for p in claim.positions}
    assert stances["gazette#p2"] == "disputes" and stances["gazette#p1"] == "asserts", stances
    assert d.status[claim.id].value == "contested"


@pytest.mark.parametrize("later", [
    "No officers who ordered the raid on the Harbor Falls clinic will face disciplinary action, the Harlow Defense Ministry said.\n",
    "Nobody who ordered the raid on the Harbor Falls clinic will face disciplinary action, the Harlow Defense Ministry said.\n",
])
def test_what_no_one_will_do_disputes_nothing(make_corpus, later):
    first = "Officers who ordered the raid on the Harbor Falls clinic will face disciplinary action, the Harlow Defense Ministry said.\n"
    d = _build(make_corpus, {
        "articles/gazette.md": article("gazette", first, outlet="Harbor Falls Gazette", published="2024-04-03"),
        "articles/post.md": article("post", later, outlet="Valley Post", published="2024-04-05")})
    assert not [p for c in d.claims for p in c.positions if p.stance != "asserts"]


@pytest.mark.parametrize("text, answered", [
    # "that was not the case" answers what was just said
    ("Harlow Dynamics told the council that closing the valve was the only way to stop the flood. "
     "But Maria Lopez, an engineer at the regulator, said that was not the case.", "only way to stop the flood"),
    # … and "denied it", "flatly denied this"
    ("Harlow Dynamics told the council that closing the valve was the only way to stop the flood. "
     "The Kelvar Relief Fund denied it on Monday.", "only way to stop the flood"),
    ("Harlow Dynamics told the council that closing the valve was the only way to stop the flood. "
     "Maria Lopez, an engineer at the regulator, flatly denied this.", "only way to stop the flood"),
    # so does a denial of "the claim"
    ("The Harlow Defense Ministry said the rebels had captured the clinic and used it as a shield. "
     "But the Kelvar Relief Fund immediately denied the claim, calling the statements a disgrace.",
     "captured the clinic"),
    # … named where the answer is introduced, not in what is said
    ("Maria Lopez said the regulator had scrapped its safety panel after the vote. The Kelvar Council has pushed "
     "back on the claim, stating it “did not scrap the panel,” but rather “merged it into a larger unit.”",
     "scrapped its safety panel"),
])
def test_a_denial_of_what_was_just_said_answers_it(make_corpus, text, answered):
    d = _build(make_corpus, {"articles/gazette.md": article("gazette", text + "\n", outlet="Harbor Falls Gazette",
                                                            published="2024-05-20")})
    [claim] = [c for c in d.claims if any(p.stance in ("denies", "disputes") for p in c.positions)]
    assert {p.stance for p in claim.positions} - {"denies", "disputes"} == {"asserts"}
    assert d.status[claim.id].value == "contested"
    assert answered in claim.statement


def test_a_report_that_speaks_is_not_the_report_its_denial_answers(make_corpus):
    text = ("The inspectors' report was based on a visit to the Dover plant in May. However, the report said that "
            "it found no evidence of the use of chlorine at the plant.\n")
    d = _build(make_corpus, {"articles/gazette.md": article("gazette", text, outlet="Harbor Falls Gazette",
                                                            published="2024-05-20")})
    [claim] = [c for c in d.claims if any(p.stance in ("denies", "disputes") for p in c.positions)]
    assert "based on a visit" not in claim.statement
    assert all(p.stance != "asserts" for p in claim.positions)


def test_a_party_denying_what_it_is_said_to_have_done_answers_that_claim(make_corpus):
    d = _build(make_corpus, {
        "articles/gazette.md": article("gazette", "The Harlow army said the Kelvar Front was involved in the "
                                       "blast at the clinic.\n", outlet="Harbor Falls Gazette", published="2024-05-20"),
        "articles/post.md": article("post", "The Kelvar Front denied any involvement.\n", outlet="Valley Post",
                                    published="2024-05-21"),
        # (and a denial of two things at once is looked for one by one)
        "articles/wire.md": article("wire", "The Kelvar Front denied any involvement or knowledge of the plan.\n",
                                    outlet="Valley Wire", published="2024-05-22"),
    })
    [claim] = _claims_citing(d, "gazette#p1", "post#p1")
    assert {p.stance for p in claim.positions} == {"asserts", "denies"}
    assert d.status[claim.id].value == "contested"


def test_two_parties_saying_one_thing_are_two_positions_on_the_claim(make_corpus):
    dossier = _build(make_corpus, {"articles/a.md": article(
        "a", "Veltra Corp. and the Harbour Authority did not respond to requests for comment.", published="2024-05-14")})
    speakers = {p.speaker for c in dossier.claims for p in c.positions if p.stance == "cannot_confirm"}
    assert len(speakers) == 2 and None not in speakers, speakers


def test_the_reporter_contesting_a_claim_is_the_reporter_not_an_unnamed_source(make_corpus):
    dossier = _build(make_corpus, {"articles/a.md": article(
        "a", "Tom Becker claimed without evidence that Kelder had aided the attackers.", published="2024-05-14")})
    against = [p for c in dossier.claims for p in c.positions if p.stance == "disputes"]
    assert against and all(p.speaker is None and not p.anonymous for p in against)


def test_one_speaker_wording_one_thing_both_ways_is_no_dispute(make_corpus):
    dossier = _build(make_corpus, {
        "articles/a.md": article("a", '"Missile experts don\\u2019t just appear out of the blue," said Tom Becker, '
                                      "a senior fellow at the Harbour Institute.", published="2024-05-14"),
        "articles/b.md": article("b", "Missile experts do not just appear out of the blue, according to Tom Becker "
                                      "of the Harbour Institute.", outlet="Other Daily", published="2024-05-15"),
    })
    claims = [c for c in dossier.claims if any("appear" in p.citation.quote for p in c.positions)]
    assert claims and all(dossier.status[c.id].value != "contested" for c in claims), \
        [(c.statement, [(p.stance, p.speaker) for p in c.positions]) for c in claims]



def test_an_article_giving_one_happening_two_dates_is_no_side_of_a_date_dispute():
    # "killed hundreds between Nov. 28 and 29, … a conflict that erupted nearly four months ago": the
    # second date is the conflict's, read as the killings'; the article is no side, and the others agree
    from builder.dates import PartialDate
    from builder.model import Citation, DatedCitation, Event
    from builder.resolve.claims import _date_claims

    def cited(source, date):
        return DatedCitation(Citation(source, "p1", f"{source} quote"), PartialDate.parse(date))
    killings = Event("killings", "Soldiers killed hundreds of civilians in Axum",
                     (cited("star", "2020-10"), cited("star", "2020-11-28"), cited("ap", "2020-11-28"),
                      cited("wion", "2020")), origin="auto")
    written = {("star", "p1", PartialDate.parse("2020-11-28")), ("ap", "p1", PartialDate.parse("2020-11-28"))}
    assert killings.disputed
    assert _date_claims([killings], written, set()) == []
    # two articles that each give one date, and differ, are a dispute
    strike = Event("strike", "The strike hit the depot", (cited("star", "2020-11-27"), cited("ap", "2020-11-28")),
                   origin="auto")
    [claim] = _date_claims([strike], written | {("star", "p1", PartialDate.parse("2020-11-27"))}, set())
    assert {p.citation.source: p.value for p in claim.positions} == {"star": "27 November 2020", "ap": "28 November 2020"}


def test_a_speaker_answering_a_report_and_supposing_something_else_keeps_both(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        The Coastal Herald reported on Monday that the Port Authority had closed two of its four terminals.

        While the Coastal Herald reported the closures, the Transport Ministry offered no confirmation, only suggesting that the ferries would keep running on the northern routes.
        """, published="2024-06-04")})
    stances = sorted((p.stance, c.statement) for c in d.claims for p in c.positions if p.citation.anchor == "a#p2")
    assert ("hedges", "The ferries would keep running on the northern routes.") in stances
    assert any(stance == "cannot_confirm" for stance, _ in stances)


def test_a_question_asked_claims_nothing(make_corpus):
    d = _build(make_corpus, {"articles/a.md": article("a", """\
        The Port Authority closed two of its four terminals on Monday, the Coastal Herald reported.

        "Would anyone close a port on the busiest day of the year?" Tom Hale, the harbour master, said.

        Why would the ferries keep running at night?
        """, published="2024-06-04")})
    assert [c.statement for c in d.claims if c.statement.endswith("?")] == []
    assert any(c.statement.startswith("The Port Authority closed two") for c in d.claims)


def test_a_denial_of_trying_to_commit_a_crime_answers_the_charge_of_it(make_corpus):
    # "commit", "try": the crime carries the meaning, not the verbs around it
    d = _build(make_corpus, {
        "articles/gazette.md": article("gazette", "Prosecutors on Tuesday charged Tom Hale with defrauding the "
                                       "Kelvar pension fund.\n", outlet="Harbor Falls Gazette", published="2024-05-20"),
        "articles/post.md": article("post", "“I didn't ever try to commit fraud,” Tom Hale said in an interview.\n",
                                    outlet="Valley Post", published="2024-05-21"),
    })
    [claim] = _claims_citing(d, "gazette#p1", "post#p1")
    assert {p.stance for p in claim.positions} == {"asserts", "denies"}
    assert d.status[claim.id].value == "contested"


@pytest.mark.parametrize("sentence", [
    "The figures could not be independently confirmed.",
    "Battlefield reports could not be immediately verified.",
    "The cause of the fire remains unclear.",
    "The toll was not independently verified.",
])
def test_what_the_article_could_not_check_is_the_reporter_not_an_unnamed_source(make_corpus, sentence):
    dossier = _build(make_corpus, {"articles/a.md": article(
        "a", f"The Kelder health ministry said 104 people were killed in the fire.\n\n{sentence}",
        published="2024-05-14")})
    unchecked = [p for c in dossier.claims for p in c.positions if p.stance == "cannot_confirm"]
    assert unchecked and all(p.speaker is None and not p.anonymous for p in unchecked), unchecked
