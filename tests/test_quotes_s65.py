"""Stop 65 quote rules on sentences of our own words (regression fixtures, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("“Custody has forced my client to reflect,” said his solicitor, Anna Price.", "Anna Price"),
    ("“The ruling will be appealed,” said her barrister, Owen Hale.", "Owen Hale"),
    ("“Pupils return on Monday,” said the headteacher, Ruth Kemp.", "Ruth Kemp"),
])
def test_an_inverted_cue_with_a_possessed_role_and_a_name(text, speaker):
    q = extract_quotes(text)
    assert q["speaker"].tolist() == [speaker]
