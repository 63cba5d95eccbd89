"""Stop 79 quote rules on sentences of our own words (regression fixtures, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ('Ann Lee had asked to speak. But when her turn came she declined, saying: "It is settled, so why bother."',
     "Ann Lee"),
    ('Tom Ash came to the hearing. After the vote was taken he walked out, saying "We will appeal."', "Tom Ash"),
])
def test_a_participle_after_a_main_clause_run_into_its_intro_without_a_comma_quotes_that_clause_subject(
        text, speaker):
    q = extract_quotes(text)
    assert q["speaker"].tolist() == [speaker]


def test_a_pronoun_inside_the_intro_clause_itself_is_not_taken():
    q = extract_quotes('When the board met they listened. Ann Lee stood up, saying "We will appeal."')
    assert q["speaker"].tolist() == ["Ann Lee"]


@pytest.mark.parametrize("text, speaker", [
    ("‘We are so sorry’: Ferry boss issues apology over week of delays\n\nThe ferry line's chief spoke on Monday.",
     "Ferry boss"),
    ("'It was the right call': Coach Tom Ash responds to critics\n\nAsh spoke after the game.", "Tom Ash"),
])
def test_a_headline_quote_then_a_colon_and_its_subject_with_a_headline_verb_of_speech(text, speaker):
    q = extract_quotes(text)
    assert q["speaker"].tolist()[:1] == [speaker]


def test_a_pronoun_of_a_clause_inside_the_intro_is_not_the_main_subject():
    q = extract_quotes('The rebels freed the men. When the men they freed reached the capital, President Mary Banda '
                       'welcomed them, saying: "This is a great day."')
    assert q["speaker"].tolist() == ["Mary Banda"]


@pytest.mark.parametrize("text, speaker", [
    ('Council member Ann Lee voted against the plan. Her position: "People cannot recover on the streets."', "Ann Lee"),
    ('Tom Ash voted for it. His reply: "We tried everything else."\n\nThe vote passed.', "Tom Ash"),
])
def test_a_possessive_label_before_a_colon_quotes_its_owner(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]


def test_a_hyphenated_role_before_a_name_is_part_of_the_speaker():
    q = extract_quotes('The coach spoke first. And team-mate Jordan Brown added: "We will celebrate tonight."')
    assert q["speaker"].tolist() == ["Jordan Brown"]


@pytest.mark.parametrize("text", [
    "'I can't breathe': Officer reveals the last words of the man who died\n\nThe officer spoke on Monday.",
    'The UN envoy met both leaders. Their response: "We are ready for talks."',
])
def test_a_headline_verb_that_reports_others_words_or_a_plural_owner_gives_no_speaker(text):
    assert extract_quotes(text)["speaker"].tolist()[:1] == [""]
