"""Stop 68 incident, merge and speaker rules, each on sentences of our own words (regression fixtures, not evidence of
accuracy: the figures on real text are in ``benchmarks/README.md``)."""

import pandas as pd
import pytest

from analysis.events.mentions import incident_mentions
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.events.triggers import cue_classes
from analysis.events.vocabulary import weapons_in
from analysis.quotes.resolve.people import person_index
from incident_fixtures import text_article, text_incidents


def _doc(text: str, published: str = "2016-10-04") -> tuple[pd.DataFrame, pd.DataFrame]:
    return text_article(text, published)


def _incidents(text: str, published: str = "2016-10-04") -> pd.DataFrame:
    return text_incidents(text, published)


# --- counts ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("A bomb went off near the shrine, resulting in the deaths of at least six people, and more than 20 individuals "
     "were wounded in the attack.", 6, 20),
    ("The blast tore through the market, killing six people and 20 others were injured.", 6, 20),
    ("An IED killed a shepherd and several others were hurt, police said.", 1, None),  # a vague group: not split
    ("Gunmen killed two policemen and three civilians were wounded.", 2, 3),
])
def test_the_dead_a_cue_governs_are_not_the_subject_of_the_next_clause_s_wounded(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Three were killed and 200-plus injured.", 3, 200),
    ("The bombers killed 20 and injured 100 plus.", 20, 100),
    ("Five were killed plus 3 wounded.", 5, 3),
])
def test_a_count_with_plus_is_read(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_got_injuries_is_hurt():
    assert casualties("Two people were killed and 10 got injured in the blast")["injured"] == 10


@pytest.mark.parametrize("text, n", [
    ("40 people were ambushed and killed in the district.", 40),
    ("Three villagers were abducted and killed by gunmen.", 3),
])
def test_a_second_verb_before_killed_keeps_the_toll(text, n):
    assert casualties(text)["killed"] == n


@pytest.mark.parametrize("text", [
    "Fortunately, no US personnel were harmed.",
    "No coalition troops were harmed in the attack.",
])
def test_no_personnel_harmed_is_a_zero_of_both_roles(text):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (0, 0)
    assert "casualty" in cue_classes(text)


def test_no_one_after_a_speech_verb_is_no_victim():
    assert casualties("The Pentagon said no one was injured in the attack.")["injured"] == 0
    assert casualties("The driver was injured in the attack.")["injured"] == 1


def test_a_zero_sentence_after_the_attack_gives_it_its_zeros():
    inc = _incidents("At least five rockets were launched at a US base in northeastern Syria on Sunday. "
                     "Fortunately, no US personnel were harmed.")
    assert inc[["killed", "injured"]].values.tolist() == [[0, 0]]


# --- actors and weapons -------------------------------------------------------------------------------------------

def test_claimed_that_is_a_speech_verb_not_a_claim_of_the_attack():
    sents, arts = _doc("Drones attacked the Ain al-Asad base on Friday.\n\n"
                       "The US coalition also claimed that no one was injured in the attack.")
    m = incident_mentions(sents, arts)
    assert "us_strike" not in set(m["event_type"])


def test_an_assault_with_rpgs_and_rifles_is_an_armed_assault():
    assert weapons_in("an attack with rocket-propelled grenades and rifles")[0] == "small arms"
    assert weapons_in("a rocket-propelled grenade hit the tanker") == ["RPGs"]


# --- places ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The death toll from the Kabul attack rose to 37.", "Kabul"),
    ("The death toll from the Baghdad bombing rose to 37.", "Baghdad"),
])
def test_a_place_named_before_its_event_noun_after_from_is_the_event_s(text, place):
    assert _incidents(text)["place"].tolist() == [place]


def test_rockets_fired_from_a_town_still_do_not_strike_it():
    inc = _incidents("Rockets fired from the Zummar area hit a US base in Syria on Sunday.")
    assert "Zummar" not in inc["place"].tolist()


def test_a_hometown_of_x_is_a_place():
    assert _incidents("Gunmen killed four people in the minister's hometown of Bama on Sunday.")["place"].tolist() == ["Bama"]
    inc = _incidents("Bandits attacked Daura, the hometown of President Buhari, killing two people on Sunday.")
    assert "President Buhari" not in inc["place"].tolist()  # a person after "the hometown of"


def test_the_home_of_the_victims_unit_is_not_the_event_s_place():
    inc = _incidents("A drone hit the Tower 22 outpost in Jordan on Sunday. "
                     "The attack killed three soldiers from an engineer unit in Georgia.")
    assert "Georgia" not in inc["place"].tolist()


def test_the_dead_from_an_event_named_by_its_place_are_its_but_lessons_from_it_are_not():
    assert _incidents("The number of dead from the Mogadishu truck bombing rose to 587.")["place"].tolist() == ["Mogadishu"]
    inc = _incidents("Police in Karachi said they had drawn lessons from the Mumbai attacks when a gunman opened fire at "
                     "the stock exchange, killing four guards.")
    assert "Mumbai" not in inc["place"].tolist()


# --- scope and merge ------------------------------------------------------------------------------------------------

def test_the_deadliest_of_a_run_is_an_incident():
    inc = _incidents("The group has ramped up attacks in recent months, with its deadliest being a car bomb that "
                     "claimed the lives of 79 people in Mogadishu on Saturday.", "2019-12-30")
    assert inc[["killed", "place", "date"]].values.tolist() == [[79, "Mogadishu", "2019-12-28"]]


def test_other_victims_of_another_day_s_attack_do_not_join_it():
    inc = _incidents("Militants killed four soldiers in Borno on Tuesday.\n\nEight others were killed in Monday's attack, "
                     "the army said.", "2021-03-02")
    assert len(inc) == 2


def test_other_victims_of_the_day_s_attack_add_to_its_toll():
    inc = _incidents("Militants killed four soldiers in Borno on Tuesday.\n\nTwo other soldiers were killed in Tuesday's "
                     "attack, the army said.", "2021-03-02")
    assert inc["killed"].tolist() == [6]


def test_victims_of_the_day_s_attack_told_later_join_it():
    inc = _incidents("An official says at least two police officers were killed when their checkpoint came under "
                     "attack by insurgents in Badghis province on Tuesday. A spokesman says four other police were "
                     "wounded in Tuesday's attack near Qala-i-Now.", "2018-09-05")
    assert len(inc) == 1


def test_the_other_side_s_dead_add_to_the_incident_s_toll():
    inc = _incidents("Two police officers were killed when insurgents attacked their checkpoint in Badghis province "
                     "on Tuesday. The spokesman says 11 insurgents were killed in the gun battle.", "2018-09-05")
    assert inc["killed"].tolist() == [13]


def test_the_same_side_s_dead_told_twice_are_not_added():
    inc = _incidents("Two police officers were killed when insurgents attacked their checkpoint in Badghis province "
                     "on Tuesday. The spokesman says two policemen were killed in the gun battle.", "2018-09-05")
    assert inc["killed"].tolist() == [2]


# --- quote speakers -------------------------------------------------------------------------------------------------

def test_a_name_that_lives_with_his_family_is_a_person():
    names = [p.name for p in person_index("Dillen Breiten lives with his grandparents. He said no water came.", []).people]
    assert names == ["Dillen Breiten"]
    assert [p.name for p in person_index("Blue Horizon supplies the city.", []).people] == []


def test_a_term_a_text_defines_in_brackets_is_no_quote():
    from analysis.quotes import extract_quotes
    t = ("Dubai Investments PJSC (“DI”), the largest investment company listed in Dubai, today announced its results "
         "for the six months ended 30 June (“the Period”).")
    assert not extract_quotes(t)["is_speech"].any()
    t = "He took shots at Marco Rubio (“Little Marco”) and the press, he said on Tuesday."
    assert extract_quotes(t)["non_speech_reason"].tolist() != ["name"]  # a nickname is no defined term


@pytest.mark.parametrize("text, killed, injured", [
    ("The attack on the checkpoint killed two soldiers, and three soldiers and 14 civilians were wounded.", 2, 17),
    ("Gunmen stormed a bank, killing three guards and two customers, and four guards and 10 customers were wounded.", 5, 14),
    ("Ten passengers got off the bus before the bomb exploded, injuring three people.", None, 3),  # no "got" victims
    ("100 plus got serious injuries when the bomb exploded near the rally.", None, 100),
    ("Seven civilians were shot dead and another eight people were later killed in clashes.", 15, None),
    ("Five police were killed and four others wounded, adding that 10 Taliban were also killed.", 15, 4),
])
def test_lists_and_more_of_the_same_role(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("An airstrike killed 12 Taliban fighters in Kunduz on Monday. Residents said 12 civilians were killed in the "
     "airstrike in Kunduz.", 12),  # one strike's dead, named two ways
    ("Al-Shabab said it killed 47 Kenyan soldiers in the attack on the base in El Adde on Friday. The Kenyan army said "
     "it killed 10 militants in the attack on the base in El Adde.", 47),  # each side's claim
])
def test_the_other_side_is_not_added_when_the_dead_are_disputed_or_claimed(text, killed):
    assert _incidents(text, "2021-03-02")["killed"].max() == killed


@pytest.mark.parametrize("text, n", [
    ("Its leader, Abu Mahdi al-Muhandis, was killed alongside top Iranian general Qasem Soleimani in a US drone strike.", 2),
    ("The commander was killed alongside two of his guards.", 3),
    ("The strike killed Mushtaq Talib al-Saidi, also known as Abu Taqwa, a deputy commander of the militia.", 1),
])
def test_alongside_adds_victims_and_an_alias_is_one(text, n):
    assert casualties(text)["killed"] == n


def test_a_lower_case_connector_ends_no_place_name():
    assert [p["place_id"] for p in scan_places("civilians were killed in an attack in Beni in eastern DRC")] != ["benin"]
    assert [p["text"] for p in scan_places("A blast hit Deir ez-Zor.")] == ["Deir ez-Zor"]


def test_a_month_without_a_year_is_not_another_month_s_dated_attack():
    inc = _incidents("At least seven civilians were killed on 22 September 2016 in an attack in Beni in eastern DRC. "
                     "The last massacre dates back to mid-August, when at least 50 civilians were killed.", "")
    assert sorted(inc["killed"].tolist()) == [7, 50]


@pytest.mark.parametrize("text, n", [
    ("Gunmen broke into a house, dragged a man and his son outside and shot them dead.", 2),
    ("Gunmen stopped a bus and shot them dead.", None),  # no pair told before
    ("Police found the bodies of two members of the Sahwa group near Baiji.", 2),
    ("The bodies of three soldiers were found near the town.", 3),
    ("Rescuers recovered the bodies of five hikers after the avalanche.", None),  # no violent death
])
def test_a_pair_shot_as_them_and_bodies_found_are_the_dead(text, n):
    assert casualties(text)["killed"] == n


def test_them_after_and_stays_with_the_people_of_the_clause_before():
    inc = _incidents("Gunmen broke into a house in Madin and dragged a man and his son outside and shot them dead.")
    assert inc["killed"].tolist() == [2]
