"""Incident rules and scorer checks from the review of the s26 merge, each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.mention_places import SEVERAL_COUNTRIES, two_countries
from analysis.events.mentions.told import _take_place
from analysis.events.places import scan_places
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- an event in two joined countries
def test_a_third_country_where_the_event_happened_keeps_its_place():
    s = "A drone hit an outpost in Jordan close to Syria and Iraq."
    ps = scan_places(s)
    assert not two_countries(s, [p for p in ps if p["place_id"] == "jordan"], ps)
    m = _mentions(["A drone hit an outpost in Jordan close to Syria and Iraq on Sunday, wounding four soldiers."],
                  "2024-01-29")
    assert list(m["country"]) == ["Jordan"]


def test_two_joined_countries_are_no_place_and_mark_the_mention():
    m = _mentions(["Warplanes bombed arms depots in Syria and Iraq on Tuesday, killing six fighters."], "2024-03-07")
    assert list(m["place_id"]) == [""] and list(m["country"]) == [""]
    assert list(m["place_source"]) == [SEVERAL_COUNTRIES]


def test_a_mention_told_in_two_countries_takes_no_place_from_another():
    r = {"place_id": "", "place_source": SEVERAL_COUNTRIES}
    _take_place(r, {"place_id": "al_tanf"})
    assert r["place_id"] == ""


# ---------------------------------------------------------------- a roundup's toll over several events
def test_single_attacks_are_no_roundup_toll():
    from analysis.events.mentions.slots import _roundup_total

    k = {"killed": 5, "injured": None}
    assert not _roundup_total("A truck bomb killed five people in a market as fighting spread across Syria", k)
    assert not _roundup_total("five were killed in the worst bombing across the country since spring", k)
    assert not _roundup_total("five guards were killed in the ambush and blasts that came after it", k)
    assert not _roundup_total("five police were killed in attacks on their patrol near the river", k)
    assert not _roundup_total("five were killed in a raid, one of several shootings and bombings this week", k)


def test_tolls_spread_over_several_events_are_a_roundup():
    from analysis.events.mentions.slots import _roundup_total

    k = {"killed": 5, "injured": None}
    assert _roundup_total("five people were killed in raids and shootings around Tikrit", k)
    assert _roundup_total("five were killed across northern Iraq on Sunday", k)
    assert _roundup_total("five were wounded in bombings around Mosul", k)
