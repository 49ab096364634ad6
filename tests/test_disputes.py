"""Value disputes across articles (builder/resolve/disputes.py), on small invented stories."""

from __future__ import annotations

from conftest import article

from builder.pipeline import assemble


def _build(make_corpus, files: dict) -> object:
    corpus = make_corpus({"dossier.yaml": "title: T\nsubject: S\n", **files})
    dossier, _ = assemble(corpus)
    return dossier


def _questions(d) -> dict:
    return {c.statement: c for c in d.claims if c.statement.endswith("?")}


def test_two_sides_blamed_is_a_contested_question(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "The Liberation Front blamed the Coastal Guard for the explosion at the depot.",
                                 title="Depot explosion", published="2024-04-02"),
        "articles/b.md": article("b", "The Coastal Guard said the Liberation Front was responsible for the explosion "
                                      "at the depot.", title="Guard blames front for depot explosion",
                                 outlet="Other Daily", published="2024-04-03"),
    })
    q = _questions(d)["Who was responsible for the explosion?"]
    assert d.status[q.id].value == "contested"
    assert {p.value for p in q.positions} == {"Coastal Guard", "Liberation Front"}


def test_one_side_blamed_by_all_is_no_dispute(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "The Liberation Front blamed the Coastal Guard for the explosion at the depot.",
                                 title="Depot explosion", published="2024-04-02"),
        "articles/b.md": article("b", "Residents said the Coastal Guard was responsible for the explosion.",
                                 title="Depot explosion", outlet="Other Daily", published="2024-04-03"),
    })
    assert "Who was responsible for the explosion?" not in _questions(d)


def test_counts_that_differ_are_the_question_how_many(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "The flood killed 59 people, the regional governor said.",
                                 title="Flood toll", published="2024-07-02"),
        "articles/b.md": article("b", "Health workers said at least 200 people were killed in the flood.",
                                 title="Flood toll disputed", outlet="Other Daily", published="2024-07-09"),
    })
    q = _questions(d)["How many people died?"]
    assert d.status[q.id].value == "contested"
    assert sorted(p.value for p in q.positions) == ["59", "at least 200"]


def test_a_count_only_reported_inside_a_denial_still_differs_from_another(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "Rebels have denied any involvement in the downing of a passenger jet near the "
                                      "border in which 295 people are reported to have been killed.",
                                 title="Rebels deny downing jet", published="2024-07-17"),
        "articles/b.md": article("b", "The missile killed all 298 people on board, investigators said.",
                                 title="Investigators report on jet", outlet="Other Daily", published="2024-10-13"),
    })
    q = _questions(d)["How many people died?"]
    assert d.status[q.id].value == "contested"
    assert sorted((p.value, p.stance, p.speaker) for p in q.positions) == [
        ("295", "hedges", None), ("298", "asserts", None)]


def test_counts_of_soldiers_troops_and_personnel_are_one_question_also_where_the_noun_is_left_out(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "Three service members were killed and 25 injured in the drone attack on the "
                                      "base, the command said.", title="Drone attack", published="2024-01-28"),
        "articles/b.md": article("b", "Three soldiers were killed and at least 34 wounded in the drone attack.",
                                 title="Drone attack toll", outlet="Other Daily", published="2024-01-29"),
        "articles/c.md": article("c", "The drone attack killed three troops and left 40 injured, officials said.",
                                 title="Drone attack toll rises", outlet="Third Post", published="2024-01-30"),
    })
    q = _questions(d)["How many troops were injured?"]
    assert d.status[q.id].value == "contested"
    assert sorted(p.value for p in q.positions) == ["25", "40", "at least 34"]
    assert "How many troops died?" not in _questions(d)


def test_days_given_for_one_happening_that_differ_are_the_question_on_what_day(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "Officials blamed the militia for Saturday's attack on the outpost.",
                                 title="Outpost attack", published="2024-01-29"),
        "articles/b.md": article("b", "The drone attack on Sunday killed three soldiers at the outpost.",
                                 title="Outpost attack", outlet="Other Daily", published="2024-01-29"),
        # another attack, months before, is no answer to the question
        "articles/c.md": article("c", "It was the deadliest raid since the October 7 attack, officials said.",
                                 title="Outpost attack", outlet="Third Post", published="2024-01-30"),
    })
    q = _questions(d)["On what day did the attack take place?"]
    assert d.status[q.id].value == "contested"
    assert sorted((p.citation.source, p.value) for p in q.positions) == [
        ("a", "27 January 2024"), ("b", "28 January 2024")]


def test_one_day_given_for_a_happening_by_all_is_no_dispute(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "Officials blamed the militia for Saturday's attack on the outpost.",
                                 title="Outpost attack", published="2024-01-29"),
        "articles/b.md": article("b", "The drone attack on January 27 killed three soldiers at the outpost.",
                                 title="Outpost attack", outlet="Other Daily", published="2024-01-29"),
    })
    assert "On what day did the attack take place?" not in _questions(d)


def test_compatible_counts_are_no_dispute(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "The flood killed at least 50 people, the regional governor said.",
                                 title="Flood toll", published="2024-07-02"),
        "articles/b.md": article("b", "Health workers said 59 people were killed in the flood.",
                                 title="Flood toll", outlet="Other Daily", published="2024-07-09"),
    })
    assert "How many people died?" not in _questions(d)


def test_counts_of_two_kinds_of_happening_are_no_dispute_and_one_kind_still_is(make_corpus):
    files = {
        "articles/a.md": article("a", "A drone strike in the capital killed 10 people, relatives said.",
                                 title="Drone strike", published="2024-08-30"),
        "articles/b.md": article("b", "Three days before, a suicide bomb attack at the airport killed more than 150 "
                                      "people.", title="Drone strike inquiry", outlet="Other Daily",
                                 published="2024-09-02"),
    }
    assert "How many people died?" not in _questions(_build(make_corpus, files))
    files["articles/c.md"] = article("c", "Officials said the drone strike killed three people.",
                                     title="Drone strike toll", outlet="Third Daily", published="2024-09-03")
    q = _questions(_build(make_corpus, files))["How many people died?"]
    assert sorted(p.value for p in q.positions) == ["10", "three"]


def test_a_denied_cause_against_another_is_the_question_what_caused_it(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "Police said the prisoner died of a heart attack in his cell.",
                                 title="Prisoner dies in custody", published="2024-09-16"),
        "articles/b.md": article("b", "The coroner said his death was not caused by blows to the head but by "
                                      "multiple organ failure.", title="Coroner's report on prisoner's death",
                                 outlet="Other Daily", published="2024-10-07"),
    })
    q = _questions(d)["What caused the death?"]
    assert d.status[q.id].value == "contested"
    assert {(p.stance, p.value) for p in q.positions} >= {
        ("asserts", "heart attack"), ("denies", "blows to the head"), ("asserts", "multiple organ failure")}


def test_two_causes_nobody_denies_are_no_dispute(make_corpus):
    d = _build(make_corpus, {
        "articles/a.md": article("a", "Doctors said the prisoner died of natural causes.",
                                 title="Prisoner dies in custody", published="2024-09-16"),
        "articles/b.md": article("b", "The prison service said he died of sudden death syndrome.",
                                 title="Prisoner dies", outlet="Other Daily", published="2024-09-17"),
    })
    assert "What caused the death?" not in _questions(d)
