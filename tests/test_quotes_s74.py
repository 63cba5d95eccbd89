"""Stop 74: quote rules written on the development samples' errors (fixtures in our own words)."""

import pytest

from analysis.quotes import extract_quotes


def _spoken(text: str) -> list[tuple[str, str, bool]]:
    q = extract_quotes(text)
    return [(text[int(a):int(b)], sp, bool(s)) for a, b, sp, s in zip(q["start"], q["end"], q["speaker"], q["is_speech"])]


@pytest.mark.parametrize("text", [
    'A "heavy barrage" of shells hit the depot north of Mosul, said the brigade, which has vowed to hold the line.',
    'A "heavy barrage" of shells hit the depot north of Mosul, the brigade said.',  # as before
])
def test_an_inverted_attribution_before_a_relative_clause_governs_the_sentence(text):
    assert _spoken(text) == [("heavy barrage", "the brigade", True)]


@pytest.mark.parametrize("text, speaker", [
    ('Three men died in the raid, the health office said, as the police confirmed they had staged a "security sweep" '
     'in the camp.', "the police"),
    ('Two clinics were shut, the council said, while the board said that it had ordered "urgent checks" there.',
     "the board"),
])
def test_a_second_clause_with_its_own_cue_owns_its_partial_quote(text, speaker):
    assert [sp for _q, sp, _s in _spoken(text)] == [speaker]


def test_a_quote_before_a_place_then_its_attribution_and_a_contrasting_clause():
    text = ('"Two men were shot near the gate" in the town of Zarqa, the office said, while the police confirmed an '
            'officer had been "slightly hurt" in the clashes.')
    assert [sp for _q, sp, _s in _spoken(text)] == ["the office", "the police"]


@pytest.mark.parametrize("text", [
    'The navy shot down three missiles. Spokesman Tom Reid had this to say. "The rebels fired three missiles."',
    'The navy shot down three missiles. Spokesman Tom Reid had this to say.\n\n"The rebels fired three missiles."',
])
def test_had_this_to_say_introduces_the_next_quote(text):
    assert [sp for _q, sp, _s in _spoken(text)] == ["Tom Reid"]


def test_a_negated_subject_after_the_aside_is_no_speaker():
    text = 'Shells fell near the school, a police source said, though no group said it was behind the "cowardly attack."'
    assert [sp for _q, sp, _s in _spoken(text)] == ["a police source"]
