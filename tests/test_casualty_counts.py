"""Casualty counts in roundups and wire stories: general patterns, one test per rule.

The sentences are short fixtures written for these tests (regression checks, not evidence of accuracy: accuracy is
measured on real coded event descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.roles import casualties
from analysis.validate.incidents import article_incidents, load_event_descriptions


def _incidents(paras: list[str], published: str = "2019-05-02") -> pd.DataFrame:
    rows, pos = [], 0
    for i, t in enumerate(paras):
        rows.append({"doc_id": "d", "para_id": 0, "sent_id": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 1
    arts = pd.DataFrame({"doc_id": ["d"], "published": [published], "text": [" ".join(paras)]})
    m = incident_mentions(pd.DataFrame(rows), arts)
    return article_incidents(m, arts)


def _total(inc: pd.DataFrame, field: str) -> int:
    return int(pd.to_numeric(inc[field], errors="coerce").fillna(0).sum())


def _total_or_none(inc: pd.DataFrame, field: str) -> int | None:
    """The sum of a count field over the incidents, None when no incident gives it."""
    vals = pd.to_numeric(inc[field], errors="coerce").dropna()
    return int(vals.sum()) if len(vals) else None


@pytest.mark.parametrize("text, killed, injured", [
    ("A car bomb hit the convoy, wounding him, four guards and two drivers, police said.", None, 7),  # lead victim
    ("The strike left a local commander and three of his aides dead.", 4, None),
    ("Six soldiers were killed and the regional police chief wounded in the ambush.", 6, 1),  # one-person subject
    ("A shop owner's son was wounded in the blast.", None, 1),
    ("A grenade wounded a teacher and daughter near the market.", None, 2),  # a pair without a second determiner
    ("Three Peshmerga fighters were killed and one other was wounded.", 3, 1),  # a group noun after a demonym
    ("The death toll from the market bombing has risen to 31, while 60 others were wounded.", 31, 60),  # a stated toll
    ("Gunmen killed two guards and wounded three others, a hospital source and a local official said.", 2, 3),
    ("ERBIL — At least two Peshmerga were killed in the night attack.", 2, None),  # a dateline dash is not an aside
    ("Guard dies of wounds days after market blast.", 1, None),  # a headline-style subject
    ("At least five and as many as 11 villagers were killed in the raid.", 5, None),  # a range's lower bound
    ("Eight fighters were later confirmed by the army as having been killed.", 8, None),
    ("Gunmen gunned down police Major Salim Nouri outside a bakery.", 1, None),  # a titled, named victim
    ("A third guard, hit twice, was in critical condition.", None, 1),
    ("A second blast minutes later wounded another six people.", None, 6),  # "another" before a count
    ("TIKRIT - A taxi driver was badly hurt when a bomb went off.", None, 1),  # any singular subject of "was hurt"
    ("A family was killed when the shell hit their home.", None, None),  # but not a group noun
    ("A bomb hit the market, resulted the death of 3 and injury of 7", 3, 7),  # nouns of death and injury
    ("A mine hit a patrol near the border, Border Police officer was killed and two soldiers were injured", 1, 2),
])
def test_casualty_counts_of_one_clause(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_among_those_killed_marks_a_part_of_a_total():
    c = casualties("Four policemen were among those killed in the blast.")
    assert c["killed"] == 4 and "killed=at_least" in c["qualifiers"]


def test_a_part_told_in_the_next_sentence_adds_no_victims():
    inc = _incidents(["A truck bomb killed 12 people and wounded 30 in Tikrit on Tuesday.",
                      "Five soldiers were among those killed in the explosion in Tikrit."])
    assert _total(inc, "killed") == 12


def test_a_roundup_paragraph_of_separate_attacks_keeps_each_count():
    inc = _incidents(["In Kirkuk, a bomb wounded four people near a school.",
                      "A roadside bomb killed one soldier.",
                      "Gunmen wounded two shop owners.",
                      "Two people were killed and another was wounded when gunmen fired on a car."])
    assert (_total(inc, "killed"), _total(inc, "injured")) == (3, 7)


def test_a_story_that_retells_its_attack_is_one_incident():
    inc = _incidents(["A suicide bomber killed nine people at a checkpoint in Samarra on Monday.",
                      "Nine people were killed in the bombing at the checkpoint, officials said.",
                      "The attack wounded 20 others."])
    assert len(inc) == 1 and _total(inc, "killed") == 9


def test_a_report_of_none_does_not_set_an_attack_apart():
    inc = _incidents(["Two drones hit a base in Hasakah on Friday, wounding three contractors.",
                      "Officials said no soldiers were injured in the attack."])
    assert len(inc) == 1


def test_more_victims_of_the_same_attack_are_added():
    inc = _incidents(["Shelling killed four soldiers in Khanaqin on Friday.", "It also killed two shepherds."])
    assert _total(inc, "killed") == 6


def test_a_victim_shot_several_times_is_not_a_tally_of_attacks():
    inc = _incidents(["Gunmen shot dead four guards at a checkpoint in Baiji on Sunday.",
                      "A fifth guard, shot three times, was in critical condition."])
    assert (_total(inc, "killed"), _total(inc, "injured")) == (4, 1)


def test_a_war_tally_is_not_an_events_casualties():
    inc = _incidents(["In Mosul, a roadside bomb killed two soldiers and wounded four.",
                      "Some 4,000 soldiers have been killed in action in the country and 30,000 have been wounded."])
    assert (_total(inc, "killed"), _total(inc, "injured")) == (2, 4)


def test_no_casualties_so_far_still_completes_the_attack():
    inc = _incidents(["A roadside bomb hit a supply convoy on the highway near Basra.", "No casualties have been reported so far."])
    assert (_total(inc, "killed"), inc["injured"].tolist()) == (0, [0])


def test_a_bomb_sentence_without_a_known_place_is_an_attack_of_its_own():
    inc = _incidents(["In Kharabshaikh, a bomb wounded a teacher."])
    assert len(inc) == 1 and _total(inc, "injured") == 1


def test_event_descriptions_load_from_a_folder_holding_events_jsonl(tmp_path):
    row = {"ev_id": "x-001", "split": "dev2", "context": "", "text": "Somewhere: 2 killed by IED.", "killed": 2,
           "wounded": None, "place": "Somewhere", "date": None}
    (tmp_path / "events.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert load_event_descriptions(tmp_path)["split"].tolist() == ["dev2"]
    (tmp_path / "event_descriptions").mkdir()
    (tmp_path / "events.jsonl").rename(tmp_path / "event_descriptions" / "events.jsonl")
    assert load_event_descriptions(tmp_path)["ev_id"].tolist() == ["x-001"]


@pytest.mark.parametrize("text,killed,injured", [
    ("Nine shoppers die and 14 are hurt when a shell lands in a bazaar.", 9, 14),  # present-tense predicate
    ("At least 12 die as a lorry bomb goes off at a checkpoint.", 12, None),  # bare count, present tense
    ("A double bombing at a bus depot kills 31 and wounds 75.", 31, 75),  # timeline entry without a noun
    ("Blast at wedding hall injures 40.", None, 40),
])
def test_present_tense_tolls_of_headlines_and_timelines(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_die_is_a_toll_but_a_hyphenated_die_word_is_not():
    assert casualties("Four supporters die in the crush.")["killed"] == 4
    assert casualties("Four die-hard supporters were hurt in the crush.")["killed"] is None


def test_a_named_role_and_his_counted_men_add_up():
    assert casualties("The district chief and his three guards were killed by a sticky bomb.")["killed"] == 4
    assert casualties("A judge and their two drivers were wounded.")["injured"] == 3


def test_a_verb_of_cause_before_his_death_or_injury_is_one_victim():
    assert casualties("Shells fell on a farm and hit a shepherd, which caused his death.")["killed"] == 1
    assert casualties("A sniper fired at a nurse, resulting in her injury.")["injured"] == 1
