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


@pytest.mark.parametrize("text", [
    "“Stay inside.” That's what we were told by the police on Monday.",  # the addressee of a passive
    "“We need more beds.” That is what we need most, the director said.",  # a later clause's own attribution
    "“He is the best striker in Europe.” That's what makes Haaland so dangerous.",
    "“Peace by summer.” That's what the residents are hoping for.",  # no verb of speech
])
def test_no_speaker_from_a_pointing_sentence_that_names_none(text):
    q = extract_quotes(text)
    assert q["speaker"].tolist() in ([""], ["the director"], ["director"])


def test_the_pointing_sentences_own_attribution_wins():
    q = extract_quotes("“The army is coming.” That's what they told us, said Hassan, 34.")
    assert q["speaker"].tolist() == ["Hassan"]
