"""Incident rules from the s32c (kill) round (issue 9: tolls that hold on real attack reports), each in a fixture of
our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.counts import count_rows
from analysis.events.mentions.scope import _summed_up
from analysis.events.roles import casualties
from test_incident_patterns_s31 import _incidents  # one paragraph per fixture string


# ---------------------------------------------------------------- "the first such X in N years": recency, not a summary
def test_a_first_in_years_aside_does_not_make_the_event_a_summary():
    clause = ("Nineteen travellers were killed and 40 hurt when a car bomb went off at a bus depot in Basra on Sunday, "
              "the first such bombing in the last three years")
    assert not _summed_up(clause, {"killed": 19, "injured": 40}, True)
    assert _summed_up("Car bombs went off in Basra three times in the last three years", {}, True)


def test_a_deadliest_in_years_aside_keeps_the_toll():
    inc = _incidents(["A roadside bomb killed eleven pilgrims near Karbala on Friday, the deadliest attack on pilgrims "
                      "in the past two years.", "The bomb went off as a bus carrying the pilgrims passed, police said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 11


# ---------------------------------------------------------------- "Town, Month D, (agency/agency) –": a dateline
def test_a_mixed_case_dateline_with_a_comma_and_two_agencies_is_not_the_place():
    inc = _incidents(["Amman, June 4, (xyz/abc) – Four people have been killed in a drone strike in northern Iraq, "
                      "local sources said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 4 and inc.iloc[0]["place"] == "Iraq"


# ---------------------------------------------------------------- a number in words right after a date is a count
def test_a_word_number_after_an_iso_day_is_a_count():
    assert [r["text"] for r in count_rows("On 2023-11-02 four guards were shot dead")] == ["four guards"]
    assert count_rows("On 2023-11-02 4 guards were shot dead") == []  # digits after a date stay out


# ---------------------------------------------------------------- "and some material losses": damage, not victims
def test_material_losses_after_a_toll_are_no_uncounted_victims():
    c = casualties("The shells caused the death of three farmers and some material losses.")
    assert c["killed"] == 3


# ---------------------------------------------------------------- "a car explosion": a car bomb
def test_a_car_explosion_is_a_car_bomb_attack_with_its_toll():
    inc = _incidents(["A car explosion at a busy bazaar in the north of the country has claimed the lives of at least "
                      "nine shoppers."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 9 and inc.iloc[0]["weapon"] == "car bomb"


# ---------------------------------------------------------------- "one X's death and injuries to two others": two tolls
def test_a_possessed_death_and_injuries_to_others_are_two_tolls():
    c = casualties("Gunmen raided the checkpoint overnight, resulting in one guard's death and injuries to three others.")
    assert c["killed"] == 1 and c["injured"] == 3
    c = casualties("The shelling caused death and injuries to dozens of villagers.")  # no possessor: a joint figure
    assert c["killed"] is None and c["injured"] is None


# ---------------------------------------------------------------- "X, badly hurt in ..., later died": dead, not hurt
def test_a_subject_hurt_in_an_aside_who_later_died_is_a_death():
    c = casualties("A police officer, seriously wounded in the market, later died in a clinic.")
    assert c["killed"] == 1 and c["injured"] is None
    c = casualties("A police officer was seriously wounded in the market.")
    assert c["killed"] is None and c["injured"] == 1


# ---------------------------------------------------------------- "N have been killed by X attacks": a running tally
def test_a_toll_killed_by_plural_attacks_is_a_running_tally():
    inc = _incidents(["Gunmen shot dead four herders near Palmyra on Tuesday, a monitor said.",
                      "Since March, more than 120 herders have been killed by rebel attacks in the desert, it said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 4


# ---------------------------------------------------------------- "officials said in X that ...": the speaker's town
def test_a_town_after_said_in_is_where_the_speaker_was_not_the_event():
    inc = _incidents(["Two militia officials said in Mosul that five fighters were killed in the airstrikes near the "
                      "border with Syria."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 5 and inc.iloc[0]["place"] != "Mosul"


# ---------------------------------------------------------------- "found the body of a X": one dead
def test_one_body_found_is_one_dead():
    assert casualties("Villagers discovered the body of a teacher near the canal on Sunday.")["killed"] == 1
    assert casualties("Villagers discovered the body armour of the guards near the canal.")["killed"] is None
