"""Rules of the stop-45 round, written on the errors of four development samples of real reports (dev45a-d: militia
attacks on US forces and US strikes, and other violence in India, Somalia, Nigeria, Mali, the Czech Republic, Ecuador,
Honduras, Northern Ireland, the Philippines, Kenya, Burkina Faso, Peru, Ukraine, Afghanistan, Trinidad and Pakistan),
each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.events.timex import date_mentions
from analysis.events.vocabulary import weapons_in
from test_incident_patterns import _mentions
from test_incident_patterns_s44 import _incidents


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize("text, killed, injured", [
    ("A Station Police Officer, SPO, and two other constables were killed by the gang.", 3, None),
    ("The raids killed at least 11 fighters in Mosul, and 6 in Tikrit.", 17, None),
    ("Three guards were killed in the raid in Mosul and 4 in Tikrit were hurt.", 3, None),
    ("A jawan had sustained injuries in the blast.", None, 1),
    ("Early this year, a policeman and two other guards were killed by bandits.", 3, None),
])
def test_counts_of_titled_victims_places_and_regional_nouns(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_initials_after_a_title_do_not_split_the_list_of_victims():
    m = _mentions(["Early this year, a Station Police Officer, SPO, and two other constables were killed by gunmen in "
                   "the town."])
    assert m.iloc[0]["killed"] == 3


@pytest.mark.parametrize("text", [
    "There were no reports of damage or injuries caused by the incident.",
    "The army described the attack as causing “zero casualties and no damage”.",
])
def test_zero_casualties_in_other_words(text):
    c = casualties(text)
    assert c["injured"] == 0


# ---------------------------------------------------------------- the event a toll belongs to
def test_victims_killed_following_an_explosion_are_its_toll():
    m = _mentions(["Nine soldiers were killed and three others wounded on Monday following a powerful roadside explosion "
                   "in the town."], "2021-02-10")
    assert (m.iloc[0]["killed"], m.iloc[0]["injured"], m.iloc[0]["weapon"]) == (9, 3, "IEDs")


def test_a_lone_gunman_s_killing_is_an_attack():
    m = _mentions(["In May 2019, a gunman killed five people in a crowded waiting room."])
    assert (m.iloc[0]["killed"], m.iloc[0]["weapon"]) == (5, "small arms")


@pytest.mark.parametrize("text", [
    "Despite the pull-out, the navy has continued conducting airstrikes against the rebels.",
    "The raids — typically hit-and-run attacks on farms and road mines — have claimed around 300 lives nationally.",
    "Gunmen have killed at least 90 villagers in the northern provinces since March 2022, the group said.",
    "According to official figures, last year alone saw 900 civilians killed.",
])
def test_a_campaign_or_a_tally_is_no_incident(text):
    assert _mentions([text]).empty


# ---------------------------------------------------------------- dates
def test_early_this_year_is_no_autumn_day():
    d = date_mentions("Early this year, two guards were killed.", "2023-10-27").iloc[0]
    assert (d["value"], d["mod"], d["latest"] < "2023-06-01") == ("2023", "START", True)


def test_a_killing_early_this_year_is_not_merged_with_an_attack_in_october():
    _m, inc = _incidents(["Gunmen attacked a village on Friday, killing three farmers.",
                          "Early this year, a policeman and two other guards were killed by gunmen nearby."], "2023-10-27")
    assert len(inc) == 2


# ---------------------------------------------------------------- places and weapons
def test_a_unit_named_after_its_kind_word_is_found():
    assert [(p["text"], p["type"]) for p in scan_places("Gunmen attacked a market in the state of Borno.")] == \
        [("Borno", "province")]


def test_a_village_named_in_the_clause_is_finer_than_the_region_before_it():
    m = _mentions(["In the Kherson region, troops shelled the village of Velykyi Dalnyk, killing a woman."])
    assert m.iloc[0]["place"] == "Velykyi Dalnyk"


def test_an_abbreviated_rank_is_no_place():
    assert scan_places("The victim died, according to Maj. Ann Lee of the fire service.") == []


def test_capitals_named_as_parties_to_relations_are_no_places():
    m = _mentions(["Analysts assessed that the attack drone was Iranian in origin, the army said, a finding that could "
                   "worsen strained relations between Washington and Tehran."])
    assert set(m["place"]) <= {""}


@pytest.mark.parametrize("text, weapons", [
    ("the station Ecuavisa reported", []),
    ("a drone hit the depot", ["drones"]),
    ("the artillery headquarters was hit", ["artillery"]),
])
def test_weapon_words_are_whole_words(text, weapons):
    assert weapons_in(text) == weapons


def test_an_artillery_headquarters_is_a_target():
    m = _mentions(["The attack took place at the artillery headquarters of a field regiment in the town."])
    assert set(m["weapon"]) <= {""}


@pytest.mark.parametrize("text, published, value", [
    ("the raid on October seventh in the north", "2024-02-03", "2023-10-07"),
    ("killed on January3, 2020 near the airport", "2024-02-07", "2020-01-03"),
    ("CITY / 17 OCT 2011 BY A REPORTER", "2011-10-17", "2011-10-17"),
    ("The festival is this coming Sunday, March eighth.", "1998-03-05", "1998-03-08"),
])
def test_days_written_with_spelled_ordinals_capitals_or_no_space(text, published, value):
    assert date_mentions(text, published)["value"].tolist() == [value]


def test_a_spelled_ordinal_before_a_noun_is_no_day():
    assert date_mentions("She finished in May second place.", "2011-10-17")["value"].tolist() == ["2011-05"]


def test_a_floor_told_in_rockets_outweighs_a_missile_told_with_an_article():
    _m, inc = _incidents(["On Wednesday, a missile was fired at the Ain al-Asad air base.",
                          "At least seven rockets were fired at Ain al-Asad and landed inside the base, a source said."],
                         "2021-07-08")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 7


@pytest.mark.parametrize("text, killed, injured", [
    ("Eight persons died and 22 wounded after two blasts occurred in a military camp in the south on Friday.", 8, 22),
    ("Nine people are dead after an armed group invaded a village bar early Sunday and shot the patrons.", 9, None),
    ("On June 4 last year, rebels had ambushed an army convoy in this district, killing 18 soldiers.", 18, None),
])
def test_tolls_of_blasts_raids_and_ambushes_told_after_their_victims_or_a_year_ago(text, killed, injured):
    m = _mentions([text], "2016-05-22")
    assert (m.iloc[0]["killed"], None if m.iloc[0]["injured"] is pd.NA else m.iloc[0]["injured"]) == (killed, injured)


@pytest.mark.parametrize("text", [
    "The region has been the target of jihadist attacks since 2015 by groups that have killed more than 2,000 people.",
    "Families displaced by recent gang attacks in the district, August 16, 2023.",
    "Two dozen soldiers have been injured amid drone attacks at bases in the region.",
    "The rebels nearly toppled the government during the 1980s with car bombings and attacks on police posts.",
])
def test_tallies_since_a_year_recent_attacks_and_decades_are_no_incidents(text):
    assert _mentions([text], "2023-10-26").empty


def test_spent_shells_are_no_artillery_and_a_weekday_is_no_part_of_a_place_name():
    assert weapons_in("Police found spent shells of various calibers at the scene.") == []
    m = _mentions(["Eight persons died after two blasts occurred in a military camp in Sulu Friday, officials said."],
                  "2019-06-30")
    assert m.iloc[0]["place"] == "Sulu"
