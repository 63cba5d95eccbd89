"""Stop 65 incident, place and date rules, each on sentences of our own words (regression fixtures, not evidence of
accuracy: the figures on real text are in ``benchmarks/README.md``)."""

import pandas as pd
import pytest

from analysis.events.mentions import incident_mentions
from analysis.events.places import find_places
from analysis.events.roles import casualties
from analysis.events.roles.tolls import running_tally
from analysis.events.timex import date_mentions
from analysis.text.segment import sentence_rows


def _mentions(text: str, published: str = "2013-05-02") -> pd.DataFrame:
    sents = pd.DataFrame([{"doc_id": "d", "para_id": 0, **{k: s[k] for k in ("sent_id", "start", "end", "text")}}
                          for s in sentence_rows(text)])
    return incident_mentions(sents, pd.DataFrame([{"doc_id": "d", "published": published, "text": text}]))


@pytest.mark.parametrize("text, place", [
    ("a Tikrit roadside bombing left one police officer dead", "Tikrit"),
    ("Two Baghdad car bombings killed 12 people on Monday.", "Baghdad"),
])
def test_a_town_before_an_indefinite_event_noun_is_its_place(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


def test_a_name_before_a_definite_event_noun_needs_another_cue():
    assert find_places("the Soleimani strike was condemned").empty


@pytest.mark.parametrize("text, place", [
    ("The army shelled Zarqawiya in the Hama countryside killing ten.", "Zarqawiya"),
    ("The jets bombed Tall Ruman in Idlib province by air.", "Tall Ruman"),
])
def test_a_town_shelled_in_a_known_place_is_the_place_even_unlisted(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


def test_a_person_attacked_in_a_town_is_no_place():
    assert _mentions("Gunmen attacked Officer Ahmed Khan in Peshawar, killing him.")["place"].tolist()[0] == "Peshawar"


def test_an_offensive_on_a_district_in_a_city_places_it_in_the_district():
    assert _mentions("An army offensive was waged on al-Bustan in Damascus and 30 were killed there.")["place"].tolist()[0] == "al-Bustan"


def test_a_state_news_agency_named_like_a_capital_is_no_place():
    assert "Sanaa" not in _mentions("Syria's SANA state news agency says a car bombing has killed at least 20 people "
                                    "near the city of Deir Az Zor.")["place"].tolist()


def test_a_town_neighbourhoods_plural_is_the_town():
    assert _mentions("Homs neighborhoods were hit by shells on Tuesday which killed five civilians.")["place"].tolist()[0] == "Homs"


@pytest.mark.parametrize("text, killed", [
    ("The lives of two citizens were claimed and six others were injured.", 2),
    ("A mortar round fell on a workshop, claiming a life of a woman and injuring three workers.", 1),
    ('The toll includes a "massacre" of 35 people in the village.', 35),
    ("A shell fired by militants fighting against the army has killed three civilians in the town.", 3),
])
def test_lives_claimed_massacres_and_a_participle_fighting(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_conflict_that_has_killed_is_still_a_tally():
    assert running_tally("The fighting against the militants has killed 40 people this year.")


def test_thousands_of_lives_lost_to_strikes_are_a_tally():
    assert running_tally("It backs the strikes on the city, which reportedly resulted in the loss of over 13,000 lives.")
    assert casualties("It backs the strikes on the city, which resulted in the loss of over 13,000 lives.")["killed"] is None


def test_a_clock_time_before_gmt_is_no_year():
    rows = date_mentions("Security developments as of 1915 GMT on Tuesday.", "2010-10-26")
    assert rows["value"].tolist() == ["2010-10-26"]


@pytest.mark.parametrize("text, place", [
    ("A shell hit the Faihaa gymnasium in Damascus, wounding three.", "Faihaa gymnasium"),
    ("A mortar shell fell in al-Misk avenue in Bab Sharqi, causing damage.", "al-Misk avenue"),
])
def test_a_named_gymnasium_or_avenue_is_the_place(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


@pytest.mark.parametrize("text", [
    "In the nearby village, Mayor Karim Saleh was also assassinated.",
    "Governor Ali Hassan was killed in a blast on Monday.",
])
def test_a_titled_or_named_subject_also_assassinated_is_one_dead(text):
    assert casualties(text)["killed"] == 1


def test_members_of_a_local_force_named_by_the_force_are_counted():
    assert casualties("An attack on a checkpoint left two Sahwa injured.")["injured"] == 2


@pytest.mark.parametrize("text, place", [
    ("A Kyiv drone attack on Belgorod wounded two people on Monday.", "Belgorod"),
    ("An Ankara air strike killed three fighters near Sinjar.", "Sinjar"),
    ("A London bombing victim's father was shot dead in Belfast.", "Belfast"),
])
def test_a_town_before_an_event_noun_yields_to_a_place_told_after_it_or_to_the_state(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


@pytest.mark.parametrize("text, place", [
    ("French police raided Lafarge in Paris on Tuesday, and a bomb killed two guards.", "Paris"),
    ("A suicide bomber attacked the Kabul state television building, killing four.", "Kabul"),
    ("A doctor at the Shifa hospital said 30 were killed in the strike on Gaza City.", "Gaza City"),
])
def test_firms_raided_a_city_s_state_medium_and_a_doctor_s_hospital_are_no_event_place(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


@pytest.mark.parametrize("text, killed", [
    ("Mourners marked the anniversary of the massacre of 300 villagers as a bomb killed two in the market.", 2),
    ("Since the war began, the lives of 500 children have been lost in the city.", None),
])
def test_a_past_massacre_and_lives_lost_since_a_war_are_no_event_toll(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_clock_time_as_of_or_at_hours_is_no_year():
    assert date_mentions("At 1930 hours on Monday a blast hit the post.", "2010-10-26")["value"].tolist() == ["2010-10-25"]


def test_a_year_before_hours_long_keeps_its_year():
    assert date_mentions("In 2016 hours-long gun battles in the port killed 30 people.", "2021-03-01")["value"].tolist()[0] == "2016"


def test_drones_shot_out_of_the_sky_are_intercepted():
    from analysis.events.roles import munitions

    assert munitions("At least two drones have been shot out of the sky over the base.", "drone")["n_intercepted"] == 2


@pytest.mark.parametrize("text, killed", [
    ("Troops found the body of Karim Haddad near the road; he had been shot many times.", 1),
    ("Divers recovered the body of Sam Reyes, who drowned in the lake.", None),
])
def test_a_named_body_found_is_one_dead_unless_an_accident(text, killed):
    assert casualties(text)["killed"] == killed
