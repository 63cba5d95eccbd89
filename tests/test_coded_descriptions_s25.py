"""Patterns of coded event descriptions found with the tenth development set: "martyred N" as a casualty verb,
"as many as N" as a count's qualifier, a list of victims ending in one person before a bare state ("leaving four
guards, two drivers and a civilian dead"), a relative clause between a counted subject and its casualty predicate,
a death toll that "rose on Sunday to N" or was "raised ... to N", one attacker counted as killed, a lead's total over
several attacks that wins over a smaller part told after it (not over a later attack told "After the attack, ..."),
one whole toll retold by a later sentence, and places: a town before "town in" its district, a place three words after
its possessor, a quoted town name. One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.roles import casualties
from analysis.validate import incidents as vi


def _pair(text: str) -> tuple:
    c = casualties(text)
    return c["killed"], c["injured"]


def _totals(text: str) -> tuple:
    """Killed and injured summed over the incidents of one description, as the benchmark sums them."""
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": "", "text": text}])
    sents, arts = vi.description_corpus(ev)
    inc = vi.article_incidents(incident_mentions(sents, arts), arts)
    return tuple(int(pd.to_numeric(inc[f], errors="coerce").fillna(0).sum()) for f in ("killed", "injured"))


@pytest.mark.parametrize("text, killed, injured", [
    ("A car bomb near the fish market martyred 12 and injured 40.", 12, 40),
    ("The two blasts killed at least 9 and wounded as many as 35, a medic said.", 9, 35),
])
def test_martyred_n_and_as_many_as_n(text, killed, injured):
    assert _pair(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("The truck bomb went off at the gate, leaving four guards, two drivers and a civilian dead.", 7, None),
    ("Three farmers who were working in the orchard were also wounded by the shell.", None, 3),
    ("One gunman was killed when the guards returned fire at the checkpoint.", 1, None),
])
def test_victim_lists_relative_clauses_and_one_attacker(text, killed, injured):
    assert _pair(text) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("The toll from the double bombing at the bus station rose on Sunday to 21, medics said.", 21),
    ("Officials raised the death toll from the attack on the market to 19.", 19),
])
def test_a_toll_that_rose_on_a_day_or_was_raised_to_n(text, killed):
    assert _pair(text)[0] == killed


def test_a_total_over_two_bombings_wins_over_the_part_told_after_it():
    text = ("Up to 20 people were killed and 50 wounded on Tuesday in two car bombings in the province of Wasit, a police "
            "source said.\n\nThe deadlier blast hit a crowded market in the town of Suwaira, killing 14 people and "
            "wounding 41 others, the source said.")
    assert _totals(text) == (20, 50)


def test_a_whole_toll_retold_by_a_later_sentence_counts_once():
    from analysis.events.merge.compat import COUNT_FIELDS
    from analysis.events.merge.cluster import _Cluster
    from analysis.events.merge.article import _join_retold_tolls

    def row(i: int, place: str, k: int | None, w: int, ev: str) -> dict:
        return {"doc_id": "a", "sent_id": i, "sent_start": i * 100, "event_type": "attack", "place_id": place,
                "weapon": "", "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k,
                "injured": w, "evidence": ev}
    told = [_Cluster(row(0, "baghdad", 15, 30, "A bomber caused 15 deaths and 30 injuries at a wedding.")),
            _Cluster(row(1, "fallujah", None, 2, "After the attack, a roadside bomb wounded two guards.")),
            _Cluster(row(2, "fallujah", 15, 30, "\"The attack killed 15 people and injured 30,\" he said."))]
    kept = _join_retold_tolls(told)  # the first and the last give one whole toll: one incident, not two
    assert len(kept) == 2


@pytest.mark.parametrize("text, place", [
    ("Gunmen attacked an army post near Qaraghan town in Kifri district on Monday night, killing one soldier.",
     "Qaraghan"),
    ("A roadside bomb hit a minibus in Baghdad’s western suburb of Abu Ghraib, killing two people.", "Abu Ghraib"),
    ("Government forces shelled the town of “Kafr Nabl” with rockets, causing the death of three people.", "Kafr Nabl"),
])
def test_a_town_before_its_district_a_possessed_suburb_and_a_quoted_town_name(text, place):
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": "", "text": text}])
    sents, arts = vi.description_corpus(ev)
    inc = vi.article_incidents(incident_mentions(sents, arts), arts)
    assert list(inc["place"]) == [place]


def test_a_later_attack_after_a_total_keeps_its_own_toll():
    text = ("Up to 20 people were killed and 50 wounded on Tuesday in two car bombings in the province of Wasit, a police "
            "source said.\n\nAfter the attack, a roadside bomb hit a police car on the road to Kut, wounding two "
            "policemen.")
    assert _totals(text) == (20, 52)
