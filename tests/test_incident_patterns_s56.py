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


# ---------------------------------------------------------------- the review's misfires (sentences of the reviewer's kind)
def test_a_rate_a_warning_or_a_condition_with_kill_is_no_toll():
    for t in ("Heavy shelling could eventually kill 1,000 in the city, the mayor warned.",
              "Landmines still kill about 20 a month.", "If the bombings kill 10, the talks collapse."):
        assert casualties(t)["killed"] is None, t


def test_a_headline_s_list_of_victims_is_not_one():
    assert casualties("Suicide bomber kills policeman, two civilians in Quetta")["killed"] != 1
    assert casualties("Roadside bomb kills soldier; toll rises to 5")["killed"] != 1


def test_no_victims_among_a_group_or_in_court_is_no_zero():
    for t in ("Shelling hit the city on Monday but there were no victims among civilians, the governor said.",
              "Police said no victims had come forward yet.",
              "Gunmen attacked a police post, but failed to cause any casualties among the officers."):
        c = casualties(t)
        assert (c["killed"], c["injured"]) == (None, None), t
    assert casualties("The attack failed to cause any injuries among US personnel.")["injured"] is None


def test_one_attack_s_thousands_told_in_the_perfect_is_its_toll():
    assert not running_tally("At least 1,200 people have been killed in Saturday's attack on the border towns.")


def test_a_bomb_dropped_by_hand_is_no_air_strike():
    m = _one("Police said the attacker dropped the bomb in a bin near the station in Quetta before it exploded, "
             "killing three.", "2024-10-18")
    assert m["weapon"] != "air strike" and m["event_type"] == "attack"


def test_firing_a_coach_and_fireworks_are_no_attacks():
    assert _mentions(["The defeat in Madrid prompted the club's owners to fire the coach on Sunday."], "2024-10-18").empty
    assert _mentions(["Celebrating fans in Kabul set off firework rockets after the win."], "2024-10-18").empty


def test_a_town_s_institute_of_something_keeps_the_town():
    assert _one("A suicide bomber killed eight people at the Karachi Institute of Technology on Monday.",
                "2024-10-18")["place"] == "Karachi"


def test_a_party_in_an_entry_heading_is_no_place():
    assert [p["text"] for p in scan_places("March 22, 2024: Islamic State - Gunmen killed 145 people near Moscow.")] \
        == ["Moscow"]


def test_an_anniversary_headline_does_not_date_the_lead():
    body = "Jets struck villages in the south, killing 20 people, the ministry said."
    sents = pd.DataFrame([{"doc_id": "e", "para_id": 0, "sent_id": 0, "start": 0, "end": len(body), "text": body}])
    arts = pd.DataFrame({"doc_id": ["e"], "published": ["2024-10-08"], "text": [body], "title": ["October 7: One Year On"]})
    assert incident_mentions(sents, arts).loc[0, "date_source"] != "dateline"


def test_a_siege_s_end_and_a_toll_risen_days_later_are_the_event_told():
    assert len(incidents_of("Gunmen stormed a hotel in Mogadishu on Monday, killing at least 10 people.",
                            "The siege of the hotel in Mogadishu ended on Wednesday after troops killed the gunmen.",
                            published="")) == 1
    assert len(incidents_of("A car bomb exploded in a market in Baghdad on Monday, killing 20 people.",
                            "The death toll from the car bomb in Baghdad rose to 31 on Wednesday, police said.",
                            published="")) == 1


def test_two_tellings_of_one_toll_at_a_district_and_a_sub_district():
    inc = incidents_of("A roadside bomb killed two rangers in the Raman district of Bakong on Monday, police said.",
                       "Two rangers were killed by a bomb in the Kota Baru sub-district of Bakong on Monday, a "
                       "headman said.", published="2024-10-18")
    assert len(inc) == 1


def test_a_clash_in_the_province_is_not_a_village_s_massacre():
    assert len(incidents_of("Gunmen killed five farmers in the village of Ungwan Zakara on Monday, residents said.",
                            "Troops clashed with bandits in Zamfara state on Monday, the army said.",
                            published="2024-10-18")) == 2


def test_blamed_the_strike_on_a_base_keeps_the_base_the_target():
    m = _one("The Iraqi government blamed the drone strike on the PMF base in Jurf al-Sakhar on unknown aircraft.",
             "2024-10-18")
    assert m["event_type"] == "strike"


def test_attacks_over_a_holiday_period_stay_a_summary():
    assert _mentions(["Four attacks on churches in Plateau state over the Christmas period killed 160 people."],
                     "2024-12-28").empty
