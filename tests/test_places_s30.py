"""Place rules of session s30 (issue 9: places outside the hand gazetteer), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports and coded descriptions by
benchmarks/bench_incidents.py (``--events-dev30``).
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.events.places import scan_places
from analysis.validate import incidents as vi


def _incidents(text: str, context: str = "", published: str = "2014-05-06") -> pd.DataFrame:
    """The incidents the pipeline reads in one coded entry."""
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": context, "published": published, "text": text}])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


def _places(text: str) -> list[str]:
    """The place names of the incidents read in one entry."""
    inc = _incidents(text)
    return inc["place"].tolist() if "place" in inc.columns else []


# ---------------------------------------------------------------- "X, the capital of Y": Y only says where X is
def test_the_province_a_town_is_the_capital_of_only_locates_it():
    got = _places("A bomb hidden in a cart exploded at a small livestock market in a village west of Samawa, the "
                  "provincial capital of Muthanna province, leaving four farmers dead.")
    assert got and all("Samaw" in p for p in got), got


# ---------------------------------------------------------------- "the province of X" is the province, not the city
def test_a_name_after_province_of_is_the_province():
    found = scan_places("Officials in the northern province of Kirkuk said the road was closed")
    assert [p["type"] for p in found] == ["province"]


def test_a_town_in_the_province_named_is_finer_than_the_province():
    got = _places("In the northern province of Kirkuk, militants ambushed an army patrol close to the town of Dibis, "
                  "killing one soldier and injuring three.")
    assert got and got[0] == "Dibis", got


# ---------------------------------------------------------------- a base's alias followed by "villages" is a settlement
def test_a_base_alias_followed_by_a_settlement_noun_is_not_the_base():
    found = scan_places("Missiles slammed into the Al-Asad villages on the edge of the capital overnight")
    assert all(p["type"] not in ("air base", "military base") for p in found), found


# ---------------------------------------------------------------- "the X and Y villages": both are villages, X first
def test_the_first_of_two_names_given_a_plural_kind_is_a_place_too():
    found = scan_places("Fragments fell on homes in the Raml Hadi and Safra Kabira villages west of the city")
    names = [p["text"] for p in found]
    assert "Raml Hadi" in names and "Safra Kabira" in names, names


# ---------------------------------------------------------------- "in X in the countryside of Y": X is a place of Y
def test_a_name_held_by_the_countryside_of_a_known_place_is_a_place():
    got = _places("Warplanes bombed farmland in Hamdanat in the eastern countryside of Deir Ezzor, killing four people.")
    assert got and got[0] == "Hamdanat", got


def test_a_name_after_an_attack_on_held_by_a_named_area_is_the_finer_place():
    got = _places("Two shepherds died when government artillery fire at dawn on Kfeirat in Jabal al-Zawiyah hit "
                  "their flock.")
    assert got and got[0] == "Kfeirat", got


def test_a_day_before_a_plural_kind_word_is_not_a_place():
    got = _places("Jets struck during the night of Tuesday areas in Hamdanat in the eastern countryside of Deir Ezzor, "
                  "killing two.")
    assert got and "Tuesday" not in got[0] and got[0] == "Hamdanat", got


def test_a_facility_held_by_a_quarter_is_not_a_settlement():
    found = scan_places("a mortar round landed near the French Embassy in the al-Rawda quarter, wounding a guard")
    assert "French Embassy" not in [p["text"] for p in found]


def test_an_armed_group_struck_in_a_place_is_not_a_place():
    found = scan_places("Drones carried out strikes on Kataib Hezbollah in Jurf al-Nasr overnight")
    assert "Kataib Hezbollah" not in [p["text"] for p in found]


def test_the_target_of_talks_on_is_not_a_place():
    found = scan_places("ministers held talks on Reconstruction in Baghdad on Sunday")
    assert "Reconstruction" not in [p["text"] for p in found]


# ---------------------------------------------------------------- a package name that is only the start of a longer one
def test_a_package_name_followed_by_more_of_the_name_and_its_kind_is_not_matched():
    found = scan_places("shells hit a bakery in Bani Hamdan neighbourhood at noon")
    assert [p["text"] for p in found] == ["Bani Hamdan"], found


# ---------------------------------------------------------------- "based in X", "fortified in X": where forces stay
def test_where_shooters_are_entrenched_is_not_where_their_shells_fell():
    got = _places("Mortars fired by fighters entrenched in the Qarlaq neighbourhood fell in Hawija, killing a child.")
    assert got and "Hawij" in got[0], got


# ---------------------------------------------------------------- "X area, east of Y": the direction locates a name
def test_an_area_named_before_its_noun_is_located_by_a_direction_from_a_town():
    got = _places("Militants attacked Albu Sakran area, south of Haditha, with car bombs, killing two soldiers.")
    assert got and got[0] == "Albu Sakran", got


# ---------------------------------------------------------------- "in X, Y and Z in W": the first of a list held by W
def test_the_first_of_a_list_of_names_held_by_a_known_place_is_a_place():
    got = _places("Government guns pounded farms in Marqab, Sheikh Saffi and Umm Tuwayna in southern Idlib, killing a "
                  "farmer.")
    assert got and got[0] == "Marqab", got


# ---------------------------------------------------------------- "the neighbourhoods of X and Y": X is a quarter
def test_a_name_after_the_neighbourhoods_of_is_a_quarter():
    found = scan_places("Missiles fell on the neighbourhoods of al- Qassaa and Tijara before dawn")
    assert [p["text"] for p in found][:1] == ["al- Qassaa"], found


# ---------------------------------------------------------------- "X, Y and Z": Y is the next of a list, not X's holder
def test_the_next_name_of_a_list_does_not_hold_the_one_before():
    found = scan_places("artillery hit the villages of Karm Sufan, Karrada and Tell Dhahab in the Ghab plain")
    first = next(p for p in found if p["text"] == "Karm Sufan")
    assert first["place_id"].endswith("@"), first["place_id"]  # no holder read from the list
