"""Session s35 date rules: 'recently' that only leads to the date named next ('most recently last May') is no
expression of its own; the date carries the value (our own sentences)."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


def _values(text: str, published: str | None) -> dict[str, str]:
    rows = date_mentions(text, published)
    return dict(zip(rows["text"], rows["timex"]))


@pytest.mark.parametrize("text, date_text, value", [
    ("Three ferries have sunk there, most recently last May when a storm hit.", "last May", "2014-05"),
    ("The bridge was closed often, most recently in 2011.", "2011", "2011"),
    ("The envoy recently, on Monday, met the mayor.", "Monday", "2015-03-09"),
    ("The pier has flooded often, most recently in May.", "May", "2014-05"),  # a month 'recently' leads to has passed
])
def test_recently_before_a_date_leaves_the_date_alone(text: str, date_text: str, value: str) -> None:
    got = _values(text, "2015-03-11")
    assert got == {date_text: value}


@pytest.mark.parametrize("text", ["The port was recently dredged.", "Tolls have only recently gone up, she said.",
                                  "Prices recently may have peaked."])
def test_recently_alone_is_still_a_past_reference(text: str) -> None:
    assert list(_values(text, "2015-03-11").values()) == ["PAST_REF"]


@pytest.mark.parametrize("text, day, value", [
    ("Voters go to the polls on Sunday in the northern provinces.", "Sunday", "2015-03-15"),
    ("The foreign minister visits the capital on Monday.", "Monday", "2015-03-16"),
    ("The home side plays the champions Saturday.", "Saturday", "2015-03-14"),
])
def test_a_present_trip_or_fixture_verb_puts_the_day_ahead(text: str, day: str, value: str) -> None:
    assert _values(text, "2015-03-11")[day] == value


@pytest.mark.parametrize("text, day, value", [
    ("Voters went to the polls on Sunday in the northern provinces.", "Sunday", "2015-03-08"),
    ("The foreign minister's visits to the capital on Monday were brief.", "Monday", "2015-03-09"),
    ("Aides who left the capital on Monday said little.", "Monday", "2015-03-09"),
])
def test_a_past_or_noun_trip_keeps_the_day_behind(text: str, day: str, value: str) -> None:
    assert _values(text, "2015-03-11")[day] == value


def test_a_fiscal_quarter_told_with_its_results_is_the_report_quarter() -> None:
    # early November: a 'fourth quarter' whose earnings are already reported is a fiscal quarter that has ended
    text = ("The bakery chain reported a sharp fall in fourth-quarter profit. It earned $3 million, against $7 million "
            "a year earlier.")
    assert _values(text, "1991-11-05")["a year earlier"] == "1990-Q4"


def test_a_running_quarter_without_results_told_sets_no_report() -> None:
    text = "The chain expects a fourth-quarter charge. It earned $3 million, against $7 million a year earlier."
    assert _values(text, "1991-11-05")["a year earlier"] == "1990"


@pytest.mark.parametrize("sentence", [
    "Sales rose 8% from last year's $40 million.",
    "The unit earned $2 million, compared with a loss of $1 million last year.",
])
def test_last_year_as_a_comparison_base_in_a_quarter_report_is_that_quarter(sentence: str) -> None:
    text = "The mill operator posted higher third-quarter profit. " + sentence
    assert _values(text, "1991-10-24")["last year"] == "1990-Q3"


def test_last_year_outside_a_comparison_stays_the_year() -> None:
    text = "The mill operator posted higher third-quarter profit. Last year, it sold its paper unit."
    assert _values(text, "1991-10-24")["Last year"] == "1990"


def test_later_in_the_day_with_no_day_told_is_the_publication_day() -> None:
    # kept by date_records to date incidents; not listed by date_mentions, as no within-day anaphor is (round 37)
    from analysis.events.timex.mentions import date_records

    text = "The mayor toured the flooded streets later in the day."
    assert [(r["text"], r["timex"]) for r in date_records(text, "2016-05-04")] == [("later in the day", "2016-05-04")]
    assert _values(text, "2016-05-04") == {}


@pytest.mark.parametrize("text, day, value", [
    ("The memorial service is Saturday.", "Saturday", "2015-03-14"),
    ("The hearings are on Friday.", "Friday", "2015-03-13"),
    ("The new ferry enters service next month and arrives in the harbour on Monday.", "Monday", "2015-03-16"),
    ("The festival celebrates the harvest on Sunday.", "Sunday", "2015-03-15"),
])
def test_a_present_copula_or_scheduling_verb_a_few_words_before_puts_the_day_ahead(text: str, day: str, value: str) -> None:
    assert _values(text, "2015-03-11")[day] == value


def test_a_noun_start_after_an_adjective_is_no_verb() -> None:
    assert _values("The club got off to a strong start on Monday.", "2015-03-11")["Monday"] == "2015-03-09"


@pytest.mark.parametrize("step", [" and the bakery changed hands the following year", " and it moved the next year"])
def test_a_chain_of_relative_years_past_the_calendar_reads_no_further_and_raises_nothing(step: str) -> None:
    text = "The bakery opened in 1998" + step * 8500 + "."
    found = date_mentions(text, "2020-01-01")
    assert len(found) > 8000
    assert found["value"].iloc[1] == "1999"  # the first steps still read against the year told
