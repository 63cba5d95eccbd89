"""Patterns met in the ninth development sample of attack reports: one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

from analysis.events.roles import casualties
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- people nouns of a coordinated toll
def test_a_medic_after_a_count_is_one_more_victim():
    assert casualties("Two drivers and a medic died when a mortar round hit the clinic")["killed"] == 3


def test_a_pilot_and_a_subcontractor_are_people():
    assert casualties("Two pilots and a subcontractor were wounded at the airfield")["injured"] == 3


# ---------------------------------------------------------------- a long organisation name inside the subject
def test_a_long_proper_name_between_the_count_and_its_verb_keeps_the_role():
    c = casualties("On Sunday, three medics from the Eastern Mountain Rescue Joint Task Force Command were hurt by "
                   "shrapnel")
    assert c["injured"] == 3


# ---------------------------------------------------------------- an uncounted group beside an exact count
def test_several_hurt_and_one_wounded_in_one_clause_gives_no_total():
    c = casualties("Several soldiers suffered light injuries and one police officer was seriously wounded in the raid")
    assert c["injured"] is None and "injured=several" in c["qualifiers"]


def test_an_uncounted_group_of_the_other_role_leaves_the_count_alone():
    assert casualties("One guard was killed and several soldiers were wounded in the raid")["killed"] == 1


def test_an_uncounted_group_whose_verb_is_only_before_it_does_not_void_the_count():
    # the vague group's own predicate is "have been hurt" (injured), not the "killed" before it
    c = casualties("One driver has been killed and several guards and local staff have been hurt, the company said")
    assert c["killed"] == 1


# ---------------------------------------------------------------- a running tally of the wounded
def test_wounded_in_the_attacks_so_far_is_a_tally_not_the_latest_attack():
    m = _mentions(["Gunmen attacked a checkpoint near the town on Friday, wounding one guard.",
                   "By the ministry's count, 25 guards have been hurt in the attacks."])
    assert m["injured"].tolist() == [1]


def test_wounded_in_the_attacks_on_a_base_is_still_an_incident():
    m = _mentions(["Two soldiers have been wounded in the attacks on the base near the river, officials said."])
    assert m["injured"].tolist() == [2]


# ---------------------------------------------------------------- "alongside" a titled companion
def test_killed_alongside_a_commander_counts_the_commander():
    assert casualties("A drone strike near the airport killed Hamid Karimi alongside a senior militia commander")[
        "killed"] == 2


# ---------------------------------------------------------------- an acronym in brackets after the agent
def test_an_acronym_in_brackets_does_not_hide_the_state_agent():
    m = _mentions(["On Tuesday two Royal Air Force (RAF) Typhoons bombed a depot used by the group near the river."])
    assert m["event_type"].tolist() == ["us_strike"]


# ---------------------------------------------------------------- a plural "attacks" as the cause of one dated strike
def test_a_dated_strike_answering_attacks_is_an_incident_not_a_summary():
    m = _mentions(["In a move against attacks on its troops, the army carried out an air strike on a depot on "
                   "Wednesday, the minister said."])
    assert len(m) == 1 and m.iloc[0]["date"] == "2023-12-20"


# (plural attacks on a day without one event told: tests/test_incident_patterns_s25b.py)


# ---------------------------------------------------------------- the attack a strike answers, between commas
def test_an_attack_between_commas_before_the_strike_verb_keeps_its_own_toll():
    m = _mentions(["The coalition, in reprisal for an ambush in which six guards died on Sunday, has carried out "
                   "airstrikes on camps near the river."])
    assert sorted(m["killed"].fillna(-1).tolist()) == [-1, 6]


# ---------------------------------------------------------------- an event noun counted by its article is no victim
def test_a_strike_counted_by_its_article_is_not_a_victim():
    assert casualties("A U.S. airstrike at a fuel depot in the valley left four fighters dead")["killed"] == 4


# ---------------------------------------------------------------- "the latest in a series of attacks" is one attack
def test_the_latest_in_a_series_of_attacks_is_one_attack_with_its_toll():
    m = _mentions(["The latest in a series of attacks on the Qayyarah base caused no casualties, an officer said."])
    assert len(m) == 1 and m.iloc[0]["injured"] == 0
