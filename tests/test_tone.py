"""Tests for analysis.tone: VADER offline, event-word discounting, aggregation and agreement."""

from __future__ import annotations

import math

import nltk
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import tone


def test_vader_works_offline(monkeypatch):
    def no_download(*args, **kwargs):  # any download attempt fails the test
        raise AssertionError("the NLTK downloader must not be called")

    monkeypatch.setattr(nltk, "download", no_download)
    tone._analyzer.cache_clear()
    s = tone.analyzer().polarity_scores("This is a wonderful, happy day")
    assert s["compound"] > 0.5
    assert len(tone.analyzer().lexicon) > 7000


def test_event_vocabulary_reference_list():
    ev = tone.load_event_vocabulary()
    assert list(ev.columns[:3]) == ["term", "category", "rationale"]
    assert ev.term.is_unique and (ev.term == ev.term.str.lower()).all()
    for w in ["attack", "killed", "terrorist", "rockets", "strike", "injured"]:
        assert w in set(ev.term)


def test_discounting_neutralises_event_words_only():
    raw = tone.analyzer()
    disc = tone.analyzer(["attack", "killed"])
    assert disc.lexicon["attack"] == 0.0 and disc.lexicon["killed"] == 0.0
    assert disc.lexicon["terrible"] == raw.lexicon["terrible"]
    assert raw.lexicon["attack"] < 0  # the raw analyzer is not mutated by building the variant


def test_event_only_quote_becomes_neutral():
    out = tone.score_tone(pd.DataFrame({"quote": ["The attack killed two people and injured five."]}))
    row = out.iloc[0]
    assert row.tone_raw == "negative"
    assert row.tone_discounted == "neutral"
    assert row.event_share == pytest.approx(1.0)
    assert set(row.event_words.split(";")) == {"attack", "killed", "injured"}
    assert row.event_effect < 0


def test_evaluative_negativity_survives_discounting():
    out = tone.score_tone(pd.DataFrame({"quote": ["This is a disgraceful, shameful and stupid decision."]}))
    assert out.loc[0, "tone_raw"] == "negative" and out.loc[0, "tone_discounted"] == "negative"
    assert out.loc[0, "event_share"] == 0.0
    assert out.loc[0, "compound_raw"] == out.loc[0, "compound_discounted"]


def test_mixed_quote_partial_event_share():
    out = tone.score_tone(pd.DataFrame({"quote": ["The attack was a tragic disaster."]}))
    assert 0 < out.loc[0, "event_share"] < 1
    assert out.loc[0, "compound_discounted"] > out.loc[0, "compound_raw"]


def test_negation_is_kept_by_vader():
    a = tone.analyzer().polarity_scores("This is good")["compound"]
    b = tone.analyzer().polarity_scores("This is not good")["compound"]
    assert a > 0 > b


def test_score_tone_keeps_rows_and_index():
    df = pd.DataFrame({"quote": ["good", None, "bad"], "g": ["x", "y", "z"]}, index=[5, 7, 9])
    out = tone.score_tone(df)
    assert list(out.index) == [5, 7, 9] and list(out.g) == ["x", "y", "z"]
    assert out.loc[7, "compound_raw"] == 0.0 and math.isnan(out.loc[7, "event_share"])
    assert "compound_raw" not in df  # input not modified


def test_custom_event_terms():
    out = tone.score_tone(pd.DataFrame({"quote": ["a terrible day"]}), event_terms=["terrible"])
    assert out.loc[0, "tone_discounted"] == "neutral"


def test_aggregate_tone_by_group():
    df = tone.score_tone(pd.DataFrame({"quote": ["great", "awful", "attack"], "group": ["a", "a", "b"]}))
    agg = tone.aggregate_tone(df, "group")
    assert agg.group.tolist() == ["a", "b"] and agg.n.tolist() == [2, 1]
    b = agg.set_index("group").loc["b"]
    assert b.compound_raw_mean < 0 and b.compound_discounted_mean == 0.0


def test_word_contributions_flag_event_words():
    df = pd.DataFrame({"quote": ["attack attack", "good attack"]})
    c = tone.event_word_contributions(df, event_terms=["attack"]).set_index("word")
    assert c.loc["attack", "n"] == 3 and bool(c.loc["attack", "is_event"])
    assert not bool(c.loc["good", "is_event"])


def test_agreement_metrics():
    perfect = tone.agreement(["negative", "neutral", "positive"], ["negative", "neutral", "positive"])
    assert perfect["accuracy"] == 1.0 and perfect["kappa"] == pytest.approx(1.0)
    a = tone.agreement(["negative", "negative", "neutral", "neutral"], ["negative", "neutral", "neutral", "negative"])
    assert a["accuracy"] == 0.5 and a["kappa"] == pytest.approx(0.0)
    assert int(a["confusion"].values.sum()) == 4
    with pytest.raises(ValueError):
        tone.agreement(["negative"], [])


def test_label_compound_threshold():
    assert [tone.label_compound(x) for x in (-0.05, -0.049, 0.049, 0.05)] == [
        "negative", "neutral", "neutral", "positive"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_score_tone_never_crashes(texts):
    out = tone.score_tone(pd.DataFrame({"quote": texts}))
    assert out.compound_raw.between(-1, 1).all() and out.compound_discounted.between(-1, 1).all()
    shares = out.event_share.dropna()
    assert ((shares >= 0) & (shares <= 1)).all()
    no_events = out.n_event_words == 0
    assert (out.loc[no_events, "compound_raw"] == out.loc[no_events, "compound_discounted"]).all()


def test_empty_table():
    out = tone.score_tone(pd.DataFrame({"quote": pd.Series([], dtype=str)}))
    assert out.empty and "compound_discounted" in out
