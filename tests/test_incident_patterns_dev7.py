"""Patterns met in a seventh real development set of attack reports (K1, Camp Taji, Erbil, Ain al-Asad, the 2023
wave's tallies, briefings, strikes that alternate with attacks): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

from analysis.events.mention_places import header_wins, locative
from analysis.events.roles import casualties, munitions
from analysis.events.triggers import cue_classes

from test_incident_patterns import _mentions


def _sentences(text: str):
    """Mentions of one paragraph cut into its sentences (as the corpus segmenter gives them)."""
    import pandas as pd
    from analysis.events import incident_mentions
    rows, pos = [], 0
    for i, t in enumerate(text.split(". ")):
        t = t if t.endswith(".") else t + "."
        rows.append({"doc_id": "d", "para_id": 0, "sent_id": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 1
    arts = pd.DataFrame({"doc_id": ["d"], "published": ["2023-12-23"], "text": [text]})
    m = incident_mentions(pd.DataFrame(rows), arts)
    return m[m["scope"] == "incident"].reset_index(drop=True)


# ---------------------------------------------------------------- casualties
def test_in_addition_to_is_no_place_phrase_before_a_casualty_word():
    c = casualties("The raid wounded four others in addition to the three killed.")
    assert (c["killed"], c["injured"]) == (3, 4)
    assert casualties("Four guards in the town were killed.")["killed"] == 4


def test_national_initials_before_a_shared_noun_add_their_part():
    assert casualties("a volley that killed three US and two UK engineers")["killed"] == 5
    assert casualties("a volley that killed one UK engineer")["killed"] == 1


def test_a_death_of_natural_causes_beside_a_denial_of_deaths_is_no_toll():
    assert casualties("No one was killed by the shells, but a guard died of a heart attack.")["killed"] is None
    assert casualties("The shells killed a guard; another died of a heart attack.")["killed"] == 1


def test_a_second_active_verb_of_the_same_role_adds_its_own_objects():
    assert casualties("the blast wounded two guards and hurt four drivers")["injured"] == 6
    assert casualties("the blast killed a guard, wounded another and hurt four drivers")["injured"] == 5
    assert casualties("the blast wounded two guards, wounding one")["injured"] == 2


def test_a_verb_after_a_comma_with_its_own_object_leaves_the_first_count_to_the_verb_before():
    c = casualties("the shelling killed a farmer, wounded another and hurt three herders")
    assert (c["killed"], c["injured"]) == (1, 4)


# ---------------------------------------------------------------- munitions
def test_a_count_after_a_comma_takes_the_hit_verb_from_the_count_before():
    m = munitions("Of the nearly 20 rockets launched, some 12 hit the airfield.")
    assert (m["n_fired"], m["n_hit"]) == (20, 12)
    assert munitions("Three drones carrying explosives struck the depot")["n_hit"] == 3


# ---------------------------------------------------------------- places
def test_a_news_dateline_town_does_not_override_a_region_it_is_not_in():
    town = {"place_id": "b", "type": "city", "admin1": "Baghdad", "country": "Iraq"}
    region = {"place_id": "k", "type": "region", "admin1": "Kurdistan Region", "country": "Iraq"}
    assert header_wins(town, region, False) is False
    assert header_wins({**town, "place_id": "e", "admin1": "Erbil"}, region, False) is True


def test_every_town_of_a_shared_upper_case_dateline_is_where_it_was_filed():
    s = "LONDON / MOSUL – Jets bombed a depot in Iraq."
    assert locative(s, {"type": "city", "start": 9, "end": 14, "text": "MOSUL"}) is False
    s = "Jets bombed a depot near MOSUL – a town in Iraq."
    assert locative(s, {"type": "city", "start": 25, "end": 30, "text": "MOSUL"}) is True


# ---------------------------------------------------------------- mentions
def test_the_attack_a_strike_answers_is_told_apart_with_its_own_victims():
    m = _mentions(["Jets struck four depots of the militia on Friday, blamed for a mortar attack on an outpost that "
                   "killed two guards and wounded six others."])
    attack = m[m["event_type"] == "attack"]
    assert len(attack) == 1 and (attack.iloc[0]["killed"], attack.iloc[0]["injured"]) == (2, 6)
    strike = m[m["event_type"] != "attack"]
    assert strike["killed"].isna().all()


def test_a_response_to_the_threat_is_no_threat_made():
    assert "threat" not in cue_classes("The strikes came in response to the threat posed by armed groups in the region.")
    assert "threat" in cue_classes("The militia threatened to strike the base.")


def test_the_toll_of_a_war_is_no_incident():
    m = _mentions(["The group said its drone strike answered the war in the enclave, which has killed at least 9,000 people."])
    assert not (m["killed"] == 9000).any()
    m = _mentions(["A drone strike on the market killed at least 9 people."])
    assert (m["killed"] == 9).any()


def test_the_attack_those_responsible_are_vowed_revenge_for_is_told_apart():
    m = _mentions(["The governor vowed revenge against those responsible for a car bomb that went off on the previous "
                   "day, killing 31 people at a market."])
    assert (m["killed"] == 31).any()
    assert not (m[m["event_type"] == "threat"]["killed"] == 31).any()
    assert not (_mentions(["The president pledged to hold those responsible for the ambush accountable."])["event_type"]
                == "threat").any()


def test_an_earlier_attack_with_another_toll_is_not_merged_into_the_one_told():
    from analysis.validate.incidents import article_incidents
    import pandas as pd
    paras = ["A new salvo of rockets hammered Camp Taji, wounding four guards and killing two drivers.",
             "The salvo came only days after three guards were killed in a similar barrage on the same camp."]
    arts = pd.DataFrame({"doc_id": ["d"], "published": ["2023-12-23"], "text": ["\n\n".join(paras)]})
    inc = article_incidents(_mentions(paras), arts)
    assert sorted(inc["killed"].dropna().astype(int)) == [2, 3]


def test_groups_engaged_in_attacks_describe_a_habit_not_an_event():
    m = _mentions(["The sites are utilized by groups that are engaged in drone attacks against U.S. troops in Iraq, "
                   "the spokesman said on Sunday."])
    assert m.empty
    assert not _mentions(["Militias attacked the base with drones on Sunday, the spokesman said."]).empty


def test_a_figure_a_source_gave_earlier_gives_way_to_the_later_one():
    from analysis.validate.incidents import article_incidents
    import pandas as pd
    paras = ["Two guards suffered light wounds in the mortar attack on the depot, the spokesman said. The shells "
             "fell on the depot and its gate. The spokesman had said earlier that four guards were hurt."]
    arts = pd.DataFrame({"doc_id": ["d"], "published": ["2023-12-23"], "text": ["\n\n".join(paras)]})
    inc = article_incidents(_sentences(paras[0]), arts)
    assert inc["injured"].dropna().astype(int).tolist() == [2]



def test_one_of_the_group_is_a_part_of_a_toll_told_elsewhere():
    assert casualties("the officer said one of the guards was badly hurt")["qualifiers"] == ["injured=at_least"]
    assert casualties("the officer said one guard was badly hurt")["qualifiers"] == []


def test_a_later_count_smaller_than_a_vague_total_is_a_part_not_the_toll():
    m = _sentences("One soldier was killed and dozens of guards were hurt when a drone struck the outpost on "
                   "Sunday. Six guards who suffered wounds were flown to a hospital.")
    assert m["injured"].isna().all() and (m["killed"] == 1).any()


def test_one_of_the_attackers_is_a_toll_of_its_own():
    assert casualties("one of the gunmen was killed in the exchange of fire")["qualifiers"] == []
    assert casualties("one of the attackers was killed when police returned fire")["qualifiers"] == []
    assert casualties("one of the policemen was killed in the exchange of fire")["qualifiers"] == ["killed=at_least"]
