"""Count, casualty and incident rules from the s31 round (general forms of real reports), each in a fixture of our
own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.validate.incidents import article_incidents


def _incidents(paras: list[str], published: str = "2022-03-09") -> pd.DataFrame:
    rows, pos = [], 0
    for i, t in enumerate(paras):
        rows.append({"doc_id": "d", "para_id": i, "sent_id": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 1
    arts = pd.DataFrame({"doc_id": ["d"], "published": [published], "text": [" ".join(paras)]})
    return article_incidents(incident_mentions(pd.DataFrame(rows), arts), arts)


# ---------------------------------------------------------------- a lead placed by its dateline, then the event's own place
def test_a_dateline_lead_and_the_same_toll_at_the_events_own_town_are_one_incident():
    inc = _incidents(["KIRKUK, Iraq: Three guards of an oil company were killed on Sunday in a drone strike in the north.",
                      "Drones hit a pickup carrying the guards near the town of Daquq, killing three, officials said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 3


# ---------------------------------------------------------------- a definite "the attack" refers back
def test_the_attack_joins_the_lead_not_an_earlier_attack_recalled_later_on_an_undated_page():
    inc = _incidents(["Eight rockets were fired at an air base in western Iraq on Thursday.",
                      "The attack targeted the Ain al-Asad air base in Anbar province, a spokesman said.",
                      "In March 2019, a ballistic missile attack hit the Ain al-Asad base and wounded dozens."], published="")
    recalled = inc[inc["date"].astype(str).str.startswith("2019")]
    assert len(recalled) == 1
    assert recalled.iloc[0]["mention_ids"].count(";") == 0  # the recalled attack holds only its own sentence


# ---------------------------------------------------------------- "since X killed N on <day>": an earlier event, its own toll
def test_an_earlier_event_told_after_since_keeps_its_toll_and_day_apart_from_the_story():
    inc = _incidents(["Two drones were shot down on Monday during an attempted attack on a base housing US troops in Syria.",
                      "Armed groups have vowed to strike US interests since militants killed more than 300 people in a "
                      "surprise assault across the border on May 2.",
                      "There was an attempted drone attack at al-Tanf, a spokesman said."], published="")
    story = inc[inc["weapon"].astype(str).str.contains("drone")]
    assert len(story) == 1 and pd.isna(story.iloc[0]["killed"])
    assert (inc["killed"] == 300).sum() == 1


# ---------------------------------------------------------------- a toll right after a summary of many attacks
def test_a_toll_told_right_after_a_summary_is_not_given_to_an_older_incident():
    inc = _incidents(["A single rocket struck near a base hosting US troops in Anbar on Monday.",
                      "An official said the rocket landed close to a farm outside the base.",
                      "Rocket attacks on US sites have been frequent since an American strike near the airport last year.",
                      "That operation also killed a senior militia commander."])
    rocket = inc[inc["weapon"].astype(str).str.contains("rocket")]
    assert len(rocket) >= 1 and rocket["killed"].isna().all()


# ---------------------------------------------------------------- the plural noun of killing
def test_the_killings_of_counted_victims_are_an_attack_with_its_toll():
    inc = _incidents(["The killings of four farmers near Tuz Khurmatu on Monday were blamed on the militants."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 4
