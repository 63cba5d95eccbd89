"""Rules of the stop-58 rounds, written on the errors of real reports (the development samples), each in a fixture of
our own words (made-up people; real place names where the gazetteer is what is tested).

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.events.mention_places import locative
from analysis.events.places import scan_places
from analysis.events.roles import casualties
from analysis.events.timex import date_mentions
from incident_fixtures import incidents_of
from test_incident_patterns import _mentions, _one


def _dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [tuple(r) for r in date_mentions(text, published)[["text", "value"]].values.tolist()]


def _entry(title: str, body: str, published: str = "") -> pd.DataFrame:
    """The mentions of a one-paragraph entry under its heading (the title the cleaning step separates)."""
    s = pd.DataFrame([{"doc_id": "e", "para_id": 0, "sent_id": 0, "start": 0, "end": len(body), "text": body}])
    arts = pd.DataFrame({"doc_id": ["e"], "published": [published], "text": [body], "title": [title]})
    return incident_mentions(s, arts)


def _places(text: str) -> list[str]:
    return [p["name"] for p in scan_places(text)]


# ---------------------------------------------------------------- places
def test_a_heading_that_is_only_a_place_places_its_entry():
    m = _entry("Kirkuk", "Two guards are injured in a bombing near a fuel station.", "2012-05-03")
    assert m.iloc[0]["place"] == "Kirkuk"
    m = _entry("Dec. 20 Herat Province: four civilians killed", "A mortar went off in a village, killing four civilians.")
    assert m.iloc[0]["admin1"] == "Herat"
    m = _entry("Kirkuk", "A bomb wounded two people in Tikrit on Monday.", "2012-05-03")
    assert m.iloc[0]["place"] == "Tikrit"  # the entry's own place stays
    m = _entry("Breaking News", "Two guards are injured in a bombing near a fuel station.", "2012-05-03")
    assert m.iloc[0]["place"] == ""


def test_a_possessive_place_with_its_part():
    assert _places("The blast hit one of Kabul’s busiest areas.") == ["Kabul"]
    assert _places("Tehran’s main proxies fired again.") == []


def test_a_news_medium_named_after_a_place_is_no_place():
    assert _places("According to the Sana news agency, a bus was hit.") == []
    assert _places("A bomb exploded in Sanaa on Monday.") == ["Sanaa"]


def test_where_people_were_headed_or_met_is_not_where_it_happened():
    m = _one("A convoy headed towards the northern city of Kirkuk was ambushed on Monday, killing four soldiers.")
    assert m["place"] != "Kirkuk"
    m = _one("Two pilgrims walking to the holy city of Karbala were killed by a roadside bomb in southern Baghdad.")
    assert m["place"] == "Baghdad"
    s = "Air defences intercepted two drones headed for Khamis Mushait in Saudi Arabia on Monday."
    assert [locative(s, p) for p in scan_places(s)][0]  # munitions headed for a place: their target


# ---------------------------------------------------------------- counts
def test_a_range_of_ages_is_no_count_of_victims():
    assert casualties("Police said victims ranging in age from 15 to 19 suffered gunshot wounds.")["injured"] is None
    assert casualties("Gunmen killed five people aged 18 to 25 at a party.")["killed"] == 5


# ---------------------------------------------------------------- dates
def test_a_part_of_the_day_between_a_weekday_and_its_date():
    assert _dates("A bomb went off on Sunday morning, December 3, 2023, in the hall.", None) == \
        [("Sunday morning, December 3, 2023", "2023-12-03")]


def test_overnight_on_a_day_is_that_night():
    assert _dates("One man was killed in a drone attack on the port overnight on Feb. 23.", "2024-02-24") == \
        [("Feb. 23", "2024-02-23")]
    assert _one("One man was killed in a drone attack on Odesa overnight on Feb. 23.", "2024-02-23")["date"] == \
        "2024-02-23"


def test_a_heading_day_without_its_year_dates_its_entry():
    m = _entry("July 11 Zabul Province: one police officer killed", "A roadside bomb hit a police car, killing one officer.")
    assert m.iloc[0]["date"] == "XXXX-07-11"
    m = _entry("July 11 Paktia Province: three civilians killed", "Three farmers were killed by a rocket in a village.")
    assert m.iloc[0]["date"] == "XXXX-07-11"


# ---------------------------------------------------------------- one event or two
def test_a_toll_so_far_and_the_lower_figures_of_a_risen_toll_are_earlier_counts():
    inc = incidents_of("The death toll of Monday's suicide bombing at a Peshawar mosque has risen to 90, with over 200 "
                       "injured.", "Till now, one injured person and 17 bodies have been recovered from the rubble.",
                       "Police said 17 people were killed and 90 injured in the blast at the mosque in Peshawar.",
                       published="2023-01-31")
    assert len(inc) == 1 and (inc.iloc[0]["killed"], inc.iloc[0]["injured"]) == (90, 200)


# ---------------------------------------------------------------- scope
def test_repeated_cases_and_a_toll_over_years_are_tallies():
    assert _mentions(["Leaders decried repeated cases of military aircraft killing innocent people."]).empty
    assert _mentions(["Rights groups say 1,200 civilians were killed by the militia during six years in the "
                      "province."]).empty
    assert len(_mentions(["Gunmen killed four soldiers in Taiz during the night."])) == 1


def test_a_record_of_threats_is_no_threat_made_now():
    assert _mentions(["His group has threatened the US in the past and works closely with the Quds Force."]).empty
    assert _one("The group has threatened to strike the base again.")["event_type"] == "threat"


def test_a_series_of_rockets_is_one_salvo_and_a_perfect_since_a_month_a_tally():
    assert _one("In reply, the group launched a series of rockets at a kibbutz in northern Israel.")["scope"] == "incident"
    assert _mentions(["The group has fired a series of rockets at the bases since October."]).empty


def test_later_on_a_day_named_opens_the_next_event():
    inc = incidents_of("There was also an unconfirmed attack against the Conoco gas field in eastern Syria.",
                       "Later on October 19, rebels launched four missiles at a ship, which a destroyer intercepted.",
                       published="2023-10-20")
    assert len(inc) == 2


def test_one_victim_after_a_possessive_name_or_fatally_shot():
    assert casualties("The order led to a strike that killed Iran’s most revered general in Baghdad.")["killed"] == 1
    assert casualties("A car bomb killed Kandahar’s provincial police chief on his way to work.")["killed"] == 1
    assert casualties("Weeks later, a local reporter was fatally shot in the port.")["killed"] == 1
    assert casualties("Gunmen fatally shot a policeman in Kano.")["killed"] == 1


# ---------------------------------------------------------------- the review's misfires, kept out
def test_review_a_speaker_or_a_word_as_heading_is_no_place():
    body = "Three soldiers were killed and 25 wounded in a drone attack on a base near the border."
    for title in ("Austin: US will respond", "Hamilton: Ceasefire must hold", "Washington: Three troops killed",
                  "Mobile", "Reading"):
        assert _entry(title, body, "2024-01-29").iloc[0]["place"] == "", title


def test_review_a_body_of_a_state_and_an_adverb_stay_as_they_were():
    assert _places("Tehran’s Revolutionary Guards said a drone strike killed two of its advisers.") == []
    assert "Idlib" in _places("Airstrikes pounded Idlib daily for a week, killing at least 40 people.")
    s = "Three protesters were shot dead outside talks in Khartoum."
    assert [locative(s, p) for p in scan_places(s) if p["name"] == "Khartoum"] == [True]


def test_review_later_on_a_weekday_and_a_retelling_stay_one_incident():
    assert len(incidents_of("A suicide bomber killed 12 people at a market in Kabul on May 3, police said.",
                            "Later on May 3, officials said 20 people were killed in the blast at the market.",
                            published="2023-05-04")) == 1
    assert len(incidents_of("A rocket hit the base at Ain al-Asad on Monday, wounding two soldiers.",
                            "Later on Monday, the Pentagon confirmed the two soldiers were wounded in the rocket attack.",
                            published="2023-05-04")) == 1


def test_review_the_next_attack_after_a_risen_toll_stays_apart():
    assert len(incidents_of("The death toll from Monday's bombing at a mosque in Kabul has risen to 30, officials said.",
                            "Hours later, gunmen killed 8 people at a bus stop in Kabul.", published="2023-05-04")) == 2


def test_review_spans_of_hours_and_years_in_office_are_no_tallies():
    assert _one("The governor, who survived several plots during six years in office, was killed by a car bomb in "
                "Kandahar on Monday.")["killed"] == 1
    assert _one("Militants have fired at least 20 mortar rounds at the base since 6 a.m., wounding three "
                "soldiers.")["injured"] == 3
    assert _mentions(["The army said militants fired a series of mortars at the base over several weeks, wounding 12 "
                      "soldiers."]).empty


def test_review_a_threat_made_now_beside_a_record_of_threats():
    assert _one("The militia has repeatedly threatened to attack US forces and on Sunday vowed to hit the base at "
                "Tanf.")["event_type"] == "threat"
    assert _one("The group, which has threatened US bases in the past, said on Monday it would strike them again "
                "within days.")["event_type"] == "threat"


def test_an_entry_day_dates_the_entry_s_other_events_and_no_statement():
    one, two = "5 March - At least 27 die in blasts in two districts of Baghdad.", "A roadside bomb kills 45 pilgrims near Nasiriyah."
    s = pd.DataFrame([{"doc_id": "e", "para_id": 0, "sent_id": 0, "start": 0, "end": len(one), "text": one},
                      {"doc_id": "e", "para_id": 0, "sent_id": 1, "start": len(one) + 1, "end": len(one) + 1 + len(two),
                       "text": two}])
    m = incident_mentions(s, pd.DataFrame({"doc_id": ["e"], "published": ["2012-03-07"], "text": [one + " " + two]}))
    assert m["date"].tolist() == ["2012-03-05", "2012-03-05"]
