"""Rules of the stop-44 round, written on the errors of two development samples of real reports (dev44a, dev44b:
militia attacks on US forces and US strikes, and other violence in the Philippines, Mozambique, Sudan, Kenya,
Colombia, Turkey, Ukraine, Indian Kashmir, Burkina Faso and Afghanistan), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.actors import scan_actors
from analysis.events.merge import merge_incidents
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from test_incident_patterns import _mentions


def _incidents(paras: list[str], published: str = "2023-12-23"):
    m = _mentions(paras, published)
    inc, _ = merge_incidents(m)
    return m, inc


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize("text, killed, injured", [
    ("Hundreds have been killed in the region and an estimated 200,000 people have fled their homes.", None, None),
    ("Gunmen killed two guards and three others were taken into custody.", 2, None),
    ("At least four soldiers of a unit within the army's Northern (Second) Command were killed in the ambush.", 4, None),
    ("The strike, which killed two guards and caused serious injuries to at least 14, hit the depot.", 2, 14),
    ("Police found that 3 officers, 2 guards & 5 passers-by were injured.", None, 10),
    ("At least one driver has been reported as wounded in the blasts.", None, 1),
    ("Two of the victims sustained serious injuries in the blast.", None, None),
])
def test_counts_read_from_their_own_predicate(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_a_dateline_with_an_update_note_does_not_hide_the_toll():
    m = _mentions(["PORT CITY (2nd UPDATE) - Twelve people, including a guard, were hurt when a grenade exploded outside "
                   "a mosque on Friday, police said."])
    assert m.iloc[0]["injured"] == 12


# ---------------------------------------------------------------- what is no event
@pytest.mark.parametrize("text", [
    "A ministry spokesman warned that the number of casualties could rise.",
    "She added that rocket strikes on the garrison are “ongoing.”",
])
def test_no_incident_in_a_warning_without_an_act_or_a_continuing_state(text):
    assert _mentions([text]).empty


def test_a_target_described_by_the_attacks_it_is_behind_leaves_the_strike_one_event():
    m = _mentions(["Jets carried out airstrikes on Sunday against militia groups that were behind drone attacks on "
                   "the garrison."])
    assert list(m["scope"]) == ["incident"]


def test_the_earlier_event_after_since_is_its_own():
    m, inc = _incidents(["A bomb blast near the main mosque in Kabul killed two people on Sunday.",
                         "The bombing is the first major attack in Kabul since a suicide bombing by the group killed "
                         "dozens at the airport in late August."], "2021-10-04")
    assert len(inc) == 2


# ---------------------------------------------------------------- places
@pytest.mark.parametrize("text", ["15 wounded in Christmas Eve explosion", "Two killed in Ramadan attack"])
def test_a_holiday_is_no_place(text):
    assert _mentions([text]).iloc[0]["place"] == ""


def test_the_named_part_of_a_town_keeps_the_town_and_a_possessor_is_no_part_of_a_district_s_name():
    places = scan_places("A grenade was thrown near a market in the Lal Chowk area of Srinagar.")
    assert [p["type"] for p in places] == ["neighbourhood", "city"]
    assert [p["name"] for p in scan_places("Five militants were killed in Kashmir's Kulgam district.")] == ["Kulgam"]


def test_a_country_s_name_ending_a_town_s_name_is_the_town():
    assert [p["name"] for p in scan_places("The blast took place in the town of Puerto Jordan.")] == ["Puerto Jordan"]


def test_sites_listed_in_one_clause_are_each_an_event():
    m = _mentions(["Rockets were fired at a base in the al-Omar oil field and a base in the Conoco gas field."])
    assert sorted(m["place"]) == ["Al-Omar oil field", "Conoco gas field"]
    assert _mentions(["Jets struck targets in Iraq and Syria on Sunday."])["place_id"].nunique() <= 1


def test_an_air_strike_told_as_aerial_bombing_is_a_strike():
    assert _mentions(["Four fighters were killed by aerial bombing in the Jurf al-Sakhar area."]).iloc[0]["event_type"] == "strike"


def test_a_demonym_with_a_double_letter_names_its_state():
    assert [a["actor_id"] for a in scan_actors("Russian troops launched a missile barrage")] == ["russia"]


# ---------------------------------------------------------------- one article's events
def test_the_victims_named_again_by_a_definite_count_join_the_event_told():
    m, inc = _incidents(["Five militants were killed in a gunfight in the Kulgam district on Sunday.",
                         "A spokesman said the five were killed in Kelam village."], "2019-02-10")
    assert len(inc) == 1


def test_an_unplaced_munition_count_in_the_next_sentence_joins_the_strike():
    m, inc = _incidents(["Three people were killed by a Russian missile strike on a building in the city of Mykolaiv.",
                         "The mayor said eight missiles had hit the city."], "2022-06-29")
    assert len(inc) == 1 and inc.iloc[0]["n_hit"] == 8


def test_of_days_told_once_each_the_detailed_account_dates_the_incident():
    m, inc = _incidents(["Militants fired two ballistic missiles at Al-Asad Air Base late Monday evening.",
                         "The first use of a ballistic missile against US troops happened Tuesday."], "2023-11-22")
    assert list(inc["date"]) == ["2023-11-20"]


# ---------------------------------------------------------------- later rules of the round (dev44c, dev44d)
def test_a_list_of_municipalities_is_one_event_each_unless_a_toll_joins_them():
    m = _mentions(["Rebels attacked police stations in the municipalities of Alto Verde, Mesa Baja and San Lucas."])
    assert sorted(m["place"]) == ["Alto Verde", "Mesa Baja", "San Lucas"]
    m = _mentions(["Gunmen attacked villages in the districts of Alto Verde and Mesa Baja, killing scores of people."])
    assert len(m) == 1


def test_a_threat_as_a_danger_is_no_threat_event():
    m = _mentions(["A bomber blew himself up at a checkpoint on Sunday, killing 13 people and injuring 52, underscoring "
                   "the militant threat to the region."])
    assert list(m["event_type"]) == ["attack"] and m.iloc[0]["killed"] == 13
    assert list(_mentions(["The militia issued a threat against the garrison."])["event_type"]) == ["threat"]


def test_a_date_naming_an_attack_is_a_past_day_whatever_the_tense():
    m = _mentions(["This report will review the facts of the January 17 car bombing in the capital."], "2019-01-25")
    assert m.iloc[0]["date"] == "2019-01-17"


def test_an_agency_file_photo_credit_is_a_caption():
    assert _mentions(["The scene of a previous attack in the town/XINHUA-File"]).empty


@pytest.mark.parametrize("text, killed, injured", [
    ("Rebels Attack Border Village, Kill 15, Burn Down 200 Homes", 15, None),
    ("Gunmen murdered and beheaded five villagers on Tuesday.", 5, None),
    ("Four guards were killed while one was gravely injured in the blast.", 4, 1),
])
def test_more_casualty_verbs_and_adverbs(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_the_event_a_story_came_hours_after_is_its_own():
    m, inc = _incidents(["Two police officers were shot dead by attackers in the town of Dera on Sunday night.",
                         "The attack came only hours after an explosion at a church in Kolo killed a boy and wounded "
                         "eight others."], "2012-09-30")
    assert len(inc) == 2


def test_a_place_hit_repeatedly_before_leaves_the_attack_one_event():
    m = _mentions(["The attack happened on Monday in the Kolo district, which residents said has been hit repeatedly in "
                   "recent weeks."], "2015-06-10")
    assert list(m["scope"]) == ["incident"]


def test_the_killing_a_targeted_group_is_believed_responsible_for_is_another_event():
    m = _mentions(["Jets struck targets belonging to the militia believed to be responsible for killing two guards a "
                   "day earlier."], "2020-03-13")
    strike = m[m["event_type"] == "strike"].iloc[0]
    assert strike["killed"] is None or str(strike["killed"]) in ("<NA>", "nan")
    assert 2 in set(m["killed"].dropna().astype(int))


def test_a_tally_over_the_previous_years_is_a_summary():
    m = _mentions(["The rebels had fired more than 850 drones at the kingdom in the previous seven years, killing a total "
                   "of 59 civilians."])
    assert m.empty
