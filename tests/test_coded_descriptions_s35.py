"""Patterns of coded event descriptions met in session s35 (issue 9): chronology entries that open with their day
("May 4: ...", "- Sept. 9, 2006: ...", "OCT. 2 - ..."), list pages known only by a year heading, and tolls told with
other verbs. Fixtures are written in new words for these tests, with their own places and numbers (accuracy is
measured on real descriptions by benchmarks/bench_incidents.py)."""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.validate import incidents as vi


def _incidents(rows: list[dict]) -> pd.DataFrame:
    """The incidents the pipeline reads in coded entries (``rows``: ev_id, context, published, text)."""
    ev = pd.DataFrame([{"split": "dev", "context": "", "published": "", **r} for r in rows])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


def _first(context: str, text: str, published: str = "") -> dict:
    """The first incident of one entry (an empty dict when none)."""
    inc = _incidents([{"ev_id": "e1", "context": context, "text": text, "published": published}])
    return inc.sort_values("incident_id").iloc[0].to_dict() if len(inc) else {}


# ---------------------------------------------------------------- the day an entry opens with is its event's day
def test_an_entry_opening_with_may_and_a_colon_is_dated_to_that_day():
    inc = _first("", "May 4: 12 dead in truck bombing in Tal Afar, west of Mosul", "2011-09-30")
    assert inc["date"] == "2011-05-04" and inc["killed"] == 12


def test_a_dashed_entry_under_a_year_heading_takes_the_heading_year():
    inc = _first("- 2014 -", "- May 17: Thirty people are killed when a car bomb hits a bus station in Homs.")
    assert inc["date"] == "2014-05-17"


def test_a_day_month_table_row_under_a_year_heading_is_dated_to_the_day_not_the_month():
    inc = _first("Deadliest attacks of 2015", "3 March Bombing 40 Unknown Tikrit, Iraq March 2015 attacks: A car bomb "
                 "killed at least 40 people at a checkpoint in Tikrit.")
    assert inc["date"] == "2015-03-03"


def test_a_yearless_entry_day_after_the_pages_day_is_not_put_in_that_year():
    inc = _first("", "- Nov. 20: A roadside bomb kills three soldiers near Kirkuk.", "2016-03-01")
    assert inc["date"] == "2015-11-20"


def test_an_entry_with_its_full_date_keeps_its_year():
    inc = _first("", "- Sept. 9, 2006: More than 60 people are slaughtered when car bombs strike a market in Hilla.")
    assert inc["date"] == "2006-09-09" and inc["killed"] == 60


# ---------------------------------------------------------------- other verbs of a toll
def test_massacred_is_a_toll_of_dead():
    assert _first("", "Twenty villagers were massacred when gunmen opened fire on a farm near Baquba on Sunday.",
                  "2010-04-12").get("killed") == 20


def test_the_toll_right_after_an_entrys_day_and_colon_is_a_count_not_a_clock():
    inc = _first("", "June 3: 48 people, including 11 police recruits, killed by a suicide bomber in Ramadi", "2012-08-01")
    assert inc["killed"] == 48 and inc["date"] == "2012-06-03"


# ---------------------------------------------------------------- places named after a plural kind or "township"
def test_the_first_of_two_cities_named_after_cities_of_is_a_place():
    inc = _first("", "Nine people are killed by car bombs in the two cities of Homs and Hama on Friday.", "2015-02-02")
    assert "Homs" in str(inc.get("place"))


def test_a_township_of_a_name_the_gazetteers_lack_is_the_place():
    from analysis.events.places import scan_places
    found = [p["name"] for p in scan_places("A blast killed four in the township of Qarawiya in Diyala province.")]
    assert found[0] == "Qarawiya"


def test_a_country_after_two_joined_directions_is_the_place():
    inc = _first("", "Two car bombs killed 11 people in western and central Iraq on Monday, police said.", "2009-03-10")
    assert inc["place"] == "Iraq"


def test_the_town_blasts_were_heard_from_is_the_strikes_place():
    inc = _first("", "Jets strike targets in Syria, with explosions heard from Safita town in Tartus province.", "2022-06-02")
    assert inc["place"] == "Safita"


# ---------------------------------------------------------------- tolls after a bullet, named victims with an apposition
def test_a_bulleted_dateline_dash_is_no_apposition_of_the_count():
    inc = _first("Factbox - Security in Iraq, 4 June 2008", "* KIRKUK - Three policemen were wounded when a bomb "
                 "went off near their patrol in Kirkuk, police said.")
    assert inc["injured"] == 3


def test_a_name_inside_a_victims_description_is_no_second_victim():
    inc = _first("", "Gunmen killed Karim Hassan Jabr, an aide of the bloc led by Salim Adnan Rahim, on Monday in "
                 "Basra, police said.", "2009-06-03")
    assert inc["killed"] == 1


# ---------------------------------------------------------------- one day's attacks told as one dated entry
def test_a_dated_entry_summing_up_one_days_attacks_is_that_entrys_event():
    inc = _first("", "DEC. 2 – Coalition troops in eastern Syria are attacked with rockets three times in a day, but "
                 "report no casualties.", "2024-02-10")
    assert inc.get("date") == "2023-12-02"


def test_a_dated_entry_that_tallies_attacks_since_a_day_stays_a_summary():
    assert _first("", "DEC. 2 – Coalition troops in eastern Syria have been attacked 40 times since Oct. 20.",
                  "2024-02-10") == {}


# ---------------------------------------------------------------- a toll split into parts is not added twice
def test_parts_of_a_toll_told_after_it_are_not_more_victims():
    ev = pd.DataFrame([{"split": "dev", "ev_id": "e1", "context": "Security roundup for Iraq, 10 February 2008",
                        "published": "", "text": "MOSUL - Coalition forces shot dead nine fighters and held 20 suspects in "
                        "sweeps on Sunday around Mosul and Tal Afar, an army statement said. Seven were killed when aircraft "
                        "struck a hideout outside Rutba, while two were killed in a gunfight near Samarra."}])
    sents, arts = vi.description_corpus(ev)
    m = incident_mentions(sents, arts)
    assert int(m["killed"].dropna().sum()) == 9
