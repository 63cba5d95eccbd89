"""Patterns of coded event descriptions found with the development sets (s25c): lives taken told as "took / cost /
claimed the lives of" before a count or a list of victims, and wounded who a later sentence says died of their
wounds, moved from the wounded to the killed (not when the sentence tells its own toll, nor for another cause of
death). One test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.roles import casualties, died_of_wounds
from analysis.validate import incidents as vi


def _totals(text: str) -> tuple:
    """Killed and injured summed over the incidents of one description, as the benchmark sums them."""
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": "", "text": text}])
    sents, arts = vi.description_corpus(ev)
    inc = vi.article_incidents(incident_mentions(sents, arts), arts)
    return tuple(int(pd.to_numeric(inc[f], errors="coerce").fillna(0).sum()) for f in ("killed", "injured"))


@pytest.mark.parametrize("text, killed", [
    ("Gunmen fired on a minibus in an ambush that took the lives of a nurse and two drivers.", 3),
    ("The shelling of the village cost the lives of five farmers.", 5),
    ("A roadside bomb claimed the lives of seven near the bridge.", 7),
    ("The mortar round took the lives of three at the market.", 3),
])
def test_lives_taken_before_their_count(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text, n", [
    ("Doctors said that two of the injured men later succumbed.", 2),
    ("One of them died of his wounds in hospital the next day.", 1),
    ("Three were hurt, one of whom died from her injuries.", 1),
    ("One of them died of a stroke.", 0),
    ("One of the wounded died of a heart attack while waiting.", 0),
    ("One of the wounded is in a serious condition.", 0),
])
def test_wounded_who_died_of_their_wounds(text, n):
    assert died_of_wounds(text) == n


def test_a_wounded_man_who_died_later_moves_to_the_killed():
    text = ("A car bomb exploded near a checkpoint in Kirkuk on Friday, wounding four policemen. "
            "Medics said later that one of the wounded had succumbed to his injuries at the clinic.")
    assert _totals(text) == (1, 3)


def test_a_sentence_with_its_own_toll_is_not_moved_twice():
    text = ("Two soldiers were killed and two wounded when a mine went off near Sinjar on Sunday. "
            "\u201cOne soldier died at once and three were hurt, one of them later died of his wounds,\u201d an officer said.")
    assert _totals(text) == (2, 2)
