"""Patterns met in a third real development set of attack reports (other outlets again): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.events import merge_incidents
from analysis.events.mention_places import site_place
from analysis.events.places import scan_places

from test_incident_patterns import _mentions as pattern_mentions


def _mentions(paras: list[str], published: str = "2023-03-08") -> pd.DataFrame:
    return pattern_mentions(paras, published)


def _incidents(paras: list[str], published: str = "2023-03-08") -> pd.DataFrame:
    return merge_incidents(_mentions(paras, published))[0]


# ---------------------------------------------------------------- event types
def test_defenders_who_shoot_down_part_of_a_salvo_do_not_make_it_their_strike():
    m = _mentions(["Coalition troops shot down two drones while the third struck a depot, injuring a guard."])
    assert m["event_type"].tolist() == ["attack"]
    assert (m.iloc[0]["n_fired"], m.iloc[0]["n_intercepted"], m.iloc[0]["n_hit"]) == (3, 2, 1)


def test_the_interception_and_the_attack_it_stopped_are_one_incident():
    inc = _incidents(["Three drones were launched at the outpost on Monday morning.",
                      "Coalition forces shot down two drones while the third struck a depot."])
    assert len(inc) == 1 and inc.iloc[0]["event_type"] == "attack"


# ---------------------------------------------------------------- places
def test_a_border_named_after_the_country_of_the_event_only_locates_it():
    s = "A drone hit a camp in Jordan near the border with Syria."
    assert site_place(scan_places(s), s)["place_id"] == "jordan"


def test_a_border_named_alone_is_still_the_place():
    s = "Strikes hit a depot on the border with Syria."
    assert site_place(scan_places(s), s)["place_id"] == "iraq_syria_border"
