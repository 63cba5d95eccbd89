"""Stop 72: quote rules written on the development samples' errors (fixtures in our own words)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("ALBANY -- “We did what the law asked of us.”\n\nThat's what District Judge Mary Olsen said last year when she "
     "closed the case.", "Mary Olsen"),
    ("“The river will not stop us.”\n\nThose were the words of Mayor Tom Reid on Sunday, as the water rose.", "Tom Reid"),
    ("“We stay and we rebuild.” That was how council leader Ann Pike put it on Monday.", "Ann Pike"),
])
def test_the_next_sentence_that_points_back_names_the_speaker(text, speaker):
    q = extract_quotes(text)
    assert q["speaker"].tolist() == [speaker]


def test_a_pointing_sentence_without_a_speaker_gives_none():
    q = extract_quotes("“We stay and we rebuild.” That is what matters most to the town.")
    assert q["speaker"].tolist() == [""]
