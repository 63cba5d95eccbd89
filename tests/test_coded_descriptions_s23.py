"""Patterns of coded event descriptions found with the eighth development set: deaths told as "fell as martyrs" or
"lost their lives" after a long subject, single victims named by kin or rank ("a shop owner and his grandson",
"assassinated an army major", "killing at least a civilian"), "a third was injured", two single victims as one
subject, a part list after a total ("including two officers", "among them two women"), a second attack told between
two tolls of one sentence, and "those killed were police officers" read as no names. One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pytest

from analysis.events.roles import casualties, named_victims


def _pair(text: str) -> tuple:
    c = casualties(text)
    return c["killed"], c["injured"]


@pytest.mark.parametrize("text, killed, injured", [
    ("The militia said two of its guards fell as martyrs when the truck blew up at the gate.", 2, None),
    ("The blast at the gate resulted in four of the guards falling as martyrs, and two others being wounded.", 4, 2),
    ("Three members of the border guard (reserve unit), attached to the army, lost their lives in the blast.", 3, None),
])
def test_martyrs_and_lives_lost_after_a_long_subject(text, killed, injured):
    assert _pair(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("A drone strike on the market killed a shop owner and his grandson.", 2, None),
    ("Unknown gunmen assassinated a police colonel outside his house.", 1, None),
    ("A sticky bomb went off on the bridge, killing at least a civilian.", 1, None),
    ("Two guards were shot dead, while a third was injured at the checkpoint.", 2, 1),
    ("On Monday, a local council member and a farmer were wounded when a shell hit the road.", None, 2),
    ("A young shepherd named Omar Salim Haddad was killed by a mine-laying drone.", 1, None),
])
def test_single_victims_by_kin_rank_and_series(text, killed, injured):
    assert _pair(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("The gunmen killed 20 guards, including three officers shot in their beds.", 20, None),
    ("The bomb left six people killed, among them two girls and a boy, and 11 others injured.", 6, 11),
    ("An air strike hit the house, killing 5 civilians, including 2 children and wounding 9 others.", 5, 9),
])
def test_a_part_list_after_a_total_adds_nothing(text, killed, injured):
    assert _pair(text) == (killed, injured)


def test_a_second_attack_between_two_tolls_of_one_role_adds_up():
    text = ("Two car bombs went off in the old market, killing three people, while a roadside bomb exploded in a "
            "village to the south, killing two soldiers.")
    assert _pair(text)[0] == 5
    assert _pair("Two bombs killed three people in the market; the blasts killed three people, police said.")[0] == 3


def test_those_killed_were_a_group_not_names():
    assert named_victims("Four of those killed were army officers, Major Karim Hassan Ali said.") == []
    assert named_victims("Also killed is the deputy head of the council, Samir Aziz Khalil.") == ["Samir Aziz Khalil"]


def test_a_capital_naming_its_government_is_not_the_place():
    from analysis.events.mention_places import locative
    from analysis.events.places import scan_places

    s = "A bomb hit a bus of the Damascus government forces on the road of the village of Tel Shihab."
    assert [(p["text"], locative(s, p)) for p in scan_places(s)] == [("Damascus", False), ("Tel Shihab", True)]
    s = "A bomb hit a bus in Damascus, a government source said."
    assert [locative(s, p) for p in scan_places(s)] == [True]


def test_the_district_of_a_known_town_is_a_district_not_a_quarter():
    from analysis.events.mention_places import site_place
    from analysis.events.places import scan_places

    s = "A drone hit a house in the village of Kherbet Jadida in the district of Khanaqin on Friday."
    found = scan_places(s)
    assert [p["type"] for p in found] == ["village", "district"]
    assert site_place(found, s)["text"] == "Kherbet Jadida"
    s = "Gunmen shot two guards in the market in the Wadi Ruman district."  # a name the gazetteers lack: a quarter
    assert [p["type"] for p in scan_places(s)] == ["neighbourhood"]


def test_a_count_glued_to_a_colon_after_a_bracket_is_read():
    assert _pair("Idlib, May 3 (Agency) :Five soldiers were killed and two others wounded in the shelling.") == (5, 2)
    assert _pair("At 10:30 the shell hit the school.") == (None, None)


def test_a_town_after_a_named_site_near_which_the_event_was_is_the_place():
    from analysis.events.mention_places import site_place
    from analysis.events.places import scan_places

    s = "A bomb went off in a busy area near the Grand Mosque in Azaz, killing a civilian."
    assert site_place(scan_places(s), s)["place_id"] == site_place(scan_places("in Azaz"), "in Azaz")["place_id"]
    s = "A car bomb went off in a town near Iraq's capital Baghdad, killing four."
    assert site_place(scan_places(s), s) is None  # the town is unnamed: the capital only locates it


def test_a_sentence_summing_up_the_tolls_told_before_adds_nothing():
    from test_casualty_counts import _incidents, _total_or_none

    paras = ["Monitors said four farmers were killed in rocket attacks on the Tell Kabir area in the countryside of Hama.",
             "Moreover, two shepherds were killed by rocket fire on the village of Deir Salib this morning.",
             "So the toll of the day's shelling has now reached six."]
    assert _total_or_none(_incidents(paras), "killed") == 6
    paras[2] = "Later, a drone strike on a car near Salamiyah killed six people."  # another event: its own toll
    assert _total_or_none(_incidents(paras), "killed") == 12
