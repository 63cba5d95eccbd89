"""General patterns of how news reports violent events, one test per rule of ``incident_mentions``.

The sentences are short fixtures written for these tests (regression checks, not evidence of accuracy:
accuracy is measured on real reports by benchmarks/bench_incidents.py). Each names the rule it holds.
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions, merge_incidents
from analysis.events.roles import casualties, munitions


def _mentions(paras: list[str], published: str = "2023-12-23") -> pd.DataFrame:
    rows, pos = [], 0
    for i, t in enumerate(paras):
        rows.append({"doc_id": "d", "para_id": i, "sent_id": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 2
    arts = pd.DataFrame({"doc_id": ["d"], "published": [published], "text": ["\n\n".join(paras)]})
    m = incident_mentions(pd.DataFrame(rows), arts)
    return m[m["scope"] == "incident"].reset_index(drop=True)


def _one(text: str, published: str = "2023-12-23") -> pd.Series:
    m = _mentions([text], published)
    assert len(m) == 1, m.T
    return m.iloc[0]


# ---------------------------------------------------------------- dates
def test_a_neighbouring_sentence_that_refers_back_dates_the_event():
    m = _mentions(["The latest attack on the base took place on Wednesday.",
                   "A rocket was fired at the Ain al-Asad airbase, causing no damage."])
    assert m.iloc[-1]["date"] == "2023-12-20" and m.iloc[-1]["date_source"] == "nearby sentence"


def test_a_country_wide_mention_without_a_day_does_not_date_a_site_far_away():
    m = _mentions(["A similar attack in Iraq last year led to a crisis.", "Officials met.", "Talks went on.",
                   "Nothing changed.", "Later, three rockets hit Camp Taji."], "2021-03-12")
    taji = m[m["place_id"] == "camp_taji"].iloc[0]
    assert taji["date"] != "2020" and taji["date_source"] == "article window"


def test_a_day_before_a_trailing_attribution_is_the_events_day():
    r = _one("A base housing US troops came under drone attack early Friday, a U.S. official told reporters.")
    assert r["date"] == "2023-12-22" and r["date_source"] == "sentence"


def test_an_entry_header_dates_and_locates_its_entry():
    m = _mentions(["Incident date March 3, 2017; Raqqa, Syria",
                   "Five civilians were killed in an alleged airstrike on a house, local sources said."], "2017-03-03")
    assert m.iloc[0]["date"] == "2017-03-03" and m.iloc[0]["place"] == "Ar Raqqah"


# ---------------------------------------------------------------- casualties and munitions
def test_casualty_subjects_joined_by_as_well_as_are_summed():
    r = _one("Two American soldiers, as well as a member of the U.K. armed forces, died in a rocket attack on Camp Taji.")
    assert r["killed"] == 3


def test_a_total_and_its_breakdown_by_nationality_count_once():
    assert casualties("killing three military personnel, two American and one Brit")["killed"] == 3
    assert casualties("Two Americans, one Briton and a Canadian were killed")["killed"] == 4


def test_none_said_in_other_words():
    assert casualties("No US personnel were injured")["injured"] == 0
    assert (casualties("No one was hurt")["killed"], casualties("No one was hurt")["injured"]) == (0, 0)
    assert casualties("The army gave no further information on casualties")["killed"] is None


def test_casualties_by_pronoun_another_or_a_named_person():
    assert casualties("All three of them died.")["killed"] == 3
    c = casualties("gunmen opened fire, killing two policemen and injuring another")
    assert (c["killed"], c["injured"]) == (2, 1)
    assert casualties("Jane Roe, a U.S. contractor, died in a similar attack on the base.")["killed"] == 1


def test_munition_counted_with_a_word_that_also_modifies():
    assert munitions("One drone was shot down near the base")["n_intercepted"] == 1


def test_numbers_in_the_perpetrators_own_account_are_claimed():
    r = _one("The group said in a statement that they attacked the al-Shaddadi base with two drones.")
    assert r["n_claimed"] == 2 and pd.isna(r["n_fired"])


def test_a_figure_outweighs_an_early_report_of_none():
    m = _mentions(["Over 100 US service members were injured in the missile attack on Ain al-Asad air base.",
                   "Officials had initially said no service members were injured in the missile attack on the base."])
    inc, _ = merge_incidents(m)
    assert inc["injured"].tolist() == [100]


# ---------------------------------------------------------------- places
def test_a_capital_named_by_its_country():
    assert _one("A US drone strike hit a car in the Iraqi capital on Wednesday, killing three.")["place"] == "Baghdad"


def test_the_sources_seat_is_not_where_it_happened():
    r = _one("A Turkish drone struck a car in Sinjar, killing two fighters, the counter-terrorism service of the "
             "Kurdistan Region said.")
    assert r["place"] == "Sinjar"


def test_a_place_inside_an_organisations_name_is_not_a_place():
    r = _one("A Turkish drone strike in Sinjar killed three members of the Kurdistan Workers' Party.")
    assert r["place"] == "Sinjar"


def test_an_upper_case_dateline_is_where_the_report_was_filed():
    r = _one("FALLUJA, Iraq, Aug 29 (Reuters) - Gunmen shot dead four soldiers at a checkpoint in Anbar province.")
    assert r["place"] == "Anbar" and r["killed"] == 4


def test_a_name_without_its_assimilated_article():
    assert _one("A drone strike in Raqqa killed two.")["place"] == "Ar Raqqah"


def test_a_place_that_only_measures_distance_gives_way():
    r = _one("A drone attacked their vehicle in Chalmir, some 120 km west of Mosul, killing four.")
    assert r["place"] != "Mosul"


def test_a_named_base_the_gazetteers_lack():
    assert _one("The attack took place at the Tal Baydar base, where drones hit a hangar.")["place"].startswith("Tal Baydar")


# ---------------------------------------------------------------- types, scope and merging
def test_a_newspaper_called_times_is_not_a_count_of_attacks():
    r = _one("Rockets hit the Ain al-Asad air base on Friday, an official told Military Times.")
    assert r["scope"] == "incident"


def test_a_states_attack_is_a_strike_with_its_agent():
    assert _one("Israeli attack on Syria leaves one soldier dead and five wounded.")["event_type"] == "strike"
    assert _one("A militia commander was killed in a US drone strike in Baghdad.")["event_type"] == "us_strike"


def test_a_rocket_that_fell_close_to_a_base_is_reported():
    r = _one("At least one Katyusha rocket fell close to the perimeter of the Ain al-Asad air base on Sunday.")
    assert r["event_type"] == "attack" and r["place_id"] == "ain_al_asad"


def test_days_without_a_year_keep_two_attacks_apart():
    m = _mentions(["On November 9, a drone hit the Harir air base.", "On November 17, a drone hit the Harir air base."],
                  "")
    inc, _ = merge_incidents(m)
    assert len(inc) == 2


def test_interceptions_counted_by_a_determiner():
    assert munitions("The drone was shot down near the base")["n_intercepted"] == 1
    assert munitions("Two drones targeted the base; both of them were intercepted")["n_intercepted"] == 2
    assert munitions("Air defenses intercepted the two drones")["n_intercepted"] == 2


def test_the_militarys_uas_is_a_drone():
    m = munitions("One UAS impacted the air base.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)


def test_a_munition_that_lands_near_the_target_struck():
    m = munitions("One UAS impacted in the vicinity of the air base.")
    assert (m["n_fired"], m["n_hit"]) == (1, 1)
    m = munitions("Two rockets landed near the compound.")
    assert (m["n_fired"], m["n_hit"]) == (None, 2)  # landed near: struck (ANNOTATION: a count told by its outcome is no number fired)


def test_a_munition_with_a_modifier_before_its_verb():
    m = munitions("Three drones directed at the airport were shot down by air defences.")
    assert (m["n_fired"], m["n_intercepted"]) == (None, 3)  # how many got through is not said
    assert munitions("A drone attempting to reach the base was downed.")["n_intercepted"] == 1


def test_one_more_munition_at_another_target():
    m = _mentions(["Several drones were launched at the Ain al-Asad air base and another was launched at a base "
                   "near Erbil International Airport."])
    assert m[m["place_id"] == "erbil_airport"]["n_fired"].tolist() == [1]


def test_a_group_described_by_its_vows_is_no_threat():
    assert _mentions(["Officials blame the attacks on militias that have vowed to expel US troops."]).empty


def test_a_vague_total_is_not_replaced_by_a_smaller_exact_figure():
    m = _mentions(["A number of US personnel were injured in a missile attack on the Ain al-Asad air base.",
                   "At least one Iraqi service member was wounded in the attack on the base."])
    inc, _ = merge_incidents(m)
    assert inc["injured"].isna().all()


def test_the_second_one_intercepted():
    assert munitions("One drone fell inside the base, while the second was intercepted")["n_intercepted"] == 1


def test_an_event_set_apart_keeps_its_own_figures():
    m = _mentions(["A roadside bomb killed four people in the south on Monday.",
                   "In other violence, a roadside bomb killed one soldier and wounded two others on Monday in Kirkuk."],
                  "2008-01-07")
    inc, _ = merge_incidents(m)
    assert sorted(inc["killed"].tolist()) == [1, 4]


def test_a_country_is_not_the_name_of_a_base():
    r = _one("US forces intercepted two attack drones targeting an Iraq air base on Wednesday.")
    assert r["place"] != "Iraq air base"


# ---------------------------------------------------------------- victims and places of event-list entries
def test_people_nouns_with_irregular_plurals_and_singular_victims_are_counted():
    assert casualties("Four policemen were wounded by a gunman.")["injured"] == 4
    assert casualties("Five women and two children were killed.")["killed"] == 7
    assert casualties("Attackers shot dead a cop outside his house.")["killed"] == 1


def test_an_age_or_an_ordinal_between_a_and_the_victim_keeps_one_victim():
    assert casualties("A blast killed a 40-year-old shopkeeper.")["killed"] == 1
    assert casualties("Gunmen wounded a second soldier.")["injured"] == 1


def test_a_town_written_without_its_article_al():
    assert _one("Two guards were killed in Hawija when gunmen attacked.")["place"] == "Al Hawijah"
    assert _one("In Hawija, gunmen killed two guards.")["place"] == "Al Hawijah"


def test_a_country_possessive_before_a_base_is_not_a_persons_name():
    assert _one("Drones struck a base in Syria's al-Tanf area.")["place_id"] == "al_tanf"


def test_a_name_that_opens_with_a_place_word_is_a_place():
    assert _one("In Tal Umm Huwaish, gunmen killed three farmers.")["place_text"] == "Tal Umm Huwaish"


def test_a_date_that_opens_a_running_count_is_not_the_events_day():
    r = _one("A rocket hit the Euphrates base overnight, bringing the number of attacks to 70 since October 17.",
             "2023-11-30")
    assert r["date"] != "2023-10-17"


def test_an_active_casualty_verb_makes_its_subject_the_agent_not_the_victims():
    c = casualties("Three gunmen killed four guards and wounded two more at the gate.")
    assert (c["killed"], c["injured"]) == (4, 2)


def test_a_list_entry_with_a_victim_noun_and_an_article_led_place():
    assert casualties("al-Amil district, Baghdad: 2 shop owners by IED near the market")["killed"] == 2


def test_an_included_subset_does_not_replace_the_total():
    assert _one("At least nine villagers, including three children, were killed by shelling in Kafr Nabl.")["killed"] == 9


def test_a_range_of_victims_counts_its_lower_bound():
    assert casualties("Between four and six farmers were killed by the blast.")["killed"] == 4


def test_victims_named_by_both_another_a_condition_or_a_casualty_noun():
    assert casualties("Gunmen ambushed two guards, killing both.")["killed"] == 2
    assert casualties("A mortar killed a shepherd and wounded another near the village.")["injured"] == 1
    assert casualties("A drone strike left one soldier in critical condition and wounded two others.")["injured"] == 3
    assert casualties("The blast caused the death of a farmer.")["killed"] == 1


def test_timeline_entries_in_the_present_tense():
    assert casualties("A rocket attack injures a contractor who later returns to work.")["injured"] == 1
    assert casualties("A service member suffers a concussion.")["injured"] == 1


def test_named_victims_are_counted():
    assert casualties("A drone strike killed commander Jane Roe and her deputy John Doe near the airport.")["killed"] == 2


def test_none_of_a_longer_group_was_hurt():
    c = casualties("No US or allied coalition troops were killed or wounded in the attack.")
    assert (c["killed"], c["injured"]) == (0, 0)


def test_an_anniversary_dates_the_event_it_marks_years_earlier():
    r = _one("The protest marked the first anniversary of the drone strike that killed two commanders near "
             "the airport on March 4.", "2022-03-10")
    assert r["date"] == "2021-03-04"


def test_a_border_that_locates_a_country_is_not_the_place():
    assert _one("Two soldiers were killed by a drone at an outpost in northeast Jordan near the Syria border.",
                "2024-01-29")["place"] == "Jordan"


def test_a_date_in_a_later_clause_about_another_event_is_not_borrowed():
    m = _mentions(["Gunmen attacked a checkpoint in Tikrit, but the area had been calm since a drone strike killed "
                   "a commander near Baiji last year."], "2021-03-05")
    assert m.set_index("place").loc["Tikrit", "date"] != "2020"


def test_weapons_found_or_defused_are_no_attack():
    assert _mentions(["Police uncovered five IEDs on a road west of Nasiriyah."]).empty


def test_a_danger_described_is_no_threat_made():
    from analysis.events.triggers import cue_classes

    assert "threat" not in cue_classes("Officials describe the emerging drone threat as a chief concern.")
    assert "threat" in cue_classes("The militia threatened to strike the base.")


def test_years_of_attacks_are_a_tally():
    m = _mentions(["The truce ended a year of roadside bomb attacks on convoys in southern Iraq."])
    assert m.empty


def test_a_province_named_by_a_border_does_not_locate_the_event():
    r = _one("Rockets launched south of Erbil near the border with Kirkuk province hit houses on the city's edge.")
    assert r["place"] != "Kirkuk province"


def test_an_agentless_bombardment_is_the_attack_the_article_tells():
    m = _mentions(["Iran's Revolutionary Guard fired ballistic missiles at Erbil on Monday night, killing four civilians.",
                   "The regional government condemned the missile bombardment as a violation of sovereignty."],
                  "2024-01-16")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1


def test_a_helicopter_landing_pad_is_a_place_not_a_weapon():
    assert munitions("One rocket fell on a helicopter landing pad.")["n_fired"] == 1
    assert _one("One rocket fell on a helicopter landing pad at the Omar field.")["weapon"] == "rockets"


def test_a_number_fired_implied_by_interceptions_gives_way_to_the_number_given():
    m = _mentions(["Three drones targeted the al-Tanf garrison on Friday.",
                   "Two drones were shot down over the al-Tanf garrison on Friday."], "2022-08-16")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 3


def test_the_target_of_strikes_on_a_town_is_the_place():
    assert _one("Twelve militants were killed in airstrikes on Hawija.")["place"] == "Al Hawijah"
    assert _one("Nine fighters were killed in air strikes on Umm Dalal.")["place_text"] == "Umm Dalal"


def test_a_town_the_gazetteers_lack_named_with_its_kind_or_an_inner_capital():
    assert _one("A bomb exploded in a truck in Tawila town, killing two.")["place_text"] == "Tawila"
    assert _one("Three guards were wounded in a rocket attack on their camp in Ba'Qubra.")["place_text"] == "Ba'Qubra"


def test_the_targets_account_of_being_struck_joins_the_strike():
    m = _mentions(["US warplanes struck militia depots near Albu Kamal on Sunday night.",
                   "A militia said its headquarters in Albu Kamal had been struck and four of its fighters killed."],
                  "2021-06-28")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 4


def test_a_base_named_in_quotation_marks_is_its_place():
    r = _one('Rockets were fired at a US base called "Green Village" in the Deir Ezzor region.')
    assert r["place_id"] == "omar_oilfield"


def test_a_hand_table_name_without_its_article_is_not_a_persons_name():
    from analysis.events.places import find_places

    assert find_places("Asad said the talks had failed.").empty


# ---------------------------------------------------------------- grouping within one article (s17)
def test_a_claim_of_the_attack_joins_it_whatever_day_the_claim_was_made():
    m = _mentions(["Drones hit the Harir air base on Sunday, wounding four soldiers.",
                   "On Tuesday, a militia group claimed responsibility for the attack."], "2024-01-29")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["date"] == "2024-01-28"


def test_a_group_named_after_a_country_does_not_place_its_claim_there():
    m = _mentions(["A drone killed two soldiers at an outpost in Jordan on Sunday.",
                   "The Islamic Resistance in Iraq claimed the attack."], "2024-01-29")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and m.iloc[-1]["country"] != "Iraq"


def test_a_region_told_in_the_lead_joins_the_site_told_later():
    m = _mentions(["US forces shot down a drone over northeast Syria on Tuesday.",
                   "It was downed near the Conoco gas field base on Tuesday, officials said."], "2023-02-15")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["place_id"] == "conoco_field"


def test_a_city_named_like_its_province_may_stand_for_the_province():
    m = _mentions(["Militants fired shells at the Omar oil field base on Wednesday.",
                   "The attack in Deir Ezzor on Wednesday caused no casualties."], "2022-01-06")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["place_id"] == "omar_oilfield"


def test_an_opening_time_distance_clause_tells_an_earlier_event():
    m = _mentions(["Some three weeks before the Tanf drone attack, the base at the Conoco gas field came under "
                   "heavy rocket fire."], "2023-02-19")
    assert set(m["place_id"]) == {"al_tanf", "conoco_field"} and len(m) == 2
    assert m.set_index("place_id").loc["conoco_field", "weapon"] == "rockets"


def test_the_possessor_of_a_site_only_locates_it():
    assert _one("Rockets hit the base in Deir Ezzor's Conoco gas field.")["place_id"] == "conoco_field"


def test_pro_a_patron_militias_are_the_patrons_clients_not_the_patron():
    r = _one("Pro-Iran militia fighters fired shells at a US base in the Omar oil field.")
    assert r["actor_id"] == "pro_iran_militias" and r["event_type"] == "attack"


def test_injured_counts_of_two_coordinated_groups_are_summed():
    assert casualties("Five guards were injured, and one driver was wounded")["injured"] == 6
    assert casualties("Five guards were wounded, including one driver")["injured"] == 5


def test_attacks_that_have_killed_many_are_a_tally():
    m = _mentions(["Rockets hit the Ain al-Asad base on Monday.",
                   "The government condemned the raids, which have killed at least eleven people."], "2024-01-10")
    assert len(m) == 1 and pd.isna(m.iloc[0]["killed"])


def test_the_one_left_after_interceptions_is_a_hit_and_was_fired_too():
    m = munitions("Two of the drones were shot down while the remaining one struck the camp")
    assert (m["n_fired"], m["n_intercepted"], m["n_hit"]) == (3, 2, 1)
    assert munitions("an air-defence system diverted one of the rockets")["n_intercepted"] == 1


def test_shells_seen_to_land_in_or_near_a_place_struck():
    assert munitions("witnesses saw four shells land in the camp")["n_hit"] == 4
    assert munitions("witnesses saw four shells land near the camp")["n_hit"] == 4


def test_a_statement_that_they_landed_near_agrees_with_a_lead_that_says_struck():
    m = _mentions(["Two rockets struck the Ain al-Asad air base on Monday, the military said.",
                   "The statement said two rockets landed near coalition forces at Ain al-Asad on Monday."], "2024-01-02")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["n_hit"] == 2 and pd.isna(inc.iloc[0]["n_fired"])


def test_single_victims_by_possessive_or_coordinated_noun_phrases():
    assert casualties("A bomb exploded under a car, wounding its driver")["injured"] == 1
    assert casualties("Shells hit a house, injuring a woman and her son")["injured"] == 2
    assert casualties("The strike killed two fighters and wounded a third")["injured"] == 1


def test_victims_left_with_injuries():
    assert casualties("The blast left three guards with minor injuries")["injured"] == 3


def test_towns_between_which_an_event_lies_only_locate_a_named_area():
    r = _one("Gunmen attacked a checkpoint in the Qasr Tawil area, on a road between Balad and Dujail.")
    assert r["place_text"] == "Qasr Tawil"


def test_a_town_name_inside_a_facilitys_name_is_not_the_place():
    r = _one("Airstrikes hit the Al Nour Children's Hospital in the town of Taftanaz, killing four civilians.")
    assert r["place"] == "Taftanaz"


def test_two_clauses_of_one_sentence_on_one_site_and_day_tell_one_event():
    m = _mentions(["Three drones targeted the al-Tanf garrison on Friday, including one that hit a barracks at al-Tanf "
                   "on Friday."], "2024-01-29")
    inc, _ = merge_incidents(m)
    assert len(m) in (1, 2) and len(inc) == 1  # one mention since s30: a numbered part ("including one that") joins


def test_an_event_timed_hours_after_the_attack_told_takes_its_day():
    m = _mentions(["Rockets hit a US base at the Conoco gas field late on 24 August.", "Officials gave no details.",
                   "Residents heard blasts.", "Smoke was seen.",
                   "An hour after the attacks, coalition warplanes carried out air raids near Mayadin."], "2022-08-25")
    assert m.iloc[-1]["date"] == "2022-08-24"


def test_a_response_introduced_by_to_which_is_its_own_event():
    m = _mentions(["Militants targeted the Ain al-Asad base on Monday, injuring one soldier, to which the US responded "
                   "with airstrikes on militia depots near Qaim."], "2024-01-23")
    assert sorted(m["event_type"]) == ["attack", "us_strike"]
    assert m.set_index("event_type").loc["attack", "injured"] == 1


def test_a_series_reported_jointly_for_one_day_and_place_is_one_event_and_a_tally_is_not():
    m = _mentions(["A spate of drone attacks early Saturday targeted the Harir air base."], "2021-06-28")
    assert len(m) == 1 and m.iloc[0]["date"] == "2021-06-26"
    assert _mentions(["A spate of drone attacks since January targeted the Harir air base."], "2021-06-28").empty


def test_a_second_event_joined_by_and_with_its_own_weapon_and_victims_is_its_own():
    m = _mentions(["In Diyala, an IED wounded three soldiers and a mortar attack wounded two civilians."], "2019-05-02")
    assert sorted(m["injured"].tolist()) == [2, 3]
    assert _one("Two soldiers and a police officer were killed in Diyala by an IED.")["killed"] == 3


def test_injuries_named_by_a_noun_of_the_victims():
    assert casualties("The blast resulted in the injury of three soldiers")["injured"] == 3
    assert casualties("The attack inflicted injuries on two guards")["injured"] == 2
    assert casualties("A strike killed a commander and injured his companion")["injured"] == 1


def test_a_defence_system_that_diverted_a_rocket_is_an_interception_of_the_attack():
    m = _mentions(["Three rockets landed in the Green Zone on Sunday.",
                   "An official said an anti-rocket system diverted one of the rockets."], "2020-12-21")
    inc, _ = merge_incidents(m)
    # what the text states: all three landed (a diverted rocket still lands), one was diverted; how many were fired
    # is told only through those outcomes, so no number fired
    assert len(inc) == 1
    assert (inc.iloc[0]["n_hit"], inc.iloc[0]["n_intercepted"]) == (3, 1) and pd.isna(inc.iloc[0]["n_fired"])


def test_an_attack_reported_early_on_a_day_happened_that_day():
    m = _mentions(["Three drones attacked the US forces at Erbil airport, reports said.",
                   "The attack was reported early on Sunday at the airport."], "2021-09-13")
    assert m.iloc[0]["date"] == "2021-09-12"


def test_the_strikes_told_again_with_a_target_verb_stay_the_states_strikes():
    m = _mentions(["US forces carried out airstrikes on Friday against militia sites in Iraq and Syria.",
                   "In Syria, the strikes targeted sites near Albu Kamal and Mayadin."], "2024-02-03")
    inc, _ = merge_incidents(m)
    assert set(m["event_type"]) == {"us_strike"} and len(inc) == 1


def test_an_event_the_story_comes_a_day_after_is_an_earlier_event():
    m = _mentions(["Rockets were fired at the Green Village base on Thursday evening, officials said.",
                   "No one was hurt in the attack, which came a day after a drone attack on al-Tanf."], "2024-01-26")
    tanf = m[m["place_id"] == "al_tanf"].iloc[0]
    assert tanf["date"] == "2024-01-24" and pd.isna(tanf["injured"])
    inc, _ = merge_incidents(m)
    assert len(inc) == 2


def test_a_development_one_day_after_an_event_at_the_same_site_is_apart_from_it():
    m = _mentions(["Militants shelled the Omar oil field base on Wednesday.",
                   "The attack comes one day after the coalition said it foiled a rocket attack on the Omar field."],
                  "2022-01-06")
    inc, _ = merge_incidents(m)
    assert sorted(inc["date"]) == ["2022-01-04", "2022-01-05"]


def test_similar_strikes_over_past_days_and_concern_over_a_practice_are_no_incident():
    assert _mentions(["The attacks follow similar drone strikes over the past few days against bases in Iraq."]).empty
    assert _mentions(["Officials voiced concern over the use of small drones by militias targeting troops in Iraq."]).empty


def test_what_an_attack_answers_takes_neither_its_place_nor_its_casualties():
    m = _mentions(["On June 3, a convoy came under attack near Nasiriyah, injuring two guards.",
                   "The attacks are meant as a response to the assassination of Qassem Soleimani and Abu Mahdi "
                   "al-Muhandis."], "2021-06-04")
    inc, _ = merge_incidents(m)
    convoy = inc[inc["place"] != ""]
    assert len(convoy) == 1 and pd.isna(convoy.iloc[0]["killed"]) and convoy.iloc[0]["injured"] == 2


def test_an_answered_event_without_place_day_or_count_is_dropped():
    m = _mentions(["US jets struck militia depots near Qaim on Friday, following the recent attacks."], "2024-02-03")
    assert len(m) == 1 and m.iloc[0]["event_type"] == "us_strike"


def test_a_base_named_only_by_its_countrys_adjective_is_in_that_country():
    assert _one("A rocket attack on an Iraqi military base in December killed a contractor.")["place_id"] == "iraq"


def test_a_vague_number_wounded_told_after_the_event_outweighs_a_smaller_exact_one():
    m = _mentions(["Rockets hit the K1 base near Kirkuk on Friday, killing a contractor.",
                   "Several soldiers were also wounded, officials said.",
                   "The army said one officer was injured in the attack."], "2019-12-28")
    inc, _ = merge_incidents(m)
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 1 and pd.isna(inc.iloc[0]["injured"])


def test_attacked_by_a_munition_without_its_article_is_one():
    assert munitions("The base was attacked by drone, a source said")["n_fired"] == 1
    assert munitions("The base was attacked by drone and rocket fire")["n_fired"] is None


def test_a_death_from_a_medical_cause_during_an_attack_is_not_a_killing():
    assert casualties("A contractor died of a cardiac episode while sheltering during the attack")["killed"] is None
    assert casualties("A soldier died of his wounds after the attack")["killed"] == 1


# ------------------------------------------- count forms learnt from real reports of other conflicts (third round)
def test_coordinated_munitions_of_one_role_are_summed():
    m = munitions("A warship shot down two drones, three cruise missiles and a ballistic missile over the sea")
    assert m["n_intercepted"] == 6 and m["n_fired"] is None
    m = munitions("A drone and two missiles fired by the rebels were intercepted on Friday")
    assert m["n_intercepted"] == 3
    assert munitions("Two rockets landed near the base and a drone was shot down")["n_intercepted"] == 1


def test_engaged_and_interception_of_count_as_interceptions():
    assert munitions("Navy forces successfully engaged three anti-ship missiles")["n_intercepted"] == 3
    assert munitions("The army reported the interception of a cruise missile launched at the port")["n_intercepted"] == 1


def test_unmanned_aerial_vehicles_are_drones():
    assert munitions("The command said it shot down four unmanned aerial vehicles")["n_intercepted"] == 4
    assert munitions("Four armoured vehicles were destroyed")["n_intercepted"] is None


def test_a_single_munition_named_with_the_that_struck_is_one_hit():
    m = munitions("The shell landed on a school, wounding three pupils")
    assert m["n_hit"] is None  # a shell is artillery here, not one of the counted munition words
    m = munitions("The missile slammed into a depot, causing a fire")
    assert m["n_hit"] == 1 and m["n_fired"] == 1
    assert munitions("The rockets hit the base")["n_hit"] is None
    assert munitions("Three rockets were fired; the rocket that hit was a Grad")["n_hit"] is None
    m = munitions("Two of the drones were shot down while the remaining drone hit the camp")
    assert (m["n_fired"], m["n_intercepted"], m["n_hit"]) == (3, 2, 1)
    m = munitions("The group said the drone hit its target")
    assert m["n_hit"] is None and m["n_claimed"] == 1


def test_rockets_that_had_fallen_inside_a_base_are_hits():
    assert munitions("Officials said four rockets had fallen inside the airfield")["n_hit"] == 4


def test_unit_words_before_a_people_noun_keep_the_people_noun_as_head():
    assert casualties("Two special forces soldiers were killed and an officer was wounded")["killed"] == 2
    assert casualties("The blast killed three Yemeni army soldiers and two police")["killed"] == 5
    assert casualties("Four special forces were praised")["killed"] is None


def test_a_part_of_a_total_after_a_comma_is_not_added():
    assert casualties("The bomber killed nine people, four of them guards and one of them a child")["killed"] == 9
    assert casualties("The explosion killed at least two guards, a police officer said")["killed"] == 2
    assert casualties("The strike killed two guards, a driver and a soldier")["killed"] == 4


def test_being_treated_or_evaluated_for_injuries_is_injured():
    assert casualties("Five sailors are being evaluated for possible concussions and injuries after the blast")["injured"] == 5
    assert casualties("Three guards were being treated for smoke inhalation and minor injuries")["injured"] == 3


def test_reported_killed_and_an_aside_between_dashes_keep_the_role():
    assert casualties("Nine villagers were reported killed in the shelling")["killed"] == 9
    assert casualties("Eight civilians – among them a mother and her two sons – died in the raid")["killed"] == 8
    assert casualties("Six workers (two of them foreigners) were wounded by the blast")["injured"] == 6


def test_another_person_in_a_coordinated_object_adds_one():
    assert casualties("The blast wounded four guards and another contractor")["injured"] == 5
    assert casualties("One guard was wounded in another attack")["injured"] == 1


def test_interceptions_told_as_a_part_of_those_fired():
    m = munitions("Air defences shot down 21 out of 25 drones launched overnight")
    assert (m["n_intercepted"], m["n_fired"]) == (21, 25)
    m = munitions("The navy destroyed six of the eight missiles")
    assert (m["n_intercepted"], m["n_fired"]) == (6, 8)
    assert munitions("Air defences repelled the attack, destroying nine drones")["n_intercepted"] == 9


def test_mortally_or_fatally_wounded_is_a_death():
    assert casualties("A guard was mortally wounded by the blast")["killed"] == 1
    c = casualties("Two guards were fatally injured and three were seriously wounded")
    assert (c["killed"], c["injured"]) == (2, 3)


def test_rounds_of_fire_keep_their_verb():
    m = munitions("Three rounds of indirect fire struck the airfield overnight")
    assert m["n_hit"] == 3 and m["n_fired"] is None
    assert munitions("Four rounds of mortar fire landed near the gate")["n_hit"] == 4


# ---------------------------------------------------------------- fourth round: new real articles (2026-12-01)
def test_a_mixed_case_wire_dateline_is_neither_the_place_nor_the_day():
    m = _mentions(["Mosul, Mar 4 (PTI) Two guards were wounded when a rocket hit Erbil airport on Sunday."],
                  "2024-03-04")
    assert list(m["place"]) == ["Erbil International Airport"] and list(m["date"]) == ["2024-03-03"]


def test_an_upper_case_dateline_with_a_colon_is_not_the_place():
    m = _one("MOSUL: A drone struck a base near Erbil airport on Sunday.", "2024-03-04")
    assert m["place"] != "Mosul"


def test_blame_for_previous_assaults_is_background():
    m = _mentions(["Two rockets hit the Ain al-Asad airbase on Monday.",
                   "Officials have previously blamed militias for assaults against the embassy in Baghdad."])
    assert len(m) == 1 and m.iloc[0]["place"] == "Ain al-Asad Air Base"


def test_near_daily_assaults_are_a_tally_not_an_incident():
    m = _mentions(["A drone hit the Ain al-Asad airbase on Monday.",
                   "Since October the troops had faced near-daily assaults from rockets and drones."])
    assert len(m) == 1


def test_this_attack_set_in_context_restates_the_told_event():
    m = _mentions(["Three rockets hit the Ain al-Asad airbase on Monday, wounding two soldiers.",
                   "This attack comes amid high tensions in the region and talks on the troops in Baghdad."])
    inc, _ = merge_incidents(m)
    assert len(m) == 1 and len(inc) == 1


def test_the_attack_that_came_days_after_another_is_not_a_restatement():
    m = _mentions(["Three rockets hit the Ain al-Asad airbase on Monday.",
                   "The attack comes days after a drone struck the Conoco gas field."])
    assert len(m) >= 2


def test_a_duration_set_off_before_after_opens_an_earlier_event():
    m = _mentions(["US jets struck two depots of the group in Iraq on Sunday, two days after a rocket attack "
                   "on Camp Taji killed a contractor."], "2023-12-26")
    types = set(m["event_type"])
    assert {"attack", "us_strike"} <= types
    attack = m[m["event_type"] == "attack"].iloc[0]
    assert attack["killed"] == 1 and str(attack["date"]) < "2023-12-24"


def test_strikes_that_followed_an_attack_leave_the_attack_its_own_casualties():
    m = _mentions(["US jets on Monday struck two depots of the group in Iraq.",
                   "The strikes followed a drone attack on the Tower 22 outpost earlier in the day that wounded four soldiers."],
                  "2023-12-26")
    attack = m[m["event_type"] == "attack"]
    assert len(attack) == 1 and attack.iloc[0]["injured"] == 4
    assert not (m[m["event_type"] == "us_strike"]["injured"] == 4).any()


def test_a_finished_attack_named_by_its_day_is_dated_back_even_in_a_future_clause():
    # 2024-01-30 is a Tuesday: "Sunday's attack" is the Sunday just gone, not the coming one
    m = _one("Washington will answer Sunday's drone attack on Tower 22 in Jordan, which killed three US soldiers, "
             "officials said.", "2024-01-30")
    assert m["date"] == "2024-01-28" and m["date_text"] == "Sunday"


def test_a_weekday_in_a_past_report_is_the_one_before_publication():
    assert _one("A rocket hit the Green Village base in Syria on Tuesday, wounding one soldier.", "2024-01-06")["date"] == "2024-01-02"


def test_the_date_of_a_photo_caption_does_not_date_the_story_event():
    m = _mentions(["A drone killed three US soldiers at Tower 22 in Jordan, the Pentagon said.",
                   "US soldiers stand guard at Ain al-Asad air base in Iraq on Dec. 29, 2019. (AFP)"], "2024-01-29")
    assert len(m) == 1 and not str(m.iloc[0]["date"]).startswith("2019")


# ---------------------------------------------------------------- figurative language
def test_a_shot_taken_at_someone_in_words_is_no_attack():
    assert _mentions(["The governor took a parting shot at the senator during the debate in Houston."]).empty
    assert _mentions(["She opened the rally with a shot at the president, saying he had no plan."]).empty
    assert _mentions(["He has a real shot at the nomination this year."]).empty


def test_gunfire_at_someone_is_still_an_attack():
    assert len(_mentions(["A gunman shot at police in Baghdad on Monday."])) == 1
    assert len(_mentions(["Militants fired shots at a convoy near Tikrit."])) == 1
    assert len(_mentions(["A sniper took a shot at the patrol near Tikrit, officials said."])) == 1
    assert len(_mentions(["A guard was killed with a single shot at close range in Mosul."])) == 1


def test_a_claim_of_responsibility_stays_a_claim_beside_a_state_named_earlier():
    """'US attacks' earlier in the clause does not make a faction's claim of responsibility a US strike."""
    m = _mentions(["Although a commander had publicly threatened escalation after the killing of fighters in US attacks "
                   "on the border last month, an unknown faction claimed responsibility for the missile attack on Camp Taji."])
    taji = m[m["place"] == "Camp Taji"]
    assert len(taji) == 1 and taji.iloc[0]["event_type"] == "claim"


def test_a_date_fronting_a_post_by_a_named_command_is_the_day_of_the_statement():
    from analysis.events.dating import _is_statement

    t = "On May 4, Central Command (CENTCOM) posted that jets struck depots on May 3."
    assert _is_statement(t, 3, 8) and not _is_statement(t, t.index("May 3"), t.index("May 3") + 5)
