"""Stop 77: incident and place rules written on the development samples' errors (fixtures in our own words, not the
samples')."""

import pandas as pd

from incident_fixtures import incidents_of, mentions_of, one_mention as _one
from analysis.events.merge.consensus import _more_munitions
from analysis.events.merge.retell import _two_settlements
from analysis.events.places import find_places, places_compatible
from analysis.events.places.unknown import text_place


def _counts(frame: pd.DataFrame, field: str) -> list:
    return [None if pd.isna(v) else int(v) for v in frame[field]]


# ---------------------------------------------------------------- merging one article's mentions
def test_two_villages_the_text_names_stay_two_incidents():
    inc = incidents_of("Gunmen attacked a police headquarters in the village of Tel Warda on Sunday, witnesses said.",
                       "A source said troops killed at least 8 of the assailants.",
                       "The latest incident took place last week in the village of Umm Rabi, where 12 guards were "
                       "killed in an ambush.", published="")
    assert sorted(inc["place"]) == ["Tel Warda", "Umm Rabi"]


def test_two_settlements_of_the_text_are_not_one_place_when_their_names_differ():
    a, b = text_place("Tel Warda", "village"), text_place("Umm Rabi", "town")
    assert _two_settlements(a, b) and not _two_settlements(a, text_place("Tel Warda", "village", "erbil"))


def test_another_roadside_bomb_attack_is_a_further_event():
    inc = incidents_of("A roadside bomb hit a supply convoy on a highway in Babil province on Thursday.",
                       "Another roadside bomb attack was reported on a convoy in the province of Babil.")
    assert len(inc) == 2


def test_a_sentence_opening_days_earlier_tells_another_event():
    inc = incidents_of("Gunmen killed a tribal elder in Deir ez-Zor on Monday.",
                       "Two days earlier, a patrol was attacked with machine guns in the town of Kasra in the "
                       "countryside of Deir ez-Zor.", published="")
    assert len(inc) == 2


def test_a_site_named_after_its_town_is_the_towns():
    balad = find_places("in Balad")["place_id"].iloc[0]
    samarra = find_places("in Samarra")["place_id"].iloc[0]
    assert places_compatible("balad_airbase", balad) and not places_compatible("balad_airbase", samarra)


def test_more_munitions_add_to_those_told_before():
    rows = [{"doc_id": "a", "sent_id": 0, "n_hit": 5, "evidence": "Five rockets hit the base."},
            {"doc_id": "a", "sent_id": 1, "n_hit": 3, "evidence": "Three additional rockets landed outside it."},
            {"doc_id": "a", "sent_id": 2, "n_hit": 12, "evidence": "Officials said more than 12 rockets were fired."}]
    assert sorted(r["n_hit"] for r in _more_munitions(rows, "n_hit")) == [8, 12]
    rows[1]["evidence"] = "Three more rockets landed outside it."  # as often a part of the total told
    assert sorted(r["n_hit"] for r in _more_munitions(rows, "n_hit")) == [3, 5, 12]


# ---------------------------------------------------------------- agents, places and scope of one mention
def test_killer_or_suicide_drones_of_a_state_are_its_strike():
    m = _one("Turkish killer drones struck a council building in Sinjar on Wednesday.")
    assert m["event_type"] == "strike" and m["actor"].startswith("Turkey")


def test_an_area_in_the_countryside_of_a_town_is_placed_in_it():
    found = find_places("gunmen shot two men in Tal Hamra area in the western countryside of Daraa.")
    assert any(pid.startswith("txt:talhamra@gn:") for pid in found["place_id"])


def test_a_target_passing_near_a_village_places_the_blast():
    m = _one("Sources said an IED exploded, while a car carrying a commander was passing near the village of "
             "Umm Walad in Daraa countryside.")
    assert m["place"] == "Umm Walad"


def test_a_wave_of_airstrikes_repelling_an_attack_leaves_it_one_incident():
    ms = mentions_of("Militants attacked a base near Kirkuk on Sunday, killing two soldiers before coalition forces "
                     "launched a wave of airstrikes to repel the assault, officials said.",
                     "An officer said two attackers blew themselves up at the gate and three others were killed in a "
                     "shootout with the guards.", published="")
    assert ms["scope"].iloc[0] == "incident"
    assert mentions_of("Israel has carried out a wave of airstrikes across Gaza since October.")["scope"].iloc[0] == \
        "aggregate"


# ---------------------------------------------------------------- counts, scope and recalled events
def test_a_singular_harm_counts_one_and_a_year_before_it_none():
    from analysis.events.roles import casualties
    c = casualties("Gunmen fired on a funeral in Tikrit, resulting in one death and the injury of three.")
    assert (c["killed"], c["injured"]) == (1, 3)
    assert casualties("Protests followed the 2016 shooting death of a teenager.")["killed"] != 2016  # a year


def test_people_mostly_from_a_group_are_counted():
    from analysis.events.roles import casualties
    assert casualties("At least 60 people mostly from the Yazidi minority were killed in the blasts.")["killed"] == 60


def test_a_titled_name_before_a_counted_group_is_one_more_victim():
    from analysis.events.roles import casualties
    assert casualties("Jets bombed a camp, in which commander Ali Farhan and three fighters were killed.")["killed"] == 4


def test_a_timeline_present_tense_event_with_an_aim_is_told():
    m = _one("Ankara, 3 May: car bombing kills nine in an attack which appeared to target an army bus.")
    assert m["killed"] == 9 and m["event_type"] == "attack"


def test_the_deadliest_attack_since_a_year_is_no_tally():
    m = _one("On May 3, a series of coordinated bombings killed 80 people in a market in Hilla, the deadliest attack "
             "in the country since 2007.", published="2012-06-01")
    assert m["scope"] == "incident" and m["killed"] == 80


def test_an_event_of_the_previous_month_is_kept_apart():
    inc = incidents_of("More than 40 people were killed in Tuesday's airstrike on a village hall, residents said.",
                       "In the previous month, an airstrike on a school in another village killed at least six "
                       "children.", published="")
    assert sorted(_counts(inc, "killed")) == [6, 40]


def test_an_arabic_article_joined_to_a_village_name_is_part_of_it():
    assert [t for t in find_places("In the nearby village of As-Suwayda al-Gharbiya, a child was killed.")["text"]] \
        == ["As-Suwayda al-Gharbiya"]
