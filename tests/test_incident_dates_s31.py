"""Which date a mention takes, rules of the s31 round on the attack reports (dev31), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.clauses import is_caption
from test_incident_patterns import _mentions, _one


# ---------------------------------------------------------------- the page's date stamp
def test_a_date_stamp_before_the_lead_yields_to_the_leads_own_day():
    r = _one(" date 2022-05-10 Three rockets struck an army camp near Mosul on Monday, officials said.", "2022-05-10")
    assert (r["date"], r["date_source"]) == ("2022-05-09", "sentence")


def test_a_date_stamp_alone_dates_the_lead_as_a_dateline():
    r = _one(" date 2022-05-10 A drone hit a fuel depot near Kirkuk, killing two guards.", "2022-05-10")
    assert (r["date"], r["date_source"]) == ("2022-05-10", "dateline")


def test_a_date_after_published_is_the_pages_not_the_events():
    r = _one("Published May 10, 2022 - Two guards were killed when a drone hit a depot near Kirkuk on Sunday.",
             "2022-05-10")
    assert r["date"] == "2022-05-08"


# ---------------------------------------------------------------- the day a spokesman spoke
def test_the_day_a_named_spokesman_spoke_is_not_the_attacks():
    r = _one("Twelve soldiers were hurt in the rocket attack on the camp near Erbil earlier this month, said army "
             "spokesman Omar Haddad on Friday.", "2022-05-20")
    assert r["date"] != "2022-05-20"


# ---------------------------------------------------------------- a deictic word clarified in brackets
def test_a_weekday_in_brackets_clarifies_tonight():
    r = _one("The ministry reported that \u201crockets landed on the camp near Erbil tonight (Monday).\u201d", "2021-03-10")
    assert r["date"] == "2021-03-08"


# ---------------------------------------------------------------- a photo caption
def test_in_this_photo_taken_on_opens_a_caption():
    assert is_caption("In this photo taken on Sunday, March 7, 2021, workers clear rubble at the market in Basra.")
    assert not is_caption("A photographer was hurt when a bomb went off in the market on Sunday.")


# ---------------------------------------------------------------- a month named, then its day
def test_a_day_inside_the_month_named_first_dates_the_event():
    m = _mentions(["The March 2021 Basra bombing - On 7 March 2021, a car bomb exploded near a market in Basra, "
                   "killing nine people."], "2021-06-01")
    assert "2021-03-07" in set(m["date"])
    assert "2021-03" not in set(m["date"])


# ---------------------------------------------------------------- "The drone ..." goes on with the event just told
def test_a_sentence_opening_on_the_drone_takes_the_day_of_the_strike_just_told():
    m = _mentions(["A Turkish drone strike in the Kurdistan Region killed four fighters on Sunday.",
                   "The drone hit their car near Sinjar, west of Mosul."], "2023-09-18")
    assert list(m["date"]) == ["2023-09-17", "2023-09-17"]


# ---------------------------------------------------------------- "Friday's assault was followed by ..."
def test_the_day_of_an_event_followed_by_others_does_not_date_them():
    from analysis.events.dating import best_date
    from analysis.events.timex import date_mentions
    t = "Friday's assault was followed by drone attacks on a camp near Hasakah, officials said."
    dm = date_mentions(t, "2023-12-09").to_dict("records")
    assert best_date(dm, t, 0, len(t)) is None
    t = "Friday's assault on a camp near Hasakah wounded two guards, officials said."
    dm = date_mentions(t, "2023-12-09").to_dict("records")
    assert best_date(dm, t, 0, len(t))["date"] == "2023-12-08"


def test_a_date_stamp_dates_the_undated_mentions_of_its_page_as_a_dateline():
    m = _mentions([" date 2022-05-10 Two rockets hit a base near Erbil last month.",
                   "A roadside bomb wounded two soldiers near Kirkuk."], "2022-05-10")
    last = m.iloc[-1]
    assert (last["date"], last["date_source"]) == ("2022-05-10", "dateline")


# ---------------------------------------------------------------- "said Thursday that ... tonight"
def test_tonight_in_speech_dated_by_its_verb_counts_from_the_day_it_was_said():
    from analysis.events.dating import best_date
    from analysis.events.timex import date_mentions
    t = "The minister said Thursday that he had ordered air strikes tonight on depots near the border."
    dm = date_mentions(t, "2023-03-24").to_dict("records")
    assert best_date(dm, t, 0, len(t))["date"] == "2023-03-23"
    t = "The minister said he had ordered air strikes tonight on depots near the border."
    dm = date_mentions(t, "2023-03-24").to_dict("records")
    assert best_date(dm, t, 0, len(t))["date"] == "2023-03-24"
