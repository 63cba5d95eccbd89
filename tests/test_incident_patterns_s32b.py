"""Incident rules from the s32b round (issue 9: incidents that hold on real attack reports), each in a fixture of our
own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from test_incident_patterns_s31 import _incidents  # one paragraph per fixture string


# ---------------------------------------------------------------- "near the X border": the line locates, X is not the place
def test_a_country_named_before_border_is_not_the_place_of_the_attack():
    inc = _incidents(["The minister said two guards were killed on Monday in a drone attack on our soldiers stationed in "
                      "southern Turkey near the Iraq border."])
    assert len(inc) == 1 and inc.iloc[0]["place"] != "Iraq" and inc.iloc[0]["country"] != "Iraq"


# ---------------------------------------------------------------- "such bombings have been rare": a summary, not an event
def test_attacks_said_to_have_been_rare_are_a_summary_and_lend_no_date_to_the_story():
    inc = _incidents(["Two car bombs at a bus station in Mosul killed nine people, police said.",
                      "Car bombings have been rare in Mosul since the city was retaken in 2017.",
                      "Police said the bombs went off near the ticket hall of a bus station in central Mosul."],
                     published="2022-03-09")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 9 and not str(inc.iloc[0]["date"]).startswith("2017")


# ---------------------------------------------------------------- no one hurt at all: no one killed either
def test_no_one_hurt_gives_no_dead_either_but_no_injuries_or_a_hedged_report_does_not():
    inc = _incidents(["Three mortar rounds hit a depot at the Balad air base on Friday and nobody was hurt, "
                      "a spokesman said."])
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 0 and inc.iloc[0]["injured"] == 0
    inc = _incidents(["Three mortar rounds hit a depot at the Balad air base on Friday without causing any injuries, "
                      "a spokesman said."])
    assert len(inc) == 1 and str(inc.iloc[0]["killed"]) == "<NA>" and inc.iloc[0]["injured"] == 0
    inc = _incidents(["Three mortar rounds hit a depot at the Balad air base on Friday, with no immediate reports of "
                      "injuries, a spokesman said."])
    assert len(inc) == 1 and str(inc.iloc[0]["killed"]) == "<NA>"


# ---------------------------------------------------------------- victims "following the attack": that attack's toll
def test_victims_told_following_an_attack_are_its_toll_not_an_earlier_event():
    inc = _incidents(["Twelve soldiers were wounded following the Iranian rocket attack on two army "
                      "camps earlier this month, a spokesman said on Tuesday.",
                      "On March 2, Iran fired nine rockets at the Tallil air base, officials said."], published="2022-03-22")
    assert len(inc) == 1 and inc.iloc[0]["injured"] == 12 and inc.iloc[0]["n_fired"] == 9


# ---------------------------------------------------------------- an unknown area inside an unknown mountain is unplaced
def test_a_detail_placed_in_an_unknown_area_of_an_unknown_range_joins_the_lead_placed_by_its_country():
    inc = _incidents(["A Turkish drone strike in northern Iraq on Sunday killed three fighters, officials said.",
                      "The drone hit their car at noon in the Qarawil area of Jabal Sur, west of the border."],
                     published="2023-05-08")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 3


# ---------------------------------------------------------------- "last week ... killing seven" / "last month ... killed six"
def test_two_recalled_attacks_dated_by_other_spans_with_their_own_tolls_stay_apart():
    inc = _incidents(["Gunmen killed nine shepherds near Hatra overnight, a monitor said on Friday.",
                      "Last week, gunmen ambushed a fuel convoy in the desert, killing seven drivers.",
                      "And last month, a bomb in Kirkuk killed at least six people near a shrine."], published="2023-08-11")
    assert len(inc) == 3 and sorted(int(k) for k in inc["killed"]) == [6, 7, 9]


# ---------------------------------------------------------------- "in the same area": the place just named
def test_an_attack_in_the_same_area_takes_the_place_named_before_and_keeps_its_own_day():
    inc = _incidents(["Days after two farmers were killed by a drone strike on Friday in the city of Tal Afar, drone "
                      "strikes killed two more people in the same area on Monday, a monitor said.",
                      "A farm near Tal Afar was hit by two drone strikes, leaving two people dead and three injured."],
                     published="2023-05-09")
    by_day = {r["date"]: r for _, r in inc.iterrows()}
    assert len(inc) == 2 and by_day["2023-05-08"]["injured"] == 3 and str(by_day["2023-05-05"]["injured"]) == "<NA>"
    assert by_day["2023-05-08"]["place"] == by_day["2023-05-05"]["place"] != ""


# ---------------------------------------------------------------- a preliminary figure is a floor, not another toll
def test_a_preliminary_lower_toll_of_the_same_attack_joins_it_and_the_later_figure_wins():
    inc = _incidents(["Gunmen attacked an army checkpoint near the town of Dibis on Tuesday night, killing three "
                      "soldiers and wounding four, an officer said.",
                      "A local official in Dibis said preliminary reports indicated that one soldier was killed and "
                      "another was wounded in tonight's attack."], published="2022-03-09")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 3 and inc.iloc[0]["injured"] == 4


# ---------------------------------------------------------------- one rocket of the salvo, with its own victims
def test_a_salvos_third_rocket_told_with_its_own_victims_adds_them_to_the_attack():
    inc = _incidents(["Three rockets were fired at the Kirkuk airport on Sunday night, killing a guard and wounding "
                      "four workers, officials said.",
                      "Two of them landed inside the airport, while the third rocket struck a bakery near the airport, "
                      "wounding two passers-by."], published="2022-03-08")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 1 and inc.iloc[0]["injured"] == 6


# ---------------------------------------------------------------- "killed in the same strike" adds a victim
def test_a_victim_killed_in_the_same_strike_adds_to_the_strikes_toll():
    inc = _incidents(["An Israeli strike on a car near the airport of Latakia killed a senior engineer of the army on "
                      "Monday, state media said.",
                      "His driver, a corporal, was killed in the same strike, the report added."], published="2022-03-08")
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 2


# ---------------------------------------------------------------- "drone and missile capabilities": no weapon used
def test_the_first_of_two_weapons_named_before_a_programme_word_is_not_the_means_of_the_attack():
    from analysis.events.mentions.slots import _weapons

    assert _weapons("a depot was hit where engineers built drone and missile capabilities for allies") == []
    assert _weapons("drones and missiles hit the depot") == ["drones", "missiles"]


# ---------------------------------------------------------------- "the base itself had not been struck": no hit
def test_a_base_told_as_not_struck_gives_no_hits():
    inc = _incidents(["Several mortar rounds were fired at the Balad air base on Friday night, but an officer said the "
                      "base itself had not been struck in the attack."], published="2022-03-08")
    assert len(inc) == 1 and inc.iloc[0]["n_hit"] == 0


# ---------------------------------------------------------------- "in southwest Syria" is not a site in Syria's east
def test_drones_downed_in_one_quarter_of_a_country_are_not_the_attack_on_a_site_in_the_other():
    inc = _incidents(["Explosions were heard on Monday at the Al-Omar oil field, where drones struck a US position.",
                      "US troops on Monday destroyed two drones near coalition forces in southwest Syria, officials said."],
                     published="2023-10-24")
    assert len(inc) == 2
