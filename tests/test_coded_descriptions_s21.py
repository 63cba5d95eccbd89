"""Patterns of coded event descriptions found with the sixth development set: a lead and its detail told with the
same toll, deaths written as lost lives or as all of a group, round numbers in words. One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events.merge.retell import _QUOTE_RETELLS

from analysis.events.merge import weapons_compatible
from analysis.events.mention_places import source_spans
from analysis.events.places import places_compatible
from analysis.events.roles import casualties

from test_casualty_counts import _incidents, _total_or_none as _total


# ---------------------------------------------------------------- deaths and injuries in other words
@pytest.mark.parametrize("text, killed, injured", [
    ("One man lost his life and two others were hurt when a shell hit the farm.", 1, 2),
    ("The drone killed all three passengers of the car.", 3, None),
    ("The truck bomb killed ten people and wounded about a hundred near the square.", 10, 100),
])
def test_deaths_and_injuries_in_other_words(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


# ---------------------------------------------------------------- one event told as a lead and its detail
def test_a_place_read_without_its_parent_is_the_same_place():
    assert places_compatible("txt:alfarah@kirkuk_gov", "txt:alfarah@")
    assert not places_compatible("txt:alfarah@kirkuk_gov", "txt:alfarah@erbil")


def test_a_suicide_car_bomb_is_both_a_car_bomb_and_a_suicide_attack():
    assert weapons_compatible("car bomb", "suicide bomb")
    assert not weapons_compatible("drone", "suicide bomb")


def test_a_quote_closed_by_a_claim_retells_the_lead():
    assert _QUOTE_RETELLS.match("“Six people killed and nine injured in the shelling of the village,” the group claimed.")


# ---------------------------------------------------------------- datelines, asides and single victims
@pytest.mark.parametrize("text, killed, injured", [
    ("RAQQA, Syria (Some Agency) – A boy was injured on Friday in shelling of the village.", None, 1),
    ("A source said that two men, said to be members of the Popular Front (PF), were injured in a strike.", None, 2),
    ("The strike led to the instant death of the truck's driver.", 1, None),
    ("The car bomb missed the patrol, leading only to the death of the bomber.", 1, None),
])
def test_datelines_asides_and_single_victims(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_one_person_who_lost_his_life_is_one_killed_in_the_incident():
    inc = _incidents(["A farmer lost his life when a shell hit the village of Tal Hamra."])
    assert _total(inc, "killed") == 1


@pytest.mark.parametrize("text, killed, injured", [
    ("One of the four was killed at once, while the other three sustained injuries.", 1, 3),
    ("A bomb went off in the market, leaving three corpses and six people injured.", 3, 6),
])
def test_a_part_of_a_group_and_corpses_left_behind(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


# ---------------------------------------------------------------- places: a part of a known place
def _place(text: str) -> str:
    inc = _incidents([text])
    return "; ".join(inc["place"].astype(str))


@pytest.mark.parametrize("text, place", [
    ("A mortar shell fell on the Qanawat residential area in Damascus, wounding two people.", "Qanawat"),
    ("A car bomb exploded in the southern Halbouni suburb of Damascus, killing three people.", "Halbouni"),
    ("A drone struck a car in the village of “Sheikh Wasan” within the Ranya district, killing one man.", "Sheikh Wasan"),
    ("Shelling on Umm Tinah village in Al-Jurn district of the countryside killed a woman.", "Umm Tinah"),
    ("A drone strike killed two fighters in Bazian Valley of Sulaymaniyah province.", "Bazian Valley"),
])
def test_a_part_of_a_known_place_is_the_place(text, place):
    assert place in _place(text)


def test_in_the_south_of_a_district_is_inside_it():
    assert "Daquq" in _place("Gunmen attacked a police post in the south of Daquq district, Kirkuk, wounding two.")


# ---------------------------------------------------------------- revised tolls and a lead's other toll
@pytest.mark.parametrize("text, killed, injured", [
    ("Officials say the death toll from a Dec. 3 truck bombing in the town has risen to 41.", 41, None),
    ("The health office lowered the death toll from 30 to at least 18, citing double counting.", 18, None),
    ("The army has revised the toll in the market bombings from 25 killed to 16.", 16, None),
    ("Meanwhile the number of injured grew to at least 90, a doctor said.", None, 90),
])
def test_revised_tolls(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_a_sources_other_toll_of_the_event_joins_a_lead_placed_by_its_dateline():
    inc = _incidents(["MOSUL — Officials say the death toll from a truck bombing has risen to 40.",
                      "Police officials said that another 75 people were wounded in the bombing at a market near Tal Afar."])
    assert len(inc) == 1 and (_total(inc, "killed"), _total(inc, "injured")) == (40, 75)


# ---------------------------------------------------------------- who reports the event, and a superseded toll
def test_a_governor_who_gives_the_toll_in_a_press_statement_is_the_source_not_the_place():
    s = "The governor of Erbil said in a press statement that the attack on a village killed four people."
    assert [s[a:b] for a, b in source_spans(s)] == ["The governor of Erbil said in a press statement that"]


def test_an_earlier_toll_told_after_the_revised_one_is_the_same_event_and_gives_way():
    inc = _incidents(["Officials revised the toll in the Tal Afar market bombing from 30 killed to 21.",
                      "The town hospital said 21 people were killed and 40 wounded.",
                      "Earlier, the police said 30 were killed and 12 wounded in the explosions near the market, "
                      "60 km west of Mosul."])
    assert len(inc) == 1 and (_total(inc, "killed"), _total(inc, "injured")) == (21, 40)


# ---------------------------------------------------------------- a roundup's next attack with the same toll
def test_a_roundups_next_attack_with_the_same_toll_is_another_incident():
    inc = _incidents(["A roadside bomb in Samarra killed a farmer.", "A bomb killed a policeman and wounded his son."])
    assert _total(inc, "killed") == 2


def test_a_detail_opening_on_the_event_told_is_not_another_incident():
    inc = _incidents(["A roadside bomb in Samarra killed a farmer.", "The bomb killed a farmer on his way to market."])
    assert _total(inc, "killed") == 1


def test_a_place_phrase_after_the_victims_stops_before_a_new_clause():
    c = casualties("Two raids on the town killed 6 civilians in the town while others were wounded.")
    assert (c["killed"], c["injured"]) == (6, None)


def test_a_weekday_given_with_its_date_in_brackets_is_dated_by_the_date():
    inc = _incidents(["Two shepherds were killed in a drone strike near the village of Kani Rash on Tuesday night "
                      "(August 25)."], published="")
    assert str(inc["date"].iloc[0]).endswith("-08-25")


def test_a_later_sentence_that_revises_the_toll_down_updates_the_event_told():
    inc = _incidents(["Mourners gathered in the town of Qalat Sukkar, a day after three car bombs ripped through its market.",
                      "The health office lowered the death toll from 30 to at least 19, citing confusion after the bombing."])
    assert _total(inc, "killed") == 19


def test_a_town_written_with_a_spaced_article_is_a_place():
    assert "Hadeed" in _place("Gunmen wounded two guards at their checkpoint in the town of al- Hadeed, west of Baquba.")


def test_a_series_of_strikes_told_with_its_toll_is_reported():
    inc = _incidents(["Turkey launched a series of airstrikes on villages near Kobani, killing at least three people."])
    assert _total(inc, "killed") == 3
