"""Stop 74: incident rules written on the development samples' errors (fixtures in our own words, not the samples')."""

import pytest

from incident_fixtures import mentions_of, one_mention as _one, text_article
from analysis.events.mentions import incident_mentions


def _value(x):
    return None if x is None or str(x) in ("<NA>", "nan", "None") else int(x)


@pytest.mark.parametrize("sentence", [
    "Since 2015, air and drone strikes in the valley have killed 310 villagers and injured 280.",
    "The number of drone strikes on the province has risen to 64 since early 2022, killing 51 people.",
    "Officials said 18 guards were wounded in attacks carried out by the rebels.",
    "Nineteen soldiers were killed in attacks blamed on the insurgents.",
])
def test_a_tally_since_a_year_or_over_attacks_by_a_group_is_no_incident(sentence):
    assert set(mentions_of(sentence, published="2023-05-06")["scope"]) <= {"aggregate"}


@pytest.mark.parametrize("sentence", [
    "The bombing was the deadliest since 2019 and has killed five people.",  # a comparison, one event
    "The death toll from Monday's blast has risen to 12 since Tuesday.",     # a toll update, no year
    "Two guards were wounded in attacks on Tuesday.",                       # a day: the attacks of one day
])
def test_one_event_stays_an_incident(sentence):
    assert "incident" in set(mentions_of(sentence, published="2023-05-06")["scope"])


def test_a_superlative_so_far_ranks_one_event_and_sums_none():
    m = _one("In the deadliest blast so far in the city, a car bomb at a bus station kills 21 travellers and two guards.")
    assert m["scope"] == "incident" and _value(m["killed"]) == 23


@pytest.mark.parametrize("sentence, n", [
    ("A drone strike near the airport claimed the lives of Gen. Karim Nasser and Adel Farouk al-Hadi.", 2),
    ("A drone strike near the airport killed Gen. Karim Nasser and Adel Farouk al-Hadi.", 2),  # as before
])
def test_named_dead_after_claimed_the_lives_of(sentence, n):
    assert _value(_one(sentence)["killed"]) == n


@pytest.mark.parametrize("sentence, n", [
    ("Gunmen shot dead a female head of a local charity on Monday, leaving her driver wounded.", 1),
    ("A senior Popular Defence Units (PDU) commander was killed on Friday in a drone strike near Qamishli.", 1),
    ("A bomber kills seven pilgrims, four of them women, and a police officer at a shrine near Karbala.", 8),
])
def test_one_person_told_with_a_title_or_after_a_part(sentence, n):
    assert _value(_one(sentence)["killed"]) == n


def test_the_head_of_the_body_is_not_read_without_of():
    assert _value(_one("A roadside bomb hit the convoy at its head near Baiji, killing two guards.")["killed"]) == 2


@pytest.mark.parametrize("text", [
    "A roadside bomb hit a fuel convoy near Baiji on Monday. No human losses were reported.",
    "A drone hit the airport on Monday, an official said, dismissing reports of casualties as rumours.",
])
def test_none_hurt_in_other_words(text):
    sents, art = text_article(text, "2023-05-06")
    m = incident_mentions(sents, art)
    assert (_value(m.iloc[0]["killed"]), _value(m.iloc[0]["injured"])) == (0, 0)


def test_a_habitual_adverb_on_a_verb_of_denial_makes_no_tally():
    m = _one("The group said it used three drones that hit the base, claims that have been regularly denied by the army.")
    assert m["scope"] == "incident"


@pytest.mark.parametrize("text", [
    "Video player\n\nMOSUL, March 4 (Wire) -- Gunmen shot dead a shop owner on Tuesday, police said on Wednesday.",
    "Shop owner shot dead in Mosul\n\nMOSUL, March 4 (Wire) -- Gunmen shot dead a shop owner on Tuesday, police said.",
    "MOSUL, March 4 (Wire) -- Gunmen shot dead a shop owner on Tuesday, police said on Wednesday.",  # as before
])
def test_a_wire_dateline_below_a_headline_or_furniture_is_the_filing_day(text):
    sents, art = text_article(text, "2021-03-04")
    assert set(incident_mentions(sents, art)["date"]) == {"2021-03-02"}
