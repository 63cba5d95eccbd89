"""Rules of the stop-55 rounds, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real place names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.actors import scan_actors
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.events.triggers import agent_and_target, cue_classes
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions, _one


def _found(text: str, *countries: str) -> list[tuple[str, str]]:
    return [(r["type"], r["country"]) for r in scan_places(text, named=set(countries))]


# ---------------------------------------------------------------- one article's event, referred to by "the attack"
def test_the_attack_staged_along_an_unknown_road_is_the_attack_told():
    inc = incidents_of("Two people were killed in an attack by suspected militants in Lamu County, officials said.",
                       "The officials said the militants staged the attack along the Witu-Mokowe road at dawn.",
                       "A local paper found that one person died during the attack and the other later in hospital.",
                       published="2023-08-01")
    assert len(inc) == 1 and int(inc.loc[0, "killed"]) == 2


# ---------------------------------------------------------------- counts
def test_animals_killed_are_no_victims():
    assert casualties("Dozens of people were injured and 14 donkeys killed.")["killed"] is None
    assert casualties("The raiders killed nine herders and 40 cattle.")["killed"] == 9


def test_a_toll_with_a_part_lost_in_an_accident_is_still_the_attack_s():
    assert int(_one("The insurgent raid left 11 soldiers dead, four of them in a road accident during the pursuit.",
                    "2023-10-02")["killed"]) == 11
    assert len(_mentions(["Four soldiers died in a road accident near the camp."], "2023-10-02")) == 0


def test_the_attack_a_retaliation_answers_is_its_own_earlier_event():
    m = _one("Numerous aircraft were used, marking the opening salvo of retaliation for the drone strike that killed "
             "two soldiers in Jordan last week.", "2024-02-03")
    assert int(m["killed"]) == 2 and m["event_type"] == "attack" and m["place"] == "Jordan"


# ---------------------------------------------------------------- actors and weapons
def test_who_believes_an_attack_was_carried_out_is_not_its_agent():
    t = "Officials said the US believes Iran-backed forces carried out the attack on the base."
    agent, _target = agent_and_target(t, scan_actors(t), cue_classes(t))
    assert agent is not None and agent["actor_id"] == "pro_iran_militias"


def test_the_arms_of_an_assailant_who_was_shot_are_not_the_attack_s_means():
    m = _one("A man armed with a knife and explosive devices was shot and killed by a guard at a farm near Ariel on "
             "Friday, the army said.", "2023-03-11")
    assert m["weapon"] == "small arms"


# ---------------------------------------------------------------- the world gazetteer
def test_every_first_level_unit_of_the_world_is_placed():
    # a unit whose towns are all under the kept size still has coordinates (the mean of all its GeoNames towns)
    assert _found("A shooting in Delaware left two dead.", "United States") == [("province", "United States")]


def test_surnames_and_generic_regions_are_no_places():
    assert _found("The senator sent a letter to Clinton demanding answers.", "United States") == []
    assert not any(k in ("town", "city") for k, _c in _found("Japan's prime minister paid tribute to Obama.", "Japan"))
    assert ("province", "Togo") not in _found("Storms moved into the Maritime region of Canada.", "Canada")
    assert _found("Flooding spread toward the Coast region.") == [("place", "")]


def test_a_unit_s_own_kind_only():
    assert _found("Gunmen killed 40 villagers in Plateau state on Sunday.", "Nigeria") == [("province", "Nigeria")]
    assert _found("Voters in the state of Georgia went to the polls.") == [("province", "United States")]


def test_a_unit_of_another_country_by_its_english_name_and_its_kind():
    assert _found("Gunmen attacked churches in the republic of Dagestan.", "Russia") == [("province", "Russia")]
    assert _found("Shelling hit the Kherson region overnight.", "Ukraine") == [("province", "Ukraine")]
    assert _found("A bomb exploded in Guanajuato state.", "Mexico") == [("province", "Mexico")]
    assert _found("The army fought in the rural northern region of Santander.", "Colombia") == [("province", "Colombia")]


def test_a_unit_with_a_common_word_for_a_name_needs_its_country():
    assert _found("Jihadists attacked a post in the North region.", "Mali") == []


def test_a_town_written_as_a_district_is_no_capital_far_away():
    assert ("city", "South Sudan") not in _found("Shells hit houses in Al Jubah district of Marib.", "Yemen")


def test_a_name_that_goes_on_past_a_hyphen_is_another_place():
    assert ("province", "Somalia") not in _found("Troops foiled an attack in the Bari-ujeed region.", "Somalia")


# ---------------------------------------------------------------- counts told around an aside or another count
def test_a_count_with_its_source_inside_the_relative_clause():
    assert casualties("Commanders named 12 fighters they said were killed in the raids.")["killed"] == 12


def test_a_relative_aside_between_the_victims_and_their_toll():
    m = _one("On Tuesday, four farm workers, who were picking cotton near the river, lost their lives, and two others "
             "sustained injuries as a result of shelling by army troops stationed in Maungdaw Township.", "2023-12-01")
    assert (int(m["killed"]), int(m["injured"])) == (4, 2)


def test_an_equal_number_of_injured():
    c = casualties("The shooting resulted in the deaths of two guards and the injury of an equal number")
    assert (c["killed"], c["injured"]) == (2, 2)
    assert casualties("Three men were killed and an equal number wounded")["injured"] == 3


# ---------------------------------------------------------------- chronology entries
def test_a_bomb_in_a_place_that_killed_is_an_explosive_device():
    from analysis.events.vocabulary import weapons_in
    assert weapons_in("A bomb in Hit killed two farmers.") == ["IEDs"]
    assert weapons_in("Three bombs explode at a rally.") == ["IEDs"]
    assert weapons_in("Jets dropped a bomb on a house in Gaza that killed five.") != ["IEDs"]


def test_an_entry_told_in_the_present_tense():
    m = incidents_of("May 2, 2016 – Tuz Khurmatu (north): two bombs explode at a market, killing three.", published="")
    assert len(m) == 1 and m.loc[0, "place"] == "Tuz Khurmatu" and m.loc[0, "date"] == "2016-05-02"


def test_a_line_that_is_only_a_day_dates_the_entry_after_it():
    m = _mentions(["March 4.", "Jets conducted a strike on an army depot near Homs."], "2018-03-09")
    assert m.loc[0, "date"] == "2018-03-04"


def test_guardsmen_after_national_are_the_counted_people():
    assert casualties("Two soldiers and three Iraqi national guardsmen are killed in a mortar attack.")["killed"] == 5


# ---------------------------------------------------------------- round 2: one article's event told in parts
def test_a_dateline_run_into_the_sentence_before_it_starts_a_sentence():
    from analysis.text.segment import split_sentences
    t = "Raids have been frequent since the spring MOSUL: A single rocket struck the base on Monday."
    assert [t[s:e] for s, e in split_sentences(t)][-1] == "MOSUL: A single rocket struck the base on Monday."
    t = "The minister said NATO: The alliance will act."
    assert len(split_sentences(t)) == 1


def test_a_victim_killed_during_the_exchange_and_a_count_of_the_victims_are_the_event_told():
    inc = incidents_of("A shooting at a bus stop in Hebron on Thursday morning left two people dead and nine wounded.",
                       "A passer-by was also shot and killed during the exchange.",
                       "Four victims suffering gunshot wounds were taken to the Alia hospital.", published="2023-11-30")
    assert len(inc) == 1


def test_the_attackers_shot_by_soldiers_end_the_attack_told():
    m = _mentions(["Police said the two gunmen, who came from a nearby village, were shot and killed by army soldiers at "
                   "the scene."], "2023-11-30")
    assert len(m) == 0 or set(m["event_type"]) <= {"attack"}
    assert len(_mentions(["Jets struck a house in Rafah, where the two gunmen were killed."], "2023-11-30")) == 1


def test_a_few_strikes_on_one_night_are_one_raid():
    m = _mentions(["Three overnight airstrikes near Albu Kamal on Saturday killed five fighters, officials said."],
                  "2024-02-04")
    assert len(m) == 1 and int(m.loc[0, "killed"]) == 5


def test_a_quoted_word_inside_a_count_of_munitions():
    from analysis.events.roles import munitions
    assert munitions("Overnight, the army attacked the ports with 19 Geran “kamikaze” drones.")["n_fired"] == 19


def test_a_drone_strike_that_killed_us_troops_is_an_attack_on_them():
    assert _one("Two U.S. soldiers were killed in February in a drone strike near the border, officials said.",
                "2024-03-01")["event_type"] == "attack"


# ---------------------------------------------------------------- the review's sentences
def test_an_acronym_before_a_dash_is_no_dateline():
    from analysis.text.segment import split_sentences
    for t in ("The strike was claimed by the IRGC – Iran's Revolutionary Guards – which said it hit a base.",
              "Shares in Tesla NASDAQ: TSLA fell 4 percent."):
        assert len(split_sentences(t)) == 1


def test_strikes_on_another_place_are_no_retelling():
    assert len(incidents_of("A missile struck Odesa on Monday, killing three people.",
                            "Two civilians were killed in the strikes on the Kharkiv region, the governor said.",
                            published="2024-03-05")) == 2
    assert len(incidents_of("Strikes on Tyre killed four people on Sunday.",
                            "In Gaza, 20 people were killed in the strikes on Rafah, officials said.",
                            published="2024-03-05")) == 2


def test_could_explode_is_no_explosion():
    assert len(_mentions(["Tensions in the West Bank could explode at any moment, the envoy warned on Tuesday."])) == 0


def test_a_strike_told_with_the_gunmen_it_killed_stays():
    m = _mentions(["Aircraft struck a house in Jenin where the gunmen were hiding, and both gunmen were killed by "
                   "troops."], "2024-03-05")
    assert "strike" in set(m["event_type"])


def test_strikes_on_three_towns_are_no_one_raid():
    from analysis.events.mentions.scope import _aggregate
    assert _aggregate("Three airstrikes hit Khan Younis, Rafah and Deir al-Balah on Tuesday, killing 15 people")
