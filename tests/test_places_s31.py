"""Place rules of session s31 (issue 9: names of towns and units of Iraq and Syria in reporters' spellings), each
in a fixture of our own words.

Regression checks, not evidence of accuracy: recall is measured on real names by benchmarks/bench_place_recall.py and
accuracy on real reports and coded descriptions by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.events.gazetteer import fold_key
from analysis.events.places import scan_places

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def _types_at(text: str, name: str) -> list[tuple[str, str]]:
    """(name, type) of the places found on ``name`` in ``text``."""
    s = text.index(name)
    return [(d["name"], d["type"]) for d in scan_places(text) if d["start"] < s + len(name) and d["end"] > s]


# ---------------------------------------------------------------- an assimilated article written apart, capitalised
def test_a_town_written_with_a_capitalised_sun_article_is_found():
    assert _types_at("A patrol came under fire in As Samawah before dawn.", "As Samawah")


def test_the_english_as_is_still_no_place():
    assert [d["text"] for d in scan_places("As Samawah residents slept, the town was as calm as before.")] == []


# ---------------------------------------------------------------- a folded spelling after a capitalised "Al"
def test_a_folded_spelling_after_a_capitalised_article_is_found():
    got = _types_at("Two farmers were hurt in Al Miqdadiyeh on Sunday.", "Miqdadiyeh")
    assert got and got[0][0].endswith("diyah"), got


def test_a_surname_after_a_first_name_and_al_is_no_place():
    got = scan_places("A statement by Faisal Al Miqdadiyeh was read out.")
    assert not [d for d in got if "Miqdad" in d["text"]], got


# ---------------------------------------------------------------- three-letter town names in title case
def test_a_three_letter_town_is_found_where_the_text_uses_it_as_a_place():
    assert _types_at("Gunmen opened fire on a patrol in Kut late on Friday.", "Kut")
    assert _types_at("Gunmen opened fire on a patrol on Kut's outskirts late on Friday.", "Kut's")


def test_a_three_letter_town_name_needs_a_place_cue():
    assert not [d for d in scan_places("Kut said he would run again.") if d["text"] == "Kut"]


# ---------------------------------------------------------------- a district by its bare name
def test_a_district_known_only_as_a_unit_is_found_by_its_bare_name():
    got = _types_at("A mortar round fell near Al-Chibayish on Monday.", "Al-Chibayish")
    assert got and got[0][1] == "district", got


# ---------------------------------------------------------------- G written for Q
def test_g_for_q_is_the_same_folded_name():
    assert fold_key(("gatana",)) == fold_key(("qatana",))
    assert fold_key(("ghazalia",)) != fold_key(("kazalia",))  # a written gh stays apart from k


def test_a_town_spelt_with_g_for_q_is_found():
    got = _types_at("Shells landed in Gatana overnight.", "Gatana")
    assert got and got[0][0] == "Qatana", got


# ---------------------------------------------------------------- the recall benchmark's spelling variants
def test_spelling_variants_change_one_thing_each():
    from bench_place_recall import spelling_variants

    got = spelling_variants("Tall Tamr")
    assert "Tel Tamr" in got and "Tell Tamr" in got and "Tall Tamr" not in got
    assert {"Al Qurna", "Qurna", "Al-Kurna"} <= set(spelling_variants("Al-Qurna"))



# ---------------------------------------------------------------- first names
def test_a_first_name_is_no_folded_spelling_of_a_town():
    assert not [d for d in scan_places("Praise To Sonia Sotomayor from the senator.") if d["text"] == "Sonia"]


# ---------------------------------------------------------------- a finer place inside the province chosen
def test_a_town_named_as_an_office_s_place_inside_the_province_chosen_is_the_place():
    from analysis.events.mention_places import site_place

    s = "The mayor of Tikrit died when a bomb went off under his car in Salahuddin province."
    assert site_place(scan_places(s), s)["name"] == "Tikrit"


def test_a_town_that_only_gives_a_direction_stays_behind_its_province():
    from analysis.events.mention_places import site_place

    s = "A bomb went off under a car 20 km south of Tikrit, in a field of Salahuddin province."
    got = site_place(scan_places(s), s)
    assert got is not None and got["type"] == "province", got


# ---------------------------------------------------------------- "X province" is the province, not its capital X
def test_a_province_named_after_its_capital_is_read_with_province_or_governorate():
    for text in ("Clashes went on in Latakia province on Monday.", "Clashes went on in Aleppo governorate on Monday."):
        assert [d["type"] for d in scan_places(text)] == ["province"], text


def test_a_folded_name_after_the_english_article_is_found():
    got = _types_at("Shells fell on a farm in the Gatana sub-district on Monday.", "Gatana")
    assert got and got[0][0] == "Qatana", got


def test_a_folded_spelling_that_opens_a_longer_name_is_not_that_place():
    got = scan_places("A bomb went off near the Garage al-Amanah crossroads in eastern Baghdad.")
    assert [d["name"] for d in got] == ["Baghdad"], got


def test_a_town_name_before_a_capitalised_landform_is_the_landform_s():
    got = scan_places("Drones struck a car in the Bazian Valley on Monday.")
    assert not [d for d in got if d["text"] == "Bazian"], got


def test_a_three_letter_town_name_that_opens_a_longer_name_is_not_that_town():
    got = scan_places("A bomb hit a patrol in Tal al-Rumman, eastern Mosul.")
    assert not [d for d in got if d["text"] == "Tal"], got
