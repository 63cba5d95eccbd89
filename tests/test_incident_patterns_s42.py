"""Rules of the stop-42 round, written on the errors of a development sample of real reports (dev42: militia attacks
and other violence as far as Nigeria, Somalia, Afghanistan and Yemen), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.geonames import geonames_places
from analysis.events.mention_places import located_places
from analysis.events.places import scan_places
from analysis.events.roles import running_tally
from test_incident_patterns import _mentions


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p["text"], p["type"], p["country"]) for p in scan_places(text)]


# ---------------------------------------------------------------- places beyond Iraq, Syria and their neighbours
@pytest.mark.parametrize("text, name, country", [
    ("A car bomb went off outside a hotel in Mogadishu on Tuesday.", "Mogadishu", "Somalia"),
    ("Gunmen stormed a church in Kaduna State overnight.", "Kaduna State", "Nigeria"),
    ("The drone was launched from Hodeidah in western Yemen, the rebels said.", "Hodeidah", "Yemen"),
    ("A suicide bomber blew himself up near a checkpoint in Kandahar, Afghanistan.", "Kandahar", "Afghanistan"),
    ("Troops were ambushed in Burkina Faso last week.", "Burkina Faso", "Burkina Faso"),
])
def test_a_place_of_another_country_is_found_with_its_country(text, name, country):
    assert any(t.startswith(name.split()[0]) and c == country for t, _k, c in _found(text))


def test_the_world_rows_hold_countries_provinces_and_large_towns_only():
    world = geonames_places()
    kept = world[world["country"].eq("Nigeria")]
    assert {"country", "province", "city"} >= set(kept["type"])
    assert not world["name"].eq("Surprise").any()  # a town named by a common word is left out


@pytest.mark.parametrize("text", [
    "The soldier, 31, of Atlanta, Georgia, was among those wounded.",     # a hometown
    "The militia said the drone strikes answered Washington's backing of the raids.",  # a capital for its state
    "Four were wounded in the Qahira district of the capital.",   # a district named like a province far away
])
def test_a_name_beyond_the_region_used_as_no_place_is_not_taken(text):
    assert not any(c not in ("", "Iraq", "Syria") for _t, _k, c in _found(text))


def test_seas_and_straits_are_places():
    assert [t for t, *_ in _found("A tanker was hit by a drone in the Gulf of Aden, near the Bab el-Mandeb Strait.")] == \
        ["Gulf of Aden", "Bab el-Mandeb Strait"]


def test_a_capital_named_in_apposition_is_a_place():
    assert ("Kabul", "city", "Afghanistan") in _found("Jets struck targets in the capital, Kabul, before dawn.")


def test_a_place_said_to_lie_in_another_is_the_event_place():
    s = "Gunmen killed six herders at Tunga village located in Bakori area of Katsina State."
    assert [p["text"] for p in located_places(s, scan_places(s))][0] == "Tunga"
    m = _mentions([s], "2023-05-02")
    assert m.iloc[0]["place"] == "Tunga"


def test_a_community_named_with_its_state_is_the_place():
    m = _mentions(["Bandits killed nine people in a raid on Gidan Bawa community in Sokoto State on Friday."], "2023-05-02")
    assert m.iloc[0]["place"] == "Gidan Bawa" and m.iloc[0]["killed"] == 9


# ---------------------------------------------------------------- counts and weapons
def test_a_toll_raised_to_a_new_total_over_days_is_a_running_tally():
    assert running_tally("The shelling raised the death toll to 75 since Saturday, medics said.")
    assert not running_tally("Two more died in hospital, raising the toll to six.")


def test_a_bomb_that_killed_is_an_explosive_device():
    m = _mentions(["Three worshippers were killed by a bomb outside a mosque in Jalalabad on Friday."], "2022-04-23")
    assert m.iloc[0]["weapon"] == "IEDs" and m.iloc[0]["killed"] == 3


def test_a_weapon_an_offensive_aims_to_stop_is_not_the_strike_weapon():
    m = _mentions(["An air strike killed four people in Rafah on Monday, in an offensive aimed at halting rocket fire."],
                  "2021-05-18")
    assert m.iloc[0]["weapon"] == "air strike"


def test_rockets_launched_within_an_hour_are_one_barrage():
    m = _mentions(["Officials said 40 rockets were launched in the space of an hour at towns in the north on Sunday."],
                  "2021-05-17")
    assert m.iloc[0]["scope"] == "incident" and m.iloc[0]["n_fired"] == 40


def test_rockets_fired_during_a_campaign_are_an_aggregate():
    m = _mentions(["A mortar round hit a school in Sderot on Sunday.",
                   "Militants have fired more than 900 rockets during the campaign, the army said."], "2021-05-17")
    assert (m["n_fired"].fillna(0) < 900).all() or (m.loc[m["n_fired"].eq(900), "scope"] == "aggregate").all()


def test_munitions_that_fell_near_a_place_hit_even_with_the_day_between():
    m = _mentions(["Three rockets on Tuesday fell near the Victory base, officials said."], "2020-03-04")
    assert m.iloc[0]["n_hit"] == 3


def test_a_toll_retold_far_from_the_lede_completes_the_lede_event():
    m = _mentions(["Gunmen stormed a hotel in Mogadishu on Monday, killing 12 people, police said.",
                   "Rescuers searched the building for hours.",
                   "Guests were led out through a side door.",
                   "“So far the death toll we have is 12 dead and 17 others wounded,” a police officer said."], "2019-03-05")
    assert m["injured"].eq(17).any()


def test_a_strike_on_the_spot_rockets_were_fired_from_is_an_air_strike():
    m = _mentions(["Warplanes struck the site from where the rockets were launched near the village of Kfar Kila on "
                   "Monday, the army said."], "2023-11-14")
    assert m.iloc[0]["weapon"] == "air strike"


def test_the_toll_told_of_an_earlier_attack_keeps_that_attacks_weapon():
    m = _mentions(["Several soldiers were hurt in a drone attack on Friday in Syria, an official said.",
                   "The injuries from the drone attack followed a rocket strike by suspected militants on Monday that "
                   "wounded four soldiers at the Victory base."], "2023-11-20")
    hurt = m[m["injured"].eq(4)]
    assert len(hurt) == 1 and hurt.iloc[0]["weapon"] == "rockets"
