"""Incident mechanisms from the s35 merge round, each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events.mentions import incident_mentions
from analysis.events.merge import merge_incidents


def _mentions(*sents: str, published: str = "2022-06-10") -> pd.DataFrame:
    text, rows = "", []
    for i, s in enumerate(sents):
        rows.append({"doc_id": "a", "para_id": i, "sent_id": i, "start": len(text), "end": len(text) + len(s), "text": s})
        text += s + " "
    return incident_mentions(pd.DataFrame(rows), pd.DataFrame({"doc_id": ["a"], "published": [published], "text": [text]}))


# ---------------------------------------------------------------- "In response to the strike, X announced the death of ..."
def test_a_death_announced_in_answer_to_a_strike_is_that_strike_toll():
    m = _mentions("A navy helicopter hit a pickup truck used by a local militia near the river crossing on Sunday.",
                  "The helicopter had been patrolling the area since dawn.",
                  "In retaliation for the American strike, the militia announced the death of two of its members.")
    inc, _ = merge_incidents(m[m["scope"] == "incident"], None)
    assert len(inc) == 1 and int(inc["killed"].iloc[0]) == 2


def test_an_attack_in_answer_to_a_strike_stays_an_event_of_its_own():
    from analysis.events.mentions.groups import _named_event_toll

    g = {"start": 0, "days_before": -1}
    assert not _named_event_toll(g, "In retaliation for the strike", ", gunmen killed two guards at a checkpoint",
                                 {"casualty": []})
    assert not _named_event_toll(g, "After the strike", ", the group announced the death of a fighter", {"casualty": []})


# ---------------------------------------------------------------- "Speaking to reporters on Monday, officials said ...": the day they spoke
def test_the_day_a_source_spoke_is_not_lent_to_the_event_told_after_it():
    m = _mentions("Officials think a militia was behind a drone attack on a remote desert outpost last week.",
                  "Speaking to reporters on Thursday, two officials said they were sure that the militia armed and "
                  "directed the attack.",
                  "One official said that all five drones were packed with explosives and hit the garrison at Tanf.")
    assert "2022-06-09" not in set(m["date"])
    inc, _ = merge_incidents(m[m["scope"] == "incident"], None)
    assert len(inc) == 1


# ---------------------------------------------------------------- "Two wounded troops were treated on site": the told victims' care
def test_care_of_the_wounded_told_earlier_gives_no_toll_to_the_strike_told_since():
    m = _mentions("A rocket hit a supply depot near the border on Tuesday, wounding four guards.",
                  "Hours later, navy jets conducted air strikes on a militia camp in the hills.",
                  "Two wounded guards were treated at the depot, while the others were flown to a clinic in the capital.")
    strikes = m[m["event_type"].isin(["us_strike", "strike"])]
    assert len(strikes) >= 1 and strikes["injured"].isna().all()


# ---------------------------------------------------------------- "..., used by groups which X says are behind a rise in attacks"
def test_a_rise_in_attacks_a_group_is_held_for_does_not_make_the_strike_told_a_tally():
    from analysis.events.clauses import split_clauses

    s = "The failed rocket attack followed British strikes on two depots in western Iraq, used by a militia that London blames for a rise in attacks."
    assert len(split_clauses(s)) == 2
    m = _mentions("Militants fired four rockets at a coalition base near Mosul on Monday, injuring two soldiers.", s)
    assert (m[m["scope"] == "incident"]["event_type"].isin(["us_strike", "strike"])).any()
    s2 = "Jets struck two camps used by groups which the government says are behind a spike in raids on farms."
    assert len(split_clauses(s2)) == 2


# ---------------------------------------------------------------- "The attack is the largest since X launched missiles at Y in March"
def test_a_dated_earlier_event_after_a_restating_opening_is_kept():
    m = _mentions("Militants fired four rockets at a coalition base near Mosul on Monday, injuring two soldiers.",
                  "The attack is the largest on a coalition base in the country since a neighbour launched cruise "
                  "missiles at camps housing coalition troops in March.")
    rows = m[m["scope"] == "incident"]
    assert len(rows) == 2 and "2022-03" in set(rows["date"])
