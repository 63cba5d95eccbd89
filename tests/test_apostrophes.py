"""Marks typed for an apostrophe (acute accent, modifier letter) are read as one by both extractors.

Regression checks in our own words, not evidence of accuracy.
"""

from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes
from analysis.text.apostrophes import has_apostrophe_like, true_apostrophes
from test_incident_patterns import _mentions


@pytest.mark.parametrize("mark", ["\u00b4", "\u02bc"])
def test_the_mark_is_replaced_one_for_one(mark):
    text = f"the province{mark}s governor"
    assert has_apostrophe_like(text)
    out = true_apostrophes(text)
    assert len(out) == len(text) and out == "the province\u2019s governor"
    assert true_apostrophes("plain text") == "plain text"


@pytest.mark.parametrize("mark", ["\u00b4", "\u02bc"])
def test_an_incident_reads_past_the_mark(mark):
    m = _mentions([f"Four guards of the mayor{mark}s office were killed on Tuesday in a drone strike."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 4
    assert mark in m.iloc[0]["evidence"]  # the evidence is the text passed in


@pytest.mark.parametrize("mark", ["\u00b4", "\u02bc"])
def test_a_quote_speaker_reads_past_the_mark(mark):
    q = extract_quotes(f"\u201cThe road is closed,\u201d the district{mark}s police chief said.")
    assert len(q) == 1
    assert q.iloc[0]["speaker_mention"] == f"the district{mark}s police chief"
