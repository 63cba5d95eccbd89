"""Incident mechanisms from the r37 round (which clause's numbers belong to which incident, how counts attach to
roles), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from incident_fixtures import incidents_of as _incidents
from incident_fixtures import mentions_of as _mentions
from incident_fixtures import munition_roles as _roles


# ---------------------------------------------------------------- a placed toll told as caused by a series: one report
def test_a_toll_told_before_the_series_that_caused_it_is_one_placed_incident():
    m = _mentions("Radio reports said at least four border guards were killed and others hurt in a series of "
                  "artillery strikes on Qaryat Zelin on Tuesday.", published="")
    assert list(m["scope"]) == ["incident"] and m.iloc[0]["killed"] == 4
    m = _mentions("Four border guards have been killed in a series of artillery strikes on Qaryat Zelin this month.",
                  published="")
    assert list(m["scope"]) == ["aggregate"]  # a tally over time stays a summary


# ---------------------------------------------------------------- "another <munition>" told by its outcome: one of a role
def test_one_more_munition_told_by_its_outcome_adds_that_role_not_a_number_fired():
    assert _roles("Gunners downed three shells and another shell hit a grain silo") == (None, 1, 3)
    assert _roles("Patrol boats shot down another drone near the pier") == (None, None, 1)
    assert _roles("Sentries were unable to shoot down another drone, which slammed into a hangar")[1:] == (1, None)
    assert _roles("They said another rocket was fired later that night")[2] is None


# ---------------------------------------------------------------- "N missiles, fired by X, struck": fired and hit
def test_a_counted_munition_with_a_fire_participle_that_struck_is_fired_and_hit():
    assert _roles("Two missiles, launched by an unknown crew at dawn, struck the pumping station") == (2, 2, None)
    assert _roles("Two missiles struck the pumping station") == (None, 2, None)
    assert _roles("Six rockets fired from the hills hit the depot") == (6, 6, None)


# ---------------------------------------------------------------- a death a rite marks is no toll of the event before
def test_a_death_that_a_rite_commemorates_is_not_the_toll_of_the_attack_told_before():
    lead = "The blast came when a bomber detonated a suicide vest beside a tea stall in the old quarter of Mosul."
    m = _mentions(lead, "The stall was crowded with travellers.",
                  "Travellers were holding vigils commemorating the killing of a revered poet, Ilyas, in the ninth century.")
    assert m.iloc[0]["sent_id"] == 0 and pd.isna(m.iloc[0]["killed"])
    m = _mentions(lead, "Two stall keepers were killed.")
    assert m.iloc[0]["killed"] == 2


# ---------------------------------------------------------------- an answered attack is not located by the lead's places
def test_an_attack_a_strike_answers_takes_no_country_from_the_strike_clause():
    m = _mentions("Jets have begun strikes on 40 depots in Lebanon and Syria in reprisal for the drone attack on an outpost "
                  "last Sunday, which killed two guards and wounded 12.")
    prior = m[m["weapon"] == "drones"]
    assert len(prior) == 1 and prior.iloc[0]["country"] == "" and prior.iloc[0]["injured"] == 12


# ---------------------------------------------------------------- two accounts of the attack a strike answers: one
def test_two_accounts_of_the_attack_the_story_answers_are_one_incident():
    inc = _incidents("Jets struck a militia in the hills, killing nine fighters, three days after a mortar attack that "
                     "killed a French engineer.",
                     "The ministry said on Monday it hit arms stores in the north in response to a volley of 20 mortars "
                     "fired on Friday.", published="")
    mortar = inc[inc["weapon"] == "mortars"]
    assert len(mortar) == 1 and mortar.iloc[0]["killed"] == 1 and mortar.iloc[0]["n_fired"] == 20


# ---------------------------------------------------------------- a toll revised later, and "the strikes" past an answered attack
def test_a_revision_to_the_figure_an_earlier_incident_gives_leaves_the_answered_attack_its_own_toll():
    m = _mentions("Turkish air strikes in the east of Hasakah province caused the deaths of nine farmers, a monitor said on "
                  "Sunday.",
                  "The strikes, one phase of a broader offensive, were launched in response to raids on Turkish soldiers "
                  "near Duhok that claimed 14 lives.",
                  "The monitor first reported five farmers dead, and afterwards revised the toll to nine.",
                  "The strikes targeted a dozen villages, mostly around the town of Amuda.", published="2023-12-26")
    kills = m.set_index("sent_id")["killed"]
    assert kills[0] == 9 and kills[1] == 14
    assert m[m["sent_id"] == 3].iloc[0]["event_type"] == "strike" and m[m["sent_id"] == 3].iloc[0]["actor_id"] == "turkey"


# ---------------------------------------------------------------- named victims past a relative aside and a title
def test_named_victims_listed_past_a_relative_aside_are_all_counted():
    from analysis.events.roles import casualties
    c = casualties("The raid killed Col. Omar Salih Bakr, who was the head of the guard, and Ali Hadi Jasim, his deputy.")
    assert c["killed"] == 2
    assert casualties("The raid killed Col. Omar Salih Bakr near his home.")["killed"] == 1


# ---------------------------------------------------------------- "the drone was launched by X": the one munition fired
def test_the_one_munition_told_with_a_passive_of_firing_is_one_fired():
    assert _roles("Engineers said the drone was launched by a militia and came from the west")[0] == 1
    assert _roles("Jets found the truck from which the rocket was launched")[0] is None  # a place told by the launch
    assert _roles("Engineers said the second drone was launched later")[0] is None  # one of a series


# ---------------------------------------------------------------- "In 2017, N died when ...": a year's recalled event
def test_an_event_a_sentence_dates_to_a_year_with_its_own_toll_stays_apart_from_the_story():
    inc = _incidents("At least six traders have been killed by a car bombing at a busy bus station in the town of Tall "
                     "Rifat.",
                     "In 2018, more than 30 shoppers were killed when a parked car bomb exploded outside the town's court.",
                     published="")
    assert sorted(int(k) for k in inc["killed"]) == [6, 30]


# ---------------------------------------------------------------- defenders who "shot" counted munitions shot them down
def test_defenders_who_shot_counted_munitions_shot_them_down():
    assert _roles("Coalition troops shot two drones that were heading for the camp") == (None, None, 2)
    assert _roles("Gunmen shot three rockets at the camp")[0] == 3  # attackers who shot them fired them
