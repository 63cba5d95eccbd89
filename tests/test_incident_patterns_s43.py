"""Rules of the stop-43 round, written on the errors of two development samples of real reports (dev43a, dev43b:
militia attacks on US forces and other violence in Mexico, Myanmar, Nigeria, Mali, Colombia, Pakistan, Somalia and
Ukraine), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.merge import merge_incidents
from analysis.events.places import NamedCountries, scan_places
from analysis.events.roles import casualties
from analysis.events.timex import date_mentions
from test_incident_patterns import _mentions


def _incidents(paras: list[str], published: str = "2023-12-23"):
    m = _mentions(paras, published)
    inc, _ = merge_incidents(m)
    return m, inc


# ---------------------------------------------------------------- places
def test_a_town_the_text_puts_in_another_states_province_is_not_the_namesake():
    text = "The raid hit a police post in the Karak district of Khyber Pakhtunkhwa province."
    assert {p["country"] for p in scan_places(text)} == {"Pakistan"}


def test_a_small_town_of_the_region_is_doubted_in_an_article_on_elsewhere():
    text = "Two guards were taken to the Karak hospital. Pakistan's police said the raid failed."
    assert "Jordan" not in {p["country"] for p in scan_places(text, named=NamedCountries(text))}


def test_a_country_is_meant_by_its_own_name_not_a_city_named_after_it():
    assert [p["type"] for p in scan_places("Gunmen ambushed a police convoy in Mexico.")] == ["country"]


@pytest.mark.parametrize("text, name", [
    ("Soldiers died in the Gourma region of the north.", "Gourma"),
    ("Bandits stormed Kadai community of Maru area on Sunday.", "Kadai"),
])
def test_a_region_or_community_the_text_names_is_a_place(text, name):
    assert name in [p["text"] for p in scan_places(text)]


def test_where_victims_were_taken_is_not_the_event_place():
    m = _mentions(["A bomb hit a checkpoint in Kirkuk on Monday, wounding four police officers, two of whom were flown "
                   "to Erbil for treatment."], "2023-05-10")
    assert m.iloc[0]["place"] == "Kirkuk"


# ---------------------------------------------------------------- tolls and types
def test_a_victim_named_by_his_office_before_a_counted_chain_is_counted():
    assert casualties("the raid caused the death of the district head and four farmers")["killed"] == 5


def test_men_a_force_says_it_lost_are_its_dead_and_seats_are_not():
    assert casualties("We lost nine men in the ambush, the colonel said")["killed"] == 9
    assert casualties("The ruling party lost nine seats")["killed"] is None


def test_militants_opening_the_clause_are_the_attackers_of_their_strike():
    m = _mentions(["Militants launched a strike on the army camp near Gao on Sunday, killing three soldiers."],
                  "2022-05-10")
    assert m.iloc[0]["event_type"] == "attack"


def test_a_lower_case_weekday_after_on_is_a_date():
    assert date_mentions("Troops were ambushed on saturday night.", "2019-03-18")["value"].tolist() == ["2019-03-16"]


@pytest.mark.parametrize("text", [
    "Some 300 people have died during the two-year-old uprising.",
    "The province has seen periodic attacks by insurgent cells.",
    "About 40 people died in various attacks while 50 were killed in several rebel raids the week before.",
    "The governor reported increased military action along the front.",
    "Allied bases have come under fire 90 times since then, as the militias launched repeated drone and rocket salvos.",
])
def test_a_summary_of_many_attacks_is_an_aggregate(text):
    assert _mentions([text], "2023-05-10").empty


def test_attacks_counted_one_by_one_stay_a_summary_even_on_one_day():
    m = _mentions(["Three attacks hit villages around Gao after dark on Friday, killing nine people."], "2022-05-10")
    assert m.empty


def test_a_warning_of_an_unnamed_answer_is_no_threat_but_a_threat_in_so_many_words_is():
    assert _mentions(["Israel's defence minister warned that any attack on the troops will be answered with a firm response."]).empty
    assert not _mentions(["Israel's defence minister threatened Hezbollah with a firm response if the attacks go on."]).empty


# ---------------------------------------------------------------- one article's events told apart or together
def test_the_event_a_superlative_counts_from_is_an_earlier_event_of_its_own():
    m = _mentions(["Guerrillas killed four soldiers with a roadside bomb near Tame on Monday.",
                   "It was the deadliest attack since the bombing of a police academy in Bogota."], "2023-05-10")
    assert len(m) == 2 and m.iloc[1]["place"] != m.iloc[0]["place"]


def test_victims_at_another_village_are_an_attack_of_their_own():
    m = _mentions(["Gunmen killed five farmers at Kadai village on Sunday.",
                   "At nearby Maru village, they killed two men and wounded several others."], "2022-05-10")
    assert sorted(m["killed"].dropna().astype(int)) == [2, 5]


def test_a_sentence_that_names_the_site_of_the_attack_told_joins_it():
    _m, inc = _incidents(["At least nine soldiers were killed in a raid on an army camp in the north on Sunday.",
                          "The mayor said the camp where the attack took place is in the village of Kadai."], "2022-05-10")
    assert len(inc) == 1


def test_a_second_figure_a_speaker_gives_is_the_same_attack_and_the_repeated_one_wins():
    _m, inc = _incidents(["Insurgents killed 12 soldiers and overran a base near Afgoye on Thursday, officials said.",
                          "A suicide bomber blew himself up at the gate of the Afgoye base before gunmen stormed in, "
                          "killing 12 soldiers, police said.",
                          "He said attackers killed 20 soldiers."], "2020-02-21")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 12


def test_an_event_told_days_ago_in_an_undated_article_is_not_the_story():
    _m, inc = _incidents(["Three people were killed by a missile strike on a depot in Kharkiv.",
                          "Rescuers were still searching after a missile strike on a market in central Ukraine two "
                          "days ago killed at least 20."], "")
    assert len(inc) == 2


def test_related_story_links_under_their_heading_are_no_events():
    m = _mentions(["Rockets hit the base on Monday, officials said.", "You might also like",
                   "- In Spain, 2 people are killed in a knife attack."], "2023-05-10")
    assert m["killed"].isna().all()


def test_a_threat_someone_faces_is_a_risk_not_a_threat():
    assert _mentions(["The garrison may face the threat of further rocket attacks by the militias."]).empty


def test_victims_told_in_the_same_strike_join_that_strike():
    _m, inc = _incidents(["Jets struck a house in Kfar Kila on Saturday, killing four fighters.",
                          "Two farmers were also killed in the same strike, the news agency said."], "2024-03-10")
    assert len(inc) == 1


def test_the_bomber_detonating_his_explosives_is_the_suicide_bombing_told():
    _m, inc = _incidents(["Two suicide bombers killed 20 people at a market in central Baghdad on Monday morning.",
                          "The first bomber walked into the crowd near the fruit stalls.",
                          "He then detonated his explosives."], "2021-01-18")
    assert len(inc) == 1


def test_a_town_in_the_countryside_of_a_province_lies_in_it():
    text = "A bomb wounded a fighter in Tal Hamid town, eastern countryside of Deir ez-Zor."
    assert any(p["text"] == "Tal Hamid" and p["admin1"] for p in scan_places(text))


@pytest.mark.parametrize("text, village, parent", [
    ("Gunmen killed nine at Tunga village located in Bakori area of Katsina State.", "Tunga", "Bakori"),
    ("Bandits killed ten at Kadai village in Maru area of north-western Nigeria's Zamfara State.", "Kadai", "Maru"),
])
def test_a_village_takes_the_area_the_text_puts_it_in_as_parent(text, village, parent):
    rows = {p["text"]: p for p in scan_places(text)}
    assert parent.lower() in rows[village]["place_id"]


@pytest.mark.parametrize("text", [
    "“Not true,” the senator shot back on Monday.",
    "The win gives the governor a real shot at the nomination in Mosul next month.",
    "Support for the party shot up after the debate in Baghdad on Tuesday.",
    "The minister said the city would be shooting itself in the foot with the new tax.",
])
def test_figurative_uses_of_shooting_tell_no_event(text):
    assert _mentions([text], "2023-05-10").empty


def test_shots_fired_back_at_attackers_are_still_an_event():
    assert not _mentions(["Guards shot back and killed two gunmen at the checkpoint in Mosul on Monday."], "2023-05-10").empty
