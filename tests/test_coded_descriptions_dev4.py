"""Patterns met in a fourth development set of coded event descriptions (wire leads and their details, Kurdish and
Syrian outlets, joint tolls): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events.mentions.scope import _summed_up
from analysis.events.roles import casualties

from test_casualty_counts import _incidents, _total_or_none as _total


# ---------------------------------------------------------------- one clause
@pytest.mark.parametrize("text, killed, injured", [
    ("The shelling led to the killing and wounding of 14 people in the market.", None, None),  # joint toll
    ("Some nine villagers were killed or wounded when mortar rounds fell on the houses.", None, None),
    ("A bomb killed and wounded 11 people near the station.", None, None),
    ("No soldiers were killed or wounded in the attack.", 0, 0),  # a joint "none" is none of either
    ("Between four and 12 farmers, among them two boys, were killed in the strike.", 4, None),  # a range: its low end
    ("The strike killed between five and eight fighters.", 5, None),
    ("Four guards were shot and wounded at the gate.", None, 4),
    ("Gunmen shot a shopkeeper dead outside his store.", 1, None),
    ("The blast left the judge and his driver wounded.", None, 2),
    ("Gunmen stormed the house, killing him, two of his brothers, and another two of his cousins.", 5, None),
    ("A bomb wounded a teacher and her two daughters.", None, 3),
    ("Two boys were among the wounded when the shell landed.", None, 2),
    ("Nine people were taken to hospital after the blast.", None, 9),
    ("The governor and two of his guards were wounded by the roadside bomb.", None, 3),
    ("A senior officer of the border guard and two soldiers were killed by the drone.", 3, None),
    ("Three members of the border guard were killed and three others wounded.", 3, 3),  # two roles, not one subject
    ("The number of wounded in the market bombing rose to 23.", None, 23),
    ("Two scouts and their officer were wounded in the ambush.", None, 3),
    ("A guard was wounded along with two passers-by.", None, 3),
    ("Six fighters were killed along with two drivers.", 8, None),
])
def test_casualty_wordings(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_a_trailing_aside_about_a_wave_of_attacks_keeps_the_attack_an_incident():
    assert not _summed_up("A bomber blew himself up at a wedding, killing 9 people, the latest in a series of "
                          "attacks on celebrations", {"killed": 9}, False)
    assert _summed_up("a series of attacks on celebrations killed 9 people", {"killed": 9}, False)


# ---------------------------------------------------------------- a lead and its detail
def test_a_source_retelling_the_lead_with_a_finer_place_is_the_same_incident():
    inc = _incidents(["Two farmers were killed and three others were wounded in an attack in Diyala province.",
                      "The source told the agency that gunmen opened fire on the farmers near the village of Qara "
                      "Safi, killing two brothers."])
    assert (_total(inc, "killed"), _total(inc, "injured")) == (2, 3)


def test_a_detail_that_names_the_victims_one_by_one_is_the_same_incident():
    inc = _incidents(["Four villagers were killed in an attack on a village in Kirkuk province on Monday.",
                      "The officer told reporters that the gunmen killed the village head and three of his sons."])
    assert _total(inc, "killed") == 4


def test_a_quoted_statement_retelling_the_lead_is_the_same_incident():
    inc = _incidents(["A drone strike killed at least three fighters in northern Iraq on Sunday.",
                      "\u201cTwo fighters and their commander were killed when a drone hit their car near Kani "
                      "Rash,\u201d the counter-terrorism service said."])
    assert _total(inc, "killed") == 3


def test_a_separate_attack_told_by_a_source_stays_apart():
    inc = _incidents(["A roadside bomb killed two soldiers in Tikrit.",
                      "Separately, the source said that gunmen killed a teacher in Samarra."])
    assert _total(inc, "killed") == 3


def test_a_toll_for_two_attacks_told_jointly_with_their_place_counts():
    inc = _incidents(["Three people were killed and 9 others wounded in two roadside bomb attacks in the Bayaa "
                      "area of Baghdad, police said."])
    assert (_total(inc, "killed"), _total(inc, "injured")) == (3, 9)


def test_the_village_a_detail_names_beside_the_leads_town_is_the_place():
    inc = _incidents(["A soldier was killed and another wounded in an attack on army posts near Tuz Khurmatu.",
                      "The spokesman told the agency that gunmen attacked the posts in the village of Kani Shor, "
                      "killing a soldier and wounding another."])
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Kani Shor"
    assert (_total(inc, "killed"), _total(inc, "injured")) == (1, 1)
