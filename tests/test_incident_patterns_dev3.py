"""Patterns met in a third real development set of attack reports (other outlets again): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events import merge_incidents
from analysis.events.mention_places import site_place
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.events.triggers import cue_classes

from test_incident_patterns import _mentions as pattern_mentions


def _mentions(paras: list[str], published: str = "2023-03-08") -> pd.DataFrame:
    return pattern_mentions(paras, published)


def _incidents(paras: list[str], published: str = "2023-03-08") -> pd.DataFrame:
    return merge_incidents(_mentions(paras, published))[0]


# ---------------------------------------------------------------- event types
def test_defenders_who_shoot_down_part_of_a_salvo_do_not_make_it_their_strike():
    m = _mentions(["Coalition soldiers shot down two of the drones while the third hit a storage depot, injuring a guard."])
    assert m["event_type"].tolist() == ["attack"]
    assert (m.iloc[0]["n_fired"], m.iloc[0]["n_intercepted"], m.iloc[0]["n_hit"]) == (3, 2, 1)


def test_the_interception_and_the_attack_it_stopped_are_one_incident():
    inc = _incidents(["Three drones were launched at the outpost on Monday morning.",
                      "Coalition forces shot down two drones while the third struck a depot."])
    assert len(inc) == 1 and inc.iloc[0]["event_type"] == "attack"


# ---------------------------------------------------------------- places
def test_a_border_named_after_the_country_of_the_event_only_locates_it():
    s = "A drone hit a camp in Jordan near the border with Syria."
    assert site_place(scan_places(s), s)["place_id"] == "jordan"


def test_a_border_named_alone_is_still_the_place():
    s = "Strikes hit a depot on the border with Syria."
    assert site_place(scan_places(s), s)["place_id"] == "iraq_syria_border"


# ---------------------------------------------------------------- casualties
def test_a_number_being_treated_for_injuries_is_the_injured():
    c = casualties("Two soldiers died and at least 12 are being treated for injuries from the blast.")
    assert (c["killed"], c["injured"]) == (2, 12)


def test_no_casualties_of_named_sides_is_zero_of_both():
    c = casualties("The barrage did not cause any Iraqi or coalition casualties.")
    assert (c["killed"], c["injured"]) == (0, 0)


def test_no_civilian_casualties_says_nothing_of_the_others():
    c = casualties("The barrage did not cause any civilian casualties.")
    assert (c["killed"], c["injured"]) == (None, None)


# ---------------------------------------------------------------- threats
def test_a_target_said_to_pose_a_threat_makes_no_threat():
    cues = cue_classes("Jets struck a cell that posed a threat to the garrison.")
    assert "threat" not in cues and {"strike", "attack"} & set(cues)
    assert "threat" in cue_classes("The cell threatened to attack the garrison.")


# ---------------------------------------------------------------- munitions not used
def test_missiles_seized_before_launch_are_not_fired():
    m = _mentions(["Two rockets were fired at the base on Monday.",
                   "Police took control of a truck carrying six missiles that were ready to be launched."])
    assert m["n_fired"].dropna().tolist() == [2]


# ---------------------------------------------------------------- places of awaited events
def test_the_target_of_an_awaited_attack_is_not_where_the_event_happened():
    m = _mentions(["Troops were hurt in a missile attack on an Iraqi facility, amid an expected counterattack on Israel."])
    assert m.iloc[0]["place_id"] == "iraq"


# ---------------------------------------------------------------- grouping
def test_a_headline_telling_a_strike_as_earlier_joins_that_strike():
    inc = _incidents(["Blasts shake a base a day after a US strike that killed a commander.",
                      "Two rockets hit the Balad base on Saturday, a day after a US strike killed a commander."],
                     "2020-01-04")
    assert (inc["event_type"] == "us_strike").sum() == 1


def test_the_latest_rocket_fire_retells_the_attack_whoever_the_sentence_names():
    inc = _incidents(["Two rockets hit the Balad base on Saturday.",
                      "The latest rocket fire comes as fears grow of a strike by Iran on Israel."], "2020-01-04")
    assert len(inc) == 1


# ---------------------------------------------------------------- tallies and background
def test_strikes_told_as_made_on_several_occasions_are_a_tally():
    from analysis.events.mentions.scope import _aggregate

    assert _aggregate("the army hit depots in the east on three separate occasions")
    assert _aggregate("Lately, several other roadside bombs have hit supply convoys in the south")
    assert not _aggregate("two roadside bombs hit a supply convoy in the south")


def test_rockets_found_in_their_tubes_were_not_fired():
    m = _mentions(["On Friday 12 rockets were fired at the camp.",
                   "A depot burned, and three more rockets were found in a truck at the launch site."])
    assert m["n_fired"].dropna().tolist() == [12]


def test_a_news_channel_named_like_a_town_is_a_source_not_a_place():
    from analysis.events.mention_places import locative

    s = "The channel Al Mayadeen reported more shelling on Monday."
    p = [q for q in scan_places(s) if q["text"] == "Al Mayadeen"]
    assert p and not locative(s, p[0])


def test_where_a_group_operates_does_not_locate_the_strike():
    from analysis.events.mention_places import locative

    s = "Jets struck depots used by militias that operate in Syria."
    p = [q for q in scan_places(s) if q["text"] == "Syria"][0]
    assert not locative(s, p)
    s2 = "Jets struck depots in Syria."
    assert locative(s2, [q for q in scan_places(s2) if q["text"] == "Syria"][0])


def test_a_toll_told_in_the_strikes_belongs_to_the_state_strike():
    m = _mentions(["Militants fired rockets at a base in Iraq, killing a contractor.",
                   "US jets then bombed the group's depots in Iraq on Sunday.",
                   "A local official said nine fighters were killed in the strikes."], "2019-12-30")
    assert m.iloc[-1]["event_type"] == "us_strike" and m.iloc[-1]["killed"] == 9


def test_an_attack_the_strike_followed_is_dated_before_it():
    m = _mentions(["The US bombed depots of the group in Iraq on Sunday, following a rocket attack on a base that killed a "
                   "contractor."], "2019-12-30")
    assert m.iloc[-1]["event_type"] == "attack" and m.iloc[-1]["date"] != "2019-12-29"


def test_deaths_and_injuries_counted_side_by_side_are_two_roles():
    c = casualties("A medic confirmed four fatalities and nine injuries among the guards.")
    assert (c["killed"], c["injured"]) == (4, 9)


def test_zero_deaths_and_injuries_in_other_words():
    assert casualties("The bomb damaged a truck without causing any human death.")["killed"] == 0
    assert casualties("There were no serious injuries, nor any fatalities among the crew.")["killed"] == 0
    assert casualties("There are no reports of injured persons after the blast.")["injured"] == 0


def test_targets_as_a_noun_tell_no_attack():
    assert "attack" not in cue_classes("Those targets included depots and launch sites.")
    assert "attack" in cue_classes("A drone targets the outpost.")


# ---------------------------------------------------------------- roads
def test_a_named_highway_is_the_place_not_the_town_in_its_name():
    m = _mentions(["A roadside bomb hit a supply convoy on the Basra-Dhi Qar highway on Sunday."])
    assert m.iloc[0]["place"] == "Basra-Dhi Qar highway"


def test_a_road_and_the_region_it_runs_through_are_one_incident():
    inc = _incidents(["A roadside bomb struck a convoy in the far west of Iraq.",
                      "The blast hit the convoy on al-Anbar highway, causing no casualties."])
    assert len(inc) == 1 and inc.iloc[0]["place"] == "al-Anbar highway"


# ---------------------------------------------------------------- named victims
def test_a_titled_person_killed_is_one_dead_and_an_event_of_its_own():
    assert casualties("Talks stalled after militia commander Abu Ali Rahim was killed in Basra on Monday.")["killed"] == 1
    m = _mentions(["Talks stalled after militia commander Abu Ali Rahim was killed in Basra on Monday."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 1 and m.iloc[0]["place"] == "Basra"


# ---------------------------------------------------------------- places that locate an excluded place
def test_the_province_of_a_launch_site_goes_with_the_launch_site():
    from analysis.events.mention_places import located_places

    s = "Drones launched from Mayadin in Deir Ezzor hit the Conoco field."
    assert [p["place_id"] for p in located_places(s, scan_places(s))] == ["conoco_field"]


def test_a_sentence_restating_the_bombing_joins_it_whatever_area_it_names():
    inc = _incidents(["A roadside bomb hit a supply convoy in Basra province.",
                      "The recent roadside bombing came just after officials said troops had left a base in Anbar province."])
    assert len(inc) == 1


def test_rockets_that_have_struck_bases_over_time_are_a_tally():
    from analysis.events.mentions.scope import _aggregate

    assert _aggregate("Mortars have also hit coalition sites near the capital")
    assert not _aggregate("Mortars have hit the camp near the capital")


def test_the_seat_of_a_coalition_named_after_based_in_is_no_event_place():
    from analysis.events.mention_places import named_place

    assert named_place("strikes on a group fighting the coalition, based in Doha", 0, []) is None
    assert named_place("A sticky bomb in Talibiya wounded two people.", 0, [])["name"] == "Talibiya"


def test_another_sources_toll_is_the_same_strike_not_a_new_one():
    inc = _incidents(["US jets struck militia depots near Qaim on Sunday, killing 25 fighters.",
                      "A second official told reporters that 12 fighters died in US strikes near Qaim."], "2019-12-30")
    assert len(inc) == 1


def test_the_killing_by_a_state_of_a_named_general_is_one_dead():
    c = casualties("Missiles were fired in revenge for the killing by the United States last week of General Ali Rahimi.")
    assert c["killed"] == 1


def test_another_official_as_a_victim_is_no_other_account():
    from analysis.events.merge.retell import _OTHER_ACCOUNT

    assert _OTHER_ACCOUNT.search("A second official told reporters that 12 fighters died")
    assert not _OTHER_ACCOUNT.search("Gunmen wounded another police official.")
