"""Incidents: counts and casualties in context, event types, places, dates, merging and conflicts."""

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
    return tl.incident_mentions(_sents(texts, doc_id), pd.DataFrame({"doc_id": [doc_id], "published": [published]}))


def test_public_api_reexports_date_mentions():
    from analysis.events.timex import date_mentions
    assert tl.date_mentions is date_mentions
    df = tl.date_mentions("On Wednesday, 14 rockets hit the base.", "2021-07-07")
    assert df["value"].tolist() == ["2021-07-07"]  # the count is not a day of the month


@pytest.mark.parametrize("text, field, value", [
    ("On Tuesday, two dozen rockets were launched at the Ain al-Asad base.", "n_fired", 24),
    ("Fourteen of the projectiles hit the Ain al-Asad base, causing minor injuries to two personnel.", "n_hit", 14),
    ("Fourteen of the projectiles hit the Ain al-Asad base, causing minor injuries to two personnel.", "injured", 2),
    ("At least 14 rockets hit Ain al-Asad air base on Wednesday, wounding two American service members.", "n_hit", 14),
    ("14 rockets were fired at the Ain Al Asad airbase on Wednesday.", "n_fired", 14),
    ("Ballistic missiles were fired at the Al-Assad airbase in Anbar wounding 8 Americans.", "injured", 8),
    ("An AC-130 gunship fired at vehicles in Abu Ghraib that killed 1 fighter.", "killed", 1),
    ("US strikes on the Iraqi-Syrian border killed four of their members.", "killed", 4),
    ("Three US soldiers were killed and more than 40 injured in a drone attack on Tower 22.", "killed", 3),
    ("Three US soldiers were killed and more than 40 injured in a drone attack on Tower 22.", "injured", 40),
    ("That line was crossed with the death of an Iraqi-American contractor at a base near Kirkuk.", "killed", 1),
    ("The Erbil attack on the US consulate in Erbil caused no casualties.", "injured", 0),
    ("On January 3, 2020, a US air strike in Baghdad killed Iranian general Qassem Suleimani and the head of "
     "Kataib Hezbollah, Abu Mahdi Al Muhandis.", "killed", 2),
])
def test_counts_and_casualties_in_context(text, field, value):
    m = _mentions([text])
    assert len(m) == 1 and m.loc[0, field] == value, m.T


def test_qualifier_and_claim_counts():
    m = _mentions(["Militias bombed about 14 Grad missiles at the Ain al-Assad base, slightly injuring two people."])
    assert m.loc[0, "n_fired"] == 14 and "n_fired=about" in m.loc[0, "qualifiers"]
    assert m.loc[0, "weapon"] == "Grad/Katyusha"
    c = _mentions(["“Our mujahedeen were able to target the Ain al-Assad base with 30 Grad missiles,” the faction, "
                   "Revenge of al-Muhandis Brigade, said on Wednesday."])
    assert c.loc[0, "event_type"] == "claim" and c.loc[0, "n_claimed"] == 30 and pd.isna(c.loc[0, "n_fired"])
    assert c.loc[0, "actor_id"] == "revenge_muhandis" and c.loc[0, "attribution"] == "claimed"


def test_event_types_and_actors():
    m = _mentions(["The U.S. responded with an AC-130 gunship firing at Hezbollah vehicles in Abu Ghraib.",
                   "A drone strike was also reported upon Asaib Ahl Al-Haq in Anbar’s Ramadi district.",
                   "An explosive drone launched at the Al Omar oilfield was intercepted."], "2023-11-22")
    assert m["event_type"].tolist() == ["us_strike", "us_strike", "interception"]
    assert m["place_id"].tolist() == ["abu_ghraib", "ramadi", "omar_oilfield"]
    assert (m.loc[:1, "actor_id"] == "united_states").all()
    b = _mentions(["On November 20 ballistic missiles were fired at the Al-Assad airbase.",
                   "Kataib Hezbollah was believed to be responsible."], "2023-11-22")
    assert b.loc[1, "actor_id"] == "kataib_hezbollah" and b.loc[1, "attribution"] == "believed"
    assert b.loc[1, "place_id"] == "ain_al_asad" and b.loc[1, "place_source"] == "inherited"


def test_two_incidents_in_one_sentence():
    m = _mentions(["Militias targeted Erbil International Airport with a drone and bombed about 14 Grad missiles "
                   "at the Ain al-Assad base in Anbar province."])
    assert m["place_id"].tolist() == ["erbil_airport", "ain_al_asad"]
    assert m["weapon"].tolist() == ["drones", "Grad/Katyusha"]
    assert pd.isna(m.loc[0, "n_fired"]) or m.loc[0, "n_fired"] == 1
    assert m.loc[1, "n_fired"] == 14


def test_generic_and_aggregate_sentences():
    m = _mentions(["Iran denies support for attacks on U.S. forces in Iraq and Syria.",
                   "Since the beginning of this year, militias have targeted about 50 US sites in Iraq.",
                   "Even non-lethal attacks will be met with US air strikes."])
    assert (m["scope"] == "incident").sum() == 0


def test_dates_resolved_and_inherited():
    m = _mentions(["On June 28, the US bombed buildings in Albu Kamal.", "Five members of a PMF group were killed.",
                   "An explosive drone was launched at the Omar oilfield."], "2021-07-07")
    assert m.loc[0, "date"] == "2021-06-28" and m.loc[0, "date_source"] == "sentence"
    assert m.loc[1, "date"] == "2021-06-28" and m.loc[1, "killed"] == 5 and m.loc[1, "event_type"] == "us_strike"
    w = _mentions(["An explosive drone was launched at the Omar oilfield."], "2021-07-07")
    assert w.loc[0, "date_precision"] == "vague" and w.loc[0, "date_source"] == "article window"
    u = _mentions(["An explosive drone was launched at the Omar oilfield on Wednesday."], "")
    assert u.loc[0, "date"] == "" and u.loc[0, "date_precision"] == "unknown"


def test_counts_compatible():
    assert tl.counts_compatible((14, "at_least"), (24, "exact"))
    assert not tl.counts_compatible((14, "exact"), (24, "exact"))
    assert tl.counts_compatible((14, "about"), (15, "exact"))


def _corpus():
    a = _sents(["At least two people were injured when 14 rockets were fired at the Ain Al Asad airbase on Wednesday.",
                "On June 28, the US bombed buildings in Albu Kamal.", "Five members of a PMF group were killed."], "a")
    b = _sents(["On Tuesday, two dozen rockets were launched at the Al Ain Assad base in Anbar, injuring two soldiers.",
                "Militias vowed to retaliate after US strikes on the Iraqi-Syrian border killed four members last month."],
               "b")
    c = _sents(["At least 14 rockets hit an Iraqi air base on Wednesday, wounding two American service members."], "c")
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2021-07-07", "", "2021-07-09"],
                         "label": ["A", "B", "C"]})
    return tl.incident_mentions(pd.concat([a, b, c]), arts), arts


def test_merge_across_outlets_with_conflicts_and_inference():
    m, arts = _corpus()
    inc, conf = tl.merge_incidents(m, arts)
    asad = inc[inc["place_id"] == "ain_al_asad"].iloc[0]
    assert asad["doc_ids"] == "a;b;c" and asad["date"] == "2021-07-07"  # the placeless report joins by count + day
    assert "inferred" in asad["date_inference"]
    strike = inc[inc["place_id"] == "albu_kamal"].iloc[0]
    assert strike["doc_ids"] == "a;b"
    fields = set(conf["field"])
    assert {"n_fired", "date", "killed"} <= fields
    row = conf[(conf["field"] == "killed")].iloc[0]
    assert "a: 5" in row["values"] and "b: 4" in row["values"]
    assert inc["incident_id"].is_unique and list(inc.columns) == tl.INCIDENT_COLUMNS
    assert list(conf.columns) == tl.CONFLICT_COLUMNS


def test_merge_keeps_distinct_incidents_apart():
    m = _mentions(["On Wednesday 14 rockets hit Ain al-Asad air base.",
                   "On November 20 ballistic missiles were fired at the Al-Assad airbase."], "2023-11-22")
    m.loc[0, ["date", "earliest", "latest"]] = "2021-07-07"
    inc, conf = tl.merge_incidents(m)
    assert len(inc) == 2 and conf.empty


def test_reference_series_and_claimed_totals():
    refs = pd.DataFrame({"doc_id": "d", "ref_id": [0, 1, 2, 3], "author": "", "outlet": "x", "date_raw": "",
                         "title": ["Rockets hit Ain al-Asad", "Drone attack targets Ain al-Assad base",
                                   "Erbil airbase again targeted with suicide drones",
                                   "Sudani has a last chance to neutralize the factions"],
                         "date": ["2023-10-22", "2023-10-29", "2023-11-11", "2023-11-07"]})
    arts = pd.DataFrame({"doc_id": ["d"], "text": ["The Assad airbase has been struck 24 times while Al-Harir airbase "
                                                   "in Irbil has been targeted 15 times."]})
    series, comp = tl.reference_series(refs, arts)
    assert series["event_type"].tolist() == ["attack", "attack", "", "attack"]
    assert series["place_id"].tolist()[:2] == ["ain_al_asad", "ain_al_asad"]
    anbar = comp[comp["admin1"] == "Anbar"].iloc[0]
    assert anbar["cited_reports"] == 2 and anbar["claimed_total"] == 24
    assert comp[comp["admin1"] == "Erbil"].iloc[0]["claimed_total"] == 15


def test_evaluate_against_gold_shapes():
    m, arts = _corpus()
    inc, _ = tl.merge_incidents(m, arts)
    gold = pd.DataFrame({"incident_id": ["g1", "g1"], "doc_id": ["a", "c"],
                         "evidence": ["14 rockets were fired at the Ain Al Asad airbase", "At least 14 rockets hit"],
                         "event_type": "attack", "weapon": "rockets", "place_id": ["ain_al_asad", ""],
                         "date": "2021-07-07", "date_precision": "day", "date_basis": "", "n_fired": ["14", ""],
                         "n_hit": ["", "14"], "n_claimed": "", "killed": "", "injured": ["2", "2"], "actor": ""})
    summary, _pairs = tl.evaluate_mentions(m, inc, gold)
    got = dict(zip(summary["measure"] + "|" + summary["level"], summary["value"]))
    assert got["recall|mentions"] == 1.0
    assert got["recall|same-incident links"] == 1.0


def test_threat_is_its_own_event():
    m = _mentions(["On Tuesday drones were launched at the US embassy in Baghdad.",
                   "Abu Alaa Al Walae, the head of Kataib Sayyid Al Shuhada, told AFP on Tuesday his forces were "
                   "planning revenge against US forces for the attack."])
    assert m["event_type"].tolist() == ["attack", "threat"]
    assert m.loc[1, "actor_id"] == "kataib_sayyid_al_shuhada"
    inc, _ = tl.merge_incidents(m)
    assert len(inc) == 2 and inc.loc[inc["event_type"] == "attack", "actor"].iloc[0] == ""


# ------------------------------------------------------------------ regressions from the second annotation
def test_hyphenated_launch_is_a_weapon_not_an_attack():
    m = _mentions(["14 rockets were fired at the Ain al-Asad base on Wednesday.",
                   "The lorry had been modified to carry a crude multiple-launch rocket system."])
    assert (m["scope"] == "incident").sum() == 1


def test_coordinated_clause_shares_the_perpetrator():
    m = _mentions(["Iran-backed militias targeted Erbil airport with a drone and fired 10 rockets at the "
                   "Ain al-Asad base, which hosts US troops, injuring two people."])
    row = m[m["place_id"] == "ain_al_asad"].iloc[0]
    assert row["actor_id"] == "pro_iran_militias" and int(row["n_fired"]) == 10


def test_responsibility_sentence_names_the_previous_perpetrator():
    m = _mentions(["On November 20 missiles were fired at the Al-Assad airbase wounding 8 Americans.",
                   "Kataib Hezbollah was believed to be responsible."], published="2023-11-22")
    first = m.iloc[0]
    assert (first["actor_id"], first["attribution"]) == ("kataib_hezbollah", "believed")


def test_interception_inherits_the_weapon_of_the_attack():
    m = _mentions(["An explosive drone was launched at US forces at the Omar oilfield on Wednesday.",
                   "It was apparently intercepted."])
    row = m[m["event_type"] == "interception"].iloc[0]
    assert row["weapon"] == "drones" and row["place_id"] == "omar_oilfield"


def test_named_victims_before_a_relative_clause():
    m = _mentions(["It warned that the revenge for Qassem Soleimani, commander of the Quds Force, and Abu Mahdi "
                   "al-Muhandis, who were killed in a US air strike at the Baghdad Airport in January 2020, would not end."])
    row = m[m["event_type"] == "us_strike"].iloc[0]
    assert int(row["killed"]) == 2
    assert tl._named_before_relative("the base, which was hit") == []


def test_us_site_in_another_country_does_not_inherit_the_previous_place():
    m = _mentions(["14 rockets hit the Ain al-Asad base on Wednesday.",
                   "An assault was also mounted against a US base in Syria."])
    row = m[m["evidence"].str.startswith("An assault")].iloc[0]
    assert row["place_id"] == "" and row["country"] == "Syria" and row["weapon"] == ""
    assert row["date"] == "2021-07-07"


def test_anaphoric_site_and_casualties_are_mentions_in_context():
    m = _mentions(["14 rockets were fired at the Ain al-Asad base on Wednesday.",
                   "Some hit the base, while others struck the perimeter.",
                   "One of the civilians injured in the explosion spoke to reporters."])
    assert m["place_id"].tolist() == ["ain_al_asad"] * 3
    alone = _mentions(["One of the civilians injured in the explosion spoke to reporters."])
    assert alone.empty or (alone["scope"] != "incident").all()  # no context: not an incident mention


def test_merge_keeps_a_country_only_mention_out_of_another_countrys_site():
    m = _mentions(["14 rockets hit the Ain al-Asad base on Wednesday.",
                   "An assault was also mounted against a US base in Syria.",
                   "A drone was launched at US forces at the Omar oilfield on Wednesday."])
    inc, _ = tl.merge_incidents(m)
    syria = m[m["evidence"].str.startswith("An assault")]["mention_id"].iloc[0]
    asad = inc[inc["place_id"] == "ain_al_asad"]["mention_ids"].iloc[0]
    assert syria not in asad.split(";")


def test_annotation_agreement_pairs_by_offsets_and_scores_fields():
    a = pd.DataFrame({"incident_id": ["x", "x", "y"], "doc_id": ["d", "d", "e"], "start": [0, 50, 10],
                      "end": [20, 70, 30], "event_type": ["attack", "attack", "us_strike"],
                      "place_id": ["ain_al_asad"] * 3, "killed": ["", "2", "4"]})
    b = pd.DataFrame({"incident_id": ["p", "q", "r"], "doc_id": ["d", "d", "d"], "start": [5, 55, 200],
                      "end": [15, 60, 220], "event_type": ["attack", "claim", "attack"],
                      "place_id": ["ain_al_asad"] * 3, "killed": ["", "2.0", ""]})
    s, pairs = tl.annotation_agreement(a, b, ["event_type", "killed"])
    v = s.set_index(["level", "measure"])["value"]
    assert v[("mentions", "precision (b vs a)")] == pytest.approx(2 / 3)
    assert v[("mentions", "recall (b vs a)")] == pytest.approx(2 / 3)
    assert v[("paired mentions", "event_type")] == 0.5 and v[("paired mentions", "killed")] == 1.0
    assert pd.isna(pairs.loc[2, "start_b"])  # doc e has no counterpart
    assert v[("same-incident links", "recall (b vs a)")] == 0.0  # the first puts both in one incident, the second not


def test_attacks_in_a_purpose_clause_do_not_make_a_strike_aggregate():
    m = _mentions(["On Monday, US strikes on the Iraqi-Syrian border killed four militia members.",
                   "The United States said it had launched air strikes on Iranian-backed militias in Syria and Iraq "
                   "to prevent further attacks on US forces."], published="2021-06-30")
    second = m[m["evidence"].str.startswith("The United States")]
    assert len(second) == 1 and second["scope"].iloc[0] == "incident"
    assert second["event_type"].iloc[0] == "us_strike"


def test_weapons_that_were_employed_are_an_attack():
    m = _mentions(["That escalated in November as ballistic missiles were employed for the first time.",
                   "Washington responded with strikes on militia groups in Iraq."], published="2023-11-22")
    assert m["event_type"].tolist() == ["attack", "us_strike"]
    assert m["weapon"].iloc[0] == "ballistic missiles" and m["date"].iloc[0] == "2023-11"
