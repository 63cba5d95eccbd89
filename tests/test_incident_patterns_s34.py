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


# ---------------------------------------------------------------- "three women YPJ fighters": the force's initials
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

    inc = _incidents(["Two rockets hit the Harir air base on Sunday, a coalition spokesman said.",
                      "Telegram channels linked to armed factions reported that eleven rockets were launched at the "
                      "base, at least five of which struck hangars."])
    assert len(inc) == 1 and str(inc.iloc[0]["n_fired"]) != "11" and str(inc.iloc[0]["n_hit"]) == "2"


# ---------------------------------------------------------------- "the attacks have resulted in N injuries": a tally
def test_a_tally_of_the_attacks_is_not_given_to_one_incident():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Gunmen stormed a border post near Rutba on Monday, killing two guards.",
                      "The raids have resulted in 64 injuries among border guards since the spring, officials said."])
    assert all(str(v) in ("2", "<NA>", "None") for v in inc["killed"])
    assert not any(str(v) == "64" for v in inc["injured"])


# ---------------------------------------------------------------- "with five strikes": one operation, then its toll
def test_an_operation_told_with_its_number_of_strikes_keeps_the_toll_after_it():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["On Thursday, French jets bombed camps of an armed group in Mali and Niger.",
                      "The raids, described as defensive by Paris, hit the group in both countries with four air strikes, "
                      "hitting two sites in Mali and two in Niger.",
                      "At least 14 militant fighters were killed, including two local leaders, and 30 were wounded."])
    assert (inc["killed"].astype(str) == "14").sum() == 1 and (inc["injured"].astype(str) == "30").sum() == 1


# ---------------------------------------------------------------- "killed in the drone attack": the attack told with that toll
def test_a_toll_in_the_weapon_attack_goes_back_to_the_attack_with_that_toll():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["France carried out strikes against militia camps in Mali in retaliation for a drone attack that "
                      "killed 4 French soldiers in Niger.",
                      "The president did not order a raid inside Algeria, as his predecessor did in 2015 when he ordered "
                      "the assassination in Tripoli of rebel commander Omar Sidi.",
                      "The president attends the transfer of the remains of four French soldiers killed in the drone "
                      "attack on the outpost."])
    four = inc[inc["killed"].astype(str) == "4"]
    assert len(four) == 1 and four.iloc[0]["place"] == "Niger"


# ---------------------------------------------------------------- "the Friday attack coincided with an assault on X"
def test_an_event_set_beside_the_told_one_is_not_merged_into_it():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Gunmen attacked an army post in the Iraqi province of Nineveh on Friday, killing nine soldiers.",
                      "The Friday attack coincided with a large rebel assault on a jail in Raqqa in Syria aimed at "
                      "freeing inmates."])
    nine = inc[inc["killed"].astype(str) == "9"]
    assert len(inc) == 2 and len(nine) == 1 and nine.iloc[0]["mention_ids"].count(";") == 0


# ---------------------------------------------------------------- "both occurred on March 14" on an undated page
def test_a_yearless_day_in_a_sentence_next_to_the_attacks_dates_them_on_an_undated_page():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Officials said 30 soldiers were hurt in two rocket attacks by a militia.",
                      "The two attacks that hurt the soldiers both occurred on March 14.",
                      "One of the attacks targeted the Camp Taji base in Iraq.",
                      "Three rockets were involved, and two struck the base."], published="")
    taji = inc[inc["place"] == "Camp Taji"]
    assert len(taji) == 1 and taji.iloc[0]["date"] == "XXXX-03-14"


# ---------------------------------------------------------------- "... a house in the city": the town named before
def test_the_city_of_a_later_clause_is_the_town_the_sentence_named():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["It is the second drone attack on Kirkuk in several hours, after a suicide drone on Monday evening "
                      "targeted a school in the city, causing no casualties."])
    assert set(inc["place"]) == {"Kirkuk"}


# ---------------------------------------------------------------- "rockets, missiles and drone storage": targets
def test_a_list_of_munitions_before_a_facility_noun_is_targets_not_weapons():
    from analysis.events.mentions import _weapons

    assert _weapons("the raids hit targets such as command posts, rockets, missiles and drone depots") == []
    assert _weapons("militants fired rockets, missiles and drones at the port") != []


# ---------------------------------------------------------------- "on Monday night (May 4)" ... "On Monday night, ..."
def test_a_weekday_given_its_day_once_dates_the_same_weekday_later_on_an_undated_page():
    from test_incident_patterns_s31 import _incidents

    inc = _incidents(["Two guards were killed in a militant attack on a checkpoint near Tikrit on Monday night (May 4), "
                      "a source said.",
                      "On Monday night, police said that militants attacked a patrol on the Samarra-Balad road, which "
                      "left three officers dead."], published="")
    assert len(inc) == 2 and set(inc["date"]) == {"XXXX-05-04"}


def test_no_deaths_but_wounded_keeps_the_zero_dead():
    c = casualties("No one was killed, but officials reported five people injured.")
    assert c["killed"] == 0 and c["injured"] == 5


# ---------------------------------------------------------------- "an attack involving four rockets hit": the means
def test_munitions_told_as_the_means_of_an_attack_are_fired_not_hits():
    m = munitions("Officials said a night assault involving nine mortar rounds struck the outpost")
    assert m["n_fired"] == 9 and m["n_hit"] is None


# ---------------------------------------------------------------- "eleven IS militants": initials, not the verb "is"
def test_a_groups_initials_before_a_people_noun_are_a_modifier():
    assert casualties("Nine IS fighters were killed in the raid near Hit.")["killed"] == 9
    assert casualties("Nine ISIS militants were killed in the raid near Hit.")["killed"] == 9
    assert munitions("One UAS impacted the runway.")["n_hit"] == 1  # the initials are the noun itself
