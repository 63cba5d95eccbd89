"""Structure of the time-expression scanner: exact windowed scanning, linear work on hostile shapes, public imports.

No timing here (timings live in benchmarks/bench_dates_speed.py): these tests check properties that make the
cost linear, and that hostile inputs complete with sane output.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events.timex import lexicon, patterns, scan
from analysis.events.timex import date_mentions

# every key word of every pattern, in sentences of ours, so that every pattern gets a chance to match
_SAMPLES = (
    "On Wednesday, June 5, 2019, at 10 p.m. EST rockets hit; 5 May 2020; 11/9/23; 2021-07-09; June 2020; "
    "July last year; last March; in October; early 2021; the 1990s; the '90s; the nineties; nineteen ninety-six; "
    "the 21st century; fiscal 1999; the third quarter of 2019; Q3 2019; 2019 Q4; Q2; the July-September quarter; "
    "the latest quarter; the quarter ended Sept. 30; the first half of 2020; the first half; last Friday morning; "
    "noon Thursday; yesterday; tonight; this morning; last summer; in the spring; the winter of 1998; Christmas Day; "
    "Thanksgiving 2019; the September 11 attacks; 9/11; D-Day; last week; the week before; earlier this year; "
    "later in the week; the end of the month; year-end; the weekend; into the new year; two years ago; "
    "two weeks from now; three days later; the year-ago period; the same period last year; last year's quarter; "
    "the 1988 period; the same day; the next day; that year; the full year; the first nine months; on the 21st; "
    "in recent days; the coming weeks; now; recently; in the future; the near term; soon; previous years. "
)


def _full_scan(p: patterns.Pattern, norm: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.regex.finditer(norm)]


def test_windowed_scan_finds_exactly_what_a_full_scan_finds() -> None:
    norm = lexicon.normalise(_SAMPLES * 3 + "x" * 500 + _SAMPLES)
    pos = scan.key_positions(norm)
    for p in patterns.PATTERNS:
        assert [m.span() for m in scan._matches(p, norm, pos)] == _full_scan(p, norm), p.rule


def test_every_pattern_matches_something_in_the_samples() -> None:
    norm = lexicon.normalise(_SAMPLES)
    missing = {p.rule for p in patterns.PATTERNS} - {p.rule for p in patterns.PATTERNS if p.regex.search(norm)}
    assert not missing


def test_scanned_characters_grow_linearly_with_the_text() -> None:
    # windows are bounded by the reach of each pattern, so a text twice as long is scanned at most twice as much
    def scanned(norm: str) -> int:
        pos = scan.key_positions(norm)
        return sum(hi - lo for p in patterns.PATTERNS for lo, hi in
                   scan.windows(sorted(x for k in p.keys for x in pos.get(k, ())), len(norm), p.reach))
    one = lexicon.normalise(_SAMPLES * 20)
    assert scanned(one + one) <= 2 * scanned(one) + 1000
    assert scanned(one) <= len(patterns.PATTERNS) * len(one)


HOSTILE = {
    "digit run": "1234567890" * 20_000,
    "spaced years": "2021 " * 40_000,
    "slashes": "1/2/3/4/5/6/7/8/9/10/11/12/" * 8_000,
    "month names": "May June July 5 May 2020, on Tuesday last week. " * 4_000,
    "weekdays": "Monday Tuesday Wednesday Thursday Friday " * 5_000,
    "one paragraph": "the minister said troops would withdraw within weeks and officials " * 3_000,
    "spaces and breaks": " \n\t" * 60_000,
    "unclosed numbers": "5 May " + "9" * 100_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_shapes_complete_with_sane_output(name: str) -> None:
    text = HOSTILE[name]
    df = date_mentions(text, "2021-07-07")
    assert isinstance(df, pd.DataFrame)
    assert len(df) <= len(text) // 4 + 1
    starts, ends = df["start"].tolist(), df["end"].tolist()
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends))
    assert all(e1 <= s2 for e1, s2 in zip(ends, starts[1:]))  # sorted, no overlaps


def test_a_long_digit_run_gives_no_date() -> None:
    assert date_mentions("9" * 50_000, "2021-07-07").empty
    df = date_mentions("5 May " + "9" * 50_000, "2021-07-07")
    assert df["value"].tolist() == [""] and df["precision"].tolist() == ["invalid"]  # flagged, never the 2021 reading


def test_public_imports_keep_working() -> None:
    from analysis.events import date_mentions as from_events
    from analysis.events.timex import date_mentions as from_timex
    from analysis.events.timex import infer_publication_window  # noqa: F401

    assert from_events is from_timex


def test_moved_scoring_helpers_warn_and_forward() -> None:
    import analysis.events.timex as timex
    from analysis.validate import dates

    with pytest.warns(DeprecationWarning):
        assert timex.load_heldout is dates.load_heldout
    with pytest.raises(AttributeError):
        timex.no_such_name  # noqa: B018


def test_cyclic_collection_is_back_on_after_a_call_and_stays_off_if_it_was_off() -> None:
    import gc

    date_mentions("Rockets hit on Tuesday.", "2021-07-07")
    assert gc.isenabled()
    gc.disable()
    try:
        date_mentions("Rockets hit on Tuesday.", "2021-07-07")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_key_words_that_must_co_occur_only_narrow_the_windows() -> None:
    # a pattern with `also` sets runs only near keys that have a word of each set within its reach
    p = next(p for p in patterns.PATTERNS if p.rule == "date_dmy")
    assert p.also and all(words <= patterns.KEY_WORDS for words, _, _ in p.also)
    norm = lexicon.normalise("On 5 May 2020 and on 5 of the 12 days, 17 June.")
    pos = scan.key_positions(norm)
    assert [m.group() for m in scan._matches(p, norm, pos)] == [m.group() for m in p.regex.finditer(norm)]
