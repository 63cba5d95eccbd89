"""Stop 72: incident rules written on the development samples' errors (fixtures in our own words, not the samples')."""

import pytest

from incident_fixtures import mentions_of, one_mention as _one, text_incidents


@pytest.mark.parametrize("sentence", [
    "The fighters were attacked by a Turkish drone near Kobani on Friday.",
    "A farmer's pickup was targeted by a Turkish armed drone near Sinjar on Tuesday.",
    "Two guards were killed by an Israeli drone near Tyre on Friday.",
    "A Turkish drone attacked a group of fighters near Makhmour on Saturday.",
])
def test_a_states_single_drone_as_agent_is_one_fired(sentence):
    assert _one(sentence)["n_fired"] == 1


@pytest.mark.parametrize("sentence", [
    "The convoy was attacked by Turkish drones near Duhok on Friday.",  # several
    "The village was hit by a Turkish drone strike on Friday, killing two.",  # the strike, not a munition
    "A Turkish drone strike killed two fighters near Duhok on Friday.",
    "Two farmers were killed by a Turkish drone bombing near Zakho on Friday.",  # the bombing, not a munition
    "No one was killed by a Turkish drone in the district this year, officials said.",
    "The convoy, which was attacked by a Turkish drone last week, was shelled by Turkish artillery on Sunday.",
    "The car was hit by a Turkish drone, and a second drone struck the rescuers near Sinjar.",
])
def test_no_single_drone_no_count(sentence):
    assert _one(sentence)["n_fired"] is None or str(_one(sentence)["n_fired"]) == "<NA>"


def test_airspace_of_the_launching_jets_is_not_the_place():
    text = ("An air strike on a flat in the Mazzeh district of Damascus killed five people on Saturday, state media "
            "said.\n\nThe jets are said to have fired the missiles while flying over the Golan Heights.")
    inc = text_incidents(text, "2024-01-22")
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Mazzeh" and inc.iloc[0]["killed"] == 5


def test_a_launcher_found_elsewhere_is_not_another_incident():
    text = ("Three rockets struck the Victory base near Baghdad airport early on Tuesday, police said.\n\n"
            "A launch platform was later found in a truck in the village of Al-Jazira, with rockets that had not been "
            "fired.")
    inc = text_incidents(text, "2024-01-18")
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Victory Base Complex"


def test_drones_flying_over_a_base_keep_its_place():
    m = _one("Two drones flying over the Harir air base were shot down on Monday.")
    assert m["place"] == "Harir Air Base"


def test_present_tense_wound_after_a_counted_noun():
    m = _one("Two car bombs in Basra kill 40 people and injure about 90 others.")
    assert (m["killed"], m["injured"]) == (40, 90)


def test_a_gi_is_a_victim():
    assert _one("Officials said a GI had been killed in Mosul on Monday.")["killed"] == 1


def test_a_government_speaking_through_its_capital_is_not_the_place():
    m = mentions_of("Jets struck an arms depot near Deir ez-Zor that Damascus described as a farm.", published="2023-05-06")
    assert "Damascus" not in m["place"].tolist() and "Deir ez-Zor" in m["place"].tolist()


@pytest.mark.parametrize("sentence, place", [
    ("In Damascus, a car bomb killed three people on Monday, officials said.", "Damascus"),
    ("A car bomb hit Baghdad, officials said, killing three.", "Baghdad"),
])
def test_a_located_capital_stays_the_place(sentence, place):
    assert _one(sentence)["place"] == place


def test_without_reported_casualties_is_a_zero_toll():
    m = _one("A patrol was attacked with machine guns in the town of Shuhail without reporting casualties.")
    assert (m["killed"], m["injured"]) == (0, 0)


def test_a_stop_glued_to_the_next_sentence_ends_it():
    text = ("A Turkish drone strike killed two fighters in northern Iraq, officials said.\n\nThey were killed on "
            "Saturday when a Turkish drone attacked their car near the town of Makhmour, police said in a statement.The "
            "army often carries out air strikes and artillery bombardments in the mountains.")
    inc = text_incidents(text, "2023-10-09")
    assert len(inc) == 1
    assert (inc.iloc[0]["killed"], inc.iloc[0]["date"], inc.iloc[0]["place"]) == (2, "2023-10-07", "Mexmur")


@pytest.mark.parametrize("sentence, place", [
    ("Syrian air defences fired at Israeli jets flying over Damascus, state media said.", "Damascus"),  # the target's airspace
    ("Police later found the launcher in a field, from which rockets were fired at the Green Zone.", "Green Zone"),
])
def test_places_a_launch_rule_keeps(sentence, place):
    m = mentions_of(sentence, published="2023-05-06")
    assert place in m["place"].tolist()


def test_a_speaking_subject_that_names_only_the_accused_keeps_its_place():
    m = _one("Damascus accused Israel of striking the airport on Monday, putting it out of service.")
    assert m["place"] == "Damascus"


@pytest.mark.parametrize("sentence", [
    "The march left the square and wound some 3 kilometres through the old city of Sulaymaniyah.",  # to wind
    "Bombs still kill and injure about 10 people every week in Iraq, a report said.",
])
def test_no_wounded_read_from_a_route_or_a_rate(sentence):
    m = mentions_of(sentence, published="2023-05-06")
    assert not (m["injured"].fillna(-1) > 0).any()


@pytest.mark.parametrize("sentence", [
    "The army shelled villages in Idlib, the monitor said, without reporting casualties among civilians.",
    "Rebels fired mortars at Latakia without reporting casualties of their own.",
])
def test_no_zero_toll_for_one_side_unreported(sentence):
    m = _one(sentence)
    assert str(m["killed"]) in ("<NA>", "None", "nan") and str(m["injured"]) in ("<NA>", "None", "nan")


def test_the_kurdistan_region_holds_its_governorates():
    text = ("A drone strike in the Kurdistan region killed two people on Friday, officials said.\n\n"
            "The strike targeted a car in Duhok province, officials said.")
    inc = text_incidents(text, "2024-05-06")
    assert len(inc) == 1 and inc.iloc[0]["place"] == "Duhok Governorate"


@pytest.mark.parametrize("sentence", [
    "The PKK launched an insurgency against Ankara in 1984 with the aim of a Kurdish state.",
    "The movement launched an armed rebellion against the government in 2011.",
])
def test_a_campaign_is_no_incident(sentence):
    assert mentions_of(sentence, published="2023-05-06").empty


@pytest.mark.parametrize("sentence", [
    "The families of those murdered by the group in 2014 gathered in Sinjar on Thursday.",
    "Prosecutors allege the officer murdered 14 protesters in Nasiriyah.",
    "Bombings killed 25 people in Baghdad on Sunday, including two attacks by suicide bombers on markets in Sadr City.",
])
def test_narrowed_rules_leave_these_alone(sentence):
    new = mentions_of(sentence, published="2023-05-06")
    assert not (new["killed"].fillna(0) == 14).any()  # no toll of an allegation
    assert not ((new["place"] == "Sadr City") & (new["killed"].fillna(0) == 25)).any()  # a round-up's part keeps
    # its own place, not the whole toll


def test_a_month_heading_and_the_next_lines_day_are_two_dates():
    from analysis.events.timex import date_mentions

    d = date_mentions("January\n\n4 January – a car bomb killed nine people in Kirkuk.", "2017-06-01")
    assert d[["start", "end", "value"]].values.tolist() == [[0, 7, "2017-01"], [9, 18, "2017-01-04"]]
    d = date_mentions("Fighting resumed in March\n\n4 soldiers were killed on Monday.", "2017-06-01")
    assert "2017-03" in d["value"].tolist() and "2017-03-04" not in d["value"].tolist()
    assert date_mentions("On March\n4, a car bomb exploded.", "2017-06-01")["value"].tolist() == ["2017-03-04"]


@pytest.mark.parametrize("sentence", [
    "Five farmers were murdered in a village near Kirkuk on Monday.",
    "Gunmen murdered five farmers in a village near Kirkuk on Monday.",
    "Five farmers were found murdered in a village near Kirkuk on Monday.",
    "Five farmers were found shot dead in a village near Kirkuk on Monday.",
])
def test_murdered_victims_are_a_toll(sentence):
    assert _one(sentence)["killed"] == 5


def test_found_dead_alone_is_no_toll_of_an_attack():
    assert mentions_of("Five farmers were found dead in a village near Kirkuk on Monday.", published="2023-05-06").empty


@pytest.mark.parametrize("sentence", [
    "A blast tore through a market in Maiduguri, killing 20, including a female suicide bomber, on Saturday.",
    "Gunmen stormed a hotel in Mogadishu, killing nine people, including three of the attackers, on Friday.",
])
def test_the_attacker_among_the_dead_is_no_second_attack(sentence):
    m = mentions_of(sentence, published="2015-01-11")
    assert len(m) == 1 and m.iloc[0]["date"] in ("2015-01-10", "2015-01-09")
