"""Stop 78 quote rules on sentences of our own words (regression fixtures, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ('Troops "killed several armed men" who crossed the river overnight, the army said Monday as further south it '
     'fought on.', "the army"),
    ('Guards "fired warning shots" at the boat, the navy said on Tuesday while the ship sailed away.', "the navy"),
    ('Now is not the time for a "huge" rise, Ann Lee said of the new rate of 50 cents per $100, up from 40 cents.',
     "Ann Lee"),
])
def test_a_sentence_final_cue_followed_by_a_time_and_a_clause_or_a_phrase_still_attributes_a_partial_quote(
        text, speaker):
    q = extract_quotes(text)
    assert q["is_speech"].tolist() == [True] and q["speaker"].tolist() == [speaker]


def test_a_cue_that_reports_its_own_clause_after_the_quote_does_not():
    q = extract_quotes('The "huge" rise passed, and Ann Lee said the council had acted in haste.')
    assert q["speaker"].tolist() != ["Ann Lee"] or not q["is_speech"].all()


def test_a_name_and_role_with_no_verb_after_a_quote_ending_in_a_comma_is_its_speaker():
    q = extract_quotes('"We have never moved so many works at once," Ann Lee, chief curator of the city museum.\n\nMore.')
    assert q["speaker"].tolist() == ["Ann Lee"] and q["speaker_role"].tolist() == ["chief curator of the city museum"]


def test_a_name_followed_by_a_clause_with_its_own_verb_is_left_to_the_other_rules():
    q = extract_quotes('"We are ready," Ann Lee, who runs the museum, added.')
    assert q["speaker"].tolist() == ["Ann Lee"] and q["cue"].tolist() == ["added"]


@pytest.mark.parametrize("line, speaker", [
    ("Ann Lee: 'How do I feel? Sad'", "Ann Lee"),
    ("Club exit 'heartbreaking' - Lee", "Lee"),
])
def test_a_short_labelled_line_quotes_in_single_marks_in_a_double_marked_article(line, speaker):
    t = line + '\n\nThe coach spoke after the game.\n\n"We were not good enough," Lee said.'
    q = extract_quotes(t)
    assert q["is_speech"].tolist() == [True, True] and q["speaker"].tolist()[0] == speaker


def test_a_headline_that_is_no_name_before_its_colon_stays_single_marks():
    t = "Mayor Opens New Town Bridge: 'A Great Day'\n\nThe bridge opened.\n\n\"We are proud,\" Lee said."
    assert extract_quotes(t)["is_speech"].tolist() == [False, True]


@pytest.mark.parametrize("text, speaker", [
    ('While calling the plan "a road to ruin," the mayor Ann Lee kept some hope that the council would act.', "Ann Lee"),
    ('After describing the vote as "a farce" in a long speech, the senator left the room.', "the senator"),
])
def test_a_fronted_participle_clause_quotes_the_main_clauses_subject(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


def test_stated_before_its_clause_is_a_cue_not_an_adjective():
    q = extract_quotes('The embassy stated it "strongly condemned the cowardly attack on the convoy."')
    assert q["is_speech"].tolist() == [True] and q["speaker"].tolist() == ["the embassy"]
