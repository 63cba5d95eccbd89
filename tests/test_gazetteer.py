"""Gazetteer: reference tables, exact and fuzzy matching of unseen spelling variants, place logic."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.events import places as gz


def test_tables_are_valid():
    places, actors = gz.load_places(), gz.load_actors()
    assert places["place_id"].is_unique and actors["actor_id"].is_unique
    assert places["latitude"].between(29, 38).all() and places["longitude"].between(34, 54).all()
    known = set(places["place_id"])
    for cell in places["parent"]:
        assert set(gz._split(cell)) <= known  # every parent is itself a place
    for needed in ["ain_al_asad", "erbil_airport", "harir", "us_embassy_baghdad", "victory_base", "al_tanf",
                   "conoco_field", "omar_oilfield", "shaddadi", "rumalyn", "mss_euphrates", "tower_22", "abu_ghraib",
                   "jurf_al_sakhr", "al_qaim", "albu_kamal", "kirkuk_k1", "mosul", "anbar", "ramadi", "babil",
                   "kurdistan_region", "deir_ezzor"]:
        assert needed in known
    assert {"armed group", "umbrella body", "government", "coalition"} <= set(actors["type"])


def test_key_normalisation():
    assert gz.match_key("Ain al-Assad") == gz.match_key("Ain Al Asad") == gz.match_key("Al Ain Assad")
    assert gz.match_key("Deir ez-Zor") == gz.match_key("Deir Ezzor")
    assert gz.match_key("Kata’ib Hezbollah") == gz.match_key("Kata'ib Hezbollah")


@pytest.mark.parametrize("variant, expected", [
    ("Ain al-Asad", "ain_al_asad"), ("Ain Al Asad", "ain_al_asad"), ("Al-Assad airbase", "ain_al_asad"),
    ("Ain al-Assad", "ain_al_asad"), ("Ayn al-Assad air base", "ain_al_asad"),
    ("Erbil", "erbil"), ("Irbil", "erbil"), ("Arbil", "erbil"),
    ("Al Omar oilfield", "omar_oilfield"), ("Omar field", "omar_oilfield"), ("Al-Omar oil-field", "omar_oilfield"),
    ("Deir Ezzor", "deir_ezzor"), ("Deir ez-Zor", "deir_ezzor"), ("Deir Ez Zour", "deir_ezzor"),
    ("Albu Kamal", "albu_kamal"), ("Abu Kamal", "albu_kamal"), ("Al Bukamal", "albu_kamal"), ("Al Bu Kamal", "albu_kamal"),
    ("Jurf al-Sakhr", "jurf_al_sakhr"), ("Jurf al-Nasr", "jurf_al_sakhr"), ("Jurf al Sakhar", "jurf_al_sakhr"),
    ("Harir", "harir"), ("Harrir air base", "harir"), ("Conico field", "conoco_field"), ("Shadaddi", "shaddadi"),
])
def test_place_variants(variant, expected):
    pid, score = gz.match_name(variant, "place")
    assert pid == expected, (variant, pid, score)


@pytest.mark.parametrize("variant, expected", [
    ("Kataib Hezbollah", "kataib_hezbollah"), ("Kata'ib Hizballah", "kataib_hezbollah"),
    ("Kataeb Hizbollah", "kataib_hezbollah"), ("Hashd", "pmf"), ("Hashed al-Shaabi", "pmf"), ("PMF", "pmf"),
    ("PMU", "pmf"), ("Popular Mobilisation Forces", "pmf"), ("Popular Mobilisation Force", "pmf"),
    ("Hased Shabi", "pmf"), ("Asa’ib Ahl al-Haq", "asaib_ahl_al_haq"),
])
def test_actor_variants(variant, expected):
    assert gz.match_name(variant, "actor")[0] == expected


def test_fuzzy_keeps_score_and_rejects_lookalikes():
    found = gz.find_places("A drone hit Ayn al-Assad air base and the Conico field.")
    assert found["place_id"].tolist() == ["ain_al_asad", "conoco_field"]
    fuzzy = found[found["method"] == "fuzzy"]
    assert fuzzy["place_id"].tolist() == ["conoco_field"]
    assert (fuzzy["score"] >= gz.FUZZY_THRESHOLD).all() and (fuzzy["score"] < 100).all()
    # a person's name that looks like a city, and generic capitalised words, are not places
    assert gz.find_places("a US air strike killed Qassem Suleimani").empty
    assert gz.find_places("Two Drones Target An American Military Base").empty
    assert gz.match_name("Ein al-Asad")[0] is None  # below the threshold: reported as no match, not a guess


def test_find_in_text_offsets_and_locators():
    text = "drones hit the Al-Harir airbase in Irbil and Hashed al-Shaabi bases"
    pl = gz.find_places(text)
    for r in pl.itertuples():
        assert text[r.start:r.end] == r.text
    assert pl["place_id"].tolist() == ["harir", "erbil"]
    assert gz.find_actors(text)["actor_id"].tolist() == ["pmf"]
    # lower-case pronoun "us" is not the United States; capitals are
    assert gz.find_actors("they told us").empty and gz.find_actors("the US said")["actor_id"].tolist() == ["united_states"]


def test_place_compatibility():
    assert gz.places_compatible("erbil_airport", "erbil")
    assert gz.places_compatible("erbil_airport", "us_consulate_erbil")  # siblings in one city
    assert gz.places_compatible("albu_kamal", "iraq_syria_border")
    assert not gz.places_compatible("ain_al_asad", "harir")
    assert not gz.places_compatible("ain_al_asad", "iraq")  # a country is too broad to identify an incident
    assert gz.specificity("ain_al_asad") == 1 and gz.specificity("anbar") == 3
    assert gz.ancestors("ain_al_asad")[0] == "anbar"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_find_places_never_crashes_and_offsets_hold(text):
    pl = gz.find_places(text)
    assert list(pl.columns)[:4] == ["start", "end", "text", "place_id"]
    for r in pl.itertuples():
        assert text[r.start:r.end] == r.text


def test_threshold_table():
    tab = gz.fuzzy_threshold_table()
    pos, neg = tab[tab["same_place"]], tab[~tab["same_place"]]
    assert pos["score"].min() >= gz.FUZZY_THRESHOLD > neg["score"].max()
