"""Stop 40: a claim dated by its own year, a trailing "marking the latest", weapons named together, bombs by their
blast, "left wounded", a paragraph printed twice, the event told again in the next sentence, a claim by an unnamed
group, the one munition that got through (fixtures in new words)."""
from incident_fixtures import incidents_of, mentions_of

from analysis.events.mentions.scope import _before_context
from analysis.events.roles import casualties, munitions
from analysis.events.vocabulary import weapons_in


# ---------------------------------------------------------------- a claim of an earlier event, dated by its own year
def test_a_claim_dated_by_its_own_year_is_not_the_story_told():
    inc = incidents_of("At least 20 people were killed when two suicide bombers struck a market in Ramadi on Monday.",
                       "The group claimed the last such bombing there, in March 2016, which left 40 people dead.",
                       published="2022-06-14")
    tolls = sorted(int(k) for k in inc["killed"].dropna())
    assert tolls == [20, 40]


def test_a_claim_of_the_attack_told_still_joins_it():
    inc = incidents_of("At least 20 people were killed when two suicide bombers struck a market in Ramadi on Monday.",
                       "The Islamic State group claimed the attack on Tuesday.", published="2022-06-14")
    assert len(inc) == 1 and int(inc["killed"].iloc[0]) == 20


# ---------------------------------------------------------------- "..., marking the latest incident in a spate of attacks"
def test_a_trailing_marking_the_latest_does_not_make_a_summary():
    assert _before_context("Shells struck the depot late Monday, marking the latest incident in a string of raids") == \
        "Shells struck the depot late Monday"
    m = mentions_of("The airport at Arbil was struck with mortar and rocket fire late Monday, marking the latest incident "
                    "in a spate of recent attacks in the area, officials said.")
    assert (m["scope"] == "incident").any()


# ---------------------------------------------------------------- weapons named together, in the text's order
def test_two_weapons_named_together_keep_the_texts_order():
    assert weapons_in("a volley of rocket and drone fire")[:2] == ["rockets", "drones"]
    assert weapons_in("a volley of drone and rocket fire")[:2] == ["drones", "rockets"]


def test_weapons_named_apart_keep_the_tables_order():
    assert weapons_in("Guns fired rockets into the sky to down a drone laden with explosives")[0] == "drones"
    assert weapons_in("a car bombing outside the court") == ["car bomb", "IEDs"]


# ---------------------------------------------------------------- a bomb told by its blast or its attack
def test_a_bomb_told_by_its_explosion_or_attack_is_an_explosive_device():
    assert weapons_in("a bomb explosion near the bridge") == ["IEDs"]
    assert weapons_in("a bomb attack on the bus") == ["IEDs"]
    assert weapons_in("a truck bomb tore through the street") == ["car bomb"]
    assert weapons_in("a suicide bomb attack at the gate") == ["suicide bomb"]


# ---------------------------------------------------------------- "were left wounded"
def test_victims_left_wounded_are_wounded():
    c = casualties("One policeman was killed while four others were left wounded")
    assert (c["killed"], c["injured"]) == (1, 4)
    assert casualties("Six pupils were left injured")["injured"] == 6


# ---------------------------------------------------------------- a paragraph a page prints twice
def test_a_sentence_printed_twice_is_counted_once():
    lead = "A roadside bomb killed one guard of the border force near Qaim on Friday."
    again = "Monitors said the bomb hit a patrol car in Qaim, where another guard was also hurt."
    inc = incidents_of(lead, again, again, published="2022-06-12", paragraphs=True)
    hurt = [int(v) for v in inc["injured"].dropna()]
    assert hurt and max(hurt) == 1


# ---------------------------------------------------------------- the event told again, whichever family
def test_in_the_attack_goes_on_with_the_event_just_told():
    inc = incidents_of("The raids answered an Iranian drone attack on a helipad at the base in Rumaila.",
                       "In the attack, one soldier was killed while four others were left wounded.",
                       published="2023-03-25")
    told = inc[inc["killed"].notna()]
    assert len(told) == 1 and told["place"].iloc[0] != "" and int(told["injured"].iloc[0]) == 4


def test_the_bombardment_named_again_joins_the_state_strike():
    inc = incidents_of("Syrian government forces fired dozens of rockets at villages near Ariha in Idlib province this morning.",
                       "The toll may rise as the heavy rocket attacks left at least 15 people injured.",
                       published="2022-06-10")
    assert len(inc) == 1 and int(inc["injured"].iloc[0]) == 15 and inc["event_type"].iloc[0] == "strike"


def test_of_the_dead_goes_on_with_the_strike_told():
    inc = incidents_of("A Turkish drone strike hit a fuel depot near Qamishli on Monday, killing three workers.",
                       "Of the three people killed, two were drivers who died as fuel tanks exploded near the depot.",
                       published="2022-01-19")
    assert len(inc) == 1 and inc["event_type"].iloc[0] == "strike"


# ---------------------------------------------------------------- a claim by a group the sentence does not name
def test_an_unnamed_group_claiming_an_attack_with_its_toll_tells_the_attack():
    m = mentions_of("The militant group on Tuesday claimed responsibility for an attack on police in Kirkuk late on "
                    "Sunday, killing four of them.", published="2021-12-07")
    assert m["event_type"].tolist() == ["attack"] and int(m["killed"].iloc[0]) == 4
    assert mentions_of("The group claimed responsibility.").empty


# ---------------------------------------------------------------- the one munition that got through
def test_one_shot_down_and_another_that_caused_damage():
    m = munitions("One drone was shot down, but another caused slight damage to a hangar")
    assert (m["n_fired"], m["n_intercepted"], m["n_hit"]) == (None, 1, 1)  # "another" gives no number fired


def test_one_shot_down_is_still_not_two_fired():
    m = munitions("One drone was shot down over the camp")
    assert m["n_intercepted"] == 1 and m["n_hit"] is None


# ---------------------------------------------------------------- the day of a claim is not the day of the attack
def test_the_day_a_group_claimed_is_not_the_attacks_day():
    m = mentions_of("The militant group on Tuesday claimed responsibility for an attack on police in Kirkuk late on "
                    "Sunday, killing four of them.", published="2021-12-07")
    assert m["date"].tolist() == ["2021-12-05"]
    m = mentions_of("The Islamic State group on Tuesday claimed an ambush on police in Kirkuk on Sunday that killed four.",
                    published="2021-12-07")
    assert m["date"].tolist() == ["2021-12-05"]
