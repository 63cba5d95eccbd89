"""Quote rules of the stop-60 round, written on the errors of real reports (development samples), each in a fixture
of our own words. Regression checks, not evidence of accuracy (benchmarks/bench_quotes_polnear.py measures that)."""

from __future__ import annotations

from analysis.quotes import extract_quotes


def test_a_military_sites_own_name_in_marks_is_no_ones_words():
    t = 'The command said that the army\'s Cedar Ridge base "Camp Harlow" near the river was hit by a rocket.'
    assert extract_quotes(t)["is_speech"].tolist() == [False]
    t = 'The command said the base was hit and that the attack was "reckless and dangerous."'
    assert extract_quotes(t)["is_speech"].tolist() == [True]


def test_review_words_said_of_a_camp_or_a_base_stay_speech():
    assert extract_quotes('One refugee called the camp "Hell on Earth", and aid workers agreed.')["is_speech"].tolist() == [True]
    t = 'Speaking at the team\'s training camp "We Are Ready," the coach told reporters on Friday.'
    assert extract_quotes(t)["is_speech"].tolist() == [True]
