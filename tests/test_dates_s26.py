"""Session s26 date rules: a future told from a past moment, 'later' with nothing to count from, names with a century."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text, published, expected", [
    # the cue of a future, told in the past: the nearer reading, which may be just before publication
    ("Candidates were due to submit their forms by March 15.", "2021-04-09", "2021-03-15"),
    ("The hearing was expected on Feb. 20, but the judge fell ill.", "2021-03-02", "2021-02-20"),
    ("The plant was originally scheduled to reopen on May 3.", "2021-05-20", "2021-05-03"),
    # ... and still the coming one when that is nearer
    ("The ceremony was scheduled for May 3.", "2021-04-20", "2021-05-03"),
])
def test_a_future_seen_from_the_past_takes_the_nearer_date(text: str, published: str, expected: str) -> None:
    assert date_mentions(text, published)["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Candidates are due to submit their forms by March 15.", "2022-03-15"),  # present: the coming one
    ("Candidates will submit their forms by March 15.", "2022-03-15"),
    ("Marchers were planning to gather again on Monday.", "2021-04-12"),  # a weekday stays the coming one
])
def test_a_present_or_future_cue_keeps_the_coming_date(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-04-09")["timex"].tolist() == [expected]
