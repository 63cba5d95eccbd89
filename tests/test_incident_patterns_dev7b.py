"""Patterns met in the seventh development set of coded event descriptions (second round): one test per rule.

The sentences are short fixtures written for these tests in our own words (regression checks, not evidence of
accuracy: accuracy is measured on real descriptions by benchmarks/bench_incidents.py).
"""

from __future__ import annotations

from analysis.events import merge_incidents

from test_incident_patterns import _mentions as pattern_mentions


def _incidents(paras: list[str]):
    return merge_incidents(pattern_mentions(paras))[0]


# ---------------------------------------------------------------- a lead and its detail told apart by their places
def test_a_lead_and_its_detail_in_another_town_with_one_toll_are_one_incident():
    inc = _incidents(["One guard was killed and six others were wounded in a car bomb blast in Kirkuk on Sunday, a "
                      "source said.",
                      "The source told the agency that a bomber drove a car into the police post in the Domiz quarter "
                      "of Tuz Khurmatu, killing a guard and wounding six others."])
    assert len(inc) == 1
    assert (inc.iloc[0]["killed"], inc.iloc[0]["injured"]) == (1, 6)


def test_two_entries_with_one_shared_figure_stay_apart_unless_retold():
    inc = _incidents(["Two soldiers were killed in an attack in Tikrit on Sunday.",
                      "Two farmers were killed in an attack near Baiji on Sunday."])
    assert len(inc) == 2
    inc = _incidents(["Two soldiers were killed in an attack in Tikrit on Sunday.",
                      "Separately, two farmers were killed in an attack near Baiji on Sunday."])
    assert len(inc) == 2


def test_one_shared_figure_joins_when_the_detail_is_a_sources_account():
    inc = _incidents(["A surprise attack by gunmen on army positions in eastern Deir Ezzor has resulted in the death of "
                      "two soldiers.",
                      "According to local sources, the gunmen raided the army outpost near Al-Zor village, killing two "
                      "soldiers and fleeing to the desert."])
    assert len(inc) == 1
    assert inc.iloc[0]["killed"] == 2


# ---------------------------------------------------------------- a total told before its parts
def test_a_total_for_several_strikes_told_before_its_parts_is_counted_once():
    inc = _incidents(["Twelve villagers were killed by government air strikes on areas in Hama province on Friday, a "
                      "monitor said.",
                      "Warplanes struck the town of Kafr Zita, killing eleven people.",
                      "Meanwhile, a man was killed by shelling on the outskirts of Latamna."])
    assert inc["killed"].sum() == 12
    assert sorted(inc["killed"].dropna().astype(int)) == [1, 11]


def test_a_roundups_first_entry_equal_to_the_sum_of_the_rest_keeps_its_toll():
    inc = _incidents(["Nine people were killed in a car bombing in Kadhimiya on Sunday.",
                      "In Zayouna, a roadside bomb killed one person on Sunday.",
                      "In Dora, gunmen killed eight people on Sunday."])
    assert inc["killed"].sum() == 18
