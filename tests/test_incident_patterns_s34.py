"""Incident rules from the s34 (fields) round: counts, places and dates of matched incidents on real attack reports,
each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.counts import count_rows
from analysis.events.roles import casualties, munitions


# ---------------------------------------------------------------- "struck down", "knocked down": shot down
def test_a_munition_struck_down_is_intercepted_not_a_hit():
    m = munitions("Guards said a missile was struck down above the consulate late on Tuesday")
    assert m["n_intercepted"] == 1 and m["n_hit"] is None
    assert munitions("Two rockets were knocked down over the harbour")["n_intercepted"] == 2


# ---------------------------------------------------------------- a "no casualties" taken back in the same sentence
def test_no_casualties_taken_back_gives_no_zero():
    c = casualties("The army first said no soldiers were hurt, but later checks found concussions among the crew.")
    assert c["killed"] is None and c["injured"] is None
    c = casualties("Neither blast caused any casualties, the governor said.")
    assert c["killed"] == 0 and c["injured"] == 0


# ---------------------------------------------------------------- a number cut off by the page ("1,20"): no count
def test_a_cut_off_thousands_number_is_no_toll():
    assert casualties("Militants crossed the border and killed at least 3,40")["killed"] is None
    assert casualties("Militants crossed the border and killed at least 3,400 people")["killed"] == 3400


# ---------------------------------------------------------------- "<N> women <initials> fighters": the force's initials
def test_a_force_initials_between_a_people_noun_and_its_head():
    assert [r["noun"] for r in count_rows("Two women YPJ fighters died in the raid")] == ["fighters"]
    assert casualties("Four women PKK fighters were killed in an air strike near the border")["killed"] == 4


# ---------------------------------------------------------------- "the drone that killed ...": one munition fired
def test_the_one_munition_that_killed_is_the_number_fired():
    m = munitions("Investigators believe the missile that killed four guards was assembled locally")
    assert m["n_fired"] == 1 and m["n_hit"] is None
    assert munitions("the second rocket that wounded a guard")["n_fired"] is None  # one of a series


# ---------------------------------------------------------------- the attackers' own channels: claimed numbers
def test_counts_from_the_attackers_channels_are_claimed_not_fired():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Three rockets struck the Qayyarah airfield on Wednesday, a coalition officer said.",
                      "Accounts affiliated with rebel groups posted that fourteen rockets had been launched at the "
                      "airfield, with at least six of them landing on hangars."])
    assert len(inc) == 1 and str(inc.iloc[0]["n_fired"]) != "14" and str(inc.iloc[0]["n_hit"]) == "3"


# ---------------------------------------------------------------- "<the raids> have resulted in <N> injuries": a tally
def test_a_tally_of_the_attacks_is_not_given_to_one_incident():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Gunmen stormed a border post near Rutba on Monday, killing two guards.",
                      "The raids have resulted in 64 injuries among border guards since the spring, officials said."])
    assert all(str(v) in ("2", "<NA>", "None") for v in inc["killed"])
    assert not any(str(v) == "64" for v in inc["injured"])


# ---------------------------------------------------------------- "... with <N> <kind> strikes": one operation, then its toll
def test_an_operation_told_with_its_number_of_strikes_keeps_the_toll_after_it():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Early on Saturday, navy helicopters raided hideouts of a rebel movement in Chad and Sudan.",
                      "The operation, which the ministry called preventive, ended with three helicopter strikes, two "
                      "over Chad and one over Sudan.",
                      "Officials counted 22 rebels dead, among them a deputy commander, and 11 more hurt."])
    assert (inc["killed"].astype(str) == "22").sum() == 1 and (inc["injured"].astype(str) == "11").sum() == 1


# ---------------------------------------------------------------- "killed in the <weapon> attack": the attack told with that toll
def test_a_toll_in_the_weapon_attack_goes_back_to_the_attack_with_that_toll():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Britain launched raids on rebel bases in Yemen in retaliation for a rocket attack that killed 5 "
                      "British sailors in Oman.",
                      "Unlike in 2009, when commandos raided a hideout in Aden and killed a rebel chief, no ground raid "
                      "was ordered.",
                      "The king received the coffins of five British sailors killed in the rocket attack on the naval "
                      "station."])
    five = inc[inc["killed"].astype(str) == "5"]
    assert len(five) == 1 and five.iloc[0]["place"] == "Oman"


# ---------------------------------------------------------------- "the <weekday> <attack> coincided with a <raid> on X"
def test_an_event_set_beside_the_told_one_is_not_merged_into_it():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Insurgents ambushed a police convoy in Diyala province, Iraq, on Thursday, killing seven "
                      "officers.",
                      "The Thursday attack coincided with a separate militant raid on a prison in Deir ez-Zor in Syria "
                      "meant to free detainees."])
    seven = inc[inc["killed"].astype(str) == "7"]
    assert len(inc) == 2 and len(seven) == 1 and seven.iloc[0]["mention_ids"].count(";") == 0


# ---------------------------------------------------------------- "both <took place> on <Month> <day>" on an undated page
def test_a_yearless_day_in_a_sentence_next_to_the_attacks_dates_them_on_an_undated_page():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Commanders reported that 12 marines were injured in a pair of drone strikes by an armed group.",
                      "Both strikes that injured the marines took place on June 21.",
                      "The first of them hit the Balad air base north of Baghdad.",
                      "Two drones were launched, and one reached the base."], published="")
    base = inc[inc["place"] == "Balad Air Base"]
    assert len(base) == 1 and base.iloc[0]["date"] == "XXXX-06-21"


# ---------------------------------------------------------------- "... a house in the city": the town named before
def test_the_city_of_a_later_clause_is_the_town_the_sentence_named():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Mortar fire hit Basra again on Tuesday, hours after a rocket launched on Monday night struck a "
                      "market in the city without wounding anyone."])
    assert set(inc["place"]) == {"Basra"}


# ---------------------------------------------------------------- "<munition>, <munition> and <munition> <facility>": targets
def test_a_list_of_munitions_before_a_facility_noun_is_targets_not_weapons():
    from analysis.events.mentions.slots import _weapons

    assert _weapons("the raids destroyed radar posts, drone, rocket and missile warehouses") == []
    assert _weapons("insurgents launched drones and rockets toward the airport") != []


# ---------------------------------------------------------------- "on <weekday> evening (<Mon> <d>)" ... "On <weekday> evening, ..."
def test_a_weekday_given_its_day_once_dates_the_same_weekday_later_on_an_undated_page():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Gunmen opened fire on a police post by the Baiji highway on Wednesday evening (Oct 7) and killed "
                      "two officers, a local official said.",
                      "On Wednesday evening, an army unit was also targeted near Haditha, with one soldier killed, the "
                      "same official added."], published="")
    assert len(inc) == 2 and set(inc["date"]) == {"XXXX-10-07"}


def test_no_deaths_but_wounded_keeps_the_zero_dead():
    c = casualties("No one was killed, but officials reported five people injured.")
    assert c["killed"] == 0 and c["injured"] == 5


# ---------------------------------------------------------------- "an <attack> involving <N> <munitions> hit": the means
def test_munitions_told_as_the_means_of_an_attack_are_fired_not_hits():
    m = munitions("Officials said a night assault involving nine mortar rounds struck the outpost")
    assert m["n_fired"] == 9 and m["n_hit"] is None


# ---------------------------------------------------------------- "eleven IS militants": initials, not the verb "is"
def test_a_groups_initials_before_a_people_noun_are_a_modifier():
    assert casualties("Nine IS fighters were killed in the raid near Hit.")["killed"] == 9
    assert casualties("Nine ISIS militants were killed in the raid near Hit.")["killed"] == 9
    assert munitions("One UAS impacted the runway.")["n_hit"] == 1  # the initials are the noun itself
