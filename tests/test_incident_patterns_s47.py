"""Rules of the stop-47 round, written on the errors of three development samples of real reports (dev47a-c: militia
attacks on US forces and US strikes, and other violence in South Africa, Sri Lanka, Belgium, Nigeria, India, Brazil,
Mexico, the Philippines, Ukraine, Colombia, the DR Congo and Sweden) and on errors of earlier samples, each in a fixture
of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.places import scan_places
from analysis.events.roles import casualties, munitions
from analysis.validate.incidents import place_right
from test_incident_patterns import _mentions
from test_incident_patterns_s44 import _incidents


# ---------------------------------------------------------------- places
@pytest.mark.parametrize("text", [
    "A man posing as her brother told reporters that the guards shot at the car.",
    "A Man Was Shot Dead Outside A Bar",
])
def test_an_english_one_letter_word_opens_no_place_name(text):
    assert [p["place_id"] for p in scan_places(text)] == []


def test_a_town_whose_name_two_words_spell_is_still_found():
    assert [p["place_id"] for p in scan_places("Rockets hit Amman on Monday.")] == ["amman"]


def test_strikes_told_in_two_countries_and_then_in_one_are_placed_in_both():
    _m, inc = _incidents(["US jets struck militia sites in Iraq and Syria on Friday, the Pentagon said.",
                          "The jets struck militia sites in Syria on Friday, officials said."], "2024-02-03")
    assert inc["place"].tolist() == ["Iraq and Syria"]


def test_two_countries_are_read_though_a_third_is_named_later_in_the_clause():
    m = _mentions(["US forces struck militias in Iraq and Syria on Friday, after troops were killed in Jordan."],
                  "2024-02-03")
    strike = m[m["event_type"] == "us_strike"]
    assert strike["place_text"].tolist() == ["Iraq and Syria"]


@pytest.mark.parametrize("gold", ["Green Village", "Mission Support Site Green Village"])
def test_the_scorer_reads_a_gold_base_by_its_whole_name_first(gold):
    assert place_right({"place": gold}, {"place_id": "omar_oilfield", "place": "Al-Omar oil field"}) is True


# ---------------------------------------------------------------- air strikes and their munitions
@pytest.mark.parametrize("text, fired", [
    ("The army said its jets hit 30 targets with more than 60 bombs overnight.", 60),
    ("A military jet dropped four bombs on the village near the river.", 4),
    ("Twelve bombs were dropped on the camp, the monitor said.", 12),
    ("Militants planted two bombs near the market.", None),
])
def test_bombs_dropped_from_the_air_are_the_munitions_fired(text, fired):
    assert munitions(text)["n_fired"] == fired


@pytest.mark.parametrize("text", [
    "A military jet dropped three bombs on the village on Sunday.",
    "Two B-52 bombers struck 40 targets on Sunday.",
])
def test_a_jet_dropping_bombs_and_heavy_bombers_tell_a_strike(text):
    m = _mentions([text])
    assert m["event_type"].tolist() == ["strike"]


def test_a_helicopter_that_carries_the_wounded_is_no_air_strike():
    m = _mentions(["An army helicopter flew in at dawn to carry the wounded soldiers to the capital."])
    assert "air strike" not in m["weapon"].tolist()


# ---------------------------------------------------------------- tolls, threats, tallies
def test_people_brought_to_hospitals_are_injured():
    c = casualties("Two guards died in the blast and 30 others were brought to three hospitals for treatment.")
    assert (c["killed"], c["injured"]) == (2, 30)


def test_a_state_that_issues_warnings_of_retaliation_threatens():
    m = _mentions(["Amid the tension, Iran has issued warnings of retaliation against any move on its interests."])
    assert m["event_type"].tolist() == ["threat"]


@pytest.mark.parametrize("text", [
    "There were 300 shootings that year, and 90 people were wounded.",
    "In 2021, the country hit a record with 50 people fatally shot.",
])
def test_a_year_s_tally_of_shootings_is_no_incident(text):
    assert _mentions([text], "2023-05-01").empty


# ---------------------------------------------------------------- dates
def test_a_fixed_holiday_on_an_undated_page_keeps_its_month_and_day():
    from analysis.events.timex.mentions import date_mentions
    d = date_mentions("The blast took place on Christmas Day, police said.", None)
    assert d["timex"].tolist() == ["XXXX-12-25"]


# ---------------------------------------------------------------- finer places told later
def test_an_area_of_a_district_named_with_a_possessive_is_the_finer_place():
    m = _mentions(["The ambush took place in Kolpur district’s Tolen Makha area."])
    assert m["place"].tolist() == ["Tolen Makha"]


def test_the_place_where_the_incident_took_place_refines_the_attack():
    _m, inc = _incidents(["Gunmen killed two guards in an ambush in Kolpur district on Friday, officials said.",
                          "A police officer said that the incident took place in Kolpur district’s Tolen Makha area."])
    assert inc["place"].tolist() == ["Tolen Makha"] and inc["killed"].tolist() == [2]
