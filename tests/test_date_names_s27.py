"""Session s27 date rules: a place or an armed unit named after a day or a year is a name, not a time."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text, expected", [
    ("Shells fell near the 14th of July bridge in the evening.", []),
    ("Traffic stopped on the May 5 Street of the old town.", []),
    ("Residents of 6 October City reported the blast.", []),
    ("The bomber struck an office of the 1920 Revolution Brigades north of the town.", []),
    # still times: the month or year itself, a bridge told after a comma, a lower-case word that is no name
    ("The bridge was hit on 14 July, bridge guards said.", [("14 July", "2020-07-14")]),
    ("In July city officials met the governor.", [("July", "2020-07")]),
    ("Street protests began in 2019 and went on.", [("2019", "2019")]),
])
def test_a_place_or_unit_named_after_a_day_or_year(text, expected):
    df = date_mentions(text, "2020-09-01")
    assert df[["text", "timex"]].apply(tuple, axis=1).tolist() == expected
