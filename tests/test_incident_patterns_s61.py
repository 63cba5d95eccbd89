"""Rules of the stop-61 rounds, written on the errors of real reports (the development samples dev61a-dev61d and the
coded descriptions dev61ev), each in a fixture of our own words (made-up people; real place names where the gazetteer
is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.clauses import is_caption
from analysis.events.roles import casualties
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- one event or two
def test_an_attack_that_comes_less_than_a_month_after_a_strike_is_not_that_strike():
    inc = incidents_of("A drone attack on a base in Jordan killed three soldiers on Sunday.",
                       "The attack comes less than a month after a U.S. drone strike in Baghdad killed a militia leader.",
                       published="2024-01-29")
    assert len(inc) == 2


def test_dead_told_weeks_from_the_event_before_are_not_its_toll():
    m = _mentions(["The raid was the first deadly one since gunmen attacked the village on October 7.",
                   "Two divers died on January 11 after going missing at sea."], "2024-01-29")
    assert m["killed"].isna().all()
    m = _mentions(["Gunmen attacked the village on October 7.",
                   "Two guards died of their wounds on October 20."], "2024-01-29")
    assert m["killed"].max() == 2  # the wounded of the attack, dying later, are its toll


def test_victims_told_before_a_later_ambush_are_not_the_ambushs():
    m = _mentions(["An official said 12 people were killed in the district, and that the rebels then ambushed a relief "
                   "convoy near the town, killing five police officers."], "2018-04-12")
    assert m["killed"].tolist() == [5]


# ---------------------------------------------------------------- counts
def test_one_drone_of_a_state_that_struck_is_the_strikes_one_munition():
    m = _mentions(["A Russian drone struck a minibus in the Sumy region on Saturday, killing four people."], "2025-04-13")
    assert (m.iloc[0]["n_fired"], m.iloc[0]["n_hit"]) == (1, 1)


def test_one_named_victim_in_a_headline_is_one_dead():
    assert casualties("Veteran reporter Lucia Ferraz killed in Mexico's Sinaloa")["killed"] == 1
    assert casualties("Police blame gang members for slaying of 4 officers")["killed"] == 4
    assert casualties("Gunmen broke into the home of a policeman near Mosul and shot him dead.")["killed"] == 1
    assert casualties("A sailor assigned to the 5th Fleet died on Monday of wounds suffered in an attack.")["killed"] == 1
    assert casualties("Another soldier attached to the 3rd Engineer Battalion was killed when a blast hit his truck.")[
        "killed"] == 1


# ---------------------------------------------------------------- captions
def test_an_agencys_file_photo_led_by_file_is_a_caption():
    assert is_caption("FILE - Fighters load a rocket launcher in the hills of Idlib, Syria, May 2, 2016.")
    assert not is_caption("File clerks said three rockets hit the depot on Monday.")


# ---------------------------------------------------------------- round 2
def test_a_gunfight_and_militants_firing_at_a_bus_are_shootings():
    m = _mentions(["Two rebels and a constable were killed in a gunfight in Kathua on Monday."], "2024-07-09")
    assert m.iloc[0]["weapon"] == "small arms"
    m = _mentions(["Militants fired at a wedding bus in Reasi on June 9, killing six."], "2024-07-09")
    assert m.iloc[0]["weapon"] == "small arms"
    m = _mentions(["Militants fired at the base with rockets on Monday."], "2024-07-09")
    assert m.iloc[0]["weapon"] == "rockets"


def test_a_statement_that_also_confirmed_the_deaths_adds_no_victims():
    m = _mentions(["Rebels attacked an army post near Kirkuk on Wednesday, killing at least two soldiers.",
                   "The ministry's statement also confirmed the two deaths."], "2020-01-30")
    assert m["killed"].tolist() == [2]
    m = _mentions(["Rebels attacked an army post near Kirkuk on Wednesday, killing two soldiers.",
                   "Two shepherds were also killed."], "2020-01-30")
    assert m["killed"].max() == 4


def test_soldiers_prompted_to_respond_by_opening_fire_tell_no_threat():
    m = _mentions(["A second source said the rebels had ambushed the patrol, which prompted the soldiers to respond by "
                   "opening fire."], "2020-01-30")
    assert "threat" not in m["event_type"].tolist()


def test_a_definite_reference_with_the_same_toll_is_the_event_told():
    inc = incidents_of("Houthi fighters fired missiles that landed on a displaced persons camp in Marib and injured 14 "
                       "people, an official said.",
                       "A second source said the Houthi shelling resulted in injuring 14 displaced people.",
                       published="2021-12-20")
    assert len(inc) == 1


# ---------------------------------------------------------------- round 3
def test_an_air_base_and_an_airport_are_found_under_every_usual_noun():
    m = _mentions(["Two rockets were fired at the Balad airforce base on Monday."], "2021-09-12")
    assert m.iloc[0]["place_id"] == "balad_airbase"
    m = _mentions(["Armed drones attacked Arbil international airport on Saturday."], "2021-09-12")
    assert m.iloc[0]["place_id"] == "erbil_airport"


def test_the_attack_named_by_its_weekday_gives_its_day():
    m = _mentions(["A gunman killed three people at a party in Ohio, police said Wednesday.",
                   "Police are looking for a second suspect after the Tuesday night attack at a Dayton home."],
                  "2019-10-30")
    assert "2019-10-29" in m["date"].tolist()
