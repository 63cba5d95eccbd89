"""Stop 66 incident and place rules, each on sentences of our own words (regression fixtures, not evidence of
accuracy: the figures on real text are in ``benchmarks/README.md``)."""

import pandas as pd
import pytest

from analysis.events.mentions import incident_mentions
from analysis.events.roles import casualties
from analysis.text.segment import sentence_rows


def _mentions(text: str, published: str = "2013-05-02") -> pd.DataFrame:
    sents = pd.DataFrame([{"doc_id": "d", "para_id": 0, **{k: s[k] for k in ("sent_id", "start", "end", "text")}}
                          for s in sentence_rows(text)])
    return incident_mentions(sents, pd.DataFrame([{"doc_id": "d", "published": published, "text": text}]))


@pytest.mark.parametrize("text, killed, injured", [
    ("The blast resulted in the death of a driver and the injuring of four others.", 1, 4),
    ("Two shells fell on the square which resulted in the killing of a man and the injuring of three others.", 1, 3),
])
def test_the_injuring_of_a_count_is_its_injured(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_a_count_with_its_place_between_commas_still_perished():
    assert casualties("Five farmers from Kafr Hamra, Aleppo, perished due to the shelling on their fields.")["killed"] == 5


@pytest.mark.parametrize("text", [
    "Soldiers shot dead three gunmen who tried to attack their checkpoint.",
    "Police gunned down three robbers who tried to attack the convoy.",
])
def test_a_killing_told_beside_an_attempt_is_no_threat(text):
    m = _mentions(text)
    assert m["event_type"].tolist()[0] != "threat" and m["killed"].tolist()[0] == 3


def test_an_attempt_alone_is_still_no_event():
    assert "threat" in _mentions("The gunmen tried to attack the checkpoint, officials said, and vowed to return.")[
        "event_type"].tolist() or _mentions("The gunmen tried to attack the checkpoint.").empty


@pytest.mark.parametrize("text, killed", [
    ("Villagers uncovered 18 charred bodies after soldiers torched the homes.", 18),
    ("Gunmen threw the decapitated heads of ten men into the market square.", 10),
])
def test_bodies_uncovered_and_cut_heads_are_the_dead(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text", [
    "The heads of two departments were briefed after the attack.",
    "Police said the bodies of the victims of the attack were not yet identified.",
])
def test_heads_and_bodies_without_a_finding_are_no_toll(text):
    assert casualties(text)["killed"] is None


@pytest.mark.parametrize("text, killed", [
    ("They took about three people and three persons were shot dead.", 3),
    ("Gunmen abducted two women and four men were killed in the village.", 4),
])
def test_people_taken_are_not_added_to_the_dead_told_after_them(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_chain_of_victims_still_adds_up():
    assert casualties("Gunmen shot dead a policeman and two civilians in the village.")["killed"] == 3


@pytest.mark.parametrize("text, place", [
    ("Six mortar shells landed in Baghdad Street, killing two people.", "Baghdad Street"),
    ("A car bomb exploded on Haifa Street in central Baghdad, killing four people.", "Haifa Street"),
    ("A suicide bomber killed 12 people at Tahrir Square in Baghdad.", "Tahrir Square"),
])
def test_a_street_named_after_a_town_is_the_street(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


@pytest.mark.parametrize("text, place", [
    ("A bomb exploded near the Wall Street Journal office in Baghdad, killing two people.", "Baghdad"),
    ("Gunmen killed two policemen in Baghdad on Sunday.", "Baghdad"),
])
def test_a_town_without_a_street_after_it_stays_the_town(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


def test_a_list_of_neighbourhoods_names_one_of_them():
    text = "Clashes erupted in the Shaar, Bab Antakiya, and al-Qasr neighborhoods of the city, killing three fighters."
    assert _mentions(text)["place"].tolist()[0] in ("Shaar", "Bab Antakiya", "al-Qasr")


def test_a_place_described_by_its_wave_of_violence_leaves_one_event():
    m = _mentions("Six people were killed and six others were wounded Monday in an apparent gang shootout in Tarlow, a port "
                  "city in the grips of a wave of violence, police said.")
    assert m["scope"].tolist()[0] == "incident" and m["killed"].tolist()[0] == 6


def test_a_wave_of_attacks_still_sums_up():
    m = _mentions("A new wave of attacks has killed 40 people across the province, officials said.")
    assert m.empty or m["scope"].tolist()[0] != "incident"


@pytest.mark.parametrize("text, place", [
    ("The army shelled Kafr Amin today, killing 15 people.", "Kafr Amin"),
    ("Government troops shelled Beit Suwa and clashed with rebels, killing three.", "Beit Suwa"),
])
def test_a_name_shelled_by_itself_is_the_place(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


@pytest.mark.parametrize("text", [
    "Israeli tanks shelled Hezbollah on Monday, the army said.",
    "The army shelled Monday, officials said.",
])
def test_a_group_or_a_day_shelled_is_no_place(text):
    assert _mentions(text)["place"].tolist()[0] == ""


@pytest.mark.parametrize("text, place", [
    ("Two students were injured in a mortar attack on Jawdat al-Amin secondary school in the city.",
     "Jawdat al-Amin secondary school"),
    ("A shell fell on the al-Amal Girls' School in Hama, injuring five pupils.", "al-Amal Girls' School"),
])
def test_a_named_school_keeps_its_kind_of_school(text, place):
    assert _mentions(text)["place"].tolist()[0] == place


@pytest.mark.parametrize("text", [
    "The rebels threatened to have the governor assassinated if he did not resign.",
    "The mayor warned that anyone who tried to attack the town hall would be shot dead.",
])
def test_a_killing_only_threatened_is_no_act(text):
    assert "attack" not in _mentions(text)["event_type"].tolist()


def test_a_relative_clause_after_people_taken_tells_of_them_all():
    assert casualties("Kidnappers seized three engineers and two drivers who were later killed near the port.")[
        "killed"] == 5


def test_a_village_located_in_a_district_of_a_local_government_area_of_a_state():
    from analysis.events.places import find_places

    found = find_places("The attack took place in Dagwo village which is located in Kerang district of Mangu local "
                        "government area of Plateau State.")
    ids = dict(zip(found["text"], found["place_id"]))
    assert ids["Dagwo"].endswith("adm:NG.49") and ids["Mangu"].endswith("adm:NG.49")


def test_more_bodies_counted_without_their_noun_add_up():
    assert casualties("Residents say at least 20 bodies have been found in the village of Gora while at least six have "
                      "been recovered in the village of Kyam.")["killed"] == 26


@pytest.mark.parametrize("text", [
    "A bomb disposal expert died in the town when a roadside bomb exploded.",
    "Two deminers were killed when a mine exploded near the village.",
])
def test_people_by_their_trade_are_victims(text):
    assert _mentions(text)["killed"].dropna().tolist()[:1] in ([1], [2])


def test_people_found_alive_are_not_more_dead():
    assert casualties("Thirty bodies have been recovered from the rubble, while five others were found alive.")["killed"] == 30


def test_a_possessive_after_which_is_in_holds_no_place():
    from analysis.events.places import find_places

    found = find_places("Fighting raged in the village of Robotyne, which was in Russia's hands by Friday.")
    assert not any(str(p).endswith("@russia") for p in found["place_id"])
