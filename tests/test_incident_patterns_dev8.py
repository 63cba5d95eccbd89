"""Patterns met in the eighth development sample of attack reports: one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events.actors import scan_actors
from analysis.events.triggers import agent_and_target, cue_classes, event_type
from test_incident_patterns import _mentions


def _agent_and_type(t: str) -> tuple[dict | None, str]:
    """The agent `agent_and_target` reads in one sentence, and the event type it gives that sentence."""
    cues = cue_classes(t)
    agent, _ = agent_and_target(t, scan_actors(t), cues)
    return agent, event_type(t, cues, agent, set(), False)


# ---------------------------------------------------------------- "no casualties" after attacks told jointly
def test_no_casualties_after_two_attacks_in_one_sentence_goes_to_both_not_the_background_strike():
    m = _mentions(["Three mortar shells hit the airport and four rockets struck a camp housing foreign troops on "
                   "Sunday, a week after a US strike killed two militia leaders.",
                   "No casualties were reported."])
    attacks = m[m["event_type"] == "attack"]
    assert len(attacks) == 2
    assert attacks["injured"].tolist() == [0, 0]
    strike = m[m["event_type"] == "us_strike"]
    assert strike["injured"].isna().all()


def test_no_casualties_after_one_attack_still_goes_to_it():
    m = _mentions(["Two rockets struck a camp housing foreign troops on Sunday.", "No casualties were reported."])
    assert m["injured"].tolist() == [0]


# ---------------------------------------------------------------- a day's summary with no casualties, then its attacks
def test_a_days_summary_without_casualties_gives_its_zeros_to_the_attacks_of_that_day():
    m = _mentions(["Foreign troops were attacked three times on Thursday with rockets and drones, but there were no "
                   "casualties, an official said.",
                   "Two drones were launched at the air base near Erbil airport on Thursday."], published="2023-11-24")
    attack = m[m["event_type"] == "attack"].iloc[0]
    assert (attack["killed"], attack["injured"]) == (0, 0)


def test_a_days_summary_gives_nothing_to_an_attack_of_another_day():
    m = _mentions(["Foreign troops were attacked three times on Thursday with rockets and drones, but there were no "
                   "casualties, an official said.",
                   "Two drones were launched at the air base near Erbil airport on Monday."], published="2023-11-24")
    attack = m[m["event_type"] == "attack"].iloc[0]
    assert pd.isna(attack["killed"]) and pd.isna(attack["injured"])


# ---------------------------------------------------------------- a death of natural causes is not the attack's
def test_a_death_from_a_heart_attack_told_in_other_words_is_not_counted():
    from analysis.events.roles import casualties
    assert casualties("A porter died in the shelter of cardiac arrest, not from the shells.")["killed"] is None
    assert casualties("A clerk was killed after having a cardiac arrest in the bunker.")["killed"] is None
    assert casualties("A sentry lost her life hours later because of an illness.")["killed"] is None
    assert casualties("The shells killed a guard; another died of a heart attack.")["killed"] == 1


# ---------------------------------------------------------------- a state that says it struck: the state's strike
def test_a_state_that_says_on_a_day_it_targeted_a_groups_sites_is_the_agent():
    for t in ("The US military said on Friday it targeted two training camps run by Harakat al-Nujaba.",
              "The US military said it targeted two training camps run by Harakat al-Nujaba."):
        agent, kind = _agent_and_type(t)
        assert agent["actor_id"] == "united_states"
        assert kind == "us_strike"


def test_a_group_that_says_it_fired_is_still_a_claim():
    agent, kind = _agent_and_type("Kataib Hezbollah said it fired rockets at the base.")
    assert agent["actor_id"] == "kataib_hezbollah"
    assert kind == "claim"


def test_sites_used_by_a_group_do_not_make_the_group_the_striker():
    assert _agent_and_type("US jets struck three depots used by Kataib Hezbollah.")[0]["actor_id"] == "united_states"
    assert _agent_and_type("The base was struck by Kataib Hezbollah rockets.")[0]["actor_id"] == "kataib_hezbollah"


# ---------------------------------------------------------------- "one causing injuries": the one is an attack
def test_a_count_that_causes_injuries_is_not_the_injured():
    from analysis.events.roles import casualties
    assert casualties("The camp was hit in two drone attacks, with one causing light injuries to a few troops")["injured"] is None
    assert casualties("Two drones hit the camp, one causing injuries to four guards")["injured"] == 4
    assert casualties("Two rockets struck, one of which wounded a guard")["injured"] == 1


# ---------------------------------------------------------------- one munition stopped, named with a demonstrative
def test_a_munition_shot_down_by_name_counts_one_interception():
    from analysis.events.roles import munitions
    assert munitions("Guards at the camp shot down the drone before it reached the fence")["n_intercepted"] == 1
    assert munitions("Troops destroyed that particular drone over the desert")["n_intercepted"] == 1
    assert munitions("Both of these rockets were intercepted over the river")["n_intercepted"] == 2
    assert munitions("Jets destroyed the drone factory outside the city")["n_intercepted"] is None


# ---------------------------------------------------------------- continuous attacks, targets "such as": no one event
def test_continuous_attacks_and_targets_such_as_are_summaries():
    from analysis.events.mentions.scope import _aggregate
    assert _aggregate("the outpost came under continuous rocket fire")
    assert _aggregate("militants fired rockets at foreign bases such as the airport camp and the river base")
    assert not _aggregate("militants fired rockets at the airport camp on Monday")


# ---------------------------------------------------------------- "X-based fighters" are X's clients, not X's state
def test_country_based_fighters_are_not_the_state():
    from analysis.events.actors import scan_actors
    found = [(a["text"], a["actor_id"]) for a in scan_actors("officials suspect Iran-based gunmen sent the drones")]
    assert found == [("Iran-based gunmen", "pro_iran_militias")]


# ---------------------------------------------------------------- "indirect fire" is rocket fire (the military's word)
def test_rounds_of_indirect_fire_are_rockets():
    m = _mentions(["Six rounds of indirect fire hit a camp housing foreign troops on Monday."])
    assert m.iloc[0]["event_type"] == "attack"
    assert m.iloc[0]["weapon"] == "rockets"


# ---------------------------------------------------------------- "X say rockets struck": X is the source, not the agent
def test_the_state_that_says_rockets_struck_is_a_source_not_the_striker():
    agent, kind = _agent_and_type("The Iraqi army say two rockets hit a camp close to the airport on Monday.")
    assert agent is None
    assert kind == "attack"


# ---------------------------------------------------------------- a wire lead naming the bases struck is one report
def test_rockets_have_struck_bases_at_a_named_site_is_a_report_not_a_summary():
    m = _mentions(["Police say drones have hit sites used by coalition soldiers at Erbil airport."])
    assert len(m) == 1 and m.iloc[0]["event_type"] == "attack"
    assert _mentions(["Rockets have also struck bases in Iraq, including the Green Zone."]).empty
