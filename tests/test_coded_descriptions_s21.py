"""Patterns of coded event descriptions found with the sixth development set: a lead and its detail told with the
same toll, deaths written as lost lives or as all of a group, round numbers in words. One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events.merge import _QUOTE_RETELLS, weapons_compatible
from analysis.events.places import places_compatible
from analysis.events.roles import casualties

from test_casualty_counts import _incidents


def _total(inc: pd.DataFrame, field: str) -> int | None:
    vals = pd.to_numeric(inc[field], errors="coerce").dropna()
    return int(vals.sum()) if len(vals) else None


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
