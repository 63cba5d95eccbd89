"""Patterns met in a second real development set of attack reports (other outlets, other actors): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events import merge_incidents
from analysis.events.counts import count_rows
from analysis.events.mention_places import locative
from analysis.events.places import scan_places
from analysis.events.roles import casualties, munitions, named_victims
from analysis.events.triggers import cue_classes

from test_incident_patterns import _mentions as pattern_mentions


def _mentions(paras: list[str], published: str = "2022-05-10") -> pd.DataFrame:
    return pattern_mentions(paras, published)


def _incidents(paras: list[str], published: str = "2022-05-10") -> pd.DataFrame:
    return merge_incidents(_mentions(paras, published))[0]


# ---------------------------------------------------------------- counts
def test_a_number_with_plus_counts_as_more_than_that_number():
    row = [r for r in count_rows('A barrage of "25-plus" rockets hit the camp.') if r["noun"] == "rockets"][0]
    assert (row["value"], row["qualifier"], row["text"]) == (25, "more_than", '25-plus" rockets')


def test_an_attack_sized_by_its_rockets_gives_the_rockets_fired():
    assert munitions("The raid followed a 20-plus rocket attack on the airfield.")["n_fired"] == 20


def test_a_single_drone_that_attacked_is_one_fired():
    assert munitions("A drone attacked the airport at dawn.", "attack")["n_fired"] == 1


def test_struck_near_is_a_hit():
    m = munitions("The drone struck near the barracks, wounding guards.", "attack")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)


def test_victims_described_by_their_affiliation_are_still_counted():
    assert casualties("Officials said four fighters affiliated with the local unit (LU) were killed in the strike.")[
        "killed"] == 4


def test_a_dateline_before_a_dash_is_no_apposition():
    c = casualties("Mosul, AGENCY – Two guards were reportedly killed and three others injured in a blast.")
    assert (c["killed"], c["injured"]) == (2, 3)


def test_the_one_wounded_who_died_later_is_also_killed():
    c = casualties("gunmen shot a clerk, wounding her badly, and she later died in hospital")
    assert (c["killed"], c["injured"]) == (1, 1)


def test_a_named_victim_after_a_possessor_and_not_a_body_after_the():
    assert named_victims("the strike kills Syria's Ahmad Karimi, a local commander.") == ["Ahmad Karimi"]
    assert named_victims("Also killed is the head of the Border Guard Brigade, Omar Haddad.") == ["Omar Haddad"]


# ---------------------------------------------------------------- event words and generic statements
def test_struck_of_a_deal_is_no_blow():
    assert not cue_classes("after an agreement struck on the town's security last year")
    assert cue_classes("rockets struck the depot")


def test_a_question_reports_no_event():
    assert _mentions(["What do we know about the air strike near Qaim?"]).empty


def test_a_group_escalating_its_attacks_is_a_generic_statement():
    assert _mentions(["Militants have escalated their attacks in the area between Kirkuk and Diyala."]).empty


def test_a_speaker_aware_of_reports_is_no_perpetrator():
    m = _mentions(["The Pentagon said it had seen reports of a drone attack on the airport in Erbil."])
    assert list(m["event_type"]) == ["attack"]


def test_a_speaker_naming_its_own_strike_is_its_agent():
    m = _mentions(["The Pentagon said its strike on the depot in eastern Syria was measured."])
    assert list(m["event_type"]) == ["us_strike"]


# ---------------------------------------------------------------- one event per article
def test_joint_strikes_of_one_day_with_their_toll_are_one_incident():
    m = _mentions(["Local sources said 15 fighters had been killed and 30 hurt when two air strikes hit "
                   "al-Qaim on Friday."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 15


def test_the_first_attack_in_years_is_no_tally():
    m = _mentions(["Twenty people were killed when a suicide bomber struck a Baghdad market on Thursday, the first "
                   "such bombing in the past two years."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 20


def test_the_attack_in_a_story_of_strikes_only_is_that_strike():
    inc = _incidents(["A Turkish drone strike on Monday killed three fighters in northern Iraq.",
                      "The fighters were driving to Sinjar at the time of the attack.", "The area is disputed.",
                      "Ankara says the group is a threat.", "Baghdad has protested before.",
                      "Ankara gave no comment on Monday's reported drone strike."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 3


def test_a_locator_place_does_not_split_one_articles_report():
    inc = _incidents(["An army post 50 kilometers north of Baghdad came under attack, a source said.",
                      "Gunmen killed two soldiers at the checkpoint outside Jdeideh village, Khalis district."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 2


def test_a_place_where_a_party_is_based_does_not_locate_the_event():
    sent = "Rockets hit the camp of the coalition, which is based in Kuwait City, on Monday."
    kuwait = [p for p in scan_places(sent) if p["text"] == "Kuwait City"][0]
    assert not locative(sent, kuwait)
    sent = "Rockets hit a camp in Kuwait City on Monday."
    assert locative(sent, [p for p in scan_places(sent) if p["text"] == "Kuwait City"][0])


def test_a_running_total_told_with_it_ends_the_sentences_events_but_an_updated_toll_does_not():
    m = _mentions(["Gunmen shot dead a teacher in Mayadin on Monday, and with more deaths it rose to 250, the number of "
                   "people killed in the province this year, after the cells killed 90 civilians in the east."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 1
    m = _mentions(["The death toll from the car bomb in Tikrit rose to 12, officials said."])
    assert len(m) == 1 and m.iloc[0]["place"] == "Tikrit"


def test_a_locator_lead_with_its_own_toll_stays_apart_from_another_attack():
    inc = _incidents(["Two soldiers were killed when a post 50 kilometers north of Baghdad came under attack.",
                      "Separately, a bomb killed a farmer in al-Tala'a village, Khalis district."])
    assert len(inc) == 2


def test_named_people_who_lost_their_lives_are_counted():
    c = casualties("The unit said its officers Aram Dilan, Baran Seyid and Çiya Roj lost their lives in the strike.")
    assert c["killed"] == 3


def test_information_that_did_not_indicate_injuries_gives_zeros():
    c = casualties("Officials said first reports did not indicate any injuries or casualties.")
    assert (c["killed"], c["injured"]) == (0, 0)


def test_the_day_in_a_wire_dateline_bracket_is_the_filing_day_not_the_events():
    m = _mentions(["Tue 3rd May 2022", "MOSUL (Agency News / Wire - 3rd May, 2022) A drone attack hit the airport "
                   "in Erbil, the ministry said."], "2022-05-03")
    assert m.iloc[-1]["date_source"] != "sentence"


def test_a_killing_with_its_own_earlier_day_is_not_the_toll_of_the_event_before():
    m = _mentions(["Two rockets hit the Green Zone in Baghdad on Sunday, officials said.",
                   "Staff left before the anniversary of the killing of general Karim Nasser near Baghdad "
                   "airport on March 5."], "2020-12-21")
    rockets = m[m["weapon"] == "rockets"].iloc[0]
    assert pd.isna(rockets["killed"]) and len(m) == 2


def test_a_definite_reference_to_the_strike_takes_its_day_not_a_background_year():
    inc = _incidents(["A Turkish drone hit a car in northern Iraq on Sunday, a local agency said.",
                      "Officials later said two fighters were killed in the strike.",
                      "The drone hit the car close to Kocho, where families displaced in 2014 now live."], "2023-09-17")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 2


def test_air_defences_stopping_part_of_a_strike_are_that_strike_not_another_incident():
    inc = _incidents(["An Israeli air strike near Homs killed two soldiers on Monday, state media said.",
                      "Air defences intercepted some of the missiles, the agency added."], "2023-08-07")
    assert len(inc) == 1 and inc.iloc[0]["event_type"] == "strike"


def test_a_states_drone_is_the_aircraft_not_a_munition_fired():
    m = _mentions(["A Turkish drone fired two missiles at a car near Sinjar on Monday, killing two fighters."], "2023-02-27")
    assert m.iloc[0]["event_type"] == "strike" and m.iloc[0]["n_fired"] == 2 and m.iloc[0]["killed"] == 2
    # told alone, the one drone that struck is the strike's one munition, as ANNOTATION.md counts it (stop 61)
    m = _mentions(["A Turkish drone hit a car near Sinjar on Monday, killing two fighters."], "2023-02-27")
    assert m.iloc[0]["event_type"] == "strike" and (m.iloc[0]["n_fired"], m.iloc[0]["n_hit"]) == (1, 1)
    m = _mentions(["A drone hit the base near Erbil on Monday, killing two guards."], "2023-02-27")
    assert m.iloc[0]["n_fired"] == 1


def test_a_vow_to_hold_someone_to_account_is_no_threat_of_violence():
    assert "threat" not in cue_classes("The minister pledged to hold those behind the bombing accountable.")
    assert "threat" in cue_classes("The militia vowed to strike back and hold the US accountable.")
