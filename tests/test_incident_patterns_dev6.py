"""Patterns met in a sixth real development set of attack reports (Syria 2021-2024, regional outlets, roundups,
strikes with militant tolls): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions, merge_incidents
from analysis.events.counts import count_rows
from analysis.events.roles import casualties, munitions

from test_incident_patterns import _mentions as pattern_mentions


# ---------------------------------------------------------------- casualties
def test_a_count_with_a_thousands_separator_is_read_whole():
    assert casualties("the raid on the border towns that killed about 1,300")["killed"] == 1300
    assert casualties("the raid that killed about 13 in the town")["killed"] == 13


def test_lives_a_attack_claimed_are_its_dead():
    assert casualties("a massacre at the festival on May 3, claiming over 1,100 lives")["killed"] == 1100
    assert casualties("the bombing took 45 lives in the market")["killed"] == 45
    assert casualties("the bombing changed many lives in the market")["killed"] is None


def test_one_more_person_named_by_nationality_initials_adds_one():
    assert casualties("The blast wounded four UK soldiers and another US contractor.")["injured"] == 5
    assert casualties("The blast wounded four UK soldiers and another contractor.")["injured"] == 5


# ---------------------------------------------------------------- munitions
def test_a_participle_between_a_counted_munition_and_its_active_hit_verb_is_skipped():
    m = munitions("two drones carrying explosives struck the oil field on Friday")
    assert (m["n_fired"], m["n_hit"]) == (None, 2)
    assert munitions("two drones carrying explosives flew over the oil field")["n_hit"] is None


def test_a_converted_calibre_and_quotes_do_not_hide_the_count():
    assert munitions("Four 122-mm (4.8-inch) rockets were launched at the camp")["n_fired"] == 4
    assert munitions('officials said 11 "122mm rockets" were launched at the camp')["n_fired"] == 11
    assert count_rows("a volley of 20 or more rockets")[0]["qualifier"] == "at_least"


def test_a_count_the_attackers_claim_to_have_fired_is_claimed():
    m = munitions("A little-known group took responsibility, claiming to have fired 18 rockets at the airport.")
    assert (m["n_claimed"], m["n_fired"]) == (18, None)


def test_drones_brought_down_are_intercepted():
    assert munitions("Air defences brought down three drones near the camp")["n_intercepted"] == 3
    assert munitions("three drones were brought down near the camp")["n_intercepted"] == 3


def test_an_adverb_before_a_bare_hit_count_is_skipped():
    m = munitions("Nine rockets were launched at the airfield and two directly hit the hangars")
    assert (m["n_fired"], m["n_hit"]) == (9, 2)


# ---------------------------------------------------------------- events of one sentence
def test_an_event_named_after_after_is_an_earlier_event_with_its_own_casualties():
    m = pattern_mentions(["US forces launched strikes on Tuesday against militia sites in Syria after a drone attack wounded four "
                          "soldiers."],
                         "2023-12-27")
    strike = m[m["event_type"] == "us_strike"]
    attack = m[m["event_type"] == "attack"]
    assert len(attack) == 1 and attack.iloc[0]["injured"] == 4
    assert len(strike) == 1 and strike["injured"].isna().all()


def test_a_casualty_clause_before_after_stays_the_attacks_own():
    m = pattern_mentions(["Four soldiers were wounded after a rocket attack hit their camp on Tuesday."], "2023-12-27")
    assert list(m["injured"]) == [4]


def test_deaths_an_event_followed_are_an_earlier_event_not_the_one_told():
    m = pattern_mentions(["A drone aimed at the Green Village base was intercepted on Sunday, weeks after the militias "
                          "halted their raids following the deaths of two soldiers in an attack on another outpost."],
                         "2023-06-12")
    inc, _ = merge_incidents(m)
    interception = inc[inc["event_type"] == "interception"]
    assert len(interception) == 1 and interception["killed"].isna().all()
    assert (inc["killed"] == 2).sum() == 1


def test_a_clause_after_midnight_keeps_the_day_told():
    m = pattern_mentions(["Warplanes struck a farm near the border on Monday after midnight, which led to the death of "
                          "a shepherd."], "2021-06-29")
    assert set(m["date"]) == {"2021-06-28"}


# ---------------------------------------------------------------- places and captions
def test_a_city_with_a_colon_before_the_story_is_where_it_was_filed():
    m = pattern_mentions(["Amman: A drone attack on a base in eastern Syria killed four fighters on Sunday."], "2024-02-05")
    assert "Amman" not in set(m["place"].astype(str))


def test_a_photo_issued_by_a_ministry_is_a_caption():
    m = pattern_mentions(["This photo issued by the Ministry of Defence on Sunday, March 3, 2024 shows a RAF Tornado "
                          "aircraft returning to the base, following air strikes against rebel targets in Yemen."],
                         "2024-03-04")
    assert len(m) == 0
    m = pattern_mentions(["RAF Tornado jets struck rebel targets in Yemen on Sunday, the ministry said."], "2024-03-04")
    assert len(m) == 1


# ---------------------------------------------------------------- more kinds of writing
def test_the_loss_of_members_a_group_reports_is_its_dead():
    assert casualties("The militia reported the loss of four fighters in the raid near the town")["killed"] == 4
    assert casualties("The raid caused the loss of two vehicles near the town")["killed"] is None


def test_present_tense_hits_of_a_timeline_are_hits():
    assert munitions("NOV. 3 – Two rockets slam into the airfield, causing no injuries")["n_hit"] == 2
    assert munitions("MAY 9 – A drone crashes into the barracks but fails to explode")["n_hit"] == 1
    assert munitions("MAY 9 – Two rockets land near the airfield")["n_hit"] == 2


def test_dozens_of_attacks_of_a_named_kind_are_a_tally():
    m = pattern_mentions(["The militia coalition has launched dozens of drone attacks on US bases in Iraq and Syria."],
                         "2024-02-05")
    assert m.empty  # a tally of past attacks, not one incident (an incident row here was the old behaviour)


def test_victims_ending_with_an_uncounted_part_give_no_total():
    c = casualties("a mortar attack last month that killed one guard and wounded a soldier and other police officers")
    assert (c["killed"], c["injured"]) == (1, None)
    assert casualties("The blast wounded two soldiers and others near the gate")["injured"] is None
    assert casualties("The blast wounded two soldiers and two others near the gate")["injured"] == 4


def test_such_attacks_are_spoken_of_in_general():
    m = pattern_mentions(["No troops were hurt, the army said, adding that such strikes put the region at risk."],
                         "2024-02-05")
    assert m.empty  # spoken of in general: no incident (the old code gave one)
    m = pattern_mentions(["Three rockets hit the camp on Monday, the first such attack in three years."], "2024-02-05")
    assert set(m["scope"]) == {"incident"}


def test_a_series_of_explosions_is_one_attack_heard():
    m = pattern_mentions(["The camp came under attack on Monday as gunmen fired four rockets that caused a series of "
                          "explosions inside the camp."], "2023-08-15")
    assert set(m["scope"]) == {"incident"} and list(m["n_fired"]) == [4]
    m = pattern_mentions(["Militias have waged a series of rocket attacks on the camp since May."], "2023-08-15")
    assert "incident" not in set(m["scope"])


def test_that_with_a_comma_opens_no_retelling_of_the_story():
    paras = [["Yesterday, a militia launched a drone strike against troops in Jordan, killing three and wounding over "
              "twenty.", "But this was just the latest such attack.",
              "Militias have launched over 100 attacks against troops in the region since October 7."],
             ["That, of course, is the day of shame when militants attacked the country, killing 1,100."]]
    rows, pos = [], 0
    for p, sents in enumerate(paras):
        for t in sents:
            rows.append({"doc_id": "d", "para_id": p, "sent_id": len(rows), "start": pos, "end": pos + len(t), "text": t})
            pos += len(t) + 1
        pos += 1
    arts = pd.DataFrame({"doc_id": ["d"], "published": ["2024-01-29"], "text": ["\n".join(" ".join(s) for s in paras)]})
    inc, _ = merge_incidents(incident_mentions(pd.DataFrame(rows), arts))
    assert sorted(inc["killed"].dropna().astype(int)) == [3, 1100]


# review of the s22 rules: what they must not take (our own sentences)
def test_a_larger_later_count_of_another_event_does_not_replace_an_at_least_toll():
    assert casualties("At least two soldiers were killed on Monday, a year after militants killed 40")["killed"] == 2


def test_a_part_told_among_the_injured_gives_way_to_the_clause_total():
    assert casualties("Seven injured civilians were taken to hospital; a girl was among the injured")["injured"] == 7


def test_a_plural_that_is_not_people_after_a_count_leaves_the_count():
    assert casualties("The attack killed three fighters and several rockets were found")["killed"] == 3
    assert casualties("The blast wounded two soldiers and many vehicles were damaged")["injured"] == 2


def test_millions_of_lives_are_no_toll():
    assert casualties("The war has cost 5 million lives")["killed"] is None
    assert casualties("The bombing claimed 12 innocent lives")["killed"] == 12


def test_a_passive_clause_before_after_is_no_act_of_its_own():
    from analysis.events.mentions.groups import _earlier_event

    assert _earlier_event("Two soldiers were hit by shrapnel on Monday", " after a rocket attack on the base") is None
    assert _earlier_event("US forces launched strikes on Monday", " after a drone attack injured three") == -1


# ---------------------------------------------------------------- second round (s22b)
def test_an_event_told_after_since_is_an_earlier_one_with_its_own_type_and_day():
    m = pattern_mentions(["A drone attack on a camp in eastern Syria killed six allied fighters late Sunday, in the first "
                          "attack since the U.S. launched retaliatory strikes on Friday against the militias."], "2023-12-19")
    first = m.sort_values("clause_start").iloc[0]
    assert (first["event_type"], int(first["killed"]), first["date"]) == ("attack", 6, "2023-12-17")
    assert "us_strike" in set(m["event_type"]) or "strike" in set(m["event_type"])
    m = pattern_mentions(["Rockets hit a camp in western Iraq on Sunday, the first attack since Monday."], "2023-12-19")
    assert list(m["event_type"]) == ["attack"] and list(m["date"]) == ["2023-12-17"]


def test_a_report_of_no_casualties_outweighed_by_a_death_toll_gives_no_wounded_figure():
    paras = ["A drone attack on the al-Omar oil field base on Sunday killed six allied fighters.",
             "The allied force said on Monday the attack hit a training ground at the al-Omar base.",
             "No casualties were reported among the troops."]
    inc, _ = merge_incidents(pattern_mentions(paras, "2024-02-05"))
    assert len(inc) == 1 and int(inc["killed"].iloc[0]) == 6 and pd.isna(inc["injured"].iloc[0])
    inc, _ = merge_incidents(pattern_mentions(["Rockets hit the al-Omar oil field base on Sunday, causing no casualties."],
                                              "2024-02-05"))
    assert (int(inc["killed"].iloc[0]), int(inc["injured"].iloc[0])) == (0, 0)


def test_a_state_that_attacks_a_garrison_base_tells_an_attack_merged_with_the_other_reports():
    paras = ["Iran fired missiles at the Ain al-Asad air base on Wednesday in an attack on the troops.",
             "A missile attack on the Ain al-Asad air base on Wednesday wounded eleven troops."]
    m = pattern_mentions(paras, "2023-12-23")
    assert set(m["event_type"]) == {"attack"}
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and int(inc["injured"].iloc[0]) == 11
    m = pattern_mentions(["Turkish jets attacked villages near Zakho on Wednesday."], "2023-12-23")
    assert list(m["event_type"]) == ["strike"]
