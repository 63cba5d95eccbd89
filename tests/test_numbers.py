"""Counts: number words, qualifiers, counted nouns, what is not a count; and counts by role (roles.py)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.events.counts import COUNT_COLUMNS, count_phrases, parse_count, parse_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("two dozen", 24),
        ("Fourteen", 14),
        ("at least 14", 14),
        ("about 50", 50),
        ("close to 30", 30),
        ("one", 1),
        ("a", 1),
        ("an", 1),
        ("twenty-four", 24),
        ("Twenty four", 24),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a couple of", 2),
        ("1,200", 1200),
        ("two hundred and five", 205),
        ("3 million", 3_000_000),
        ("more than 30", 30),
        ("no", 0),
        ("dozens", None),
        ("several", None),
        ("hundreds", None),
        ("many things", None),
        ("", None),
        ("2.5", None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("at least 14", (14, 14, None, "at_least")),
        ("about 50", (50, None, None, "about")),
        ("close to 30", (30, None, None, "about")),
        ("more than 30", (30, 31, None, "more_than")),
        ("up to 10", (10, None, 10, "at_most")),
        ("a total of 24", (24, 24, 24, "exact")),
        ("dozens", (None, 24, None, "approx")),
    ],
)
def test_parse_count_qualifiers(text: str, expected: tuple[object, ...]) -> None:
    assert parse_count(text) == expected


def _counts(text: str) -> list[tuple[object, str, str]]:
    df = count_phrases(text)
    return [(None if pd.isna(v) else int(v), q, n) for v, q, n in zip(df["value"], df["qualifier"], df["noun"])]


def test_count_phrases_incident_sentences() -> None:
    assert _counts("On Tuesday, two dozen rockets were launched at the base.") == [(24, "exact", "rockets")]
    assert _counts("Fourteen of the projectiles hit the target.") == [(14, "exact", "projectiles")]
    assert _counts("at least 14 rockets hitting an Iraqi air base") == [(14, "at_least", "rockets")]
    assert _counts("bombed about 14 Grad missiles at the base") == [(14, "about", "missiles")]
    assert _counts("launched close to 30 attacks on US forces") == [(30, "about", "attacks")]
    assert _counts("carried out dozens of attacks") == [(None, "approx", "attacks")]
    assert _counts("wounding 8 Americans") == [(8, "exact", "americans")]


def test_articles_count_only_incident_nouns() -> None:
    assert _counts("a drone had been shot down") == [(1, "exact", "drone")]
    assert _counts("there were no casualties") == [(0, "exact", "casualties")]
    assert _counts("a concern for the coalition") == []


def test_noun_phrase_keeps_modifiers() -> None:
    df = count_phrases("with 30 Grad missiles")
    assert df["noun_phrase"].tolist() == ["Grad missiles"]
    assert df["text"].tolist() == ["30 Grad missiles"]


@pytest.mark.parametrize(
    "text",
    [
        "the 2015 nuclear agreement",
        "in 2018",
        "on June 28",
        "28 June",
        "at about 12.30pm",
        "an AC-130 gunship",
        "Kurdistan 24 reported",
        "11/21/23",
        "the seventh round",
        "in 24 hours",
        "often tends",
    ],
)
def test_not_counts(text: str) -> None:
    assert _counts(text) == [] or all(n == "gunship" for _, _, n in _counts(text))


def test_times_is_a_count() -> None:
    assert _counts("has been struck 24 times") == [(24, "exact", "times")]


@given(st.text(max_size=60))
def test_count_phrases_never_crash(text: str) -> None:
    df = count_phrases(text)
    assert list(df.columns) == COUNT_COLUMNS
    for r in df.itertuples():
        assert 0 <= r.start < r.end <= len(text) and text[r.start : r.end] == r.text
    parse_number(text)


def test_ranges_and_coordination() -> None:
    assert parse_count("two or three") == (None, 2, 3, "range")
    assert parse_count("10 to 15") == (None, 10, 15, "range")
    assert parse_number("twenty-four") == 24
    df = count_phrases("5-6 mortars and three rocket and drone attacks")
    assert df["low"].tolist() == [5, 3] and df["high"].tolist() == [6, 3]
    assert df["noun"].tolist() == ["mortars", "attacks"]


def test_docstring_examples() -> None:
    import doctest

    import analysis.events.counts

    assert doctest.testmod(analysis.events.counts).failed == 0


@pytest.mark.parametrize(
    "text, expected",
    [("two dozen rockets", 24), ("Fourteen of the projectiles", 14), ("at least 14 rockets", 14),
     ("a drone", 1), ("a lot of people", None), ("the rockets", None)],
)
def test_parse_number_ignores_the_counted_noun(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


# ------------------------------------------------------------------ counts by role (analysis.events.roles)
from analysis.events.roles import casualties, munitions, people_group  # noqa: E402


@pytest.mark.parametrize("text, killed, injured", [
    ("One U.S. civilian contractor was killed and several service members were wounded", 1, None),
    ("Two Americans and a British national were killed", 3, None),
    ("34 U.S. service members suffered concussions and traumatic brain injuries", None, 34),
    ("killing three coalition personnel and wounding 12", 3, 12),
    ("killing three coalition personnel — two Americans and a Briton — and wounding 12", 3, 12),
    ("Three security personnel were killed and one was injured.", 3, 1),
    ("nine fighters of the group, most of them commanders, were killed", 9, None),
    ("the attack left four people dead and 10 injured", 4, 10),
    ("rockets hit a base, inflicting two minor injuries", None, 2),
    ("There were no immediate reports of casualties.", 0, 0),
    ("The damage was limited to material losses only.", 0, 0),
    ("two rockets fell nearby without causing damage or deaths", 0, None),
    ("killed Iranian general Qassem Suleimani and Abu Mahdi al-Muhandis", 2, None),  # named victims count
    ("the death of Iranian general Qassem Suleimani in a drone strike", 1, None),
])
def test_casualties_by_the_words_that_govern_them(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured), c


def test_casualty_groups():
    assert people_group("U.S. civilian contractor") == "us_coalition"
    assert people_group("Iraqi civilians") == "civilians"
    assert people_group("members of the Peshmerga forces") == "local_forces"
    assert people_group("PMF fighters") == "militants"
    mixed = casualties("killed two soldiers and three civilians")
    assert mixed["killed"] == 5 and mixed["killed_who"] == "civilians;local_forces"


@pytest.mark.parametrize("text, fired, hit, intercepted", [
    ("The base was targeted by 15 rockets but 13 were destroyed by air defences and two fell on the airbase.",
     15, 2, 13),
    ("Three rockets hit the base", None, 3, None),  # only the hits are told
    ("hit by a kamikaze drone with explosives", 1, 1, None),
    ("a 122mm rocket was fired at the base", 1, None, None),
    ("Approximately 18 107mm Katyusha rockets struck the base.", None, 18, None),
    ("One contractor was killed in a rocket attack", None, None, None),
    ("two drones targeted the base; one was intercepted by air defences", 2, None, 1),
])
def test_munitions_by_role(text, fired, hit, intercepted):
    m = munitions(text)
    assert (m["n_fired"], m["n_hit"], m["n_intercepted"]) == (fired, hit, intercepted), m


def test_claimed_counts_only_inside_claims():
    assert munitions("the group said it launched three drones at the base", "claim")["n_claimed"] == 3
    assert munitions("three drones were launched at the base")["n_claimed"] is None
