"""Hostile input found by the s35 robustness sweep: each helper answers in linear time and without crashing."""

import time

import pandas as pd

from analysis.events.counts import parse_count
from analysis.events.mentions import incident_mentions
from analysis.text.segment import is_dense, split_sentences


def _cpu(fn, *args) -> float:
    """CPU seconds of one call."""
    t = time.process_time()
    fn(*args)
    return time.process_time() - t


def test_a_run_of_full_stops_splits_in_linear_time():
    # 40,000 dots in a row used to cost seconds (each stop rescanned the rest of the run)
    dots = "." * 40_000
    assert _cpu(split_sentences, dots, True) < 1.0
    assert _cpu(is_dense, dots) < 1.0
    assert split_sentences("Wait... What?! Yes. " + "." * 500, True)[:2] == [(0, 7), (8, 14)]


def test_astronomical_numbers_are_not_counts():
    assert parse_count("4" * 60)[0] is None
    assert parse_count("a billion billion billion")[0] is None or parse_count("a billion billion billion")[0] <= 10**12
    assert parse_count("about 3,000")[0] == 3000


def test_incident_mentions_survive_a_forty_digit_death_toll():
    text = "Raiders killed " + "7" * 40 + " villagers near the river on Friday. Police said 3 people were wounded."
    sents = pd.DataFrame([{"doc_id": "z", "para_id": 0, "sent_id": i, "start": s, "end": e, "text": text[s:e]}
                          for i, (s, e) in enumerate(split_sentences(text))])
    arts = pd.DataFrame([{"doc_id": "z", "published": "2022-05-06", "text": text}])
    out = incident_mentions(sents, arts, progress=False)
    assert out["killed"].isna().all() or (out["killed"].dropna() < 10**13).all()


def test_one_long_capitalised_word_does_not_stall_quote_extraction():
    from analysis.quotes import extract_quotes

    word = "Zed" + "q" * 30_000
    assert _cpu(extract_quotes, word) < 1.0
    assert _cpu(extract_quotes, f"\u201cNo,\u201d said {word}. Then {word} left.") < 1.0


def test_aligning_two_long_repetitive_texts_stays_fast():
    from analysis.reuse.alignment import align

    lines = ["the following week", "a month later", "the next day", "two years earlier"]
    a = "In 2031 the river flooded. " + " ".join(lines[i % 4] + "," for i in range(2500))
    b = a[len(a) // 3:] + " Herders moved their cattle to the hills after the rains. " + a[: len(a) // 3]
    assert _cpu(align, a, b) < 3.0
    assert not align(a, b).empty


def test_stops_without_spaces_do_not_go_to_punkt():
    shouting = "!?" * 60_000
    assert is_dense(shouting)
    assert _cpu(split_sentences, shouting) < 1.0


def test_reuse_measures_on_a_run_of_stops_are_linear():
    from analysis.reuse.measures import pair_similarity

    stops = "." * 30_000
    assert _cpu(pair_similarity, stops, "!?" * 15_000) < 1.0


def test_merge_does_not_redate_against_a_window_outside_the_plausible_years():
    from datetime import date

    from analysis.events.merge.article import _reresolve

    # an undated article whose relative dates ran far into the future infers a window no date reader accepts
    m = {"mention_id": "q-m000", "date_text": "on Monday", "date": "", "date_precision": "", "earliest": "",
         "latest": "", "date_source": "", "date_inference": ""}
    out = _reresolve(m, (date(2305, 4, 2), date(2305, 4, 9)), "window")
    assert out["date_source"] == "article window" and out["latest"] == "2305-04-09"


def test_a_lone_surrogate_is_refused_with_a_clear_error():
    import pytest

    from analysis.reuse.alignment import align

    with pytest.raises(ValueError, match="lone surrogate"):
        align("Rain fell \udc80 all day.", "Rain fell all day.")


def test_many_unclosed_quote_marks_on_one_line_scan_linearly():
    from analysis.reuse.quotespans import scan_quote_spans

    line = "\u201cWe will hold the bridge, the captain told them " * 3000
    assert _cpu(scan_quote_spans, line) < 0.5
    assert scan_quote_spans("\u201cno end \u201cstill none\n\u201cYes\u201d") == [(20, 25)]


def test_a_long_run_of_capitalised_non_name_words_is_stripped_linearly():
    from analysis.quotes import extract_quotes

    days = " ".join(["Friday", "Monday", "Sunday", "Tuesday"] * 8000)
    assert _cpu(extract_quotes, days) < 1.0
