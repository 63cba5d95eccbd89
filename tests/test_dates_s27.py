"""Session s27 date rules: a day closing a span told in the past, and a plan told in the past."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text, published, expected", [
    # "through <day>" in a clause told in the past: the day just gone (told on a Friday, the Sunday five days back)
    # (the past verb far before the day, and a number with a thousands comma between them)
    ("The study was drawn from interviews with 2,310 nurses in four large city hospitals from June 3 through Sunday.",
     "2022-06-17", ["2022-06-03", "2022-06-12"]),
    # a sentence opening "Until <day>" before a past main clause: the state before that day, already over
    ("Until Monday's merger news, shares of both lenders were sliding.", "2022-06-17", ["2022-06-13"]),
    ("Until Sunday, the league had refused to comment.", "2022-06-17", ["2022-06-12"]),
])
def test_a_day_closing_a_span_told_in_the_past_is_the_past_one(text: str, published: str, expected: list[str]) -> None:
    assert date_mentions(text, published)["timex"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # in a present or future clause the day after until/through is still the coming one
    ("The gallery stays open through Sunday.", "2022-06-19"),
    ("Voters have until Monday to register.", "2022-06-20"),
    ("Until Monday, the bridge will stay closed.", "2022-06-20"),
])
def test_a_day_after_until_or_through_in_a_present_or_future_clause_is_the_coming_one(text: str, expected: str) -> None:
    assert date_mentions(text, "2022-06-17")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # "planned" with its object: a plan told in the past, the nearer of the two days
    ("Farmers planned a convoy along the ring road on Saturday.", "2022-06-17", "2022-06-18"),  # the next day
    ("A vigil planned at the stadium for Saturday was called off.", "2022-06-19", "2022-06-18"),  # the day before
    ("Union leaders planned a march through the old town on Monday.", "2022-06-15", "2022-06-13"),
])
def test_a_plan_told_in_the_past_takes_the_nearer_day(text: str, published: str, expected: str) -> None:
    assert date_mentions(text, published)["timex"].tolist() == [expected]


def test_may_the_month_is_no_modal_in_a_past_clause() -> None:
    # the month "May" before the day is not the modal "may": the clause stays past
    df = date_mentions("The survey was carried out among voters in the three northern border counties from May 2 through "
                       "Sunday.", "2022-05-20")
    assert df["timex"].tolist() == ["2022-05-02", "2022-05-15"]


@pytest.mark.parametrize("text, expected", [
    # on a page without a publication date a vague expression keeps the type it has on a dated page
    ("Raids on the depot have grown in recent weeks.", [["recent weeks", "PXW", "DURATION"]]),
    ("The depot was raided recently.", [["recently", "PAST_REF", "DATE"]]),
])
def test_an_undated_vague_expression_keeps_its_type(text: str, expected: list[list[str]]) -> None:
    assert date_mentions(text, None)[["text", "timex", "type"]].values.tolist() == expected
    assert date_mentions(text, "2022-06-17")[["text", "timex", "type"]].values.tolist() == expected


@pytest.mark.parametrize("text, published, expected", [
    # the US primaries' "Super Tuesday" is a named day (the first Tuesday of March), not the Tuesday nearest publication
    ("Both camps are saving money for Super Tuesday.", "2020-02-12", [["Super Tuesday", "2020-03-03"]]),
    ("She carried five states on Super Tuesday.", "2016-04-20", [["Super Tuesday", "2016-03-01"]]),
    # after the election, the cycle's day, not the next year's March
    ("She carried five states on Super Tuesday.", "2016-11-18", [["Super Tuesday", "2016-03-01"]]),
])
def test_super_tuesday_is_a_named_day(text: str, published: str, expected: list[list[str]]) -> None:
    assert date_mentions(text, published)[["text", "timex"]].values.tolist() == expected


def test_a_noun_after_a_and_an_adjective_is_no_scheduling_verb() -> None:
    # "a shaky start Monday": a noun ("a" agrees with no verb), so the day is the one just past
    df = date_mentions("The summit got off to a shaky start Monday, when the hosts walked out.", "2022-06-15")
    assert df["timex"].tolist() == ["2022-06-13"]
    assert date_mentions("The hearings start Monday.", "2022-06-15")["timex"].tolist() == ["2022-06-20"]


def test_as_she_put_it_reports_a_past_saying() -> None:
    # a promise quoted, then "as <speaker> put it <day>": the saying is past, whatever the promise
    df = date_mentions('The mayor vows to keep "every library open late," as she put it on Thursday at a rally.', "2022-06-20")
    assert df["timex"].tolist() == ["2022-06-16"]


@pytest.mark.parametrize("text, expected", [
    # a year between the article and a holiday's name is that holiday's year: one expression
    ("Turnout was higher than in the 2012 Thanksgiving rush.", [["2012 Thanksgiving", "2012-11-22"]]),
    ("The county joined the 1992 Super Tuesday.", [["1992 Super Tuesday", "1992-03-10"]]),
])
def test_a_year_before_a_holiday_is_its_year(text: str, expected: list[list[str]]) -> None:
    assert date_mentions(text, "2016-05-18")[["text", "timex"]].values.tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted day before a main clause whose verb schedules in the present: the coming day
    ("On Thursday, delegates meet in the capital to pick a leader.", "2022-06-23"),
    # a noun, or a past clause, keeps the day just gone
    ("On Thursday, a clean start looked possible.", "2022-06-16"),
    ("On Thursday, delegates met in the capital.", "2022-06-16"),
])
def test_a_fronted_day_before_a_present_scheduling_verb_is_the_coming_one(text: str, expected: str) -> None:
    assert date_mentions(text, "2022-06-20")["timex"].tolist() == [expected]
