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


# ---------------------------------------------------------------- "the <demonym> enemy <verb> ...": a foe named by nationality
def test_a_state_named_as_the_enemy_is_the_agent_and_its_quote_joins_the_lead():
    inc = _incidents(["Four Kurdish fighters were killed on Sunday when a Turkish drone hit their checkpoint near Kirkuk, "
                      "officials said.",
                      "\"In the early afternoon, the Turkish enemy struck our checkpoint with an armed drone,\" a local "
                      "commander told reporters."], published="2023-05-09")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 4


# ---------------------------------------------------------------- blasts only heard: the strike told, whoever fired
def test_blasts_heard_in_the_city_join_the_strike_told():
    inc = _incidents(["Four Kurdish fighters were killed on Sunday when a Turkish drone hit their checkpoint near Kirkuk, "
                      "officials said.",
                      "People in Kirkuk told reporters they had heard two loud explosions."], published="2023-05-09")
    assert len(inc) == 1


# ---------------------------------------------------------------- "thousands of drone strikes", "numerous roadside bombings"
def test_hundreds_of_strikes_and_numerous_bombings_are_no_incident():
    inc = _incidents(["Four Kurdish fighters were killed on Sunday when a Turkish drone hit their checkpoint near Kirkuk, "
                      "officials said.",
                      "For two decades Ankara has flown thousands of drone strikes across the mountains.",
                      "The rebels in turn have staged numerous roadside bombings on supply trucks."], published="2023-05-09")
    assert len(inc) == 1


# ---------------------------------------------------------------- "the raids also hit X": the day of the raids told
def test_a_further_target_of_the_strikes_told_takes_their_day_not_an_earlier_ones():
    inc = _incidents(["A helicopter fired on Idlib on April 4.",
                      "Three guards died in Israeli air raids near Deir ez-Zor on Tuesday, the agency reported.",
                      "No further details were released.",
                      "A war monitor said the victims were reservists and that the raids also hit an arms store in "
                      "Homs province."],
                     published="2023-04-14")
    assert len(inc) == 3  # the far target is an incident of its own, on the day of the raids told
    assert set(inc[inc["place"].str.contains("Homs")]["date"]) == {"2023-04-11"}


# ---------------------------------------------------------------- ", reporting 30 raids so far this year": a tally aside
def test_a_tally_told_after_the_event_does_not_make_it_a_summary():
    inc = _incidents(["Jets struck a radar site in Hama province on Monday, a monitor said, reporting more than 30 raids "
                      "on the country so far this year."], published="2022-03-09")
    assert len(inc) == 1 and inc.iloc[0]["date"] == "2022-03-07"


# ---------------------------------------------------------------- weapons listed as targets; a place not struck
def test_the_strikes_told_again_with_their_targets_and_a_place_they_spared_stay_one_incident():
    inc = _incidents(["French jets bombed rebel positions in Yemen on Wednesday, the defence ministry said.",
                      "The ministry said the raids hit command posts, missiles, rockets and drone launch sites.",
                      "The jets struck 30 targets with a total of 65 munitions, officials added.",
                      "Officials stressed that the jets never bombed anything within Oman, though neighbours fear a "
                      "spreading conflict."],
                     published="2022-03-11")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 65


# ---------------------------------------------------------------- ", as well as mortars that hit Y": a second target
def test_a_second_salvo_at_another_place_after_as_well_as_is_its_own_incident():
    inc = _incidents(["Security sources said a drone was downed near Baghdad International Airport on Tuesday, as well as "
                      "mortars that landed on the Balad Air Base north of the capital."], published="2022-03-10")
    assert len(inc) == 2
    assert any("Balad" in p for p in inc["place"]) and any("Baghdad" in p for p in inc["place"])


# ---------------------------------------------------------------- "a similar strike last week": its own week, another strike
def test_a_strike_told_in_another_week_keeps_its_week_and_its_toll():
    inc = _incidents(["A shepherd and his brother were killed on Tuesday when an Iranian drone hit their flock near the "
                      "village of Sidakan.",
                      "A similar strike last week left five smugglers dead near the border."], published="2023-05-19")
    assert len(inc) == 2 and list(inc[inc["killed"] == 5]["date"]) == ["2023-W19"]


# ---------------------------------------------------------------- "the <day> <attack> coincided with a <raid> on Y": two events
def test_an_event_that_coincided_with_an_assault_elsewhere_is_not_that_assault():
    inc = _incidents(["Three soldiers died on Wednesday when a roadside bomb struck their truck near Kirkuk, officials said.",
                      "It comes after a bombing at an army checkpoint on Sunday in which six soldiers were killed in Diyala "
                      "province, which ISIS later claimed.",
                      "The Sunday bombing coincided with a jihadist raid on a jail in Raqqa in eastern Syria."],
                     published="2022-05-13")
    assert len(inc) == 3 and sorted(inc["killed"].fillna(-1)) == [-1, 3, 6]


# ---------------------------------------------------------------- "used jets to strike": an act done, not a threat
def test_a_state_that_used_jets_to_hit_targets_did_strike():
    inc = _incidents(["Dutch warplanes bombed two insurgent hideouts in Anbar on Saturday.",
                      "British forces used two Tornado jets to strike both hideouts."], published="2022-03-09")
    assert len(inc) == 1 and "threat" not in set(inc["event_type"])


# ---------------------------------------------------------------- "vowed to press on with its attacks": one threat
def test_a_vow_to_keep_up_attacks_is_a_threat_not_a_tally():
    inc = _incidents(["Mortars landed inside the Balad Air Base on Thursday without causing casualties.",
                      "Kataib Hezbollah vowed to press on with its attacks until every foreign soldier has left Iraq."],
                     published="2022-03-12")
    assert sorted(inc["event_type"]) == ["attack", "threat"]


# ---------------------------------------------------------------- "raids in X and Y in revenge over an attack in Z"
def test_strikes_in_two_countries_answering_an_attack_elsewhere_are_placed_in_neither():
    inc = _incidents(["LONDON - Britain on Thursday carried out raids on militant camps in Lebanon and Syria in revenge over "
                      "a mortar attack that hurt two British medics in Jordan.",
                      "Monitors said 9 militants died in the raids in eastern Syria."],
                     published="2022-03-11")
    strikes = inc[inc["event_type"].isin(["strike", "us_strike"])]
    assert len(strikes) == 1 and strikes.iloc[0]["killed"] == 9


# ---------------------------------------------------------------- "the attack also involved two drones": one attack
def test_further_means_of_the_attack_told_join_it_and_keep_its_own_munition_count():
    inc = _incidents(["At least 15 rockets were fired at the Harir air base late on Monday, officials said.",
                      "Sources said the attack also involved two drones."], published="2022-03-09")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 15
