"""Stop 35: the dates speed paths give the same answers as the plain readings they replace."""

from __future__ import annotations

import random
import re
from datetime import date

from analysis.events.timex import infer_publication_window
from analysis.events.timex.focus import _SENTENCE_END, Focus
from analysis.events.timex.reader import MentionReader
from analysis.events.timex.scan import PATTERNS, _matches, _offsets, key_positions, windows


def test_sentence_end_is_the_search_it_replaces() -> None:
    rng = random.Random(35)
    pieces = ["a", "9", ")", '"', "'", ".", "!", "?", " ", "  ", "\n", "B", ". C", '. "', "q r s t "]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 700)))
        f = Focus(text, [])
        for _ in range(20):
            lo = rng.randint(-3, len(text) + 3)
            hi = rng.randint(lo - 20, lo + 800)
            assert f.sentence_end(lo, hi) == (_SENTENCE_END.search(text, lo, hi) is not None)


def test_month_bare_tried_at_keys_finds_what_finditer_finds() -> None:
    rng = random.Random(7)
    words = ["The", "a", "An", "June", "March", "May", "Mayfield", "Jan.", "october", "Brown", "rally", "deadline",
             "of", ",", ".", "\n", "4", " " * 65]
    for _ in range(500):
        norm = " ".join(rng.choice(words) for _ in range(rng.randint(1, 80)))
        pos = key_positions(norm)
        for p in PATTERNS:
            if p.rule != "month_bare" or p.keys.isdisjoint(pos):
                continue
            plain = [m.span() for lo, hi in windows(_offsets(p.keys, pos), len(norm), p.reach)
                     for m in p.regex.finditer(norm, lo, hi)]
            assert [m.span() for m in _matches(p, norm, pos)] == plain


def test_long_undated_text_with_a_joined_weekday_reads_as_before() -> None:
    top = "Guards said the pumps failed late Sunday and early Monday.\n\n"
    body = "On Thursday the ferry left port, and crews said on Friday that the dock was shut.\n\n" * 300
    for text in (top + body, body + top):
        reader = MentionReader(text)
        assert reader.last_joined_weekday() >= 0
        for day in (date(2022, 5, 6), date(2022, 5, 11)):
            full = [r for r in reader.rows(day) if r[3].startswith("weekday")]
            first, reach = reader.leading_rows(day, 6000)
            week = reader.weekday_rows_after(day, first, reach)
            assert week is None or sorted(week) == sorted(full)
    inf = infer_publication_window(top + body, [("Thursday", "2022-05-05"), ("Sunday", "2022-05-01")])
    assert inf.earliest is not None and re.match(r"Publication date inferred", inf.statement)
