"""Incident rules from the s27 round on the attack reports (dev halves), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.merge import merge_incidents
from analysis.events.roles import casualties, munitions
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- the number fired is the number the text says was fired
def test_munitions_told_only_by_what_hit_or_was_downed_give_no_number_fired():
    m = munitions("Nine shells crashed into the depot at dawn")
    assert (m["n_fired"], m["n_hit"]) == (None, 9)
    m = munitions("Patriot batteries shot down four missiles over the port")
    assert (m["n_fired"], m["n_intercepted"]) == (None, 4)
    assert munitions("Militants launched six rockets and two of them hit the barracks")["n_fired"] == 6
    assert munitions("A lone drone crashed into the depot")["n_fired"] == 1  # one munition told alone is the attack's


def test_a_munition_told_by_its_place_in_a_series_gives_no_number_fired():
    for text in ("The first missile crashed into the hangar", "A second rocket struck the fuel depot",
                 "The third drone slammed into a warehouse"):
        m = munitions(text)
        assert (m["n_fired"], m["n_hit"]) == (None, 1), text
    assert munitions("A single rocket struck the fuel depot")["n_fired"] == 1  # one told alone is the attack's


def test_a_third_munition_that_struck_after_two_were_downed_is_a_hit():
    m = munitions("Three drones neared the camp; two were downed, while a third struck a barracks")
    assert (m["n_intercepted"], m["n_hit"]) == (2, 1)


# ---------------------------------------------------------------- dead and wounded told by two verbs
def test_left_one_dead_and_wounded_another_is_not_a_joint_toll():
    c = casualties("a mortar strike on the depot that left a guard dead and wounded a driver")
    assert (c["killed"], c["injured"]) == (1, 1)
    assert casualties("The blast left twenty dead and wounded, the mayor said")["killed"] is None  # one joint toll


def test_one_victim_followed_by_a_vague_group_is_no_count():
    c = casualties("The mortar round wounded an Australian medic and several British engineers")
    assert (c["killed"], c["injured"]) == (None, None)
    assert casualties("The mortar round wounded an Australian medic and a British engineer")["injured"] == 2


# ---------------------------------------------------------------- dates without a year set incidents apart
def test_a_year_less_month_and_another_months_day_are_two_incidents():
    m = _mentions(["On August 3rd, rockets hit the Taji base, a police officer said.",
                   "Rockets also hit Taji in March, wounding four guards."], "")
    inc, _ = merge_incidents(m)
    assert sorted(inc["date"].astype(str).tolist()) == ["XXXX-03", "XXXX-08-03"]


# ---------------------------------------------------------------- the attack a strike answers, told through its authors
def test_strikes_on_a_group_responsible_for_an_attack_tell_that_attack_apart():
    m = _mentions(["U.S. jets bombed a faction responsible for a mortar attack on the Taji base that left a guard dead."],
                  "2020-05-04")
    assert sorted(m["event_type"].tolist()) == ["attack", "us_strike"]
    assert m.set_index("event_type").loc["attack", "killed"] == 1
    m = _mentions(["The army shelled the group it holds responsible for a drone attack that wounded two guards."])
    assert m.set_index("event_type").loc["attack", "injured"] == 2


# ---------------------------------------------------------------- headline tolls without commas
def test_a_headline_toll_followed_by_another_is_not_an_agent():
    c = casualties("five guards killed 7 hurt as truck bomb hits checkpoint")
    assert (c["killed"], c["injured"]) == (5, 7)
    assert casualties("Two suicide bombers killed nine soldiers")["killed"] == 9  # the agent's count is still no toll


def test_a_count_of_wounded_people_after_the_verb_is_its_object_not_a_second_toll():
    c = casualties("Three raiders killed 14 injured patients in the ward")
    assert (c["killed"], c["injured"]) == (14, None)
    c = casualties("Witnesses said two attackers killed six wounded villagers at a field clinic")
    assert (c["killed"], c["injured"]) == (6, None)
    c = casualties("four sailors killed 11 hurt, the navy says")  # a headline's second toll closed by a comma
    assert (c["killed"], c["injured"]) == (4, 11)


def test_one_victim_then_a_vague_group_with_the_other_role_keeps_the_one():
    c = casualties("An IED killed a shepherd and several others were hurt, police said")
    assert (c["killed"], c["injured"]) == (1, None)
    assert casualties("The drone wounded a medic and dozens of others had been killed")["injured"] == 1
    assert casualties("The drone wounded a mechanic and many others were hurt")["injured"] is None  # same role: vague
