"""A month-day after an irregular past verb ("rose after Oct. 7", "fled before Sept. 12") is the past one."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions
from analysis.events.timex.tense import IRREGULAR_PAST

PUBLISHED = "2021-08-01"  # before every month-day below: the past one is a year back, the coming one this year


@pytest.mark.parametrize("text, expected", [
    ("Attacks rose after Oct. 7.", "2020-10-07"),
    ("Rebels fled before Sept. 12.", "2020-09-12"),
    ("The convoy came under fire after Nov. 2.", "2020-11-02"),
    ("Recruitment grew after Oct. 7, analysts say.", "2020-10-07"),
    ("The envoys met again after Oct. 20.", "2020-10-20"),
    ("The company said it sought a vote on Oct. 7.", "2020-10-07"),
    ("Both sides fought on until after Oct. 7.", "2021-10-07"),  # "until after": forward, whatever the verb
])
def test_a_month_day_in_an_irregular_past_clause_is_the_past_one(text: str, expected: str) -> None:
    assert date_mentions(text, PUBLISHED)["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    # the same dates in present or future clauses keep the coming one
    ("Attacks rise after Oct. 7 every year.", "2021-10-07"),
    ("Attacks will rise after Oct. 7.", "2021-10-07"),
    ("Rebels plan to flee before Sept. 12.", "2021-09-12"),
    ("The envoys meet again after Oct. 20.", "2021-10-20"),
    ("Officials said the convoy will come back after Nov. 2.", "2021-11-02"),
    ("Talks could begin after Oct. 7.", "2021-10-07"),
    # a present passive or a present clause after a past reporting verb is not the past
    ("The appeal is heard on Oct. 7.", "2021-10-07"),
    ("The company said it is seeking a vote on Oct. 7.", "2021-10-07"),
])
def test_a_month_day_in_a_present_or_future_clause_stays_the_coming_one(text: str, expected: str) -> None:
    assert date_mentions(text, PUBLISHED)["timex"].tolist() == [expected]


def test_the_next_year_after_an_irregular_past_verb_steps_from_the_date_named() -> None:
    text = "The firm built a plant in 1998 and sold it the next year."
    assert date_mentions(text, "2016-04-28")["timex"].tolist() == ["1998", "1999"]


def test_the_irregular_past_table_leaves_out_forms_that_are_also_the_present() -> None:
    assert not {"hit", "put", "set", "cut", "let", "read", "cost", "spread"} & IRREGULAR_PAST
    assert {"rose", "fell", "fled", "grew", "came", "met", "said"} <= IRREGULAR_PAST
