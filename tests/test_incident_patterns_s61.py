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
