"""Rule of stop 61 for quotes, written on an error of a real report (development sample dev61d), in our own words.

Regression check, not evidence of accuracy: accuracy is measured by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes


def test_a_reply_to_come_is_no_cue_and_the_vow_before_it_is():
    q = extract_quotes("The governor vowed the U.S. would respond “swiftly and in full measure.”")
    assert q.iloc[0]["speaker"] == "governor" or "governor" in q.iloc[0]["speaker_mention"].lower()
    q = extract_quotes("Asked about the raid, the mayor responded: “We will not comment.”")
    assert q.iloc[0]["cue"] == "responded"
