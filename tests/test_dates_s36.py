"""Round 36 of the dates layer: reference words kept or left out by the counts of all the development data
(the table above the ``vague_word`` pattern in analysis/events/timex/patterns.py). Fixtures are new sentences."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions
from analysis.events.timex.mentions import date_records


def dates(text: str, published: str | None = "2022-09-14") -> list[list[str]]:
    """The DATE rows of a text as [text, timex]."""
    df = date_mentions(text, published)
    return df[df["type"] == "DATE"][["text", "timex"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    ("The drizzle soon became a downpour over the harbour.", []),  # soon after a past event
    ("The coroner told us it was too soon to rule.", []),
    ("The ferry will soon resume its crossings.", [["soon", "FUTURE_REF"]]),
    ("Engineers expect the bridge to reopen soon.", [["soon", "FUTURE_REF"]]),
    ("Engineers said they expected the bridge to reopen soon.", [["soon", "FUTURE_REF"]]),  # a future told in the past
    ("Engineers say it is too soon to tell.", []),  # a judgement, not a time
])
def test_soon_told_of_a_past_time_is_no_future_ref(text: str, expected: list[list[str]]) -> None:
    assert dates(text) == expected


def test_recent_days_is_a_duration_as_recent_weeks() -> None:
    df = date_mentions("Storms have battered the coast in recent days and recent weeks.", "2022-09-14")
    assert df[["text", "timex", "type"]].values.tolist() == [["recent days", "PXD", "DURATION"],
                                                            ["recent weeks", "PXW", "DURATION"]]
    assert dates("Orchards have shrunk in recent years.") == [["recent years", "PAST_REF"]]


def test_at_this_time_is_not_listed() -> None:
    assert dates("The council has nothing to add at this time.") == []


@pytest.mark.parametrize("text, expected", [
    ("The well ran dry on Monday. The mill shut on the same day as a fair opened.", [["Monday", "2022-09-12"]]),
    ("The well ran dry on Monday. The mill shut on the same day.", [["Monday", "2022-09-12"], ["the same day", "2022-09-12"]]),
])
def test_the_same_day_as_an_event_is_not_the_day_before(text: str, expected: list[list[str]]) -> None:
    assert dates(text) == expected


def test_that_day_with_no_day_told_is_left_to_date_records() -> None:
    text = "Sellers who panic lose twice on trades made that day."
    assert dates(text) == []
    assert [r["rule"] for r in date_records(text, "2022-09-14")] == ["anaphoric_day_without_antecedent"]


def test_a_quoted_tonight_is_the_speakers_day_and_keeps_the_quoted_today_on_it() -> None:
    # the page is stamped the day after the story's own day: the statement's 'tonight' and 'today' are that day's
    text = ("Two pumping stations flooded Thursday, the water board said in a statement.\n\n"
            "The chair said, \u201cI ordered crews to the valley tonight.\u201d\n\n"
            "\u201cOur thanks go to those who worked through today\u2019s flood,\u201d she said.")
    df = date_mentions(text, "2023-06-16")
    assert df[["text", "timex"]].values.tolist() == [["Thursday", "2023-06-15"], ["tonight", "2023-06-15TNI"],
                                                     ["today", "2023-06-15"]]
    # told by the reporter, not quoted: the publication day
    assert dates("Two pumping stations flooded Thursday. Crews return today.", "2023-06-16")[-1] == ["today", "2023-06-16"]
