"""Incident rules from the s26 attack-report sample (dev half), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.merge import merge_incidents
from analysis.events.roles import casualties
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- an event told as weeks before the story
def test_an_attack_told_weeks_earlier_is_not_the_story_it_follows():
    m = _mentions(["A general told lawmakers on Thursday that the militia was behind the rocket attack that killed "
                   "four soldiers at Camp Taji on Wednesday.",
                   "The same militia also launched a rocket attack several weeks earlier that killed a civilian "
                   "contractor.",
                   "Officials confirmed that four soldiers were killed in the rocket attack on Camp Taji."])
    inc, _ = merge_incidents(m)
    assert sorted(inc["killed"].tolist()) == [1, 4]


# ---------------------------------------------------------------- a quoted word inside a count
def test_a_quoted_adjective_inside_a_count_of_injuries_keeps_the_count():
    assert casualties("Gunmen fired eight rockets at the base on Monday, causing two “minor” injuries.")["injured"] == 2
    assert casualties('The blast caused three "light" injuries among the guards')["injured"] == 3
