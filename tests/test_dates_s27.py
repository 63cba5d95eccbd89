"""Session s27 date rules: a day closing a span told in the past, a quotation's saying, a year before a holiday;
and the review fixes of those rules (a noun "start", vague words on undated pages, rules taken back)."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text, published, expected", [
    # "through <day>" in a clause told in the past: the day just gone (told on a Friday, the Sunday five days back)
    # (the past verb far before the day, and a number with a thousands comma between them)
    ("The study was drawn from interviews with 2,310 nurses in four large city hospitals from June 3 through Sunday.",
     "2022-06-17", ["2022-06-03", "2022-06-12"]),
    # a sentence opening "Until <day>" before a past main clause: the state before that day, already over
    ("Until Tuesday's recall notice, the blender had sold steadily.", "2022-06-17", ["2022-06-14"]),
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


def test_may_the_month_is_no_modal_in_a_past_clause() -> None:
    # the month "May" before the day is not the modal "may": the clause stays past
    df = date_mentions("The survey was carried out among voters in the three northern border counties from May 2 through "
                       "Sunday.", "2022-05-20")
    assert df["timex"].tolist() == ["2022-05-02", "2022-05-15"]


@pytest.mark.parametrize("text, type_", [
    # a vague expression has the type it has on a dated page: "recently" a DATE (PAST_REF), "recent weeks" and "the
    # coming weeks" DURATIONs (PXW) as in TimeBank; typed DATE with a duration value it could only be a wrong value
    ("Raids on the depot have grown in recent weeks.", "DURATION"),
    ("Raids on the depot may ease in the coming weeks.", "DURATION"),
    ("The depot was raided recently.", "DATE"),
])
def test_an_undated_vague_expression_keeps_its_dated_type(text: str, type_: str) -> None:
    assert date_mentions(text, None)["type"].tolist() == [type_]
    assert date_mentions(text, "2022-05-20")["type"].tolist() == [type_]


def test_a_noun_start_after_a_preposition_is_no_scheduling_verb() -> None:
    # "off to a bumpy start Friday": a noun after a preposition, so the day is the one just past
    df = date_mentions("The tour was off to a bumpy start Friday, when two buses broke down.", "2022-06-15")
    assert df["timex"].tolist() == ["2022-06-10"]
    assert date_mentions("The hearings start Monday.", "2022-06-15")["timex"].tolist() == ["2022-06-20"]


@pytest.mark.parametrize("text", [
    # a subject after "that" with a bare verb (a subjunctive): a request for a coming day
    "Lawyers for the port asked that a review start Friday.",
    "The families demanded that an inquiry begin Friday.",
])
def test_a_subjunctive_start_after_that_is_the_coming_day(text: str) -> None:
    assert date_mentions(text, "2022-06-15")["timex"].tolist() == ["2022-06-17"]


def test_as_he_put_it_reports_a_past_saying() -> None:
    # a promise quoted, then "as <speaker> put it <day>": the saying is past, whatever the promise
    df = date_mentions('The coach promised "a title by spring," as he put it Friday after practice.', "2022-06-20")
    assert df["timex"].tolist() == ["2022-06-17"]


@pytest.mark.parametrize("text, expected", [
    # a year between the article and a holiday's name is that holiday's year: one expression
    ("Turnout was higher than in the 2012 Thanksgiving rush.", [["2012 Thanksgiving", "2012-11-22"]]),
    ("Crowds beat their 2015 Easter record.", [["2015 Easter", "2015-04-05"]]),
])
def test_a_year_before_a_holiday_is_its_year(text: str, expected: list[list[str]]) -> None:
    assert date_mentions(text, "2016-05-18")[["text", "timex"]].values.tolist() == expected


@pytest.mark.parametrize("text, published, expected", [
    # taken back (no fronted day before a present verb as the coming day): a habitual or reported present
    ("On Monday, the patrols return again, villagers say.", "2022-06-15", "2022-06-13"),
])
def test_rules_taken_back_in_review(text: str, published: str, expected: str) -> None:
    assert date_mentions(text, published)["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    # told on a Wednesday: "planned" as the verb, nothing else giving a tense: the nearer Thursday (the next day),
    # where the past reading would give the Thursday six days back
    ("Rangers planned a cleanup of the riverbank on Thursday.", "2022-06-16"),
    # a simple past after the day comes first: the day just gone, even after "planned for"
    ("A candlelight vigil planned at the college for Thursday was called off after threats.", "2022-06-09"),
    # an adjective "planned" ("a planned", "well-planned") with a past verb after the day: the day just gone
    ("A planned sit-in on Thursday never took place.", "2022-06-09"),
    ("A well-planned ambush on Thursday killed two drivers.", "2022-06-09"),
])
def test_a_plan_told_in_the_past(text: str, expected: str) -> None:
    assert date_mentions(text, "2022-06-15")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    # "the same night" after a paragraph break does not take a holiday of a given year named in an earlier paragraph
    ("Floats filled the 2011 Thanksgiving parade, organizers said.\n\nThe same night, a fire broke out.",
     [["2011 Thanksgiving", "2011-11-24"], ["The same night", "XXXX-XX-XXTNI"]]),
    # in the same paragraph it still does
    ("Floats filled the 2011 Thanksgiving parade. The same night, a fire broke out.",
     [["2011 Thanksgiving", "2011-11-24"], ["The same night", "2011-11-24TNI"]]),
])
def test_an_anaphor_skips_a_dated_holiday_of_an_earlier_paragraph(text: str, expected: list[list[str]]) -> None:
    assert date_mentions(text, "2014-05-18")[["text", "timex"]].values.tolist() == expected


@pytest.mark.parametrize("text, published, expected", [
    # the US primaries' "Super Tuesday": the day of the election year told in (before or after it)
    ("Both camps are saving cash for Super Tuesday.", "2020-02-12", [["Super Tuesday", "2020-03-03"]]),
    ("She took five states on Super Tuesday.", "2016-11-18", [["Super Tuesday", "2016-03-01"]]),
    # the year before an election the cycle under way: the coming one
    ("Her team is betting on Super Tuesday.", "2019-11-20", [["Super Tuesday", "2020-03-03"]]),
    # after the table, the first Tuesday of March (the convention since 2012)
    ("Donors are waiting for Super Tuesday.", "2028-01-10", [["Super Tuesday", "2028-03-07"]]),
    # a midterm year (no presidential primaries within a year): the weekday reading, as any Tuesday
    ("Two states voted on Super Tuesday.", "2022-02-20", [["Super Tuesday", "2022-02-15"]]),
    # a year of its own: that cycle's day (1984 and 1992 off the first-Tuesday rule)
    ("The state first joined the 1984 Super Tuesday.", "2016-05-18", [["1984 Super Tuesday", "1984-03-13"]]),
    ("Turnout on Super Tuesday 2008 set records.", "2016-05-18", [["Super Tuesday 2008", "2008-02-05"]]),
    # a later round named after it is no Super Tuesday: only its weekday
    ("Pundits called the next round a mini Super Tuesday.", "2016-04-20", [["Tuesday", "2016-04-19"]]),
    ("Ahead of Super Tuesday II, the senator toured Ohio.", "2016-03-12", [["Tuesday", "2016-03-08"]]),
    ("The governor skipped the second Super Tuesday.", "2016-03-12", [["Tuesday", "2016-03-08"]]),
])
def test_super_tuesday_is_a_day_of_election_years(text: str, published: str, expected: list[list[str]]) -> None:
    assert date_mentions(text, published)[["text", "timex"]].values.tolist() == expected
