"""Rules of the stop-50 round, written on the errors of real reports (the development samples dev50a-c), each in a
fixture of our own words (made-up places and people).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.clauses import split_clauses
from analysis.events.roles import casualties, running_tally
from analysis.events.triggers import cue_classes
from analysis.events.vocabulary import weapons_in
from test_incident_patterns import _mentions
from test_incident_patterns_s49 import _incidents  # (mentions, incidents) of one article, one paragraph per string


# ---------------------------------------------------------------- "after" before a time of day
@pytest.mark.parametrize("when", ["just after 9:30 p.m. local time", "shortly after midnight", "after dawn on Friday"])
def test_after_a_clock_time_is_the_same_events_time(when):
    s = f"Three rockets hit the Orsk base {when}, killing one guard and wounding four others."
    assert len(split_clauses(s)) == 1
    m = _mentions([s], "2024-02-16")
    assert len(m) == 1 and m.iloc[0]["killed"] == 1 and m.iloc[0]["injured"] == 4


def test_after_an_event_still_opens_another_clause():
    assert len(split_clauses("Rockets hit the Orsk base after the raid on the depot killed two.")) == 2


# ---------------------------------------------------------------- a page's date stamp before the dateline
def test_a_dateline_after_a_date_stamp_is_not_the_events_place():
    m = _mentions(["date 2021-05-02 VELMAR, ORSKIA (7:10 A.M.) – Gunmen ambushed a bus near Tallik on Friday, "
                   "killing six passengers."], "2021-05-02")
    assert len(m) == 1 and m.iloc[0]["place"] != "Velmar" and m.iloc[0]["killed"] == 6


# ---------------------------------------------------------------- harms are no victims
def test_the_deaths_of_soldiers_and_numerous_injuries_counts_the_dead():
    c = casualties("a drone hit the outpost, resulting in the deaths of four soldiers and numerous injuries")
    assert c["killed"] == 4


# ---------------------------------------------------------------- an attack on a held place
def test_an_attack_on_sites_takes_the_unknown_name_after_in():
    m = _mentions(["The militia said its fighters attacked enemy positions in the occupied Tarvin Heights."],
                  "2024-04-18")
    assert len(m) == 1 and m.iloc[0]["place"] == "Tarvin Heights"


def test_a_verbal_attack_without_a_site_stays_out():
    assert _mentions(["The senator attacked his rivals in Congress."], "2024-04-18").empty


# ---------------------------------------------------------------- a conflict's running toll
def test_confrontations_that_have_killed_are_a_running_tally():
    assert running_tally("The confrontations between the two armies have killed 310 people on one side.")


# ---------------------------------------------------------------- a response carried out
def test_retaliated_by_destroying_is_an_act_not_a_threat():
    m = _mentions(["Coalition forces retaliated against rocket attacks on two bases in Syria by destroying four trucks "
                   "used to launch the rockets."], "2022-08-25")
    assert len(m) == 1 and m.iloc[0]["event_type"] != "threat"


def test_striking_as_a_verb_is_an_attack_word_not_as_an_adjective():
    assert cue_classes("forces retaliated by striking three vehicles near the border")
    assert not cue_classes("it was a striking image of the crowd")


# ---------------------------------------------------------------- a dateline's day bounds the event from above
def test_a_lede_dated_by_the_page_stamp_joins_the_attack_told_with_its_day():
    _m, inc = _incidents(["date 2022-09-28 The government says an attack in Orskia killed 11 soldiers.",
                          "The attack on Monday took place in the Tallik area of Verna province."], "2022-09-28")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 11


# ---------------------------------------------------------------- another attack, with its kind between
def test_another_smaller_attack_is_an_event_apart():
    _m, inc = _incidents(["At least 20 soldiers were killed on Monday in an attack in northern Orskia.",
                          "A village leader said another, smaller-scale attack took place on Monday in Tallik, "
                          "killing four guards."], "2023-06-27")
    assert sorted(inc["killed"].astype(int).tolist()) == [4, 20]


# ---------------------------------------------------------------- the earlier event's clause keeps its day and toll
def test_a_day_in_a_following_clause_is_the_earlier_events():
    m = _mentions(["Five guards were wounded in an attack on a base in Orskia, officials said, amid tension "
                   "following the killings last week of two militia leaders."], "2024-08-06")
    attack = m[m["injured"] == 5]
    assert len(attack) == 1 and attack.iloc[0]["date_source"] != "sentence"


def test_the_killing_a_threat_answers_is_no_victim_of_the_attack():
    m = _mentions(["Two rockets were fired at the Orsk base on Monday.",
                   "It was unclear whether the attack was linked to threats of retaliation over the killing of the "
                   "militia leader Tamar Vesk."], "2024-08-06")
    rockets = m[m["n_fired"] == 2]
    assert len(rockets) == 1 and pd.isna(rockets.iloc[0]["killed"])


def test_victims_told_after_an_earlier_event_go_to_the_story():
    _m, inc = _incidents(["Two rockets were fired at the Orsk base in Orskia on Monday.",
                          "It was unclear whether the attack was linked to threats over the killing of the militia "
                          "leader Tamar Vesk.",
                          "Officials said one of the guards was seriously wounded."], "2024-08-06")
    rockets = inc[inc["n_fired"] == 2]
    assert len(rockets) == 1 and rockets.iloc[0]["injured"] == 1


def test_one_name_with_an_apposition_was_assassinated():
    assert casualties("Vesk, the leader of the Orsk movement, was assassinated in Velmar last week")["killed"] == 1


# ---------------------------------------------------------------- a fuller toll after a part
def test_a_fuller_toll_replaces_a_part_of_it():
    _m, inc = _incidents(["Two rockets were fired at the Orsk base in Orskia on Monday.",
                          "Officials said one of the guards was seriously wounded.",
                          "A news agency, citing officials, said seven guards and workers were injured."], "2024-08-06")
    rockets = inc[inc["n_fired"] == 2]
    assert len(rockets) == 1 and rockets.iloc[0]["injured"] == 7


# ---------------------------------------------------------------- back-references and remarks
def test_no_casualties_in_that_attack_takes_its_day():
    m = _mentions(["Militias targeted coalition troops on Aug. 15 at the al-Tanf garrison.",
                   "There were no casualties or damage in that attack.",
                   "The command gave more details on Thursday."], "2022-08-26")
    zero = m[m["killed"] == 0]
    assert len(zero) == 1 and zero.iloc[0]["date"] == "2022-08-15"


def _all_mentions(text: str, published: str) -> pd.DataFrame:
    sents = pd.DataFrame([{"doc_id": "d", "para_id": 0, "sent_id": 0, "start": 0, "end": len(text), "text": text}])
    return incident_mentions(sents, pd.DataFrame({"doc_id": ["d"], "published": [published], "text": [text]}))


def test_attacks_said_to_be_rare_are_no_event():
    assert _all_mentions("However, rocket attacks in Syria are quite rare.", "2021-10-22").empty
    assert len(_all_mentions("Rocket attacks on the base were frequent last year, and two rockets hit it on Monday.",
                             "2021-10-22")) == 1


# ---------------------------------------------------------------- places and weapons
def test_a_place_in_a_clause_joined_by_as_is_not_the_events():
    m = _mentions(["The president condemned a deadly bombing on Sunday, as police stepped up security around the "
                   "capital Velmar."], "2023-12-04")
    assert m.empty or (m["place"].fillna("") != "Velmar").all()


def test_a_place_in_a_clause_joined_by_but_is_still_the_events():
    m = _mentions(["Three rockets were fired at the embassy on Thursday.",
                   "The embassy itself was not hit, the army said, but three nearby places in Baghdad's Green Zone were."],
                  "2021-07-09")
    assert "Green Zone" in set(m["place"].fillna(""))


def test_anti_aircraft_guns_are_no_aircraft():
    assert "air strike" not in weapons_in("gunmen armed with machine guns and anti-aircraft guns attacked the village")


def test_repelled_drones_is_an_interception():
    assert "interception" in cue_classes("coalition forces repelled several drones near the base")


def test_on_the_same_day_as_an_attack_opens_on_another_event():
    m = _mentions(["On the same day as the rocket attack on the Orsk base, coalition forces repelled several drones "
                   "near the Tallik garrison."], "2022-08-25")
    assert set(m["event_type"]) >= {"interception"} and len(m) == 2
