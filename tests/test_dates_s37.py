"""Round 37 of the dates layer: both ends of a day range in one month ('from March 4 to 19'),. Fixtures are new sentences."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


def dates(text: str, published: str | None = "2022-09-14") -> list[list[str]]:
    """The DATE rows of a text as [text, timex]."""
    df = date_mentions(text, published)
    return df[df["type"] == "DATE"][["text", "timex"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    ("Ferries stopped sailing from March 4 to 19, the harbour office said.", [["March 4", "2022-03-04"], ["19", "2022-03-19"]]),
    ("The fair runs from June 2 through 6.", [["June 2", "2022-06-02"], ["6", "2022-06-06"]]),
    ("Roads stayed shut from 11 to 14 July, the council said.", [["11", "2022-07-11"], ["14 July", "2022-07-14"]]),
    ("On May 3 to 4,000 walkers joined the march.", [["May 3", "2022-05-03"]]),  # a count, not a day
    ("On May 3 to 4 pupils were absent.", [["May 3", "2022-05-03"]]),
    ("The orchard was sold on April 24 and 25 bidders came.", [["April 24", "2022-04-24"]]),
])
def test_both_ends_of_a_day_range_are_dates(text: str, expected: list[list[str]]) -> None:
    assert dates(text) == expected

