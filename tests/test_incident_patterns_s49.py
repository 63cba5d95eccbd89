"""Rules of the stop-49 round, written on the errors of real reports (the development samples of stops 48 and 49),
each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.merge import merge_incidents
from test_incident_patterns import _mentions


def _incidents(paras: list[str], published: str = "2023-12-23"):
    m = _mentions(paras, published)
    inc, _ = merge_incidents(m)
    return m, inc


# ---------------------------------------------------------------- more events told with 'also'
@pytest.mark.parametrize("also", ["Airstrikes also hit near Velmar, the capital.",
                                  "Two rockets also landed in the port of Velmar."])
def test_events_that_also_hit_elsewhere_are_not_the_toll_told_first(also):
    _m, inc = _incidents(["A Saudi-led airstrike on a prison killed at least 40 detainees on Friday, a minister said.",
                          "The minister said the toll would rise.", also], "2022-01-21")
    assert len(inc) == 2 and sorted(inc["killed"].fillna(-1).astype(int).tolist()) == [-1, 40]


def test_the_strike_that_also_killed_is_the_one_told():
    _m, inc = _incidents(["An airstrike hit a market in Velmar on Friday, killing 12 people.",
                          "The strike also hit a school nearby."], "2022-01-21")
    assert len(inc) == 1


# ---------------------------------------------------------------- a noun after "to that" is no modal verb
def test_an_attack_a_state_answered_with_is_an_act_not_a_threat():
    m = _mentions(["Velmar responded to that strike with a missile attack on the Orsk air base."], "2024-01-20")
    assert m["event_type"].tolist() == ["attack"]


def test_a_vow_to_strike_is_still_a_threat():
    m = _mentions(["The militia vowed to strike the Orsk air base again."], "2024-01-20")
    assert m["event_type"].tolist() == ["threat"]


# ---------------------------------------------------------------- a relative clause between munitions and their verb
@pytest.mark.parametrize("text", ["Eighteen rockets, which are usually linked to the militias, struck the base.",
                                  "Eighteen 107mm rockets, which were made abroad, struck the base."])
def test_munitions_with_a_relative_aside_struck(text):
    m = _mentions([text])
    assert len(m) == 1 and m.iloc[0]["n_hit"] == 18 and m.iloc[0]["event_type"] == "attack"


# ---------------------------------------------------------------- one victim named with a role before the name
@pytest.mark.parametrize("text", ["On Thursday, militia commander Dano Kest was killed in a drone strike in Velmar.",
                                  "Local journalist Ann Lee was killed in a blast in Velmar on Monday."])
def test_one_named_victim_with_a_role_before_the_name(text):
    assert _mentions([text]).iloc[0]["killed"] == 1


def test_one_victim_named_with_an_abbreviated_nationality_and_another_wounded():
    m = _mentions(["A drone attack killed a U.S. contractor, injured another and wounded five U.S. troops."])
    assert (m.iloc[0]["killed"], m.iloc[0]["injured"]) == (1, 6)


# ---------------------------------------------------------------- the headline's toll for the lead incident
def _titled(paras: list[str], title: str) -> pd.DataFrame:
    """Incident mentions of one article with a headline (the manifest's title) above its paragraphs."""
    starts = [sum(len(p) + 2 for p in paras[:i]) for i in range(len(paras))]
    sents = pd.DataFrame({"doc_id": "d", "para_id": range(len(paras)), "sent_id": range(len(paras)), "start": starts,
                          "end": [a + len(p) for a, p in zip(starts, paras)], "text": paras})
    return incident_mentions(sents, pd.DataFrame({"doc_id": ["d"], "published": ["2023-10-17"], "title": [title]}))


def test_the_headline_gives_the_lead_its_toll():
    m = _titled(["Two fans were shot and a third injured in Velmar on Monday.", "Police said the gunman fled."],
                "Two fans killed by gunman in Velmar")
    assert m.iloc[0]["killed"] == 2 and m.iloc[0]["injured"] == 1


def test_a_headline_toll_already_told_in_the_body_is_not_given_twice():
    m = _titled(["Gunmen attacked a market in Velmar on Monday.", "A separate bomb in Orsk killed two people."],
                "Bomb kills two in Orsk")
    assert m["killed"].isna().tolist()[0]


# ---------------------------------------------------------------- a joint act of two states
@pytest.mark.parametrize("text", ["The U.S. and British militaries launched strikes on rebel targets in Velmar on Thursday.",
                                  "The U.S. and British militaries said they launched strikes on rebel targets in Velmar."])
def test_a_strike_by_the_us_and_an_ally_is_a_us_strike(text):
    assert _mentions([text], "2024-01-12")["event_type"].tolist() == ["us_strike"]


# ---------------------------------------------------------------- an event a told event led to
def test_the_strike_an_attack_led_to_is_an_event_of_its_own():
    m = _mentions(["The raid was like the May 3 attack on a base that killed a guard, and resulted in a series of "
                   "airstrikes on the militia, eventually leading to the June airstrike in Orsk that killed its leader."])
    assert m["killed"].tolist() == [1, 1] and m["place"].tolist() == ["", "Orsk"]  # the series between is a summary


def test_deaths_an_attack_led_to_stay_its_toll():
    m = _mentions(["A car bomb hit the market in Orsk, leading to the deaths of 12 people."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 12


# ---------------------------------------------------------------- "since <time>, when ..." read as one mention
def test_a_recalled_event_told_after_since_a_time_and_when_takes_that_time():
    m = _mentions(["The attack was the bloodiest in Orsk since January 2018, when a suicide bomber killed more than 30 "
                   "people in the same square."], "2024-10-16")
    assert (m.iloc[0]["date"], m.iloc[0]["killed"]) == ("2018-01", 30)


# ---------------------------------------------------------------- two counts joined by "and", no range
@pytest.mark.parametrize("text, killed, injured", [
    ("The death toll rose to 56 and 194 others were wounded in the bombing in Orsk.", 56, 194),
    ("Between 10 and 20 people were killed in the bombing in Orsk.", 10, None),
])
def test_a_toll_and_a_second_count_are_two_counts(text, killed, injured):
    m = _mentions([text])
    got = m.iloc[0]
    assert got["killed"] == killed and (got["injured"] == injured if injured else got["injured"] is pd.NA)


# ---------------------------------------------------------------- the dead counted as bodies; "dozens" as a toll
@pytest.mark.parametrize("text, killed, injured", [
    ("A police officer in Orsk said he saw at least 12 bodies and more than 20 injured people after the blast.", 12, 20),
    ("Twelve bodies were found near the market in Orsk after the blast.", 12, None),
])
def test_bodies_seen_or_found_are_the_dead(text, killed, injured):
    got = _mentions([text]).iloc[0]
    assert got["killed"] == killed and (got["injured"] == injured if injured else got["injured"] is pd.NA)


def test_twin_attacks_at_one_place_that_killed_dozens_are_one_incident():
    m = _mentions(["Two car bomb attacks at the Ministry of Education in Orsk killed or injured dozens on Saturday."])
    assert len(m) == 1


def test_dozens_of_attacks_over_a_year_stay_a_summary():
    assert _mentions(["Militants have carried out dozens of attacks in Orsk this year."]).empty


# ---------------------------------------------------------------- a photo's caption is no dateline
def test_a_caption_opening_the_page_does_not_date_its_events():
    m = _mentions(["A picture received from the U.S. embassy on Dec. 31, 2019, shows soldiers in the city.",
                   "Rockets slammed into a base north of Orsk, killing two soldiers."], "2020-03-12")
    assert m.iloc[-1]["date"] != "2019-12-31"
