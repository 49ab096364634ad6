"""Extractors, case by case: input text -> what is found (names, dates, statements)."""

from __future__ import annotations

import pytest

from builder.dates import PartialDate
from builder.extract import extract_all, extract_article
from builder.extract.dates import find_dates
from builder.extract.names import recognise
from builder.extract.statements import find_statements
from builder.model import AUTO, Paragraph, Source


def source(*paragraphs: str, published: str = "2024-05-15", sid: str = "a") -> Source:
    return Source(sid, "T", "Outlet", "", PartialDate.parse(published) if published else None,
                  tuple(Paragraph(f"p{i + 1}", t, i + 1) for i, t in enumerate(paragraphs)))


def names(*paragraphs: str) -> set[tuple[str, str]]:
    return {(m.key, m.kind) for m in recognise(source(*paragraphs)) if m.kind != "demonym"}


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Olaf Brandt said the plan would go ahead.", {("Olaf Brandt", "person")}),
    ("Lt. Col. Maria Ortega, a spokeswoman, declined to comment.", {("Maria Ortega", "person")}),
    ("“It is over,” said Tomas Lindqvist, a senior analyst at the Nordic Policy Institute.",
     {("Tomas Lindqvist", "person"), ("Nordic Policy Institute", "organization")}),
    ("Danish Foreign Minister Lars Holm met officials in Oslo.",
     {("Lars Holm", "person"), ("Norway", "country")}),
    ("The Centre for Maritime Studies (CMS) said the CMS would publish data.",
     {("Centre for Maritime Studies", "organization")}),
    ("Satellite images showed activity. Analysts disagreed.", set()),
])
def test_names(text, expected):
    assert names(text) == expected


def test_surname_after_full_name_is_the_same_person():
    found = recognise(source("Energy Minister Ana Paredes visited the plant.", "Paredes said output would rise."))
    assert {m.key for m in found if m.kind == "person"} == {"Ana Paredes"}
    assert any(m.surface == "Paredes" for m in found)


def test_demonyms_tie_to_their_country_but_are_no_actor():
    found = recognise(source("Brazilian officials met in Lima."))
    assert ("Brazil", "demonym") in {(m.key, m.kind) for m in found}
    actors = extract_all([source("Brazilian officials met in Lima.")]).actors
    assert [a.name for a in actors] == ["Peru"]


def test_all_caps_and_foreign_paragraphs_are_skipped():
    assert names("GOVERNMENT DENIES REPORT ON PORT DEAL IN LIMA") == set()
    assert names("Die Regierung hat am Dienstag die Vereinbarung mit Berlin und Paris unterzeichnet, "
                 "sagte Minister Klaus Weber vor Journalisten in der Hauptstadt.") == set()


@pytest.mark.parametrize("text, published, expected", [
    ("The deal was signed on March 3, 2023.", "2024-05-15", [("2023-03-03", False)]),
    ("Talks began in January and ended in June 2022.", "2024-05-15", [("2022-01", False), ("2022-06", False)]),
    ("Talks resumed in June.", "2024-05-15", [("2023-06", True)]),
    ("Talks resumed in April.", "2024-05-15", [("2024-04", True)]),
    ("The ministry said on Tuesday it had agreed.", "2024-05-15", [("2024-05-14", True)]),
    ("It happened last year, and again last month.", "2024-05-15", [("2023", True), ("2024-04", True)]),
    ("It happened last month.", "2024", []),
    ("Output has doubled since 2019.", "2024-05-15", [("2019", False)]),
    ("The 2015 accord and 20-year pact cost $2000 for 1,500 people.", "2024-05-15", []),
    ("Prices rose in October 2022. A month earlier, stocks fell.", "2024-05-15",
     [("2022-10", False), ("2022-09", True)]),
    ("Exports grew sharply following the Oct. 9 decision.", "2024-05-15", [("2023-10-09", True)]),
    ("No dates here at all.", "2024-05-15", []),
])
def test_dates(text, published, expected):
    found = [(d.date.iso(), d.inferred) for d in find_dates(source(text, published=published))]
    assert found == expected


@pytest.mark.parametrize("text, stance, speaker, anonymous", [
    ("The Harbour Authority denied that the permit had lapsed.", "denies", "Harbour Authority", False),
    ("A senior defense official, speaking anonymously, said the ship had left.", "asserts", None, True),
    ("Chancellor Olaf Brandt declined to comment on the report.", "cannot_confirm", "Olaf Brandt", False),
    ("It remains unclear whether the cargo was delivered.", "hedges", None, False),
    ("Officials in Lima have yet to confirm the figures.", "cannot_confirm", None, True),
    ("According to the Port Workers Union, the strike will continue.", "asserts", "Port Workers Union", False),
])
def test_statements(text, stance, speaker, anonymous):
    s = source(text)
    found = find_statements(s, recognise(s))
    assert [(st.stance, st.speaker, st.anonymous) for st in found] == [(stance, speaker, anonymous)]
    assert text[found[0].start:found[0].end] in text


def test_contrast_gives_two_positions_on_one_claim():
    s = source("The Daily Courier reported that the mine had closed, though the Mining Ministry refused to confirm.")
    claims = extract_all([s]).claims
    assert len(claims) == 1
    assert sorted(p.stance for p in claims[0].positions) == ["asserts", "cannot_confirm"]


def test_same_happening_in_two_articles_is_one_event():
    a = source("The Nordic Policy Institute opened its new office in Oslo on March 3, 2024.", sid="a")
    b = source("On March 3, the Nordic Policy Institute opened a new office in Oslo.", sid="b",
               published="2024-03-20")
    events = extract_all([a, b]).events
    assert len(events) == 1 and len(events[0].citations) == 2
    assert events[0].date == PartialDate(2024, 3, 3) and events[0].origin == AUTO


def test_auto_findings_are_deterministic_and_quote_verbatim():
    s = source("Chancellor Olaf Brandt said on Tuesday that the Harbour Authority denied the report.",
               "The Harbour Authority (HA) was founded in 2001.")
    one, two = extract_all([s]), extract_all([s])
    assert one == two
    for e in one.events:
        for c in e.citations:
            assert c.citation.quote in s.paragraph(c.citation.paragraph).text
    for c in one.claims:
        for p in c.positions:
            assert p.citation.quote in s.paragraph(p.citation.paragraph).text
    assert extract_article(s) is extract_article(s)      # cached by content
