"""Rules of the stop-41 round, written on the errors of two development samples of real reports (dev41a: militia
attacks; dev41b: other violence in the region), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.roles import casualties, munitions, running_tally
from analysis.text.clean import clean_text
from test_incident_patterns import _mentions

_LEAD = "A roadside bomb killed three police officers near the town of Baiji on Monday, officials said."


# ---------------------------------------------------------------- a conflict's running toll is no event's toll
@pytest.mark.parametrize("tally", [
    "The unrest has killed more than 900 people across the province, a rights group says.",
    "The government's offensive in the north, which has killed over 3,000, entered its third month.",
    "Since last March, at least 210 people have been killed in the district, according to a tally.",
    "Some 40,000 people have died since the rebellion began in 1984.",
    "More than 8,000 have been killed during the two-year insurgency.",
])
def test_a_running_toll_is_neither_an_incident_nor_the_incident_toll(tally):
    m = _mentions([_LEAD, tally], "2024-03-06")
    assert len(m) == 1 and m.iloc[0]["killed"] == 3


def test_an_attack_in_the_perfect_tense_keeps_its_toll():
    assert casualties("A car bomb in the market has killed at least 11 people.")["killed"] == 11
    assert not running_tally("Two more guards have died since the truck bomb went off.")
    assert running_tally("The fighting has killed 600 people since January.")


# ---------------------------------------------------------------- hard-wrapped lines that end on a function word
def test_a_wrapped_line_ending_on_an_article_is_joined_even_before_a_digit():
    c = clean_text("Headline of the day\n\nGunmen killed two farmers near the village on Friday, and an estimated\n"
                   "1,000 families have fled during the\n30-day siege of the area.")
    assert c.body.splitlines()[-1].endswith("during the 30-day siege of the area.")


def test_a_short_line_or_a_finished_line_is_not_joined():
    c = clean_text("First report of the day.\n\nSecond paragraph here.\n\n2 killed in blast")
    assert c.body.splitlines()[-1] == "2 killed in blast"


# ---------------------------------------------------------------- a background event's year
def test_a_year_told_years_after_another_event_does_not_date_the_incident():
    m = _mentions(["Gunmen killed four soldiers near Tarmiyah on Tuesday, the army said.",
                   "The raid happened in farmland that stays restive years after the army declared victory over the "
                   "group in 2017."], "2024-05-08")
    assert set(m["date"]) == {"2024-05-07"}


# ---------------------------------------------------------------- a text place read with and without its parent
def test_a_place_read_without_its_parent_takes_the_parent_its_article_gives():
    m = _mentions(["Air strikes killed nine people in the Qarabiyya neighbourhood in the capital on Sunday.",
                   "The jets struck two houses in the Qarabiyya neighbourhood of Damascus, state media said."],
                  "2024-05-06")
    assert m["place_id"].nunique() == 1 and m.iloc[0]["country"] == "Syria"


# ---------------------------------------------------------------- single munitions that struck, interceptions
def test_a_single_munition_that_struck_is_fired_and_hit_with_a_day_between_or_in_a_headline():
    assert (munitions("A bomb-laden drone on Tuesday struck an army post.")["n_hit"]) == 1
    m = munitions("Explosive-laden drone hits army post")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)


def test_thwarted_and_repelled_munitions_are_intercepted():
    assert munitions("Guards said they thwarted three armed drones over the camp.")["n_intercepted"] == 3
    assert munitions("The army repelled two drones near the airport.")["n_intercepted"] == 2
    assert munitions("Police foiled an attack involving two rockets.")["n_intercepted"] is None


# ---------------------------------------------------------------- an earlier event told weeks before the story
def test_an_event_told_a_week_before_is_not_dated_to_the_story_day():
    m = _mentions(["Two car bombs killed nine people in Samarra on Thursday, police said.",
                   "The bombings came a week after more than 40 were killed in a day of violence across the country."],
                  "2024-05-10")
    far = m[m["killed"] == 40].iloc[0]
    assert far["date"] != "2024-05-09" and far["earliest"] <= "2024-05-02" <= far["latest"]


# ---------------------------------------------------------------- a wire dateline with its day
def test_an_upper_case_dateline_with_its_day_is_neither_place_nor_event_day():
    row = _mentions(["AMMAN Mar 4 A drone strike on a farm west of the town of Daraa killed three men on Sunday, "
                     "residents said."], "2024-03-04").iloc[0]
    assert row["place"] != "Amman" and row["date"] == "2024-03-03"


# ---------------------------------------------------------------- a place's history in a relative clause
def test_the_year_a_place_was_seized_does_not_date_the_strike():
    m = _mentions(["Jets fired from the Golan Heights, which the army seized in 1967, struck a depot near Quneitra on "
                   "Monday, state media said."], "2024-03-06")
    assert m.iloc[0]["date"] != "1967"


# ---------------------------------------------------------------- a state's strikes told by their toll
def test_a_toll_in_a_states_strikes_is_that_states_strike_even_with_air_defence_words():
    m = _mentions(["A monitor later gave a toll of two air defence soldiers dead in Israeli strikes on a depot in "
                   "the town of Kiswah."], "2024-03-06")
    assert m.iloc[0]["event_type"] == "strike" and m.iloc[0]["killed"] == 2


# ---------------------------------------------------------------- places: a possessive's district, bases of the table
def test_a_district_of_a_town_told_with_a_possessive_is_inside_that_town():
    from analysis.events.places import scan_places
    found = {p["text"]: p["place_id"] for p in scan_places("Mortars hit Mosul's neighbourhood of Wadi Hajar.")}
    assert found.get("Wadi Hajar") == "txt:wadihajar@mosul"
    assert not any(t.endswith(("'s", "’s")) and pid.startswith("txt:") for t, pid in
                   ((p["text"], p["place_id"]) for p in scan_places("Shells hit Dohuk's district of Zakho Gate.")))


def test_bases_hosting_coalition_troops_are_sites_of_the_table():
    from analysis.events.places import scan_places
    assert [p["place_id"] for p in scan_places("Two rockets landed near the Qayyara military base.")] == ["qayyarah_airfield"]
    assert "taqaddum_airbase" in {p["place_id"] for p in scan_places("A drone hit Al-Taqaddum air base in Anbar.")}


# ---------------------------------------------------------------- victims listed one by one
def test_victims_listed_one_by_one_are_counted_each():
    assert casualties("The raid killed commander Saad Karim, his deputy, and another fighter.")["killed"] == 3
    assert casualties("The blast wounded a policeman, his son and a driver.")["injured"] == 3


def test_the_people_who_tell_the_toll_are_not_in_it():
    assert casualties("Jets struck a militia leader, killing him, a ministry official said on Friday.")["killed"] == 1
    assert casualties("A bomb killed a guard and wounded two soldiers, officials said.")["injured"] == 2


# ---------------------------------------------------------------- threats and the actors of other conflicts
def test_a_vow_of_many_attacks_is_one_threat():
    m = _mentions(["Al-Qaeda in Iraq vowed on Monday to carry out 50 attacks to avenge its commander."],
                  "2024-03-06")
    assert len(m) == 1 and m.iloc[0]["event_type"] == "threat" and m.iloc[0]["actor_id"] == "al_qaeda"


def test_a_states_office_in_lower_case_names_who_threatens():
    m = _mentions(["The blast came a day after the Ruritanian president threatened to launch a new offensive "
                   "against the rebels in the north."], "2024-03-06")
    assert list(m["event_type"]) == ["threat"]


@pytest.mark.parametrize("text, actor", [
    ("The Saudi-led coalition said it intercepted a missile over Jazan.", "saudi_coalition"),
    ("Al-Shabaab militants stormed a hotel in the capital.", "al_shabaab"),
    ("ISIS-K claimed the bombing near the airport.", "isis_k"),
    ("Boko Haram fighters raided a village on Sunday.", "boko_haram"),
])
def test_armed_groups_and_coalitions_of_other_conflicts_are_known_actors(text, actor):
    from analysis.events.actors import scan_actors
    assert actor in {a["actor_id"] for a in scan_actors(text)}


def test_a_claim_said_not_made_is_no_claim():
    m = _mentions(["A car bomb killed three soldiers near Tikrit on Monday and no group has claimed responsibility."],
                  "2024-03-06")
    assert list(m["event_type"]) == ["attack"] and m.iloc[0]["killed"] == 3


def test_a_place_in_the_title_of_who_speaks_is_not_the_events():
    from analysis.events.mention_places import source_spans
    s = "Dana Reyes, governor of the northern province of Kirkuk, said the attack was cowardly."
    assert any(a == 0 and s[a:b].endswith("said") for a, b in source_spans(s))


# ---------------------------------------------------------------- a campaign's toll; a ticker of other headlines
def test_a_toll_told_over_a_campaign_is_no_incident():
    m = _mentions(["The rebels have launched more than 40 raids on convoys and fired other rockets in their campaign, "
                   "killing a total of six drivers."], "2024-03-06")
    assert m.empty


def test_a_ticker_of_other_headlines_is_site_furniture():
    c = clean_text("Wire\n\nMarkets rally on rate cut \u2022 Storm kills 51 on the coast \u2022 Cup final tonight \u2022 "
                   "Poll: voters split\n\nTwo rockets hit the airport on Monday, police said.")
    assert "Storm kills" not in c.body and "Two rockets hit the airport" in c.body


def test_last_month_day_a_few_days_back_is_the_day_just_gone():
    from analysis.events.timex import date_mentions
    got = date_mentions("However, last July 7, the rebels threatened to attack the port.", "2020-07-13")
    assert got["value"].tolist() == ["2020-07-07"]
    assert date_mentions("last July 20, rebels attacked.", "2020-07-13")["value"].tolist() == ["2019-07-20"]
