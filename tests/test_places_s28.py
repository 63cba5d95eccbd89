"""Place rules of session s28 (issue 9: places of incidents that generalise), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports and coded descriptions by
benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.validate import incidents as vi


def _incidents(text: str, context: str = "", published: str = "2009-03-02") -> pd.DataFrame:
    """The incidents the pipeline reads in one coded entry."""
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": context, "published": published, "text": text}])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


# ---------------------------------------------------------------- an entry header's wider place does not replace a finer one
def test_a_header_country_does_not_replace_the_province_the_entry_names():
    inc = _incidents("KARBALA – A roadside bomb killed three pilgrims in Babil province south of the capital on Sunday, "
                     "police said.", context="Below are the security incidents reported in Iraq on Monday.")
    assert inc["place"].tolist() == ["Babil"]
    inc = _incidents("A roadside bomb killed three pilgrims on Sunday, police said.",
                     context="Below are the security incidents reported in Iraq on Monday.")
    assert inc["place"].tolist() == ["Iraq"]  # with no place of its own, the header's country stands


# ---------------------------------------------------------------- a package name is a place when the text says what kind it is
def test_the_kind_of_place_before_of_makes_a_package_name_a_place():
    from analysis.events.places import scan_places

    found = scan_places("elders of the provincial capital city of Tikrit met the governor")
    assert [p["place_id"][:3] for p in found] == ["gn:"]  # the package town, not a name read from the text


def test_a_name_matched_with_its_unit_noun_is_a_place_without_a_preposition():
    from analysis.events.places import scan_places

    found = scan_places("Jets pounded farms across the southern countryside of nearby Idlib province overnight")
    assert [p["type"] for p in found] == ["province"]


def test_an_apposition_saying_what_a_name_is_makes_it_a_place():
    from analysis.events.places import scan_places

    found = scan_places("a car bomb went off in the busy centre of Baquba, a city some 50 km from the capital")
    assert [p["name"] for p in found] == ["Baqubah"]
    assert scan_places("the Hit, a song that topped the charts") == []  # an English word stays a word


# ---------------------------------------------------------------- a town that only measures a distance is not the place
def test_the_provincial_capital_a_distance_is_measured_from_is_not_the_place():
    inc = _incidents("Gunmen killed two guards near the city of Balad, about 80 km south of the provincial capital "
                     "city of Tikrit, police said.")
    assert inc["place"].tolist() == ["Balad"]


# ---------------------------------------------------------------- a person's office is no place of the event
def test_the_town_a_wounded_officer_heads_is_not_where_the_bombs_went_off():
    inc = _incidents("The police chief of Baiji town survived with light wounds when two bombs went off beside his "
                     "car near Tikrit, officials said.")
    assert inc["place"].tolist() == ["Tikrit"]
    inc = _incidents("The police chief of Baiji town survived with light wounds when two bombs went off beside his car.")
    assert inc["place"].tolist() == ["Bayji"]  # named alone, the office's place is all there is


# ---------------------------------------------------------------- "the villages of X and Y": the first is a village
def test_the_first_of_the_villages_named_is_the_place():
    inc = _incidents("Artillery shelled the villages of Kherbet Awda and Umm Tuyur north of Manbij at dawn, wounding "
                     "four farmers.")
    assert inc["place"].tolist() == ["Kherbet Awda"]


# ---------------------------------------------------------------- the most specific place: a landmark or quarter of a town
def test_a_named_square_street_or_bridge_is_the_place_with_its_noun():
    for text, place in (("In Baghdad, a sticky bomb wounded three traders at al-Wathba Square in the centre, police said.",
                         "al-Wathba Square"),
                        ("A roadside bomb went off near al-Sinak Bridge in eastern Baghdad, wounding two policemen.",
                         "al-Sinak Bridge"),
                        ("Gunmen shot dead a teacher on al-Rasheed Street in Baghdad on Sunday.", "al-Rasheed Street")):
        inc = _incidents(text)
        assert place in inc["place"].tolist(), (text, inc["place"].tolist())
        assert "Baghdad" in inc["town"].tolist()  # the part keeps the town it lies in


def test_a_part_of_a_known_quarter_is_finer_than_the_quarter():
    inc = _incidents("A bomb wounded two boys in Hay al-Amil neighbourhood of Bayaa district, south-west of Baghdad.")
    assert inc["place"].tolist() == ["Hay al-Amil"]
    inc = _incidents("A mortar round fell on a school in southern Baghdad's Abu Tayara section, wounding a guard.")
    assert inc["place"].tolist() == ["Abu Tayara"]


def test_an_article_set_apart_from_an_area_name_is_read_with_it():
    inc = _incidents("A rocket fell in al- Zafraniya area at dawn, wounding a child.")
    assert [p.replace("- ", "-") for p in inc["place"]] == ["al-Zafraniya"]


# ---------------------------------------------------------------- the scorer: what a gold place names
def test_a_described_gold_place_is_matched_by_the_name_it_holds():
    gold = {"place": "a post on the Syria-Iraq border used by smugglers", "town": ""}
    assert vi.place_right(gold, {"place_id": "iraq_syria_border", "place": "Iraq-Syria border"})
    gold = {"place": "a camp in Jordan housing coalition troops", "town": ""}
    assert vi.place_right(gold, {"place_id": "jordan", "place": "Jordan"})
    assert not vi.place_right(gold, {"place_id": "syria", "place": "Syria"})
    gold = {"place": "the British Embassy in Baghdad", "town": ""}  # a named site stays the place
    assert not vi.place_right(gold, {"place_id": "baghdad", "place": "Baghdad"})


def test_a_gold_quarter_written_with_sector_or_section_matches_its_bare_name():
    assert vi.place_right({"place": "Jamila sector", "town": ""}, {"place_id": "txt:jamila@sadr_city", "place": "Jamila"})


# ---------------------------------------------------------------- more of the most specific place
def test_a_package_name_that_only_begins_a_longer_name_is_not_the_town():
    from analysis.events.places import scan_places

    found = scan_places("gunmen shot a driver in the city of Daraa al-Mahatta at night")
    assert [p["name"] for p in found] == ["Daraa al-Mahatta"]


def test_a_landmark_named_after_its_quarter_is_the_place():
    inc = _incidents("A roadside bomb hit an army truck near the Jadida bridge, wounding two soldiers.")
    assert inc["place"].tolist() == ["Jadida bridge"]
    inc = _incidents("A roadside bomb hit an army truck near Jadida, wounding two soldiers.")
    assert inc["place"].tolist() == ["Jadida"]


def test_a_region_camp_or_shrine_named_in_a_town_is_finer_than_the_town():
    for text, place in (("A car bomb went off in the Faisaliya region of northern Mosul, killing a guard.", "Faisaliya"),
                        ("A drone hit a truck near the Qadiya Camp in Sinjar, wounding two men.", "Qadiya Camp"),
                        ("Warplanes struck a post near Sheikh Anas shrine on the edge of Mayadin.",
                         "Sheikh Anas shrine")):
        assert place in _incidents(text)["place"].tolist(), text


def test_a_community_spelled_yezidi_is_no_village_name():
    inc = _incidents("Turkish jets bombed the Yezidi village of Gir Ozer west of Sinjar on Monday, killing a farmer.")
    assert inc["place"].tolist() == ["Gir Ozer"]


def test_bin_and_ibn_join_the_words_of_a_square_name():
    inc = _incidents("A bomb wounded two men on Khalid bin Walid square in Mosul on Friday.")
    assert inc["place"].tolist() == ["Khalid bin Walid square"]


def test_a_region_that_locates_the_place_found_is_wider_not_a_part():
    inc = _incidents("A drone strike on the sub-district of Khanik in the Zerevan region killed a shop owner.")
    assert inc["place"].tolist() == ["Khanik"]
