"""Count and casualty rules from the s30 round on a second sample of attack reports (dev30b), each in a fixture of
our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.roles import casualties
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- a part of the victims, or their kin
def test_a_number_picking_some_of_the_victims_is_no_toll():
    assert casualties("One of the men killed in the raid was a local judge.")["killed"] is None
    assert casualties("Three cousins of those killed waited outside the morgue.")["killed"] is None
    assert casualties("Two of the seven guards killed were brothers.")["killed"] == 7


def test_the_victims_own_count_is_still_read():
    assert casualties("The blast killed five guards and wounded two of the drivers.")["killed"] == 5
    assert casualties("Six people were killed near the gate.")["killed"] == 6
    assert casualties("One of the guards was killed near the gate.")["killed"] == 1


# ---------------------------------------------------------------- a quotation opening on the count
def test_a_count_inside_a_quotation_after_the_verb_is_read():
    c = casualties('The raid killed "three guards and wounded a fourth", the ministry said.')
    assert (c["killed"], c["injured"]) == (3, 1)
    assert casualties("It injured “two farmers”, a witness said.")["injured"] == 2


# ---------------------------------------------------------------- an acute accent typed for an apostrophe
def test_an_acute_accent_for_an_apostrophe_does_not_hide_the_toll():
    m = _mentions(["Five guards linked to the country\u00b4s ruling party were killed on Monday in a drone strike."])
    assert len(m) == 1
    assert m.iloc[0]["killed"] == 5


# ---------------------------------------------------------------- a drone stopped, told in a relative clause
def test_a_drone_which_was_shot_down_is_intercepted():
    from analysis.events.roles import munitions
    assert munitions("The outpost was targeted by a drone which was shot down by the guards.")["n_intercepted"] == 1
    assert munitions("A drone, which was intercepted over the desert, had been aimed at the camp.")["n_intercepted"] == 1
    assert munitions("The militia flew a drone that was built in a workshop.")["n_intercepted"] is None


# ---------------------------------------------------------------- what a monitor had reported before is one event
def test_an_event_a_source_had_previously_reported_is_no_summary():
    m = _mentions(["A monitoring group had previously reported that the camp was targeted by a drone that was shot "
                   "down by the guards."], "2024-03-05")
    assert list(m["scope"]) == ["incident"]
    assert m.iloc[0]["n_intercepted"] == 1


# ---------------------------------------------------------------- one toll told with two verbs
def test_and_wounded_after_a_toll_stays_in_its_clause():
    from analysis.events.clauses import split_clauses
    s = "Officials blamed a mortar round that killed two farmers and wounded six more near the dam."
    assert len(split_clauses(s)) == 1
    assert len(split_clauses("Gunmen raided the depot and wounded six guards near the dam.")) == 2


# ---------------------------------------------------------------- an opening, after an agency's tag, that tells the attack answered
def test_the_attack_a_strike_answers_is_apart_from_the_strike():
    from analysis.events.clauses import split_clauses
    s = ("(Wire Desk) In response to a bomb attack that killed four sailors and wounded nine at the harbour, the Navy "
         "has begun shelling two depots.")
    parts = [s[a:b] for a, b in split_clauses(s)]
    assert len(parts) == 2 and parts[1].startswith(", the Navy has begun")
    m = _mentions([s], "2024-03-05")
    toll = m[m["killed"].notna()]
    assert len(toll) == 1 and toll.iloc[0]["killed"] == 4 and toll.iloc[0]["injured"] == 9
    assert "air strike" not in str(toll.iloc[0]["weapon"])
