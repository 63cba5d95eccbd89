"""Tests for analysis.drift: matching reworded quotes across outlets, word diffs, overlap hand-off."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes import drift
from analysis.reuse import overlap

ORIGINAL = "The ministry will not tolerate further attacks on its soldiers and will respond at a time of its choosing."
REWORDED = "The ministry will not accept more attacks on its troops and will reply at a time of its choice."


def quotes_table(rows):
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "quote", "speaker"])


def test_machine_reworded_quote_matches():
    q = quotes_table([("a", 10, 10 + len(ORIGINAL), ORIGINAL, "Jane Doe"),
                      ("b", 0, len(REWORDED), REWORDED, "Doe"),
                      ("b", 200, 240, "Prices of bread rose sharply in the market this week.", "Ali Hassan")])
    p = drift.match_quotes(q, speaker_col="speaker")
    assert len(p) == 1
    row = p.iloc[0]
    assert (row.doc_id_a, row.start_a, row.doc_id_b, row.start_b) == ("a", 10, "b", 0)
    assert row.speaker_agreement == "same" and not row.verbatim
    assert row.n_substitutions >= 3 and 0.6 <= row.similarity < 1


def test_unrelated_quotes_do_not_match():
    q = quotes_table([("a", 0, 50, "We will hold elections in the spring as planned.", "X"),
                      ("b", 0, 50, "The drone was shot down over the airport before dawn.", "X")])
    assert drift.match_quotes(q, speaker_col="speaker").empty


def test_same_article_is_never_paired():
    q = quotes_table([("a", 0, 20, ORIGINAL, "X"), ("a", 100, 120, ORIGINAL, "X")])
    assert drift.match_quotes(q, speaker_col="speaker").empty


def test_short_fragment_needs_near_verbatim_match():
    q = quotes_table([("a", 0, 4, "fire", ""), ("b", 0, 40, "they are playing with fire in this region", "")])
    assert drift.match_quotes(q).empty
    q2 = quotes_table([("a", 0, 17, "playing with fire", ""), ("b", 0, 21, "are playing with fire", "")])
    assert len(drift.match_quotes(q2)) == 1


def test_speaker_conflict_raises_the_bar_and_breaks_ties():
    text_a = "We can expect this cycle of violence to continue for months."
    text_b = "We can expect the cycle of violence to continue for months."
    q = quotes_table([("a", 0, 60, text_a, "Hamdi Malik"), ("b", 0, 59, text_b, "John Kirby")])
    p = drift.match_quotes(q, speaker_col="speaker")
    assert len(p) == 1 and p.speaker_agreement.iloc[0] == "different"  # near-verbatim: kept, flagged
    q_loose = quotes_table([("a", 0, 60, ORIGINAL, "Hamdi Malik"), ("b", 0, 59, REWORDED, "John Kirby")])
    assert drift.match_quotes(q_loose, speaker_col="speaker").empty
    # a repeated phrase in one article is paired with the occurrence whose speaker agrees
    q_tie = quotes_table([("a", 0, 17, "playing with fire", "analysts"),
                          ("a", 500, 517, "playing with fire", "a senior military official"),
                          ("b", 30, 47, "playing with fire", "one senior military official")])
    p_tie = drift.match_quotes(q_tie, speaker_col="speaker")
    assert p_tie.start_a.tolist() == [500]


def test_one_to_one_per_article_pair_and_not_speech_excluded():
    q = pd.DataFrame({"doc_id": ["a", "b", "b"], "start": [0, 0, 100], "end": [10, 10, 110],
                      "quote": [ORIGINAL, ORIGINAL, REWORDED], "speaker": ["", "", ""],
                      "is_speech": [True, True, True]})
    p = drift.match_quotes(q)
    assert len(p) == 1 and p.start_b.tolist() == [0] and bool(p.verbatim.iloc[0])
    q.loc[1, "is_speech"] = False
    assert drift.match_quotes(q).start_b.tolist() == [100]


def test_word_diff_and_substitutions():
    wd = drift.word_diff(ORIGINAL, REWORDED)
    assert set(wd.op) <= {"equal", "replace", "insert", "delete"}
    assert " ".join(wd.a_words[wd.a_words != ""]) == " ".join(ORIGINAL.split())
    assert " ".join(wd.b_words[wd.b_words != ""]) == " ".join(REWORDED.split())
    pairs = pd.DataFrame({"pair_id": ["qp000"], "doc_id_a": ["a"], "doc_id_b": ["b"],
                          "quote_a": [ORIGINAL], "quote_b": [REWORDED]})
    subs = drift.substitutions(pairs)
    assert {("soldiers", "troops"), ("tolerate further", "accept more")} <= set(zip(subs.a_words, subs.b_words))
    assert (subs.op == "replace").all() and len(subs) == 4


def test_diff_html_escapes_and_marks():
    h = drift.diff_html("<b>old</b> words here", "new words here", "Outlet <A>", "B")
    assert "<b>old" not in h and "&lt;b&gt;old&lt;/b&gt;" in h
    assert "<del" in h and "<ins" in h and "Outlet &lt;A&gt;" in h


def test_hand_off_to_overlap_alignment():
    lead_a = "In other news the weather was fine and markets were calm across the whole region today. "
    lead_b = "Elsewhere a festival drew large crowds to the old city on a warm evening with music. "
    a = lead_a + "“" + ORIGINAL + "” the spokesman said on Monday."
    b = lead_b + "“" + ORIGINAL + "” said the spokesman."
    q = quotes_table([("x", a.index(ORIGINAL), a.index(ORIGINAL) + len(ORIGINAL), ORIGINAL, "spokesman"),
                      ("y", b.index(ORIGINAL), b.index(ORIGINAL) + len(ORIGINAL), ORIGINAL, "spokesman")])
    pairs = drift.match_quotes(q, speaker_col="speaker")
    spans = drift.quote_spans_by_doc(pairs)
    al = overlap.align(a, b, quote_spans_a=spans["x"], quote_spans_b=spans["y"]).assign(a="x", b="y")
    assert len(al) >= 1
    marked = drift.mark_shared_quotes(al, pairs)
    assert marked.is_shared_quote.any() and (marked.shared_quote_pairs == "qp000").any()


def test_drift_summary_counts():
    q = quotes_table([("a", 0, 10, ORIGINAL, ""), ("b", 0, 10, REWORDED, ""), ("c", 0, 10, ORIGINAL, "")])
    s = drift.drift_summary(drift.match_quotes(q), {"a": "A", "b": "B", "c": "C"})
    assert s[["doc_id_a", "doc_id_b"]].values.tolist() == [["a", "b"], ["a", "c"], ["b", "c"]]
    assert s.n_verbatim.tolist() == [0, 1, 0] and s.label_b.tolist() == ["B", "C", "C"]


@given(st.text(max_size=60), st.text(max_size=60))
def test_similarity_symmetric_and_bounded(a, b):
    s1, s2 = drift.quote_similarity(a, b), drift.quote_similarity(b, a)
    assert 0 <= s1["similarity"] <= 1
    assert abs(s1["similarity"] - s2["similarity"]) < 1e-9


@given(st.text(min_size=1, max_size=60))
def test_identical_text_scores_one(a):
    if drift.normalise(a):
        assert drift.quote_similarity(a, a)["similarity"] == 1.0


def test_fragment_of_same_speaker_matches_at_lower_similarity():
    long_q = ("Once again the enemies of the country are targeting the nation's security and the safety of "
              "its citizens through a new terrorist attack on the airport.")
    frag = "targeting the sovereignty and security of our nation"
    same = quotes_table([("a", 0, len(long_q), long_q, "Yahya Rasool"), ("b", 0, len(frag), frag, "Yehia Rasool")])
    p = drift.match_quotes(same, speaker_col="speaker")
    assert p.match_rule.tolist() == ["fragment+speaker"] and p.containment.iloc[0] >= 0.75
    unknown = same.assign(speaker=["Yahya Rasool", ""])
    assert drift.match_quotes(unknown, speaker_col="speaker").empty
    other = same.assign(speaker=["Yahya Rasool", "John Kirby"])
    assert drift.match_quotes(other, speaker_col="speaker").empty


def test_content_words_and_containment():
    assert drift.content_words("The bases, the base's") == {"base"}
    assert drift.containment("", "anything") == 0.0
    assert drift.containment("rockets hit bases", "the rocket hit the base at dawn") == 1.0


@given(st.integers(min_value=0, max_value=17), st.sampled_from(["delete", "replace"]))
def test_single_word_edit_still_matches(pos, op):
    words = ORIGINAL.split()
    edited = words[:pos] + ([] if op == "delete" else ["quickly"]) + words[pos + 1:]
    q = quotes_table([("a", 0, 10, ORIGINAL, ""), ("b", 0, 10, " ".join(edited), "")])
    assert len(drift.match_quotes(q)) == 1


def test_empty_inputs():
    empty = quotes_table([])
    p = drift.match_quotes(empty)
    assert p.empty and list(p.columns) == drift.PAIR_COLUMNS
    al = pd.DataFrame({"a": ["x"], "b": ["y"], "a_start": [0], "a_end": [5], "b_start": [0], "b_end": [5]})
    assert not drift.mark_shared_quotes(al, p).is_shared_quote.any()
    assert drift.substitutions(p).empty and drift.quote_spans_by_doc(p) == {}
