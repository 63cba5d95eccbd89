"""Incident precision mechanisms from the r37 round (statements that are no incident, mentions of one incident told
apart), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from functools import partial

import pandas as pd

from incident_fixtures import incidents_of, mentions_of

#: this file's articles: one paragraph a sentence, lines apart, published on 12 May 2023
_ARTICLE = {"published": "2023-05-12", "paragraphs": True, "sep": "\n"}


def _mentions(*sents: str, published: str = "2023-05-12") -> pd.DataFrame:
    m = mentions_of(*sents, **{**_ARTICLE, "published": published})
    return m[m["scope"] == "incident"]


_incidents = partial(incidents_of, **_ARTICLE)


# ---------------------------------------------------------------- "strikes in X and Y after an attack": no one country
def test_the_attack_a_two_country_strike_answers_joins_its_placed_retelling():
    inc = _incidents("The navy has hit 40 sites in Syria and Lebanon in response to Saturday's drone attack on an outpost "
                     "that killed two sailors.",
                     "Two sailors were killed when a drone struck the Qasr Harun outpost in Jordan on Saturday.")
    drones = inc[inc["weapon"].str.contains("drone")]
    assert len(drones) == 1 and drones.iloc[0]["killed"] == 2


# ---------------------------------------------------------------- links to other stories, any attack, a campaign
def test_a_link_to_another_story_is_no_mention():
    assert _mentions("READ MORE Rocket barrage hits port city of Marzak overnight").empty
    assert _mentions("Also read: Drones strike fuel depot near Qalat Dizah").empty


def test_an_attack_told_as_any_or_every_one_is_no_event():
    assert _mentions("The minister said the groups would pay dearly for every attack on the Harun garrison.").empty


def test_a_campaign_stepped_up_without_casualties_is_no_event():
    assert _mentions("In March, the air force escalated airstrikes in the Qandil hills.").empty
    kept = _mentions("In March, the air force escalated airstrikes in the Qandil hills, killing four shepherds.")
    assert len(kept) == 1


# ---------------------------------------------------------------- devices planted or made safe: not set off
def test_a_device_told_as_planted_or_made_safe_is_no_attack():
    assert _mentions("A second IED was planted beside the highway to Tal Afar, near the Zab bridge.",
                     "Both devices were safely removed by engineers.").empty
    assert len(_mentions("A bomb planted under a minibus exploded in Tal Afar, wounding three.")) == 1


# ---------------------------------------------------------------- a tally broken down in a list
def test_the_undated_rows_of_a_counted_list_are_parts_of_the_tally():
    m = _mentions("Monitors recorded 9 attacks on foreign bases since March, distributed as follows:",
                  "• Five attacks on the Harun garrison.",
                  "• A single attack on a depot at Tal Baydar in the Qamishli countryside.")
    assert m.empty or not m["evidence"].str.contains("Tal Baydar").any()


def test_the_dated_rows_of_a_list_stay_incidents():
    m = _mentions("Convoys attacked this week:",
                  "- On May 9, a fuel convoy was attacked in Samawah.",
                  "- On May 10, a fuel convoy was attacked near Kut.")
    assert len(m) == 2


# ---------------------------------------------------------------- "the targeted bases belonged to ...": the strike retold
def test_the_targets_told_in_the_next_sentence_join_the_strike():
    inc = _incidents("Turkish jets bombed several depots of the militia in Hasakah province on Tuesday, officials said.",
                     "Witnesses reported that the targeted depots belonged to a brigade stationed near Qahtaniyah.")
    assert len(inc) == 1


# ---------------------------------------------------------------- the attack a strike answers, told twice
def test_the_attack_a_strike_answers_told_twice_is_one_incident():
    inc = _incidents("The navy struck militia depots, killing nine gunmen, four days after a rocket raid that "
                     "killed a driver.",
                     "The ministry stated on Tuesday it hit the depots in response to a salvo of 12 rockets fired last Thursday.",
                     published="")  # an undated page: the days stay unknown
    rockets = inc[inc["weapon"].str.contains("rocket")]
    assert len(rockets) == 1
    assert rockets.iloc[0]["killed"] == 1 and rockets.iloc[0]["n_fired"] == 12


# ---------------------------------------------------------------- "In 2017, ...": the event an article recalls
def test_a_story_day_does_not_join_the_event_its_article_recalls_by_year():
    inc = _incidents("By a staff writer, Apr 4: At least five vendors were killed by a car bomb at a market in Syria.",
                     "The blast tore through the grain market of the town of Jarabulus in Aleppo province.",
                     "In 2016, more than 30 shoppers were killed when a parked car bomb went off outside the town's court.",
                     published="")
    assert len(inc) == 2
    assert sorted(inc["killed"].astype(int)) == [5, 30]


# ---------------------------------------------------------------- "X's rocket attack follows an airstrike in Y"
def test_a_strike_followed_by_an_attack_keeps_its_own_means():
    m = _mentions("Friday's rocket attack follows an airstrike last week near Abu Kamal that killed two fighters.")
    strikes = m[m["event_type"].isin(["strike", "us_strike"])]
    assert all(w != "rockets" for w in strikes["weapon"])


# ---------------------------------------------------------------- "a source did not believe the drones were targeting X"
def test_an_attack_its_source_does_not_believe_is_no_event():
    assert _mentions("Commanders do not believe the drones were targeting the depot at Tal Harun.").empty


# ---------------------------------------------------------------- an undated page's "Tuesday" and a dated Wednesday
def test_a_named_weekday_and_a_day_of_another_weekday_are_two_incidents():
    inc = _incidents("Militants fired rockets at the Qasr Harun garrison early Tuesday, and two rockets hit its depot.",
                     "On March 13, 2024, guards reported an explosion at the Qasr Harun garrison.", published="")
    assert len(inc) == 2  # March 13, 2024 was a Wednesday


# ---------------------------------------------------------------- a threat told beside a sum of attacks
def test_a_threat_joined_to_a_sum_of_attacks_is_one_threat_with_its_own_words():
    m = _mentions("Attacks on the garrisons have risen since the fighting began on May 2 and armed groups loyal to "
                  "Tehran threatened to strike foreign interests with rockets if the navy intervened.")
    threats = m[m["event_type"] == "threat"]
    assert len(threats) == 1
    assert threats.iloc[0]["date"] != "2023-05-02"  # the day the fighting began, not the threat's


# ---------------------------------------------------------------- "On May 3 and 6, the base was attacked": two days
def test_two_days_of_one_clause_are_two_incidents():
    inc = _incidents("On May 3 and 6, the Qasr Harun garrison was also attacked by an armed drone.")
    assert sorted(inc["date"]) == ["2023-05-03", "2023-05-06"]
    assert len(_incidents("On May 3 and 4, drones hit the Qasr Harun garrison.")) == 1


# ---------------------------------------------------------------- "flights rose before the attack": a time, no event
def test_the_event_told_as_the_time_of_something_else_is_no_event():
    assert _mentions("The monitor added that patrols and warplane flights over the garrison rose before the attack.").empty


# ---------------------------------------------------------------- a run of bulleted headlines: links to other stories
def test_a_run_of_bulleted_headlines_is_no_mention():
    m = _mentions("- Talks on the truce stall in the capital", "- Another drone strike on the depot. What it means",
                  "Rockets hit the Qasr Harun garrison on Tuesday, wounding two guards.")
    assert len(m) == 1 and m.iloc[0]["injured"] == 2
