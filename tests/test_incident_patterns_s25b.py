"""Review fixes of the ninth sample's incident rules: each rule kept to what it was written for.

Short fixtures written for these tests in our own words (regression checks, not evidence of accuracy: accuracy is
measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

from analysis.events.roles import casualties
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- an aside between the agent and "has struck"
def test_an_aside_that_tells_no_attack_keeps_the_agent_with_its_strike():
    m = _mentions(["The Israeli army, citing its own intelligence, has struck weapons stores near Tyre on Sunday."])
    assert m["event_type"].tolist() == ["strike"]


def test_a_partner_between_commas_keeps_the_united_states_as_the_agent():
    m = _mentions(["The United States, together with its allies, has launched airstrikes on rebel depots in Yemen "
                   "on Friday."])
    assert m["event_type"].tolist() == ["us_strike"]


def test_a_source_between_commas_keeps_the_toll_with_the_strike():
    m = _mentions(["Israel, as the army put it, has struck an arms store near Tyre on Sunday, killing three fighters."])
    assert m[["event_type", "killed"]].values.tolist() == [["strike", 3]]


# ---------------------------------------------------------------- an uncounted group of an earlier event
def test_an_uncounted_toll_of_an_earlier_event_leaves_the_count_alone():
    c = casualties("A roadside bomb killed two guards on Sunday, a month after dozens of people were killed in "
                   "fighting nearby")
    assert c["killed"] == 2


def test_an_uncounted_group_hurt_days_before_leaves_the_count_alone():
    c = casualties("Four engineers were hurt on Friday, weeks after several drivers were wounded in a like attack")
    assert c["injured"] == 4


def test_an_uncounted_group_killed_in_clashes_is_another_event():
    c = casualties("Dozens of fighters died in clashes and two guards were killed by a bomb at the gate")
    assert c["killed"] == 2


# ---------------------------------------------------------------- "alongside" in a relative clause
def test_who_fought_alongside_a_commander_adds_no_victim():
    assert casualties("The raid killed Omar Nasser, who had served alongside a brigade commander")["killed"] == 1


def test_a_shared_past_before_alongside_adds_no_victim():
    assert casualties("The blast killed Omar Nasser after years spent fighting alongside a brigade commander")[
        "killed"] == 1


# ---------------------------------------------------------------- one day's joint attacks are no running tally
def test_wounded_in_the_double_attacks_is_one_event():
    m = _mentions(["Four guards have been wounded in the double attacks near the gate, the officer said."])
    assert m["injured"].tolist() == [4]


def test_wounded_in_the_attacks_followed_by_a_day_is_an_incident():
    m = _mentions(["Five guards have been hurt in the attacks Sunday evening near the gate."])
    assert m["injured"].tolist() == [5]


def test_wounded_in_the_attacks_on_a_named_camp_is_an_incident():
    m = _mentions(["Six guards have been hurt in the attacks on Camp Falcon, the officer said."])
    assert m["injured"].tolist() == [6]


# ---------------------------------------------------------------- plural attacks on a day without one event told
def test_attacks_on_a_day_without_an_article_event_stay_a_summary():
    assert _mentions(["Rebels mounted attacks on supply convoys on Wednesday, an officer said."]).empty
