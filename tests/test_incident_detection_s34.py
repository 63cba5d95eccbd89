"""Incident detection rules from the s34 round (incidents found and merged on real attack reports), each in a fixture
of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from test_incident_patterns_s31 import _incidents  # one paragraph per fixture string


# ---------------------------------------------------------------- "since the X May 3 raid": a recalled dated event
def test_an_event_recalled_after_since_with_its_day_is_an_incident():
    inc = _incidents(["A mortar shell hit a border post in the east on Tuesday, wounding two guards.",
                      "They are the first losses among the guards since the Hezbollah Aug. 9 border attack."])
    assert len(inc) == 2
    assert sorted(inc["date"]) == ["2021-08-09", "2022-03-08"]


def test_a_since_date_alone_stays_the_start_of_a_span():
    inc = _incidents(["A mortar shell hit a border post in the east on Tuesday, wounding two guards.",
                      "Guards have come under fire 40 times since Aug. 9."])
    assert len(inc) == 1


# ---------------------------------------------------------------- "the Israeli enemy launched ...": state media's foe
def test_a_state_named_as_the_enemy_is_the_agent_and_its_quote_joins_the_lead():
    inc = _incidents(["An Israeli missile strike before dawn near Damascus killed three Syrian soldiers, state media said.",
                      "\"At about 3:40 am, the Israeli enemy launched an aerial aggression from the direction of the "
                      "Golan, targeting a number of sites around Damascus,\" an army source said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 3


# ---------------------------------------------------------------- blasts only heard: the strike told, whoever fired
def test_blasts_heard_in_the_city_join_the_strike_told():
    inc = _incidents(["An Israeli missile strike before dawn near Damascus killed three Syrian soldiers, state media said.",
                      "Residents said they heard loud explosions in Damascus."])
    assert len(inc) == 1


# ---------------------------------------------------------------- "hundreds of air strikes", "numerous IED bombings"
def test_hundreds_of_strikes_and_numerous_bombings_are_no_incident():
    inc = _incidents(["An Israeli missile strike before dawn near Damascus killed three Syrian soldiers, state media said.",
                      "Over the years Israel has flown hundreds of air strikes on Syrian soil.",
                      "The militia has carried out numerous IED bombings against army convoys."])
    assert len(inc) == 1


# ---------------------------------------------------------------- "the strikes also hit X": the day of the strikes told
def test_a_further_target_of_the_strikes_told_takes_their_day_not_an_earlier_ones():
    inc = _incidents(["A jet bombed Hama on May 2.",
                      "Two soldiers were killed by Israeli missile strikes near Damascus on Wednesday, state media said.",
                      "Officials gave no details.",
                      "A monitor said the dead were conscripts and that the strikes also targeted a depot in Tartus province."],
                     published="2022-03-11")
    assert len(inc) == 3  # the far target is an incident of its own, on the day of the strikes told
    assert set(inc[inc["place"].str.contains("Tartus")]["date"]) == {"2022-03-09"}


# ---------------------------------------------------------------- ", reporting 30 raids so far this year": a tally aside
def test_a_tally_told_after_the_event_does_not_make_it_a_summary():
    inc = _incidents(["Jets struck a radar site in Hama province on Monday, a monitor said, reporting more than 30 raids "
                      "on the country so far this year."], published="2022-03-09")
    assert len(inc) == 1 and inc.iloc[0]["date"] == "2022-03-07"


# ---------------------------------------------------------------- weapons listed as targets; a place not struck
def test_the_strikes_told_again_with_their_targets_and_a_place_they_spared_stay_one_incident():
    inc = _incidents(["American jets carried out strikes on Friday in Yemen against sites linked to a militia, officials said.",
                      "The army said the strikes hit targets including radars, rockets, missiles and drone storage sites.",
                      "The strikes hit more than 40 targets with more than 90 munitions, the army said.",
                      "Although the strikes did not target any sites inside Oman, they may raise fears of a wider war."],
                     published="2022-03-12")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 90


# ---------------------------------------------------------------- ", as well as rockets that hit Y": a second target
def test_a_second_salvo_at_another_place_after_as_well_as_is_its_own_incident():
    inc = _incidents(["Officials said a drone was shot down over the airport in Erbil on Monday, as well as rockets that "
                      "struck the Ain al-Asad air base in Anbar."], published="2022-03-09")
    assert len(inc) == 2
    assert any("Asad" in p for p in inc["place"]) and any("Erbil" in p for p in inc["place"])


# ---------------------------------------------------------------- "one such strike last week": its own week, another strike
def test_a_strike_told_in_another_week_keeps_its_week_and_its_toll():
    inc = _incidents(["Two herders were killed on Thursday in a Turkish drone strike near the town of Ain Issa.",
                      "One such strike last week killed six villagers at a wedding."], published="2022-07-29")
    assert len(inc) == 2 and list(inc[inc["killed"] == 6]["date"]) == ["2022-W29"]


# ---------------------------------------------------------------- "X coincided with an assault on Y": two events
def test_an_event_that_coincided_with_an_assault_elsewhere_is_not_that_assault():
    inc = _incidents(["Two guards were killed on Monday when a bomb hit their patrol in Mosul, police said.",
                      "It follows an attack on a police station on Friday in which nine officers were killed in the province "
                      "of Salahuddin, later claimed by the Islamic State group.",
                      "The Friday attack coincided with an IS assault on a prison in Hasakeh in northern Syria."],
                     published="2022-01-25")
    assert len(inc) == 3 and sorted(inc["killed"].fillna(-1)) == [-1, 2, 9]


# ---------------------------------------------------------------- "used jets to hit": an act done, not a threat
def test_a_state_that_used_jets_to_hit_targets_did_strike():
    inc = _incidents(["On Sunday, French jets struck militia depots in Iraq and Syria.",
                      "The U.K. used four Typhoons to hit all three depots."], published="2022-03-09")
    assert len(inc) == 1 and "threat" not in set(inc["event_type"])


# ---------------------------------------------------------------- "vowed to keep up their attacks": one threat
def test_a_vow_to_keep_up_attacks_is_a_threat_not_a_tally():
    inc = _incidents(["Rockets hit the Ain al-Asad air base on Monday, causing no casualties.",
                      "Armed factions vowed to keep up their attacks until all foreign troops leave the country."],
                     published="2022-03-09")
    assert sorted(inc["event_type"]) == ["attack", "threat"]


# ---------------------------------------------------------------- "strikes in X and Y in retaliation for an attack in Z"
def test_strikes_in_two_countries_answering_an_attack_elsewhere_are_placed_in_neither():
    inc = _incidents(["Washington - The United States on Sunday carried out strikes against militia depots in Syria and Iraq "
                      "in retaliation over a rocket attack that wounded four American sailors in Kuwait.",
                      "A monitor said at least 12 fighters were killed in the strikes in eastern Syria."],
                     published="2022-03-08")
    strikes = inc[inc["event_type"].isin(["strike", "us_strike"])]
    assert len(strikes) == 1 and strikes.iloc[0]["killed"] == 12


# ---------------------------------------------------------------- "the attack also involved two drones": one attack
def test_further_means_of_the_attack_told_join_it_and_keep_its_own_munition_count():
    inc = _incidents(["At least 15 rockets were fired at the Harir air base late on Monday, officials said.",
                      "Sources said the attack also involved two drones."], published="2022-03-09")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 15
