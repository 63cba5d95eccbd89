"""Session s28 date rules: a month named as the time of a contest still to be decided ("can win in November"),
"come <month/day>", and a month's possessive before a scheduled vote ("November's election")."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


@pytest.mark.parametrize("text", [
    "Her backers insist that only she can win in November.",
    "Whichever party wins in November, the port deal stands.",
    "The ban can be lifted if a reformer is elected mayor in November.",
    "The governor is up for re-election in November and faces a rival.",
    "Pollsters doubt his chances of winning in November.",
    'The crowd roared: "Let us defeat them in November!"',
])
def test_a_contest_still_to_decide_in_a_month_is_the_coming_month(text: str) -> None:
    # told in January: the November ahead, not the one two months back
    assert date_mentions(text, "2022-01-20")["timex"].tolist() == ["2022-11"]


@pytest.mark.parametrize("text", [
    "The mayor failed to win in November.",
    "The mayor was elected in November.",
    "The mayor won in November.",
])
def test_a_contest_told_in_the_past_stays_in_the_past(text: str) -> None:
    # told in June: the November just gone
    assert date_mentions(text, "2022-06-10")["timex"].tolist() == ["2021-11"]


@pytest.mark.parametrize("text, expected", [
    ("Voters face a close race come November.", "2022-11"),
    ("Come Monday, the ferry runs again.", "2022-01-24"),
])
def test_come_before_a_month_or_day_is_the_coming_one(text: str, expected: str) -> None:
    # told on a Friday in January
    assert date_mentions(text, "2022-01-21")["timex"].tolist() == [expected]


def test_a_months_possessive_before_a_vote_is_the_coming_month() -> None:
    # "November's election" reads as "the November election": the coming November when no past verb comes first
    df = date_mentions("Both parties are pouring money into November's general election.", "2022-06-10")
    assert df["timex"].tolist() == ["2022-11"]


@pytest.mark.parametrize("text, expected", [
    # a phrase looking ahead to a vote or meeting named by its day, in a clause with no past verb: the coming day
    # (told on a Friday: the Monday three days on, not the one four days back)
    ("The rivals are crisscrossing the county ahead of the party's caucuses on Monday.", "2022-01-24"),
    ("The mayor's shaky speech, just days before Monday's council vote, has emboldened her critics.", "2022-01-24"),
    ("Here is the latest news in the lead-up to Monday's council meeting.", "2022-01-24"),
    # a past clause: the nearer of the two Mondays (here still the coming one, three days on against four back)
    ("The candidates traded barbs before the ballot on Monday.", "2022-01-24"),
])
def test_a_day_after_a_phrase_looking_ahead_to_a_vote_is_the_coming_one(text: str, expected: str) -> None:
    assert date_mentions(text, "2022-01-21")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    # told on a Wednesday: polls done before Tuesday's vote are of the Tuesday just gone
    ("The few polls that were taken before Tuesday's primary showed a tie.", "2022-01-18"),
    # "before" meaning "in front of", with no vote or meeting named: unchanged (the day just gone)
    ("Appearing before cheering supporters Tuesday, the senator thanked them.", "2022-01-18"),
])
def test_a_day_looked_ahead_to_from_a_past_clause_or_with_no_vote_stays_past(text: str, expected: str) -> None:
    assert date_mentions(text, "2022-01-19")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text", [
    "The province holds its regional election on Monday.",
    "The town, which hosts the party's debate Monday, is decked with flags.",
])
def test_a_present_holds_before_a_vote_on_a_day_is_the_coming_day(text: str) -> None:
    # told on a Friday: the Monday three days on
    assert date_mentions(text, "2022-01-21")["timex"].tolist() == ["2022-01-24"]


def test_a_vote_held_in_the_past_keeps_its_day() -> None:
    # "held" is the past: told on a Wednesday, the Monday just gone
    assert date_mentions("The province held its regional election on Monday.", "2022-01-19")["timex"].tolist() == ["2022-01-17"]
