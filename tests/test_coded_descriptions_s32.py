"""Patterns of coded event descriptions met in session s32 (issue 9): a page title whose toll sums up the entries
below it is no incident of its own. Fixtures are written in new words for these tests, with their own places and
numbers (accuracy is measured on real descriptions by benchmarks/bench_incidents.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.validate import incidents as vi


def _incidents(rows: list[dict]) -> pd.DataFrame:
    """The incidents the pipeline reads in coded entries (``rows``: ev_id, context, published, text)."""
    ev = pd.DataFrame([{"split": "dev", "context": "", "published": "", **r} for r in rows])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


def _tolls(context: str, text: str) -> tuple[int | None, int | None]:
    """The killed and wounded one entry sums to over its incidents (the scorer's reading)."""
    inc = _incidents([{"ev_id": "e1", "context": context, "text": text}])
    total = lambda f: int(inc[f].dropna().sum()) if inc[f].notna().any() else None
    return total("killed"), total("injured")


# ---------------------------------------------------------------- a title's toll sums up the entries below it
def test_a_title_toll_over_the_page_is_not_added_to_the_entrys_own():
    assert _tolls("Blasts kill 19 people across the country",
                  "A parked car bomb went off near a bakery in the town of Samarra, killing four shoppers.") == (4, None)


def test_a_title_toll_of_the_same_event_leaves_the_entrys_own_figures():
    assert _tolls("Mortars kill 5 guards in Ramadi",
                  "Three guards were killed and nine wounded when mortar rounds struck a checkpoint in Ramadi.") == (3, 9)


def test_a_title_whose_entry_tells_no_toll_keeps_its_own():
    assert _tolls("Roadside bomb kills six in Tikrit", "A roadside bomb hit a minibus in Tikrit on the main road.")[0] == 6


# ---------------------------------------------------------------- a list title's span of years is not the entry's date
def test_a_list_title_since_a_year_leaves_the_entry_its_own_day():
    inc = _incidents([{"ev_id": "e1", "context": "Truck bombings in Nineveh since 2011", "published": "2014-05-30",
                       "text": "March 4: A truck bomb kills 6 people at a market in Tuz Khurmatu."}])
    assert inc.sort_values("incident_id")["date"].tolist()[0][4:] == "-03-04"


# ---------------------------------------------------------------- "a series of car bombs ... killing N" is one event
def test_a_series_of_bombs_with_a_toll_is_one_placed_event_even_when_the_toll_comes_late():
    inc = _incidents([{"ev_id": "e1", "text": "A series of car bombs blew up in rapid succession in the western town of "
                                              "Hit (about 110 miles west of Baghdad) on Sunday, killing at least nine "
                                              "people and wounding about 25, officials said."}])
    assert inc["place"].tolist() == ["Hit"] and inc["killed"].tolist() == [9]


# ---------------------------------------------------------------- place names and their cues
def test_an_article_written_apart_stays_inside_a_name_before_its_kind_word():
    found = [p["name"] for p in scan_places("A car bomb went off in Ras al Hawi neighbourhood of Basra.")]
    assert found[0] == "Ras al Hawi"
    found = [p["name"] for p in scan_places("Gunmen opened fire in the neighbourhood of Souq al Asri in Tikrit.")]
    assert found[0] == "Souq al Asri"


def test_downtown_before_a_town_is_a_locative_cue():
    assert [p["name"] for p in scan_places("A shopkeeper was shot in downtown Khalis on Monday.")] == ["Khalis"]


def test_a_strike_told_with_its_time_or_agent_before_on_names_its_target_town():
    assert [p["name"] for p in scan_places("Monitors reported the raids on Friday on Khalis overnight.")] == ["Khalis"]
    assert [p["name"] for p in scan_places("Two were hurt in the shelling of the militia on Khalis.")] == ["Khalis"]


def test_a_town_before_a_long_dash_opening_the_text_is_a_dateline_in_mixed_case():
    assert [p["name"] for p in scan_places("Khalis — Gunmen shot a teacher at a school in Iraq.")][0] == "Khalis"


# ---------------------------------------------------------------- "shot dead" a named person
def test_a_person_named_after_shot_dead_or_gunned_down_is_one_dead():
    assert casualties("In the south, gunmen shot dead town councillor Omar Salih Bakr near his home.")["killed"] == 1
    assert casualties("Further north, masked men gunned down Hadi Karim Aziz and Nabil Aziz Hadi.")["killed"] == 2


# ---------------------------------------------------------------- "... that also killed N": two groups of dead
def test_dead_told_then_more_dead_the_blast_also_killed_are_added():
    assert casualties("including three police slain on Monday by a car bomb in Hilla that also killed two "
                      "traders")["killed"] == 5
    assert casualties("two pilgrims died in an explosion which also killed a boy")["killed"] == 3


# ---------------------------------------------------------------- a common spelling of "targeted"
def test_targetted_with_a_double_t_is_an_attack_cue():
    inc = _incidents([{"ev_id": "e1", "text": "Two brothers who ran a shop were killed when their store west of "
                                              "Baghdad was targetted at night."}])
    assert inc["place"].tolist() == ["Baghdad"]


# ---------------------------------------------------------------- "N workers for the X were killed"
def test_a_count_of_people_working_for_someone_is_a_toll():
    assert casualties("Three drivers for a local oil company were killed when a blast hit their bus.")["killed"] == 3


# ---------------------------------------------------------------- "Gunmen stormed ... in X and killed him"
def test_attackers_opening_the_sentence_make_its_and_killed_clause_an_attack_at_their_place():
    inc = _incidents([{"ev_id": "e1", "text": "Masked gunmen stormed the shop of a tailor in Dhuluiya town north of "
                                              "Baghdad late on Monday and shot him."}])
    assert len(inc) == 1
    inc = _incidents([{"ev_id": "e1", "text": "Gunmen entered the farm of a judge in Sulaiman Bek village near "
                                              "Tuz Khurmatu at dawn and killed him."}])
    assert inc["killed"].tolist() == [1] and inc["place"].tolist() == ["Sulaiman Bek"]


# ---------------------------------------------------------------- "detonated the explosives"
def test_detonating_the_explosives_is_a_bombing_that_the_next_sentences_toll_completes():
    inc = _incidents([{"ev_id": "e1", "published": "2011-05-02",
                       "text": "A man drove a pickup up to the gate of a training centre, a police officer said.\n\n"
                               "Guards stopped the pickup. Its driver then detonated the explosives, the officer said. "
                               "He said 14 people were killed and 31 wounded."}])
    assert inc["killed"].tolist() == [14] and inc["injured"].tolist() == [31]


# ---------------------------------------------------------------- "killed in X Y": a place, not a named victim
def test_a_capitalised_place_after_killed_in_is_no_named_victim():
    assert casualties("Scores of villagers were killed in shelling in Wadi Barada on Sunday.")["killed"] is None


# ---------------------------------------------------------------- a statement's day beats the page's own stamp
def test_the_day_a_statement_was_made_beats_the_pages_later_stamp():
    inc = _incidents([{"ev_id": "e1", "context": "Newswire 2015.03.09 10:15", "published": "2015-03-09",
                       "text": "At least nine people have been killed by air raids on the town of Saraqib, monitors "
                               "said. The monitors reported on Sunday that army helicopters had bombarded its "
                               "crowded market."}])
    assert inc.sort_values("incident_id")["date"].tolist()[0] == "2015-03-08"


# ---------------------------------------------------------------- "a woman with her two children": 1 + N
@pytest.mark.parametrize("text, role, n", [
    ("A grandmother along with her three grandsons were hurt when a shell hit their yard.", "injured", 4),
    ("The mortar round wounded a farmer with his two sons in the orchard.", "injured", 3),
    ("Gunmen killed a shepherd with his four relatives near the river.", "killed", 5),
])
def test_one_person_and_a_counted_group_with_them_are_one_plus_the_count(text, role, n):
    assert casualties(text)[role] == n


def test_a_dropped_title_still_places_an_entry_that_names_no_town():  # a guard: the entry took the title's place first
    inc = _incidents([{"ev_id": "e1", "context": "Roadside bomb kills five in Tikrit",
                       "text": "Four soldiers and a driver were killed when a roadside bomb exploded near a market."}])
    assert inc["killed"].tolist() == [5] and inc["place"].tolist() == ["Tikrit"]
