"""Speed guards of the merge: each mention's sentence is read once per merge, whatever the size of its block."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from incident_fixtures import package_names, patch_merge
from analysis.events.mentions import MENTION_COLUMNS

mg = package_names("analysis.events.merge")  # the package's names, its modules' private ones too


class _Counting:
    """An expression whose ``search`` and ``match`` count the texts they read."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx, self.reads = rx, []

    def search(self, text: str):
        self.reads.append(text)
        return self.rx.search(text)

    def match(self, text: str):
        self.reads.append(text)
        return self.rx.match(text)


def _one_article(n: int) -> pd.DataFrame:
    """``n`` rocket attacks an undated-free article tells on days ten days apart (each its own incident)."""
    rows = []
    for i in range(n):
        day = (pd.Timestamp("2023-01-01") + pd.Timedelta(days=10 * i)).date().isoformat()
        rows.append({**dict.fromkeys(MENTION_COLUMNS, ""), "doc_id": "x", "mention_id": f"x-m{i}", "sent_id": i,
                     "sent_start": 100 * i, "clause_start": 0, "scope": "incident", "event_type": "attack",
                     "weapon": "rockets", "place_id": "ain_al_asad", "date": day, "date_precision": "day",
                     "earliest": day, "latest": day, "date_source": "sentence",
                     "evidence": f"Militants fired rockets toward the garrison in volley number {i}.",
                     "n_fired": pd.NA, "n_hit": pd.NA, "n_intercepted": pd.NA, "n_claimed": pd.NA,
                     "killed": pd.NA, "injured": pd.NA})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("name", ["_OTHER_ACCOUNT", "DEFINITE_START"])
def test_each_sentence_is_read_once_per_expression_in_a_merge(monkeypatch, name):
    counting = _Counting(getattr(mg, name))
    patch_merge(monkeypatch, name, lambda real: counting)
    mentions = _one_article(24)
    inc, _ = mg.merge_incidents(mentions)
    assert len(inc) == 24  # every mention was put to the article's earlier incidents, and stayed apart
    assert counting.reads and max(counting.reads.count(t) for t in set(counting.reads)) == 1


def test_remembered_readings_are_the_expressions_own_and_forgotten_after_a_merge():
    texts = ["Separately, a drone fell.", "The attack, separately, failed.", "In a separate incident, two died.", ""]
    for rx in (mg.SEPARATE, mg.DEFINITE_START, mg._OTHER_ACCOUNT):
        for t in texts + texts:
            assert mg._searched(rx, t) == rx.search(t) or mg._searched(rx, t).span() == rx.search(t).span()
            assert bool(mg._opens(rx, t)) == bool(rx.match(t))
    mg.merge_incidents(_one_article(3))
    assert not mg._READ and not mg._FITS


def test_place_pairs_remembered_in_a_merge_are_the_gazetteers_answers():
    pairs = [("erbil_airport", "us_consulate_erbil"), ("ain_al_asad", "erbil"), ("erbil", "erbil_gov"),
             ("erbil_gov", "erbil"), ("ain_al_asad", "ain_al_asad")]
    for a, b in pairs + pairs:
        assert mg._places_fit(a, b) == mg.places_compatible(a, b)


def test_a_retelling_is_judged_only_when_the_score_needs_it(monkeypatch):
    asked = []
    patch_merge(monkeypatch, "_retold", lambda real: lambda m, c: asked.append(1) or real(m, c))
    mentions = _one_article(12)
    inc, _ = mg.merge_incidents(mentions)
    assert len(inc) == 12 and len(asked) < 12 * 11 / 2  # the same place, weapon and family: never needed
