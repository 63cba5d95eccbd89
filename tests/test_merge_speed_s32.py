"""Speed guards of the merge (stop 32): a comparison reads summaries, not the incident's mentions, and each shortcut
answers as the code it replaces (references below are the former scans, written out)."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from types import SimpleNamespace

import pandas as pd
import pytest

from incident_fixtures import package_names, patch_merge
from analysis.events.mentions import MENTION_COLUMNS

mg = package_names("analysis.events.merge")  # the package's names, its modules' private ones too

COUNTS = dict.fromkeys(mg.COUNT_FIELDS)
SENTENCES = ["The strike destroyed a depot near the river.", "Gunmen opened fire on a patrol, killing two.",
             "Officials said the attack wounded three guards.", "Separately, a bomb went off at a market.",
             "Another source said five had died in the raid.", "Also, two more soldiers were hurt.",
             "A drone was shot down over the valley.", "The attack targeted the eastern gate.",
             "Militants later reported another attack, near the convoy.", "In Karrada, a sticky bomb wounded one."]


class _NoScan(list):
    """The mentions of an incident, which a comparison must not walk through (their number is unbounded)."""

    def __iter__(self):
        raise AssertionError("a comparison scanned the incident's mentions")


def _row(i: int, doc: str = "a", **kw) -> dict:
    """A mention of article ``doc`` in sentence ``i`` (words of our own)."""
    return {**COUNTS, "doc_id": doc, "sent_id": i, "sent_start": 40 * i, "event_type": "attack", "place_id": "",
            "place_text": "", "weapon": "", "date": "", "date_precision": "", "date_source": "sentence",
            "date_rule": "", "place_source": "", "evidence": SENTENCES[i % len(SENTENCES)], **kw}


def _big_incident(n: int) -> mg._Cluster:
    """An incident told ``n`` times by one article, then frozen against scans."""
    c = mg._Cluster(_row(1, place_text="Camp Kilo", killed=2))
    for i in range(2, n + 2):
        c.add(_row(i, place_text="Camp Kilo" if i % 2 else "the gate", killed=2 if i % 3 else None))
    c.rows = _NoScan(c.rows)
    return c


def test_a_comparison_does_not_walk_through_the_incident_mentions():
    c = _big_incident(300)
    late = _row(400, evidence="Militants later reported another attack, near the convoy.", date_source="statement")
    assert mg._told_as_another(late, c) is True
    assert mg._points_forward({**late, "sent_start": 10, "evidence": "The attack targeted the gate."}, c) is True
    assert mg._earlier_with_toll(c, "a") is False
    assert mg._told_site_named(_row(500, evidence="The rockets hit Camp Kilo again."), c) is True
    assert mg._places_tied({**_row(500, place_id="mosul", place_text="Mosul"), "evidence": "At Camp Kilo, ..."},
                           type("C", (), {"place_id": "basra", "told": c.told, "rows": c.rows})()) is True
    assert mg._dateline_placed(_row(500), c) is False
    assert mg._claim_lede(_row(500, place_id="al_tanf"), c) is False


def _scan_told_as_another(m: dict, c) -> bool:
    """The former ``_told_as_another``: all the incident's mentions read."""
    if m["doc_id"] not in c.docs or not mg._ANOTHER_EVENT.search(str(m.get("evidence") or "")):
        return False
    here = int(m.get("sent_id") or 0)
    return all(r["doc_id"] != m["doc_id"] or int(r.get("sent_id") or 0) < here for r in c.rows)


def _scan_points_forward(m: dict, c) -> bool:
    """The former ``_points_forward``."""
    if m.get("date_source") == "sentence" or not int(m.get("sent_id") or 0) or \
            not mg._EVENT_START.match(str(m.get("evidence") or "")):
        return False
    own = [r for r in c.rows if r["doc_id"] == m["doc_id"]]
    return bool(own) and all(int(r["sent_start"]) > int(m["sent_start"]) and r.get("date_source") == "sentence"
                             for r in own)


def _scan_earlier_with_toll(c, doc: str) -> bool:
    """The former ``_earlier_with_toll``."""
    own = [r for r in c.rows if r["doc_id"] == doc]
    return bool(own) and all(r.get("date_rule") == mg.EARLIER_THAN_TOLD for r in own) and \
        any(mg._present(r[f]) and int(r[f]) > 0 for r in own for f in ("killed", "injured"))


def _scan_places_tied(m: dict, c) -> bool:
    """The former end of ``_places_tied`` (both places given, neither an area holding the other): the article's rows."""
    ev, mine = str(m.get("evidence") or ""), str(m.get("place_text") or "")
    rows = [r for r in c.rows if r["doc_id"] == m["doc_id"]]
    return any(mg._named_in(str(r.get("place_text") or ""), ev) or mg._named_in(mine, str(r.get("evidence") or "")) or
               mg._named_in(str(r.get("place_text") or ""), str(r.get("evidence") or ""), True) or
               mg._named_in(mine, ev, True) for r in rows)


def _random_row(rnd: random.Random) -> dict:
    """A mention of one of two articles with random sentence, dating, rule and toll."""
    return _row(rnd.randrange(12), doc=rnd.choice("ab"), sent_start=rnd.randrange(500),
                date_source=rnd.choice(["sentence", "statement", ""]), killed=rnd.choice([None, 0, 2]),
                date_rule=rnd.choice(["", mg.EARLIER_THAN_TOLD]),
                place_id=rnd.choice(["mosul", "basra"]), place_text=rnd.choice(["Mosul", "Basra", "Camp Kilo", ""]),
                evidence=rnd.choice(SENTENCES + ["The attack hit the base.", "A bomb went off west of Mosul.",
                                                 "Rockets fell in Basra.", "A blast 20 km north of Basra."]))


@pytest.mark.parametrize("seed", range(40))
def test_summaries_answer_as_the_scans_they_replace(seed):
    rnd = random.Random(seed)
    c = mg._Cluster(_random_row(rnd))
    for _ in range(rnd.randrange(6)):
        c.add(_random_row(rnd))
    seen = SimpleNamespace(rows=list(c.rows), docs=c.docs)  # what the scans read
    c.rows = _NoScan(c.rows)  # and the summaries do not
    for _ in range(20):
        m = _random_row(rnd)
        assert mg._told_as_another(m, c) == _scan_told_as_another(m, seen)
        assert mg._points_forward(m, c) == _scan_points_forward(m, seen)
        assert mg._earlier_with_toll(c, m["doc_id"]) == _scan_earlier_with_toll(seen, m["doc_id"])
        if m["place_id"] != c.place_id:  # two cities: the tie is read from the article's words
            assert mg._places_tied(m, c) == _scan_places_tied(m, seen)


@pytest.mark.parametrize("seed", range(30))
def test_a_mention_flag_is_false_only_where_the_test_it_guards_is(seed):
    rnd = random.Random(seed)
    c = mg._Cluster(_random_row(rnd))
    for _ in range(rnd.randrange(5)):
        c.add(_random_row(rnd))
    for _ in range(20):
        m = {**_random_row(rnd), "doc_id": "a", "injured": rnd.choice([None, 3]), "place_id": rnd.choice(["", "mosul"]),
             "weapon": rnd.choice(["", "IED"])}
        f = mg._Facts(m)
        if not f.may_retell:
            assert not (mg._retold(m, c) or mg._next_account(m, c) or mg._same_toll(m, c))
        if not f.may_new_victims:
            assert not mg._new_victims(m, c)
        if not f.may_other_quarter:
            assert not mg._other_quarter(m, c)
        if not f.may_same_toll:
            assert not mg._same_toll(m, c)
        if not f.may_site_named:
            assert not mg._told_site_named(m, c)
        if not f.may_another:
            assert not mg._told_as_another(m, c)


def _old_within_a_day(day: str, days: set[str]) -> bool:
    """The former test of a chain of days, from the days themselves."""
    ds = [date.fromisoformat(d[:10]) for d in days | {day} if re.fullmatch(r"\d{4}-\d\d-\d\d", d[:10])]
    return not ds or (max(ds) - min(ds)).days <= 1


@pytest.mark.parametrize("seed", range(20))
def test_day_span_answers_as_the_days(seed):
    rnd = random.Random(seed)
    pool = [(date(2023, 10, 17) + timedelta(days=k)).isoformat() for k in range(4)] + ["XXXX-10-18", "2023-10"]
    days, span = set(), None
    for _ in range(rnd.randrange(1, 5)):
        d = rnd.choice(pool)
        days.add(d)
        span = mg._span_with(span, d)
    for d in pool:
        assert mg._within_span(d, span) == _old_within_a_day(d, days) == mg._within_a_day(d, days)


def test_remembered_fits_are_the_tests_answers():
    weapons = ["rockets", "Grad/Katyusha", "drones", "mortars", "IED", ""]
    for a in weapons:
        for b in weapons:
            assert mg._weapons_fit(a, b) == mg.weapons_compatible(a, b)
            assert mg._weapons_clash(a, (b, "rockets")) == any(not mg.weapons_compatible(a, w) for w in (b, "rockets"))
    for t in SENTENCES + ["Earlier, the army said 40 were killed.", "He said earlier that four were hurt."]:
        assert mg._superseded(t) == bool(mg._SUPERSEDED.search(t))
    for p in ["ain_al_asad", "erbil_airport", "mosul", "karrada", ""]:
        assert mg._place_keys(p) == mg._own_place_keys(p)
        assert mg._pair_fit(mg._places_nested, p or "iraq", "erbil") == mg._places_nested(p or "iraq", "erbil")


def _mixed_article(n: int) -> pd.DataFrame:
    """One article telling ``n`` events of two families on days ten days apart (drone strikes and rocket attacks)."""
    rows = []
    for i in range(n):
        day = (pd.Timestamp("2023-01-01") + pd.Timedelta(days=10 * i)).date().isoformat()
        state = i % 2 == 0
        rows.append({**dict.fromkeys(MENTION_COLUMNS, ""), "doc_id": "x", "mention_id": f"x-m{i}", "sent_id": i,
                     "sent_start": 100 * i, "clause_start": 0, "scope": "incident",
                     "event_type": "us_strike" if state else "attack", "weapon": "drones" if state else "rockets",
                     "place_id": "ain_al_asad", "date": day, "date_precision": "day", "earliest": day, "latest": day,
                     "date_source": "sentence", "evidence": f"Event number {i} was reported near the garrison.",
                     "n_fired": pd.NA, "n_hit": pd.NA, "n_intercepted": pd.NA, "n_claimed": pd.NA,
                     "killed": pd.NA, "injured": pd.NA})
    return pd.DataFrame(rows)


def test_a_mention_that_retells_nothing_is_not_put_to_the_other_family(monkeypatch):
    pairs = []
    patch_merge(monkeypatch, "_score",
                lambda real: lambda m, c, *a, **k: pairs.append((m["event_type"], c.family)) or real(m, c, *a, **k))
    inc, _ = mg.merge_incidents(_mixed_article(16))
    assert len(inc) == 16 and pairs
    assert all(mg._family(t) == fam for t, fam in pairs)


def _same(a: object, b: object) -> bool:
    """The same value of the same type (a missing value as itself)."""
    if type(a) is not type(b):
        return False
    return a is b or a == b or isinstance(a, float) and a != a and b != b


def test_records_are_to_dicts_records():
    import numpy as np
    f = pd.DataFrame({"s": ["x", None], "t": pd.array(["y", None], dtype="string"), "n": pd.array([2, None], dtype="Int64"),
                      "g": pd.array([1.5, None], dtype="Float64"), "b": pd.array([True, None], dtype="boolean"),
                      "i": [1, 2], "x": [0.5, np.nan], "k": [True, False]})
    objects = pd.Series([np.int64(3), pd.NA], dtype=object)  # a count column read from mixed cells
    for frame in (f, f.assign(o=[np.int64(3), "z"]), f.assign(o=objects, p=[np.bool_(True), None]),
                  f.assign(d=pd.to_datetime(["2023-10-17", "2023-10-18"]))):
        old, new = frame.to_dict("records"), mg._records(frame)
        assert [list(r) for r in old] == [list(r) for r in new]
        assert all(_same(r[k], q[k]) for r, q in zip(old, new) for k in r)
