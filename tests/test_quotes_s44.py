"""Quote rules of the stop-44 round (written on the development sample quotes_dev43), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes
from analysis.quotes.speakers import group_evidence
from test_quotes_s42 import _spoken


def test_a_guillemet_before_a_link_label_is_no_quote():
    text = "« Back\n\nThe minister said the plan was “on track”.\n\n« Previous story"
    assert [q for q, _s in _spoken(text)] == ["on track"]


def test_a_quote_opening_right_after_a_full_stop_starts_a_sentence():
    text = ('A source told the agency that shells had landed. According to Reuters, three shells hit the camp.'
            '"The camp was shelled from the hills," the source said.')
    assert _spoken(text) == [("The camp was shelled from the hills,", "the source")]


def test_a_quote_under_a_label_counting_a_thing_carries_on_the_speaker_before():
    text = ("Governor Ann Lee gave the lawmakers a grade A.\n\nShe added, “This was the best session I have seen.”\n\n"
            "One reason for the grade: “We have never worked so well together.”")
    q = extract_quotes(text)
    assert q["speaker"].tolist() == ["Ann Lee", "Ann Lee"]


def test_a_surname_with_a_particle_and_a_family_name_written_first_resolve_to_the_full_name():
    text = ("Van Graan pleased after win\n\nHead coach Johann van Graan was pleased.\n\n“We fought hard,” Van Graan said.\n\n"
            "Spokesperson Lin Jian spoke in Beijing.\n\n“We urge calm,” Lin added.")
    assert extract_quotes(text)["speaker"].tolist() == ["Johann van Graan", "Lin Jian"]


def test_a_report_named_at_a_sentence_end_does_not_take_the_next_sentence_s_first_word():
    text = '“Prices have recovered,” he added, according to a report from MarketWatch.\n\nOil prices rose on Tuesday.'
    assert extract_quotes(text)["speaker"].tolist() == ["MarketWatch"]


def test_staff_of_a_hospital_speak_for_themselves_and_its_spokesman_for_it():
    assert group_evidence("a registered nurse at the Eastfield Medical Center", "Ann Lee", "person", "Ann Lee")[0] == "civilian"
    assert group_evidence("a spokesman for the hospital", "Bo Hale", "person", "Bo Hale")[0] == "organisation"
