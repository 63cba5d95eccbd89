"""Incident detection rules from the s34 round (incidents found and merged on real attack reports), each in a fixture
of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from test_incident_patterns_s31 import _incidents  # one paragraph per fixture string


# ---------------------------------------------------------------- "since the X May 3 raid": a recalled dated event
def test_an_event_recalled_after_since_with_its_day_is_an_incident():
    inc = _incidents(["A mortar shell hit a border post in the east on Tuesday, wounding two guards.",
                      "They are the first losses among the guards since the Hezbollah Aug. 9 rocket attack."])
    assert len(inc) == 2
    assert sorted(inc["date"]) == ["2021-08-09", "2022-03-08"]


def test_a_since_date_alone_stays_the_start_of_a_span():
    inc = _incidents(["A mortar shell hit a border post in the east on Tuesday, wounding two guards.",
                      "Guards have come under fire 40 times since Aug. 9."])
    assert len(inc) == 1
