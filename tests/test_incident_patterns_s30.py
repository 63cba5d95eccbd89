"""Count and casualty rules from the s30 round on the dev30 sample of attack reports, each in a fixture of our own
words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events.merge import merge_incidents
from analysis.events.roles import casualties, munitions
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- a partitive with a perfect tense
def test_one_of_the_munitions_that_has_been_shot_down_is_intercepted_not_fired():
    m = munitions("Only one of the missiles launched toward the port has been shot down, the navy said.")
    assert (m["n_intercepted"], m["n_fired"]) == (1, None)


# ---------------------------------------------------------------- what an anniversary marks
def test_a_death_an_anniversary_marks_is_no_toll():
    assert casualties("The shelling came on the second anniversary of the killing of a senior commander.")["killed"] \
        is None
    assert casualties("Mourners marked the anniversary of the killing of a senior commander.")["killed"] == 1
    assert casualties("A mortar killed two guards on the anniversary of the uprising.")["killed"] == 2


# ---------------------------------------------------------------- a numbered part of a salvo after "including"
def test_including_a_number_that_was_shot_down_is_intercepted_within_the_fired():
    m = munitions("Militants fired five rockets at the camp, including two that were shot down by air defences.")
    assert (m["n_fired"], m["n_intercepted"]) == (5, 2)
    m = munitions("Gunmen launched six drones, including one which landed near a school.")
    assert (m["n_fired"], m["n_hit"]) == (6, None)  # near the target is no hit


def test_a_numbered_part_after_including_stays_in_the_same_attack():
    m = _mentions(["Police said four mortar shells were fired at the depot, including one that fell near a clinic "
                   "without causing casualties."])
    assert len(m) == 1
    inc, _ = merge_incidents(m)
    assert len(inc) == 1
    assert (inc.iloc[0]["n_fired"], inc.iloc[0]["killed"], inc.iloc[0]["injured"]) == (4, 0, 0)
    m = _mentions(["Two drones were launched at the outpost on Monday, including one that struck a fuel tank."], "2024-02-07")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and (inc.iloc[0]["n_fired"], inc.iloc[0]["n_hit"]) == (2, 1)


# ---------------------------------------------------------------- the attack a strike's targets were behind
def test_the_toll_of_the_attack_a_strikes_targets_were_behind_is_that_attacks():
    inc, _ = merge_incidents(_mentions([
        "The army said on Sunday it bombed the depots of the gunmen behind a rocket attack that killed a guard and "
        "injured four mechanics.",
        "That attack had hit a supply camp near Tikrit on Friday."], "2023-05-08"))
    assert len(inc) == 2
    strike = inc[inc["event_type"] != "attack"].iloc[0]
    attack = inc[inc["event_type"] == "attack"].iloc[0]
    assert pd.isna(strike["killed"]) and pd.isna(strike["injured"])
    assert (attack["killed"], attack["injured"]) == (1, 4)


# ---------------------------------------------------------------- "suffered ... and died"
def test_a_victim_who_suffered_harm_and_died_is_killed():
    assert casualties("A guard suffered a cardiac arrest and died during the barrage.")["killed"] == 1
    assert casualties("Two soldiers suffered wounds and died later.")["killed"] == 2
    assert casualties("Two guards suffered injuries and were taken to hospital.")["killed"] is None


# ---------------------------------------------------------------- ages and a war's running toll
def test_an_age_joined_to_its_number_is_not_a_count_of_victims():
    assert casualties("A gunman shot and killed 52-year-old Omar Nadir outside his shop.")["killed"] == 1
    assert casualties("Snipers shot dead two 20-year-old recruits at the gate.")["killed"] == 2


def test_the_toll_of_a_war_told_on_the_war_is_no_incidents_toll():
    assert casualties("The quarrel turned into three years of border warfare in which 70,000 died.")["killed"] is None
    assert casualties("The rebels took up arms in 1990, starting a conflict that has claimed 20,000 lives.")["killed"] \
        is None
    assert casualties("A mortar killed two farmers in the war-torn valley.")["killed"] == 2


# ---------------------------------------------------------------- one attack's detail at another spot, a weapon's origin
def test_where_the_rockets_fell_short_of_the_named_base_is_the_same_attack():
    inc, _ = merge_incidents(_mentions([
        "Two rockets fell near Camp Taji north of Baghdad on Sunday, police said.",
        "Initial findings showed the attack was aimed at Camp Taji, but the rockets fell short and hit the village of "
        "Umm Hajar just east of the base, the statement added."], "2023-06-14"))
    assert len(inc) == 1 and inc.iloc[0]["n_hit"] == 2
    inc, _ = merge_incidents(_mentions([
        "Two rockets fell near Camp Taji north of Baghdad on Sunday, police said.",
        "The rockets were aimed at Camp Taji but hit the village of Umm Hajar to its east, the statement added."],
        "2023-06-14"))
    assert len(inc) == 1


def test_the_country_a_weapon_was_made_in_is_not_the_attacks_place():
    inc, _ = merge_incidents(_mentions([
        "Four rockets hit the Ain al-Asad air base on Tuesday, the coalition said.", "Officials gave no more details.",
        "The rockets fired in the strike were of a short-range type and were built in Iran, officials said."],
        "2023-06-14"))
    assert len(inc) == 1 and inc.iloc[0]["place"] != "Iran"


# ---------------------------------------------------------------- a claim placed by a region, then its attack's site
def test_a_claim_placed_by_a_region_and_the_attack_at_a_site_of_that_country_are_one_incident():
    inc, _ = merge_incidents(_mentions([
        "A militia on Monday claimed responsibility for a drone attack on an American base in eastern Syria.",
        "The group said in a message that its men had launched an explosive drone at the al-Tanf garrison.",
        "A monitoring group said the drone was shot down near the garrison."], "2023-11-21"))
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Al-Tanf garrison"


# ---------------------------------------------------------------- one attack told as a part of a tally over time
def test_an_attack_told_as_a_part_of_a_tally_is_its_own_incident_with_its_own_toll():
    m = _mentions(["A bomb killed two guards in Ramadi on Monday, police said.",
                   "More than 40 guards have died in Anbar this year, including nine killed by a car bomb that struck "
                   "a checkpoint near Hit."], "2006-05-10")
    hit = m[m["place"] == "Hit"]
    assert len(hit) == 1 and hit.iloc[0]["killed"] == 9 and hit.iloc[0]["scope"] == "incident"
    assert 40 not in set(m["killed"].dropna())


# ---------------------------------------------------------------- a toll over a span of time, told without an attack
def test_a_toll_over_a_span_of_time_told_without_an_attack_is_a_tally():
    assert casualties("Perhaps 900 people were killed last year across the region, she said.")["killed"] is None
    assert casualties("Since last spring, police have killed more than 300 marchers.")["killed"] is None
    assert casualties("Two cooks were killed last year in a mortar attack on the camp.")["killed"] == 2


# ---------------------------------------------------------------- victims at two places in one sentence
def test_victims_at_one_town_and_another_group_at_another_are_two_incidents():
    inc, _ = merge_incidents(_mentions([
        "Two policemen were killed in the town of Tuz Khurmatu during a night patrol and another five were killed "
        "near the city of Samarra when a bomb hit their truck."], "2010-04-02"))
    assert len(inc) == 2 and sorted(inc["killed"]) == [2, 5]


def test_a_month_last_year_dates_one_strike_and_is_no_yearly_tally():
    """'in <month> last year' dates one event: the strike's named dead stay its toll (the yearly-tally rule spans a year)."""
    from analysis.events.roles import casualties
    out = casualties("The network was badly weakened in March last year when American forces killed "
                     "its founder Karim Haddad with his deputy Sami Nour.")
    assert out["killed"] == 2
    assert casualties("Perhaps 900 people were killed last year across the valley.")["killed"] is None



def test_named_dead_of_a_killing_last_year_are_no_tally():
    """Victims named in a killing with an agent are one event's toll, even with 'last year' and no attack word."""
    out = casualties("The group lost ground last year after soldiers killed its leaders Adel Farouk and Nabil Aziz.")
    assert out["killed"] == 2
