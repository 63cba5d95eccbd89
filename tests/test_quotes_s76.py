"""Stop 76: quote rules written on the development samples' errors (fixtures in our own words)."""

import pytest

from analysis.quotes import extract_quotes


def _spoken(text: str) -> list[tuple[str, str, bool]]:
    q = extract_quotes(text)
    return [(text[int(a):int(b)], sp, bool(s)) for a, b, sp, s in zip(q["start"], q["end"], q["speaker"], q["is_speech"])]


@pytest.mark.parametrize("text, speaker", [
    ('"Two bombs went off beside the lorry on the highway near the town," the news agency quoted a police officer.',
     "a police officer"),
    ('"We launched eight rockets at the base," Reuters quoted a militia commander as saying.', "a militia commander"),
])
def test_the_one_an_outlet_quoted_speaks(text, speaker):
    assert [sp for _q, sp, _s in _spoken(text)] == [speaker]


def test_a_body_named_before_which_speaks_for_it():
    text = ('The four were cousins, according to a statement by the provincial police command, which also said the '
            'car was "hit by a guided missile."')
    assert [sp for _q, sp, _s in _spoken(text)] == ["the provincial police command"]


@pytest.mark.parametrize("text", [
    "The raid was claimed by a little-known group calling itself “Ashab al-Kahf” or “Companions of the Cave.”",
    "A militia in Iraq called Kataib Sayyid al-Shuhada, or “Brigades of the Master of Martyrs,” took credit.",
])
def test_a_groups_other_name_after_or_is_no_speech(text):
    assert not any(s for _q, _sp, s in _spoken(text))


def test_a_description_after_called_and_or_is_still_speech():
    text = 'He called Lee a coward, or "a man with no spine at all," Smith said.'
    assert [(sp, s) for _q, sp, s in _spoken(text)] == [("Smith", True)]


@pytest.mark.parametrize("text, speaker", [
    ("Jordan said it condemned the raid “in the strongest terms”.", "Jordan"),
    ("The mayor said he condemned the raid “in the strongest terms”.", "the mayor"),
    ("The rebels said they had downed “three enemy jets.”", "the rebels"),
])
def test_a_pronoun_right_after_said_is_the_one_who_said(text, speaker):
    q = extract_quotes(text)
    assert q["speaker"].tolist() == [speaker] and q["speaker_mention"].str.lower().tolist() == [speaker.lower()]


@pytest.mark.parametrize("text, speaker", [
    ('"A house divided against itself cannot stand," the senator quoted Lincoln in his speech.', "the senator"),
    ('"Prices have doubled," the minister cited the statistics office as reporting.', "the minister"),
])
def test_a_source_cited_or_quoted_as_an_authority_is_not_the_speaker(text, speaker):
    assert [sp for _q, sp, _s in _spoken(text)] == [speaker]


def test_a_phone_call_to_someone_or_somebody_else_is_still_speech():
    text = 'Johnson said he would call Pelosi or "anyone who will listen" about the bill.'
    assert [(sp, s) for _q, sp, s in _spoken(text)] == [("Johnson", True)]
