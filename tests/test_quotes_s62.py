"""Stop 62 quote rules, in our own words: the rule cases fail on the code before the rules; the guards (titles,
passives, section labels and crossheads that are no cue or links heading) hold on both."""

from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes

BODY = "\n\nThe families gathered at the base on Monday, “we are proud of them,” an aide said."


@pytest.mark.parametrize("headline, speaker", [
    ("Mayor Vows to ‘Rebuild Every Bridge’ After Floods", "Mayor"),
    ("Minister Ann Lee Says Port ‘Will Reopen Soon’", "Ann Lee"),
    ("Council Chief Warns Residents ‘Not To Panic’", "Council Chief"),
])
def test_title_case_headline_cue_reads_as_a_verb(headline, speaker):
    q = extract_quotes(headline + BODY).iloc[0]
    assert bool(q["is_speech"]) and q["speaker"] == speaker and q["cue"] in {"vows", "says", "warns"}


def test_title_case_headline_keeps_the_text_passed_in():
    q = extract_quotes("Mayor Vows to ‘Rebuild Every Bridge’ After Floods" + BODY)
    assert q.loc[0, "quote"] == "Rebuild Every Bridge"


def test_title_case_reading_leaves_a_line_opening_noun_and_running_text():
    assert not extract_quotes("Calls Grow for ‘Peace’ After the Floods" + BODY).loc[0, "is_speech"]
    q = extract_quotes("The mayor Says it will be ‘fine’, a spokesman said on Monday.")
    assert q.loc[0, "cue"] != "says"   # a sentence, not a title-case headline line


@pytest.mark.parametrize("heading", ["Check Also", "More news from", "Latest News", "You may also like", "Top Stories",
                                     "More from Politics"])
def test_quote_in_a_block_of_links_to_other_stories_is_no_speech(heading):
    t = (f"The port reopened on Monday, the mayor said.\n\n{heading}\n\nFloods close two roads in the north\n\n"
         "Minister says the budget is “balanced and fair”\n\nLeave a Reply")
    q = extract_quotes(t)
    assert q["is_speech"].tolist() == [False] and q.loc[0, "non_speech_reason"] == "link"


def test_quote_after_a_body_sentence_is_not_a_link():
    t = "Latest News\n\nThe port reopened on Monday.\n\nThe minister said the budget is “balanced and fair.”"
    assert extract_quotes(t)["is_speech"].tolist() == [True]


def test_inverted_cue_with_a_document_by_its_issuer():
    q = extract_quotes("“A truck hit a mine near the bridge,” read a statement by the Port Security Office.").iloc[0]
    assert q["speaker_mention"] == "a statement by the Port Security Office"


@pytest.mark.parametrize("headline", ["Mayor Faces Calls to ‘Step Aside’", "Residents Told to ‘Stay Indoors’ After Fire",
                                      "Man Said to Be ‘Mastermind’ of Port Theft"])
def test_title_case_passive_or_noun_is_no_cue(headline):
    assert not extract_quotes(headline + BODY).loc[0, "is_speech"]


@pytest.mark.parametrize("text", [
    "Latest News\n\nMayor vows ‘no more delays’ on the bridge\n\nBy Ann Lee\n\nThe mayor spoke on Monday.",
    "The port reopened, he said.\n\nLatest attack\n\n“We heard a huge blast,” said resident Ann Lee\n\nThe fire spread.",
    "The port reopened, he said.\n\nTrending now\n\n“I have never seen this,” the mayor told reporters\n\nIt spread.",
])
def test_section_label_and_crosshead_are_no_links_heading(text):
    assert extract_quotes(text)["is_speech"].tolist() == [True]


def test_a_heading_with_lower_case_words_after_it_is_no_links_heading():
    t = ("The port reopened, he said.\n\nLatest news of the floods\n\nMinister says roads are “open again”\n\n"
         "Ferry to run from Monday")
    assert extract_quotes(t)["is_speech"].tolist() == [True]


def test_body_text_between_a_links_heading_and_a_quote_line_ends_the_block():
    t = ("The port reopened, he said.\n\nCheck Also\n\nThe council met on Monday and agreed that the ferry will run "
         "again from the first week of next month.\n\nMinister says roads are “open again”\n\nFerry to run from Monday")
    assert extract_quotes(t)["is_speech"].tolist() == [True]
