"""Quote rules of the stop-46 round (written on the development sample quotes_dev46 and the quote layers of attacks
dev46a-d), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes
from test_quotes_s42 import _spoken


def test_words_underlined_in_reported_speech_are_the_speaker_s():
    text = "The foreign minister underlined that a deal with the lenders is “within reach” once the audit ends."
    assert _spoken(text) == [("within reach", "The foreign minister")]


def test_a_cause_attributed_in_quotation_marks_is_the_attributor_s_words():
    text = "The club attributed the delay to “technical reasons” and apologised to its members."
    assert _spoken(text) == [("technical reasons", "The club")]


def test_quotes_in_a_link_to_another_story_are_not_this_story_s_speech():
    text = ("The council met on Monday.\n\nRead more: Mayor says budget is ‘about results’\n\n"
            "“We will publish the figures,” the mayor said.")
    q = extract_quotes(text)
    said = q[q["is_speech"]]
    assert [text[r.start:r.end] for r in said.itertuples()] == ["We will publish the figures,"]
