"""Quote rules of the stop-58 round, written on the errors of real reports (development samples), each in a fixture
of our own words. Regression checks, not evidence of accuracy (benchmarks/bench_quotes_polnear.py measures that)."""

from __future__ import annotations

from analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str]:
    return extract_quotes(text)["speaker"].tolist()


def test_a_role_subject_with_a_relative_clause_is_what_a_later_he_means():
    t = ('"We are doing all we can," Ann Lee, a spokeswoman for the rescue service, said.\n\n'
         'A policeman who survived the blast told reporters that the hall shook.\n\n'
         '"It was a powerful explosion," he said.')
    assert _speakers(t) == ["Ann Lee", "a policeman"]


def test_a_sentence_final_attribution_owns_a_partial_quote_over_the_opening_subject():
    t = ('The officials said the depots stored drones, and "the evidence is plain" in the photos, the defence official '
         'said.')
    assert _speakers(t) == ["the defence official"]
    t = 'The ministry said the talks had stalled and "no date is set" for them, it said.'
    assert _speakers(t) == ["the ministry"]  # a pronoun's "it said" leaves the opening subject


def test_a_page_date_stamp_is_no_part_of_the_subject():
    assert _speakers('date 2021-05-02 OSLO/BERGEN The Norwegian army said it fired "warning shots" at the boat.') == \
        ["the Norwegian army"]
    assert _speakers('date 2021-05-02 Police Chief Ann Lee stated, "Two men were held."') == ["Ann Lee"]


def test_review_a_who_clause_that_holds_a_speech_verb_or_a_passive_is_no_speaking_subject():
    t = ('Police Chief Dan Moss briefed reporters.\n\nA man who witnesses said had fired the shots was arrested '
         'nearby.\n\n"He did not resist," he said.')
    assert _speakers(t) == ["Dan Moss"]
    t = ('Mayor John Hart spoke after the shooting.\n\nA reporter who asked about the gunman was told the inquiry was '
         'going on.\n\n"We will not speculate," he said.')
    assert _speakers(t) == ["John Hart"]
