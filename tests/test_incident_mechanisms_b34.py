"""Incident mechanisms from the b34 round (fixed at the level of vocabulary, clause splitting or merging, checked on
wordings other than the ones that showed the gap), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events.mentions import incident_mentions
from analysis.events.merge import merge_incidents
from analysis.events.roles import casualties


# ---------------------------------------------------------------- care named as a noun: "getting treatment for burns"
def test_treatment_as_a_noun_in_any_tense_counts_the_injured():
    assert casualties("Six sailors were getting treatment for burns and minor injuries after the blast at the dock.")["injured"] == 6
    assert casualties("Four guards are undergoing medical care for shrapnel wounds after mortar fire hit the gate.")["injured"] == 4
    assert casualties("Two pilots needed hospital treatment for head injuries")["injured"] == 2
    assert casualties("Nine clerks are receiving treatment for shock")["injured"] is None  # no injury word: no count


# ---------------------------------------------------------------- "took credit for the attack": a claim of the told attack
def _mentions(*sents: str) -> pd.DataFrame:
    text, rows = "", []
    for i, s in enumerate(sents):
        rows.append({"doc_id": "a", "para_id": 0, "sent_id": i, "start": len(text), "end": len(text) + len(s), "text": s})
        text += s + " "
    return incident_mentions(pd.DataFrame(rows), pd.DataFrame({"doc_id": ["a"], "published": ["2022-06-10"], "text": [text]}))


def test_credit_for_an_attack_is_a_claim_of_it_and_its_means_are_fired():
    m = _mentions("A brigade of the northern front took credit for the bombing that employed two car bombs.")
    assert m["event_type"].tolist() == ["claim"]
    m = _mentions("A little-known cell took credit for the raid that used a small explosive drone.")
    assert m["event_type"].tolist() == ["claim"] and m["n_fired"].tolist() == [1] and m["n_claimed"].isna().all()


def test_a_claim_joins_the_earlier_attack_a_retaliation_story_answers():
    m = _mentions("Navy jets struck two depots on Friday after a drone attack earlier that day by a local militia "
                  "wounded five sailors.",
                  "The militia took credit for the attack that used a single drone.")
    inc, _ = merge_incidents(m[m["scope"] == "incident"], None)
    attacks = inc[inc["event_type"] == "attack"]
    assert len(attacks) == 1 and int(attacks["injured"].iloc[0]) == 5 and int(attacks["n_fired"].iloc[0]) == 1


# ---------------------------------------------------------------- "the village of X east of <town>", with no comma
def test_a_direction_from_a_known_town_locates_a_text_place_with_or_without_a_comma():
    from analysis.events.places import scan_places

    for t in ("Militants shelled the village of Tal Marwan southwest of Kirkuk on Sunday.",
              "Militants shelled the village of Tal Marwan, southwest of Kirkuk on Sunday."):
        assert [p["place_id"] for p in scan_places(t)][0] == "txt:talmarwan@kirkuk"



# ---------------------------------------------------------------- blasts told as seen or reported, near a city's countryside
def test_blasts_reported_in_a_city_countryside_join_the_strike_near_that_city():
    for later in ("Residents saw two bright explosions over the village of Beit Nuram in the Damascus Countryside.",
                  "Two blasts were reported by residents of the town of Beit Nuram in Rif Dimashq."):
        m = _mentions("An Israeli air strike near Damascus killed an engineer on Tuesday.", later)
        inc, _ = merge_incidents(m[m["scope"] == "incident"], None)
        assert len(inc) == 1 and inc["killed"].tolist() == [1]


# ---------------------------------------------------------------- "on Lebanese army posts": several sites named by a demonym
def test_sites_named_in_the_plural_by_a_demonym_give_their_country():
    from analysis.events.mention_places import demonym_site

    assert demonym_site("shells fell on two Lebanese army posts overnight", 0)["place_id"] == "lebanon"
    assert demonym_site("gunfire against Kuwaiti checkpoints", 0)["place_id"] == "kuwait"
    assert demonym_site("Syrian officials met in Geneva", 0) is None
