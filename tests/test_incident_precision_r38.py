"""Incident precision mechanisms from the r38 round (when one article's mentions are one incident), each in a fixture
of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from incident_fixtures import incidents_of as _incidents


# ---------------------------------------------------------------- "a base near the town of X": X only locates the site
def test_a_town_a_site_is_told_near_does_not_set_the_named_site_apart():
    site = "The army said in a statement on Friday that several rockets were fired at Ain al-Asad air base."
    inc = _incidents("Rockets struck an army base near the farming town of Velmora on Friday, officials said.", site)
    assert len(inc) == 1 and inc.iloc[0]["place_id"] == "ain_al_asad"
    inc = _incidents("Rockets struck an army base in the farming town of Velmora on Friday, officials said.", site)
    assert len(inc) == 2  # a site placed in a town the gazetteer cannot place stays apart
