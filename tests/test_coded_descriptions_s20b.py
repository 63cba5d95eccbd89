"""Patterns of coded event descriptions left after the fourth development set: updated tolls, joint reports of a
place's attacks, attackers killed in turn, and places given only by a dateline. One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events.roles import casualties

from test_casualty_counts import _incidents, _total_or_none as _total


# ---------------------------------------------------------------- updated tolls: the latest figure wins
@pytest.mark.parametrize("text, killed", [
    ("A car bomb killed four people at the market; the toll later rose to 11.", 11),
    ("Two guards were killed in the blast, and the death toll has since climbed to five.", 5),
    ("The number of farmers who were killed by the shelling of the village has risen to 7.", 7),
    ("It rose to 8, including two boys, the number of people who were killed when shells hit the square.", 8),
    ("A bomb killed six people; the toll of this week's attacks rose to 40.", 6),  # a wider toll is no update
    ("Shelling killed nine people, and the death toll stood at nine on Monday.", 9),
])
def test_the_latest_stated_toll_of_the_same_dead_wins(text, killed):
    assert casualties(text)["killed"] == killed


# ---------------------------------------------------------------- attackers killed by those they attacked
@pytest.mark.parametrize("text, killed", [
    ("A gunman killed a shopkeeper and then was shot dead by the police.", 2),
    ("Guards killed the attacker at the gate.", 1),
    ("A gunman killed a shopkeeper in the market.", 1),
    ("The attacker was killed.", 1),
])
def test_an_attacker_killed_in_turn_counts_once(text, killed):
    assert casualties(text)["killed"] == killed


# ---------------------------------------------------------------- a place's attacks reported jointly
def test_a_string_of_attacks_in_one_place_with_its_toll_is_reported():
    inc = _incidents(["In Kirkuk, a string of bombings left 6 dead and 15 wounded."])
    assert (_total(inc, "killed"), _total(inc, "injured")) == (6, 15)


def test_a_string_of_attacks_over_months_stays_a_tally():
    inc = _incidents(["In Kirkuk, a string of bombings this year have killed 60 people."])
    assert len(inc) == 0 or _total(inc, "killed") is None


# ---------------------------------------------------------------- datelines
@pytest.mark.parametrize("text, place", [
    ("KIRKUK, Iraq — A car bomb went off at a busy market north of Baghdad, killing 5 people.", "Kirkuk"),
    ("MOSUL, IRAQ - A bomber blew himself up in this northern city on Friday, killing 12 people.", "Mosul"),
    ("SAMARRA – Gunmen shot dead two policemen at a checkpoint, police said.", "Samarra"),
])
def test_the_dateline_town_is_the_place_when_the_text_names_no_finer_one(text, place):
    inc = _incidents([text])
    assert len(inc) == 1 and inc.iloc[0]["place"] == place


def test_a_place_the_text_names_wins_over_the_dateline():
    inc = _incidents(["Baghdad: A bomb killed 9 people in northern Iraq on Monday.",
                      "The blast struck a mosque in Kirkuk, the police said."])
    assert "Kirkuk" in set(inc["place"])
    assert "Baghdad" not in set(inc["place"])


def test_a_dateline_in_another_country_than_the_event_is_not_its_place():
    inc = _incidents(["BAGHDAD — A drone strike killed three fighters in Syria on Monday, officials said."])
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Syria"


# ---------------------------------------------------------------- a victim named by a long phrase
@pytest.mark.parametrize("text, injured", [
    ("The mayor of the small town of Qaryat, 90 km (55 miles) east of the capital, was badly wounded in a blast.", 1),
    ("QARYAT – The head of the local council was wounded by a bomb under his car.", 1),
    ("The mayor of the town and two guards were wounded by the bomb.", 3),
    ("A senior officer, his driver and a bodyguard were wounded in the ambush.", 3),  # a list of singular victims
    ("The judge, his son and two guards were wounded by the bomb.", 4),
])
def test_one_victim_named_by_a_long_phrase(text, injured):
    assert casualties(text)["injured"] == injured


def test_a_town_before_a_facility_noun_is_the_place():
    inc = _incidents(["Four policemen were killed and two wounded in a helicopter attack against a Samarra police "
                      "station."])
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Samarra"


def test_a_later_sentence_that_raises_the_toll_updates_the_incident():
    inc = _incidents(["A car bomb killed four people at a market in Kirkuk on Monday, police said.",
                      "The death toll later rose to ten, a doctor said."])
    assert _total(inc, "killed") == 10


def test_a_later_tally_of_the_month_does_not_update_the_incident():
    inc = _incidents(["A car bomb killed four people at a market in Kirkuk on Monday, police said.",
                      "The toll of this month's bombings in the province rose to 40."])
    assert _total(inc, "killed") == 4
