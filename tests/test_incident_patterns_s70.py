"""Stop 70 incident and date rules, each on sentences of our own words (regression fixtures, not
evidence of accuracy: the figures on real text are in ``benchmarks/README.md``)."""

import pytest

from analysis.events.clauses import split_clauses
from analysis.events.roles import casualties
from incident_fixtures import text_incidents


# --- a part of the victims closed by its comma, then a further group -------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed 12 soldiers, including a colonel, and two civilians in an ambush near Gao on Monday.", 14),
    ("The raid killed nine policemen, among them an officer, and three villagers.", 12),
])
def test_a_group_after_a_closed_part_adds_to_the_toll(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    # a list of several parts with a serial comma stays the parts of the total
    ("Gunmen killed 12 people, including four policemen, two children, and a journalist.", 12),
    # a part list without the comma before "and" is one list
    ("Gunmen killed 12 people, including a colonel and two civilians.", 12),
    # a further verb: the group is its own role
    ("Gunmen killed 12 soldiers, including a colonel, and wounded two civilians.", 12),
])
def test_a_part_list_is_not_a_further_group(text, killed):
    assert casualties(text)["killed"] == killed


def test_the_aside_closed_before_a_further_group_keeps_one_clause():
    s = "Gunmen killed 12 soldiers, including a colonel, and two civilians in an ambush near Gao on Monday."
    assert len(split_clauses(s)) == 1
    inc = text_incidents(s, "2020-05-20")
    assert len(inc) == 1 and inc["killed"].iloc[0] == 14 and inc["place"].iloc[0] == "Gao"


def test_an_aside_closed_before_a_place_then_the_predicate():
    s = "Eighteen militants, including two commanders, in Sulu were killed in a clash with troops on Tuesday."
    assert casualties(s)["killed"] == 18
    assert casualties("Eighteen militants, including two commanders, in Sulu were seen on Tuesday.")["killed"] is None


@pytest.mark.parametrize("text, killed", [
    ("A total of 29 police officers and members of the Afghan national army were killed in Farah.", 29),
    ("Four guards and members of their families were killed in the raid.", 4),
])
def test_a_counted_group_and_a_group_of_members_were_killed(text, killed):
    assert casualties(text)["killed"] == killed


# --- a wire dateline without a city ----------------------------------------------------------------------------------

def test_a_dateline_without_a_city_is_the_filing_day_and_a_fronted_day_the_statement():
    s = ("March 1 (UPI) -- The Pentagon on Monday said the U.S. airstrike carried out in Syria last week killed one "
         "member of an Iranian-backed militia and injured two others.")
    inc = text_incidents(s, "2021-03-01")
    assert len(inc) == 1 and inc["date"].iloc[0] == "2021-W08"
    s = "March 1 (UPI) -- A rocket attack on a base in Iraq on Saturday killed two soldiers, officials said."
    assert text_incidents(s, "2021-03-01")["date"].iloc[0] == "2021-02-27"



def test_a_dateline_without_a_city_on_another_day_than_the_page_keeps_its_day():
    s = "Feb. 28 (AP) — A suicide bomber killed eight people at a market in Maiduguri, officials said."
    assert text_incidents(s, "2021-03-02")["date"].iloc[0] == "2021-02-28"


@pytest.mark.parametrize("text, killed", [
    # a further group with a verb of its own, or a breakdown of people told as a whole, is not added
    ("Militants killed 12 soldiers, including a colonel, and 30 of the attackers were killed in the counter-attack.", 12),
    ("A suicide bomber killed 30 people, including 12 soldiers, and 18 civilians in Mogadishu on Sunday.", 30),
])
def test_a_closed_part_then_a_group_that_is_no_further_victim(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_closed_part_then_a_group_with_its_own_verb_is_another_clause():
    s = "Gunmen killed 12 soldiers in Borno, including a colonel, and two civilians died in a separate attack in Yobe."
    assert len(split_clauses(s)) == 2


# --- quotes that are no speech ---------------------------------------------------------------------------------------

from analysis.quotes import extract_quotes  # noqa: E402


def test_items_listed_after_a_sign_are_signs_too():
    t = ("The unit shared photos of the drones with phrases written on them: “Peace be upon you,” and “Owner of time,” "
         "and “Oh Zahra.”\n\nThe drones were shot down, an official said: “It is over.”")
    assert extract_quotes(t)["is_speech"].tolist() == [False, False, False, True]


def test_two_quotes_joined_after_speech_stay_speech():
    t = 'The mayor called the plan “reckless,” and “a waste of money.”'
    assert extract_quotes(t)["is_speech"].all()


@pytest.mark.parametrize("text", [
    "The base is shared with the alleged “international coalition” forces, officials said.",
    "Police said the self-styled “commander” was arrested.",
    'The page loads "https://connect.example.net/en_US/events.js" and "//connect.example.net/sdk.js#v=2" first.',
])
def test_labels_addresses_and_names_are_no_speech(text):
    assert not extract_quotes(text)["is_speech"].any()


@pytest.mark.parametrize("text", [
    "The group alleged “the army fired first” in a statement.",
    "Prosecutors said the alleged “we will burn your house down” message was sent at night.",
    "The sign read “Closed,” and “we don't know when we'll reopen,” said owner Tom Baker.",
    "Biden said on ABC's “Good Morning America”, “We're going to get this done.”",
])
def test_speech_near_a_label_or_a_sign_stays_speech(text):
    assert extract_quotes(text)["is_speech"].iloc[-1]


# --- zero casualties and a negated single victim ---------------------------------------------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("“There are no victims in the attack carried out by two armed drones,” said the statement.", 0, 0),
    ("The drone hit the runway without causing any victims.", 0, 0),
    ("No Iraqi soldier was wounded in the attack.", None, 0),
    ("Yet no US soldier was killed or suffered severe physical injuries.", 0, None),
])
def test_none_harmed_is_a_zero_not_a_victim(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("Soldier killed in Kandahar blast", 1),
    ("There were no victims in hospital yet, but two people were killed in the blast.", 2),
    ("No victims in the bombing were children, though 12 people were killed.", 12),
])
def test_a_single_victim_and_victims_elsewhere_still_count(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text", [
    "No victims in the attack have been identified yet.",
    "No group claimed the bombing in which several soldiers were killed in Baidoa on Thursday.",
])
def test_no_victims_named_is_no_zero(text):
    c = casualties(text)
    assert c["killed"] != 0 and c["injured"] != 0


# --- a part of a counted group, and "not a single" -------------------------------------------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("Two of the 40 passengers were injured in the blast.", None, 2),
    ("Three of the 12 soldiers were killed in the ambush.", 3, None),
    ("None of the 40 passengers was injured.", None, 0),
    ("Not one of the 40 passengers was injured.", None, 0),
    ("Not a single soldier was killed in the attack.", 0, None),
    ("Neither of the two guards was injured.", None, 0),
])
def test_a_part_of_a_counted_group_or_none_of_it(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("She was one of three soldiers killed.", 3),
    ("It was not one but two soldiers who were killed.", 2),
])
def test_a_whole_told_through_its_part_keeps_the_whole(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("All but two of the 40 passengers were killed when the plane crashed.", 40, None),
    ("Two of the 12 people were killed on the spot, and the rest died later in hospital.", 12, None),
    ("Neither side said how many were killed in the clashes.", None, None),
    ("None of those who were killed in the attack has been identified.", None, None),
    ("Neither of the two soldiers was seriously hurt, though both were taken to hospital.", None, None),
])
def test_no_zero_and_no_part_where_the_text_tells_none(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)
