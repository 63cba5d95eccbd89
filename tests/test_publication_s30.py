"""Session s30: ``infer_publication_window`` scans an undated article once (``MentionReader``); its results equal a
straightforward reference that calls ``date_mentions`` afresh for every candidate publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd
import pytest

from analysis.events.timex import date_mentions, infer_publication_window
from analysis.events.timex.reader import MentionReader

#: fixtures written for these tests: weekdays, days named in quotations, tense, a dated line, anaphors
FERRY = ("The harbour board said on Thursday that the night ferry had run aground late Monday and early Tuesday. "
         '"We towed it free today," a pilot told the radio station on Wednesday. Repairs will start on Saturday, '
         "and inspectors visited the yard the same day. Last month the board had warned of silt.")
ORCHARD = ("Frost hit the hill orchards on Sunday night, growers said on Tuesday. The cooperative, founded on "
           "March 3, 2019, met yesterday and will vote next week. Two days later the buyers are due.")
MARKET = ("Stalls reopened on Friday after the flood of 12/04/2021. Traders counted losses the day before Friday; "
          "the mayor visited on Wednesday and again that afternoon.")


def _reference(text: str, anchors: list[tuple], *, not_before: date | None = None, search_days: int = 21
               ) -> tuple[date | None, date | None, list[tuple]]:
    """The window and the first best day's evidence, read with one ``date_mentions`` table per candidate day."""
    items = [(k, date.fromisoformat(d)) for k, d in anchors]
    base = date_mentions(text, None)
    past = [date.fromisoformat(v) for v, p, r in zip(base["value"], base["precision"], base["rule"])
            if p == "day" and v and not r.endswith("_future")]
    floor = max(past) if past else None
    first = min(d for _, d in items) - timedelta(days=1)
    first = max(first, not_before) if not_before else first
    first = max(first, floor) if floor and floor <= max(d for _, d in items) + timedelta(days=search_days) else first
    scored, day = [], first
    while day <= max(d for _, d in items) + timedelta(days=search_days):
        df = date_mentions(text, day)
        agree, dist, ev = 0, 0, []
        for key, d in items:
            hit = df[df["text"].str.lower().str.contains(re.escape(key.lower()))]
            if hit.empty or not hit.iloc[0]["earliest"]:
                ev.append((key, False))
                continue
            e0, e1 = date.fromisoformat(hit.iloc[0]["earliest"]), date.fromisoformat(hit.iloc[0]["latest"])
            agree += e0 <= d <= e1
            dist += 0 if e0 <= d <= e1 else min(abs((d - e0).days), abs((d - e1).days))
            ev.append((hit.iloc[0]["text"], e0 <= d <= e1))
        wd = [date.fromisoformat(v) for v, r in zip(df["value"], df["rule"]) if v and r.startswith("weekday")]
        scored.append((agree, dist + ((max(wd) - min(wd)).days if wd else 0) / 100.0, day, ev))
        day += timedelta(days=1)
    top = max(s for s, *_ in scored)
    low = min(d for s, d, *_ in scored if s == top)
    best = [(day, ev) for s, d, day, ev in scored if s == top and d == low]
    return best[0][0], best[-1][0], best[0][1]


@pytest.mark.parametrize("text, anchors, not_before", [
    (FERRY, [("Thursday", "2022-09-15"), ("Wednesday", "2022-09-14")], None),
    (FERRY, [("late Monday", "2022-09-12"), ("last month", "2022-08-20"), ("Saturday", "2022-09-10")], None),
    (FERRY, [("Tuesday", "2022-09-13")], date(2022, 9, 16)),
    (ORCHARD, [("Sunday", "2021-05-09"), ("yesterday", "2021-05-10")], None),
    (ORCHARD, [("Tuesday", "2021-05-11"), ("next week", "2021-05-20"), ("Two days later", "2021-05-14")], None),
    (MARKET, [("Friday", "2021-04-16"), ("Wednesday", "2021-04-14")], date(2021, 4, 10)),
])
def test_the_window_equals_one_reading_per_candidate_day(text: str, anchors: list[tuple], not_before: date | None) -> None:
    inf = infer_publication_window(text, anchors, not_before=not_before)
    lo, hi, ev = _reference(text, anchors, not_before=not_before)
    assert (inf.earliest, inf.latest) == (lo, hi)
    assert list(zip(inf.evidence["mention_text"], inf.evidence["agrees"])) == [(t, bool(ok)) for t, ok in ev]


@pytest.mark.parametrize("text", [FERRY, ORCHARD, MARKET])
def test_one_reader_gives_each_day_the_table_of_a_fresh_scan(text: str) -> None:
    # days read out of order and twice: nothing one reading leaves behind changes the next
    reader = MentionReader(text)
    for day in ["2022-09-15", None, "2021-05-11", ("2021-04-12", "2021-04-18"), "2022-09-15", "2019-01-01"]:
        rows = reader.rows(day)
        table = date_mentions(text, day)
        got = pd.DataFrame({"start": [r[0] for r in rows], "text": [text[r[0]:r[1]] for r in rows],
                            "value": [r[2].value for r in rows], "rule": [r[3] for r in rows]})
        assert got.values.tolist() == table[["start", "text", "value", "rule"]].values.tolist()


def test_a_reader_checks_its_dates_as_date_mentions_does() -> None:
    reader = MentionReader(FERRY)
    with pytest.raises(ValueError, match="plausible years"):
        reader.rows("0900-01-01")
    with pytest.raises(ValueError, match="convention"):
        MentionReader(FERRY, "ymd")
    with pytest.raises(TypeError):
        MentionReader(None)  # type: ignore[arg-type]
