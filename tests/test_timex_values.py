"""TimeML values of date_mentions: granularity, tense, anchoring, focus, invalid dates (short sentences written by us)."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


def tx(text: str, published: str | None = "2013-03-20") -> list[tuple[str, str, str]]:
    """(text, TimeML value, TIMEX3 type) of each expression; 2013-03-20 is a Wednesday."""
    return [tuple(r) for r in date_mentions(text, published)[["text", "timex", "type"]].values.tolist()]


def value(text: str, published: str | None = "2013-03-20") -> str:
    """The TimeML value of the one DATE expression of a sentence."""
    df = date_mentions(text, published)
    dates = df[df["type"] == "DATE"]
    assert len(dates) == 1, df[["text", "timex", "type"]].values.tolist()
    return str(dates["timex"].iloc[0])


@pytest.mark.parametrize("text, expected", [
    ("The plant opened on June 5, 1998.", "1998-06-05"),       # a day
    ("Sales fell in August 1998.", "1998-08"),                 # a month stays a month
    ("Prices rose last week.", "2013-W11"),                    # an ISO week
    ("Talks resume next week.", "2013-W13"),
    ("The weekend was calm.", "2013-W11-WE"),
    ("It snowed in the winter of 1998.", "1998-WI"),           # seasons
    ("Crops failed in the summer of 1998.", "1998-SU"),
    ("Prices soared in the 1990s.", "199"),                    # decade: three digits
    ("It was built in the 19th century.", "18"),               # century: two digits
    ("Profit rose in the third quarter of 2012.", "2012-Q3"),
    ("Growth slowed in the first half of 2012.", "2012-H1"),
    ("Unemployment is high now.", "PRESENT_REF"),
    ("Officials met recently.", "PAST_REF"),
    ("Rates will rise in the future.", "FUTURE_REF"),
    ("The firm was founded in 1987.", "1987"),                 # a year alone
])
def test_granularity_is_the_expression_own(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rockets hit the base on Tuesday.", "2013-03-19"),        # past tense: the latest Tuesday before publication
    ("Rockets hit the base on Wednesday.", "2013-03-20"),      # the publication day itself
    ("Talks will resume on Tuesday.", "2013-03-26"),           # future tense: the next Tuesday
    ("The trial begins Monday.", "2013-03-25"),                # a scheduled event in the present tense
    ("The Pentagon said on Friday it will respond.", "2013-03-15"),  # the saying is past
    ("He resigned last Friday.", "2013-03-15"),
    ("They meet next Friday.", "2013-03-29"),                  # said on a Wednesday: next week's Friday
    ("The deal closed in December.", "2012-12"),
    ("The fund will be launched in December.", "2013-12"),
    ("The fiscal year ended Jan. 31.", "2013-01-31"),          # a past verb right before: strictly past
])
def test_weekdays_and_months_follow_the_tense(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It happened a year ago.", "2012"),
    ("It happened three days ago.", "2013-03-17"),
    ("It happened two weeks ago.", "2013-W10"),
    ("It happened a month ago.", "2013-02"),
    ("Growth slowed this year.", "2013"),
    ("Growth slowed last month.", "2013-02"),
    ("Growth will pick up next month.", "2013-04"),
    ("The strike began early last month.", "2013-02"),
    ("It dates from the mid-1990s.", "199"),
    ("It dates from early 2021.", "2021"),
    ("The idea spread in the nineties.", "199"),
    ("He was born in nineteen ninety-six.", "1996"),
    ("They promised it by the year two thousand.", "2000"),
    ("Shops closed on Christmas Day.", "2012-12-25"),
    ("The budget for fiscal 2014 was cut.", "2014"),
    ("Output dipped in the fourth quarter.", "2012-Q4"),        # the latest finished fourth quarter
])
def test_relative_and_named_expressions(text: str, expected: str) -> None:
    assert value(text) == expected


def test_mods_mark_parts_of_periods() -> None:
    df = date_mentions("It began in early 2021 and ended in the mid-1990s plan by the end of the year.", "2013-03-20")
    assert df["mod"].tolist() == ["START", "MID", "END"]


@pytest.mark.parametrize("text", ["It was signed on 5 May 99999.", "The record shows 1 January 0001.",
                                  "Dated 31/12/0001 in the file.", "The form said 0001-01-01."])
def test_impossible_dates_are_flagged_never_re_read(text: str) -> None:
    df = date_mentions(text, "2013-03-20")
    assert (df["value"] == "").all() and set(df["precision"]) <= {"invalid"}
    assert "2013" not in "".join(df["timex"])


def test_no_publication_date_gives_placeholders() -> None:
    got = tx("On Tuesday and on June 28, last week, it rained; in 2011 it snowed.", None)
    assert got == [("Tuesday", "XXXX-WXX-2", "DATE"), ("June 28", "XXXX-06-28", "DATE"), ("last week", "XXXX-WXX", "DATE"),
                   ("2011", "2011", "DATE")]


def test_parts_of_day_and_clock_times_are_times_of_the_day() -> None:
    assert tx("Rockets hit on Tuesday night.") == [("Tuesday night", "2013-03-19TNI", "TIME")]
    assert tx("Updated: March 19, 2013, 5:04 PM") == [("March 19, 2013", "2013-03-19", "DATE"),
                                                      ("5:04 PM", "2013-03-19T17:04", "TIME")]
    df = date_mentions("Rockets hit on Tuesday night.", "2013-03-20")
    assert df["value"].tolist() == ["2013-03-19"]  # the readable value keeps the day


def test_offsets_point_to_a_date_and_are_timeml_durations() -> None:
    df = date_mentions("Troops crossed on March 3. Two weeks later they withdrew.", "2013-03-20")
    assert df[["text", "value", "timex", "type"]].values.tolist()[1] == ["Two weeks later", "2013-03-17", "P2W", "DURATION"]
    assert tx("Sales in August rose 3% from a year earlier.", "2013-09-10")[1][1] == "2012-08"


def test_temporal_focus_reads_anaphora_against_the_date_in_the_text() -> None:
    got = tx("Rockets hit the base on March 3. The next day a drone fell. That week was calm. In 2011 it was not; "
             "that year was worse.")
    assert got[1] == ("The next day", "2013-03-04", "DATE")
    assert got[-1] == ("that year", "2011", "DATE")


def test_business_reports_read_year_back_expressions_as_the_reported_quarter() -> None:
    got = tx("Third-quarter profit fell to $5 million from $8 million a year earlier. In the year-ago quarter, "
             "sales were flat.", "1989-10-26")
    assert got == [("Third-quarter", "1989-Q3", "DATE"), ("a year earlier", "1988-Q3", "DATE"),
                   ("the year-ago quarter", "1988-Q3", "DATE")]


def test_names_and_counts_are_not_dates() -> None:
    assert tx("He reads Baghdad Today and USA Today.") == []
    assert tx("Some 2000 troops and two thousand civilians left.") == []
    assert tx("May he rest in peace; the May Day parade.") == []


@pytest.mark.parametrize("text, expected", [
    ("The group could arrive as early as Tuesday.", "2013-03-26"),        # 'as early as': a future limit
    ("He may be freed as soon as Monday.", "2013-03-25"),
    ("The team planned to leave Nairobi on Thursday.", "2013-03-21"),     # a plan made in the past, for the future
    ("Protesters were planning to march on Saturday.", "2013-03-23"),
    ("The closing, which is expected in December, needs approval.", "2013-12"),  # 'expected in'
    ("It will send aid to Kenya, where the bombs exploded on Tuesday.", "2013-03-19"),  # a relative clause: own tense
    ("She will visit the towns, which the floods hit in January.", "2013-01"),
    ("On Tuesday, the league plans to hold a news conference.", "2013-03-26"),  # a fronted date, future cue after it
    ("On Tuesday, the league said it will hold a news conference.", "2013-03-19"),  # ... unless a past verb comes first
    ("On Friday, the government planned to pay the first claims.", "2013-03-15"),  # 'planned' after it stays past
])
def test_tense_cues_of_clauses_and_relative_clauses(text: str, expected: str) -> None:
    assert value(text) == expected


def test_a_present_perfect_does_not_stop_through_from_reading_forward() -> None:
    assert value("Lenders have extended loans through January.", "2013-10-30") == "2014-01"
    assert value("Lenders extended loans through January.", "2013-10-30") == "2013-01"


def test_the_following_month_steps_from_a_month_named_further_back() -> None:
    filler = "The board met often and discussed many plans for the future of the company. " * 6
    got = tx("In March, the company received an offer. " + filler + "The following month, it put itself up for sale.",
             "1989-10-27")
    assert got[0] == ("March", "1989-03", "DATE") and got[-1] == ("The following month", "1989-04", "DATE")


def test_the_week_of_a_date_is_that_iso_week() -> None:
    assert tx("A hearing is set for the week of March 6.", "2000-02-24") == [("the week of March 6", "2000-W10", "DATE")]
    assert tx("It was held the week of 6 March 2000.") == [("the week of 6 March 2000", "2000-W10", "DATE")]


@pytest.mark.parametrize("text, published, expected", [
    # a day whose possessive names an act that is over: past, even in a clause that looks ahead
    ("The minister said Washington will answer Sunday's rocket attack.", "2024-01-30", "2024-01-28"),
    ("Lawyers would try to overturn Wednesday's ruling on appeal.", "2000-01-07", "2000-01-05"),
    # an awaited ruling, or an election, keeps looking ahead
    ("Both sides are bracing ahead of Friday's ruling.", "2024-01-30", "2024-02-02"),
    ("She expects to do well in Tuesday's primary.", "2016-02-06", "2016-02-09"),
])
def test_a_day_named_by_a_finished_act_is_in_the_past(text: str, published: str, expected: str) -> None:
    assert value(text, published) == expected


def test_pre_and_post_years_carry_a_before_or_after_mod() -> None:
    got = date_mentions("The post-1991 order differed from pre-2003 politics.", "2013-03-20")
    assert got[["text", "timex", "mod"]].values.tolist() == [["post-1991", "1991", "AFTER"], ["pre-2003", "2003", "BEFORE"]]


def test_model_years_of_vehicles_and_generic_today_are_not_dates() -> None:
    assert tx("Police found his 1998 Toyota pickup near the border.") == []
    assert tx("Rumours spread fast in today's world, an analyst said.") == []
    assert tx("The 1998 floods destroyed the road.") == [("1998", "1998", "DATE")]      # a year before a plain noun stays
    assert tx("In 1998 Toyota opened a plant.") == [("1998", "1998", "DATE")]           # a year, then the firm as subject
    assert tx("Today's talks ended without a deal.") == [("Today", "2013-03-20", "DATE")]  # today's event: the day


@pytest.mark.parametrize("text, published, expected", [
    # a story about the day before publication: a quoted 'today' is the day the words were said
    ("The minister spoke on Tuesday.\n\n\u201cWe struck the depot today,\u201d she told reporters.", "2013-03-20", "2013-03-19"),
    ('Rockets landed near the camp on Monday. "There was an attack today," an officer said.', "2013-03-20", "2013-03-18"),
    # the story names the publication day, or the first day it names is publication day: today stays that day
    ("The minister spoke on Wednesday.\n\n\u201cWe struck the depot today,\u201d she said.", "2013-03-20", "2013-03-20"),
    ("The minister spoke on Tuesday. Today she said: \u201cwe struck today.\u201d", "2013-03-20", "2013-03-20"),
    # outside a quotation, 'today' is the publication day
    ("The minister spoke on Tuesday. The envoy arrives today.", "2013-03-20", "2013-03-20"),
])
def test_quoted_today_is_the_day_of_the_statement(text: str, published: str, expected: str) -> None:
    today = [r for r in tx(text, published) if r[0].lower() == "today"]
    assert today and today[-1][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops seized the town in June 2010, and they shelled the port on August 3.", "2010-08-03"),  # the sentence's year
    ("The town fell in June 2010. The port reopens on August 3.", "2013-08-03"),                  # another sentence
    ("Invited in July 2010, the country will join on March 28.", "2013-03-28"),                   # a future clause
])
def test_a_month_day_takes_the_year_of_a_month_named_earlier_in_its_sentence(text: str, expected: str) -> None:
    assert tx(text)[-1][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("In January, gunmen attacked the checkpoint.", "2013-01"),    # fronted month, past clause: already gone
    ("In January, officials will meet again.", "2014-01"),          # fronted month, future clause
    ("In May, the dam collapsed.", "2012-05"),
    ("Attacks have risen since early May.", "2012-05"),             # 'since' always looks back
])
def test_a_fronted_or_since_month_follows_the_clause(text: str, expected: str) -> None:
    assert value(text) == expected


def test_spelled_ordinal_days_of_a_month_are_dates() -> None:
    assert tx("Troops must leave by the first of April.") == [("the first of April", "2013-04-01", "DATE")]
    assert tx("It opened on the twenty-second of May 2001.") == [("the twenty-second of May 2001", "2001-05-22", "DATE")]
    assert tx("They came first of all.") == []


def test_a_clock_time_before_today_or_yesterday_is_one_time() -> None:
    assert tx("Shells fell at about 3:15 a.m. today.") == [("3:15 a.m. today", "2013-03-20T03:15", "TIME")]
    assert tx("A drone was downed at 11 p.m. yesterday.") == [("11 p.m. yesterday", "2013-03-19T23:00", "TIME")]


@pytest.mark.parametrize("text, expected", [
    # the attribution names the day the words were said, after the quotation or before it, in the same sentence
    ('The talks began in May. "Two guards were hurt today," the ministry said on Tuesday.', "2013-03-19"),
    ('The talks began on March 1. A spokesman, on Monday, said: "We struck the depot today."', "2013-03-18"),
    ('The talks began on March 1. The army said on Monday: "We struck the depot today."', "2013-03-18"),
    ('The talks began on March 1. "We struck the depot today," Col. Smith told reporters on Monday.', "2013-03-18"),
    # the day belongs to what the speaker reports, not to the saying: today stays the publication day
    ('The talks began in May. "Two guards were hurt today," he said, adding that rockets hit on Tuesday.', "2013-03-20"),
    # the day is in another sentence, or is not joined by a reporting verb: today stays the publication day
    ('The talks began in May. "Two guards were hurt today." The ministry met on Tuesday.', "2013-03-20"),
    ('The talks began in May. "Two guards were hurt today," before the raid on Tuesday.', "2013-03-20"),
])
def test_quoted_today_takes_the_day_of_its_attribution(text: str, expected: str) -> None:
    today = [r for r in tx(text) if r[0].lower().startswith("today")]
    assert today and today[0][1] == expected


def test_an_undated_text_gives_its_year_to_later_month_days_across_paragraphs() -> None:
    text = "Incident date\n\nMarch 3, 2017\n\nOn March 4, officials said a convoy was hit.\n\nOn March 5 it returned."
    assert [v for _, v, _ in tx(text, None)] == ["2017-03-03", "2017-03-04", "2017-03-05"]
    assert tx("On March 4, officials said a convoy was hit.", None) == [("March 4", "XXXX-03-04", "DATE")]  # no year given


@pytest.mark.parametrize("published", [None, ("2013-03-01", "2013-03-10")])
def test_a_part_of_a_day_stays_a_time_without_a_publication_day(published: object) -> None:
    rows = tx("The base was hit overnight. Guards left last night; the convoy arrived yesterday.", published)
    assert rows == [("overnight", "XXXX-XX-XXTNI", "TIME"), ("last night", "XXXX-XX-XXTNI", "TIME"),
                    ("yesterday", "XXXX-XX-XX", "DATE")]


def test_a_within_day_anaphor_is_no_listed_date_but_still_dates_an_incident() -> None:
    from analysis.events.timex.mentions import date_records
    text = "Rockets hit the base on Monday. Earlier in the day a drone fell; later in the day guards left. That day was calm."
    assert [r[0] for r in tx(text)] == ["Monday", "That day"]
    kept = [(r["text"], r["value"]) for r in date_records(text, "2013-03-20")]
    assert ("Earlier in the day", "2013-03-18") in kept and ("later in the day", "2013-03-18") in kept


def test_quote_marks_read_once_answer_as_the_window_scan() -> None:
    import random

    from analysis.events.timex.focus import QuoteMarks, quote_opening
    rng = random.Random(7)
    pieces = ["a", " ", '"', "\u201c", "\u201d", "`", "'", "\n", "today ", "x. "]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 90)))
        marks = QuoteMarks(text)
        for reach in (4, 13, 800):
            assert [marks.opening(p, reach) for p in range(len(text) + 1)] == \
                   [quote_opening(text, p, reach) for p in range(len(text) + 1)]


@pytest.mark.parametrize("text, expected", [
    ("Attacks have risen since last October 19, officials said.", "2012-10-19"),  # a day of the month named
    ("The vote is set for next April 2.", "2014-04-02"),
    ("He took office this January 7 and left.", "2013-01-07"),
    ("Some 19 rockets fell last October.", "2012-10"),                             # the month alone stays a month
])
def test_a_relative_month_with_a_day_is_that_day(text: str, expected: str) -> None:
    assert value(text) == expected


def test_a_count_after_a_relative_month_is_not_its_day() -> None:
    assert tx("Since last October 19 rockets have hit the base.") == [("last October", "2012-10", "DATE")]


def test_a_day_run_into_its_month_on_a_scraped_page_is_a_day() -> None:
    assert value("Publish Date: 13December 2012 - 17:03") == "2012-12-13"


@pytest.mark.parametrize("text", ["I would not travel at this crucial moment.", "In this moment of alert we stay ready."])
def test_this_moment_is_the_present(text: str) -> None:
    assert value(text) == "PRESENT_REF"


def test_the_moment_alone_is_no_date() -> None:
    assert tx("Wait a moment; at the moment nothing is known.") == []


def test_an_earlier_quarter_named_in_passing_does_not_take_over_the_report() -> None:
    text = ("The maker posted higher third-quarter profit. After a weak second quarter, sales improved. "
            "In the 1989 period, costs were lower than a year ago.")
    assert [(t, v) for t, v, _ in tx(text, "1989-11-01")] == [
        ("third-quarter", "1989-Q3"), ("second quarter", "1989-Q2"), ("the 1989 period", "1989-Q3"), ("a year ago", "1988-Q3")]


def test_a_year_back_after_a_period_counts_from_the_period_not_the_day_of_speech() -> None:
    text = "The firm said Monday that it lost money in the first nine months, against a profit a year earlier."
    assert [(t, v) for t, v, _ in tx(text, "1990-08-08")][-1] == ("a year earlier", "1989")


def test_a_year_back_right_after_a_day_still_counts_from_that_day() -> None:
    text = "Shares fell on June 5, 1990, and rose a year earlier."
    assert [(t, v) for t, v, _ in tx(text)][-1] == ("a year earlier", "1989-06-05")
