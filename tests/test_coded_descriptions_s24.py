"""Patterns of coded event descriptions found with the ninth development set: a part list after a count without a
noun ("leaving 9, including four guards, wounded") and after "the N killed included", one victim told "along with"
others before the verb, "a third <person> injured", "another <person>, <name>, was also shot dead", people nouns of
the Syrian war (rebels, volunteers, passengers), "Another N were injured" adding to the toll told before it, and one
toll restated in a later sentence at a village near the town told first. One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions, merge_incidents
from analysis.validate import incidents as vi
from analysis.events.roles import casualties
from test_incident_patterns import _mentions as pattern_mentions


def _pair(text: str) -> tuple:
    c = casualties(text)
    return c["killed"], c["injured"]


def _incidents(paras: list[str]):
    return merge_incidents(pattern_mentions(paras))[0]


@pytest.mark.parametrize("text, killed, injured", [
    ("A bomb hit the patrol near the bridge, leaving 9, including four guards, wounded.", None, 9),
    ("The shelling killed 7, among them two boys, and wounded 11.", 7, 11),
    ("Medics said the 8 killed included a pair of nurses and one driver, while six more were hurt.", 8, 6),
])
def test_a_part_list_after_a_bare_count_adds_nothing(text, killed, injured):
    assert _pair(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("His brother was killed, and he, along with four other relatives, was wounded by the blast at the farm.", 1, 5),
    ("Two guards were shot dead on the road, and a third driver injured.", 2, 1),
    ("Another local commander, Saleh Omar, was also shot dead by gunmen near the market.", 1, None),
    ("A bomb under the car killed a school director and a female employee.", 2, None),
    ("Four rebels were killed and two passengers were hurt when the shell hit the bus.", 4, 2),
])
def test_single_victims_and_people_nouns_of_the_syrian_war(text, killed, injured):
    assert _pair(text) == (killed, injured)


def test_another_n_injured_adds_to_the_toll_told_before():
    inc = _incidents(["A car bomb went off near the courthouse in Hilla late Monday, killing two guards and wounding "
                      "four policemen.", "Another 17 shoppers were injured."])  # one sentence a fixture item
    assert len(inc) == 1
    assert (inc.iloc[0]["killed"], inc.iloc[0]["injured"]) == (2, 21)


def test_a_toll_restated_at_a_village_near_the_town_told_first_is_one_incident():
    text = ("A Turkish drone strike on Friday near the town of Derbasiyah left two people dead, a local council reported.\n\n"
            "The drone struck a pickup at the hamlet of Kherbet Ali just outside Derbasiyah; the two dead were its driver "
            "and a council guard riding with him, the council reported.")
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": "", "text": text}])
    sents, arts = vi.description_corpus(ev)
    inc = vi.article_incidents(incident_mentions(sents, arts), arts)
    assert len(inc) == 1
    assert inc.iloc[0]["killed"] == 2


@pytest.mark.parametrize("text, killed", [
    ("The death toll from Tuesday's rocket and mortar barrage on the crowded eastern quarters of the old city near "
     "the river has risen to 12, medics said.", 12),
    ("According to witnesses, Karim Nouri was shot dead outside his shop by two masked men.", 1),
    ("A gunman killed three shoppers and himself at the market gate.", 4),
])
def test_long_toll_subjects_named_victims_after_a_source_and_the_attacker_himself(text, killed):
    assert _pair(text)[0] == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("The toll of the market bombing rose to six dead, while the wounded were 31, a medic said.", 6, 31),
    ("A guard was killed at the gate, and another suffered light injuries.", 1, 1),
])
def test_wounded_told_as_the_wounded_were_n_and_another_suffered_injuries(text, killed, injured):
    assert _pair(text) == (killed, injured)


def test_a_town_named_right_after_city_or_capital_is_scanned():
    from analysis.events.places import scan_places

    found = [p["text"] for p in scan_places("A car bomb went off on Monday in the provincial capital Tikrit.")]
    assert found == ["Tikrit"]
    assert [p["text"] for p in scan_places("Gunmen shot two guards in the northern city Tal Afar.")] == ["Tal Afar"]
