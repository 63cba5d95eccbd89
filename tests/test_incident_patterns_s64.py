"""Rules of the stop-64 round, written on the errors of real coded event descriptions and reports (the development
samples dev64ev, dev64a, dev64b and the earlier ones), each in a fixture of our own words (made-up people and places).

Regression checks, not evidence of accuracy: accuracy is measured on real text by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from test_incident_patterns import _mentions

from analysis.events.roles.named import named_victims
from analysis.events.roles.tolls import casualties


def _rows(text: str, published: str = "2021-03-02") -> list[tuple]:
    m = _mentions([text], published)
    return list(zip(m["event_type"], m["killed"], m["injured"], m["place"]))


def test_no_one_spelt_with_a_hyphen_is_nobody():
    # read as "one was hurt" it gave one injured
    c = casualties("A device exploded on Karsley Road in an incident in which no-one was hurt.")
    assert (c["killed"], c["injured"]) == (0, 0)


def test_no_apparent_damage_or_injuries_is_no_injured():
    assert casualties("Rockets landed near the port, causing no apparent damage or injuries.")["injured"] == 0
    assert casualties("There were no apparent injuries.")["injured"] == 0


def test_the_outlet_that_reports_a_toll_is_no_victim():
    assert named_victims("the people who were killed were found in the bar, Daily Harbour Times reported.") == []
    assert casualties("The bodies of the rest of the people who were killed were found in the bar, Daily Harbour "
                      "Times reported.")["killed"] is None


def test_a_police_rank_is_no_victim_s_name():
    c = casualties("The attack resulted in the martyrdom of police personnel, including Assistant Sub-Inspector (ASI) "
                   "Karamzeb, and injuries to one policeman and a civilian.")
    assert (c["killed"], c["injured"]) == (None, 2)


def test_within_hours_after_opens_an_earlier_event():
    rows = _rows("Within hours after the U.S. strikes, militia rocket attacks hit the Harlan outpost.")
    assert rows and all(r[0] == "attack" for r in rows)


def test_a_named_police_station_or_bar_is_the_place():
    assert _rows("Suicide bomber wounds seven at Al-Naseem police station in Baghdad.")[0][3] == "Al-Naseem police station"
    assert _rows("Gunmen opened fire in the Marlo Bar in Apaseo on Wednesday, killing nine people.")[0][3] == "Marlo Bar"


def test_a_landmark_word_that_goes_on_as_a_name_is_no_landmark():
    assert _rows("Gunmen killed a lawyer near the Wall Street Journal office in Baghdad.")[0][3] == "Baghdad"
    assert _rows("A rocket hit near the Police headquarters in Kirkuk, wounding two.")[0][3] == "Kirkuk"


def test_a_place_of_its_district_is_the_finer_place():
    assert _rows("Fighters attacked an army outpost in Zari Kalay of Shahwali Kot district, killing six soldiers.")[0][3] \
        == "Zari Kalay"


def test_a_distance_from_a_town_locates_the_event_there():
    assert _rows("A civilian was killed in a bomb blast at a coffee shop in a village some 40 km from Baquba.",
                 "2013-05-02")[0][3] == "Baqubah"
    # not when the distance locates where the rockets were fired from
    assert _rows("Three rockets were fired at the base from a site 5 km from the town of Hit.")[0][3] != "Hit"


def test_a_bomb_in_a_car_that_exploded_is_a_bombing():
    rows = _rows("A bomb in a parked car exploded near the convoy in Zummar.")
    assert [(r[0], r[3]) for r in rows] == [("attack", "Zummar")]


def test_guards_found_by_review():
    # a weekday after a landmark is no part of its name; a mortar bomb stays a mortar; a journey's start is no locator
    assert _rows("Gunmen opened fire at the al-Hadi Mosque Saturday, killing three worshippers in Mosul.")[0][3] \
        == "al-Hadi Mosque"
    m = _mentions(["A mortar bomb near the market exploded, killing four shoppers in Donetsk."], "2021-03-02")
    assert m["weapon"].tolist() == ["mortars"]
    assert _rows("The victims had driven 50 km from Mosul to Erbil when the bomb exploded, killing three.")[0][3] == ""
    # a rank before a one-word name still names one victim
    assert casualties("Gunmen shot dead Sub-Inspector Karamzeb in Bajaur on Monday.")["killed"] == 1


def test_a_pronoun_subject_that_shelled_a_town_places_the_event_there():
    assert _rows("They shelled Maaret al-Numan, site of frequent violence, killing six people.")[0][3] == "Maarrat an Numan"


def test_a_country_s_number_of_dead_that_reached_a_total_is_a_tally():
    assert casualties("The number of those killed in Syria on Monday reached 70, among them three women.")["killed"] is None
    assert casualties("The number of people killed in the blast rose to 20.")["killed"] == 20


def test_the_attack_with_dead_is_not_the_one_just_told_without_any():
    paras = ["Eight people were killed and five injured in a suicide attack on a check post in Eidak area of Mir Ali.",
             "In another incident, a bomb exploded on a military convoy in Gul Imam village of Tank district. "
             "No casualties were reported in the explosion.",
             "The speaker said that 8 people including 4 police personnel were killed in the attack."]
    m = _mentions(paras, "2024-03-02")
    last = m[m["evidence"].str.contains("speaker")].iloc[0]
    assert last["place"] != "Gul Imam"


def test_a_crewman_is_a_person_counted():
    assert casualties("A grenade hit a navy patrol boat, causing injuries to a crewman.")["injured"] == 1
    assert casualties("Two crewmen were killed when the tank was hit.")["killed"] == 2
