"""Session s34 review: which lines are photo captions whose full date gives no year to the story's month-days, how
far back the story's own full date is found, and 'the late hours of' a day read as 'late' that day (our own
sentences)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from analysis.events.timex import date_mentions
from analysis.events.timex import values as V
from analysis.events.timex.focus import Focus, _Mention, photo_caption


def _values(text: str, published: str | None = None) -> dict[str, str]:
    rows = date_mentions(text, published)
    return dict(zip(rows["text"], rows["timex"]))


@pytest.mark.parametrize("first", [
    "Gunboats shelled the lighthouse on Feb. 11, 2021, according to the Northern Coast Watch (NCW)",
    "Feb. 11, 2021 (Tidewire)",
    "Posted Feb. 11, 2021 (TW)",
    "Updated Feb. 11, 2021 10:00 AM (UTC)",
    "Thursday, Feb. 11, 2021 (Tidewire)",
])
def test_a_story_line_or_stamp_with_a_bracket_still_gives_the_year(first: str) -> None:
    text = first + "\n\nOn Feb. 13 the keepers left the island."
    assert _values(text)["Feb. 13"] == "2021-02-13"


@pytest.mark.parametrize("line, caption", [
    ("Gulls over the pier on Feb. 11, 2021. (Tidewire)", True),
    ("File photo: gulls over the pier on Feb. 11, 2021 (Tidewire)", True),
    ("Gulls circled the pier on Feb. 11, 2021 (Tidewire)", False),
    ("The pier closed on Feb. 11, 2021. By Oren Vale/TW", False),
    ("The talks opened on Feb. 11, 2021. North/South Ferry Talks Resume", False),
    ("Published Feb. 11, 2021. Oren Vale/Tidewire", False),
    ("Gulls over the pier on Feb. 11, 2021. Oren Vale/Tidewire Images", True),
])
def test_which_lines_are_captions(line: str, caption: bool) -> None:
    assert photo_caption(line) is caption


@pytest.mark.parametrize("tail", ["By Oren Vale/TW", "North/South Ferry Talks Resume"])
def test_a_byline_or_heading_after_the_story_date_keeps_its_year(tail: str) -> None:
    text = f"The ferry talks opened on Feb. 11, 2021. {tail}\n\nThey ended on Feb. 14."
    assert _values(text)["Feb. 14"] == "2021-02-14"


def test_many_dated_captions_after_the_story_date_do_not_hide_it() -> None:
    captions = "\n\n".join(f"Gulls over the pier on Feb. {d}, 2016. Oren Vale/Tidewire" for d in range(1, 8))
    text = f"The lighthouse went dark on March 2, 2021.\n\n{captions}\n\nIt was relit on March 9."
    got = _values(text)
    assert got["March 9"] == "2021-03-09" and got["Feb. 7, 2016"] == "2016-02-07"


def test_the_story_date_lookup_does_not_rescan_a_long_line() -> None:
    text = "The pier shut on March 2, 2021. " + "It was checked again. " * 200_000  # one line of about 4.4 MB
    focus = Focus(text, [])
    focus.full_trail.append(_Mention(V.day(date(2021, 3, 2)), 17, 30))
    start = time.process_time()
    found = [focus.story_full_date(len(text) - 1 - k) for k in range(40_000)]
    assert all(m is focus.full_trail[0] for m in found) and time.process_time() - start < 0.5


@pytest.mark.parametrize("told", ["the late hours of Sunday", "late Sunday", "the late  hours  of Sunday"])
def test_the_late_hours_of_a_day_read_as_late_that_day(told: str) -> None:
    rows = date_mentions(f"Fires burned in {told}, the brigade said.", "2022-05-09")
    assert rows[["text", "type", "timex", "mod"]].values.tolist() == [[told, "DATE", "2022-05-08", "END"]]


def test_a_named_part_of_the_late_hours_stays_a_time() -> None:
    rows = date_mentions("Fires burned in the late evening hours of Sunday, the brigade said.", "2022-05-09")
    assert rows[["type", "timex"]].values.tolist() == [["TIME", "2022-05-08TEV"]]
