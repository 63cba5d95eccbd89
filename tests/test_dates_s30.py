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


@pytest.mark.parametrize("text, expected", [
    ("Farmers cheered at a May Greenfield Party rally, the organisers said.", "2021-05"),
    ("She spoke in an April Radio Nord interview about the harbour.", "2021-04"),
    ("Delegates will gather at the October Harbour League convention.", "2021-10"),
])
def test_a_month_before_a_named_event_or_poll_is_that_month(text: str, expected: str) -> None:
    # told in late June: the month is read as any bare month name, with the clause's tense
    rows = date_mentions(text, "2021-06-28")
    assert rows["timex"].tolist() == [expected]


@pytest.mark.parametrize("text", [
    "Crowds filled the August Lindqvist Theatre foyer.",   # a name that is no event
    "A June Marsh Trio record topped the charts.",
])
def test_a_month_inside_a_name_is_not_a_date(text: str) -> None:
    # beside a real month of the same kind, which alone is read
    rows = date_mentions("Voters were polled at a March Civic Forum debate. " + text, "2021-06-28")
    assert rows["text"].tolist() == ["March"]


@pytest.mark.parametrize("text, expected", [
    ("The mill closed a decade ago, the union recalled.", "2011"),
    ("Nearly three decades ago the canal froze over.", "1991"),
    ("The tunnel should carry trains a decade from now.", "2031"),
])
def test_decades_ago_name_a_year_not_a_decade(text: str, expected: str) -> None:
    # told in 2021: ten years back is a year, as with "ten years ago", not the decade "201"
    assert date_mentions(text, "2021-09-14")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The council has until Monday to file its accounts.", "2021-09-20"),
    ("Tenants have until Tuesday to move their boats.", "2021-09-21"),
    ("The regulator has given the brewery until Monday to reply.", "2021-09-20"),
    ("The ferry terminals are shut until Tuesday.", "2021-09-21"),
    ("The archive remains closed until Monday, its keeper said.", "2021-09-20"),
])
def test_time_allowed_until_a_day_runs_to_the_coming_day(text: str, expected: str) -> None:
    # told on a Thursday: in a present clause the day "until" names is still ahead
    assert date_mentions(text, "2021-09-16")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text", [
    "The council had until Monday to file its accounts.",
    "The ferry terminals were shut until Tuesday.",
    "The rebels have held the ridge until Tuesday, when the rain came.",
])
def test_a_past_stretch_until_a_day_keeps_the_day_just_gone(text: str) -> None:
    # beside a present one in the same text, which alone looks ahead
    rows = date_mentions("Tenants have until Monday to move their boats. " + text, "2021-09-16")
    assert rows["timex"].tolist()[0] == "2021-09-20"
    assert rows["timex"].tolist()[1] in {"2021-09-13", "2021-09-14"}


@pytest.mark.parametrize("text, expected", [
    ("In a September survey, most anglers backed the quota.", "2020-09"),
    ("Most anglers backed the quota in a September survey.", "2020-09"),
    ("The mayor spoke at the September Harbour Trust meeting.", "2020-09"),
])
def test_a_month_dating_a_past_event_noun_is_the_month_gone(text: str, expected: str) -> None:
    # told in August: the poll or meeting has happened, so not the September ahead
    assert date_mentions(text, "2021-08-03")["timex"].tolist() == [expected]


def test_a_month_naming_a_group_keeps_its_reading() -> None:
    # "the September towns" are the towns voting in September, whatever the clause's verb
    text = "Organisers detailed their plans in the September towns. Anglers backed the quota in a September survey."
    assert date_mentions(text, "2021-08-03")["timex"].tolist() == ["2021-09", "2020-09"]
