"""Rules of the stop-46 round, written on the errors of four development samples of real reports (dev46a-d: militia
attacks on US forces and US strikes, and other violence in Thailand, Ghana, Haiti, Slovakia, Nigeria, India, Mexico,
Somalia, Ukraine, Colombia, Kenya, the Philippines, Pakistan, South Africa and Northern Ireland), each in a fixture of
our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pytest

from analysis.events.counts import count_rows
from analysis.events.roles import casualties, munitions
from analysis.text.clean import clean_text
from test_incident_patterns import _mentions
from test_incident_patterns_s44 import _incidents


# ---------------------------------------------------------------- threats and summaries
@pytest.mark.parametrize("text", [
    "The United States will respond at times and places of its choosing, the Pentagon said.",
    "It will go on at times and places of our choosing,” President Ann Lee said in a statement.",
])
def test_an_answer_at_a_time_of_the_speaker_s_choosing_is_a_threat(text):
    m = _mentions([text])
    assert m["event_type"].tolist() == ["threat"]


@pytest.mark.parametrize("text", [
    "The army has answered over the last month with air strikes on camps in the north.",
    "Officials said the bases stayed open despite the continued attacks on the garrison.",
    "Roadside bombs against convoys carrying fuel for the army have increased.",
    "Records show 40 guards were killed between March 1, 2019 and May 1, 2020 in the district.",
    "The second quarter of 2022 saw 90 deaths and 40 injuries from 75 incidents of violence.",
])
def test_tallies_over_a_period_are_no_incident(text):
    assert _mentions([text], "2022-08-01").empty


# ---------------------------------------------------------------- tolls
@pytest.mark.parametrize("text, killed, injured", [
    ("The patrol came under fire but escaped injury.", None, 0),
    ("The patrol came under fire but the soldiers escaped unhurt.", 0, 0),
    ("Shells hit the camp and caused three soldiers to receive head injuries.", None, 3),
    ("Two Border Security Forces (BSF) personnel were killed and a Rapid Action Police Forces (RAF) officer was injured.",
     2, 1),
])
def test_tolls_in_other_words(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_a_unit_s_initials_in_brackets_stay_inside_the_counted_phrase():
    rows = count_rows("Two Border Security Forces (BSF) personnel died")
    assert [(r["value"], r["noun"]) for r in rows] == [(2, "personnel")]


def test_a_massacre_is_an_attack_with_its_toll():
    m = _mentions(["A massacre at a roadside cafe left nine people dead on Sunday."], "2022-08-03")
    assert (m.iloc[0]["event_type"], m.iloc[0]["killed"]) == ("attack", 9)


# ---------------------------------------------------------------- munitions
@pytest.mark.parametrize("text, fired, hit", [
    ("The outpost came under attack from a one-way drone on Monday.", 1, None),
    ("The outpost was targeted by a single rocket attack on Monday.", 1, None),
    ("The rocket did not hit the outpost, an official said.", 1, 0),
])
def test_one_munition_told_alone(text, fired, hit):
    m = munitions(text)
    assert (m["n_fired"], m["n_hit"]) == (fired, hit)


# ---------------------------------------------------------------- places and dates
def test_the_towns_where_an_attack_was_condemned_are_not_its_place():
    m = _mentions(["The bombing was condemned on Friday in Belfast, London and Dublin."], "2022-08-06")
    assert m.empty or not m["place"].isin(["Belfast", "London", "Dublin"]).any()


def test_strikes_in_two_countries_are_placed_in_both_by_name():
    _m, inc = _incidents(["US aircraft carried out air strikes in Iraq and Syria on Friday against militia sites."],
                         "2024-02-03")
    assert inc["place"].tolist() == ["Iraq and Syria"]
    assert inc["place_id"].tolist() == [""]


def test_the_day_of_an_attack_told_after_the_news_it_led_to():
    m = _mentions(["A hunt for the gunmen was launched today in the district after three guards were killed in a bomb "
                   "attack yesterday."], "2022-08-10")
    assert m.iloc[0]["date"] == "2022-08-09"


def test_a_lead_that_opens_with_its_dateline_is_no_standfirst():
    c = clean_text("A reporter\nPortown, Nov 3: Militants today threw a grenade at a police post, injuring four.\n"
                   "Follow us on WhatsApp\nThe attack took place near the market. Police said two men fled.\n"
                   "Officials said more troops would be sent.")
    assert c.body.startswith("Portown, Nov 3: Militants") or "Militants today threw a grenade" in c.body
    assert "Militants" not in c.meta["standfirst"]


# ---------------------------------------------------------------- round two (dev46e, dev46f)
def test_a_number_of_people_and_the_list_that_says_who_they_were_are_one_toll():
    assert casualties("The gunmen killed three others, a guard and two drivers, in the raid.")["killed"] == 3
    assert casualties("Two guards, a policeman and a civilian were killed.")["killed"] == 4


@pytest.mark.parametrize("text", [
    "The country's largest guerrilla group killed 9 soldiers on Monday.",
    "Guerrillas killed 9 soldiers on Monday.",
    "Rebels killed 9 soldiers on Monday.",
])
def test_armed_men_named_by_a_common_noun_are_the_attackers(text):
    m = _mentions([text], "2022-08-03")
    assert (m.iloc[0]["event_type"], m.iloc[0]["killed"], m.iloc[0]["actor_id"]) == ("attack", 9, "unknown_group")


def test_an_attack_told_where_a_place_is_described_is_another_event():
    m = _mentions(["Officials said a drone attack on the oil field was foiled, an area where troops came under rocket "
                   "fire but escaped injury on June 28."], "2021-07-08")
    assert sorted(m["date"].tolist()) == ["2021-06-28", "2021-07"] or len(m) == 2
    assert m[m["weapon"] == "drones"]["injured"].isna().all()
