"""Incident rules from the s26 attack-report sample (dev half), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.merge import merge_incidents
from analysis.events.roles import casualties, munitions
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- an event told as weeks before the story
def test_an_attack_told_weeks_earlier_is_not_the_story_it_follows():
    m = _mentions(["Two marines died when rockets struck the Harir base on Wednesday, a commander told reporters.",
                   "Months earlier, the group had fired a drone at the same base, killing an interpreter.",
                   "The commander said two marines died in Wednesday's rocket attack on the Harir base."])
    inc, _ = merge_incidents(m)
    assert sorted(inc["killed"].tolist()) == [1, 2]


# ---------------------------------------------------------------- a quoted word inside a count
def test_a_quoted_adjective_inside_a_count_of_injuries_keeps_the_count():
    assert casualties("Gunmen fired eight rockets at the base on Monday, causing two “minor” injuries.")["injured"] == 2
    assert casualties('The blast caused three "light" injuries among the guards')["injured"] == 3


# ---------------------------------------------------------------- a roundup's toll over several events
def test_a_toll_over_separate_attacks_is_not_an_incident():
    m = _mentions(["Police reported that raids and ambushes in separate incidents left 17 dead and 30 hurt "
                   "around the country on Tuesday.",
                   "A bomb hidden in a parked van killed five workers near a bakery in Najaf."])
    assert m["killed"].tolist() == [5]


def test_a_toll_over_counted_attacks_on_one_day_is_not_an_incident():
    m = _mentions(["On Thursday, four attacks in the south of the country left 11 soldiers dead and three injured.",
                   "Near Samawa, gunmen opened fire on a convoy, killing one driver."])
    assert m["killed"].tolist() == [1]


def test_one_bombing_with_its_toll_stays_an_incident():
    m = _mentions(["On Saturday a suicide bomber killed 12 mourners at a funeral tent in Baquba."])
    assert m["killed"].tolist() == [12]


def test_the_parts_of_a_roundup_take_its_day():
    m = _mentions(["Police reported that raids and ambushes in separate incidents left 17 dead and 30 hurt "
                   "around the country on Tuesday.",
                   "A bomb hidden in a parked van killed five workers near a bakery in Najaf."])
    assert m[["killed", "date"]].values.tolist() == [[5, "2023-12-19"]]


# ---------------------------------------------------------------- threats written as a right or a time of choosing
def test_a_reserved_right_to_strike_is_a_threat():
    m = _mentions(["A second official said Washington reserved the right to strike further militia commanders."])
    assert m["event_type"].tolist() == ["threat"]


def test_holding_to_account_at_a_time_of_choosing_is_a_threat():
    m = _mentions(['President Ramos said: "We will bring all of those behind it to justice at a time of our '
                   'choosing."'])
    assert m["event_type"].tolist() == ["threat"]
    assert _mentions(["The minister pledged to hold those responsible accountable."]).empty  # a vow of justice only


def test_a_promised_response_is_a_threat_cue():
    from analysis.events.triggers import cue_classes

    assert "threat" in dict(cue_classes("Both governments have promised a firm response to the raid."))


# ---------------------------------------------------------------- defenders destroying a drone
def test_forces_that_destroy_a_drone_intercept_it():
    m = _mentions(["Coalition forces destroyed two drones over the base on Tuesday."])
    assert m[["event_type", "n_intercepted"]].values.tolist() == [["interception", 2]]


def test_a_drone_destroyed_after_a_claimed_attack_is_no_strike():
    m = _mentions(["A militia claimed a drone attack on the Harir base on Monday.",
                   "A US statement confirmed the attack and said American forces destroyed the drone, which caused no "
                   "damage."])
    assert "us_strike" not in m["event_type"].tolist()


# ---------------------------------------------------------------- two countries joined
def test_strikes_in_two_countries_have_no_one_country_as_their_place():
    m = _mentions(["US bombers hit 30 targets at four compounds in Syria and Iraq on Friday."])
    assert m[["place", "country"]].values.tolist() == [["", ""]]
    assert _mentions(["Rockets hit a base in Iraq on Friday."])["place"].tolist() == ["Iraq"]


# ---------------------------------------------------------------- a weapon's rate of fire
def test_a_defence_guns_rate_of_fire_is_no_count_of_munitions():
    m = munitions("One of the rockets was downed by the base's defence gun, which fires up to 60 rounds a second")
    assert m["n_fired"] is None and m["n_intercepted"] == 1
    assert munitions("militants fired up to 20 rockets at the base")["n_fired"] == 20


def test_a_toll_in_attacks_across_a_region_is_not_an_incident():
    m = _mentions(["Some 14 people were killed across western and central Iraq in a day of blasts on Wednesday.",
                   "In Ramadi, a roadside bomb killed six farmhands riding a minibus."])
    assert m["killed"].tolist() == [6]


# ---------------------------------------------------------------- a life claimed
def test_claiming_the_life_of_a_victim_is_a_death():
    c = casualties("A mortar round fell near the clinic on Friday, injuring 7 and claiming the life of a nurse.")
    assert (c["killed"], c["injured"]) == (1, 7)
    assert casualties("The blast tore through the bus station, claiming lives of 9 travellers.")["killed"] == 9


# ---------------------------------------------------------------- the one munition counted, then told to strike
def test_a_single_drone_that_struck_is_a_hit():
    m = munitions("Officials said the hostile drone that struck the outpost may have been confused with a friendly one")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)
    m = munitions("A spokesman said the raid was carried out by a single drone, which impacted the base.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)
    assert munitions("A single rocket struck near the base on Monday.")["n_hit"] == 1
