"""Stop 66 quote rules on sentences of our own words (regression fixtures, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ('Ruth Kemp, of Mill Lane, Hornby, Lancaster, said: "The noise never stops."', "Ruth Kemp"),
    ('Owen Hale, 52, of Station Road, Carlow, told the court: "I was terrified."', "Owen Hale"),
    ('Speaking outside court Mrs Dyer, of Elm Close, Wickham, said: "Justice was done."', "Dyer"),
])
def test_an_address_after_a_name_is_no_speaker(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('At a rally in Dayton, Ohio, Hale said the plan was "dead on arrival."', "Hale"),
    ('Speaking at a meeting in Leeds, Kemp said the cuts were "a disgrace."', "Kemp"),
    ('Alarmed by the vote in Denver, Senator Anna Price, the party whip, said it was "a mistake."', "Anna Price"),
])
def test_a_name_after_an_intro_that_ends_in_a_place_stays_the_speaker(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Kelly was deeply aggrieved at the ruling, saying that it was "not fair."', "Kelly"),
    ('Beverly Hart threw her support behind the plan on Monday, saying it was "long overdue."', "Beverly Hart"),
])
def test_a_name_ending_in_ly_is_no_adverb(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


def test_an_adverb_ending_in_ly_still_opens_an_intro():
    q = extract_quotes('Separately, the ministry said the strikes were "a violation of sovereignty."')
    assert q["speaker"].tolist() == ["the ministry"]


@pytest.mark.parametrize("text, speaker", [
    ('The victim\'s brother, from Brixton, Tunde Bello, said: "He was a good man."', "Tunde Bello"),
    ('Jones, of Bolton, Greater Manchester, said: "The team was outstanding."', "Jones"),
    ('Lisa Ward, of Rose Cottage, Church Street, Hornby, said: "It is a lovely village."', "Lisa Ward"),
])
def test_a_name_after_a_hometown_is_the_speaker_and_an_address_is_not(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, mention", [
    ('Protesters gathered outside the hall. "We want a new park," one yelled.', "one"),
    ('Two men cut in. "Get used to the masks," one said.', "one"),
])
def test_one_after_a_closed_quote_is_its_speaker(text, mention):
    q = extract_quotes(text)
    assert text[q["speaker_mention_start"].iloc[0]:q["speaker_mention_end"].iloc[0]] == mention


def test_a_country_speaks_through_which():
    q = extract_quotes('The raids drew criticism from Syria, which warned of "dangerous consequences".')
    assert q["speaker"].tolist() == ["Syria"]


@pytest.mark.parametrize("text", [
    '"Why should taxpayers foot the bill?" one might ask.',
    '"Less is more," one would think.',
])
def test_the_generic_one_is_no_speaker(text):
    assert extract_quotes(text)["speaker"].tolist() == [""]


def test_a_report_on_a_country_speaks_not_the_country():
    q = extract_quotes('The UN published a report on Syria, which said that "torture is systematic" in its prisons.')
    assert q["speaker"].tolist() != ["Syria"]
