"""Session s26 date rules: a future told from a past moment, 'later' with nothing to count from, names with a century."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions
from analysis.events.timex.tense import sentence_start


@pytest.mark.parametrize("text, published, expected", [
    # the cue of a future, told in the past: the nearer reading, which may be just before publication
    ("Candidates were due to submit their forms by March 15.", "2021-04-09", "2021-03-15"),
    ("The hearing was expected to take place on Feb. 20.", "2021-03-02", "2021-02-20"),
    # a weekday too: told on a Friday, the Thursday just past, not the one six days ahead
    ("Marchers were planning to gather again on Thursday.", "2021-04-09", "2021-04-08"),
    ("Marchers were planning to gather again on Monday.", "2021-04-09", "2021-04-12"),  # the nearer one, ahead
    ("The plant was originally scheduled to reopen on May 3.", "2021-05-20", "2021-05-03"),
    # ... and still the coming one when that is nearer
    ("The ceremony was scheduled for May 3.", "2021-04-20", "2021-05-03"),
])
def test_a_future_seen_from_the_past_takes_the_nearer_date(text: str, published: str, expected: str) -> None:
    assert date_mentions(text, published)["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Candidates are due to submit their forms by March 15.", "2022-03-15"),  # present: the coming one
    ("Candidates will submit their forms by March 15.", "2022-03-15"),
    ("Marchers are planning to gather again on Thursday.", "2021-04-15"),
])
def test_a_present_or_future_cue_keeps_the_coming_date(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-04-09")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Four years later, the same mayor was voted out.", ("DURATION", "P4Y", "")),
    ("A few years later the plant closed.", ("DURATION", "PXY", "")),
    ("Two weeks later, the ban was lifted.", ("DURATION", "P2W", "")),
])
def test_later_with_no_date_before_it_is_not_counted_from_publication(text: str, expected: tuple) -> None:
    row = date_mentions(text, "2021-06-10").iloc[0]
    assert (row["type"], row["timex"], row["value"]) == expected


def test_later_still_counts_from_a_date_told_before_it() -> None:
    df = date_mentions("The mayor was elected in 2009. Four years later he was voted out.", "2021-06-10")
    assert df[["timex", "type"]].values.tolist() == [["2009", "DATE"], ["2013", "DATE"]]


@pytest.mark.parametrize("text", ["Output fell from a year earlier.", "A few years earlier the mill had shut."])
def test_earlier_with_no_date_before_it_on_an_undated_page_stays_a_date(text: str) -> None:
    row = date_mentions(text, None).iloc[0]
    assert (row["type"], row["timex"]) == ("DATE", "XXXX")


def test_earlier_with_no_date_before_it_still_counts_back_from_publication() -> None:
    assert date_mentions("Profit rose to $5 million from $4 million a year earlier.", "2021-06-10")["timex"].tolist() == ["2020"]


@pytest.mark.parametrize("published", ["2021-06-10", None])
def test_the_same_day_after_a_later_of_unknown_date_is_unknown(published: str | None) -> None:
    df = date_mentions("A week later, the envoy met the rebels. On the same day, the talks stalled.", published)
    assert df[["text", "timex", "type"]].values.tolist()[1] == ["the same day", "XXXX-XX-XX", "DATE"]  # was 'P1W' undated


@pytest.mark.parametrize("text, expected", [
    ("Shares of 21st Century Fox fell.", []),
    ("The 21st Century Cures Act passed.", []),
    ("A 20th-Century Fox picture opened.", []),
    ("Cities of the 21st Century face floods.", ["20"]),  # the time, capitalised
    ("He was a 20th-century activist.", ["19"]),
])
def test_a_century_opening_a_name_is_no_time(text: str, expected: list[str]) -> None:
    assert date_mentions(text, "2021-06-10")["timex"].tolist() == expected


# published on a Sunday: the past Friday is 2021-06-04, the coming one 2021-06-11
@pytest.mark.parametrize("text, expected", [
    # a contrasted clause has its own tense
    ("The senator was scheduled to speak at the dinner, but on Friday her office cancelled.", "2021-06-04"),
    # a past verb right before the day, after the clause's future cue
    ("Her rival in the upcoming race, called Friday for a recount.", "2021-06-04"),
    ("Talks on the upcoming budget stalled Friday in the council.", "2021-06-04"),
    ('"Prices will fall," the minister tweeted Friday.', "2021-06-04"),
    # a violent act named before "on <day>" has happened
    ("Voters will remember the shooting at the mall on Friday.", "2021-06-04"),
    ("Families will honour the dead of the attack on the depot on Friday.", "2021-06-04"),
])
def test_a_day_in_a_past_part_of_a_future_sentence_is_the_past_one(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-06-06")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The senator was scheduled to speak, but on Friday she will be abroad.", "2021-06-11"),
    ("The results will be announced Friday.", "2021-06-11"),
    ("Dealers expect buyers as soon as trading opened Friday.", "2021-06-11"),  # a clause the cue opens
    ("Voters will go to the polls on Friday.", "2021-06-11"),
])
def test_a_day_in_a_future_clause_stays_the_coming_one(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-06-06")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The dispute could have large effects in November.", "2021-11"),  # 'have' a main verb: leaning forward
    ("Few think he can win in November.", "2021-11"),
    ("Can the party hold the seat in November?", "2021-11"),
    ("Any harm the leak may have in November is unclear.", "2021-11"),
    ("The team could have won in November.", "2020-11"),  # a past modal: the past one
    ("The plan may have been dropped in November.", "2020-11"),
])
def test_a_month_after_a_modal_leans_forward_unless_the_modal_is_past(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-03-01")["timex"].tolist() == [expected]


@pytest.mark.parametrize("text, expected", [
    ("In June, Mrs. Ortiz, the party's candidate, proposed a new tax.", "2020-06"),  # 'Mrs.' ends no sentence
    ("On Monday, Sen. Ortiz will hold two events in Ohio.", "2021-05-10"),
    ("The party will send Gov. Ortiz to a fair on Monday.", "2021-05-10"),
    ("He lives on Elm St. On Monday he will run for mayor.", "2021-05-10"),  # 'St.' may end a sentence
])
def test_a_title_before_a_name_does_not_end_the_sentence(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-05-06")["timex"].tolist() == [expected]


def test_sentence_start_without_an_index_skips_a_title() -> None:
    text = "It rained. Then Dr. Ortiz came on Monday."
    assert sentence_start(text, text.index("Monday")) == text.index("Then")


def test_an_anaphoric_day_after_a_month_day_without_year_keeps_that_day() -> None:
    df = date_mentions("Rockets hit the base on March 23. Jets struck back later that day.", None)
    assert df["timex"].tolist() == ["XXXX-03-23", "XXXX-03-23"]


@pytest.mark.parametrize("text, expected", [
    ("Drones hit the depot on March 23. The next day, rockets followed.", ["XXXX-03-23", "XXXX-03-24"]),
    ("Drones hit the depot on March 1. The day before, rockets fell.", ["XXXX-03-01", "XXXX-02-28"]),
    ("Drones hit the depot on Dec. 31. The following day, rockets fell.", ["XXXX-12-31", "XXXX-01-01"]),
])
def test_the_next_day_after_a_month_day_without_year_steps_it(text: str, expected: list[str]) -> None:
    assert date_mentions(text, None)["timex"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    ("Voters worry about the future of their towns.", []),  # the towns' fate, no time
    ("The talks will decide the future of the mission.", []),
    ("Nobody knows what the future holds.", ["FUTURE_REF"]),
    ("Prices may rise in the future.", ["FUTURE_REF"]),
    ("Talks will resume in the near future.", ["FUTURE_REF"]),
])
def test_the_future_of_something_is_its_fate_not_a_time(text: str, expected: list[str]) -> None:
    assert date_mentions(text, "2021-06-10")["timex"].tolist() == expected


@pytest.mark.parametrize("published, expected", [("2023-11-09", "2023-11-08TNI"), (None, "XXXX-WXX-3TNI")])
def test_a_weekday_overnight_is_a_time_of_that_night(published: str | None, expected: str) -> None:
    df = date_mentions("On Wednesday overnight two drones hit the field.", published)
    assert df[["text", "timex", "type"]].values.tolist() == [["Wednesday overnight", expected, "TIME"]]


@pytest.mark.parametrize("text, expected", [
    ("Tourists flocked to Easter Island.", []),
    ("A gift went to Easter Seals and to Christmas Island.", []),
    ("Shops shut at Easter and reopened after Easter Monday.", ["2021-04-04", "2021-04-05"]),
])
def test_a_one_word_holiday_opening_a_name_is_no_time(text: str, expected: list[str]) -> None:
    assert date_mentions(text, "2021-06-10")["timex"].tolist() == expected


def test_a_day_that_nears_is_the_coming_one() -> None:
    assert date_mentions("As Labor Day nears, shops are busy.", "2021-06-10")["timex"].tolist() == ["2021-09-06"]
    assert date_mentions("As Dec. 1 approaches, talks go on.", "2021-06-10")["timex"].tolist() == ["2021-12-01"]


@pytest.mark.parametrize("text, expected", [
    ("By the end of the year, the mayor had doubled his lead.", "2015"),  # an end already past: the year before
    ("Prices rose at the end of the month.", "2016-05"),
    ("By the end of the year, the mayor will double his lead.", "2016"),
    ("The law expires at the end of the month.", "2016-06"),
])
def test_the_end_of_the_unit_in_a_past_clause_is_one_already_past(text: str, expected: str) -> None:
    df = date_mentions(text, "2016-06-05")
    assert df[["timex", "mod"]].values.tolist() == [[expected, "END"]]


@pytest.mark.parametrize("text, expected", [
    ("He hosted Saturday Night Live twice.", []),
    ("She joined the Sunday Morning Futures panel.", []),
    ("We watched the game on Monday night.", ["2021-06-07TNI"]),
])
def test_a_weekday_opening_a_show_title_is_no_time(text: str, expected: list[str]) -> None:
    assert date_mentions(text, "2021-06-10")["timex"].tolist() == expected


# published on a Wednesday: the coming Friday is 2021-06-11, the coming Monday 2021-06-14
@pytest.mark.parametrize("text, expected", [
    # a violent act as a verb or in a plan is ahead; only a named act ('the raid at the port on') has happened
    ("Gunmen will storm the village on Friday, a chief warned.", "2021-06-11"),
    ("Rebels will attack the town on Friday.", "2021-06-11"),
    ("The militia plans to raid the depot on Monday.", "2021-06-14"),
    ("The bombing trial opens on Monday.", "2021-06-14"),
    ("A hearing on the shooting will be held on Monday.", "2021-06-14"),
    ("Crowds will mourn the victims of the raid at the port on Friday.", "2021-06-04"),
    # a participle after a link verb or 'as' is no past verb
    ("Shops will remain closed on Monday.", "2021-06-14"),
    ("Banks will stay closed Monday for the feast.", "2021-06-14"),
    ("The board will vote on the plan as revised Monday.", "2021-06-14"),
    # ', but' without a tense of its own keeps the clause before it
    ("The vote will not take place Friday, but Monday.", "2021-06-14"),
    ("The envoys will talk, but not until Monday.", "2021-06-14"),
    ("She will miss the dinner, but on Friday she meets the pope.", "2021-06-11"),
])
def test_a_future_clause_keeps_the_coming_day(text: str, expected: str) -> None:
    assert date_mentions(text, "2021-06-09")["timex"].tolist()[-1] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("On Christmas Pope Leo called for a truce.", "2021-12-28", ["2021-12-25"]),
    ("On Thanksgiving Biden phoned the troops.", "2021-12-01", ["2021-11-25"]),
    ("At Easter Iraqi Christians filled the churches.", "2021-04-10", ["2021-04-04"]),
    ("The Christmas Tree Shops chain closed.", "2021-12-28", []),
])
def test_a_holiday_before_a_capitalised_word_is_still_a_holiday(text: str, published: str, expected: list[str]) -> None:
    assert date_mentions(text, published)["timex"].tolist() == expected


@pytest.mark.parametrize("text", ["The side can't have known in November.", "The side can\u2019t have known in November."])
def test_a_past_modal_with_a_contraction_is_past(text: str) -> None:
    assert date_mentions(text, "2021-03-01")["timex"].tolist() == ["2020-11"]


def test_since_before_a_determiner_and_a_day_is_the_past_one_even_in_a_future_clause() -> None:
    text = "She will lead the rally after weeks of gains since their Oct. 13 debate."
    assert date_mentions(text, "2015-11-13")["timex"].tolist() == ["2015-10-13"]
