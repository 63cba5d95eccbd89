"""infer_publication_window reads each candidate day from the first rows and the weekdays only: the same answers as
reading the whole text against every day (stop 34)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from analysis.events.timex import publication as P
from analysis.events.timex.reader import MentionReader

#: short reports in new words, with weekdays that later passes join to their neighbours and some that stand alone
PIECES = [
    "Gunmen struck a depot on Tuesday, the ministry said on Wednesday.",
    "Shelling went on late Thursday and early Friday near the port.",
    "The mayor spoke on Saturday (14th March) about the repairs.",
    "The day before Monday a convoy was stopped, a witness said.",
    "On the evening of Sunday, sirens sounded twice.",
    '"We closed the bridge today," the council said on Monday.',
    "The talks resumed on March 9, 2020, and again on Thursday.",
    "Rockets fell on Wednesday; on Friday the army replied.",
    "Early Monday, two drones were downed. It will reopen next Tuesday.",
    "Fires burned in the late hours of Sunday, the brigade said on Monday.",
]
#: a report with letters and marks outside ASCII (its lower-case text is not read as the rows' pieces)
NON_ASCII = "Crews at the café near Zürich worked on Tuesday \u2014 \u201cwe\u2019re nearly done,\u201d one said on Friday."


def _old_score_days(reader, items, first, last):
    """The reading before stop 34: the whole text read against every candidate day."""
    text, out, day = reader.text, [], first
    low = lambda r: text[r[0] : r[1]].lower()  # noqa: E731
    while day <= last:
        rows = reader.rows(day)
        score, dist, ev = P._evidence(text, rows, items, low)
        wd = [date.fromisoformat(v.value) for _, _, v, r in rows if v.value and r.startswith("weekday")]
        out.append((score, dist + ((max(wd) - min(wd)).days if wd else 0) / 100.0, day, ev))
        day += timedelta(days=1)
    return out


def _texts() -> list[str]:
    """Texts of a few sizes: the pieces alone, and repeated so that the mentions lie early in a long text."""
    out = list(PIECES) + ["\n\n".join(PIECES)]
    out.append("\n\n".join(PIECES[k % len(PIECES)] for k in range(200)))
    out.append("\n\n".join([PIECES[0]] + [PIECES[7]] * 150))  # weekdays that all read alone
    out.append(NON_ASCII)
    out.append("\n\n".join([NON_ASCII] + [PIECES[k % len(PIECES)] for k in range(120)]))
    return out


@pytest.mark.parametrize("k", range(len(PIECES) + 5))
def test_score_days_as_whole_readings(k: int) -> None:
    text = _texts()[k]
    reader = MentionReader(text)
    words = ["Tuesday", "Wednesday", "Thursday", "Friday", "Monday", "today", "nowhere"]
    offsets = [r[0] for r in reader.rows(None)][:4] + [len(text) - 3]
    items = [(w, date(2020, 3, 10) + timedelta(days=i), "") for i, w in enumerate(words)]
    items += [(o, date(2020, 3, 12), "x") for o in offsets]
    for chosen in (items[:1], items[:3], items[4:6], items[-3:], items):
        new = P._score_days(reader, chosen, date(2020, 3, 8), date(2020, 3, 30))
        old = _old_score_days(reader, chosen, date(2020, 3, 8), date(2020, 3, 30))
        assert [x[:3] for x in new] == [x[:3] for x in old]
        for a, b in zip(new, old):
            pd.testing.assert_frame_equal(pd.DataFrame(a[3]), pd.DataFrame(b[3]))


@pytest.mark.parametrize("k", range(len(PIECES) + 5))
def test_leading_and_weekday_rows_are_the_whole_readings(k: int) -> None:
    text = _texts()[k]
    reader = MentionReader(text)
    for day in (date(2020, 3, 11), date(2020, 3, 16), None):
        full = reader.rows(day)
        assert sorted(reader.weekday_rows(day)) == sorted(r for r in full if r[3].startswith("weekday"))
        for until in (0, 50, len(text) // 3, len(text) // 2 + 7, len(text) + 5):
            first, reach = reader.leading_rows(day, until)
            assert first == full[: len(first)]
            assert all(r[0] >= reach for r in full[len(first) :])


def test_joined_weekdays_are_not_read_alone() -> None:
    assert MentionReader(PIECES[1])._alone_weekdays() is None  # 'late Thursday and early Friday'
    assert MentionReader(PIECES[7])._alone_weekdays() is not None
