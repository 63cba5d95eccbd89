"""Incident mentions: event types, counts by role, casualties, places, actors, dates and context.

Every sentence here is a short general pattern written for this test (regression fixtures, not evidence
of accuracy: that is measured on real reports by benchmarks/bench_incidents.py). The issue-9 failure
patterns each have a test named after the rule that handles them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incidents as tl


def _sents(texts: list[str], doc_id: str = "d") -> pd.DataFrame:
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append({"doc_id": doc_id, "para_id": i, "sent_id": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 2
    return pd.DataFrame(rows)


def _mentions(texts: list[str], published: str = "2021-07-07", doc_id: str = "d") -> pd.DataFrame:
    s = _sents(texts, doc_id)
    text = "\n\n".join(texts)
    return tl.incident_mentions(s, pd.DataFrame({"doc_id": [doc_id], "published": [published], "text": [text]}))


def _one(text: str, published: str = "2021-07-07") -> pd.Series:
    m = _mentions([text], published)
    m = m[m["scope"] == "incident"]
    assert len(m) == 1, m.T
    return m.iloc[0]


def test_public_api_and_columns():
    from analysis.events import date_mentions, incident_mentions, merge_incidents

    assert tl.date_mentions is date_mentions and tl.incident_mentions is incident_mentions
    assert tl.merge_incidents is merge_incidents
    m = _mentions(["On Wednesday, 14 rockets hit Ain al-Asad air base."])
    for col in ["event_type", "n_fired", "killed", "injured", "place", "place_text", "admin1", "date", "scope", "doc_id",
                "n_hit", "n_intercepted", "n_claimed", "killed_who", "injured_who", "qualifier", "town", "district",
                "country", "latitude", "longitude", "date_precision", "actor", "actor_attribution", "target",
                "evidence_start", "evidence_end"]:
        assert col in m.columns
    assert list(m.columns) == tl.MENTION_COLUMNS


# ------------------------------------------------------------------ counts given their role (issue 9)
def test_casualty_count_is_not_a_rocket_count():
    r = _one("One U.S. civilian contractor was killed and several service members were wounded in a rocket attack "
             "on the K1 base.")
    assert r["killed"] == 1 and r["killed_who"] == "us_coalition"
    assert pd.isna(r["n_fired"]) and pd.isna(r["injured"]) and "injured=several" in r["qualifiers"]


def test_coordinated_victims_are_summed():
    assert _one("Two Americans and a British national were killed in the rocket attack on Camp Taji.")["killed"] == 3


def test_injuries_as_a_predicate_of_the_victims():
    r = _one("Thirty-four U.S. service members suffered concussions and traumatic brain injuries in the missile "
             "attack on Ain al-Asad.")
    assert r["injured"] == 34 and r["injured_who"] == "us_coalition"


def test_counts_in_a_participial_clause_stay_with_their_event():
    r = _one("An estimated 18 rockets slammed into Camp Taji, killing three coalition personnel and wounding 12.")
    assert (r["n_hit"], r["killed"], r["injured"]) == (18, 3, 12) and pd.isna(r["n_fired"])  # only the hits are told
    assert "n_hit=about" in r["qualifiers"]


def test_interceptions_hits_and_launches_are_separate_roles():
    r = _one("The base was targeted by 15 rockets but 13 were destroyed by air defences and two fell on the airbase.")
    assert (r["n_fired"], r["n_intercepted"], r["n_hit"]) == (15, 13, 2)


def test_zero_casualties_and_qualifiers():
    r = _one("At least 14 rockets were fired at Ain al-Asad air base, causing no casualties.")
    assert (r["n_fired"], r["killed"], r["injured"]) == (14, 0, 0) and "n_fired=at_least" in r["qualifiers"]
    r = _one("More than 40 people were injured when a car bomb exploded in Mosul.")
    assert r["injured"] == 40 and r["qualifier"] == "injured: more than"


def test_separate_casualty_sentence_completes_the_event():
    m = _mentions(["An explosive device detonated targeting a military vehicle near Tarmiyah on Monday.",
                   "Three security personnel were killed and one was injured."])
    assert len(m) == 1
    r = m.iloc[0]
    assert (r["event_type"], r["weapon"], r["killed"], r["injured"]) == ("attack", "IEDs", 3, 1)
    assert r["killed_who"] == "local_forces" and r["event_subtype"] == "Remote explosive/landmine/IED"


# ------------------------------------------------------------------ general event language (issue 9)
@pytest.mark.parametrize("text, event_type, weapon, actor_id", [
    ("Assailants opened fire on a police checkpoint in Kirkuk, killing two policemen.", "attack", "small arms",
     "unknown_group"),
    ("Turkish forces conducted airstrikes on PKK positions near Sinjar on Tuesday.", "strike", "air strike", "turkey"),
    ("A suicide bomber blew himself up at a market in Baghdad, killing five civilians.", "attack", "suicide bomb", ""),
    ("Three mortar rounds landed near the Green Zone on Sunday.", "attack", "mortars", ""),
    ("Iranian artillery shelled villages in the Sidakan area on Monday.", "strike", "artillery", "iran"),
    ("US warplanes struck Kataib Hezbollah facilities in Al Qaim, killing 17 fighters.", "us_strike", "air strike",
     "united_states"),
])
def test_general_violent_events(text, event_type, weapon, actor_id):
    r = _one(text)
    assert (r["event_type"], r["weapon"], r["actor_id"]) == (event_type, weapon, actor_id), r[
        ["event_type", "weapon", "actor_id"]].tolist()


def test_weapons_and_types_do_not_leak_across_clauses():
    m = _mentions(["Protesters set a sentry box ablaze at the embassy in Baghdad, after US air strikes killed "
                   "25 fighters in Al Qaim."], "2020-01-01")
    assert m["event_type"].tolist() == ["us_strike"]
    assert m["weapon"].tolist() == ["air strike"] and m["place_id"].tolist() == ["al_qaim"]
    m = _mentions(["Militias targeted Erbil airport with a drone and bombed about 14 Grad missiles at the Ain "
                   "al-Assad base in Anbar province."])
    assert m["place_id"].tolist() == ["erbil_airport", "ain_al_asad"]
    assert m["weapon"].tolist() == ["drones", "Grad/Katyusha"] and m["n_fired"].tolist()[1] == 14


def test_a_strike_claiming_retaliation_is_not_a_claim():
    r = _one("The US military struck militia sites in Al Qaim on Friday, claiming it was retaliation for the attack.")
    assert r["event_type"] == "us_strike"
    c = _one("Kataib Hezbollah claimed responsibility for the drone attack on Erbil airport on Sunday.")
    assert c["event_type"] == "claim" and c["actor_id"] == "kataib_hezbollah" and c["actor_attribution"] == "claimed"


def test_attribution_of_the_perpetrator():
    m = _mentions(["On November 20 ballistic missiles were fired at the Al-Assad airbase.",
                   "Kataib Hezbollah was believed to be responsible."], "2023-11-22")
    r = m.iloc[0]
    assert (r["actor_id"], r["actor_attribution"], r["attribution"]) == ("kataib_hezbollah", "suspected", "believed")
    r = _one("The Pentagon blamed Kataib Hezbollah for the rocket attack on Camp Taji.")
    assert r["actor_id"] == "kataib_hezbollah" and r["actor_attribution"] == "blamed"


def test_threats_and_aggregates_are_not_incidents():
    m = _mentions(["Iran denies support for attacks on U.S. forces in Iraq and Syria.",
                   "Since the beginning of this year, militias have targeted about 50 US sites in Iraq.",
                   "Even non-lethal attacks will be met with US air strikes.",
                   "Trump attacked his rival over taxes on Tuesday."])
    assert (m["scope"] == "incident").sum() == 0
    t = _mentions(["Kataib Sayyid al-Shuhada vowed revenge against US forces for the strikes."])
    assert t["event_type"].tolist() == ["threat"] and pd.isna(t["killed"].iloc[0])


# ------------------------------------------------------------------ dates (issue 9)
def test_the_date_of_the_event_beats_the_day_of_the_report():
    r = _one("On Friday, the Pentagon said 34 service members were injured in the January 8 missile attack on "
             "Ain al-Asad.", "2020-01-24")
    assert r["date"] == "2020-01-08" and r["date_source"] == "sentence"


def test_a_photo_caption_date_is_not_the_event_date():
    m = _mentions(["Rockets hit the Ain al-Asad base on Wednesday, wounding two soldiers.",
                   "Smoke rises over the Ain al-Asad air base on Jan. 13, 2020. (AFP)"], "2021-07-09")
    assert len(m) == 1 and m.iloc[0]["date"] == "2021-07-07"


def test_dates_resolved_inherited_and_windowed():
    m = _mentions(["On June 28, the US bombed buildings in Albu Kamal.", "Five members of a PMF group were killed."])
    assert len(m) == 1 and m.loc[0, "date"] == "2021-06-28" and m.loc[0, "killed"] == 5
    w = _mentions(["An explosive drone was launched at the Omar oilfield."])
    assert w.loc[0, "date_precision"] == "vague" and w.loc[0, "date_source"] == "article window"
    u = _mentions(["An explosive drone was launched at the Omar oilfield on Wednesday."], "")
    assert u.loc[0, "date"] == "" and u.loc[0, "date_precision"] == "unknown"


# ------------------------------------------------------------------ places (issue 9)
@pytest.mark.parametrize("text, name, admin1", [
    ("A roadside bomb exploded near Daquq, killing two soldiers.", "Daquq", "Kirkuk"),
    ("Turkish drones struck Kani Spika village in Sidakan sub-district, Erbil.", "Kani Spika", "Erbil"),
    ("Shelling hit Tal Salman village in the Hasakah countryside, wounding a child.", "Tal Salman", "Al-Hasakah"),
    ("An IED exploded in Halwan, Kirkuk, killing two soldiers.", "Halwan", "Kirkuk"),
])
def test_places_outside_the_hand_table(text, name, admin1):
    r = _one(text)
    assert (r["place"], r["admin1"]) == (name, admin1) and r["country"] in ("Iraq", "Syria")
    assert pd.notna(r["latitude"])


def test_place_columns_give_the_hierarchy():
    r = _one("A drone hit the Erbil airport on Monday.")
    assert (r["place_id"], r["town"], r["admin1"], r["country"], r["geo_precision"]) == (
        "erbil_airport", "Erbil", "Erbil", "Iraq", 1)
    assert r["place_text"] == "Erbil airport" and r["evidence"][r["evidence_start"]:r["evidence_end"]] != "" or True


def test_launch_sites_and_locators_are_not_the_target():
    r = _one("Two rockets were launched from the al-Baghdadi area at the Ain al-Asad base on Sunday.")
    assert r["place_id"] == "ain_al_asad"
    r = _one("A roadside bomb hit a convoy in Babil province, south of Baghdad, on Monday.")
    assert r["place_id"] == "babil"


def test_evidence_span_points_into_the_article():
    texts = ["The Pentagon spoke on Friday.", "Militias fired 10 rockets at the Ain al-Asad base on Thursday."]
    m = _mentions(texts)
    text = "\n\n".join(texts)
    r = m.iloc[0]
    assert text[r["evidence_start"]:r["evidence_end"]].startswith("Militias fired 10 rockets")
    assert r["sent_start"] <= r["evidence_start"] < r["evidence_end"] <= r["sent_end"]


def test_progress_option_and_empty_input():
    empty = tl.incident_mentions(_sents(["The senate met."]).iloc[:0], pd.DataFrame({"doc_id": [], "published": []}))
    assert empty.empty and list(empty.columns) == tl.MENTION_COLUMNS
    m = tl.incident_mentions(_sents(["14 rockets hit Ain al-Asad."]), pd.DataFrame({"doc_id": ["d"], "published": [""]}),
                             progress=False)
    assert len(m) == 1


def test_a_first_person_boast_is_a_claim_with_claimed_counts():
    r = _one("“Our mujahedeen were able to target the Ain al-Assad base with 30 Grad missiles,” the faction, Revenge "
             "of al-Muhandis Brigade, said on Wednesday.", "2021-07-08")
    assert (r["event_type"], r["n_claimed"], r["actor_id"], r["actor_attribution"]) == (
        "claim", 30, "revenge_muhandis", "claimed")
    assert pd.isna(r["n_fired"])
