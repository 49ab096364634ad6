"""The boilerplate rules, one inline case each: what a rule drops, and sentences it must keep."""

from __future__ import annotations

import pytest

from builder.ingest.clean import RULE_NAMES, RULES, clean, match_rule, normalise

BODY = ("The council voted on Tuesday to reopen the bridge, officials said.\n"
        "Engineers said the steel spans were sound and the deck would be replaced.\n")

DROPPED = [
    ("audio_player", "Getting your Trinity Audio player ready..."),
    ("audio_player", "Listen to this article 4:12 min"),
    ("stray_punctuation", "|"),
    ("stray_punctuation", "* * *"),
    ("navigation", "World\u00a0\u00a0"),
    ("navigation", "Home » News » Local"),
    ("navigation", "Skip to content"),
    ("share_counter", "Shares"),
    ("share_counter", "1.2K Shares"),
    ("share_counter", "Share on Facebook"),
    ("share_counter", "Facebook Twitter LinkedIn Email"),
    ("comment_form", "Your email address will not be published. Required fields are marked *"),
    ("comment_form", "Save my name, email, and website in this browser for the next time I comment."),
    ("comment_form", "Name *"),
    ("signup_donate", "DONATE"),
    ("signup_donate", "Sign Up for The Morning Briefing"),
    ("signup_donate", "Untitled(Required)"),
    ("signup_donate", "Get the day's top stories in your inbox every morning."),
    ("signup_donate", "Support independent local journalism. Donate now."),
    ("see_also", "See also\u00a0 Library extends opening hours over the summer"),
    ("see_also", "Related Posts"),
    ("see_also", "Read more: Ferry timetable changes"),
    ("image_caption", "harbour-dredger-2024.jpg"),
    ("image_caption", "town council votes to reopen the old rail bridge 2"),
    ("image_caption", "Photo: Jane Smith/Staff"),
    ("image_caption", "AFP"),
    ("credit", "Source » eurasiareview"),
    ("byline", "By Maria Olsen"),
    ("date_line", "Published March 4, 2025"),
    ("copyright", "© 2024 The Coastal Ledger. All rights reserved."),
]


@pytest.mark.parametrize("rule, line", DROPPED)
def test_line_rule_drops_boilerplate(rule, line):
    assert match_rule(normalise(line))[0] == rule
    result = clean(line + "\n" + BODY)
    assert result.dropped[rule] == 1
    assert result.paragraphs == BODY.splitlines()


KEPT = [
    "Related to this, the ministry said it would publish the figures in May.",
    "Sources said the deal was close but not yet signed.",
    "Via the old road, the convoy reached the border before dawn.",
    "Copyright law changed in 2020, the court noted.",
    "The newsletter, published weekly, reported that the minister resigned.",
    "He urged supporters to make a donation to the campaign.",
    "By the end of the year, the plant had closed.",
    "Photos by the agency showed the damage to the roof.",
    "Register to vote by Friday, the electoral office said.",
    "More on this later, he told reporters.",
    "Total exports rose by 7% in March.",
    "Leave a reply, he said, was all the letter asked.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_article_sentences_are_kept(sentence):
    result = clean(sentence + "\n" + BODY)
    assert result.paragraphs[0] == sentence, result.dropped


def test_rules_have_unique_names_and_descriptions():
    assert len(set(RULE_NAMES)) == len(RULES)
    assert all(r.description and r.name.isidentifier() for r in RULES)


def test_comment_section_drops_the_rest_of_the_page():
    text = BODY + "Leave a Reply\nGreat article, thanks for writing it.\nComment *\n"
    result = clean(text)
    assert result.paragraphs == BODY.splitlines()
    assert result.dropped["comment_section"] == 3


def test_related_heading_drops_the_headlines_under_it_then_stops():
    text = BODY + "Related Posts\nCouncil approves new fish market\nStorm damages marina pontoons\n" \
        "The council will meet again in December to agree the budget.\n"
    result = clean(text)
    assert result.dropped["related_links"] == 2
    assert result.paragraphs[-1] == "The council will meet again in December to agree the budget."


def test_title_repeated_glued_and_found_at_the_top():
    text = ("World\nBridge Reopens After Four Years\nBridge Reopens After Four Years\n" + BODY.rstrip()
            + "Bridge Reopens After Four Years\n")
    result = clean(text)
    assert result.title_line == "Bridge Reopens After Four Years"
    assert result.paragraphs == BODY.splitlines()
    assert result.dropped["repeated_title"] == 2 and result.dropped["repeated_line"] == 1


def test_given_title_is_dropped_and_text_above_it_is_masthead():
    text = "Home of the daily briefing.\nThe first task of the day\n\nBridge reopens\n\n" + BODY
    result = clean(text, title="Bridge reopens")
    assert result.paragraphs == BODY.splitlines()
    assert result.dropped["masthead"] == 2


def test_subheading_between_paragraphs_is_dropped_but_list_items_are_kept():
    text = BODY + "Cost and timing\n" + BODY + "- steel spans\n" + BODY
    result = clean(text)
    assert "Cost and timing" not in result.paragraphs
    assert "- steel spans" in result.paragraphs
    assert result.dropped["subheading"] == 1


def test_blank_line_paragraphs_wrapped_at_a_fixed_width_are_joined():
    text = ("The council voted on Tuesday to reopen the old rail bridge to\n"
            "pedestrians and cyclists, ending a closure that began after the\n"
            "floods of 2019.\n\n"
            "Engineers told councillors that the steel spans were sound, but\n"
            "that the timber deck would have to be replaced first.\n")
    result = clean(text)
    assert result.paragraphs == [
        "The council voted on Tuesday to reopen the old rail bridge to pedestrians and cyclists, "
        "ending a closure that began after the floods of 2019.",
        "Engineers told councillors that the steel spans were sound, but that the timber deck would "
        "have to be replaced first."]


def test_metadata_lines_are_kept_as_metadata():
    text = "By Maria Olsen and Jon Berg\nMarch 4, 2025\n" + BODY + "Source » Harbour Monitor\n"
    result = clean(text)
    assert result.found == {"authors": "Maria Olsen and Jon Berg", "date": "March 4, 2025",
                            "credit": "Harbour Monitor"}
    assert result.paragraphs == BODY.splitlines()


def test_a_title_case_subheading_below_the_first_paragraph_is_not_taken_for_the_title():
    lead = ("The council voted on Tuesday to reopen the old rail bridge to pedestrians and cyclists, ending "
            "a closure that began after the floods of 2019, officials said.")
    result = clean("Short Dateline Line Here\n" + lead + "\nCost And Timing Of The Work\n" + BODY)
    assert result.title_line == "Short Dateline Line Here"
    assert result.paragraphs[0] == lead
