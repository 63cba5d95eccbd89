"""Rules of the stop-59 rounds, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real place names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.roles import casualties, munitions
from analysis.validate.incidents import incident_form
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions, _one
from test_incident_patterns_s58 import _dates


# ---------------------------------------------------------------- counts
def test_a_long_phrase_of_where_the_victims_lived_keeps_their_count():
    t = ("Over 40 farmers of Dala village in Kura ward of Garun Local Government Area of Kano State were killed "
         "when gunmen attacked the market.")
    assert casualties(t)["killed"] == 40


def test_a_named_victim_and_n_others_are_n_plus_one():
    assert casualties("Reed and two other soldiers were killed in a drone strike last week.")["killed"] == 3
    assert casualties("Staff Sgt. Ann Reed and two other soldiers were killed in the attack.")["killed"] == 3
    assert casualties("Reed and two other soldiers were briefed after the attack killed one.")["killed"] == 1


def test_one_of_a_counted_whole_of_victims_gives_the_whole():
    assert casualties("Sgt. Ann Reed was one of three soldiers killed in a drone strike last week.")["killed"] == 3
    assert casualties("She was one of the 12 people wounded in the blast.")["injured"] == 12
    assert casualties("One of the two guards was killed in the blast.")["killed"] == 1


def test_a_bomb_that_killed_is_a_bomb_unless_aircraft_dropped_it():
    assert incident_form(*_one("In Baghdad, a bomb killed two people and wounded five more.")[["event_type", "weapon"]]) == "ied"
    m = _one("Two bombs killed 25 people in an air strike on a camp near the border on Monday.")
    assert incident_form(m["event_type"], m["weapon"]) == "airstrike"


# ---------------------------------------------------------------- actors and places
def test_a_states_own_people_killed_in_an_attack_are_its_victims_not_its_strike():
    m = _one("The US soldier killed in a rocket attack in Iraq was named on Monday.")
    assert m["event_type"] == "attack"
    assert _one("US troops killed two gunmen in a raid near the border.")["event_type"] == "us_strike"


def test_a_state_across_which_violence_spread_is_no_actor():
    m = _one("Mass shootings across the U.S. killed at least six people this weekend.")
    assert m["event_type"] == "attack" and m["killed"] == 6


def test_whom_an_attack_was_blamed_on_is_not_its_place():
    m = _one("Two soldiers were killed in the rocket attack, which a senior general blamed on Iran.")
    assert m["place"] == ""
    m = _one("The Pentagon blames a recent rocket attack on the Erbil airport on Shia militants.")
    assert m["place"] == "Erbil International Airport"


def test_a_states_attack_told_in_a_heading_joins_the_missiles_the_account_tells():
    inc = incidents_of("Analysis: The Iranian Attack on Erbil",
                       "On January 15, ten ballistic missiles were fired at several places in Erbil.",
                       published="2024-01-19", paragraphs=True)
    assert len(inc) == 1


# ---------------------------------------------------------------- round 2
def test_a_common_way_of_attacking_is_no_event():
    assert len(_mentions(["A common militant tactic is to pack drones with explosives and fly them into targets."])) == 0


def test_targets_counted_in_each_of_two_countries_are_told_in_both():
    m = _one("On Friday, US jets struck three sites in Iraq and four in Syria.")
    assert m["place_text"] == "Iraq and Syria" and m["place_id"] == ""


def test_a_tables_day_and_month_joined_by_a_hyphen_is_a_date():
    assert _dates("31-Dec Gunmen attacked a church, killing three.", "2020-01-02") == [("31-Dec", "2019-12-31")]
    assert _dates("On 5-Jan-2021 a bomb went off.", None) == [("5-Jan-2021", "2021-01-05")]
    assert _dates("a 3-day visit", "2020-01-02") == []


# ---------------------------------------------------------------- round 3
def test_no_casualty_in_the_singular_is_none_of_either():
    c = casualties("Three rockets hit the airbase on Monday without causing any damage or casualty.")
    assert (c["killed"], c["injured"]) == (0, 0)
    assert casualties("The officials gave no casualty figures for the attack.")["killed"] is None


def test_people_sustaining_injuries_or_undergoing_evaluation_for_them_are_injured():
    assert casualties("The toll was seven, with another 18 people sustaining injuries.")["injured"] == 18
    assert casualties("Three soldiers are undergoing evaluation for possible brain injuries after the attack.")["injured"] == 3


def test_others_with_injuries_after_the_dead_are_not_the_dead_wounded():
    c = casualties("The car bomb claimed the lives of at least seven people, with several others sustaining injuries.")
    assert (c["killed"], c["injured"]) == (7, None)
    assert casualties("The blast left two soldiers with minor injuries.")["injured"] == 2



# ---------------------------------------------------------------- round 4
def test_a_headline_verb_after_its_subjects_aside_counts_the_dead():
    assert casualties("Twin car bombings on a market in Jos, blamed on the group, kill at least 118.")["killed"] == 118
    assert casualties("Landmines, which are hard to clear, kill about 20 a month.")["killed"] is None


def test_a_named_base_located_in_a_province_is_the_place():
    m = _one("Two drones attacked the Zulfa base located in Anbar province on Saturday.")
    assert m["place"] == "Zulfa base" and m["admin1"] == "Anbar"
    assert _one("Two drones attacked the Asad air base on Saturday.")["place"] == "Ain al-Asad Air Base"


# ---------------------------------------------------------------- round 5
def test_defences_able_to_intercept_the_first_drone_intercepted_one():
    m = munitions("Defences were able to intercept the first drone and the second drone hit the base.")
    assert (m["n_intercepted"], m["n_hit"]) == (1, 1)
    assert munitions("Air defences failed to intercept the drone, which hit the base.")["n_intercepted"] is None
    assert munitions("The systems were engaged to intercept the missile attack.")["n_intercepted"] is None


# ---------------------------------------------------------------- the review's misfires, kept out
def test_review_troops_who_killed_keep_their_agency():
    assert _one("U.S. soldiers killed at least two teachers in Kandahar on Monday.")["actor_id"] == "united_states"
    assert _one("Russian troops killed at least seven civilians in a village near Kupiansk on Thursday.")["actor_id"] == "russia"


def test_review_a_singular_casualty_before_a_noun_is_no_report_of_none():
    assert casualties("The ministry announced the air strike on Monday without casualty figures.")["killed"] is None
    c = casualties("A bomb killed at least five people on Monday; no casualty count for the wounded was given.")
    assert (c["killed"], c["injured"]) == (5, None)


def test_review_people_left_with_varying_injuries_are_hurt():
    assert casualties("The blast killed one person and left four others with varying injuries.")["injured"] == 4


def test_review_a_habit_and_the_event_its_sentence_tells():
    m = _mentions(["The usual militant practice is to plant bombs on roads, and on Sunday a roadside bomb blew up near Kirkuk."])
    assert len(m) == 1 and m.iloc[0]["place"] == "Kirkuk"


def test_review_other_people_in_another_country_do_not_join_it():
    assert _one("A drone strike killed a commander in Syria and two others in Iraq were arrested on Monday.")["place"] == "Syria"


def test_review_an_indefinite_or_launching_base_is_no_place():
    assert _one("A drone struck a Marine base in Anbar province on Tuesday, wounding two soldiers.")["place"] == "Anbar"
