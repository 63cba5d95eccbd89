"""Session s32 date rules: the page's furniture (a copyright notice, a stamp counted back from the reader's day) dates
nothing the report tells; a copyright year is listed as a DATE since stop 55 (our own sentences)."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("furniture", [
    "Copyright \u00a9 2019 Harbour Gazette. All rights reserved.",
    "\u00a92020 Valley Courier",
    "(c) 2018 Lakeside Media Group",
    "Copyright 2015-2021 The Orchard Post",
])
def test_a_copyright_year_is_listed_after_the_report_s_dates(furniture: str) -> None:
    # stop 55: the development layers tag a copyright year as a DATE (5 of 5), so ``date_mentions`` lists it
    text = "The ferry resumed service on March 3, 2017. Its copyright lapsed in 1998, the operator said.\n" + furniture
    rows = date_mentions(text, "2017-03-05")
    assert rows["text"].tolist()[:2] == ["March 3, 2017", "1998"] and len(rows) in (3, 4)  # "2015-2021": two years


@pytest.mark.parametrize("stamp", ["Updated 2 years ago", "Published: 3 days ago", "Posted on 5 months ago"])
def test_a_page_stamp_counted_back_from_the_reader_is_not_a_date(stamp: str) -> None:
    text = stamp + "\nThe mill closed two weeks ago, workers said."
    rows = date_mentions(text, "2017-03-05")
    assert rows["text"].tolist() == ["two weeks ago"]


@pytest.mark.parametrize("text, part", [
    ("Shells landed on the depot in the early hours of Sunday, a guard said.", "the early hours of Sunday"),
    ("The ferry sank in the small hours of 4 May, the coastguard said.", "the small hours of 4 May"),
    ("Raiders crossed the river at dawn Thursday, villagers said.", "dawn Thursday"),
    ("The patrol returned at dusk Monday, its captain said.", "dusk Monday"),
    ("Gales battered the pier overnight Friday, wardens said.", "overnight Friday"),
    ("Sirens sounded in the pre-dawn hours of Wednesday, residents said.", "the pre-dawn hours of Wednesday"),
    ("Trawlers left the port before sunrise Tuesday, the harbour said.", "sunrise Tuesday"),
    ("The dam gave way in the early morning hours of 2 May, engineers said.", "the early morning hours of 2 May"),
])
def test_a_day_with_its_part_of_day_is_one_time_not_a_date(text: str, part: str) -> None:
    rows = date_mentions(text, "2022-05-06")
    assert list(zip(rows["text"], rows["type"])) == [(part, "TIME")]


@pytest.mark.parametrize("text, span", [
    ("Bids close at 4 p.m. EST, March 9, the agency said.", "4 p.m. EST, March 9"),
    ("The bridge reopened at 7 a.m. local time, Saturday, engineers said.", "7 a.m. local time, Saturday"),
])
def test_a_clock_with_its_zone_and_a_comma_before_the_day_is_one_time(text: str, span: str) -> None:
    rows = date_mentions(text, "2022-03-06")
    assert list(zip(rows["text"], rows["type"])) == [(span, "TIME")]


def test_a_clock_with_a_comma_right_after_it_stays_apart_from_the_day() -> None:
    rows = date_mentions("Filed 18:40, Saturday. The bridge reopened at 7 a.m. local time, Saturday.", "2022-03-06")
    assert list(zip(rows["text"], rows["type"])) == [("18:40", "TIME"), ("Saturday", "DATE"),
                                                     ("7 a.m. local time, Saturday", "TIME")]


def test_today_in_a_quotation_going_on_from_the_paragraph_before_is_the_day_it_was_said() -> None:
    # the page names its own day first (a date line), so the story's first day is not the day of the quotation
    text = ('Posted March 8, 2022\n\nThe harbour master said Monday that he had closed "every berth on the east quay".\n\n'
            '"The closure answers today\'s collision and a run of near misses," he added.')
    rows = date_mentions(text, "2022-03-08")  # a Tuesday story
    assert rows["timex"].tolist() == ["2022-03-08", "2022-03-07", "2022-03-07"]
    # after a paragraph that does not end with a quotation, 'today' keeps the publication day
    text = ('Posted March 8, 2022\n\nThe harbour master said Monday that he had closed the east quay.\n\n'
            '"The closure answers today\'s collision," a pilot said.')
    rows = date_mentions(text, "2022-03-08")
    assert rows["timex"].tolist() == ["2022-03-08", "2022-03-07", "2022-03-08"]


def test_a_sentence_opening_now_with_a_comma_is_a_discourse_marker_not_the_present() -> None:
    text = "The lake froze early. Now, the ferry has stopped. The ferry now waits, and until now, nobody minded."
    rows = date_mentions(text, "2022-03-08")
    assert list(zip(rows["text"], rows["timex"])) == [("now", "PRESENT_REF"), ("now", "PRESENT_REF")]
