"""Rules of the stop-57 rounds, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real place names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.mention_places import SEVERAL_COUNTRIES
from analysis.events.merge.compat import COUNT_FIELDS
from analysis.events.merge.cluster import _Cluster
from analysis.events.merge.consensus import _consensus_count
from analysis.events.merge.score import _definite_next
from analysis.events.merge.retell import _new_victims
from analysis.events.roles import casualties
from analysis.events.timex import date_mentions
from analysis.text.clean import clean_text
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions, _one


def _dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [tuple(r) for r in date_mentions(text, published)[["text", "value"]].values.tolist()]


# ---------------------------------------------------------------- cleaning
def test_a_link_to_the_previous_or_a_related_story_is_page_furniture():
    body = clean_text("Gunmen shot a guard in Gao on Monday. The army said it was searching the area.\n\n"
                      "Related: Three killed in Mopti\nPrevious post Blast hits market in Kano").body
    assert "Kano" not in body and "Mopti" not in body and "searching" in body


# ---------------------------------------------------------------- counts
def test_plural_attackers_that_kill_headline_style():
    c = casualties("May 3: Kano bombs kill 41 and injure hundreds.")
    assert c["killed"] == 41
    c = casualties("Suicide bombings at two markets kill 18 and wound more than 60.")
    assert (c["killed"], c["injured"]) == (18, 60)
    assert casualties("Landmines still kill about 20 a month in the province.")["killed"] is None
    assert casualties("Airstrikes kill 20 a month in the valley, the report said.")["killed"] is None


def test_a_pronoun_victim_of_a_present_verb():
    assert casualties("Sticky bomb under a judge's car kills him.")["killed"] == 1


# ---------------------------------------------------------------- detection
def test_killed_in_a_confrontation_is_an_event():
    assert int(_one("On March 4, a soldier was killed in a confrontation with rebels in the valley.", "2022-03-10")["killed"]) == 1
    assert _mentions(["The striker was injured in a clash with the goalkeeper on Sunday and will miss three weeks."],
                     "2022-03-10").empty


def test_a_home_invasion_that_kills_is_an_event():
    assert int(_one("Three women and a man are killed in a home invasion.", "2022-03-10")["killed"]) == 4


def test_attacks_every_day_are_a_habit():
    assert _mentions(["The rebels say they attack U.S. forces in the valley every day with rockets."], "2022-03-10").empty


def test_a_warning_of_what_is_already_happening_is_no_threat():
    assert _mentions(["The US warned that a new band of militias backed by Iran has been attacking U.S. troops in the "
                      "region."], "2022-03-10").empty


# ---------------------------------------------------------------- one event or two
def test_the_whole_toll_a_named_victim_was_among_is_the_same_event():
    inc = incidents_of("Sgt. Ann Lee was killed when a drone hit the outpost at Tanf on Sunday.",
                       "Lee was among three soldiers killed when the drone hit the outpost, officials said.",
                       published="2024-01-30")
    assert len(inc) == 1


def test_victims_of_that_assault_are_its_own():
    inc = incidents_of("Nearly 30 villagers were killed in an attack on the village of Kalo on Monday night.",
                       "More than 60 people were killed in that assault, residents said on Wednesday.",
                       published="2023-10-12")
    assert len(inc) == 1 and int(inc.iloc[0]["killed"]) == 60


def test_approximate_tolls_that_disagree_give_the_largest():
    rows = [{"doc_id": "a", "killed": 30, "qualifiers": "killed=about"},
            {"doc_id": "a", "killed": 60, "qualifiers": "killed=more_than"}]
    assert _consensus_count(rows, "killed")[0] == 60


def test_the_lead_s_site_names_the_incident_before_another_site_told_later():
    inc = incidents_of("A rocket attack on the US Embassy in Baghdad caused minor damage on Friday, officials said.",
                       "A US official said rockets were also fired near the Union III base on Friday.",
                       published="2023-12-09")
    assert inc.iloc[0]["place"] in ("US Embassy Baghdad", "U.S. Embassy in Baghdad") or "Embassy" in inc.iloc[0]["place"]


# ---------------------------------------------------------------- dates
def test_would_say_is_no_future():
    assert _dates("“I would say that as of Dec. 4, it’s still about 60 people,” she said.", "2023-12-08") == \
        [("Dec. 4", "2023-12-04")]


def test_palm_sunday_is_a_holiday():
    assert ("Palm Sunday", "2021-03-28") in _dates("A bomb exploded after Palm Sunday Mass.", "2021-03-29")


def test_not_less_than_is_a_floor():
    c = casualties("Not less than 40 people were killed when a bomber blew himself up in the market.")
    assert c["killed"] == 40 and "killed=at_least" in c["qualifiers"]


def test_the_christmas_season_is_no_day():
    assert _dates("The blast came as the Christmas season began, with shopping and travel.", "2023-12-03") == []
    assert _dates("He was killed on Christmas Day.", "2023-12-27") == [("Christmas Day", "2023-12-25")]


def test_a_weekday_told_with_its_day_dates_it_again_on_a_page_republished_weeks_later():
    inc = incidents_of("Thirty people were killed on Monday July 19 in a bombing at a market in Baghdad.",
                       "The explosion occurred late Monday afternoon in a market of Sadr City in eastern Baghdad.",
                       published="2021-09-19")
    assert len(inc) == 1 and inc.iloc[0]["date"] == "2021-07-19"


def test_a_victim_told_by_name_is_one_of_the_toll():
    inc = incidents_of("Gunmen attacked two churches and a police post in Derbent on Sunday evening, killing at least 19 "
                       "people, officials said.", "Ann Lee, a 66-year-old priest at the Orthodox church in Derbent, was killed "
                       "in the attack, said the head of a council.", published="2024-06-24")
    assert len(inc) == 1
    inc = incidents_of("An airstrike killed 12 people in a house in Rafah on Tuesday, medics said.",
                       "Ann Lee, a 23-year-old paramedic, was killed by sniper fire in Rafah on Tuesday.", published="2024-06-24")
    assert len(inc) == 2


def _row(i: int, ev: str, **kw) -> dict:
    return {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
            "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev, **kw}


def test_a_claim_by_militias_of_one_country_joins_the_attack_told_in_another():
    inc = incidents_of("A drone attack hit a base housing U.S. troops at the Omar oil field in Syria on Sunday, killing six "
                       "Kurdish fighters.", "An umbrella group of Iran-backed Iraqi militias, dubbed the Islamic Resistance in "
                       "Iraq, released a video claiming responsibility for the attack and showing them launching a drone.",
                       published="2024-02-05")
    assert len(inc) == 1


def test_a_country_s_part_of_a_strike_told_in_two_countries():
    c = _Cluster(_row(0, "The US launched airstrikes in Iraq and Syria, killing more than 30 people.", event_type="us_strike",
                      killed=30, qualifiers="killed=more_than", place_source=SEVERAL_COUNTRIES, place_text="Iraq and Syria"))
    assert not _new_victims(_row(1, "In Syria, the strikes killed 23 people.", event_type="us_strike", killed=23,
                                 place_id="syria", place_source="sentence"), c)


def test_a_state_that_only_locates_a_province_is_no_actor():
    m = _one("At least nine people were killed and 25 injured in attacks by gunmen in Russia's southernmost Dagestan "
             "province.", "2024-06-24")
    assert m["event_type"] == "attack"


def test_a_war_s_tally_told_after_a_clash_is_not_its_toll():
    m = _mentions(["The army is advancing towards Khartoum from nearby Omdurman, where clashes erupted on Saturday, witnesses said.",
                   "No end in sight", "The ongoing war between the army and the militia has raged since April 2023, killing "
                   "20,000 people and displacing more than 10 million, according to estimates by the United Nations."],
                  "2024-09-28")
    assert len(m) == 1 and m["killed"].isna().all()


def test_a_headline_toll_that_rises_to_a_spelled_number():
    assert casualties("Death toll in Peshawar blast rises to ninety-five")["killed"] == 95


def test_a_hyphenated_hundred_is_one_count():
    assert casualties("A total of two-hundred and twenty-one people got injured in the blast.")["injured"] == 221


# ---------------------------------------------------------------- the review's misfires, kept out
def test_the_review_s_misfires_stay_out():
    assert casualties("Israel Vows To Press On As Strikes Kill 40 In Gaza")["killed"] == 40
    assert casualties("Strikes kill 2,000 jobs at the carmaker, the union says.")["killed"] is None
    assert casualties("The decision effectively kills the candidate's bid for a second term.")["killed"] is None
    assert casualties("The motorway toll climbs to 12 euros next month.")["killed"] is None
    assert not _mentions(["The Revolutionary Guards warned that their missiles are aimed at US bases in the region."],
                         "2024-01-10").empty
    m = _one("An airstrike hit a market where hundreds of people shop every day, killing 12 on Tuesday.", "2024-01-10")
    assert m["scope"] == "incident"
    assert _one("Fighting has continued into a second day in Tripoli, killing 27 people in clashes between rival "
                "militias.", "2024-01-10")["scope"] == "incident"
    assert _one("Jihadists have been attacking army positions around Djibo since dawn on Saturday, killing at least 15 "
                "soldiers, security sources said.", "2024-01-10")["scope"] == "incident"
    assert _dates("The ministry said it would add 500 hospital beds by March.", "2024-11-10") == [("March", "2025-03")]
    assert _dates("Shoppers spent a record sum during Black Friday shopping.", "2023-11-27") == [("Black Friday", "2023-11-24")]
    body = clean_text("Previous post-election violence in 2007-08 killed more than 1,100 people.\n\nIt was the worst since "
                      "independence.").body
    assert body.startswith("Previous post-election violence")


def test_a_weekday_keeps_its_own_week_after_a_dated_anniversary():
    inc = incidents_of("Hamas gunmen stormed southern Israel on Saturday, October 7, 2023, killing about 1,200 people.",
                       "On Saturday, an Israeli airstrike on a school in Gaza killed 20 people, medics said.",
                       published="2024-10-08")
    assert "2024-10-05" in set(inc["date"])


def test_a_few_of_a_group_s_own_people_are_a_part_of_the_toll():
    c = _Cluster(_row(0, "An Israeli shell landed among journalists, killing one and wounding six.", killed=1, injured=6))
    assert not _new_victims(_row(1, "Reuters said two of its journalists were wounded in the border area.", injured=2), c)
    c = _Cluster(_row(0, "A shell landed among journalists, wounding one.", injured=1))
    assert _new_victims(_row(1, "Gunmen wounded two farmers near the village.", injured=2), c)


def test_the_next_sentence_s_definite_munitions_cross_a_weapons_clash():
    c = _Cluster(_row(3, "A drone fired two missiles at the militia headquarters.", weapon="missiles"))
    assert _definite_next(_row(4, "The rockets struck a car inside the compound.", weapon="rockets"), c)
    assert not _definite_next(_row(9, "The rockets struck a car inside the compound.", weapon="rockets"), c)
