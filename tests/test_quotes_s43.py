"""Quote rules of the stop-43 round (written on the development sample quotes_dev43), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from test_quotes_s42 import _spoken


def test_a_subject_before_an_aside_set_off_by_dashes_speaks_the_partial_quote():
    text = "Mayor Ann Lee – who has run the city since 2009 – insisted that the new levy was “fair and overdue”."
    assert _spoken(text) == [("fair and overdue", "Mayor Ann Lee")]


def test_one_counting_a_thing_before_a_colon_is_no_speaker():
    text = "The governor praised the lawmakers.\n\nOne reason for the grade: “We have never worked so well together.”"
    assert all(speaker.lower() != "one" for _q, speaker in _spoken(text))


def test_the_subject_after_a_headline_quote_and_its_colon_speaks():
    text = "“We will not give up the port”: Navy chief Ann Lee defends the costly mission\n\nThe navy spoke on Monday."
    assert _spoken(text) == [("We will not give up the port", "Navy chief Ann Lee")]


def test_a_label_a_state_designates_is_no_speech():
    assert _spoken("Several governments classify the movement as a “terrorist” organisation.") == []


def test_a_headline_phrase_in_single_marks_is_quoted_words_but_a_likened_term_is_not():
    text = "Council plans ‘a slap in the face for every resident of the old town’\n\nThe council met, and “it went badly,” a member said."
    assert ("a slap in the face for every resident of the old town", "") in _spoken(text)
    assert _spoken("Talk compared to ‘working the referees’ at a game\n\nHe said “no” to it.")[0][0] == "no"
