"""Session s30 date rules: the two ends of a span of years ("2011-2014", "the 2019-20 season") are each a year."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text, expected", [
    ("The ferry ran at a loss from 2011-2014, the audit found.", [("2011", "2011"), ("2014", "2014")]),
    ("Ticket sales fell in the 2019-20 season.", [("2019", "2019"), ("20", "2020")]),
    ("The orchard recovered after the frost of 1997-8.", [("1997", "1997"), ("8", "1998")]),
    ("The club kept its books in 1999-00 by hand.", [("1999", "1999"), ("00", "2000")]),
])
def test_each_end_of_a_span_of_years_is_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    rows = date_mentions(text, "2022-03-04")
    assert list(zip(rows["text"], rows["timex"])) == expected
    assert set(rows["type"]) == {"DATE"}


@pytest.mark.parametrize("other", [
    "The visitors lost the match 2014-2011 after extra time.",   # falls: a score, not a span
    "Dial 1-800-2012-13 for the ticket desk.",                    # a digit run
    "The rules of Resolution 2011-2014 apply to every kiosk.",    # a code
    "The fleet grew from 1950-2011 without a pause.",             # longer than 30 years
])
def test_number_pairs_that_are_not_spans_of_years_stay_out(other: str) -> None:
    # beside a true span in the same text, which alone is read
    rows = date_mentions("Rents rose in 2016-17. " + other, "2022-03-04")
    assert list(zip(rows["text"], rows["timex"])) == [("2016", "2016"), ("17", "2017")]
