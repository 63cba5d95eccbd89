"""Rules of the stop-51 round, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real town names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.clauses import split_clauses
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.events.timex import date_mentions
from analysis.events.vocabulary import weapons_in
from test_incident_patterns import _mentions
from test_incident_patterns_s49 import _incidents  # (mentions, incidents) of one article, one paragraph per string


# ---------------------------------------------------------------- a full date in an aside starts no chronology
def test_a_full_date_in_an_aside_gives_no_year_to_later_days():
    t = ("A drone hit a car in Velmar on Wednesday, Feb. 7, 2024. It was the drone type used to kill a general on "
         "January 3, 2020 at the airport.\n\nThe strike came days after raids on 40 sites. The February 3 raids "
         "answered the January 28 attack that killed three guards.")
    d = date_mentions(t, "2024-02-07").set_index("text")["value"]
    assert d["February 3"] == "2024-02-03" and d["January 28"] == "2024-01-28"


def test_a_chronology_that_opens_its_sentences_keeps_its_year():
    t = ("On December 27, 2019, rockets hit a base near Orsk.\n\nThe militia was struck in reply.\n\n"
         "On December 29, jets raided five of its depots.")
    d = date_mentions(t, "2021-02-19").set_index("text")["value"]
    assert d["December 29"] == "2019-12-29"


# ---------------------------------------------------------------- a vehicle filled with explosives is a car bomb
@pytest.mark.parametrize("s", ["A car filled with explosives blew up at the gate.",
                               "A truck packed with 300 kilograms of explosives exploded near the hotel.",
                               "Attackers rammed a van loaded with explosives into the wall."])
def test_a_vehicle_filled_with_explosives_is_a_car_bomb(s):
    assert weapons_in(s) == ["car bomb"]


def test_a_car_bomb_attack_reads_its_toll():
    m = _mentions(["A car filled with explosives detonated at a police academy on Thursday, killing 21 and injuring "
                   "at least 68 people."], "2019-01-18")
    assert len(m) == 1 and m.iloc[0]["weapon"] == "car bomb" and (m.iloc[0]["killed"], m.iloc[0]["injured"]) == (21, 68)


# ---------------------------------------------------------------- a town named before its facility
@pytest.mark.parametrize("s", ["A car bomb exploded at a Bogotá police academy in Colombia on Thursday.",
                               "Gunmen stormed a Mogadishu restaurant on Friday."])
def test_a_town_named_before_its_facility_is_a_place(s):
    names = [p["text"] for p in scan_places(s)]
    assert names[0] in ("Bogotá", "Mogadishu")


# ---------------------------------------------------------------- a page's date stamp before a wire dateline
def test_a_toll_after_a_date_stamp_and_a_wire_dateline_is_read():
    c = casualties("date 2023-03-24 ORSK (AP) — A US contractor was killed and five US soldiers were injured when a "
                   "drone struck a base on Thursday.")
    assert (c["killed"], c["injured"]) == (1, 5)


# ---------------------------------------------------------------- the missing are not the dead
@pytest.mark.parametrize("tail", ["50 civilians are missing", "50 villagers remain missing", "50 people have gone missing"])
def test_the_missing_are_not_added_to_the_dead(tail):
    assert casualties(f"At least 11 soldiers have been killed and {tail}.")["killed"] == 11


# ---------------------------------------------------------------- one more victim after a counted object
def test_a_driver_named_after_the_counted_dead_is_one_more():
    assert casualties("A drone strike killed two members of the border guard and the driver of their car.")["killed"] == 3
    assert casualties("A drone strike killed two guards and the driver fled.")["killed"] == 2


# ---------------------------------------------------------------- attackers named beside their victims
def test_the_gunmen_killed_beside_a_victim_are_not_victims():
    c = casualties("A police officer and three gunmen were killed after attackers stormed the village.")
    assert c["killed"] == 1 and c["killed_who"] == "local_forces"
    assert casualties("Three gunmen were killed in the raid.")["killed"] == 3


# ---------------------------------------------------------------- a bomb thrown
def test_a_pipe_bomb_thrown_into_an_outpost_is_an_attack():
    m = _mentions(["A pipe bomb was thrown into a ranger outpost in the Orsk district on Friday."], "2023-04-15")
    assert len(m) == 1 and m.iloc[0]["weapon"] == "IEDs"


# ---------------------------------------------------------------- a series with no casualties, then its list
def test_the_parts_of_a_series_without_casualties_take_its_day_and_zeros():
    inc = _incidents(["A series of bomb and shooting attacks took place on Friday night in three provinces, but no "
                      "casualties were reported.",
                      "The attacks took place as follows:",
                      "A bomb exploded on a bridge in the Velmar district.",
                      "Gunmen opened fire on an outpost in the Tallik district.",
                      "Assailants opened fire on police officers at the Orsk railway station.",
                      "Another shooting took place in the Arbor district."], published="2023-04-15")[1]
    parts = inc[inc["scope"] == "incident"] if "scope" in inc else inc
    assert len(parts) >= 3
    assert set(parts["date"]) == {"2023-04-14"}
    assert set(parts["killed"].astype(str)) == {"0"} and set(parts["injured"].astype(str)) == {"0"}


# ---------------------------------------------------------------- "overnight"
@pytest.mark.parametrize("text, day", [("Militants attacked the village overnight.", "2023-03-08"),
                                       ("Overnight, a drone hit the base.", "2023-03-08"),
                                       ("The road will be closed overnight.", "2023-03-09"),
                                       ("Gunmen shot two officers in an overnight gun attack.", "2023-03-09")])
def test_a_past_overnight_is_the_night_before_but_an_overnight_attack_the_night_told(text, day):
    assert date_mentions(text, "2023-03-09")["value"].tolist() == [day]


# ---------------------------------------------------------------- a village the gazetteer lacks
@pytest.mark.parametrize("s, name", [("Gunmen attacked Tallik Village in the Orsk area of Zamfara State, killing six.",
                                      "Tallik"),
                                     ("Gunmen attacked the village of Tallik in Zamfara State, killing six.", "Tallik")])
def test_an_attacked_village_the_gazetteer_lacks_is_the_place(s, name):
    m = _mentions([s], "2021-11-08")
    assert len(m) == 1 and m.iloc[0]["place"] == name


# ---------------------------------------------------------------- "shot and killed": one act
def test_shot_and_killed_is_one_clause_and_one_attack():
    s = ("The latest attack came hours after gunmen shot and killed two police officers and wounded two others at a "
         "checkpoint in the city of Orsk.")
    assert len(split_clauses(s)) == 2  # "The latest attack came hours" | "after gunmen shot and killed ..."
    m = _mentions(["Two suicide bombers attacked a compound in Velmar on Thursday, killing one guard.", s], "2023-07-20")
    assert len(m) == 2 and (m.iloc[1]["killed"], m.iloc[1]["injured"]) == (2, 2)


def test_a_count_so_far_this_year_is_a_tally():
    assert casualties("He is one of at least 700 people shot and killed by police so far this year.")["killed"] is None
    assert casualties("Gunmen shot and killed two guards on Monday.")["killed"] == 2


# ---------------------------------------------------------------- "reported injuries"; an attack on a different convoy
def test_troops_who_reported_injuries_are_injured():
    assert casualties("Forty-five troops reported injuries in attacks at two bases on Oct. 17 and 18.")["injured"] == 45


def test_an_attack_on_a_different_convoy_is_an_event_apart():
    inc = _incidents(["date 2022-09-28 A jihadist ambush on a supply convoy in Burkina Faso claimed the lives of about 11 "
                      "soldiers, the authorities said.",
                      "Security sources said a Sunday attack on a different convoy in Tallik left four injured."],
                     published="2022-09-28")[1]
    assert len(inc) == 2 and sorted(inc["killed"].fillna(-1).astype(int)) == [-1, 11]


# ---------------------------------------------------------------- "claimed the lives of"; "Another violent instance"
def test_claimed_the_lives_of_is_a_toll_and_no_source():
    m = _mentions(["An ambush on a convoy in Burkina Faso claimed the lives of 11 soldiers."], "2022-09-28")
    assert len(m) == 1 and m.iloc[0]["killed"] == 11 and m.iloc[0]["place"] == "Burkina Faso"


def test_another_violent_instance_with_its_own_toll_is_an_event_apart():
    m, inc = _incidents(["Gunmen attacked a convoy in Tallik on Sunday, leaving four injured.",
                         "Another violent instance happened earlier this month, which claimed the lives of at least 35 "
                         "people."], "2022-09-28")
    assert len(inc) == 2 and sorted(inc["killed"].fillna(-1).astype(int)) == [-1, 35]


# ---------------------------------------------------------------- an undated lede, dated by its next sentence
def test_an_undated_lede_takes_the_day_of_its_detail_in_the_next_sentence():
    m, inc = _incidents(["The U.S. military conducted an airstrike against a weapons depot in eastern Syria.",
                         "Two U.S. F-15 aircraft carried out the strike on Wednesday, officials said.",
                         "The U.S. also struck two sites in Syria on Oct. 26."], "2023-11-09")
    assert m.iloc[0]["date"] == "2023-11-08"
    assert len(inc) == 2


# ---------------------------------------------------------------- "Earlier Friday, ..." after the lede
def test_a_placed_strike_told_earlier_that_day_is_not_the_placeless_lede():
    m, inc = _incidents(["ORSK (AP) — A coalition airstrike hit a prison on Friday, killing at least 70 detainees.",
                         "Earlier Friday, a coalition airstrike in the port city of Hodeida hit a telecommunication "
                         "center."], "2022-01-22")
    assert len(inc) == 2 and sorted(inc["killed"].fillna(-1).astype(int)) == [-1, 70]


# ---------------------------------------------------------------- an earlier event's place inside the sentence
def test_an_earlier_events_clause_inside_the_sentence_keeps_its_place():
    s = ("Officials said that an hour after the strike on Tower 22, militias launched another drone at a base across "
         "the border in Syria, al-Tanf Garrison.")
    assert [s[a:b].strip(" ,") for a, b in split_clauses(s)][1] == "after the strike on Tower 22"
    m, inc = _incidents(["The drone struck the living quarters at Tower 22 on Sunday, killing three soldiers.", s],
                        "2024-01-30")
    assert sorted(m["place"]) == ["Al-Tanf garrison", "Tower 22"] and len(inc) == 2


# ---------------------------------------------------------------- "shot it down"; victims "also" of the attack told
def test_a_drone_that_shot_it_down_is_no_shooting():
    assert _mentions(["A U.S. drone shot it down, the official added."], "2024-01-30").empty


def test_victims_also_injured_in_the_attack_are_that_attacks():
    m, inc = _incidents(["The drone struck the living quarters at Tower 22 on Sunday, killing three soldiers.",
                         "The Pentagon on Monday named the three soldiers.",
                         "More than 40 service members were also injured in the attack, officials said."], "2024-01-30")
    assert len(inc) == 1 and (inc.iloc[0]["killed"], inc.iloc[0]["injured"]) == (3, 40)


# ---------------------------------------------------------------- a page's stamp gives way to the day told next
def test_a_lede_dated_only_by_the_page_stamp_takes_the_day_the_next_sentence_gives():
    m = _mentions(["date 2021-11-08 Gunmen have attacked Tallik Village in Zamfara State, killing six people.",
                   "A resident said the bandits who were on motorcycles came to the village on Sunday afternoon and "
                   "began to shoot at people."], "2021-11-08")
    assert m.iloc[0]["date"] == "2021-11-07" and m.iloc[0]["date_source"] == "nearby sentence"


# ---------------------------------------------------------------- "twenty-one" is a number; drones "rigged with" were destroyed
def test_twenty_one_before_its_munitions_is_no_year():
    assert date_mentions("The twenty-one 107 mm rockets that were fired hit cars near the mission.", "2020-12-27").empty
    assert date_mentions("It happened in twenty twenty-one.", "2022-01-01")["value"].tolist() == ["2021"]


def test_drones_rigged_with_explosives_that_were_destroyed_were_intercepted():
    from analysis.events.roles import munitions
    got = munitions("Two fixed-wing drones rigged with explosives were destroyed in flight at the air base.")
    assert (got["n_intercepted"], got["n_fired"]) == (2, None)


# ---------------------------------------------------------------- a list of sites, the first with its country
def test_attacks_at_a_list_of_sites_with_a_country_after_the_first_are_one_per_site():
    m = _mentions(["There were attacks on Oct. 19 at Mission Support Site Euphrates in Syria, Ain al-Asad Air Base, "
                   "and the Baghdad Diplomatic Support Center in Iraq, with no casualties in those incidents."],
                  "2023-10-26")
    assert len(m) == 3 and "ain_al_asad" in set(m["place_id"])
