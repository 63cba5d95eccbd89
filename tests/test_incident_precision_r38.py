"""Incident precision mechanisms from the r38 round (when one article's mentions are one incident), each in a fixture
of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from incident_fixtures import incidents_of as _incidents
from incident_fixtures import mentions_of as _mentions


# ---------------------------------------------------------------- "a base near the town of X": X only locates the site
def test_a_town_a_site_is_told_near_does_not_set_the_named_site_apart():
    site = "The army said in a statement on Friday that several rockets were fired at Ain al-Asad air base."
    inc = _incidents("Rockets struck an army base near the farming town of Velmora on Friday, officials said.", site)
    assert len(inc) == 1 and inc.iloc[0]["place_id"] == "ain_al_asad"
    inc = _incidents("Rockets struck an army base in the farming town of Velmora on Friday, officials said.", site)
    assert len(inc) == 2  # a site placed in a town the gazetteer cannot place stays apart
    inc = _incidents("A guard was killed when rockets struck an army base near the farming town of Velmora on Friday.", site)
    assert len(inc) == 1 and inc.iloc[0]["killed"] == 1  # the lead's toll does not keep the account naming the site apart


# ---------------------------------------------------------------- habitual or generic aspect: a practice, not one event
def test_a_practice_told_in_habitual_aspect_is_a_summary_not_an_incident():
    for habit in ("Hill raiders have historically shelled the ferry posts along the river.",
                  "Hill raiders increasingly rely on cheap drones to strike the ferry posts.",
                  "Hill raiders have shelled the ferry posts with mortars for more than three years.",
                  "Mortar strikes on ferry posts are not uncommon along the river."):
        m = _mentions(habit, published="")
        assert set(m["scope"]) <= {"aggregate"}, habit
    m = _mentions("Hill raiders shelled a ferry post with mortars on Monday, killing two guards.", published="")
    assert list(m["scope"]) == ["incident"]
