"""Rules of the stop-48 round, written on the errors of three development samples of real reports (dev48a-c: militia
attacks on US forces and US strikes, and other violence in Afghanistan, Burkina Faso, India, Pakistan, Nigeria,
Mozambique, the Philippines, Thailand, Ukraine, the Czech Republic, Ecuador, Mexico, Turkey, Yemen, Lebanon, Israel and
Gaza), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.places import scan_places
from analysis.events.roles import munitions
from test_incident_patterns import _mentions, _one


# ---------------------------------------------------------------- places
@pytest.mark.parametrize("text", [
    "A bomb went off in the mountain province of Zorvana on Monday, wounding six.",
    "Gunmen raided a market in Velmar's northern province of Zorvana on Monday.",
])
def test_a_province_the_gazetteers_lack_is_read_after_province_of(text):
    assert "Zorvana" in [p["name"] for p in scan_places(text)]


def test_a_province_of_the_gazetteer_is_still_its_own():
    assert [p["place_id"] for p in scan_places("A bomb went off in the province of Diyala.")] == ["adm:IQ.10"]


# ---------------------------------------------------------------- a series told, then its parts
def test_the_parts_of_a_series_take_its_day():
    m = _mentions(["A series of three blasts shook the province of Zorvana on Friday morning, leaving nine guards hurt.",
                   "The first explosion went off at dawn near the village of Kestra.",
                   "A second blast followed an hour later at a bridge in the village of Olm."], "2024-06-14")
    parts = m[m["place"].isin(["Kestra", "Olm"])]
    assert parts["date"].tolist() == ["2024-06-14", "2024-06-14"]


def test_the_latest_in_a_string_of_shootings_is_one_incident_with_its_toll():
    r = _one("Gunmen opened fire on a crowd in Velmar city on Saturday, killing six people, the latest in a string of "
             "shootings in the country.", "2024-06-16")
    assert (r["killed"], r["date"]) == (6, "2024-06-15")


# ---------------------------------------------------------------- forms and munitions
@pytest.mark.parametrize("text", [
    "Two bombs, carefully hidden under a parked van, exploded on Monday, wounding three passers-by.",
    "A bomb, planted beside the road overnight, went off on Monday, wounding three passers-by.",
])
def test_a_bomb_set_off_by_its_maker_is_an_ied_across_a_descriptive_aside(text):
    assert _one(text, "2024-06-18")["weapon"] == "IEDs"


def test_munitions_that_killed_struck():
    m = munitions("when four rockets killed two farmers and wounded five others")
    assert (m["n_fired"], m["n_hit"]) == (None, 4)


def test_munitions_fired_before_a_toll_are_still_fired():
    m = munitions("Four rockets were launched at the camp, killing two guards")
    assert (m["n_fired"], m["n_hit"]) == (4, None)


def test_bombers_used_to_launch_missiles_are_a_strike_done_not_a_threat():
    r = _one("The air force used nine bombers to launch cruise missiles at towns across the region.", "2024-06-18")
    assert r["event_type"] != "threat"


# ---------------------------------------------------------------- casualties of fire
@pytest.mark.parametrize("text", [
    "Two fishermen were killed by navy fire off the coast on Tuesday.",
    "Three men were killed by Velmari fire near the crossing on Tuesday.",
])
def test_people_killed_by_a_force_s_fire_are_an_attack(text):
    r = _one(text, "2024-06-19")
    assert (r["event_type"], r["date"]) == ("attack", "2024-06-18")


@pytest.mark.parametrize("text", [
    "Three people were killed by a fire in their apartment on Tuesday.",
    "Two children were injured by house fire on Tuesday.",
])
def test_a_blaze_is_no_attack(text):
    assert _mentions([text], "2024-06-19").empty
