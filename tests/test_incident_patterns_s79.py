"""Stop 79: incident rules written on the development samples' errors (fixtures in our own words, not the samples')."""

import pytest

from incident_fixtures import count_value, mentions_of
from analysis.events.roles import casualties


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize("text, killed", [
    ("One villager, a woman, was killed when shells hit the farm.", 1),
    ("One resident, a man, died and two others were hurt in the blast.", 1),
])
def test_one_victim_set_off_by_their_kind_of_person_is_one(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_person_of_another_group_after_a_comma_is_still_added():
    assert casualties("One soldier, a woman and two children were killed when shells hit the farm.")["killed"] == 4


@pytest.mark.parametrize("text, killed", [
    ("At least nine miners are believed to have died when the charge went off.", 9),
    ("Twelve fishermen are estimated to have been killed in the raid.", 12),
    ("Four guards are thought dead after the blast at the gate.", 4),
])
def test_the_dead_told_through_belief_or_estimate_are_the_dead(text, killed):
    assert casualties(text)["killed"] == killed


def test_people_believed_to_have_fled_are_not_dead():
    assert casualties("Nine miners are believed to have fled before the charge went off.")["killed"] is None


# ---------------------------------------------------------------- what is no incident of its own
def test_victims_counted_over_many_operations_are_a_tally_not_one_attack_per_place():
    m = mentions_of("Some 40 soldiers were killed in 17 rebel attacks in Mosul, Tikrit, Baiji and Samarra.")
    assert not m.empty and set(m["scope"]) <= {"aggregate", "series"}


# ---------------------------------------------------------------- casualties told after a claim
@pytest.mark.parametrize("third, killed, injured", [
    ("No casualties or damage were reported in the incident.", 0, 0),
    ("Two guards were wounded.", None, 2),
])
def test_casualties_told_after_the_claim_for_an_attack_are_the_attacks(third, killed, injured):
    m = mentions_of("A roadside bomb hit a supply convoy near Hilla on Monday.",
                    "The militia Kataib Hezbollah claimed responsibility for the attack.",
                    third, published="2021-03-15")
    attack = m[m["event_type"] == "attack"]
    assert len(attack) == 1
    assert count_value(attack["killed"].iloc[0]) == killed and count_value(attack["injured"].iloc[0]) == injured



# ---------------------------------------------------------------- where the stop's rules must not fire (review probes)
def test_a_placed_or_separate_toll_after_a_claim_stays_an_event_of_its_own():
    m = mentions_of("Gunmen attacked a checkpoint near Arish on Monday.", "Islamic State claimed responsibility.",
                    "Two soldiers were killed in a separate incident in Rafah.", published="2021-03-15")
    assert sorted(count_value(v) or 0 for v in m["killed"]) == [0, 0, 2] and len(m[m["event_type"] == "attack"]) == 2


@pytest.mark.parametrize("text, killed", [
    ("A civilian, a woman, a child and two soldiers were killed.", 5),
    ("Six climbers are feared to have died, but rescuers later found them alive.", None),
])
def test_a_list_is_no_apposition_and_the_found_alive_are_not_dead(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_year_before_attacks_is_no_count_of_them():
    m = mentions_of("Relatives of people killed in 2008 Mumbai attacks were injured by a grenade in Mumbai on Sunday.")
    assert "aggregate" not in set(m["scope"])


# ---------------------------------------------------------------- places, dates, bodies
def test_an_event_the_story_tells_as_months_earlier_takes_no_day_of_the_event_told():
    m = mentions_of("A roadside bomb struck an army truck in southwestern Pakistan on Tuesday, killing five soldiers.",
                    "The attack came less than two months after an assault on a bus in Balochistan that killed 20 people.",
                    published="2025-05-06")
    earlier = m[m["killed"].map(count_value) == 20]
    assert len(earlier) == 1 and earlier["date"].iloc[0] != "2025-05-06"


def test_a_place_part_after_a_possessive_town_and_a_sectarian_adjective_is_the_place():
    m = mentions_of("A bomb hit a police patrol in Baghdad's Sunni northern suburb of Abu Ghraib, killing three.")
    assert m["place"].tolist() == ["Abu Ghraib"]


@pytest.mark.parametrize("text, killed", [
    ("Farmers discovered the beheaded corpses of four men near the canal on Sunday.", 4),
    ("Police found the mutilated bodies of two shepherds in the valley.", 2),
])
def test_corpses_and_marked_bodies_found_are_the_dead(text, killed):
    assert casualties(text)["killed"] == killed


# ---------------------------------------------------------------- event words of timelines and protest reports
@pytest.mark.parametrize("text, killed", [
    ("Riot police fire live rounds into the crowd in the main square, killing at least 12.", 12),
    ("Soldiers open fire on marchers near the bridge, killing four.", 4),
    ("Gunmen burned alive six farmers in the village of Nahr on Tuesday.", 6),
])
def test_present_tense_firing_on_crowds_and_burning_alive_are_violent_events(text, killed):
    m = mentions_of(text)
    assert len(m) == 1 and count_value(m["killed"].iloc[0]) == killed


@pytest.mark.parametrize("text", [
    "An army recruit opens fire as the trainers watch at a range near the base.",
    "Police say they never fire live ammunition at peaceful crowds in the capital.",
    "Firefighters opening fire hydrants in the market drew crowds of children.",
    "Three children were burned alive when their house caught fire on Friday.",
])
def test_training_habits_hydrants_and_accidents_are_no_attack(text):
    assert mentions_of(text).empty
