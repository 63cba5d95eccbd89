"""Incident mechanisms from the b34 round (fixed at the level of vocabulary, clause splitting or merging, checked on
wordings other than the ones that showed the gap), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.roles import casualties


# ---------------------------------------------------------------- care named as a noun: "getting treatment for burns"
def test_treatment_as_a_noun_in_any_tense_counts_the_injured():
    assert casualties("Six sailors were getting treatment for burns and minor injuries after the blast at the dock.")["injured"] == 6
    assert casualties("Four guards are undergoing medical care for shrapnel wounds after mortar fire hit the gate.")["injured"] == 4
    assert casualties("Two pilots needed hospital treatment for head injuries")["injured"] == 2
    assert casualties("Nine clerks are receiving treatment for shock")["injured"] is None  # no injury word: no count
