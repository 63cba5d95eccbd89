"""Rules of the stop-53 round, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real town names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.clauses import split_clauses
from analysis.events.counts import count_rows
from analysis.events.idioms import blank_idioms
from analysis.events.mention_places import AREA_NAME, BASE_NAME, named_place
from analysis.events.roles import casualties, named_victims
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- a victim named after "killing"
def test_killing_a_named_victim_counts_one_dead_and_the_list_ends_at_the_next_verb():
    s = "Soldiers fired shells into the village, killing 9-year-old Tun Aye and injuring a farmer named Soe Lin."
    assert named_victims(s) == ["Tun Aye"]
    c = casualties(s)
    assert (c["killed"], c["injured"]) == (1, 1)


# ---------------------------------------------------------------- a wire dateline with its agency between dashes
@pytest.mark.parametrize("s", ["CAIRO — (AP) — Four guards and a driver were injured when a shell hit the depot.",
                               "— Four guards and a driver were injured when a shell hit the depot."])
def test_a_dateline_between_dashes_is_no_aside_of_the_toll(s):
    assert casualties(s)["injured"] == 5


# ---------------------------------------------------------------- a war feared between two states
def test_a_shooting_war_between_two_capitals_is_no_attack():
    assert "shooting" not in blank_idioms("Iraq fears a shooting war between Washington and Tehran.")
    m = _mentions(["The government, anxious not to be dragged into a shooting war between Washington and Tehran, "
                   "condemned the strikes."], "2024-02-03")
    assert len(m) == 0


@pytest.mark.parametrize("s", ["Tensions between Washington and Tehran rose after a rocket hit a base housing US troops "
                               "on Monday.",
                               "A rocket hit a base housing US troops on Monday, days into a war between Israel and "
                               "Lebanon."])
def test_the_parties_of_tensions_or_a_war_are_no_place_of_the_event(s):
    m = _mentions([s], "2024-02-06")
    assert len(m) == 1 and m.iloc[0]["place"] not in ("Washington", "Tehran", "Israel", "Lebanon")


# ---------------------------------------------------------------- a model's designation is no count
@pytest.mark.parametrize("s", ["The militia said it shot down a Hermes 900 drone.", "Russia launched Shahed 136 drones."])
def test_a_model_number_after_its_name_is_no_count(s):
    assert [r["value"] for r in count_rows(s) if r["noun"] in ("drone", "drones")] == []


@pytest.mark.parametrize("s, n", [("Militants fired 14 rockets at the base on Sunday.", 14),
                                  ("Army Shoots Down 25 Drones Overnight", 25), ("Roughly 40 rockets were fired.", 40)])
def test_a_count_after_a_capitalised_word_still_counts(s, n):
    assert [r["value"] for r in count_rows(s)] == [n]


# ---------------------------------------------------------------- a headline label before drones shot down
def test_a_label_before_drones_shot_down_is_no_casualty_list_entry():
    c = casualties("Army: 3 armed drones shot down near Tikrit airport")
    assert c["killed"] is None
    assert casualties("Tikrit: 2 shot in the market.")["killed"] == 2


# ---------------------------------------------------------------- an anniversary told with an abbreviation
def test_the_killing_an_anniversary_marks_is_no_toll_even_with_u_s_in_it():
    c = casualties("Two drones were shot down at the airport on Monday, an attack that coincides with the anniversary "
                   "of the 2020 U.S. killing of a top general.")
    assert c["killed"] is None
    c = casualties("Drones were shot down on the anniversary of the killing of a general by the U.S. Two rockets then "
                   "hit the base, wounding three soldiers.")
    assert c["injured"] == 3


# ---------------------------------------------------------------- a site described by its country's adjective
@pytest.mark.parametrize("s", ["A car bomb exploded at a Colombian base on the border.",
                               "Drones struck a Sri Lankan base overnight."])
def test_a_country_adjective_before_a_base_names_no_base(s):
    assert named_place(s, 0, [], BASE_NAME) is None


def test_a_named_base_and_a_quarter_named_after_a_people_are_still_read():
    assert named_place("Rockets hit the Bashur base overnight.", 0, [], BASE_NAME)["name"] == "Bashur base"
    assert named_place("Gunmen attacked a post in the Armenian Quarter area.", 0, [], AREA_NAME)["name"] == \
        "Armenian Quarter"


# ---------------------------------------------------------------- the attack a strike answers, mid-sentence
def test_the_attack_a_strike_answers_is_its_own_clause_after_the_first_retaliation():
    s = ("The army launched air strikes on rebel camps in the first retaliation for a drone attack that killed four "
         "soldiers at an outpost in Jordan.")
    assert len(split_clauses(s)) == 2
    m = _mentions([s], "2024-02-03")
    assert sorted(m["event_type"]) == ["attack", "strike"]
    assert m[m["event_type"] == "attack"].iloc[0]["killed"] == 4


# ---------------------------------------------------------------- an air assault on sites is an air strike
def test_an_air_assault_on_sites_is_an_air_strike_but_a_campaign_is_not():
    m = _mentions(["The US military launched an air assault on militia sites in Iraq on Friday."], "2024-02-03")
    assert len(m) == 1 and m.iloc[0]["weapon"] == "air strike"
    for s in ("The air assault is largely funded by a super PAC.",
              "A super PAC launched a $10 million air assault on Clinton in Ohio."):
        assert len(_mentions([s], "2016-03-01")) == 0


# ---------------------------------------------------------------- round 2
def test_a_helicopter_that_crash_landed_is_no_air_strike():
    m = _mentions(["The raid came a week after a relief helicopter made an emergency landing near the village."],
                  "2023-03-02")
    assert "strike" not in set(m["event_type"])
    m = _mentions(["Army helicopters struck rebel positions near the village on Monday."], "2023-03-02")
    assert len(m) == 1 and m.iloc[0]["weapon"] == "air strike"
    m = _mentions(["Army helicopters fired on a truck, which crashed into a wall, killing two."], "2023-03-02")
    assert len(m) == 1 and m.iloc[0]["weapon"] == "air strike" and m.iloc[0]["killed"] == 2


def test_a_headline_of_us_troops_killed_by_an_attack_is_no_us_strike():
    m = _mentions(["Intro.", "3 US soldiers killed by rocket attack in Iraq"], "2020-03-12")
    assert list(m["event_type"]) == ["attack"] and m.iloc[0]["killed"] == 3


def test_a_toll_since_a_day_after_a_perfect_verb_is_a_running_tally():
    assert casualties("Shelling has intensified, killing more than 90 civilians since the end of May.")["killed"] is None
    assert casualties("Shelling killed 9 civilians on Monday.")["killed"] == 9
    assert casualties("Fighting has escalated, killing 30 people, the worst violence since 2019.")["killed"] == 30


# ---------------------------------------------------------------- round 3
def test_a_city_before_a_spaced_colon_is_a_dateline():
    m = _mentions(["Bangkok : The junta confirmed a deadly air strike on a village in the Sagaing region."], "2023-04-12")
    assert len(m) == 1 and m.iloc[0]["place"] != "Bangkok"


def test_a_fronted_day_before_a_past_verb_is_past():
    m = _mentions(["On Feb. 15, rockets struck an airfield in Erbil, killing a contractor."], "2024-10-18")
    assert m.iloc[0]["date"] == "2024-02-15"


def test_a_killing_feared_or_named_as_a_noun_names_no_victim():
    assert named_victims("Leaders were warned against repeating the scenario of killing Tun Aye and Soe Lin.") == []
    assert named_victims("The men were accused of abducting and killing Tun Aye last year.") == []
    c = casualties("Leaders were warned against repeating the scenario of killing Tun Aye and Soe Lin.")
    assert c["killed"] is None


# ---------------------------------------------------------------- round 4
@pytest.mark.parametrize("s, place", [("Rockets hit Daquq on Monday.", "Daquq"),
                                      ("Drones headed for Samarra were shot down on Monday.", "Samarra")])
def test_a_town_a_strike_verb_or_a_heading_takes_is_the_place(s, place):
    from analysis.events.places import scan_places
    assert [p["text"] for p in scan_places(s)] == [place]


@pytest.mark.parametrize("s", ["Al-Shorta hit Zakho 3-0 on Friday.", "Inflation hit Samarra hard last year.",
                               "The singer hit Samarra's biggest club on Aug. 5."])
def test_a_verb_of_striking_without_a_weapon_names_no_place(s):
    from analysis.events.places import scan_places
    assert scan_places(s) == []


def test_a_country_whose_name_opens_on_an_adjective_is_a_place():
    from analysis.events.places import scan_places
    assert "Saudi Arabia" in [p["text"] for p in scan_places("Drones were launched towards Saudi Arabia on Monday.")]


@pytest.mark.parametrize("s, place", [("The group fired 20 rockets at Israel on Monday.", "Israel"),
                                      ("The army fired artillery toward southeastern Lebanon on Monday.", "Lebanon")])
def test_a_country_an_attack_is_aimed_at_is_its_place(s, place):
    m = _mentions([s], "2023-10-10")
    assert len(m) == 1 and m.iloc[0]["place"] == place


@pytest.mark.parametrize("s", ["Washington's policy toward Iran hardened after a drone attack killed three US soldiers.",
                               "Protesters rallied against Israel on Friday after an airstrike killed 20 people.",
                               "Tariffs hit China hard as a bombing killed four people."])
def test_a_country_a_policy_or_a_protest_is_aimed_at_is_no_place(s):
    m = _mentions([s], "2024-02-03")
    assert len(m) >= 1 and set(m["place"]) <= {""}


def test_a_headline_one_person_dead_is_one_killed():
    assert casualties("US contractor dead after rockets hit Iraq base")["killed"] == 1
    c = casualties("Soldier dead, three hurt in blast")
    assert (c["killed"], c["injured"]) == (1, 3)


@pytest.mark.parametrize("s", ["Driver dead last after crash in the Grand Prix", "Soldier dead-set against new deployment",
                               "Hostage dead or alive, family asks"])
def test_a_dead_idiom_in_a_headline_is_no_death(s):
    assert casualties(s)["killed"] is None
