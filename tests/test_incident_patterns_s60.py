"""Rules of the stop-60 rounds, written on the errors of real reports (the development samples dev60a-dev60e), each in
a fixture of our own words (made-up people; real place names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.roles import casualties
from analysis.validate.incidents import incident_form
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions, _one


# ---------------------------------------------------------------- one event or two
def test_a_sentence_opening_in_the_event_just_told_is_that_event():
    inc = incidents_of("Gunmen killed at least nine people and wounded 14 on Friday in an attack on a school in Kano.",
                       "In the attack, five people were killed at the Al-Noor seminary.", published="2022-06-11")
    assert len(inc) == 1
    inc = incidents_of("Three soldiers were killed and two others hurt in an encounter with militants in Kupwara.",
                       "In the gunfight, four soldiers sustained injuries.", published="2022-06-11")
    assert len(inc) == 1
    inc = incidents_of("Gunmen killed nine people on Friday in an attack on a school in Kano.",
                       "In another attack, five people were killed at a market in Zaria.", published="2022-06-11")
    assert len(inc) == 2


def test_a_strike_that_killed_after_hitting_a_place_is_one_event():
    m = _mentions(["A drone strike has left 20 civilians dead, including women and children, after hitting a wedding "
                   "in Beydi, a village in Mali's Timbuktu region."])
    assert len(m) == 1 and m.iloc[0]["killed"] == 20 and m.iloc[0]["place"] == "Beydi"


def test_a_lede_joins_the_detail_that_refers_back_to_it():
    inc = incidents_of("Officials say a car bomb has torn through a market in eastern Baghdad, killing at least eight.",
                       "A police officer says the explosives-laden car went off on Monday at a market in Sadr City.",
                       published="2022-06-07")
    assert len(inc) == 1
    inc = incidents_of("Four militia fighters were killed when a bomb went off in Iraq's Salahuddin province.",
                       "Colonel Ali Hamid, a police source, said the explosion took place on Saturday near the village of Hadeeb.",
                       published="2022-06-07")
    assert len(inc) == 1


def test_munitions_named_beside_the_attacks_own_are_the_same_salvo():
    inc = incidents_of("Officials said the militants launched three drones and a ballistic missile at ships on May 6.",
                       "The ships were not damaged.",
                       "Of the two drones deployed, one was intercepted, while the other crashed into the sea.",
                       published="2024-05-08")
    assert len(inc) == 1


def test_a_month_of_its_own_sets_a_strike_apart_from_the_one_told():
    m = _mentions(["Turkish jets struck Sinjar on Thursday night.",
                   "In April 2017 Turkey also launched airstrikes on Sinjar mountain."], published="2018-12-14")
    assert list(m["date"]) == ["2018-12-13", "2017-04"]


def test_a_day_since_which_and_when_its_event_happened_is_that_events():
    m = _mentions(["Friday's attack is the first attack on Maiduguri since 28 December, when gunmen killed at least 40 people."],
                  published="2016-03-19")
    assert sorted(m["date"]) == ["2015-12-28", "2016-03-18"]
    assert m.set_index("date").loc["2015-12-28", "killed"] == 40


# ---------------------------------------------------------------- weapons and counts
def test_missiles_fired_from_aircraft_are_an_air_strike():
    m = _one("Jets raided the outskirts of Marwahin by firing two air-to-surface missiles on Sunday.")
    assert incident_form(m["event_type"], m["weapon"]) == "airstrike"


def test_munitions_dropped_on_a_target_are_an_attack():
    m = _one("Near Kherson, troops dropped explosives from a drone on a repair crew on Tuesday.")
    assert m["event_type"] == "attack" and m["weapon"] == "drones"
    assert len(_mentions(["Prosecutors dropped charges against the two men on Tuesday."])) == 0


def test_named_targets_none_of_whom_was_harmed_are_a_toll_of_none():
    assert casualties("Neither the mayor nor members of his family were injured in the attack.")["injured"] == 0
    c = casualties("Gunmen fired on the convoy, but neither the governor nor his aides were hurt.")
    assert (c["killed"], c["injured"]) == (0, 0)


# ---------------------------------------------------------------- round 2
def test_a_village_near_a_named_town_is_placed_at_the_town():
    m = _one("In Kirkuk province, two guards were killed when a bomb went off in a village near the town of Hawijah.")
    assert m["place"] == "Al Hawijah"
    m = _one("A bomb exploded in a town near Iraq's capital Baghdad, killing two.")
    assert m["place"] != "Al Hawijah"


def test_a_leader_of_an_armed_group_and_his_aides_are_counted_together():
    assert casualties("A helicopter struck a car, killing a wali and two aides.")["killed"] == 3


def test_a_dam_is_a_site_of_its_own():
    assert _one("Seven fighters were killed in an air strike near the Haditha Dam on Monday.")["place"] == "Haditha Dam"


def test_two_days_of_one_month_are_two_attacks():
    m = _mentions(["The base was targeted by rockets on January 4th and 28th, causing damage."], published="2024-02-01")
    assert sorted(m["date"]) == ["2024-01-04", "2024-01-28"]
    m = _mentions(["Rockets hit the base on May 3 and May 9."], published="2024-06-01")
    assert sorted(m["date"]) == ["2024-05-03", "2024-05-09"]


def test_a_continents_adjective_is_no_place():
    m = _one("Gunmen attacked a village in the African nation of Cameroon on Sunday, killing at least five people.",
             published="2020-03-09")
    assert m["place"] != "African"


def test_the_day_an_army_revealed_a_toll_is_not_the_events_day():
    m = _one("On Wednesday evening, the army revealed that eight soldiers were killed earlier this week in an ambush "
             "near Tillaberi.", published="2025-02-06")
    assert m["date"] == "2025-W06"


# ---------------------------------------------------------------- round 4
def test_one_munition_told_as_the_means_of_the_attack_is_one_fired():
    assert _one("Its fighters attacked the outpost near Hama this morning, using an unmanned aerial vehicle.")["n_fired"] == 1
    assert len(_mentions(["Gunmen attacked the convoy with a rocket launcher near the border on Friday."])) <= 1


def test_the_dead_a_funeral_was_held_for_are_not_the_attacks_toll():
    c = casualties("A bomber walked into a funeral for three brothers who had died in clashes and blew himself up, "
                   "killing at least 40 people.")
    assert c["killed"] == 40


def test_a_sentence_that_only_characterises_the_event_told_is_no_new_event():
    inc = incidents_of("A suicide bomber blew himself up at a wedding near Tikrit on Thursday, killing 20 people.",
                       "It was the latest strike in an internal feud among tribes, some of whom have sided with the "
                       "United States and others with the militants.",
                       published="2008-04-18")
    assert len(inc) == 1
    m = _mentions(["A bomb killed three soldiers in Kirkuk.",
                   "It was the second attack on the base this week, after rockets hit it on Monday."], published="2008-04-18")
    assert len(m) == 2


# ---------------------------------------------------------------- the review's misfires, kept out
def test_review_an_earlier_act_told_after_after_stays_an_earlier_event():
    m = _mentions(["After being struck by a drone on Monday, the clinic came under artillery fire on Wednesday, killing "
                   "three patients."], published="2022-06-10")
    assert len(m) == 2
    m = _mentions(["After hitting a landmine on Sunday, the patrol was ambushed on Tuesday near Gao, and four soldiers "
                   "were killed."], published="2022-06-10")
    assert len(m) == 2


def test_review_no_one_saying_how_many_were_hurt_is_no_zero():
    assert casualties("Neither police nor medics said how many people were injured in the blast.")["injured"] is None
    assert casualties("Neither the governor nor his deputy was seriously injured.")["injured"] is None
    assert casualties("Gunmen killed two guards, but neither the governor nor his deputy was hurt.")["injured"] is None


def test_review_explosives_dropped_by_anyone_but_a_drone_are_no_attack():
    assert len(_mentions(["Ski patrols dropped explosives from helicopters on Tuesday to set off controlled avalanches."])) == 0
    assert len(_mentions(["The fleeing man dropped a grenade at the door of the bank before police arrested him."])) == 0


def test_review_a_count_after_and_is_no_second_day():
    m = _mentions(["Insurgents attacked the outpost on May 2nd and 15 soldiers died in the fighting."], published="2022-06-10")
    assert list(m["date"]) == ["2022-05-02"]


def test_review_a_drone_attack_on_another_target_is_not_the_missile_salvo():
    inc = incidents_of("Rebels fired a ballistic missile at a tanker in the Red Sea on Monday, the latest in a campaign "
                       "of drone and missile attacks.", "A drone hit a cargo ship off Hodeidah on Monday, causing a fire.",
                       published="2022-06-08")
    assert len(inc) == 2


def test_review_a_sea_named_by_its_adjective_stays_a_place():
    assert _one("A US strike killed three people aboard a boat in the Caribbean on Tuesday.")["place"] != ""


def test_review_the_dam_of_a_town_joins_the_towns_attack():
    inc = incidents_of("A suicide bomber killed five soldiers at a checkpoint near Haditha on Monday.",
                       "The bomber struck a checkpoint on the road to the Haditha Dam, officials said.", published="2022-06-08")
    assert len(inc) == 1


def test_review_the_event_told_is_not_the_day_since_which_its_toll_climbed():
    inc = incidents_of("A suicide bomber struck a mosque in Peshawar on Friday.",
                       "The death toll has climbed to 52 since Friday, when the bomber blew himself up during prayers.",
                       published="2022-06-12")
    assert len(inc) == 1
