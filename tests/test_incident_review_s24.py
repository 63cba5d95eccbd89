"""Regression tests for the s24 review of the incident rules: one test per finding.

The sentences are short fixtures written for these tests in our own words.
"""

from __future__ import annotations

from test_incident_patterns import _mentions


# ---------------------------------------------------------------- a day's "no casualties": only that day, that area
def test_a_days_no_casualties_reaches_only_attacks_of_that_day_and_area():
    lead = "Foreign troops in Syria came under attack three times on Tuesday, but nobody was hurt."
    inside = _mentions([lead, "One drone struck a camp in eastern Syria on Tuesday."])
    assert inside["injured"].tolist() == [0]
    elsewhere = _mentions([lead, "One drone struck a camp in Iraq on Tuesday."])
    assert elsewhere["injured"].isna().all()
    month = _mentions(["Foreign troops in Syria came under attack three times on Tuesday, March 5, 2024, but nobody "
                       "was hurt.", "One drone struck a camp in Syria in March 2024."])
    assert month["injured"].isna().all()


# ---------------------------------------------------------------- "and himself": only the dead of the same verb
def test_and_himself_counts_the_bomber_only_among_the_killed():
    from analysis.events.roles import casualties
    assert casualties("A car bomber killed three porters and himself at the gate")["killed"] == 4
    assert casualties("A car bomber killed three porters and injured a fourth and himself")["killed"] == 3


# ---------------------------------------------------------------- "destroyed the drone": an interception only in flight
def test_one_named_munition_stopped_is_an_interception_only_when_the_defenders_stop_it_in_flight():
    from analysis.events.roles import munitions
    n = lambda t: munitions(t)["n_intercepted"]  # noqa: E731
    assert n("Sailors shot down the drone before it reached the ship") == 1
    assert n("Jets destroyed that lone drone over the sea") == 1
    assert n("Navy jets destroyed the missile battery near the shore") is None
    assert n("Bombers destroyed the drone control station in the hills") is None
    assert n("A strike destroyed the drone before it could take off") is None
    assert n("Rebels shot down the drone, an American Reaper, over the desert") is None
    assert n("Rebel fighters downed the drone near the border") is None


# ---------------------------------------------------------------- a natural death needs its cause noun and "died"
def test_a_toll_from_gas_blasts_is_not_a_natural_death():
    from analysis.events.roles import casualties
    assert casualties("The number of dead climbed to 9 after natural gas tanks blew up in the shelling")["killed"] == 9
    assert casualties("The death toll rose to 9 from natural gas blasts set off by the shelling")["killed"] == 9
    assert casualties("One sentry died later that week of natural causes")["killed"] is None
    assert casualties("A sentry died in the bunker from a medical emergency")["killed"] is None


# ---------------------------------------------------------------- "X-based": a client only of a state that arms groups
def test_country_based_groups_are_clients_only_of_a_state_known_to_back_armed_groups():
    from analysis.events.actors import scan_actors
    found = lambda t: [(a["text"], a["actor_id"]) for a in scan_actors(t)]  # noqa: E731
    assert found("Iran-based gunmen fired on the camp") == [("Iran-based gunmen", "pro_iran_militias")]
    assert all(aid not in ("sdf", "unknown_group") for _, aid in found("US-based organizations criticised the raid"))
    assert all(aid != "unknown_group" for _, aid in found("UK-based groups asked for an inquiry"))


# ---------------------------------------------------------------- "positions such as": a summary only of many attacks
def test_sites_such_as_make_a_summary_only_with_several_attacks():
    from analysis.events.mentions.scope import _aggregate
    assert not _aggregate("guards at positions such as the dam were struck by one shell on Friday")
    assert _aggregate("gunmen have launched drones at foreign positions such as the dam and the oil field")
    assert _aggregate("gunmen sent drones against U.S. positions such as the dam")


# ---------------------------------------------------------------- part lists: linear in the number of counts
def test_dropping_parts_of_a_long_list_of_totals_is_linear():
    import time

    from analysis.events.counts import count_rows
    from analysis.events.roles.tolls import _drop_parts
    text = "leaving 31 guards dead, among them four cooks and " * 6000
    rows = count_rows(text)
    start = time.process_time()
    kept = _drop_parts(rows, text, [])
    assert time.process_time() - start < 1.0  # a pass over each count against every list took many seconds here
    assert [r["value"] for r in kept[:2]] == [31, 31]


# ---------------------------------------------------------------- "another" before one victim's noun phrase
def test_another_before_a_single_victim_counts_one():
    from analysis.events.roles import casualties
    c = casualties("Gunmen killed a driver, and another local party chief was also wounded in the ambush.")
    assert (c["killed"], c["injured"]) == (1, 1)
    assert casualties("Another village headman's nephew was wounded.")["injured"] == 1


# ---------------------------------------------------------------- smaller items
def test_a_speaker_ending_inside_a_word_is_not_the_one_who_says_it_struck():
    from analysis.events.triggers import _own_act_speaker
    t = "The Navy ss said it hit camps"
    navy = {"start": 4, "end": 8, "type": "military", "actor_id": "united_states"}
    first = t.index("said")
    assert _own_act_speaker(t, [navy], [(first, first + 7)], first) is None
    t = "The Navy, said it hit camps"
    first = t.index("said")
    assert _own_act_speaker(t, [navy], [(first, first + 7)], first)["actor_id"] == "united_states"


def test_another_n_killed_in_a_sentence_of_its_own_adds_to_the_dead():
    from test_coded_descriptions_s24 import _incidents
    inc = _incidents(["A truck bomb exploded by the checkpoint in Tikrit on Monday, killing three guards and wounding "
                      "five drivers.", "Another 4 passers-by were killed."])
    assert len(inc) == 1
    assert (inc.iloc[0]["killed"], inc.iloc[0]["injured"]) == (7, 5)
