"""Rules of the stop-56 rounds, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real place names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.events.places import scan_places
from analysis.events.roles import casualties, munitions, running_tally
from analysis.events.timex import date_mentions
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions, _one


def _dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [tuple(r) for r in date_mentions(text, published)[["text", "value"]].values.tolist()]


# ---------------------------------------------------------------- counts
def test_a_plural_subject_s_present_kill_before_a_bare_count():
    assert casualties("Two car bombs at a crowded market kill at least 40.")["killed"] == 40
    assert casualties("The gunmen plan to kill hostages if ignored.")["killed"] is None


def test_a_day_of_the_month_after_a_weekday_is_no_count():
    c = casualties("At least 12 people were killed and dozens more injured on Sunday 10 May 2020 in a raid.")
    assert c["killed"] == 12 and c["injured"] is None


def test_an_opening_mark_between_a_count_and_its_harm():
    assert casualties("Rockets struck the camp, causing two “minor injuries.")["injured"] == 2


def test_a_headline_s_bare_singular_victim_is_one():
    assert casualties("Car bomb kills civil engineer")["killed"] == 1
    assert casualties("Roadside blast kills soldier and wounds two")["killed"] == 1
    assert casualties("The new drug kills patient cells in tests")["killed"] is None


def test_no_victims_is_a_zero_toll():
    c = casualties("A car bomb went off outside the barracks, with no victims this time.")
    assert (c["killed"], c["injured"]) == (0, 0)
    assert casualties("No victims have been identified yet.")["killed"] is None


def test_failed_to_cause_injuries_is_no_injured():
    assert casualties("Gunmen fired at the post but failed to cause any injuries.")["injured"] == 0


def test_thousands_killed_in_the_perfect_are_a_campaign_s_toll():
    assert running_tally("It condemned the bombardment of the city, which has reportedly killed over 6,000 people.")
    assert not running_tally("The bombardment of the city killed 60 people on Monday.")


# ---------------------------------------------------------------- munitions
def test_a_drone_that_fired_missiles_is_their_launcher():
    assert munitions("A drone fired at least two missiles at a car on the road.")["n_fired"] == 2
    assert munitions("A drone hit the depot.")["n_fired"] == 1


def test_bombs_dropped_are_an_air_strike_s_munitions():
    m = _one("The strike was small: seven 500-pound bombs dropped on a depot near Al Bukamal.", "2021-02-26")
    assert int(m["n_fired"]) == 7 and m["weapon"] == "air strike"
    assert _mentions(["Men dropped off a bag at the shop and left."], "2021-02-26").empty


# ---------------------------------------------------------------- dates
def test_an_entry_s_day_before_a_colon_and_with_a_comma_after_the_month():
    assert _dates("On May 1: a bomb killed 19 at the station.", "2014-05-03") == [("May 1", "2014-05-01")]
    assert _dates("July, 20, 2015: Suruc", None) == [("July, 20, 2015", "2015-07-20")]
    assert _dates("In July, 20 people died.", "2015-08-01") == [("July", "2015-07")]


def test_a_weekday_in_front_of_a_bracketed_numeric_date_chooses_its_reading():
    assert _dates("The base was hit on Friday (12/1/2024).", None)[0][1] == "2024-01-12"


def test_a_headline_that_is_only_a_day_and_a_place_dates_its_entry():
    body = "- Two suicide bombers struck a rally in Ankara, killing 30 people."
    sents = pd.DataFrame([{"doc_id": "e", "para_id": 0, "sent_id": 0, "start": 0, "end": len(body), "text": body}])
    arts = pd.DataFrame({"doc_id": ["e"], "published": ["2015-10-12"], "text": [body],
                         "title": ["October 10, 2015: Ankara"]})
    m = incident_mentions(sents, arts)
    assert m.loc[0, "date"] == "2015-10-10" and m.loc[0, "date_source"] == "dateline"


# ---------------------------------------------------------------- places
def test_a_blast_that_hit_a_town_names_its_place():
    assert [p["text"] for p in scan_places("A blast hit Kabul on Monday.")] == ["Kabul"]
    assert [p["text"] for p in scan_places("An explosion rocked Quetta.")] == ["Quetta"]


# ---------------------------------------------------------------- two events or one
def test_the_attack_a_party_is_believed_responsible_for_is_another_event():
    m = _mentions(["Jets struck a camp on Thursday, targeting fighters believed responsible for an attack that killed "
                   "two guards when 12 rockets hit their base on Wednesday."], "2020-03-13")
    assert len(m) == 2 and int(m.loc[1, "killed"]) == 2 and int(m.loc[1, "n_hit"]) == 12


def test_a_car_bomb_and_then_gunfire_are_one_assault():
    inc = incidents_of("Fighters on Tuesday stormed an army base in the village of Hawadley with a car bomb and then "
                       "opened fire, killing at least seven soldiers, an officer said.", published="2023-01-19")
    assert len(inc) == 1 and int(inc.loc[0, "killed"]) == 7


def test_strikes_on_two_named_weekdays_of_an_undated_page_are_two():
    inc = incidents_of("In another strike on Tuesday, two people were killed in Hiwane, an official said.",
                       "The raids came after dozens were killed in a drone strike on Friday on a camp in Tigray.",
                       published="")
    assert len(inc) == 2


def test_a_think_tank_named_after_a_city_is_no_place():
    assert _mentions(["No group claimed the assault, but according to the Washington Institute, that is common."],
                     "2023-11-20").empty


# ---------------------------------------------------------------- round 2
def test_a_drone_strike_put_down_to_militants_is_their_attack():
    assert _one("Officials attribute the drone strike on the outpost to Iran-backed militants.",
                "2024-01-29")["event_type"] == "attack"


def test_an_unknown_town_and_the_province_the_article_names_are_one_place():
    inc = incidents_of("Gunmen ambushed a police convoy in the State of Mexico on Thursday, killing 13 officers.",
                       "The convoy was attacked in broad daylight in the municipality of Tlalmanalco as it patrolled.",
                       published="2021-12-10")
    assert len(inc) == 1 and int(inc.loc[0, "killed"]) == 13


def test_two_districts_of_a_province_only_the_text_names_are_two_places():
    inc = incidents_of("A bomb exploded on a bridge in Muang district, Yala, on Friday night, wounding nobody.",
                       "A pipe bomb was thrown into a ranger outpost in Raman district of Yala on Friday night.",
                       published="2023-04-15")
    assert len(inc) == 2


def test_a_group_that_continues_to_carry_out_attacks_is_a_habit():
    assert _mentions(["The group still continues to carry out high-profile attacks in the capital of Mogadishu."],
                     "2023-09-01").empty


def test_what_an_attack_prompted_a_state_to_fire():
    m = _one("This prompted Iran to fire ballistic missiles at an Iraqi base housing US troops.", "2020-01-10")
    assert m["weapon"] == "ballistic missiles"


def test_rockets_set_off_and_a_bomb_set_off_are_events():
    assert int(_one("Three rockets were reportedly set off near the airport after midnight.", "2021-07-08")["n_fired"]) == 3
    assert _mentions(["The speech set off a debate in Baghdad."], "2021-07-08").empty


def test_a_town_after_a_facility_and_of_is_its_place():
    assert [p["text"] for p in scan_places("an attack on the prison of Guayaquil last month")] == ["Guayaquil"]


# ---------------------------------------------------------------- round 3 (chronology entries)
def test_an_entry_s_place_between_its_date_and_a_dash():
    assert [p["text"] for p in scan_places("July 20, 2015: Qaraqosh - A bomb explodes near the church.")] == ["Qaraqosh"]


def test_a_car_laden_with_explosives_that_slams_into_a_building():
    m = _one("A car laden with explosives slams into a police station.", "2003-10-09")
    assert m["weapon"] == "car bomb"


def test_a_few_attacks_with_their_joint_toll_told_alone_are_one_incident():
    m = _one("16: 32 killed in two attacks targeting pilgrims in Baghdad.", "2013-03-19")
    assert int(m["killed"]) == 32
    m = _mentions(["Gunmen killed four guards at a checkpoint in Baqubah on Monday.",
                   "Two attacks in Baqubah killed seven people on Monday."], "2013-03-19")
    assert list(m["killed"]) == [4]
