"""Patterns met in a fifth real development set of attack reports (other outlets again): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events.roles import casualties, companions, munitions

from test_incident_patterns import _mentions as pattern_mentions


# ---------------------------------------------------------------- casualties
def test_a_part_whose_noun_is_elided_before_a_counted_part_is_added():
    assert casualties("One Dutch and three Canadian engineers were injured in the blast")["injured"] == 4
    assert casualties("Three Canadian engineers were injured in the blast")["injured"] == 3


def test_a_total_the_new_cases_raise_replaces_the_increment():
    assert casualties("Five more guards were wounded, bringing the total to 20.")["injured"] == 20
    assert casualties("Five guards were wounded, bringing the total number of raids to 20.")["injured"] == 5
    m = pattern_mentions(["Six more sailors were wounded in the missile attack on the port, raising the total to 31."])
    assert list(m["injured"]) == [31]


def test_a_victim_told_along_with_the_one_named_is_counted():
    assert casualties("An air raid killed the rebel commander Omar Haddad and an aide near the village")["killed"] == 2
    assert casualties("The raid killed rebel chief Omar Haddad, along with a senior officer of his unit")["killed"] == 2
    assert casualties("The strike killed militia commander Omar Haddad and two children in the town")["killed"] == 3
    assert companions("the strike killed the governor along with his plans for the city", []) == 0


def test_a_named_person_who_was_killed_counts_one_and_his_companion_another():
    t = "The unit bears the name of Sami al-Rawi, who was killed in 2019 in a rocket strike along with Colonel Karim Nasser."
    assert casualties(t)["killed"] == 2
    assert casualties("The unit bears the name of Sami al-Rawi, who was killed in 2019.")["killed"] == 1


def test_injury_to_a_count_is_the_injured():
    assert casualties("The shelling led to the death of a farmer and injury to four shepherds")["injured"] == 4


# ---------------------------------------------------------------- munitions
def test_a_calibre_in_two_words_is_no_count():
    assert munitions("Militants fired 9 122 mm rockets at the airport")["n_fired"] == 9
    assert munitions("Militants fired 9 122-millimeter rockets at the airport")["n_fired"] == 9


def test_a_modifier_with_an_abbreviation_between_a_count_and_its_verb():
    m = munitions("Three drones heading toward U.S. positions were shot down on Monday")
    assert (m["n_fired"], m["n_intercepted"]) == (None, 3)


# ---------------------------------------------------------------- one event in a wider run
def test_an_event_told_as_the_latest_of_several_attacks_is_one_incident():
    m = pattern_mentions(["Two drones aimed at the garrison were downed on Monday in the latest of several attacks on it."])
    assert len(m) == 1 and m.iloc[0]["n_intercepted"] == 2 and pd.isna(m.iloc[0]["n_fired"])


def test_the_weapon_is_the_events_own_not_the_runs():
    m = pattern_mentions(["Mortar rounds hit Camp Taji on Friday, the latest in a series of rocket and drone attacks."])
    assert len(m) == 1 and m.iloc[0]["weapon"].startswith("mortar")


def test_people_named_after_martyrdom_of_are_the_killed():
    assert casualties("The raid led to the martyrdom of two officers, Colonel Hadi Karimi and Ali Reza Nouri.")["killed"] == 2
    assert casualties("They mourned the assassination of commander Hadi Karimi and his lieutenant in a strike")["killed"] == 2


def test_intercept_and_destroy_one_of_them_is_one_intercepted_of_an_unknown_total():
    m = munitions("The army said it was able to intercept and destroy one of the drones over the port")
    assert (m["n_intercepted"], m["n_fired"]) == (1, None)
    m = munitions("Gunners shot down two of the drones and the third hit the port")
    assert m["n_intercepted"] == 2
    assert munitions("Gunners shot down two of the drones and the third hit the port")["n_fired"] == 3
    assert munitions("Three rockets hit the port")["n_fired"] is None  # only those that hit are told


def test_these_strikes_after_one_told_strike_operation_are_that_operation():
    from analysis.events import merge_incidents
    m = pattern_mentions(["Jets struck two depots of the militia near the port on Monday.",
                          "No casualties were reported from these strikes."])
    inc = merge_incidents(m)[0]
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 0


def test_casualties_beside_a_heart_attack_during_the_attacks_are_kept():
    m = pattern_mentions(["During the latter attacks, a cook suffered a heart attack while sheltering, and 12 sailors "
                          "sustained minor injuries."])
    assert list(m["injured"]) == [12]
    assert pattern_mentions(["A cook suffered a heart attack while sheltering and three sailors were hurt in a fall."]).empty


def test_an_event_told_as_another_attack_is_not_the_one_told_before():
    from analysis.events import merge_incidents
    m = pattern_mentions(["Two drones struck the Harbour Base on Monday, wounding four sailors.",
                          "An official also reported another attack near the Harbour Base, where a drone was shot down."])
    assert len(merge_incidents(m)[0]) == 2


def test_a_drone_that_dropped_explosives_is_one_fired_not_a_hit():
    m = munitions("A small drone dropped explosives on the checkpoint at night")
    assert (m["n_fired"], m["n_hit"]) == (1, None)


def test_a_first_accounts_figure_gives_way_to_the_settled_one():
    from analysis.events import merge_incidents
    m = pattern_mentions(["Two guards were wounded on Monday when rockets hit Camp Delta in Taji.",
                          "The rockets landed on the camp and its fence.",
                          "At this time initial reports indicate 3 minor injuries."])
    inc = merge_incidents(m)[0]
    assert len(inc) == 1 and inc.iloc[0]["injured"] == 2


def test_munitions_impacting_a_base_hit_it():
    m = munitions("The depot was targeted again on Friday, with four shells impacting its fence.")
    assert (m["n_fired"], m["n_hit"]) == (None, 4)
    assert munitions("Four shells hitting near the depot caused no damage.")["n_hit"] == 4


def test_previous_attacks_and_an_increase_in_attacks_sum_up_many():
    assert pattern_mentions(["Previous mortar attacks on the depot killed a guard and a driver."]).empty
    assert pattern_mentions(["“We have seen an increase in rocket and [drone] attacks against our depots in the north.”"]).empty


def test_munitions_told_jointly_for_a_few_attacks_on_a_site_are_one_report():
    m = pattern_mentions(["Four armed attack drones were downed in two separate attacks on a camp near Mosul airport, in "
                          "Iraq, hosting U.S. and coalition troops Monday, an agency reported, citing the provincial police."])
    assert len(m) == 1 and m.iloc[0]["n_intercepted"] == 4 and pd.isna(m.iloc[0]["n_fired"])


def test_victims_left_in_a_coma_are_injured():
    assert casualties("The blast left two guards in a coma.")["injured"] == 2
    assert casualties("The blast left a guard in a coma.")["injured"] == 1


def test_fighters_killed_in_the_attack_on_a_groups_headquarters_are_the_strikes_toll():
    from analysis.events import merge_incidents
    m = pattern_mentions(["Rockets hit a coalition base near Hasakah on Monday.",
                          "Earlier, US warplanes struck two sites of the militia near Mayadin.",
                          "Six fighters were killed in the attack on the headquarters of the group's third brigade."])
    inc = merge_incidents(m)[0]
    strike = inc[inc["event_type"] == "us_strike"]
    assert len(strike) == 1 and strike.iloc[0]["killed"] == 6
