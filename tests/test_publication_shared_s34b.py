"""infer_publication_window shares work across candidate days and texts (stop 34b): the same answers as before."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from analysis.events.timex import mentions as M
from analysis.events.timex import publication as P
from analysis.events.timex.reader import MentionReader

from test_publication_incremental_s34 import PIECES, _texts


def _old_statement(best, floor_used, tied_more):
    """The statement as built before stop 34b: from the evidence table, with pandas filters."""
    ev = pd.DataFrame(best[0][1], columns=P.EVIDENCE_COLUMNS)
    ev["agrees"] = ev["agrees"].astype(bool)
    lo, hi = best[0][0], best[-1][0]
    window = lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"
    parts = [f"Publication date inferred as {window} ({len(best)} candidate day{'s' if len(best) != 1 else ''})"]
    agree, clash = ev[ev["agrees"]], ev[~ev["agrees"]]
    if len(agree):
        parts.append("; consistent with " + ", ".join(
            f"'{r.mention_text}' = {r.external_date}" + (f" ({r.source})" if r.source else "") for r in agree.itertuples()))
    if len(clash):
        parts.append("; CONFLICT: " + ", ".join(
            f"'{r.mention_text}' resolves to {r.resolved or 'nothing'} but others give {r.external_date}"
            + (f" ({r.source})" if r.source else "") for r in clash.itertuples()))
    if floor_used:
        parts.append(f"; not before {floor_used.isoformat()}, the latest absolute date in the text")
    if tied_more:
        parts.append("; among equally consistent days, those placing the text's weekdays closest together were kept")
    if len(best) != (hi - lo).days + 1:
        parts.append("; the candidate days are not contiguous")
    return "".join(parts) + "."


def _items(reader: MentionReader) -> list[tuple]:
    words = ["Tuesday", "Wednesday", "Thursday", "Friday", "Monday", "today", "nowhere"]
    items = [(w, date(2020, 3, 10) + timedelta(days=i), "s" if i % 2 else "") for i, w in enumerate(words)]
    return items + [(r[0], date(2020, 3, 12), "x") for r in reader.rows(None)[:3]]


@pytest.mark.parametrize("k", range(len(PIECES) + 3))
def test_statement_and_evidence_table_as_before(k: int) -> None:
    text = _texts()[k]
    reader = MentionReader(text)
    items = _items(reader)
    for chosen in (items[:2], items[3:6], items):
        scored = P._score_days(reader, chosen, date(2020, 3, 8), date(2020, 3, 30))
        for best in ([(d, ev) for *_, d, ev in scored[:1]], [(d, ev) for *_, d, ev in scored[2:5]]):
            for floor, tied in ((None, False), (date(2020, 3, 9), True)):
                assert P._statement(best, floor, tied) == _old_statement(best, floor, tied)
            old = pd.DataFrame(best[0][1], columns=P.EVIDENCE_COLUMNS)
            old["agrees"], old["days_off"] = old["agrees"].astype(bool), old["days_off"].astype("Int64")
            pd.testing.assert_frame_equal(P._evidence_frame(best[0][1]), old, check_exact=True)


def test_readings_do_not_depend_on_the_texts_read_before() -> None:
    texts = _texts()
    days = [date(2020, 3, 8) + timedelta(days=i) for i in range(0, 23, 3)]
    M._day_value.cache_clear()
    alone = [[MentionReader(t).rows(d) for d in days] for t in texts]  # each text with the shared values cleared first
    for t, rows in zip(texts, alone):
        M._day_value.cache_clear()
        assert [MentionReader(t).rows(d) for d in days] == rows
    M._day_value.cache_clear()
    again = [[MentionReader(t).rows(d) for d in days] for t in reversed(texts)][::-1]
    assert again == alone


def test_one_reader_reads_a_day_as_a_new_reader_does() -> None:
    text = "\n\n".join(PIECES)
    reader = MentionReader(text)
    for d in (date(2020, 3, 11), "2020-03-11", (date(2020, 3, 10), date(2020, 3, 12)), None, date(2020, 3, 11)):
        assert reader.rows(d) == MentionReader(text).rows(d)
        assert reader.rows(d) == M._listed(text, M._read(M._parse(text), M._anchor_days(M.anchor_range(d), 62)[1], "auto"))
