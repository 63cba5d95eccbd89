"""Patterns of coded event descriptions met in session s27: a wire lead that sums several attacks ("in a new wave of
bombings", "in separate attacks", "in a number of bomb attacks") is a total, not one more incident of the entry it heads.
Fixtures are written for these tests (accuracy is measured on real descriptions by benchmarks/bench_incidents.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.mentions import _aggregate
from analysis.validate import incidents as vi


@pytest.mark.parametrize("lead", [
    "Up to 20 people were killed and 90 wounded in a fresh wave of bombings across the country on Monday, police said.",
    "Seven people were killed and 30 others wounded in separate attacks in the north on Monday, sources said.",
    "Five soldiers were killed and 25 people wounded in a number of roadside bomb attacks on Monday, officials said.",
    "Four soldiers and two gunmen were killed and 30 people wounded in a number of bomb attacks in central Iraq "
    "on Monday, officials said.",
])
def test_a_lead_that_sums_several_attacks_is_not_counted_with_the_entry(lead):
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": lead, "published": "2013-04-01",
                        "text": "In one of them, two policemen were killed and three wounded when a bomb went off by their "
                                "checkpoint near the town of Tarmiyah, a police source said."}])
    sents, arts = vi.description_corpus(ev)
    inc = vi.article_incidents(incident_mentions(sents, arts), arts)
    assert (inc["killed"].sum(), inc["injured"].sum()) == (2, 3)
    assert set(inc["date"]) == {"2013-04-01"}


def test_one_separate_incident_is_not_a_total():
    assert not _aggregate("In a separate incident, two men were shot dead at a market")
    assert _aggregate("Nine were hurt in two separate blasts at the market")
