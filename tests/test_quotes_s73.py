"""Stop 73: quote rules written on the development samples' errors (fixtures in our own words)."""

import pytest

from analysis.quotes import extract_quotes


def _mentions(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(text[int(s):int(e)] if s == s and s is not None and int(s) >= 0 else "", sp)
            for s, e, sp in zip(q["speaker_mention_start"], q["speaker_mention_end"], q["speaker"])]


@pytest.mark.parametrize("text, speaker", [
    ('Mayor Ann Hale said that Tom Reid had misled the council. "People are tired of it," she added. '
     'She also said: "We will vote again."', "Ann Hale"),
    ('Coach Bill Ward said that Sam Cole had played through pain. "He never complained," he added.', "Bill Ward"),
])
def test_a_name_in_the_reported_clause_is_not_the_pronouns_antecedent(text, speaker):
    assert {sp for _m, sp in _mentions(text)} == {speaker}


def test_a_pronoun_after_an_object_only_report_still_finds_the_reported_person():
    text = 'Police said that Tom Reid had been released. "I am glad it is over," he said.'
    assert _mentions(text)[0][1] == "Tom Reid"


@pytest.mark.parametrize("text, mention", [
    ('Yesterday, Ann Hale, regional organiser for the National Union of Nurses, (NUN) said: "It is a blow."',
     "Ann Hale"),
    ('In a statement Tom Reid, managing director of Acme in Bristol said: "We must cut costs."', "Tom Reid"),
    ('On Monday Ann Hale, head of the harbour board said: "The port stays open."', "Ann Hale"),
])
def test_the_name_before_an_unclosed_or_tagged_apposition_is_the_speaker(text, mention):
    assert _mentions(text)[0][0] == mention


@pytest.mark.parametrize("text, mention", [
    ('According to Tom Reid, the mayor said: "We are ready."', "the mayor"),  # an intro that governs its name
    ('After meeting Tom Reid the mayor, Ann Hale, said: "We are ready."', "Ann Hale"),
])
def test_an_intro_that_governs_its_name_still_opens_the_clause(text, mention):
    assert _mentions(text)[0][0] == mention


def test_an_acronym_after_a_bare_place_is_not_an_aside_that_names_the_place():
    assert _mentions('Workers at Acme, Bristol, (UK) said: "We are angry."')[0][1] != "Bristol"
