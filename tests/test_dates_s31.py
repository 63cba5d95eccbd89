"""Session s31 date rules: a vague period keeps its TIMEX3 type on an undated page; a bounded count is not a year."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text, timex, type_", [
    ("Ferry fares have climbed in recent months, riders said.", "PXM", "DURATION"),
    ("The past few weeks brought three storms to the valley.", "PXW", "DURATION"),
    ("Orchards were planted here in the past.", "PAST_REF", "DATE"),
    ("The council will meet again in coming months.", "FUTURE_REF", "DATE"),
])
def test_a_vague_period_has_the_same_type_with_or_without_a_publication_date(text: str, timex: str, type_: str) -> None:
    for published in ("2022-03-04", None):
        rows = date_mentions(text, published)
        assert list(zip(rows["timex"], rows["type"])) == [(timex, type_)], published


@pytest.mark.parametrize("text", [
    "More than 1850 volunteers have joined the cleanup since it began.",
    "At least 2000 local fishermen lost their boats.",
    "Up to 1990 new homes could be built on the site.",
    "Posted by the desk\n1868 views\n",
])
def test_a_bounded_count_or_a_view_counter_is_not_a_year(text: str) -> None:
    # beside a real year in the same text, which alone is read
    rows = date_mentions("The bridge opened in 1998. " + text, "2022-03-04")
    assert rows["text"].tolist() == ["1998"]


@pytest.mark.parametrize("year_text, year", [
    ("Harvests have been better than 1998, growers said.", "1998"),   # no noun after the bound: a year
    ("Rents rose more than in 2019.", "2019"),
    ("The memo contradicts 2013 comments by the mayor.", "2013"),     # a counter word inside a sentence
])
def test_a_year_near_a_bound_or_a_counter_word_is_still_a_year(year_text: str, year: str) -> None:
    # beside a bounded count and a page counter, which are not read
    rows = date_mentions(year_text + " More than 1850 volunteers came.\n2301 comments\n", "2022-03-04")
    assert rows["timex"].tolist() == [year]


@pytest.mark.parametrize("text, expected", [
    ("Rain fell on Tuesday. The day before, the river had been low.", ["XXXX-WXX-2", "XXXX-WXX-1"]),
    ("The ferry sailed on Sunday and the next day it docked.", ["XXXX-WXX-7", "XXXX-WXX-1"]),
])
def test_the_day_before_or_after_a_weekday_of_an_undated_page_is_the_weekday_beside_it(text: str, expected: list[str]) -> None:
    assert date_mentions(text, None)["timex"].tolist() == expected
