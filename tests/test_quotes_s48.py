"""Quote rules of the stop-48 round (written on the quote layers of the development samples quotes_dev48q and attacks
dev48a-c), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

import pytest

from test_quotes_s42 import _spoken


@pytest.mark.parametrize("opener", ["Late on Thursday", "Early on Thursday", "Late Thursday"])
def test_a_time_phrase_opening_the_sentence_is_no_speaker(opener):
    text = f'{opener}, port officials confirmed the fire but gave only "first estimates" of the damage.'
    assert _spoken(text) == [("first estimates", "port officials")]


def test_a_person_named_early_still_speaks():
    text = "Told of the plan, Early described it as “a surprise to me.”"
    assert _spoken(text) == [("a surprise to me.", "Early")]
