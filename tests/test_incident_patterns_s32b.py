"""Incident rules from the s32b round (issue 9: incidents that hold on real attack reports), each in a fixture of our
own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from test_incident_patterns_s31 import _incidents  # one paragraph per fixture string


# ---------------------------------------------------------------- a drone strike told in the singular fired one drone
def test_a_drone_strike_told_in_the_singular_fired_one_munition():
    inc = _incidents(["A Turkish drone strike on a farm near Sinjar killed two shepherds on Sunday, a mayor said."])
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 1 and inc.iloc[0]["killed"] == 2


def test_drone_strikes_told_in_the_plural_leave_the_number_fired_open():
    inc = _incidents(["Turkish drone strikes on farms near Sinjar killed two shepherds on Sunday, a mayor said."])
    assert len(inc) == 1 and str(inc.iloc[0]["n_fired"]) == "<NA>"


# ---------------------------------------------------------------- "near the X border": the line locates, X is not the place
def test_a_country_named_before_border_is_not_the_place_of_the_attack():
    inc = _incidents(["The minister said two guards were killed on Monday in a drone attack on our soldiers stationed in "
                      "southern Turkey near the Iraq border."])
    assert len(inc) == 1 and inc.iloc[0]["place"] != "Iraq" and inc.iloc[0]["country"] != "Iraq"
