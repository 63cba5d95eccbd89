"""Patterns met in a fourth real development set of attack reports (other outlets again): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events import merge_incidents
from analysis.events.clauses import is_caption
from analysis.events.roles import casualties, munitions, named_victims
from analysis.events.triggers import cue_classes, event_type

from test_incident_patterns import _mentions as pattern_mentions


def _mentions(paras: list[str], published: str = "2022-05-11") -> pd.DataFrame:
    return pattern_mentions(paras, published)


def _incidents(paras: list[str], published: str = "2022-05-11") -> pd.DataFrame:
    return merge_incidents(_mentions(paras, published))[0]


# ---------------------------------------------------------------- casualties
def test_no_reports_of_injuries_and_none_reported_injured_are_zero():
    assert casualties('Officials said there were "no current reports" of injuries to the crews.')["injured"] == 0
    assert casualties("No soldiers have been reported injured so far.")["injured"] == 0
    assert casualties("A spokesman said there were no troops injured.")["injured"] == 0
    assert casualties("No guards have been reported killed.")["killed"] == 0
    assert casualties("There were reports of injuries to the crews.")["injured"] is None


def test_a_count_that_owns_a_death_is_the_killed():
    assert casualties("The raid resulted in one guard's death.")["killed"] == 1
    assert casualties("The raid resulted in two guards' injuries.")["injured"] == 2


def test_a_titled_victim_with_an_abbreviated_title_is_named():
    assert named_victims("a drone strike that killed Maj. Gen. Farid Karimov near the depot") == ["Farid Karimov"]
    assert casualties("the blast caused the death of a senior general near the port")["killed"] == 1


# ---------------------------------------------------------------- munitions
def test_one_munition_after_targeted_by_or_hit_by_a_missile():
    m = munitions('The depot had been targeted by a "short-range ballistic missile," a spokesman said.')
    assert (m["n_fired"], m["n_hit"]) == (1, None)
    m = munitions("The depot was hit by a cruise missile on Monday.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)
    assert munitions("The depot was hit by a missile barrage.")["n_fired"] is None


def test_a_drone_that_came_down_on_a_camp_was_fired_and_hit():
    m = munitions("Two guards were hurt when a drone came down on the camp.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)


def test_a_number_inside_an_aircraft_designation_is_no_count():
    m = munitions("An AC-130 struck a truck near the road.")
    assert (m["n_fired"], m["n_hit"]) == (None, None)
    assert munitions("Three rockets struck the camp.")["n_hit"] == 3


# ---------------------------------------------------------------- event types and agents
def test_a_state_abbreviation_before_its_drone_strike_is_the_agent():
    m = _mentions(["The U.S. drone strike in May killed a commander in the capital."])
    assert m.iloc[0]["event_type"] == "us_strike"


def test_an_agent_after_an_aside_conducted_the_strikes():
    m = _mentions(["The U.S. military, on the orders of the president, conducted airstrikes on Sunday near a depot."])
    assert m.iloc[0]["event_type"] == "us_strike"


def test_a_state_that_said_it_targeted_a_group_tells_its_strike():
    m = _mentions(["Washington said it targeted the group's depots in the west on Sunday."])
    assert m.iloc[0]["event_type"] == "us_strike"


def test_a_life_threatening_wound_is_no_threat():
    assert "threat" not in cue_classes("None of the wounds were considered life-threatening.")


def test_what_a_gunship_can_do_or_a_site_is_used_for_is_no_event():
    t = "The gunship, which is capable of firing artillery at targets on the ground, was on patrol."
    assert event_type(t, cue_classes(t), None, set(), False) is None
    t = "Militias were using the depots to launch drone attacks against the troops."
    assert event_type(t, cue_classes(t), None, set(), False) is None
    from analysis.events.triggers import _NO_EVENT

    assert not _NO_EVENT.search("A drone was used to launch the attack on the camp on Monday.")  # one attack: an event


def test_a_strike_noun_outside_a_modal_is_an_event():
    m = _mentions(["The raid follows a U.S. strike last week against fighters preparing to launch drones."])
    assert "us_strike" in m["event_type"].tolist() and "threat" not in m["event_type"].tolist()


def test_an_air_defence_list_is_no_weapon_of_the_attack():
    inc = _incidents(["Rockets hit the camp early on Monday.",
                      "The camp's counter rocket, artillery, mortar, or C-RAM, systems engaged, and some rockets struck it."])
    assert len(inc) == 1 and inc.iloc[0]["weapon"] == "rockets"


# ---------------------------------------------------------------- who suffered what
def test_a_strike_does_not_take_the_victims_of_the_attack_it_answers():
    m = _mentions(["U.S. jets struck depots on Friday against groups blamed for a drone attack that killed a driver "
                   "and wounded two guards."])
    strike = m[m["event_type"] == "us_strike"].iloc[0]
    assert pd.isna(strike["killed"]) and pd.isna(strike["injured"])


def test_the_attack_clause_after_a_strike_keeps_no_state_agent():
    m = _mentions(["The United States carried out air strikes on Monday after a drone attack earlier in the day "
                   "by gunmen that wounded three guards."])
    drone = m[m["weapon"] == "drones"].iloc[0]
    assert drone["event_type"] == "attack" and drone["injured"] == 3


def test_casualties_of_us_personnel_are_not_a_us_strikes_victims():
    m = _mentions(["U.S. jets struck two depots on Friday.",
                   "Since May, 40 U.S. service members have suffered wounds, officials said."])
    strike = merge_incidents(m)[0]
    strike = strike[strike["event_type"] == "us_strike"].iloc[0]
    assert pd.isna(strike["injured"])


def test_injured_in_those_attacks_is_a_tally():
    inc = _incidents(["A missile hit the camp on Monday, officials said.",
                      "Camps were attacked 40 times since May, and 30 personnel have been injured in those attacks."])
    assert inc["injured"].dropna().tolist() == []


def test_wounded_in_the_air_attacks_is_the_strikes_toll():
    m = _mentions(["U.S. jets struck the group's depots in the west on Sunday.",
                   "Local sources said 20 fighters were wounded in the air attacks."])
    assert m.iloc[-1]["event_type"] == "us_strike" and m.iloc[-1]["injured"] == 20


# ---------------------------------------------------------------- background and captions
def test_an_earlier_strike_less_than_a_week_before_is_kept():
    m = _mentions(["Rockets hit the camp on Wednesday.",
                   "The attack came less than a week after U.S. jets struck a depot in Al-Qaim."])
    assert "us_strike" in m["event_type"].tolist()


def test_the_incident_on_a_day_marked_the_first_restates_the_story():
    from analysis.events.mentions.inherit import _RESTATED

    assert _RESTATED.match("The incident on Tuesday marked the first such strike this year.")
    assert not _RESTATED.match("The incident on Tuesday killed two guards.")


def test_a_video_screenshot_and_a_slash_credit_are_captions():
    assert is_caption("This video screenshot shows jets striking a depot on May 2.")
    assert is_caption("Jets strike a depot at dawn. (Jane Doe /Army Media)")
    assert not is_caption("The rockets hit the base at 7:20 am (0420 GMT).")


def test_the_border_between_two_countries_is_the_border_place():
    m = _mentions(["U.S. jets struck depots on Sunday near the border between Iraq and Syria."])
    assert m.iloc[0]["place_id"] == "iraq_syria_border"


def test_a_drone_with_a_said_clause_that_crashed_into_a_camp_was_fired_and_hit():
    m = munitions("Two guards were hurt when a drone they said was of foreign make crashed into the camp.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)


def test_missiles_hitting_a_building_in_a_story_of_strikes_are_the_strikes_own():
    inc = _incidents(["U.S. jets struck a depot near the town early on Friday, killing two guards.",
                      '"Five missiles hit the main building and ten cars burned," a witness said.'], "2022-05-13")
    assert len(inc) == 1 and inc.iloc[0]["n_hit"] == 5


def test_the_first_since_a_strike_splits_off_the_earlier_strike():
    from analysis.events.clauses import split_clauses

    t = "The rocket attack was the first since U.S. jets struck militia depots last week, killing one fighter."
    assert len(split_clauses(t)) == 2
    assert len(split_clauses("There have been 40 attacks since October 17.")) == 1
    m = _mentions([t])
    strike = m[m["event_type"] == "us_strike"].iloc[0]
    assert strike["weapon"] != "rockets" and strike["killed"] == 1


def test_a_quoted_rocket_name_and_a_drone_that_delivered_a_strike_hit():
    m = munitions("An unguided ‘Grad’ rocket landed inside the compound, police said.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)
    m = munitions("The drone delivered a strike on the outpost in the afternoon.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)
    assert munitions("A drone attack hit the outpost.")["n_hit"] is None


def test_a_kind_of_weapon_named_with_attack_is_no_attack():
    assert "attack" not in cue_classes("The plane is armed with a cannon and ground attack weapons.")
    assert "attack" in cue_classes("Gunmen carried out an attack on the checkpoint.")


def test_a_gunship_that_destroyed_a_vehicle_is_the_states_strike_without_the_militias_missiles():
    m = _mentions(["A U.S. gunship destroyed a truck from which the militia had fired missiles at the camp, officials said."])
    strike = m[m["event_type"] == "us_strike"].iloc[0]
    assert strike["weapon"] != "missiles"


def test_a_remark_added_after_the_attack_does_not_change_its_type():
    m = _mentions(["The camp was hit by a missile on Monday, injuring four soldiers, a spokesman said, adding that a "
                   "gunship was already in the air."])
    assert m.iloc[0]["event_type"] == "attack" and m.iloc[0]["injured"] == 4
