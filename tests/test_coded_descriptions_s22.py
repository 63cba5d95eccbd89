"""Patterns of coded event descriptions found with the seventh development set: wounded and killed written in more
ways (lives lost after an opening phrase, ranks as victims, a toll that "reached" a figure, "another N", a part told
as "among them"), a lead and its detail told with the same toll at tied places, and quarters the gazetteers lack.
One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pytest

from analysis.events.roles import casualties

from test_casualty_counts import _incidents, _total_or_none as _total


# ---------------------------------------------------------------- deaths and injuries in more words
@pytest.mark.parametrize("text, killed, injured", [
    ("On Friday, an off-duty guard lost his life and a farmer was hurt when a drone hit the car.", 1, 1),
    ("Police said that a police captain was killed today and a cop injured by a sticky bomb.", 1, 1),
    ("Medics said the death toll has reached 17, besides six wounded, after the raid on the farm.", 17, 6),
    ("A bomb hit the convoy, martyring three fighters and wounding two others.", 3, 2),
    ("The two car bombs killed at least 30 people and injured another 95 near the bus station.", 30, 95),
    ("Minutes later a second bomb went off nearby, killing at least another 12 people.", 12, None),
    ("Early estimates say the number of deaths is four civilians, a medic said.", 4, None),
])
def test_deaths_and_injuries_in_more_words(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_dead_and_wounding_are_two_tolls_not_one_lumped_figure():
    c = casualties("The blast tore through the market, leaving four people dead and wounding nine others.")
    assert (c["killed"], c["injured"]) == (4, 9)
    assert casualties("The blasts killed and wounded 15 people.")["injured"] is None  # lumped: neither


def test_a_dateline_with_its_day_before_the_dash_is_no_apposition():
    c = casualties("HOMS, Oct 3 (Some Agency) – Six people, including a boy and a woman, were injured by a bomb.")
    assert c["injured"] == 6


# ---------------------------------------------------------------- a part of the casualties is not the total
def test_a_group_told_as_among_them_is_not_added():
    c = casualties("The bomb killed a man and injured eleven others, two boys and three women are among them.")
    assert (c["killed"], c["injured"]) == (1, 11)


def test_one_told_as_among_the_injured_is_not_the_total():
    c = casualties("Doctors counted eight injured civilians at the clinic; a boy was among the injured.")
    assert c["injured"] == 8


# ---------------------------------------------------------------- a lead and its detail with the same toll
def test_a_detail_with_the_leads_toll_near_the_leads_point_of_direction_is_one_incident():
    inc = _incidents(["A bomb west of Mosul killed a farmer and wounded another on Tuesday.",
                      "According to the police, the device went off under a tractor on the road into Al-Baaj district, "
                      "killing a farmer and wounding another."])
    assert len(inc) == 1 and (_total(inc, "killed"), _total(inc, "injured")) == (1, 1)


def test_a_detail_naming_the_leads_town_is_one_incident():
    inc = _incidents(["Two policemen were killed and three wounded in a bomb blast in southern Falluja.",
                      "“A bomb went off on Monday in al-Ameriya district, southern Falluja, killing two patrolmen and "
                      "wounding three others,” a police source said."])
    assert len(inc) == 1 and (_total(inc, "killed"), _total(inc, "injured")) == (2, 3)


def test_a_detail_giving_the_number_the_lead_left_vague_is_one_incident():
    inc = _incidents(["A man was killed and many others were injured by a car bomb in Damascus on Monday.",
                      "Local sources said a car bomb on the outskirts of al-Tal, north of Damascus, killed a man and "
                      "injured 17 others."])
    assert len(inc) == 1 and (_total(inc, "killed"), _total(inc, "injured")) == (1, 17)


def test_a_roundups_next_entry_with_the_same_toll_stays_apart():
    inc = _incidents(["Two bombs killed a civilian and wounded four others in Hawija, he said.",
                      "Also, four soldiers were wounded when bombs went off near their homes in Tuz Khurmatu, east of Hawija."])
    assert _total(inc, "injured") == 8


def test_more_victims_in_another_area_of_the_town_stay_apart():
    inc = _incidents(["Two more policemen were gunned down in a southern suburb of Mosul.",
                      "Two police were killed in another area of Mosul, in the Nabi Yunis district."])
    assert _total(inc, "killed") == 4


# ---------------------------------------------------------------- quarters the gazetteers lack
def _place(text: str) -> str:
    inc = _incidents([text])
    return "; ".join(inc["place"].astype(str))


@pytest.mark.parametrize("text, place", [
    ("A bomb went off targeting a patrol in Tal al-Rumman, eastern Mosul, killing two policemen.", "Tal al-Rumman"),
    ("Gunmen opened fire on a checkpoint in Abu Sidra region, western Ramadi, killing a soldier.", "Abu Sidra"),
    ("A bomb exploded at a checkpoint in the Ghwairan District of Hasakah city, killing three.", "Ghwairan"),
    ("Jets fired three rockets on Al-Mushairfa area in the countryside of Jisr al-Shughur, wounding five.",
     "Al-Mushairfa"),
])
def test_a_quarter_the_gazetteers_lack_before_its_town_is_the_place(text, place):
    assert place in _place(text)


def test_an_incident_told_by_its_town_and_its_quarter_is_placed_in_the_quarter():
    inc = _incidents(["Two policemen were killed in a blast in eastern Mosul, a source said.",
                      "“A bomb went off targeting a patrol in Tal al-Rumman, eastern Mosul, killing two policemen,” "
                      "the source added."])
    assert len(inc) == 1 and "Tal al-Rumman" in inc["place"].iloc[0]


def test_a_community_word_before_town_is_no_place_name():
    # the gazetteer's town since s28 ("the city of X" is a place cue): GeoNames spells it "Tall Afar"
    assert _place("The car bomb in the mainly Turkomen city of Tal Afar killed six shoppers.") in ("Tal Afar", "Tall Afar")


def test_a_spelling_the_gazetteer_keeps_beside_its_folded_twin_is_found():
    # GeoNames lists "Daraa" and "Deraa" beside "Dara": each is looked up as written
    assert "Dara" in _place("A bomb went off near a roundabout in Daraa, wounding five people.")
    assert "Dara" in _place("A bomb went off near a roundabout in Deraa, wounding five people.")


def test_an_article_written_apart_from_its_name_is_part_of_it():
    assert "al Hamra" in _place("Gunmen raided the mostly Sunni village of al Hamra east of Tikrit, killing four farmers.")
