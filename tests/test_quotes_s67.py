"""Stop 67 quote rule on sentences of our own words (a regression fixture, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ('The ministry depicted the raid as part of "a campaign of terror against civilians".', "ministry"),
    ('Senator Ann Lee depicted the budget as "a giveaway to the rich".', "Ann Lee"),
])
def test_depicted_as_is_a_cue_of_the_quoted_words(text, speaker):
    q = extract_quotes(text)
    assert q["is_speech"].tolist() == [True] and speaker in q["speaker"].tolist()[0]
