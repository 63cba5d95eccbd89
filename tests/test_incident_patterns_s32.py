"""Incident rules from the s32 round (issue 9: general forms of real reports), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events.mention_places import source_spans
from analysis.validate.incidents import incident_form
from test_incident_patterns_s31 import _incidents  # one paragraph per fixture string




# ---------------------------------------------------------------- the sample's form of a drone strike is the drone
def test_a_state_drone_strike_has_the_drone_form_and_an_air_raid_the_airstrike_form():
    assert incident_form("strike", "drones") == "drone" and incident_form("us_strike", "drones") == "drone"
    assert incident_form("strike", "air strike") == "airstrike"


# ---------------------------------------------------------------- one aside does not set the incident's weapon
def test_the_weapon_most_sentences_report_wins_over_an_aside_naming_another():
    inc = _incidents(["Five rockets were fired at the Harir air base in Erbil on Monday, officials said.",
                      "The rockets landed inside the Harir base, a security source said.",
                      "A US official said the Harir base may have been struck by ballistic missiles.",
                      "Two of the rockets hit a hangar at the Harir base."], published="2022-03-08")
    assert len(inc) == 1 and incident_form(inc.iloc[0]["event_type"], inc.iloc[0]["weapon"]) == "rocket"


# ---------------------------------------------------------------- "left N dead and wounded more than M"
def test_dead_and_wounded_with_a_qualified_count_are_two_tolls_not_one_joint_figure():
    inc = _incidents(["Two car bombs at a bus station in Tikrit have left at least eleven people dead and wounded more "
                      "than 40, police said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 11 and inc.iloc[0]["injured"] == 40


def test_dead_and_wounded_with_a_count_of_two_digits_are_two_tolls():
    inc = _incidents(["A truck bomb at a checkpoint near Samarra has left nine people dead and wounded 25."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 9 and inc.iloc[0]["injured"] == 25


# ---------------------------------------------------------------- "according to" names who says it, not where
def test_a_trailing_according_to_names_the_source_not_the_place():
    s = "A drone hit a car near Sinjar, according to a statement of the security office of the Kurdistan region."
    assert [s[a:b] for a, b in source_spans(s)] == [s[s.index(", according"):]]


# ---------------------------------------------------------------- a bombing is a bomb; gunned down is a shooting
def test_a_bombing_told_alone_is_a_bomb_attack_but_an_aerial_bombing_of_a_town_is_not():
    inc = _incidents(["A rare bombing at a bus stop in Kirkuk wounded five people on Monday."])
    assert len(inc) == 1 and incident_form(inc.iloc[0]["event_type"], inc.iloc[0]["weapon"]) == "ied"
    inc = _incidents(["The bombing of Raqqa by coalition aircraft killed 12 civilians on Monday."])
    assert len(inc) == 1 and incident_form(inc.iloc[0]["event_type"], inc.iloc[0]["weapon"]) == "airstrike"


def test_gunned_down_is_a_shooting():
    inc = _incidents(["On Saturday, the poet Karim Saadi was gunned down in the city of Najaf by unknown men."])
    assert len(inc) == 1 and incident_form(inc.iloc[0]["event_type"], inc.iloc[0]["weapon"]) == "shooting"


# ---------------------------------------------------------------- a definite "the attack" after a state's strike
def test_interceptions_of_missiles_and_the_attack_told_after_a_states_strike_are_that_strike():
    inc = _incidents(["Israel launched an air strike near Homs on Monday.",
                      "The Syrian army intercepted some of the Israeli missiles near Homs.",
                      "The attack occurred early on Monday and caused some damage near Homs.",
                      "State media said four soldiers were killed in the Israeli missile attack near Homs."],
                     published="2023-08-08")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 4


# ---------------------------------------------------------------- counts and joint figures
def test_a_hyphenated_dozen_counts_the_munitions():
    inc = _incidents(["On Monday, militants fired around two-dozen rockets at a base near Kirkuk."])
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 24


def test_a_headline_killed_comma_injured_is_one_joint_figure_not_the_dead():
    inc = _incidents(["Tuz: At Least Five Policemen Killed, Injured in Ambush"], published="")
    assert len(inc) <= 1 and not (len(inc) and pd.notna(inc.iloc[0]["killed"]) and inc.iloc[0]["killed"] == 5)


def test_one_name_gunned_down_after_an_opening_phrase_is_one_dead():
    inc = _incidents(["On Friday, Haddad was gunned down in the city of Basra by unknown men on motorbikes."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 1


def test_one_count_over_two_plural_nouns_counts_them_all():
    inc = _incidents(["On Tuesday, 12 Iraqi policemen and tribal fighters were killed in an ambush near Baiji."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 12
    inc = _incidents(["On Tuesday, two policemen and other guards were killed in an ambush near Baiji."])
    assert len(inc) <= 1 and not (len(inc) and pd.notna(inc.iloc[0]["killed"]) and inc.iloc[0]["killed"] == 2)


def test_a_governments_attack_told_after_its_missile_strike_is_that_strike():
    inc = _incidents(["On Tuesday, Iran fired a dozen missiles at two bases in Iraq.",
                      "According to photos taken by a news agency after the attack, parts of the Harir airbase targeted "
                      "by Iran appeared to be destroyed."], published="2020-01-15")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 12
