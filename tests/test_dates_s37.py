"""Round 37 of the dates layer: both ends of a day range in one month ('from March 4 to 19'), a month-day of an
undated page that takes its year from a full date later on its line (a caption), 'the past hours' a duration, a
weekday written after a date of that weekday part of the date ('9 March 2022, Wednesday'), 'Febuary' read as February,
'earlier in the day' left out of the listed rows when no day was told, 'the evening of' a told day of the month: a DATE.
Fixtures are new sentences."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions
from analysis.events.timex.mentions import date_records
from analysis.events.timex.reader import MentionReader


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


def test_an_undated_caption_takes_the_year_of_the_full_date_later_on_its_line() -> None:
    text = ("Rescuers clear a flooded lane after the storm of March 9, Bremen, Germany, March 10, 2021.\n\n"
            "The river rose again on June 2.")
    assert dates(text, None) == [["March 9", "2021-03-09"], ["March 10, 2021", "2021-03-10"], ["June 2", "2021-06-02"]]
    # on another line, no year: a month-day of an undated page stays open
    assert dates("Rescuers cleared the lane on March 9.\n\nPhoto: March 10, 2021.", None)[0] == ["March 9", "XXXX-03-09"]


@pytest.mark.parametrize("text", ["Sirens sounded in the valley during the past hours.", "Sirens sounded in recent hours."])
def test_the_past_hours_are_a_duration_like_the_past_days(text: str) -> None:
    df = date_mentions(text, "2022-09-14")
    assert df[["timex", "type"]].values.tolist() == [["PTXH", "DURATION"]]


@pytest.mark.parametrize("text, expected", [
    ("| 9 March 2022, Wednesday | Floods cut the road.", [["9 March 2022, Wednesday", "2022-03-09"]]),
    ("The ferry sank on March 11 (Friday) near the pier.", [["March 11 (Friday)", "2022-03-11"]]),
    ("The ferry sank on 11 March, Saturday, near the pier.", [["11 March", "2022-03-11"], ["Saturday", "2022-09-10"]]),
])
def test_a_weekday_after_a_date_of_that_weekday_is_one_date(text: str, expected: list[list[str]]) -> None:
    assert dates(text) == expected


def test_weekday_rows_read_alone_agree_with_the_whole_reading_after_a_date() -> None:
    reader = MentionReader("The dam broke on 7 March, Monday, and again on Friday.")
    assert sorted(reader.weekday_rows("2022-03-14")) == [r for r in reader.rows("2022-03-14") if r[3].startswith("weekday")]


def test_the_common_misspellings_of_february_are_read_as_february() -> None:
    assert dates("The levee gave way on Febuary 3, 2021, and again on 9 Feburary 2021.") == [
        ["Febuary 3, 2021", "2021-02-03"], ["9 Feburary 2021", "2021-02-09"]]


def test_later_in_the_day_with_no_day_told_is_left_to_date_records() -> None:
    text = "Gunmen, the paper said, earlier in the day raided two farms."
    assert dates(text) == []
    assert [r["rule"] for r in date_records(text, "2022-09-14")] == ["anaphoric_day_of_publication"]


@pytest.mark.parametrize("text, published, expected", [
    ("Floods hit the town on July 18. Rain fell again on the evening of the 23rd, a farmer said.", None,
     [["July 18", "XXXX-07-18"], ["the 23rd", "XXXX-07-23"]]),
    ("Floods hit the town on July 18. Rain fell again on the 20th.", "2022-09-14",
     [["July 18", "2022-07-18"], ["the 20th", "2022-07-20"]]),
    ("Floods hit the town on July 18. The fair will open on the 20th.", "2022-09-14",  # to come: after publication
     [["July 18", "2022-07-18"], ["the 20th", "2022-09-20"]]),
])
def test_the_20th_is_that_day_of_the_month_just_told(text: str, published: str | None, expected: list[list[str]]) -> None:
    assert dates(text, published) == expected
