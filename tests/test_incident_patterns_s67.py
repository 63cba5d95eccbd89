"""Stop 67 incident, date and merge rules, each on sentences of our own words (regression fixtures, not evidence of
accuracy: the figures on real text are in ``benchmarks/README.md``)."""

import pandas as pd
import pytest

from analysis.events.mentions import incident_mentions
from analysis.events.mentions.parts import toll_parts
from analysis.events.roles import casualties
from analysis.events.roles.named import named_victims
from incident_fixtures import text_article, text_incidents


def _doc(text: str, published: str = "2011-12-20") -> tuple[pd.DataFrame, pd.DataFrame]:
    return text_article(text, published)


def _incidents(text: str, published: str = "2011-12-20") -> pd.DataFrame:
    return text_incidents(text, published)


# --- tolls broken down by place -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, parts", [
    ("Over 100 killed yesterday in Syria\n\n12 in Homs", [(12, "Homs")]),
    ("Over 100 killed yesterday in Syria\n\nnine in Kansafra in the province of Idlib", [(9, "Kansafra")]),
    ("Gunmen killed 25 people on Sunday: 15 in Borno, 6 in Yobe and 4 in Adamawa.",
     [(4, "Adamawa"), (15, "Borno"), (6, "Yobe")]),
])
def test_a_toll_broken_down_by_place_gives_one_incident_per_part(text, parts):
    inc = _incidents(text)
    assert sorted(zip(inc["place"], inc["killed"])) == sorted((p, n) for n, p in parts)


def test_parts_of_one_attack_s_site_are_no_breakdown():
    inc = _incidents("A suicide bomber killed 12 people in Kabul on Friday: five in a mosque and seven in the street.")
    assert inc["killed"].tolist() == [12]


def test_parts_that_add_up_to_more_than_the_total_are_no_breakdown():
    inc = _incidents("Gunmen killed 10 people on Sunday: 15 in Borno and 6 in Yobe.")
    assert inc["killed"].tolist() == [10]


@pytest.mark.parametrize("text, n", [
    ("12 in Homs", [12]), ("- 92 in Marzaf (Hama)", [92]), ("Police said 4 in Tikrit were also wounded.", []),
    ("He lives in Homs", []),
])
def test_toll_parts_reads_a_part_line_and_nothing_else(text, n):
    assert [p[0] for p in toll_parts(text)] == n


# --- counts -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Gunmen kill fifty-four in a raid on a market.", 54),
    ("Gunmen kill seventy-one in a raid on a market.", 71),
    ("A senior commander of a militia, along with two of his guards, was killed in a drone strike.", 3),
    ("Police said the driver, together with three passengers, died in the blast.", 4),
])
def test_counts_of_stop_67(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_collective_noun_along_with_others_is_not_one_more_victim():
    assert casualties("Police, along with two soldiers, were injured in the blast.")["injured"] == 2


def test_a_given_name_shares_the_surname_after_it():
    assert named_victims("a drone killed Abdullah and Mosaad Mubarak, brothers who may have been militants") == \
        ["Abdullah Mubarak", "Mosaad Mubarak"]
    assert named_victims("gunmen killed Iraq and Mosaad Mubarak") == ["Mosaad Mubarak"]


# --- summaries ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "More than 6,800 people have died, the majority civilians, in a conflict marked by weekly bombings.",
    "Over 7,000 people have been killed in the conflict, which is marked by bombings and shootings.",
])
def test_a_conflict_s_toll_is_a_summary(text):
    sents, arts = _doc(text)
    m = incident_mentions(sents, arts)
    assert (m["scope"] == "incident").sum() == 0


def test_a_link_told_previously_is_no_pattern_of_attacks():
    sents, arts = _doc("The US has previously linked the militia to a drone attack in Jordan that killed three troops.")
    assert incident_mentions(sents, arts)["scope"].tolist() == ["incident"]


# --- merging one article's mentions ---------------------------------------------------------------------------------

def test_a_headline_without_toll_is_the_story_in_a_quarter_of_its_town():
    inc = _incidents("Baghdad suicide bombings\n\nTwo suicide bombers targeted Tayaran Square in east-central Baghdad, "
                     "killing at least 35 people and injuring more than 90.", published="")
    assert len(inc) == 1 and inc["killed"].tolist() == [35]


def test_the_deceased_told_next_are_the_victims_just_told():
    inc = _incidents("Six persons have been reported killed after gunmen attacked a village in Bassa district.\n\n"
                     "The deceased were said to have been killed when the assailants attacked Tegbe village on Saturday.")
    assert len(inc) == 1


def test_the_same_toll_in_another_country_is_another_event():
    inc = _incidents("In a drone strike in Baghdad, a commander, along with two of his guards, was killed.\n\n"
                     "The US has previously linked the militia to a drone attack in Jordan that claimed the lives of "
                     "three US troops last month.")
    assert sorted(inc["place"]) == ["Baghdad", "Jordan"]


# --- dates --------------------------------------------------------------------------------------------------------

def test_the_bloodshed_told_next_dates_the_event():
    inc = _incidents("Officials say 10 peasants have been killed by a paramilitary group in Antioquia.\n\n"
                     "Authorities said the bloodshed was carried out by a group who stormed into a farm on Wednesday.",
                     published="2012-11-09")
    assert inc["date"].tolist() == ["2012-11-07"]


# --- misfires a reviewer found in the first draft, each kept out -------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Bandit attacks killed 14 villagers in Katsina this year: 7 in January and 7 in February.", [14]),
    ("Gunmen killed 13 people in Plateau in two days: 8 in Tuesday's raid and 5 in Wednesday's ambush.", [13]),
    ("The bombing killed 9 people in Kano on Monday: 7 in Kantin Kwari Market and two in Murtala Mohammed Hospital.", [9]),
    ("Bandits killed 25 villagers and abducted 10 others on Sunday: 6 in Kaduna and 4 in Katsina.", [25]),
])
def test_parts_that_are_no_places_or_no_parts_of_the_toll_keep_the_total(text, killed):
    assert _incidents(text)["killed"].tolist() == killed


def test_a_state_after_in_is_no_place_of_a_part():
    inc = _incidents("Eleven people were wounded in a shooting in Chicago on Saturday: 3 in Critical Condition and 8 in "
                     "Stable Condition.")
    assert inc["injured"].tolist() == [11]


def test_a_body_s_total_its_parts_do_not_add_up_to_is_kept():
    inc = _incidents("Gunmen killed 8 people in Zacatecas on Monday.\n\n5 in Fresnillo")
    assert inc["killed"].tolist() == [8]


@pytest.mark.parametrize("text, n", [
    ("The militia, along with two civilians, were killed in the raid.", 2),
    ("Dozens of men, along with a boy, were killed in the raid.", None),
])
def test_a_plural_noun_along_with_others_adds_no_one(text, n):
    assert casualties(text)["killed"] == n


def test_a_surname_before_a_full_name_is_no_given_name():
    assert named_victims("Gunmen killed Ramirez and Carlos Mendoza outside a bar") == ["Carlos Mendoza"]


def test_the_war_s_deadliest_strike_is_one_event():
    sents, arts = _doc("Nine people have been killed in the war's deadliest strike on Kyiv this year on Monday.")
    assert incident_mentions(sents, arts)["scope"].tolist() == ["incident"]


def test_a_dated_lead_is_no_headline_of_another_day_s_attack():
    inc = _incidents("A bomb exploded in Mogadishu on Monday, police said.\n\nA bomb killed two people in Mogadishu's "
                     "Hodan district on Tuesday.")
    assert len(inc) == 2


# --- round 2 ------------------------------------------------------------------------------------------------------

def test_a_country_s_possessive_is_no_area_name():
    from analysis.events.places import scan_places
    found = scan_places("Militants fired mortars in residential areas of Somalia’s capital, Mogadishu.")
    assert "Somalia’s" not in [p["name"] for p in found] and "Mogadishu" in [p["text"] for p in found]


def test_a_possessive_after_a_singular_unit_word_is_the_place():
    from analysis.events.places import scan_places
    found = scan_places("Gunmen stormed the village of Kukawa's main market on Sunday.")
    assert [p["place_id"] for p in found] == ["txt:kukawa@"]


def test_a_roundup_s_next_attack_with_its_own_toll_stays_apart():
    inc = _incidents("In Baghdad, a bomb killed two people on Sunday.\n\nIn Hay Wadajir district, gunmen killed three "
                     "policemen on Sunday.")
    assert len(inc) == 2
