"""Stop 71 quote rules on sentences of our own words (regression fixtures, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ('The TD Mick Wallace described the agency, which was announced by the Government last week, as "cronyism at its '
     'finest".', "Mick Wallace"),
    ('The senator branded the bill, which was unveiled on Monday, a "disaster".', "the senator"),
])
def test_a_cue_in_a_closed_relative_aside_after_an_evaluative_cue_is_not_the_quotes(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


def test_the_asides_cue_still_speaks_when_it_is_the_only_one():
    t = 'The plan, which the minister announced on Monday, was "a first step", she added.'
    assert extract_quotes(t)["speaker"].tolist() != ["plan"]


@pytest.mark.parametrize("text, speaker", [
    ('A bill called the SAFE Act, which Republicans said would secure the border, was "dead on arrival" in the Senate.',
     "Republicans"),  # a naming participle is no cue of its own
    ('Residents described the attack as terrifying, and the hospital, which doctors said was overwhelmed, was "running '
     'out of blood."', "doctors"),  # the evaluative cue's clause closed before the aside
])
def test_an_asides_cue_still_speaks_after_a_naming_word_or_a_closed_clause(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('“It was a very serious attack,” said Mayor Moulaye Guindo by phone.', "Moulaye Guindo"),
    ('“It was a very serious attack,” said the mayor by telephone.', "the mayor"),
])
def test_how_the_speaker_was_reached_ends_the_inverted_subject(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


def test_guards_and_other_new_role_nouns_head_a_speaker():
    assert extract_quotes('Iran’s guards said the targets were “espionage centers.”')["speaker"].tolist() == [
        "Iran’s guards"]


def test_a_speech_verb_is_not_part_of_a_plural_subject():
    t = 'Police said 30 migrants were detained near the border. “They came from Libya,” they said.'
    assert extract_quotes(t)["speaker"].tolist() == ["Police"]
