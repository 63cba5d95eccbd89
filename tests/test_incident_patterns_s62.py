"""Rules of the stop-62 round, written on the errors of real reports (the development sample dev62a), each in a
fixture of our own words (made-up people and places).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from test_incident_patterns import _mentions


def test_a_strike_vowed_if_attacked_is_a_threat_not_a_strike():
    m = _mentions(["Iran warned it would strike foreign bases if attacked."], "2022-04-21")   # a state of the actors table
    assert m["event_type"].tolist() == ["threat"]
    m = _mentions(["The militia said it would hit the convoy if its fighters were targeted."], "2022-04-21")
    assert m["event_type"].tolist() in (["threat"], [])


def test_the_latest_to_hit_a_country_is_an_act_told_not_a_threat():
    m = _mentions(["No one claimed the attack, the latest to hit the country since the rebels took power."], "2022-04-21")
    assert "threat" not in m["event_type"].tolist()


def test_would_be_the_first_to_strike_stays_a_threat():
    m = _mentions(["The general warned that his forces would be the first to strike the rebels."], "2022-04-21")
    assert m["event_type"].tolist() in (["threat"], [])


def test_a_condition_in_a_side_clause_leaves_the_attack_told():
    m = _mentions(["The militia, which vowed revenge if attacked, fired two rockets at the base on Sunday."], "2022-04-21")
    assert m["event_type"].tolist() == ["attack"]
    m = _mentions(["Gunmen ambushed a patrol on Monday, killing four soldiers, the army said, adding that troops would "
                   "respond with force if attacked."], "2022-04-21")
    assert m["event_type"].tolist() == ["attack"] and m["killed"].tolist() == [4]


def test_never_been_the_first_to_strike_is_no_strike():
    m = _mentions(["The army has never been the first to strike, the general said."], "2022-04-21")
    assert "strike" not in m["event_type"].tolist() and "us_strike" not in m["event_type"].tolist()
